package index

import (
	"context"
	"os"
	"runtime/debug"
	"sort"
	"strings"
	"testing"
	"time"

	"visitbot/facts"
)

var benchQuestions = []string{
	"How many children were killed?", "who is jilany", "When did Iran strike Pakistan?",
	"How old is Jilani?", "why did pakistan recall its ambassador", "what did the ministers pledge",
	"is raeisi coming to pakistan", "how many ppl died in the strikes overall",
}

// reportLatency adds p50 and p99 of per-call times to a benchmark's output.
func reportLatency(b *testing.B, d []time.Duration) {
	sort.Slice(d, func(i, j int) bool { return d[i] < d[j] })
	if len(d) == 0 {
		return
	}
	b.ReportMetric(float64(d[len(d)/2].Microseconds()), "p50-µs")
	b.ReportMetric(float64(d[len(d)*99/100].Microseconds()), "p99-µs")
}

// asRun sets the garbage collector's target to the one visitbot runs with,
// unless GOGC sets another, for the rest of a benchmark.
func asRun(b *testing.B) {
	if os.Getenv("GOGC") == "" {
		old := debug.SetGCPercent(GCPercent)
		b.Cleanup(func() { debug.SetGCPercent(old) })
	}
}

func BenchmarkAnswer(b *testing.B) {
	asRun(b)
	ix := defaultIndex(b)
	ctx := context.Background()
	times := make([]time.Duration, 0, b.N)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		start := time.Now()
		if _, err := ix.Answer(ctx, benchQuestions[i%len(benchQuestions)]); err != nil {
			b.Fatal(err)
		}
		times = append(times, time.Since(start))
	}
	b.StopTimer()
	reportLatency(b, times)
}

func BenchmarkLookup(b *testing.B) {
	asRun(b)
	ix := defaultIndex(b)
	names := []string{"Jilani", "jilany", "amir abdolahian", "Imran Khan", "caretaker prime minister"}
	times := make([]time.Duration, 0, b.N)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		start := time.Now()
		ix.Lookup(names[i%len(names)])
		times = append(times, time.Since(start))
	}
	b.StopTimer()
	reportLatency(b, times)
}

func BenchmarkSearch(b *testing.B) {
	ix := defaultIndex(b)
	ctx := context.Background()
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := ix.Search(ctx, "envoy recalled after strike", 5); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkNew(b *testing.B) {
	c, err := facts.Default()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		ix, err := New(c)
		if err != nil {
			b.Fatal(err)
		}
		ix.Close()
	}
}

// BenchmarkAnswerNoise measures questions made to be slow: forty misspelt
// words, one 300-letter word, 300 CJK characters. Their cost is bounded by
// the typo rules (no fuzzy search past 24 letters or 6 words).
func BenchmarkAnswerNoise(b *testing.B) {
	ix := defaultIndex(b)
	var cjk strings.Builder
	for i := 0; i < 299; i++ {
		cjk.WriteRune(rune(0x4e00 + i*7))
	}
	noise := []string{
		strings.Repeat("qwxzt ", 50),
		strings.Repeat("x", 300),
		cjk.String(),
		strings.TrimSpace(strings.Repeat("kilxed chidren ambasador pakistn iraan ", 7)),
	}
	times := make([]time.Duration, 0, b.N)
	for i := 0; i < b.N; i++ {
		start := time.Now()
		ix.Answer(context.Background(), noise[i%len(noise)])
		times = append(times, time.Since(start))
	}
	reportLatency(b, times)
}

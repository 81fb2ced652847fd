package index

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"visitbot/facts"
	"visitbot/facts/synth"
)

// scaleSizes are the corpus sizes of the scale benchmarks: 1,000 sentences,
// unless VISITBOT_BENCH_SIZES lists others (1000,10000,100000), so that
// CI's -benchtime 1x run stays quick.
func scaleSizes(b *testing.B) []int {
	list := os.Getenv("VISITBOT_BENCH_SIZES")
	if list == "" {
		return []int{1000}
	}
	var sizes []int
	for _, f := range strings.Split(list, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || n < synth.MinSentences {
			b.Fatalf("VISITBOT_BENCH_SIZES: %q is not a number of sentences", f)
		}
		sizes = append(sizes, n)
	}
	return sizes
}

func sizeName(n int) string {
	if n%1000 == 0 {
		return fmt.Sprintf("%dk", n/1000)
	}
	return strconv.Itoa(n)
}

// storedCorpus generates a corpus of n sentences and stores its index.
func storedCorpus(b *testing.B, n int) (src facts.Source, data string, gen synth.Corpus) {
	b.Helper()
	dir := b.TempDir()
	gen, err := synth.Generate(filepath.Join(dir, "corpus"), n, 1)
	if err != nil {
		b.Fatal(err)
	}
	src, data = facts.DirSource(filepath.Join(dir, "corpus")), filepath.Join(dir, "data")
	ix, err := Open(data, src, Options{})
	if err != nil {
		b.Fatal(err)
	}
	ix.Close()
	return src, data, gen
}

// BenchmarkAnswerScale answers generated questions from a stored index of
// each size, and reports p50 and p99.
func BenchmarkAnswerScale(b *testing.B) {
	for _, n := range scaleSizes(b) {
		b.Run(sizeName(n), func(b *testing.B) {
			src, data, gen := storedCorpus(b, n)
			ix, err := Open(data, src, Options{})
			if err != nil {
				b.Fatal(err)
			}
			defer ix.Close()
			ctx := context.Background()
			times := make([]time.Duration, 0, b.N)
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				start := time.Now()
				if _, err := ix.Answer(ctx, gen.Questions[i%len(gen.Questions)].Text); err != nil {
					b.Fatal(err)
				}
				times = append(times, time.Since(start))
			}
			b.StopTimer()
			reportLatency(b, times)
		})
	}
}

// BenchmarkReopenScale opens a stored index of each size whose corpus is
// unchanged.
func BenchmarkReopenScale(b *testing.B) {
	for _, n := range scaleSizes(b) {
		b.Run(sizeName(n), func(b *testing.B) {
			src, data, _ := storedCorpus(b, n)
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				ix, err := Open(data, src, Options{})
				if err != nil {
					b.Fatal(err)
				}
				ix.Close()
			}
		})
	}
}

// BenchmarkBuildScale loads, validates, indexes and stores a corpus of each
// size.
func BenchmarkBuildScale(b *testing.B) {
	for _, n := range scaleSizes(b) {
		b.Run(sizeName(n), func(b *testing.B) {
			dir := b.TempDir()
			if _, err := synth.Generate(filepath.Join(dir, "corpus"), n, 1); err != nil {
				b.Fatal(err)
			}
			src := facts.DirSource(filepath.Join(dir, "corpus"))
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				data := filepath.Join(dir, "data", strconv.Itoa(i))
				ix, err := Open(data, src, Options{})
				if err != nil {
					b.Fatal(err)
				}
				ix.Close()
			}
		})
	}
}

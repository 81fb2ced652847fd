package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestMain lets the test binary stand in for visitbot when a command runs
// itself in a child process (bench --scale does, once per phase).
func TestMain(m *testing.M) {
	if os.Getenv("VISITBOT_TEST_AS_MAIN") == "1" {
		main()
		os.Exit(0)
	}
	os.Exit(m.Run())
}

func TestBenchScale(t *testing.T) {
	t.Setenv("VISITBOT_TEST_AS_MAIN", "1")
	chart := filepath.Join(t.TempDir(), "scale.svg")
	out, stderr, err := runCLI(t, nil, "", "bench", "--scale", "200,400", "--json", "--chart", chart,
		"--rounds", "1", "--reopens", "2", "--questions", "20")
	if err != nil {
		t.Fatalf("bench --scale: %v\n%s", err, stderr)
	}
	var res scaleResult
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("bench --scale --json printed %q: %v", out, err)
	}
	if len(res.Sizes) != 2 {
		t.Fatalf("%d sizes measured, want 2: %s", len(res.Sizes), out)
	}
	for i, r := range res.Sizes {
		if want := []int{200, 400}[i]; r.Sentences != want || r.Articles == 0 {
			t.Errorf("size %d: %d sentences in %d articles, want %d", i, r.Sentences, r.Articles, want)
		}
		if r.Build <= 0 || r.DiskBytes <= 0 || r.Reopen <= 0 || r.Reopens != 2 || r.AnswerP50 <= 0 || r.AnswerP99 < r.AnswerP50 || r.Answers != 20 {
			t.Errorf("size %d: a cost not measured: %+v", r.Sentences, r)
		}
		if r.HitAt1 < 0.5 || r.Abstention < 0.5 {
			t.Errorf("size %d: hit@1 %.2f, abstention %.2f on generated questions", r.Sentences, r.HitAt1, r.Abstention)
		}
	}
	svg, err := os.ReadFile(chart)
	if err != nil || !bytes.Contains(svg, []byte("<svg")) || !bytes.Contains(svg, []byte("sentences")) {
		t.Errorf("chart %s: %v, %.100q", chart, err, svg)
	}
}

func TestPrintScale(t *testing.T) {
	rows := []scaleRow{
		{scaleBuild{Sentences: 10_000, Articles: 250, Build: time.Second, DiskBytes: 5 << 20, BuildRSS: 90 << 20},
			scaleServe{Reopen: 20 * time.Millisecond, AnswerP50: time.Millisecond, AnswerP99: 5 * time.Millisecond, ServeRSS: 50 << 20}},
		{scaleBuild{Sentences: 100_000, Articles: 2500, Build: 12 * time.Second, DiskBytes: 46 << 20, BuildRSS: 500 << 20},
			scaleServe{Reopen: 250 * time.Millisecond, AnswerP50: time.Millisecond, AnswerP99: 11 * time.Millisecond, ServeRSS: 190 << 20}},
	}
	var b strings.Builder
	printScale(&b, rows, scaleOptions{seed: 1, questions: 200, rounds: 5, reopens: 5})
	out := b.String()
	for _, want := range []string{
		"10000 → 100000 sentences (×10.0): build ×12.0",
		"answer p99    11.00ms  goal ≤ 20.00ms met",
		"reopen       250.00ms  goal ≤ 200.00ms MISSED",
		"RSS          500.0MiB  goal ≤ 600.0MiB met",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("scale table lacks %q:\n%s", want, out)
		}
	}
}

func TestParseSizes(t *testing.T) {
	got, err := parseSizes("100k, 1000,10K")
	if err != nil || len(got) != 3 || got[0] != 1000 || got[1] != 10_000 || got[2] != 100_000 {
		t.Errorf("parseSizes = %v, %v", got, err)
	}
	for _, bad := range []string{"", "ten", "5", "1k,x"} {
		if _, err := parseSizes(bad); !isUsage(err) {
			t.Errorf("parseSizes(%q) = %v, want a usage error", bad, err)
		}
	}
}

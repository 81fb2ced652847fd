package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"time"

	"visitbot/index"
	"visitbot/index/baseline"
)

// benchResult is what `visitbot bench` prints, as a table or as JSON.
type benchResult struct {
	Questions int               `json:"questions"`
	Rounds    int               `json:"rounds"`
	Systems   []baseline.Result `json:"systems"`
	ColdStart time.Duration     `json:"cold_start_median_ns"`
	ColdRuns  int               `json:"cold_start_runs"`
	HTTP      []httpLoad        `json:"http,omitempty"`
}

// scaleResult is what `visitbot bench --scale` prints as JSON.
type scaleResult struct {
	Seed      int64      `json:"seed"`
	Questions int        `json:"questions"`
	Rounds    int        `json:"rounds"`
	Reopens   int        `json:"reopens"`
	Sizes     []scaleRow `json:"sizes"`
}

func cmdBench(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	fs := newFlags("bench", "bench [--json] [--rounds N] [--cold N] [--file F] [--http D] [--http-rate N]\n       visitbot bench --scale 1k,10k,100k [--json] [--chart FILE.svg] [--rounds N] [--questions N] [--reopens N] [--seed N]", stderr)
	asJSON := fs.Bool("json", false, "print JSON")
	rounds := fs.Int("rounds", 5, "times each question is timed, per system (per size with --scale)")
	cold := fs.Int("cold", 20, "runs of `visitbot ask` timed from exec to answer (0: skip)")
	file := fs.String("file", "testdata/eval/questions.jsonl", "evaluation set")
	httpFor := fs.Duration("http", 3*time.Second, "how long each HTTP interactions load run sends (0: skip)")
	httpRate := fs.Int("http-rate", 1000, "signed interactions a second in the fixed-rate HTTP load run")
	scale := fs.String("scale", "", "instead, measure synthetic corpora of these many sentences (1k,10k,100k): build, disk, reopen, answers, memory")
	chart := fs.String("chart", "", "with --scale, draw the costs against size into this .svg or .png")
	seed := fs.Int64("seed", 1, "with --scale, the seed of the synthetic corpora")
	questions := fs.Int("questions", 200, "with --scale, generated questions timed per size")
	reopens := fs.Int("reopens", 5, "with --scale, processes that reopen each stored index, for a median")
	child := fs.String("scale-child", "", "internal: the build or serve phase of one --scale size, in a child process")
	childDir := fs.String("scale-dir", "", "internal: the folder of that phase's corpus and index")
	if help, err := parse(fs, args); help || err != nil {
		return err
	}
	if *scale != "" {
		sizes, err := parseSizes(*scale)
		if err != nil {
			return err
		}
		o := scaleOptions{sizes: sizes, seed: *seed, questions: *questions, rounds: *rounds, reopens: *reopens}
		if *child != "" {
			return scaleChild(ctx, *child, *childDir, sizes[0], o, stdout)
		}
		rows, err := benchScale(ctx, o, stderr)
		if err != nil {
			return err
		}
		if *chart != "" {
			if err := drawScale(*chart, rows); err != nil {
				return err
			}
		}
		if *asJSON {
			return writeJSON(stdout, scaleResult{Seed: *seed, Questions: *questions, Rounds: *rounds, Reopens: *reopens, Sizes: rows})
		}
		printScale(stdout, rows, o)
		return nil
	}
	cases, err := index.LoadEvalCases(*file)
	if err != nil {
		return err
	}
	c, err := loadCorpus(getenv)
	if err != nil {
		return err
	}
	ix, err := index.New(c)
	if err != nil {
		return err
	}
	defer ix.Close()
	fts, err := baseline.New(c)
	if err != nil {
		return err
	}
	defer fts.Close()
	res, err := baseline.Compare(ctx, ix, fts, cases, *rounds)
	if err != nil {
		return err
	}
	out := benchResult{Questions: len(cases), Rounds: *rounds, Systems: res[:], ColdRuns: *cold}
	if *cold > 0 {
		if out.ColdStart, err = coldStart(ctx, *cold); err != nil {
			return err
		}
	}
	if *httpFor > 0 {
		var qs []string
		for _, c := range cases {
			qs = append(qs, c.Q)
		}
		if out.HTTP, err = benchHTTP(ctx, ix, qs, *httpRate, *httpFor); err != nil {
			return err
		}
	}
	if *asJSON {
		return writeJSON(stdout, out)
	}
	fmt.Fprintf(stdout, "%d questions, each timed %d times per system, the two systems interleaved\n\n", out.Questions, out.Rounds)
	fmt.Fprintf(stdout, "%-10s %7s %11s %10s %10s\n", "system", "hit@1", "abstention", "p50", "p99")
	for _, r := range out.Systems {
		fmt.Fprintf(stdout, "%-10s %7.3f %11.3f %10v %10v\n", r.System, r.HitAt1, r.Abstention, r.P50.Round(time.Microsecond), r.P99.Round(time.Microsecond))
	}
	v, b := out.Systems[0], out.Systems[1]
	fmt.Fprintf(stdout, "%-10s %7.2f %11s %9.2fx %9.2fx\n", "ratio", v.HitAt1/max(b.HitAt1, 1e-9), "", float64(v.P50)/float64(b.P50), float64(v.P99)/float64(b.P99))
	if *cold > 0 {
		fmt.Fprintf(stdout, "\ncold start, `visitbot ask` on the embedded corpus, exec to answer: median %v over %d runs\n", out.ColdStart.Round(100*time.Microsecond), *cold)
	}
	if len(out.HTTP) > 0 {
		fmt.Fprintf(stdout, "\nHTTP interactions: the endpoint of `visitbot http` on 127.0.0.1, signed requests from vegeta in the same process\n")
		fmt.Fprintf(stdout, "%-32s %9s %10s %10s %8s\n", "load", "req/s", "p50", "p99", "success")
		for _, h := range out.HTTP {
			fmt.Fprintf(stdout, "%-32s %9.0f %10v %10v %7.1f%%\n", h.Load, h.Throughput, h.P50.Round(time.Microsecond), h.P99.Round(time.Microsecond), 100*h.Success)
		}
	}
	return nil
}

// coldStart times this binary answering one question from a fresh process.
func coldStart(ctx context.Context, runs int) (time.Duration, error) {
	self, err := os.Executable()
	if err != nil {
		return 0, err
	}
	var took []time.Duration
	for i := 0; i < runs; i++ {
		cmd := exec.CommandContext(ctx, self, "ask", "How many children were killed?")
		cmd.Env = append(os.Environ(), "VISITBOT_CORPUS=")
		start := time.Now()
		if out, err := cmd.CombinedOutput(); err != nil {
			return 0, fmt.Errorf("cold start run: %v: %s", err, out)
		}
		took = append(took, time.Since(start))
	}
	p50, _ := baseline.Percentiles(took)
	return p50, nil
}

package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"visitbot/facts"
	"visitbot/facts/synth"
	"visitbot/index"
	"visitbot/index/baseline"
)

// scaleRow is what `visitbot bench --scale` measures at one corpus size.
type scaleRow struct {
	scaleBuild
	scaleServe
}

// scaleBuild is measured by the process that generates and builds.
type scaleBuild struct {
	Sentences int           `json:"sentences"`
	Articles  int           `json:"articles"`
	Entities  int           `json:"entities"`
	Build     time.Duration `json:"build_ns"`        // empty folder to an open, stored index: load, validate, index, store
	DiskBytes int64         `json:"disk_bytes"`      // the stored index: Bleve's files and the snapshot
	BuildRSS  int64         `json:"build_rss_bytes"` // peak resident memory of that process
}

// scaleServe is measured by the process that reopens and answers.
type scaleServe struct {
	Reopen     time.Duration `json:"reopen_ns"`       // median over fresh processes of opening the stored index of the unchanged corpus
	Reopens    int           `json:"reopens"`         // how many processes the median is of
	AnswerP50  time.Duration `json:"answer_p50_ns"`   // over every timed answer
	AnswerP99  time.Duration `json:"answer_p99_ns"`   // over every timed answer
	Answers    int           `json:"answers"`         // timed answers: questions × rounds
	HitAt1     float64       `json:"hit_at_1"`        // answerable generated questions whose first citation is right
	Abstention float64       `json:"abstention"`      // unanswerable generated questions left unanswered
	ServeRSS   int64         `json:"serve_rss_bytes"` // peak resident memory of that process
}

// scaleGoals are the targets at 100,000 sentences.
var scaleGoals = struct {
	Sentences                int
	AnswerP99, Reopen, Build time.Duration
	RSS                      int64
}{100_000, 20 * time.Millisecond, 200 * time.Millisecond, 60 * time.Second, 600 << 20}

// scaleOptions are the flags of `visitbot bench --scale`.
type scaleOptions struct {
	sizes     []int
	seed      int64
	questions int
	rounds    int
	reopens   int
}

func parseSizes(list string) ([]int, error) {
	var sizes []int
	for _, f := range strings.Split(list, ",") {
		f = strings.TrimSpace(strings.ToLower(f))
		mult := 1
		if strings.HasSuffix(f, "k") {
			f, mult = strings.TrimSuffix(f, "k"), 1000
		}
		n, err := strconv.Atoi(f)
		if err != nil || n*mult < synth.MinSentences {
			return nil, usagef("--scale: %q is not a number of sentences of at least %d", f, synth.MinSentences)
		}
		sizes = append(sizes, n*mult)
	}
	sort.Ints(sizes)
	return sizes, nil
}

// benchScale measures each size in child processes, so that each
// process's peak memory is that size's and each reopen is a restart's: one
// process per size generates the corpus and builds its stored index; then,
// the sizes taking turns so that a noisy machine slows them alike, a few
// processes reopen each index, and one reopens it and answers.
func benchScale(ctx context.Context, o scaleOptions, stderr io.Writer) ([]scaleRow, error) {
	self, err := os.Executable()
	if err != nil {
		return nil, err
	}
	rows := make([]scaleRow, len(o.sizes))
	dirs := make([]string, len(o.sizes))
	defer func() {
		for _, d := range dirs {
			if d != "" {
				os.RemoveAll(d)
			}
		}
	}()
	child := func(i int, phase string, into any) error {
		args := []string{"bench", "--scale-child", phase, "--scale-dir", dirs[i], "--scale", strconv.Itoa(o.sizes[i]),
			"--seed", strconv.FormatInt(o.seed, 10), "--questions", strconv.Itoa(o.questions), "--rounds", strconv.Itoa(o.rounds)}
		cmd := exec.CommandContext(ctx, self, args...)
		cmd.Stderr = stderr // the progress bar shows when this is a terminal
		out, err := cmd.Output()
		if err == nil {
			err = json.Unmarshal(out, into)
		}
		if err != nil {
			return fmt.Errorf("scale %d, %s: %w", o.sizes[i], phase, err)
		}
		return nil
	}
	for i, n := range o.sizes {
		if dirs[i], err = os.MkdirTemp("", "visitbot-scale-"); err != nil {
			return nil, err
		}
		fmt.Fprintf(stderr, "scale %d sentences: generate and build\n", n)
		if err := child(i, "build", &rows[i].scaleBuild); err != nil {
			return nil, err
		}
	}
	fmt.Fprintf(stderr, "scale: %d reopens of each size, in turn\n", max(o.reopens, 1))
	reopens := make([][]time.Duration, len(o.sizes))
	for range max(o.reopens, 1) {
		for i := range o.sizes {
			var r scaleServe
			if err := child(i, "reopen", &r); err != nil {
				return nil, err
			}
			reopens[i] = append(reopens[i], r.Reopen)
		}
	}
	for i, n := range o.sizes {
		fmt.Fprintf(stderr, "scale %d sentences: answer\n", n)
		if err := child(i, "serve", &rows[i].scaleServe); err != nil {
			return nil, err
		}
		rows[i].Reopen, _ = baseline.Percentiles(reopens[i])
		rows[i].Reopens = len(reopens[i])
	}
	return rows, nil
}

// scaleChild runs one phase of one size and prints its part of the row.
func scaleChild(ctx context.Context, phase, dir string, n int, o scaleOptions, stdout io.Writer) error {
	corpus, data, questions := filepath.Join(dir, "corpus"), filepath.Join(dir, "data"), filepath.Join(dir, "questions.json")
	reopen := func() (*index.Index, time.Duration, error) {
		start := time.Now()
		ix, err := index.Open(data, facts.DirSource(corpus), index.Options{Progress: func(int, int) {
			panic("the stored index was rebuilt, not reopened")
		}})
		return ix, time.Since(start), err
	}
	switch phase {
	case "build":
		gen, err := synth.Generate(corpus, n, o.seed)
		if err != nil {
			return err
		}
		if err := writeJSONFile(questions, gen.Questions); err != nil {
			return err
		}
		row := scaleBuild{Sentences: gen.Sentences, Articles: gen.Articles, Entities: gen.Entities}
		start := time.Now()
		ix, err := index.Open(data, facts.DirSource(corpus), index.Options{Progress: progress(os.Stderr)})
		if err != nil {
			return err
		}
		row.Build = time.Since(start)
		if err := ix.Close(); err != nil {
			return err
		}
		if row.DiskBytes, err = diskUsage(data); err != nil {
			return err
		}
		row.BuildRSS = peakRSS()
		return writeJSON(stdout, row)
	case "reopen":
		ix, took, err := reopen()
		if err != nil {
			return err
		}
		ix.Close()
		return writeJSON(stdout, scaleServe{Reopen: took})
	case "serve":
		var qs []synth.Question
		if err := readJSONFile(questions, &qs); err != nil {
			return err
		}
		ix, _, err := reopen()
		if err != nil {
			return err
		}
		defer ix.Close()
		var row scaleServe
		if err := timeAnswers(ctx, ix, pickQuestions(qs, o.questions), o.rounds, &row); err != nil {
			return err
		}
		row.ServeRSS = peakRSS()
		return writeJSON(stdout, row)
	}
	return usagef("--scale-child: unknown phase %q", phase)
}

// pickQuestions takes n questions spread evenly over the corpus.
func pickQuestions(qs []synth.Question, n int) []synth.Question {
	if n >= len(qs) {
		return qs
	}
	out := make([]synth.Question, 0, n)
	for i := 0; i < n; i++ {
		out = append(out, qs[i*len(qs)/n])
	}
	return out
}

// timeAnswers asks every question rounds times, the first round from a
// freshly reopened index, and scores the first round.
func timeAnswers(ctx context.Context, ix *index.Index, qs []synth.Question, rounds int, row *scaleServe) error {
	var took []time.Duration
	var hits, answerable, abstained, unanswerable int
	for round := 0; round < max(rounds, 1); round++ {
		for _, q := range qs {
			start := time.Now()
			a, err := ix.Answer(ctx, q.Text)
			took = append(took, time.Since(start))
			if err != nil {
				return err
			}
			if round > 0 {
				continue
			}
			if q.Answerable {
				answerable++
				if a.Answered && len(a.Citations) > 0 && slices.Contains(q.Accept, a.Citations[0].Ref()) {
					hits++
				}
			} else {
				unanswerable++
				if !a.Answered {
					abstained++
				}
			}
		}
	}
	row.AnswerP50, row.AnswerP99 = baseline.Percentiles(took)
	row.Answers = len(took)
	row.HitAt1, row.Abstention = share(hits, answerable), share(abstained, unanswerable)
	return nil
}

func share(n, d int) float64 {
	if d == 0 {
		return 1
	}
	return float64(n) / float64(d)
}

// diskUsage is the size of the files under dir.
func diskUsage(dir string) (int64, error) {
	var total int64
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		info, err := d.Info()
		if err == nil {
			total += info.Size()
		}
		return err
	})
	return total, err
}

// peakRSS is the process's peak resident memory (VmHWM), or 0 where
// /proc does not say.
func peakRSS() int64 {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if kb, ok := strings.CutPrefix(sc.Text(), "VmHWM:"); ok {
			n, _ := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(kb), "kB")), 10, 64)
			return n << 10
		}
	}
	return 0
}

func writeJSONFile(path string, v any) error {
	data, err := json.Marshal(v)
	if err != nil {
		return err
	}
	return os.WriteFile(path, data, 0o644)
}

func readJSONFile(path string, v any) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	return json.Unmarshal(data, v)
}

// printScale writes the scale table, how each cost grows from one size to
// the next, and the goals at 100,000 sentences.
func printScale(w io.Writer, rows []scaleRow, o scaleOptions) {
	fmt.Fprintf(w, "synthetic corpora (seed %d), each size in processes of its own: one builds; %d reopen, sizes in turn (median); one answers %d questions × %d rounds\n\n",
		o.seed, o.reopens, o.questions, o.rounds)
	fmt.Fprintf(w, "%10s %8s %9s %9s %9s %9s %9s %7s %6s %10s %10s\n",
		"sentences", "articles", "build", "disk", "reopen", "p50", "p99", "hit@1", "abst", "RSS build", "RSS serve")
	for _, r := range rows {
		fmt.Fprintf(w, "%10d %8d %9s %9s %9s %9s %9s %7.3f %6.3f %10s %10s\n",
			r.Sentences, r.Articles, seconds(r.Build), mib(r.DiskBytes), ms(r.Reopen), ms(r.AnswerP50), ms(r.AnswerP99),
			r.HitAt1, r.Abstention, mib(r.BuildRSS), mib(r.ServeRSS))
	}
	if len(rows) > 1 {
		fmt.Fprintf(w, "\ngrowth from one size to the next (cost ratio for the sentence ratio):\n")
		for i := 1; i < len(rows); i++ {
			a, b := rows[i-1], rows[i]
			fmt.Fprintf(w, "  %d → %d sentences (×%.1f): build ×%.1f, disk ×%.1f, reopen ×%.1f, p50 ×%.1f, p99 ×%.1f, RSS build ×%.1f, RSS serve ×%.1f\n",
				a.Sentences, b.Sentences, ratio(b.Sentences, a.Sentences), ratio(b.Build, a.Build), ratio(b.DiskBytes, a.DiskBytes),
				ratio(b.Reopen, a.Reopen), ratio(b.AnswerP50, a.AnswerP50), ratio(b.AnswerP99, a.AnswerP99),
				ratio(b.BuildRSS, a.BuildRSS), ratio(b.ServeRSS, a.ServeRSS))
		}
	}
	for _, r := range rows {
		if r.Sentences != scaleGoals.Sentences {
			continue
		}
		g := scaleGoals
		fmt.Fprintf(w, "\ngoals at %d sentences:\n", r.Sentences)
		goal(w, "answer p99", ms(r.AnswerP99), "≤ "+ms(g.AnswerP99), r.AnswerP99 <= g.AnswerP99)
		goal(w, "reopen", ms(r.Reopen), "≤ "+ms(g.Reopen), r.Reopen <= g.Reopen)
		goal(w, "build", seconds(r.Build), "≤ "+seconds(g.Build), r.Build <= g.Build)
		goal(w, "RSS", mib(max(r.BuildRSS, r.ServeRSS)), "≤ "+mib(g.RSS), max(r.BuildRSS, r.ServeRSS) <= g.RSS)
	}
}

func goal(w io.Writer, what, got, want string, met bool) {
	verdict := "met"
	if !met {
		verdict = "MISSED"
	}
	fmt.Fprintf(w, "  %-11s %9s  goal %-9s %s\n", what, got, want, verdict)
}

func ratio[T int | int64 | time.Duration](b, a T) float64 {
	if a == 0 {
		return 0
	}
	return float64(b) / float64(a)
}

func ms(d time.Duration) string { return strconv.FormatFloat(float64(d)/1e6, 'f', 2, 64) + "ms" }
func seconds(d time.Duration) string {
	return strconv.FormatFloat(d.Seconds(), 'f', 2, 64) + "s"
}
func mib(b int64) string { return strconv.FormatFloat(float64(b)/(1<<20), 'f', 1, 64) + "MiB" }

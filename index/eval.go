package index

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"visitbot/facts"
)

// EvalCase is one question of an evaluation set, with the sentences that
// would be a correct first citation. An unanswerable case lists none.
type EvalCase struct {
	Q          string `json:"q"`
	Answerable bool   `json:"answerable"`
	Cite       []struct {
		Section  string `json:"section"`
		Sentence int    `json:"sentence"`
	} `json:"cite"`
	// Split is "dev" (tuned on), "heldout" (its misses never read), "fresh"
	// (written later, from the article alone), or "blind", "blind2" and on
	// (each written by another author who saw only the article; their misses
	// never read; each first scored once, after the changes before it).
	Split string `json:"split"`
}

// LoadEvalCases reads an evaluation set: a file of JSON lines of EvalCase.
func LoadEvalCases(path string) ([]EvalCase, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("evaluation set: %w", err)
	}
	defer f.Close()
	cases, err := readEvalCases(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return cases, nil
}

func readEvalCases(r io.Reader) ([]EvalCase, error) {
	var cases []EvalCase
	sc := bufio.NewScanner(r)
	for line := 1; sc.Scan(); line++ {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var c EvalCase
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			return nil, fmt.Errorf("line %d: %w", line, err)
		}
		if c.Answerable != (len(c.Cite) > 0) {
			return nil, fmt.Errorf("line %d: an answerable case needs cites, an unanswerable one none", line)
		}
		cases = append(cases, c)
	}
	return cases, sc.Err()
}

// Splits lists the splits of an evaluation set in the order they first
// appear, then "" for all of them together.
func Splits(cases []EvalCase) []string {
	var out []string
	for _, c := range cases {
		if !slices.Contains(out, c.Split) {
			out = append(out, c.Split)
		}
	}
	return append(out, "")
}

// EvalReport scores answers against an evaluation set.
type EvalReport struct {
	Split        string     `json:"split"`
	Questions    int        `json:"questions"`
	Answerable   int        `json:"answerable"`
	Hits         int        `json:"hits"`
	Unanswerable int        `json:"unanswerable"`
	Abstained    int        `json:"abstained"`
	HitAt1       float64    `json:"hit_at_1"`   // answerable questions whose first citation is right
	Abstention   float64    `json:"abstention"` // unanswerable questions the bot declined
	Misses       []EvalMiss `json:"misses"`
}

// EvalMiss is a question the bot got wrong, and what it said.
type EvalMiss struct {
	Case EvalCase `json:"case"`
	Got  Answer   `json:"got"`
}

// Evaluate answers every case and reports hit@1 and abstention accuracy.
func (ix *Index) Evaluate(ctx context.Context, split string, cases []EvalCase) (EvalReport, error) {
	r := EvalReport{Split: split, Misses: []EvalMiss{}}
	for _, c := range cases {
		if split != "" && c.Split != split {
			continue
		}
		a, err := ix.Answer(ctx, c.Q)
		if err != nil {
			return r, fmt.Errorf("%q: %w", c.Q, err)
		}
		r.Questions++
		ok := false
		if c.Answerable {
			r.Answerable++
			ok = a.Answered && len(a.Citations) > 0 && c.Accepts(a.Citations[0].Ref())
			if ok {
				r.Hits++
			}
		} else {
			r.Unanswerable++
			ok = !a.Answered
			if ok {
				r.Abstained++
			}
		}
		if !ok {
			r.Misses = append(r.Misses, EvalMiss{Case: c, Got: a})
		}
	}
	r.HitAt1 = ratio(r.Hits, r.Answerable)
	r.Abstention = ratio(r.Abstained, r.Unanswerable)
	return r, nil
}

// Accepts reports whether a first citation answers the case.
func (c EvalCase) Accepts(got facts.Ref) bool {
	for _, want := range c.Cite {
		if facts.Slug(want.Section) == facts.Slug(got.Section) && want.Sentence == got.N {
			return true
		}
	}
	return false
}

func ratio(n, d int) float64 {
	if d == 0 {
		return 1
	}
	return float64(n) / float64(d)
}

package main

import (
	"fmt"
	"io"
	"strings"

	"visitbot/index"
)

func printEval(w io.Writer, reports []index.EvalReport) {
	fmt.Fprintf(w, "%-8s %9s %8s %11s\n", "split", "questions", "hit@1", "abstention")
	for _, r := range reports {
		name := r.Split
		if name == "" {
			name = "all"
		}
		fmt.Fprintf(w, "%-8s %9d %8.3f %11.3f   (%d/%d hits, %d/%d abstained)\n",
			name, r.Questions, r.HitAt1, r.Abstention, r.Hits, r.Answerable, r.Abstained, r.Unanswerable)
	}
	last := reports[len(reports)-1]
	if len(last.Misses) > 0 {
		fmt.Fprintln(w, "\nMisses:")
	}
	for _, m := range last.Misses {
		want := "abstain"
		if m.Case.Answerable {
			var cs []string
			for _, c := range m.Case.Cite {
				cs = append(cs, fmt.Sprintf("%s %d", c.Section, c.Sentence))
			}
			want = strings.Join(cs, " | ")
		}
		got := "abstained"
		if m.Got.Answered && len(m.Got.Citations) > 0 {
			got = fmt.Sprintf("%s %d", m.Got.Citations[0].Section, m.Got.Citations[0].Sentence)
		}
		fmt.Fprintf(w, "  [%s] %q\n      want %s, got %s: %s\n", m.Case.Split, m.Case.Q, want, got, m.Got.Text)
	}
}

package main

import (
	"fmt"
	"io"
	"strings"

	"visitbot/index"
)

// The terminal shows answers as a reader would quote them: the short answer,
// then each supporting sentence with its citation.

func printAnswer(w io.Writer, a index.Answer) {
	if a.Note != "" {
		fmt.Fprintln(w, "("+a.Note+")")
	}
	fmt.Fprintln(w, a.Text)
	printQuotes(w, a.Citations)
	if !a.Answered && len(a.Nearest) > 0 {
		fmt.Fprintln(w, "Nearest passages:")
		printQuotes(w, a.Nearest)
	}
	if len(a.Suggestions) > 0 {
		fmt.Fprintf(w, "Did you mean: %s?\n", strings.Join(a.Suggestions, ", "))
	}
}

func printQuotes(w io.Writer, cs []index.Citation) {
	for _, c := range cs {
		fmt.Fprintf(w, "  “%s”\n     — %s, sentence %d\n", c.Text, c.Section, c.Sentence)
	}
}

func printCard(w io.Writer, c index.Card) {
	if !c.Found {
		fmt.Fprintf(w, "No one called %q in the article.\n", c.Query)
		if len(c.Suggestions) > 0 {
			fmt.Fprintf(w, "Did you mean: %s?\n", strings.Join(c.Suggestions, ", "))
		}
		return
	}
	head := c.Name + " (" + c.Kind
	if c.Country != "" && c.Kind != "country" {
		head += ", " + c.Country
	}
	fmt.Fprintln(w, head+")")
	if c.Role != "" {
		fmt.Fprintln(w, "Role:", c.Role)
	}
	if len(c.Aliases) > 0 {
		fmt.Fprintln(w, "Also known as:", strings.Join(c.Aliases, ", "))
	}
	fmt.Fprintln(w, c.Summary)
	printQuotes(w, c.Citations)
	var where []string
	for _, m := range c.Mentions {
		where = append(where, fmt.Sprintf("%s %d", m.Section, m.Sentence))
	}
	if len(where) > 0 {
		fmt.Fprintf(w, "Mentioned in %d sentences: %s\n", len(where), strings.Join(where, "; "))
	}
}

func printHits(w io.Writer, hits []index.Hit) {
	if len(hits) == 0 {
		fmt.Fprintln(w, "No sentence matches.")
		return
	}
	for _, h := range hits {
		fmt.Fprintf(w, "%s, sentence %d: %s\n", h.Section, h.Sentence, h.Highlight)
	}
}

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

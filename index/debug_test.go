package index

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"

	"visitbot/facts"
)

func TestDebugQuestions(t *testing.T) {
	qs := os.Getenv("VB_DEBUG")
	if qs == "" {
		t.Skip()
	}
	c, _ := facts.Default()
	ix, err := New(c)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range strings.Split(qs, "|") {
		p := ix.read(q)
		fmt.Printf("\n%q intent=%s ents=%v unknown=%v\n  terms:", q, p.intent, p.entities, p.unknown)
		for _, t := range sortedKeys(p.terms) {
			fmt.Printf(" %s(%.2f)", t, ix.idf(t))
		}
		fmt.Println()
		r, _ := ix.rank(context.Background(), p)
		for i := 0; i < len(r) && i < 5; i++ {
			var miss []string
			for t := range p.terms {
				if !r[i].f.terms[t] {
					miss = append(miss, t)
				}
			}
			fmt.Printf("  %.2f cov=%.2f kind=%d %v miss=%v\n", r[i].score, r[i].cov, r[i].f.kind, r[i].f.refs[0], miss)
		}
	}
}

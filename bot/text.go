package bot

import (
	"strings"
)

// Text renders a reply for a terminal.
func Text(r Reply) string {
	var b strings.Builder
	if r.Title != "" {
		b.WriteString(r.Title + "\n")
	}
	if r.Text != "" {
		b.WriteString(r.Text + "\n")
	}
	for _, f := range r.Fields {
		b.WriteString(f.Name + ": " + f.Value + "\n")
	}
	if r.QuoteHead != "" && len(r.Quotes) > 0 {
		b.WriteString(r.QuoteHead + ":\n")
	}
	for _, q := range r.Quotes {
		b.WriteString("  “" + q.Text + "”\n     — " + q.Cite + "\n")
	}
	if r.Footer != "" {
		b.WriteString(r.Footer + "\n")
	}
	return b.String()
}

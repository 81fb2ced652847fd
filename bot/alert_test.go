package bot

import (
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"visitbot/facts"
)

func TestAlertMessagesFitDiscord(t *testing.T) {
	long := strings.Repeat("A sentence of the article that goes on and on. ", 40)
	var d facts.Diff
	d.From, d.To = "0123456789abcdef", "fedcba9876543210"
	d.NewArticles = []facts.ArticleInfo{{ID: "f", File: "f.txt", Title: strings.Repeat("Long title ", 60)}}
	for i := range 60 {
		f := &facts.Fact{Key: fmt.Sprintf("event/e%02d", i), Label: strings.Repeat("label ", 80),
			Quotes: []facts.Quote{{Text: long, Cite: "Lead, sentence 1"}}}
		old := *f
		old.Fields = []facts.Field{{Name: "When", Value: long}}
		f.Fields = []facts.Field{{Name: "When", Value: "April 22"}}
		d.Changes = append(d.Changes, facts.Change{Key: f.Key, Old: &old, New: f, Changed: []facts.FieldChange{{Name: "When", Old: long, New: "April 22"}}})
	}
	msgs := AlertMessages("Story", d, []string{"42"}, false, time.Unix(0, 0))
	if len(msgs) < 3 {
		t.Fatalf("60 long changes fit in %d messages?", len(msgs))
	}
	fields := 0
	n := utf8.RuneCountInString
	for i, m := range msgs {
		if len(m.Embeds) != 1 {
			t.Fatalf("message %d has %d embeds", i, len(m.Embeds))
		}
		e := m.Embeds[0]
		total := n(e.Title) + n(e.Description) + n(e.Footer.Text)
		for _, f := range e.Fields {
			total += n(f.Name) + n(f.Value)
			if n(f.Name) > maxFieldName || n(f.Value) > maxFieldValue {
				t.Errorf("message %d: field of %d/%d runes", i, n(f.Name), n(f.Value))
			}
		}
		if total > maxEmbedTotal || len(e.Fields) > maxFields || n(e.Title) > maxTitle || n(e.Description) > maxDescription {
			t.Errorf("message %d: %d runes, %d fields, title %d, description %d", i, total, len(e.Fields), n(e.Title), n(e.Description))
		}
		if !strings.Contains(e.Footer.Text, fmt.Sprintf("part %d of %d", i+1, len(msgs))) {
			t.Errorf("message %d footer %q", i, e.Footer.Text)
		}
		if (i == 0) != (m.Content == "<@&42>") || (i > 0 && len(m.AllowedMentions.Roles) > 0) {
			t.Errorf("message %d: content %q, roles %v; only the first may mention the role", i, m.Content, m.AllowedMentions.Roles)
		}
		fields += len(e.Fields)
	}
	if fields != 60 {
		t.Errorf("%d changes shown, want all 60", fields)
	}
	if up := AlertMessages("Story", d, []string{"42"}, true, time.Unix(0, 0)); up[0].Content != "" || !strings.HasPrefix(up[0].Embeds[0].Title, "Updated: ") {
		t.Errorf("an updated alert pings again or lacks its title: %q %q", up[0].Content, up[0].Embeds[0].Title)
	}
}

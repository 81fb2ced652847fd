package facts

import (
	"errors"
	"strings"
	"testing"
	"testing/fstest"
)

// FuzzParse: any text parses without panic into sentences whose citations
// count up from 1 in each section.
func FuzzParse(f *testing.F) {
	f.Add(goodArticle, false)
	f.Add("# T\n\n## A\nOne. Two.\n", true)
	f.Add("Title\n\nx\n\n\n:\n“Quote.” End", false)
	f.Add("\ufeffT\r\nLead. Mr. X met Dr. Y.\r\n", false)
	f.Fuzz(func(t *testing.T, text string, markdown bool) {
		parse := ParseText
		if markdown {
			parse = ParseMarkdown
		}
		a, err := parse("a", text)
		if err != nil {
			return
		}
		for _, s := range a.Sections {
			for i, x := range s.Sentences {
				if x.Ref.N != i+1 || x.Ref.Section != s.Name || strings.TrimSpace(x.Text) == "" {
					t.Fatalf("section %q sentence %d: %+v", s.Name, i, x)
				}
			}
		}
	})
}

// FuzzLoadSheet: any fact sheet loads or fails with a LoadError, never a
// panic.
func FuzzLoadSheet(f *testing.F) {
	f.Add(goodSheet)
	f.Add("entities: [{id: x, cites: [{section: Events, quote: ''}]}]")
	f.Add("figures:\n  - id: f\n    number: -1\n")
	f.Add("events: {a: 1}")
	f.Fuzz(func(t *testing.T, sheet string) {
		_, err := Load(fstest.MapFS{"a.txt": {Data: []byte(goodArticle)}, "a.yaml": {Data: []byte(sheet)}})
		var le *LoadError
		if err != nil && !errors.As(err, &le) {
			t.Fatalf("Load error %T %v is not a LoadError", err, err)
		}
	})
}

package facts

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"
)

var entityKinds = map[string]bool{"person": true, "organisation": true, "group": true, "country": true, "place": true}

// validate resolves every cite of the sheet to its sentence and checks that
// each statement says nothing its cited sentences do not.
func (a *Article) validate(file string) error {
	s := &a.Facts
	ids := map[string]int{}
	fail := func(line int, format string, args ...any) error {
		return &LoadError{File: file, Line: line, Msg: fmt.Sprintf(format, args...)}
	}
	names := map[string]bool{} // words of entity names and aliases may appear anywhere
	for _, e := range s.Entities {
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			for _, w := range groundWords(n) {
				names[w] = true
			}
		}
	}
	check := func(id string, cites []Cite, fields map[string]string) error {
		line := 0
		if len(cites) > 0 {
			line = cites[0].line
		}
		if id == "" || id != Slug(id) {
			return fail(line, "fact id %q must be lower-case words joined by dashes", id)
		}
		if prev, dup := ids[id]; dup {
			return fail(line, "fact id %q used twice (first near line %d)", id, prev)
		}
		ids[id] = line
		if len(cites) == 0 {
			return fail(line, "%s: no cites: every fact needs a quote of the article", id)
		}
		var ground []string
		for i := range cites {
			if err := a.resolve(file, &cites[i]); err != nil {
				return err
			}
			sent, _ := a.Sentence(cites[i].Ref)
			ground = append(ground, sent.Text)
		}
		for name, value := range fields {
			if value == NotStated {
				continue
			}
			if w := ungrounded(value, ground, names); w != "" {
				return fail(line, "%s: %s %q says %q, which its cited sentences do not", id, name, value, w)
			}
		}
		return nil
	}
	for i := range s.Entities {
		e := &s.Entities[i]
		if e.Name == "" || !entityKinds[e.Kind] {
			return fail(firstLine(e.Cites), "%s: needs a name and a kind (person, organisation, group, country or place)", e.ID)
		}
		if err := check(e.ID, e.Cites, map[string]string{"role": e.Role, "summary": e.Summary}); err != nil {
			return err
		}
		if e.Capital != "" && (e.Kind != "country" || !slices.Contains(e.Aliases, e.Capital)) {
			return fail(firstLine(e.Cites), "%s: capital %q must be one of the country's aliases", e.ID, e.Capital)
		}
	}
	for i := range s.Events {
		e := &s.Events[i]
		if err := checkTopic(e.ID, e.Topic); err != nil {
			return fail(firstLine(e.Cites), "%v", err)
		}
		if e.Says == "" || e.When == "" || e.Where == "" {
			return fail(firstLine(e.Cites), "%s: says, where and when are required (write %q when the article does not say)", e.ID, NotStated)
		}
		for _, who := range e.Who {
			if !hasEntity(s, who) {
				return fail(firstLine(e.Cites), "%s: who names unknown entity %q", e.ID, who)
			}
		}
		if err := check(e.ID, e.Cites, map[string]string{"says": e.Says, "where": e.Where, "when": e.When, "why": e.Why}); err != nil {
			return err
		}
	}
	for i := range s.Figures {
		f := &s.Figures[i]
		if err := checkTopic(f.ID, f.Topic); err != nil {
			return fail(firstLine(f.Cites), "%v", err)
		}
		if f.Number <= 0 || f.Stated == "" || f.Counted == "" || f.Says == "" {
			return fail(firstLine(f.Cites), "%s: number, stated, counted and says are required", f.ID)
		}
		if f.Event != "" && !hasEvent(s, f.Event) {
			return fail(firstLine(f.Cites), "%s: event %q is not in the sheet", f.ID, f.Event)
		}
		if !strings.Contains(" "+strings.Join(groundWords(f.Stated), " ")+" ", " "+numberWord(f.Number)+" ") &&
			!strings.Contains(" "+strings.Join(groundWords(f.Stated), " ")+" ", " "+strconv.Itoa(f.Number)+" ") {
			return fail(firstLine(f.Cites), "%s: stated %q does not give the number %d", f.ID, f.Stated, f.Number)
		}
		fields := map[string]string{"stated": f.Stated, "counted": f.Counted, "where": f.Where, "reported_by": f.ReportedBy, "says": f.Says}
		if err := check(f.ID, f.Cites, fields); err != nil {
			return err
		}
	}
	return nil
}

// resolve finds the one sentence of the cited section that holds the quote.
func (a *Article) resolve(file string, c *Cite) error {
	sec, ok := a.Section(c.Section)
	if !ok {
		var known []string
		for _, s := range a.Sections {
			known = append(known, s.Name)
		}
		return &LoadError{File: file, Line: c.line, Msg: fmt.Sprintf("unknown section %q (sections: %s)", c.Section, strings.Join(known, ", "))}
	}
	q := strings.Join(strings.Fields(c.Quote), " ")
	if q == "" {
		return &LoadError{File: file, Line: c.line, Msg: "empty quote"}
	}
	for _, s := range sec.Sentences {
		if strings.Contains(s.Text, q) {
			c.Ref = s.Ref
			return nil
		}
	}
	return &LoadError{File: file, Line: c.line, Msg: fmt.Sprintf("quote not found in one sentence of %s: %q", sec.Name, c.Quote)}
}

func checkTopic(id, topic string) error {
	if slices.Contains(Topics, topic) {
		return nil
	}
	return fmt.Errorf("%s: topic %q is not one of %s", id, topic, strings.Join(Topics, ", "))
}

func hasEntity(s *Sheet, id string) bool {
	for _, e := range s.Entities {
		if e.ID == id {
			return true
		}
	}
	return false
}

func hasEvent(s *Sheet, id string) bool {
	for _, e := range s.Events {
		if e.ID == id {
			return true
		}
	}
	return false
}

func firstLine(cites []Cite) int {
	if len(cites) == 0 {
		return 0
	}
	return cites[0].line
}

// connectives may join grounded words in a statement without adding facts.
var connectives = map[string]bool{
	"a": true, "an": true, "the": true, "of": true, "in": true, "on": true, "at": true, "to": true,
	"for": true, "from": true, "by": true, "with": true, "and": true, "or": true, "as": true, "but": true,
	"its": true, "his": true, "her": true, "their": true, "he": true, "she": true, "they": true, "it": true,
	"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "will": true,
	"that": true, "this": true, "who": true, "whom": true, "which": true, "where": true, "when": true,
	"after": true, "though": true, "also": true, "s": true,
}

// ungrounded returns the first word of value found neither in the ground
// sentences, nor among entity names, nor among connectives.
func ungrounded(value string, ground []string, names map[string]bool) string {
	have := map[string]bool{}
	for _, g := range ground {
		for _, w := range groundWords(g) {
			have[w] = true
		}
	}
	for _, w := range words(value) {
		if s := stem(w); !have[s] && !names[s] && !connectives[w] {
			return w
		}
	}
	return ""
}

// words lower-cases text and splits it into letters-and-digits words.
func words(text string) []string {
	return strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// groundWords returns the crudely stemmed words of text, so that "strikes"
// grounds "strike" and "killing" grounds "killed".
func groundWords(text string) []string {
	w := words(text)
	for i := range w {
		w[i] = stem(w[i])
	}
	return w
}

func stem(w string) string {
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		w = w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "ing") && len(w) > 5:
		w = w[:len(w)-3]
	case strings.HasSuffix(w, "ed") && len(w) > 4:
		w = w[:len(w)-2]
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && len(w) > 3:
		w = w[:len(w)-1]
	}
	if len(w) > 3 {
		w = strings.TrimSuffix(w, "e")
	}
	return w
}

var smallNumbers = []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
	"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"}

// NumberWord spells small numbers as a news article would; larger ones stay digits.
func NumberWord(n int) string {
	if n >= 0 && n < len(smallNumbers) {
		return smallNumbers[n]
	}
	return strconv.Itoa(n)
}

func numberWord(n int) string { return groundWords(NumberWord(n))[0] }

func itoa(n int) string     { return strconv.Itoa(n) }
func quote(s string) string { return strconv.Quote(s) }

package facts

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"

	"go.yaml.in/yaml/v3"
)

// NotStated is the value of a field the article leaves open, such as the date
// of an event. It is said out loud rather than left blank, so an answer can
// say the article is silent.
const NotStated = "not stated"

// Topics group facts for readers and for subscriptions.
var Topics = []string{"casualties", "diplomacy", "visits", "security"}

// Sheet is the curated fact sheet of one article. Every value in it is backed
// by verbatim quotes of the article's sentences.
type Sheet struct {
	Entities []Entity `yaml:"entities"`
	Events   []Event  `yaml:"events"`
	Figures  []Figure `yaml:"figures"`
}

// Entity is a person, organisation, armed group, country or place.
type Entity struct {
	ID      string   `yaml:"id"`
	Name    string   `yaml:"name"`
	Kind    string   `yaml:"kind"` // person, organisation, group, country, place
	Role    string   `yaml:"role"`
	Country string   `yaml:"country"`
	Aliases []string `yaml:"aliases"` // other names, transliterations and descriptions
	Capital string   `yaml:"capital"` // for a country, the alias that is its capital, which the article may name in its place ("from Tehran")
	Summary string   `yaml:"summary"`
	Cites   []Cite   `yaml:"cites"`
}

// Event is something that happened or is planned, as the article tells it.
// In the sheet, events are listed in the order they happened.
type Event struct {
	ID    string   `yaml:"id"`
	Topic string   `yaml:"topic"`
	Says  string   `yaml:"says"`  // one-line statement of the event
	Who   []string `yaml:"who"`   // entity ids
	Where string   `yaml:"where"` // as stated, or NotStated
	When  string   `yaml:"when"`  // as stated ("January 17"), or NotStated
	Why   string   `yaml:"why"`   // as stated, or empty
	Cites []Cite   `yaml:"cites"`
}

// Dated is the cite that states when the event happened, if one quotes its
// date, else its first.
func (e Event) Dated() Cite {
	for _, c := range e.Cites {
		if e.When != NotStated && strings.Contains(strings.ToLower(c.Quote), strings.ToLower(e.When)) {
			return c
		}
	}
	return e.Cites[0]
}

// Figure is a number the article reports, with who reported it. Figures
// that overlap (a total and its parts) are kept apart, never summed.
type Figure struct {
	ID         string `yaml:"id"`
	Topic      string `yaml:"topic"`
	Number     int    `yaml:"number"`
	Stated     string `yaml:"stated"`  // the number in the article's words: "at least nine"
	Counted    string `yaml:"counted"` // what was counted: "children killed"
	Where      string `yaml:"where"`
	ReportedBy string `yaml:"reported_by"` // as stated, or NotStated
	Event      string `yaml:"event"`       // id of the event it belongs to, if any
	Says       string `yaml:"says"`
	Cites      []Cite `yaml:"cites"`
}

// Cite ties a fact to one sentence by a verbatim quote of it. The loader
// resolves which sentence of the section holds the quote.
type Cite struct {
	Section string `yaml:"section"`
	Quote   string `yaml:"quote"`
	Ref     Ref    `yaml:"-"`
	line    int
}

// UnmarshalYAML keeps the line of each cite for error messages.
func (c *Cite) UnmarshalYAML(n *yaml.Node) error {
	type plain Cite
	var p plain
	if err := n.Decode(&p); err != nil {
		return err
	}
	*c = Cite(p)
	c.line = n.Line
	return nil
}

// LoadError is a problem in a corpus file, located by line.
type LoadError struct {
	File string
	Line int
	Msg  string
}

func (e *LoadError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.File, e.Msg)
}

// ParseSheet decodes a fact sheet. Unknown keys are errors, so a misspelt
// field is caught rather than silently dropped.
func ParseSheet(file string, data []byte) (Sheet, error) {
	var s Sheet
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&s); err != nil && !errors.Is(err, io.EOF) {
		return Sheet{}, yamlError(file, err)
	}
	return s, nil
}

// yamlError turns the YAML library's "yaml: line N: msg" into a LoadError.
func yamlError(file string, err error) error {
	var te *yaml.TypeError
	msg := err.Error()
	if errors.As(err, &te) && len(te.Errors) > 0 {
		msg = te.Errors[0]
	}
	msg = strings.TrimPrefix(msg, "yaml: ")
	line := 0
	if _, scanErr := fmt.Sscanf(msg, "line %d:", &line); scanErr == nil {
		msg = strings.TrimSpace(msg[strings.Index(msg, ":")+1:])
	}
	return &LoadError{File: file, Line: line, Msg: msg}
}

package index

import (
	"encoding/binary"
	"errors"
	"fmt"

	"visitbot/facts"
)

// Fact sheets are stored in a format of their own rather than with gob, for
// reopening: gob spent most of a reopen of 100,000 sentences on the sheets'
// many small fields, while this format decodes every string as a piece of
// one. storedFields (checked by a test against the facts types) lists the
// fields a stored index keeps, here and in store.go, so that a field added
// to facts is not silently lost.
var storedFields = map[string][]string{
	"Corpus":   {"Articles", "Thesaurus", "Version"},
	"Article":  {"ID", "File", "Title", "Sections", "Facts"},
	"Section":  {"Name", "Sentences"},
	"Sentence": {"Ref", "Text"},
	"Sheet":    {"Entities", "Events", "Figures"},
	"Entity":   {"ID", "Name", "Kind", "Role", "Country", "Aliases", "Capital", "Summary", "Cites"},
	"Event":    {"ID", "Topic", "Says", "Who", "Where", "When", "Why", "Cites"},
	"Figure":   {"ID", "Topic", "Number", "Stated", "Counted", "Where", "ReportedBy", "Event", "Says", "Cites"},
	"Cite":     {"Section", "Quote", "Ref"},
	"Ref":      {"Article", "Section", "N"},
}

// sheetCodec is one pass over fact sheets, writing them or reading them:
// the fields of each type are listed once, in codeSheets, for both.
type sheetCodec interface {
	int(*int)
	str(*string)
	// count writes n, or reads a count and returns it.
	count(n int) int
}

// codeSheets writes or reads fact sheets, one an article.
func codeSheets(c sheetCodec, sheets *[]facts.Sheet) {
	codeList(c, sheets, func(s *facts.Sheet) {
		codeList(c, &s.Entities, func(e *facts.Entity) {
			c.str(&e.ID)
			c.str(&e.Name)
			c.str(&e.Kind)
			c.str(&e.Role)
			c.str(&e.Country)
			codeList(c, &e.Aliases, c.str)
			c.str(&e.Capital)
			c.str(&e.Summary)
			codeCites(c, &e.Cites)
		})
		codeList(c, &s.Events, func(e *facts.Event) {
			c.str(&e.ID)
			c.str(&e.Topic)
			c.str(&e.Says)
			codeList(c, &e.Who, c.str)
			c.str(&e.Where)
			c.str(&e.When)
			c.str(&e.Why)
			codeCites(c, &e.Cites)
		})
		codeList(c, &s.Figures, func(f *facts.Figure) {
			c.str(&f.ID)
			c.str(&f.Topic)
			c.int(&f.Number)
			c.str(&f.Stated)
			c.str(&f.Counted)
			c.str(&f.Where)
			c.str(&f.ReportedBy)
			c.str(&f.Event)
			c.str(&f.Says)
			codeCites(c, &f.Cites)
		})
	})
}

func codeCites(c sheetCodec, cites *[]facts.Cite) {
	codeList(c, cites, func(x *facts.Cite) {
		c.str(&x.Section)
		c.str(&x.Quote)
		c.str(&x.Ref.Article)
		c.str(&x.Ref.Section)
		c.int(&x.Ref.N)
	})
}

// codeList writes a list's length and items, or reads them into a new list
// (none read is a nil list).
func codeList[T any](c sheetCodec, list *[]T, item func(*T)) {
	n := c.count(len(*list))
	if n != len(*list) {
		*list = make([]T, n)
	}
	for i := range *list {
		item(&(*list)[i])
	}
}

type sheetWriter struct{ buf []byte }

func (w *sheetWriter) int(n *int) { w.buf = binary.AppendVarint(w.buf, int64(*n)) }
func (w *sheetWriter) count(n int) int {
	w.int(&n)
	return n
}
func (w *sheetWriter) str(s *string) {
	w.count(len(*s))
	w.buf = append(w.buf, *s...)
}

// encodeSheets stores the fact sheets of a corpus.
func encodeSheets(sheets []facts.Sheet) []byte {
	var w sheetWriter
	codeSheets(&w, &sheets)
	return w.buf
}

var errSheets = errors.New("damaged fact sheets")

// sheetReader reads what sheetWriter wrote. Its strings are pieces of one.
type sheetReader struct {
	data string
	err  error
}

func (r *sheetReader) int(n *int) {
	*n = 0
	if r.err != nil {
		return
	}
	v, size := binary.Varint([]byte(r.data[:min(len(r.data), binary.MaxVarintLen64)]))
	if size <= 0 {
		r.err = errSheets
		return
	}
	r.data = r.data[size:]
	*n = int(v)
}

// count reads a number of items, each of at least one byte still to read.
func (r *sheetReader) count(int) int {
	var n int
	r.int(&n)
	if n < 0 || n > len(r.data) {
		r.err = errSheets
		return 0
	}
	return n
}

func (r *sheetReader) str(s *string) {
	n := r.count(0)
	if r.err != nil {
		*s = ""
		return
	}
	*s = r.data[:n]
	r.data = r.data[n:]
}

// decodeSheets reads fact sheets stored by encodeSheets.
func decodeSheets(data []byte) ([]facts.Sheet, error) {
	r := &sheetReader{data: string(data)}
	var sheets []facts.Sheet
	codeSheets(r, &sheets)
	if r.err == nil && len(r.data) > 0 {
		r.err = errSheets
	}
	if r.err != nil {
		return nil, fmt.Errorf("%w at byte %d", r.err, len(data)-len(r.data))
	}
	return sheets, nil
}

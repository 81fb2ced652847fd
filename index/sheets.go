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
	"Entity":   {"ID", "Name", "Kind", "Role", "Country", "Aliases", "Summary", "Cites"},
	"Event":    {"ID", "Topic", "Says", "Who", "Where", "When", "Why", "Cites"},
	"Figure":   {"ID", "Topic", "Number", "Stated", "Counted", "Where", "ReportedBy", "Event", "Says", "Cites"},
	"Cite":     {"Section", "Quote", "Ref"},
	"Ref":      {"Article", "Section", "N"},
}

type sheetWriter struct{ buf []byte }

func (w *sheetWriter) int(n int) { w.buf = binary.AppendVarint(w.buf, int64(n)) }
func (w *sheetWriter) str(s string) {
	w.int(len(s))
	w.buf = append(w.buf, s...)
}
func (w *sheetWriter) strs(list []string) {
	w.int(len(list))
	for _, s := range list {
		w.str(s)
	}
}
func (w *sheetWriter) cites(cites []facts.Cite) {
	w.int(len(cites))
	for _, c := range cites {
		w.str(c.Section)
		w.str(c.Quote)
		w.str(c.Ref.Article)
		w.str(c.Ref.Section)
		w.int(c.Ref.N)
	}
}

// encodeSheets stores the fact sheets of a corpus, one an article.
func encodeSheets(sheets []facts.Sheet) []byte {
	var w sheetWriter
	w.int(len(sheets))
	for _, s := range sheets {
		w.int(len(s.Entities))
		for _, e := range s.Entities {
			w.str(e.ID)
			w.str(e.Name)
			w.str(e.Kind)
			w.str(e.Role)
			w.str(e.Country)
			w.strs(e.Aliases)
			w.str(e.Summary)
			w.cites(e.Cites)
		}
		w.int(len(s.Events))
		for _, e := range s.Events {
			w.str(e.ID)
			w.str(e.Topic)
			w.str(e.Says)
			w.strs(e.Who)
			w.str(e.Where)
			w.str(e.When)
			w.str(e.Why)
			w.cites(e.Cites)
		}
		w.int(len(s.Figures))
		for _, f := range s.Figures {
			w.str(f.ID)
			w.str(f.Topic)
			w.int(f.Number)
			w.str(f.Stated)
			w.str(f.Counted)
			w.str(f.Where)
			w.str(f.ReportedBy)
			w.str(f.Event)
			w.str(f.Says)
			w.cites(f.Cites)
		}
	}
	return w.buf
}

var errSheets = errors.New("damaged fact sheets")

// sheetReader reads what sheetWriter wrote. Its strings are pieces of one.
type sheetReader struct {
	data string
	err  error
}

func (r *sheetReader) int() int {
	if r.err != nil {
		return 0
	}
	n, size := binary.Varint([]byte(r.data[:min(len(r.data), binary.MaxVarintLen64)]))
	if size <= 0 {
		r.err = errSheets
		return 0
	}
	r.data = r.data[size:]
	return int(n)
}

// count reads a number of items, each of at least one byte still to read.
func (r *sheetReader) count() int {
	n := r.int()
	if n < 0 || n > len(r.data) {
		r.err = errSheets
		return 0
	}
	return n
}

func (r *sheetReader) str() string {
	n := r.count()
	if r.err != nil {
		return ""
	}
	s := r.data[:n]
	r.data = r.data[n:]
	return s
}

func (r *sheetReader) strs() []string {
	n := r.count()
	if n == 0 {
		return nil
	}
	list := make([]string, n)
	for i := range list {
		list[i] = r.str()
	}
	return list
}

func (r *sheetReader) cites() []facts.Cite {
	n := r.count()
	if n == 0 {
		return nil
	}
	cites := make([]facts.Cite, n)
	for i := range cites {
		c := &cites[i]
		c.Section, c.Quote = r.str(), r.str()
		c.Ref.Article, c.Ref.Section, c.Ref.N = r.str(), r.str(), r.int()
	}
	return cites
}

// decodeSheets reads fact sheets stored by encodeSheets.
func decodeSheets(data []byte) ([]facts.Sheet, error) {
	r := &sheetReader{data: string(data)}
	sheets := make([]facts.Sheet, r.count())
	for i := range sheets {
		s := &sheets[i]
		if n := r.count(); n > 0 {
			s.Entities = make([]facts.Entity, n)
			for j := range s.Entities {
				e := &s.Entities[j]
				e.ID, e.Name, e.Kind, e.Role, e.Country = r.str(), r.str(), r.str(), r.str(), r.str()
				e.Aliases, e.Summary, e.Cites = r.strs(), r.str(), r.cites()
			}
		}
		if n := r.count(); n > 0 {
			s.Events = make([]facts.Event, n)
			for j := range s.Events {
				e := &s.Events[j]
				e.ID, e.Topic, e.Says, e.Who = r.str(), r.str(), r.str(), r.strs()
				e.Where, e.When, e.Why, e.Cites = r.str(), r.str(), r.str(), r.cites()
			}
		}
		if n := r.count(); n > 0 {
			s.Figures = make([]facts.Figure, n)
			for j := range s.Figures {
				f := &s.Figures[j]
				f.ID, f.Topic, f.Number, f.Stated, f.Counted = r.str(), r.str(), r.int(), r.str(), r.str()
				f.Where, f.ReportedBy, f.Event, f.Says, f.Cites = r.str(), r.str(), r.str(), r.str(), r.cites()
			}
		}
	}
	if r.err == nil && len(r.data) > 0 {
		r.err = errSheets
	}
	if r.err != nil {
		return nil, fmt.Errorf("%w at byte %d", r.err, len(data)-len(r.data))
	}
	return sheets, nil
}

package facts

import (
	"fmt"
	"slices"
	"sort"
	"strings"
)

// Fact is one fact of a corpus in a form that can be stored and compared:
// what it states, field by field, and the sentences it cites. Its Key stays
// the same across edits, so an edit shows as a change, not as a removal and
// an addition.
type Fact struct {
	Key     string  `json:"key"`   // kind/id, such as "event/raisi-visit"
	Topic   string  `json:"topic"` // one of Topics; "" for entities, which belong to every topic
	Article string  `json:"article"`
	Label   string  `json:"label"`  // the fact in one line
	Fields  []Field `json:"fields"` // what it states, in reading order
	Quotes  []Quote `json:"quotes"`
}

// Field is one labelled value of a fact.
type Field struct {
	Name  string `json:"name"`
	Value string `json:"value"`
}

// Quote is a cited sentence with its citation as a reader sees it.
type Quote struct {
	Text string `json:"text"`
	Cite string `json:"cite"`
}

// ArticleInfo names an article in a snapshot.
type ArticleInfo struct {
	ID    string `json:"id"`
	File  string `json:"file"`
	Title string `json:"title"`
}

// Snapshot is every fact of a corpus at one version. It is what the bot
// keeps of the last version it has seen, so that it can tell what changed
// even across a restart.
type Snapshot struct {
	Version  string        `json:"version"`
	Articles []ArticleInfo `json:"articles"`
	Facts    []Fact        `json:"facts"` // sorted by key
}

// Snapshot lists the corpus's facts. An entity defined by several articles
// is taken from the first, as everywhere else.
func (c *Corpus) Snapshot() Snapshot {
	s := Snapshot{Version: c.Version}
	seen := map[string]bool{}
	add := func(f Fact) {
		if !seen[f.Key] {
			seen[f.Key] = true
			s.Facts = append(s.Facts, f)
		}
	}
	corpusCite := c.Cite
	for _, a := range c.Articles {
		s.Articles = append(s.Articles, ArticleInfo{ID: a.ID, File: a.File, Title: a.Title})
		quotes := func(cs []Cite) []Quote {
			out := make([]Quote, 0, len(cs))
			for _, c := range cs {
				sent, _ := a.Sentence(c.Ref)
				out = append(out, Quote{Text: sent.Text, Cite: corpusCite(c.Ref)})
			}
			return out
		}
		for _, e := range a.Facts.Entities {
			label := e.Name
			if e.Role != "" {
				label += ", " + e.Role
			}
			add(Fact{Key: "entity/" + e.ID, Article: a.ID, Label: label, Quotes: quotes(e.Cites),
				Fields: fields("Name", e.Name, "Kind", e.Kind, "Role", e.Role, "Country", e.Country,
					"Also known as", strings.Join(e.Aliases, ", "), "Summary", e.Summary)})
		}
		for _, e := range a.Facts.Events {
			var who []string
			for _, id := range e.Who {
				if ent, ok := c.Entity(id); ok {
					who = append(who, ent.Name)
				}
			}
			add(Fact{Key: "event/" + e.ID, Topic: e.Topic, Article: a.ID, Label: e.Says, Quotes: quotes(e.Cites),
				Fields: fields("What", e.Says, "Who", strings.Join(who, ", "), "Where", e.Where, "When", e.When, "Why", e.Why)})
		}
		for _, f := range a.Facts.Figures {
			add(Fact{Key: "figure/" + f.ID, Topic: f.Topic, Article: a.ID, Label: f.Says, Quotes: quotes(f.Cites),
				Fields: fields("Figure", f.Stated, "Counted", f.Counted, "Where", f.Where, "Reported by", f.ReportedBy, "Says", f.Says)})
		}
	}
	sort.Slice(s.Facts, func(i, j int) bool { return s.Facts[i].Key < s.Facts[j].Key })
	return s
}

// fields pairs names with values, leaving out empty values.
func fields(pairs ...string) []Field {
	var out []Field
	for i := 0; i+1 < len(pairs); i += 2 {
		if pairs[i+1] != "" {
			out = append(out, Field{Name: pairs[i], Value: pairs[i+1]})
		}
	}
	return out
}

// Change is one fact added, changed or removed. Old is nil for an added
// fact, New for a removed one.
type Change struct {
	Key     string        `json:"key"`
	Old     *Fact         `json:"old,omitempty"`
	New     *Fact         `json:"new,omitempty"`
	Changed []FieldChange `json:"changed,omitempty"` // for a changed fact: what changed
}

// FieldChange is one field of a fact, before and after. An empty value
// means the field was absent.
type FieldChange struct {
	Name string `json:"name"`
	Old  string `json:"old"`
	New  string `json:"new"`
}

// Kind says whether the change adds, changes or removes its fact.
func (c Change) Kind() string {
	switch {
	case c.Old == nil:
		return "added"
	case c.New == nil:
		return "removed"
	}
	return "changed"
}

// Fact is the fact as it is now, or as it was if it was removed.
func (c Change) Fact() *Fact {
	if c.New != nil {
		return c.New
	}
	return c.Old
}

// Diff is what changed between two versions of a corpus.
type Diff struct {
	From            string        `json:"from"` // corpus versions
	To              string        `json:"to"`
	Changes         []Change      `json:"changes"` // sorted by key
	NewArticles     []ArticleInfo `json:"new_articles,omitempty"`
	RemovedArticles []ArticleInfo `json:"removed_articles,omitempty"`
}

// Empty reports whether nothing a reader would see changed.
func (d Diff) Empty() bool {
	return len(d.Changes) == 0 && len(d.NewArticles) == 0 && len(d.RemovedArticles) == 0
}

// Compare returns what changed from old to new. Facts are matched by kind
// and id, so a renamed article file or a rewritten sheet that states the
// same facts changes nothing; a fact whose cited sentences only moved (a
// sentence inserted before them) is not changed either.
func Compare(old, new Snapshot) Diff {
	return between(old.Version, new.Version, pairs(old, new), articlePairs(old.Articles, new.Articles))
}

// Merge joins two successive diffs into one, as if the middle version had
// never been seen: a fact added and then removed disappears, a fact changed
// twice shows its first and last values.
func Merge(a, b Diff) Diff {
	ends := map[string][2]*Fact{}
	for _, c := range a.Changes {
		ends[c.Key] = [2]*Fact{c.Old, c.New}
	}
	for _, c := range b.Changes {
		e, ok := ends[c.Key]
		if !ok {
			e[0] = c.Old
		}
		e[1] = c.New
		ends[c.Key] = e
	}
	arts := map[string][2]*ArticleInfo{}
	mergeArticles(arts, a, false)
	mergeArticles(arts, b, true)
	return between(a.From, b.To, ends, arts)
}

func mergeArticles(arts map[string][2]*ArticleInfo, d Diff, later bool) {
	note := func(a ArticleInfo, added bool) {
		e, seen := arts[a.ID]
		if !later || !seen {
			if added {
				e[0] = nil
			} else {
				e[0] = &a
			}
		}
		if added {
			e[1] = &a
		} else {
			e[1] = nil
		}
		arts[a.ID] = e
	}
	for _, a := range d.NewArticles {
		note(a, true)
	}
	for _, a := range d.RemovedArticles {
		note(a, false)
	}
}

func pairs(old, new Snapshot) map[string][2]*Fact {
	out := map[string][2]*Fact{}
	for i := range old.Facts {
		f := &old.Facts[i]
		out[f.Key] = [2]*Fact{f, nil}
	}
	for i := range new.Facts {
		f := &new.Facts[i]
		e := out[f.Key]
		e[1] = f
		out[f.Key] = e
	}
	return out
}

// articlePairs matches articles by id, and a lone removed article to a lone
// added one with the same title as a rename.
func articlePairs(old, new []ArticleInfo) map[string][2]*ArticleInfo {
	out := map[string][2]*ArticleInfo{}
	for i := range old {
		out[old[i].ID] = [2]*ArticleInfo{&old[i], nil}
	}
	for i := range new {
		e := out[new[i].ID]
		e[1] = &new[i]
		out[new[i].ID] = e
	}
	for id, e := range out {
		if e[0] == nil || e[1] != nil {
			continue
		}
		for id2, e2 := range out {
			if e2[0] == nil && e2[1] != nil && e2[1].Title == e[0].Title {
				delete(out, id)
				delete(out, id2)
				break
			}
		}
	}
	return out
}

func between(from, to string, facts map[string][2]*Fact, arts map[string][2]*ArticleInfo) Diff {
	d := Diff{From: from, To: to}
	for key, e := range facts {
		old, new := e[0], e[1]
		switch {
		case old == nil && new == nil:
		case old == nil || new == nil:
			d.Changes = append(d.Changes, Change{Key: key, Old: old, New: new})
		default:
			if changed := fieldChanges(old, new); len(changed) > 0 {
				d.Changes = append(d.Changes, Change{Key: key, Old: old, New: new, Changed: changed})
			}
		}
	}
	sort.Slice(d.Changes, func(i, j int) bool { return d.Changes[i].Key < d.Changes[j].Key })
	for _, e := range arts {
		switch {
		case e[0] == nil && e[1] != nil:
			d.NewArticles = append(d.NewArticles, *e[1])
		case e[0] != nil && e[1] == nil:
			d.RemovedArticles = append(d.RemovedArticles, *e[0])
		}
	}
	byID := func(as []ArticleInfo) func(i, j int) bool { return func(i, j int) bool { return as[i].ID < as[j].ID } }
	sort.Slice(d.NewArticles, byID(d.NewArticles))
	sort.Slice(d.RemovedArticles, byID(d.RemovedArticles))
	return d
}

// fieldChanges lists the fields whose values differ, then the quotes if the
// cited sentences now read differently. Citation numbers alone do not count.
func fieldChanges(old, new *Fact) []FieldChange {
	var out []FieldChange
	value := func(fs []Field, name string) string {
		for _, f := range fs {
			if f.Name == name {
				return f.Value
			}
		}
		return ""
	}
	var names []string
	seen := map[string]bool{}
	for _, f := range append(append([]Field{}, new.Fields...), old.Fields...) {
		if !seen[f.Name] {
			seen[f.Name] = true
			names = append(names, f.Name)
		}
	}
	for _, n := range names {
		if o, nw := value(old.Fields, n), value(new.Fields, n); o != nw {
			out = append(out, FieldChange{Name: n, Old: o, New: nw})
		}
	}
	if old.Topic != new.Topic {
		out = append(out, FieldChange{Name: "Topic", Old: old.Topic, New: new.Topic})
	}
	if o, n := quoteText(old.Quotes), quoteText(new.Quotes); o != n {
		out = append(out, FieldChange{Name: "Quote", Old: o, New: n})
	}
	return out
}

func quoteText(qs []Quote) string {
	var parts []string
	for _, q := range qs {
		parts = append(parts, q.Text)
	}
	return strings.Join(parts, " … ")
}

// For keeps the changes a subscriber to the given topics wants. "all", or
// no topic, keeps everything; entities belong to every topic. New and
// removed articles are kept whenever a fact is.
func (d Diff) For(topics []string) Diff {
	for _, t := range topics {
		if t == AllTopics || t == "" {
			return d
		}
	}
	out := Diff{From: d.From, To: d.To}
	for _, c := range d.Changes {
		f := c.Fact()
		for _, t := range topics {
			if f.Topic == t || (c.Old != nil && c.Old.Topic == t) {
				out.Changes = append(out.Changes, c)
				break
			}
		}
	}
	if len(out.Changes) > 0 {
		out.NewArticles, out.RemovedArticles = d.NewArticles, d.RemovedArticles
	}
	return out
}

// AllTopics subscribes to every topic.
const AllTopics = "all"

// IsTopic reports whether t names a topic or "all".
func IsTopic(t string) bool { return t == AllTopics || slices.Contains(Topics, t) }

// String is the diff as plain text, for `visitbot facts diff`.
func (d Diff) String() string {
	if d.Empty() {
		return "No facts changed.\n"
	}
	var b strings.Builder
	for _, a := range d.NewArticles {
		fmt.Fprintf(&b, "new article %s: %s\n", a.File, a.Title)
	}
	for _, a := range d.RemovedArticles {
		fmt.Fprintf(&b, "removed article %s: %s\n", a.File, a.Title)
	}
	for _, c := range d.Changes {
		f := c.Fact()
		fmt.Fprintf(&b, "%-7s %s: %s\n", c.Kind(), c.Key, f.Label)
		for _, fc := range c.Changed {
			fmt.Fprintf(&b, "        %s: %s → %s\n", fc.Name, OrNone(fc.Old), OrNone(fc.New))
		}
		for _, q := range f.Quotes {
			fmt.Fprintf(&b, "        “%s” — %s\n", q.Text, q.Cite)
		}
	}
	return b.String()
}

// OrNone shows an empty fact-sheet value as "(none)", for readers.
func OrNone(s string) string {
	if s == "" {
		return "(none)"
	}
	return s
}

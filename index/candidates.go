package index

import (
	"maps"
	"slices"
	"strings"
	"sync"

	"visitbot/facts"
)

type factKind int

const (
	eventFact factKind = iota
	figureFact
	entityFact
	sentenceFact
)

// fact is one answer candidate: a curated event, figure or entity, or a bare
// sentence. Its terms are read on first use (see prepare).
type fact struct {
	kind     factKind
	pos      int
	once     sync.Once
	terms    map[string]bool // what the fact and its cited sentences cover
	core     map[string]bool // what the fact's own statement covers
	counted  map[string]bool // for a figure: what it counts, and where
	counts   map[string]bool // for a figure: what it counts ("children killed")
	roles    map[string]bool // for an event: the roles of those who act in it ("foreign minister"), which count half
	told     map[string]bool // for a sum of several events' dead: its own statement's terms and those of the events its sentence tells
	deeds    []string        // for an event: the first three content terms its statement tells, past names and numbers ("discussions…will include")
	refs     []facts.Ref
	event    *facts.Event
	figure   *facts.Figure
	entity   *entity
	sentence *sentence
}

// covers reports whether a fact or its sentences hold a term.
func (f *fact) covers(t string) bool { return f.terms[t] || f.core[t] }

func (ix *Index) buildFacts() {
	events, cites := 0, 0
	for _, a := range ix.corpus.Articles {
		events += len(a.Facts.Events)
		cites += len(a.Facts.Events) + len(a.Facts.Figures)
	}
	ix.events = make(map[string]*facts.Event, events)
	ix.factsByRef = make(map[facts.Ref][]*fact, cites)
	ix.entityFacts = make(map[string]*fact, len(ix.entities))
	ix.facts = make([]*fact, 0, cites+len(ix.entities))
	for _, a := range ix.corpus.Articles {
		for i := range a.Facts.Events {
			e := &a.Facts.Events[i]
			ix.events[e.ID] = e
			ix.addFact(&fact{kind: eventFact, event: e, refs: citeRefs(e.Cites)})
		}
		for i := range a.Facts.Figures {
			g := &a.Facts.Figures[i]
			ix.addFact(&fact{kind: figureFact, figure: g, refs: citeRefs(g.Cites)})
		}
	}
	for _, e := range ix.entities {
		f := &fact{kind: entityFact, entity: e, refs: citeRefs(e.Cites)}
		ix.addFact(f)
		ix.entityFacts[e.ID] = f
	}
}

func (ix *Index) addFact(f *fact) {
	f.pos = len(ix.facts)
	ix.facts = append(ix.facts, f)
	if f.kind != entityFact {
		for _, r := range f.refs {
			if !slices.Contains(ix.factsByRef[r], f) {
				ix.factsByRef[r] = append(ix.factsByRef[r], f)
			}
		}
	}
}

// prepare reads a fact's statement and its cited sentences, once, before it
// is ranked.
func (ix *Index) prepare(f *fact) *fact {
	f.once.Do(func() {
		for _, r := range f.refs {
			if s, ok := ix.at(r); ok {
				ix.ready(s)
			}
		}
		switch f.kind {
		case eventFact:
			e := f.event
			f.core = ix.textTerms(e.Says)
			for _, who := range e.Who {
				f.core[entityPrefix+who] = true
			}
			if t := ix.canon(e.Topic); t != "" {
				f.core[t] = true // its kind: "what diplomatic step did Pakistan take?" is the recall of its ambassador
			}
			f.roles = map[string]bool{}
			for _, who := range e.Who {
				// "who are the two ministers holding the talks?": the talks
				// between Amirabdollahian and Jilani are between ministers.
				if p := ix.entity(who); p != nil && p.Kind == "person" {
					for t := range ix.textTerms(p.Role) {
						if !strings.HasPrefix(t, entityPrefix) {
							f.roles[t] = true
						}
					}
				}
			}
			f.terms = ix.withCited(f.core, f.refs)
			f.deeds = ix.deedsOf(e.Says)
		case figureFact:
			g := f.figure
			f.core = ix.textTerms(strings.Join(stated(g.Says, g.Counted, g.Where, g.ReportedBy), " "))
			f.counted = ix.textTerms(strings.Join(stated(g.Counted, g.Where), " "))
			f.counts = ix.textTerms(g.Counted)
			if g.Event == "" {
				// A sum of several events' dead answers for the events its
				// sentence tells: the 11 of "the reciprocal strikes".
				f.told = maps.Clone(f.core)
				for _, r := range f.refs {
					for _, e := range ix.eventsCiting(r) {
						maps.Copy(f.told, ix.textTerms(e.Says))
					}
				}
			}
			f.terms = ix.withCited(f.core, f.refs)
		case entityFact:
			e := f.entity
			f.terms = ix.textTerms(e.Role + " " + e.Summary + " " + e.Kind)
			f.terms[entityPrefix+e.ID] = true
			f.core = f.terms
		}
	})
	return f
}

// deedsOf returns the first three content terms of an event's statement,
// past names and numbers: what its doer did ("Iran targeted…", "Discussions during
// the trip will include the recent killing…" is a discussion, not a
// killing).
func (ix *Index) deedsOf(says string) []string {
	ws := ix.corpus.Thesaurus.Rewrite(words(says))
	_, _, at := ix.aliases.find(ws, false)
	var deeds []string
	for i, w := range ws {
		if len(deeds) == 3 {
			break
		}
		t := ix.canon(w)
		if t == "" || ix.filler[t] || namedAt(at, i) || ix.aliases.nameWord(w) || possessives[w] || numberWords[w] || isNumber(w) {
			continue
		}
		deeds = append(deeds, t)
	}
	return deeds
}

// stated drops the fields a fact sheet marks "not stated": the words of the
// mark are not what the fact is about ("Pakistan's stated reason" is not
// the figure whose reporter is not stated).
func stated(fields ...string) []string {
	out := fields[:0:0]
	for _, f := range fields {
		if f != facts.NotStated {
			out = append(out, f)
		}
	}
	return out
}

// withCited adds the terms of a fact's cited sentences to its own.
func (ix *Index) withCited(own map[string]bool, refs []facts.Ref) map[string]bool {
	set := make(map[string]bool, len(own))
	for t := range own {
		set[t] = true
	}
	for _, r := range refs {
		if s, ok := ix.at(r); ok {
			for t := range s.terms {
				set[t] = true
			}
		}
	}
	return set
}

// textTerms reads text as the article's sentences are read: every word,
// plus the entities it names.
func (ix *Index) textTerms(text string) map[string]bool {
	ws := ix.corpus.Thesaurus.Rewrite(words(text))
	ents, _, _ := ix.aliases.find(ws, false)
	return ix.termSet(ws, ents)
}

func citeRefs(cites []facts.Cite) []facts.Ref {
	refs := make([]facts.Ref, 0, len(cites))
	for _, c := range cites {
		refs = append(refs, c.Ref)
	}
	return refs
}

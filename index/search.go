package index

import (
	"context"
	"fmt"
	"math"
	"sort"
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"

	"visitbot/facts"
)

// Citation is one quoted sentence and where it stands in the article.
type Citation struct {
	Article  string `json:"article"`
	Section  string `json:"section"`
	Sentence int    `json:"sentence"`
	Text     string `json:"text"`
}

// Ref is the citation's stable reference.
func (c Citation) Ref() facts.Ref {
	return facts.Ref{Article: c.Article, Section: c.Section, N: c.Sentence}
}

func (ix *Index) citation(r facts.Ref) Citation {
	c := Citation{Article: r.Article, Section: r.Section, Sentence: r.N}
	if s, ok := ix.at(r); ok {
		c.Text = s.Text
	}
	return c
}

func appendCitation(list []Citation, c Citation) []Citation {
	for _, x := range list {
		if x.Ref() == c.Ref() {
			return list
		}
	}
	return append(list, c)
}

// Hit is one sentence found by Search. Highlight is the sentence with the
// matched words in **bold**, as Discord and Markdown render it.
type Hit struct {
	Citation
	Highlight string  `json:"highlight"`
	Score     float64 `json:"score"`
}

// MaxHits bounds one search, whatever the caller asks for.
const MaxHits = 100

// Search finds the sentences that best match free text, with news synonyms
// and typo tolerance. The text is never parsed as query syntax: each word
// becomes its own match query.
func (ix *Index) Search(ctx context.Context, text string, limit int) ([]Hit, error) {
	clean, _ := Clean(text, MaxQuestionRunes)
	ws := ix.corpus.Thesaurus.Rewrite(words(clean))
	ents, _, _ := ix.aliases.find(ws, true)
	q := ix.query(ws, ents) // the names' words too, so that they are highlighted
	if q == nil {
		return []Hit{}, nil
	}
	limit = min(max(limit, 1), MaxHits)
	res, err := ix.run(ctx, q, limit, true)
	if err != nil {
		return nil, err
	}
	hits := make([]Hit, 0, len(res))
	for _, m := range res {
		s := ix.sentenceOf(m.ID)
		hits = append(hits, Hit{Citation: ix.citation(s.Ref), Highlight: highlight(s.Text, m.Locations[fieldText]), Score: m.Score})
	}
	return hits, nil
}

// maxFuzzyWords bounds the fuzzy searches of one query: each costs far
// more than an exact one, and a question of forty misspelt words is noise.
const maxFuzzyWords = 6

// query builds a Bleve query from words and entity ids: a disjunction of one
// match query per word (fuzzy for long words) and one term per entity.
func (ix *Index) query(ws []string, ents []string) query.Query {
	var parts []query.Query
	seen := map[string]bool{}
	fuzzed := 0
	for _, w := range ws {
		if seen[w] || ix.canon(w) == "" || ix.filler[ix.canon(w)] {
			continue
		}
		seen[w] = true
		mq := bleve.NewMatchQuery(w)
		mq.SetField(fieldText)
		if _, known := ix.surface[w]; !known && typoBudget(w) > 0 && fuzzed < maxFuzzyWords {
			mq.SetFuzziness(typoBudget(w))
			mq.SetPrefix(1)
			fuzzed++
		}
		parts = append(parts, mq)
	}
	for _, id := range ents {
		parts = append(parts, termQuery(entityPrefix+id))
	}
	return anyOf(parts)
}

// termQuery matches one canonical term: an entity ("@iran", boosted, for a
// name is the surest sign of relevance) or a thesaurus-canonical word
// ("#strike").
func termQuery(term string) query.Query {
	tq := bleve.NewTermQuery(term)
	if strings.HasPrefix(term, entityPrefix) {
		tq.SetField(fieldEntities)
		tq.SetBoost(2)
	} else {
		tq.SetField(fieldTerms)
	}
	return tq
}

// anyOf is the disjunction of parts, or nil for none.
func anyOf(parts []query.Query) query.Query {
	if len(parts) == 0 {
		return nil
	}
	return bleve.NewDisjunctionQuery(parts...)
}

// run searches and orders hits by score, then by position in the corpus.
// Bleve breaks ties in the order of its segments, which differs between an
// index built in memory and one stored on disk; so when hits tie across the
// cut, run widens the search until it holds them all (up to maxTies), and
// the same sentences come back whatever the index's layout.
func (ix *Index) run(ctx context.Context, q query.Query, size int, locations bool) (search.DocumentMatchCollection, error) {
	docs := len(ix.sentences) // asking for more than there are only costs memory
	want := min(size+1, docs)
	if docs <= 4*want {
		want = docs // a small corpus: one search for all, rather than a second one when hits tie
	}
	for ; ; want = min(want*4, docs) {
		req := bleve.NewSearchRequestOptions(q, want, 0, false)
		req.IncludeLocations = locations
		res, err := ix.bleve.SearchInContext(ctx, req)
		if err != nil {
			return nil, fmt.Errorf("search: %w", err)
		}
		hits := res.Hits
		for _, h := range hits {
			// Scores summed in another order (an index stored on disk is laid
			// out in other segments) differ in their last bits: rounded, they
			// tie and order the same, and print the same.
			h.Score = math.Round(h.Score*1e9) / 1e9
		}
		if len(hits) == want && want < docs && want > size && hits[want-1].Score == hits[size-1].Score && want < maxTies {
			continue
		}
		sort.SliceStable(hits, func(i, j int) bool {
			if hits[i].Score != hits[j].Score {
				return hits[i].Score > hits[j].Score
			}
			return ix.sentenceOf(hits[i].ID).pos < ix.sentenceOf(hits[j].ID).pos
		})
		return hits[:min(size, len(hits))], nil
	}
}

// maxTies bounds the widening of a search whose hits tie: past it, which of
// the tied sentences come back is Bleve's choice.
const maxTies = 2000

// highlight wraps the located words of text in ** markers.
func highlight(text string, terms search.TermLocationMap) string {
	type span struct{ start, end int }
	var spans []span
	for _, locs := range terms {
		for _, l := range locs {
			if int(l.End) <= len(text) && l.Start < l.End {
				spans = append(spans, span{int(l.Start), int(l.End)})
			}
		}
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i].start < spans[j].start })
	var b strings.Builder
	at := 0
	for _, s := range spans {
		if s.start < at {
			continue
		}
		b.WriteString(text[at:s.start])
		b.WriteString("**" + text[s.start:s.end] + "**")
		at = s.end
	}
	b.WriteString(text[at:])
	return b.String()
}

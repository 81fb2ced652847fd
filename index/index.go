package index

import (
	"fmt"
	"math"
	"sort"
	"strings"
	"sync"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/mapping"

	"visitbot/facts"
)

const (
	fieldText     = "text"
	fieldEntities = "entities"
	synonymSource = "news"
	synonymColl   = "news-thesaurus"
	entityPrefix  = "@"
)

// Index answers questions about one corpus. It is safe for concurrent use.
type Index struct {
	corpus    *facts.Corpus
	bleve     bleve.Index
	analyzer  analysis.Analyzer
	groups    map[string]string // stem → key of its thesaurus group
	filler    map[string]bool   // canonical terms that carry no content in a question
	canonMu   sync.RWMutex
	canonMemo map[string]string // word → canonical term ("" for a stop word)

	sentences []*sentence // in corpus order
	byRef     map[facts.Ref]*sentence
	byID      map[string]*sentence // by Ref.ID(), the Bleve document id
	df        map[string]int       // canonical term → number of sentences with it
	surface   map[string]string    // every word seen in the corpus → its canonical term
	byInitial map[byte][]string    // corpus words by first byte, sorted, for typo correction

	entities []*entity // in sheet order
	aliases  aliasTable
	facts    []*fact                 // events, figures and entities as answer candidates
	events   map[string]*facts.Event // by id
}

type sentence struct {
	facts.Sentence
	pos      int
	words    []string // rewritten, lower-case
	terms    map[string]bool
	entities []string
	entityAt map[string]int // where each entity is first named, in words
	numeric  bool           // holds a number, so it can answer "how many"
	dated    bool           // holds a date or time expression, so it can answer "when"
	causal   bool           // gives a reason ("due to", "in retaliation"), for "why"
	placed   bool           // says where ("in", "region", "border"), for "where"
}

// New builds an in-memory index of the corpus. It uses Bleve's scorch index
// kind, the only one that supports synonyms.
func New(c *facts.Corpus) (*Index, error) {
	m, err := newMapping()
	if err != nil {
		return nil, err
	}
	b, err := bleve.NewUsing("", m, scorch.Name, scorch.Name, nil)
	if err != nil {
		return nil, fmt.Errorf("create index: %w", err)
	}
	ix := &Index{corpus: c, bleve: b, analyzer: m.AnalyzerNamed(en.AnalyzerName), canonMemo: map[string]string{}}
	if ix.analyzer == nil {
		b.Close()
		return nil, fmt.Errorf("analyzer %q not registered", en.AnalyzerName)
	}
	if err := ix.build(); err != nil {
		b.Close()
		return nil, err
	}
	return ix, nil
}

// Close releases the index.
func (ix *Index) Close() error { return ix.bleve.Close() }

// Corpus returns the corpus the index was built from.
func (ix *Index) Corpus() *facts.Corpus { return ix.corpus }

func newMapping() (*mapping.IndexMappingImpl, error) {
	m := bleve.NewIndexMapping()
	if err := m.AddSynonymSource(synonymSource, map[string]interface{}{
		"collection": synonymColl,
		"analyzer":   en.AnalyzerName,
	}); err != nil {
		return nil, fmt.Errorf("synonym source: %w", err)
	}
	text := bleve.NewTextFieldMapping()
	text.Analyzer = en.AnalyzerName
	text.SynonymSource = synonymSource
	text.IncludeTermVectors = true // positions, for highlighting
	text.Store = false
	ents := bleve.NewKeywordFieldMapping()
	ents.Store = false
	doc := bleve.NewDocumentStaticMapping()
	doc.AddFieldMappingsAt(fieldText, text)
	doc.AddFieldMappingsAt(fieldEntities, ents)
	m.DefaultMapping = doc
	m.DefaultAnalyzer = en.AnalyzerName
	return m, nil
}

type sentenceDoc struct {
	Text     string   `json:"text"`
	Entities []string `json:"entities"`
}

func (ix *Index) build() error {
	ix.groups = map[string]string{}
	batch := ix.bleve.NewBatch()
	for i, g := range ix.corpus.Thesaurus.Groups {
		if err := batch.IndexSynonym(fmt.Sprintf("group-%d", i), synonymColl, &bleve.SynonymDefinition{Synonyms: g}); err != nil {
			return fmt.Errorf("thesaurus group %d: %w", i+1, err)
		}
		key := ""
		for _, w := range g {
			if s := ix.stem(w); s != "" {
				if key == "" {
					key = "#" + s
				}
				if _, taken := ix.groups[s]; !taken {
					ix.groups[s] = key
				}
			}
		}
	}
	ix.filler = map[string]bool{}
	for _, w := range fillerWords {
		if t := ix.canon(w); t != "" {
			ix.filler[t] = true
		}
	}
	ix.buildEntities()

	ix.byRef = map[facts.Ref]*sentence{}
	ix.byID = map[string]*sentence{}
	ix.df = map[string]int{}
	ix.surface = map[string]string{}
	for _, a := range ix.corpus.Articles {
		for _, s := range a.Sentences() {
			ws := ix.corpus.Thesaurus.Rewrite(words(s.Text))
			ents, _, at := ix.aliases.find(ws, false)
			sent := &sentence{Sentence: s, pos: len(ix.sentences), words: ws, entities: ents, entityAt: at, terms: ix.termSet(ws, ents)}
			for _, w := range ws {
				ix.surface[w] = ix.canon(w)
				sent.numeric = sent.numeric || isNumber(w)
				sent.dated = sent.dated || dateWords[w] || isYear(w)
				sent.causal = sent.causal || causalWords[w]
				sent.placed = sent.placed || placeWords[w]
			}
			for t := range sent.terms {
				ix.df[t]++
			}
			ix.sentences = append(ix.sentences, sent)
			ix.byRef[s.Ref] = sent
			ix.byID[s.Ref.ID()] = sent
			if err := batch.Index(s.Ref.ID(), sentenceDoc{Text: s.Text, Entities: prefixed(ents)}); err != nil {
				return fmt.Errorf("index %s: %w", s.Ref, err)
			}
		}
	}
	for _, g := range ix.corpus.Thesaurus.Groups {
		for _, w := range g {
			if _, ok := ix.surface[w]; !ok {
				ix.surface[w] = ix.canon(w)
			}
		}
	}
	ix.byInitial = map[byte][]string{}
	for w, t := range ix.surface {
		if t != "" && ix.df[t] > 0 {
			ix.byInitial[w[0]] = append(ix.byInitial[w[0]], w)
		}
	}
	for _, list := range ix.byInitial {
		sort.Strings(list)
	}
	if err := ix.bleve.Batch(batch); err != nil {
		return fmt.Errorf("index batch: %w", err)
	}
	for _, e := range ix.entities {
		for _, s := range ix.sentences {
			if contains(s.entities, e.ID) {
				e.mentions = append(e.mentions, s.Ref)
			}
		}
	}
	ix.buildFacts()
	return nil
}

// stem runs one word through the English analyzer: "" for a stop word.
func (ix *Index) stem(word string) string {
	toks := ix.analyzer.Analyze([]byte(word))
	if len(toks) == 0 {
		return ""
	}
	return string(toks[0].Term)
}

// canon maps a word to its canonical term: its stem, or its thesaurus group.
func (ix *Index) canon(word string) string {
	ix.canonMu.RLock()
	t, ok := ix.canonMemo[word]
	ix.canonMu.RUnlock()
	if ok {
		return t
	}
	t = ix.stem(word)
	if g, ok := ix.groups[t]; ok {
		t = g
	}
	if n, ok := numberValues[word]; ok {
		t = n // "nine" and "9" are one term
	}
	if len(ix.canonMemo) < 100_000 { // bounded: questions bring new words forever
		ix.canonMu.Lock()
		ix.canonMemo[word] = t
		ix.canonMu.Unlock()
	}
	return t
}

// termSet is the canonical terms of some words plus the entities they name.
func (ix *Index) termSet(ws []string, ents []string) map[string]bool {
	set := map[string]bool{}
	for _, w := range ws {
		if t := ix.canon(w); t != "" {
			set[t] = true
		}
	}
	for _, e := range ents {
		set[entityPrefix+e] = true
	}
	return set
}

// idf weighs a term by how rare it is among sentences. A term the corpus
// never uses weighs as much as the rarest it does.
func (ix *Index) idf(term string) float64 {
	n := float64(len(ix.sentences))
	df := float64(max(ix.df[term], 1))
	return math.Log(1 + (n-df+0.5)/(df+0.5))
}

func prefixed(ids []string) []string {
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = entityPrefix + id
	}
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func isNumber(w string) bool {
	if w == "" {
		return false
	}
	if strings.Trim(w, "0123456789") == "" {
		return true
	}
	return numberWords[w]
}

func isYear(w string) bool {
	return len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) && isNumber(w)
}

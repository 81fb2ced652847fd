package index

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strconv"
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
	fieldTerms    = "terms" // canonical terms ("#strike" for attack, airstrike…), what answering retrieves by
	synonymSource = "news"
	synonymColl   = "news-thesaurus"
	entityPrefix  = "@"
)

// GCPercent is the garbage collector's target a process that answers should
// run with (visitbot does, unless GOGC is set). The index's live heap is
// small (1.4 MB on the embedded story) and an answer allocates about 21 KB,
// so at Go's default of 100 a collection starts every 200 answers or so, and
// its assists are most of the slowest 1% of answers. At 400 the heap may
// grow to five times what is live: a few megabytes more.
const GCPercent = 400

// MemoryLimit is the soft limit on the Go heap a process that answers should
// set with GCPercent (visitbot does, unless GOMEMLIMIT is set): near it the
// collector runs as often as it must, so that a corpus of 100,000 sentences
// builds within its memory budget although GCPercent would let the heap
// grow five times past what is live.
const MemoryLimit = 192 << 20

// Index answers questions about one corpus. It is safe for concurrent use.
type Index struct {
	corpus    *facts.Corpus
	bleve     bleve.Index
	analyzer  analysis.Analyzer
	groups    map[string]string // stem → key of its thesaurus group
	filler    map[string]bool   // canonical terms that carry no content in a question
	telling   map[string]bool   // canonical terms of the verbs of speech: "reported", "claimed"
	canonMu   sync.RWMutex
	canonMemo map[string]string // word → canonical term ("" for a stop word)
	stemMemo  map[string]string // word → stem

	sentences []*sentence        // in corpus order
	sections  map[sectionKey]int // where each section's first sentence is in sentences
	df        map[string]int     // canonical term → number of sentences with it
	surface   map[string]string  // every word seen in the corpus → its canonical term
	byInitial map[byte][]string  // corpus words by first byte, sorted, for typo correction

	entities    []*entity          // in sheet order
	entityByID  map[string]*entity // the same, by id
	aliases     aliasTable
	roleWords   map[string]bool         // the words of entities' roles: "caretaker", "foreign", "minister"
	facts       []*fact                 // events, figures and entities as answer candidates
	factsByRef  map[facts.Ref][]*fact   // events and figures by the sentences they cite
	entityFacts map[string]*fact        // entity facts by entity id
	events      map[string]*facts.Event // by id
	headings    []heading               // every section's name and its words, for questions that name one
	arabic      arabicStems             // the thesaurus's Arabic spellings by stem, read on first use
	headlinesMu sync.Mutex
	headlines   map[string][]headline // by article, read on its first sentence: a sentence may repeat one in place of its subject
}

// headline is one of an article's headlines, read as a question's words are,
// and how many of its first words name its subject: 3 of "Iranian Foreign
// Minister Visits Pakistan…".
type headline struct {
	words   []string
	subject int
}

// heading is a section's name and its words as a question writes them.
type heading struct {
	name  string
	words []string
}

// sentence is one sentence of the corpus as the answerer reads it. The
// reading is made on first use, so that an index reopened from disk need
// not read every sentence before it answers.
type sentence struct {
	*facts.Sentence // the corpus's own, not a copy
	pos             int
	once            sync.Once
	*reading        // nil until read
}

// reading is what the answerer reads in a sentence. It is made apart from
// the sentence, so that an index that has read none of its sentences is
// small and quick to list.
type reading struct {
	words    []string // rewritten, lower-case
	written  []string // as written, lower-case
	terms    map[string]bool
	entities []string
	entityAt map[string]int  // where each entity is first named, in words
	numeric  bool            // holds a number, so it can answer "how many"
	dated    bool            // holds a date or time expression, so it can answer "when"
	causal   bool            // gives a reason ("due to", "in retaliation"), for "why"
	placed   bool            // says where ("in", "region", "border"), for "where"
	withheld withheld        // a detail it says is not given: "the exact date yet to be determined"
	irrealis []string        // what it tells of as planned or wished, not done: "(scheduled) to meet with"
	stems    map[string]bool // its words' stems, before the thesaurus makes synonyms one
	context  map[string]bool // for a sentence that refers back ("this effort", "they"), the terms of the one before it
}

// New builds an in-memory index of the corpus. It uses Bleve's scorch index
// kind, the only one that supports synonyms.
func New(c *facts.Corpus) (*Index, error) { return create(c, "", Options{}) }

// Options tune the building of an index.
type Options struct {
	// Progress, if set, is told after each batch how many of the corpus's
	// sentences are indexed.
	Progress func(done, total int)
}

// create builds an index of the corpus, in memory when path is "" and on disk
// at path otherwise.
func create(c *facts.Corpus, path string, opts Options) (*Index, error) {
	m, err := newMapping()
	if err != nil {
		return nil, err
	}
	var b bleve.Index
	if path == "" {
		b, err = bleve.NewUsing("", m, scorch.Name, scorch.Name, nil)
	} else {
		b, err = bleve.NewUsing(path, m, scorch.Name, scorch.Name, diskConfig())
	}
	if err != nil {
		return nil, fmt.Errorf("create index: %w", err)
	}
	ix, err := wrap(c, b, m)
	if err == nil {
		if path == "" {
			// In memory, segments are never merged: one batch. The index
			// answers from the readings of its build.
			err = ix.build(opts, len(ix.sentences), true)
		} else {
			// On disk, the index built is stored and closed: its readings
			// would only be memory to hold.
			err = ix.build(opts, batchSize, false)
		}
	}
	if err != nil {
		b.Close()
		return nil, err
	}
	return ix, nil
}

// wrap makes an Index of a corpus and its Bleve index, with everything
// that is cheap to derive from the corpus: the thesaurus's terms, the
// entities and their names, and the facts. The reading of each sentence is
// left to build or to first use.
func wrap(c *facts.Corpus, b bleve.Index, m *mapping.IndexMappingImpl) (*Index, error) {
	ix := &Index{corpus: c, bleve: b, analyzer: m.AnalyzerNamed(en.AnalyzerName), canonMemo: map[string]string{}, stemMemo: map[string]string{}}
	if ix.analyzer == nil {
		return nil, fmt.Errorf("analyzer %q not registered", en.AnalyzerName)
	}
	// The sentences on one core, the rest on the other.
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		ix.listSentences()
	}()
	ix.groups = map[string]string{}
	for _, g := range c.Thesaurus.Groups {
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
	ix.telling = map[string]bool{}
	for w := range speechWords {
		if t := ix.canon(w); t != "" {
			ix.telling[t] = true
		}
	}
	for _, a := range c.Articles {
		for _, sec := range a.Sections {
			ix.headings = append(ix.headings, heading{sec.Name, words(sec.Name)})
		}
	}
	ix.buildEntities()
	ix.buildFacts()
	wg.Wait()
	return ix, nil
}

// listSentences lists every sentence of the corpus in reading order.
func (ix *Index) listSentences() {
	n := 0
	for _, a := range ix.corpus.Articles {
		for _, sec := range a.Sections {
			n += len(sec.Sentences)
		}
	}
	ix.sentences = make([]*sentence, 0, n)
	ix.sections = map[sectionKey]int{}
	all := make([]sentence, n) // one allocation for them all
	for _, a := range ix.corpus.Articles {
		for _, sec := range a.Sections {
			ix.sections[sectionKey{a.ID, sec.Name}] = len(ix.sentences)
			for i := range sec.Sentences {
				sent := &all[len(ix.sentences)]
				sent.Sentence, sent.pos = &sec.Sentences[i], len(ix.sentences)
				ix.sentences = append(ix.sentences, sent)
			}
		}
	}
}

// batchSize is how many sentences go to Bleve at once on disk: large enough
// to index fast, small enough to bound memory and to show progress.
const batchSize = 2000

// build reads every sentence, counts its terms and indexes it in Bleve,
// perBatch sentences at a time. It keeps each sentence's reading if told
// to; else a sentence is read again on first use.
func (ix *Index) build(opts Options, perBatch int, keep bool) error {
	ix.df = map[string]int{}
	ix.surface = map[string]string{}
	batch := ix.bleve.NewBatch()
	for i, g := range ix.corpus.Thesaurus.Groups {
		if err := batch.IndexSynonym(fmt.Sprintf("group-%d", i), synonymColl, &bleve.SynonymDefinition{Synonyms: g}); err != nil {
			return fmt.Errorf("thesaurus group %d: %w", i+1, err)
		}
	}
	if opts.Progress != nil {
		opts.Progress(0, len(ix.sentences))
	}
	for i, sent := range ix.sentences {
		r := ix.readSentence(sent.Ref.Article, sent.Text)
		if keep {
			ix.addContext(sent, r) // the sentence before was kept on the previous turn
			sent.once.Do(func() { sent.reading = r })
		}
		for _, w := range r.words {
			ix.surface[w] = ix.canon(w)
		}
		for t := range r.terms {
			ix.df[t]++
		}
		for _, id := range r.entities {
			e := ix.entityByID[id]
			e.mentions = append(e.mentions, sent.pos)
		}
		if err := batch.Index(docID(sent.pos), sentenceDoc{Text: sent.Text, Entities: prefixed(r.entities), Terms: plainTerms(r.terms)}); err != nil {
			return fmt.Errorf("index %s: %w", sent.Ref, err)
		}
		if done := i + 1; done%perBatch == 0 || done == len(ix.sentences) {
			if err := ix.bleve.Batch(batch); err != nil {
				return fmt.Errorf("index batch: %w", err)
			}
			batch.Reset()
			if opts.Progress != nil {
				opts.Progress(done, len(ix.sentences))
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
	ix.indexSurface()
	return nil
}

// indexSurface lists the corpus's words by first byte, for typo correction.
func (ix *Index) indexSurface() {
	ix.byInitial = map[byte][]string{}
	for w, t := range ix.surface {
		if t != "" && ix.df[t] > 0 {
			ix.byInitial[w[0]] = append(ix.byInitial[w[0]], w)
		}
	}
	for _, list := range ix.byInitial {
		sort.Strings(list)
	}
}

// ready reads a sentence once: its words, terms, entities and what kinds of
// answer it can give.
func (ix *Index) ready(s *sentence) *sentence {
	s.once.Do(func() { s.reading = ix.readInContext(s) })
	return s
}

// readInContext reads a sentence, and if it refers back, what the sentence
// before it in its section names.
func (ix *Index) readInContext(s *sentence) *reading {
	r := ix.readSentence(s.Ref.Article, s.Text)
	ix.addContext(s, r)
	return r
}

// addContext gives the reading of a sentence that refers back the terms of
// the sentence before it in its section. Indexing needs none of it, so a
// build that lets readings go does not read the sentence before again.
func (ix *Index) addContext(s *sentence, r *reading) {
	if s.pos == 0 || !hasWord(r.words, anaphors) {
		return
	}
	prev := ix.sentences[s.pos-1]
	if prev.Ref.Article != s.Ref.Article || prev.Ref.Section != s.Ref.Section {
		return
	}
	r.context = map[string]bool{}
	for t := range ix.ready(prev).terms {
		if !r.terms[t] {
			r.context[t] = true
		}
	}
}

// anaphors refer back to the sentence before: "this effort", "they
// pledged", "his visit", "the victims" of a killing told before.
var anaphors = map[string]bool{"this": true, "these": true, "they": true, "their": true, "them": true, "he": true, "his": true, "victims": true}

// headlinesOf returns an article's headlines, its title and a lead that
// opens with the title ("Iranian Foreign Minister Visits Pakistan to
// Restore Diplomatic Relations."), longest first, each with the number of
// its first words that name its subject. They are read on the article's
// first sentence, so that a reopened index reads none until it answers.
func (ix *Index) headlinesOf(article string) []headline {
	ix.headlinesMu.Lock()
	defer ix.headlinesMu.Unlock()
	if runs, ok := ix.headlines[article]; ok {
		return runs
	}
	var runs []headline
	for _, a := range ix.corpus.Articles {
		if a.ID != article {
			continue
		}
		title := ix.corpus.Thesaurus.Rewrite(words(a.Title))
		heads := [][]string{title}
		for _, sec := range a.Sections {
			if sec.Name == facts.LeadSection && len(sec.Sentences) > 0 {
				if lead := ix.corpus.Thesaurus.Rewrite(words(sec.Sentences[0].Text)); len(lead) > len(title) && slices.Equal(lead[:len(title)], title) {
					heads = append([][]string{lead}, heads...)
				}
			}
		}
		for _, ws := range heads {
			for k := len(ws) - 1; k > 0; k-- {
				if ids, rest, _ := ix.aliases.find(ws[:k], false); len(ids) > 0 && len(rest) == 0 {
					runs = append(runs, headline{ws, k})
					break
				}
			}
		}
	}
	if ix.headlines == nil {
		ix.headlines = map[string][]headline{}
	}
	ix.headlines[article] = runs
	return runs
}

// withoutHeadline reads a sentence that repeats a headline of its article in
// place of its subject as naming the subject only: "Iranian Foreign
// Minister Visits Pakistan to Restore Diplomatic Relations highlights that
// terrorists…" tells what the minister highlights, not of a visit. A
// headline, as a sentence of its own, is left as it is.
func (ix *Index) withoutHeadline(article string, ws []string) []string {
	for _, t := range ix.headlinesOf(article) {
		if slices.Equal(ws, t.words) {
			return ws
		}
		for p := 0; p+len(t.words) < len(ws); p++ {
			if slices.Equal(ws[p:p+len(t.words)], t.words) {
				return slices.Concat(ws[:p], t.words[:t.subject], ws[p+len(t.words):])
			}
		}
	}
	return ws
}

// readSentence reads a sentence of an article of the corpus.
func (ix *Index) readSentence(article, text string) *reading {
	written := words(text)
	r := &reading{words: ix.withoutHeadline(article, ix.corpus.Thesaurus.Rewrite(written)), written: written}
	r.entities, _, r.entityAt = ix.aliases.find(r.words, false)
	r.terms = ix.termSet(r.words, r.entities)
	for i, w := range r.words {
		r.numeric = r.numeric || isNumber(w) && !dayOfMonth(r.words, i) // "on January 17" counts nothing
		r.dated = r.dated || dateWords[w] || isYear(w)
		r.causal = r.causal || causalWords[w]
		r.placed = r.placed || placeWords[w]
	}
	r.withheld = withheldIn(r.words)
	r.irrealis = irrealisIn(r.words)
	r.stems = make(map[string]bool, len(r.words))
	for _, w := range r.words {
		r.stems[ix.stem(w)] = true
	}
	return r
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
	terms := bleve.NewKeywordFieldMapping()
	terms.Store = false
	doc.AddFieldMappingsAt(fieldTerms, terms)
	m.DefaultMapping = doc
	m.DefaultAnalyzer = en.AnalyzerName
	return m, nil
}

type sectionKey struct{ article, section string }

// at returns the sentence a reference points at.
func (ix *Index) at(r facts.Ref) (*sentence, bool) {
	start, ok := ix.sections[sectionKey{r.Article, r.Section}]
	if !ok || r.N < 1 || start+r.N > len(ix.sentences) {
		return nil, false
	}
	s := ix.sentences[start+r.N-1]
	return s, s.Ref == r
}

// docID is the Bleve document id of the sentence at a position in the
// corpus. A stored index belongs to one version of the corpus, so positions
// are as stable as the index.
func docID(pos int) string { return strconv.Itoa(pos) }

// sentenceOf returns the sentence of a Bleve document id.
func (ix *Index) sentenceOf(id string) *sentence {
	pos, err := strconv.Atoi(id)
	if err != nil || pos < 0 || pos >= len(ix.sentences) {
		panic("index: unknown document " + id) // Bleve returns only the ids it was given
	}
	return ix.sentences[pos]
}

type sentenceDoc struct {
	Text     string   `json:"text"`
	Entities []string `json:"entities"`
	Terms    []string `json:"terms"`
}

// plainTerms lists a sentence's canonical terms other than its entities,
// sorted, for the terms field.
func plainTerms(set map[string]bool) []string {
	out := make([]string, 0, len(set))
	for t := range set {
		if !strings.HasPrefix(t, entityPrefix) {
			out = append(out, t)
		}
	}
	sort.Strings(out)
	return out
}

// stem runs one word through the English analyzer: "" for a stop word.
// Stems are remembered, as canonical terms are.
func (ix *Index) stem(word string) string {
	ix.canonMu.RLock()
	t, ok := ix.stemMemo[word]
	ix.canonMu.RUnlock()
	if ok {
		return t
	}
	if toks := ix.analyzer.Analyze([]byte(word)); len(toks) > 0 {
		t = string(toks[0].Term)
	}
	if len(ix.stemMemo) < 100_000 {
		ix.canonMu.Lock()
		ix.stemMemo[word] = t
		ix.canonMu.Unlock()
	}
	return t
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
	} else if n, ok := dayOrdinal(word); ok {
		t = n // "the 17th" and "the seventeenth" are January 17
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

package index

import (
	"context"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"visitbot/facts"
)

// Intent is what kind of answer a question wants.
type Intent string

// The intents a question can have.
const (
	Who     Intent = "who"
	What    Intent = "what"
	When    Intent = "when"
	Where   Intent = "where"
	HowMany Intent = "how many"
	Why     Intent = "why"
	YesNo   Intent = "yes-no"
	HowOld  Intent = "how old"
	HowLong Intent = "how long"
)

// Answer is the reply to a question. Text is built only from fact-sheet
// values and quoted sentences. When the article does not support an answer,
// Answered is false, Text says so, and Nearest holds the closest passages.
type Answer struct {
	Question    string     `json:"question"`
	Answered    bool       `json:"answered"`
	Text        string     `json:"answer"`
	Intent      Intent     `json:"intent"`
	Citations   []Citation `json:"citations"`
	Nearest     []Citation `json:"nearest"`
	Suggestions []string   `json:"suggestions"`
	Note        string     `json:"note,omitempty"`
}

// minCoverage is how much of a question's weighted content a passage must
// cover to count as answering it.
const minCoverage = 0.6

// retrieve is how many sentences Bleve hands to the answerer.
const retrieve = 12

type factKind int

const (
	eventFact factKind = iota
	figureFact
	entityFact
	sentenceFact
)

// fact is one answer candidate: a curated event, figure or entity, or a bare
// sentence.
type fact struct {
	kind     factKind
	pos      int
	terms    map[string]bool // what the fact and its cited sentences cover
	core     map[string]bool // what the fact's own statement covers
	counted  map[string]bool // for a figure: what it counts, and where
	refs     []facts.Ref
	event    *facts.Event
	figure   *facts.Figure
	entity   *entity
	sentence *sentence
}

func (ix *Index) buildFacts() {
	ix.events = map[string]*facts.Event{}
	for _, a := range ix.corpus.Articles {
		for i := range a.Facts.Events {
			e := &a.Facts.Events[i]
			ix.events[e.ID] = e
			f := &fact{kind: eventFact, event: e, refs: citeRefs(e.Cites)}
			f.core = ix.textTerms(e.Says)
			for _, who := range e.Who {
				f.core[entityPrefix+who] = true
			}
			f.terms = ix.withCited(f.core, f.refs)
			ix.addFact(f)
		}
		for i := range a.Facts.Figures {
			g := &a.Facts.Figures[i]
			f := &fact{kind: figureFact, figure: g, refs: citeRefs(g.Cites)}
			f.core = ix.textTerms(strings.Join([]string{g.Says, g.Counted, g.Where, g.ReportedBy}, " "))
			f.counted = ix.textTerms(g.Counted + " " + g.Where)
			f.terms = ix.withCited(f.core, f.refs)
			ix.addFact(f)
		}
	}
	for _, e := range ix.entities {
		f := &fact{kind: entityFact, entity: e, refs: citeRefs(e.Cites)}
		f.terms = ix.textTerms(e.Role + " " + e.Summary + " " + e.Kind)
		f.terms[entityPrefix+e.ID] = true
		f.core = f.terms
		ix.addFact(f)
	}
}

func (ix *Index) addFact(f *fact) {
	f.pos = len(ix.facts)
	ix.facts = append(ix.facts, f)
}

// withCited adds the terms of a fact's cited sentences to its own.
func (ix *Index) withCited(own map[string]bool, refs []facts.Ref) map[string]bool {
	set := make(map[string]bool, len(own))
	for t := range own {
		set[t] = true
	}
	for _, r := range refs {
		if s, ok := ix.byRef[r]; ok {
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

// question is a question read for answering.
type question struct {
	text      string
	intent    Intent
	words     []string           // rewritten, lower-case
	entities  []string           // entity ids named
	subject   string             // the entity the question asks about, if it can tell
	counted   map[string]bool    // for "how many X": the terms of X
	verb      string             // the first content term: what the question is about doing
	whoObj    bool               // "who did Pakistan target?" asks for an object, "who killed…?" for a subject
	speaker   string             // "what did Kakar say…": the entity whose words are asked for
	wantsName bool               // "what is the name of…": a person or body, not a country
	terms     map[string]bool    // canonical content terms, entities as @id
	weights   map[string]float64 // how much each term matters
	unknown   []string           // words the corpus never uses, even misspelt
	strangers []string           // names the corpus never uses: "Washington"
	retrieve  []string           // words to search for
}

func (ix *Index) read(text string) question {
	raw := words(text)
	q := question{text: text, words: ix.corpus.Thesaurus.Rewrite(raw)}
	q.intent = intentOf(raw, q.words)
	ents, rest, at := ix.aliases.find(q.words, true)
	q.entities = ents
	q.subject = subjectOf(q, ix, at)
	if q.intent == HowMany {
		q.counted = ix.countedTerms(q.words)
	}
	q.whoObj = q.intent == Who && whoAsksObject(q.words, at)
	q.speaker = speakerOf(q.words, at)
	q.wantsName = q.intent == Who && (hasAny(text, nameWords))
	q.terms = map[string]bool{}
	q.weights = map[string]float64{}
	for _, e := range ents {
		q.terms[entityPrefix+e] = true
		q.weights[entityPrefix+e] = ix.weight(entityPrefix + e)
	}
	names := capitalised(text)
	head := true
	for _, w := range rest {
		t := ix.canon(w)
		if t == "" || ix.filler[t] || q.intent == Where && placeTypes[w] && !settlements[w] {
			continue // "which province…" asks for a place; the word is not content
		}
		weight := ix.weight(t)
		if ix.df[t] == 0 {
			if fixed, ok := ix.correct(w); ok {
				w, t = fixed, ix.canon(fixed)
				weight = ix.weight(t)
			} else if (!head || !isEnglish(w)) && names[w] == "" {
				// A word the article never uses weighs little, unless it is a
				// real word and what the question asks about ("what weapons…").
				weight *= unknownWeight
			}
			if ix.df[t] == 0 && !isNumber(w) {
				q.unknown = append(q.unknown, w)
				if names[w] != "" {
					q.strangers = append(q.strangers, names[w])
				}
			}
		}
		if head {
			q.verb = t
		}
		head = false
		q.terms[t] = true
		q.weights[t] = max(q.weights[t], weight)
		q.retrieve = append(q.retrieve, w)
	}
	return q
}

// capitalised maps the lower-cased words written with a capital inside a
// sentence to the run of capitalised words they stand in: names, such as
// "Washington" or "Middle East". A name the article never uses is what a
// question is about, not a stray word.
func capitalised(text string) map[string]string {
	set := map[string]string{}
	start := true
	var run []string
	flush := func() {
		name := strings.Join(run, " ")
		for _, r := range run {
			for _, w := range words(r) {
				set[w] = strings.Trim(name, ",;:.?!'\"’")
			}
		}
		run = run[:0]
	}
	for _, f := range strings.FieldsFunc(text, func(r rune) bool { return unicode.IsSpace(r) || r == '"' || r == '(' }) {
		r, _ := utf8.DecodeRuneInString(f)
		if !start && unicode.IsUpper(r) {
			run = append(run, f)
		} else {
			flush()
		}
		start = strings.ContainsAny(f[len(f)-1:], ".?!:")
	}
	flush()
	return set
}

// unknownWeight scales a word the corpus never uses, past a question's head.
const unknownWeight = 0.3

// correct finds the corpus word a word the corpus never uses stands for: a
// misspelling within the word's typo budget ("kiled"), or another form of
// the same word ("presidential", "economy"). Ties go to the alphabetically
// first word.
func (ix *Index) correct(w string) (string, bool) {
	budget := typoBudget(w)
	if isEnglish(w) {
		budget = 0 // a real word is not a typo, though it may share a root
	}
	if w == "" {
		return "", false
	}
	best, bestD := "", budget+1
	for _, cand := range ix.byInitial[w[0]] { // a typo keeps the first letter, and so does a root
		d := editDistance(w, cand, budget)
		if d > budget && sameRoot(w, cand) {
			d = budget
		}
		if d < bestD || (d == bestD && d <= budget && cand < best) {
			best, bestD = cand, d
		}
	}
	return best, bestD <= budget && best != ""
}

// sameRoot reports whether two words share a root of six letters or more
// and differ only in short endings: "presidential" and "president", but not
// "international" and "internal".
func sameRoot(a, b string) bool {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n >= 6 && len(a)-n <= 4 && len(b)-n <= 4
}

// intentOf reads the question's intent from its words, before and after
// slang is rewritten ("y" → "why"). A question word counts where a question
// starts ("so when did…"), not inside a clause ("what did he say when…").
func intentOf(raw, ws []string) Intent {
	has := func(ws []string, seq ...string) bool {
		for i := 0; i+len(seq) <= len(ws); i++ {
			if equal(ws[i:i+len(seq)], seq) {
				return true
			}
		}
		return false
	}
	lead := func(ws []string) []string { return ws[:min(len(ws), 3)] }
	hasWord := func(ws []string, set map[string]bool) bool {
		for _, w := range ws {
			if set[w] {
				return true
			}
		}
		return false
	}
	for _, ws := range [][]string{raw, ws} {
		switch {
		case has(ws, "how", "old"), has(ws, "what", "age"), has(ws, "age", "of"):
			return HowOld
		case has(ws, "how", "long"):
			return HowLong
		case has(ws, "how", "many"), has(ws, "how", "much"), has(ws, "number", "of"), has(ws, "death", "toll"),
			has(ws, "toll"), has(ws, "body", "count"):
			return HowMany
		}
	}
	for _, ws := range [][]string{raw, ws} {
		l := lead(ws)
		switch {
		case has(l, "when"), has(l, "what", "date"), has(l, "what", "day"), has(l, "which", "day"),
			has(l, "what", "time"), has(l, "what", "month"), has(l, "which", "date"), has(ws, "date", "of"):
			return When
		case has(l, "where"), asksFor(ws, placeTypes), has(l, "location"):
			return Where
		case has(l, "why"), has(l, "how", "come"), has(ws, "reason"), has(l, "what", "caused"), has(l, "what", "led"),
			has(l, "what", "prompted"), has(l, "what", "triggered"), has(l, "what", "sparked"), has(l, "what", "made"),
			has(ws, "purpose"), has(ws, "motive"):
			return Why
		case has(l, "who"), has(l, "whom"), has(l, "whose"), has(ws, "name", "of"), has(ws, "names", "of"),
			(has(l, "what") || has(l, "which")) && hasWord(ws, nameWords):
			return Who
		}
	}
	if len(ws) > 0 {
		switch ws[0] {
		case "is", "are", "was", "were", "did", "does", "do", "has", "have", "had", "will", "would", "can", "could", "should":
			return YesNo
		}
	}
	return What
}

// countedTerms returns the content terms of what a "how many" question
// counts: the words after "how many" up to the verb or a preposition.
func (ix *Index) countedTerms(ws []string) map[string]bool {
	start := -1
	for i := 0; i+1 < len(ws); i++ {
		if ws[i] == "how" && (ws[i+1] == "many" || ws[i+1] == "much") || ws[i] == "number" && ws[i+1] == "of" {
			start = i + 2
			break
		}
	}
	if start < 0 {
		return nil
	}
	end := start
	for end < len(ws) && !auxiliaries[ws[end]] && !prepositions[ws[end]] {
		end++
	}
	ents, rest, _ := ix.aliases.find(ws[start:end], true)
	set := map[string]bool{}
	for _, e := range ents {
		set[entityPrefix+e] = true
	}
	for _, w := range rest {
		if t := ix.canon(w); t != "" && !countFillers[w] {
			set[t] = true
		}
	}
	return set
}

// asksFor reports whether "which" or "what" is followed closely by a word
// of the set: "in which Pakistani province…".
func asksFor(ws []string, set map[string]bool) bool {
	for i, w := range ws {
		if w != "which" && w != "what" {
			continue
		}
		for _, x := range ws[i+1 : min(len(ws), i+4)] {
			if set[x] {
				return true
			}
		}
	}
	return false
}

// whoAsksObject reports whether "who" is the object of the question: "who
// did Pakistan target?" (an auxiliary and a name follow it), not "who
// killed them?".
func whoAsksObject(ws []string, at map[string]int) bool {
	for i, w := range ws {
		if w == "whom" {
			return true
		}
		if w == "who" && i+2 < len(ws) && auxiliaries[ws[i+1]] {
			for _, p := range at {
				if p == i+2 {
					return true
				}
			}
		}
	}
	return false
}

// speakerOf returns the entity in "what did X say/tell/announce…", if any.
func speakerOf(ws []string, at map[string]int) string {
	for id, p := range at {
		if p > 0 && auxiliaries[ws[p-1]] {
			for _, w := range ws[p+1:] {
				if speechWords[w] {
					return id
				}
			}
		}
	}
	return ""
}

// auxiliaries put the subject right after them: "did Iran strike…".
var auxiliaries = map[string]bool{
	"did": true, "does": true, "do": true, "will": true, "would": true, "has": true, "have": true,
	"had": true, "is": true, "was": true, "are": true, "were": true, "can": true, "could": true,
}

// subjectOf guesses which named entity acts in the question: the agent of a
// passive ("hit by Iran"), one named right after an auxiliary ("when did
// Iran strike"), else, unless the question asks "who", the first one named.
func subjectOf(q question, ix *Index, at map[string]int) string {
	for _, id := range q.entities {
		if p := at[id]; p > 0 && q.words[p-1] == "by" {
			return id // the agent of a passive: "hit by Iran"
		}
	}
	for _, id := range q.entities {
		if p := at[id]; p > 0 && auxiliaries[q.words[p-1]] {
			return id
		}
	}
	for _, id := range q.entities {
		// A name that qualifies an action: "the Iranian strike", but not
		// "which Pakistani province".
		if p := at[id]; p+1 < len(q.words) && !placeTypes[q.words[p+1]] && ix.df[ix.canon(q.words[p+1])] > 0 &&
			ix.aliases.single[q.words[p]] == id {
			return id
		}
	}
	if q.intent == Who || len(q.entities) == 0 {
		return ""
	}
	return q.entities[0]
}

type scored struct {
	f     *fact
	cov   float64
	fits  bool
	score float64
}

// Answer answers a question from the fact sheet where a fact covers it,
// else from the best sentence, else says the article is silent.
func (ix *Index) Answer(ctx context.Context, text string) (Answer, error) {
	clean, cut := Clean(text, MaxQuestionRunes)
	ans := Answer{Question: clean, Citations: []Citation{}, Nearest: []Citation{}, Suggestions: []string{}}
	if cut {
		ans.Note = "Your question was cut to its first " + itoa(MaxQuestionRunes) + " characters."
	}
	if len(words(clean)) == 0 {
		return ans, ErrEmptyQuestion
	}
	q := ix.read(clean)
	ans.Intent = q.intent
	for _, u := range q.unknown {
		for _, s := range ix.suggestName(u) {
			if !contains(ans.Suggestions, s) {
				ans.Suggestions = append(ans.Suggestions, s)
			}
		}
	}
	if len(q.terms) == 0 {
		return ix.overview(ans, q), nil
	}
	if len(q.strangers) > 0 {
		// A question about someone the article never names is not answered
		// by what it says of others.
		ans.Text = "The article doesn't mention " + q.strangers[0] + "."
		ranked, err := ix.rank(ctx, q)
		if err != nil {
			return ans, err
		}
		for i := 0; i < len(ranked) && len(ans.Nearest) < 3; i++ {
			ans.Nearest = appendCitation(ans.Nearest, ix.citation(ranked[i].f.refs[0]))
		}
		return ans, nil
	}
	ranked, err := ix.rank(ctx, q)
	if err != nil {
		return ans, err
	}
	// When the passage that best matches cannot give the kind of answer asked
	// for (no name for "who", no number for "how many"), the article is silent.
	if len(ranked) == 0 || ranked[0].cov < minCoverage || !ranked[0].fits || !ix.coversContent(q, ranked[0].f) {
		ans.Text = "The article doesn't say."
		for i := 0; i < len(ranked) && len(ans.Nearest) < 3; i++ {
			ans.Nearest = appendCitation(ans.Nearest, ix.citation(ranked[i].f.refs[0]))
		}
		return ans, nil
	}
	return ix.compose(ans, q, ranked), nil
}

// overview answers a question with no content words ("what happened?")
// with the story's lead.
func (ix *Index) overview(ans Answer, q question) Answer {
	if q.intent != What && q.intent != YesNo || len(q.entities) > 0 || len(q.words) > 5 {
		ans.Text = "Ask about someone or something in the story, for example: who is Jilani?"
		return ans
	}
	a := ix.corpus.Articles[0]
	if lead, ok := a.Section(facts.LeadSection); ok && len(lead.Sentences) > 0 {
		ans.Answered = true
		ans.Text = lead.Sentences[0].Text
		ans.Citations = append(ans.Citations, ix.citation(lead.Sentences[0].Ref))
	}
	return ans
}

// rank scores every candidate that retrieval and the question's entities
// bring up, best first.
func (ix *Index) rank(ctx context.Context, q question) ([]scored, error) {
	cands := map[*fact]float64{} // candidate → retrieval score, normalised
	if bq := ix.query(q.retrieve, q.entities); bq != nil {
		hits, err := ix.run(ctx, bq, retrieve, false)
		if err != nil {
			return nil, err
		}
		for _, h := range hits {
			s := ix.byID[h.ID]
			cands[&fact{kind: sentenceFact, pos: s.pos, terms: s.terms, core: s.terms, refs: []facts.Ref{s.Ref}, sentence: s}] = h.Score / hits[0].Score
			for _, f := range ix.facts {
				if f.kind != entityFact && hasRef(f.refs, s.Ref) {
					cands[f] = max(cands[f], h.Score/hits[0].Score)
				}
			}
		}
	}
	for _, f := range ix.facts {
		if f.kind == entityFact && contains(q.entities, f.entity.ID) {
			cands[f] = max(cands[f], 0)
		}
	}
	out := make([]scored, 0, len(cands))
	for f, retrieval := range cands {
		cov := ix.support(q, f)
		score := cov + 0.25*ix.coverage(q, f.core) + 0.1*precision(q, f.core) + ix.bonus(q, f) + 0.05*retrieval
		fits := ix.fits(q, f)
		if !fits {
			score -= 0.1 // among near equals, prefer one that can give this kind of answer
		}
		out = append(out, scored{f: f, cov: cov, fits: fits, score: score})
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.score != b.score {
			return a.score > b.score
		}
		if a.f.kind != b.f.kind {
			return a.f.kind < b.f.kind
		}
		return a.f.pos < b.f.pos
	})
	return out, nil
}

// support is how much of the question a candidate answers with its own
// statement and one of its sentences: what the reply would show first.
func (ix *Index) support(q question, f *fact) float64 {
	if f.kind == sentenceFact || f.kind == entityFact || len(f.refs) == 0 {
		return ix.coverage(q, f.core)
	}
	best := 0.0
	for _, r := range f.refs {
		s, ok := ix.byRef[r]
		if !ok {
			continue
		}
		var covered, total float64
		for t, w := range q.weights {
			total += w
			if f.core[t] || s.terms[t] {
				covered += w
			}
		}
		best = max(best, share(covered, total))
	}
	return best
}

// weight is how much a question term matters: its rarity, halved for a
// number, which in a question is more often a reference ("the two
// ministers") than the thing asked about.
func (ix *Index) weight(t string) float64 {
	if isNumber(t) {
		return ix.idf(t) / 2
	}
	return ix.idf(t)
}

// precision is the share of a candidate's terms the question asks about, so
// that among equals the most focused statement wins.
func precision(q question, terms map[string]bool) float64 {
	if len(terms) == 0 {
		return 0
	}
	n := 0
	for t := range q.terms {
		if terms[t] {
			n++
		}
	}
	return float64(n) / float64(len(terms))
}

// coverage is the share of the question's content, weighted by rarity, that
// a set of terms holds.
func (ix *Index) coverage(q question, terms map[string]bool) float64 {
	var covered, total float64
	for t, w := range q.weights {
		total += w
		if terms[t] {
			covered += w
		}
	}
	return share(covered, total)
}

// enough is the weight of evidence that answers a question however long it
// is: a long question need not be covered word for word.
var enough = 7.0

// share is covered over total, with total capped at enough.
func share(covered, total float64) float64 {
	if total == 0 {
		return 0
	}
	return min(1, covered/min(total, enough))
}

// coversContent reports whether a candidate covers something the question
// asks beyond the names in it: "how old is Jilani?" names Jilani, but a
// sentence that merely mentions him does not answer it. A question that is
// only names ("who is Jilani?") is covered by them.
func (ix *Index) coversContent(q question, f *fact) bool {
	if len(q.terms) == len(q.entities) {
		return true
	}
	for t := range q.terms {
		if !strings.HasPrefix(t, entityPrefix) && (f.terms[t] || f.core[t]) {
			return true
		}
	}
	return false
}

// fits reports whether a candidate can give the kind of answer the intent
// asks for: a "who" answer names someone the question did not, a "how many"
// answer holds a number, a "when" answer a time.
func (ix *Index) fits(q question, f *fact) bool {
	if q.speaker != "" && !ix.quotes(f, q.speaker) {
		return false
	}
	switch q.intent {
	case Who:
		return ix.fitsWho(q, f)
	case HowOld:
		return f.kind == sentenceFact && f.sentence.numeric && hasAny(f.sentence.Text, ageWords)
	case HowLong:
		return f.kind == sentenceFact && f.sentence.numeric && hasAny(f.sentence.Text, durationWords)
	case HowMany:
		// It holds a number, of the thing the question counts.
		switch f.kind {
		case figureFact:
			return subset(q.counted, f.counted)
		case sentenceFact:
			return f.sentence.numeric && subset(q.counted, f.terms)
		}
		return false
	case When:
		return f.kind == eventFact || f.kind == sentenceFact && f.sentence.dated
	}
	return true
}

// quotes reports whether a candidate reports what an entity said: one of its
// sentences names the entity and has a word of speech ("announced",
// "emphasized"). Being scheduled to meet someone is not saying anything.
func (ix *Index) quotes(f *fact, speaker string) bool {
	for _, r := range f.refs {
		s, ok := ix.byRef[r]
		if !ok || !contains(s.entities, speaker) {
			continue
		}
		for _, w := range s.words {
			if speechWords[w] {
				return true
			}
		}
	}
	return false
}

// fitsWho reports whether a candidate names who the question asks for: a
// person, organisation, group or country the question did not name, and,
// when "who" is the subject ("who killed…?"), one named before the verb.
func (ix *Index) fitsWho(q question, f *fact) bool {
	isNew := func(id string) bool {
		e := ix.entity(id)
		return e != nil && e.Kind != "place" && !(q.wantsName && e.Kind == "country") && !contains(q.entities, id)
	}
	switch f.kind {
	case entityFact:
		return len(q.terms) == len(q.entities) || isNew(f.entity.ID)
	case eventFact:
		if !q.whoObj {
			return len(f.event.Who) > 0 && isNew(f.event.Who[0])
		}
	case figureFact:
		if !q.whoObj {
			return false // a figure has no actor
		}
	case sentenceFact:
		s := f.sentence
		// Where the question's verb stands in the sentence; failing that,
		// its first word the question asks about.
		verbAt, firstAt := len(s.words), len(s.words)
		if !q.whoObj {
			for i, w := range s.words {
				t := ix.canon(w)
				if t == q.verb {
					verbAt = i
					break
				}
				if q.terms[t] && firstAt == len(s.words) {
					firstAt = i
				}
			}
			verbAt = min(verbAt, firstAt)
		}
		for id, p := range s.entityAt {
			if isNew(id) && (q.whoObj || p < verbAt) {
				return true
			}
		}
		return false
	}
	for t := range f.core {
		if id, ok := strings.CutPrefix(t, entityPrefix); ok && isNew(id) {
			return true
		}
	}
	return false
}

// bonus prefers the candidate that fits the question's intent among those
// that cover it equally well.
func (ix *Index) bonus(q question, f *fact) float64 {
	switch f.kind {
	case eventFact:
		b := 0.05
		if q.subject != "" && len(f.event.Who) > 0 && f.event.Who[0] == q.subject {
			b += 0.15 // the question's subject is the event's actor
		}
		if ix.coverage(q, f.core) < 1 {
			return b // the event's when, where or why belongs to what it says, not to its context
		}
		switch q.intent {
		case When:
			return b + 0.3
		case Where:
			if f.event.Where != facts.NotStated {
				return b + 0.2
			}
		case Why:
			if f.event.Why != "" {
				return b + 0.3
			}
		}
		return b
	case figureFact:
		if q.intent == HowMany {
			// The figure whose subject the question names most exactly.
			hit := 0
			for t := range f.counted {
				if q.terms[t] {
					hit++
				}
			}
			b := 0.3 + 0.05*float64(hit)/float64(len(f.counted))
			if e, ok := ix.events[f.figure.Event]; ok && q.subject != "" && len(e.Who) > 0 && e.Who[0] == q.subject {
				b += 0.1 // "how many died in Pakistan's strike": the figure of the event Pakistan acted in
			}
			if f.figure.Event == "" { // a figure that sums up several events
				b += 0.02
				if hasAny(q.text, totalWords) {
					b += 0.1
				}
			}
			return b
		}
		return 0.04
	case entityFact:
		pure := len(q.terms) == len(q.entities) // "who is X?", "what is X?"
		switch {
		case pure && (q.intent == Who || q.intent == What) && f.entity.ID == q.topic(ix):
			return 0.3
		case pure:
			return 0.1
		}
		return 0
	default:
		s := f.sentence
		switch {
		case q.intent == HowMany && s.numeric, q.intent == When && s.dated:
			return 0.1
		case q.intent == Why && hasAny(s.Text, causalWords), q.intent == Where && hasAny(s.Text, placeWords):
			return 0.1
		}
		return 0
	}
}

// compose writes the answer from the best candidate. Only fact-sheet values
// and quoted sentences go into the text.
func (ix *Index) compose(ans Answer, q question, ranked []scored) Answer {
	best := ranked[0].f
	ans.Answered = true
	for _, r := range ix.byCoverage(q, best.refs) {
		ans.Citations = appendCitation(ans.Citations, ix.citation(r))
	}
	switch best.kind {
	case eventFact:
		e := best.event
		switch {
		case q.intent == When && e.When == facts.NotStated:
			return ix.silent(ans, "The article doesn't say when. What it says: "+e.Says)
		case q.intent == When:
			ans.Text = capitalize(e.When) + ". " + e.Says
		case q.intent == Where && e.Where == facts.NotStated:
			return ix.silent(ans, "The article doesn't say where. What it says: "+e.Says)
		case q.intent == Where:
			ans.Text = capitalize(e.Where) + ". " + e.Says
		case q.intent == Why && e.Why != "" && !strings.Contains(strings.ToLower(e.Says), strings.ToLower(e.Why)):
			ans.Text = capitalize(e.Why) + ". " + e.Says
		default:
			ans.Text = e.Says
		}
	case figureFact:
		g := best.figure
		ans.Text = g.Says
		if q.intent == HowMany {
			ans.Text = capitalize(g.Stated) + " " + g.Counted + ". " + g.Says
			var others []string
			for _, r := range ranked[1:] {
				if r.f.kind == figureFact && r.cov >= minCoverage && len(others) < 3 {
					o := r.f.figure
					others = append(others, o.Stated+" "+o.Counted+" ("+o.Where+")")
					ans.Citations = appendCitation(ans.Citations, ix.citation(r.f.refs[0]))
				}
			}
			if len(others) > 0 {
				ans.Text += " The article also reports: " + strings.Join(others, "; ") + "."
			}
		}
	case entityFact:
		e := best.entity
		ans.Text = e.Name
		if e.Role != "" {
			ans.Text += ": " + e.Role + "."
		} else {
			ans.Text += ". " + e.Summary
		}
	default:
		ans.Text = best.sentence.Text
	}
	if q.intent == YesNo {
		// Words in common are not a "yes": the bot shows what the article
		// says and lets the reader judge.
		ans.Text = "The article says: " + ans.Text
	}
	return ans
}

// byCoverage orders a fact's sentences so the one that best covers the
// question comes first; ties keep the fact sheet's order.
func (ix *Index) byCoverage(q question, refs []facts.Ref) []facts.Ref {
	out := append([]facts.Ref(nil), refs...)
	cov := make(map[facts.Ref]float64, len(out))
	for _, r := range out {
		if s, ok := ix.byRef[r]; ok {
			cov[r] = ix.coverage(q, s.terms)
			if q.intent == Why && hasAny(s.Text, causalWords) {
				cov[r] += 0.5 // a "why" is answered by the sentence that gives the reason
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return cov[out[i]] > cov[out[j]] })
	return out
}

// silent turns an answer into an abstention that still shows its passages.
func (ix *Index) silent(ans Answer, text string) Answer {
	ans.Answered = false
	ans.Text = text
	ans.Nearest, ans.Citations = ans.Citations, []Citation{}
	return ans
}

func hasRef(refs []facts.Ref, r facts.Ref) bool {
	for _, x := range refs {
		if x == r {
			return true
		}
	}
	return false
}

func subset(a, b map[string]bool) bool {
	for t := range a {
		if !b[t] {
			return false
		}
	}
	return true
}

func hasAny(text string, set map[string]bool) bool {
	for _, w := range words(text) {
		if set[w] {
			return true
		}
	}
	return false
}

// topic is the entity a "who is" question is about: its first person,
// group or place, else its first entity of any kind.
func (q question) topic(ix *Index) string {
	for _, id := range q.entities {
		if e := ix.entity(id); e != nil && e.Kind != "country" {
			return id
		}
	}
	if len(q.entities) > 0 {
		return q.entities[0]
	}
	return ""
}

func capitalize(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

func itoa(n int) string { return strconv.Itoa(n) }

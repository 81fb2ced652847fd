package index

import (
	"context"
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/blevesearch/bleve/v2/search/query"

	"visitbot/facts"
)

// scored is a candidate with how much of the question it covers, whether it
// can give the kind of answer asked for, and its rank score.
type scored struct {
	f     *fact
	cov   float64
	fits  bool
	score float64
}

// rank scores every candidate that retrieval and the question's entities
// bring up, best first.
func (ix *Index) rank(ctx context.Context, q question) ([]scored, error) {
	cands := map[*fact]float64{} // candidate → retrieval score, normalised
	if bq := ix.retrieval(q); bq != nil {
		// Bleve ranks a sentence that matches more of the question's words,
		// however common ("Iran", "Pakistan"), above one that matches its
		// rare ones ("share a border"); in a small corpus every hit is ranked.
		size := retrieve
		if len(ix.sentences) <= 4*retrieve {
			size = len(ix.sentences)
		}
		hits, err := ix.run(ctx, bq, size, false)
		if err != nil {
			return nil, err
		}
		for _, h := range hits {
			s := ix.ready(ix.sentenceOf(h.ID))
			cands[&fact{kind: sentenceFact, pos: s.pos, terms: s.terms, core: s.terms, refs: []facts.Ref{s.Ref}, sentence: s}] = h.Score / hits[0].Score
			for _, f := range ix.factsByRef[s.Ref] {
				cands[ix.prepare(f)] = max(cands[f], h.Score/hits[0].Score)
			}
		}
	}
	for _, id := range q.entities {
		if f, ok := ix.entityFacts[id]; ok {
			cands[ix.prepare(f)] = max(cands[f], 0)
		}
	}
	out := make([]scored, 0, len(cands))
	// "Which month…?", "were they in December?": a month is asked for.
	monthAsked := q.wantsMonth || slices.ContainsFunc(q.elsewhen, func(w string) bool { return monthNames[strings.ToLower(w)] })
	for f, retrieval := range cands {
		cov := ix.support(q, f)
		score := cov + 0.25*ix.coverage(q, f.core) + 0.1*precision(q, f.core) + 0.05*ix.literal(q, f) + ix.bonus(q, f) + 0.05*retrieval
		if q.headline && f.refs[0].Section == facts.TitleSection {
			score += 0.5 // "according to the headline…": the title, not the lead's fuller line of the same news
		}
		if len(q.options) > 1 && coversAll(f, q.options) {
			score -= 0.3 // "is Jilani Iranian or Pakistani?": a passage that names both does not choose
		}
		if q.section != "" && f.kind == sentenceFact && f.sentence.Ref.Section == q.section {
			score += 0.3 // "per the tit-for-tat section": a sentence of it
		}
		if q.line.N > 0 && slices.Contains(f.refs, q.line) {
			score += 0.3 // "per the opening line": that sentence, or what it tells
		}
		if q.wantsName && f.kind == entityFact && q.described[f.entity.ID] {
			score += 0.2 // "what is the name of the Iranian foreign minister?": his card gives it
		}
		if q.asksSaid && q.speaker == "" && ix.reportsSpeech(f) {
			score += 0.1 // "what did they say about…": a passage that reports what was said
		}
		if monthAsked && namesMonth(f) {
			score += 0.1 // "which month did the strikes happen?", "were they in December?": "January 17", not "earlier this month"
		}
		if q.wantsQuote && ix.quotesWords(f) {
			score += 0.3 // the words asked for are the ones in quotation marks
		}
		if q.didWhat {
			if s, ok := ix.at(f.refs[0]); ok && ix.notDone(q, ix.ready(s)) {
				score -= 0.1 // "who did he sit down with": what happened, not what is scheduled
			}
		}
		fits := ix.fits(q, f)
		if !fits {
			score -= 0.1 // among near equals, prefer one that can give this kind of answer
		}
		out = append(out, scored{f: f, cov: cov, fits: fits, score: score})
	}
	// A question's words quoted from a sentence raise it by at most
	// maxQuoted; only a candidate that close to the best can gain by it.
	best := math.Inf(-1)
	for _, c := range out {
		best = max(best, c.score)
	}
	for i := range out {
		if out[i].score >= best-verbatimBonus*maxQuoted {
			out[i].score += verbatimBonus * ix.verbatim(q, out[i].f)
		}
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

// retrieval is the Bleve query that brings up a question's candidates: one
// term query per canonical term of the question ("#strike" stands for
// attack, airstrike, bombing…) on the terms field, and one per entity. It
// needs neither Bleve's synonym expansion, which built a searcher per
// synonym, nor fuzzy queries, since the question was spelling-corrected
// when read; with them an answer took twice as long, and a question with
// two words the article never uses 4 ms instead of 0.7.
func (ix *Index) retrieval(q question) query.Query {
	var terms []string
	seen := map[string]bool{}
	for _, w := range q.retrieve {
		t := ix.canon(w)
		if t == "" || ix.filler[t] || ix.df[t] == 0 || seen[t] {
			continue // a term no sentence has retrieves nothing
		}
		seen[t] = true
		terms = append(terms, t)
	}
	for _, id := range q.entities {
		terms = append(terms, entityPrefix+id)
	}
	var parts []query.Query
	for _, t := range ix.selective(terms) {
		parts = append(parts, termQuery(t))
	}
	return anyOf(parts)
}

// commonShare and commonCount say when a term is in so many sentences that
// retrieving by it costs a scan of much of the corpus and tells little
// apart: in more than one in twenty sentences, and more than 1,000 of them.
// A curated corpus of a few articles never gets there.
const (
	commonShare = 20
	commonCount = 1000
)

func (ix *Index) common(term string) bool {
	df := ix.df[term]
	return df > commonCount && df*commonShare > len(ix.sentences)
}

// selective drops the terms of a question that are common, when it has
// rarer ones to retrieve by; ranking still weighs them all. With nothing but
// common terms, it keeps the rarest.
func (ix *Index) selective(terms []string) []string {
	var kept []string
	rarest, rarestDF := "", -1
	for _, t := range terms {
		if !ix.common(t) {
			kept = append(kept, t)
		} else if df := ix.df[t]; rarestDF < 0 || df < rarestDF {
			rarest, rarestDF = t, df
		}
	}
	if len(kept) == 0 && rarest != "" {
		kept = []string{rarest}
	}
	return kept
}

// support is how much of the question a candidate answers with its own
// statement and one of its sentences: what the reply would show first.
func (ix *Index) support(q question, f *fact) float64 {
	if f.kind == entityFact || len(f.refs) == 0 {
		return ix.coverage(q, f.core)
	}
	core := f.core
	if f.told != nil {
		core = f.told
	}
	best := 0.0
	for _, r := range f.refs {
		s, ok := ix.at(r)
		if !ok {
			continue
		}
		best = max(best, ix.sentenceCoverage(q, s, core, f.roles))
	}
	return best
}

// sentenceCoverage is how much of the question a sentence covers, with a
// fact's own statement if it has one. What the sentence before names counts
// half for one that refers back to it ("this effort"), and so do the roles
// of those the fact tells of.
func (ix *Index) sentenceCoverage(q question, s *sentence, core, roles map[string]bool) float64 {
	s = ix.ready(s)
	var covered, total float64
	for _, t := range q.order {
		w := q.weights[t]
		total += w
		switch {
		case core[t] || s.terms[t]:
			covered += w
		case s.context[t] || roles[t]:
			covered += w / 2
		}
	}
	return share(covered, total)
}

// verbatimBonus is what each word counts of a question's run of words that
// a candidate's sentence has as written, past the third: "where the recent
// air strikes took place" is quoted from one sentence only.
const verbatimBonus = 0.03

// verbatim is the most that one of a candidate's sentences is quoted.
func (ix *Index) verbatim(q question, f *fact) float64 {
	best := 0.0
	for _, r := range f.refs {
		if s, ok := ix.at(r); ok {
			best = max(best, quoted(q, ix.ready(s)))
		}
	}
	return best
}

// quoted is how many words past the third the longest run of a question's
// words that a sentence has as written holds, at most five.
func quoted(q question, s *sentence) float64 {
	return float64(min(max(longestRun(q.written, s.written)-3, 0), maxQuoted))
}

// maxQuoted is the most words a quoted run counts.
const maxQuoted = 5

// longestRun is the length of the longest run of words a and b share.
func longestRun(a, b []string) int {
	best := 0
	for i := range a {
		for j := range b {
			k := 0
			for i+k < len(a) && j+k < len(b) && a[i+k] == b[j+k] {
				k++
			}
			best = max(best, k)
		}
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
	for t := range q.weights {
		if terms[t] {
			n++
		}
	}
	return float64(n) / float64(len(terms))
}

// coverage is the share of the question's content, weighted by rarity, that
// a set of terms holds.
func (ix *Index) coverage(q question, terms map[string]bool) float64 {
	return share(weighed(q, terms))
}

// weighed sums the weights of the question's terms a set holds, and of all
// of them, in the question's order of terms.
func weighed(q question, terms map[string]bool) (covered, total float64) {
	for _, t := range q.order {
		w := q.weights[t]
		total += w
		if terms[t] {
			covered += w
		}
	}
	return covered, total
}

// literal is the share of the question's words that a candidate's sentences
// use as written, not through a synonym: of "restore diplomatic relations"
// and "resuming diplomatic links", "were diplomatic links resumed?" is
// asked in the words of the second.
func (ix *Index) literal(q question, f *fact) float64 {
	if len(q.stems) == 0 {
		return 0
	}
	n := 0
	for _, st := range q.stems {
		for _, r := range f.refs {
			if s, ok := ix.at(r); ok && ix.ready(s).stems[st] {
				n++
				break
			}
		}
	}
	return float64(n) / float64(len(q.stems))
}

// enough is the weight of evidence that answers a question however long it
// is: a long question need not be covered word for word.
const enough = 7.0

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
	if len(q.weights) == len(q.entities) {
		return true
	}
	for t := range q.weights {
		if !strings.HasPrefix(t, entityPrefix) && f.covers(t) {
			return true
		}
	}
	return false
}

// fits reports whether a candidate can give the kind of answer the intent
// asks for: a "who" answer names someone the question did not, a "how many"
// answer holds a number, a "when" answer a time.
func (ix *Index) fits(q question, f *fact) bool {
	if q.speaker != "" && (!ix.quotes(f, q.speaker) || f.kind == figureFact && !ix.reportedBy(f.figure, q.speaker)) {
		return false // "how many did Iran say were killed?": not the figure Pakistan reported
	}
	if q.forename && !ix.givesForename(q, f) {
		return false // "what is Amirabdollahian's first name?": the article gives one name
	}
	if len(q.victims) > 0 && !ix.countsVictims(q, f) {
		return false // "were any militants killed in Iran's strike?": the children it killed are not militants
	}
	if (q.citizens || len(q.otherNation) > 0) && !ix.countsCitizens(f) {
		// "What nationality were those killed in Pakistan's strike?": "at
		// least nine casualties" does not say. "Were the labourers
		// Afghans?": only a figure that gives their nationality answers.
		return false
	}
	if q.manner && !ix.killedBy(f) {
		return false // "how were the labourers killed?": by someone's deed, if the article tells it
	}
	if q.byAgent && !ix.byFigure(f, ix.killedBy) {
		return false // "were the labourers killed by Jaish al-Adl?": the article names no killer
	}
	if len(q.elsewhen) > 0 && !ix.datesIt(f) && !ix.timeUnset(f) {
		// "did the strikes take place last year?": only when the article
		// puts them answers; "will Raisi visit next year?", that its date
		// is yet to be set.
		return false
	}
	if len(q.elsewhere) > 0 && !ix.placesIt(f) {
		return false // "did the strike hit Khuzestan?": only where the article puts it answers
	}
	if q.wantsKind != "" && !ix.namesKind(q, f) {
		return false
	}
	if ix.otherActor(q, f) && !ix.doneByAnother(q, f) || q.within != "" && !ix.namesPlaceIn(q, f) {
		return false // but "did Jilani visit Iran?" is answered by who made the visit
	}
	// "Is Jilani the Iranian minister?": his card says what he is, whoever
	// else the office the question gives him would name.
	card := f.kind == entityFact && f.entity.ID == q.identity
	if q.intent == YesNo && !card {
		for _, id := range q.entities {
			if e := ix.entity(id); e != nil && e.Kind == "person" && !f.covers(entityPrefix+id) && !q.described[id] && !slices.Contains(q.setAside, id) &&
				!(id == q.subject && ix.doneByAnother(q, f)) {
				// "will Raisi meet Kakar?": a passage that never names Kakar
				// cannot say so. "Did Jilani visit Iran?": the visit's
				// telling says who made it.
				return false
			}
		}
	}
	if q.officeOf != "" && !card && !ix.namesPersonOf(f, q.officeOf) {
		return false // "who is Pakistan's president?" is not Iran's
	}
	if len(q.setAside) > 0 && !ix.namesAnother(q, f) {
		return false // "who else is he meeting besides Jilani?": not Jilani
	}
	if len(q.setAside) > 0 && q.intent == Where && q.actor != "" && !ix.actsAs(f, q.actor) {
		return false // "besides Sistan-Baluchestan, where else did Pakistan strike?": not where Iran did
	}
	if len(q.both) == 2 && !ix.ofBoth(f, q.both) {
		return false // "did both countries claim…": not what one of them did
	}
	if q.responder != "" && !ix.actsAs(f, q.responder) {
		return false // "how did Israel react?": only what Israel did answers
	}
	if q.deed != "" && !f.covers(q.deed) {
		return false // "what will Raisi talk about…": a passage that never tells of his talks does not say
	}
	if q.intent == YesNo && q.actor != "" && ix.anotherDid(q, f) {
		return false // "did Iran recall its ambassador?": the sentence tells Pakistan did
	}
	if q.intent == YesNo && q.actor != "" && !f.covers(entityPrefix+q.actor) &&
		(hasWord(q.words, besideWords) || !ix.coversSide(f, q.actor)) && !(q.actor == q.subject && ix.doneByAnother(q, f)) {
		// "Did Jaish al-Adl respond…": a passage that never names it cannot
		// say it did. One that names Iran's minister tells of Iran, unless
		// asked what Iran did besides.
		return false
	}
	if q.wantsClock {
		// "what time of day", "did it happen at night?": a date is not an answer.
		return f.kind == eventFact && hasAny(f.event.When, clockWords) || f.kind == sentenceFact && hasWord(f.sentence.words, clockWords)
	}
	switch q.intent {
	case Who:
		return ix.fitsWho(q, f) && ix.holdsRelation(q, f)
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
		if q.wantsDate && f.kind == eventFact {
			return f.event.When == facts.NotStated || placesOnCalendar(f.event.When)
		}
		return f.kind == eventFact || f.kind == sentenceFact && f.sentence.dated
	case Why:
		// A figure gives no reason, nor an entity's card, nor an event the
		// sheet knows none for, nor a sentence with no word of cause or purpose.
		return f.kind == sentenceFact && (f.sentence.causal || hasWord(f.sentence.words, reasonWords)) ||
			f.kind == eventFact && f.event.Why != ""
	}
	return true
}

// otherActor reports whether a candidate's event was done by another party
// the question names than the one it asks about: "children killed in
// Pakistan's strike on Iran" is not answered by Iran's strike.
func (ix *Index) otherActor(q question, f *fact) bool {
	e := ix.eventOf(f)
	if q.actor == "" || e == nil || len(e.Who) == 0 {
		return false
	}
	// A figure counts the dead of one party's deed: "children killed in
	// Pakistan's strike" are not those of Iran's, named or not; and asked
	// whether one did something ("is Jilani going to visit Tehran?"),
	// another's deed does not say.
	return e.Who[0] != q.actor && (f.kind == figureFact || q.intent == YesNo || slices.Contains(q.entities, e.Who[0]))
}

// namesPlaceIn reports whether a candidate names a place inside the country
// a question asks within: "which part of Pakistan" is not answered by a
// province of Iran, and "which district of Balochistan" by nothing.
func (ix *Index) namesPlaceIn(q question, f *fact) bool {
	outer := ix.entity(q.within)
	if outer.Kind != "country" {
		return false // the fact sheet tells of no place within another place
	}
	for _, id := range ix.named(f) {
		if e := ix.entity(id); e != nil && e.Kind == "place" && e.Country == outer.Name {
			return true
		}
	}
	return false
}

// named lists the entities a candidate names.
func (ix *Index) named(f *fact) []string {
	var ids []string
	switch f.kind {
	case entityFact:
		ids = []string{f.entity.ID}
	case sentenceFact:
		ids = f.sentence.entities
	default:
		for t := range f.core {
			if id, ok := strings.CutPrefix(t, entityPrefix); ok {
				ids = append(ids, id)
			}
		}
		if f.kind == eventFact {
			ids = append(ids, f.event.Who...)
		}
	}
	return ids
}

// namesKind reports whether a candidate names an entity of the kind a
// "which …" question asks for, other than those the question names.
func (ix *Index) namesKind(q question, f *fact) bool {
	if q.wantsKind == "capital" {
		return ix.namesCapitals(f.refs)
	}
	if s, ok := ix.at(f.refs[0]); ok && q.asksWithheld(ix.ready(s).withheld) &&
		slices.ContainsFunc(s.words, func(w string) bool { return kindNouns[w] == q.wantsKind }) {
		return true // "which third countries…?" of "…third countries, although he didn't provide specific details": it says it names none
	}
	for _, id := range ix.named(f) {
		e := ix.entity(id)
		if e == nil || slices.Contains(q.entities, id) && !q.described[id] && !q.options[id] {
			continue
		}
		kind := e.Kind
		if kind == "place" && hasAny(e.Role, settlementWords) || kind == "country" && ix.namesCapital(f, e) {
			kind = "settlement" // "from which city did Pakistan recall its ambassador?": "from Tehran"
		}
		if kind == q.wantsKind || q.wantsKind == "group" && kind == "organisation" || q.wantsKind == "organisation" && kind == "group" {
			return true
		}
	}
	return false
}

// namesCapitals reports whether a candidate's sentences name a country's
// capital: "between which two capitals were the strikes?" is answered by
// "between Tehran and Islamabad", the capitals the article names its
// governments by.
func (ix *Index) namesCapitals(refs []facts.Ref) bool {
	for _, r := range refs {
		s, ok := ix.at(r)
		if !ok {
			continue
		}
		for _, e := range ix.entityByID {
			if e.Capital != "" && holds(s.Text, e.Capital) {
				return true
			}
		}
	}
	return false
}

// namesCapital reports whether a candidate's event took place in a
// country's capital, as the article names it: the recall of Pakistan's
// ambassador "from Tehran". Its "air strikes between Tehran and Islamabad"
// name governments, not where the strikes fell.
func (ix *Index) namesCapital(f *fact, e *entity) bool {
	ev := ix.eventOf(f)
	return e.Capital != "" && ev != nil && holds(ev.Where, e.Capital)
}

// quotesWords reports whether one of a candidate's sentences puts words in
// quotation marks: "the “menace of terrorism”".
func (ix *Index) quotesWords(f *fact) bool {
	for _, r := range f.refs {
		if s, ok := ix.at(r); ok && strings.ContainsAny(s.Text, "“”\"") {
			return true
		}
	}
	return false
}

// reportsSpeech reports whether one of a candidate's sentences has a word of
// speech.
func (ix *Index) reportsSpeech(f *fact) bool {
	for _, r := range f.refs {
		if s, ok := ix.at(r); ok && hasWord(s.words, speechWords) {
			return true
		}
	}
	return false
}

// reportedBy reports whether a figure was reported by an entity.
func (ix *Index) reportedBy(g *facts.Figure, id string) bool {
	ids, _, _ := ix.aliases.find(ix.corpus.Thesaurus.Rewrite(words(g.ReportedBy)), false)
	return slices.Contains(ids, id)
}

// quotes reports whether a candidate reports what an entity said: one of its
// sentences names the entity and has a word of speech ("announced",
// "emphasized"). Being scheduled to meet someone is not saying anything.
func (ix *Index) quotes(f *fact, speaker string) bool {
	for _, r := range f.refs {
		s, ok := ix.at(r)
		if !ok || !slices.Contains(s.entities, speaker) {
			continue
		}
		for i, w := range s.words {
			// The speaker speaks: "Western nations accuse…", "according to
			// Pakistan's ministry", not Jaish al-Adl in "Iran… claiming it
			// housed Jaish al-Adl".
			if speechWords[w] && (w == "according") == (s.entityAt[speaker] > i) {
				return true
			}
		}
	}
	return false
}

// relations are the roles a "who" question may ask someone to hold towards
// another: "who leads Jaish al-Adl?", "who is the army chief?". Each word
// stands for the words a passage must use to name the holder.
var relations = map[string][]string{
	"leads": {"leads", "leader", "leaders", "lead"}, "leader": {"leads", "leader", "leaders", "lead"},
	"lead": {"leads", "leader", "leaders", "lead"}, "heads": {"head", "heads", "headed"}, "head": {"head", "heads", "headed"},
	"founded": {"founded", "founder"}, "founder": {"founded", "founder"}, "commands": {"commander", "commands"},
	"commander": {"commander", "commands"}, "chief": {"chief"}, "spokesman": {"spokesman", "spokesperson"},
	"spokesperson": {"spokesman", "spokesperson"},
}

// holdsRelation reports whether a candidate names the holder of the role a
// "who" question asks about, if it asks about one: a passage on Jaish
// al-Adl that names no leader does not say who leads it.
func (ix *Index) holdsRelation(q question, f *fact) bool {
	if need := q.relation; need != nil {
		var text []string
		switch f.kind {
		case entityFact:
			text = words(f.entity.Role)
		default:
			for _, r := range f.refs {
				if s, ok := ix.at(r); ok {
					text = append(text, ix.ready(s).words...)
				}
			}
		}
		for _, x := range text {
			if slices.Contains(need, x) {
				return true
			}
		}
		return false
	}
	return true
}

// relationAsked returns the words a passage must use to name the holder of
// the role a "who" question asks about, if it asks about one.
func relationAsked(raw []string) []string {
	for _, w := range raw {
		if need, ok := relations[w]; ok {
			return need
		}
	}
	return nil
}

// fitsWho reports whether a candidate names who the question asks for: a
// person, organisation, group or country the question did not name, and,
// when "who" is the subject ("who killed…?"), one named before the verb.
func (ix *Index) fitsWho(q question, f *fact) bool {
	isNew := func(id string) bool {
		e := ix.entity(id)
		return e != nil && e.Kind != "place" && !(q.wantsName && e.Kind == "country") &&
			(!slices.Contains(q.entities, id) || q.described[id] && e.Kind == "person" || q.options[id]) &&
			(!q.wantsName || ix.spellsName(f, e))
	}
	switch f.kind {
	case entityFact:
		if len(q.described) > 0 && len(q.described) < len(q.entities) {
			return q.described[f.entity.ID] // "who is Amirabdollahian's Pakistani counterpart?": the one described
		}
		return len(q.weights) == len(q.entities) || isNew(f.entity.ID)
	case eventFact:
		if q.asksDead && q.actor != "" {
			return false // "who got killed in the Iranian strike?": the figure of its dead tells
		}
		if !q.whoObj {
			// "who killed the labourers?": one who did that deed, not one
			// who will discuss it.
			return len(f.event.Who) > 0 && (isNew(f.event.Who[0]) || ix.otherParty(q, f.event.Who, isNew)) &&
				(q.whoDid == "" || slices.Contains(f.deeds, q.whoDid))
		}
	case figureFact:
		if q.asksDead {
			return true // "who died in Iran's strike?": two children
		}
		if !q.whoObj {
			return false // a figure has no actor
		}
	case sentenceFact:
		if q.wantsKind != "" {
			return true // "who told of the talks, which ministry?": fits has found one of the kind named
		}
		if q.asksDead && q.actor != "" {
			return false // "who died in Iran's strike?": the figure of its dead, not a sentence of all of them
		}
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
				if q.asks(t) && firstAt == len(s.words) {
					firstAt = i
				}
			}
			verbAt = min(verbAt, firstAt)
		}
		if q.whoObj && q.verb != "" && !q.wantsName && !hasWord(q.words, specificWords) { // a name asked for is no description
			for i := 0; i+1 < len(s.words); i++ {
				if t := ix.canon(s.words[i+1]); ix.canon(s.words[i]) == q.verb && t != "" && !ix.filler[t] && !q.asks(t) {
					// "who does Iran back, say Western nations?": "backing
					// groups labelled as terrorists", an object the sheet
					// names no entity for.
					return true
				}
			}
		}
		whose := slices.Contains(q.words, "whose")
		for id, p := range s.entityAt {
			if isNew(id) && (q.whoObj || p < verbAt || ix.owns(s.words, p, q.verb)) {
				return true // the doer comes first, or owns the deed: "with Iran's assistance"
			}
			if isNew(id) && q.whoDid == "" && p > 0 && titleWord(s.words[p-1]) && q.asks(ix.canon(s.words[p-1])) {
				return true // the name a title the question asks of stands before: "caretaker Prime Minister Anwaar-ul-Haq Kakar"
			}
			if isNew(id) && whose && slices.ContainsFunc(s.words[p+1:min(p+3, len(s.words))], func(w string) bool { return q.asks(ix.canon(w)) }) {
				return true // "amid whose bombardment…": "Israel’s escalated bombardment"
			}
		}
		return false
	}
	for t := range f.core {
		if id, ok := strings.CutPrefix(t, entityPrefix); ok && isNew(id) {
			return true
		}
	}
	if q.whoObj && asksWhomDone(q.words) {
		for _, w := range peopleNouns { // "who did both countries claim they were hitting?": terrorists
			if t := ix.canon(w); f.core[t] && q.weights[t] == 0 {
				return true
			}
		}
	}
	return false
}

// otherParty reports whether, of people who did a deed together, the
// question names the first and not another: "who held talks with
// Amirabdollahian?" is answered by Jilani.
func (ix *Index) otherParty(q question, who []string, isNew func(string) bool) bool {
	if first := ix.entity(who[0]); first == nil || first.Kind != "person" || !slices.Contains(q.entities, who[0]) {
		return false
	}
	return slices.ContainsFunc(who[1:], func(id string) bool { return isNew(id) && ix.entity(id).Kind == "person" })
}

// owns reports whether the name at p owns a deed, one word apart at most:
// "Iran’s assistance", "Israel’s escalated bombardment".
func (ix *Index) owns(ws []string, p int, deed string) bool {
	for k := p + 1; k < len(ws) && k <= p+2; k++ {
		if ix.canon(ws[k]) == deed {
			return true
		}
	}
	return false
}

// titleWord reports whether a word can title a name that follows it: an
// office ("Prime Minister Anwaar-ul-Haq Kakar"), a kind ("the armed group
// Jaish al-Adl") or a counterpart.
func titleWord(w string) bool { return officeWords[w] || kindNouns[w] != "" || w == "counterpart" }

// spellsName reports whether one of a candidate's sentences gives an
// entity's name, not only its office: asked for the foreign minister's name,
// "Iranian Foreign Minister Visits Pakistan" does not say it.
func (ix *Index) spellsName(f *fact, e *entity) bool {
	for _, r := range f.refs {
		if s, ok := ix.at(r); ok && ix.spells(s, e) {
			return true
		}
	}
	return false
}

// givesForename reports whether a candidate spells the first name of the
// person a question asks about, or, if it names none, of one it names.
func (ix *Index) givesForename(q question, f *fact) bool {
	asked := slices.DeleteFunc(slices.Clone(q.entities), func(id string) bool { e := ix.entity(id); return e == nil || e.Kind != "person" })
	if len(asked) == 0 {
		asked = ix.named(f)
	}
	return slices.ContainsFunc(asked, func(id string) bool { return ix.spellsForename(f, ix.entity(id)) })
}

// spellsForename reports whether one of a candidate's sentences writes the
// first of a name of two words or more: "Ebrahim Raisi", not "Amirabdollahian".
func (ix *Index) spellsForename(f *fact, e *entity) bool {
	if e == nil || e.Kind != "person" || len(words(e.Name)) < 2 {
		return false
	}
	name := words(e.Name)
	for _, r := range f.refs {
		if s, ok := ix.at(r); ok && slices.Contains(ix.ready(s).words, name[0]) {
			return true
		}
	}
	return false
}

// spells reports whether a sentence writes a word of an entity's name.
func (ix *Index) spells(s *sentence, e *entity) bool {
	return slices.ContainsFunc(ix.ready(s).words, func(w string) bool { return slices.Contains(e.proper, w) })
}

// actsAs reports whether a candidate tells of something an entity did: an
// event it leads, or a sentence such an event cites.
func (ix *Index) actsAs(f *fact, id string) bool {
	leads := func(e *facts.Event) bool { return len(e.Who) > 0 && e.Who[0] == id }
	switch f.kind {
	case eventFact:
		return leads(f.event)
	case sentenceFact:
		return slices.ContainsFunc(ix.eventsCiting(f.refs[0]), leads)
	}
	return false
}

// ofBoth reports whether a candidate tells of two parties together: an
// event both take part in, a figure of such an event or of no one event (a
// sum), or a sentence such an event cites, or that names both and that no
// event cites.
func (ix *Index) ofBoth(f *fact, both []string) bool {
	of := func(e *facts.Event) bool {
		return e != nil && ix.actsFor(e, both[0]) && ix.actsFor(e, both[1])
	}
	switch f.kind {
	case eventFact:
		return of(f.event)
	case figureFact:
		return f.figure.Event == "" || of(ix.events[f.figure.Event]) // the sum of both sides' dead is of both
	case sentenceFact:
		citing := ix.eventsCiting(f.refs[0])
		if len(citing) > 0 {
			return slices.ContainsFunc(citing, of)
		}
		return f.covers(entityPrefix+both[0]) && f.covers(entityPrefix+both[1])
	}
	return true
}

// actsFor reports whether a party, or someone of its country, acts in an
// event: the talks of Amirabdollahian and Jilani are Iran's and Pakistan's.
func (ix *Index) actsFor(e *facts.Event, party string) bool {
	p := ix.entity(party)
	return slices.ContainsFunc(e.Who, func(id string) bool {
		w := ix.entity(id)
		return id == party || p != nil && p.Kind == "country" && w != nil && w.Kind == "person" && w.Country == p.Name
	})
}

// eventsCiting returns the events of the fact sheet that cite a sentence.
func (ix *Index) eventsCiting(r facts.Ref) []*facts.Event {
	var out []*facts.Event
	for _, g := range ix.factsByRef[r] {
		if g.kind == eventFact {
			out = append(out, g.event)
		}
	}
	return out
}

// coversAll reports whether a candidate names every one of some entities.
func coversAll(f *fact, ids map[string]bool) bool {
	for id := range ids {
		if !f.covers(entityPrefix + id) {
			return false
		}
	}
	return true
}

// namesAnother reports whether a candidate names someone or somewhere of the
// kind the question sets aside, neither named by it nor set aside.
func (ix *Index) namesAnother(q question, f *fact) bool {
	kind := ix.entity(q.setAside[0]).Kind
	for _, id := range ix.named(f) {
		if e := ix.entity(id); e != nil && e.Kind == kind && !slices.Contains(q.entities, id) && !slices.Contains(q.setAside, id) {
			return true
		}
	}
	return false
}

// namesPersonOf reports whether a candidate names a person of a country.
func (ix *Index) namesPersonOf(f *fact, country string) bool {
	c := ix.entity(country)
	for _, id := range ix.named(f) {
		if e := ix.entity(id); e != nil && e.Kind == "person" && e.Country == c.Name {
			return true
		}
	}
	return false
}

// asksWhomDone reports whether a question asks to whom something was done:
// "whom did they hit", "who did Pakistan target", not "who is Pakistan's
// ambassador".
func asksWhomDone(ws []string) bool {
	for i, w := range ws {
		if w == "whom" || w == "who" && i+1 < len(ws) && doWords[ws[i+1]] {
			return true
		}
	}
	return false
}

// peopleNouns name people by what they are or do, not by name: one of them
// answers whom a deed was done to.
var peopleNouns = []string{"terrorists", "children", "labourers", "families", "separatists", "civilians"}

// bonus prefers the candidate that fits the question's intent among those
// that cover it equally well.
func (ix *Index) bonus(q question, f *fact) float64 {
	b := ix.kindBonus(q, f)
	if s, ok := ix.at(f.refs[0]); ok && ix.ready(s).withheld == detailsWithheld && ix.detailsAsked(q) {
		b += 0.1 // "did Iran name the countries backing the terrorists?": the passage that says he gave no details
	}
	return b
}

// kindBonus is the bonus of a candidate of each kind.
func (ix *Index) kindBonus(q question, f *fact) float64 {
	switch f.kind {
	case eventFact:
		b := 0.05
		if ix.soleActor(q.subject, f.event) || q.whoObj && q.subject != "" && len(f.event.Who) > 1 && f.event.Who[0] == q.subject {
			b += 0.15 // the question's subject is the event's actor; or "who is X meeting": X and whom
		}
		if len(q.pair) == 2 && slices.Contains(f.event.Who, q.pair[0]) && slices.Contains(f.event.Who, q.pair[1]) {
			b += 0.15 // "what did Iran and Pakistan claim": what both did
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
		if q.actor != "" && f.figure.Event == "" && !q.total {
			return -0.1 // "the result of Pakistan's strike": not the sum of both sides'
		}
		if q.intent == HowMany {
			// The figure whose subject the question names most exactly.
			hit := 0
			for t := range f.counted {
				if q.asks(t) {
					hit++
				}
			}
			b := 0.3 + 0.05*float64(hit)/float64(len(f.counted))
			if e, ok := ix.events[f.figure.Event]; ok && ix.soleActor(q.subject, e) {
				b += 0.1 // "how many died in Pakistan's strike": the figure of the event Pakistan acted in
			}
			if f.figure.Event == "" { // a figure that sums up several events
				b += 0.02
				if q.total {
					b += 0.1
				}
			}
			return b
		}
		if q.intent == Where && f.figure.Where != facts.NotStated && q.asksAll(f.counts) {
			return 0.35 // "where were the children killed": where the figure's dead were
		}
		if q.intent == YesNo && (q.total || q.actor == "" && q.subject == "" && len(q.victims) == 0 && q.asks(ix.canon("killed"))) && f.figure.Event == "" &&
			slices.ContainsFunc(q.words, func(w string) bool { return isNumber(w) || numberValues[w] != "" }) {
			// "total victims were 20, right?", "I heard 20 people were
			// killed?": the figure that sums up, set against the one
			// guessed; not "were 20 children killed?".
			return 0.3
		}
		return 0.04
	case entityFact:
		pure := len(q.weights) == len(q.entities) // "who is X?", "what is X?"
		switch {
		case f.entity.ID == q.identity: // "is X the president?": X's card shows what X is
			return 0.4
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
		case q.intent == Why && s.causal, q.intent == Where && s.placed:
			return 0.1
		}
		return 0
	}
}

// firstReason is the first of the reasons an event's why gives: "to
// restore diplomatic relations" of "to restore diplomatic relations and
// de-escalate tensions…".
func firstReason(why string) string {
	first, _, _ := strings.Cut(why, " and ")
	return first
}

// holds reports whether a sentence states a fact-sheet value.
func holds(text, value string) bool {
	return value != facts.NotStated && strings.Contains(strings.ToLower(text), strings.ToLower(value))
}

// soleActor reports whether an entity did an event, and not jointly with
// another of its kind: Iran struck on January 17, but the reciprocal
// strikes were Iran's and Pakistan's.
func (ix *Index) soleActor(id string, e *facts.Event) bool {
	if id == "" || len(e.Who) == 0 || e.Who[0] != id {
		return false
	}
	actor := ix.entity(id)
	for _, other := range e.Who[1:] {
		if o := ix.entity(other); o != nil && actor != nil && o.Kind == actor.Kind {
			return false
		}
	}
	return true
}

// byCoverage orders a fact's sentences so the one that best covers the
// question comes first; ties keep the fact sheet's order.
func (ix *Index) byCoverage(q question, f *fact) []facts.Ref {
	out := append([]facts.Ref(nil), f.refs...)
	cov := make(map[facts.Ref]float64, len(out))
	heaviest := q.heaviest()
	purpose := q.intent == Why || q.weights[ix.canon("aim")] > 0 // "what is the trip meant to restore?"
	another := ix.doneByAnother(q, f)
	for _, r := range out {
		if s, ok := ix.at(r); ok {
			cov[r] = ix.sentenceCoverage(q, s, nil, nil)
			if heaviest != "" && ix.ready(s).terms[heaviest] {
				cov[r] += 0.1 // "what does the FM's visit signify?" by the sentence that says "signifies"
			}
			if r == q.line {
				cov[r] += 1 // "per the opening line": that one
			}
			cov[r] += verbatimBonus * quoted(q, ix.ready(s)) // the sentence whose words the question quotes
			if f.kind == eventFact && len(q.elsewhen) > 0 && holds(s.Text, f.event.When) {
				cov[r] += 0.5 // "did the strikes take place last year?": by the sentence that says when
			}
			if q.intent == Why && s.causal {
				cov[r] += 0.25 // a "why" is answered by the sentence that gives the reason, among those that tell of what is asked
			}
			if f.kind == eventFact && (q.intent == When && holds(s.Text, f.event.When) || q.intent == Where && holds(s.Text, f.event.Where) ||
				purpose && holds(s.Text, firstReason(f.event.Why))) {
				cov[r] += 0.5 // "when", "where" and "why" by the sentence that gives the time, place or first reason
			}
			if another && ix.ready(s).terms[q.verb] {
				cov[r] += 0.5 // "did Jilani visit Iran?" by the sentence that tells the visit and who made it
			}
			if q.wantsKind == "capital" && ix.namesCapitals([]facts.Ref{r}) {
				cov[r] += 0.5 // "between which capitals…" by the sentence that names them
			}
			if q.wantsName && f.kind == eventFact && len(f.event.Who) > 0 {
				if e := ix.entity(f.event.Who[0]); e != nil && ix.spells(s, e) {
					cov[r] += 0.5 // "what is the surname of…" by the sentence that spells it
				}
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return cov[out[i]] > cov[out[j]] })
	return out
}

// placesIt reports whether a candidate puts what it tells somewhere: an
// event or figure whose place is stated, or a sentence that names a place
// or a country.
func (ix *Index) placesIt(f *fact) bool {
	if e := ix.eventOf(f); e != nil {
		return e.Where != facts.NotStated
	}
	if f.kind == sentenceFact {
		for _, id := range f.sentence.entities {
			if e := ix.entity(id); e != nil && (e.Kind == "place" || e.Kind == "country") {
				return true
			}
		}
	}
	return false
}

// datesIt reports whether a candidate puts what it tells on the calendar:
// an event or figure whose time is a date or "earlier this month", or a
// dated sentence.
func (ix *Index) datesIt(f *fact) bool {
	if e := ix.eventOf(f); e != nil {
		return dated(e.When)
	}
	return f.kind == sentenceFact && f.sentence.dated && withheldIn(f.sentence.words) != timeWithheld
}

// timeUnset reports whether a candidate is an event whose time the article
// says is yet to be set: "soon, with the exact date yet to be determined".
func (ix *Index) timeUnset(f *fact) bool {
	e := ix.eventOf(f)
	return e != nil && withheldIn(words(e.When)) == timeWithheld
}

// dated reports whether a time is a date given, not one "yet to be
// determined".
func dated(when string) bool {
	return placesOnCalendar(when) && withheldIn(words(when)) != timeWithheld
}

// killedBy reports whether a candidate counts the dead of a deed someone
// did: the two children of Iran's strike, not nine labourers whose killing
// the article tells of with no doer.
func (ix *Index) killedBy(f *fact) bool {
	e := ix.eventOf(f)
	return f.kind == figureFact && e != nil && len(e.Who) > 0
}

// eventOf returns the event a candidate tells of: its own, or the one a
// figure counts the dead of.
func (ix *Index) eventOf(f *fact) *facts.Event {
	switch f.kind {
	case eventFact:
		return f.event
	case figureFact:
		return ix.events[f.figure.Event]
	}
	return nil
}

// byFigure reports whether a candidate is a figure that holds, or cites a
// sentence such a figure cites.
func (ix *Index) byFigure(f *fact, holds func(*fact) bool) bool {
	if f.kind == figureFact {
		return holds(f)
	}
	for _, r := range f.refs {
		if slices.ContainsFunc(ix.factsByRef[r], func(g *fact) bool { return g.kind == figureFact && holds(g) }) {
			return true
		}
	}
	return false
}

// countsCitizens reports whether a candidate tells whose citizens the
// people it counts are: a figure of "Pakistani labourers", a passage that
// gives one, or a person's card.
func (ix *Index) countsCitizens(f *fact) bool {
	if f.kind == entityFact {
		return f.entity.Country != "" // "what nationality is Jilani?"
	}
	return ix.byFigure(f, func(g *fact) bool {
		for t := range ix.prepare(g).counts {
			if id, ok := strings.CutPrefix(t, entityPrefix); ok && ix.entity(id) != nil && ix.entity(id).Kind == "country" {
				return true
			}
		}
		return false
	})
}

// anotherDid reports whether a candidate's sentence tells the deed a yes-no
// question asks of its actor only as another party's: of "did Iran recall
// its ambassador?", "Pakistan recalled its ambassador" says Iran did not.
func (ix *Index) anotherDid(q question, f *fact) bool {
	if f.kind == entityFact || q.speaker != "" || q.verb == "" || offersChoice(q.words) {
		return false // who reported, or which of two did it, is not asked of the actor
	}
	// The deed asked of the actor: the question's verb, or what it gives
	// the actor ("was Pakistan's retaliatory strike…"), not a telling of it.
	asked := func(t string) bool { return (t == q.verb || q.actorDeeds[t]) && !ix.telling[t] }
	other := false
	for _, g := range ix.factsByRef[f.refs[0]] {
		if g.kind != eventFact || len(g.event.Who) == 0 || !slices.ContainsFunc(ix.prepare(g).deeds, asked) {
			continue
		}
		if slices.ContainsFunc(g.event.Who, func(id string) bool { return ix.sameSide(id, q.actor) }) {
			return false
		}
		other = true
	}
	return other
}

// doneByAnother reports whether a candidate is an event of the kind of deed
// a yes-no question asks of a person, done by another person: of "did
// Jilani visit Iran?", Amirabdollahian's visit to Pakistan.
func (ix *Index) doneByAnother(q question, f *fact) bool {
	if !ix.asksDeedOfPerson(q) || !ix.ofDeedAsked(q, f) || f.event.Who[0] == q.subject {
		return false
	}
	for _, e := range ix.events {
		if len(e.Who) > 0 && e.Who[0] == q.subject && ix.canon(e.Topic) == q.verb {
			return false // "is Raisi coming to Pakistan?": his own visit answers
		}
	}
	doer := ix.entity(f.event.Who[0])
	return doer != nil && doer.Kind == "person"
}

// doneBySubject reports whether a candidate is an event of the kind of deed
// a question asks, done by the one it asks of.
func (ix *Index) doneBySubject(q question, f *fact) bool {
	return ix.ofDeedAsked(q, f) && f.event.Who[0] == q.subject
}

// asksDeedOfPerson reports whether a yes-no question asks whether a person
// did a deed: "did Jilani visit Iran?".
func (ix *Index) asksDeedOfPerson(q question) bool {
	asker := ix.entity(q.subject)
	return q.intent == YesNo && q.verb != "" && asker != nil && asker.Kind == "person"
}

// ofDeedAsked reports whether a candidate is an event, with a doer, of the
// kind of deed a question asks: its topic is the question's verb.
func (ix *Index) ofDeedAsked(q question, f *fact) bool {
	return f.kind == eventFact && len(f.event.Who) > 0 && ix.canon(f.event.Topic) == q.verb
}

// coversSide reports whether a candidate names a party, or, if it is a
// country, one of its own: "Amirabdollahian" tells of Iran.
func (ix *Index) coversSide(f *fact, id string) bool {
	party := ix.entity(id)
	if f.covers(entityPrefix + id) {
		return true
	}
	return party != nil && party.Kind == "country" && slices.ContainsFunc(ix.named(f), func(n string) bool {
		e := ix.entity(n)
		return e != nil && e.Kind != "country" && e.Country == party.Name
	})
}

// sameSide reports whether one entity is another or acts for it: the
// foreign minister of Iran for Iran.
func (ix *Index) sameSide(id, of string) bool {
	if id == of {
		return true
	}
	e, o := ix.entity(id), ix.entity(of)
	return e != nil && o != nil && (e.Country == o.Name || o.Country == e.Name)
}

// countsVictims reports whether a candidate counts the dead a yes-no
// question asks about, of the deed it asks about: a figure of them, or a
// passage one such figure cites.
func (ix *Index) countsVictims(q question, f *fact) bool {
	return f.kind != entityFact && ix.byFigure(f, func(g *fact) bool {
		counted := ix.prepare(g).counted
		return subset(q.victims, counted) && counted[ix.canon("killed")] && !ix.otherActor(q, g)
	})
}

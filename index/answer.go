package index

import (
	"context"
	"slices"
	"strconv"
	"strings"

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

// nearEqual is how far below the best a candidate's score may be and still
// be preferred for fitting the question's intent.
const nearEqual = 0.15

// retrieve is how many sentences Bleve hands to the answerer.
const retrieve = 12

// Answer answers a question from the fact sheet where a fact covers it,
// else from the best sentence, else says the article is silent.
func (ix *Index) Answer(ctx context.Context, text string) (Answer, error) {
	clean, cut := Clean(text, MaxQuestionRunes)
	ans := Answer{Question: clean, Citations: []Citation{}, Nearest: []Citation{}, Suggestions: []string{}}
	if cut {
		ans.Note = "Your question was cut to its first " + itoa(MaxQuestionRunes) + " characters."
		if last, ok := lastQuestion(text, MaxQuestionRunes); ok {
			// A long letter asks at its end: "Dear Editor, … Which conflict was
			// said to be aggravating the tensions? Yours faithfully, …".
			clean, _ = Clean(last, MaxQuestionRunes)
			ans.Question = clean
			ans.Note = "Your question was cut to " + itoa(MaxQuestionRunes) + " characters: its last question."
		}
	}
	clean = retyped(questionMarks.Replace(withFlagNames(clean)))
	if len(words(clean)) == 0 {
		return ans, ErrEmptyQuestion
	}
	asked, language := ix.withoutPreamble(clean), ""
	if asked != clean {
		language = ix.corpus.Thesaurus.LanguageOf(words(clean)) // "salam bacheha, …" is Persian too
	}
	q := ix.readIn(asked, language)
	if len(q.weights) == 0 && asked != clean && !q.headline && q.line == (facts.Ref{}) {
		// "The article mentions nine Pakistanis who died in Iran. What was
		// their occupation?": what the question asks of was said before it.
		if whole := ix.read(clean); len(whole.weights) > 0 {
			asked, q = clean, whole
		}
	}
	ans.Intent = q.intent
	if len(q.strangers) == 0 && !q.beyond { // not "what happened after Washington's strike?"
		if next, ok, err := ix.nextEvent(ctx, ans, q); err != nil || ok {
			return next, err // "what happened after Pakistan hit back?"
		}
	}
	for _, u := range q.unknown {
		for _, s := range ix.suggestName(u) {
			if !slices.Contains(ans.Suggestions, s) {
				ans.Suggestions = append(ans.Suggestions, s)
			}
		}
	}
	if len(q.weights) == 0 && q.first {
		return ix.firstEvent(ans), nil // "what happened first?"
	}
	if q.intent == What && q.headline && asksHeadline(words(asked)) {
		q.entities = nil // what it says of the story describes the story
		return ix.overview(ans, q), nil
	}
	if len(q.weights) == 0 {
		return ix.overview(ans, q), nil
	}
	if len(q.strangers) > 0 || q.beyond {
		// A question about someone the article never names is not answered
		// by what it says of others, nor one about a deed, a choice or names
		// it has no words for.
		ans.Text = "The article doesn't say."
		if len(q.strangers) > 0 {
			ans.Text = "The article doesn't mention " + q.strangers[0] + "."
		}
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
	// Among near equals, the best candidate that can give the kind of answer
	// asked for goes first.
	if len(ranked) > 1 && !ranked[0].fits {
		for i := 1; i < len(ranked) && ranked[i].score >= ranked[0].score-nearEqual; i++ {
			if ranked[i].fits && ranked[i].cov >= minCoverage {
				toFront(ranked, i)
				break
			}
		}
	}
	// "Is Jilani Pakistan's interior minister?": the card of the one asked
	// about says what the article makes him.
	if len(q.otherOffice) > 0 {
		if i := slices.IndexFunc(ranked, func(c scored) bool { return c.f.kind == entityFact && c.f.entity.ID == q.identity }); i > 0 {
			toFront(ranked, i)
		}
	}
	// "Did Jilani visit Iran?": the visit, told as another's, answers before
	// what only names him.
	if ix.asksDeedOfPerson(q) && !slices.ContainsFunc(ix.facts, func(f *fact) bool { return ix.doneBySubject(q, f) }) {
		if i := slices.IndexFunc(ranked, func(c scored) bool { return c.fits && c.cov >= minCoverage && ix.doneByAnother(q, c.f) }); i > 0 {
			toFront(ranked, i)
		}
	}
	// "Who struck first?", "which country moved second?": of the events that
	// answer, the earliest or the latest, by the fact sheet's order, that one
	// party did alone.
	if q.first || q.later {
		pick := -1
		for i, c := range ranked {
			if c.f.kind == eventFact && c.fits && c.cov >= minCoverage && len(c.f.event.Who) > 0 &&
				(q.first || ix.coverage(q, c.f.core) >= minCoverage) && // what it states, not its context
				ix.soleActor(c.f.event.Who[0], c.f.event) && (pick < 0 || q.first == (c.f.pos < ranked[pick].f.pos)) {
				pick = i
			}
		}
		if pick > 0 {
			toFront(ranked, pick)
		}
	}
	// "What happened to the ambassadors in the end?": of the near equals
	// that answer, the one the article tells last.
	if q.afterwards && len(ranked) > 1 && ix.supports(q, ranked[0]) {
		pick, last := 0, ix.toldAt(ranked[0].f)
		for i := 1; i < len(ranked) && ranked[i].score >= ranked[0].score-afterwardsReach; i++ {
			if at := ix.toldAt(ranked[i].f); at > last && ix.supports(q, ranked[i]) {
				pick, last = i, at
			}
		}
		if pick > 0 {
			toFront(ranked, pick)
		}
	}
	// "Besides Gaza, what else pushed tensions up?": of the near equals
	// that answer, the one that tells the most beyond what the question
	// says and sets aside.
	if len(q.asideTerms) > 0 && (q.intent == What || q.intent == Why) && len(ranked) > 1 && ix.supports(q, ranked[0]) {
		pick, most := 0, ix.untold(q, ranked[0].f)
		for i := 1; i < len(ranked) && ranked[i].score >= ranked[0].score-asideReach; i++ {
			if n := ix.untold(q, ranked[i].f); n > most && ix.supports(q, ranked[i]) {
				pick, most = i, n
			}
		}
		if pick > 0 {
			toFront(ranked, pick)
		}
	}
	// "Did Pakistan's strike target Jaish al-Adl?": what the actor's own
	// deed did, where the question gives it another's target, answers.
	supported := len(ranked) > 0 && ix.supports(q, ranked[0])
	if q.intent == YesNo && q.actor != "" && len(ranked) > 0 && (!supported || !ix.actsAs(ranked[0].f, q.actor)) {
		if i := slices.IndexFunc(ranked, func(c scored) bool { return ix.ownDeedCorrects(q, c) }); i >= 0 {
			toFront(ranked, i)
			supported = true
		} else if i := ix.figureCorrects(q, ranked); i >= 0 {
			toFront(ranked, i)
			supported = true
		}
	}
	// When the passage that best matches cannot give the kind of answer asked
	// for (no name for "who", no number for "how many"), the article is silent.
	if !supported {
		ans.Text = "The article doesn't say."
		if name := q.unmentioned(); name != "" {
			ans.Text = "The article doesn't mention " + name + "." // "will Raisi come in March?"
		}
		for i := 0; i < len(ranked) && len(ans.Nearest) < 3; i++ {
			ans.Nearest = appendCitation(ans.Nearest, ix.citation(ranked[i].f.refs[0]))
		}
		return ans, nil
	}
	ans = ix.compose(ans, q, ranked)
	if r := ix.retaliation(q, ranked[0].f); r != nil && ans.Answered { // silent, it cites nothing
		// "Who struck first?": the earliest deed, and the one done in
		// retaliation for it, whose telling is what puts the two in order.
		// Asked when or where too, or of a day ("who struck first, and
		// when?"), the earliest deed's telling, which gives them, stays first.
		ans.Text += " " + r.event.Says
		at := 0
		if hasWord(q.words, placeOrTimeWords) || hasWord(q.words, monthNames) { // "…first on Jan 17?"
			at = len(ans.Citations)
		}
		ans.Citations = slices.DeleteFunc(ans.Citations, func(c Citation) bool { return c.Ref() == r.refs[0] })
		ans.Citations = slices.Insert(ans.Citations, min(at, len(ans.Citations)), ix.citation(r.refs[0]))
	}
	return ans, nil
}

// retaliation finds, for a question of who acted first answered by the
// earliest deed, the deed another party did later in retaliation for it.
func (ix *Index) retaliation(q question, first *fact) *fact {
	if !q.first || q.intent != Who && q.intent != YesNo && q.intent != What || first.kind != eventFact || len(first.event.Who) == 0 {
		return nil
	}
	for _, f := range ix.facts {
		if f.kind == eventFact && f.pos > first.pos && len(f.event.Who) > 0 && f.event.Who[0] != first.event.Who[0] && hasWord(words(f.event.Why), retaliationWords) {
			return f
		}
	}
	return nil
}

// placeOrTimeWords ask where or when besides.
var placeOrTimeWords = map[string]bool{"when": true, "where": true, "date": true, "day": true}

// retaliationWords give a deed's reason as another's deed before it.
var retaliationWords = map[string]bool{"retaliation": true, "response": true, "reprisal": true, "revenge": true}

// ownDeedCorrects reports whether a candidate is the deed a yes-no
// question's actor did, told of all the question asks but the names it
// gives it, which the article gives another's deed: asked "did Pakistan's
// strike target Jaish al-Adl?", Pakistan's strike targeted Baloch groups.
func (ix *Index) ownDeedCorrects(q question, c scored) bool {
	if q.actor == "" || c.f.kind != eventFact || !c.fits || len(c.f.event.Who) == 0 || c.f.event.Who[0] != q.actor || q.verb == "" || !c.f.covers(q.verb) ||
		offersChoice(q.words) { // "…carried out by Iran or by Pakistan?" asks which
		return false
	}
	wrong := false
	for _, t := range q.order {
		if c.f.covers(t) {
			continue
		}
		id, ok := strings.CutPrefix(t, entityPrefix)
		if e := ix.entity(id); !ok || e == nil || e.Kind == "person" || e.Kind == "country" || !slices.ContainsFunc(ix.facts, func(g *fact) bool {
			return g.kind == eventFact && len(g.event.Who) > 0 && g.event.Who[0] != q.actor && ix.prepare(g).covers(t)
		}) {
			return false // a word it does not tell of, a party, or a place or group no other deed has
		}
		wrong = true
	}
	return wrong
}

// figureCorrects finds the figure that answers a yes-no question giving
// the dead of a party's deed a number: the figure that counts the dead it
// names with that number, whoever's deed it was ("did Pakistan's strike
// kill the two children?"), else the figure of the party's own deed, when
// its number is another ("did Iran's strike kill nine people?"). It
// returns -1 when none does.
func (ix *Index) figureCorrects(q question, ranked []scored) int {
	killed := ix.canon("killed")
	strike := ix.canon("strike")
	if q.actor == "" || !q.asks(killed) || q.verb != strike && q.verb != killed || offersChoice(q.words) {
		// "Did Iran admit two children died in its strike?" asks of its
		// words, not of the dead.
		return -1
	}
	guess, guesses := 0, 0
	for t := range q.weights {
		if n, err := strconv.Atoi(t); err == nil {
			guess, guesses = n, guesses+1
		}
	}
	if guesses != 1 || q.total || len(q.pair) > 0 {
		return -1 // "were the 11 casualties in all from both strikes?" asks of the sum
	}
	named, own := -1, -1
	for i, c := range ranked {
		e := ix.eventOf(c.f)
		if c.f.kind != figureFact || e == nil || len(e.Who) == 0 {
			continue
		}
		names := false
		for t := range c.f.counts {
			names = names || t != killed && q.asks(t)
		}
		switch {
		case names && c.f.figure.Number == guess && named < 0:
			named = i
		case e.Who[0] == q.actor && c.f.figure.Number != guess && own < 0:
			own = i
		}
	}
	if named >= 0 {
		return named
	}
	return own
}

// afterwardsReach is how far below the best a candidate may score and still
// answer a question of how things stood in the end: "what happened to the
// ambassadors later on?" asks of the recall in its words, and is answered by
// their reinstatement, which the article tells after it.
const afterwardsReach = 0.25

// asideReach is how far below the best a candidate may score and still
// answer a question that sets something aside, for telling more besides it.
const asideReach = 0.05

// untold counts the terms a candidate's first sentence has that neither the
// question nor what it sets aside has.
func (ix *Index) untold(q question, f *fact) int {
	s, ok := ix.at(f.refs[0])
	if !ok {
		return 0
	}
	n := 0
	for t := range ix.ready(s).terms {
		if _, asked := q.weights[t]; !asked && !q.asideTerms[t] && !strings.HasPrefix(t, entityPrefix) {
			n++
		}
	}
	return n
}

// toldAt is where in the corpus a candidate's first sentence stands.
func (ix *Index) toldAt(f *fact) int {
	if s, ok := ix.at(f.refs[0]); ok {
		return s.pos
	}
	return -1
}

// toFront moves the candidate at i to the front, the others keeping their
// order.
func toFront(ranked []scored, i int) {
	best := ranked[i]
	copy(ranked[1:i+1], ranked[:i])
	ranked[0] = best
}

// supports reports whether a candidate answers the question: it covers
// enough of it, including something beyond its names, and can give the kind
// of answer asked for. The card of the person a "is X the president?"
// question names answers it, whatever the role asked about.
func (ix *Index) supports(q question, c scored) bool {
	if c.f.kind == entityFact && c.f.entity.ID == q.identity {
		return true
	}
	return c.cov >= minCoverage && c.fits && ix.coversContent(q, c.f) && !ix.namesOnlyFocus(q, c.f)
}

// namesOnlyFocus reports whether a candidate's sentences give what a
// "what" question asks for only in the question's own words, with no name
// beside them: asked "what internal political pressures…", "tensions due to
// internal political pressures and…" says no more than the question.
func (ix *Index) namesOnlyFocus(q question, f *fact) bool {
	if len(q.focus) == 0 {
		return false
	}
	for _, r := range f.refs {
		s, ok := ix.at(r)
		if !ok {
			continue
		}
		rd := ix.ready(s).reading
		for start := 0; start+len(q.focus) <= len(rd.words); start++ {
			match := true
			for k, t := range q.focus {
				if ix.canon(rd.words[start+k]) != t {
					match = false
					break
				}
			}
			if !match {
				continue
			}
			end := start + len(q.focus)
			if end < len(rd.words) && rd.words[end] != "and" && rd.words[end] != "or" {
				continue // "the recent killing of nine Pakistani labourers" says which
			}
			for _, p := range rd.entityAt {
				if p >= start-1 && p <= end {
					return false // "the anti-Iran armed group Jaish al-Adl"
				}
			}
			return true
		}
	}
	return false
}

// storyEvent answers "when did this happen?" and "where did it happen?",
// which name nothing, with the first event of the fact sheet that gives the
// time or place asked for.
func (ix *Index) storyEvent(ans Answer, q question) Answer {
	for _, f := range ix.facts {
		if f.kind != eventFact {
			continue
		}
		value := f.event.When
		if q.intent == Where {
			value = f.event.Where
		}
		if value == facts.NotStated {
			continue
		}
		ans.Answered = true
		ans.Text = leading(value, f.event.Says)
		ans.Citations = append(ans.Citations, ix.citation(ix.byCoverage(q, f)[0]))
		return ans
	}
	ans.Text = "The article doesn't say."
	return ans
}

// nextEvent answers a question that asks what came after an event ("what
// happened after Pakistan hit back?", "what did Pakistan do after Iran's
// strike?", "were diplomatic links restored after the strikes?") with the
// fact sheet's next event that states what the main clause asks, of the
// party it names if it names one. After an event of both countries ("the
// strikes") comes the next one they took part in together. It answers only
// when it finds the event followed on, and one that follows it.
func (ix *Index) nextEvent(ctx context.Context, ans Answer, q question) (Answer, bool, error) {
	if q.prior == "" {
		return ans, false, nil
	}
	main, ref := q.sequel, q.prior
	mq := ix.read(main)
	var need []string // what the main clause asks of the event: "were diplomatic links restored after…"
	for _, t := range mq.order {
		if !strings.HasPrefix(t, entityPrefix) && ix.df[t] > 0 {
			need = append(need, t)
		}
	}
	if len(need) == 0 && !hasWord(words(main), deedWords) || len(mq.entities) > 1 || mq.beyond || len(mq.strangers) > 0 ||
		mq.speaker != "" || mq.asksSaid || // "what did Jilani say after the talks?" asks for words, not deeds
		mq.intent != What && mq.intent != Who && mq.intent != YesNo {
		return ans, false, nil
	}
	rq := ix.read(ref)
	ranked, err := ix.rank(ctx, rq)
	if err != nil || len(ranked) == 0 {
		return ans, false, err
	}
	var from *facts.Event
	for _, c := range ranked {
		if c.cov < minCoverage {
			break
		}
		if c.f.kind == eventFact {
			from = c.f.event
		} else if c.f.kind == figureFact {
			from = ix.events[c.f.figure.Event]
		}
		if from != nil {
			break
		}
	}
	if from == nil {
		return ans, false, nil
	}
	if ix.saysAfter(rq, from) {
		return ans, false, nil // "recalled its ambassador after reporting two children killed" is itself the answer
	}
	both := len(from.Who) > 1 && !ix.soleActor(from.Who[0], from)
	passed := false
	for _, f := range ix.facts {
		if f.kind != eventFact {
			if passed {
				break // the events of the article told of are over
			}
			continue
		}
		e := f.event
		if e == from {
			passed = true
			continue
		}
		if !passed || len(mq.entities) == 1 && !slices.Contains(e.Who, mq.entities[0]) ||
			both && !slices.Equal(e.Who, from.Who) || !ix.prepare(f).holdsAll(need) {
			continue
		}
		ans.Answered = true
		ans.Text = leading(e.When, e.Says)
		if mq.intent == YesNo {
			ans.Text = "The article says: " + ans.Text
		}
		for _, c := range e.Cites {
			ans.Citations = appendCitation(ans.Citations, ix.citation(c.Ref))
		}
		return ans, true, nil
	}
	return ans, false, nil
}

// deedWords ask what happened or was done: "what happened after…", "what
// did Pakistan do after…", not "which group was Iran going after".
var deedWords = map[string]bool{"happen": true, "happened": true, "happens": true, "occur": true, "occurred": true,
	"do": true, "did": true, "does": true, "done": true, "follow": true, "followed": true, "next": true}

// holdsAll reports whether a fact's own statement covers every one of some
// terms.
func (f *fact) holdsAll(terms []string) bool {
	for _, t := range terms {
		if !f.core[t] {
			return false
		}
	}
	return true
}

// saysAfter reports whether an event is told as following what a question
// names: "Pakistan recalled its ambassador after reporting two children
// killed" follows "reporting two children killed".
func (ix *Index) saysAfter(q question, e *facts.Event) bool {
	lower := strings.ToLower(e.Says)
	i := wordIndex(lower, "after")
	if i < 0 {
		return false
	}
	return ix.coverage(q, ix.termsOf(lower[i:])) >= minCoverage
}

// firstEvent answers "what happened first?" with the first event of the
// fact sheet, which lists them in the order they happened, that one party
// did alone.
func (ix *Index) firstEvent(ans Answer) Answer {
	for _, f := range ix.facts {
		if f.kind == eventFact && len(f.event.Who) > 0 && ix.soleActor(f.event.Who[0], f.event) {
			ans.Answered = true
			ans.Text = leading(f.event.When, f.event.Says)
			ans.Citations = append(ans.Citations, ix.citation(f.event.Dated().Ref))
			return ans
		}
	}
	ans.Text = "The article doesn't say."
	return ans
}

// asksHeadline reports whether a question asks for the headline itself:
// "what is the headline of the article on the minister's trip?", whatever
// it says of the article after.
func asksHeadline(ws []string) bool {
	for i, w := range ws[:min(len(ws), 5)] {
		if headlineWords[w] && i > 0 && slices.Contains(ws[:i], "what") {
			return i+1 == len(ws) || ws[i+1] == "of" || ws[i+1] == "on" || ws[i+1] == "for"
		}
	}
	return false
}

// overview answers a question with no content words ("what happened?")
// with the story's lead, or asked for the headline, its title.
func (ix *Index) overview(ans Answer, q question) Answer {
	if s, ok := ix.at(q.line); ok && (q.intent == What || q.intent == YesNo) {
		ans.Answered = true // "quote the opening line of the lead": that line
		ans.Text = s.Text
		ans.Citations = append(ans.Citations, ix.citation(s.Ref))
		return ans
	}
	gist := slices.Contains(q.words, "who") && slices.Contains(q.words, "where") // "who went where in this story?"
	if (q.intent == When || q.intent == Where) && len(q.entities) == 0 && !gist {
		return ix.storyEvent(ans, q) // "when did this happen?"
	}
	if q.intent != What && q.intent != YesNo && !gist || len(q.entities) > 0 || len(q.words) > 5 && !q.headline && !gist {
		ans.Text = "Ask about someone or something in the story, for example: who is Jilani?"
		return ans
	}
	a := ix.corpus.Articles[0]
	section := facts.LeadSection
	if q.headline {
		section = facts.TitleSection // "what's the headline?"
	}
	if lead, ok := a.Section(section); ok && len(lead.Sentences) > 0 {
		ans.Answered = true
		ans.Text = lead.Sentences[0].Text
		ans.Citations = append(ans.Citations, ix.citation(lead.Sentences[0].Ref))
	}
	return ans
}

// compose writes the answer from the best candidate. Only fact-sheet values
// and quoted sentences go into the text.
func (ix *Index) compose(ans Answer, q question, ranked []scored) Answer {
	best := ranked[0].f
	ans.Answered = true
	refs := ix.byCoverage(q, best)
	for _, r := range refs {
		ans.Citations = appendCitation(ans.Citations, ix.citation(r))
	}
	if s, ok := ix.at(refs[0]); ok && q.asksWithheld(ix.ready(s).withheld) {
		// "On which date will Raisi come?" of "the exact date yet to be
		// determined": the article says it does not know.
		return ix.silent(ans, "The article doesn't say. What it says: "+s.Text)
	}
	if s, ok := ix.at(refs[0]); ok && q.asksDone(ix) && ix.notDone(q, ix.ready(s)) {
		// "Did the families get the bodies back yet?" of "the families
		// demand the return of the bodies": not that it happened; "did the
		// FM meet Ishaq Dar?" of his meeting planned with Kakar: not him.
		if name := q.unmentioned(); name != "" {
			return ix.silent(ans, "The article doesn't mention "+name+". What it says: "+s.Text)
		}
		return ix.silent(ans, "The article doesn't say that happened. What it says: "+s.Text)
	}
	if s, ok := ix.at(refs[0]); ok && q.calledOff && ix.stillPlanned(q, ix.ready(s)) {
		// "Was Raisi's visit called off?" of "Raisi plans to visit
		// Pakistan soon": the plan is what the article tells.
		ans.Text = "The article doesn't say it was called off. It says: " + s.Text
		return ans
	}
	switch best.kind {
	case eventFact:
		e := best.event
		switch {
		case q.intent == When && e.When == facts.NotStated:
			return ix.silent(ans, "The article doesn't say when. What it says: "+e.Says)
		case q.intent == When:
			ans.Text = leading(e.When, e.Says)
		case q.intent == Where && e.Where == facts.NotStated:
			return ix.silent(ans, "The article doesn't say where. What it says: "+e.Says)
		case q.intent == Where:
			ans.Text = leading(e.Where, e.Says)
		case q.intent == Why && e.Why != "":
			ans.Text = leading(e.Why, e.Says)
		default:
			ans.Text = e.Says
			if s, ok := ix.at(refs[0]); ok && ix.sourceLeftOut(q, e, ix.ready(s)) {
				ans.Text = s.Text // "who said the talks were in-depth?": "…, according to Pakistan's Ministry of Foreign Affairs"
			}
		}
	case figureFact:
		g := best.figure
		ans.Text = g.Says
		if q.intent == Where {
			ans.Text = leading(g.Where, g.Says)
		}
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
		if e.Kind == "place" && e.ID == q.identity && e.Summary != "" {
			ans.Text = e.Summary // "is Sistan-Baluchestan a province of Pakistan?": "Iran’s Sistan-Baluchestan, where…"
		} else if e.Role != "" {
			ans.Text += ": " + e.Role + "."
		} else {
			ans.Text += ". " + e.Summary
		}
	default:
		ans.Text = best.sentence.Text
	}
	if best.kind == eventFact && len(q.elsewhen) > 0 {
		ans.Text = leading(best.event.When, best.event.Says) // "did it happen last year?": "earlier this month"
	}
	// Words in common are not a "yes": the bot shows what the article says
	// and lets the reader judge.
	switch name := q.unmentioned(); {
	case name != "":
		ans.Text = "The article doesn't mention " + name + ". It says: " + ans.Text // "did Iran strike Sindh?", "why did Iran strike Afghanistan?"
	case q.intent == YesNo:
		ans.Text = "The article says: " + ans.Text
	}
	return ans
}

// leading puts the value asked for (a time, a place, a reason) before the
// statement it comes from, unless the statement already says it or the
// sheet marks it not stated.
func leading(value, says string) string {
	if value == "" || value == facts.NotStated || holds(says, value) {
		return says
	}
	return capitalize(value) + ". " + says
}

// silent turns an answer into an abstention that still shows its passages.
func (ix *Index) silent(ans Answer, text string) Answer {
	ans.Answered = false
	ans.Text = text
	ans.Nearest, ans.Citations = ans.Citations, []Citation{}
	return ans
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

// sourceWords ask who gave an account: "who said…", "who is the source…",
// "which ministry described…".
var sourceWords = map[string]bool{"said": true, "says": true, "say": true, "described": true, "describes": true,
	"describe": true, "called": true, "calls": true, "characterised": true, "characterized": true, "source": true,
	"according": true, "reported": true, "reports": true, "told": true, "claimed": true, "attributed": true}

// sourceLeftOut reports whether a question asks who gave an account, or
// whether someone did, and the cited sentence names someone the event's
// statement leaves out: the statement tells what happened, the sentence who
// said so.
func (ix *Index) sourceLeftOut(q question, e *facts.Event, s *sentence) bool {
	if !(q.intent == Who || q.intent == YesNo || q.wantsKind != "") || !hasWord(words(q.text), sourceWords) {
		return false
	}
	told, _, _ := ix.aliases.find(words(e.Says), false)
	for _, id := range s.entities {
		if !slices.Contains(told, id) && !slices.Contains(q.entities, id) && !slices.Contains(e.Who, id) {
			return true
		}
	}
	return false
}

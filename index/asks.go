package index

import (
	"slices"
	"strings"

	"visitbot/facts"
)

// What a question asks for, beyond its words: a kind of entity, a place
// within another, the earliest event, the story's title, the article's own
// words, a choice between names; and what no passage can answer: a deed or
// a choice the article has no word for, the names of a body it names only
// as a whole.

// namesOfMany reports whether a question asks for the names of the members
// of a body the article names only as a whole: "name the Baloch separatist
// groups", "what are the names of the Western nations".
func (ix *Index) namesOfMany(raw []string, ents []string) bool {
	if !hasWord(raw, nameWords) && !hasWord(raw, listWords) {
		return false
	}
	for _, id := range ents {
		if e := ix.entity(id); e != nil && collective(e.Name) {
			return true
		}
	}
	return false
}

// collective reports whether a name stands for many: "Baloch separatist
// groups", "Western nations".
func collective(name string) bool {
	ws := words(name)
	if len(ws) < 2 {
		return false
	}
	last := ws[len(ws)-1]
	return strings.HasSuffix(last, "s") && kindNouns[last] != ""
}

var listWords = map[string]bool{"list": true, "identify": true}

func hasWord(ws []string, set map[string]bool) bool {
	for _, w := range ws {
		if set[w] {
			return true
		}
	}
	return false
}

// describeWords ask for a description: "what kind of group".
var describeWords = map[string]bool{"kind": true, "kinds": true, "type": true, "types": true, "sort": true, "sorts": true}

// kindAsked returns the kind of entity a "which …" or "what kind of …"
// question asks for, if it names one.
func kindAsked(ws []string) string {
	for i, w := range ws {
		if w != "which" && w != "what" {
			continue
		}
		for j, x := range ws[i+1 : min(len(ws), i+5)] {
			if describeWords[x] {
				return "" // "what kind of group is Jaish al-Adl" asks what it is like, not for another group
			}
			if k, ok := kindNouns[x]; ok {
				if p := i + 1 + j; p+2 < len(ws) && ws[p+1] == "of" && countFillers[ws[p+2]] {
					return "" // "which group of people…" asks for people, not a body
				} else if p+2 < len(ws) && ws[p+1] == "of" && kindNouns[ws[p+2]] != "" {
					return kindNouns[ws[p+2]] // "which group of nations…" asks for nations
				} else if k == "settlement" && ws[p-1] == "capital" {
					return "" // "which capital city": the article names capitals for their countries ("Tehran")
				}
				return k
			}
			if auxiliaries[x] || prepositions[x] && x != "of" { // "which Western countries", "what kind of group", not "which did…"
				break
			}
		}
	}
	return ""
}

// identityOf returns the person or group a yes-no question asks the role
// of ("is Kakar Pakistan's president?", "was Jilani the foreign
// minister?"): one named right after "is" or "was", followed by nothing but
// titles, names and the words of roles.
func (ix *Index) identityOf(ws []string, at map[string]int) string {
	subject, claim := 1, claimStart(ws)
	if claim > 0 {
		subject = claim // "is it true that Kakar is Pakistan's president?"
	} else if len(ws) < 3 || ws[0] != "is" && ws[0] != "was" {
		return ""
	}
	for id, p := range at {
		e := ix.entity(id)
		if p != subject || e == nil || e.Kind != "person" && e.Kind != "group" {
			continue
		}
		rest := ws[p+1:]
		for len(rest) > 0 && slices.Contains(e.proper, rest[0]) {
			rest = rest[1:] // the rest of the name: "Anwaar-ul-Haq Kakar"
		}
		if claim > 0 {
			if len(rest) == 0 || rest[0] != "is" && rest[0] != "was" {
				continue
			}
			rest = rest[1:]
		}
		role := false
		for _, w := range rest {
			name := ix.aliases.single[w] != "" || ix.aliases.single[strings.TrimSuffix(w, "s")] != "" // "pakistans"
			if !titleWords[w] && !ix.roleWords[w] && !name && !ix.filler[ix.canon(w)] && !articles[w] {
				return ""
			}
			role = role || !name && !prepositions[w] && !articles[w] && (titleWords[w] || ix.roleWords[w])
		}
		if role {
			return id // not "is Raisi the one in Pakistan?"
		}
	}
	return ""
}

// withinOf returns the country or place a question asks for a place inside
// of: "which part of Pakistan", "what region of Iran", "where in Iran",
// "which district of Balochistan".
func (ix *Index) withinOf(ws, ents []string, at map[string]int) string {
	for _, id := range ents {
		p := at[id]
		if e := ix.entity(id); e == nil || e.Kind != "country" && e.Kind != "place" || p < 2 {
			continue
		}
		if p > 2 && ws[p-3] == "as" {
			continue // "as part of the two countries' de-escalation" is no place
		}
		if ws[p-1] == "of" && placeTypes[ws[p-2]] || ws[p-1] == "in" && ws[p-2] == "where" {
			return id
		}
	}
	return ""
}

// adverbs stand between a subject and its verb: "did Iran ever strike…".
var adverbs = map[string]bool{"long": true, "ever": true, "already": true, "still": true, "also": true, "even": true,
	"just": true, "never": true, "yet": true, "really": true, "actually": true, "actively": true, "officially": true,
	"publicly": true, "formally": true, "finally": true, "recently": true, "previously": true}

// doWords open a question of a deed: "did Iran apologise"; "is Pakistan's
// current PM…" asks what someone is.
var doWords = map[string]bool{"did": true, "does": true, "do": true, "has": true, "have": true, "had": true,
	"will": true, "would": true, "can": true, "could": true}

// unknownDeed reports whether a yes-no question asks if its actor did
// something the article has no word for: "did Iran apologise…", "did
// Pakistan summon…". The verb right after the actor is English, unknown to
// the article, and no misspelling of a word it uses; or it is a deed that
// leaves a record ("sign", "issue"), whoever did it.
func (ix *Index) unknownDeed(q question, at map[string]int) bool {
	if q.intent != YesNo {
		return false
	}
	claim := claimStart(q.words) // "is it true that Iran apologised…"
	start, ok := at[q.actor]
	if !ok && claim > 0 && entityNamedAt(at, claim) != "" {
		start, ok = claim, true
	}
	p := start
	if len(q.pair) == 2 { // "did Iran and Pakistan sign…"
		start, ok = at[q.pair[0]]
		p = at[q.pair[1]]
	}
	if !ok || start == 0 || !doWords[q.words[start-1]] && start != claim {
		// "did the two ministers sign…", "did they issue…", "has anyone
		// been arrested over the killing of the Pakistani labourers?": of a
		// subject the question does not name, only deeds that leave a
		// record.
		p, ok = ix.plainSubject(q.words, claim)
		next := p + 1
		for next+1 < len(q.words) && (adverbs[q.words[next]] || beWords[q.words[next]] || doWords[q.words[next]]) {
			next++ // "…that anyone has been arrested"
		}
		return ok && next < len(q.words) && recordedDeeds[q.words[next]]
	}
	if p+1 >= len(q.words) {
		return false
	}
	for p+2 < len(q.words) && (adverbs[q.words[p+1]] || beWords[q.words[p+1]]) {
		p++ // "have the two countries long been wary…"
	}
	w := q.words[p+1]
	if recordedDeeds[w] {
		return true // "did the leaders issue a statement?": the article reports no such record
	}
	if start == claim {
		return false // a claim told in other words than the article's: "Iran alone decided…", "they dragged their feet"
	}
	t := ix.canon(w)
	if t == "" || ix.filler[t] || ix.df[t] > 0 || !isEnglish(w) || prepositions[w] || articles[w] {
		return false
	}
	_, misspelt := ix.correct(w)
	return !misspelt
}

// unknownDoer reports whether a question asks who will do or did a deed
// the article has no word for: "who will accompany the president?".
func (ix *Index) unknownDoer(ws []string) bool {
	if len(ws) < 4 || ws[0] != "who" || !doWords[ws[1]] || ws[1] == "has" || ws[1] == "have" || ws[1] == "had" {
		return false // not "who is handling…", "who has…"
	}
	w := ws[2]
	t := ix.canon(w)
	if t == "" || ix.filler[t] || ix.df[t] > 0 || !isEnglish(w) || prepositions[w] || articles[w] || adverbs[w] || ix.aliases.nameWord(w) {
		return false
	}
	_, misspelt := ix.correct(w)
	return !misspelt
}

// plainSubject finds the subject of a yes-no question that names no one:
// a pronoun ("did they…") or a noun the article uses, after articles and
// numbers ("did the two ministers…"). It returns where the subject ends.
// A claim asked about ("is it true that they…") has its subject at claim.
func (ix *Index) plainSubject(ws []string, claim int) (int, bool) {
	first := claim
	if claim == 0 {
		if len(ws) < 3 || !doWords[ws[0]] && !(beWords[ws[0]] && indefinitePronouns[ws[1]]) { // "was anyone arrested…"
			return 0, false
		}
		first = 1
	}
	if first >= len(ws) {
		return 0, false
	}
	if pronouns[ws[first]] {
		return first, true
	}
	p := first
	for p < len(ws) && (articles[ws[p]] || ws[p] == "two" || ws[p] == "both" || possessives[ws[p]]) {
		p++
	}
	if p == first || p >= len(ws) || ix.df[ix.canon(ws[p])] == 0 {
		return 0, false
	}
	return p, true
}

// claimStart returns where the claim of "is it true that…" ("isn't it
// true…", "is it correct that…") starts, or 0.
func claimStart(ws []string) int {
	if len(ws) < 3 || ws[0] != "is" && ws[0] != "was" || ws[1] != "it" || !truthWords[ws[2]] {
		return 0 // "isn't it true" is read as "is it true" before
	}
	i := 3
	if i < len(ws) && ws[i] == "that" {
		i++
	}
	return i
}

// indefinitePronouns stand for people the question does not know: "was
// anyone arrested…".
var indefinitePronouns = map[string]bool{"anyone": true, "anybody": true, "someone": true, "somebody": true}

// personalPronouns stand for people who may have done a deed: "did they sign…".
var personalPronouns = map[string]bool{"they": true, "he": true, "she": true, "we": true}

// pronouns stand for a subject the question does not name: a person's
// pronoun, an indefinite one, or "it".
var pronouns = func() map[string]bool {
	m := map[string]bool{"it": true}
	for _, set := range []map[string]bool{personalPronouns, indefinitePronouns} {
		for w := range set {
			m[w] = true
		}
	}
	return m
}()

// recordedDeeds are deeds that leave a record a report would give: a
// signature, a statement issued, a payment.
var recordedDeeds = map[string]bool{"sign": true, "signed": true, "issue": true, "issued": true, "release": true,
	"released": true, "pay": true, "paid": true, "compensate": true, "compensated": true, "deploy": true,
	"deployed": true, "establish": true, "established": true, "expel": true, "expelled": true, "summon": true,
	"summoned": true, "arrest": true, "arrested": true, "apologise": true, "apologize": true, "apologised": true,
	"apologized": true, "condemn": true, "condemned": true, "ban": true, "banned": true, "sanction": true,
	"sanctioned": true, "ink": true, "inked": true}

// recordedThings are records a report would name had they been made: asked
// whether there was compensation, a treaty or a hotline, an article that
// names none does not say.
var recordedThings = map[string]bool{"compensation": true, "memorandum": true, "mou": true,
	"communique": true, "communiqué": true, "treaty": true, "pact": true, "accord": true, "hotline": true,
	"patrols": true, "patrol": true, "apology": true, "sanctions": true, "presser": true, "readout": true, "arrests": true,
	// Details a report would give had they been part of the story: weapons,
	// sums of money, institutions, durations.
	"drones": true, "drone": true, "missiles": true, "missile": true, "rockets": true, "jets": true, "warplanes": true,
	"artillery": true, "weapons": true, "munitions": true, "money": true, "billion": true, "million": true,
	"dollars": true, "parliament": true, "election": true, "elections": true, "council": true, "pipeline": true,
	"hours": true, "minutes": true, "women": true, "commanders": true, "hardliners": true, "rupee": true,
	"currency": true, "oil": true, "prices": true, "markets": true, "stocks": true, "population": true,
	"timeline": true, "deadline": true}

// namesRecord reports whether a question asks of a record the article never
// names: "did either country pay compensation?", "was a pact signed?".
func (ix *Index) namesRecord(ws []string, ors []orChoice, offered map[string]bool, at map[string]int) bool {
	for i, w := range ws {
		if recordedDeeds[w] && i > 0 && (namedAt(at, i-1) || entityNamedAt(at, i-2) != "" && ix.aliases.nameWord(ws[i-1]) || personalPronouns[ws[i-1]]) && ix.df[ix.canon(w)] == 0 {
			return true // "what agreements did Abdollahian and Jeelani sign?"
		}
		if recordedThings[w] && ix.df[ix.canon(w)] == 0 && !offered[w] && !ix.offeredAgainstKnown(ws, ors, i) {
			return true
		}
	}
	return false
}

// offeredAgainstKnown reports whether the word at i is one option of a
// choice whose other option the article knows, every word of it:
// "compensation or the bodies?", not "patrols or a security mechanism?".
func (ix *Index) offeredAgainstKnown(ws []string, ors []orChoice, i int) bool {
	var other []string
	for _, c := range ors {
		switch i {
		case c.before:
			for _, w := range ws[c.after:] {
				if auxiliaries[w] || len(other) > 0 && endsPhrase(w) {
					break
				}
				if !linksOption(w) && !endsPhrase(w) {
					other = append(other, w) // "or for the bodies to be returned"
				}
			}
		case c.after:
			other = ws[c.before : c.before+1]
		default:
			if i > c.after && i-c.after <= 3 && !ix.aliases.nameWord(ws[c.after]) &&
				!slices.ContainsFunc(ws[c.after:i], func(w string) bool { return auxiliaries[w] || endsPhrase(w) }) {
				other = ws[c.before : c.before+1] // "restoring relations or building a gas pipeline"
			}
		}
	}
	known := false
	for _, w := range other {
		t := ix.canon(w)
		if t == "" || ix.filler[t] {
			continue
		}
		if ix.df[t] == 0 {
			return false
		}
		known = true
	}
	return known
}

// firstWords ask for the earliest event.
var firstWords = map[string]bool{"first": true, "firstly": true, "earliest": true, "initially": true, "started": true, "began": true,
	"initiated": true, "initiate": true, "instigated": true}

// laterWords ask for the later of two events: "who struck second?".
var laterWords = map[string]bool{"second": true, "secondly": true, "last": true}

// asksLater reports whether a question asks for the later of two events:
// "who struck second?", but not "did they strike last year?".
func asksLater(raw []string) bool {
	for i, w := range raw {
		if laterWords[w] && (i+1 == len(raw) || !dateWords[raw[i+1]] && raw[i+1] != "time" && raw[i+1] != "night" && !lineWords[raw[i+1]]) {
			return true
		}
	}
	return false
}

// sectionNamed returns the section a question points to: "per the
// tit-for-tat section", "in the stability section", "in the paragraph
// about reciprocal air strikes", "the section titled Tit-for-tat": the words
// right before "section", or after it and "about", are all words of its
// heading. Those words locate the answer; they are not what it is about.
// "The lead", "the intro" and "the opening paragraph" point to the lead.
func (ix *Index) sectionNamed(text string, raw []string) (name string, locator []string) {
	if h, at := ix.headingIn(text, raw); h != nil {
		return h.name, raw[at : at+len(h.words)] // "how does Tit-for-tat describe Jaish al-Adl?"
	}
	for j, w := range raw {
		if leadWords[w] && j > 0 && (raw[j-1] == "the" || raw[j-1] == "its") && (j+1 == len(raw) || !leadFollowers[raw[j+1]]) {
			return facts.LeadSection, raw[j : j+1] // "per the lead", "the intro"
		}
		if partWords[w] && j > 0 && (raw[j-1] == "opening" || raw[j-1] == "first") {
			return facts.LeadSection, raw[j-1 : j+1] // "in the opening paragraph"
		}
	}
	i := slices.IndexFunc(raw, func(w string) bool { return partWords[w] })
	if i < 0 {
		return "", nil
	}
	var before, after []string
	for j := i - 1; j >= 0 && j >= i-4 && !articles[raw[j]] && !prepositions[raw[j]]; j-- {
		before = append(before, raw[j])
	}
	slices.Reverse(before) // "tit for tat", as written
	if i+1 < len(raw) && partNamers[raw[i+1]] {
		from := i + 2
		if from < len(raw) && raw[from] == "the" {
			from++ // "the paragraph about the tit-for-tat"
		}
		for j := from; j < len(raw) && j <= from+3 && !auxiliaries[raw[j]] && !whWords[raw[j]] && raw[j] != "the"; j++ {
			after = append(after, raw[j])
		}
	}
	for _, named := range [][]string{before, after} {
		if len(named) == 0 {
			continue
		}
		for _, h := range ix.headings {
			if len(h.words) == 0 {
				continue
			}
			all := true
			for _, w := range named {
				all = all && slices.Contains(h.words, w)
			}
			if all || slices.Equal(named[:min(len(named), len(h.words))], h.words) {
				return h.name, named
			}
		}
	}
	return "", nil
}

// headingIn finds a section's heading written as a name inside a question,
// capitals and all: "according to Tit-for-tat", "does Reciprocal Air
// Strikes say…". Written in lower case, "the tit-for-tat strikes" are the
// strikes.
func (ix *Index) headingIn(text string, raw []string) (*heading, int) {
	var caps map[string]string
	for k := range ix.headings {
		h := &ix.headings[k]
		if h.name == facts.TitleSection || h.name == facts.LeadSection || len(h.words) == 0 {
			continue
		}
		for i := 0; i+len(h.words) <= len(raw); i++ {
			if !slices.Equal(raw[i:i+len(h.words)], h.words) {
				continue
			}
			if caps == nil {
				caps = capitalised(text)
			}
			if caps[h.words[0]] != "" {
				return h, i
			}
		}
	}
	return nil, 0
}

// partWords name a part of the story; partNamers stand between one and
// its name: "the paragraph about reciprocal air strikes".
var (
	partWords  = map[string]bool{"section": true, "paragraph": true, "part": true}
	partNamers = map[string]bool{"about": true, "on": true, "titled": true, "called": true, "named": true, "headed": true}
)

// leadWords name a story's opening paragraph: "per the lead", "in the
// intro"; leadFollowers make "the lead" something else: "the lead up to",
// "the lead role".
var (
	leadWords     = map[string]bool{"lead": true, "intro": true, "introduction": true}
	leadFollowers = map[string]bool{"up": true, "to": true, "role": true, "in": true, "on": true}
)

// asksFirst reports whether a question asks for the earliest event: "who
// struck first?", but not "what is his first name?".
func asksFirst(raw []string) bool {
	for i, w := range raw {
		if firstWords[w] && (i+1 == len(raw) || raw[i+1] != "name" && raw[i+1] != "names" && raw[i+1] != "place" && !lineWords[raw[i+1]]) {
			return true
		}
	}
	return false
}

// lineWords name one sentence of the article: "the opening line", "the
// third sentence of the lead".
var lineWords = map[string]bool{"line": true, "sentence": true}

// ordinals number a sentence; -1 is the last.
var ordinals = map[string]int{"first": 1, "opening": 1, "initial": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3,
	"3rd": 3, "fourth": 4, "4th": 4, "fifth": 5, "5th": 5, "last": -1, "final": -1, "closing": -1, "concluding": -1}

// lineAsked returns the sentence a question points to by its place ("per
// the opening line of the lead", "in its final sentence") and the words
// that point: of the section named, else of the story, whose first line
// is the lead's. It returns no sentence if the section has none there.
func (ix *Index) lineAsked(raw []string, section string) (facts.Ref, []string) {
	for i := 0; i+1 < len(raw); i++ {
		n, ok := ordinals[raw[i]]
		if !ok || !lineWords[raw[i+1]] || len(ix.sentences) == 0 {
			continue
		}
		article := ix.sentences[0].Ref.Article
		if section == "" {
			section = facts.LeadSection
			if n < 0 {
				section = ix.sentences[len(ix.sentences)-1].Ref.Section
			}
		}
		start, ok := ix.sections[sectionKey{article, section}]
		if !ok {
			return facts.Ref{}, raw[i : i+2]
		}
		count := 0
		for j := start; j < len(ix.sentences) && ix.sentences[j].Ref.Section == section && ix.sentences[j].Ref.Article == article; j++ {
			count++
		}
		if n < 0 {
			n = count
		}
		if n > count {
			return facts.Ref{}, raw[i : i+2]
		}
		return facts.Ref{Article: article, Section: section, N: n}, raw[i : i+2]
	}
	return facts.Ref{}, nil
}

// headlineWords refer to the story's title.
var headlineWords = map[string]bool{"headline": true, "headlines": true, "title": true, "heading": true}

// asksGist reports whether a question asks what the story is about: "what's
// this article about?", "which minister's visit is the story about?". The
// title says it.
func asksGist(raw []string) bool {
	for i := 0; i+1 < len(raw); i++ {
		next := raw[i+1]
		if i+2 < len(raw) && (adverbs[next] || strings.HasSuffix(next, "ly")) {
			next = raw[i+2] // "what is the article mainly about?"
		}
		if storyWords[raw[i]] && next == "about" {
			return true
		}
	}
	return false
}

var storyWords = map[string]bool{"article": true, "story": true, "piece": true, "news": true, "report": true, "passage": true, "text": true}

// quoteNouns and describeVerbs ask for the words someone used.
var (
	quoteNouns    = map[string]bool{"word": true, "words": true, "phrase": true, "term": true, "expression": true, "label": true, "quote": true}
	describeVerbs = map[string]bool{"use": true, "used": true, "uses": true, "describe": true, "described": true,
		"describes": true, "call": true, "called": true, "calls": true, "characterise": true, "characterised": true,
		"characterize": true, "characterized": true, "frame": true, "framed": true, "term": true, "termed": true}
)

// unknownOptions reports whether a question offers a choice ("were they
// killed by missiles or by drones?") of which the article uses neither
// word: it cannot tell which.
func (ix *Index) unknownOptions(ws []string, ors []orChoice) bool {
	unknown := func(w string) bool {
		t := ix.canon(w)
		_, misspelt := ix.correct(w)
		return t != "" && !ix.filler[t] && ix.df[t] == 0 && isEnglish(w) && !misspelt
	}
	return slices.ContainsFunc(ors, func(c orChoice) bool { return unknown(ws[c.before]) && unknown(ws[c.after]) })
}

// linksOption reports whether a word may stand before an option: "or by
// drones", "or a ground raid", "or in its Khyber Pakhtunkhwa province".
func linksOption(w string) bool { return phraseLinks[w] || articles[w] || possessives[w] }

// orChoice is one "A or B" a question offers: the word before "or", and
// the first of the option after it, past the words that link it ("or by
// drones", "or a ground raid", "or in its Khyber Pakhtunkhwa province").
type orChoice struct{ before, after int }

// orChoicesOf reads every "A or B" of a question once.
func orChoicesOf(ws []string) []orChoice {
	var ors []orChoice
	for i, w := range ws {
		if w != "or" || i == 0 || i+1 >= len(ws) {
			continue
		}
		next := i + 1
		for next+1 < len(ws) && linksOption(ws[next]) {
			next++
		}
		ors = append(ors, orChoice{i - 1, next})
	}
	return ors
}

// optionsOf returns the entities a question offers to choose from: "who
// struck first, Iran or Pakistan?", "Iran's or Pakistan's?", or guesses:
// "Jaish al Adal or something". Named, they may still be the answer.
func optionsOf(ws []string, ors []orChoice, at map[string]int) map[string]bool {
	var opts map[string]bool
	for _, c := range ors {
		before, after := entityNamedAt(at, c.before), entityNamedAt(at, c.after)
		if ws[c.before+2] == "something" || ws[c.before+2] == "whatever" {
			before, after = "", "" // "jaish al adal or something": the name just before is a guess
			for id, p := range at {
				if p <= c.before && p >= c.before-7 && (before == "" || p > at[before]) {
					before, after = id, id
				}
			}
		}
		if before != "" && after != "" {
			if opts == nil {
				opts = map[string]bool{}
			}
			opts[before], opts[after] = true, true
		}
	}
	return opts
}

// asideOf splits "besides Gaza, what else…" into its main clause and what
// it sets aside ("besides Gaza", "apart from his counterpart"). The clause
// runs to the next punctuation, or to the next question word: "besides Gaza
// what else…".
func asideOf(text string) (main, aside string, ok bool) {
	lower := strings.ToLower(text)
	if len(lower) != len(text) {
		return "", "", false
	}
	for _, m := range asideMarkers {
		i := wordIndex(lower, m)
		if i < 0 || m == "beyond" && strings.TrimSpace(lower[:i]) != "" {
			continue // "beyond" sets aside only at the start: not "did they strike beyond the border?"
		}
		start := i + len(m)
		end := clauseEnd(text, start)
		for w := range clauseOpeners {
			if k := wordIndex(lower[start:end], w); k > 0 {
				end = start + k // "besides Gaza what else…"
			}
		}
		return text[:i] + text[end:], text[start:end], true
	}
	return "", "", false
}

var asideMarkers = []string{"besides", "aside from", "apart from", "other than", "in addition to", "except for", "beyond"}

// clauseOpeners start the main clause after a set-aside one.
var clauseOpeners = map[string]bool{"what": true, "who": true, "whom": true, "which": true, "where": true, "when": true,
	"why": true, "how": true, "did": true, "does": true, "do": true, "is": true, "was": true, "will": true}

// clauseEnd is where a clause that starts at start ends: at the next
// punctuation, or with the text.
func clauseEnd(text string, start int) int {
	if j := strings.IndexAny(text[start:], ",;:?!."); j >= 0 {
		return start + j
	}
	return len(text)
}

// chaseVerbs make "after" a particle: "going after", "went after".
var chaseVerbs = map[string]bool{"go": true, "goes": true, "going": true, "went": true, "gone": true, "come": true,
	"comes": true, "coming": true, "came": true, "chase": true, "chased": true, "chasing": true}

// followsOn splits "what happened after Pakistan hit back?" into its main
// clause ("what happened") and the event it follows on ("Pakistan hit
// back"), which runs from "after" to the next punctuation.
func followsOn(text string) (main, ref string, ok bool) {
	lower := strings.ToLower(text)
	if len(lower) != len(text) {
		return "", "", false
	}
	i := -1
	for off := 0; ; {
		j := wordIndex(lower[off:], "after")
		if j < 0 {
			return "", "", false
		}
		before := words(lower[:off+j])
		if len(before) == 0 || !chaseVerbs[before[len(before)-1]] {
			i = off + j
			break
		}
		off += j + len("after") // "going after" is targeting, not what came later
	}
	start := i + len("after")
	end := clauseEnd(text, start)
	ref = strings.TrimSpace(text[start:end])
	if ref == "" {
		return "", "", false
	}
	return text[:i] + text[end:], ref, true
}

// wordIndex is the byte index of the first whole-word occurrence of w in
// lower-case s, or -1.
func wordIndex(s, w string) int {
	for off := 0; ; {
		i := strings.Index(s[off:], w)
		if i < 0 {
			return -1
		}
		i += off
		before := i == 0 || !isWordByte(s[i-1])
		after := i+len(w) == len(s) || !isWordByte(s[i+len(w)])
		if before && after {
			return i
		}
		off = i + len(w)
	}
}

func isWordByte(b byte) bool { return b >= 'a' && b <= 'z' || b >= '0' && b <= '9' || b >= 0x80 }

// notOffered drops from the names a question uses that the article never
// does those it offers as a choice against one the article names: "in
// Balochistan or in Khyber Pakhtunkhwa?" is answered by where it was.
func (ix *Index) notOffered(strangers, ws []string, ors []orChoice, names map[string]string, at map[string]int) []string {
	if len(strangers) == 0 {
		return strangers
	}
	offered := map[string]bool{}
	for _, c := range ors {
		if namedAt(at, c.before) || ix.aliases.single[ws[c.before]] != "" {
			offered[names[ws[c.after]]] = true
		}
		if namedAt(at, c.after) || ix.aliases.single[ws[c.after]] != "" {
			offered[names[ws[c.before]]] = true
		}
	}
	kept := strangers[:0]
	for _, s := range strangers {
		if !offered[s] {
			kept = append(kept, s)
		}
	}
	return kept
}

// offeredForDescribed drops from the names a yes-no question uses that the
// article never does one it offers as the name of a person the article
// describes: "is Pakistan's prime minister Shehbaz Sharif?", "was the
// Pakistani counterpart in the talks Ishaq Dar?". The question asks who
// that person is, which the article says. The name stands right after the
// description, or ends a question that opens "is" or "was".
func (ix *Index) offeredForDescribed(q *question, at map[string]int) {
	if q.intent != YesNo || len(q.strangers) == 0 || len(q.described) == 0 {
		return
	}
	identity := q.words[0] == "is" || q.words[0] == "was"
	q.strangers = slices.DeleteFunc(q.strangers, func(s string) bool {
		sw := words(s)
		for len(sw) > 1 && (officeWords[sw[0]] || titleWords[sw[0]]) {
			sw = sw[1:] // "Prime Minister Shehbaz Sharif": the name is Shehbaz Sharif
		}
		if len(sw) == 0 {
			return false
		}
		k := slices.Index(q.words, sw[0])
		if k < 0 {
			return false
		}
		for id := range q.described {
			p, ok := at[id]
			if e := ix.entity(id); e == nil || e.Kind != "person" || !ok || p >= k {
				continue
			}
			apposition := !slices.ContainsFunc(q.words[p+1:k], func(w string) bool { return !officeWords[w] && !titleWords[w] })
			if apposition || identity && k+len(sw) == len(q.words) {
				for _, w := range sw {
					delete(q.weights, ix.canon(w))
				}
				q.unknown = slices.DeleteFunc(q.unknown, func(u string) bool { return slices.Contains(sw, u) })
				return true
			}
		}
		return false
	})
}

// unknownOffices returns the offices a question names that the article
// never does: "Pakistan's army chief", "the interior minister". Their
// holders are people the article never mentions.
func (ix *Index) unknownOffices(ws []string) []string {
	var out []string
	for i := 1; i < len(ws); i++ {
		if !officeWords[ws[i]] {
			continue
		}
		w := ws[i-1]
		t := ix.canon(w)
		if numberValues[w] != "" || determiners[w] || w == "either" || w == "another" || w == "other" {
			continue // "by one minister or by both?": no office
		}
		if _, misspelt := ix.correct(w); t == "" || ix.filler[t] || ix.df[t] > 0 || !isEnglish(w) || misspelt || ix.endsName(ws[:i]) {
			continue // not "the Islamic Republic's president"
		}
		out = append(out, "the "+w+" "+ws[i])
	}
	return out
}

var officeWords = map[string]bool{"chief": true, "minister": true, "president": true, "commander": true,
	"general": true, "spokesman": true, "spokesperson": true, "secretary": true}

// endsName reports whether some words end with two that make a name:
// "… Islamic Republic".
func (ix *Index) endsName(ws []string) bool {
	if len(ws) < 2 {
		return false
	}
	ents, rest, _ := ix.aliases.find(ws[len(ws)-2:], true)
	return len(ents) == 1 && len(rest) == 0
}

// whWords ask a question.
var whWords = map[string]bool{"what": true, "who": true, "whom": true, "whose": true, "which": true, "where": true, "when": true, "why": true, "how": true}

package index

import (
	"slices"
	"strings"
)

// What no passage can answer: a deed or a record the article has no word
// for, the names of a body it names only as a whole, an office it never
// names, the work of people it names only by their work, what happened
// before the story, how the public took it.

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

// whichOfMany reports whether a question asks which members of a body the
// article names only as a whole it means: "which Western countries accuse
// Tehran?", "which specific Baloch separatist groups did Pakistan hit?".
func (ix *Index) whichOfMany(ws []string, at map[string]int) bool {
	for id, p := range at {
		e := ix.entity(id)
		if e == nil || !collective(e.Name) || p == 0 {
			continue
		}
		if ws[p-1] == "which" || p > 1 && ws[p-2] == "which" && specificWords[ws[p-1]] {
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

// listWords ask for the members of a body by name: "list the groups".
var listWords = map[string]bool{"list": true, "identify": true}

// unknownDeed reports whether a yes-no question asks if its actor did
// something the article has no word for: "did Iran apologise…", "did
// Pakistan summon…". The verb right after the actor is English, unknown to
// the article, and no misspelling of a word it uses; or it is a deed that
// leaves a record ("sign", "issue"), whoever did it.
func (ix *Index) unknownDeed(q question, at map[string]int) bool {
	if q.intent != YesNo {
		return false
	}
	if slices.ContainsFunc(q.written, nonLatin) {
		for i := range q.words {
			if recordedAt(q.words, i) {
				return true // another script's order puts the verb anywhere: "ইরান কি … ক্ষমা চেয়েছে?", read "did Iran … apologised"
			}
		}
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
		return ok && next < len(q.words) && recordedAt(q.words, next)
	}
	if p+1 >= len(q.words) {
		return false
	}
	for p+2 < len(q.words) && (adverbs[q.words[p+1]] || beWords[q.words[p+1]]) {
		p++ // "have the two countries long been wary…"
	}
	w := q.words[p+1]
	if recordedAt(q.words, p+1) {
		return true // "did the leaders issue a statement?": the article reports no such record
	}
	if start == claim {
		return false // a claim told in other words than the article's: "Iran alone decided…", "they dragged their feet"
	}
	return !prepositions[w] && !articles[w] && ix.strangeWord(w)
}

// unknownResponder reports whether a question asks how someone the article
// never names reacted: "how did the united nations react…", written as no
// name is. What the article tells of others' responses does not answer it.
func (ix *Index) unknownResponder(ws []string) bool {
	if len(ws) < 4 || ws[0] != "how" || !auxiliaries[ws[1]] {
		return false
	}
	p := 2
	if articles[ws[p]] {
		p++
	}
	respond := ix.canon("respond")
	for n := p; n < min(len(ws), p+4); n++ {
		if ix.canon(ws[n]) == respond {
			return n > p
		}
		if t := ix.canon(ws[n]); t == "" || ix.df[t] > 0 || ix.filler[t] || ix.aliases.nameWord(ws[n]) || pronouns[ws[n]] {
			return false // "how did they react", "how did Pakistan respond"
		}
	}
	return false
}

// unknownSpeaker reports whether a question asks, as English puts it, what
// someone the article never names said: "what did Khamenei say about the
// attack?", "has khamenei said anything?". The speaker, between the
// auxiliary and the word of speech, is a word in Latin letters that the
// article and English do not know and that misspells none the article uses.
// A language that puts the verb last names the speaker first: Persian's
// "khamenei chi goft…", Khamenei what said.
func (ix *Index) unknownSpeaker(ws []string, verbLast bool) bool {
	if verbLast && len(ws) > 2 && hasWord(ws[1:], speechWords) && ix.unknownName(ws[0]) {
		return true
	}
	for i := 2; i < len(ws); i++ {
		if speechWords[ws[i]] && auxiliaries[ws[i-2]] && ix.unknownName(ws[i-1]) {
			return true
		}
	}
	return false
}

// unknownName reports whether a word in Latin letters is one that the
// article and English do not know and that misspells none the article
// uses: a name the article never gives.
func (ix *Index) unknownName(w string) bool {
	if strings.ContainsFunc(w, func(r rune) bool { return r < 'a' || r > 'z' }) {
		return false
	}
	if t := ix.canon(w); t == "" || ix.df[t] > 0 || ix.filler[t] || isEnglish(w) || ix.aliases.nameWord(w) {
		return false
	}
	_, misspelt := ix.correct(w)
	return !misspelt
}

// recordedAt reports whether the word at i is a deed that leaves a record,
// which the article reports none of ("sign", "summoned", "apologised"):
// not the noun of "a further sign of…", nor "pay" in "pay his visit".
func recordedAt(ws []string, i int) bool {
	w := ws[i]
	if !recordedDeeds[w] || i > 0 && (articles[ws[i-1]] || ws[i-1] == "further") {
		return false
	}
	return w != "pay" && w != "paid" || !hasWord(ws[i+1:min(len(ws), i+4)], payIdioms)
}

// payIdioms follow "pay" where nothing is paid: "pay a visit", "pay tribute".
var payIdioms = map[string]bool{"visit": true, "visits": true, "tribute": true, "respects": true, "attention": true,
	"heed": true, "homage": true}

// unknownDoer reports whether a question asks who will do or did a deed
// the article has no word for: "who will accompany the president?".
func (ix *Index) unknownDoer(ws []string) bool {
	if len(ws) < 4 || ws[0] != "who" || !doWords[ws[1]] || ws[1] == "has" || ws[1] == "have" || ws[1] == "had" {
		return false // not "who is handling…", "who has…"
	}
	w := ws[2]
	return !prepositions[w] && !articles[w] && !adverbs[w] && !ix.aliases.nameWord(w) && ix.strangeWord(w)
}

// strangeWord reports whether a word is English, content, and one the
// article never uses nor misspells: "apologise", not "the", "Raisi" or
// "kiled".
func (ix *Index) strangeWord(w string) bool {
	t := ix.canon(w)
	if t == "" || ix.filler[t] || ix.df[t] > 0 || !isEnglish(w) {
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
	"timeline": true, "deadline": true, "framework": true, "commission": true, "committee": true, "taskforce": true,
	"mechanism": true, "codename": true, "projects": true, "project": true, "agenda": true, "crossing": true,
	"crossings": true, "budget": true, "funding": true, "funds": true, "investment": true,
	"evidence": true, "proof": true, "investigation": true, "inquiry": true, "protests": true, "protest": true,
	"delegation": true, "mediator": true, "mediation": true}

// namesRecord reports whether a question asks of a record the article never
// names: "did either country pay compensation?", "was a pact signed?",
// "what agreements did the ministers sign?", "when was the envoy summoned?";
// not a choice offered ("…, or signing a trade deal?").
func (ix *Index) namesRecord(ws []string, ors []orChoice, offered map[string]bool, at map[string]int) bool {
	for i, w := range ws {
		if recordedAt(ws, i) && i > 0 && (namedAt(at, i-1) || entityNamedAt(at, i-2) != "" && ix.aliases.nameWord(ws[i-1]) || personalPronouns[ws[i-1]]) && ix.df[ix.canon(w)] == 0 {
			return true // "what agreements did Abdollahian and Jeelani sign?"
		}
		if recordedAt(ws, i) && whWords[ws[0]] && !offersChoice(ws) && hasWord(ws[max(0, i-5):i], auxiliaries) {
			return true // "what agreements did the two ministers sign?"
		}
		if recordedThings[w] && ix.df[ix.canon(w)] == 0 && !offered[w] && !ix.offeredAgainstKnown(ws, ors, i) {
			return true
		}
	}
	return false
}

// unknownOffices returns the offices a question names that the article
// never does: "Pakistan's army chief", "the interior minister". Their
// holders are people the article never mentions.
func (ix *Index) unknownOffices(ws []string) []string {
	var out []string
	for i := 1; i < len(ws); i++ {
		w := ws[i-1]
		if !officeWords[ws[i]] && !(ws[i] == "leader" && leaderTitles[w]) {
			continue
		}
		if numberValues[w] != "" || determiners[w] || w == "either" || w == "another" || w == "other" {
			continue // "by one minister or by both?": no office
		}
		if !ix.strangeWord(w) || ix.endsName(ws[:i]) {
			continue // not "the Islamic Republic's president"
		}
		out = append(out, officeName(w, ws[i]))
	}
	return out
}

// othersOffices returns a country's offices that the article gives only to
// someone from another country: "Iran's prime minister", when its one prime
// minister is Pakistan's. The article never names their holders.
func (ix *Index) othersOffices(ws []string, at map[string]int) []string {
	var out []string
	for i := range ws {
		country := ix.entity(entityNamedAt(at, i))
		if country == nil || country.Kind != "country" {
			continue // not "Pakistan's foreign minister", a name for Jilani
		}
		if i > 0 && officeWords[ws[i-1]] { // Persian's "رئیس جمهور پاکستان", president Pakistan: the office before its country
			for k := i - 1; k >= max(0, i-3); k-- {
				if holder := ix.entity(ix.personByRole(ws[k:i])); holder != nil {
					if ents, _, _ := ix.aliases.find(append(words(country.Name), ws[k:i]...), true); holder.Country != country.Name &&
						!slices.ContainsFunc(ents, func(id string) bool { return ix.namesPerson(entityPrefix + id) }) { // not "وزير خارجية باكستان", Pakistan's foreign minister, a name for Jilani
						out = append(out, country.Name+"’s "+strings.Join(ws[k:i], " "))
					}
					break
				}
			}
		}
		for k := i + 1; k < len(ws) && k <= i+3; k++ {
			if namedAt(at, k) {
				break
			}
			if !officeWords[ws[k]] {
				continue
			}
			if holder := ix.entity(ix.personByRole(ws[i+1 : k+1])); holder != nil && holder.Country != country.Name {
				out = append(out, country.Name+"’s "+strings.Join(ws[i+1:k+1], " "))
			}
			break
		}
	}
	return out
}

// officeName is how an office the article never gives is named: "the
// interior minister".
func officeName(qualifier, office string) string { return "the " + qualifier + " " + office }

var officeWords = map[string]bool{"chief": true, "minister": true, "president": true, "commander": true,
	"general": true, "spokesman": true, "spokesperson": true, "secretary": true}

// leaderTitles make "leader" an office: "Iran's supreme leader". Alone,
// "leader" is any head: "both leaders agreed".
var leaderTitles = map[string]bool{"supreme": true, "spiritual": true, "religious": true, "opposition": true}

// endsName reports whether some words end with two that make a name:
// "… Islamic Republic".
func (ix *Index) endsName(ws []string) bool {
	if len(ws) < 2 {
		return false
	}
	ents, rest, _ := ix.aliases.find(ws[len(ws)-2:], true)
	return len(ents) == 1 && len(rest) == 0
}

// jobWords ask what work someone does: "what kind of work were they
// doing?", "which company employed them?".
var jobWords = map[string]bool{"work": true, "working": true, "job": true, "jobs": true, "occupation": true, "occupations": true,
	"profession": true, "trade": true, "industry": true, "employer": true, "employed": true, "employ": true, "company": true}

// workerNouns name people by the work they do. Asked what work labourers
// did, an article that calls them labourers says no more than the question.
var workerNouns = map[string]bool{"labourers": true, "labourer": true, "laborers": true, "laborer": true, "workers": true,
	"worker": true, "workmen": true, "workman": true, "farmers": true, "soldiers": true, "troops": true, "engineers": true,
	"drivers": true, "students": true, "journalists": true, "doctors": true, "teachers": true, "fishermen": true,
	"miners": true, "traders": true, "employees": true}

// asksJobOfWorkers reports whether a question asks what work people do whom
// it already names by their work.
func asksJobOfWorkers(raw []string) bool {
	return hasWord(raw, jobWords) && hasWord(raw, workerNouns)
}

// asksHistory reports whether a yes-no question asks what happened before
// the story, which it never tells: "is this his first trip to Pakistan?",
// "has Jilani visited Tehran before?". Not "did Iran strike first?", the
// order of its own events.
func asksHistory(raw []string) bool {
	for i, w := range raw {
		if (w == "first" || w == "1st" || w == "last" || w == "previous" || w == "prior") && i+1 < len(raw) && historyNouns[raw[i+1]] {
			return true // "the first time", "when was the last time an Iranian president visited?"
		}
	}
	n := len(raw)
	return n > 2 && (raw[n-1] == "before" || raw[n-1] == "previously") && !auxiliaries[raw[n-2]]
}

// tenureAsked reports whether a question asks when or how someone came to
// or will leave an office, which the article never tells: "when did Kakar
// take office?", "when does his mandate expire?".
func tenureAsked(raw []string) bool {
	return hasWord(raw, tenureWords) || hasSeq(raw, "take", "office") || hasSeq(raw, "took", "office") ||
		hasSeq(raw, "sworn", "in") || hasSeq(raw, "leave", "office") || hasSeq(raw, "in", "office") ||
		hasSeq(raw, "term", "end") || hasSeq(raw, "term", "ends") || hasSeq(raw, "term", "over") // "when does Kakar's caretaker term end?"
}

// careerAsked reports whether a question asks what someone did before the
// office the article gives him, which it never tells: "what did Jilani do
// before becoming foreign minister?", "his previous post", "his career".
func careerAsked(raw []string) bool {
	for i, w := range raw {
		next := func(k int) string {
			if i+k < len(raw) {
				return raw[i+k]
			}
			return ""
		}
		switch {
		case w == "before" && (next(1) == "becoming" || next(2) == "became" || next(1) == "joining"):
			return true
		case (w == "previous" || w == "former" || w == "prior" || w == "earlier") && careerNouns[next(1)]:
			return true
		case w == "career" || w == "careers":
			return true
		}
	}
	return false
}

// careerNouns are what someone held before: "his previous post".
var careerNouns = map[string]bool{"job": true, "jobs": true, "post": true, "posts": true, "position": true,
	"positions": true, "role": true, "roles": true, "office": true, "career": true, "posting": true}

// tenureWords tell of an office's beginning, end or length.
var tenureWords = map[string]bool{"appointed": true, "appointment": true, "elected": true, "inaugurated": true,
	"mandate": true, "tenure": true, "resign": true, "resigned": true, "expire": true}

// historyNouns after "first" or "last" ask what happened before the story:
// "the first time", "his first trip", "the last visit".
var historyNouns = map[string]bool{"time": true, "ever": true, "trip": true, "visit": true, "journey": true,
	"occasion": true, "meeting": true} // not "the first strike", the order of the story's own events

// publicAsked reports whether a question asks how the public took the
// events, which the article never tells: "how did ordinary Pakistanis
// react?", "how did locals feel about the strikes?".
func (ix *Index) publicAsked(raw []string) bool {
	if !hasWord(raw, publicWords) {
		return false
	}
	react := ix.canon("react")
	return slices.ContainsFunc(raw, func(w string) bool { return w == "feel" || w == "felt" || ix.canon(w) == react })
}

// publicWords name the public, apart from its governments.
var publicWords = map[string]bool{"ordinary": true, "common": true, "locals": true, "local": true, "public": true,
	"residents": true, "citizens": true, "population": true, "populace": true}

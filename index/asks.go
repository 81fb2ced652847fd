package index

import (
	"slices"
	"strings"
)

// What a question asks for, beyond its words: a kind of entity ("which
// province…"), whether someone holds a role ("is Kakar Pakistan's
// president?"), a place within another, the earliest or the latest event,
// the article's own words. Where in the article it points is locate.go's;
// the choices it offers, choices.go's; what no passage can answer,
// beyond.go's.

// hasWord reports whether any of the words is in the set.
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

// kindAsked returns the kind of entity a "which …", "what kind of …" or
// "the name of the …" question asks for, if it names one.
func kindAsked(ws []string) string {
	for i, w := range ws {
		if (w == "name" || w == "names") && i+2 < len(ws) && ws[i+1] == "of" {
			// "what is the name of the group Iran targeted?" asks for a
			// group, "name of the Iranian province…" for a province; "the
			// names of the Baloch groups" for names of the groups told.
			for _, k := range ws[i+2 : min(len(ws), i+5)] {
				if kind := kindNouns[k]; kind != "" && kind != "person" {
					return kind
				}
				if !articles[k] && k != "this" && k != "that" && !demonym(k) {
					break
				}
			}
		}
		if w == "who" && i+2 < len(ws) && beWords[ws[i+1]] {
			copula := ws[i+1] == "is" || ws[i+1] == "are" || ws[i+1] == "was" || ws[i+1] == "were" // not "terrorists who get third country support"
			if k := kindNouns[personAfter(ws[i+2:])]; k == "person" || k == "country" && copula {
				return k // "who is the Pakistani official described as…" asks for a person, as "who" does; "who are the third countries…" for countries
			}
		}
		if w != "which" && w != "what" {
			continue
		}
		for j, x := range ws[i+1 : min(len(ws), i+5)] {
			if describeWords[x] {
				return "" // "what kind of group is Jaish al-Adl" asks what it is like, not for another group
			}
			if k, ok := kindNouns[x]; ok {
				if p := i + 1 + j; p >= 2 && ws[p-1] == "of" && (ws[p-2] == "head" || ws[p-2] == "heads") {
					continue // "which Iranian head of state…" asks for a person
				}
				if p := i + 1 + j; p+2 < len(ws) && ws[p+1] == "of" && countFillers[ws[p+2]] {
					return "" // "which group of people…" asks for people, not a body
				} else if p+2 < len(ws) && ws[p+1] == "of" && kindNouns[ws[p+2]] != "" {
					return kindNouns[ws[p+2]] // "which group of nations…" asks for nations
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

// personAfter returns the noun that "who is the …" opens with, past an
// article and adjectives: "the Pakistani official" gives "official".
func personAfter(ws []string) string {
	if len(ws) > 0 && (ws[0] == "the" || ws[0] == "a" || ws[0] == "an") {
		ws = ws[1:]
	}
	for i, w := range ws[:min(len(ws), 3)] {
		if kindNouns[w] != "" {
			return w
		}
		if i == len(ws)-1 || ws[i+1] == "of" {
			break
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
		if p != subject || e == nil || e.Kind != "person" && e.Kind != "group" && e.Kind != "place" {
			continue
		}
		place := e.Kind == "place" // "is Sistan-Baluchestan a province of Pakistan?": its card says whose it is
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
		for i, w := range rest {
			name := ix.aliases.single[w] != "" || ix.aliases.single[strings.TrimSuffix(w, "s")] != "" || // "pakistans"
				countryNames[w] // "is Jilani India's foreign minister?": a country the article never names
			office := i+1 < len(rest) && (officeWords[rest[i+1]] || rest[i+1] == "leader" && leaderTitles[w]) // "elected president", "supreme leader"
			kind := place && (placeTypes[w] || prepositions[w])
			titled := w == "leader" && i > 0 && leaderTitles[rest[i-1]] // "supreme leader"
			if !titleWords[w] && !titled && !ix.roleWords[w] && !name && !ix.filler[ix.canon(w)] && !articles[w] && !office && w != "as" && !kind &&
				w != "or" && !ownPossessives[w] || goWords[w] { // "is Jilani Pakistan's foreign minister or its caretaker PM?", not "…went to India?"
				return ""
			}
			role = role || !name && !prepositions[w] && !articles[w] && (titleWords[w] || titled || ix.roleWords[w]) || kind && placeTypes[w] || place && name ||
				e.Kind == "person" && name && demonym(w) && ix.isCountry(w) // "is Jilani Iranian?": his card says whose he is
		}
		if role {
			return id // not "is Raisi the one in Pakistan?"
		}
	}
	return ""
}

// withinOf returns the country or place a question asks for a place inside
// of: "which part of Pakistan", "what region of Iran", "where in Iran",
// "which district of Balochistan", and in Urdu's order "Balochistan ke kis
// district", read as "Balochistan of which district".
func (ix *Index) withinOf(ws, ents []string, at map[string]int) string {
	for _, id := range ents {
		p := at[id]
		if e := ix.entity(id); e == nil || e.Kind != "country" && e.Kind != "place" {
			continue
		}
		if p+3 < len(ws) && ws[p+1] == "of" && ws[p+2] == "which" && placeTypes[ws[p+3]] {
			return id // Urdu's "Balochistan ke kis district"
		}
		if p > 0 && ws[p-1] == "which" && p+1 < len(ws) && placeTypes[ws[p+1]] {
			return id // "which Iranian province"
		}
		if p < 2 {
			continue
		}
		if p > 2 && ws[p-3] == "as" {
			continue // "as part of the two countries' de-escalation" is no place
		}
		if ws[p-1] == "of" && placeTypes[ws[p-2]] || ws[p-1] == "in" && ws[p-2] == "where" ||
			p > 2 && ws[p-1] == "in" && placeTypes[ws[p-2]] && ws[p-3] == "which" { // "which region in Pakistan"
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

// firstWords ask for the earliest event.
var firstWords = map[string]bool{"first": true, "firstly": true, "earliest": true, "initially": true, "started": true, "began": true,
	"initiated": true, "initiate": true, "instigated": true}

// laterWords ask for the later of two events: "who struck second?".
var laterWords = map[string]bool{"second": true, "secondly": true, "last": true}

// afterwardsWords ask how things stood after what else is asked of:
// "what happened to the ambassadors later on?", "was the recall reversed?".
var afterwardsWords = map[string]bool{"later": true, "eventually": true, "ultimately": true, "afterwards": true,
	"afterward": true, "subsequently": true, "reversed": true, "undone": true, "permanently": true,
	"anymore": true}

// asksAfterwards reports whether a question asks how things stood in the
// end: "later", "in the end", "end up", "for good", "still".
func asksAfterwards(raw []string) bool {
	return hasWord(raw, afterwardsWords) || hasSeq(raw, "in", "the", "end") || hasSeq(raw, "end", "up") || hasSeq(raw, "ended", "up") ||
		hasSeq(raw, "for", "good") || hasSeq(raw, "since", "then") || hasSeq(raw, "by", "now") ||
		hasSeq(raw, "ab", "bhi") || hasSeq(raw, "abhi", "bhi") || hasSeq(raw, "abhi", "tak") || // Urdu: still
		slices.Contains(raw, "still") && !hasSeq(raw, "still", "more") && !hasSeq(raw, "still", "further") // not "still more", even more
}

// asksLater reports whether a question asks for the later of two events:
// "who struck second?", but not "did they strike last year?".
func asksLater(raw []string) bool {
	for i, w := range raw {
		if laterWords[w] && (i+1 == len(raw) || !dateWords[raw[i+1]] && raw[i+1] != "time" && raw[i+1] != "night" && !lineWords[raw[i+1]]) &&
			(i == 0 || !dateWords[raw[i-1]]) { // Arabic's "السنة الماضية", the year last
			return true
		}
	}
	return false
}

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

// quoteNouns and describeVerbs ask for the words someone used.
var (
	quoteNouns    = map[string]bool{"word": true, "words": true, "phrase": true, "term": true, "expression": true, "label": true, "quote": true}
	describeVerbs = map[string]bool{"use": true, "used": true, "uses": true, "describe": true, "described": true,
		"describes": true, "call": true, "called": true, "calls": true, "characterise": true, "characterised": true,
		"characterize": true, "characterized": true, "frame": true, "framed": true, "term": true, "termed": true}
)

// whWords ask a question.
var whWords = map[string]bool{"what": true, "who": true, "whom": true, "whose": true, "which": true, "where": true, "when": true, "why": true, "how": true}

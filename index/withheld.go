package index

import (
	"slices"
	"strings"
)

// withheld is the kind of detail a sentence says is not given.
type withheld int

const (
	nothingWithheld withheld = iota
	timeWithheld             // "with the exact date yet to be determined"
	detailsWithheld          // "although he didn't provide specific details"
)

// withheldMarkers say that something is not (yet) known or was not given.
var withheldMarkers = [][]string{
	{"yet", "to", "be"}, {"to", "be", "determined"}, {"to", "be", "decided"}, {"to", "be", "confirmed"},
	{"to", "be", "announced"}, {"not", "yet"}, {"undetermined"}, {"unspecified"}, {"unclear"}, {"unknown"},
	{"undisclosed"}, {"not", "disclosed"}, {"didn", "t", "provide"}, {"did", "not", "provide"},
	{"didn", "t", "give"}, {"did", "not", "give"}, {"no", "details"}, {"without", "details"},
	{"didn", "t", "specify"}, {"did", "not", "specify"}, {"didn", "t", "name"}, {"did", "not", "name"},
	{"declined", "to"}, {"not", "specified"},
}

// timeNouns make a withheld detail a time.
var timeNouns = map[string]bool{"date": true, "day": true, "time": true, "timing": true, "when": true, "schedule": true}

// withheldIn reads whether a sentence's words say a detail is not given,
// and whether that detail is a time.
func withheldIn(ws []string) withheld {
	for i := range ws {
		for _, m := range withheldMarkers {
			if i+len(m) <= len(ws) && slices.Equal(ws[i:i+len(m)], m) {
				for _, w := range ws {
					if timeNouns[w] {
						return timeWithheld
					}
				}
				return detailsWithheld
			}
		}
	}
	return nothingWithheld
}

// irrealisWords put what a sentence tells in the future or in a wish: "is
// scheduled to meet", "plans to visit", "demand the return".
var irrealisWords = map[string]bool{"scheduled": true, "plans": true, "plan": true, "planned": true, "will": true,
	"demand": true, "demands": true, "aim": true, "aims": true, "expected": true, "intends": true, "hopes": true,
	"yet": true, "soon": true, "supposed": true, "supposedly": true, "slated": true, "upcoming": true}

// irrealisIn returns the words a sentence tells of as not (yet) done: the
// few after each word that makes them planned or wished ("scheduled to meet
// with", "demand the return of").
func irrealisIn(ws []string) []string {
	var span []string
	for i, w := range ws {
		if !irrealisWords[w] {
			continue
		}
		for _, next := range ws[i+1 : min(len(ws), i+7)] {
			if pastMarkers[next] {
				break // "will include the recent killing": the killing is done
			}
			span = append(span, next)
		}
	}
	return span
}

// pastMarkers put what follows them in the past, whatever the verb before.
var pastMarkers = map[string]bool{"recent": true, "recently": true, "earlier": true, "last": true, "past": true}

// pastAuxiliaries open a question of whether something has happened.
var pastAuxiliaries = map[string]bool{"did": true, "was": true, "were": true, "has": true, "have": true, "had": true}

// outcomeWords ask what came of something.
var outcomeWords = map[string]bool{"outcome": true, "outcomes": true, "result": true, "results": true}

// asksDone reports whether a yes-no question asks if something has happened
// ("did the families get the bodies back yet?", "was the meeting a
// success?"), rather than about the plan or wish itself ("did the families
// demand the bodies?").
func (q question) asksDone(ix *Index) bool {
	if q.intent != HowMany && (hasWord(q.words, outcomeWords) || hasSeq(q.words, "came", "out", "of") || hasSeq(q.words, "come", "out", "of")) {
		return true // "what came out of the meeting with Kakar?": its outcome, had it happened
	}
	if q.intent != YesNo || len(q.words) == 0 || offersChoice(q.words) || q.calledOff {
		return false // "were they Pakistani or Iranian?" asks which, not whether; "…or not yet?" asks whether; "was it called off?" whether the plan stands
	}
	if !pastAuxiliaries[q.words[0]] && !hasAny(q.text, map[string]bool{"yet": true, "already": true}) && !q.completive &&
		!hasWord(q.words, happenedWords) { // "Raisi's trip happened?"
		return false
	}
	for _, w := range q.words {
		if irrealisWords[w] && w != "yet" || ix.canon(w) == ix.canon("scheduled") || ix.canon(w) == ix.canon("demand") || planNouns[w] {
			return false // "was a meeting with Kakar on his itinerary?" asks of the plan
		}
		if ix.canon(w) == ix.canon("aim") {
			return false // "was the goal of the talks to de-escalate?" asks of the aim
		}
	}
	return true
}

// happenedWords say a thing took place.
var happenedWords = map[string]bool{"happened": true, "occurred": true, "materialised": true, "materialized": true}

// planNouns name a plan, of which a question asks whether something was part.
var planNouns = map[string]bool{"itinerary": true, "schedule": true, "programme": true, "program": true, "plan": true,
	"plans": true, "calendar": true}

// notDone reports whether a sentence tells of what a question asks about as
// planned or wished only. A sentence that says the detail asked for is not
// known answers the question ("has a date been set?") all the same.
func (ix *Index) notDone(q question, s *sentence) bool {
	if s.withheld == timeWithheld && (hasAny(q.text, timeNouns) || hasWord(q.words, timeNouns)) || s.withheld == detailsWithheld && hasAny(q.text, detailWords) {
		return false // "has a date been set?" is answered by "the date yet to be determined"
	}
	for _, w := range s.words {
		if speechWords[w] && q.asks(ix.canon(w)) {
			return false // "did he make an announcement about a visit?" asks of the announcing, which was done
		}
	}
	return ix.stillPlanned(q, s)
}

// stillPlanned reports whether a sentence tells what a question asks about
// as planned, not done: "plans to visit", "scheduled to meet".
func (ix *Index) stillPlanned(q question, s *sentence) bool {
	for _, w := range s.irrealis {
		if t := ix.canon(w); q.asks(t) && !strings.HasPrefix(t, entityPrefix) {
			return true
		}
	}
	return false
}

// detailWords ask whether details were given.
var detailWords = map[string]bool{"details": true, "detail": true, "specifics": true, "names": true, "name": true, "named": true,
	"proof": true, "evidence": true, "specify": true, "specified": true, "information": true, "info": true}

// detailsAsked reports whether a question asks whether details were given:
// "did he name the countries?", "what claim did he make without giving
// specifics?"; not "what is his name?", nor "is the foreign minister named
// Amirabdollahian?", which asks whose name it is.
func (ix *Index) detailsAsked(q question) bool {
	for i, w := range q.written {
		if !detailWords[w] {
			continue
		}
		naming := w == "name" || w == "names" || w == "named"
		if !naming || q.intent == YesNo && (i+1 == len(q.written) || ix.aliases.single[q.written[i+1]] == "") {
			return true
		}
	}
	return false
}

// exactWords ask for a precise time: "on exactly which date", "which
// particular day": a word that asks for particulars, or the date itself.
var exactWords = func() map[string]bool {
	m := map[string]bool{"date": true, "day": true}
	for w := range specificWords {
		m[w] = true
	}
	return m
}()

// asksWithheld reports whether a question asks for the very detail a sentence
// says is not given: a precise time of an undetermined date, or which ones
// of those it names without details. Asking whether it was given ("did he
// say which countries?") is answered by the sentence.
func (q question) asksWithheld(w withheld) bool {
	switch {
	case w == nothingWithheld || q.intent == YesNo:
		return false
	case w == timeWithheld:
		// Not "raisi visit date?", which the sentence answers, nor "is the
		// exact date decided already?", "what date has been fixed…?", which
		// ask whether it is set: that it is yet to be, the sentence says.
		ws := words(q.text)
		return q.intent == When && (dayAsked(ws) || hasWord(ws, specificWords)) && !hasWord(ws, fixedWords) && !hasWord(q.words, fixedWords)
	}
	return q.wantsKind != "" && q.wantsKind != "person" || q.wantsName // not "which official claimed…": who made the claim is told
}

// dayAsked reports whether a question asks for a day: "on what date…",
// "which exact day…", "what's the date of…". "Raisi visit date?" and "is
// there a date?" ask what the article says of it, which may be that it is
// yet to be set.
func dayAsked(ws []string) bool {
	for i, w := range ws {
		if !dayWords[w] {
			continue
		}
		for j := max(0, i-3); j < i; j++ {
			if ws[j] == "what" || ws[j] == "which" || ws[j] == "whats" {
				return true
			}
		}
	}
	return false
}

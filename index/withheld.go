package index

import "slices"

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

// exactWords ask for a precise time: "on exactly which date".
var exactWords = map[string]bool{"exact": true, "exactly": true, "date": true, "day": true, "precise": true,
	"precisely": true, "specific": true}

// asksFor reports whether a question asks for the very detail a sentence
// says is not given: a precise time of an undetermined date, or which ones
// of those it names without details. Asking whether it was given ("did he
// say which countries?") is answered by the sentence.
func (q question) asksFor(w withheld) bool {
	switch {
	case w == nothingWithheld || q.intent == YesNo:
		return false
	case w == timeWithheld:
		return q.intent == When && hasAny(q.text, exactWords)
	}
	return q.wantsKind != "" || q.wantsName || hasAny(q.text, map[string]bool{"which": true})
}

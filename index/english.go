package index

import (
	_ "embed"
	"slices"
	"strings"
)

// englishWords lists real English words, one a line, sorted (see
// gen_words.go and LICENSE-SCOWL). A real word is never "corrected" into
// another one ("point" is not a typo of "joint"), nor read as a misspelt name
// ("raise" is not Raisi).
//
//go:embed words.txt
var englishWords string

// isEnglish reports whether w is an English word, by binary search.
func isEnglish(w string) bool {
	lo, hi := 0, len(englishWords)
	for lo < hi {
		mid := (lo + hi) / 2
		start := strings.LastIndexByte(englishWords[:mid], '\n') + 1
		end := strings.IndexByte(englishWords[start:], '\n')
		if end < 0 {
			end = len(englishWords)
		} else {
			end += start
		}
		switch line := englishWords[start:end]; {
		case line == w:
			return true
		case line < w:
			lo = end + 1
		default:
			hi = start
		}
	}
	return false
}

// countryNames are the names of the world's countries, lower-case, as
// question words (see gen_countries.go): a country the article never names
// is one it does not mention, even written in lower case ("how did india
// react?").
//
//go:embed countries.txt
var countryList string

var countryNames, countryStarts = func() (names, starts map[string]bool) {
	names, starts = map[string]bool{}, map[string]bool{}
	for _, n := range strings.Split(strings.TrimSpace(countryList), "\n") {
		names[n] = true
		first, _, _ := strings.Cut(n, " ")
		starts[first] = true
	}
	return names, starts
}()

// strangeCountries returns the countries a question names, among the words
// no entity of the corpus took, written as names: "India", "United States".
// Only a word that starts a name is tried with the words after it.
func strangeCountries(ws, free []string) []string {
	left := map[string]int{}
	for _, w := range free {
		left[w]++
	}
	var out []string
	for i := 0; i < len(ws); i++ {
		if !countryStarts[ws[i]] {
			continue // no name starts with this word: nothing to join
		}
		for n := min(4, len(ws)-i); n > 0; n-- {
			name := strings.Join(ws[i:i+n], " ")
			if !countryNames[name] || !allLeft(ws[i:i+n], left) {
				continue
			}
			words := slices.Clone(ws[i : i+n])
			for j, w := range words {
				words[j] = capitalize(w)
			}
			out = append(out, strings.Join(words, " "))
			i += n - 1
			break
		}
	}
	return out
}

func allLeft(ws []string, left map[string]int) bool {
	for _, w := range ws {
		if left[w] == 0 {
			return false
		}
	}
	return true
}

// placingWords put the name after them in a place: "a hideout in Sindh",
// "its ambassador from Kabul", "a visit to Afghanistan".
var placingWords = map[string]bool{"in": true, "into": true, "inside": true, "at": true, "from": true, "to": true, "on": true, "near": true}

// originWords before "from" tell where someone comes from, not where a deed
// was done: "did the labourers come from Punjab?".
var originWords = map[string]bool{"come": true, "came": true, "comes": true, "coming": true, "hail": true, "hailed": true,
	"is": true, "are": true, "was": true, "were": true}

// besideWords ask about more than the article tells, or whether it tells:
// "did Iran also strike Sindh?", "is Erbil mentioned?".
var besideWords = map[string]bool{"also": true, "too": true, "additionally": true, "another": true, "other": true,
	"mention": true, "mentioned": true, "mentions": true, "named": true, "discussed": true, "referenced": true}

// placedAll reports whether a question puts each of the names in a place
// where the article may put another: after "in", "from" or their kin, or
// before "province" or its kin; not a month ("in February"), nor asked as
// more than the article tells ("also in Sindh") or whether it names it.
func placedAll(names []string, ws []string) bool {
	if hasWord(ws, besideWords) {
		return false
	}
	for _, n := range names {
		nw := words(n)
		at := -1
		for i := 0; at < 0 && i+len(nw) <= len(ws); i++ {
			if slices.Equal(ws[i:i+len(nw)], nw) {
				at = i
			}
		}
		if at < 0 || monthNames[nw[len(nw)-1]] || at > 1 && ws[at-1] == "from" && originWords[ws[at-2]] {
			return false
		}
		if !(at > 0 && placingWords[ws[at-1]]) && !(at+len(nw) < len(ws) && placeTypes[ws[at+len(nw)]]) {
			return false
		}
	}
	return true
}

// monthShort are the months as news and chat shorten them.
var monthShort = map[string]bool{"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true,
	"aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true}

// relativeTimes put a deed on the calendar from today: "last year", "two
// years ago", "next month".
var relativeTimes = [][]string{{"last", "year"}, {"last", "month"}, {"last", "week"}, {"next", "year"}, {"next", "month"},
	{"next", "week"}, {"this", "year"}, {"years", "ago"}, {"months", "ago"}, {"weeks", "ago"}, {"year", "ago"}, {"month", "ago"}}

// fixedWords ask whether a time is settled, which "yet to be determined"
// answers: "is Raisi's visit fixed for next week?".
var fixedWords = map[string]bool{"fixed": true, "set": true, "confirmed": true, "finalised": true, "finalized": true,
	"decided": true, "determined": true}

// timesAsked returns the times a question puts a deed at that may be set
// against the article's: the months among the names it does not know, and
// the times counted from today ("last year"); and the other names.
func timesAsked(ws, strangers []string) (when, others []string) {
	for _, s := range strangers {
		if sw := words(s); len(sw) == 1 && (monthNames[sw[0]] || monthShort[sw[0]]) {
			when = append(when, s)
		} else {
			others = append(others, s)
		}
	}
	for i := range ws {
		for _, r := range relativeTimes {
			if i+len(r) <= len(ws) && slices.Equal(ws[i:i+len(r)], r) {
				when = append(when, strings.Join(r, " "))
			}
		}
	}
	return when, others
}

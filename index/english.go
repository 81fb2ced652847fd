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

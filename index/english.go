package index

import (
	_ "embed"
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

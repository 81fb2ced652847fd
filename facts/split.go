package facts

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// abbreviations end with a period but rarely end a sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "sr": true, "jr": true, "st": true,
	"gen": true, "lt": true, "col": true, "maj": true, "capt": true, "cmdr": true, "sgt": true, "gov": true,
	"sen": true, "rep": true, "pres": true, "amb": true, "hon": true, "rev": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"vs": true, "etc": true, "approx": true, "est": true, "dept": true, "govt": true,
	"inc": true, "ltd": true, "co": true, "corp": true, "e.g": true, "i.e": true, "u.s": true,
	"u.k": true, "u.n": true, "u.s.a": true, "a.m": true, "p.m": true,
}

// closers may follow a sentence's final punctuation and still belong to it.
const closers = "\"'”’)]»"

// SplitSentences splits a paragraph into sentences. A sentence ends at . ! ?
// or …, plus any closing quotes or brackets, when the next word starts a new
// sentence (upper case, a digit or an opening quote). Abbreviations, initials
// and decimals do not end a sentence.
func SplitSentences(paragraph string) []string {
	var out []string
	text := strings.TrimSpace(paragraph)
	start := 0
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		i += size
		if !strings.ContainsRune(".!?…", r) {
			continue
		}
		end := i
		for end < len(text) {
			c, n := utf8.DecodeRuneInString(text[end:])
			if !strings.ContainsRune(closers+".!?…", c) {
				break
			}
			end += n
		}
		if end == len(text) {
			break
		}
		next, n := utf8.DecodeRuneInString(text[end:])
		if !unicode.IsSpace(next) {
			continue
		}
		rest := strings.TrimLeftFunc(text[end+n:], unicode.IsSpace)
		if !startsSentence(rest) || (r == '.' && isAbbreviation(text[start:i-size], rest)) {
			continue
		}
		out = append(out, strings.TrimSpace(text[start:end]))
		start = end
		i = end
	}
	if last := strings.TrimSpace(text[start:]); last != "" {
		out = append(out, last)
	}
	return out
}

func startsSentence(rest string) bool {
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("\"'“‘(«", r)
}

// isAbbreviation reports whether the text before a period ends with a known
// abbreviation or a single initial ("J. Jilani"). "No." counts only before a
// number, so that a sentence may end in "no."
func isAbbreviation(before, after string) bool {
	if len(before) > 16 { // the longest abbreviation is short: look no further back
		before = before[len(before)-16:]
	}
	word := before
	if i := strings.LastIndexFunc(before, func(r rune) bool { return unicode.IsSpace(r) || r == '(' }); i >= 0 {
		word = before[i+1:]
	}
	word = strings.TrimLeft(word, "\"'“‘")
	if utf8.RuneCountInString(word) == 1 {
		r, _ := utf8.DecodeRuneInString(word)
		return unicode.IsUpper(r)
	}
	word = strings.ToLower(word)
	if word == "no" {
		r, _ := utf8.DecodeRuneInString(after)
		return unicode.IsDigit(r)
	}
	return abbreviations[word]
}

package index

import (
	"errors"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// MaxQuestionRunes caps a question; longer ones are cut at a word boundary
// and the answer says so.
const MaxQuestionRunes = 300

// ErrEmptyQuestion is returned for a question with nothing to read in it.
var ErrEmptyQuestion = errors.New("empty question")

// Clean makes user text safe to read: invalid UTF-8, control, zero-width and
// direction-override characters are dropped, whitespace is collapsed, and the
// text is cut to max runes at a word boundary. cut reports whether it was.
// In Arabic script, the zero-width non-joiner parts the pieces of a Persian
// word ("حمله‌های", "نخست‌وزیر", "می‌کنن"), which are read as words, as
// when typed with a space.
func Clean(text string, max int) (clean string, cut bool) {
	text = strings.ToValidUTF8(text, " ")
	var b strings.Builder
	space := false
	var last rune
	for _, r := range text {
		switch {
		case unicode.IsSpace(r) || unicode.IsControl(r) || r == '\u200c' && unicode.Is(unicode.Arabic, last):
			space = b.Len() > 0
			continue
		case unicode.Is(unicode.Cf, r) || r == utf8.RuneError:
			continue // zero-width joiners, RTL/LTR marks and overrides, soft hyphens
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
		last = r
	}
	clean = b.String()
	if utf8.RuneCountInString(clean) <= max {
		return clean, false
	}
	runes := []rune(clean)[:max]
	if i := strings.LastIndexFunc(string(runes), unicode.IsSpace); i > len(string(runes))/2 {
		return strings.TrimSpace(string(runes)[:i]), true
	}
	return string(runes), true
}

// questionMarks writes other scripts' question marks as "?", which the
// reading of a question looks for: Arabic's "؟", the full-width "？", the
// Greek "；".
var questionMarks = strings.NewReplacer("؟", "?", "？", "?", "\u037e", "?")

// bareNegation finds a negated auxiliary typed without its apostrophe:
// "isnt he?", "didnt it".
var bareNegation = regexp.MustCompile(`(?i)\b(is|was|are|were|did|does|do|has|have|had|would|could|should|wo)nt\b`)

// retyped writes what haste or ornament typed as it is read: "isnt" as
// "isn't", so that a tag ("jilani is the FM isnt he?") asks as a tag does;
// and Arabic's tatweel away, which only stretches a word ("مــين") or joins
// the article to a number ("الـ11 ضحية", the 11 victims).
func retyped(text string) string {
	if strings.ContainsRune(text, 'ـ') {
		text = strings.ReplaceAll(stretchedNumber.ReplaceAllString(text, " $1"), "ـ", "")
	}
	if !strings.Contains(text, "nt") && !strings.Contains(text, "NT") && !strings.Contains(text, "Nt") {
		return text // most questions: no regular expression to run
	}
	return bareNegation.ReplaceAllString(text, "${1}n't")
}

// stretchedNumber is the article joined to a number by a tatweel: "الـ11".
var stretchedNumber = regexp.MustCompile(`(?:ال)?ـ+(\pN)`)

// lastQuestion returns the sentences of a text that end with its last
// question mark, as many as fit in max runes, when the text is longer than
// that: a long letter asks at its end. It reports false when the text has
// no question mark, or its last question alone does not fit.
func lastQuestion(text string, max int) (string, bool) {
	end := strings.LastIndexByte(text, '?')
	if end < 0 {
		return "", false
	}
	body, kept := text[:end+1], ""
	for i := end - 1; i >= -1; i-- {
		if i >= 0 && !strings.ContainsRune(".!?", rune(body[i])) {
			continue
		}
		part := strings.TrimSpace(body[i+1:])
		if utf8.RuneCountInString(part) > max {
			break
		}
		kept = part // the sentence before fits too
	}
	return kept, kept != ""
}

// words lower-cases text and splits it into words of letters and digits.
// Apostrophes split too, and a possessive "s" is dropped, so "Pakistan’s"
// reads as "pakistan".
func words(text string) []string {
	f := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.IsMark(r)
	})
	out := f[:0]
	for _, w := range f {
		if w != "s" {
			out = append(out, w)
		}
	}
	return out
}

// nonLatin reports whether a word has letters of a script other than
// Latin: "殺害", "의", not Vietnamese's "ngoại".
func nonLatin(w string) bool {
	return strings.ContainsFunc(w, func(r rune) bool { return unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r) })
}

// latinFolded writes a word of Latin letters without its accents: "tensões"
// is "tensoes", "Außenminister" "aussenminister". A word of another script,
// or of plain letters, stays as it is.
func latinFolded(w string) string {
	if !strings.ContainsFunc(w, func(r rune) bool { return r >= utf8.RuneSelf }) || nonLatin(w) {
		return w
	}
	var b strings.Builder
	for _, r := range norm.NFD.String(w) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case r == 'ß':
			b.WriteString("ss")
		case r == 'ı':
			b.WriteByte('i')
		case r == 'ø':
			b.WriteByte('o')
		case r == 'æ':
			b.WriteString("ae")
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// editDistance is the edit distance between two short words, counting two
// neighbouring letters swapped as one edit ("foriegn", the commonest typo),
// or max+1 as soon as it must exceed max. It compares bytes: the words it
// compares are lower-case and, where they differ in length by more than max,
// rejected before any work.
func editDistance(a, b string, max int) int {
	if d := len(a) - len(b); d > max || -d > max {
		return max + 1
	}
	if a == b {
		return 0
	}
	var buf [3][32]int
	before, prev, cur := buf[0][:], buf[1][:], buf[2][:]
	if len(b)+1 > len(prev) {
		before, prev, cur = make([]int, len(b)+1), make([]int, len(b)+1), make([]int, len(b)+1)
	}
	for j := 0; j <= len(b); j++ {
		prev[j] = j
	}
	prevBest := 0
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		best := cur[0]
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				cur[j] = min(cur[j], before[j-2]+1) // two letters swapped: "foriegn"
			}
			best = min(best, cur[j])
		}
		if best > max && prevBest > max {
			return max + 1 // the next rows draw on these two, so they cannot come back under max
		}
		prevBest = best
		before, prev, cur = prev, cur, before
	}
	return prev[len(b)]
}

// maxTypoWord is the longest word read for typos: longer "words" are noise,
// and a fuzzy search for one is slow.
const maxTypoWord = 24

// typoBudget is how many edits a word of this length may carry and still be
// read as a misspelling: none for short words, where a typo is another word.
func typoBudget(word string) int {
	switch n := utf8.RuneCountInString(word); {
	case n < 5 || n > maxTypoWord:
		return 0
	case n < 8:
		return 1
	default:
		return 2
	}
}

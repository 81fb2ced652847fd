package index

import (
	"slices"
	"strings"
	"sync"
	"unicode"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/lang/ar"
)

// arabicStems finds the thesaurus's spelling of an Arabic word written
// with other affixes than the spelling has: "الانفصالية" ("the
// separatist") under "الانفصاليين" ("separatists"), "منصبه" ("his post")
// under "منصب". Both are read by Bleve's light Arabic stemmer, after its
// normalizer; a stem that two spellings of different meaning share finds
// neither. Stems of different words may still meet: "عاصم", a name, is
// found under "عاصمة" ("capital").
type arabicStems struct {
	once   sync.Once
	byStem map[string]string // light stem → the spelling it finds, "" where two disagree
}

var (
	arabicNormalizer = ar.NewArabicNormalizeFilter()
	arabicStemmer    = ar.NewArabicStemmerFilter()
)

// minArabicStem is the fewest letters a stem may have: Arabic's roots have
// three, and shorter stems of different words meet by chance.
const minArabicStem = 3

// inArabicScript reports whether most of a text's letters are Arabic's,
// as Arabic, Persian and Urdu write them.
func inArabicScript(text string) bool {
	arabic, other := 0, 0
	for _, r := range text {
		switch {
		case isArabicLetter(r):
			arabic++
		case unicode.IsLetter(r):
			other++
		}
	}
	return arabic > other
}

// arabicOrPersian reports whether a text is in Arabic's script as Arabic
// and Persian write it, without the letters only Urdu's has.
func arabicOrPersian(text string) bool {
	return inArabicScript(text) && !strings.ContainsAny(text, urduLetters)
}

// arabicStem is the stem Bleve's Arabic analyzer gives a word: its letters
// normalised, one joined word taken off its front ("ال", "وال", "بال"…)
// and its endings off its back ("ها", "ات", "ية"…).
func arabicStem(w string) string {
	ts := analysis.TokenStream{&analysis.Token{Term: []byte(w)}}
	return string(arabicStemmer.Filter(arabicNormalizer.Filter(ts))[0].Term)
}

// pronounEndings are the pronouns and verb endings Arabic joins to a word's
// end that Bleve's stemmer keeps: "their", "your", "our", "they did", "they
// … it" ("يناقشوه", they discuss it).
var pronounEndings = []string{"هما", "هم", "كم", "نا", "وا", "وه", "وها"}

// arabicSpelling returns the thesaurus's spelling of an Arabic word it
// has no spelling for as written, found by the word's stem, or "".
func (ix *Index) arabicSpelling(w string) string {
	if !strings.ContainsFunc(w, isArabicLetter) {
		return ""
	}
	ix.arabic.once.Do(ix.readArabicStems)
	forms := append([]string{w}, withoutJoined(w)...) // "ب" and "ل" too, which Bleve keeps
	for _, f := range slices.Clone(forms) {
		for _, end := range pronounEndings {
			if base, ok := strings.CutSuffix(f, end); ok {
				forms = append(forms, base)
			}
		}
	}
	for _, f := range slices.Clone(forms) {
		forms = append(forms, perfectForms(f)...) // last: a word's own spelling first
	}
	for _, f := range forms {
		if s := arabicStem(f); len([]rune(s)) >= minArabicStem {
			if spelling := ix.arabic.byStem[s]; spelling != "" {
				return spelling
			}
		}
	}
	return ""
}

// perfectForms returns the past tense an Arabic verb in the present tense
// may be spelt under: "يستهدفون" ("they target") under "استهدف"
// ("targeted"), and the dialects' "بيتباحث" ("he is discussing") under
// "تباحث". It takes off the particle of the present or the future ("ب",
// "ح", "ه", "س") and the person's prefix, Arabic's "ي" or "ت", and gives
// the stem with and without the "ا" the past tense opens with.
func perfectForms(w string) []string {
	r := []rune(w)
	if len(r) > 4 && strings.ContainsRune("بحهس", r[0]) && (r[1] == 'ي' || r[1] == 'ت') {
		r = r[1:]
	}
	if len(r) < 4 || r[0] != 'ي' && r[0] != 'ت' {
		return nil
	}
	return []string{string(r[1:]), "ا" + string(r[1:])}
}

// readArabicStems stems every Arabic spelling of the thesaurus.
func (ix *Index) readArabicStems() {
	spellings := ix.corpus.Thesaurus.Spellings
	keys := make([]string, 0, len(spellings))
	for k := range spellings {
		if strings.ContainsFunc(k, isArabicLetter) && !strings.Contains(k, " ") {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys) // the same table every time
	meaning := func(k string) string {
		var terms []string
		for _, w := range strings.Fields(spellings[k]) {
			terms = append(terms, ix.canon(w))
		}
		return strings.Join(terms, " ")
	}
	ix.arabic.byStem = map[string]string{}
	for _, k := range keys {
		s := arabicStem(k)
		if len([]rune(s)) < minArabicStem {
			continue
		}
		prev, seen := ix.arabic.byStem[s]
		switch {
		case !seen:
			ix.arabic.byStem[s] = k
		case prev != "" && meaning(prev) != meaning(k):
			ix.arabic.byStem[s] = ""
		}
	}
}

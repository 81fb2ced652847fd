package index

import (
	"slices"
	"strings"
	"testing"
)

// TestDroppedVowels: a word written without some of its vowels is that word;
// other letters missing, or the last letter changed, make another word.
func TestDroppedVowels(t *testing.T) {
	for _, c := range []struct {
		short, long string
		want        bool
	}{
		{"attcks", "attacks", true},
		{"hppnd", "happened", true},
		{"labrers", "labourers", true},
		{"tnsions", "tensions", true},
		{"attaks", "attacks", false}, // a consonant is missing: a typo, not chat
		{"hast", "haste", false},     // Persian's "is", not a word with its last vowel dropped
		{"stks", "strikes", false},
	} {
		if got := droppedVowels(c.short, c.long); got != c.want {
			t.Errorf("droppedVowels(%q, %q) = %v, want %v", c.short, c.long, got, c.want)
		}
	}
}

// TestScriptVariant: a word of Arabic letters is found under the form the
// thesaurus spells: Arabic's letters as Urdu's, without an ending "ی",
// without the words Arabic joins to it; one it can't find stays itself.
func TestScriptVariant(t *testing.T) {
	spellings := map[string]string{"ایران": "iran", "باكستان": "pakistan", "مناطق": "regions"}
	for _, c := range []struct{ in, want string }{
		{"ايران", "ایران"},      // Arabic's "ي"
		{"وباكستان", "باكستان"}, // "and Pakistan"
		{"مناطقی", "مناطق"},     // Persian's ending "ی"
		{"قلعه", "قلعه"},        // no spelling: left alone
		{"ayran", "ayran"},      // Latin letters: left alone
	} {
		if got := scriptVariant(c.in, spellings); got != c.want {
			t.Errorf("scriptVariant(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestArabicSpelling: an Arabic word with other joined words and endings
// than the thesaurus spells is found by its stem; a word of Latin letters,
// or whose stem no spelling shares, is not.
func TestArabicSpelling(t *testing.T) {
	ix := defaultIndex(t)
	for in, want := range map[string]string{
		"الانفصالية": "الانفصاليين", // "the separatist" (feminine) of "separatists"
		"منصبه":      "منصب",        // "his post" of "post"
		"jilani":     "",
		"قلعه":       "",
	} {
		if got := ix.arabicSpelling(in); got != want {
			t.Errorf("arabicSpelling(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestAsciiDigits: other scripts' digits are the article's.
func TestAsciiDigits(t *testing.T) {
	for in, want := range map[string]string{"۱۱": "11", "١٧": "17", "11": "11", "१७": "17", "১১": "11", "１７": "17", "৯জন": "9জন"} {
		if got := asciiDigits(in); got != want {
			t.Errorf("asciiDigits(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestRespell: Urdu's "کیا" is "kya" but "kiya" last; a word without its
// vowels is the article's, but not a word of a name ("anwar", a spelling of
// Kakar's name, is not the article's "anwaar").
func TestRespell(t *testing.T) {
	ix := defaultIndex(t)
	for in, want := range map[string]string{
		"کیا ایران نے حملہ کیا": "kya iran ne hamla kiya",
		"did they attcks":       "did they attacks",
		"were the bds returned": "were the bds returned", // bids or bodies: neither
		"who is anwar kakar":    "who is anwar kakar",
		// chat's "y" asks why; within a question it is Spanish's "and"
		"y did iran strike":       "why did iran strike",
		"cuántos niños y adultos": "how many children and adultos",
		// "que" asks what at an end; within, it joins clauses
		"que pasó":            "what pasó",
		"dice que iran atacó": "dice que iran attacked",
		// "de" is "of" before a name, and not in "de-escalate"
		"el ministro de pakistán": "el ministro of pakistan",
		"de escalate":             "de escalate",
		// German's "was" is "what" before a word that is neither English nor a name, nor a slip of one
		"was fordern die familien": "what demand die families",
		"was ist das ziel":         "what is das goal",
		"was kakkar meeting him":   "was kakkar meeting him",
		"was raisi in islamabad":   "was raisi in islamabad",
		// a word nothing else reads is read as the stem it begins with
		"saldırısında kaç çocuk": "attack how many child",
		// Russian's "ли" after a word asks yes or no; its "ё" is written "е"
		"влияет ли война": "did affect war",
		"чьём визите":     "whose visit",
		// Chinese is found word by word, the longest first; digits before
		// "月" are a month
		"有多少儿童死亡":    "has how many children killed",
		"jilani是谁":   "jilani who is",
		"1月17日":      "january 17 day",
		"巴基斯坦召回大使了吗": "did pakistan recalled ambassador 了", // "吗" last asks yes or no
		// a letter held is the word it stretches
		"whooo is jilaniii":  "who is jilani",
		"how manyyy killled": "how many killed",
		"cooool":             "cool",
		// words run together are the two they join, where one is a small word
		"howmany died inthe strike": "how many died in the strike",
		"how did india react":       "how did india react",    // not "in" and "dia"
		"was it ishaq":              "was it ishaq",           // not "is" and Kakar's "haq"
		"which airbase":             "which airbase",          // two words that each say something
		"howhen did iran strike":    "howhen did iran strike", // "how hen" or "ho when": no one cut
		"the foreignminister":       "the foreign minister",   // both the article's
		// Arabic's "they demand" is not the Taliban its letters hold
		"الأهالي يطالبون بإيه": "families demand what",
		// a word read away is not one without its vowels ("des" is not "dies")
		"ministre des affaires": "minister des affairs",
	} {
		if got, _ := ix.respell(words(in), ""); strings.Join(got, " ") != want {
			t.Errorf("respell(%q) = %q, want %q", in, got, want)
		}
	}
	if got, _ := ix.respell([]string{"hw"}, ""); !slices.Equal(got, []string{"how"}) {
		t.Errorf("respell(hw) = %q, want how", got)
	}
}

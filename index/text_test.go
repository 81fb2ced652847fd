package index

import (
	"slices"
	"strings"
	"testing"
)

// TestLastQuestion: a long letter is cut to the sentences that end with its
// last question, as many as fit.
func TestLastQuestion(t *testing.T) {
	long := "Dear Editor, " + strings.Repeat("I have read the news with care. ", 12) + "Which conflict made things worse? Yours faithfully, A. Reader, Leeds"
	got, ok := lastQuestion(long, 80)
	if !ok || got != "I have read the news with care. Which conflict made things worse?" {
		t.Errorf("lastQuestion = %q, %v", got, ok)
	}
	if _, ok := lastQuestion(strings.Repeat("no question here ", 30), 80); ok {
		t.Error("lastQuestion found a question in a text without a question mark")
	}
	if _, ok := lastQuestion("Why "+strings.Repeat("very ", 40)+"long?", 80); ok {
		t.Error("lastQuestion kept a question longer than the cap")
	}
}

// TestWordsKeepMarks: a vowel sign of Devanagari is part of its word, as a
// letter is; split there, "कितने" would be two words no spelling matches.
func TestWordsKeepMarks(t *testing.T) {
	got := words("कितने बच्चे मारे गए?")
	want := []string{"कितने", "बच्चे", "मारे", "गए"}
	if !slices.Equal(got, want) {
		t.Errorf("words = %q, want %q", got, want)
	}
}

// TestCleanNonJoiner: in Arabic script the zero-width non-joiner parts a
// Persian word's pieces, which are read as words; elsewhere it is dropped.
func TestCleanNonJoiner(t *testing.T) {
	for text, want := range map[string]string{
		"حمله\u200cهای ایران": "حمله های ایران",
		"نخست\u200cوزیر کیه؟": "نخست وزیر کیه؟",
		"\u200cکی":            "کی",
		"क्ष\u200cत्र":        "क्षत्र",
		"who\u200c is jilani": "who is jilani",
	} {
		if got, _ := Clean(text, 100); got != want {
			t.Errorf("Clean(%q) = %q, want %q", text, got, want)
		}
	}
}

func TestDayOrdinal(t *testing.T) {
	for w, want := range map[string]string{
		"17th": "17", "seventeenth": "17", "31st": "31", "22nd": "22", "23rd": "23", "011th": "",
		"1st": "", "third": "", "10th": "", "32nd": "", "17x": "", "th": "", "123rd": "", "17": "",
	} {
		got, ok := dayOrdinal(w)
		if ok != (want != "") || got != want {
			t.Errorf("dayOrdinal(%q) = %q, %v; want %q", w, got, ok, want)
		}
	}
}

func TestLatinFolded(t *testing.T) {
	for in, want := range map[string]string{
		"tensões": "tensoes", "außenminister": "aussenminister", "saldırı": "saldiri", "régions": "regions",
		"plain": "plain", "کتنے": "کتنے", "बच्चे": "बच्चे",
	} {
		if got := latinFolded(in); got != want {
			t.Errorf("latinFolded(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestWithFlagNames(t *testing.T) {
	for in, want := range map[string]string{
		"🇵🇰 vs 🇮🇷 who hit first":        " Pakistan  vs  Iran  who hit first",
		"what was going on in Gaza 🇵🇸💣": "what was going on in Gaza 🇵🇸💣", // after the last word: mood
		"no flags here":                 "no flags here",
		"🇽🇽 is no country":              "🇽🇽 is no country",
		"a lone 🇵 letter":               "a lone 🇵 letter",
	} {
		if got := withFlagNames(in); got != want {
			t.Errorf("withFlagNames(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestCorrectForeign: another language's word is read as the article's when
// it is the article's word in accents ("régions") or shares a root of six
// letters with it and differs only in its ending ("conflitos").
func TestCorrectForeign(t *testing.T) {
	ix := defaultIndex(t)
	for in, want := range map[string]string{"diplomátic": "diplomatic", "conflitos": "conflict", "régions": "regions"} {
		if got, ok := ix.correct(in); !ok || got != want {
			t.Errorf("correct(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
}

// TestCorrectMarksOnly: a "word" of marks alone, as an emoji's variation
// selector is ("✍️"), corrects to nothing and does not panic.
func TestCorrectMarksOnly(t *testing.T) {
	ix := defaultIndex(t)
	for _, w := range words("did they sign anything ✍️") {
		if got, ok := ix.correct(w); ok && strings.ContainsRune(w, '\ufe0f') {
			t.Errorf("correct(%q) = %q, true; want no correction", w, got)
		}
	}
	if _, ok := ix.correct("\ufe0f"); ok {
		t.Error(`correct("\ufe0f") corrected; want nothing`)
	}
}

// TestNonLatin: another script's letters, not Latin letters with marks.
func TestNonLatin(t *testing.T) {
	for w, want := range map[string]bool{"ngoại": false, "tensões": false, "iran": false, "殺害": true, "의": true, "ایران": true, "jilani是谁": true} {
		if got := nonLatin(w); got != want {
			t.Errorf("nonLatin(%q) = %v, want %v", w, got, want)
		}
	}
}

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

// TestWordsKeepMarks: a vowel sign of Devanagari is part of its word, as a
// letter is; split there, "कितने" would be two words no spelling matches.
func TestWordsKeepMarks(t *testing.T) {
	got := words("कितने बच्चे मारे गए?")
	want := []string{"कितने", "बच्चे", "मारे", "गए"}
	if !slices.Equal(got, want) {
		t.Errorf("words = %q, want %q", got, want)
	}
}

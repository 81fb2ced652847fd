package index

import (
	"context"
	"errors"
	"testing"
	"unicode/utf8"
)

// FuzzAnswer: whatever the question, Answer does not panic, errs only for
// an empty question, and every citation is a sentence of the article.
func FuzzAnswer(f *testing.F) {
	for _, q := range []string{"How many children were killed?", "", "who is jilany", "/.*/", "@everyone", "\x00\xff",
		"when did iran strike pakistan", "How old is Jilani?", "\u202ejilani\u200b", "what did China say",
		"A) (b) C) ?", "I; could you tell me if ,", "amir-something", "ya ya na?", "…, didn't it?",
		"hw mny attcks b4 paks strike", "کیا", "ایران نے حملہ کب کیا؟", "ايران ۱۷ ژانویه كجا", "My friend, wen?",
		"有多少儿童死亡吗", "99999999999999999999月", "月", "ли", "влияет ли", "কি", "পাকিস্তান কি", "🇵🇰🇮🇷", "🇵",
		"WHOOOOOOOOO", "howmanyinthe", "saldırısında", "was fordern", "子供は何人死亡しましたか", "ジラニ"} {
		f.Add(q)
	}
	ix := defaultIndex(f)
	f.Fuzz(func(t *testing.T, q string) {
		a, err := ix.Answer(context.Background(), q)
		if err != nil {
			if !errors.Is(err, ErrEmptyQuestion) {
				t.Fatalf("Answer(%q) error %v", q, err)
			}
			return
		}
		if a.Text == "" || !utf8.ValidString(a.Text) || utf8.RuneCountInString(a.Question) > MaxQuestionRunes {
			t.Fatalf("Answer(%q) = %+v", q, a)
		}
		if a.Answered && len(a.Citations) == 0 {
			t.Fatalf("Answer(%q) answered without a citation", q)
		}
		for _, c := range append(a.Citations, a.Nearest...) {
			if s, ok := ix.Corpus().Sentence(c.Ref()); !ok || s.Text != c.Text {
				t.Fatalf("Answer(%q) cites %+v, not a sentence of the article", q, c)
			}
		}
		ix.Lookup(q)
		ix.Suggest(q, 25)
		if _, err := ix.Search(context.Background(), q, 5); err != nil {
			t.Fatalf("Search(%q): %v", q, err)
		}
	})
}

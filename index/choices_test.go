package index

import (
	"context"
	"slices"
	"testing"
)

func TestChoicesOf(t *testing.T) {
	tests := []struct {
		q    string
		want []string
	}{
		{"Which conflict: Gaza, Ukraine or Yemen?", []string{"Yemen", "Ukraine", ": Gaza"}},
		{"What was the goal: restoring relations, signing a deal, or opening a pipeline?", []string{"opening a pipeline", "signing a deal", ": restoring relations"}},
		{"Was it in Balochistan, Sindh or Punjab?", []string{"Punjab", "Sindh", "Balochistan"}},
		{"What weapons did Iran use, missiles or drones?", []string{"drones", "missiles", "use"}},
		{"Was it Iran or Pakistan?", nil},
		{"Who struck first?", nil},
		{"ȺȺȺȺ or a", nil}, // lower-cased, "Ⱥ" takes more bytes: the index of " or " moved past the end
	}
	for _, tt := range tests {
		if got := choicesOf(tt.q); !slices.Equal(got, tt.want) {
			t.Errorf("choicesOf(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}

// FuzzChoicesOf checks that no question makes reading its options panic.
func FuzzChoicesOf(f *testing.F) {
	for _, s := range []string{"Which: Gaza, Ukraine or Yemen?", "İİİ, a OR b", "x, , or", ": or :", "a,b,c or d, e"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		choicesOf(s)
	})
}

// Options the article does not know were only offered: no "did you mean"
// follows an answer that chose among them.
func TestChoicesSuggestNothing(t *testing.T) {
	ix := defaultIndex(t)
	ans, err := ix.Answer(context.Background(), "Which war made tensions worse: Gaza, Syria or Libya?")
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Answered || len(ans.Suggestions) > 0 {
		t.Errorf("answered %v, suggestions %q; want an answer and no suggestions", ans.Answered, ans.Suggestions)
	}
}

// TestDoneByAnother pins which visit answers a yes-no question asked of a
// person: another person's, when the one asked of made none ("did Jilani
// fly to Tehran?"); never another's, when they have one of their own ("is
// Raisi coming to Pakistan?").
func TestDoneByAnother(t *testing.T) {
	ix := defaultIndex(t)
	var fmVisit *fact
	for _, fs := range ix.factsByRef {
		for _, f := range fs {
			if f.kind == eventFact && f.event.ID == "fm-visit" {
				fmVisit = ix.prepare(f)
			}
		}
	}
	if fmVisit == nil {
		t.Fatal("no fm-visit event in the default corpus")
	}
	for _, tt := range []struct {
		q    string
		want bool
	}{
		{"did jilani fly to tehran?", true},
		{"is raisi coming to pakistan?", false},
	} {
		if got := ix.doneByAnother(ix.read(tt.q), fmVisit); got != tt.want {
			t.Errorf("doneByAnother(%q, fm-visit) = %v, want %v", tt.q, got, tt.want)
		}
	}
}

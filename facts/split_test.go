package facts

import (
	"reflect"
	"testing"
)

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"plain", "One here. Two there.", []string{"One here.", "Two there."}},
		{"question and exclaim", "Why? Because! Fine.", []string{"Why?", "Because!", "Fine."}},
		{"abbreviation", "Dr. Ali met Mr. Khan. They spoke.", []string{"Dr. Ali met Mr. Khan.", "They spoke."}},
		{"initial", "J. A. Jilani spoke. Then left.", []string{"J. A. Jilani spoke.", "Then left."}},
		{"dotted abbreviation", "The U.S. and the U.N. agreed. Talks ended.", []string{"The U.S. and the U.N. agreed.", "Talks ended."}},
		{"decimal", "It rose 2.5 percent. Then fell.", []string{"It rose 2.5 percent.", "Then fell."}},
		{"curly quote closes", "He said “no.” Then he left.", []string{"He said “no.”", "Then he left."}},
		{"straight quote opens", `It ended. "We agree," he said.`, []string{"It ended.", `"We agree," he said.`}},
		{"curly quote opens", "It ended. “We agree,” he said.", []string{"It ended.", "“We agree,” he said."}},
		{"number abbreviation", "See No. 5 here. Done.", []string{"See No. 5 here.", "Done."}},
		{"lower case continues", "Talks at 5 p.m. today. Done.", []string{"Talks at 5 p.m. today.", "Done."}},
		{"ellipsis", "Wait… Then go.", []string{"Wait…", "Then go."}},
		{"digit starts", "It ended. 11 died.", []string{"It ended.", "11 died."}},
		{"no final stop", "First. Second without stop", []string{"First.", "Second without stop"}},
		{"possessive curly apostrophe", "Amirabdollahian’s visit signifies this. Next.", []string{"Amirabdollahian’s visit signifies this.", "Next."}},
		{"empty", "  ", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := SplitSentences(tt.in); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("SplitSentences(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

package index

import "testing"

func TestLettered(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Labourers killed in: A) Balochistan B) Sistan-Baluchestan C) Tehran?", "Labourers killed in: Balochistan, Sistan-Baluchestan or Tehran?"},
		{"The families want: (a) compensation (b) the bodies", "The families want: compensation or the bodies?"},
		{"A) Iran B) Pakistan: which struck first?", "Iran or Pakistan: which struck first?"},
		{"Which came first, (a) or (c)?", "Which came first, (a) or (c)?"},       // one letter: no choices
		{"Compare B) Iran with A) Pakistan", "Compare B) Iran with A) Pakistan"}, // letters out of order: no choices
		{"Plan A) failed", "Plan A) failed"},                                     // one letter: no choices
	}
	for _, tt := range tests {
		if got := lettered(tt.in); got != tt.want {
			t.Errorf("lettered(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestWithoutSalutation(t *testing.T) {
	tests := []struct{ in, want string }{
		{"hello everyone, which province did Iran strike?", "which province did Iran strike?"},
		{"سلام بچه\u200cها، چند نفر کشته شدن؟", "چند نفر کشته شدن؟"},
		{"Dear Editor, who is Jilani?", "who is Jilani?"},
		{"Jilani, who is he?", "Jilani, who is he?"},                                             // a name, no greeting
		{"hi there my dear old friends, who is he?", "hi there my dear old friends, who is he?"}, // more than the ones greeted
		{" , who is Jilani?", " , who is Jilani?"},                                               // nothing before the comma: no greeting, no panic
	}
	for _, tt := range tests {
		if got := withoutSalutation(tt.in); got != tt.want {
			t.Errorf("withoutSalutation(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

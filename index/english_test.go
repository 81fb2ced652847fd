package index

import (
	"strings"
	"testing"
)

func TestIsEnglish(t *testing.T) {
	for _, w := range []string{"point", "raise", "labourers", "laborers", "killed", "a", "zoos"} {
		if !isEnglish(w) {
			t.Errorf("isEnglish(%q) = false", w)
		}
	}
	for _, w := range []string{"jilany", "kiled", "childern", "prez", "", "Point", "zzzzz"} {
		if isEnglish(w) {
			t.Errorf("isEnglish(%q) = true", w)
		}
	}
	lines := strings.Split(strings.TrimSuffix(englishWords, "\n"), "\n")
	for i := 1; i < len(lines); i++ {
		if lines[i] <= lines[i-1] {
			t.Fatalf("words.txt line %d %q after %q: not sorted", i+1, lines[i], lines[i-1])
		}
	}
}

func TestEditDistance(t *testing.T) {
	for _, tt := range []struct {
		a, b      string
		max, want int
	}{
		{"foriegn", "foreign", 2, 1}, // two letters swapped is one edit
		{"jilany", "jilani", 2, 1},
		{"ministry", "minister", 2, 2},
		{"kitten", "sitting", 3, 3},
		{"abcdef", "ghijkl", 2, 3}, // past max: max+1
		{"same", "same", 0, 0},
		{"ab", "ba", 1, 1},
	} {
		if got := editDistance(tt.a, tt.b, tt.max); got != tt.want {
			t.Errorf("editDistance(%q, %q, %d) = %d, want %d", tt.a, tt.b, tt.max, got, tt.want)
		}
	}
}

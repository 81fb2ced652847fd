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

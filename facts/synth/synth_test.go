package synth

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"visitbot/facts"
)

func TestGenerateLoads(t *testing.T) {
	for _, n := range []int{MinSentences, 300, 1000} {
		dir := t.TempDir()
		gen, err := Generate(dir, n, 1)
		if err != nil {
			t.Fatal(err)
		}
		c, err := facts.LoadDir(dir)
		if err != nil {
			t.Fatalf("Generate(%d): the corpus does not load: %v", n, err)
		}
		sentences, sections := 0, 0
		for _, a := range c.Articles {
			sentences += len(a.Sentences())
			sections += len(a.Sections)
		}
		if sentences != n || gen.Sentences != n || len(c.Articles) != gen.Articles {
			t.Errorf("Generate(%d): %d sentences in %d articles loaded, %d in %d reported", n, sentences, len(c.Articles), gen.Sentences, gen.Articles)
		}
		if sections < 3*len(c.Articles) {
			t.Errorf("Generate(%d): %d sections in %d articles, want a title, a lead and headed sections", n, sections, len(c.Articles))
		}
		for _, q := range gen.Questions {
			for _, r := range q.Accept {
				if _, ok := c.Sentence(r); !ok {
					t.Errorf("question %q accepts %v, which is not a sentence", q.Text, r)
				}
			}
		}
	}
}

func TestGenerateDeterministic(t *testing.T) {
	a, b, other := t.TempDir(), t.TempDir(), t.TempDir()
	for _, run := range []struct {
		dir  string
		seed int64
	}{{a, 7}, {b, 7}, {other, 8}} {
		if _, err := Generate(run.dir, 500, run.seed); err != nil {
			t.Fatal(err)
		}
	}
	if !sameFiles(t, a, b) {
		t.Error("the same seed wrote different corpora")
	}
	if sameFiles(t, a, other) {
		t.Error("different seeds wrote the same corpus")
	}
}

func TestGenerateVaried(t *testing.T) {
	dir := t.TempDir()
	if _, err := Generate(dir, 2000, 1); err != nil {
		t.Fatal(err)
	}
	c, err := facts.LoadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	total := 0
	for _, a := range c.Articles {
		for _, s := range a.Sentences() {
			seen[s.Text] = true
			total++
		}
	}
	if len(seen) < total*95/100 {
		t.Errorf("%d distinct sentences of %d: the corpus repeats itself", len(seen), total)
	}
}

func TestGenerateTooSmall(t *testing.T) {
	if _, err := Generate(t.TempDir(), MinSentences-1, 1); err == nil {
		t.Errorf("Generate(%d) succeeded, want an error", MinSentences-1)
	}
}

func sameFiles(t *testing.T, a, b string) bool {
	t.Helper()
	ea, _ := os.ReadDir(a)
	eb, _ := os.ReadDir(b)
	if len(ea) != len(eb) {
		return false
	}
	for i := range ea {
		if ea[i].Name() != eb[i].Name() {
			return false
		}
		x, err := os.ReadFile(filepath.Join(a, ea[i].Name()))
		if err != nil {
			t.Fatal(err)
		}
		y, err := os.ReadFile(filepath.Join(b, eb[i].Name()))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(x, y) {
			return false
		}
	}
	return true
}

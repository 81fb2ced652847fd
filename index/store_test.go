package index

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"visitbot/facts"
	"visitbot/facts/synth"
)

// synthCorpus writes a small generated corpus and returns its folder and
// questions.
func synthCorpus(t *testing.T, sentences int) (string, synth.Corpus) {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "corpus")
	gen, err := synth.Generate(dir, sentences, 1)
	if err != nil {
		t.Fatal(err)
	}
	return dir, gen
}

// replies is everything an index says to a set of questions, as JSON, to
// compare two indexes of one corpus.
func replies(t *testing.T, ix *Index, questions []string) string {
	t.Helper()
	var b strings.Builder
	enc := json.NewEncoder(&b)
	for _, q := range questions {
		a, err := ix.Answer(context.Background(), q)
		if err != nil {
			t.Fatal(err)
		}
		hits, err := ix.Search(context.Background(), q, 5)
		if err != nil {
			t.Fatal(err)
		}
		enc.Encode(a)
		enc.Encode(hits)
		enc.Encode(ix.Lookup(q))
		enc.Encode(ix.Suggest(q[:3], 5))
	}
	return b.String()
}

func TestOpenReopensWhatItStored(t *testing.T) {
	corpus, gen := synthCorpus(t, 600)
	var questions []string
	for _, q := range gen.Questions {
		questions = append(questions, q.Text)
	}
	questions = append(questions, "Zzyzx", "officials", "meet")
	c, err := facts.LoadDir(corpus)
	if err != nil {
		t.Fatal(err)
	}
	fresh, err := New(c)
	if err != nil {
		t.Fatal(err)
	}
	defer fresh.Close()
	want := replies(t, fresh, questions)

	data := t.TempDir()
	built := 0
	opts := Options{Progress: func(done, total int) { built = done }}
	ix, err := Open(data, facts.DirSource(corpus), opts)
	if err != nil {
		t.Fatal(err)
	}
	if built != 600 { // the last report is of all of them
		t.Errorf("first Open indexed %d sentences, want 600", built)
	}
	if got := replies(t, ix, questions); got != want {
		gl, wl := strings.Split(got, "\n"), strings.Split(want, "\n")
		for i := range gl {
			if i < len(wl) && gl[i] != wl[i] {
				t.Errorf("got  %s\nwant %s", gl[i], wl[i])
				break
			}
		}
		t.Error("answers of a stored index differ from a fresh build's")
	}
	ix.Close()

	built = 0
	ix, err = Open(data, facts.DirSource(corpus), opts)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	if built != 0 {
		t.Errorf("second Open of an unchanged corpus indexed %d sentences, want it reopened", built)
	}
	if got := replies(t, ix, questions); got != want {
		t.Error("answers of a reopened index differ from a fresh build's")
	}
	if ix.Corpus().Version != c.Version {
		t.Errorf("reopened corpus version %s, want %s", ix.Corpus().Version, c.Version)
	}

	// Files touched but not changed: the corpus is hashed again, not rebuilt,
	// and the new stamp is kept for next time.
	later := time.Now().Add(time.Hour)
	if err := os.Chtimes(filepath.Join(corpus, "a00001.txt"), later, later); err != nil {
		t.Fatal(err)
	}
	touched, err := Open(data, facts.DirSource(corpus), opts)
	if err != nil {
		t.Fatal(err)
	}
	touched.Close()
	stamp, err := facts.DirSource(corpus).Stamp()
	if err != nil {
		t.Fatal(err)
	}
	if built != 0 || stamped(data, stamp) == "" {
		t.Errorf("after a touch: %d sentences indexed, stamp kept: %v; want a reopen and the new stamp", built, stamped(data, stamp) != "")
	}

	// A second process opening the same stored index shares it.
	other, err := Open(data, facts.DirSource(corpus), opts)
	if err != nil {
		t.Fatalf("second Open while the first is open: %v", err)
	}
	other.Close()
}

func TestOpenRebuildsAChangedCorpus(t *testing.T) {
	corpus, _ := synthCorpus(t, 100)
	data := t.TempDir()
	ix, err := Open(data, facts.DirSource(corpus), Options{})
	if err != nil {
		t.Fatal(err)
	}
	old := ix.Corpus().Version
	ix.Close()

	// A crashed build and a folder that is not the index's are left behind.
	for _, d := range []string{".build-crashed", "notes"} {
		if err := os.MkdirAll(filepath.Join(data, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	article := filepath.Join(corpus, "a00001.txt")
	text, err := os.ReadFile(article)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(article, append(text, "Zubrovia declared a holiday.\n"...), 0o644); err != nil {
		t.Fatal(err)
	}
	ix, err = Open(data, facts.DirSource(corpus), Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	if ix.Corpus().Version == old {
		t.Fatal("a changed corpus kept its version")
	}
	hits, err := ix.Search(context.Background(), "Zubrovia holiday", 1)
	if err != nil || len(hits) == 0 {
		t.Errorf("the new sentence is not found: %v %v", hits, err)
	}
	var names []string
	entries, _ := os.ReadDir(data)
	for _, e := range entries {
		names = append(names, e.Name())
	}
	want := []string{".build-crashed", ix.Corpus().Version + "-" + storeFormat, "notes"}
	if strings.Join(names, " ") != strings.Join(want, " ") {
		t.Errorf("stored folders %v, want %v (the old version removed, a recent build and others' folders kept)", names, want)
	}
}

func TestOpenIncompleteStore(t *testing.T) {
	corpus, _ := synthCorpus(t, 100)
	data := t.TempDir()
	ix, err := Open(data, facts.DirSource(corpus), Options{})
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(data, ix.Corpus().Version+"-"+storeFormat)
	ix.Close()
	if err := os.Remove(filepath.Join(path, snapshotFile)); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(data, facts.DirSource(corpus), Options{}); err == nil || !strings.Contains(err.Error(), "incomplete") {
		t.Errorf("Open of a damaged store: %v, want an error that says it is incomplete", err)
	}
}

func TestSelectiveRetrieval(t *testing.T) {
	ix := freshIndex(t)
	// As if the corpus had 100,000 sentences, "officials" in 20,000 of them
	// and "report" in 30,000: too common to retrieve by.
	ix.sentences = make([]*sentence, 100_000)
	ix.df = map[string]int{ix.canon("officials"): 20_000, ix.canon("report"): 30_000, ix.canon("flooded"): 300, "@iran": 9_000}
	tests := []struct {
		words, ents         []string
		wantWords, wantEnts string
	}{
		{[]string{"flooded", "officials", "report"}, []string{"iran"}, "flooded", ""},
		{[]string{"officials", "report"}, nil, "officials", ""},
		{[]string{"report"}, []string{"iran"}, "", "iran"},
		{[]string{"unheard", "officials"}, nil, "unheard", ""},
	}
	for _, tt := range tests {
		var terms []string
		word := map[string]string{} // term → the word it came from
		for _, w := range tt.words {
			word[ix.canon(w)] = w
			terms = append(terms, ix.canon(w))
		}
		for _, e := range tt.ents {
			terms = append(terms, entityPrefix+e)
		}
		var w, e []string
		for _, t := range ix.selective(terms) {
			if id, ok := strings.CutPrefix(t, entityPrefix); ok {
				e = append(e, id)
			} else {
				w = append(w, word[t])
			}
		}
		if strings.Join(w, " ") != tt.wantWords || strings.Join(e, " ") != tt.wantEnts {
			t.Errorf("selective(%v, %v) = %v, %v; want %q, %q", tt.words, tt.ents, w, e, tt.wantWords, tt.wantEnts)
		}
	}
	// A word no sentence has is dropped before the choice: a question with
	// only it and common words still retrieves by the rarest common one.
	q := ix.read("what unheardof thing did officials report")
	if got := retrievalTerms(t, ix, q); strings.Join(got, " ") != "terms:"+ix.canon("officials") {
		t.Errorf("retrieval for %q = %v; want it to retrieve by %q", q.text, got, ix.canon("officials"))
	}
}

func TestStoredSheets(t *testing.T) {
	corpus, _ := synthCorpus(t, 300)
	var sheets []facts.Sheet
	for _, src := range []facts.Source{facts.DefaultSource(), facts.DirSource(corpus)} {
		c, err := src.Load()
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range c.Articles {
			sheets = append(sheets, a.Facts)
		}
	}
	data := encodeSheets(sheets)
	got, err := decodeSheets(data)
	if err != nil {
		t.Fatal(err)
	}
	// As JSON, which leaves out what is not stored (a cite's line in its
	// file), with no list and an empty one alike.
	asJSON := func(v any) string {
		b, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		return strings.ReplaceAll(string(b), "null", "[]")
	}
	if asJSON(got) != asJSON(sheets) {
		t.Error("fact sheets read back differ from those stored")
	}
	for _, cut := range []int{1, len(data) / 2, len(data) - 1} {
		if _, err := decodeSheets(data[:cut]); err == nil {
			t.Errorf("fact sheets cut to %d of %d bytes: no error", cut, len(data))
		}
	}
}

// TestStoredFieldsCoverFacts fails when a field is added to the corpus's
// types and a stored index does not keep it yet.
func TestStoredFieldsCoverFacts(t *testing.T) {
	for _, v := range []any{facts.Corpus{}, facts.Article{}, facts.Section{}, facts.Sentence{},
		facts.Sheet{}, facts.Entity{}, facts.Event{}, facts.Figure{}, facts.Cite{}, facts.Ref{}} {
		typ := reflect.TypeOf(v)
		var exported []string
		for i := 0; i < typ.NumField(); i++ {
			if f := typ.Field(i); f.IsExported() {
				exported = append(exported, f.Name)
			}
		}
		if got, want := strings.Join(exported, " "), strings.Join(storedFields[typ.Name()], " "); got != want {
			t.Errorf("facts.%s has fields %s; a stored index keeps %s: store the new ones (sheets.go, store.go)", typ.Name(), got, want)
		}
	}
}

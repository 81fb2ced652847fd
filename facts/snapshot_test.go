package facts

import (
	"bytes"
	"crypto/sha256"
	"reflect"
	"testing"
)

// exported is what a thesaurus says; the rest is derived from it.
func exported(t Thesaurus) Thesaurus {
	return Thesaurus{Groups: t.Groups, Spellings: t.Spellings, Phrases: t.Phrases, Opposites: t.Opposites, Stems: t.Stems, Languages: t.Languages}
}

func TestThesaurusSnapshotIsCurrent(t *testing.T) {
	data, err := embedded.ReadFile("corpus/" + ThesaurusFile)
	if err != nil {
		t.Fatal(err)
	}
	if sum := sha256.Sum256(data); len(thesaurusSnapshot) <= sha256.Size || !bytes.Equal(sum[:], thesaurusSnapshot[:sha256.Size]) {
		t.Fatal("thesaurus.gob was not made from corpus/thesaurus.yaml: run go generate ./facts")
	}
	want, err := ParseThesaurus(ThesaurusFile, data)
	if err != nil {
		t.Fatal(err)
	}
	got, err := parseThesaurus(ThesaurusFile, data)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(exported(got), exported(want)) {
		t.Error("the snapshot decodes to another thesaurus than the YAML parses to")
	}
	if _, ok := got.SpellIn("persian", "key"); !ok || got.LanguageOf([]string{"chand", "koshte", "shodan"}) != "persian" {
		t.Error("the snapshot's thesaurus lost what is derived from its languages")
	}
}

// A thesaurus other than the embedded one, even by a byte, is parsed, and
// its errors are reported as ever.
func TestThesaurusSnapshotOnlyForItsOwnBytes(t *testing.T) {
	data, err := embedded.ReadFile("corpus/" + ThesaurusFile)
	if err != nil {
		t.Fatal(err)
	}
	edited := bytes.Replace(data, []byte("\nspellings:\n"), []byte("\nspellings:\n  zzqx: how\n"), 1)
	got, err := parseThesaurus(ThesaurusFile, edited)
	if err != nil {
		t.Fatal(err)
	}
	want, _ := ParseThesaurus(ThesaurusFile, edited)
	if !reflect.DeepEqual(exported(got), exported(want)) || got.Spellings["zzqx"] != "how" {
		t.Error("an edited thesaurus did not read as parsed")
	}
	broken := bytes.Replace(data, []byte("spellings:"), []byte("spellings: ["), 1)
	if _, err := parseThesaurus(ThesaurusFile, broken); err == nil {
		t.Error("a broken thesaurus loaded")
	}
	custom := []byte("spellings:\n  hw: how\n")
	if th, err := parseThesaurus(ThesaurusFile, custom); err != nil || len(th.Spellings) != 1 {
		t.Errorf("a corpus's own thesaurus read as %d spellings, %v; want its one", len(th.Spellings), err)
	}
}

// The snapshot, not the YAML, is what the bytes it was made from read as.
func TestThesaurusSnapshotIsRead(t *testing.T) {
	yaml := []byte("spellings:\n  hw: how\n")
	other, err := ThesaurusSnapshot("other.yaml", []byte("spellings:\n  b4: before\n"))
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(yaml)
	copy(other, sum[:]) // the other thesaurus's snapshot, as if made of these bytes
	saved := thesaurusSnapshot
	thesaurusSnapshot = other
	defer func() { thesaurusSnapshot = saved }()
	got, err := parseThesaurus(ThesaurusFile, yaml)
	if err != nil || got.Spellings["b4"] != "before" || got.Spellings["hw"] != "" {
		t.Errorf("parseThesaurus = %v, %v; want the snapshot's spellings, not the YAML's", got.Spellings, err)
	}
}

// TestThesaurusGobIsReproducible: the same thesaurus is saved as the same
// bytes, so that go generate rewrites thesaurus.gob only when the YAML
// changes.
func TestThesaurusGobIsReproducible(t *testing.T) {
	data, err := embedded.ReadFile("corpus/" + ThesaurusFile)
	if err != nil {
		t.Fatal(err)
	}
	th, err := ParseThesaurus(ThesaurusFile, data)
	if err != nil {
		t.Fatal(err)
	}
	first, err := th.GobEncode()
	if err != nil {
		t.Fatal(err)
	}
	for range 3 {
		again, err := gobRoundTrip(t, th).GobEncode()
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(again, first) {
			t.Fatal("the thesaurus was saved as other bytes the second time")
		}
	}
}

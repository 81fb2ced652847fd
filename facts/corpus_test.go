package facts

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"time"
)

func TestDefaultCorpus(t *testing.T) {
	c, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	a := c.Articles[0]
	if a.Title != "Iranian Foreign Minister Visits Pakistan" {
		t.Errorf("title = %q", a.Title)
	}
	var names []string
	for _, s := range a.Sections {
		names = append(names, fmt.Sprintf("%s:%d", s.Name, len(s.Sentences)))
	}
	want := "Title:1 Lead:4 Reciprocal Air Strikes:3 Source of Stability:4 Terrorist Support:4 Tit-for-tat:9"
	if got := strings.Join(names, " "); got != want {
		t.Errorf("sections = %s, want %s", got, want)
	}
	s, ok := a.Sentence(Ref{Article: "visit", Section: "tit for tat", N: 3})
	if !ok || !strings.HasPrefix(s.Text, "Pakistan reported two children killed") {
		t.Errorf("Tit-for-tat 3 = %q, %v", s.Text, ok)
	}
	if s.Ref.String() != "Tit-for-tat, sentence 3" || s.Ref.ID() != "visit/tit-for-tat/3" {
		t.Errorf("ref = %q / %q", s.Ref.String(), s.Ref.ID())
	}
	// Every cite resolved to the sentence that holds its quote.
	for _, f := range a.Facts.Figures {
		for _, cite := range f.Cites {
			s, ok := a.Sentence(cite.Ref)
			if !ok || !strings.Contains(s.Text, cite.Quote) {
				t.Errorf("%s: cite %q resolved to %v %q", f.ID, cite.Quote, cite.Ref, s.Text)
			}
		}
	}
	if c.Version == "" || len(c.Thesaurus.Groups) == 0 {
		t.Errorf("version %q, %d thesaurus groups", c.Version, len(c.Thesaurus.Groups))
	}
}

func TestParseMarkdown(t *testing.T) {
	a, err := ParseMarkdown("md", "# A Title\n\nLead one. Lead two.\n\n## First part\nBody here.\n\n## First part\nAgain.\n")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range a.Sections {
		got = append(got, fmt.Sprintf("%s=%d", s.Name, len(s.Sentences)))
	}
	if want := "Title=1 Lead=2 First part=1 First part (2)=1"; strings.Join(got, " ") != want {
		t.Errorf("sections = %q, want %q", strings.Join(got, " "), want)
	}
}

const goodArticle = "A Title\nThe lead says two people met. It was calm.\nEvents:\nOn May 2, the ministers met in Lahore.\n"

const goodSheet = `entities:
  - id: lahore
    name: Lahore
    kind: place
    role: where the ministers met
    cites:
      - {section: Events, quote: "the ministers met in Lahore"}
events:
  - id: meeting
    topic: diplomacy
    says: The ministers met in Lahore.
    where: Lahore
    when: May 2
    cites:
      - {section: Events, quote: "On May 2, the ministers met in Lahore."}
`

func TestLoadErrors(t *testing.T) {
	tests := []struct {
		name  string
		sheet string
		want  string // substring of the error, which must name file and line
	}{
		{"good", goodSheet, ""},
		{"quote not in article", strings.Replace(goodSheet, "the ministers met in Lahore\"", "the ministers met in Karachi\"", 1),
			`a.yaml:7: quote not found in one sentence of Events: "the ministers met in Karachi"`},
		{"unknown section", strings.Replace(goodSheet, "{section: Events, quote: \"On", "{section: Background, quote: \"On", 1),
			`a.yaml:15: unknown section "Background"`},
		{"statement beyond the article", strings.Replace(goodSheet, "says: The ministers met in Lahore.", "says: The ministers met in Lahore and signed a treaty.", 1),
			`a.yaml:15: meeting: says "The ministers met in Lahore and signed a treaty." says "signed"`},
		{"bad yaml", goodSheet + "  - [unclosed\n", "did not find expected"},
		{"unknown key", strings.Replace(goodSheet, "when: May 2", "wen: May 2", 1), "a.yaml:13: field wen not found"},
		{"unknown topic", strings.Replace(goodSheet, "topic: diplomacy", "topic: sport", 1), `a.yaml:15: meeting: topic "sport"`},
		{"unknown who", strings.Replace(goodSheet, "where: Lahore\n", "where: Lahore\n    who: [nobody]\n", 1), `unknown entity "nobody"`},
		{"missing when", strings.Replace(goodSheet, "    when: May 2\n", "", 1), `write "not stated"`},
		{"duplicate id", strings.Replace(goodSheet, "id: meeting", "id: lahore", 1), `fact id "lahore" used twice`},
		{"capital of a place", strings.Replace(goodSheet, "    role: where the ministers met\n", "    role: where the ministers met\n    capital: Lahore\n", 1),
			`a.yaml:8: lahore: capital "Lahore" must be one of the country's aliases`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load(fstest.MapFS{"a.txt": {Data: []byte(goodArticle)}, "a.yaml": {Data: []byte(tt.sheet)}})
			switch {
			case tt.want == "" && err != nil:
				t.Fatalf("Load: %v", err)
			case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
				t.Fatalf("Load error = %v, want it to contain %q", err, tt.want)
			}
			var le *LoadError
			if err != nil && (!errors.As(err, &le) || le.File != "a.yaml" || le.Line == 0) {
				t.Errorf("error %#v does not name the file and line", err)
			}
		})
	}
}

func TestLoadFolderProblems(t *testing.T) {
	tests := map[string]fstest.MapFS{
		"no fact sheet":       {"a.txt": {Data: []byte(goodArticle)}},
		"sheet without story": {"a.txt": {Data: []byte(goodArticle)}, "a.yaml": {Data: []byte(goodSheet)}, "b.yaml": {Data: []byte(goodSheet)}},
		"empty folder":        {},
		"invalid UTF-8":       {"a.txt": {Data: []byte("Title\n\xff\xfe bad.\n")}, "a.yaml": {Data: []byte("")}},
		"bad thesaurus":       {"a.txt": {Data: []byte(goodArticle)}, "a.yaml": {Data: []byte(goodSheet)}, ThesaurusFile: {Data: []byte("groups: [[two words]]")}},
	}
	for name, fsys := range tests {
		t.Run(name, func(t *testing.T) {
			if _, err := Load(fsys); err == nil {
				t.Errorf("Load succeeded, want an error")
			}
		})
	}
}

func TestThesaurusRewrite(t *testing.T) {
	th, err := ParseThesaurus("t.yaml", []byte("phrases:\n  calm down: de-escalate\n  calm things down: de-escalate\n  ppl: people\n"))
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Join(th.Rewrite(strings.Fields("why did ppl calm things down")), " ")
	if want := "why did people de escalate"; got != want {
		t.Errorf("Rewrite = %q, want %q", got, want)
	}
}

// A phrase made of words that phrases of one word wrote is rewritten too
// ("dono mulkon" is "both countries", which is the story's two); the words
// a longer phrase wrote are not rewritten again.
func TestThesaurusRewriteChains(t *testing.T) {
	checkRewrites(t, "phrases:\n  dono: both\n  mulkon: countries\n  both countries: iran and pakistan\n  hw mny: how many\n  how many: count\n", map[string]string{
		"dono mulkon ne kya kaha": "iran and pakistan ne kya kaha",
		"both mulkon":             "iran and pakistan",
		"hw mny died":             "how many died",
	})
}

// Phrases are split as questions are, at hyphens too.
func TestThesaurusRewriteHyphens(t *testing.T) {
	checkRewrites(t, "phrases:\n  tit-for-tat: retaliation\n  all-out war: full-scale conflict\n", map[string]string{
		"was it tit for tat":     "was it retaliation",
		"fear of an all out war": "fear of an full scale conflict",
	})
}

// checkRewrites rewrites each question with a thesaurus and compares.
func checkRewrites(t *testing.T, thesaurus string, cases map[string]string) {
	t.Helper()
	th, err := ParseThesaurus("t.yaml", []byte(thesaurus))
	if err != nil {
		t.Fatal(err)
	}
	for in, want := range cases {
		if got := strings.Join(th.Rewrite(strings.Fields(in)), " "); got != want {
			t.Errorf("Rewrite(%q) = %q, want %q", in, got, want)
		}
	}
}

func ExampleDefault() {
	c, err := Default()
	if err != nil {
		panic(err)
	}
	f := c.Articles[0].Facts.Figures[1]
	fmt.Println(f.Stated, f.Counted, "—", f.Cites[0].Ref)
	// Output: two children killed — Tit-for-tat, sentence 3
}

func TestSourceVersion(t *testing.T) {
	dir := t.TempDir()
	for name, text := range map[string]string{
		"a.txt":  "Title\nOne sentence.\n",
		"a.yaml": "",
		"b.md":   "# B\n\nAnother sentence.\n",
		"b.yaml": "",
		"notes":  "counted too",
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, src := range []Source{DefaultSource(), DirSource(dir)} {
		v, err := src.Version()
		if err != nil {
			t.Fatal(err)
		}
		c, err := src.Load()
		if err != nil {
			t.Fatal(err)
		}
		if v != c.Version {
			t.Errorf("%q: Version() = %s, Load().Version = %s", src.Dir, v, c.Version)
		}
	}
	if _, err := DirSource(filepath.Join(dir, "missing")).Version(); err == nil {
		t.Error("Version of a missing folder: no error")
	}

	before, err := DirSource(dir).Stamp()
	if err != nil || before == "" {
		t.Fatalf("Stamp() = %q, %v", before, err)
	}
	later := time.Now().Add(time.Hour)
	if err := os.Chtimes(filepath.Join(dir, "notes"), later, later); err != nil {
		t.Fatal(err)
	}
	if after, _ := DirSource(dir).Stamp(); after == before {
		t.Error("Stamp() did not change when a file's time did")
	}
	if s, _ := DefaultSource().Stamp(); s != "" {
		t.Errorf("the embedded corpus has stamp %q, want none", s)
	}
}

// A thesaurus saved with gob, as a stored index saves its corpus, keeps its
// opposites and spellings.
func TestThesaurusGobKeepsOpposites(t *testing.T) {
	th, err := ParseThesaurus("t.yaml", []byte("spellings:\n  hw: how\nphrases:\n  take their time: slowly\nopposites:\n  slowly: swiftly\n"))
	if err != nil {
		t.Fatal(err)
	}
	back := gobRoundTrip(t, th)
	if got := back.Opposites["slowly"]; got != "swiftly" {
		t.Errorf("Opposites[slowly] after gob = %q, want swiftly", got)
	}
	if got := strings.Join(back.Rewrite(strings.Fields("did they take their time")), " "); got != "did they slowly" {
		t.Errorf("Rewrite after gob = %q", got)
	}
	if got := strings.Join(back.Respell(strings.Fields("hw did they")), " "); got != "how did they" {
		t.Errorf("Respell after gob = %q", got)
	}
}

// A spelling stands for a word as chat writes it: a phrase, a capital,
// nothing at all or another spelling in its place is refused at loading,
// and a phrase rewrite sees the spelling's word.
func TestThesaurusSpellings(t *testing.T) {
	refused(t, "one lower-case word", "spellings:\n  hw many: how many\n", "spellings:\n  Hw: how\n", "spellings:\n  hw: \"\"\n")
	refused(t, "itself a spelling", "spellings:\n  wat: wot\n  wot: what\n")
	th, err := ParseThesaurus("t.yaml", []byte("spellings:\n  ppl: people\n  whats: what is\nphrases:\n  how many people: how many\n"))
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(th.Respell(strings.Fields("whats up ppl")), " "); got != "what is up people" {
		t.Errorf("Respell = %q, want %q", got, "what is up people")
	}
	if got := strings.Join(th.Rewrite(strings.Fields("how many ppl died")), " "); got != "how many died" {
		t.Errorf("Rewrite = %q, want the phrase rewritten after the spelling", got)
	}
	// A phrase written with a word that has a spelling matches the question
	// that word is respelled in.
	th, err = ParseThesaurus("t.yaml", []byte("spellings:\n  ghabl: before\nphrases:\n  ghabl az: before\n"))
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(th.Rewrite(strings.Fields("ghabl az safar")), " "); got != "before safar" {
		t.Errorf("Rewrite = %q, want %q", got, "before safar")
	}
	// A phrase's words keep their vowel signs, as a question's do.
	th, err = ParseThesaurus("t.yaml", []byte("phrases:\n  \"इससे पहले\": previously\n"))
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(th.Rewrite([]string{"raisi", "इससे", "पहले"}), " "); got != "raisi previously" {
		t.Errorf("Rewrite = %q, want %q", got, "raisi previously")
	}
}

// A stem stands for the words that begin with it, the longest stem first;
// one too short to tell words apart, or standing for nothing, is refused.
func TestThesaurusStems(t *testing.T) {
	refused(t, "a stem must be", "stems:\n  böl: region\n", "stems:\n  bölge: \"\"\n", "stems:\n  Bölge: region\n")
	refused(t, "itself a spelling", "spellings:\n  hw: how\nstems:\n  nasıl: hw\n")
	refused(t, "a stem must be", "stems:\n  아: child\n") // a Korean syllable is two letters
	th, err := ParseThesaurus("t.yaml", []byte("stems:\n  bakan: minister\n  başbakan: prime minister\n  아이: children\n"))
	if err != nil {
		t.Fatal(err)
	}
	for in, want := range map[string]string{"bakanı": "minister", "başbakanı": "prime minister", "bakan": "minister", "bak": "", "kabakan": "", "아이들이": "children", "아": ""} {
		got, ok := th.Stem(in)
		if strings.Join(got, " ") != want || ok != (want != "") {
			t.Errorf("Stem(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	back := gobRoundTrip(t, th)
	if got, _ := back.Stem("bakanlar"); strings.Join(got, " ") != "minister" {
		t.Errorf("Stem after gob = %q, want minister", got)
	}
}

// A question in a language, as two or more of its marks show, or one with
// none of another's, reads that language's spellings; a tie between
// languages shows none.
func TestThesaurusLanguages(t *testing.T) {
	th, err := ParseThesaurus("t.yaml", []byte("languages:\n  dutch:\n    marks: [het, een, welke]\n    spellings:\n      wie: who\n  german:\n    verb_last: true\n    marks: [der, das, und]\n    spellings:\n      wie: how\n"))
	if err != nil {
		t.Fatal(err)
	}
	for in, want := range map[string]string{
		"wie is het een":    "dutch",
		"wie viele und das": "german",
		"wie is het der":    "", // one mark each
		"het een der das":   "", // a tie
		"who is jilani":     "",
		"wie is het":        "dutch", // a lone mark
		"wie viele der":     "german",
	} {
		if got := th.LanguageOf(strings.Fields(in)); got != want {
			t.Errorf("LanguageOf(%q) = %q, want %q", in, got, want)
		}
	}
	if got, ok := th.SpellIn("dutch", "wie"); !ok || strings.Join(got, " ") != "who" {
		t.Errorf("SpellIn(dutch, wie) = %q, %v; want who", got, ok)
	}
	if _, ok := th.SpellIn("", "wie"); ok {
		t.Errorf("SpellIn with no language spelled a word")
	}
	if !th.Languages["german"].VerbLast || th.Languages["dutch"].VerbLast {
		t.Errorf("verb_last read as german %v, dutch %v; want true, false", th.Languages["german"].VerbLast, th.Languages["dutch"].VerbLast)
	}
	back := gobRoundTrip(t, th)
	if got := back.LanguageOf(strings.Fields("der das wie")); got != "german" {
		t.Errorf("LanguageOf after gob = %q, want german", got)
	}
	if !back.Languages["german"].VerbLast {
		t.Error("verb_last lost in gob")
	}
	refused(t, "languages: dutch",
		"languages:\n  dutch:\n    marks: [Het]\n",
		"languages:\n  dutch:\n    spellings:\n      wie: \"\"\n",
		"spellings:\n  hw: how\nlanguages:\n  dutch:\n    spellings:\n      hoe: hw\n",
		"languages:\n  dutch:\n    spellings:\n      wie: who\n      hoe: wie\n")
}

// The thesaurus's maps of words are read apart from the rest of the file,
// for speed, yet a broken one is reported as yaml would: file, line, problem.
func TestThesaurusYAMLErrors(t *testing.T) {
	for in, want := range map[string]string{
		"spellings:\n  hw: how\n  hw: how\n":               `t.yaml:3: mapping key "hw" already defined at line 2`,
		"spelings:\n  hw: how\n":                           "t.yaml:1: field spelings not found in type facts.Thesaurus",
		"languages:\n  dutch:\n    markz: [a]\n":           "t.yaml:3: field markz not found in type facts.Language",
		"spellings: [a]\n":                                 "t.yaml:1: cannot unmarshal !!seq into map[string]string",
		"spellings:\n  hw: [a]\n":                          "t.yaml:2: cannot unmarshal !!seq into string",
		"spellings:\n  x: y\nphrases: {}\nspellings: {}\n": `t.yaml:4: mapping key "spellings" already defined at line 1`,
	} {
		if _, err := ParseThesaurus("t.yaml", []byte(in)); err == nil || err.Error() != want {
			t.Errorf("ParseThesaurus(%q) = %v, want %s", in, err, want)
		}
	}
	if th, err := ParseThesaurus("t.yaml", nil); err != nil || len(th.Spellings) != 0 {
		t.Errorf("an empty thesaurus: %v, %v", th.Spellings, err)
	}
}

// An opposite of more than one word would never match a question's words:
// loading says so.
func TestThesaurusOppositesAreWords(t *testing.T) {
	refused(t, "single lower-case words", "opposites:\n  take their time: swiftly\n", "opposites:\n  slowly: in depth\n", "opposites:\n  Slowly: swiftly\n")
	if _, err := ParseThesaurus("t.yaml", []byte("opposites:\n  slowly: swiftly\n")); err != nil {
		t.Errorf("a single-word opposite: %v", err)
	}
}

// refused checks that loading each thesaurus fails with an error saying want.
func refused(t *testing.T, want string, thesauri ...string) {
	t.Helper()
	for _, bad := range thesauri {
		if _, err := ParseThesaurus("t.yaml", []byte(bad)); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("ParseThesaurus(%q) = %v, want an error saying %q", bad, err, want)
		}
	}
}

// gobRoundTrip saves a thesaurus with gob and restores it, as a cached
// corpus is.
func gobRoundTrip(t *testing.T, th Thesaurus) Thesaurus {
	t.Helper()
	data, err := th.GobEncode()
	if err != nil {
		t.Fatal(err)
	}
	var back Thesaurus
	if err := back.GobDecode(data); err != nil {
		t.Fatal(err)
	}
	return back
}

// TestRewriteAllocatesOnce: a text that no phrase of one word rewrites, as
// most of an article's sentences, costs Rewrite its output only; which
// words such phrases wrote is kept only when they wrote some.
func TestRewriteAllocatesOnce(t *testing.T) {
	th, err := ParseThesaurus("t.yaml", []byte("phrases:\n  dono: both\n  both countries: iran and pakistan\n"))
	if err != nil {
		t.Fatal(err)
	}
	ws := strings.Fields("iran targeted a hideout in balochistan")
	if n := testing.AllocsPerRun(100, func() { th.Rewrite(ws) }); n != 1 {
		t.Errorf("Rewrite allocated %v times, want 1", n)
	}
}

// A phrase takes in the words it is written with, once respelled, so that a
// language's own spelling of one of them is not read there.
func TestThesaurusInPhrases(t *testing.T) {
	th, err := ParseThesaurus("t.yaml", []byte("spellings:\n  javab: answer\nphrases:\n  javab dad: responded\n  dad: ''\n"))
	if err != nil {
		t.Fatal(err)
	}
	got := th.InPhrases(strings.Fields("pakistan javab dad dad"))
	if want := []bool{false, true, true, false}; !slices.Equal(got, want) {
		t.Errorf("InPhrases = %v, want %v", got, want)
	}
}

// Counting a question's marks makes nothing on the heap: it is done for
// every question, most of which hold marks of a language or two.
func TestLanguageOfAllocatesNothing(t *testing.T) {
	th, err := ParseThesaurus("t.yaml", []byte("languages:\n  dutch:\n    marks: [het, een, welke]\n    spellings:\n      wie: who\n  german:\n    marks: [der, das, und]\n    spellings:\n      wie: how\n"))
	if err != nil {
		t.Fatal(err)
	}
	ws := strings.Fields("wie is het een der")
	if n := testing.AllocsPerRun(100, func() { th.LanguageOf(ws) }); n != 0 {
		t.Errorf("LanguageOf allocated %v times, want 0", n)
	}
}

package facts

import (
	"bytes"
	"encoding/gob"
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// Thesaurus is the news vocabulary a question and an article may differ in:
// groups of interchangeable words, the usual spellings of words that chat
// shortens ("hw mny", "b4"), phrase rewrites for a question, the
// opposites of the article's words that a yes-no question may put to it
// ("did they act slowly?" of "swiftly"), the stems of words of languages
// that pile endings on them ("saldırısında" begins with "saldırı"), and what
// each language spells its own way ("wie" is Dutch "who", German "how").
type Thesaurus struct {
	Groups    [][]string          `yaml:"groups"`
	Spellings map[string]string   `yaml:"spellings"`
	Phrases   map[string]string   `yaml:"phrases"`
	Opposites map[string]string   `yaml:"opposites"`
	Stems     map[string]string   `yaml:"stems"`
	Languages map[string]Language `yaml:"languages"`

	phrases map[string][][2][]string // first word → phrase words and their replacement, longest first
	marks   map[string][]string      // a language's mark → the languages it marks
}

// Language is how a question in one language reads differently: the words
// that show a question is in it, its spellings of words another language
// spells otherwise (Dutch's "wie" is "who", German's "how"), and whether it
// puts the verb last, so that a name before the verb need not be the one
// who acts (Persian's "Iran be Pakistan hamle kard": Iran attacked Pakistan).
type Language struct {
	Marks     []string          `yaml:"marks"`
	Spellings map[string]string `yaml:"spellings"`
	VerbLast  bool              `yaml:"verb_last"`
}

// ParseThesaurus decodes a thesaurus file.
func ParseThesaurus(file string, data []byte) (Thesaurus, error) {
	var t Thesaurus
	if err := decodeThesaurus(data, &t); err != nil {
		return Thesaurus{}, yamlError(file, err)
	}
	for i, g := range t.Groups {
		for j, w := range g {
			if g[j] = singleWord(w); g[j] == "" {
				return Thesaurus{}, &LoadError{File: file, Msg: "group " + itoa(i+1) + ": words must be single words: " + quote(w)}
			}
		}
	}
	// A spelling is read before anything else in a question, even what it
	// asks ("hw mny"), so it stands for one word, never a phrase.
	// Respelling twice must be respelling once: a question is respelled
	// before it is read, and again by every rewrite.
	spelled := func(w string) bool { _, ok := t.Spellings[w]; return ok }
	if err := checkSpellings(file, "spellings", "a spelling must be one lower-case word", t.Spellings, nil, spelled); err != nil {
		return Thesaurus{}, err
	}
	// A stem is the beginning of words: too short a one begins too many.
	tooShort := func(w string) bool { return stemLetters(w) < minStem }
	if err := checkSpellings(file, "stems", "a stem must be one lower-case word of at least "+itoa(minStem)+" letters", t.Stems, tooShort, spelled); err != nil {
		return Thesaurus{}, err
	}
	for name, l := range t.Languages {
		for _, m := range l.Marks {
			if singleWord(m) != m {
				return Thesaurus{}, &LoadError{File: file, Msg: "languages: " + name + ": mark " + quote(m) + ": a mark must be one lower-case word"}
			}
		}
		spelledHere := func(w string) bool { _, own := l.Spellings[w]; return own || spelled(w) }
		if err := checkSpellings(file, "languages: "+name, "a spelling must be one lower-case word", l.Spellings, nil, spelledHere); err != nil {
			return Thesaurus{}, err
		}
	}
	for w, o := range t.Opposites {
		// A question's words are matched one by one: "take their time" is
		// a phrase that rewrites to "slowly", whose opposite is "swiftly".
		if singleWord(w) != w || singleWord(o) != o {
			return Thesaurus{}, &LoadError{File: file, Msg: "opposites: " + quote(w) + ": " + quote(o) + ": both must be single lower-case words; rewrite a longer one with a phrase"}
		}
	}
	t.order()
	return t, nil
}

// checkSpellings checks a map of single words to the words they stand for:
// each key one lower-case word, not bad (if given), standing for some
// words, none of which is itself spelled.
func checkSpellings(file, section, rule string, m map[string]string, bad, spelled func(string) bool) error {
	for w, s := range m {
		if singleWord(w) != w || bad != nil && bad(w) || len(phraseWords(s)) == 0 {
			return &LoadError{File: file, Msg: section + ": " + quote(w) + ": " + rule + " and stand for some words"}
		}
		for _, x := range phraseWords(s) {
			if spelled(x) {
				return &LoadError{File: file, Msg: section + ": " + quote(w) + ": stands for " + quote(x) + ", itself a spelling; write what that stands for"}
			}
		}
	}
	return nil
}

// decodeThesaurus decodes a thesaurus file as a decoder that knows its
// fields would, but reads the maps of words itself: yaml.v3 checks a
// mapping's keys against each other pair by pair, which for thousands of
// spellings cost more than the rest of start-up.
func decodeThesaurus(data []byte, t *Thesaurus) error {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return err
	}
	if len(doc.Content) == 0 {
		return nil // an empty file is an empty thesaurus
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		return root.Decode(t) // yaml says what is wrong with it
	}
	words := map[string]*map[string]string{"spellings": &t.Spellings, "phrases": &t.Phrases, "opposites": &t.Opposites, "stems": &t.Stems}
	rest := &yaml.Node{Kind: yaml.MappingNode, Tag: root.Tag, Line: root.Line, Column: root.Column}
	seen := map[string]int{}
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], root.Content[i+1]
		if line, again := seen[k.Value]; again {
			return fmt.Errorf("line %d: mapping key %q already defined at line %d", k.Line, k.Value, line)
		}
		seen[k.Value] = k.Line
		switch m, ok := words[k.Value]; {
		case ok && v.Kind == yaml.MappingNode:
			read, err := wordMap(v)
			if err != nil {
				return err
			}
			*m = read
		case k.Value == "groups" || k.Value == "languages" || ok:
			rest.Content = append(rest.Content, k, v)
		default:
			return fmt.Errorf("line %d: field %s not found in type facts.Thesaurus", k.Line, k.Value)
		}
		if k.Value == "languages" && v.Kind == yaml.MappingNode {
			for j := 1; j < len(v.Content); j += 2 {
				for f := 0; f+1 < len(v.Content[j].Content) && v.Content[j].Kind == yaml.MappingNode; f += 2 {
					if name := v.Content[j].Content[f]; name.Value != "marks" && name.Value != "spellings" && name.Value != "verb_last" {
						return fmt.Errorf("line %d: field %s not found in type facts.Language", name.Line, name.Value)
					}
				}
			}
		}
	}
	return rest.Decode(t)
}

// wordMap reads a mapping of words to words, each key once.
func wordMap(n *yaml.Node) (map[string]string, error) {
	out := make(map[string]string, len(n.Content)/2)
	lines := make(map[string]int, len(n.Content)/2)
	for i := 0; i+1 < len(n.Content); i += 2 {
		var k, v string
		if err := n.Content[i].Decode(&k); err != nil {
			return nil, err
		}
		if err := n.Content[i+1].Decode(&v); err != nil {
			return nil, err
		}
		if line, again := lines[k]; again {
			return nil, fmt.Errorf("line %d: mapping key %q already defined at line %d", n.Content[i].Line, k, line)
		}
		out[k], lines[k] = v, n.Content[i].Line
	}
	return out, nil
}

// singleWord is w lower-cased and trimmed if it is one word, else "".
func singleWord(w string) string {
	w = strings.ToLower(strings.TrimSpace(w))
	if w == "" || strings.ContainsAny(w, " \t") {
		return ""
	}
	return w
}

// order files the phrases under their first words, so that rewriting costs
// one lookup a word however many phrases there are, and the languages under
// their marks.
func (t *Thesaurus) order() {
	var ordered [][2][]string
	for p, r := range t.Phrases {
		// A question's words are respelled before phrases are matched:
		// "ghabl az" is matched as "before az".
		if ws := t.Respell(phraseWords(p)); len(ws) > 0 {
			ordered = append(ordered, [2][]string{ws, phraseWords(r)})
		}
	}
	sort.Slice(ordered, func(i, j int) bool {
		a, b := ordered[i][0], ordered[j][0]
		if len(a) != len(b) {
			return len(a) > len(b)
		}
		return strings.Join(a, " ") < strings.Join(b, " ")
	})
	t.phrases = map[string][][2][]string{}
	for _, p := range ordered {
		t.phrases[p[0][0]] = append(t.phrases[p[0][0]], p)
	}
	t.marks = map[string][]string{}
	for name, l := range t.Languages {
		for _, m := range slices.Compact(slices.Sorted(slices.Values(l.Marks))) {
			t.marks[m] = append(t.marks[m], name)
		}
	}
}

// thesaurusGob is what of a Thesaurus is saved; the rest is derived. Its
// maps are saved as pairs sorted by key, so that the same thesaurus is saved
// as the same bytes: gob writes a map in Go's random order.
type thesaurusGob struct {
	Groups    [][]string
	Spellings [][2]string
	Phrases   [][2]string
	Opposites [][2]string
	Stems     [][2]string
	Languages []languageGob
}

// languageGob is a Language as saved, under its name.
type languageGob struct {
	Name      string
	Marks     []string
	Spellings [][2]string
	VerbLast  bool
}

// sortedPairs lists a map's entries in the order of their keys.
func sortedPairs(m map[string]string) [][2]string {
	out := make([][2]string, 0, len(m))
	for _, k := range slices.Sorted(maps.Keys(m)) {
		out = append(out, [2]string{k, m[k]})
	}
	return out
}

// pairMap makes a map of sortedPairs' entries again; nil for none, as the
// YAML leaves a section it lacks.
func pairMap(ps [][2]string) map[string]string {
	if ps == nil {
		return nil
	}
	m := make(map[string]string, len(ps))
	for _, p := range ps {
		m[p[0]] = p[1]
	}
	return m
}

// GobEncode saves the thesaurus, so a corpus can be cached with gob.
func (t Thesaurus) GobEncode() ([]byte, error) {
	g := thesaurusGob{Groups: t.Groups, Spellings: sortedPairs(t.Spellings), Phrases: sortedPairs(t.Phrases),
		Opposites: sortedPairs(t.Opposites), Stems: sortedPairs(t.Stems)}
	for _, name := range slices.Sorted(maps.Keys(t.Languages)) {
		l := t.Languages[name]
		g.Languages = append(g.Languages, languageGob{name, l.Marks, sortedPairs(l.Spellings), l.VerbLast})
	}
	var buf bytes.Buffer
	err := gob.NewEncoder(&buf).Encode(g)
	return buf.Bytes(), err
}

// GobDecode restores a thesaurus saved by GobEncode.
func (t *Thesaurus) GobDecode(data []byte) error {
	var g thesaurusGob
	if err := gob.NewDecoder(bytes.NewReader(data)).Decode(&g); err != nil {
		return err
	}
	*t = Thesaurus{Groups: g.Groups, Spellings: pairMap(g.Spellings), Phrases: pairMap(g.Phrases),
		Opposites: pairMap(g.Opposites), Stems: pairMap(g.Stems)}
	if g.Languages != nil {
		t.Languages = make(map[string]Language, len(g.Languages))
		for _, l := range g.Languages {
			t.Languages[l.Name] = Language{Marks: l.Marks, Spellings: pairMap(l.Spellings), VerbLast: l.VerbLast}
		}
	}
	t.order()
	return nil
}

// Respell writes each word chat shortens as it is usually spelled: "hw mny
// ppl" is "how many people".
func (t Thesaurus) Respell(words []string) []string {
	var out []string
	for i, w := range words {
		if s, ok := t.Spellings[w]; ok {
			if out == nil {
				out = append(make([]string, 0, len(words)+2), words[:i]...)
			}
			out = append(out, phraseWords(s)...)
		} else if out != nil {
			out = append(out, w)
		}
	}
	if out == nil {
		return words
	}
	return out
}

// minStem is the shortest stem: four letters begin few words.
const minStem = 4

// stemLetters counts a stem's letters, a Korean syllable block as two (it
// writes a consonant and a vowel or more: "아이" begins "아이들이", the
// children), and a Bengali letter or sign as one and a half, for a vowel
// sign is half a letter's worth of a word ("দেশ" begins "দেশের").
func stemLetters(s string) int {
	n := 0
	for _, r := range s {
		switch {
		case r >= 0xAC00 && r <= 0xD7A3:
			n += 4 // half letters: a Korean syllable is two letters
		case r >= 0x0980 && r <= 0x09FF:
			n += 3 // a Bengali letter or sign, one and a half
		default:
			n += 2
		}
	}
	return n / 2
}

// LanguageOf returns the language a question's words are in, as the
// languages' marks show it: the one with the most marks among them, two at
// least, and more than any other's, or the one of a lone mark; else "".
func (t Thesaurus) LanguageOf(words []string) string {
	if len(t.marks) == 0 {
		return ""
	}
	// The languages whose marks the words hold, and how many of each: most
	// questions hold marks of one or two (English's among them), counted
	// without making a map.
	var held [4]markCount
	counts := held[:0]
	for _, w := range words {
		for _, name := range t.marks[w] {
			i := 0
			for i < len(counts) && counts[i].language != name {
				i++
			}
			if i == len(counts) {
				counts = append(counts, markCount{language: name})
			}
			counts[i].n++
		}
	}
	best, most, tie := "", 1, false
	for _, c := range counts {
		switch {
		case c.n > most:
			best, most, tie = c.language, c.n, false
		case c.n == most && c.n > 1:
			tie = true
		}
	}
	if tie {
		return ""
	}
	if best == "" && len(counts) == 1 {
		best = counts[0].language // a lone mark, with none of another language's: "raisi key mire"
	}
	return best
}

// markCount is how many of a language's marks a question holds.
type markCount struct {
	language string
	n        int
}

// SpellIn returns the words a language spells w as, if it spells w its own
// way.
func (t Thesaurus) SpellIn(language, w string) ([]string, bool) {
	s, ok := t.Languages[language].Spellings[w]
	if !ok {
		return nil, false
	}
	return phraseWords(s), true
}

// Stem returns the words the longest stem that begins w stands for:
// Turkish's "büyükelçisini" is "büyükelçi" and endings, the ambassador.
func (t Thesaurus) Stem(w string) ([]string, bool) {
	if len(t.Stems) == 0 {
		return nil, false
	}
	for end := len(w); end > 0; end-- {
		if end < len(w) && !utf8.RuneStart(w[end]) {
			continue // not between two letters
		}
		prefix := w[:end]
		if stemLetters(prefix) < minStem {
			break
		}
		if s, ok := t.Stems[prefix]; ok {
			return phraseWords(s), true
		}
	}
	return nil, false
}

// Starts reports whether a phrase starts with the word w.
func (t Thesaurus) Starts(w string) bool {
	_, ok := t.phrases[w]
	return ok
}

// ReadsAway reports whether a phrase rewrites the word w alone to nothing:
// a grammar word of another language ("des", "los"), not a misspelling.
func (t Thesaurus) ReadsAway(w string) bool {
	for _, p := range t.phrases[w] {
		if len(p[0]) == 1 && len(p[1]) == 0 {
			return true
		}
	}
	return false
}

// Rewrite applies the phrase rewrites to lower-cased words, whole words only,
// longest phrase first so "calm things down" wins over "calm down".
func (t Thesaurus) Rewrite(words []string) []string {
	words = t.Respell(words)
	out, swapped := t.rewriteOnce(words, nil)
	if swapped == nil {
		return out
	}
	// A phrase may be made of words that phrases of one word wrote:
	// "dono mulkon" is "both countries", which is "iran and pakistan".
	out, _ = t.rewriteOnce(out, swapped)
	return out
}

// rewriteOnce applies the phrase rewrites once, longest first, and reports
// which words of its output a phrase of one word wrote, or nil when none
// did (most texts: then it allocates nothing for it). Given only, it
// applies only the phrases of two words or more that take in such a word.
func (t Thesaurus) rewriteOnce(words []string, only []bool) ([]string, []bool) {
	out := make([]string, 0, len(words)+2)
	var swapped []bool
	emit := func(ws []string, one bool) {
		if one && len(ws) > 0 && swapped == nil {
			swapped = make([]bool, len(out), cap(out))
		}
		for range ws {
			if swapped != nil {
				swapped = append(swapped, one)
			}
		}
		out = append(out, ws...)
	}
	for i := 0; i < len(words); {
		matched := false
		for _, p := range t.phrases[words[i]] {
			n := len(p[0])
			if i+n > len(words) || !equalWords(words[i:i+n], p[0]) || only != nil && (n < 2 || !slices.Contains(only[i:i+n], true)) {
				continue
			}
			emit(p[1], n == 1)
			i += n
			matched = true
			break
		}
		if !matched {
			emit(words[i:i+1], false)
			i++
		}
	}
	return out, swapped
}

// InPhrases reports, for each word, whether a phrase of two words or more
// takes it in, once respelled: Persian's "dad" is "gave", but "javab dad"
// is "responded".
func (t Thesaurus) InPhrases(words []string) []bool {
	spelt, from := make([]string, 0, len(words)), make([]int, 0, len(words)) // the words respelled, and which each was
	for i, w := range words {
		ws := []string{w}
		if s, ok := t.Spellings[w]; ok {
			ws = phraseWords(s)
		}
		for _, s := range ws {
			spelt, from = append(spelt, s), append(from, i)
		}
	}
	in := make([]bool, len(words))
	for i, w := range spelt {
		for _, p := range t.phrases[w] {
			if n := len(p[0]); n > 1 && i+n <= len(spelt) && equalWords(spelt[i:i+n], p[0]) {
				for _, j := range from[i : i+n] {
					in[j] = true
				}
				break
			}
		}
	}
	return in
}

// phraseWords splits a phrase as questions are split before rewriting: at
// every character but letters, digits and the marks that join letters
// (vowel signs), without a possessive's lone "s".
// Split at spaces only, "tit-for-tat" never matched.
func phraseWords(p string) []string {
	var out []string
	split := strings.FieldsFunc(strings.ToLower(p), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.IsMark(r) // "इससे" keeps its vowel sign, as a question's words do
	})
	for _, w := range split {
		if w != "s" {
			out = append(out, w)
		}
	}
	return out
}

func equalWords(a, b []string) bool {
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

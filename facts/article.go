package facts

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Section names given to the parts of an article that have no heading.
const (
	TitleSection = "Title"
	LeadSection  = "Lead"
)

// Article is one news story: its title, its sections in order, and the fact
// sheet curated for it.
type Article struct {
	ID       string // file name without extension, stable across edits
	File     string // article file name inside the corpus
	Title    string
	Sections []Section
	Facts    Sheet
}

// Section is a headed part of an article. The title is a section of its own,
// so a quote of the title can be cited like any sentence.
type Section struct {
	Name      string
	Sentences []Sentence
}

// Sentence is the unit of citation.
type Sentence struct {
	Ref  Ref
	Text string
}

// Ref is a stable citation: which article, which section, which sentence
// (1-based, counted across the section's paragraphs).
type Ref struct {
	Article string `json:"article"`
	Section string `json:"section"`
	N       int    `json:"sentence"`
}

// String is the citation as a reader sees it.
func (r Ref) String() string { return fmt.Sprintf("%s, sentence %d", r.Section, r.N) }

// ID is the citation as a machine key: article/section-slug/n.
func (r Ref) ID() string { return r.Article + "/" + Slug(r.Section) + "/" + fmt.Sprint(r.N) }

// Section returns the section with the given name, matched case-insensitively
// and ignoring punctuation, so "tit for tat" finds "Tit-for-tat".
func (a *Article) Section(name string) (*Section, bool) {
	want := Slug(name)
	for i := range a.Sections {
		if Slug(a.Sections[i].Name) == want {
			return &a.Sections[i], true
		}
	}
	return nil, false
}

// Sentence returns the sentence a reference points at.
func (a *Article) Sentence(r Ref) (Sentence, bool) {
	s, ok := a.Section(r.Section)
	if !ok || r.N < 1 || r.N > len(s.Sentences) {
		return Sentence{}, false
	}
	return s.Sentences[r.N-1], true
}

// Sentences returns every sentence of the article in reading order.
func (a *Article) Sentences() []Sentence {
	var out []Sentence
	for _, s := range a.Sections {
		out = append(out, s.Sentences...)
	}
	return out
}

// Slug turns a name into a lower-case key of letters, digits and dashes.
func Slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
		} else {
			dash = true
		}
	}
	return b.String()
}

// ParseText parses the plain-text article format: the first line is the title,
// a short line without end punctuation is a heading (a trailing colon is
// allowed), and the text before the first heading is the lead.
func ParseText(id, text string) (*Article, error) {
	return parse(id, text, plainHeading)
}

// ParseMarkdown parses a Markdown article: "# " is the title and "## " (or
// deeper) starts a section.
func ParseMarkdown(id, text string) (*Article, error) {
	return parse(id, text, markdownHeading)
}

// maxHeadingRunes bounds what counts as a "short line" heading.
const maxHeadingRunes = 60

func plainHeading(line string, first bool) (string, bool) {
	if first {
		return line, true
	}
	name := strings.TrimSuffix(line, ":")
	if utf8.RuneCountInString(name) > maxHeadingRunes || name == "" {
		return "", false
	}
	last, _ := utf8.DecodeLastRuneInString(name)
	if strings.ContainsRune(".!?…\"”’')]", last) {
		return "", false
	}
	return strings.TrimSpace(name), true
}

func markdownHeading(line string, first bool) (string, bool) {
	if !strings.HasPrefix(line, "#") {
		return "", false
	}
	name := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(strings.TrimLeft(line, "#")), ":"))
	return name, name != ""
}

func parse(id, text string, heading func(line string, first bool) (string, bool)) (*Article, error) {
	if !utf8.ValidString(text) {
		return nil, fmt.Errorf("article %s: not valid UTF-8", id)
	}
	text = strings.TrimPrefix(text, "\ufeff")
	a := &Article{ID: id}
	taken, next := map[string]bool{}, map[string]int{}
	var cur *Section
	for _, raw := range strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n") {
		line := strings.TrimSpace(raw)
		if line == "" {
			continue
		}
		if name, ok := heading(line, a.Title == ""); ok {
			if a.Title == "" {
				a.Title = name
				a.Sections = append(a.Sections, Section{Name: TitleSection})
				a.addSentences(&a.Sections[0], []string{name})
				continue
			}
			a.Sections = append(a.Sections, Section{Name: uniqueName(name, taken, next)})
			cur = &a.Sections[len(a.Sections)-1]
			continue
		}
		if a.Title == "" {
			return nil, fmt.Errorf("article %s: no title line", id)
		}
		if cur == nil {
			a.Sections = append(a.Sections, Section{Name: LeadSection})
			cur = &a.Sections[len(a.Sections)-1]
		}
		a.addSentences(cur, SplitSentences(line))
	}
	if a.Title == "" {
		return nil, fmt.Errorf("article %s: empty", id)
	}
	return a, nil
}

func (a *Article) addSentences(s *Section, texts []string) {
	for _, t := range texts {
		n := len(s.Sentences) + 1
		s.Sentences = append(s.Sentences, Sentence{Ref: Ref{Article: a.ID, Section: s.Name, N: n}, Text: t})
	}
}

// uniqueName keeps citations unambiguous when two headings share a name:
// the second "Update" becomes "Update (2)". taken holds the slugs given so
// far, and next the number to try first for each name, so that many
// repeats stay cheap.
func uniqueName(name string, taken map[string]bool, next map[string]int) string {
	base := Slug(name)
	try := name
	for n := max(next[base], 2); ; n++ {
		if slug := Slug(try); !taken[slug] && slug != Slug(TitleSection) && slug != Slug(LeadSection) {
			taken[slug] = true
			next[base] = n
			return try
		}
		try = fmt.Sprintf("%s (%d)", name, n)
	}
}

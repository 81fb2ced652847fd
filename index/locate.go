package index

import (
	"slices"
	"strings"

	"visitbot/facts"
)

// Where in the article a question points: a section by its heading ("per
// the tit-for-tat section"), a sentence by its place ("the opening line"),
// the headline.

// sectionNamed returns the section a question points to: "per the
// tit-for-tat section", "in the stability section", "in the paragraph
// about reciprocal air strikes", "the section titled Tit-for-tat": the words
// right before "section", or after it and "about", are all words of its
// heading. Those words locate the answer; they are not what it is about.
// "The lead", "the intro" and "the opening paragraph" point to the lead.
func (ix *Index) sectionNamed(text string, raw []string) (name string, locator []string) {
	if h, at := ix.headingIn(text, raw); h != nil {
		return h.name, raw[at : at+len(h.words)] // "how does Tit-for-tat describe Jaish al-Adl?"
	}
	for j, w := range raw {
		if leadWords[w] && j > 0 && (raw[j-1] == "the" || raw[j-1] == "its" || raw[j-1] == "per" || j > 1 && raw[j-2] == "according" && raw[j-1] == "to") &&
			(j+1 == len(raw) || !leadFollowers[raw[j+1]]) {
			return facts.LeadSection, raw[j : j+1] // "per the lead", "the intro", "according to lead"
		}
		if partWords[w] && j > 0 && (raw[j-1] == "opening" || raw[j-1] == "first") {
			return facts.LeadSection, raw[j-1 : j+1] // "in the opening paragraph"
		}
	}
	i := slices.IndexFunc(raw, func(w string) bool { return partWords[w] })
	if i < 0 {
		return "", nil
	}
	var before, after []string
	for j := i - 1; j >= 0 && j >= i-4 && !articles[raw[j]] && !prepositions[raw[j]]; j-- {
		before = append(before, raw[j])
	}
	slices.Reverse(before) // "tit for tat", as written
	if i+1 < len(raw) && partNamers[raw[i+1]] {
		from := i + 2
		if from < len(raw) && raw[from] == "the" {
			from++ // "the paragraph about the tit-for-tat"
		}
		for j := from; j < len(raw) && j <= from+3 && !auxiliaries[raw[j]] && !whWords[raw[j]] && raw[j] != "the"; j++ {
			after = append(after, raw[j])
		}
	}
	for _, named := range [][]string{before, after} {
		if len(named) == 0 {
			continue
		}
		for _, h := range ix.headings {
			if len(h.words) == 0 {
				continue
			}
			all := true
			for _, w := range named {
				all = all && slices.Contains(h.words, w)
			}
			if all || slices.Equal(named[:min(len(named), len(h.words))], h.words) {
				return h.name, named
			}
		}
	}
	return "", nil
}

// headingIn finds a section's heading written as a name inside a question,
// capitals and all: "according to Tit-for-tat", "does Reciprocal Air
// Strikes say…". Written in lower case, "the tit-for-tat strikes" are the
// strikes.
func (ix *Index) headingIn(text string, raw []string) (*heading, int) {
	var caps map[string]string
	for k := range ix.headings {
		h := &ix.headings[k]
		if h.name == facts.TitleSection || h.name == facts.LeadSection || len(h.words) == 0 {
			continue
		}
		for i := 0; i+len(h.words) <= len(raw); i++ {
			if !slices.Equal(raw[i:i+len(h.words)], h.words) {
				continue
			}
			if caps == nil {
				caps = capitalised(text)
			}
			if caps[h.words[0]] != "" {
				return h, i
			}
		}
	}
	return nil, 0
}

// partWords name a part of the story; partNamers stand between one and
// its name: "the paragraph about reciprocal air strikes".
var (
	partWords  = map[string]bool{"section": true, "paragraph": true, "part": true}
	partNamers = map[string]bool{"about": true, "on": true, "titled": true, "called": true, "named": true, "headed": true}
)

// leadWords name a story's opening paragraph: "per the lead", "in the
// intro"; leadFollowers make "the lead" something else: "the lead up to",
// "the lead role".
var (
	leadWords     = map[string]bool{"lead": true, "intro": true, "introduction": true}
	leadFollowers = map[string]bool{"up": true, "to": true, "role": true, "in": true, "on": true}
)

// lineWords name one sentence of the article: "the opening line", "the
// third sentence of the lead".
var lineWords = map[string]bool{"line": true, "sentence": true}

// ordinals number a sentence; -1 is the last.
var ordinals = map[string]int{"first": 1, "opening": 1, "initial": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3,
	"3rd": 3, "fourth": 4, "4th": 4, "fifth": 5, "5th": 5, "last": -1, "final": -1, "closing": -1, "concluding": -1}

// lineAsked returns the sentence a question points to by its place ("per
// the opening line of the lead", "in its final sentence") and the words
// that point: of the section named, else of the story, whose first line
// is the lead's. It returns no sentence if the section has none there.
func (ix *Index) lineAsked(raw []string, section string) (facts.Ref, []string) {
	for i := 0; i+1 < len(raw); i++ {
		n, ok := ordinals[raw[i]]
		at := i + 1
		if at+1 < len(raw) && leadWords[raw[at]] && lineWords[raw[at+1]] {
			at, section = at+1, facts.LeadSection // "the opening lead line"
		}
		if !ok || !lineWords[raw[at]] || len(ix.corpus.Articles) == 0 || len(ix.corpus.Articles[0].Sections) == 0 {
			continue
		}
		pointer, a := raw[i:at+1], ix.corpus.Articles[0]
		if section == "" {
			section = facts.LeadSection
			if n < 0 {
				section = a.Sections[len(a.Sections)-1].Name
			}
		}
		sec, ok := a.Section(section)
		if !ok || n > len(sec.Sentences) || len(sec.Sentences) == 0 {
			return facts.Ref{}, pointer
		}
		if n < 0 {
			n = len(sec.Sentences)
		}
		return sec.Sentences[n-1].Ref, pointer
	}
	return facts.Ref{}, nil
}

// headlineWords refer to the story's title.
var headlineWords = map[string]bool{"headline": true, "headlines": true, "title": true, "heading": true}

// asksGist reports whether a question asks what the story is about: "what's
// this article about?", "which minister's visit is the story about?". The
// title says it.
func asksGist(raw []string) bool {
	for i := 0; i+1 < len(raw); i++ {
		next := raw[i+1]
		if i+2 < len(raw) && (adverbs[next] || strings.HasSuffix(next, "ly")) {
			next = raw[i+2] // "what is the article mainly about?"
		}
		if storyWords[raw[i]] && next == "about" {
			return true
		}
	}
	return false
}

var storyWords = map[string]bool{"article": true, "story": true, "piece": true, "news": true, "report": true, "passage": true, "text": true, "copy": true}

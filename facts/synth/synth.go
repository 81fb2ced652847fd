package synth

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"visitbot/facts"
)

// MinSentences is the smallest corpus Generate writes: one article with
// room for its facts.
const MinSentences = minArticle

// minArticle and meanArticle are article lengths in sentences, title
// included; an article holds 9 sentences that carry facts.
const (
	minArticle  = 12
	meanArticle = 40
)

// Question is a question about a generated corpus, with the sentences that
// answer it. An unanswerable question has none.
type Question struct {
	Text       string
	Answerable bool
	Accept     []facts.Ref // a correct first citation is one of these
}

// Corpus describes what Generate wrote.
type Corpus struct {
	Articles  int
	Sentences int
	Entities  int // distinct entities across all fact sheets
	Questions []Question
}

// Generate writes a corpus of exactly sentences sentences into dir, which it
// creates: articles a00001.txt, a00002.txt, … each with its fact sheet. The
// same seed writes the same bytes.
func Generate(dir string, sentences int, seed int64) (Corpus, error) {
	if sentences < MinSentences {
		return Corpus{}, fmt.Errorf("synthetic corpus: at least %d sentences, not %d", MinSentences, sentences)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return Corpus{}, err
	}
	g := newGenerator(sentences, seed)
	var out Corpus
	for left, n := sentences, 1; left > 0; n++ {
		size := minArticle + g.rng.IntN(2*(meanArticle-minArticle)+1)
		if left-size < minArticle {
			size = left
		}
		left -= size
		art := g.article(fmt.Sprintf("a%05d", n), size)
		if err := os.WriteFile(filepath.Join(dir, art.id+".txt"), []byte(art.text()), 0o644); err != nil {
			return Corpus{}, err
		}
		sheet, err := yaml.Marshal(art.sheet)
		if err != nil {
			return Corpus{}, err
		}
		if err := os.WriteFile(filepath.Join(dir, art.id+".yaml"), sheet, 0o644); err != nil {
			return Corpus{}, err
		}
		out.Articles++
		out.Sentences += size
		out.Questions = append(out.Questions, art.questions...)
	}
	out.Entities = len(g.defined)
	if out.Sentences != sentences {
		return Corpus{}, errors.New("synthetic corpus: sentence count drifted") // a bug here, not in the caller
	}
	return out, nil
}

type person struct {
	first, last, office string
}

func (p person) full() string { return p.first + " " + p.last }

type generator struct {
	rng     *rand.Rand
	used    map[string]bool // every name word given out, so names stay unique
	persons []person
	places  []string
	orgs    []string
	defined map[string]bool // entity ids defined by an earlier article

	noun, verb, adj, name, place *rand.Zipf
}

// newGenerator makes name pools that grow with the corpus, as a news archive
// names more people the longer it runs.
func newGenerator(sentences int, seed int64) *generator {
	g := &generator{rng: rand.New(rand.NewPCG(uint64(seed), 0x5eed)), used: map[string]bool{}, defined: map[string]bool{}}
	for range max(20, sentences/25) {
		g.persons = append(g.persons, person{first: g.newName(2), last: g.newName(3), office: offices[g.rng.IntN(len(offices))]})
	}
	for range max(10, sentences/60) {
		g.places = append(g.places, g.newName(3))
	}
	for range max(5, sentences/150) {
		g.orgs = append(g.orgs, g.places[g.rng.IntN(len(g.places))]+" "+orgKinds[g.rng.IntN(len(orgKinds))])
	}
	zipf := func(n int) *rand.Zipf { return rand.NewZipf(g.rng, 1.1, 2, uint64(n-1)) }
	g.noun, g.verb, g.adj = zipf(len(nouns)), zipf(len(verbs)), zipf(len(adjectives))
	g.name, g.place = zipf(len(g.persons)), zipf(len(g.places))
	return g
}

// newName makes a capitalised name of syllables no other name has used.
func (g *generator) newName(syllables int) string {
	for {
		var b strings.Builder
		for i := 0; i < syllables; i++ {
			b.WriteString(onsets[g.rng.IntN(len(onsets))])
			b.WriteString(vowels[g.rng.IntN(len(vowels))])
			if i == syllables-1 || g.rng.IntN(3) == 0 {
				b.WriteString(codas[g.rng.IntN(len(codas))])
			}
		}
		if w := b.String(); !g.used[w] {
			g.used[w] = true
			return strings.ToUpper(w[:1]) + w[1:]
		}
	}
}

func (g *generator) pick(list []string) string { return list[g.rng.IntN(len(list))] }
func (g *generator) date() string {
	return months[g.rng.IntN(len(months))] + " " + strconv.Itoa(1+g.rng.IntN(28))
}

// distinct picks n different indexes below limit.
func (g *generator) distinct(n, limit int) []int {
	var out []int
	for len(out) < n {
		i := g.rng.IntN(limit)
		if !slices.Contains(out, i) {
			out = append(out, i)
		}
	}
	return out
}

type section struct {
	name      string
	sentences []string
}

type article struct {
	id        string
	sections  []section // the first is the title, the second the lead
	sheet     facts.Sheet
	questions []Question
}

func (a *article) text() string {
	var b strings.Builder
	b.WriteString(a.sections[0].sentences[0] + "\n")
	for i, s := range a.sections[1:] {
		if i > 0 {
			b.WriteString(s.name + "\n")
		}
		// Paragraphs of up to four sentences, one to a line.
		for j := 0; j < len(s.sentences); j += 4 {
			b.WriteString(strings.Join(s.sentences[j:min(j+4, len(s.sentences))], " ") + "\n")
		}
	}
	return b.String()
}

// cite quotes a sentence of a section; the sentence is the last one added.
func (a *article) cite(sec int) (facts.Cite, facts.Ref) {
	s := a.sections[sec]
	text := s.sentences[len(s.sentences)-1]
	return facts.Cite{Section: s.name, Quote: text}, facts.Ref{Article: a.id, Section: s.name, N: len(s.sentences)}
}

// article writes one story of size sentences: a meeting of two people in a
// place, what an organisation did, a reported figure, and who said what,
// among filler sentences.
func (g *generator) article(id string, size int) *article {
	a := &article{id: id}
	ps := g.distinct(4, len(g.persons))
	p1, p2, p3, p4 := g.persons[ps[0]], g.persons[ps[1]], g.persons[ps[2]], g.persons[ps[3]]
	ls := g.distinct(2, len(g.places))
	l1, l2 := g.places[ls[0]], g.places[ls[1]]
	org := g.pick(g.orgs)
	topic := g.pick(topics)

	a.sections = append(a.sections, section{name: facts.TitleSection, sentences: []string{p1.last + " and " + p2.last + " Discuss " + titleCase(topic)}})
	a.sections = append(a.sections, section{name: facts.LeadSection})
	add := func(sec int, sentence string) {
		a.sections[sec].sentences = append(a.sections[sec].sentences, sentence)
	}

	// The lead: the meeting, a filler sentence, where the talks go next.
	when := g.date()
	add(1, fmt.Sprintf("%s, the %s, met %s in %s on %s to discuss %s.", p1.full(), p1.office, p2.full(), l1, when, topic))
	meetCite, meetRef := a.cite(1)
	add(1, g.filler())
	add(1, fmt.Sprintf("Officials said the talks on %s would continue in %s.", topic, l2))
	nextCite, _ := a.cite(1)

	// The body: sections of filler with the fact sentences among them.
	body := size - 4
	nsec := min(max(body/8, 1), 6)
	heads := map[string]bool{}
	for len(a.sections) < 2+nsec {
		h := titleCase(g.pick(adjectives) + " " + nouns[g.noun.Uint64()])
		if !heads[h] {
			heads[h] = true
			a.sections = append(a.sections, section{name: h})
		}
	}
	factAt := map[int]int{} // position in the body → which fact sentence goes there
	for i, pos := range g.distinct(5, body) {
		factAt[pos] = i
	}
	var cites [5]facts.Cite
	var refs [5]facts.Ref
	orgWhen, orgVerb, orgThing := g.date(), verbs[g.verb.Uint64()], adjectives[g.adj.Uint64()]+" "+nouns[g.noun.Uint64()]
	number, what := 2+g.rng.IntN(59), g.pick(counted)
	stated := "at least " + facts.NumberWord(number)
	said := make([]string, 3)
	for i := range said {
		said[i] = fmt.Sprintf("the %s %s had been %s by the %s", adjectives[g.adj.Uint64()], nouns[g.noun.Uint64()], verbs[g.verb.Uint64()], nouns[g.noun.Uint64()])
	}
	figureSays := fmt.Sprintf("Officials in %s reported %s %s after the %s.", l2, stated, what, nouns[g.noun.Uint64()])
	for pos := 0; pos < body; pos++ {
		sec := 2 + pos*nsec/body
		i, isFact := factAt[pos]
		switch {
		case !isFact:
			add(sec, g.filler())
			continue
		case i < 3:
			p := []person{p2, p3, p4}[i]
			add(sec, fmt.Sprintf("%s, the %s, said %s.", p.full(), p.office, said[i]))
		case i == 3:
			add(sec, fmt.Sprintf("On %s, the %s %s the %s in %s.", orgWhen, org, orgVerb, orgThing, l2))
		default:
			add(sec, figureSays)
		}
		cites[i], refs[i] = a.cite(sec)
	}

	// The fact sheet: every statement is made of its cited sentence's words.
	s := &a.sheet
	entity := func(id, name, kind, role, summary string, aliases []string, c facts.Cite) {
		s.Entities = append(s.Entities, facts.Entity{ID: id, Name: name, Kind: kind, Role: role, Country: facts.NotStated,
			Aliases: aliases, Summary: summary, Cites: []facts.Cite{c}})
	}
	entity(facts.Slug(p1.full()), p1.full(), "person", p1.office,
		fmt.Sprintf("The %s who met %s in %s to discuss %s.", p1.office, p2.full(), l1, topic), []string{p1.last}, meetCite)
	for i, p := range []person{p2, p3, p4} {
		entity(facts.Slug(p.full()), p.full(), "person", p.office,
			fmt.Sprintf("The %s, who said %s.", p.office, said[i]), []string{p.last}, cites[i])
	}
	entity(facts.Slug(l1), l1, "place", fmt.Sprintf("where %s met %s", p1.full(), p2.full()),
		fmt.Sprintf("%s, where %s met %s on %s.", l1, p1.full(), p2.full(), when), nil, meetCite)
	entity(facts.Slug(l2), l2, "place", "where the talks on "+topic+" would continue",
		fmt.Sprintf("%s, where the talks on %s would continue.", l2, topic), nil, nextCite)
	entity(facts.Slug(org), org, "organisation", "",
		fmt.Sprintf("The %s, which %s the %s in %s.", org, orgVerb, orgThing, l2), nil, cites[3])
	meetID := id + "-meeting"
	s.Events = append(s.Events,
		facts.Event{ID: meetID, Topic: "diplomacy", Says: fmt.Sprintf("%s met %s in %s to discuss %s.", p1.full(), p2.full(), l1, topic),
			Who: []string{facts.Slug(p1.full()), facts.Slug(p2.full())}, Where: l1, When: when, Why: "to discuss " + topic,
			Cites: []facts.Cite{meetCite}},
		facts.Event{ID: id + "-decision", Topic: g.pick(facts.Topics), Says: fmt.Sprintf("The %s %s the %s in %s.", org, orgVerb, orgThing, l2),
			Who: []string{facts.Slug(org)}, Where: l2, When: orgWhen, Cites: []facts.Cite{cites[3]}})
	s.Figures = append(s.Figures, facts.Figure{ID: id + "-figure", Topic: "casualties", Number: number, Stated: stated,
		Counted: what, Where: l2, ReportedBy: "officials in " + l2, Says: figureSays, Cites: []facts.Cite{cites[4]}})

	// Questions: who a person is (where first defined), when the meeting
	// was, how many were counted; and two the article cannot answer.
	if !g.defined[facts.Slug(p2.full())] {
		a.questions = append(a.questions, Question{Text: "Who is " + p2.full() + "?", Answerable: true, Accept: []facts.Ref{refs[0]}})
	}
	a.questions = append(a.questions,
		Question{Text: fmt.Sprintf("When did %s meet %s?", p1.last, p2.last), Answerable: true, Accept: []facts.Ref{meetRef}},
		Question{Text: fmt.Sprintf("How many %s did officials in %s report?", what, l2), Answerable: true, Accept: []facts.Ref{refs[4]}},
		Question{Text: fmt.Sprintf("How old is %s?", p3.full())},
		Question{Text: fmt.Sprintf("What is the population of %s?", l1)})
	for _, e := range s.Entities {
		g.defined[e.ID] = true
	}
	return a
}

// filler is a sentence that carries no curated fact: the bulk of an article.
func (g *generator) filler() string {
	n := func() string { return nouns[g.noun.Uint64()] }
	v := func() string { return verbs[g.verb.Uint64()] }
	adj := func() string { return adjectives[g.adj.Uint64()] }
	place := func() string { return g.places[g.place.Uint64()] }
	last := func() string { return g.persons[g.name.Uint64()].last }
	switch g.rng.IntN(10) {
	case 0:
		return fmt.Sprintf("The %s %s in %s was %s after the %s %s.", adj(), n(), place(), v(), adj(), n())
	case 1:
		return fmt.Sprintf("%s %s the %s on %s, according to the %s.", last(), v(), n(), g.date(), g.pick(g.orgs))
	case 2:
		return fmt.Sprintf("Residents of %s said the %s had been %s twice this year.", place(), n(), v())
	case 3:
		return fmt.Sprintf("Critics said the %s %s was %s without a %s.", adj(), n(), v(), n())
	case 4:
		a, b := two(n)
		return fmt.Sprintf("A report by the %s %s the %s and the %s in %s.", g.pick(g.orgs), v(), a, b, place())
	case 5:
		return fmt.Sprintf("Local media in %s reported that the %s was %s by %d percent.", place(), n(), v(), 2+g.rng.IntN(90))
	case 6:
		return fmt.Sprintf("In %s, the %s %s remained %s while the %s was %s.", place(), adj(), n(), v(), n(), v())
	case 7:
		a, b := two(n)
		x, y := two(place)
		return fmt.Sprintf("The %s and the %s were %s by officials from %s and %s.", a, b, v(), x, y)
	case 8:
		return fmt.Sprintf("%s told reporters that the %s %s would be %s before %s.", last(), adj(), n(), v(), g.pick(months))
	default:
		return fmt.Sprintf("Talks on %s were %s in %s for a %s %s.", g.pick(topics), v(), place(), adj(), n())
	}
}

// two draws twice, for "the A and the B", trying again (a few times) when
// the draws are the same.
func two(draw func() string) (string, string) {
	a, b := draw(), draw()
	for i := 0; i < 8 && a == b; i++ {
		b = draw()
	}
	return a, b
}

func titleCase(s string) string {
	ws := strings.Fields(s)
	for i, w := range ws {
		ws[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	return strings.Join(ws, " ")
}

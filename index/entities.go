package index

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"visitbot/facts"
)

type entity struct {
	facts.Entity
	article  string
	mentions []int    // positions of the sentences that name it
	proper   []string // the words of its proper names ("jilani", "jillani"), not of descriptions ("pakistani counterpart")
}

// alias is one way of naming an entity, as words.
type alias struct {
	words []string
	id    string
}

// aliasTable finds entities named in a run of words.
type aliasTable struct {
	multi   []alias            // two words or more, longest first
	byFirst map[string][]alias // the multi-word names by their first word
	single  map[string]string  // one word → entity id
	all     []alias            // every name and alias, for suggestions
}

// functionWord reports whether a word is part of no name: "is Raeesi…" is
// not "israeesi", a misspelt "Israeli".
func functionWord(w string) bool {
	return auxiliaries[w] || articles[w] || prepositions[w] || whWords[w]
}

// nameWord reports whether a word is part of a name or alias.
func (t *aliasTable) nameWord(w string) bool {
	if t.single[w] != "" {
		return true
	}
	for _, a := range t.multi {
		if slices.Contains(a.words, w) {
			return true
		}
	}
	return false
}

func (ix *Index) buildEntities() {
	n := 0
	for _, a := range ix.corpus.Articles {
		n += len(a.Facts.Entities)
	}
	ix.aliases = aliasTable{single: make(map[string]string, n), byFirst: make(map[string][]alias, n)}
	ix.entityByID = make(map[string]*entity, n)
	ix.roleWords = map[string]bool{}
	for _, a := range ix.corpus.Articles {
		for _, e := range a.Facts.Entities {
			for _, w := range words(e.Role) {
				ix.roleWords[w] = true
			}
			if ix.entityByID[e.ID] != nil {
				continue // the first article to define an entity names it
			}
			ent := &entity{Entity: e, article: a.ID}
			ix.entities = append(ix.entities, ent)
			ix.entityByID[e.ID] = ent
			for _, name := range append([]string{e.Name}, e.Aliases...) {
				if name == e.Name || !descriptive(name) {
					ent.proper = append(ent.proper, words(name)...)
				}
				ws := ix.corpus.Thesaurus.Rewrite(words(name))
				if len(ws) == 0 {
					continue
				}
				al := alias{words: ws, id: e.ID}
				ix.aliases.all = append(ix.aliases.all, al)
				if len(ws) == 1 {
					if _, taken := ix.aliases.single[ws[0]]; !taken {
						ix.aliases.single[ws[0]] = e.ID
					}
				} else {
					ix.aliases.multi = append(ix.aliases.multi, al)
				}
			}
		}
	}
	slices.SortStableFunc(ix.aliases.multi, func(a, b alias) int { return len(b.words) - len(a.words) })
	for _, a := range ix.aliases.multi {
		ix.aliases.byFirst[a.words[0]] = append(ix.aliases.byFirst[a.words[0]], a)
	}
}

// descriptive reports whether an alias describes rather than names:
// "Pakistani counterpart", "caretaker PM", "Iranian FM". A description has
// a word in lower case or a title such as President or FM.
func descriptive(alias string) bool {
	for _, w := range strings.Fields(alias) {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsLower(r) || titleWords[strings.ToLower(strings.Trim(w, ".,"))] {
			return true
		}
	}
	return false
}

// described returns the entities of a question named only by description,
// none of their proper names written even misspelt: "who is the Pakistani
// counterpart…?" asks for the one the description points at.
func (ix *Index) described(ws []string, ids []string) map[string]bool {
	out := map[string]bool{}
	for _, id := range ids {
		e := ix.entity(id)
		if e == nil {
			continue
		}
		named := false
		for _, w := range ws {
			for _, p := range e.proper {
				if w == p || (len(w) >= 5 && w[0] == p[0] && editDistance(w, p, typoBudget(w)) <= typoBudget(w)) {
					named = true
				}
			}
		}
		if !named {
			out[id] = true
		}
	}
	return out
}

// find returns the entities named in ws, in order of first mention, and the
// words left over, and where each entity is first named.
//
// In a question (loose), each word names one entity at most, longest name
// first, and names may be misspelt ("jilany", "amir abdolahian") or scattered
// ("foreign minister of Pakistan"). In an article, names may overlap, so that
// "Iran’s foreign minister" mentions both the minister and Iran.
func (t *aliasTable) find(ws []string, loose bool) (ids []string, rest []string, at map[string]int) {
	used := make([]bool, len(ws))
	at = map[string]int{}
	add := func(id string, pos int) {
		if p, ok := at[id]; !ok || pos < p {
			at[id] = pos
		}
	}
	if !loose {
		// Exact names: only those that start with a word of ws can match,
		// which keeps reading a sentence cheap however many names there are.
		for i, w := range ws {
			for _, a := range t.byFirst[w] {
				if i+len(a.words) <= len(ws) && slices.Equal(ws[i:i+len(a.words)], a.words) {
					mark(used[i : i+len(a.words)])
					add(a.id, i)
				}
			}
		}
	}
	for _, a := range t.multi {
		if !loose {
			break
		}
		for i := 0; i+len(a.words) <= len(ws); i++ {
			span := used[i : i+len(a.words)]
			if loose && !free(span) {
				continue
			}
			if sameWords(ws[i:i+len(a.words)], a.words, loose) {
				mark(span)
				add(a.id, i)
			}
		}
	}
	if loose {
		for _, a := range t.multi {
			if pos := scattered(ws, used, a.words); pos != nil {
				for _, p := range pos {
					used[p] = true
				}
				add(a.id, pos[0])
			}
		}
	}
	for i, w := range ws {
		if id, ok := t.single[w]; ok && (!loose || !used[i]) {
			used[i] = true
			add(id, i)
		}
	}
	if loose {
		for i := range ws {
			if used[i] {
				continue
			}
			// Two words written apart that name one ("amir abdollahian").
			if i+1 < len(ws) && !used[i+1] && !(isEnglish(ws[i]) && isEnglish(ws[i+1])) && !functionWord(ws[i]) && !functionWord(ws[i+1]) {
				if id := t.fuzzySingle(ws[i] + ws[i+1]); id != "" {
					used[i], used[i+1] = true, true
					add(id, i)
					continue
				}
			}
			if i+1 < len(ws) && fragmentMarks[ws[i+1]] {
				// "amir-something": the start of a name the asker half remembers.
				if id := t.startingWith(ws[i]); id != "" {
					used[i], used[i+1] = true, true
					add(id, i)
					continue
				}
			}
			if isEnglish(ws[i]) {
				continue // "raise" is a word, not a misspelt Raisi
			}
			if id := t.fuzzySingle(ws[i]); id != "" {
				used[i] = true
				add(id, i)
			}
		}
	}
	for id := range at {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool {
		if at[ids[i]] != at[ids[j]] {
			return at[ids[i]] < at[ids[j]]
		}
		return ids[i] < ids[j]
	})
	for i, w := range ws {
		if !used[i] {
			rest = append(rest, w)
		}
	}
	return ids, rest, at
}

// sameWords compares a run of words with a name; a loose comparison lets
// each word carry its typo budget.
func sameWords(ws, name []string, loose bool) bool {
	for i := range ws {
		budget := typoBudget(ws[i])
		if budget == 0 && len(ws[i]) >= 4 && len(name) > 1 {
			budget = 1 // the rest of the name vouches for a short word: "jaish al adil"
		}
		if ws[i] != name[i] && (!loose || ws[i][0] != name[i][0] || editDistance(ws[i], name[i], budget) > budget ||
			isEnglish(ws[i]) && isEnglish(name[i]) && editDistance(ws[i], name[i], 1) > 1) { // "ministry" is no misspelt "minister"; "minster" may be
			return false
		}
	}
	return true
}

// fuzzySingle finds the one-word name nearest a misspelt word, within the
// word's typo budget and with the same first letter. Ties go to the
// alphabetically first name, so the answer never depends on map order.
func (t *aliasTable) fuzzySingle(w string) string {
	budget := typoBudget(w)
	if budget == 0 {
		return ""
	}
	best, bestD := "", budget+1
	for name := range t.single {
		if name[0] != w[0] {
			continue // a misspelt name still starts with its first letter
		}
		if d := editDistance(w, name, budget); d < bestD || (d == bestD && d <= budget && name < best) {
			best, bestD = name, d
		}
	}
	if bestD > budget {
		return ""
	}
	return t.single[best]
}

// fragmentMarks follow the start of a name the asker half remembers:
// "amir-something", "jil whatever".
var fragmentMarks = map[string]bool{"something": true, "somethin": true, "sumthing": true, "smth": true, "sth": true,
	"whatever": true, "whatsit": true}

// startingWith returns the one entity with a one-word name that starts with
// a fragment of three letters or more, or "" if none or several do.
func (t *aliasTable) startingWith(fragment string) string {
	if len(fragment) < 3 {
		return ""
	}
	found := ""
	for name, id := range t.single {
		if strings.HasPrefix(name, fragment) && name != fragment {
			if found != "" && found != id {
				return ""
			}
			found = id
		}
	}
	return found
}

// scattered returns the positions of all of name's words among the free
// words of ws, or nil if any is missing.
func scattered(ws []string, used []bool, name []string) []int {
	var pos []int
	for _, n := range name {
		found := -1
		for i, w := range ws {
			if !used[i] && w == n && !slices.Contains(pos, i) {
				found = i
				break
			}
		}
		if found < 0 {
			return nil
		}
		pos = append(pos, found)
	}
	sort.Ints(pos)
	for i := pos[0]; i < pos[len(pos)-1]; i++ {
		if !slices.Contains(pos, i) && !linkWords[ws[i]] {
			return nil // "the foreign minister made a trip to Pakistan" is not Pakistan's foreign minister
		}
	}
	return pos
}

// linkWords may stand between the words of a name written apart: "foreign
// minister of Pakistan".
var linkWords = map[string]bool{"of": true, "the": true, "from": true, "for": true}

func free(used []bool) bool {
	for _, u := range used {
		if u {
			return false
		}
	}
	return true
}

func mark(used []bool) {
	for i := range used {
		used[i] = true
	}
}

func (ix *Index) entity(id string) *entity { return ix.entityByID[id] }

// Card is what the bot knows of one entity.
type Card struct {
	Query       string     `json:"query"`
	Found       bool       `json:"found"`
	ID          string     `json:"id,omitempty"`
	Name        string     `json:"name"`
	Kind        string     `json:"kind"`
	Role        string     `json:"role"`
	Country     string     `json:"country,omitempty"`
	Aliases     []string   `json:"aliases"`
	Summary     string     `json:"summary"`
	Citations   []Citation `json:"citations"` // the sentences the role and summary rest on
	Mentions    []Citation `json:"mentions"`  // every sentence that names it
	Suggestions []string   `json:"suggestions"`
}

// Lookup finds an entity by name, alias or a misspelling of either. When
// nothing matches, the card lists the names it may have meant.
func (ix *Index) Lookup(name string) Card {
	q, _ := Clean(name, MaxQuestionRunes)
	card := Card{Query: q, Aliases: []string{}, Citations: []Citation{}, Mentions: []Citation{}, Suggestions: []string{}}
	ws := ix.corpus.Thesaurus.Rewrite(words(q))
	if len(ws) == 0 {
		return card
	}
	var e *entity
	for _, a := range ix.aliases.all {
		if slices.Equal(a.words, ws) {
			e = ix.entity(a.id)
			break
		}
	}
	if e == nil {
		// One entity, and nothing else named: "Imran Khan" is not Iran.
		if ids, rest, _ := ix.aliases.find(ws, true); len(ids) == 1 && !ix.hasContent(rest) {
			e = ix.entity(ids[0])
		}
	}
	if e == nil {
		card.Suggestions = ix.suggestNear(strings.Join(ws, " "), 5)
		return card
	}
	card.Found, card.ID, card.Name, card.Kind, card.Role = true, e.ID, e.Name, e.Kind, e.Role
	card.Country, card.Summary = e.Country, e.Summary
	if card.Country == facts.NotStated {
		card.Country = ""
	}
	card.Aliases = append(card.Aliases, e.Aliases...)
	for _, c := range e.Cites {
		card.Citations = appendCitation(card.Citations, ix.citation(c.Ref))
	}
	for _, p := range e.mentions {
		r := ix.sentences[p].Ref
		card.Mentions = append(card.Mentions, ix.citation(r))
	}
	return card
}

// hasContent reports whether any of ws is a content word.
func (ix *Index) hasContent(ws []string) bool {
	for _, w := range ws {
		if t := ix.canon(w); t != "" && !ix.filler[t] {
			return true
		}
	}
	return false
}

// suggestName lists the entities a word that the corpus never uses may have
// meant to name: a close misspelling of a name, not any short word.
func (ix *Index) suggestName(w string) []string {
	if len([]rune(w)) < 4 {
		return nil
	}
	var out []string
	budget := typoBudget(w) + 1
	for _, a := range ix.aliases.all {
		for _, n := range a.words {
			if editDistance(w, n, budget) <= budget {
				if name := ix.entity(a.id).Name; !slices.Contains(out, name) {
					out = append(out, name)
				}
			}
		}
	}
	return out
}

// suggestNear lists entity names whose names or aliases are close to text.
func (ix *Index) suggestNear(text string, n int) []string {
	budget := max(2, len([]rune(text))/2)
	return ix.bestNames(n, func(a alias) (int, bool) {
		name := strings.Join(a.words, " ")
		d := editDistance(text, name, budget)
		for _, w := range a.words { // a misspelt surname alone: "jilane"
			d = min(d, editDistance(text, w, budget))
		}
		if strings.HasPrefix(name, text) && len(text) >= 3 {
			d = 0
		}
		return d, d <= budget
	})
}

// Suggest returns up to n entity names for autocomplete: names that start
// with prefix first, then names with an alias or word that does.
func (ix *Index) Suggest(prefix string, n int) []string {
	p, _ := Clean(prefix, 100)
	p = strings.Join(words(p), " ")
	return ix.bestNames(n, func(a alias) (int, bool) {
		name := strings.Join(a.words, " ")
		switch {
		case p == "":
			return 2, true
		case strings.HasPrefix(strings.Join(words(ix.entity(a.id).Name), " "), p):
			return 0, true
		case strings.HasPrefix(name, p):
			return 1, true
		case strings.Contains(" "+name, " "+p):
			return 2, true
		}
		return 0, false
	})
}

// bestNames ranks entities by the best (lowest) rank that any of their names
// and aliases gets, ties going to the fact sheet's order, and returns up to
// n of their names.
func (ix *Index) bestNames(n int, rank func(alias) (int, bool)) []string {
	type scored struct {
		name      string
		rank, pos int
	}
	best := map[string]scored{}
	for pos, a := range ix.aliases.all {
		r, ok := rank(a)
		if !ok {
			continue
		}
		name := ix.entity(a.id).Name
		if s, seen := best[name]; !seen || r < s.rank {
			best[name] = scored{name, r, pos}
		}
	}
	list := make([]scored, 0, len(best))
	for _, s := range best {
		list = append(list, s)
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].rank != list[j].rank {
			return list[i].rank < list[j].rank
		}
		return list[i].pos < list[j].pos
	})
	out := []string{}
	for i := 0; i < len(list) && i < n; i++ {
		out = append(out, list[i].name)
	}
	return out
}

// personByRole returns the one person whose role holds every content word
// of a description ("his counterpart", "the caretaker premier"), if there is
// one.
func (ix *Index) personByRole(desc []string) string {
	found := ""
	for _, e := range ix.entities {
		if e.Kind != "person" {
			continue
		}
		role := map[string]bool{}
		for _, w := range words(e.Role) {
			role[ix.canon(w)] = true // its words as written: "Pakistani counterpart" is also an alias
		}
		all, any := true, false
		for _, w := range desc {
			if t := ix.canon(w); t != "" && !ix.filler[t] && !possessives[w] && !articles[w] {
				any = true
				all = all && role[t]
			}
		}
		if all && any {
			if found != "" {
				return "" // "the minister": more than one
			}
			found = e.ID
		}
	}
	return found
}

package index

import (
	"slices"
	"strings"
	"unicode"
)

// Choices a question offers ("Gaza, Ukraine or Yemen?", "is Jilani
// Iranian or Pakistani?"): which options the article knows, and which it
// is asked to choose between.

// choicesOf returns the options a question ends with: "…: Gaza, Ukraine or
// Yemen?", "in Balochistan, Sindh or Punjab?". A list needs a colon before it
// or three options; without a colon, the first takes as many words as the
// longest other, and comes last.
func choicesOf(text string) []string {
	t := strings.TrimRight(strings.TrimSpace(text), "?!. ")
	i := max(strings.LastIndex(t, " or "), strings.LastIndex(t, " Or "), strings.LastIndex(t, " OR ")) // not lower-cased: that may move bytes
	if i < 0 || len(words(t[i+4:])) > 6 {
		return nil
	}
	opts := []string{t[i+4:]}
	segs := strings.Split(t[:i], ",")
	for j := len(segs) - 1; j >= 0; j-- {
		seg := strings.TrimSpace(segs[j])
		if seg == "" && j == len(segs)-1 {
			continue // "…, or opening a gas pipeline"
		}
		if c := strings.LastIndexByte(seg, ':'); c >= 0 {
			return append(opts, seg[c:]) // the colon marks it as listed
		}
		if j > 0 && len(words(seg)) <= 6 {
			opts = append(opts, seg)
			continue
		}
		if len(opts) < 3 && j == len(segs)-1 {
			return nil // "A or B" with no list before it
		}
		k := 0
		for _, o := range opts {
			k = max(k, len(strings.Fields(o)))
		}
		fs := strings.Fields(seg)
		return append(opts, strings.Join(fs[max(0, len(fs)-k):], " "))
	}
	return opts
}

// weighChoices keeps, of the options a question offers, only the words of
// those the article knows: asked "Gaza, Ukraine or Yemen?", Ukraine and
// Yemen are no content and no strangers. It returns the words offered, if
// any option is known.
func (ix *Index) weighChoices(q *question, opts []string) map[string]bool {
	if len(opts) < 2 {
		return nil
	}
	var unknown []string
	for i, o := range opts {
		terms := ix.termsOf(o)
		knows, named := len(terms) > 0, false
		for t := range terms {
			named = named || strings.HasPrefix(t, entityPrefix)
			knows = knows && (strings.HasPrefix(t, entityPrefix) || ix.df[t] > 0 || ix.filler[t])
		}
		if i == len(opts)-1 && len(opts) > 2 && !strings.HasPrefix(o, ":") && !(named && namesAny(opts[:i])) {
			opts = opts[:i] // the words before "B or C" are the question's own, unless all name someone
			break
		}
		if !knows {
			unknown = append(unknown, o)
		}
	}
	if len(unknown) == len(opts) {
		return nil
	}
	offered := map[string]bool{}
	for _, o := range opts {
		for _, w := range words(o) {
			offered[w] = true
		}
	}
	for _, o := range unknown {
		for _, w := range words(o) {
			if t := ix.canon(w); t != "" && ix.df[t] == 0 {
				delete(q.weights, t)
			}
		}
	}
	q.unknown = slices.DeleteFunc(q.unknown, func(w string) bool { return offered[w] }) // no "did you mean" for what was only offered
	q.strangers = slices.DeleteFunc(q.strangers, func(s string) bool {
		return !slices.ContainsFunc(words(s), func(w string) bool { return !offered[w] })
	})
	return offered
}

// weighTwoWords drops from a question's content the one word of an "A or
// B" the article never uses, when it uses the other: "is Kakar an elected
// or a caretaker prime minister?" asks which, and the article's word
// answers. So does a country it never names, offered against one it does.
// Other names are left to optionsOf and notOffered.
func (ix *Index) weighTwoWords(q *question, ors []orChoice) {
	for _, c := range ors {
		a, b := q.words[c.before], q.words[c.after]
		known := func(w string) bool { t := ix.canon(w); return t != "" && ix.df[t] > 0 && ix.aliases.single[w] == "" }
		for i, pair := range [][2]string{{a, b}, {b, a}} {
			pos, step := c.before, -1
			if i == 1 {
				pos, step = c.after, 1
			}
			// "did Iran strike Pakistan or Afghanistan?"
			strangeCountry := countryAt(q.words, pos, step) && ix.df[ix.canon(pair[0])] == 0 && ix.aliases.single[pair[0]] == ""
			if ix.strangeWord(pair[0]) && known(pair[1]) || strangeCountry && ix.aliases.single[pair[1]] != "" {
				delete(q.weights, ix.canon(pair[0]))
				q.unknown = slices.DeleteFunc(q.unknown, func(w string) bool { return w == pair[0] })
			}
			if m := c.before - 1; i == 0 && m >= 0 && (known(a) || ix.strangeWord(a)) && known(b) && ix.strangeWord(q.words[m]) {
				// "a drone attack or an airstrike?", "ground operation or
				// air strike?": the word the article never uses says which
				// kind the other option is not.
				delete(q.weights, ix.canon(q.words[m]))
				q.unknown = slices.DeleteFunc(q.unknown, func(w string) bool { return w == q.words[m] })
			}
		}
	}
}

// countryAt reports whether a country's name starts at pos (step 1) or
// ends there (step -1): "or Saudi Arabia", "Afghanistan or…".
func countryAt(ws []string, pos, step int) bool {
	for n := 1; n <= 3; n++ {
		from, to := pos, pos+n
		if step < 0 {
			from, to = pos-n+1, pos+1
		}
		if from >= 0 && to <= len(ws) && countryNames[strings.Join(ws[from:to], " ")] {
			return true
		}
	}
	return false
}

// unknownOptions reports whether a question offers a choice ("were they
// killed by missiles or by drones?") of which the article uses neither
// word: it cannot tell which.
func (ix *Index) unknownOptions(ws []string, ors []orChoice) bool {
	return slices.ContainsFunc(ors, func(c orChoice) bool { return ix.strangeWord(ws[c.before]) && ix.strangeWord(ws[c.after]) })
}

// linksOption reports whether a word may stand before an option: "or by
// drones", "or a ground raid", "or in its Khyber Pakhtunkhwa province".
func linksOption(w string) bool { return phraseLinks[w] || articles[w] || possessives[w] }

// orChoice is one "A or B" a question offers: the word before "or", and
// the first of the option after it, past the words that link it ("or by
// drones", "or a ground raid", "or in its Khyber Pakhtunkhwa province").
type orChoice struct{ before, after int }

// orChoicesOf reads every "A or B" of a question once.
func orChoicesOf(ws []string) []orChoice {
	var ors []orChoice
	for i, w := range ws {
		if w != "or" || i == 0 || i+1 >= len(ws) {
			continue
		}
		next := i + 1
		for next+1 < len(ws) && linksOption(ws[next]) {
			next++
		}
		ors = append(ors, orChoice{i - 1, next})
	}
	return ors
}

// nameEndingAt returns the entity whose name may end at pos: the one that
// starts there or nearest before it, within a name's length ("Jaish al-Adl
// or…").
func nameEndingAt(at map[string]int, pos int) string {
	found, start := "", -1
	for id, p := range at {
		if p <= pos && p >= pos-3 && (p > start || p == start && id < found) {
			found, start = id, p
		}
	}
	return found
}

// optionsOf returns the entities a question offers to choose from: "who
// struck first, Iran or Pakistan?", "Iran's or Pakistan's?", or guesses:
// "Jaish al Adal or something". Named, they may still be the answer.
func optionsOf(ws []string, ors []orChoice, at map[string]int) map[string]bool {
	var opts map[string]bool
	for _, c := range ors {
		before, after := nameEndingAt(at, c.before), entityNamedAt(at, c.after)
		if ws[c.before+2] == "something" || ws[c.before+2] == "whatever" {
			before, after = "", "" // "jaish al adal or something": the name just before is a guess
			for id, p := range at {
				if p <= c.before && p >= c.before-7 && (before == "" || p > at[before]) {
					before, after = id, id
				}
			}
		}
		if before != "" && after == "" && countryAt(ws, c.after, 1) {
			after = before // "Pakistan or Afghanistan?": the article's country is the one offered
		} else if after != "" && before == "" && countryAt(ws, c.before, -1) {
			before = after
		}
		if before != "" && after != "" {
			if opts == nil {
				opts = map[string]bool{}
			}
			opts[before], opts[after] = true, true
		}
	}
	return opts
}

// notOffered drops from the names a question uses that the article never
// does those it offers as a choice against one the article names: "in
// Balochistan or in Khyber Pakhtunkhwa?" is answered by where it was.
func (ix *Index) notOffered(strangers, ws []string, ors []orChoice, names map[string]string, at map[string]int) []string {
	if len(strangers) == 0 {
		return strangers
	}
	offered := map[string]bool{}
	name := func(w string) string {
		if n := names[w]; n != "" {
			return n
		}
		return capitalize(w) // a country written in a script without capitals: "الهند", India
	}
	for _, c := range ors {
		if nameEndingAt(at, c.before) != "" || ix.aliases.single[ws[c.before]] != "" {
			offered[name(ws[c.after])] = true
		}
		if namedAt(at, c.after) || ix.aliases.single[ws[c.after]] != "" {
			offered[name(ws[c.before])] = true
		}
		// "president or supreme leader?": an office the article never
		// gives, offered against one it does.
		if (titleWords[ws[c.before]] || ix.roleWords[ws[c.before]]) && c.after+1 < len(ws) {
			offered[officeName(ws[c.after], ws[c.after+1])] = true
		}
		if (titleWords[ws[c.after]] || ix.roleWords[ws[c.after]]) && c.before > 0 {
			offered[officeName(ws[c.before-1], ws[c.before])] = true
		}
	}
	kept := strangers[:0]
	for _, s := range strangers {
		if !offered[s] {
			kept = append(kept, s)
		}
	}
	return kept
}

// offeredForDescribed drops from the names a yes-no question uses that the
// article never does one it offers as the name of a person the article
// describes: "is Pakistan's prime minister Shehbaz Sharif?", "was the
// Pakistani counterpart in the talks Ishaq Dar?". The question asks who
// that person is, which the article says. The name stands right after the
// description, or ends a question that opens "is" or "was".
func (ix *Index) offeredForDescribed(q *question, at map[string]int) {
	if q.intent != YesNo || len(q.strangers) == 0 || len(q.described) == 0 {
		return
	}
	identity := q.words[0] == "is" || q.words[0] == "was"
	q.strangers = slices.DeleteFunc(q.strangers, func(s string) bool {
		sw := words(s)
		for len(sw) > 1 && (officeWords[sw[0]] || titleWords[sw[0]]) {
			sw = sw[1:] // "Prime Minister Shehbaz Sharif": the name is Shehbaz Sharif
		}
		if len(sw) == 0 {
			return false
		}
		k := slices.Index(q.words, sw[0])
		if k < 0 {
			return false
		}
		for id := range q.described {
			p, ok := at[id]
			if e := ix.entity(id); e == nil || e.Kind != "person" || !ok || p >= k {
				continue
			}
			apposition := !slices.ContainsFunc(q.words[p+1:k], func(w string) bool { return !officeWords[w] && !titleWords[w] })
			if apposition || identity && k+len(sw) == len(q.words) {
				for _, w := range sw {
					delete(q.weights, ix.canon(w))
				}
				q.unknown = slices.DeleteFunc(q.unknown, func(u string) bool { return slices.Contains(sw, u) })
				name := strings.Fields(s) // as written, without the office: "Shehbaz Sharif"
				q.otherHolder = append(q.otherHolder, strings.Join(name[max(0, len(name)-len(sw)):], " "))
				return true
			}
		}
		return false
	})
}

// offeredAgainstKnown reports whether the word at i is one option of a
// choice whose other option the article knows, every word of it:
// "compensation or the bodies?", not "patrols or a security mechanism?".
func (ix *Index) offeredAgainstKnown(ws []string, ors []orChoice, i int) bool {
	var other []string
	for _, c := range ors {
		switch i {
		case c.before, c.before - 1: // "drones or…", "a drone attack or…"
			for _, w := range ws[c.after:] {
				if auxiliaries[w] || len(other) > 0 && endsPhrase(w) {
					break
				}
				if !linksOption(w) && !endsPhrase(w) {
					other = append(other, w) // "or for the bodies to be returned"
				}
			}
		case c.after:
			other = ws[c.before : c.before+1]
		default:
			if i > c.after && i-c.after <= 3 && !ix.aliases.nameWord(ws[c.after]) &&
				!slices.ContainsFunc(ws[c.after:i], func(w string) bool { return auxiliaries[w] || endsPhrase(w) }) {
				other = ws[c.before : c.before+1] // "restoring relations or building a gas pipeline"
			}
		}
	}
	known := false
	for _, w := range other {
		t := ix.canon(w)
		if t == "" || ix.filler[t] {
			continue
		}
		if ix.df[t] == 0 {
			return false
		}
		known = true
	}
	return known
}

// namesAny reports whether any of some options is written as a name.
func namesAny(opts []string) bool {
	return slices.ContainsFunc(opts, func(o string) bool {
		o = strings.TrimSpace(o)
		return o != "" && unicode.IsUpper([]rune(o)[0])
	})
}

package index

// How a question is put, around what it asks: a preamble before a colon, a
// claim heard from someone and a tag asking whether it holds, a request
// ("tell me…", "name…"), a question of whether the article tells something,
// and a clause that opens the question. Each is read as the plain question
// it makes before the question is read for what it asks.

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// withoutPreamble drops what a question says of the one asking before a
// colon: "History teacher here: does the article…", "For my readers in
// Quetta: did the ministers…". It is short, and speaks in the first person
// or names nothing the article knows ("Sequencing: which country…"). A
// claim followed by a question that only asks whether it holds ("…. Does
// the article support that?") is asked as "is it true that…".
func (ix *Index) withoutPreamble(text string) string {
	text = withoutDoubt(withoutMusing(withoutRemark(lettered(withoutSalutation(withoutMentions(text))))))
	if rest, ok := politelyAsked(text); ok {
		text = rest // "…; could you kindly remind me which country's minister…", not what "tell me" tells
	}
	text = ix.onlyQuestions(text)
	fs := strings.Fields(text)
	if rest, ok := ix.relayed(fs); ok {
		text, fs = rest, strings.Fields(rest) // "Sofia asks what the caretaker PM's name is"
	}
	if len(fs) > 2 && checkVerbs[strings.ToLower(fs[0])] && whetherWords[strings.ToLower(fs[1])] {
		// "Confirm whether a security pact was signed.": a claim to check.
		return claimAsked(strings.Join(fs[2:], " "))
	}
	if label, claim, ok := strings.Cut(text, ":"); ok && (checkVerbs[strings.ToLower(strings.TrimSpace(label))] || checkLabels[strings.Join(words(label), " ")]) {
		// "Verify: Iran targeted a hideout in Sindh.", "Claim: … True?": a
		// claim to check, unless a question follows the label.
		if ws := words(claim); len(ws) > 0 && !whWords[ws[0]] && !auxiliaries[ws[0]] {
			claim = strings.TrimSpace(claim)
			if strings.HasSuffix(strings.ToLower(claim), "true?") {
				claim = claim[:len(claim)-len("true?")] // "Claim: … True?"
			}
			return claimAsked(claim)
		}
	}
	if rest, ok := asked(fs); ok {
		return rest // "Tell me what Western nations accuse Tehran of."
	}
	if rest, ok := askedOfArticle(fs); ok {
		return rest // "Does the article say who killed the labourers?"
	}
	if q, ok := questionFirst(text); ok {
		text = q // "When the article mentions the talks, what name does it give…?"
	}
	if before, after, ok := strings.Cut(text, ","); ok && strings.TrimSpace(after) != "" {
		// "From a security-analysis standpoint, …", "As a student, …".
		ws := words(before)
		if len(ws) > 1 && len(ws) <= 6 && (ws[0] == "from" && hasWord(ws, viewpointWords) || ws[0] == "as" && (ws[1] == "a" || ws[1] == "an")) {
			return after
		}
		// "For viewers unfamiliar with Pakistani politics, what title…",
		// "Just to set the scene, who…": a presenter's lead-in.
		if rest := words(after); len(ws) > 1 && len(ws) <= 10 && leadIns[ws[0]] && !hasWord(ws, whWords) && len(rest) > 2 && (whWords[rest[0]] || auxiliaries[rest[0]]) {
			return after
		}
		// "According to the article, when did…": the question comes first,
		// where its question word is read.
		if rest := words(after); len(ws) > 1 && len(ws) <= 8 && frameOpeners[ws[0]] && len(rest) > 0 && (whWords[rest[0]] || auxiliaries[rest[0]]) {
			return strings.TrimRight(strings.TrimSpace(after), "?") + ", " + strings.TrimSpace(before) + "?"
		}
	}
	before, after, ok := strings.Cut(text, ":")
	if !ok || strings.TrimSpace(after) == "" {
		return text
	}
	ws := words(before)
	if len(ws) == 0 || len(ws) > 8 {
		return text
	}
	if len(ws) <= 5 && !ix.knowsAny(ws) && !hasWord(ws, whWords) {
		if hasWord(ws, headlineWords) {
			return strings.TrimRight(strings.TrimSpace(after), "?.!") + ", according to the headline?" // "Headline: … Visits ___."
		}
		return after // a label: "Fact-check:", "Vocabulary:", "@bot dumb q sorry:"
	}
	for _, w := range ws {
		if firstPerson[w] {
			return after
		}
	}
	return text
}

// withoutRemark drops what a chat question says of the one asking after
// it, unpunctuated: "who is jalil abbas jilani i never heard of him", "what
// happened i am confused".
func withoutRemark(text string) string {
	fs := strings.Fields(text)
	if len(fs) < 5 {
		return text
	}
	first := strings.ToLower(fs[0])
	if !whWords[first] && !auxiliaries[first] {
		return text
	}
	for i := 3; i+1 < len(fs); i++ {
		if fs[i] == "i" || fs[i] == "I" {
			if remarkVerbs[strings.ToLower(strings.Trim(fs[i+1], ",.!?"))] {
				return strings.Join(fs[:i], " ")
			}
		}
	}
	return text
}

// withoutMusing drops what a question says of the one asking in a clause
// of its own, before or after what it asks: "I know it was somewhere near
// the border but which province did Iran hit?", "what's the name of Iran's
// president, I'm totally blanking". The question kept opens with a
// question word, so it stands on its own; a clause that tells what was
// heard ("I read that…, is it true?") is the claim asked about, and stays.
func withoutMusing(text string) string {
	lower := strings.ToLower(text)
	if len(lower) != len(text) {
		return text
	}
	musing := func(clause string) bool {
		ws := words(clause)
		for len(ws) > 0 && (discourseMarkers[ws[0]] || ws[0] == "honestly" || ws[0] == "lol") {
			ws = ws[1:]
		}
		return len(ws) > 1 && ws[0] == "i" && ws[1] != "e" && !hasWord(ws, hearsayWords) && !hasWord(ws, speechWords) // not "i.e."
	}
	for _, sep := range []string{", ", " but ", " so "} {
		for off := 0; ; {
			i := strings.Index(lower[off:], sep)
			if i < 0 {
				break
			}
			i += off
			off = i + len(sep)
			before, after := text[:i], text[i+len(sep):]
			aw := words(after)
			if len(aw) > 2 && whWords[aw[0]] && musing(before) {
				return withoutMusing(after) // a lead-in about the one asking
			}
			if bw := words(before); len(bw) > 2 && (whWords[bw[0]] || auxiliaries[bw[0]]) && musing(after) && sep == ", " && !strings.ContainsAny(before, "?.!") {
				return strings.TrimSpace(before) + "?" // a remark after the question
			}
		}
	}
	return text
}

// doubtTail is a choice a question offers against itself, which asks no
// more than the question: "…adults, or does the article say otherwise?",
// "…in Balochistan, or am I misremembering?".
var doubtTail = regexp.MustCompile(`(?i)[,;]?\s+or\s+(?:(?:does|did|do)\s+(?:the\s+)?(?:article|piece|story|text|report|it)\s+(?:say|says|state|suggest|put\s+it)\s+(?:otherwise|something\s+else|different|differently)|am\s+i\s+(?:wrong|mistaken|misremembering|confusing\s+it|mixing\s+it\s+up)|is\s+that\s+wrong)\s*\??\s*$`)

// vagueTail ends a yes-no question with a choice it leaves open: "is
// Jilani Pakistan's interior minister or what?". After a "which" or "what"
// it offers a guess: "…, elections or what?".
var vagueTail = regexp.MustCompile(`(?i)[,;]?\s+or\s+(?:what|something|nah)\s*\??\s*$`)

// withoutDoubt drops a doubt the question offers against itself.
func withoutDoubt(text string) string {
	if loc := doubtTail.FindStringIndex(text); loc != nil && loc[0] > 0 {
		return strings.TrimSpace(text[:loc[0]]) + "?"
	}
	if loc := vagueTail.FindStringIndex(text); loc != nil && loc[0] > 0 {
		if ws := words(text); auxiliaries[ws[0]] || beWords[ws[0]] {
			return strings.TrimSpace(text[:loc[0]]) + "?"
		}
	}
	return text
}

// remarkVerbs follow "I" in a remark about the one asking.
var remarkVerbs = map[string]bool{"never": true, "am": true, "m": true, "dont": true, "don't": true, "don’t": true,
	"can't": true, "cant": true, "can’t": true, "keep": true, "just": true, "forgot": true, "missed": true,
	"wonder": true, "think": true, "guess": true, "heard": true, "read": true, "saw": true, "was": true}

// politelyAsked reads the question a reader wraps in a request, after what
// they say of themselves: "I was saddened to read of lives lost; could you
// tell me how many casualties…?" asks "how many casualties…?", and "I should
// like to ask whether the journey was framed as…" asks whether it was. The
// words before the request speak of the one asking ("I", "you", "me"), and
// a clause before a semicolon is background when a request follows it.
func politelyAsked(text string) (string, bool) {
	if i := strings.LastIndexByte(text, ';'); i >= 0 {
		if rest, ok := politelyAsked(text[i+1:]); ok {
			return rest, true
		}
		// "I seem to recall that Pakistan struck first; was it not Iran…?":
		// what the reader says of themselves is background to a question that
		// stands alone, referring back to nothing before it.
		before, ws := words(text[:i]), words(text[i+1:])
		if len(ws) > 2 && (whWords[ws[0]] || auxiliaries[ws[0]]) && strings.HasSuffix(strings.TrimSpace(text), "?") &&
			hasWord(before, firstPerson) && !hasWord(ws, backReferences) {
			return strings.TrimSpace(text[i+1:]), true
		}
	}
	if strings.Contains(text, ". ") || strings.Contains(text, "? ") || strings.Contains(text, "! ") {
		return "", false // one sentence: not a claim, then a request of what the article reports on it
	}
	fs := strings.Fields(text)
	lower := make([]string, len(fs))
	for i, f := range fs {
		lower[i] = strings.ToLower(strings.Trim(f, ",;:"))
	}
	asker := false
	whether := -1
	for i, w := range lower {
		asker = asker || firstPerson[w] || w == "you" ||
			strings.ContainsAny(w, "'’") && slices.ContainsFunc(words(w), func(p string) bool { return firstPerson[p] }) // "I'd like to know…"
		if !asker || !requestVerbs[w] {
			continue
		}
		j := i + 1
		for j < len(lower) && requestFillers[lower[j]] {
			j++
		}
		if j+1 < len(lower) && lower[j] == "if" && lower[j+1] == "you" {
			// "I would like to know, if you would be so good, what…": a courtesy.
			for j < len(fs) && !strings.HasSuffix(fs[j], ",") {
				j++
			}
			j++
		}
		switch {
		case j+1 >= len(lower):
		case whWords[lower[j]]:
			return strings.Join(fs[j:], " "), true
		case (lower[j] == "whether" || lower[j] == "if") && whether < 0:
			whether = j
		}
	}
	if whether >= 0 {
		return claimAsked(strings.Join(fs[whether+1:], " ")), true
	}
	return "", false
}

// leadIns open a presenter's lead-in to a question: "for the record, …",
// "just to set the scene, …", "put simply, …".
var leadIns = map[string]bool{"for": true, "just": true, "put": true, "quick": true, "briefly": true, "simply": true,
	"okay": true, "ok": true, "alright": true, "thanks": true, "finally": true, "lastly": true, "first": true, "next": true}

// backReferences refer to what was said before: "the country's", "these
// incidents", "their names".
var backReferences = map[string]bool{"this": true, "these": true, "those": true, "its": true, "their": true,
	"them": true, "they": true, "country": true, "he": true, "his": true, "she": true, "her": true}

// requestVerbs ask for what follows them: "could you tell me…", "I wonder
// whether…", "I should like to know…".
var requestVerbs = map[string]bool{"tell": true, "remind": true, "clarify": true, "confirm": true, "say": true,
	"know": true, "ask": true, "wonder": true, "wondered": true, "wondering": true, "explain": true, "check": true}

// requestFillers stand between a request verb and what it asks: "tell me
// roughly when…", "remind us again who…".
var requestFillers = map[string]bool{"me": true, "us": true, "kindly": true, "please": true, "again": true,
	"roughly": true, "exactly": true, "precisely": true, "briefly": true, "simply": true}

// letterMark is a choice's letter in a quiz: "A)", "(b)".
var letterMark = regexp.MustCompile(`(?:^|[\s:(])\(?([A-Da-d])\)\s+`)

// lettered writes a quiz's lettered choices as a list of choices: "Labourers
// killed in: A) Balochistan B) Sistan-Baluchestan C) Tehran?" asks
// "Labourers killed in: Balochistan, Sistan-Baluchestan or Tehran?". The
// letters run in order from A.
func lettered(text string) string {
	if strings.Count(text, ")") < 2 {
		return text // most questions: no regular expression to run
	}
	marks := letterMark.FindAllStringSubmatchIndex(text, -1)
	if len(marks) < 2 {
		return text
	}
	var opts []string
	for i, m := range marks {
		if unicode.ToLower(rune(text[m[2]])) != rune('a'+i) {
			return text
		}
		end := len(text)
		if i+1 < len(marks) {
			end = marks[i+1][0]
		}
		opts = append(opts, strings.TrimRight(strings.TrimSpace(text[m[1]:end]), "?.!,;"))
	}
	stem := strings.TrimRight(text[:marks[0][2]], " (") // up to the first letter: "Labourers killed in:"
	return strings.TrimSpace(stem + " " + strings.Join(opts[:len(opts)-1], ", ") + " or " + opts[len(opts)-1] + "?")
}

// claimAsked asks whether a claim holds, as "is it true that…" does.
func claimAsked(claim string) string {
	return "is it true that " + strings.TrimRight(claim, ".!? ") + "?"
}

// checkLabels head a claim to check, as a check verb does: "Fact check:
// …", "True or false: …", "Verify: …".
var checkLabels = map[string]bool{"fact check": true, "factcheck": true, "claim": true, "true or false": true, "true false": true}

// withoutSalutation drops the greeting a letter opens with ("Dear Editor,",
// "Dear Sir or Madam,") and the one a question is put to ("My friend,").
func withoutSalutation(text string) string {
	if i := strings.IndexAny(text, ",،"); i > 0 {
		if fs := strings.Fields(text[:i]); len(fs) > 0 && len(fs) <= 3 && greetings[strings.ToLower(fs[0])] {
			// "سلام بچه‌ها، …", hi guys: the greeting and the ones greeted,
			// not children.
			_, comma := utf8.DecodeRuneInString(text[i:])
			return strings.TrimSpace(text[i+comma:])
		}
	}
	if fs := strings.Fields(text); len(fs) > 3 && greetings[strings.ToLower(fs[0])] {
		// "سلام بچه‌ها این خبره درباره چیه؟", hi guys, what is this news
		// about: the ones greeted, with no comma after them. Clean parts
		// "بچه‌ها" at its non-joiner.
		if greeted[strings.ToLower(fs[1])] {
			return strings.Join(fs[2:], " ")
		}
		if len(fs) > 4 && greeted[fs[1]+" "+fs[2]] {
			return strings.Join(fs[3:], " ")
		}
	}
	i := strings.IndexByte(text, ',')
	if i <= 0 {
		return text
	}
	if strings.HasPrefix(text, "Dear ") && len(strings.Fields(text[:i])) <= 5 {
		return strings.TrimSpace(text[i+1:])
	}
	// "My friend, who is…", "my brother, how many…": the one addressed, not
	// a friend "who is" someone. "My friend, who reads the news, asks…" is
	// a friend who does.
	if rest := words(text[i+1:]); len(rest) > 1 && (whWords[rest[0]] || auxiliaries[rest[0]]) && !strings.Contains(text[i+1:], ",") &&
		strings.EqualFold(strings.Fields(text)[0], "my") {
		return strings.TrimSpace(text[i+1:])
	}
	return text
}

// greeted are the ones a greeting addresses: "hi guys", "سلام بچه‌ها"
// (which Clean parts at its non-joiner).
var greeted = map[string]bool{"guys": true, "all": true, "everyone": true, "folks": true, "friends": true, "bro": true,
	"yaar": true, "dosto": true, "bachcho": true, "bacheha": true, "بچه ها": true, "بچها": true, "دوستان": true, "شباب": true, "جماعة": true}

// greetings open a question said to a group: "hi guys, …", "سلام بچه‌ها، …",
// "ببخشید، …" (excuse me).
var greetings = map[string]bool{"hi": true, "hello": true, "hey": true, "hiya": true, "yo": true, "salam": true,
	"salaam": true, "slm": true, "سلام": true, "ببخشید": true, "مرحبا": true, "هلا": true, "اهلا": true, "hola": true, "namaste": true}

// withoutMentions drops the mentions of a chat ("@bot", "<@123>") and a
// bot called by name without one ("newsbot, what…"): they address the
// question, they are no part of it.
func withoutMentions(text string) string {
	if !strings.Contains(text, "@") && !strings.Contains(text, "bot") && !strings.Contains(text, "Bot") && !strings.Contains(text, "BOT") {
		return text // most questions: nothing to drop, and nothing to lower-case
	}
	fs := strings.Fields(text)
	kept := fs[:0]
	for _, f := range fs {
		switch {
		case strings.HasPrefix(f, "@") || strings.HasPrefix(f, "<@"):
		case botName(f):
			if end := strings.Trim(f[strings.LastIndexFunc(f, unicode.IsLetter)+1:], ",:;"); end != "" {
				kept = append(kept, end) // "…, newsbot?" keeps its question mark
			}
		default:
			kept = append(kept, f)
		}
	}
	return strings.Join(kept, " ")
}

// botName reports whether a word is the name of a bot, "newsbot,",
// "FactBot": a word ending in "bot", longer than "robot".
func botName(f string) bool {
	w := strings.ToLower(strings.TrimRightFunc(f, func(r rune) bool { return !unicode.IsLetter(r) }))
	return len(w) > 5 && strings.HasSuffix(w, "bot") && strings.IndexFunc(w, func(r rune) bool { return r < 'a' || r > 'z' }) < 0
}

// relayed reads a question one passes on for another ("Sofia asks what…",
// "Felix asks is Jilani…", "Clara asks whether…") as the question asked.
// The one asking is a name the article does not know.
func (ix *Index) relayed(fs []string) (string, bool) {
	if len(fs) < 4 || !relayVerbs[strings.ToLower(fs[1])] || ix.knowsAny(words(fs[0])) {
		return "", false
	}
	rest := fs[2:]
	switch strings.ToLower(rest[0]) {
	case "whether", "if":
		return claimAsked(strings.Join(rest[1:], " ")), true
	case "about":
		return "", false // "Sam asks about the strikes": no question to read
	}
	return strings.Join(rest, " "), true
}

var relayVerbs = map[string]bool{"asks": true, "asked": true, "wonders": true, "wants": true}

// knowsAny reports whether any of some words is one the article uses or a
// name it knows.
func (ix *Index) knowsAny(ws []string) bool {
	ents, rest, _ := ix.aliases.find(ws, true)
	if len(ents) > 0 {
		return true
	}
	for _, w := range rest {
		if t := ix.canon(w); t != "" && ix.df[t] > 0 {
			return true
		}
	}
	return false
}

// onlyQuestions keeps, of a text of several sentences some of which end
// with a question mark, those: "Which province did Iran's strike land in?
// I report from its capital." When the questions only ask whether what
// was said before holds ("The draft says Kakar was elected. Does the
// article agree?", "I read that X — is that right?"), that is what is
// asked, without who said it. A claim asked with a question mark ("someone
// said Iran struck first?") is asked the same way.
func (ix *Index) onlyQuestions(text string) string {
	if !strings.Contains(text, "?") {
		return text
	}
	var kept, claims []string
	referring := true
	start := 0
	for i, r := range text {
		if (r == '.' || r == '!' || r == '?') && (i+1 == len(text) || text[i+1] == ' ' || text[i+1] == '\n') { // not "2.5"
			sentence := strings.TrimSpace(text[start : i+1])
			ws := words(sentence)
			ending := sentence[len(strings.TrimRight(sentence, ".!?")):]
			switch {
			case len(ws) == 0:
			case strings.Contains(ending, "?"): // "who killed them?!?!" asks too
				if claim, ok := tagged(sentence); ok {
					claim, _ = ix.sayerOf(claim)
					claims = append(claims, claim)
					break
				}
				if said, ok := ix.hearsay(sentence); ok {
					claims = append(claims, strings.TrimRight(said, "?")) // "someone said Iran struck first?"
					break
				}
				kept = append(kept, sentence)
				referring = referring && asksIfHolds(ws)
			default:
				claim, _ := ix.sayerOf(sentence)
				claims = append(claims, claim)
			}
			start = i + 1
		}
	}
	if referring && len(claims) > 0 {
		return claimAsked(strings.Join(claims, " "))
	}
	if len(kept) == 0 {
		return text
	}
	if last := kept[len(kept)-1]; len(kept) > 1 && ix.asksOutright(last) && !hasWord(words(last), pronouns) &&
		!slices.ContainsFunc(kept[:len(kept)-1], ix.asksOutright) {
		// "Small talk over tea or proper business? How are the talks
		// described?": a quip, then the question. Not "Body count from
		// Pakistan's strike? How many casualties did it cause?", which
		// asks of what came before.
		return last
	}
	return strings.Join(kept, " ")
}

// asksOutright reports whether a sentence opens as a question does, with
// its question word or auxiliary first, or after a preposition ("in what
// kind of area…"), in English or in words the thesaurus reads as English
// ("chera…").
func (ix *Index) asksOutright(sentence string) bool {
	ws := ix.corpus.Thesaurus.Rewrite(words(sentence))
	if len(ws) > 1 && prepositions[ws[0]] && whWords[ws[1]] {
		ws = ws[1:]
	}
	return len(ws) > 2 && (whWords[ws[0]] || auxiliaries[ws[0]])
}

// tagged splits a claim from a question after it that asks only whether it
// holds: "I read that X — is that right?", "X, correct?".
func tagged(sentence string) (claim string, ok bool) {
	i := max(strings.LastIndex(sentence, " — "), strings.LastIndex(sentence, " – "), strings.LastIndex(sentence, " - "), strings.LastIndex(sentence, ", "))
	if i < 0 {
		return "", false
	}
	claim, tag := sentence[:i], withoutNegation(words(sentence[i:])) // "…, didn't it?" asks as "…, did it?"
	if len(tag) == 0 || !auxiliaries[tag[0]] && !truthWords[tag[0]] || !asksIfHolds(tag) || len(words(claim)) < 3 {
		return "", false
	}
	if ws := words(claim); auxiliaries[ws[0]] || whWords[ws[0]] {
		return "", false // "did Iran strike first, right?" is a question already
	}
	return claim, true
}

// asksIfHolds reports whether a question only asks whether something said
// before it holds: "Does the article support that claim?", "is that right?",
// "is he right?", "is that what the article says?".
func asksIfHolds(ws []string) bool {
	refers := false
	for i, w := range ws {
		switch {
		case w == "that" || w == "this" || w == "it" || w == "so" || truthWords[w]:
			refers = true
		case w == "what" && i > 0 && (ws[i-1] == "that" || ws[i-1] == "this"): // "is that what it says?"
		case auxiliaries[w] || articles[w] || storyWords[w] || holdsWords[w] || speechWords[w] || sayerPronouns[w]:
		default:
			return false
		}
	}
	return refers
}

// truthWords ask whether a claim holds; holdsWords may stand beside them.
var (
	truthWords = map[string]bool{"support": true, "supports": true, "agree": true, "agrees": true, "confirm": true,
		"confirms": true, "true": true, "right": true, "correct": true, "accurate": true, "wrong": true,
		"mistaken": true, "backwards": true}
	holdsWords = map[string]bool{"back": true, "up": true, "claim": true, "figure": true, "say": true, "in": true,
		"with": true, "really": true, "actually": true, "order": true, "sequence": true,
		"described": true, "got": true, "isn": true, "hasn": true, "t": true, "not": true}
	sayerPronouns = map[string]bool{"he": true, "she": true, "they": true, "him": true, "her": true, "them": true}
)

// hearsay reads a question that only tells a claim someone made, with a
// question mark: "someone said Iran struck first?", "I heard Raisi is
// coming?". The one who said it is someone, or speaks in the first person.
func (ix *Index) hearsay(sentence string) (claim string, ok bool) {
	claim, sayer := ix.sayerOf(sentence)
	if len(sayer) == 0 || hasWord(sayer, whWords) || !hasWord(sayer, firstPerson) && !someoneWords[sayer[0]] {
		return "", false
	}
	return claim, true
}

// someoneWords open the name of a sayer no one knows: "someone said…", "a
// friend insists…".
var someoneWords = map[string]bool{"someone": true, "somebody": true, "people": true, "everyone": true,
	"everybody": true, "a": true, "an": true, "some": true, "many": true, "one": true}

// sayerOf splits a claim from who says it, when the article does not know
// them or they speak in the first person: "the draft says Kakar was
// elected", "my friend claims that…", "someone in my group chat said…", "I
// heard…". A claim no one is said to make is returned whole.
func (ix *Index) sayerOf(sentence string) (claim string, sayer []string) {
	ws := strings.Fields(sentence)
	for i, w := range ws[:min(len(ws), 8)] {
		w = strings.ToLower(strings.Trim(w, ",;:"))
		if !speechWords[w] && !hearsayWords[w] {
			continue
		}
		sayer = sayerWords(ws[:i])
		if !hasWord(sayer, firstPerson) && ix.knowsAny(sayer) {
			continue
		}
		rest := ws[i+1:]
		for len(rest) > 0 && listeners[strings.ToLower(strings.Trim(rest[0], ",;:"))] {
			rest = rest[1:] // "told me that", "says that,"
		}
		return strings.Join(rest, " "), sayer
	}
	return sentence, nil
}

// sayerWords reads the words of who says something, where "US" in
// capitals is the United States, not "us": "did the US comment on the
// strikes?" asks what the US said, of itself.
func sayerWords(fields []string) []string {
	var out []string
	for _, f := range fields {
		if unitedStates(strings.Trim(f, ",;:")) {
			out = append(out, "united", "states")
			continue
		}
		out = append(out, words(f)...)
	}
	return out
}

// unitedStates reports whether a word as written is the United States'
// "US", not the pronoun "us".
func unitedStates(w string) bool {
	return strings.TrimSuffix(w, ".") == "US" || strings.TrimSuffix(w, ".") == "U.S"
}

// hearsayWords tell that a claim was heard from someone, besides the words
// of speech: "I read that…", "my friend insists…".
var hearsayWords = map[string]bool{"claims": true, "read": true, "heard": true, "hear": true, "insist": true, "insists": true,
	"insisted": true, "reckon": true, "reckons": true, "swear": true, "swears": true, "swore": true,
	"believe": true, "believes": true, "argue": true, "argues": true, "argued": true, "suggest": true,
	"suggests": true, "suggested": true, "posted": true, "wrote": true, "writes": true, "tweeted": true, "saw": true}

// listeners stand between a sayer's verb and the claim: "told me that".
var listeners = map[string]bool{"me": true, "us": true, "that": true}

// asked reads a request as the question it makes: "tell me what…" asks
// "what…", "tell me whether…" whether it is true that…, "name who accuses
// Iran" asks "who accuses Iran", and "name the province hit" asks "which
// province was hit".
func asked(fs []string) (string, bool) {
	for _, opener := range requestOpeners {
		if len(fs) <= len(opener)+1 || !slices.EqualFunc(fs[:len(opener)], opener, strings.EqualFold) {
			continue
		}
		rest := fs[len(opener):]
		first := strings.ToLower(strings.Trim(rest[0], ",:"))
		switch {
		case whWords[first] || !namingOpeners[opener[0]] && auxiliaries[first]:
			return strings.Join(rest, " "), true
		case namingOpeners[opener[0]] && (first == "the" || first == "a"):
			return "which " + strings.Join(rest[1:], " "), true
		case !namingOpeners[opener[0]] && (first == "whether" || first == "if") && len(rest) > 2:
			return claimAsked(strings.Join(rest[1:], " ")), true // "tell me whether Pakistan's strike hit Jaish al-Adl"
		}
	}
	return "", false
}

// askedOfArticle reads a question of whether the article tells something
// as that something asked: "does the article say who killed the
// labourers?" asks who did, "is it mentioned whether anyone was arrested?"
// whether anyone was. The answer, or the article's silence, answers both.
func askedOfArticle(fs []string) (string, bool) {
	if len(fs) < 4 || !frameStarts[strings.ToLower(fs[0])] {
		return "", false
	}
	lower := make([]string, len(fs))
	for i, f := range fs {
		lower[i] = strings.ToLower(strings.Trim(f, ",;:"))
	}
	for _, frame := range articleFrames {
		n := len(frame)
		if len(lower) <= n+1 || !slices.EqualFunc(lower[:n], frame, func(w, f string) bool { return f == "*" && storyWords[w] || w == f }) {
			continue
		}
		rest, next := fs[n:], lower[n]
		switch {
		case next == "us" && len(rest) > 2: // "does it tell us who…"
			rest, next = rest[1:], lower[n+1]
		case prepositions[next] && whWords[lower[n+1]]: // "is it mentioned on what date…"
			next = lower[n+1]
		}
		switch {
		case whWords[next]:
			return strings.Join(rest, " "), true
		case next == "whether" || next == "if":
			return claimAsked(strings.Join(rest[1:], " ")), true
		}
	}
	return "", false
}

// articleFrames ask whether the article tells something; "*" stands for
// the article, the story, the report…
var articleFrames = [][]string{
	{"does", "the", "*", "say"}, {"does", "the", "*", "mention"}, {"does", "the", "*", "tell"}, {"does", "the", "*", "state"},
	{"does", "the", "*", "reveal"}, {"does", "the", "*", "specify"}, {"does", "the", "*", "explain"}, {"does", "the", "*", "report"},
	{"does", "the", "*", "indicate"}, {"does", "it", "say"}, {"does", "it", "tell"}, {"does", "it", "mention"}, {"does", "it", "specify"},
	{"is", "it", "mentioned"}, {"is", "it", "stated"}, {"is", "it", "said"}, {"is", "it", "specified"}, {"is", "it", "explained"},
	{"is", "it", "known"}, {"is", "it", "reported"}, {"is", "it", "clear"},
	{"do", "we", "learn"}, {"do", "we", "know"}, {"do", "we", "find", "out"}, {"do", "we", "get", "told"}, {"do", "readers", "learn"},
	{"can", "we", "tell"}, {"does", "the", "*", "make", "clear"},
}

// frameStarts are the first words of the article frames.
var frameStarts = func() map[string]bool {
	m := map[string]bool{}
	for _, frame := range articleFrames {
		m[frame[0]] = true
	}
	return m
}()

// requestOpeners make a request of a question: "tell me…", "name…".
var requestOpeners = [][]string{{"tell", "me"}, {"tell", "us"}, {"let", "me", "know"}, {"i", "need", "to", "know"},
	{"i", "want", "to", "know"}, {"explain"}, {"describe"}, {"name"}, {"identify"}, {"find", "out"}, {"find"},
	{"show", "me"}, {"give", "me"}, {"i", "need"}, {"list"}}

// namingOpeners ask for a name: "name the province hit", "identify the group".
var namingOpeners = map[string]bool{"name": true, "identify": true}

// checkVerbs ask to check a claim that whetherWords open: "confirm whether…",
// "verify that…".
var (
	checkVerbs   = map[string]bool{"confirm": true, "verify": true, "check": true}
	whetherWords = map[string]bool{"whether": true, "if": true, "that": true}
)

// questionFirst moves a clause that opens a question ("When the article
// mentions the talks, …", "While the strikes were going on — … — did…")
// after it, so that its question word is read, not the clause's "when".
func questionFirst(text string) (string, bool) {
	if ws := words(text); len(ws) < 3 || !subordinators[ws[0]] || auxiliaries[ws[1]] {
		return "", false // not "when did Iran strike, was it January?", a question already
	}
	for off := 0; off < len(text); {
		i := strings.IndexAny(text[off:], ",—–")
		if i < 0 {
			return "", false
		}
		i += off
		_, size := utf8.DecodeRuneInString(text[i:])
		rest := strings.TrimLeft(text[i+size:], " -—–,")
		if ws := words(rest); len(ws) > 1 && (whWords[ws[0]] || auxiliaries[ws[0]]) {
			return strings.TrimRight(strings.TrimSpace(rest), "?") + ", " + strings.TrimSpace(text[:i]) + "?", true
		}
		off = i + size
	}
	return "", false
}

// subordinators open a clause that sets a question in time or context.
var subordinators = map[string]bool{"when": true, "while": true, "since": true, "although": true, "though": true,
	"given": true, "once": true, "now": true}

// frameOpeners open a clause that says where an answer is: "according to
// the article", "per the report", "in the tit-for-tat section".
var frameOpeners = map[string]bool{"according": true, "per": true, "in": true, "based": true, "as": true, "judging": true}

var viewpointWords = map[string]bool{"standpoint": true, "perspective": true, "viewpoint": true, "view": true, "angle": true}

var firstPerson = map[string]bool{"i": true, "me": true, "my": true, "we": true, "our": true, "us": true, "here": true}

// asideOf splits "besides Gaza, what else…" into its main clause and what
// it sets aside ("besides Gaza", "apart from his counterpart"). The clause
// runs to the next punctuation, or to the next question word: "besides Gaza
// what else…".
func asideOf(text string) (main, aside string, ok bool) {
	lower := strings.ToLower(text)
	if len(lower) != len(text) {
		return "", "", false
	}
	for _, m := range asideMarkers {
		i := wordIndex(lower, m)
		if i < 0 || m == "beyond" && strings.TrimSpace(lower[:i]) != "" {
			continue // "beyond" sets aside only at the start: not "did they strike beyond the border?"
		}
		start := i + len(m)
		end := clauseEnd(text, start)
		for w := range clauseOpeners {
			if k := wordIndex(lower[start:end], w); k > 0 {
				end = start + k // "besides Gaza what else…"
			}
		}
		return text[:i] + text[end:], text[start:end], true
	}
	for _, m := range asidePrepositions {
		i := wordIndex(lower, m)
		if i < 0 {
			continue
		}
		// Arabic and Persian set aside before the name: "مين كمان غير
		// جيلاني؟", who else besides Jilani? The name is the word after.
		fs := strings.Fields(text[i+len(m):])
		if len(fs) == 0 {
			continue
		}
		aside := strings.TrimRight(fs[0], "؟?،,.!")
		return strings.TrimSpace(text[:i]) + " " + strings.Join(fs[1:], " "), aside, true
	}
	for _, m := range asidePostpositions {
		i := wordIndex(lower, m)
		if i <= 0 {
			continue
		}
		// Urdu sets aside after the name: "Jilani ke ilawa kis se milenge?",
		// besides Jilani, whom will he meet? The name is the word or two
		// before.
		fs := strings.Fields(text[:i])
		n := min(2, len(fs))
		aside := strings.Join(fs[len(fs)-n:], " ")
		return strings.Join(fs[:len(fs)-n], " ") + text[i+len(m):], aside, true
	}
	return "", "", false
}

// asidePrepositions set aside the word after them: Arabic's "غير X",
// Persian's "غیر از X", "به جز X".
var asidePrepositions = []string{"غیر از", "به جز", "بجز", "غير", "عدا", "بخلاف"}

// asidePostpositions follow what they set aside: Urdu's "X ke ilawa".
var asidePostpositions = []string{"ke ilawa", "ke alawa", "ke elawa", "ke siwa", "ke siva", "کے علاوہ", "کے سوا"}

var asideMarkers = []string{"besides", "aside from", "apart from", "other than", "in addition to", "except for", "beyond"}

// clauseOpeners start the main clause after a set-aside one.
var clauseOpeners = map[string]bool{"what": true, "who": true, "whom": true, "which": true, "where": true, "when": true,
	"why": true, "how": true, "did": true, "does": true, "do": true, "is": true, "was": true, "will": true}

// clauseEnd is where a clause that starts at start ends: at the next
// punctuation, or with the text.
func clauseEnd(text string, start int) int {
	if j := strings.IndexAny(text[start:], ",;:?!."); j >= 0 {
		return start + j
	}
	return len(text)
}

// sequelAsked are other ways to ask what happened after something; after
// "what", "came after" is not pursuit.
var sequelAsked = [][2]string{{"what came after", "what happened after"}, {"what comes after", "what happens after"},
	{"what followed", "what happened after"}, {"what follows", "what happens after"}}

// chaseVerbs make "after" a particle: "going after", "went after".
var chaseVerbs = map[string]bool{"go": true, "goes": true, "going": true, "went": true, "gone": true, "come": true,
	"comes": true, "coming": true, "came": true, "chase": true, "chased": true, "chasing": true}

// followsOn splits "what happened after Pakistan hit back?" into its main
// clause ("what happened") and the event it follows on ("Pakistan hit
// back"), which runs from "after" to the next punctuation.
func followsOn(text string) (main, ref string, ok bool) {
	lower := strings.ToLower(text)
	if len(lower) != len(text) {
		return "", "", false
	}
	for _, s := range sequelAsked {
		if i := wordIndex(lower, s[0]); i >= 0 {
			// "what came after the concerns…", "what followed Pakistan's
			// strike?": what happened after them.
			lower = lower[:i] + s[1] + lower[i+len(s[0]):]
			text = lower
			break
		}
	}
	i := -1
	for off := 0; ; {
		j := wordIndex(lower[off:], "after")
		if j < 0 {
			return "", "", false
		}
		before := words(lower[:off+j])
		if len(before) == 0 || !chaseVerbs[before[len(before)-1]] {
			i = off + j
			break
		}
		off += j + len("after") // "going after" is targeting, not what came later
	}
	start := i + len("after")
	end := clauseEnd(text, start)
	ref = strings.TrimSpace(text[start:end])
	if ref == "" {
		return "", "", false
	}
	return text[:i] + text[end:], ref, true
}

// wordIndex is the byte index of the first whole-word occurrence of w in
// lower-case s, or -1.
func wordIndex(s, w string) int {
	for off := 0; ; {
		i := strings.Index(s[off:], w)
		if i < 0 {
			return -1
		}
		i += off
		before := i == 0 || !isWordByte(s[i-1])
		after := i+len(w) == len(s) || !isWordByte(s[i+len(w)])
		if before && after {
			return i
		}
		off = i + len(w)
	}
}

func isWordByte(b byte) bool { return b >= 'a' && b <= 'z' || b >= '0' && b <= '9' || b >= 0x80 }

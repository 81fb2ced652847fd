package index

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// objectMarkers follow the one a Persian deed is done to: "ایران رو".
var objectMarkers = map[string]bool{"را": true, "رو": true, "ra": true, "ro": true}

// timeUnits, in Persian before "dige", count to the next one: "hafte
// dige", next week.
var timeUnits = map[string]bool{"hafte": true, "sal": true, "saal": true, "mah": true, "maah": true, "rooz": true, "ruz": true}

// elseWords, in Persian before "dige", ask for another: "kasi dige",
// someone else.
var elseWords = map[string]bool{"kas": true, "kasi": true, "chiz": true, "chizi": true, "ja": true, "jaye": true, "jayi": true,
	"ki": true, "koja": true, "chi": true}

// respell writes a question's words as the article's reader would, before
// anything else reads them: a script's letters and digits as the
// thesaurus's spellings have them ("ايران", "۱۷"), the thesaurus's spellings
// of chat and of other scripts ("hw mny", "کتنے بچے"), and the article's
// words for words written without their vowels ("did both cntries claim
// attcks?"), so that "both countries" is the story's two. It returns the
// language the words show, as the thesaurus's marks tell it, else the hint:
// the language of the whole question a part is taken from ("" for none).
func (ix *Index) respell(ws []string, hint string) ([]string, string) {
	spellings := ix.corpus.Thesaurus.Spellings
	ws = ix.segmented(ws)
	if n := len(ws); n > 1 && ws[n-1] == "吗" {
		ws = append([]string{"did"}, ws[:n-1]...) // Chinese asks yes or no with "吗" last
	}
	if i := slices.IndexFunc(ws, func(w string) bool { return yesNoParticles[w] }); i > 0 && i+1 < len(ws) && (ws[i] != "ли" || i == 1) {
		// Russian asks yes or no with "ли" after the word in question
		// ("Влияет ли война…" is "does the war affect…"), Bengali with "কি"
		// after its subject ("সফরটা কি…"); first, "কি" asks what.
		ws = append(append([]string{"did"}, ws[:i]...), ws[i+1:]...)
	}
	language := cmp.Or(ix.corpus.Thesaurus.LanguageOf(ws), hint) // a part of a question too short to tell is in the whole's language
	normal := make([]string, 0, len(ws))
	var inPhrase []bool // a language's own spelling of a word is not read in a phrase of the thesaurus
	if len(ix.corpus.Thesaurus.Languages[language].Spellings) > 0 {
		inPhrase = ix.corpus.Thesaurus.InPhrases(ws)
	}
	for i, w := range ws {
		w = strings.ReplaceAll(ix.unstretched(w), "ё", "е") // Russian's "ё" is mostly written "е"
		if own, ok := ix.corpus.Thesaurus.SpellIn(language, w); ok && (inPhrase == nil || !inPhrase[i]) && !digeOther(ws, i) && !copulaE(ws, i) {
			normal = append(normal, own...) // Dutch's "wie" is "who", where German's is "how"
			continue
		}
		if i == 0 && w == "کیا" && language == "persian" {
			normal = append(normal, "who") // Persian's "کیا میگن…", who say; Urdu's opening "کیا" asks yes or no
			continue
		}
		if r, ok := byPlace[w]; ok {
			switch {
			case i == 0:
				w = r.first
			case i == len(ws)-1 || w == "کیا" && urduPast[ws[i+1]] && (slices.Contains(ws[:i], "نے") || slices.Contains(ws[:i], "ne")):
				// "Iran نے KPK میں حملہ کیا تھا؟", Iran attack did was: after
				// the doer's "نے", before "was", the deed; not "…نام کیا تھے؟",
				// what were the names.
				w = r.last
			default:
				w = r.within
			}
		}
		if i == 0 && w == "کی" && len(ws) > 1 {
			// Persian's "کی" opening a question is "who", or "when" before
			// the one it asks of: "کی رئیسی میاد؟", when does Raisi come?
			w = "who"
			if next, ok := spellings[ws[1]]; (ok && ix.aliases.single[strings.ToLower(next)] != "" || ix.aliases.single[ws[1]] != "") &&
				!(len(ws) > 2 && objectMarkers[ws[2]]) { // "کی ایران رو متهم میکنه؟", who accuses Iran?
				w = "when"
			}
		}
		if w == "راح" && i+1 < len(ws) {
			if next := strings.ToLower(spellings[ws[i+1]]); ix.aliases.single[next] != "" || countryNames[next] {
				w = "went" // "…راح باكستان؟", "راح الهند", went to Pakistan, to India; before a verb, "راح" is will
			}
		}
		if i == 0 && w == "was" && len(ws) > 1 && ix.germanAfterWas(ws[1]) {
			w = "what" // German's "Was fordern die Familien?", not "Was Raisi…?"
		}
		if ofName[w] && i+1 < len(ws) && ix.namesNext(ws[i+1]) {
			w = "of" // French's and Spanish's "de Pakistan", "du Pakistan", "de l'Iran"; not "de-escalate"
		}
		if (w == "كم" || w == "كام") && i > 0 && ws[i-1] == "يوم" && len(normal) > 0 {
			// Arabic's "يوم كم", day how many, asks which day; "كم يوم"
			// counts days.
			normal = append(normal[:len(normal)-1], "which", ws[i-1])
			continue
		}
		joined := w
		w = scriptVariant(asciiDigits(w), spellings)
		if rest, ok := strings.CutPrefix(joined, "و"); ok && w != joined && urduForms.Replace(rest) == urduForms.Replace(w) {
			if name := spellings[w]; countryNames[name] || ix.aliases.single[name] != "" {
				normal = append(normal, "and") // "بين ايران وافغانستان", between Iran and Afghanistan
			}
		}
		if _, ok := spellings[w]; !ok {
			if s := ix.arabicSpelling(w); s != "" {
				w = s // "الانفصالية" of "الانفصاليين"
			} else if s := ix.ezafeBase(w); s != "" {
				w = s // "safare", "esme" of "safar", "esm"
			}
		}
		normal = append(normal, w)
	}
	out := ix.corpus.Thesaurus.Respell(normal)
	var read []string // out, once a word is read as others
	for i, w := range out {
		ws, ok := ix.unknownRead(w)
		switch {
		case ok && read == nil:
			read = append(slices.Clone(out[:i]), ws...)
		case ok:
			read = append(read, ws...)
		case read != nil:
			read = append(read, w)
		}
	}
	if read == nil {
		read = out
	}
	return urduIn(read), language // once spelt: "h" is "hai", a word that marks Urdu
}

// unknownRead returns the words a word the article and English do not know
// stands for: the article's word written without some of its vowels
// ("attcks"), the words a stem of it stands for ("saldırısında"), or the two
// words it runs together ("howmany"). It reports false for a word read as
// itself.
func (ix *Index) unknownRead(w string) ([]string, bool) {
	if _, known := ix.surface[w]; known || len(w) < 3 || isEnglish(w) || ix.corpus.Thesaurus.ReadsAway(w) || ix.aliases.nameWord(w) {
		return nil, false
	}
	if full, ok := ix.withoutVowels(w); ok {
		return []string{full}, true
	}
	if ws, ok := ix.corpus.Thesaurus.Stem(w); ok {
		return ws, true
	}
	return ix.runTogether(w)
}

// runTogether splits a word typed without its space ("howmany", "whois",
// "inthe") into the two words it joins: the one way to cut it into words the
// article or English has, neither a name ("ishaq" is no "is Haq", "india"
// no "in" and Portuguese's "dia"), one of them a
// small word a fast typist runs into the next, or both the article's
// ("foreignminister"). Two other words that say something each ("airbase")
// may be a word of their own, and stay one. A slip of one
// word ("recieved"), a word a phrase reads, or another language's word is
// no pair.
func (ix *Index) runTogether(w string) ([]string, bool) {
	if len(w) < 5 || len(w) > maxTypoWord || strings.ContainsFunc(w, func(r rune) bool { return r < 'a' || r > 'z' }) ||
		ix.corpus.Thesaurus.Starts(w) {
		return nil, false
	}
	var found []string
	for cut := 2; cut <= len(w)-2; cut++ {
		a, b := w[:cut], w[cut:]
		_, aOurs := ix.surface[a]
		_, bOurs := ix.surface[b]
		if !gluedWord(a) && !gluedWord(b) && !(aOurs && bOurs) || !ix.englishOrOurs(a) || !ix.englishOrOurs(b) || ix.onlyName(a) || ix.onlyName(b) {
			continue
		}
		if found != nil {
			return nil, false // "nowhere": "no where" or "now here"
		}
		found = []string{a, b}
	}
	if found == nil {
		return nil, false
	}
	if _, typo := ix.correct(w); typo {
		return nil, false // looked for last: it is the slowest test
	}
	return found, true
}

// onlyName reports whether a word is a name's and not English: "haq".
func (ix *Index) onlyName(w string) bool {
	return ix.aliases.nameWord(w) && !isEnglish(w)
}

// englishOrOurs reports whether a word is English or the article's.
func (ix *Index) englishOrOurs(w string) bool {
	_, ours := ix.surface[w]
	return ours || isEnglish(w)
}

// gluedWord reports whether a word is one a fast typist runs into the next:
// a question word, an auxiliary, an article or a preposition, "many".
func gluedWord(w string) bool {
	return whWords[w] || auxiliaries[w] || articles[w] || prepositions[w] || w == "many" || w == "much"
}

// segmented splits the words of a script written without spaces (Chinese,
// Japanese) into the thesaurus's words; a run of other letters in one, as
// in "jilani是谁", is a word, and digits before "月" are a month ("1月" is
// January).
func (ix *Index) segmented(ws []string) []string {
	if !slices.ContainsFunc(ws, hasSpaceless) {
		return ws
	}
	var out []string
	for _, w := range ws {
		rs := []rune(w)
		for i := 0; i < len(rs); {
			j := i + 1
			for j < len(rs) && isSpaceless(rs[j]) == isSpaceless(rs[i]) {
				j++
			}
			if n, err := strconv.Atoi(string(rs[i:j])); err == nil && j < len(rs) && rs[j] == '月' && n >= 1 && n <= 12 {
				out = append(out, strings.ToLower(time.Month(n).String()))
				j++
			} else if isSpaceless(rs[i]) {
				out = append(out, ix.spacelessWords(rs[i:j])...)
			} else {
				out = append(out, string(rs[i:j]))
			}
			i = j
		}
	}
	return out
}

// spacelessWords cuts a run of a script without spaces into the
// thesaurus's words (its spellings, and the words its phrases begin with),
// the longest first from the left: "有多少儿童死亡" is "有", "多少", "儿童",
// "死亡". Characters no word begins with stay together, one word the
// thesaurus does not know: "导弹".
func (ix *Index) spacelessWords(rs []rune) []string {
	th := ix.corpus.Thesaurus
	wordAt := func(i int) int { // the end of the longest word at i, or 0
		for j := min(len(rs), i+maxHanWord); j > i; j-- {
			w := string(rs[i:j])
			if _, ok := th.Spellings[w]; ok || th.Starts(w) {
				return j
			}
		}
		return 0
	}
	var out []string
	for i := 0; i < len(rs); {
		j := wordAt(i)
		if j == 0 {
			for j = i + 1; j < len(rs) && wordAt(j) == 0; j++ {
			}
		}
		out = append(out, string(rs[i:j]))
		i = j
	}
	return out
}

// maxHanWord is the longest word of a script without spaces the thesaurus
// spells, in characters.
const maxHanWord = 8

// isSpaceless reports whether a letter is of a script written without
// spaces between words: Chinese characters, Japanese kana, Thai.
func isSpaceless(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Thai)
}

func hasSpaceless(w string) bool { return strings.ContainsFunc(w, isSpaceless) }

// yesNoParticles make a question ask yes or no where they stand after its
// first word.
var yesNoParticles = map[string]bool{"ли": true, "কি": true}

// unstretched writes a word shouted with a letter held ("whooo",
// "jilaniii", "manyyy") as the word it stretches: each run of three or more
// of a letter as two of it, or else as one, whichever is a word the reader
// knows. Another word stays as it is.
func (ix *Index) unstretched(w string) string {
	if !hasRun(w, 3) || ix.knows(w) {
		return w
	}
	for _, keep := range []int{2, 1} {
		if short := shortenRuns(w, keep); ix.knows(short) {
			return short
		}
	}
	return w
}

// knows reports whether a word is one the reader of questions knows: the
// article's, English, a name, or a spelling.
func (ix *Index) knows(w string) bool {
	_, known := ix.surface[w]
	_, spelled := ix.corpus.Thesaurus.Spellings[w]
	return known || spelled || isEnglish(w) || ix.aliases.nameWord(w)
}

// hasRun reports whether a word holds n or more of one letter in a row.
func hasRun(w string, n int) bool {
	run, prev := 0, rune(-1)
	for _, r := range w {
		if r == prev {
			run++
		} else {
			run, prev = 1, r
		}
		if run >= n {
			return true
		}
	}
	return false
}

// shortenRuns cuts each run of three or more of a letter to keep of it.
func shortenRuns(w string, keep int) string {
	var b strings.Builder
	rs := []rune(w)
	for i := 0; i < len(rs); {
		j := i
		for j < len(rs) && rs[j] == rs[i] {
			j++
		}
		n := j - i
		if n >= 3 {
			n = keep
		}
		b.WriteString(strings.Repeat(string(rs[i]), n))
		i = j
	}
	return b.String()
}

// byPlace are words that are two words by where they stand, which a
// spelling can't say: Urdu's "کیا" is "kya" (whether, what) but "kiya"
// (did) last ("…حملہ کیا"); Arabic's "من" is "who" first, "from" elsewhere;
// chat's "y" asks why first, where Spanish's "y" is "and"; Spanish's and
// French's "que" asks what at either end, and within joins clauses;
// Turkish's "ne" asks what at either end, where within it is Urdu's "ne"
// that marks who acts ("Iran ne hamla kiya"); Vietnamese's "ai" asks who
// at either end, where within it may be English's "AI"; Gulf Arabic's
// "مو" is "not", but last it asks "isn't it?".
var byPlace = map[string]struct{ first, within, last string }{
	"کیا":  {"kya", "kya", "kiya"},
	"من":   {"who", "from", "from"},
	"y":    {"why", "and", "and"},
	"que":  {"what", "que", "what"},
	"como": {"how", "como", "how"},
	"ne":   {"what", "ne", "what"},
	"ai":   {"who", "ai", "who"},
	"مو":   {"not", "not", "right"},
}

// urduPast is Urdu's "was", which may follow "کیا", did.
var urduPast = map[string]bool{"تھا": true, "تھی": true, "تھے": true, "tha": true, "thi": true, "the": true}

// namesNext reports whether a word after French's or Spanish's "de" begins a
// name, as the thesaurus spells it ("pakistán"), or is French's "l'" before
// one ("de l'Iran").
func (ix *Index) namesNext(w string) bool {
	if s, ok := ix.corpus.Thesaurus.Spellings[w]; ok {
		return s != "" && unicode.IsUpper([]rune(s)[0]) // a name is spelled with its capital: "Pakistan"
	}
	return w == "l" || ix.aliases.nameWord(w)
}

// germanAfterWas reports whether the word after an opening "was" makes it
// German's "what": one the thesaurus spells as English ("Was ist…", "Was
// für…"), or a word of four letters or more that is not English, nor a
// name, nor a slip of either ("Was fordern…").
func (ix *Index) germanAfterWas(next string) bool {
	if _, ok := ix.corpus.Thesaurus.Spellings[next]; ok {
		return true
	}
	if len(next) < 4 || isEnglish(next) || ix.aliases.nameWord(next) || ix.df[ix.canon(next)] > 0 {
		return false
	}
	_, typo := ix.correct(next) // "Was Kakkar…", "was teh…": a slip of an English word or a name
	return !typo
}

// ofName are French's and Spanish's "of", read so before a name only: the
// article's "de-escalate" is a word of its own.
var ofName = map[string]bool{"de": true, "du": true, "des": true, "del": true}

// scriptVariant writes a word of Arabic letters that the thesaurus has no
// spelling for as a form of it that it has: Urdu's letters for Persian's and
// Arabic's ("ي", "ك", and "ه" for "ہ"), or the other way round; without an
// ending "ی" ("مناطقی"); without the words Arabic joins to the next
// ("وباكستان", "بالهجوم"); without the future's "س" ("سيزور"). A word it
// finds no spelling for stays as it is.
func scriptVariant(w string, spellings map[string]string) string {
	if _, ok := spellings[w]; ok || !strings.ContainsFunc(w, isArabicLetter) {
		return w
	}
	forms := []string{urduForms.Replace(w), persianForms.Replace(w)}
	if base, ok := strings.CutSuffix(forms[0], "ی"); ok && base != "" {
		forms = append(forms, base)
	}
	for _, rest := range withoutJoined(w) {
		forms = append(forms, rest, urduForms.Replace(rest))
	}
	if rest, ok := strings.CutPrefix(w, "س"); ok && strings.ContainsRune("يتنأ", firstRune(rest)) {
		forms = append(forms, rest) // the future's "سيزور", "will visit", of "يزور"
	}
	for _, f := range forms {
		if _, ok := spellings[f]; ok {
			return f
		}
	}
	return w
}

// firstRune returns a word's first letter, or utf8.RuneError if it has none.
func firstRune(w string) rune {
	r, _ := utf8.DecodeRuneInString(w)
	return r
}

// arabicPrefixes are the words Arabic writes joined to the next, longest
// first: "and the", "by the", "this the" and "on the" (as spoken:
// "هالشهر", "عالحدود"), "for the", "the", "and", "by", "for".
var arabicPrefixes = []string{"وال", "بال", "هال", "عال", "لل", "ال", "و", "ب", "ل"}

// withoutJoined returns a word without each word Arabic may have joined to
// its front: "باكستان" of "وباكستان".
func withoutJoined(w string) []string {
	var out []string
	for _, prefix := range arabicPrefixes {
		if rest, ok := strings.CutPrefix(w, prefix); ok && rest != "" {
			out = append(out, rest)
		}
	}
	return out
}

// ezafeBase returns the word a Persian word written in Latin letters is
// when it is written with its ezafe or a pronoun joined on: "safare
// Amirabdollahian" is "safar-e Amirabdollahian", the trip of
// Amirabdollahian; "kharejeye" is "khareje-ye"; "hadafesh" is "hadaf-esh",
// its aim. It returns "" for a word known as written, or an English one.
func (ix *Index) ezafeBase(w string) string {
	if len(w) < 4 || strings.ContainsFunc(w, func(r rune) bool { return r < 'a' || r > 'z' }) || isEnglish(w) || ix.thesaurusKnows(w) ||
		ix.aliases.single[w] != "" || ix.df[ix.canon(w)] > 0 {
		return ""
	}
	for _, end := range ezafeEndings {
		if base, ok := strings.CutSuffix(w, end); ok && len(base) >= 3 && (ix.thesaurusKnows(base) || ix.aliases.single[base] != "") {
			return base
		}
	}
	return ""
}

// ezafeEndings are the ezafe ("-e", "-ye") and the pronouns ("-esh", its,
// "-eshoon", theirs) Persian joins to a word, longest first.
var ezafeEndings = []string{"eshoon", "ashoon", "shoon", "esh", "ash", "eye", "ye", "e"}

// thesaurusKnows reports whether the thesaurus reads a single word: as a
// spelling, or as a phrase of one word.
func (ix *Index) thesaurusKnows(w string) bool {
	_, spelt := ix.corpus.Thesaurus.Spellings[w]
	_, phrase := ix.corpus.Thesaurus.Phrases[w]
	return spelt || phrase
}

// urduForms and persianForms write the letters the three languages write
// differently as Urdu and as Persian write them.
var (
	urduForms    = strings.NewReplacer("ه", "ہ", "ي", "ی", "ك", "ک")
	persianForms = strings.NewReplacer("ہ", "ه", "ي", "ی", "ك", "ک")
)

func isArabicLetter(r rune) bool { return r >= 0x0600 && r <= 0x06FF }

// asciiDigits writes the digits of other scripts (Persian's "۹", Arabic's
// "٩", Devanagari's "९", Bengali's "৯", the full-width "９") as the article
// does ("9").
func asciiDigits(w string) string {
	if !strings.ContainsFunc(w, isScriptDigit) {
		return w
	}
	return strings.Map(func(r rune) rune {
		if zero := scriptZero(r); zero != 0 {
			return '0' + r - zero
		}
		return r
	}, w)
}

// scriptZeros are the zeros of the other scripts' ten digits.
var scriptZeros = []rune{'۰', '٠', '०', '০', '０'}

// scriptZero returns the zero of the script a digit is written in, or 0.
func scriptZero(r rune) rune {
	for _, z := range scriptZeros {
		if r >= z && r <= z+9 {
			return z
		}
	}
	return 0
}

func isScriptDigit(r rune) bool { return scriptZero(r) != 0 }

// withoutVowels finds the corpus word that a word written without its
// vowels stands for, as texts are written: "attcks", "hppnd", "tnsions",
// "labrers". Every corpus word it may be must be the same term, and the
// word must keep three letters, or it could be many words.
func (ix *Index) withoutVowels(w string) (string, bool) {
	if len(w) < 3 {
		return "", false
	}
	found, term := "", ""
	for _, cand := range ix.byInitial[w[0]] {
		if len(cand) <= len(w) || !droppedVowels(w, cand) {
			continue
		}
		if t := ix.canon(cand); found == "" {
			found, term = cand, t
		} else if t != term {
			return "", false
		}
	}
	return found, found != ""
}

// droppedVowels reports whether short is long with some of its vowels left
// out within it, and nothing else changed. The last letter stays: "hast"
// is Persian's "is", not "haste".
func droppedVowels(short, long string) bool {
	if short[len(short)-1] != long[len(long)-1] {
		return false
	}
	i := 0
	for j := 0; j < len(long); j++ {
		if i < len(short) && short[i] == long[j] {
			i++
		} else if !strings.ContainsRune("aeiou", rune(long[j])) {
			return false
		}
	}
	return i == len(short)
}

// digeOther reports whether Persian's "dige" at i is "other", not the tag
// "right?": "hafte dige", next week, "ye shahr dige", another city.
func digeOther(ws []string, i int) bool {
	if ws[i] != "dige" && ws[i] != "dg" || i == 0 {
		return false
	}
	return timeUnits[ws[i-1]] || elseWords[ws[i-1]] || i > 1 && (ws[i-2] == "ye" || ws[i-2] == "yek")
}

// copulaE reports whether Persian's "e" at i is "is", not the ezafe's "of":
// last, or before the tag ("…Pakistan e dige?").
func copulaE(ws []string, i int) bool {
	return ws[i] == "e" && (i+1 == len(ws) || ws[i+1] == "dige" || ws[i+1] == "dg")
}

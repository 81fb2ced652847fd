package index

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
)

// Places, times, offices and nationalities a question sets against the
// article's: "did Iran strike Sindh?", "did the strikes happen last year?",
// "is Jilani Pakistan's interior minister?", "were the labourers Afghans?".
// The article answers with where or when it puts the deed, the office it
// gives the person, or the nationality it gives the people.

// placingWords put the name after them in a place: "a hideout in Sindh",
// "its ambassador from Kabul", "a visit to Afghanistan".
var placingWords = map[string]bool{"in": true, "into": true, "inside": true, "at": true, "from": true, "to": true, "on": true, "near": true}

// goWords before a place take someone there without "to", as Persian's
// "رفت افغانستان", went Afghanistan, reads.
var goWords = map[string]bool{"go": true, "goes": true, "going": true, "went": true, "gone": true}

// originWords before "from" tell where someone comes from, not where a deed
// was done: "did the labourers come from Punjab?".
var originWords = map[string]bool{"come": true, "came": true, "comes": true, "coming": true, "hail": true, "hailed": true,
	"is": true, "are": true, "was": true, "were": true}

// besideWords ask about more than the article tells, or whether it tells:
// "did Iran also strike Sindh?", "is Erbil mentioned?".
var besideWords = map[string]bool{"also": true, "too": true, "additionally": true, "another": true, "other": true,
	"mention": true, "mentioned": true, "mentions": true, "named": true, "discussed": true, "referenced": true}

// placedAll reports whether a question puts each of the names in a place
// where the article may put another: after "in", "from" or their kin, or
// before "province" or its kin; not a month ("in February"), nor asked as
// more than the article tells ("also in Sindh") or whether it names it. A
// name struck is a place too: "did Iran hit Punjab?".
func (ix *Index) placedAll(names []string, ws []string) bool {
	if hasWord(ws, besideWords) {
		return false
	}
	for _, n := range names {
		nw := words(n)
		at := seqAt(ws, nw)
		if at < 0 || monthNames[nw[len(nw)-1]] || at > 1 && ws[at-1] == "from" && originWords[ws[at-2]] || bodies[strings.Join(nw, " ")] {
			return false // "…complained to the UN?": a body, not a place
		}
		after := at + len(nw)
		between := at > 1 && ws[at-1] == "and" && slices.Contains(ws[max(0, at-4):at], "between") // "between Iran and Afghanistan"
		// Urdu's "Iran ne strike 17 Jan ko Sindh mein ki?": the strike its
		// doer's "ne" opens, a few words before the place.
		urdu := at > 0 && slices.Contains(ws[:at], "ne") && slices.ContainsFunc(ws[max(0, at-4):at], ix.strikes)
		visited := (at > 0 && (ix.visits(ws[at-1]) || goWords[ws[at-1]]) || after < len(ws) && ix.visits(ws[after])) && !offersChoice(ws) // "the FM visited Afghanistan", Persian's "raft Afghanistan", Urdu's "India visit pe", not "visit Quetta or the border areas"
		kinded := at > 1 && (placeTypes[ws[at-1]] || ix.isCountry(ws[at-1])) && placingWords[ws[at-2]]                                    // "in province Sindh", as Arabic's "في اقليم السند" reads; "in iran's khuzestan"
		if !(at > 0 && (placingWords[ws[at-1]] || ix.strikes(ws[at-1]) || between || urdu || visited || kinded)) && !(after < len(ws) && (placeTypes[ws[after]] || sceneNouns[ws[after]])) &&
			!(after < len(ws) && ix.strikes(ws[after]) && at > 0 && (ix.aliases.single[ws[at-1]] == "" || ix.isCountry(ws[at-1])) && slices.ContainsFunc(ws[:at], ix.isCountry)) {
			// Urdu and Hindi put the deed last, after the place and its
			// postposition read away: "Pakistan ne Afghanistan [mein] strike
			// ki?", "Pakistan ne Iran ke Khuzestan [mein] hamla kiya?"; the
			// name is not the one who struck.
			return false
		}
	}
	return true
}

// targetedAll reports whether each name a question uses that the article
// never does is what a strike is asked to have hit, or whom a meeting is
// asked to have been with: "did Iran bomb a Pakistani Taliban base", "was
// Pakistan targeting the BLA", "is the FM meeting Imran Khan?". Between the
// deed and the name stands at most an article, or "with"; in a language
// that puts the deed last, it may follow the name.
func (ix *Index) targetedAll(names []string, ws []string, deedLast bool) bool {
	if hasWord(ws, besideWords) {
		return false // "did Iran also strike Iraq?" asks of another strike
	}
	target, meet := ix.canon("target"), ix.canon("meet")
	for _, n := range names {
		at := seqAt(ws, words(n))
		if at < 0 || countryNames[strings.ToLower(n)] || bodies[strings.Join(words(n), " ")] {
			return false // a country struck is a place the strike hit; the UN is a body
		}
		done := func(w string) bool {
			return ix.strikes(w) || ix.canon(w) == target || ix.canon(w) == meet || w == "meeting"
		}
		if after := at + len(words(n)); deedLast && after < len(ws) && done(ws[after]) {
			continue // Urdu's and Persian's "…شہباز شریف سے ملنے", Shehbaz Sharif [with] to meet
		}
		deed := slices.IndexFunc(ws[max(0, at-3):at], done)
		if deed < 0 {
			return false
		}
		for _, w := range ws[max(0, at-3)+deed+1 : at] {
			if !articles[w] && w != "with" {
				return false // "was the strike in February?" asks when
			}
		}
	}
	return true
}

// sceneNouns, after a place, say what happened there: "the Ukraine war",
// "the Afghan border".
var sceneNouns = map[string]bool{"war": true, "conflict": true, "crisis": true, "fighting": true, "border": true,
	"frontier": true}

// bodies are international bodies, named where a place may stand.
var bodies = map[string]bool{"un": true, "unsc": true, "united nations": true, "security council": true, "eu": true,
	"european union": true, "nato": true, "oic": true, "sco": true, "saarc": true, "asean": true, "arab league": true, "imf": true}

// monthShort are the months as news and chat shorten them.
var monthShort = map[string]bool{"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true,
	"aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true}

// relativeTimes put a deed on the calendar from today: "last year", "two
// years ago", "next month".
var relativeTimes = [][]string{{"last", "year"}, {"last", "month"}, {"last", "week"}, {"next", "year"}, {"next", "month"},
	{"next", "week"}, {"this", "year"}, {"this", "week"}, {"years", "ago"}, {"months", "ago"}, {"weeks", "ago"}, {"year", "ago"}, {"month", "ago"}}

// relativeDays name a day counted from today.
var relativeDays = map[string]bool{"tomorrow": true, "yesterday": true, "tonight": true}

// fixedWords ask whether a time is settled, which "yet to be determined"
// answers: "is Raisi's visit fixed for next week?".
var fixedWords = map[string]bool{"fixed": true, "set": true, "confirmed": true, "finalised": true, "finalized": true,
	"decided": true, "determined": true}

// timesAsked returns the times a question puts a deed at that may be set
// against the article's: the months among the names it does not know, the
// days of a month ("January 18"), and the times counted from today ("last
// year"); and the other names.
func timesAsked(ws, strangers []string, known func(string) bool) (when, others []string) {
	for _, s := range strangers {
		if sw := words(s); len(sw) == 1 && (monthNames[sw[0]] || monthShort[sw[0]]) {
			when = append(when, s)
		} else {
			others = append(others, s)
		}
	}
	for _, w := range ws {
		// "were the strikes in december?": a month typed in lowercase, not
		// "may" or "march", which are words too.
		if monthNames[w] && w != "may" && w != "march" && !known(w) && !slices.ContainsFunc(when, func(s string) bool { return strings.EqualFold(s, w) }) {
			when = append(when, capitalize(w))
		}
	}
	when = append(when, daysAsked(ws, known)...)
	for _, r := range relativeTimes {
		if hasSeq(ws, r...) {
			when = append(when, strings.Join(r, " "))
		}
	}
	for _, w := range ws {
		if relativeDays[w] {
			when = append(when, w) // "is Raisi coming tomorrow?"
		}
	}
	return when, others
}

// daysAsked returns the days of a month a question names that the article
// never gives: "on January 18", "the 18th of January".
func daysAsked(ws []string, known func(string) bool) []string {
	var days []string
	for i := range ws {
		day := ws[i]
		if n, ok := dayOrdinal(day); ok {
			day = n
		} else if !isNumber(day) || numberWords[day] {
			continue
		}
		if known(day) {
			continue
		}
		switch {
		case i > 0 && monthNames[ws[i-1]]:
			days = append(days, capitalize(ws[i-1])+" "+day)
		case i+1 < len(ws) && monthNames[ws[i+1]]:
			days = append(days, capitalize(ws[i+1])+" "+day)
		case i+2 < len(ws) && ws[i+1] == "of" && monthNames[ws[i+2]]:
			days = append(days, capitalize(ws[i+2])+" "+day)
		}
	}
	return days
}

// readAgainst reads names or times the article never uses as ones a yes-no
// question sets against what it says: no strangers, and no content. It
// returns them.
func (ix *Index) readAgainst(q *question, against []string) []string {
	for _, phrase := range against {
		for _, w := range words(phrase) {
			if !ix.uses(w) {
				delete(q.weights, ix.canon(w))
			}
		}
	}
	q.strangers = nil
	return against
}

// heldOffices reports whether each name a question uses that the article
// never does follows an office the article gives one person: "PM Shehbaz
// Sharif", "Pakistan's prime minister Shehbaz Sharif", and returns who holds
// the last. The answer says who holds it.
func (ix *Index) heldOffices(names []string, ws []string) (holder string, ok bool) {
	for _, n := range names {
		nw := words(n)
		end := slices.Index(ws, nw[len(nw)-1])
		if end < 0 || officeWords[ws[end]] {
			return "", false // "the army chief" is an office, not a name
		}
		start := end
		for start > 0 && slices.Contains(nw, ws[start-1]) && !officeWords[ws[start-1]] {
			start-- // the name's first word: "shehbaz"
		}
		office := start // "Iran's president is named as Hassan Rouhani": the office before the words that name its holder
		for office > 1 && namingWords[ws[office-1]] {
			office--
		}
		if start == end || office == 0 || !officeWords[ws[office-1]] {
			// A person's name has two words or more; "the FM Quetta gaye"
			// names a place.
			return "", false
		}
		holder = ""
		for k := office - 1; k >= max(0, office-4); k-- {
			id := ix.personByRole(ws[k:office])
			if id == "" && holder != "" {
				break // "meet prime minister": the office ends at "prime"
			}
			holder = cmp.Or(id, holder)
		}
		if holder == "" {
			return "", false
		}
	}
	return holder, true
}

// onlyOffice reports whether a question's words, besides the names set
// against the article's, only name an office and its country: "is Iran's
// foreign minister Javad Zarif?" asks who holds it, not of a deed.
func (ix *Index) onlyOffice(ws, names []string) bool {
	named := map[string]bool{}
	for _, n := range names {
		for _, w := range words(n) {
			named[w] = true
		}
	}
	return !slices.ContainsFunc(ws, func(w string) bool {
		return !named[w] && !titleWords[w] && !officeWords[w] && !ix.roleWords[w] && ix.aliases.single[w] == "" && !beWords[w] &&
			!articles[w] && !tagWords[w] && !truthWords[w] && w != "it" && w != "that" && !ix.filler[ix.canon(w)]
	})
}

// namingWords stand between an office and the name given its holder: "is
// named as", "is called".
var namingWords = map[string]bool{"is": true, "was": true, "named": true, "called": true, "as": true}

// unmentioned returns what a question sets against the article that the
// answer can say the article does not mention: a place, an office or a
// named time ("February", "January 18"), not "last year".
func (q question) unmentioned() string {
	against := slices.Concat(q.elsewhere, q.otherOffice, q.otherHolder, q.elsewhen, q.otherNation, q.wrongGuess, q.otherTarget, q.otherDoer)
	if len(against) == 0 || len(q.elsewhen) > 0 && strings.IndexFunc(against[0], unicode.IsUpper) < 0 {
		return ""
	}
	return against[0]
}

// doneByStranger reports whether a country the article never names is
// put as the doer of a deed the article tells, after "while" or a cleft's
// "it": "…while Egypt was bombing Gaza?", "is it Russia that accuses
// Iran…?".
func (ix *Index) doneByStranger(name string, ws []string) bool {
	if !countryNames[strings.ToLower(name)] {
		return false
	}
	nw := words(name)
	at := seqAt(ws, nw)
	if at < 1 || ws[at-1] != "while" && ws[at-1] != "it" {
		return false // not "did India react?", which asks what the article never tells
	}
	d := at + len(nw)
	for d < len(ws) && (auxiliaries[ws[d]] || beWords[ws[d]] || ws[d] == "that" || ws[d] == "who") {
		d++
	}
	return d < len(ws) && ix.uses(ws[d]) && ix.aliases.single[ws[d]] == "" && !articles[ws[d]] && !prepositions[ws[d]]
}

// uses reports whether the article uses a word: "17" of "January 17".
func (ix *Index) uses(w string) bool { return ix.df[ix.canon(w)] > 0 }

// strikes reports whether a word is one of striking: "hit", "bombed".
func (ix *Index) strikes(w string) bool { return ix.canon(w) == ix.canon("strike") }

// meets reports whether a word is one of a meeting: "meeting", "met".
func (ix *Index) meets(w string) bool { return ix.canon(w) == ix.canon("meet") }

// visits reports whether a word is one of a visit: "visited", "trip", "came".
func (ix *Index) visits(w string) bool { return ix.canon(w) == ix.canon("visit") }

// nationalitiesAsked reports whether a yes-no question gives people a
// nationality the article never names: "were the labourers Afghan
// nationals?", "were the nine labourers Afghans?". Each name is a demonym,
// before the people it qualifies or ending the question, and not after "of"
// or "the", where a place stands.
func nationalitiesAsked(names []string, raw []string) bool {
	if !hasWord(raw, nationedNouns) {
		return false
	}
	for _, n := range names {
		w := strings.ToLower(n)
		i := slices.Index(raw, w)
		if i < 0 || !slices.ContainsFunc(demonymEndings, func(e string) bool { return strings.HasSuffix(w, e) }) {
			return false
		}
		if i > 0 && (placingWords[raw[i-1]] || articles[raw[i-1]]) || i+1 < len(raw) && !nationedNouns[raw[i+1]] {
			return false // "the town of Saravan", "Saravan the town": a place
		}
	}
	return true
}

// demonymEndings end the names of peoples: Afghan, Indians, Iraqi, Chinese, Turkish.
var demonymEndings = []string{"an", "ans", "i", "is", "ese", "ish"}

// nationedNouns name people whose nationality may be asked.
var nationedNouns = map[string]bool{"nationals": true, "citizens": true, "workers": true, "labourers": true, "laborers": true,
	"people": true, "men": true, "women": true, "children": true, "civilians": true, "soldiers": true, "victims": true,
	"dead": true, "casualties": true, "migrants": true, "refugees": true}

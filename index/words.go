package index

import (
	"slices"
	"strconv"
	"strings"
)

// fillerWords carry the shape of a question but not its content: question
// words, "tell me", "the article", "people". They are dropped before the
// bot checks whether the article covers a question.
var fillerWords = []string{
	"how", "many", "much", "number", "count", "total", "figure", "figures", "amount",
	"when", "date", "day", "time", "where", "location", "place", "who", "whom", "whose", "what", "which",
	"why", "reason", "reasons", "cause", "caused", "causes", "motive", "purpose", "trigger", "triggered",
	"spark", "sparked", "led", "happen", "happened", "happens", "happening", "going", "go", "goes", "went",
	"get", "got", "do", "did", "does", "done", "doing", "make", "made", "tell", "me", "know", "known",
	"say", "said", "says", "saying", "stated", "article", "story", "news", "text", "source", "mention",
	"mentioned",
	"mentions", "people", "person", "persons", "anyone", "someone", "somebody", "anybody", "thing",
	"things", "stuff", "exactly", "actually", "really", "please", "bot", "hey", "hi", "hello", "info", "rumour", "rumor",
	"information", "about", "give", "explain", "describe", "mean", "means", "there", "any", "some",
	"also", "again", "ok", "okay", "like", "kind", "sort", "lol", "pls", "plz", "thanks", "can", "could",
	"would", "should", "will", "you", "your", "i", "we", "us", "our", "has", "have", "had", "been",
	"being", "be", "was", "were", "is", "are", "am", "it", "its", "this", "that", "these", "those",
	"name", "named", "called", "identify", "role", "job", "position", "title", "play", "plays", "played",
	"take", "takes", "took", "taken", "side", "sides", "gonna", "wanna", "gotta", "else", "besides",
	"anything", "something", "everything", "anywhere", "somewhere", "tonight", "wait", "now", "still", "even", "just", "very", "way", "lot",
	"yo", "nah", "tbh", "idk", "omg", "btw", "guy", "guys", "dude", "rush", "rushed", "try", "trying",
	"tried", "hold", "holds", "held", "located", "along", "toward", "towards", "inside", "outside",
	"across", "beyond", "apart", "regarding", "within", "whole", "exact", "roughly",
	"approximately", "around", "specific", "specifically", "basically", "generally", "according",
	"characterise", "characterises", "characterize", "characterizes", "description", "describes", "frame",
	"framed", "frames", "quoted", "quote", "quotes", "phrase", "pro", "per", "type", "types",
	"situation", "true", "false", "correct", "accurate", "verify", "fact", "check", "word", "words", "term",
	"terms", "expression", "cited", "cite", "piece", "headline", "factors", "steps", "need", "supposed",
	"concrete", "summary", "summarise", "summarize", "gist", "overview", "reportedly", "allegedly", "overall",
	"altogether", "combined", "fell", "fall", "falls", "up", "down", "bring", "put",
	"super", "pretty", "quite", "extremely", "totally", "literally", "honestly", "seriously", "anyway",
	"anyways", "geographically", "site", "sites", "section", "main", "big", "biggest", "major", "greatest",
	"landed", "landing", // "where the strikes landed", "the day the FM landed": the strike or the visit itself
	"send", "sends", "sent", "sending", "bhai", "yaar", "bro", "bruh", "sir", "sahib", "mate", "dawg", "fam",
	"d", "ll", "ve", "ngl", "fr", "imo", "smh", "tho", "though", "um", "umm", "uh", "uhh", "er", "erm", "hmm",
	"ah",
	"occupation", "occupations", "profession", "professions", "office", "post", "given", "kindly", "mainly",
	"mostly", "chiefly", "primarily", "largely", "principally", "folks", "folk", "field", "fields", "domain",
	"domains", "sphere", "spheres", "refuse", "refused", "decline", "declined", "refrain", "refrained", "move",
	"moved", "moves", "moving", "act", "acted", "acts", "conduct", "conducted", "conducts", "conducting",
	"passage", "passages", "paragraph", "paragraphs", "sentence", "sentences", "forgot", "forget", "forgotten", "rendered", "verb",
	"verbs", "adjective", "adjectives", "noun", "nouns", "adverb", "adverbs", "wording", "qualifier", "spelled",
	"spelt", "spelling", "author", "excerpt", "writer", "copy", "yeah", "yea", "yep", "yup", "yes", "dear", "editor",
	"madam", "sincerely", "faithfully", "respectfully", "regards", "yours", "portfolio", "capacity",
	// Urdu's mark of the one who acts ("Iran ne…"): read as such, then no content.
	"ne",
	// What a reader says of their own reading, not of the story.
	"plain", "plainly", "sum", "event", "events", "keep", "keeps", "refer", "refers", "referring",
	"referred", "broad", "broadly", "twice", "different", "reading", "understand", "understanding", "mistaken", "believe", "think", "thinks",
	"believing", "entirely", "upon", "ironic", "confusing", "confused", "scenario",
	// "Following the strikes" places a question in time, as "after" does.
	"following",
	// Forms of telling the stemmer does not join to "tell".
	"told",
	// "In what context is Israel named?" asks for the passage.
	"context",
	// What a reader asks of the article's wording: "what phrase appears…",
	// "quote the line that…", "the status of the date".
	"appear", "appears", "appeared", "line", "status", "written",
	// Hedges and conjunctions the stemmer keeps: "or rather", "why might…", "whether".
	"rather", "might", "whether", "either", "neither",
	// What a reader says of their own asking: "do we learn…", "against what
	// backdrop", "is it part of…", "list…", "the right answer".
	"learn", "backdrop", "part", "case", "list", "answer", "right",
	// The shape of a question, not what it is about: "what action…", "what
	// stance…", "who started it", "the pair", "senior officials".
	"action", "actions", "stance", "orientation", "category", "sequence", "start", "started", "pair",
	"senior", "openly", "introduces",
}

// numberValues reads spelt-out numbers as digits.
var numberValues = map[string]string{
	"one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
	"eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "thirteen": "13",
	"fourteen": "14", "fifteen": "15", "sixteen": "16", "seventeen": "17", "eighteen": "18",
	"nineteen": "19", "twenty": "20",
}

// dayOrdinal reads an ordinal that can only be a day of a month as its
// number: "17th", "seventeenth". Ordinals up to ten stay words, for "third
// countries" and "the 1st strike" are not days.
func dayOrdinal(w string) (string, bool) {
	if n, ok := dayOrdinals[w]; ok {
		return n, true
	}
	digits := strings.TrimRight(w, "stndrh")
	switch w[len(digits):] {
	case "st", "nd", "rd", "th":
		if n, err := strconv.Atoi(digits); err == nil && len(digits) <= 2 && n > 10 && n <= 31 {
			return digits, true
		}
	}
	return "", false
}

var dayOrdinals = map[string]string{
	"eleventh": "11", "twelfth": "12", "thirteenth": "13", "fourteenth": "14", "fifteenth": "15",
	"sixteenth": "16", "seventeenth": "17", "eighteenth": "18", "nineteenth": "19", "twentieth": "20",
	"thirtieth": "30",
}

var numberWords = map[string]bool{
	"one": true, "two": true, "three": true, "four": true, "five": true, "six": true, "seven": true,
	"eight": true, "nine": true, "ten": true, "eleven": true, "twelve": true, "dozen": true,
	"dozens": true, "hundred": true, "hundreds": true, "thousand": true, "thousands": true,
}

// dateWords tell a time.
var dateWords = func() map[string]bool {
	m := map[string]bool{
		"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
		"saturday": true, "sunday": true, "today": true, "yesterday": true, "tomorrow": true,
		"week": true, "month": true, "year": true, "soon": true, "earlier": true, "later": true, "date": true,
	}
	for w := range monthNames {
		m[w] = true
	}
	return m
}()

// monthNames name the months.
var monthNames = map[string]bool{"january": true, "february": true, "march": true, "april": true, "may": true,
	"june": true, "july": true, "august": true, "september": true, "october": true, "november": true, "december": true}

// dayOfMonth reports whether the number at i is a day of a month named next
// to it: "January 17", "17 January".
func dayOfMonth(ws []string, i int) bool {
	return i > 0 && monthNames[ws[i-1]] || i+1 < len(ws) && monthNames[ws[i+1]]
}

// placesOnCalendar reports whether a time puts what it tells of on the
// calendar: a date, not "during his visit" nor "soon".
func placesOnCalendar(when string) bool {
	for _, w := range words(when) {
		if dateWords[w] && w != "soon" && w != "earlier" && w != "later" || strings.ContainsAny(w, "0123456789") {
			return true
		}
	}
	return false
}

// namesMonth reports whether a fact's time, or its sentence, names a month.
func namesMonth(f *fact) bool {
	var ws []string
	switch f.kind {
	case eventFact:
		ws = words(f.event.When)
	case sentenceFact:
		ws = f.sentence.words
	}
	return slices.ContainsFunc(ws, func(w string) bool { return monthNames[w] })
}

// causalWords mark a sentence that gives a reason, for "why" questions.
var causalWords = map[string]bool{
	"because": true, "due": true, "aim": true, "aims": true, "prompted": true, "retaliation": true,
	"leading": true, "following": true, "after": true, "since": true, "amid": true, "amidst": true,
	"response": true, "claiming": true, "alleging": true,
}

// reasonWords may give a reason less plainly than causalWords: "crucial
// for regional stability", "exacerbated by the conflict".
var reasonWords = map[string]bool{"by": true, "for": true, "factor": true, "exacerbated": true, "so": true, "therefore": true}

// totalWords ask for a figure that sums up, not one event's share.
var totalWords = map[string]bool{"total": true, "overall": true, "altogether": true, "combined": true, "all": true}

// placeWords mark a sentence that says where something is.
var placeWords = map[string]bool{
	"region": true, "regions": true, "border": true, "borders": true, "area": true, "areas": true,
	"province": true, "city": true, "where": true, "in": true,
}

// phraseLinks are prepositions: they tie a noun phrase to what comes before,
// and end the one before them ("what internal pressures in Iran…").
var phraseLinks = map[string]bool{"to": true, "for": true, "of": true, "about": true, "with": true, "into": true,
	"against": true, "between": true, "among": true, "by": true, "from": true, "in": true, "on": true, "at": true}

// endsPhrase reports whether a word ends a noun phrase: a preposition, "and", "or".
func endsPhrase(w string) bool { return phraseLinks[w] || w == "and" || w == "or" }

// prepositions end the noun phrase after "how many".
var prepositions = map[string]bool{
	"in": true, "on": true, "at": true, "from": true, "during": true, "by": true, "after": true,
	"before": true, "when": true, "since": true, "got": true, "get": true, "died": true, "killed": true,
	"lost": true, "total": true, "overall": true,
}

// ageWords and durationWords mark a sentence that can say how old someone
// is, or how long something lasts.
var (
	ageWords      = map[string]bool{"old": true, "aged": true, "age": true}
	durationWords = map[string]bool{"day": true, "days": true, "week": true, "weeks": true, "month": true,
		"months": true, "year": true, "years": true, "hour": true, "hours": true, "minutes": true}
)

// clockWords give a time of day, finer than any date.
var clockWords = map[string]bool{"am": true, "pm": true, "morning": true, "night": true, "evening": true,
	"afternoon": true, "dawn": true, "dusk": true, "midnight": true, "noon": true, "hour": true, "clock": true,
	"overnight": true, "daybreak": true}

// nameWords make a "who" question ask for a name: a person or a body.
// titleWords make an alias a description rather than a name.
var titleWords = map[string]bool{"president": true, "minister": true, "prime": true, "fm": true, "pm": true,
	"ministry": true, "prez": true, "premier": true, "chief": true, "envoy": true, "ambassador": true}

var nameWords = map[string]bool{"name": true, "names": true, "named": true, "called": true, "surname": true, "surnames": true}

// countFillers count nothing in "how many people…".
var countFillers = map[string]bool{"people": true, "persons": true, "person": true, "ppl": true, "folks": true,
	"individuals": true, "anyone": true, "total": true, "overall": true, "exactly": true, "minimum": true,
	"roughly": true, "approximately": true, "about": true}

// placeTypes are the kinds of place a "where" question asks for.
var placeTypes = map[string]bool{"place": true, "location": true, "part": true, "city": true, "province": true,
	"area": true, "region": true, "town": true, "district": true, "spot": true, "territory": true, "soil": true}

// settlements are place types finer than any the fact sheet records: "which
// city" is not answered by a country.
var settlements = map[string]bool{"city": true, "town": true, "village": true, "spot": true}

// speechWords report what someone said.
var speechWords = map[string]bool{
	"say": true, "says": true, "said": true, "tell": true, "tells": true, "told": true, "announce": true,
	"announced": true, "announces": true, "state": true, "stated": true, "states": true, "highlight": true,
	"highlights": true, "highlighted": true, "emphasize": true, "emphasized": true, "emphasise": true,
	"emphasised": true, "express": true, "expressed": true, "claim": true, "claimed": true, "claiming": true,
	"allege": true, "alleged": true, "alleging": true, "accuse": true, "accused": true, "report": true,
	"reported": true, "according": true, "demand": true, "demanded": true, "think": true, "thinks": true,
	"reckon": true, "reckons": true, "reckoned": true, "deny": true, "denied": true, "denies": true,
	"confirm": true, "confirmed": true, "confirms": true, "acknowledge": true, "acknowledged": true,
	"admit": true, "admitted": true, "admits": true, "comment": true, "commented": true,
}

// kindNouns are the nouns by which a "which …" question asks for one kind
// of entity: "which countries", "what armed group", "which government
// body", "which provinces". A candidate answers only if it names one; "city"
// and its kin ask for a settlement, and "building" and its kin for a venue,
// which the fact sheet never records.
var kindNouns = map[string]string{
	"country": "country", "countries": "country", "nation": "country", "nations": "country", "state": "country", "states": "country",
	"city": "settlement", "cities": "settlement", "town": "settlement", "towns": "settlement", "village": "settlement",
	"province": "place", "provinces": "place", "capital": "capital", "capitals": "capital",
	"building": "venue", "buildings": "venue", "venue": "venue", "venues": "venue", "hotel": "venue", "hotels": "venue", "palace": "venue",
	"group": "group", "groups": "group", "outfit": "group", "outfits": "group", "militia": "group", "organisation": "organisation",
	"organization": "organisation", "organisations": "organisation", "organizations": "organisation", "body": "organisation",
	"agency": "organisation", "ministry": "organisation", "department": "organisation", "institution": "organisation",
	"official": "person", "officials": "person", "person": "person", "leader": "person", "leaders": "person", "politician": "person",
}

// settlementWords in a place's role make it a city or town.
var settlementWords = map[string]bool{"city": true, "capital": true, "town": true, "village": true}

// deathWords tell of a death: "how were they killed?", "how did they die?".
var deathWords = map[string]bool{"killed": true, "kill": true, "die": true, "died": true, "dies": true, "slain": true,
	"murdered": true, "perished": true, "lost": true}

// mannerAuxiliaries open a question of how a death came about, as "how"
// follows them: "how were they killed?", "how did they die?"; not "how are
// the dead described?".
var mannerAuxiliaries = map[string]bool{"were": true, "was": true, "did": true, "had": true, "have": true, "has": true}

// mannerAsked reports whether a question asks how people died: "how were
// the labourers killed?", "how did the children die?".
func mannerAsked(raw []string) bool {
	if len(raw) < 3 || raw[0] != "how" || howMeasures[raw[1]] || hasWord(raw, tellsWords) {
		return false
	}
	// Learners put the auxiliary after the subject, "how the labourers
	// was killed?"; "how exactly were they killed?"
	lead := articles[raw[1]] || determiners[raw[1]] || specificWords[raw[1]] || strings.HasSuffix(raw[1], "ly")
	aux := mannerAuxiliaries[raw[1]] || lead && hasWord(raw[2:min(len(raw), 5)], mannerAuxiliaries)
	return aux && hasWord(raw[2:min(len(raw), 8)], deathWords)
}

// howMeasures after "how" ask a measure, not a manner: "how many were
// killed?".
var howMeasures = map[string]bool{"many": true, "much": true, "long": true, "old": true, "far": true, "soon": true,
	"often": true, "come": true}

// agentAsked reports whether a question asks by whom a death came about,
// naming the one it asks of: "were the labourers killed by Jaish al-Adl?",
// "shot by gunmen?".
func agentAsked(raw []string) bool {
	for i := 0; i+2 < len(raw); i++ {
		if (deathWords[raw[i]] || raw[i] == "shot") && raw[i+1] == "by" && raw[i+2] != "whom" && raw[i+2] != "who" {
			return true
		}
		if raw[i] == "responsibility" && slices.ContainsFunc(raw[i+1:min(len(raw), i+6)], func(w string) bool {
			return deathWords[w] || strings.HasPrefix(w, "kill") || strings.HasPrefix(w, "death") || strings.HasPrefix(w, "murder")
		}) {
			return true // "has any group claimed responsibility for the killing of the labourers?"
		}
	}
	return false
}

// nationalityWords ask whose citizens people are.
var nationalityWords = map[string]bool{"nationality": true, "nationalities": true, "citizens": true, "citizen": true,
	"citizenship": true, "nationals": true}

// forenameWords before "name" ask for a person's first name.
var forenameWords = map[string]bool{"first": true, "given": true, "christian": true}

// fullNameWords before "name" ask for more of a name than one word.
var fullNameWords = map[string]bool{"full": true, "complete": true, "whole": true, "entire": true}

// allegianceWords tie a person to a country: "which country does Jilani
// represent?", "…serve?", "…hail from?", "Kakar heads which country's
// government?".
var allegianceWords = map[string]bool{"represent": true, "represents": true, "representing": true, "represented": true,
	"serve": true, "serves": true, "serving": true, "served": true, "hail": true, "hails": true, "belong": true, "belongs": true,
	"work": true, "works": true, "working": true, "citizen": true, "national": true,
	"head": true, "heads": true, "heading": true, "lead": true, "leads": true, "leading": true, "run": true, "runs": true,
	"govern": true, "governs": true, "government": true}

// deadNouns name the dead: "who were the victims?".
var deadNouns = map[string]bool{"victims": true, "victim": true, "dead": true, "casualties": true, "fatalities": true}

// deadAsked reports whether a "who" question asks who died: "who died in
// the strike?", "who were killed?", "who were the victims?"; not who
// killed them ("who killed the labourers?").
func deadAsked(raw []string) bool {
	if i := slices.Index(raw, "who"); i > 0 && i+1 < len(raw) && (raw[i+1] == "died" || raw[i+1] == "perished") &&
		!hasWord(raw, nameWords) {
		// Urdu's order: "Iran ke strike me kaun mare?", in Iran's strike
		// who died?; not "the names of the kids who died", which asks
		// for what the dead were called.
		return true
	}
	if len(raw) < 2 || raw[0] != "who" && !(raw[0] == "according" && slices.Contains(raw, "who")) {
		return hasWord(raw, deadNouns) && slices.Contains(raw, "who")
	}
	i := slices.Index(raw, "who")
	if i+1 >= len(raw) {
		return false
	}
	next, soon := raw[i+1], raw[i+1:min(len(raw), i+4)]
	return next == "died" || next == "perished" || beWords[next] && (hasWord(soon, deathWords) || hasWord(soon, deadNouns))
}

package index

import (
	"maps"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"visitbot/facts"
)

// question is a question read for answering.
type question struct {
	text        string
	intent      Intent
	words       []string           // rewritten, lower-case
	written     []string           // as written, lower-case: what a sentence may have word for word
	entities    []string           // entity ids named
	subject     string             // the entity the question asks about, if it can tell
	pair        []string           // "did Iran and Pakistan…": two subjects that act together
	both        []string           // "did both countries claim…": two parties whose words the answer must tell of together
	actor       string             // the subject, when the question's words make it sure: "Pakistan's strike", "hit by Iran"
	counted     map[string]bool    // for "how many X": the terms of X
	verb        string             // the first content term: what the question is about doing
	whoObj      bool               // "who did Pakistan target?" asks for an object, "who killed…?" for a subject
	whoDid      string             // "who killed the labourers?": the deed the one asked for did, right after "who"
	total       bool               // asks for a sum: "in total", "overall", or the dead with nothing to narrow them: "the death toll?"
	deed        string             // "what will Raisi talk about": the verb after "what", an auxiliary and a name
	responder   string             // "how did Israel react…": the one whose response is asked for
	speaker     string             // "what did Kakar say…": the entity whose words are asked for
	didWhat     bool               // "who did he sit down with": asks of a deed done, not planned
	completive  bool               // Urdu and Hindi tell a deed done with "gaya", "chuke": "lashen aa gayi?"
	calledOff   bool               // "was Raisi's visit cancelled?": whether a plan was dropped, which a plan still told answers
	asksSaid    bool               // "what did the two FMs say about…": what someone said, whoever it was
	wantsClock  bool               // "what time of day…": a time finer than a date
	wantsDate   bool               // "on what date…": a day, month or year, not "during his visit"
	wantsMonth  bool               // "which month…": a month named, not "earlier this month"
	identity    string             // "is Kakar Pakistan's president?": the entity whose role is asked about
	wantsName   bool               // "what is the name of…": a person or body, not a country
	relation    []string           // "who leads…": the words a passage must use to name the holder of the role asked about
	described   map[string]bool    // entities named only by description: "the Pakistani counterpart"
	wantsKind   string             // "which countries…": the kind of entity the answer must name
	options     map[string]bool    // "Iran or Pakistan?": names the question offers as answers
	wantsQuote  bool               // "what word do they use for terrorism?", "how are the talks described?": the article's own words
	headline    bool               // "according to the headline…": the story's title
	section     string             // "per the tit-for-tat section": the section the answer must be in
	line        facts.Ref          // "per the opening line of the lead": the sentence the answer is in, if any
	later       bool               // "which country moved second?": the latest of the events that answer
	afterwards  bool               // "what happened to the ambassadors in the end?": of near equals, what the article tells last
	first       bool               // "who struck first?": the earliest of the events that answer
	within      string             // "which part of Pakistan…": the country the place asked for is in
	focus       []string           // "what internal political pressures…": the terms of what "what" asks for, when two or more
	setAside    []string           // "who else besides Jilani?", "besides Balochistan, where…": people or places the answer must name another beside
	asideTerms  map[string]bool    // "besides Gaza, what else…": the terms of what is set aside
	sequel      string             // "what happened after Pakistan hit back?": the main clause ("what happened")…
	prior       string             // …and the event it follows on ("Pakistan hit back"), if any
	officeOf    string             // "who is Pakistan's president?": the country whose office holder is asked for
	weights     map[string]float64 // its canonical content terms, entities as @id, and how much each matters
	order       []string           // the terms sorted: sums over them come out the same, to the last bit, every time
	stems       []string           // the stems of its content words as written, before synonyms are made one
	unknown     []string           // words the corpus never uses, even misspelt
	strangers   []string           // names the corpus never uses: "Washington"
	elsewhere   []string           // "did Pakistan strike Iran's Khuzestan province?": places the article never names, where it may name another
	citizens    bool               // "what nationality were the dead?": a figure that says whose citizens they were
	asksDead    bool               // "who died in Iran's strike?", "who were the victims?": the dead, counted
	forename    bool               // "what is Raisi's first name?", "his full name?": a name of two words or more
	actorDeeds  map[string]bool    // "was Pakistan's retaliatory strike…", "did Pakistan claim its strike…": the actor's deed
	victims     map[string]bool    // "were any militants killed?": who the yes-no question asks were killed
	manner      bool               // "how were the labourers killed?": by what deed, done by whom
	byAgent     bool               // "were the labourers killed by Iran?": a death asked as someone's deed
	otherOffice []string           // "is Kakar Pakistan's elected president?": offices the article never names, where it names the person's
	elsewhen    []string           // "did the strikes take place last year?": times the article never gives, where it may give another
	otherHolder []string           // "will the FM meet PM Shehbaz Sharif?": names the article never uses for an office it gives someone
	otherNation []string           // "were the labourers Afghans?": nationalities the article never gives, where it may give another
	otherTarget []string           // "did Iran bomb a Taliban base?": targets the article never names, where it names the strike's
	otherDoer   []string           // "was Egypt bombing Gaza?": a country the article never names, doing a deed it tells of another
	wrongGuess  []string           // "which group did Iran target, the TTP?": a guess the article never names, where it names the answer
	retrieve    []string           // words to search for
	beyond      bool               // asks what the article has no words for: "did Iran apologise…"
	verbLast    bool               // in a language that puts the verb last, "to" (Persian's "be") opens the one a deed is done to, before the verb
	objects     map[string]bool    // Persian's "Pakistan ra zad", struck Pakistan: names its object marker follows, which do not act
}

// read reads a question for what it asks.
func (ix *Index) read(text string) question { return ix.readIn(text, "") }

// readIn reads a question in the language hinted, where its own words are
// too few to tell: the greeting read away before "…alan rafte Pakistan
// dige?" was in Persian.
func (ix *Index) readIn(text, hint string) question {
	if cleft := cleftAsked(text); cleft != "" {
		if g, _ := ix.strangeGuess(cleft); g != "" {
			text = cleft // "was it Iran's defence minister who made the trip?" guesses who made it
		}
	}
	respelt, language := ix.respell(words(text), hint)
	whole := language
	guess := ""
	if g, asked := ix.strangeGuess(text); g != "" {
		if asks, lang := ix.respell(words(asked), whole); hasWord(ix.corpus.Thesaurus.Rewrite(withoutMarkers(asks)), whWords) {
			// "Which group did Iran target, the TTP?" is read as "which
			// group did Iran target?": none of the guess's words is what is
			// asked about ("…, Kurdish militants?"), nor a deed the article
			// has no words for ("…want, compensation?").
			guess, text = g, asked
			respelt, language = asks, lang
		}
	}
	if asked, ok := ix.guessedFigure(text); ok {
		// "How many died in Pakistan's strike, 2?", "when did Iran strike,
		// 17 Feb?": the figure or time the article gives answers, right or
		// wrong the guess.
		text = asked
		respelt, language = ix.respell(words(text), whole)
	}
	offeredID := ix.guessed(text) // "who reported the children dead, pak?"
	if before, _, _ := lastAside(text); offeredID != "" && hasWord(ix.corpus.Thesaurus.Rewrite(withoutMarkers(words(before))), whWords) && !ix.endsAside(before) {
		// "Sistan-Baluchestan kis mulk mein hai, Pakistan mein?" is read as
		// what it asks; the name offered is weighed as a choice.
		text = strings.TrimSpace(before) + "?"
		respelt, language = ix.respell(words(text), whole)
	}
	raw := ix.possessed(ix.inverted(text, ix.arabicIdentity(text, ix.persianIdentity(ix.urduIdentity(ix.urduOwned(ix.urduWent(arabicOpening(withoutNegation(respelt)))))))))
	raw = withoutMarkers(raw)
	us := len(raw) > 1 && raw[0] == "us" // "us reaction to the strikes?": the pronoun never opens a question
	if us {
		raw = append([]string{"united", "states"}, raw[1:]...)
	}
	q := question{text: text, words: ix.restate(ix.corpus.Thesaurus.Rewrite(raw)), written: words(text)}
	if arabicOrPersian(text) || language == "persian" {
		q.words = ix.ezafe(q.words) // and in Latin letters: "too hamle-ye Iran", in Iran's attack
	}
	q.verbLast = ix.corpus.Thesaurus.Languages[language].VerbLast
	otherScript := slices.ContainsFunc(q.written, nonLatin) // Arabic's, Urdu's, Persian's… words among the question's
	q.intent = intentOf(raw, q.words, otherScript)
	q.completive = completed(raw)
	if q.intent == What && (statedQuestion(text, raw, q.words, q.verbLast) || negatedTag(text)) {
		q.intent = YesNo // "Raisi met Kakar before?", "Iran also recall its ambassador?"
	}
	q.calledOff = q.intent == YesNo && hasWord(q.words, cancelWords)
	if q.intent == YesNo {
		for i, w := range q.words {
			if o, ok := ix.corpus.Thesaurus.Opposites[w]; ok {
				q.words[i] = o // "did they act slowly?" is answered by "swiftly"
			}
		}
	}
	ents, rest, at := ix.aliases.find(q.words, true)
	q.entities = ents
	q.described = ix.described(raw, ents) // raw: "the two nations" is rewritten to their names, yet names neither
	q.wantsKind = kindAsked(raw)
	if q.wantsKind == "" {
		q.wantsKind = kindAsked(q.words) // "kis mulk ka visit kiya?" is "which country…"
	}
	if q.wantsKind != "" && q.wantsKind != "capital" && !slices.ContainsFunc(rest, func(w string) bool { return kindNouns[w] == q.wantsKind }) {
		q.wantsKind = "" // "what do Western countries accuse Iran of?": the kind noun is part of a name
	}
	if q.wantsKind != "" && ix.asksKindOfNamed(ents, rest, q.wantsKind) {
		q.wantsKind = "" // "what group is Jaish al-Adl?" asks what it is, not for another group
	}
	q.first = asksFirst(raw) || urduFirst(raw) // "pehle kis ne attack kiya?"
	q.later = !q.first && asksLater(raw)
	q.afterwards = !q.first && !q.later && asksAfterwards(raw)
	var locator []string // "per the tit-for-tat section": where the answer is, not what it is about
	q.section, locator = ix.sectionNamed(text, raw)
	line, pointer := ix.lineAsked(raw, q.section)
	q.line = line
	locator = append(locator, pointer...)
	ors := orChoicesOf(q.words)
	q.options = optionsOf(q.words, ors, at)
	if q.intent == Who || q.wantsKind != "" {
		if offeredID != "" {
			q.options = map[string]bool{offeredID: true} // "who reported the children dead, pak?", "which group…, Jaish ul-Adl?"
		}
	}
	q.headline = hasWord(raw, headlineWords) || asksGist(raw) || asksGist(q.words) // q.words: Persian's "khabar" is the article
	q.wantsQuote = hasWord(raw, quoteNouns) && hasWord(raw, describeVerbs) || len(raw) > 0 && raw[0] == "how" && hasWord(raw, describeVerbs) ||
		hasWord(q.words, quoteMarks) // "what phrase appears in quotation marks?"
	q.within = ix.withinOf(q.words, ents, at)
	if language == "persian" || inArabicScript(text) {
		q.objects = ix.markedObjects(raw)
	}
	q.subject, q.actor = subjectOf(q, ix, at)
	party := q.actor
	if p, ok := at[q.subject]; party == "" && ok && !slices.ContainsFunc(q.words[:p], func(w string) bool { return !whWords[w] && !auxiliaries[w] && w != "both" }) {
		// "What Iran and Pakistan claim they attacked?", "did both Iran and
		// Pakistan…", not "tensions between Iran and Pakistan" nor "after
		// Iran and Pakistan exchanged strikes".
		party = q.subject
	}
	if p, ok := at[party]; ok && p+2 < len(q.words) && q.words[p+1] == "and" && namedAt(at, p+2) {
		// "did Iran and Pakistan…": both act, neither alone.
		q.pair = []string{q.subject, entityNamedAt(at, p+2)}
		q.subject, q.actor = "", ""
	} else if ok && p+1 < len(q.words) && namedAt(at, p+1) {
		// "the Iran-Pakistan strikes", "Tehran-Islamabad relations": of
		// both, or between them; neither acts alone.
		q.subject, q.actor = "", ""
	}
	if q.intent == Who || q.intent == YesNo {
		for _, id := range ents {
			if e, p := ix.entity(id), at[id]; e != nil && e.Kind == "country" && p+1 < len(q.words) && officeWords[q.words[p+1]] {
				q.officeOf = id // "who is Pakistan's president?", "is Pakistan's president planning…": a holder from Pakistan
				break
			}
		}
	}
	if i := slices.Index(raw, "both"); i >= 0 && hasWord(raw, speechWords) && (i == 0 || !phraseLinks[raw[i-1]]) {
		q.both = ix.bothOf(q) // "did both countries claim…", what they said together; not "ties between both countries"
	}
	if q.intent == HowMany {
		q.counted = ix.countedTerms(q.words)
	}
	var focusHead string // "which political party": party, the thing asked for
	if q.intent == What && q.wantsKind == "" {
		q.focus, focusHead = ix.focusOf(q.words, at)
	}
	q.whoObj = q.intent == Who && (whoAsksObject(q.words, at) || ix.kindAsObject(q.words, at) || arabicObjectAsked(text, q.words, at))
	byWhom := false // "labourers killed by whom": who killed them
	if t := ix.toldTerm(byWhomDeed(q.words)); q.intent == Who && t != "" {
		q.whoDid, q.whoObj, byWhom = t, false, true
	}
	n := len(q.words)
	for n > 0 && (addressWords[q.words[n-1]] || addressed[q.words[n-1]]) {
		n-- // "…kis ne mara bhai": the one addressed ends it
	}
	if q.intent == Who && !q.whoObj && !byWhom && n > 2 && q.words[n-2] == "who" && deathWords[q.words[n-1]] {
		// Urdu puts "who" before the deed, last: "9 labourers ko kisne
		// maara?", the labourers who killed?
		if t := ix.toldTerm(q.words[n-1]); t != "" {
			q.whoDid, byWhom = t, true
		}
	}
	if q.intent == Who && !q.whoObj && !byWhom && (q.verbLast || inArabicScript(text)) && n > 2 && q.words[0] == "who" && deathWords[q.words[n-1]] {
		// Persian puts the deed last: "ki oon 9 ta kargar ro kosht?", who
		// killed those nine workers?
		if t := ix.toldTerm(q.words[n-1]); t != "" {
			q.whoDid, byWhom = t, true
		}
	}
	if d := 1; q.intent == Who && !q.whoObj && !byWhom && len(q.words) > 2 && q.words[0] == "who" {
		if q.words[1] == "that" && len(q.words) > 3 {
			d = 2 // Arabic's "مين اللي قتل…", who that killed: who killed
		}
		for d+1 < len(q.words) && adverbs[q.words[d]] {
			d++ // "who actually killed the labourers?"
		}
		if t := ix.toldTerm(q.words[d]); !auxiliaries[q.words[d]] && !beWords[q.words[d]] && t != "" {
			q.whoDid = t // "who killed the labourers?"
		}
	}
	if t := ix.toldTerm(blamedFor(q.words)); q.intent == Who && q.whoDid == "" && t != "" {
		q.whoDid, q.whoObj = t, false // "who is responsible for killing the labourers?": who killed them
	}
	if t := ix.toldTerm(raisedDeed(q.words)); q.intent == Who && t != "" {
		q.whoDid, q.whoObj = t, false // "who is alleged to have killed the labourers?": who killed them
	}
	q.speaker = ix.speakerOf(q.words, ents, at, !otherScript, q.verbLast)
	q.deed = ix.deedOf(q.words, at, "what")
	q.responder = ix.responderOf(q.words, at, q.intent)
	q.asksSaid = asksSaid(raw)
	q.manner = mannerAsked(raw)
	q.byAgent = q.intent == YesNo && agentAsked(raw)
	q.citizens = hasWord(raw, nationalityWords) || hasWord(q.words, nationalityWords) // Urdu "shehri" are citizens
	if q.intent == YesNo {
		q.victims = ix.victimsAsked(q.words)
	}
	q.didWhat = q.intent != YesNo && slices.Contains(q.words, "did")
	q.actorDeeds = ix.deedsOfActor(q.words, at, q.actor)
	if q.actor == q.speaker && !hasWord(q.words, ownPossessives) && !saidOfItself(q.words) {
		q.actor = "" // "did Islamabad say… killed in the Iranian attack": Islamabad speaks, Iran acted; but "did Pakistan claim its strike…"
		if q.speaker != "" {
			q.actor = ix.strikerNamed(q.words, ents, at, q.speaker) // …and the one whose strike it names acted
		}
	}
	if p, ok := at[q.subject]; ok && (p == 0 || q.words[p-1] == "that") && q.actor == "" && q.intent == YesNo && p+1 < len(q.words) && speechWords[q.words[p+1]] && saidOfItself(q.words) {
		q.actor = q.subject // "Pakistan said it hit Jaish al-Adl?", "…, right?": "is it true that Pakistan said…"
	}
	if q.intent == YesNo {
		q.identity = ix.identityOf(q.words, at)
	}
	q.wantsName = q.intent == Who && (asksName(raw) || asksName(q.words))  // q.words: Urdu "naam" is "name"
	q.asksDead = q.intent == Who && (deadAsked(raw) || deadAsked(q.words)) // q.words: Urdu "kaun" is who
	if asksForename(raw) || asksForename(q.words) {                        // q.words: Arabic's "الاسم الأول", "name first", is read as "first name"
		q.forename = true // "first" is no order of events here; a full name is more than the one word the article may give
	}
	if q.intent == Who {
		// Rewritten: "chief envoy" is the foreign minister. Not the words
		// that locate the answer: "who does the lead name…" asks no leader.
		q.relation = relationAsked(slices.DeleteFunc(slices.Clone(q.words), func(w string) bool { return slices.Contains(locator, w) }))
	}
	q.total = hasWord(raw, totalWords) || q.intent == HowMany && len(ents) == 0 && len(q.counted) == 1 && q.counted[ix.canon("killed")] ||
		q.intent == HowMany && betweenSides(q.words, at)
	q.wantsDate = q.intent == When && hasWord(raw, dayWords)
	q.wantsMonth = q.intent == When && (askedUnit(raw, "month") || askedUnit(q.words, "month"))
	timeOfDay := slices.ContainsFunc(q.words, func(w string) bool { return clockWords[w] && w != "am" && w != "pm" }) // "raat", night; not "am I right…"
	q.wantsClock = q.intent == When && (hasWord(raw, clockWords) || timeOfDay || hasSeq(raw, "time", "of", "day") || hasSeq(raw, "time", "of", "the", "day") || clockAsked(raw) || clockAsked(q.words) ||
		q.verbLast && hasSeq(q.words, "what", "time") || // Persian's "…che saati shoroo shod?", what time began: the verb follows
		timeOfAsked(q.words) && !hasSeq(raw, "time", "of", "the", "year") && !hasSeq(raw, "time", "of", "year")) ||
		(q.intent == YesNo || q.intent == What && slices.Contains(q.words, "or")) && timeOfDay &&
			!hasWord(q.words, deathWords) // "did the strikes happen at night?", "raat ko ya din me?"
	q.weights = map[string]float64{}
	for _, e := range ents {
		q.weights[entityPrefix+e] = ix.weight(entityPrefix + e)
	}
	names := ix.apartFromKnown(renamed(capitalised(text), raw, q.words, ix.corpus.Thesaurus.Rewrite))
	if q.intent == YesNo || q.intent == Why {
		ix.lowercaseNames(names, text, raw, q.words)
	}
	if us {
		names["united"], names["states"] = "the US", "the US"
	}
	counts := countsOfAsked(q.words)
	personsCountry := q.wantsKind == "country" && slices.ContainsFunc(ents, func(id string) bool { return ix.entity(id).Kind == "person" })
	placesCountry := q.wantsKind == "country" && slices.ContainsFunc(ents, func(id string) bool { return ix.entity(id).Kind == "place" })
	head := true
	last := "" // "where will the labourers be buried?": the deed asked about ends the question
	if len(q.words) > 0 {
		last = q.words[len(q.words)-1]
	}
	// Urdu in Latin letters ends a question with its verb, before the
	// auxiliary read away: "joint statement sign hua?", "sign" is the deed.
	urduDeed := len(raw) > 1 && last != raw[len(raw)-1] && ix.corpus.Thesaurus.ReadsAway(raw[len(raw)-1]) && !otherScript
	for _, w := range rest {
		t := ix.canon(w)
		if t == "" || ix.filler[t] || loneLetter(w) || q.intent == Where && placeTypes[w] && !settlements[w] || q.wantsKind != "" && kindNouns[w] == q.wantsKind ||
			(q.first || q.later) && (firstWords[w] || laterWords[w] || t == ix.canon("reciprocal")) || counts[w] || // "who struck first in the exchange?"
			personsCountry && (allegianceWords[w] || officeWords[w] || w == "foreign") || placesCountry && placeTypes[w] ||
			q.intent == HowMany && passiveReport[w] && reportedPassively(q.words, w) || q.intent == When && askedUnit(q.words, w) ||
			q.calledOff && cancelWords[w] {
			// "Which province…" asks for a place, "which country…" for a
			// country; "which country does Jilani represent?" and
			// "Sistan-Baluchestan is a province of which country?" whose one
			// is; "how many casualties were reported…" asks no reporter. The
			// word is not content.
			continue
		}
		weight := ix.weight(t)
		adverb := ix.df[t] == 0 && len(w) > 4 && strings.HasSuffix(w, "ly") // "is Pakistan currently led by…": no head
		if ix.df[t] == 0 {
			if fixed, ok := ix.correct(w); ok {
				w, t = fixed, ix.canon(fixed)
				weight = ix.weight(t)
				if t == "" || ix.filler[t] {
					continue // "acording to the headline": a misspelt word of no content
				}
			} else if (!head && w != focusHead && !(w == last && (participle(w) || urduDeed)) || !isEnglish(w) || adverb) && names[w] == "" {
				// A word the article never uses weighs little, unless it is a
				// real word and what the question asks about ("what weapons…",
				// "where will they be buried?").
				weight *= unknownWeight
			}
			if ix.df[t] == 0 && !isNumber(w) {
				q.unknown = append(q.unknown, w)
				if names[w] != "" {
					q.strangers = append(q.strangers, names[w])
				}
			}
		}
		if adverb {
			continue // "currently", "publicly": not what is asked about; the next word may be
		}
		if head {
			q.verb = t
		}
		head = false
		q.weights[t] = max(q.weights[t], weight)
		q.retrieve = append(q.retrieve, w)
		q.stems = append(q.stems, ix.stem(w))
	}
	if byWhom {
		q.verb = q.whoDid // the deed asked of, not the first word: "labourers"
	}
	offices := ix.unknownOffices(q.words)
	q.strangers = append(q.strangers, offices...)
	if q.intent == Who && len(ors) == 0 && !slices.ContainsFunc(ents, func(id string) bool { return ix.namesPerson(entityPrefix + id) }) {
		// "Who is Iran's prime minister?", not "is Kakar Iran's prime
		// minister?" nor "Raisi Iran ke PM hain ya President?": those
		// the person's office answers.
		q.strangers = append(q.strangers, ix.othersOffices(q.words, at)...)
	}
	for _, c := range strangeCountries(q.words, rest) {
		if !slices.ContainsFunc(q.strangers, func(s string) bool { return strings.EqualFold(strings.TrimPrefix(s, "the "), c) }) {
			q.strangers = append(q.strangers, c)
		}
	}
	if q.intent != YesNo && q.intent != When && len(q.words) > 0 && whWords[q.words[0]] {
		// "What happened on January 18?": a day the article never gives is
		// as strange as a name it never uses. Not a date put to be checked:
		// "Iran struck on January 20, correct or not?"
		q.strangers = append(q.strangers, daysAsked(q.words, ix.uses)...)
	}
	q.strangers = ix.notOffered(q.strangers, q.words, ors, names, at)
	if guess != "" {
		// "Where did Iran strike, Khyber Pakhtunkhwa?": the question asks
		// where; the guess after it is set against the answer.
		q.wrongGuess = []string{guess}
	}
	if q.identity != "" && len(q.strangers) > 0 &&
		!slices.ContainsFunc(q.strangers, func(s string) bool { return !slices.Contains(offices, s) && !countryNames[strings.ToLower(s)] }) {
		// "Is Kakar Pakistan's elected president?", "is Jilani India's
		// foreign minister?": the office the article gives him answers.
		q.otherOffice = ix.readAgainst(&q, q.strangers)
	} else if (q.intent == YesNo || q.intent == Why) && len(q.strangers) > 0 && ix.placedAll(q.strangers, q.words) {
		// "Did Pakistan's strike hit Iran's Khuzestan province?": where the
		// article puts the strike answers, if it puts it anywhere.
		q.elsewhere = ix.readAgainst(&q, q.strangers)
		for _, place := range q.elsewhere {
			// "…Punjab province", "the province of Punjab", "in province Sindh": the kind of the
			// place set against the article's is no content either.
			nw := words(place)
			if at := seqAt(q.words, nw); at >= 0 {
				for _, p := range []int{at + len(nw), at - 2, at - 1} {
					if p >= 0 && p < len(q.words) && placeTypes[q.words[p]] && (p > at || p == at-1 || q.words[at-1] == "of") {
						delete(q.weights, ix.canon(q.words[p]))
					}
				}
			}
		}
	} else if (q.intent == YesNo || q.intent == Why) && len(q.strangers) > 0 && ix.targetedAll(q.strangers, q.words, q.verbLast || otherScript) {
		// "Why did Iran bomb a Pakistani Taliban base?": what the article
		// says the strike targeted answers.
		q.otherTarget = ix.readAgainst(&q, q.strangers)
	} else if when, others := timesAsked(q.words, q.strangers, ix.uses); q.intent == YesNo && len(when) > 0 && len(others) == 0 {
		// "Did the strikes take place last year?", "…in February?": when the
		// article puts them answers, if it puts them on the calendar.
		q.elsewhen = ix.readAgainst(&q, when)
	} else if holder, held := ix.heldOffices(q.strangers, q.words); q.intent == YesNo && len(q.strangers) > 0 && held {
		// "Will the FM meet PM Shehbaz Sharif?": who holds the office in
		// the article answers; "is Iran's FM Javad Zarif?", his card.
		if q.identity == "" && ix.onlyOffice(q.words, q.strangers) {
			q.identity = holder
		}
		q.otherHolder = ix.readAgainst(&q, q.strangers)
	} else if q.intent == YesNo && len(q.strangers) == 1 && ix.doneByStranger(q.strangers[0], q.words) {
		// "Did this happen while Egypt was bombing Gaza?", "is it Russia
		// that accuses Iran…?": who the article says did it answers.
		q.otherDoer = ix.readAgainst(&q, q.strangers)
	} else if q.intent == YesNo && len(q.strangers) > 0 && nationalitiesAsked(q.strangers, raw) {
		// "Were the killed labourers Afghan nationals?": the nationality
		// the article gives them answers, if it gives one.
		q.otherNation = ix.readAgainst(&q, q.strangers)
	}
	ix.offeredForDescribed(&q, at)
	if q.forename {
		locator = append(locator, "first", "given", "christian")
	}
	if len(locator) > 0 {
		for t := range ix.termsOf(strings.Join(locator, " ")) {
			delete(q.weights, t)
		}
	}
	if q.intent == When {
		// "When did Pakistan strike? Iran's was the seventeenth": a day
		// put in a question that asks when is offered or known, not sought.
		for i, w := range q.words {
			if _, ok := dayOrdinal(w); ok || isNumber(w) && dayOfMonth(q.words, i) {
				delete(q.weights, ix.canon(w))
			}
		}
	}
	// "What concern grew after the two countries exchanged strikes?",
	// "besides Gaza, what else…": what came before, or is set aside, is
	// context; the answer is what the main clause asks. Terms only the
	// context has count half.
	main, context, after := followsOn(text)
	if after {
		q.sequel, q.prior = main, context
	}
	asideMain, aside, isAside := asideOf(text)
	var asideTerms map[string]bool
	if isAside {
		asideTerms = ix.termsOf(aside)
		if !slices.ContainsFunc(slices.Collect(maps.Keys(asideTerms)), ix.namesPerson) && ix.personByRole(words(aside)) == "" {
			q.asideTerms = asideTerms // not "besides his counterpart, which leader…", asked of people
		}
	}
	if after || isAside {
		contextTerms := asideTerms
		if after {
			contextTerms = ix.termsOf(context)
		} else {
			main = asideMain
		}
		inMain := ix.termsOf(main)
		for t := range contextTerms {
			if !inMain[t] && q.asks(t) {
				q.weights[t] /= 2
			}
		}
	}
	if isAside && q.intent == Where {
		// "besides Balochistan, which province was struck?": another place.
		for t := range asideTerms {
			if id, ok := strings.CutPrefix(t, entityPrefix); ok && ix.entity(id) != nil && ix.entity(id).Kind == "place" {
				q.setAside = append(q.setAside, id)
				delete(q.weights, t)
			}
		}
	}
	if isAside && (q.intent == Who || q.intent == YesNo) {
		// "who else is he meeting besides Jilani?": someone else.
		for t := range asideTerms {
			if id, ok := strings.CutPrefix(t, entityPrefix); ok && ix.entity(id) != nil && ix.entity(id).Kind == "person" {
				q.setAside = append(q.setAside, id)
				delete(q.weights, t) // the answer need not name who is set aside
			}
		}
		if len(q.setAside) == 0 {
			// "…besides his counterpart?": the one whose role it is.
			if id := ix.personByRole(words(aside)); id != "" {
				q.setAside = append(q.setAside, id)
				for t := range asideTerms {
					delete(q.weights, t)
				}
			}
		}
	}
	offered := ix.weighChoices(&q, choicesOf(text))
	if offered == nil {
		ix.weighTwoWords(&q, ors)
	}
	q.order = slices.Sorted(maps.Keys(q.weights))
	// What the article has no words for: whether someone did a deed it never
	// names, which of two things it never names, the names of a body it
	// names only as a whole.
	q.beyond = ix.unknownDeed(q, at) ||
		offered == nil && ix.unknownOptions(q.words, ors) ||
		ix.namesOfMany(raw, ents) || ix.whichOfMany(q.words, at) ||
		ix.namesRecord(q.words, ors, offered, at) ||
		ix.unknownDoer(q.words) || ix.unknownResponder(q.words) || ix.unknownSpeaker(q.words, q.verbLast) ||
		q.intent != YesNo && asksJobOfWorkers(raw) ||
		hasWord(raw, specificWords) && focusHead != "" && ix.strangeWord(focusHead) || // "which specific projects…": it names none
		(q.intent == YesNo || q.intent == When) && asksHistory(raw) ||
		q.intent == YesNo && hasWord(q.words, everWords) && slices.ContainsFunc(q.words, ix.visits) || // "has Jilani ever been to Tehran?"
		q.intent == What && !hasWord(q.words, whWords) && asksHistory(q.words) || // "ye Amirabdollahian ka pehla daura hai?"
		q.intent != YesNo && q.intent != What && tenureAsked(raw) || careerAsked(raw) || careerAsked(q.words) ||
		ix.publicAsked(raw) ||
		q.intent == HowMany && ix.membersCounted(q.words, at)
	return q
}

// membersCounted reports whether a question counts the members of an
// armed group, which no figure of the article does: "how many people from
// Jaish al-Adl did the strike kill?", Arabic's "كم واحد من جيش العدل".
// Not "how many died in the strike on Jaish al-Adl's hideout?".
func (ix *Index) membersCounted(ws []string, at map[string]int) bool {
	for id, p := range at {
		if e := ix.entity(id); e != nil && e.Kind == "group" && p > 0 && (ws[p-1] == "from" || ws[p-1] == "of") {
			return true
		}
	}
	return false
}

// bothOf returns the two parties a question with "both" asks of together:
// the pair it names, or its only two of one kind ("both countries" are Iran
// and Pakistan).
func (ix *Index) bothOf(q question) []string {
	if len(q.pair) == 2 {
		return q.pair
	}
	if len(q.entities) != 2 {
		return nil
	}
	a, b := ix.entity(q.entities[0]), ix.entity(q.entities[1])
	if a == nil || b == nil || a.Kind != b.Kind {
		return nil
	}
	return q.entities
}

// termsOf returns the canonical terms and entities of a piece of text, read
// as a question's words are.
func (ix *Index) termsOf(text string) map[string]bool {
	ids, rest, _ := ix.aliases.find(ix.restate(ix.corpus.Thesaurus.Rewrite(words(text))), true)
	out := make(map[string]bool, len(ids)+len(rest))
	for _, id := range ids {
		out[entityPrefix+id] = true
	}
	for _, w := range rest {
		if t := ix.canon(w); t != "" {
			out[t] = true
		}
	}
	return out
}

// capitalised maps the lower-cased words written with a capital inside a
// sentence to the run of capitalised words they stand in: names, such as
// "Washington" or "Middle East". A name the article never uses is what a
// question is about, not a stray word.
func capitalised(text string) map[string]string {
	set := map[string]string{}
	start := true
	var run []string
	flush := func() {
		name := strings.Trim(strings.Join(run, " "), ",;:.?!'\"’")
		for _, possessive := range []string{"'s", "’s"} {
			name = strings.TrimSuffix(name, possessive) // "Washington's envoy": Washington
		}
		if unitedStates(name) {
			name = "the US" // "the article doesn't mention the US"
		}
		for _, r := range run {
			for _, w := range words(r) {
				set[w] = name
			}
		}
		run = run[:0]
	}
	fields := strings.FieldsFunc(text, func(r rune) bool { return unicode.IsSpace(r) || r == '"' || r == '(' })
	for i, f := range fields {
		r, _ := utf8.DecodeRuneInString(f)
		if i == 0 && len(fields) > 1 && !nonLatin(f) && caseless(fields[1]) {
			start = false // "Khamenei نے…": a script without capitals does not make the first Latin word's one a sentence's
		}
		switch {
		case !start && acronym(f):
			flush() // "Iranian FM China visit…": an acronym names alone
			run = append(run, f)
			flush()
		case !start && unicode.IsUpper(r) && !isI(f) && !shouted(f): // not "I'm", "I've"
			run = append(run, f)
		default:
			flush()
		}
		start = strings.ContainsAny(f[len(f)-1:], ".?!:")
	}
	flush()
	return set
}

// caseless reports whether a word is written in a script without capitals:
// Urdu's, Hindi's, Chinese.
func caseless(w string) bool {
	letters := strings.ContainsFunc(w, unicode.IsLetter)
	return letters && !strings.ContainsFunc(w, func(r rune) bool { return unicode.IsUpper(r) || unicode.IsLower(r) })
}

// lowercaseNames reads, in a question typed all in lowercase or in a script
// without capitals, the words the article never uses that stand after "in"
// or a strike as the name of a place, or beside a meeting or after a title
// as a person's: "did iran strike khyber pakhtunkhwa?" sets Khyber
// Pakhtunkhwa against where the article puts the strike, "will the fm meet
// pm shehbaz sharif?" and Urdu's "…شہباز شریف سے ملنے والے ہیں؟", Shehbaz
// Sharif to meet, set Shehbaz Sharif against whom it has him meet, as the
// capitalised names would.
func (ix *Index) lowercaseNames(names map[string]string, text string, raw, ws []string) {
	if strings.ContainsFunc(text, unicode.IsUpper) {
		return
	}
	script := nonLatin(text)
	unusedIn := func(w string, anyScript bool) bool { // by the article and English; perhaps a misspelling of the article's
		return ix.df[ix.canon(w)] == 0 && !isNumber(w) && !isEnglish(w) && (anyScript || !nonLatin(w)) && !dateWords[w] && !monthNames[w] &&
			utf8.RuneCountInString(w) >= 3 && names[w] == ""
	}
	strange := func(w string) bool {
		_, typo := ix.correct(w)
		return unusedIn(w, false) && !typo
	}
	unnamed := func(w string) bool { return unusedIn(w, script) } // a word of a person's name, in a script without capitals one the thesaurus does not read ("جواد ظریف")
	meeting := func(w string) bool { return ix.meets(w) || w == "meeting" }
	for i := 1; i < len(ws); i++ {
		placed := placingWords[ws[i-1]] || ix.strikes(ws[i-1]) ||
			i > 1 && (placeTypes[ws[i-1]] || ix.isCountry(ws[i-1])) && placingWords[ws[i-2]] || // "في اقليم السند", in the province of Sindh; "in iran's kerman province"
			i > 1 && placeTypes[ws[i-1]] && ix.isCountry(ws[i-2]) // Urdu's "ایران کے صوبہ کرمان میں", Iran's province Kerman
		if !placed && !unnamed(ws[i]) || placed && !strange(ws[i]) {
			continue
		}
		end := i + 1
		for end < len(ws) && (placed && strange(ws[end]) || !placed && unnamed(ws[end])) {
			end++
		}
		metAfter := end < len(ws) && meeting(ws[end]) // Urdu and Persian put the meeting after the name
		if !placed && (!meeting(ws[i-1]) && !officeWords[ws[i-1]] && !metAfter || end-i < 2 || !slices.ContainsFunc(ws[i:end], func(w string) bool { return strange(w) || nonLatin(w) })) {
			// A person's name has two words, one at least no misspelling:
			// "imran khan", not "meet sohbat", nor "meet irna".
			continue
		}
		read := raw
		if script || !placed {
			read = ws // rewritten: "ایران تو سند حمله کرد؟", another script, and "pm shehbaz sharif", read in English
		}
		tag := end+2 == len(ws) && auxiliaries[ws[end]] && subjectPronouns[ws[end+1]] || // "…khyber pakhtunkhwa, didn't it"
			end+1 == len(ws) && beWords[ws[end]] // Persian's "…تو استان کرمان بود", in Kerman province was
		if end < len(ws) && !placeTypes[ws[end]] && !tagWords[ws[end]] && !ix.strikes(ws[end]) && !tag && !metAfter ||
			slices.ContainsFunc(read, func(w string) bool {
				return !isEnglish(w) && ix.aliases.single[w] == "" && ix.df[ix.canon(w)] == 0 && !slices.Contains(ws[i:end], w) // "airstrike" the article uses
			}) {
			return // the name ends the question, or stands before "province", "right?", the strike or the meeting put last; the rest is English
		}
		run := make([]string, 0, end-i)
		for _, w := range ws[i:end] {
			run = append(run, capitalize(w))
		}
		for _, w := range ws[i:end] {
			names[w] = strings.Join(run, " ")
		}
		i = end
	}
}

// acronym reports whether a word is two or three capitals: "FM", "UN".
func acronym(f string) bool {
	w := strings.TrimFunc(f, func(r rune) bool { return !unicode.IsLetter(r) })
	n := utf8.RuneCountInString(w)
	return n >= 2 && n <= 3 && w == strings.ToUpper(w) && w != strings.ToLower(w)
}

// shouted reports whether a word is an English word of three letters or
// more written in capitals, as shouting is ("DID RAISI ALREADY VISIT"):
// not a name for being written so. "UN" and "PTI" may be.
func shouted(f string) bool {
	w := strings.TrimFunc(f, func(r rune) bool { return !unicode.IsLetter(r) })
	return utf8.RuneCountInString(w) >= 3 && w == strings.ToUpper(w) && isEnglish(strings.ToLower(w))
}

// withoutNegation reads "didn't Iran…" and "wasn't it…" as "did Iran…" and
// "was it…": whichever way a question is put, the article says what it
// says, and the answer quotes it.
func withoutNegation(ws []string) []string {
	if !slices.Contains(ws, "t") {
		return ws
	}
	out := make([]string, 0, len(ws))
	for i := 0; i < len(ws); i++ {
		if aux, ok := negatedAuxiliaries[ws[i]]; ok && i+1 < len(ws) && ws[i+1] == "t" {
			out = append(out, aux)
			i++ // "didn" "t"
			continue
		}
		out = append(out, ws[i])
	}
	return out
}

// negatedAuxiliaries are auxiliaries as "n't" leaves them, split at the
// apostrophe: "didn't" is "didn" and "t".
var negatedAuxiliaries = map[string]string{"didn": "did", "doesn": "does", "don": "do", "isn": "is", "aren": "are",
	"wasn": "was", "weren": "were", "hasn": "has", "haven": "have", "hadn": "had", "wouldn": "would",
	"couldn": "could", "shouldn": "should", "won": "will"}

// endsWithKya reports whether "kya" ends a question that asks nothing else,
// as a tag ("…fix ho gayi kya, bhai?", "…kya finally?"), not as "what" ("naam kya hai?"): of
// the question as the thesaurus reads it (ws), where each question word of
// another language is an English one, "kya"'s "what" is the only one.
func endsWithKya(raw, ws []string) bool {
	i := len(raw) - 1
	for i > 0 && (addressWords[raw[i]] || afterwardsWords[raw[i]] || raw[i] == "finally" || raw[i] == "already") {
		i-- // "…pohanch gayi kya finally?"
	}
	return raw[i] == "kya" && len(slices.DeleteFunc(slices.Clone(ws), func(w string) bool { return !whWords[w] })) == 1
}

// addressWords address the one asked, after the question: "…, bhai?".
var addressWords = map[string]bool{"bhai": true, "yaar": true, "jaan": true, "ji": true, "na": true}

// isI reports whether a word is the pronoun I, alone or contracted.
func isI(f string) bool {
	ws := words(f)
	return len(ws) > 0 && ws[0] == "i"
}

// countsOfAsked returns the numbers that say how many answers a question
// wants ("which two officials…"), which are not what it is about.
func countsOfAsked(ws []string) map[string]bool {
	var out map[string]bool
	for i := 0; i+1 < len(ws); i++ {
		if (ws[i] == "which" || ws[i] == "what") && isNumber(ws[i+1]) {
			if out == nil {
				out = map[string]bool{}
			}
			out[ws[i+1]] = true
		}
	}
	return out
}

// apartFromKnown takes the people the article names out of a run of
// capitals that joins them to a stranger: "is Jilani India's foreign
// minister?" names India, not "Jilani India".
func (ix *Index) apartFromKnown(names map[string]string) map[string]string {
	for w, name := range names {
		if !strings.Contains(name, " ") {
			continue // most names are one word: nothing to take apart
		}
		run := strings.Fields(name)
		known := func(k int) bool { // a person the article names: a country's name may begin a stranger's ("Pakistani Taliban")
			ws := words(run[k])
			return len(ws) == 1 && ix.aliases.single[ws[0]] != "" && ix.namesPerson(entityPrefix+ix.aliases.single[ws[0]])
		}
		i := slices.IndexFunc(run, func(f string) bool { return slices.Contains(words(f), w) })
		if i < 0 || known(i) {
			continue
		}
		start, end := i, i+1
		for start > 0 && !known(start-1) {
			start--
		}
		for end < len(run) && !known(end) {
			end++
		}
		names[w] = strings.Join(run[start:end], " ")
	}
	return names
}

// renamed carries a name over to the words a phrase rewrote it into: "the
// US" became "united states", which is still a name the article never uses.
// It does so only when one name was rewritten, so that each new word has one
// name to inherit, and only to the words the name itself is rewritten into:
// "Kakar PM daemi e…" rewrites "daemi" to "permanent" too, no name.
func renamed(names map[string]string, raw, rewritten []string, rewrite func([]string) []string) map[string]string {
	kept := make(map[string]bool, len(rewritten))
	for _, w := range rewritten {
		kept[w] = true
	}
	from := ""
	for _, w := range raw {
		if n := names[w]; n != "" && !kept[w] {
			if from != "" && from != n {
				return names
			}
			from = n
		}
	}
	if from == "" {
		return names
	}
	had := make(map[string]bool, len(raw))
	for _, w := range raw {
		had[w] = true
	}
	into := rewrite(words(from))
	for _, w := range rewritten {
		if !had[w] && names[w] == "" && slices.Contains(into, w) {
			names[w] = from
		}
	}
	return names
}

// clauseLinks open a clause inside a claim: "…because two children were
// killed".
var clauseLinks = map[string]bool{"because": true, "after": true, "since": true, "when": true, "while": true,
	"that": true, "so": true}

// victimsAsked returns who a yes-no question asks were killed: "were any
// militants killed in…", "did Iran's strike kill any Jaish al-Adl
// members?", "was the leader of Jaish al-Adl killed?". It returns nil if it
// asks of no one in particular ("were people killed?").
func (ix *Index) victimsAsked(ws []string) map[string]bool {
	var np []string
	claim := claimStart(ws)
	for i, w := range ws {
		if !deathWords[w] && !deadNouns[w] || i == 0 {
			continue
		}
		if claim > 0 {
			// "is it true that militants were killed?", not "…that the
			// strikes caused 20 casualties", which says what they caused.
			for b := i - 1; b > claim && b >= i-2 && deathWords[w]; b-- {
				if beWords[ws[b]] {
					if !slices.ContainsFunc(ws[claim:b], func(w string) bool { return clauseLinks[w] }) {
						// Not "…that Pakistan recalled its envoy because two
						// children were killed", which asks of the recall.
						np = ws[claim:b] // "…that militants were (also) killed"
					}
					break
				}
			}
		} else if beWords[ws[0]] && i > 1 && i <= 7 && (i+1 == len(ws) || prepositions[ws[i+1]] || ws[i+1] == "of") {
			np = ws[1:i] // "were any militants killed", "was the leader of Jaish al-Adl killed", "were any children among the dead (of…)"
		} else if j := slices.Index(ws[i+1:], "also") + i + 1; j > i+1 && deathWords[w] && !slices.ContainsFunc(ws[j+1:], func(x string) bool { return !beWords[x] && !whWords[x] && !articles[x] }) {
			// Urdu's "…strike mein marne walon mein bache bhi the kya?",
			// among those who died, children also were?
			np = ws[i+1 : j]
		} else if doWords[ws[0]] && deathWords[w] {
			for _, x := range ws[i+1:] {
				if prepositions[x] && x != "of" || auxiliaries[x] || x == "and" || x == "or" {
					break
				}
				np = append(np, x) // "did the strike kill any Jaish al-Adl members"
			}
		} else if i > 1 && (i+1 == len(ws) || i+2 == len(ws) && (ws[i+1] == "what" || tagWords[ws[i+1]])) && deathWords[w] {
			// Urdu and Hindi put the deed last, after those it befell:
			// "pak ki strike me bache ya auratein bhi mre kya", in Pakistan's
			// strike children or women (also) died?
			b := i - 1
			for b > 0 && ws[b] == "also" {
				b--
			}
			end := b + 1
			for b > 0 && !prepositions[ws[b]] && !participle(ws[b]) && !ix.strikes(ws[b]) && ix.aliases.single[ws[b]] == "" {
				b--
			}
			if !slices.ContainsFunc(ws[:b+1], participle) {
				np = ws[b+1 : end] // not "Pakistan recalled its envoy because nine labourers died?"
			}
		}
		break
	}
	if len(np) == 0 || hasWord(np, speechWords) || hasWord(np, whWords) {
		return nil // "was Pakistan's strike said to kill…" asks what was said
	}
	ents, rest, _ := ix.aliases.find(np, true)
	set := map[string]bool{}
	for _, e := range ents {
		set[entityPrefix+e] = true
	}
	for _, w := range rest {
		if t := ix.canon(w); t != "" && !ix.filler[t] && !countFillers[w] && !numberWords[w] && !isNumber(w) && !articles[w] &&
			!prepositions[w] && ix.df[t] > 0 {
			set[t] = true
		}
	}
	if len(set) == 0 {
		return nil
	}
	return set
}

// unknownWeight scales a word the corpus never uses, past a question's head.
const unknownWeight = 0.3

// correct finds the corpus word a word the corpus never uses stands for: a
// misspelling within the word's typo budget ("kiled"), or another form of
// the same word ("presidential", "economy"). Ties go to the alphabetically
// first word.
func (ix *Index) correct(w string) (string, bool) {
	budget := typoBudget(w)
	if isEnglish(w) {
		budget = 0 // a real word is not a typo, though it may share a root
	}
	if w == "" {
		return "", false
	}
	if plain := latinFolded(w); plain != w {
		// "diplomáticas", "tensões": another language's accents on a word
		// the article has in English.
		if _, ok := ix.surface[plain]; ok {
			return plain, true
		}
		w, budget = plain, typoBudget(plain)
		if w == "" {
			return "", false // "\ufe0f", an emoji's variation selector, is all marks
		}
	}
	for _, form := range inflections(w) {
		if _, ok := ix.surface[form]; ok {
			return form, true // "focus" of "focusing", which the stemmer keeps apart
		}
	}
	best, bestD := "", budget+1
	root := 7
	if !isEnglish(w) {
		root = 6 // "ministro", "conflito": another language's word on the article's root
	}
	for _, cand := range ix.byInitial[w[0]] { // a typo keeps the first letter, and so does a root
		d := editDistance(w, cand, budget)
		if d > budget && sameRoot(w, cand, root) {
			d = budget
		}
		if d < bestD || (d == bestD && d <= budget && cand < best) {
			best, bestD = cand, d
		}
	}
	return best, bestD <= budget && best != ""
}

// inflections are the forms of a word the stemmer may not bring together
// with it: "focus" stems to "focu" but "focusing" to "focus".
func inflections(w string) []string {
	forms := []string{w + "ing", w + "ed", w + "es", w + "s"}
	if base, ok := strings.CutSuffix(w, "e"); ok {
		forms = append(forms, base+"ing", w+"d")
	}
	return forms
}

// sameRoot reports whether two words share a root of so many letters or
// more and differ only in short endings: "presidential" and "president", but not
// "international" and "internal", nor "interior" and "interim".
func sameRoot(a, b string, root int) bool {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n >= root && len(a)-n <= 4 && len(b)-n <= 4
}

// arabicOpening reads the Arabic question word that opens a question written
// in Latin letters: "kam people were injured?" asks how many, "man killed
// the labourers?" who, and "hal Raisi will meet Kakar?" whether. Elsewhere
// these are other words: Urdu "kam" is less, "man" a man.
func arabicOpening(raw []string) []string {
	if len(raw) < 3 {
		return raw
	}
	if (auxiliaries[raw[1]] || beWords[raw[1]]) && (raw[2] == "it" || raw[2] == "this" || raw[2] == "that" || raw[2] == "you" || raw[2] == "i") {
		if raw[0] == "man" {
			return raw[1:] // "man, is it true…" calls out; but "man is the caretaker prime minister?" asks who
		}
		return raw
	}
	switch raw[0] {
	case "kam":
		if raw[1] != "az" { // Urdu "kam az kam", at least
			return append([]string{"how", "many"}, raw[1:]...)
		}
	case "man":
		return append([]string{"who"}, raw[1:]...)
	case "hal":
		if !offersChoice(raw) {
			return append([]string{"is", "it", "true", "that"}, raw[1:]...)
		}
		return raw[1:]
	}
	return raw
}

// passiveReport are the words of speech a passive uses of a figure: "how
// many casualties were reported…", "…are said to have died".
var passiveReport = map[string]bool{"reported": true, "said": true}

// reportedPassively reports whether a word of speech follows a form of "be":
// "were reported", "are said".
func reportedPassively(ws []string, w string) bool {
	i := slices.Index(ws, w)
	return i > 0 && beWords[ws[i-1]]
}

// urduFirst reports whether an Urdu question asks who or what came first:
// "pehle kis ne hamla kiya?". After "se" or "ya", "pehle" is "before" ("strike
// se pehle") or "earlier" ("is month ya pehle").
func urduFirst(raw []string) bool {
	for i, w := range raw {
		if (w == "pehle" || w == "pehla" || w == "pehli") && (i == 0 || raw[i-1] != "se" && raw[i-1] != "ya" && raw[i-1] != "say") {
			return true
		}
	}
	return false
}

// asksDate reports whether a question opens asking "what exact date", "on
// which precise day", "what was the exact date", or just "exact day…".
func asksDate(ws []string) bool {
	if len(ws) > 2 && exactWords[ws[0]] && (ws[1] == "date" || ws[1] == "day") {
		return true // "exact day ambassadors went back"
	}
	for i := 0; i < min(len(ws), 2); i++ {
		if ws[i] != "what" && ws[i] != "which" {
			continue
		}
		j := i + 1
		for _, between := range []map[string]bool{beWords, articles, exactWords} {
			if j < len(ws) && between[ws[j]] {
				j++
			}
		}
		if j > i+1 && j < len(ws) && (ws[j] == "date" || ws[j] == "day") {
			return true
		}
	}
	return false
}

// cancelWords drop a plan: "was the visit cancelled?", "called off",
// "postponed". A yes-no question with one asks whether the plan still
// stands.
var cancelWords = map[string]bool{"cancel": true, "cancels": true, "cancelled": true, "canceled": true, "cancelling": true,
	"canceling": true, "cancellation": true, "postpone": true, "postponed": true, "postponement": true, "scrapped": true,
	"shelved": true}

// demonstratives open a noun phrase of their own: "how many casualties these
// attacks?" counts casualties, not attacks.
var demonstratives = map[string]bool{"this": true, "these": true, "that": true, "those": true}

// betweenSides reports whether a question counts what passed between two
// parties: "the attacks between Iran and Pakistan", both sides' dead.
func betweenSides(ws []string, at map[string]int) bool {
	b := slices.Index(ws, "between")
	if b < 0 {
		return false
	}
	n := 0
	for _, p := range at {
		if p > b && p <= b+4 {
			n++
		}
	}
	return n >= 2
}

// askedUnit reports whether a word is the unit of time a question asks
// for, "what month", "which year": it names the answer's shape, not
// content, so "this month" in a sentence is no match for it.
func askedUnit(ws []string, w string) bool {
	if w != "month" && w != "year" {
		return false
	}
	i := slices.Index(ws, w)
	return i > 0 && (ws[i-1] == "what" || ws[i-1] == "which")
}

// hasSeq reports whether words hold a sequence of words: "time of day".
func hasSeq(ws []string, seq ...string) bool { return seqAt(ws, seq) >= 0 }

// seqAt returns where a sequence of words first stands in ws, or -1.
func seqAt(ws, seq []string) int {
	for i := 0; i+len(seq) <= len(ws); i++ {
		if slices.Equal(ws[i:i+len(seq)], seq) {
			return i
		}
	}
	return -1
}

// asksLast reports whether a question asks with its last word, the question
// word left where the answer would stand: "they met where?".
func asksLast(ws []string, wh string) bool {
	return len(ws) > 2 && ws[len(ws)-1] == wh && !whWords[ws[0]] && !auxiliaries[ws[0]]
}

// intentOf reads the question's intent from its words, before and after
// slang is rewritten ("y" → "why"). A question word counts where a question
// starts ("so when did…"), not inside a clause ("what did he say when…").
func intentOf(raw, ws []string, otherScript bool) Intent {
	if len(raw) > 3 && (raw[0] == "kya" || endsWithKya(raw, ws)) {
		return YesNo // "kya Jilani ne… sign kiya?", "…date fix ho gayi kya?": Urdu and Hindi mark a yes-no question with "kya"
	}
	if !hasWord(raw, whWords) || !hasWord(raw[:min(len(raw), 4)], whWords) && (otherScript || slices.ContainsFunc(raw, nonLatin)) {
		// "9人の労働者が殺害されたのはいつですか？": Japanese, Chinese and
		// Korean ask at the end, and so do Persian and Urdu in their script
		// ("سفیر ایران در اسلام‌آباد کیه؟"), though respelled in English.
		if i := slices.IndexFunc(ws, func(w string) bool { return whWords[w] }); i > 0 {
			// "Pakistani counterpart kaun hai?": another language's question
			// word, where that language puts it, is read where English does.
			ws = append(slices.Clone(ws[i:]), ws[:i]...)
			raw = ws
		}
	}
	has := hasSeq
	lead := func(ws []string) []string { return ws[:min(len(ws), 4)] }
	for _, ws := range [][]string{raw, ws} {
		switch {
		case has(ws, "how", "old"), has(ws, "what", "age"), has(ws, "age", "of"), has(ws, "ages", "of"), has(ws, "their", "ages"), has(ws, "their", "age"), has(ws, "his", "age"),
			has(ws, "age", "how"), has(ws, "age", "what"): // Bengali's "বয়স কত", age how much
			return HowOld
		case has(ws, "how", "long"):
			return HowLong
		case has(ws, "how", "many"), has(ws, "how", "much") && !muchOfWords(ws), has(ws, "number", "of") && !has(ws, "opposite", "number"), has(ws, "death", "toll"),
			has(ws, "what", "amount", "of"), has(ws, "what", "sum", "of"), // "what amount of funding…
			has(ws, "toll"), has(ws, "body", "count"):
			return HowMany
		}
	}
	for _, ws := range [][]string{raw, ws} {
		l := lead(ws)
		switch {
		case has(l, "when"), has(l, "what", "date"), has(l, "what", "day"), has(l, "which", "day"), asksDate(ws),
			has(l, "what", "time"), has(ws, "what", "hour"), has(ws, "which", "hour"), // "إيران ضربت باكستان بأي ساعة؟" asks it last
			timeOfAsked(ws),                                                                                                          // "what was the time of the strike?"
			has(l, "what", "month"), has(l, "which", "month"), has(l, "which", "date"), has(ws, "date", "of") && !auxiliaries[ws[0]], // not "is the date of… fixed?"
			asksLast(ws, "when"): // "the strikes happened when?"
			return When
		case has(l, "where"), asksFor(ws, placeTypes), has(l, "location"), asksLast(ws, "where"):
			return Where
		case has(l, "why"), has(l, "how", "come"), asksLast(ws, "why"), has(ws, "reason"), has(ws, "purpose"), has(ws, "motive"), whatFor(ws),
			whatThen(l, causeVerbs), whatThen(l, purposeNouns), len(ws) > 0 && !auxiliaries[ws[0]] && purposeOf(ws): // not "is the aim of the talks to…?"
			return Why
		case has(l, "who"), has(l, "whom"), has(l, "whose"), has(ws, "name", "of"), has(ws, "names", "of"),
			len(ws) > 2 && (ws[len(ws)-1] == "whom" || ws[len(ws)-1] == "who"),         // "they attacked whom?"
			(has(l, "what") || has(l, "which")) && asksName(ws) && !auxiliaries[ws[0]]: // not "did he name which countries…?"
			return Who
		}
	}
	if len(ws) > 0 {
		switch ws[0] {
		case "is", "are", "was", "were", "did", "does", "do", "has", "have", "had", "will", "would", "can", "could", "should":
			return YesNo // and "isn't it…", read without its negation
		}
	}
	if has(raw, "true", "or", "false") || has(raw, "fact", "check") || has(raw, "is", "it", "true") ||
		has(raw, "is", "this", "true") || has(raw, "is", "this", "accurate") || has(raw, "is", "this", "correct") {
		return YesNo // a claim to check: "true or false, two kids were killed"
	}
	if len(raw) > 2 && tagWords[raw[len(raw)-1]] && !whWords[raw[0]] {
		return YesNo // a claim with a tag: "sistan-baluchestan is in iran right"
	}
	for i := 1; i+1 < len(raw); i++ {
		if (raw[i] == "which" || raw[i] == "what") && dayWords[raw[i+1]] && !whWords[raw[0]] {
			return When // "pakistan strike was on which date?", Arabic's "…يوم كم؟", on which day
		}
	}
	if i := slices.IndexFunc(raw, func(w string) bool { return w == "date" || w == "dates" }); i >= 0 && len(raw) > 1 && !whWords[raw[0]] && !hasWord(raw[:i], auxiliaries) &&
		!(hasWord(raw[i:], auxiliaries) && hasWord(raw[i:], fixedWords)) { // not "exact date for Raisi's visit is determined already?"
		return When // "pak strike date", "date ambassadors reinstated", "give me the date of…", not "has the date been set?"
	}
	if len(raw) > 2 && !hasWord(raw, whWords) && (placeTypes[raw[0]] || placeTypes[raw[1]] && !auxiliaries[raw[0]]) {
		return Where // "Pakistani province hit by Iran?": a place, named by its kind
	}
	if len(raw) > 1 && !whWords[raw[0]] {
		switch raw[len(raw)-1] {
		case "name", "names":
			return Who // "pak fm name"
		case "amount", "number", "count", "toll":
			return HowMany // "economic aid amount"
		case "age", "ages":
			return HowOld // "children ages"
		}
	}
	return What
}

// guessed returns the entity a question offers as its own guess after a
// last comma: "who reported the 2 children dead, pak?".
func (ix *Index) guessed(text string) string {
	_, guess, ok := lastAside(text)
	if !ok {
		return ""
	}
	ents, rest, _ := ix.aliases.find(ix.corpus.Thesaurus.Rewrite(words(guess)), true)
	rest = slices.DeleteFunc(rest, func(w string) bool { return guessFillers[w] || tagWords[w] })
	if len(ents) != 1 || len(rest) > 0 {
		return ""
	}
	return ents[0]
}

// everWords ask whether something happened at any time before the story,
// which it never tells of a visit: "has Raisi ever visited Pakistan?"
var everWords = map[string]bool{"ever": true, "previously": true, "formerly": true}

// urduCopulas end an Urdu or Hindi statement: "hai", is; "hain", are.
var urduCopulas = map[string]bool{"hai": true, "hain": true, "he": true, "hay": true, "hy": true, "hen": true}

// urduTags follow the copula to ask whether the statement holds, besides
// the tags English and Urdu share ("right", "na").
var urduTags = map[string]bool{"kya": true, "نا": true, "nahi": true}

// urduIdentity reads a statement of who or what someone is, in Urdu's or
// Hindi's order with its copula last, as the question English asks with
// "is" first: "Jilani Pakistan ke interior minister hain right?" asks "is
// Jilani Pakistan's interior minister?", set against the office the
// article gives him. The statement opens with a name the article uses and
// asks nothing else.
func (ix *Index) urduIdentity(raw []string) []string {
	c := len(raw) - 1
	for c > 0 && (urduTags[raw[c]] || tagWords[raw[c]]) {
		c--
	}
	if c < 3 || !urduCopulas[raw[c]] || hasWord(ix.corpus.Thesaurus.Rewrite(raw[:c]), whWords) ||
		!slices.ContainsFunc(raw[1:c], func(w string) bool { return w == "ka" || w == "ke" || w == "ki" }) {
		return raw
	}
	if _, _, at := ix.aliases.find(raw[:c], true); !slices.Contains(slices.Collect(maps.Values(at)), 0) {
		return raw // not "Raisi ki visit ki date confirm hai na?"
	}
	if !ix.tellsWhatOneIs(raw[c-1]) {
		return raw // not "…talks kar raha hai na?"
	}
	return append([]string{"is"}, raw[:c]...)
}

// tellsWhatOneIs reports whether a word says what someone or something is:
// an office, a role the article gives, a kind of place or of thing.
func (ix *Index) tellsWhatOneIs(w string) bool {
	return titleWords[w] || officeWords[w] || ix.roleWords[w] || placeTypes[w] || kindNouns[w] != ""
}

// persianCopulas end a Persian statement written in Latin letters: "e",
// "ast", "hast", is; "dige", "na", right?, may follow.
var persianCopulas = map[string]bool{"e": true, "ast": true, "hast": true}

// persianIdentity reads a Persian statement of who or what someone is, in
// Latin letters with its copula last, as the question English asks with
// "is" first: "Vazire kharejeye Pakistan Kakar e?" asks "is Pakistan's
// foreign minister Kakar?". It names someone the article does and an
// office, a role or a kind, and asks nothing else.
func (ix *Index) persianIdentity(raw []string) []string {
	if slices.ContainsFunc(raw, nonLatin) {
		return raw
	}
	c := len(raw) - 1
	for c > 0 && (raw[c] == "dige" || tagWords[raw[c]]) {
		c--
	}
	if c < 2 || !persianCopulas[raw[c]] {
		return raw
	}
	rw := ix.corpus.Thesaurus.Rewrite(raw[:c])
	if hasWord(rw, whWords) || hasWord(rw, auxiliaries) {
		return raw
	}
	if ents, _, _ := ix.aliases.find(rw, true); len(ents) == 0 || !slices.ContainsFunc(rw, ix.tellsWhatOneIs) {
		return raw
	}
	return append([]string{"is"}, raw[:c]...)
}

// arabicIdentity reads an Arabic statement of who someone is, which needs
// no verb, as the question English asks with "is": "جيلاني هذا وزير داخلية
// باكستان مو؟", this Jilani Pakistan's interior minister, isn't he? A name
// the article uses opens it, "this" may follow, then an office, a role or
// a kind.
func (ix *Index) arabicIdentity(text string, raw []string) []string {
	if !arabicOrPersian(text) || len(raw) < 3 {
		return raw
	}
	n := 0 // the words of the name that opens it
	for k := 1; k <= min(4, len(raw)-1); k++ {
		if ents, rest, _ := ix.aliases.find(raw[:k], true); len(ents) == 1 && len(rest) == 0 {
			n = k
		}
	}
	if n == 0 || hasWord(ix.corpus.Thesaurus.Rewrite(raw), whWords) {
		return raw // a name first, and nothing asked with a question word
	}
	rest := raw[n:]
	if rest[0] == "this" || rest[0] == "that" {
		rest = rest[1:]
	}
	if len(rest) == 0 {
		return raw
	}
	if w := ix.corpus.Thesaurus.Rewrite(rest[:1]); len(w) == 0 || !ix.tellsWhatOneIs(w[0]) {
		return raw
	}
	return append(append([]string{"is"}, raw[:n]...), rest...)
}

// negatedTag reports whether a statement ends with a question tag that
// asks whether it holds: "iran hit khyber pakhtunkhwa didn't it", "…,
// wasn't it?".
func negatedTag(text string) bool {
	fs := strings.Fields(strings.ToLower(strings.TrimRight(text, "?!. ")))
	if len(fs) < 4 || !subjectPronouns[fs[len(fs)-1]] {
		return false
	}
	tag := strings.Trim(strings.ReplaceAll(fs[len(fs)-2], "’", "'"), ",")
	for _, end := range []string{"n't", "nt"} {
		if aux, ok := strings.CutSuffix(tag, end); ok && (auxiliaries[aux] || aux == "wo" || aux == "ca") {
			return true
		}
	}
	return false
}

// urduMarks are words of Urdu and Hindi in Latin letters that English
// does not use.
var urduMarks = map[string]bool{"ne": true, "ka": true, "ki": true, "ke": true, "kiya": true, "kya": true, "tha": true,
	"thi": true, "hai": true, "hain": true, "hui": true, "hua": true, "kitne": true, "kitni": true, "kaun": true, "kis": true,
	"kab": true, "kahan": true, "aur": true, "mein": true, "ko": true, "pe": true, "bhi": true, "wala": true, "wale": true}

// urduIn reads "me" as Urdu's "mein", in, in a question two Urdu words
// mark as Urdu: "Iran ne Sindh me attack kiya tha na?", not "tell me who…".
func urduIn(ws []string) []string {
	if !slices.Contains(ws, "me") {
		return ws
	}
	n := 0
	for _, w := range ws {
		if urduMarks[w] {
			n++
		}
	}
	if n < 2 {
		return ws
	}
	out := slices.Clone(ws)
	for i, w := range out {
		if w == "me" && i > 0 {
			out[i] = "mein"
		}
	}
	return out
}

// cleftAsked writes "was it X who did Y?" as "who did Y, X?": who did it
// is asked, and X offered as a guess.
func cleftAsked(text string) string {
	fs := strings.Fields(text)
	for len(fs) > 0 && (discourseMarkers[strings.ToLower(strings.Trim(fs[0], ",."))] || strings.EqualFold(strings.Trim(fs[0], ",."), "wait")) {
		fs = fs[1:] // "wait, was it…"
	}
	if len(fs) < 5 || strings.ToLower(fs[1]) != "it" {
		return ""
	}
	if first := strings.ToLower(fs[0]); first != "was" && first != "is" && first != "were" {
		return ""
	}
	for i := 3; i < len(fs)-1; i++ {
		if strings.ToLower(fs[i]) == "who" {
			return strings.TrimRight(strings.Join(fs[i:], " "), "?!. ") + ", " + strings.Join(fs[2:i], " ") + "?"
		}
	}
	return ""
}

// strangeGuess returns the guess a question offers after a last comma or
// dash when it names nothing the article does, and has a name the article
// never uses, even misspelt: "where did Iran hit, Khyber Pakhtunkhwa?",
// "which group was it, the TTP?". It is returned as written, without the
// words that hedge it, with the question before it. Words of another
// language the thesaurus knows make what follows a comma a clause, not a
// guess.
func (ix *Index) strangeGuess(text string) (guess, asked string) {
	before, after, ok := lastAside(text)
	if !ok {
		return "", ""
	}
	written := slices.DeleteFunc(strings.Fields(strings.TrimRight(strings.TrimSpace(after), "?!. ")), func(f string) bool {
		return len(words(f)) == 0 // the dash of " - "
	})
	for len(written) > 0 && guessFillers[strings.ToLower(written[0])] {
		written = written[1:]
	}
	if len(written) > 0 && kindOpeners[strings.ToLower(written[0])] {
		return "", "" // "…, like a codename?", "…, any agenda items?" say what kind of answer is asked for
	}
	for len(written) > 0 && articles[strings.ToLower(written[0])] {
		written = written[1:]
	}
	if len(written) == 1 && unitedStates(written[0]) {
		return "the US", strings.TrimSpace(before) + "?" // "…, the US?": not the pronoun "us"
	}
	if len(written) > 1 && prepositions[strings.ToLower(written[0])] && (unicode.IsUpper([]rune(written[1])[0]) || monthNames[strings.ToLower(written[1])]) {
		written = written[1:] // "…, in February?", "…, in Quetta?" guess February, Quetta
	}
	for len(written) > 0 {
		last := strings.ToLower(written[len(written)-1])
		if !guessFillers[last] && !tagWords[last] && !ix.corpus.Thesaurus.ReadsAway(last) {
			break
		}
		// "…, TTP ka?", "…, Kabul se?": Urdu's postpositions follow the
		// guess and are read away.
		written = written[:len(written)-1]
	}
	if slices.ContainsFunc(written, func(w string) bool {
		return strings.HasSuffix(w, "-wise") || len(w) > 4 && strings.HasSuffix(w, "ly")
	}) {
		return "", "" // "…, region-wise?", "…, roughly?": how it is asked, not a guess
	}
	ws := words(strings.Join(written, " "))
	if len(ws) > 0 && len(ws) <= 4 && slices.ContainsFunc(ws, nonLatin) {
		respelt, _ := ix.respell(ws, "")
		respelt = slices.DeleteFunc(ix.corpus.Thesaurus.Rewrite(respelt), func(w string) bool { return placeTypes[w] || w == "border" }) // "…؟ مرز افغانستان؟"
		country := slices.DeleteFunc(slices.Clone(respelt), func(w string) bool { return prepositions[w] })
		if len(country) > 1 && country[0] == "who" {
			country = country[1:] // Arabic's "من" is from as well as who: "…؟ من الصين؟"
		}
		if countryNames[strings.Join(country, " ")] && !ix.knowsAny(country) {
			// "…، افغانستان؟": a country the article never names, in the
			// question's own script, is a guess.
			for i, w := range country {
				country[i] = capitalize(w)
			}
			return strings.Join(country, " "), strings.TrimSpace(before) + "?"
		}
		if len(respelt) > 1 && prepositions[respelt[0]] && !slices.ContainsFunc(respelt[1:], func(w string) bool { return isEnglish(w) || ix.uses(w) || nonLatin(w) }) {
			respelt = respelt[1:] // "…؟ في خيبر بختونخوا؟", in Khyber Pakhtunkhwa: a name after "in"
		}
		if len(respelt) > 0 && !slices.ContainsFunc(respelt, nonLatin) {
			// "…، ISIS والوں کو؟", "…، KPK میں؟": what is left once the
			// script's postpositions are read away is weighed as a guess
			// written in Latin letters, a name capitalised.
			ws, written = respelt, latinForms(written, respelt)
			for i, w := range written {
				if !isEnglish(w) && w == strings.ToLower(w) {
					written[i] = capitalize(w)
				}
			}
		} else if len(respelt) > 0 && !slices.ContainsFunc(respelt, func(w string) bool { return ix.uses(w) || isEnglish(w) || ix.canon(w) == "" }) {
			// "…؟ اسحاق ڈار؟": words no reading knows, a name the article
			// never uses.
			return strings.Join(written, " "), strings.TrimSpace(before) + "?"
		}
	}
	if len(ws) == 0 || len(ws) > 4 || slices.ContainsFunc(ws, nonLatin) {
		return "", ""
	}
	ents, rest, _ := ix.aliases.find(ix.corpus.Thesaurus.Rewrite(ws), true)
	if len(ents) > 0 {
		// "…, pak?" offers a name the article uses; "…, Iranian state TV?",
		// "…, Tehran and Kabul?" a name it uses with what it never names,
		// which is the guess.
		ws = slices.DeleteFunc(rest, func(w string) bool { return w == "and" })
		written = slices.DeleteFunc(slices.Clone(written), func(w string) bool {
			lw := words(w)
			return len(lw) != 1 || ix.uses(lw[0]) || ix.aliases.single[lw[0]] != "" || guessFillers[lw[0]] || articles[lw[0]] ||
				slices.Equal(ix.corpus.Thesaurus.Rewrite(lw), []string{"and"}) // Urdu's "aur"
		})
		if !slices.ContainsFunc(written, func(w string) bool { return unicode.IsUpper([]rune(w)[0]) || countryNames[strings.ToLower(w)] }) &&
			len(ix.unknownOffices(ws)) == 0 {
			// "…, sister baluchestan?" misspells the name it offers; "…,
			// iran and afghanistan?" does not, nor "…, pak's army chief?",
			// an office the article never gives.
			return "", ""
		}
	}
	// A word no dictionary has ("…, the TTP?"), or English words the
	// article never uses, all of them ("…, sanctions?"): not "…, full war
	// bad?", nor one addressed ("…, brother?").
	strange, unused, content := false, 0, 0
	capitalised := map[string]bool{} // "…, Ishaq Dar?": a name, though "dar" is Persian's "in"
	for i, w := range written {
		if i == 0 && text[len(before)] == '?' {
			continue // "…? Kya signify karta hai?": a sentence's first word
		}
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			for _, lw := range words(w) {
				capitalised[lw] = true
			}
		}
	}
	for _, w := range ws {
		if whWords[w] || auxiliaries[w] || beWords[w] || guessFillers[w] || articles[w] || addressed[w] {
			return "", "" // a clause, not a guess: "…, and why did they?"
		}
		if t := ix.canon(w); t == "" || ix.filler[t] {
			continue // "…, on January 17?"
		}
		if _, foreign := ix.corpus.Thesaurus.Spellings[w]; (foreign || ix.corpus.Thesaurus.Starts(w) && !isEnglish(w)) && !capitalised[w] {
			// "wer beschuldigt Tehran, terror groups zu unterstützen?": a
			// clause in another language; "…, compensation paisa?" a word
			// of it for what the article never names, which is a guess.
			rw := ix.corpus.Thesaurus.Rewrite([]string{w})
			if len(rw) != 1 || !isEnglish(rw[0]) || ix.uses(rw[0]) || ix.canon(rw[0]) == "" || ix.filler[ix.canon(rw[0])] {
				return "", ""
			}
			w = rw[0]
		}
		content++
		if _, ok := ix.correct(w); !ix.uses(w) && !ok && !isNumber(w) {
			unused++
			strange = strange || !isEnglish(w)
		}
	}
	offices := ix.unknownOffices(ws)
	if !strange && len(offices) == 0 && (content == 0 || unused < content || slices.ContainsFunc(ws, func(w string) bool { return particles[w] })) {
		// "…, calm things down?" is a deed, not a guess; "…, interior
		// minister?" an office the article never gives, which is.
		return "", ""
	}
	if len(offices) == 1 && len(ws) == 2 {
		return offices[0], strings.TrimSpace(before) + "?" // "the interior minister"
	}
	for i, w := range written {
		if monthNames[strings.ToLower(w)] || countryNames[strings.ToLower(w)] {
			written[i] = capitalize(strings.ToLower(w)) // "…, february mein?" guesses February; "…, afghanistan?" Afghanistan
		}
	}
	return strings.Join(written, " "), strings.TrimSpace(before) + "?"
}

// latinForms returns words as a question wrote them in Latin letters
// ("ISIS"), or as read.
func latinForms(written, ws []string) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = w
		for _, f := range written {
			if fw := words(f); len(fw) == 1 && fw[0] == w {
				out[i] = strings.Trim(f, "?!.,،؟")
			}
		}
	}
	return out
}

// guessedFigure returns what a question asks without the number or time
// it guesses after a last comma or question mark: "kitne mare, 2?",
// "kab hui thi, pichle saal december mein?".
func (ix *Index) guessedFigure(text string) (asked string, ok bool) {
	before, after, ok := lastAside(text)
	if !ok {
		return "", false
	}
	number, month, relative, or := false, false, false, false
	guessed, _ := ix.respell(words(after), "") // "…؟ ۱۷ فوریه؟"
	for _, w := range ix.corpus.Thesaurus.Rewrite(guessed) {
		switch {
		case w == "or":
			or = true
		case isNumber(w) || numberValues[w] != "":
			number = true
		case monthNames[w] || monthShort[w]:
			month = true
		case timeWords[w]:
			relative = true
		case !guessFillers[w] && !tagWords[w] && !articles[w] && !countFillers[w] && !prepositions[w] && ix.canon(w) != "" && !ix.filler[ix.canon(w)]:
			return "", false // "…, 2 children?" guesses who, not only how many
		}
	}
	if !number && !relative || or && (month || relative) {
		return "", false // "…, this month or last year?" offers choices; "…, 11 or 12?" guesses a figure
	}
	asks, _ := ix.respell(words(before), "") // "…چند نفرو کشت؟ ۵ تا؟"
	asks = ix.corpus.Thesaurus.Rewrite(withoutMarkers(asks))
	if !hasWord(asks, whWords) {
		return "", false
	}
	// A month alone ("…, January?") is set against the article's time as
	// it stands; a date after a question that does not ask when says which
	// deed it asks of ("which capital struck first, on January 17?"). A
	// time counted from today ("…, pichle saal december mein?") is always a
	// guess.
	asksWhen := slices.Contains(asks, "when") || hasWord(asks, dayWords) // "…in which day exactly? 18 January?"
	return strings.TrimSpace(before) + "?", number && (!month || asksWhen) || relative
}

// timeWords put a guess on the calendar: "last year", "two weeks ago".
var timeWords = map[string]bool{"last": true, "next": true, "year": true, "years": true, "month": true, "months": true,
	"week": true, "weeks": true, "ago": true, "day": true, "days": true}

// endsAside reports whether a question's words before a comma end with a
// word of no content, so that what follows finishes the question: "what's
// the name of Pakistan's, um, caretaker prime minister?".
func (ix *Index) endsAside(before string) bool {
	ws := words(before)
	if len(ws) == 0 {
		return true
	}
	t := ix.canon(ws[len(ws)-1])
	return t == "" || ix.filler[t]
}

// lastAside splits a question at its last comma (Arabic script's "،" too),
// dash or inner question mark, where a guess may follow what it asks: "who
// reported them dead, pak?", "FM ka naam kya tha? Zarif hi tha na?".
func lastAside(text string) (before, after string, ok bool) {
	i := max(strings.LastIndexByte(text, ','), strings.LastIndex(text, "،"), strings.LastIndex(text, "—"), strings.LastIndex(text, " - "), strings.LastIndex(text, "–"),
		strings.LastIndexByte(strings.TrimRight(text, "?!. "), '?'))
	if i < 0 {
		return "", "", false
	}
	_, size := utf8.DecodeRuneInString(text[i:])
	return text[:i], text[i+size:], true
}

// particles make a verb of more than one word: "calm things down".
var particles = map[string]bool{"up": true, "down": true, "out": true, "off": true, "over": true, "back": true,
	"away": true, "around": true, "together": true}

// kindOpeners open what says the kind of answer asked for, not a guess at it.
var kindOpeners = map[string]bool{"a": true, "an": true, "any": true, "some": true}

// addressed are words for the one a question is put to: "…, brother?".
var addressed = map[string]bool{"bro": true, "brother": true, "bruh": true, "man": true, "dude": true, "mate": true,
	"sir": true, "madam": true, "guys": true, "buddy": true, "friend": true, "boss": true, "bhai": true, "yaar": true,
	"fam": true, "folks": true, "everyone": true, "bana": true}

// guessFillers hedge a guess: "…, Sistan-something?", "…, Sistan va
// Baluchestan?", Urdu's "…? Zarif hi tha na?", "…, Ishaq Dar ne?",
// Persian's "…؟ شهباز شریفه دیگه؟", it's Shehbaz Sharif, isn't it?
var guessFillers = map[string]bool{"something": true, "maybe": true, "perhaps": true, "probably": true, "like": true,
	"va": true, "and": true, "or": true, "i": true, "think": true, "guess": true, "hi": true, "shayad": true, "ne": true,
	"دیگه": true}

// dayWords ask for a day on the calendar.
var dayWords = map[string]bool{"date": true, "dates": true, "day": true}

// tagWords, ending a claim, ask whether it holds.
var tagWords = map[string]bool{"right": true, "yeah": true, "yes": true, "correct": true, "innit": true, "no": true,
	"yea": true, "ya": true, "eh": true, "huh": true, "true": true, "na": true, "naa": true} // Urdu "…thi na?"

// whatThen reports whether a question's lead has "what" right before a word
// of the set: "what spurred…", "what goal…".
func whatThen(lead []string, set map[string]bool) bool {
	for i := 0; i+1 < len(lead); i++ {
		if lead[i] == "what" && set[lead[i+1]] {
			return true
		}
	}
	return false
}

// causeVerbs after "what" ask why: "what prompted the visit?", "what drove
// them to de-escalate?".
var causeVerbs = map[string]bool{"caused": true, "led": true, "prompted": true, "triggered": true, "sparked": true,
	"made": true, "spurred": true, "drove": true, "pushed": true, "motivated": true, "compelled": true, "forced": true,
	"persuaded": true, "convinced": true}

// purposeNouns name what something is for: "what goal…", "the aim of the talks".
var purposeNouns = map[string]bool{"goal": true, "objective": true, "aim": true}

// purposeOf reports whether a question asks the purpose of something: "the
// goal of the trip", "the objective of the visit".
func purposeOf(ws []string) bool {
	for i := 0; i+1 < len(ws); i++ {
		if purposeNouns[ws[i]] && ws[i+1] == "of" {
			return true
		}
	}
	return false
}

// whatFor reports whether a question asks what something is for: "what's
// the trip for?", "what was the visit even for, fr?"; not what someone asks
// for ("what are the families asking for?").
func whatFor(ws []string) bool {
	end := len(ws)
	for end > 0 && (tagWords[ws[end-1]] || ws[end-1] == "fr" || ws[end-1] == "exactly" || ws[end-1] == "lol") {
		end--
	}
	if end < 3 || ws[end-1] != "for" || strings.HasSuffix(ws[end-2], "ing") || participle(ws[end-2]) {
		return false // "what are the families asking for?"
	}
	return ws[0] == "whats" || ws[0] == "what" && (beWords[ws[1]] || articles[ws[1]]) // "what's the trip for?"
}

// muchOfWords reports whether "how much" asks how much of something that
// is not counted: "how much detail was given?".
func muchOfWords(ws []string) bool {
	for i := 0; i+2 < len(ws); i++ {
		if ws[i] == "how" && ws[i+1] == "much" && detailWords[ws[i+2]] {
			return true
		}
	}
	return false
}

// countedTerms returns the content terms of what a "how many" question
// counts: the words after "how many" up to the verb or a preposition.
func (ix *Index) countedTerms(ws []string) map[string]bool {
	start := -1
	for i := 0; i+1 < len(ws); i++ {
		if ws[i] == "how" && (ws[i+1] == "many" || ws[i+1] == "much") || (ws[i] == "number" || ws[i] == "amount" || ws[i] == "sum") && ws[i+1] == "of" {
			start = i + 2
			break
		}
	}
	if start < 0 {
		// "What's the death toll?", "the body count": the dead are counted.
		return map[string]bool{ix.canon("killed"): true}
	}
	for start+1 < len(ws) && (hesitations[ws[start]] || ws[start] == "how" && (ws[start+1] == "many" || ws[start+1] == "much")) {
		if hesitations[ws[start]] {
			start++
		} else {
			start += 2 // "how many, um, how many Pakistani labourers?"
		}
	}
	end := start
	for end < len(ws) && !auxiliaries[ws[end]] && !prepositions[ws[end]] && !speechWords[ws[end]] && // "casualties reported from…"
		!(end > start && ix.aliases.single[ws[end]] != "" && ix.aliases.single[ws[end-1]] == "") && // "how many casualties Pakistan's airstrike caused"
		!(end > start && resultVerbs[ws[end]]) && // "how many casualties came out of the strikes"
		!(end > start && articles[ws[end]] && ws[end] != "of" && ws[end-1] != "of") && // "how many casualties the recent attacks caused": their doer, not the counted
		!(end > start && demonstratives[ws[end]]) && // learners' "how many casualties these attacks?"
		!(end > start && (addressed[ws[end]] || addressWords[ws[end]])) && // "…kitne casualties hue bro?": the one asked, not the counted
		!(end > start && participle(ws[end]) && end+1 < len(ws) && (prepositions[ws[end+1]] || endsPhrase(ws[end+1]))) { // "casualties resulted from…", "given for…"
		end++
	}
	var set0 []string // what the counted are among
	var deed string   // "how many labourers were injured": what was done to them is counted too
	if end+1 < len(ws) && deathWords[ws[end]] && beWords[ws[end+1]] {
		deed = ix.canon(ws[end]) // the verb last, Persian's "chand nafar koshte shodan?", how many people killed were?
	}
	if d := end + 1; d < len(ws) && auxiliaries[ws[end]] {
		if speechWords[ws[d]] && d+1 < len(ws) && participle(ws[d+1]) {
			d++ // "how many were reported injured"
		}
		if participle(ws[d]) && !blameWords[ws[d]] && !speechWords[ws[d]] && (d+1 == len(ws) || ws[d+1] != "to") {
			deed = ix.canon(ws[d]) // not "attributed to", nor "reported"
		}
		if i := slices.Index(ws[d:], "among"); i >= 0 {
			for _, w := range ws[d+i+1:] { // "how many casualties were reported among security forces?"
				if prepositions[w] || endsPhrase(w) {
					break
				}
				if t := ix.canon(w); t != "" && !countFillers[w] && !ix.filler[t] && ix.df[t] == 0 {
					set0 = append(set0, t) // a kind of person the article never counts
				}
			}
		}
	}
	ents, rest, _ := ix.aliases.find(ws[start:end], true)
	set := map[string]bool{}
	for _, t := range set0 {
		set[t] = true
	}
	for _, e := range ents {
		set[entityPrefix+e] = true
	}
	for _, w := range rest {
		t := ix.canon(w)
		if fixed, ok := ix.correct(w); ok && ix.df[t] == 0 {
			t = ix.canon(fixed) // "how many casulties"
		}
		if t != "" && !countFillers[w] {
			set[t] = true
		}
	}
	if deed != "" && !ix.filler[deed] {
		set[deed] = true
	}
	be := end
	for be < len(ws) && be < start+12 && !beWords[ws[be]] {
		be++ // "how many of the casualties from Pakistan's strike were…"
	}
	if start+1 < len(ws) && beWords[ws[start]] && !participle(ws[start+1]) {
		be = start // "of the 11 casualties, how many were militants?": militants are counted
	}
	if start < len(ws) && (ws[start] == "of" || be == start) && be+1 < len(ws) && beWords[ws[be]] {
		// "how many of the 11 casualties were women?": women are counted, among the dead.
		for _, w := range ws[be+1:] {
			if prepositions[w] || endsPhrase(w) {
				break
			}
			if t := ix.canon(w); t != "" && !countFillers[w] && !ix.filler[t] {
				set[t] = true
			}
		}
	}
	return set
}

// focusOf returns the content terms of the noun phrase after "what" or
// "which" ("what internal political pressures was Iran under?"), when
// there are two or more, and its last word, the noun that heads it.
func (ix *Index) focusOf(ws []string, at map[string]int) (terms []string, head string) {
	i := slices.IndexFunc(ws, func(w string) bool { return w == "what" || w == "which" })
	if i < 0 {
		return nil, ""
	}
	named := map[int]bool{}
	for _, p := range at {
		named[p] = true
	}
	for p := i + 1; p < len(ws); p++ {
		w := ws[p]
		if len(terms) == 0 && (articles[w] || specificWords[w] || beWords[w]) {
			continue // "what were the specific…"
		}
		if specificWords[w] {
			break // "what internal political pressures specifically…"
		}
		if named[p] || auxiliaries[w] || prepositions[w] || endsPhrase(w) || speechWords[w] || whWords[w] || participle(w) || describeWords[w] || mentionWords[w] {
			break
		}
		if t := ix.canon(w); t != "" && !ix.filler[t] && !countFillers[w] {
			terms, head = append(terms, t), w
		}
	}
	if len(terms) < 2 {
		return nil, ""
	}
	return terms, head
}

// mentionWords tell of a passage, and end what "which section…" names:
// "which section mentions 11 casualties?" asks for no casualties of a kind.
var mentionWords = map[string]bool{"mention": true, "mentions": true, "refers": true, "covers": true,
	"discusses": true, "contains": true}

// specificWords ask for particulars.
var specificWords = map[string]bool{"specific": true, "specifically": true, "particular": true, "exact": true,
	"exactly": true, "precise": true, "precisely": true, "concrete": true}

// asksFor reports whether "which" or "what" is followed closely by a word
// of the set: "in which Pakistani province…".
func asksFor(ws []string, set map[string]bool) bool {
	for i, w := range ws {
		if w != "which" && w != "what" {
			continue
		}
		for _, x := range ws[i+1 : min(len(ws), i+4)] {
			if set[x] {
				return true
			}
		}
	}
	return false
}

// restatedNouns, after a possessive ("his country", "their governments") or
// a country's name ("Pakistani territory", "Iran's soil"), restate a party
// the question already names: they carry no content of their own.
var restatedNouns = map[string]bool{"country": true, "countries": true, "nation": true, "nations": true,
	"government": true, "governments": true, "territory": true, "soil": true, "land": true, "turf": true,
	"jets": true, "warplanes": true, "planes": true, "aircraft": true} // "Pakistan's jets hit…": Pakistan struck

// groundNouns restate a country named after them too: "the soil of Iran".
var groundNouns = map[string]bool{"territory": true, "soil": true, "land": true, "turf": true}

var possessives = map[string]bool{"his": true, "her": true, "its": true, "their": true, "own": true}

// particleFollowers make "back" a particle ("get the bodies back yet", "are
// the ambassadors back now"), meaning returned, not support ("back the
// militants").
var particleFollowers = map[string]bool{"now": true, "yet": true, "home": true, "again": true, "already": true,
	"to": true, "from": true, "in": true, "on": true, "after": true, "since": true, "into": true, "soon": true,
	"or": true, "still": true}

// countryFirst reads "the president of Pakistan" as "Pakistan's
// president": an office of a country is one way of naming its holder.
func (ix *Index) countryFirst(ws []string) []string {
	for i := 0; i+2 < len(ws); i++ {
		if officeWords[ws[i]] && ws[i+1] == "of" && ix.isCountry(ws[i+2]) {
			start := i
			for start > 0 && !articles[ws[start-1]] && !auxiliaries[ws[start-1]] && !prepositions[ws[start-1]] && !whWords[ws[start-1]] &&
				!ix.namesPerson(entityPrefix+ix.aliases.single[ws[start-1]]) { // "is Kakar president of Pakistan?": he holds it, he does not qualify it
				start-- // "the caretaker prime minister of Pakistan", "the interior minister of Pakistan"
			}
			before := start
			if before > 0 && ws[before-1] == "the" {
				before-- // "the president of Pakistan": "Pakistan's president"
			}
			out := slices.Concat(ws[:before:before], ws[i+2:i+3], ws[start:i+1], ws[i+3:])
			return ix.countryFirst(out)
		}
	}
	return ws
}

// urduWent reads Urdu's "gaya", went, after a country as a visit to it:
// "Iranian FM Afghanistan gaya tha?", did he visit Afghanistan? After a
// deed it only tells the deed done: "mar gaya", died.
func (ix *Index) urduWent(raw []string) []string {
	if offersChoice(raw) || slices.Contains(raw, "ya") {
		return raw // "…Afghanistan gaye hain ya Pakistan?" offers the choice
	}
	for i := 1; i < len(raw); i++ {
		if completives[raw[i]] && (ix.isCountry(raw[i-1]) || countryNames[raw[i-1]]) {
			out := slices.Clone(raw)
			out[i] = "visited"
			return out
		}
	}
	return raw
}

// urduOwned reads the owner Urdu names before "kitne", how many, after it:
// "Jaish al-Adl ke kitne bande mare?" asks how many people of Jaish al-Adl
// died, not how many died.
func (ix *Index) urduOwned(raw []string) []string {
	k := slices.IndexFunc(raw, func(w string) bool { return w == "kitne" || w == "kitni" })
	if k < 2 || k+1 >= len(raw) || raw[k-1] != "ke" && raw[k-1] != "ki" && raw[k-1] != "ka" {
		return raw
	}
	for j := max(0, k-4); j < k-1; j++ {
		if ents, rest, _ := ix.aliases.find(raw[j:k-1], true); len(ents) == 1 && len(rest) == 0 {
			return slices.Concat(raw[:j], raw[k:k+2], []string{"of"}, raw[j:k-1], raw[k+2:])
		}
	}
	return raw
}

// cleft returns how many words open a cleft's clause after "is": "the one
// that", "who"; or 0.
func cleft(ws []string) int {
	n := 0
	if len(ws) > 2 && ws[0] == "the" && ws[1] == "one" {
		n = 2
	}
	if n+1 < len(ws) && (ws[n] == "that" || ws[n] == "who") {
		return n + 1
	}
	return 0
}

// callWords with "back" a few words on recall: "called its ambassador back".
var callWords = map[string]bool{"call": true, "called": true, "calls": true, "calling": true}

// determiners make "one" a pronoun: "the one", "which one".
var determiners = map[string]bool{"the": true, "which": true, "this": true, "that": true, "no": true, "every": true, "each": true, "any": true}

// restate drops the nouns that restate a named party and reads "back" as a
// particle where nothing it could govern follows it: returned, or after a
// strike, retaliated. "The one" is no number, "right now" is now, and a tag
// ending a claim ("right", "yeah") is no content.
func (ix *Index) restate(ws []string) []string {
	ws = ix.countryFirst(ws)
	out := make([]string, 0, len(ws))
	struck := false // "bomb Iran back" is a reprisal
	calledAt := -1  // where "call" stands, which "back" may make a recall
	for i := 0; i < len(ws); i++ {
		w := ws[i]
		if end, ok := ix.governmentHeaded(ws, i); ok {
			// "who heads Pakistan's interim government?", "the head of the
			// caretaker government": its prime minister.
			if headVerbs[w] {
				out = append(out, "is")
			}
			for _, m := range ws[i+1 : end] {
				if !articles[m] {
					out = append(out, m)
				}
			}
			out = append(out, "prime", "minister")
			i = end
			continue
		}
		if restatedNouns[w] && i > 0 && (possessives[ws[i-1]] || ix.isCountry(ws[i-1])) ||
			groundNouns[w] && (i+1 < len(ws) && ix.isCountry(ws[i+1]) || i+2 < len(ws) && ws[i+1] == "of" && ix.isCountry(ws[i+2])) {
			continue // "the territory of Iran"; Persian's "خاک ایران", the soil of Iran
		}
		if w == "one" && i > 0 && (determiners[ws[i-1]] || i+1 == len(ws) || ws[i+1] == "or" || ix.filler[ix.canon(ws[i+1])]) ||
			w == "right" && i+1 < len(ws) && ws[i+1] == "now" ||
			tagWords[w] && i == len(ws)-1 && i > 1 && !whWords[ws[0]] {
			continue // "the one in Pakistan", "a caretaker one or…" are no number; "right now" is now; "…is in iran right" asks whether
		}
		if w == "report" && i > 0 && (ws[i-1] == "the" || ws[i-1] == "this" || ws[i-1] == "your") && (i+1 == len(ws) || !reportFollowers[ws[i+1]]) {
			w = "article" // "what does the report say…", "as your report has it", not "the report of two children killed"
		}
		if (blameWords[w] || tellsWords[w]) && i > 0 && (storyWords[ws[i-1]] || partWords[ws[i-1]] || leadWords[ws[i-1]] || lineWords[ws[i-1]] || headlineWords[ws[i-1]] || ws[i-1] == "correspondent") {
			// Said of the article: "what does the article blame for the
			// tensions?" asks for causes, not for an accusation; "so far as
			// the report states", "if the article records it" say where, not
			// what.
			continue
		}
		if w == "part" && i > 0 && i+1 < len(ws) && ws[i+1] == "of" && ix.aliases.nameWord(ws[i-1]) {
			continue // "is Balochistan part of Iran?" asks where it is, not "which part of Pakistan"
		}
		if leavingWords[w] && i+1 < len(ws) && (isNumber(ws[i+1]) || numberWords[ws[i+1]] || deadNouns[ws[i+1]]) {
			w = "resulting" // "the strikes left 11 dead", "caused nine casualties": what they resulted in
		}
		if w == "remains" && i > 0 && (articles[ws[i-1]] || possessives[ws[i-1]] || strings.HasSuffix(ws[i-1], "s")) {
			w = "bodies" // "the victims' remains", not "the ambassador remains in Tehran"
		}
		if w == "back" && calledAt >= 0 && calledAt >= len(out)-3 {
			out[calledAt] = "recalled" // "Pakistan called its ambassador back"
			calledAt = -1
			continue
		}
		if callWords[w] {
			calledAt = len(out)
		}
		if w == "back" && i+1 < len(ws) && (ws[i+1] == "then" || i+2 < len(ws) && (ws[i+1] == "in" || ws[i+1] == "on") && (monthNames[ws[i+2]] || isNumber(ws[i+2]))) {
			continue // "back in December", "back then": a time past, no return
		}
		if w == "back" && (i == len(ws)-1 || particleFollowers[ws[i+1]]) {
			w = "returned"
			if struck {
				w = "retaliated"
			}
		}
		struck = struck || ix.strikes(w)
		out = append(out, w)
	}
	return out
}

// governmentHeaded reports whether ws[i] heads a government named after it,
// and where "government" stands: "heads Pakistan's interim government",
// "leader of the caretaker government". Only the country, the kind of
// government and articles may come between.
func (ix *Index) governmentHeaded(ws []string, i int) (end int, ok bool) {
	if !headVerbs[ws[i]] && !headNouns[ws[i]] {
		return 0, false
	}
	for j := i + 1; j < len(ws) && j <= i+4; j++ {
		switch w := ws[j]; {
		case w == "government":
			return j, j > i+1 || headVerbs[ws[i]]
		case articles[w] || ix.isCountry(w) || ix.canon(w) == ix.canon("caretaker") || w == "current":
		default:
			return 0, false
		}
	}
	return 0, false
}

// headVerbs and headNouns say who is at the head of something.
var (
	headVerbs = map[string]bool{"heads": true, "leads": true, "runs": true, "helms": true, "head": true, "lead": true, "run": true}
	headNouns = map[string]bool{"head": true, "leader": true, "chief": true}
)

// blameWords, said of the article, ask for a cause.
var blameWords = map[string]bool{"blame": true, "blames": true, "blamed": true, "attribute": true, "attributes": true, "attributed": true}

// leavingWords, before a number or the dead, tell what something resulted
// in: "left eleven dead", "caused nine casualties".
var leavingWords = map[string]bool{"left": true, "leaving": true, "leaves": true, "caused": true, "causing": true}

// resultVerbs tell what the counted came of: "how many casualties came out
// of the strikes", "how many casualty result from attacks?", "how many
// casualties caused the airstrike?".
var resultVerbs = map[string]bool{"came": true, "come": true, "arose": true, "followed": true, "ensued": true,
	"result": true, "results": true, "caused": true, "cause": true, "causes": true, "produced": true, "inflicted": true}

// hesitations are a speaker's pauses inside a question: "how many, um, how
// many…". Unlike discourseMarkers, they hold no conjunction: Urdu "kitne aur
// kitne" is "how many and how many".
var hesitations = map[string]bool{"um": true, "umm": true, "uh": true, "uhh": true, "er": true, "erm": true, "like": true}

// reflexives stress who acts: "how did Jaish al-Adl itself respond?".
var reflexives = map[string]bool{"itself": true, "himself": true, "herself": true, "themselves": true}

// quoteMarks ask for what the article puts in quotation marks.
var quoteMarks = map[string]bool{"quotes": true, "quotation": true, "quotations": true}

// tellsWords, said of the article, tell where an answer is, not what it is.
var tellsWords = map[string]bool{"states": true, "stated": true, "state": true, "indicates": true, "indicate": true,
	"records": true, "recorded": true, "record": true, "tells": true, "tell": true, "reports": true, "report": true, "reported": true,
	"shows": true, "show": true, "suggests": true, "suggest": true, "renders": true, "rendered": true}

// responderOf returns the one whose response a question asks for: "how did
// Israel react…", "(does the article say) how Jaish al-Adl responded…",
// "did Jaish al-Adl respond…", "Israel's reaction to the strikes", "Iran's
// official reaction".
func (ix *Index) responderOf(ws []string, at map[string]int, intent Intent) string {
	respond := ix.canon("respond")
	h := 0
	for h < len(ws) && h < 3 && discourseMarkers[ws[h]] {
		h++ // "so, uh, how did Israel react…"
	}
	switch {
	case len(ws)-h < 3:
		return ""
	case ws[h] == "how" && auxiliaries[ws[h+1]] && ix.deedAfter(ws, at, h+2) == respond:
		return entityNamedAt(at, h+2)
	case (ws[h] == "how" || intent == YesNo && doWords[ws[h]]) && ix.deedAfter(ws, at, h+1) == respond:
		return entityNamedAt(at, h+1)
	}
	for k, w := range ws {
		if !responseNouns[w] {
			continue
		}
		for j := k - 1; j >= 0; j-- {
			if id := entityNamedAt(at, j); id != "" {
				return id
			}
			if !ix.aliases.nameWord(ws[j]) {
				break
			}
		}
	}
	return ""
}

// discourseMarkers open a spoken question before its question word: "so,
// uh, how did…".
var discourseMarkers = map[string]bool{"so": true, "uh": true, "um": true, "umm": true, "er": true, "well": true,
	"ok": true, "okay": true, "and": true, "but": true, "hey": true, "like": true}

// namesPerson reports whether a term is a person's entity.
func (ix *Index) namesPerson(t string) bool {
	id, ok := strings.CutPrefix(t, entityPrefix)
	e := ix.entity(id)
	return ok && e != nil && e.Kind == "person"
}

// withoutMarkers drops the discourse markers that open a question before
// the word that makes it one: "so was Rouhani the president coming?",
// "ok so is Jilani…", "wait, did Iran…". The question is read as asked.
func withoutMarkers(raw []string) []string {
	h := 0
	for h < len(raw) && h < 3 && (discourseMarkers[raw[h]] || raw[h] == "wait") {
		h++
	}
	if h == 0 || h+1 >= len(raw) || !auxiliaries[raw[h]] && !beWords[raw[h]] && !whWords[raw[h]] {
		return raw
	}
	return raw[h:]
}

// responseNouns name a response: "Israel's reaction to the strikes".
var responseNouns = map[string]bool{"reaction": true, "reactions": true, "response": true, "responses": true}

// reportFollowers make "the report" one of a claim, not the article: "the
// report of two children killed", "the report that…", "the report from
// Islamabad".
var reportFollowers = map[string]bool{"of": true, "that": true, "from": true, "by": true}

func (ix *Index) isCountry(w string) bool {
	e := ix.entity(ix.aliases.single[w])
	return e != nil && e.Kind == "country"
}

var articles = map[string]bool{"a": true, "an": true, "the": true, "of": true}

// namedAt reports whether an entity is named at a position of the words.
func namedAt(at map[string]int, pos int) bool { return entityNamedAt(at, pos) != "" }

// entityNamedAt returns the entity named at a position of the words, if any.
func entityNamedAt(at map[string]int, pos int) string {
	for id, p := range at {
		if p == pos {
			return id
		}
	}
	return ""
}

// deedsOfActor returns the terms of the deed a question gives its actor by
// possession: "Pakistan's retaliatory strike", "its strike".
func (ix *Index) deedsOfActor(ws []string, at map[string]int, actor string) map[string]bool {
	var out map[string]bool // most questions give none: no map to make
	for i, w := range ws {
		if actor != "" && entityNamedAt(at, i) == actor || w == "its" || w == "their" {
			for _, x := range ws[i+1 : min(len(ws), i+3)] {
				if deedNouns[x] {
					if out == nil {
						out = map[string]bool{}
					}
					out[ix.canon(x)] = true
				}
			}
		}
	}
	return out
}

// deedNouns name the deeds of the story's parties.
var deedNouns = map[string]bool{"strike": true, "strikes": true, "airstrike": true, "airstrikes": true, "attack": true,
	"attacks": true, "raid": true, "raids": true, "retaliation": true, "response": true}

// whoAsksObject reports whether "who" is the object of the question: "who
// did Pakistan target?" (an auxiliary and a name follow it), not "who
// killed them?".
func whoAsksObject(ws []string, at map[string]int) bool {
	for i, w := range ws {
		if w == "whom" || w == "who" && i == len(ws)-1 && i > 1 {
			return true // "they claimed to hit who?"
		}
		if w == "who" && i > 1 && (participle(ws[i-1]) && !beWords[ws[i-2]] || i+1 < len(ws) && ws[i+1] == "else") {
			return true // "Pakistan targeted who in Iran?", "the strike killed who?", Arabic's "…will meet who else?"
		}
		if w == "who" && i+1 < len(ws) && ws[i+1] == "else" {
			i++ // "who else is he meeting"
		}
		if w == "who" && namedAt(at, i+1) {
			return true // "who Amirabdollahian is meeting"
		}
		if w == "who" && i > 1 && ws[i-1] == "to" && namedAt(at, i-2) {
			return true // Persian's "pakistan be ki hamle kard?", Pakistan to whom attacked
		}
		if w == "who" && i+2 < len(ws) && auxiliaries[ws[i+1]] && (namedAt(at, i+2) || subjectPronouns[ws[i+2]] || i+3 < len(ws) && (ws[i+2] == "both" || articles[ws[i+2]]) && namedAt(at, i+3)) {
			return true // "who did Pakistan target", "who did it say it was going after", "who did both Iran and Pakistan claim…"
		}
		if w == "who" && i+2 < len(ws) && beWords[ws[i+1]] && participle(ws[i+2]) {
			return true // "who was targeted": the one the deed was done to
		}
	}
	return false
}

// kindAsObject reports whether a question asks for something of a kind
// that a deed was done to: "the name of the (armed) group (that) Iran
// targeted", Urdu's "Iran ne jis group ko…", the group Iran…. Not "the
// Baloch groups Pakistan hit": the question names those.
func (ix *Index) kindAsObject(ws []string, at map[string]int) bool {
	for i, w := range ws {
		if kindNouns[w] == "" || i+2 >= len(ws) || i > 0 && !articles[ws[i-1]] && ix.aliases.nameWord(ws[i-1]) {
			continue
		}
		n := i + 1
		if ws[n] == "that" || ws[n] == "which" {
			n++
		}
		if n+1 < len(ws) && namedAt(at, n) && !namedAt(at, n+1) && !auxiliaries[ws[n+1]] && !articles[ws[n+1]] && ws[n+1] != "and" ||
			i > 1 && ws[i-1] == "ne" && namedAt(at, i-2) {
			return true
		}
	}
	return false
}

// arabicObjectAsked reports whether an Arabic question asks who a deed
// was done to, in its order of doer, deed, then who: "الغرب يتهم مين
// بدعم الإرهاب؟", the West accuses who of backing terrorism?
func arabicObjectAsked(text string, ws []string, at map[string]int) bool {
	return arabicOrPersian(text) && len(ws) > 3 && ws[2] == "who" && namedAt(at, 0) &&
		!beWords[ws[1]] && !auxiliaries[ws[1]] && !prepositions[ws[1]] && !articles[ws[1]]
}

// subjectPronouns stand for a party named elsewhere in a question: "when
// Pakistan hit back, who did it say…".
var subjectPronouns = map[string]bool{"it": true, "they": true, "he": true, "she": true}

// beWords make a passive: "who was targeted", "who got hit".
var beWords = map[string]bool{"was": true, "were": true, "is": true, "are": true, "been": true, "got": true, "get": true, "gets": true}

// participle reports whether a word is a past participle: a regular one, or
// one of the irregular ones news uses of strikes and their victims.
func participle(w string) bool {
	return len(w) > 4 && strings.HasSuffix(w, "ed") || irregularParticiples[w]
}

// clockAsked reports whether a question asks "at what time will…", "which
// time is…": the hour, not "what time of year", nor "what time phrase…".
func clockAsked(ws []string) bool {
	for i := 0; i+1 < len(ws); i++ {
		if (ws[i] == "what" || ws[i] == "which") && ws[i+1] == "time" && (i+2 == len(ws) || doWords[ws[i+2]] || beWords[ws[i+2]]) {
			return true
		}
	}
	return false
}

// timeOfAsked reports whether a question asks "what is the time of" an
// event, a time of day; not what happened "around the time of" it.
func timeOfAsked(ws []string) bool {
	return hasSeq(ws, "what", "is", "the", "time", "of") || hasSeq(ws, "what", "was", "the", "time", "of") ||
		hasSeq(ws, "what", "the", "time", "of") || hasSeq(ws, "what", "will", "be", "the", "time", "of") // "what's": "what" and "s"
}

// asksForename reports whether words ask for a first or a full name: "his
// first name", "the full name".
func asksForename(ws []string) bool {
	i := slices.Index(ws, "name")
	return i > 0 && (forenameWords[ws[i-1]] || fullNameWords[ws[i-1]]) || slices.Contains(ws, "forename")
}

// statedQuestion reports whether a question is a statement asked, as
// learners of English and chat write yes-no questions: "Raisi met Kakar
// before?", "Iran also recall its ambassador from Islamabad?". It asks no
// question word and, but in Arabic's script or a language that puts its
// verb last, ends with a question mark and after its subject tells a deed
// done (a participle, Urdu's "aa gayi") or asks whether it is so ("also",
// "ever", "already"). Offering
// choices ("…soon or next year?"), it asks which.
func statedQuestion(text string, raw, ws []string, verbLast bool) bool {
	if len(raw) < 3 || hasWord(raw, whWords) || hasWord(ws, whWords) || offersChoice(raw) {
		return false
	}
	if strings.ContainsFunc(text, isArabicLetter) || verbLast {
		// Arabic, Persian and Urdu ask yes or no without a word for it:
		// "إيران اعتذرت؟", "Iran apologised?", even with English words
		// among theirs ("Pakistan نے Afghanistan میں strike کی تھی؟"), and
		// Persian in Latin letters too ("Jilani ghablan be Tehran safar karde?"),
		// with a question mark or without ("امیرعبداللهیان رفت افغانستان").
		return true
	}
	if !strings.HasSuffix(strings.TrimSpace(text), "?") {
		return false
	}
	for _, w := range raw[1:] {
		if participle(w) || irregularPasts[w] || statedMarkers[w] || relativeDays[w] { // "Raisi goes to Islamabad tomorrow?", "Amirabdollahian went to Afghanistan?"
			return true
		}
	}
	if len(ws) > 1 && hasWord(ws[1:], statedMarkers) {
		return true // Urdu's "Pakistan ne bhi … target kiya tha?", also
	}
	return completed(raw) // Urdu's "lashen aa gayi?"
}

// offersChoice reports whether a question offers choices with "or", not
// "or not" ("…the bodies or not yet?"), which asks whether.
func offersChoice(ws []string) bool {
	for i, w := range ws {
		if w == "or" && (i+1 == len(ws) || ws[i+1] != "not" && ws[i+1] != "no") {
			return true
		}
	}
	return false
}

// inverted reads a statement asked with a question mark or a tag ("…,
// right"), its subject a few words before "is" or "was", as the question it
// makes: "Kakar is foreign minister of Pakistan?" asks "is Kakar foreign
// minister of Pakistan?".
func (ix *Index) inverted(text string, raw []string) []string {
	if len(raw) < 4 || !strings.HasSuffix(strings.TrimSpace(text), "?") && !tagWords[raw[len(raw)-1]] || hasWord(raw, whWords) || auxiliaries[raw[0]] ||
		discourseMarkers[raw[0]] {
		return raw // "so is it Pakistan's minister…, or…?"
	}
	choice := offersChoice(raw)
	for p := 1; p <= 4 && p+2 < len(raw); p++ {
		switch raw[p] {
		case "is", "are", "was", "were":
			if ents, rest, _ := ix.aliases.find(raw[:p], true); choice && (len(ents) != 1 || len(rest) > 0) {
				return raw // choices are inverted only after a name: "Jilani is Pakistan's PM or FM?"
			}
			if deed := cleft(raw[p+1:]); deed > 0 {
				// "Iran is the one that withdrew its ambassador?", Arabic's
				// "ايران هي اللي سحبت سفيرها": was it Iran that withdrew it?
				return slices.Concat([]string{raw[p], "it"}, raw[:p], []string{"that"}, raw[p+1+deed:])
			}
			return slices.Concat([]string{raw[p]}, raw[:p], raw[p+1:])
		}
		if auxiliaries[raw[p]] || phraseLinks[raw[p]] {
			break
		}
	}
	return raw
}

// raisedDeed returns the deed of "who is alleged to have killed…", "who
// was said to have ordered…": what the one asked for is said to have done.
func raisedDeed(ws []string) string {
	if len(ws) < 6 || ws[0] != "who" || !beWords[ws[1]] || !raisingVerbs[ws[2]] || ws[3] != "to" {
		return ""
	}
	if ws[4] == "have" || ws[4] == "be" {
		return ws[5]
	}
	return ws[4] // "who is believed to lead…"
}

// byWhomDeed returns the deed a "by whom" asks the doer of: the
// participle before it, ending the question ("labourers killed by whom?"),
// else the first death after it ("by whom were the labourers killed?",
// Persian's "…توسط چه کسانی کشته شدن؟", by whom killed were).
func byWhomDeed(ws []string) string {
	i := slices.Index(ws, "by")
	if i < 0 || i+1 >= len(ws) || ws[i+1] != "whom" && ws[i+1] != "who" {
		return ""
	}
	if i+2 == len(ws) && i > 1 && participle(ws[i-1]) {
		return ws[i-1]
	}
	if k := slices.IndexFunc(ws[i+2:], func(w string) bool { return deathWords[w] }); k >= 0 {
		return ws[i+2+k]
	}
	return ""
}

// toldTerm returns the canonical term of a word the article tells, not
// filler: "killed" is "#kill"; or "".
func (ix *Index) toldTerm(w string) string {
	if t := ix.canon(w); t != "" && !ix.filler[t] && ix.df[t] > 0 {
		return t
	}
	return ""
}

// blamedFor returns the deed of "responsible for the killing", "blame
// for killing", "behind the killing": what the one asked for is held to
// have done.
func blamedFor(ws []string) string {
	for i := 1; i+1 < len(ws); i++ {
		if !heldToWords[ws[i]] {
			continue
		}
		j := i + 1
		if ws[i] != "behind" {
			if ws[j] != "for" {
				continue
			}
			j++
		}
		for j < len(ws) && articles[ws[j]] {
			j++
		}
		if j < len(ws) {
			return ws[j]
		}
	}
	return ""
}

// heldToWords hold someone to a deed: "responsible for", "to blame for",
// "behind".
var heldToWords = map[string]bool{"responsible": true, "blame": true, "blamed": true, "blames": true, "behind": true,
	"accountable": true, "culpable": true}

// raisingVerbs report a deed as said or thought of someone: "who is
// alleged to have…".
var raisingVerbs = map[string]bool{"alleged": true, "said": true, "believed": true, "thought": true, "suspected": true,
	"reported": true, "claimed": true, "accused": true, "understood": true, "known": true, "reckoned": true}

// ezafe reads a strike followed by a country, in Persian or Arabic script,
// as the country's: "حمله ایران", "هجوم إيران", the attack of Iran, is
// Iran's attack, and Arabic's "ضربت إيران باكستان" is "Iran struck
// Pakistan". A strike on a country is told with a word between them
// ("حمله به ایران"), and a country before the strike is the one that struck
// ("ايران ضربت باكستان", Iran struck Pakistan). Urdu puts the country first
// ("ایران کا حملہ").
func (ix *Index) ezafe(ws []string) []string {
	var out []string
	for i := 0; i+1 < len(ws); i++ {
		if ix.strikes(ws[i]) && ix.isCountry(ws[i+1]) && !(i > 0 && ix.isCountry(ws[i-1])) {
			if out == nil {
				out = slices.Clone(ws)
			}
			out[i], out[i+1] = ws[i+1], ws[i]
			i++
		}
	}
	if out == nil {
		return ws
	}
	return out
}

// urduLetters are letters Urdu writes and Persian and Arabic do not.
const urduLetters = "ہےںٹڈڑھۓ"

// possessed reads a name with a possessive "s" and no apostrophe as the
// name: "pakistans strike" is Pakistan's strike, and "paks FM" Pak's, a
// name the thesaurus spells out.
func (ix *Index) possessed(raw []string) []string {
	var out []string
	for i, w := range raw {
		name := strings.TrimSuffix(w, "s")
		if len(w) <= 3 || name == w || demonym(name) || ix.aliases.single[w] != "" { // "Pakistanis", "Iranians": people
			continue
		}
		named := ix.aliases.single[name] != ""
		if full := ix.corpus.Thesaurus.Rewrite([]string{name}); !named && len(full) == 1 {
			named = ix.aliases.single[full[0]] != ""
		}
		if named {
			if out == nil {
				out = slices.Clone(raw)
			}
			out[i] = name
		}
	}
	if out == nil {
		return raw
	}
	return out
}

// heaviest is the question's rarest word that is not a name.
func (q question) heaviest() string {
	best, most := "", 0.0
	for _, t := range q.order {
		if w := q.weights[t]; !strings.HasPrefix(t, entityPrefix) && w > most {
			best, most = t, w
		}
	}
	return best
}

// ownPossessives refer back to someone the question names: the speaker of
// "did Pakistan claim its strike…", the country of "is Jilani Pakistan's
// foreign minister or its caretaker PM?".
var ownPossessives = map[string]bool{"its": true, "their": true, "his": true, "her": true}

// strikerNamed returns the first country, besides the speaker, a question
// names just before a strike: "who did Pakistan say died in Iran's
// strike?" asks of Iran's.
func (ix *Index) strikerNamed(ws, ents []string, at map[string]int, speaker string) string {
	for _, id := range ents {
		if p := at[id]; id != speaker && p+1 < len(ws) && ix.strikes(ws[p+1]) && ix.isCountry(ws[p]) {
			return id
		}
	}
	return ""
}

// saidOfItself reports whether a speaker says something of itself: "did
// Pakistan say it hit Jaish al-Adl?", "…claim they were targeting…".
func saidOfItself(ws []string) bool {
	for i := 0; i+1 < len(ws); i++ {
		if speechWords[ws[i]] && (ws[i+1] == "it" || ws[i+1] == "they" || ws[i+1] == "he") {
			return true
		}
	}
	return false
}

// completives close an Urdu or Hindi verb done: "aa gayi", "pahunch chuke",
// "band hua".
var completives = map[string]bool{"gaya": true, "gayi": true, "gaye": true, "gayin": true, "gai": true, "gae": true,
	"chuka": true, "chuki": true, "chuke": true, "hua": true, "hui": true, "hue": true, "huwa": true, "huwe": true}

// completed reports whether Urdu or Hindi words tell a deed done: "lashen
// aa gayi?"; not "aisa kaha gaya hai?", it is said so, which tells of
// what was said.
func completed(raw []string) bool {
	for i, w := range raw {
		if completives[w] && (i == 0 || !urduSpoken[raw[i-1]]) {
			return true
		}
	}
	return false
}

// urduSpoken are Urdu verbs of telling: "kaha gaya", it was said.
var urduSpoken = map[string]bool{"kaha": true, "kahaa": true, "bataya": true, "likha": true, "bola": true, "suna": true}

// statedMarkers ask whether a statement holds: "Iran also recall…?".
var statedMarkers = map[string]bool{"also": true, "ever": true, "already": true, "before": true, "too": true, "yet": true}

// irregularPasts tell a deed done, as a participle does, where the past
// differs from it: "he went to Kabul?".
var irregularPasts = map[string]bool{"went": true, "came": true, "gave": true, "took": true, "said": true, "made": true,
	"flew": true, "spoke": true, "fought": true, "began": true, "paid": true}

var irregularParticiples = map[string]bool{"hit": true, "struck": true, "slain": true, "shot": true, "hurt": true,
	"held": true, "met": true, "told": true, "seen": true, "taken": true, "given": true, "sent": true, "caught": true,
	"left": true, "kept": true, "brought": true, "found": true, "beaten": true, "bombed": true}

// asksName reports whether a question asks for a name: "who is the man
// named…", "what is he called", but not "whose envoy was called home" nor
// "groups called terrorists".
func asksName(raw []string) bool {
	for i, w := range raw {
		if i > 0 && storyWords[raw[i-1]] {
			continue // "whose bombardment does the article name?": to name is to mention
		}
		if i+1 < len(raw) && (raw[i+1] == "in" || raw[i+1] == "as") {
			continue // "which countries are named in the headline?", "what did they name as crucial?": mentioned, not a name
		}
		if nameWords[w] && (w != "called" || i == len(raw)-1) {
			return true
		}
	}
	return false
}

// deedOf returns the canonical verb of "what did Iran target", "what will
// Raisi talk about", "how did Israel react": the word right after a
// question word, an auxiliary and a name, when the article uses it.
func (ix *Index) deedOf(ws []string, at map[string]int, wh string) string {
	if len(ws) < 4 || ws[0] != wh {
		return ""
	}
	for aux := 1; aux < min(len(ws)-1, 4); aux++ {
		if auxiliaries[ws[aux]] {
			return ix.deedAfter(ws, at, aux+1) // "what will Raisi talk about", "what topics will Raisi discuss"
		}
		if t := ix.canon(ws[aux]); t == "" || ix.filler[t] || ix.df[t] > 0 {
			break // "what happened…", "what steps did…": only a noun the article lacks, "what topics will…"
		}
	}
	return ""
}

// deedAfter returns the canonical verb right after the name at p, when the
// article uses it: "how did Israel react", "did Jaish al-Adl respond".
func (ix *Index) deedAfter(ws []string, at map[string]int, p int) string {
	if !namedAt(at, p) {
		return ""
	}
	end := p + 1
	for end < len(ws) && (ix.aliases.nameWord(ws[end]) || reflexives[ws[end]]) { // "Jaish al-Adl itself"
		end++ // the rest of the name: "Jaish al Adl"
	}
	if end >= len(ws) {
		return ""
	}
	return ix.toldTerm(ws[end])
}

// asksSaid reports whether a question asks what someone said: "what did
// they say about…", "what did the ministers state…".
func asksSaid(raw []string) bool {
	for i := 1; i < len(raw); i++ {
		if sayWords[raw[i]] && hasWord(raw[max(0, i-4):i], auxiliaries) {
			return raw[0] == "what" || raw[0] == "how"
		}
	}
	return false
}

var sayWords = map[string]bool{"say": true, "said": true, "tell": true, "state": true, "mention": true, "mentioned": true}

// speakerOf returns the entity in "what did X say/tell/announce…", or in a
// claim X opens, if any: the first so named, of the entities in the order
// they are named.
func (ix *Index) speakerOf(ws, ents []string, at map[string]int, latin, verbLast bool) string {
	for _, id := range ents {
		p := at[id]
		pair := p > 0 && (ws[p-1] == "and" || namedAt(at, p-1)) // "Jilani aur Amirabdollahian ne … kaha", said together
		if p+1 < len(ws) && ws[p+1] == "ne" && (hasWord(ws[p+2:], speechWords) && !pair || hasWord(ws[p+2:], statementWords)) {
			// Urdu's "Pakistan ne Iran ki strike me kitni deaths report ki",
			// "…kitne bachay marne ka bataya": Pakistan reports, of Iran's
			// strike; "Israel ne … kya bayan diya?", what statement did
			// Israel give.
			return id
		}
		if afterAuxiliary(ws, p) || p == 1 && ws[0] == "what" || opensClaim(ws, p, latin, verbLast) { // "what Kakar said…"
			for i, w := range ws[p+1:] {
				if namedAt(at, p+1+i) {
					if next := entityNamedAt(at, p+1); i == 0 && ix.entity(next) != nil && ix.entity(next).Kind == "person" {
						id = next // "did Pakistan's caretaker premier say…": the premier speaks
						continue
					}
					break // "did Iran deny Pakistan's claim": the claim is Pakistan's
				}
				if w == "according" || (p > 0 && beWords[ws[p-1]] || i > 0 && beWords[ws[p+i]]) && (participle(w) || w == "said") {
					break // "is Raisi, according to the piece…", "is Tehran accused…", "is Jaish al-Adl said to be…": no one speaks
				}
				if storyWords[w] && !speechWords[w] || w == "that" || w == "which" {
					break // "what's Israel doing that the article says…": the story speaks
				}
				if speechWords[w] {
					return id
				}
			}
		}
	}
	return ""
}

// opensClaim reports whether the name at p opens a claim as its speaker:
// English's "Israel commented…, right?", read "is it true that Israel…";
// Arabic's "إسرائيل قالت…؟" only with "said" next; never Persian's, whose
// verb comes last, nor one whose "is it true that" stands for "هل" or
// "آیا", its subject not always next.
func opensClaim(ws []string, p int, latin, verbLast bool) bool {
	if p != claimStart(ws) {
		return false
	}
	if latin {
		return p > 0
	}
	return !verbLast && p+1 < len(ws) && ws[p+1] == "said"
}

// statementWords are what a speaker gives: Urdu's "bayan diya", gave a
// statement.
var statementWords = map[string]bool{"statement": true, "statements": true, "comment": true, "comments": true, "remarks": true}

// afterAuxiliary reports whether the name at p follows an auxiliary, with
// only titles between: "did Iran…", "did PM Kakar…".
func afterAuxiliary(ws []string, p int) bool {
	i := p - 1
	for i >= 0 && titleWords[ws[i]] {
		i--
	}
	return i >= 0 && auxiliaries[ws[i]]
}

// auxiliaries put the subject right after them: "did Iran strike…".
var auxiliaries = map[string]bool{
	"did": true, "does": true, "do": true, "will": true, "would": true, "has": true, "have": true,
	"had": true, "is": true, "was": true, "are": true, "were": true, "can": true, "could": true,
}

// subjectOf guesses which named entity acts in the question: the agent of a
// passive ("hit by Iran"), one named right after an auxiliary ("when did
// Iran strike"), one that qualifies an action ("Pakistan's strike"), else,
// unless the question asks "who", the first one named. The second result
// is the first three kinds of subject, of which the words leave no doubt.
func subjectOf(q question, ix *Index, at map[string]int) (subject, actor string) {
	for _, id := range q.entities {
		if p := at[id]; p > 0 && q.words[p-1] == "by" && (p < 2 || !speechWords[q.words[p-2]]) || p+1 < len(q.words) && q.words[p+1] == "ne" {
			return id, id // the agent of a passive: "hit by Iran", not "said by Islamabad"; Urdu's "Iran ne…"
		}
	}
	for _, id := range q.entities {
		if p := at[id]; afterAuxiliary(q.words, p) {
			return id, id
		}
	}
	if arabicOrPersian(q.text) && !q.verbLast {
		for _, id := range q.entities {
			if p := at[id]; p > 0 && q.words[p-1] == "launched" && ix.isCountry(q.words[p]) {
				return id, id // Arabic puts the doer after the deed: "…شنت باكستان غارتها", launched Pakistan its airstrike
			}
		}
	}
	for _, id := range q.entities {
		// A name that qualifies an action: "the Iranian strike", but not
		// "which Pakistani province", nor one that speaks: "the toll
		// Pakistan reported from Iran's strike".
		if p := at[id]; p+1 < len(q.words) && !placeTypes[q.words[p+1]] && !speechWords[q.words[p+1]] && ix.df[ix.canon(q.words[p+1])] > 0 && !q.objects[id] &&
			q.words[p+1] != q.words[p] && // "dead in Pakistan, Pakistan reported": a name is no action
			ix.aliases.single[q.words[p]] == id && (p == 0 || q.words[p-1] != "and" && !(q.verbLast && (q.words[p-1] == "in" && p+2 == len(q.words) || markedObject(q.words, at, p)))) && // not "Iran and Pakistan exchange…", nor Persian's "Iran be Pakistan hamle kard", nor where it is done, before the last word's verb: "…too Pakistan zad"
			!ix.destination(q.words, at, p) && // nor "the trip to Pakistan meant…"
			!(ix.visits(q.words[p+1]) && ix.isCountry(q.words[p]) && !demonym(q.words[p])) { // nor "the FM's Pakistan visit"
			return id, id
		}
	}
	if len(q.entities) == 0 {
		return "", ""
	}
	if id := q.entities[0]; q.verbLast && (q.intent == YesNo || q.intent == Who && whoAsksObject(q.words, at)) && at[id] == 0 && !q.objects[id] {
		// Persian puts the doer first: "Pakistan too khake Iran Jaish al-Adl
		// ro zad?", "pakistan be ki hamle kard?", whom did Pakistan attack.
		return id, id
	}
	if q.intent == Who {
		return "", ""
	}
	return q.entities[0], ""
}

// markedObjects returns the names Persian's object marker, "ra" or
// "ro" ("را", "رو"), follows: "Iran kodam mantaghe-ye Pakistan ro zad?",
// which region of Pakistan did Iran strike, strikes Pakistan.
func (ix *Index) markedObjects(raw []string) map[string]bool {
	var out map[string]bool
	for i := 1; i < len(raw); i++ {
		if !objectMarkers[raw[i]] {
			continue
		}
		if id := ix.aliases.single[raw[i-1]]; id != "" {
			if out == nil {
				out = map[string]bool{}
			}
			out[id] = true
		}
	}
	return out
}

// asksKindOfNamed reports whether a question that asks for a kind of
// entity only asks it of one it names: "what group is Jaish al-Adl?",
// "Jaish al-Adl is which group?", Persian's "Jaish al-Adl che goroohie?".
func (ix *Index) asksKindOfNamed(ents, rest []string, kind string) bool {
	named := slices.ContainsFunc(ents, func(id string) bool {
		e := ix.entity(id)
		return e != nil && (e.Kind == kind || kind == "group" && e.Kind == "organisation")
	})
	return named && !slices.ContainsFunc(rest, func(w string) bool {
		return !whWords[w] && !beWords[w] && !articles[w] && kindNouns[w] != kind && !describeWords[w] && !specificWords[w] && w != "of"
	})
}

// markedObject reports whether the name at p is in the phrase a "to" opens,
// which in a language that puts the verb last (Persian's "be") names the one
// a deed is done to: "Iran be Balochistan-e Pakistan hamle kard" attacked
// Balochistan of Pakistan, "…be ye paygah-e nezami-e Pakistan…" a military
// base of Pakistan.
func markedObject(ws []string, at map[string]int, p int) bool {
	nouns := 0 // past the ezafe's "of": "be ye paygah-e nezami-e Pakistan"
	for i := p - 1; i >= 0 && nouns < 4; i-- {
		switch {
		case ws[i] == "to":
			return true
		case whWords[ws[i]] || auxiliaries[ws[i]] || speechWords[ws[i]]:
			return false // not "according to Pakistan": "be gofte-ye Pakistan", to the saying of
		case ws[i] != "of":
			nouns++
		}
	}
	return false
}

// demonym reports whether a word names a people, not a country: "Pakistani",
// "Iranian".
func demonym(w string) bool {
	return strings.HasSuffix(w, "i") || strings.HasSuffix(w, "ian")
}

// destination reports whether the name at p is where a visit goes: "the
// trip to Pakistan", "his visit to Islamabad", "the trip of Raisi to
// Pakistan" (Persian's "safar-e Raisi be Pakistan").
func (ix *Index) destination(ws []string, at map[string]int, p int) bool {
	if p < 2 || ws[p-1] != "to" {
		return false
	}
	for i := p - 2; i >= 0 && i >= p-4; i-- {
		switch {
		case ix.visits(ws[i]):
			return true
		case ws[i] != "of" && !namedAt(at, i):
			return false
		}
	}
	return false
}

// loneLetter reports whether a word is one letter of an alphabet: another
// language's article or "or" ("quem é o Raisi?", "Iran e Pakistan"), never
// what a question asks about.
func loneLetter(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	return n == len(w) && unicode.IsLetter(r) && !unicode.Is(unicode.Han, r) // a Chinese character is a word
}

// asks reports whether a canonical term is one of the question's.
func (q question) asks(t string) bool {
	_, ok := q.weights[t]
	return ok
}

// asksAll reports whether every term of a set is one of the question's.
func (q question) asksAll(terms map[string]bool) bool {
	for t := range terms {
		if !q.asks(t) {
			return false
		}
	}
	return true
}

// topic is the entity a "who is" question is about: its first person,
// group or place, else its first entity of any kind.
func (q question) topic(ix *Index) string {
	for _, id := range q.entities {
		if e := ix.entity(id); e != nil && e.Kind != "country" {
			return id
		}
	}
	if len(q.entities) > 0 {
		return q.entities[0]
	}
	return ""
}

func capitalize(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

func itoa(n int) string { return strconv.Itoa(n) }

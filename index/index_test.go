package index

import (
	"context"
	"encoding/json"
	"errors"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/blevesearch/bleve/v2/search/query"

	"visitbot/facts"
)

var (
	sharedOnce sync.Once
	shared     *Index
	sharedErr  error
)

// freshIndex builds an index of the embedded corpus of its own, which no
// other test has answered from, closed when the test ends.
func freshIndex(t testing.TB) *Index {
	t.Helper()
	c, err := facts.Default()
	if err != nil {
		t.Fatal(err)
	}
	ix, err := New(c)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	return ix
}

// defaultIndex builds the index of the embedded corpus once per test binary.
func defaultIndex(t testing.TB) *Index {
	t.Helper()
	sharedOnce.Do(func() {
		c, err := facts.Default()
		if err != nil {
			sharedErr = err
			return
		}
		shared, sharedErr = New(c)
	})
	if sharedErr != nil {
		t.Fatal(sharedErr)
	}
	return shared
}

func TestAnswer(t *testing.T) {
	ix := defaultIndex(t)
	tests := []struct {
		q        string
		answered bool
		cite     string // first citation, "Section N"; "" for none
		contains string // in the answer text
	}{
		{"How many children were killed?", true, "Tit-for-tat 3", "Two children killed"},
		{"How old is Jilani?", false, "", "doesn't say"},
		{"Who is Jilani?", true, "Lead 3", "Jalil Abbas Jilani"},
		{"who is jilany", true, "Lead 3", "Jalil Abbas Jilani"},
		{"When did Iran strike Pakistan?", true, "Tit-for-tat 2", "January 17"},
		{"When did Pakistan launch its airstrike?", false, "", "doesn't say when"},
		{"When will Raisi visit Pakistan?", true, "Terrorist Support 4", "yet to be determined"},
		{"how many ppl died", true, "Reciprocal Air Strikes 1", "11 casualties"},
		{"Who is the caretaker PM?", true, "Terrorist Support 3", "Anwaar-ul-Haq Kakar"},
		{"What happened?", true, "Lead 1", "Restore Diplomatic Relations"},
		{"What is the population of Balochistan?", false, "", "doesn't say"},
		{"who is the pakistani ambassador to iran", false, "", "doesn't say"},
		{"How did the US react to the strikes?", false, "", "doesn't mention the US"},  // a name rewritten is still a name
		{"What did Washington's envoy say?", false, "", "doesn't mention Washington."}, // not "Washington's"
		// Strikes "aimed at" something targeted it; "aim to" is a purpose.
		{"What did both countries claim their attacks were aimed at?", true, "Reciprocal Air Strikes 1", "terrorists"},
		// Closing a border is not a close relation.
		{"did pakistan close its border with iran", false, "", "doesn't say"},
		// The dead, with nothing to narrow them, are the total.
		{"what's the death toll", true, "Reciprocal Air Strikes 1", "11 casualties"},
		{"is the situation calming down", true, "Tit-for-tat 6", "de-escalate"},
		// "When did this happen?" names nothing: the story's first dated event.
		{"when did this happen", true, "Lead 4", "earlier this month"},
		// Two letters swapped are one typo; "ministry" is no typo of "minister".
		{"who is jialni", true, "Lead 3", "Jalil Abbas Jilani"},
		{"who is pakistans foriegn minister", true, "Lead 3", "Jalil Abbas Jilani"},
		{"what did pakistan's foreign ministry say", true, "Lead 3", "Ministry of Foreign Affairs"},
		// Where the children were killed is where the figure says, not where the ambassador was recalled from.
		{"where were the children killed", true, "Tit-for-tat 3", "Balochistan"},
		{"where did it happen", true, "Reciprocal Air Strikes 1", "border regions"},
		// "is X's PM described as…" asks what someone is, not whether a deed was done.
		{"Is Pakistan's current PM described as caretaker or elected?", true, "Terrorist Support 3", "caretaker"},
		// Frames are not content: "what type of", "which two", "per the article", "how much detail".
		{"What type of target did Iran say it struck?", true, "Tit-for-tat 2", "hideout"},
		{"Which two officials are holding the talks?", true, "Lead 3", "Jalil Abbas Jilani"},
		{"Is Balochistan in Pakistan or Iran, per the article?", true, "Tit-for-tat 2", "Balochistan"},
		{"How much detail was given to back up the third-country support claim?", true, "Terrorist Support 1", "specific details"},
		{"does iran back terrorists", true, "Terrorist Support 2", "The article says: "},
		// Named only by description, the person is what "who" asks for.
		{"Who is the Pakistani counterpart sitting across from Amirabdollahian in the talks?", true, "Lead 3", "Jalil Abbas Jilani"},
		// "Which X" wants an X: a city is never named, a ministry is.
		{"In which city did the ministers meet?", false, "", "doesn't say"},
		{"In which city were the talks between the two foreign ministers held?", false, "", "doesn't say"}, // not "Pakistan"
		{"Which ministry described the talks as in-depth?", true, "Lead 3", "Ministry of Foreign Affairs"},
		// The article says the date is undetermined and gives no details of
		// the third countries: asked for them, it is silent.
		{"On exactly which date will Raisi arrive in Pakistan?", false, "", "doesn't say"},
		{"which third countries back the terrorists", false, "", "doesn't say"},
		{"he says terrorists are getting outside help - which terrorists, where are they?", true, "Terrorist Support 1", "border areas"},
		{"what time of day did Iran strike", false, "", "doesn't say"}, // a date is not a time of day
		// Is X the Y? X's card says what X is.
		{"is kakar pakistans president?", true, "Terrorist Support 3", "caretaker Prime Minister"},
		// "back" as a particle is a return, not support; after a strike, a reprisal.
		{"are the ambassadors back now", true, "Tit-for-tat 6", "reinstating"},
		{"what day did pakistan bomb iran back", false, "", "doesn't say when"},
		{"are the envoys back or not", true, "Tit-for-tat 6", "reinstating"},
		// "both countries" are the story's two; "who" + name asks for an object.
		{"what did both countries decide after the strikes", true, "Tit-for-tat 6", "decided"},
		{"whos amirabdollahian meeting during the visit", true, "Terrorist Support 3", "Kakar"},
		// "Pakistani territory" says where, not "territorial integrity".
		{"On what date did Iran strike inside Pakistani territory?", true, "Tit-for-tat 2", "January 17"},
		// A place inside a country is not one inside another.
		{"which part of pakistan were the murdered labourers from", false, "", "doesn't say"},
		{"Which district of Balochistan was the hideout in?", false, "", "doesn't say"}, // nothing within a province
		// "Which two nations" asks for the two the question only describes.
		{"Which two nations said they struck terrorists in their border areas?", true, "Reciprocal Air Strikes 1", "Iran and Pakistan"},
		// The strikes of both sides, with no actor named, were earlier this month.
		{"when did the bombings go down roughly", true, "Lead 4", "earlier this month"},
		// A plan or a demand is not a deed: asked whether it happened, the
		// article is silent; asked about the plan, it answers.
		{"did the families get the bodies back yet", false, "", "doesn't say that happened"},
		{"Did Amirabdollahian meet Kakar?", false, "", "doesn't say that happened"},
		{"did raisi visit pakistan", false, "", "doesn't say that happened"},
		{"Has a date been fixed for Raisi's visit?", true, "Terrorist Support 4", "yet to be determined"},
		{"Did the families demand the return of the bodies?", true, "Tit-for-tat 9", "The article says"},
		// "How many X reported…": what is counted ends before the verb.
		{"What was the minimum number of casualties reported from Pakistan's counterstrike inside Iran?", true, "Tit-for-tat 4", "nine"},
		// "Iran and Pakistan exchange…": neither alone is the actor.
		{"roughly when did the two sides trade strikes", true, "Lead 4", "earlier this month"},
		// "Stated" frames the question; a figure whose reporter is "not
		// stated" is not about it.
		{"What was Pakistan's stated reason for striking inside Iran?", true, "Tit-for-tat 4", "retaliation"},
		// Whether someone did what the article has no word for, it cannot say.
		{"did iran apologise for killing the kids", false, "", "doesn't say"},
		{"did pakistan retaliate", true, "Tit-for-tat 4", "The article says"},
		{"Did the two sides sign a formal security agreement?", false, "", "doesn't say"},
		// "First" is the earliest event one party did, by the sheet's order.
		{"who struck first, iran or pakistan?", true, "Tit-for-tat 4", "Iran targeted"},
		{"what happened first?", true, "Tit-for-tat 2", "January 17"},
		{"What is Amirabdollahian's first name?", false, "", "doesn't say"},
		// "called terrorists" asks for no name; "together" is jointly; "by
		// air" is an airstrike.
		{"who accuses Iran of backing groups called terrorists?", true, "Terrorist Support 2", "Western nations"},
		{"after the strikes, what did both sides decide together?", true, "Tit-for-tat 6", "jointly decided"},
		{"were the attacks by air or on the ground?", true, "Reciprocal Air Strikes 1", "air strikes"},
		// "This effort" is the de-escalation of the sentence before.
		{"Is the visit part of the effort to de-escalate?", true, "Tit-for-tat 7", "signifies this effort"},
		{"what did both countries do to defuse tensions?", true, "Tit-for-tat 6", "de-escalate"},
		// Of an event's sentences, the one cited first is the one that
		// covers the question best, reading "this effort" in its context.
		{"Is the FM's visit part of the de-escalation effort?", true, "Tit-for-tat 7", "visit"},
		// How someone comes into the story, or is involved, asks for their
		// part in it; what the visit involves is what it holds.
		{"what was Israel's involvement?", true, "Reciprocal Air Strikes 2", "bombardment of Gaza"},
		{"how does gaza come into this?", true, "Lead 2", "Gaza"},
		{"does the fighting in gaza play any part in the strain??", true, "Lead 2", "Gaza"},
		{"how is gaza connected with this story", true, "Lead 2", "Gaza"},
		{"why both side hurry to de-escalate?", true, "Reciprocal Air Strikes 3", "full-scale conflict"},
		{"what does the visit involve?", true, "Lead 3", "in-depth talks"},
		// A speaker speaks: named before the word of speech, or after
		// "according to". "Iran… claiming it housed Jaish al-Adl" is Iran's
		// claim; "Pakistan's claim" is not Iran's; "according to the piece"
		// and "is Tehran accused" have no speaker.
		{"What did Jaish al-Adl say after being targeted?", false, "", "doesn't say"},
		{"Did Iran deny Pakistan's claim that two children were killed?", false, "", "doesn't say"},
		{"where is jaish al-adl hiding according to iran", true, "Tit-for-tat 2", "Balochistan"},
		{"is tehran accused of backing terror groups by anyone", true, "Terrorist Support 2", "Western nations"},
		{"Who is Ebrahim Raisi according to the piece?", true, "Terrorist Support 4", "President"},
		// To sit down with is to meet; what someone did is not what is
		// scheduled; a connection is a part in the story.
		{"who did amirabdollahian sit down with", true, "Lead 3", "Jilani"},
		{"Amirabdollahian sat down with which Pakistani counterpart?", true, "Lead 3", "Jilani"},
		{"whats the israel connection here", true, "Reciprocal Air Strikes 2", "Israel"},
		// A name offered as a choice against one the article uses is no
		// stranger; asked alone, it is, and where the article puts the
		// strike is said beside it.
		{"Was the Iranian strike in Balochistan or in Khyber Pakhtunkhwa?", true, "Tit-for-tat 2", "Balochistan"},
		{"Was the Iranian strike in Khyber Pakhtunkhwa?", true, "Tit-for-tat 2", "doesn't mention Khyber Pakhtunkhwa. It says:"},
		// An office the article never names has a holder it never mentions.
		{"Will Amirabdollahian meet Pakistan's army chief during the visit?", false, "", "doesn't mention the army chief"},
		{"who is the interior minister of pakistan", false, "", "doesn't mention the interior minister"},
		// The labourers' killing is not the discussion of it during the trip:
		// the article gives it no date.
		{"When were the nine Pakistani labourers killed?", false, "", "doesn't say when"},
		{"Where were the labourers killed?", true, "Tit-for-tat 8", "Sistan-Baluchestan"},
		// A yes-no question's people must all be named; "what will X do"
		// needs a passage that tells of the doing.
		{"Will Raisi meet Kakar when he comes to Pakistan?", false, "", "doesn't say"},
		{"Did Amirabdollahian meet Jilani?", true, "Lead 3", "Jilani"},
		{"What will Raisi talk about during his trip to Pakistan?", false, "", "doesn't say"},
		{"What did Iran target on January 17?", true, "Tit-for-tat 2", "hideout"},
		{"What did Jaish al Adl do?", true, "Tit-for-tat 2", "Jaish al-Adl"},
		// "What exact date" asks when.
		{"On what exact date did Pakistan launch its retaliatory strike on Iran?", false, "", "doesn't say when"},
		{"On what exact date did Iran strike Balochistan?", true, "Tit-for-tat 2", "January 17"},
		// What came of a meeting only scheduled is not known.
		{"What came out of Amirabdollahian's meeting with Kakar?", false, "", "doesn't say that happened"},
		{"what was the result of the strikes?", true, "Reciprocal Air Strikes 1", "11 casualties"},
		// One side's strike is not the sum of both sides'.
		{"what was the result of Pakistan's strike?", true, "Tit-for-tat 4", "Pakistan launched"},
		// A title between the auxiliary and the name: "did PM Kakar…".
		{"What did PM Kakar tell the Iranian foreign minister?", false, "", "doesn't say"},
		// Asides and idioms: "broadly speaking", "holed up", "involving".
		{"Broadly speaking, what did both countries say their attacks were aimed at?", true, "Reciprocal Air Strikes 1", "terrorists"},
		{"What group did Iran say was holed up at the place it struck?", true, "Tit-for-tat 2", "Jaish al-Adl"},
		{"What incident involving Pakistani workers is going to be discussed during the trip?", true, "Tit-for-tat 8", "labourers"},
		{"Which government ministry is the source for the description of the talks?", true, "Lead 3", "Ministry of Foreign Affairs"},
		{"which official source does the article rely on for the description of the talks?", true, "Lead 3", "in-depth talks"},
		{"jaish al-adl is hostile to which country?", true, "Tit-for-tat 2", "anti-Iran"},
		{"were the strikes near the border or deep inside the countries", true, "Reciprocal Air Strikes 1", "border regions"},
		// News language: an opposite number is a counterpart, the Islamic
		// Republic is Iran, channels are links, to reopen is to resume.
		{"Who is the Iranian's opposite number on the Pakistani side?", true, "Lead 3", "Jilani"},
		{"What charge do Western governments level against the Islamic Republic?", true, "Terrorist Support 2", "Western nations"},
		{"Were diplomatic channels reopened after the strikes?", true, "Tit-for-tat 6", "resuming diplomatic links"},
		{"Will the two countries tackle extremism separately or as a team?", true, "Source of Stability 3", "collaboratively"},
		// An adverb between the subject and its verb; the doer that owns the
		// deed ("with Iran's assistance"); "directed at" is targeting.
		{"Have the two countries long been wary of militias near their shared border?", true, "Tit-for-tat 1", "historically cautious"},
		{"Who is helping Pakistan bring home the remains?", true, "Tit-for-tat 9", "Iran"},
		{"Geographically, where were the two countries' recent raids directed?", true, "Reciprocal Air Strikes 1", "border regions"},
		// A deed the article has no word for, ending the question.
		{"Where will the labourers be buried?", false, "", "doesn't say"},
		// "X killed how many?": what is counted comes first; "at least" is
		// no thing counted; to move is no deed the article lacks a word for.
		{"pakistan's retaliation killed how many, at least?", true, "Tit-for-tat 4", "nine"},
		{"Did the two governments move quickly or slowly to de-escalate?", true, "Tit-for-tat 6", "de-escalate"},
		{"Who is Pakistan's foreign minister?", true, "Lead 3", "Jilani"},
		// A country the article never names, even in lower case.
		{"how did india react on this?", false, "", "doesn't mention India"},
		{"did the united states say anything about the strikes?", false, "", "doesn't mention United States"},
		{"did pakistan strike iran?", true, "Tit-for-tat 4", "Pakistan launched an airstrike"},
		// "us" never opens a question as a pronoun: it is the US.
		{"us reaction to the iran pakistan strikes?", false, "", "doesn't mention the US"},
		{"tell us who Jilani is", true, "Lead 3", "Jilani"},
		// "focus" stems to "focu", "focusing" to "focus": the inflection is found.
		{"Which area will the joint anti-terrorism effort focus on?", true, "Source of Stability 3", "mountainous region"},
		// What the story is about is its title; "interior" is not "interim".
		{"Which minister's visit is the article about - defence, foreign or interior?", true, "Title 1", "Foreign Minister"},
		// A "why" needs a reason: the count of the dead gives none.
		{"Why were the nine labourers killed?", false, "", "doesn't say"},
		// "Is this accurate", "true or false" frame a claim; they are not its content.
		{"is this accurate: 11 people died", true, "Reciprocal Air Strikes 1", "11 casualties"},
		{"true or false, two kids were killed", true, "Tit-for-tat 3", "The article says"},
		{"why did pakistan recall its ambassador", true, "Tit-for-tat 3", "children killed"},
		// A passive "who" asks for whom the deed was done to.
		{"who was targeted in pakistan's strike", true, "Tit-for-tat 4", "Baloch separatist groups"},
		// "Which Western countries": the article names none but "Western nations".
		{"Which Western countries accuse Iran of supporting terrorist groups?", false, "", "doesn't say"},
		{"what kind of group is jaish al adl", true, "Tit-for-tat 2", "armed group"},
		// The article names the Baloch separatist groups only together.
		{"name the baloch separatist groups pakistan hit", false, "", "doesn't say"},
		{"which groups did pakistan say it hit", true, "Tit-for-tat 4", "Baloch separatist groups"},
		// A role the article gives no one: nobody leads Jaish al-Adl in it.
		{"Who leads the militant group Jaish al-Adl?", false, "", "doesn't say"},
		// Sentences that name both countries are many; the one that shares
		// the rare words is the answer.
		{"Do Iran and Pakistan share a border?", true, "Source of Stability 3", "shared border"},
		// "Iran's or Pakistan's?" offers its answers: named, they still answer.
		{"Which country's ambassador was recalled - Iran's or Pakistan's?", true, "Tit-for-tat 3", "Pakistan recalled"},
		// "What word…" asks for the article's words in quotation marks.
		{"What word do the ministers use to describe terrorism?", true, "Source of Stability 3", "menace of terrorism"},
		// What two parties did together beats what one of them did.
		{"What did both governments claim they were targeting?", true, "Reciprocal Air Strikes 1", "terrorists"},
		// The headline is the title.
		{"whats the headline of this piece", true, "Title 1", "Iranian Foreign Minister Visits Pakistan"},
		// A choice between two things the article never names.
		{"Were the two children killed by missiles or by drones?", false, "", "doesn't say"},
		{"Did Pakistan respond with an airstrike or a ground raid?", true, "Tit-for-tat 4", "airstrike"},
		{"Who is visiting Pakistan, according to the headline?", true, "Title 1", "Iranian Foreign Minister"},
		// "What did they say…" asks for a passage that reports what was said.
		{"what did the ministers say about relations?", true, "Source of Stability 1", "emphasized"},
		// A passage that never names a yes-no question's actor cannot say it
		// did something; "the Iran-Pakistan strikes" were both countries'.
		{"Will Raisi meet Kakar when he comes?", false, "", "doesn't say"},
		{"Has Pakistan ever carried out strikes on Iranian territory before this incident?", false, "", "doesn't say"},
		{"Does the article link the Iran-Pakistan strikes to Israel?", true, "Reciprocal Air Strikes 2", "Israel"},
		{"Do the ministers think stability in the region hinges on warm Tehran-Islamabad relations?", true, "Source of Stability 1", "regional stability"},
		// What came after an event is the fact sheet's next one; an event
		// told as following another is itself what came after it.
		{"What happened after Iran's January 17 strike?", true, "Tit-for-tat 3", "recalled its ambassador"},
		{"what happened after pakistan hit back?", true, "Tit-for-tat 6", "de-escalate"},
		{"what did Pakistan do after reporting two children killed?", true, "Tit-for-tat 3", "recalled its ambassador"},
		// What the "after" clause names is context: the answer is what the
		// main clause asks.
		{"What concern grew after the two countries exchanged strikes?", true, "Tit-for-tat 5", "Concerns rose"},
		{"How many died after Pakistan's strike?", true, "Tit-for-tat 4", "nine"},
		{"Besides talks with Jilani, whom else is Iran's top diplomat due to see in Pakistan?", true, "Terrorist Support 3", "Kakar"},
		{"which group was iran going after in baluchistan", true, "Tit-for-tat 2", "Jaish al-Adl"},
		{"Who did Pakistan say it was going after in its retaliatory strike?", true, "Tit-for-tat 4", "Baloch separatist groups"},
		{"what happened after the ceasefire with Iran?", false, "", "doesn't say"},
		// What came after, as the main clause asks for it: the next event
		// that says so.
		{"were diplomatic links restored after the strikes?", true, "Tit-for-tat 6", "resuming diplomatic links"},
		{"what's the status of the ambassadors after the recall?", true, "Tit-for-tat 6", "reinstating ambassadors"},
		{"Who is expected to visit Pakistan after the foreign minister?", true, "Terrorist Support 4", "Raisi"},
		{"did Iran apologise after the strike?", false, "", "doesn't say"},
		{"what happened after the US strike on Iran?", false, "", "doesn't mention the US"},
		{"what happened after Washington's strike on Iran?", false, "", "doesn't mention Washington"},
		{"what did jilani say at press conference after the talks?", false, "", "doesn't say"},
		// News phrasings: a profession asks who they were, "called home" is
		// recalled (and no name asked for), the head of government is the
		// prime minister, to concentrate on is to focus on.
		{"What is the profession of the nine Pakistanis who were killed?", true, "Tit-for-tat 8", "labourers"},
		{"whose envoy was called home?", true, "Tit-for-tat 3", "recalled its ambassador"},
		{"will the FM meet the head of government?", true, "Terrorist Support 3", "Prime Minister"},
		{"Where will the anti-terror efforts concentrate?", true, "Source of Stability 3", "mountainous region"},
		{"What is Amirabdollahian's first name?", false, "", "doesn't say"},
		// "is Raeesi…" is a misspelt Raisi, not "israeesi", a misspelt Israeli.
		{"is Raeesi going to visit pakistan?", true, "Terrorist Support 4", "Raisi"},
		// A section named locates the answer; "last year" is no ordering but a
		// time set against "earlier this month"; a site is a place.
		{"What two factors heightened tensions between Iran and Pakistan, per the tit-for-tat section?", true, "Tit-for-tat 1", "internal political pressures"},
		{"Where did the recent air strikes take place, according to the stability section?", true, "Source of Stability 3", "mountainous region"},
		{"Did the air strikes take place last year?", true, "Lead 4", "earlier this month"},
		{"What kind of site did Iran hit?", true, "Tit-for-tat 2", "hideout"},
		// The one who reports is not the one who struck.
		{"Give me the death toll Pakistan reported from Iran's strike.", true, "Tit-for-tat 3", "Two children killed"},
		// Asked whether an announcement was made, a plan announced is an
		// announcement; to send back is a light verb; each side is both.
		{"Did the Iranian minister make any announcement about a presidential visit?", true, "Terrorist Support 4", "Raisi"},
		{"Have the two countries sent their ambassadors back?", true, "Tit-for-tat 6", "reinstating ambassadors"},
		{"What did each government claim it was hitting with its attacks?", true, "Reciprocal Air Strikes 1", "terrorists"},
		{"What is the main news in the headline?", true, "Title 1", "Iranian Foreign Minister Visits Pakistan"},
		// The two foreign ministers are the story's two.
		{"How were the talks between the two foreign ministers characterized?", true, "Lead 3", "in-depth talks"},
		// What a question says of the one asking, before a colon, is no
		// part of it; "fact check:" is.
		{"For my readers in Quetta: did the ministers commit to lifting the economy of the border districts?", true, "Source of Stability 4", "economic development"},
		{"Fact check: two children were killed", true, "Tit-for-tat 3", "two children"},
		{"As a history student, when did Iran strike Balochistan?", true, "Tit-for-tat 2", "January 17"},
		// "Which capital" asks for a city the article names, Tehran, not
		// for a city of the fact sheet; "which city" still does.
		{"From which capital did Pakistan recall its ambassador?", true, "Tit-for-tat 3", "from Tehran"},
		{"Which group of people is pressing for the return of the victims' bodies?", true, "Tit-for-tat 9", "families"},
		// What was done to those counted is counted too; a passive with
		// "been" has no speaker; "time of the day" asks a clock time.
		{"How many Pakistani labourers were injured in the attack in Iran?", false, "", "doesn't say"},
		{"How many children were martyred in the Iranian strike according to Pakistan?", true, "Tit-for-tat 3", "Two children"},
		{"Has Iran itself been accused by anyone of supporting groups called terrorists?", true, "Terrorist Support 2", "Western nations"},
		{"At what time of the day did the Iranian strike on Balochistan happen?", false, "", "doesn't say"},
		{"Bhai what's the headline of this news exactly?", true, "Title 1", "Iranian Foreign Minister Visits Pakistan"},
		// Idioms of casual talk.
		{"is Raisi heading to Pakistan too?", true, "Terrorist Support 4", "Raisi"},
		{"which country is rolling out the welcome mat in this piece?", true, "Lead 1", "visits Pakistan"},
		{"who threw the first punch?", true, "Tit-for-tat 4", "Iran targeted"},
		{"ok so who's supposedly propping up the terrorists in the border areas?", true, "Terrorist Support 1", "third countries"},
		{"why did both sides slam on the brakes so fast after the strikes?", true, "Reciprocal Air Strikes 3", "full-scale conflict"},
		// Of several sentences, the questions: "…? I report from its capital."
		{"Which Pakistani province did Iran's strike land in? I report from its capital.", true, "Tit-for-tat 2", "Balochistan"},
		{"so did everyone freak out that this would turn into a bigger war?", true, "Tit-for-tat 5", "Concerns rose"},
		// The later of two deeds: "who struck second?".
		{"who struck second?", true, "Tit-for-tat 4", "Pakistan launched"},
		{"who struck first?", true, "Tit-for-tat 4", "Iran targeted a hideout in Pakistan’s Balochistan, claiming it housed the anti-Iran armed group Jaish al-Adl. In retaliation, Pakistan launched"},
		// The exchange itself is what "first" is asked of; a verb ends what
		// is counted.
		{"Which country began the exchange of air strikes?", true, "Tit-for-tat 4", "Iran targeted"},
		{"Which side initiated the strikes?", true, "Tit-for-tat 4", "Iran targeted"},
		{"How many deaths resulted from Pakistan's retaliation?", true, "Tit-for-tat 4", "At least nine"},
		// A label before a colon; a claim and a question whether it holds.
		{"Timeline: who struck first?", true, "Tit-for-tat 4", "Iran targeted"},
		{"Fact-check: my notes say Kakar is the caretaker prime minister. Is that correct?", true, "Terrorist Support 3", "caretaker"},
		{"Our draft says Pakistan recalled its ambassador from Tehran. Does the piece confirm it?", true, "Tit-for-tat 3", "recalled its ambassador"},
		// A claim heard from someone: who said it is no part of it, nor is
		// a tag after a dash; "isn't it true" asks yes or no.
		{"My neighbour swears Pakistan recalled its envoy from Tehran. Is she right?", true, "Tit-for-tat 3", "recalled its ambassador"},
		{"A colleague insists the strikes killed 11 people. Is that what the article says?", true, "Reciprocal Air Strikes 1", "11 casualties"},
		{"Someone said Raisi is coming to Pakistan soon?", true, "Terrorist Support 4", "The article says"},
		{"Isn't it true that Iran apologised to Pakistan?", false, "", "doesn't say"},
		// "The lead" and "the intro" locate the answer, "the report" is the
		// article; "opposite number" counts nothing; "what form" is what
		// kind; an act is no acting premier, nor to remain the remains.
		{"What does the lead say about Gaza?", true, "Lead 2", "Gaza"},
		{"What does the lead say about the air strikes?", true, "Lead 4", "reciprocal air strikes"},
		{"How does the report describe the talks?", true, "Lead 3", "in-depth talks"},
		{"Who is the opposite number of the Iranian FM?", true, "Lead 3", "Jalil Abbas Jilani"},
		{"What form did Pakistan's response take?", true, "Tit-for-tat 4", "airstrike"},
		{"Did the ambassador remain in Tehran?", true, "Tit-for-tat 3", "recalled its ambassador"},
		{"Did the families ask for the remains of the labourers?", true, "Tit-for-tat 9", "bodies"},
		{"Is the acting prime minister due to meet the Iranian FM?", true, "Terrorist Support 3", "caretaker"},
		// Terse queries: a name or a date asked for last or first; a
		// response named by a noun.
		{"iran ambassador to pakistan name", false, "", "doesn't say"},
		{"pakistan fm name", true, "Lead 3", "Jalil Abbas Jilani"},
		{"date envoys reinstated", false, "", "doesn't say when"},
		{"israel response to the strikes", false, "", "doesn't say"},
		{"did iran and pakistan deescalate?", true, "Tit-for-tat 6", "de-escalate"},
		{"what nationality were the labourers?", true, "Tit-for-tat 8", "Pakistani labourers"},
		{"gaza link to the tensions?", true, "Lead 2", "Gaza"},
		// A frame before the question ("according to the passage,") leaves
		// its question word where it is read; a paragraph named by what it
		// is about locates the answer.
		{"According to the article, when did Iran strike?", true, "Tit-for-tat 2", "January 17"},
		{"In the paragraph about the tit-for-tat, when did Iran strike?", true, "Tit-for-tat 2", "January 17"},
		{"Who is Iran's president, according to the passage?", true, "Terrorist Support 4", "Ebrahim Raisi"},
		{"What does the author say about Gaza in the opening paragraph?", true, "Lead 2", "Gaza"},
		// What is counted ends where a name starts a clause; a military
		// action is a strike.
		{"how many people Pakistan's airstrike killed?", true, "Tit-for-tat 4", "At least nine"},
		{"What military action did Iran take against Pakistan?", true, "Tit-for-tat 2", "Iran targeted"},
		// Asked whether someone responded, only what they did answers; one
		// named by office after a country speaks.
		{"Did Jaish al-Adl react to the strike on its hideout?", false, "", "doesn't say"},
		{"Did Pakistan respond to Iran's strike?", true, "Tit-for-tat 4", "retaliation"},
		{"What did Iran's foreign minister say about Raisi?", true, "Terrorist Support 4", "Raisi"},
		{"What did Pakistan's caretaker premier say about the talks?", false, "", "doesn't say"},
		// The Middle East is the region, the Israel-Hamas war Gaza's; "I'm"
		// names no one.
		{"Is the Israel-Hamas war making the tensions worse?", true, "Lead 2", "Gaza"},
		{"Which Middle East war is making things worse?", true, "Lead 2", "Gaza"},
		// "Will include the recent killing": the killing is done, and the
		// article says where. Whether anyone was arrested, a record, it does
		// not say.
		{"Were the labourers killed in Balochistan?", true, "Tit-for-tat 8", "Sistan-Baluchestan"},
		{"Has anyone been arrested over the deaths of the two children?", false, "", "doesn't say"},
		// "Beyond X," at the start sets X aside; to point to is to mention.
		{"Beyond Jilani, whom will the Iranian FM meet?", true, "Terrorist Support 3", "Kakar"},
		{"whose bombardment of Gaza does the article point to?", true, "Reciprocal Air Strikes 2", "Israel"},
		{"What is Jaish al-Adl's attitude towards Tehran?", true, "Tit-for-tat 2", "anti-Iran"},
		{"Was patching up diplomatic ties the point of the trip?", true, "Lead 1", "restore diplomatic relations"},
		{"Were people fretting that the war would spread?", true, "Tit-for-tat 5", "Concerns rose"},
		// A name offered for one the article describes asks who that is.
		{"Is Pakistan's foreign minister Ishaq Dar?", true, "Lead 3", "Jalil Abbas Jilani"},
		{"Is Iran's president Hassan Rouhani?", true, "Terrorist Support 4", "Ebrahim Raisi"},
		{"Did the Iranian FM meet Ishaq Dar?", false, "", "doesn't mention Ishaq Dar"},
		// What the article blames asks for causes; a section named before
		// "section" is read in its order ("tit for tat").
		{"Which factors does the tit-for-tat section blame for the heightened tensions?", true, "Tit-for-tat 1", "internal political pressures"},
		// The host country is Pakistan, the visitor its guest; "Iran's
		// official reaction" is Iran's.
		{"Who is the host country's foreign minister?", true, "Lead 3", "Jalil Abbas Jilani"},
		{"What is the visitor's surname?", true, "Lead 3", "Amirabdollahian"},
		{"What was Iran's official reaction to Pakistan's strike?", false, "", "doesn't say"},
		// A name asked for is cited where it is first written; a surname is a name.
		{"What is the name of the Iranian foreign minister visiting Pakistan?", true, "Lead 3", "Amirabdollahian"},
		// Who will do a deed the article has no word for; what a noun the
		// article lacks asks someone will do.
		{"Who will accompany the Iranian president on his planned visit?", false, "", "doesn't say"},
		{"What topics will President Raisi discuss on his planned trip?", false, "", "doesn't say"},
		{"How did Jaish al-Adl itself respond to the strike?", false, "", "doesn't say"},
		// Whether someone holds an office, asked of a full name or claimed:
		// the card says what they hold.
		{"Is Anwaar-ul-Haq Kakar the president of Iran?", true, "Terrorist Support 3", "caretaker Prime Minister"},
		{"My friend says Jalil Abbas Jilani is Iran's president. Is that right?", true, "Lead 3", "counterpart"},
		// "As part of" asks for no place within a country.
		{"Were ambassadors brought back as part of the two countries' de-escalation?", true, "Tit-for-tat 6", "reinstating ambassadors"},
		// An adverb the article lacks is no content.
		{"Is Pakistan presently led by an interim PM?", true, "Terrorist Support 3", "caretaker Prime Minister"},
		{"Did Iran publicly apologise?", false, "", "doesn't say"},
		// A military response is a strike; a short aside before a colon
		// that names nothing is no part of the question.
		{"What military response did Iran take?", true, "Tit-for-tat 2", "Iran targeted"},
		{"@bot dumb question sorry: is Raisi the president of Iran or Pakistan?", true, "Terrorist Support 4", "Raisi"},
		// "Didn't Iran…" asks what "did Iran…" asks; "confirm whether…"
		// asks whether a claim holds.
		{"Didn't Iran apologise for the deaths?", false, "", "doesn't say"},
		{"Confirm whether Raisi will meet Kakar during his trip.", false, "", "doesn't say"},
		{"Confirm whether Pakistan recalled its ambassador.", true, "Tit-for-tat 3", "The article says"},
		// A request is read as the question it makes.
		{"Name who accuses Tehran of backing terrorists.", true, "Terrorist Support 2", "Western nations"},
		{"Name the province Iran struck.", true, "Tit-for-tat 2", "Balochistan"},
		// A yes-no question that puts the opposite of what the article says
		// is answered with what it says.
		{"Did Tehran and Islamabad drag their feet on de-escalation?", true, "Tit-for-tat 6", "The article says"},
		{"Were the talks brief and superficial?", true, "Lead 3", "in-depth talks"},
		{"Were the air strikes one-directional?", true, "Lead 4", "reciprocal"},
		{"Did the ministers call terrorism a minor problem?", true, "Source of Stability 3", "menace of terrorism"},
		// Asked who someone's described counterpart is, not their own card;
		// who owns a deed, a word apart; to conduct is a light verb.
		{"Who is Amirabdollahian's Pakistani counterpart?", true, "Lead 3", "Jalil Abbas Jilani"},
		{"Who is Amirabdollahian's Pakistani interlocutor?", true, "Lead 3", "Jalil Abbas Jilani"},
		{"Whose stepped-up bombardment was raising tensions?", true, "Reciprocal Air Strikes 2", "Israel"},
		{"When did Iran conduct its strike on Pakistan?", true, "Tit-for-tat 2", "January 17"},
		// "Pak" is Pakistan wherever it stands: "the pak fm" is Pakistan's.
		{"who is the pak fm", true, "Lead 3", "Jalil Abbas Jilani"},
		{"whois the pak fm", true, "Lead 3", "Jalil Abbas Jilani"},
		// Urdu and Hindi in Latin letters: their words, and their question
		// words where they put them; "kya" first asks yes or no. "The
		// article name(s)" is to mention, not a name asked for.
		{"Pakistan ka foreign minister kaun hai?", true, "Lead 3", "Jalil Abbas Jilani"},
		{"Kitne bacche maare gaye?", true, "Tit-for-tat 3", "Two children"},
		{"Raisi Pakistan kab aayenge?", true, "Terrorist Support 4", "yet to be determined"},
		{"Kya Iran ne Pakistan pe hamla kiya?", true, "Tit-for-tat 2", "The article says: Iran targeted"},
		{"Whose bombardment of Gaza does the article name?", true, "Reciprocal Air Strikes 2", "Israel"},
		{"Pakistan ka hamla pehla tha ya jawabi karwai?", true, "Tit-for-tat 4", "retaliation"},
		// An office of a country is held by one of its own, in a yes-no
		// question too.
		{"Is Pakistan's president going to visit Iran?", false, "", "doesn't say"},
		{"Is Iran's president going to visit Pakistan?", true, "Terrorist Support 4", "Raisi"},
		// To justify a strike is to claim what it hit.
		{"How did Iran justify its strike?", true, "Tit-for-tat 2", "claiming it housed"},
		{"What justification did Pakistan give for its airstrike?", true, "Tit-for-tat 4", "alleging"},
		// Quotation marks ask for the words the article quotes; they mark
		// nothing.
		{"Which words about terrorism are in quotation marks?", true, "Source of Stability 3", "menace of terrorism"},
		{"What does the article put in quote marks about the talks?", true, "Lead 3", "in-depth talks"},
		// The regions hit by the strikes are the affected regions.
		{"What did they pledge for the areas hit by the air strikes?", true, "Source of Stability 4", "economic development"},
		// Whether the article says something is that something asked.
		{"Does the article say when Iran struck Pakistan?", true, "Tit-for-tat 2", "January 17"},
		{"Is it mentioned on what date Pakistan struck back?", false, "", "doesn't say when"},
		{"Does the article say how Jaish al-Adl responded?", false, "", "doesn't say"},
		// "Who killed…?" is answered by one who killed, not by the
		// discussion of the killing.
		{"who killed the labourers?", false, "", "doesn't say"},
		{"Does the article say who killed the labourers?", false, "", "doesn't say"},
		// A clause that opens a question ("When the ministers met, …") is
		// read after it: its "when" asks nothing.
		{"When the ministers met, what did they pledge about terrorism?", true, "Source of Stability 3", "menace of terrorism"},
		{"When did Iran strike, was it in January?", true, "Tit-for-tat 2", "January 17"},
		// Details a report would give had they been part of the story:
		// weapons, sums, institutions, hours. Offered against what the
		// article says, they are an option.
		{"Were missiles used in Iran's strike on the hideout?", false, "", "doesn't say"},
		{"What sum in dollars was pledged for the affected regions' development?", false, "", "doesn't say"},
		{"Was the visit about restoring relations or building a gas pipeline?", true, "Lead 1", "restore diplomatic relations"},
		// A figure is the word of the one who reported it.
		{"How many people did Iran say died in its strike?", false, "", "doesn't say"},
		{"How many children did Pakistan say were killed?", true, "Tit-for-tat 3", "Two children"},
		// Deaths attributed to a strike are its deaths; "reported injured"
		// counts the injured; a kind of person the article never counts
		// is not counted by it.
		{"How many deaths are attributed to Iran's strike?", true, "Tit-for-tat 3", "Two children"},
		{"How many were reported injured in the strikes?", false, "", "doesn't say"},
		{"How many casualties were reported among Iranian security forces?", false, "", "doesn't say"},
		{"did they bring back their envoys?", true, "Tit-for-tat 6", "reinstating ambassadors"},
		// A demand reaches to what it asks for: the bodies are not yet back.
		{"Have the families received the victims' bodies yet?", false, "", "doesn't say that happened"},
		// A section's heading written as a name locates the answer.
		{"How does Tit-for-tat describe Jaish al-Adl?", true, "Tit-for-tat 2", "anti-Iran armed group"},
		{"What does Source of Stability say about terrorism?", true, "Source of Stability 3", "menace of terrorism"},
		// A record someone would have signed, and a market's reaction, are
		// details the article would give.
		{"What deal did Jilani and Amirabdollahian sign during the visit?", false, "", "doesn't say"},
		{"How did the currency react to the strikes?", false, "", "doesn't say"},
		{"Was Pakistan's ambassador recalled, or was Iran's envoy expelled?", true, "Tit-for-tat 3", "recalled its ambassador"},
		// A question relayed for someone, and a chat's mentions.
		{"Sofia asks what the full name of Pakistan's caretaker PM is", true, "Terrorist Support 3", "Anwaar-ul-Haq Kakar"},
		{"Clara asks whether territorial integrity came up in the talks", true, "Source of Stability 2", "territorial integrity"},
		{"@bot is Jilani Pakistan's foreign minister?", true, "Lead 3", "The article says"},
		// Asked whether one did something, another's deed does not say; what
		// the counted came of ends what is counted; "end up" is no deed.
		{"Is Jilani going to visit Tehran in return?", false, "", "doesn't say"},
		{"How many casualties came out of the strikes in total?", true, "Reciprocal Air Strikes 1", "11 casualties"},
		{"Did the two countries end up restoring ties?", true, "Tit-for-tat 6", "The article says"},
		// The words of grammar ask about the article's wording, not what it
		// is about.
		{"Which verb does the headline use for the minister's trip?", true, "Title 1", "Visits"},
		{"who went where in this story?", true, "Lead 1", "Visits Pakistan"},
		// "Live" is no life lost; "was anyone arrested" asks of a record;
		// to restart is to resume, to hope to is to aim to.
		{"How many people live in Balochistan?", false, "", "doesn't say"},
		{"How many lives were lost in Pakistan's strike?", true, "Tit-for-tat 4", "At least nine"},
		{"Was anyone arrested for killing the labourers?", false, "", "doesn't say"},
		{"Did the two countries restart diplomatic links?", true, "Tit-for-tat 6", "resuming diplomatic links"},
		{"What was the Iranian FM hoping to restore?", true, "Lead 1", "restore diplomatic relations"},
		{"Did Tehran and Islamabad dither over de-escalation?", true, "Tit-for-tat 6", "The article says"},
		// Letters: a salutation names no one, and "so far as the report
		// states" is where, not what. Urdu: "kya" at the end asks yes or no.
		{"Dear Editor, which conflict is making the tensions worse? Yours, Ann Lee, Leeds", true, "Lead 2", "Gaza"},
		{"What, so far as the report states, was the purpose of the trip?", true, "Lead 1", "restore diplomatic relations"},
		{"Raisi ki visit ki date fix ho gayi kya?", true, "Terrorist Support 4", "The article says"},
		{"Kitne log mare Pakistan ki strike mein?", true, "Tit-for-tat 4", "At least nine"},
		// Each of these failed with the reading it covers taken out.
		{"Didn't Pakistan recall its ambassador?", true, "Tit-for-tat 3", "The article says"},
		{"Iran said it hit a hideout in Balochistan - is that what the article says?", true, "Tit-for-tat 2", "The article says"},
		{"On what date, if the article records it, did Iran strike Pakistan?", true, "Tit-for-tat 2", "January 17"},
		{"Are the labourers' remains going home?", true, "Tit-for-tat 9", "The article says: The families demand the return"}, // the victims are the labourers
		{"What qualifier does the article put before the count of Pakistan's strike casualties?", true, "Tit-for-tat 4", "airstrike"},
		{"what's the iranian foreign minister's name again, i forgot", true, "Lead 3", "Amirabdollahian"},
		{"has pakistan always been wary of armed groups?", true, "Tit-for-tat 1", "historically cautious"},
		{"did they squash the beef?", true, "Tit-for-tat 6", "de-escalate"},
		{"what worries came up after the strikes?", true, "Tit-for-tat 5", "Concerns rose"},
		// Whom a deed was done to may be named by what they are.
		{"Whom did the two countries say they were striking?", true, "Reciprocal Air Strikes 1", "terrorists"},
		{"who did Pakistan and Iran claim to target?", true, "Reciprocal Air Strikes 1", "terrorists"},
		// The article names capitals for their countries.
		{"Which two capital cities traded strikes?", true, "Lead 4", "Tehran and Islamabad"},
		// What "what" asks for, given only in the question's own words, is not said.
		{"what internal political pressures did Pakistan face?", false, "", "doesn't say"},
		// The noun that heads what "what" asks for weighs in full, known or not.
		{"what is the bilateral trade volume between iran and pakistan?", false, "", "doesn't say"},
		{"which specific internal political pressures were there?", false, "", "doesn't say"},
		{"what internal political pressures specifically raised tensions?", false, "", "doesn't say"},
		{"What internal problems raised tensions?", true, "Tit-for-tat 1", "internal political pressures"},
		// A name asked for is a name written, not an office.
		{"what was the name of the mountains where the strikes took place?", false, "", "doesn't say"},
		// The bodies' return is not the discussion during the trip: no time or place.
		{"when will the bodies be returned to the families?", false, "", "doesn't say when"},
		{"where are the victims' bodies now?", false, "", "doesn't say where"},
		{"what do the families of the labourers want?", true, "Tit-for-tat 9", "return of the victims’ bodies"},
		// A claim with a tag asks whether it holds; a guess after a comma
		// may be the answer.
		{"raisi is iran's president yeah", true, "Terrorist Support 4", "The article says"},
		{"balochistan is in pakistan, right?", true, "Tit-for-tat 2", "The article says"},
		{"who struck first, iran?", true, "Tit-for-tat 4", "Iran targeted"},
		// An entity's card gives no reasons.
		{"What is the purpose of Raisi's trip?", false, "", "doesn't say"},
		{"why is raisi visiting?", false, "", "doesn't say"},
		// Spoken hesitation is no content; a name followed by "or something"
		// is a guess; the story is no speaker; a question may end in "whom".
		{"uh who is jilani", true, "Lead 3", "Jalil Abbas Jilani"},
		{"which group was iran after, jaish al adl or something", true, "Tit-for-tat 2", "Jaish al-Adl"},
		{"what is israel doing that the story says made tensions worse?", true, "Reciprocal Air Strikes 2", "bombardment of Gaza"},
		{"the two countries said they were attacking whom?", true, "Reciprocal Air Strikes 1", "terrorists"},
		{"Pakistan answered with what?", true, "Tit-for-tat 4", "airstrike"},
		// "How many of the X were Y" counts Y among X.
		{"How many of the dead were women?", false, "", "doesn't say"},
		{"how many of the 11 killed were soldiers?", false, "", "doesn't say"},
		{"What post does Kakar hold?", true, "Terrorist Support 3", "caretaker Prime Minister"},
		// Deeds that leave a record (signing, issuing) the article reports none of.
		{"did the ministers sign anything?", false, "", "doesn't say"},
		{"did the leaders issue a joint statement?", false, "", "doesn't say"},
		{"did they agree to fight terrorism together?", true, "Source of Stability 3", "The article says"},
		// Named in a sentence that speaks "according to" someone else, he
		// is not the one who speaks.
		{"what did jilani say about gaza?", false, "", "doesn't say"},
		{"who is jalil abbas jeelani", true, "Lead 3", "Pakistani counterpart"},
		// "Is the date of… set?" asks whether, not when; "as given in the
		// article" is a frame.
		{"Is the date of the president's visit set?", true, "Terrorist Support 4", "The article says"},
		{"who is Iran's foreign minister, as given in the article?", true, "Lead 3", "Amirabdollahian"},
		// A list of options: those the article does not know are no content
		// and no strangers, if it knows one of them.
		{"Which war made tensions worse: Gaza, Syria or Libya?", true, "Lead 2", "Gaza"},
		{"Was Iran's strike in Balochistan, Sindh or Punjab?", true, "Tit-for-tat 2", "Balochistan"},
		{"Who did Pakistan target: Baloch separatists, the Taliban or ISIS?", true, "Tit-for-tat 4", "Baloch separatist groups"},
		{"What weapons did Pakistan use, rockets or drones?", false, "", "doesn't say"},
		// Paraphrase of news writing; a name's own words are no office.
		{"what did the Jewish state step up?", true, "Reciprocal Air Strikes 2", "bombardment of Gaza"},
		{"how many youngsters died?", true, "Tit-for-tat 3", "Two children"},
		{"what was the Pakistani riposte?", true, "Tit-for-tat 4", "airstrike"},
		{"who is the Islamic Republic's president?", true, "Terrorist Support 4", "Raisi"},
		{"who is Iran's chief envoy?", true, "Lead 3", "Amirabdollahian"},
		// Records a report would name had they been made: it names none.
		{"did the families get compensation from Iran?", false, "", "doesn't say"},
		{"did the two sides agree on joint patrols?", false, "", "doesn't say"},
		{"did they set up a hotline?", false, "", "doesn't say"},
		{"are the families asking for compensation or for the bodies?", true, "Tit-for-tat 9", "The article says"},
		// How someone reacted is answered only by what they did.
		{"How did Jaish al-Adl react to the strike?", false, "", "doesn't say"},
		{"How did Gaza respond?", false, "", "doesn't say"},
		{"how did pakistan respond to iran's strike?", true, "Tit-for-tat 4", "In retaliation"},
		// A date asked for is a day, month or year, not "during his visit".
		{"On what date will the FM meet Kakar?", false, "", "doesn't say"},
		{"when will the FM meet Kakar?", true, "Terrorist Support 3", "during his visit"},
		{"pakistan strike date", false, "", "doesn't say when"},
		// A figure counts the dead of one party's deed; who said a number
		// did not do the deed.
		{"how many children died in pakistan's strike?", false, "", "doesn't say"},
		{"How many children were said by Pakistan to have died?", true, "Tit-for-tat 3", "Two children"},
		// A name said twice ("in Pakistan, Pakistan reported") is no action of its own.
		{"how many kids were killed in pakistan, pakistan reported?", true, "Tit-for-tat 3", "Two children"},
		{"were the labourers killed by jaish al-adl?", false, "", "doesn't say"},
		// What both said is told of both together, not of one of them.
		{"did both iran and pakistan claim they were going after militants?", true, "Reciprocal Air Strikes 1", "both Iran and Pakistan claimed"},
		{"what both pakistan and iran said they targeted?", true, "Reciprocal Air Strikes 1", "terrorists"},
		// The headline asked for is the title, whatever the question says of
		// the story; "reported in the piece" is a frame.
		{"what's the title of the story about Jilani?", true, "Title 1", "Iranian Foreign Minister Visits Pakistan"},
		{"which country is hosting the minister, as reported in the piece?", true, "Lead 1", "visits Pakistan"},
		// "Refuse to" asks of the deed refused; an option may be "its" place.
		{"did pakistan refuse to retaliate?", true, "Tit-for-tat 4", "The article says"},
		// Of two options, a passage that names both does not choose.
		{"is jilani pakistani or iranian?", true, "Lead 3", "Pakistani counterpart"},
		{"did he specify the countries?", true, "Terrorist Support 1", "specific details"},
		{"which country fired first?", true, "Tit-for-tat 4", "Iran targeted"},
		// Courtesy, "folks" and "fields" are no content; "a group of
		// nations" asks for nations; idioms of several Englishes.
		{"kindly tell me who jilani is", true, "Lead 3", "Pakistani counterpart"},
		{"which group of countries accuses iran?", true, "Terrorist Support 2", "Western nations"},
		{"what were folks afraid of?", true, "Tit-for-tat 5", "Concerns rose"},
		{"what armed outfit did iran hit?", true, "Tit-for-tat 2", "Jaish al-Adl"},
		{"why did they cool things off so fast?", true, "Reciprocal Air Strikes 3", "full-scale conflict"},
		// An adverb the article lacks is not what is asked about.
		{"why did they rush to calm the situation?", true, "Reciprocal Air Strikes 3", "full-scale conflict"},
		{"what did both sides explicitly agree on about terrorism?", true, "Source of Stability 3", "menace of terrorism"},
		{"what is the article mainly about?", true, "Title 1", "Iranian Foreign Minister Visits Pakistan"},
		// "One minister" names no office; Iran is charged, not in charge.
		{"was the pledge made by one minister or by both?", true, "Source of Stability 3", "The article says"},
		{"what is iran charged with?", true, "Terrorist Support 2", "Western nations"},
		// Someone besides the one set aside, and besides him whom "he" means.
		{"who is he meeting besides jilani?", true, "Terrorist Support 3", "Kakar"},
		{"is the fm meeting anyone besides jilani?", true, "Terrorist Support 3", "Kakar"},
		{"who did jilani meet?", true, "Lead 3", "Amirabdollahian"},
		{"Apart from Jilani, who else is the Iranian minister set to meet?", true, "Terrorist Support 3", "Kakar"},
		// Idioms of news and talk.
		{"how did pakistan get even?", true, "Tit-for-tat 4", "In retaliation"},
		{"did iran say sorry for killing the children?", false, "", "doesn't say"},
		{"who broke the news about raisi's visit?", true, "Terrorist Support 4", "announced"},
		// "Called back" is no name asked for; an office of a country is held
		// by someone of that country.
		{"From which capital was Pakistan's ambassador called back?", true, "Tit-for-tat 3", "Tehran"},
		{"Who is Pakistan's president?", false, "", "doesn't mention Pakistan’s president"},
		{"who is iran's president?", true, "Terrorist Support 4", "Raisi"},
		{"what killing is on the agenda?", true, "Tit-for-tat 8", "nine Pakistani labourers"},
		{"did they see eye to eye on terrorism?", true, "Source of Stability 3", "The article says"},
		{"has a date been pencilled in for raisi's trip?", true, "Terrorist Support 4", "yet to be determined"},
		{"did the ministers hold a joint press conference?", false, "", "doesn't say"},
		// An event is of its kind: the recall of an ambassador is diplomatic.
		{"what diplomatic step did pakistan take after iran's strike?", true, "Tit-for-tat 3", "recalled its ambassador"},
		// What is counted ends before a participle and a preposition; to call
		// back is to recall.
		{"what is the minimum number of deaths attributed to pakistan's strike?", true, "Tit-for-tat 4", "At least nine"},
		{"from which capital did pakistan call back its envoy?", true, "Tit-for-tat 3", "Tehran"},
		// A record offered against another the article lacks is still asked
		// for; a claim with "is that the right order?" is checked.
		{"did they agree to patrols or a security mechanism?", false, "", "doesn't say"},
		{"my friend says iran struck first. is that the right order?", true, "Tit-for-tat 4", "The article says"},
		// "Get accused" is a passive: Iran speaks no accusation; "both" may
		// stand before the names after "who did".
		{"does iran get accused of anything?", true, "Terrorist Support 2", "Western nations"},
		{"who did both iran and pakistan say they were attacking?", true, "Reciprocal Air Strikes 1", "terrorists"},
		{"in which fields will they cooperate?", true, "Source of Stability 2", "political and security cooperation"},
		{"how will they deal with terrorism?", true, "Source of Stability 3", "menace of terrorism"},
		{"Did Iran hit a target in Pakistan's Balochistan or in its Khyber Pakhtunkhwa?", true, "Tit-for-tat 2", "Balochistan"},
		// "Yeah" and a letter's closing are no content; calming and easing
		// are de-escalating; "amid" is "amidst"; an attempt is an effort;
		// coming with someone is accompanying them.
		{"Yeah, how many casualties from Pakistan's strike?", true, "Tit-for-tat 4", "At least nine"},
		{"What happened shortly before the talks that made calming the tensions necessary?", true, "Lead 4", "de-escalate"},
		{"Amid what regional situation did the cross-border incidents take place?", true, "Reciprocal Air Strikes 2", "Gaza"},
		{"Is the FM's trip part of a wider attempt?", true, "Tit-for-tat 7", "The article says"},
		{"who else came with amirabdollahian?", false, "", "doesn't say"},
		// "Kis mulk" is "which country" wherever it stands.
		{"Iranian FM ne kis mulk ka visit kiya?", true, "Lead 1", "Pakistan"},
		// A place the article never names, where it names another, is
		// answered with where it says; not when asked as something more,
		// as a month, or as where someone comes from.
		{"Did Iran's strike hit a hideout in Sindh?", true, "Tit-for-tat 2", "doesn't mention Sindh. It says: Iran targeted"},
		{"Did Pakistan recall its ambassador from Kabul?", true, "Tit-for-tat 3", "It says: Pakistan recalled"},
		{"Does the article blame the war in Ukraine for the tensions?", true, "Lead 2", "conflict in Gaza"},
		{"Did Iran also strike Pakistan's Sindh province?", false, "", "doesn't mention Pakistan's Sindh"},
		{"Did the labourers come from Sindh?", false, "", "doesn't mention Sindh"},
		{"Is a strike in Iraq's Erbil mentioned?", false, "", "doesn't mention Iraq's Erbil"},
		// A sentence named by its place is the one cited: the story's first
		// line is the lead's. Persian in Latin letters reads like Urdu.
		{"According to the opening line, why is the minister in Pakistan?", true, "Lead 1", "restore diplomatic relations"},
		{"What does the second sentence of the lead blame for the tensions?", true, "Lead 2", "Gaza"},
		{"what does the first line of the tit-for-tat section say about armed groups?", true, "Tit-for-tat 1", "historically cautious"},
		{"Name of Pakistan's nakhost vazir?", true, "Terrorist Support 3", "Kakar"},
		// Asked who said it, the answer names the source the sentence gives.
		{"who said the talks were in-depth?", true, "Lead 3", "according to Pakistan’s Ministry of Foreign Affairs"},
		{"who called the talks deep?", true, "Lead 3", "according to Pakistan’s Ministry of Foreign Affairs"},
		{"how deep were the talks?", true, "Lead 3", "in-depth talks"},
		// A time the article never gives, where it gives another, is
		// answered with when it says, or that it is yet to be set.
		{"Did the strikes between Iran and Pakistan happen last year?", true, "Tit-for-tat 2", "The article says: January 17"},
		{"Was the Iranian strike in February?", true, "Tit-for-tat 2", "doesn't mention February. It says: January 17"},
		{"Will Raisi visit Pakistan in March?", true, "Terrorist Support 4", "doesn't mention March. It says: Iran’s President Ebrahim Raisi plans to visit Pakistan soon, with the exact date yet to be determined"},
		{"Did Kakar visit Tehran last month?", false, "", "doesn't say"},
		// Asked what work the labourers did, "labourers" says no more than
		// the question; asked the work of nine Pakistanis, it answers.
		{"what job did the killed workers have?", false, "", "doesn't say"},
		{"What was the occupation of the nine Pakistanis who were killed?", true, "Tit-for-tat 8", "labourers"},
		// How people died is the deed someone did that killed them.
		{"how did the nine labourers die?", false, "", "doesn't say"},
		{"how were the two children killed?", true, "Tit-for-tat 3", "after Iran targeted a hideout"},
		// Who "was responsible for killing" them is who killed them.
		{"Who was responsible for killing the nine labourers?", false, "", "doesn't say"},
		// Whose citizens the dead were is said of the labourers, not of
		// the casualties of Pakistan's strike.
		{"What nationality were those who died in Pakistan's airstrike?", false, "", "doesn't say"},
		{"Were the dead of Pakistan's strike Iranian citizens?", false, "", "doesn't say"},
		{"what nationality were the labourers?", true, "Tit-for-tat 8", "Pakistani labourers"},
		{"what nationality is jilani?", true, "Lead 3", "Pakistani counterpart"},
		// A deed the article tells as another party's is not the actor's.
		{"Did Iran withdraw its envoy?", false, "", "doesn't say"},
		{"did pakistan withdraw its envoy?", true, "Tit-for-tat 3", "Pakistan recalled"},
		// Whether some people were killed is answered by a figure of them,
		// of the deed asked about.
		{"Did Iran's strike kill any Jaish al-Adl fighters?", false, "", "doesn't say"},
		{"were any kids killed in pakistan's strike?", false, "", "doesn't say"},
		{"were children killed in iran's strike?", true, "Tit-for-tat 3", "two children killed"},
		{"was anyone killed in iran's strike?", true, "Tit-for-tat 3", "two children killed"},
		// More Urdu words: maqtool (slain), gharwale (family), chahte (want).
		{"maqtool mazdooron ke gharwale kya chahte hain?", true, "Tit-for-tat 9", "return of the victims’ bodies"},
		// Why the trip was made is cited from the sentence about the trip,
		// though another gives an aim of the talks.
		{"Why did the Iranian FM travel to Pakistan?", true, "Lead 1", "restore diplomatic relations"},
		// "South Asian" describes a country, and names none; taking
		// ownership of attacks is claiming them.
		{"Which South Asian country is the Iranian minister visiting?", true, "Lead 1", "Pakistan"},
		{"Did Iran and Pakistan take ownership of the attacks?", true, "Reciprocal Air Strikes 1", "claimed"},
		// "The president of Pakistan" is Pakistan's president.
		{"who is the president of pakistan?", false, "", "doesn't mention Pakistan’s president"},
		{"What did the president of Pakistan say to the visitor?", false, "", "doesn't say"},
		{"who is the caretaker prime minister of pakistan?", true, "Terrorist Support 3", "Kakar"},
		// What the headline "reports" is where, not what.
		{"Does the headline report that Iran's FM is visiting Pakistan?", true, "Title 1", "The article says"},
		// A first name is the first of a name of two words or more, of the
		// person asked about; who died is the dead, counted.
		{"what is raisi's first name?", true, "Terrorist Support 4", "Ebrahim Raisi"},
		{"what's the iranian fm's first name?", false, "", "doesn't say"},
		{"who died in iran's strike, according to pakistan?", true, "Tit-for-tat 3", "two children killed"},
		{"who killed the labourers?", false, "", "doesn't say"},
		// What a reader says of their own reading is no content.
		{"Did Pakistan keep its ambassador in Tehran?", true, "Tit-for-tat 3", "Pakistan recalled"},
		{"When did Kakar become caretaker prime minister?", false, "", "doesn't say"},
		// A body set up is a record a report would name.
		{"Did the ministers create a joint border committee?", false, "", "doesn't say"},
		// A day the article never gives is set against the day it gives,
		// if it gives one for that deed; the day it gives is no stranger.
		{"Was Pakistan's strike carried out on January 18?", false, "", "doesn't mention January 18"},
		{"Did Iran strike on 18 January?", true, "Tit-for-tat 2", "doesn't mention January 18. It says:"},
		{"Did Iran strike Pakistan on January 17?", true, "Tit-for-tat 2", "The article says:"},
		// Asked for specific things the article has no word for, it has none
		// to give; asked for specific ones it names, it answers.
		{"which specific infrastructure schemes were promised for the border areas?", false, "", "doesn't say"},
		{"what specific groups did pakistan target?", true, "Tit-for-tat 4", "Baloch separatist groups"},
		// Which members of a body named only as a whole, the article does
		// not say.
		{"which western governments accuse iran?", false, "", "doesn't say"},
		{"what do western nations accuse tehran of?", true, "Terrorist Support 2", "backing groups"},
		// An office the article never names, asked of someone it does, is
		// answered with what it makes them.
		{"Is Jilani Pakistan's interior minister?", true, "Lead 3", "doesn't mention the interior minister. It says: Jalil Abbas Jilani"},
		{"Is Kakar described as Pakistan's elected president?", true, "Terrorist Support 3", "caretaker Prime Minister"},
		// A passage that names Iran's minister tells of Iran.
		{"Was the in-depth description attributed to Iranian sources?", true, "Lead 3", "according to Pakistan’s Ministry of Foreign Affairs"},
		{"Did Iran's ministry also call the talks in-depth?", false, "", "doesn't say"},
		// Who is set aside may be named by role; "who else is he meeting"
		// asks for the one he meets.
		{"who else is the Iranian FM meeting, besides his counterpart?", true, "Terrorist Support 3", "Kakar"},
		// The deed a question gives its actor is the actor's: Pakistan's
		// strike has no date, though the sentence about Iran's has.
		{"Wasn't Pakistan's retaliatory strike on January 18?", false, "", "doesn't mention January 18"},
		// "How many were X" counts X.
		{"of the 11 casualties how many were soldiers?", false, "", "doesn't say"},
		{"how many were killed in iran's strike?", true, "Tit-for-tat 3", "Two children killed"},
		// "All together" is altogether.
		{"How many died in the attacks all together?", true, "Reciprocal Air Strikes 1", "11 casualties"},
		{"were any kids among the dead in pakistan's strike?", false, "", "doesn't say"},
		// Urdu's "ne" marks the one who acts, whatever stands between.
		{"Iran ne Pakistan me strike kab kiya?", true, "Tit-for-tat 2", "January 17"},
		{"Pakistan ne Iran ke kis ilaqe me strike kiya?", true, "Tit-for-tat 4", "Sistan-Baluchestan"},
		// More Urdu: ki, kia, kaun sa, ek doosre, khud mukhtari, izzat.
		{"Iran ke president ka naam kia hai?", true, "Terrorist Support 4", "Ebrahim Raisi"},
		{"Iran ke mutabiq hideout mein kaun sa group tha?", true, "Tit-for-tat 2", "Jaish al-Adl"},
		{"kya dono ne ek doosre ki khud mukhtari ki izzat ki baat ki?", true, "Source of Stability 2", "sovereignty"},
		// "irn" is chat's Iran, as "pak" is Pakistan.
		{"when did irn strike pak?", true, "Tit-for-tat 2", "January 17"},
		// A labelled claim ("Verify: …") is checked; a labelled question asked.
		{"Verify: Pakistan recalled its ambassador from Kabul.", true, "Tit-for-tat 3", "doesn't mention Kabul. It says:"},
		{"Check: what did Iran target?", true, "Tit-for-tat 2", "hideout"},
		// "The copy" is the article, in a newsroom.
		{"What title does the copy give Kakar?", true, "Terrorist Support 3", "caretaker Prime Minister"},
		// What something is for is why it is; what someone asks for is not.
		{"what's the visit for?", true, "Lead 1", "To restore diplomatic relations"},
		{"what are the families asking for?", true, "Tit-for-tat 9", "return of the victims’ bodies"},
		// Guards, each failing with its rule taken out: a date asked "fixed"
		// is answered by "yet to be determined"; how the report tells of a
		// death is not how it came about; "who is the source of the
		// casualties figure" asks for no dead; "X or did Y…" asks which of
		// two did it. Victims offered as a choice, or in a claim, are read
		// as the choice or the claim.
		{"Raisi's visit to Pakistan is fixed for next month, right?", true, "Terrorist Support 4", "yet to be determined"},
		{"Were two children or two soldiers reported killed by Pakistan?", true, "Tit-for-tat 3", "two children killed"},
		{"Someone said Pakistan reported five children killed. Right?", true, "Tit-for-tat 3", "two children killed"},
		{"how did the report say the labourers died?", true, "Tit-for-tat 8", "killing of nine Pakistani labourers"},
		{"Who is the source of the at least nine casualties figure for Pakistan's strike?", false, "", "doesn't say"},
		{"Did Iran recall Pakistan's ambassador, or did Pakistan recall its own ambassador from Tehran?", true, "Tit-for-tat 3", "recall of its ambassador"},
		// Victims offered as a choice are still victims asked about.
		{"were women or kids killed in pakistan's strike?", false, "", "doesn't say"},
		// A place named before "province", with no "in" before it, is set
		// against the article's too; an office's modifier ("elected") is
		// part of the office asked about.
		{"Did Pakistan's airstrike hit Khuzestan province?", true, "Tit-for-tat 4", "doesn't mention Khuzestan. It says: In retaliation"},
		{"Is Kakar Pakistan's elected president?", true, "Terrorist Support 3", "doesn't mention the elected president"},
		// The ground of a country named after it restates the country, as
		// Persian puts it, with the non-joiner parting "groups" from its
		// ending.
		{"پاکستان ادعا کرد تو خاک ایران چه گروه\u200cهایی رو زده؟", true, "Tit-for-tat 4", "Baloch"},
		{"Iran too khak-e Pakistan dagigan che chizi ro target kard?", true, "Tit-for-tat 2", "hideout"},
		{"what did iran hit on the territory of pakistan?", true, "Tit-for-tat 2", "hideout"},
		// Persian, Urdu and Arabic in their script ask at the end, though
		// the question word is respelled in English.
		{"سفیر ایران در اسلام\u200cآباد کیه؟", false, "", "doesn't say"},
		{"اسامی کارگرهای پاکستانی کشته\u200cشده چیه؟", false, "", "doesn't say"},
		{"وزير الخارجية الإيراني رح يلتقي بمين من الحكومة الباكستانية؟", true, "Terrorist Support 3", "Kakar"},
		// Persian's and Arabic's strike of a country is the country's, and
		// Arabic's verb comes before who struck; Urdu puts the country first.
		{"متى ضربت إيران باكستان؟", true, "Tit-for-tat 2", "January 17"},
		{"الضربة الباكستانية صارت ببلوشستان الباكستانية؟", true, "Tit-for-tat 4", "Sistan-Baluchestan"},
		{"ایرانی حملہ پاکستان کے کس صوبے میں ہوا؟", true, "Tit-for-tat 2", "Balochistan"},
		// A time put to an event whose date the article says is yet to be
		// set is answered by that.
		{"Raisi is going to Pakistan next week, isn't he?", true, "Terrorist Support 4", "yet to be determined"},
		{"Raisi ka visit next week pakka hai na?", true, "Terrorist Support 4", "yet to be determined"},
		{"Will Raisi's visit to Pakistan take place in February?", true, "Terrorist Support 4", "doesn't mention February. It says:"},
		// Urdu asks yes or no with English words among its own, and puts
		// the place before its postposition and the deed last.
		{"Pakistan نے Afghanistan میں strike کی تھی؟", true, "Tit-for-tat 4", "doesn't mention Afghanistan. It says: In retaliation"},
		{"Iran ne Sindh mein attack kiya tha kya?", true, "Tit-for-tat 2", "doesn't mention Sindh"},
		{"کیا Pakistan نے Iran کے Khuzestan میں حملہ کیا تھا؟", true, "Tit-for-tat 4", "doesn't mention Khuzestan"},
		{"کیا رئیسی اگلے ہفتے پاکستان آ رہے ہیں؟", true, "Terrorist Support 4", "yet to be determined"},
		{"ایران کے صدر کا پورا نام کیا ہے؟", true, "Terrorist Support 4", "Ebrahim Raisi"},
		// Names as Bengali writes them.
		{"ইব্রাহিম রাইসি কি পাকিস্তানে যাবেন?", true, "Terrorist Support 4", "Raisi"},
		{"আনোয়ারুল হক কাকার কোন পদে আছেন?", true, "Terrorist Support 3", "Kakar"},
		// Persian's "کی" opening a question is "who", or "when" before the
		// one it asks of.
		{"کی اون کارگرای پاکستانی رو کشت؟", false, "", "doesn't say"},
		{"کی رئیسی میاد پاکستان؟", true, "Terrorist Support 4", "yet to be determined"},
		{"رئیسی الان تو پاکستانه؟", true, "Terrorist Support 4", "Raisi"},
		{"وزير خارجية إيران راح على وين بالزبط؟", true, "Lead 1", "visits Pakistan"},
		{"سكروا المعابر الحدودية بعد الضربات؟", false, "", "doesn't say"},
		// Colloquial Persian.
		{"نخست\u200cوزیر پاکستان اسمش چیه؟", true, "Terrorist Support 3", "Kakar"},
		// Roman Urdu typed without its vowels: "h" is "hai", "k" is "ke",
		// "bta" is "bata".
		{"pak ka caretaker pm kon h naam bta", true, "Terrorist Support 3", "Kakar"},
		{"iran k president ka naam kya diya article me", true, "Terrorist Support 4", "Raisi"},
		{"kitne pakistani labourers mre iran me", true, "Tit-for-tat 8", "Nine Pakistani labourers killed"},
		{"kakar ka pura naam kya h", true, "Terrorist Support 3", "Anwaar-ul-Haq Kakar"},
		// Those a deed befell stand before it in Urdu: who is asked to have
		// died in Pakistan's strike is not who the article says died in Iran's.
		{"pak ki strike me bache ya auratein bhi mre kya", false, "", "doesn't say"},
		{"Pakistan safiresh ro az Tehran farakhoond chon 9 ta kargar koshte shodan?", true, "Tit-for-tat 3", "two children killed"},
		// Set aside, a thing asked of leaves the near equal that tells the
		// most besides it; not when the answer is a person.
		{"besides gaza what else pushed the tension up", true, "Tit-for-tat 1", "internal political pressures"},
		{"Apart from Gaza, what else drove up tensions?", true, "Tit-for-tat 1", "internal political pressures"},
		{"Besides security, what other kind of cooperation did the ministers mention?", true, "Source of Stability 2", "political"},
		{"Besides his counterpart, which Pakistani leader is Amirabdollahian scheduled to see?", true, "Terrorist Support 3", "Kakar"},
		// "Just to double-check" asks nothing of its own.
		{"Is the Pakistani foreign minister's name Jalil Abbas Jilani, just to double-check?", true, "Lead 3", "Jalil Abbas Jilani"},
		// Discourse markers before the word that makes a question one are
		// read away; a name offered for the one the article describes is
		// one it doesn't mention; what is "supposedly" coming is planned.
		{"so was the iranian president Rouhani who's supposedly coming?", true, "Terrorist Support 4", "doesn't mention Rouhani. It says: Iran’s President"},
		{"So, um, is Jilani going to make a return trip to Tehran?", false, "", "doesn't say"},
		{"ok so is the caretaker PM Imran Khan?", true, "Terrorist Support 3", "doesn't mention Imran Khan."},
		{"is Pakistan's prime minister Shehbaz Sharif?", true, "Terrorist Support 3", "doesn't mention Shehbaz Sharif. It says:"},
		// A target the article never names, put to a strike it tells of,
		// is set against what the strike targeted; another strike, or a
		// country struck, is not.
		{"Why did Iran bomb a Pakistani Taliban base in Balochistan?", true, "Tit-for-tat 2", "doesn't mention Pakistani Taliban. It says: Iran targeted"},
		{"did Pakistan target the BLA in Iran?", true, "Tit-for-tat 4", "doesn't mention BLA"},
		{"Did Iran also strike Iraq and Syria around the same time?", false, "", "doesn't mention Iraq"},
		// A place before what happened there ("the Ukraine war", "the
		// Afghan border") is set against where the article puts it.
		{"was it the ukraine war that made the iran-pakistan tensions worse?", true, "Lead 2", "doesn't mention Ukraine. It says:"},
		{"Was the terrorism focus on the Afghan border?", true, "Source of Stability 3", "shared border"},
		{"Were the reciprocal strikes between Iran and Afghanistan?", true, "Lead 4", "doesn't mention Afghanistan"},
		{"will the FM meet Imran Khan?", true, "Terrorist Support 3", "doesn't mention Imran Khan. It says: Iran’s foreign minister is scheduled to meet"},
		{"Amirabdollahian is having talks with Ishaq Dar, am I right?", true, "Lead 3", "doesn't mention Ishaq Dar"},
		{"pakistan ne iran ke strike ke baad UN mein complaint ki kya?", false, "", "doesn't mention UN"},
		{"ইরান কি বাচ্চাদের মৃত্যুর জন্য পাকিস্তানের কাছে sorry বলেছে?", false, "", "doesn't say"},
		// A guess after a wh-question's last comma that names nothing the
		// article does is set against the answer, and none of its words is
		// asked about; a clause in another language, or a word of how it is
		// asked, is no guess.
		{"where in pakistan did iran hit, khyber pakhtunkhwa?", true, "Tit-for-tat 2", "doesn't mention khyber pakhtunkhwa. It says: Iran targeted"},
		{"which group did pakistan hit, kurdish militants?", true, "Tit-for-tat 4", "doesn't mention kurdish militants. It says: In retaliation"},
		{"which group did iran say it was targeting, the TTP?", true, "Tit-for-tat 2", "doesn't mention TTP"},
		{"Wer beschuldigt Tehran, terror groups zu unterstützen?", true, "Terrorist Support 2", "Western nations"},
		{"What do the dead labourers' families want, compensation?", true, "Tit-for-tat 9", "doesn't mention compensation. It says: The families demand"},
		{"Who accuses Tehran of backing groups labelled as terrorists, Gulf states?", true, "Terrorist Support 2", "doesn't mention Gulf states"},
		{"What weapons did Pakistan use in its strike — drones, missiles, or jets?", false, "", "doesn't say"},
		// A question asked with its question word inside, as Urdu does,
		// offers its guess last too.
		{"iran ne balochistan mein kis group ko target kiya tha, TTP?", true, "Tit-for-tat 2", "doesn't mention TTP"},
		{"families kya maang rahi hain, compensation?", true, "Tit-for-tat 9", "doesn't mention compensation"},
		{"which group did Iran say it was going after, the Pakistani Taliban?", true, "Tit-for-tat 2", "doesn't mention Taliban. It says: Iran targeted"},
		{"who said the talks were in-depth, Iranian state TV?", true, "Lead 3", "doesn't mention state TV"},
		{"what did Pakistan's airstrike in Iran call the op, like a codename?", false, "", "doesn't say"},
		// A thing asked for that the article has no word for is beyond it
		// only when asked for as specific: "which militant faction" is the
		// armed group it names.
		{"Which militant faction did Iran say the hideout housed?", true, "Tit-for-tat 2", "Jaish al-Adl"},
		// Who reported a deed is not asked as its doer.
		{"Is it true that Pakistan reported three children killed in Iran's strike?", true, "Tit-for-tat 3", "two children killed"},
		// "The minister" fits two people's roles: no one is set aside.
		{"who else will meet Amirabdollahian besides the minister?", true, "Terrorist Support 3", "Kakar"},
		// Persian in Latin letters: question words, grammar, the story's nouns.
		{"safir-e Pakistan az koja farakhande shod?", true, "Tit-for-tat 3", "Tehran"},
		{"chand kargar koshte shodand?", true, "Tit-for-tat 8", "Nine"},
		{"ra'is-jomhur-e Iran kist?", true, "Terrorist Support 4", "Raisi"},
		{"Jilani che semat darad?", true, "Lead 3", "Jilani"},
		{"hadaf-e safar-e vazir chist?", true, "Lead 1", "restore diplomatic relations"},
		// Urdu: "sahi hai?" asks whether a claim is right.
		{"Jilani Pakistan ke foreign minister hain, sahi?", true, "Lead 3", "Jilani"},
		// A place struck is set against where the article puts the strike.
		{"did Iran bomb Quetta?", true, "Tit-for-tat 2", "doesn't mention Quetta"},
		// Urdu asks yes or no with a closing "na".
		{"Pakistan ne ambassador Tehran se wapas bulaya tha na?", true, "Tit-for-tat 3", "The article says"},
		// A question wrapped in a request, after what the reader says of themselves.
		{"I follow these things closely; would you remind me who Pakistan's caretaker prime minister is?", true, "Terrorist Support 3", "Kakar"},
		{"My memory is poor, so could you tell me roughly when Iran struck?", true, "Tit-for-tat 2", "January 17"},
		{"I'd love to know, if you could spare a moment, who Kakar is?", true, "Terrorist Support 3", "caretaker Prime Minister"},
		{"Dear Editor, I should like to ask whether the ministers pledged economic help for the affected regions.", true, "Source of Stability 4", "The article says"},
		// "Name as" is to cite as, not to ask a name.
		{"what did the ministers name as crucial for regional stability?", true, "Source of Stability 1", "relations"},
		// What is counted ends where a new noun phrase begins.
		{"how many casualties the strikes on terrorists in the border regions caused?", true, "Reciprocal Air Strikes 1", "11"},
		// A quiz's lettered choices are choices.
		{"Iran's strike hit: A) Sindh B) Balochistan C) Punjab?", true, "Tit-for-tat 2", "Balochistan"},
		{"The families want: (a) compensation (b) the victims' bodies (c) an apology", true, "Tit-for-tat 9", "bodies"},
		// A headline label says where the answer is.
		{"Title: Iranian Foreign Minister Visits ____", true, "Title 1", "Pakistan"},
		// Asked for a date, the article's "yet to be determined" is silence;
		// asked of the date, it is the answer.
		{"date of raisi's trip?", true, "Terrorist Support 4", "yet to be determined"},
		{"on what date is Raisi due in Pakistan?", false, "", "doesn't say"},
		// A terse question that opens with a kind of place asks where.
		{"province struck by Pakistan's airstrike?", true, "Tit-for-tat 4", "Sistan-Baluchestan"},
		// Whom a person leads ties them to a country.
		{"Raisi governs which country?", true, "Terrorist Support 4", "Iran"},
		// "As your report has it" says where the answer is; the report is the article.
		{"Where did Pakistan's strike hit, as your report has it?", true, "Tit-for-tat 4", "Sistan-Baluchestan"},
		{"which group was in the hideout, as the correspondent reported it?", true, "Tit-for-tat 2", "Jaish al-Adl"},
		// A guess after the question is one of its choices.
		{"which armed group did Iran say was hiding there, jaish al adl?", true, "Tit-for-tat 2", "Jaish al-Adl"},
		// A reason asked of a deed put where the article does not put it is
		// told with where it does.
		{"Why did Pakistan strike Kandahar?", true, "Tit-for-tat 4", "doesn't mention Kandahar. It says"},
		// Words that open speech come before the question word.
		{"um, so how did Israel respond to the strikes?", false, "", "doesn't say"},
		// Responsibility is no response, though the stemmer joins them.
		{"Did Iran take responsibility for its strike?", true, "Tit-for-tat 2", "Iran targeted"},
		// Words the stemmer joins to a thesaurus word they do not mean:
		// a representative is an envoy, not "represents"; international is not internal.
		{"did the two countries send their representatives back?", true, "Tit-for-tat 6", "reinstating ambassadors"},
		{"were international organisations consulted?", false, "", "doesn't say"},
		// "Anti-Iran" is against Iran: an enemy, opposed to it.
		{"jaish al-adl is the enemy of which country?", true, "Tit-for-tat 2", "anti-Iran"},
		// "X is said to be…" reports; X does not speak.
		{"what is Jaish al-Adl said to be?", true, "Tit-for-tat 2", "anti-Iran armed group"},
		// A statement asked is a yes-no question.
		{"Jilani met Raisi already?", false, "", "doesn't say"},
		{"Raisi visited Pakistan already?", false, "", "doesn't say that happened"},
		{"Raisi visit to Pakistan is planned for soon or for next year?", true, "Terrorist Support 4", "soon"}, // offering choices, it asks which
		{"Iran also reinstated its ambassador?", true, "Tit-for-tat 6", "The article says"},
		// Asked whose minister someone is, the office restates the person.
		{"Amirabdollahian is foreign minister of which country?", true, "Lead 1", "Iran"},
		// A head of state is a person, not a state.
		{"name the Iranian head of state and the Pakistani head of government", true, "Terrorist Support 3", "Kakar"},
		// Where a place belongs: "part of", "belong to".
		{"is Sistan-Baluchestan part of Pakistan?", true, "Tit-for-tat 4", "Iran’s Sistan-Baluchestan"},
		{"Balochistan belongs to which country?", true, "Tit-for-tat 2", "Pakistan’s Balochistan"},
		// A name asked of one described is given by their card.
		{"what's the name of the Iranian foreign minister on this trip?", true, "Lead 3", "Amirabdollahian"},
		// A negated tag ("didn't it?") asks whether the claim holds; "back in
		// December" is a time past, not a return.
		{"the Iranian strike was back in February, wasn't it?", true, "Tit-for-tat 2", "doesn't mention February. It says"},
		// The goal of a trip is its reason, cited where the first reason is given.
		{"What's the stated objective of the foreign minister's journey?", true, "Lead 1", "restore diplomatic relations"},
		// Denying, confirming and admitting are speech: only what the one
		// asked about is reported to say answers.
		{"Did Jaish al-Adl confirm or deny the hideout was theirs?", false, "", "doesn't say"},
		{"Did Iran admit the children died?", false, "", "doesn't say"},
		// What happened before the story it never tells; the order of its own events it does.
		{"is this the first time Jilani has met Amirabdollahian?", false, "", "doesn't say"},
		{"Has Amirabdollahian been to Pakistan before?", false, "", "doesn't say"},
		{"was Iran's the first strike?", true, "Tit-for-tat 4", "Iran targeted"},
		// Records a report would name had they been made: projects, an
		// agenda, a crossing, an inquiry. "On the agenda" is to be discussed.
		{"what development projects were announced for the border areas?", false, "", "doesn't say"},
		{"whats on raisi's agenda for the trip", false, "", "doesn't say"},
		{"raisi trip agenda?", false, "", "doesn't say"},
		{"has an investigation into the labourers' killing begun?", false, "", "doesn't say"},
		{"are the labourers' deaths on the agenda?", true, "Tit-for-tat 8", "The article says"},
		// How the public took the events the article never tells.
		{"what was the public reaction in Iran?", false, "", "doesn't say"},
		{"how did locals in Balochistan feel about the strike?", false, "", "doesn't say"},
		// A danger is a risk; "what drove…" asks why.
		{"What danger spurred them to de-escalate?", true, "Reciprocal Air Strikes 3", "full-scale conflict"},
		{"what spurred the de-escalation?", true, "Reciprocal Air Strikes 3", "full-scale conflict"},
		// A nationality the article never gives is set against the one it does.
		{"were the nine labourers Indian nationals?", true, "Tit-for-tat 8", "doesn't mention Indian. It says"},
		{"was Saravan the town where the labourers died?", false, "", "doesn't mention Saravan"},
		// "The lead" locates the answer; it asks for no leader.
		{"who does the lead say Amirabdollahian's Pakistani counterpart is?", true, "Lead 3", "Jalil Abbas Jilani"},
		// Urdu "pehle" asks who came first; after "ya" it is "earlier".
		{"pehle strike kis ne ki thi?", true, "Tit-for-tat 4", "Iran"},
		{"strikes kab hue, is mahine ya pehle?", true, "Lead 4", "earlier this month"},
		// A kind noun inside a name asks for no kind: "Western countries" are named.
		{"what western countries blame iran for", true, "Terrorist Support 2", "backing groups"},
		// Asked whose a place is, its kind restates the place.
		{"Balochistan is a region in which country?", true, "Tit-for-tat 2", "Pakistan’s Balochistan"},
		// Asked whether something was part of a plan, the plan answers.
		{"was a meeting with Kakar on the minister's itinerary?", true, "Terrorist Support 3", "The article says"},
		{"who is the head of the government in Pakistan?", true, "Terrorist Support 3", "Kakar"},
		// "Anywhere" is no content; "anywhere else" asks beyond the article.
		{"is Gaza mentioned anywhere in the piece?", true, "Lead 2", "The article says"},
		{"did iran hit anywhere else the same week, say in Syria?", false, "", "doesn't mention Syria"},
		// A country's jets restate the country; asked what aircraft it used, the article is silent.
		{"where did Iran's warplanes strike?", true, "Tit-for-tat 2", "Balochistan"},
		{"what aircraft did Pakistan use?", false, "", "doesn't say"},
		// Arabic question words in Latin letters; "kam" and "man" only where
		// they open a question, since elsewhere they are Urdu "less" and English "man".
		{"wain did Pakistan strike?", true, "Tit-for-tat 4", "Sistan-Baluchestan"},
		{"mata did Iran hit the hideout?", true, "Tit-for-tat 2", "January 17"},
		{"kam children died in Iran's strike?", true, "Tit-for-tat 3", "Two children"},
		{"man reported the children's deaths?", true, "Tit-for-tat 3", "Pakistan"},
		{"Pakistan ki strike mein kam az kam kitne log mare?", true, "Tit-for-tat 4", "at least nine"},
		{"kam az kam Raisi Pakistan aa rahe hain na?", true, "Terrorist Support 4", "plans to visit Pakistan"},
		// Terse queries: "X killed by whom" asks who killed X; "X ages" asks how old.
		{"nine labourers killed by whom?", false, "", "doesn't say"},
		{"kids ages", false, "", "doesn't say"},
		{"man is the president of Iran?", true, "Terrorist Support 4", "Raisi"},
		{"man, is it true that Iran struck first?", true, "Tit-for-tat 4", "The article says"},
		// A remark after a chat question, about the one asking, is no part of it.
		{"who is kakar i dont know him", true, "Terrorist Support 3", "caretaker Prime Minister"},
		{"whats the pakistani fm called, jil somethin", true, "Lead 3", "Jalil Abbas Jilani"},
		// "One" standing for a noun is no number.
		{"is pakistan's PM a caretaker one or an elected one?", true, "Terrorist Support 3", "caretaker Prime Minister"},
		// What the reader says of themselves before a semicolon is background to
		// a question that stands alone; not to one that refers back to it.
		{"I always thought Pakistan hit first; did Iran strike before Pakistan did?", true, "Tit-for-tat 2", "The article says"},
		{"I keep mixing up Pakistan's leaders; who is the country's caretaker prime minister?", true, "Terrorist Support 3", "Kakar"},
		{"Pakistan struck inside Iran; which province was hit?", true, "Tit-for-tat 4", "Sistan-Baluchestan"}, // not of the one asking: no background
		// A claim, then a request of what the article says, is a claim to check.
		{"My cousin says Iran named the countries backing the terrorists. Is that true? I would like to know what the article says about it.", true, "Terrorist Support 1", "The article says"},
		// Arabic "hal" asks whether.
		{"hal Raisi will meet Kakar?", false, "", "doesn't say"},
		// "What amount of" counts what follows it.
		{"what amount of funding went to the affected regions?", false, "", "doesn't say"},
		// A presenter's lead-in is no part of the question; a figure "reported"
		// passively has no reporter asked about; "tonight's story" is the article.
		{"For viewers just joining us, who is Pakistan's caretaker prime minister?", true, "Terrorist Support 3", "Kakar"},
		{"how many people were reported dead in Pakistan's strike?", true, "Tit-for-tat 4", "At least nine"},
		{"who is the Iranian president in tonight's story?", true, "Terrorist Support 4", "Raisi"},
		// A date "decided" is a date determined.
		{"has the date of Raisi's trip been decided?", true, "Terrorist Support 4", "yet to be determined"},
		// To call someone back is to recall them.
		{"did Pakistan call its envoy back from Tehran?", true, "Tit-for-tat 3", "recalled its ambassador"},
		// "Following" the strikes places the question in time; it is no
		// content for Lead 4 ("following recent reciprocal air strikes") to cover.
		{"Were ambassadors reinstated following the exchange of strikes?", true, "Tit-for-tat 6", "reinstating ambassadors"},
		// "Who is the Pakistani official…" asks for a person, as "which official" does.
		{"Who is the Pakistani official described as Amirabdollahian's counterpart?", true, "Lead 3", "Jilani"},
		// Roman Urdu: "yr" is a friend addressed, "kon sa" is which, "mil kar" jointly.
		{"Iran ke foreign minister ka naam kia hai yr?", true, "Lead 3", "Amirabdollahian"},
		{"Iran ke mutabiq hideout me kon sa group tha?", true, "Tit-for-tat 2", "Jaish al-Adl"},
		{"Iran aur Pakistan ne mil kar kia decide kiya?", true, "Tit-for-tat 6", "jointly decided"},
		// "Who…, which ministry?" is answered by the sentence naming a ministry,
		// wherever it stands: "according to Pakistan's Ministry of Foreign Affairs".
		{"who spoke of in-depth talks, which ministry?", true, "Lead 3", "Ministry of Foreign Affairs"},
		// Turkish spellings of the names are aliases: Cilani, Emirabdullahiyan, Gazze.
		{"Celil Abbas Cilani in this visit is whose counterpart?", true, "Lead 3", "Amirabdollahian"},
		{"Bombardment of Gazze escalated by which country, article say?", true, "Reciprocal Air Strikes 2", "Israel"},
		// Of two words offered, the one the article never uses asks nothing of
		// it: the other answers.
		{"Is Anwaar-ul-Haq Kakar an elected or a caretaker prime minister?", true, "Terrorist Support 3", "caretaker"},
		{"is kakar a caretaker pm or a regular one", true, "Terrorist Support 3", "caretaker"},
		// A statement asked with a question mark is the question it makes.
		{"Anwaar-ul-Haq Kakar is foreign minister of Pakistan?", true, "Terrorist Support 3", "caretaker Prime Minister"},
		// "Was it Pakistan's foreign minister who travelled to Iran?": the
		// visit, told as Amirabdollahian's, answers, not what names Jilani.
		{"Was it Pakistan's foreign minister who travelled to Iran?", true, "Lead 1", "Amirabdollahian visits Pakistan"},
		// "Two country" is the story's two countries, in a learner's English.
		{"Reciprocal air strikes between two country happened when?", true, "Lead 4", "earlier this month"},
		// Urdu "naam" asks for a name as "name" does; "barh gayin" is rose.
		{"Iranian strike mein mare jane wale bachon ke naam kya the?", false, "", "doesn't say"},
		{"Strikes ke baad kis baat ki concerns barh gayin thin?", true, "Tit-for-tat 5", "Concerns rose"},
		// "Who is alleged to have killed…" asks who killed, which the article never says.
		{"Who is alleged to have killed the nine Pakistani labourers?", false, "", "doesn't say"},
		// A possessive without its apostrophe is still the name's: "pakistans strike".
		{"how many children died in pakistans strike on iran", false, "", "doesn't say"},
		{"What kind of work did the nine Pakistanis killed in Sistan-Baluchestan do?", true, "Tit-for-tat 8", "labourers"},
		// What is counted is read past a speaker's pauses and spelling, and ends
		// at a verb of result.
		{"How many casulties from the Attacks in the border regions", true, "Reciprocal Air Strikes 1", "11"},
		{"How many casualty result from attacks in border regions?", true, "Reciprocal Air Strikes 1", "11"},
		{"so how many, um, how many Pakistani labourers were killed?", true, "Tit-for-tat 8", "Nine"},
		// Polite and formal Urdu: forms of address read away, "ilzam lagati" is
		// accuse; "UN" stays the United Nations, not Urdu "un" (those).
		{"Janab, Western nations Tehran par kis baat ka ilzam lagati hain?", true, "Terrorist Support 2", "accuse Tehran"},
		{"Sahib, Iran ke hamle ke baad Pakistan ne Tehran mein tayinaat apne ambassador ke saath kya kiya?", true, "Tit-for-tat 3", "recall"},
		{"UN ne is tension mein mediate kiya tha kya?", false, "", "doesn't say"},
		{"Janab, hamlon se mutasira ilaqon ke liye dono mulkon ne kya wada kiya hai?", true, "Source of Stability 4", "economic development"},
		// Urdu "wapas" is returned, not backing; "jaani nuqsan" is casualties; "ki umar" asks how old.
		{"Ambassadors wapas apni posts pe gaye ya nahi?", true, "Tit-for-tat 6", "reinstating ambassadors"},
		{"Iran ki strike ke baad Pakistan ne jaani nuqsan kya report kiya?", true, "Tit-for-tat 3", "two children"},
		{"Iranian strike mein mare bachon ki umar kya thi?", false, "", "doesn't say"},
		// A line pointed to and nothing else asked is answered by that line;
		// words that make up a headline compose it, they do not reconcile.
		{"Quote the opening line of the lead.", true, "Lead 1", "Restore Diplomatic Relations"},
		{"Quote the article's opening lead line.", true, "Lead 1", "Restore Diplomatic Relations"},
		{"What exact words make up the article's headline?", true, "Title 1", "Visits Pakistan"},
		{"How does the article phrase the status of the date for Raisi's visit?", true, "Terrorist Support 4", "yet to be determined"},
		// A question that asks nothing of its own asks of what was said before it.
		{"The article mentions nine Pakistanis who died in Iran. What was their occupation, according to the article?", true, "Tit-for-tat 8", "labourers"},
		{"Quick one for my Baba jaan: what is the title of this khabar?", true, "Title 1", "Visits Pakistan"},
		// "Who did it say it was going after?": the pronoun is the party named
		// before, and the one asked for is what it went after. Something that
		// "comes up in the article" is mentioned there.
		{"When Pakistan hit back, who did it say it was going after?", true, "Tit-for-tat 4", "Baloch separatist"},
		{"Does Israel come up in the article at all?", true, "Reciprocal Air Strikes 2", "Israel"},
		// What is "written" in the article is what it says (Urdu "likha" is written).
		{"Iran ke president ka naam kya likha hai khabar mein?", true, "Terrorist Support 4", "Raisi"},
		{"Why might the region be worried about this quarrel turning into something bigger?", true, "Reciprocal Air Strikes 3", "full-scale conflict"},
		{"Against what regional backdrop did the incidents take place, according to the article?", true, "Reciprocal Air Strikes 2", "Gaza"},
		{"Do we learn the name of Pakistan's foreign minister?", true, "Lead 3", "Jilani"},
		{"Tell me what actions Pakistan took after Iran's strike on its territory.", true, "Tit-for-tat 4", "airstrike"},
		{"How does the article describe Jaish al-Adl's orientation?", true, "Tit-for-tat 2", "anti-Iran"},
		// "Swift" is "swiftly", "imminent" is "soon".
		{"Both countries moved slow or swift for the de-escalation?", true, "Tit-for-tat 6", "jointly decided"},
		{"Is the Iranian president's trip to Pakistan described as imminent or distant?", true, "Terrorist Support 4", "soon"},
		// Words of terrain are one: "a flat desert plain" is answered by "the
		// mountainous region".
		{"Isn't the border area where the strikes took place a flat desert plain?", true, "Source of Stability 3", "mountainous"},
		// "Iran and Pakistan", subject of a question, act together: what both
		// claimed, not what Iran alone did; "between Iran and Pakistan" is no subject.
		{"What Iran and Pakistan claim they attacked?", true, "Reciprocal Air Strikes 1", "terrorists"},
		{"Did both Iran and Pakistan characterise their strikes as attacks on terrorists?", true, "Reciprocal Air Strikes 1", "terrorists"},
		// What a deed is "meant to" do is its purpose, cited where the purpose is given.
		{"What was the Iranian foreign minister hoping to restore by going to Pakistan?", true, "Lead 1", "restore diplomatic relations"},
		// Of a fact's sentences, the one with the question's rarest word goes first.
		{"what the FM visit signifies?", true, "Tit-for-tat 7", "visits Pakistan"},
		// Bangla question words in Latin letters: "kobe" is when.
		{"Iran er strike kobe hoyechilo?", true, "Tit-for-tat 2", "January 17"},
		{"koto jon Pakistani labourer mara gese Iran e?", true, "Tit-for-tat 8", "Nine"},
		// A month asked about is content, not the modal "may".
		{"did Iran strike in May?", true, "Tit-for-tat 2", "doesn't mention May"},
		// Chat's spellings are read before what is asked ("wen" is when),
		// and a word written without its vowels is the article's word.
		{"wen did iran strike pakistan", true, "Tit-for-tat 2", "January 17"},
		{"wch provnce did pakistan hit", true, "Tit-for-tat 4", "Sistan-Baluchestan"},
		{"hw mny kids wr killd", true, "Tit-for-tat 3", "Two children"},
		{"did thy bring the envoys bak", true, "Tit-for-tat 6", "reinstating ambassadors"},
		// Urdu and Persian in their own script; "کیا" last is "kiya", did.
		{"کتنے بچے ہلاک ہوئے؟", true, "Tit-for-tat 3", "Two children"},
		{"ایران نے حملہ کب کیا؟", true, "Tit-for-tat 2", "January 17. Iran"}, // when, not whether
		{"چند کودک کشته شدند؟", true, "Tit-for-tat 3", "Two children"},
		{"وزیر امور خارجه پاکستان کیست؟", true, "Lead 3", "Jalil Abbas Jilani"},
		{"آیا تلفات ۱۱ نفر بود؟", true, "Reciprocal Air Strikes 1", "11 casualties"},
		{"ايران كجا را زد؟", true, "Tit-for-tat 2", "Balochistan"}, // Arabic's "ي" and "ك"
		// Hindi in Devanagari, and Arabic; Arabic's "من" first is who.
		{"कितने बच्चे मारे गए?", true, "Tit-for-tat 3", "Two children"},
		{"ईरान के विदेश मंत्री कौन हैं?", true, "Lead 3", "Amirabdollahian"},
		{"كم طفلا قتل؟", true, "Tit-for-tat 3", "Two children"},
		{"من هو وزير خارجية باكستان؟", true, "Lead 3", "Jalil Abbas Jilani"},
		{"هل قدمت إيران اعتذارا عن مقتل الطفلين؟", false, "", "doesn't say"}, // an apology the article never tells of
		// Italian speakers' false friends and word order.
		{"Who is the minister of the exteriors of Pakistan?", true, "Lead 3", "Jalil Abbas Jilani"},
		{"Which preoccupation rose after Pakistan retaliated?", true, "Tit-for-tat 5", "Concerns rose"},
		// A quip asked first, then the question; but "did it…" asks of what came before.
		{"Cities or the countryside? In what kind of area did the attacks happen?", true, "Reciprocal Air Strikes 1", "border regions"},
		{"Tea and biscuits or real business? Who did the Iranian foreign minister hold talks with?", true, "Lead 3", "Jalil Abbas Jilani"},
		{"Body count from Pakistan's strike, anyone? How many casualties did it cause?", true, "Tit-for-tat 4", "nine"},
		// Taglish: Tagalog's question words and grammar.
		{"Ilan ang namatay sa strike ng Iran?", true, "Tit-for-tat 3", "Two children"},
		{"Kailan umatake ang Iran?", true, "Tit-for-tat 2", "January 17"},
		{"saang bansa pumunta ang foreign minister ng Iran?", true, "Lead 1", "visits Pakistan"},
		// Swahili question words and the story's words in Swahili.
		{"Watoto wangapi waliuawa?", true, "Tit-for-tat 3", "Two children"},
		{"Iran ilishambulia wapi?", true, "Tit-for-tat 2", "Balochistan"},
		{"Nani ni Rais wa Iran?", true, "Terrorist Support 4", "Ebrahim Raisi: Iran’s President"},
		// Commands that ask: "find out who…", "show me where…".
		{"Find out who Pakistan's caretaker PM is.", true, "Terrorist Support 3", "Anwaar-ul-Haq Kakar"},
		{"Show me where Iran struck.", true, "Tit-for-tat 2", "Balochistan"},
		// A place set aside asks for another place, where the one asked about acted.
		{"Besides Balochistan, which province was struck?", true, "Tit-for-tat 4", "Sistan-Baluchestan"},
		{"Besides Sistan-Baluchestan, where else did Pakistan strike?", false, "", "doesn't say"},
		{"Besides Pakistan, where else did strikes land?", true, "Tit-for-tat 4", "Sistan-Baluchestan"},
		// A name of several words before "or" is offered as a choice.
		{"Which group did Pakistan hit, Jaish al-Adl or the Baloch separatists?", true, "Tit-for-tat 4", "Baloch separatist"},
		{"Did Iran strike Jaish al-Adl or Hezbollah?", true, "Tit-for-tat 2", "Jaish al-Adl"},
		{"Did Iran target a hideout near the border or Quetta?", false, "", "doesn't mention Quetta"}, // Iran is too far from "or" to be offered
		// A question word left where the answer would stand asks as it would first.
		{"Air strikes between Tehran and Islamabad happened when?", true, "Lead 4", "earlier this month"}, // both strikes, as the lead puts them
		{"the iranian fm went to pakistan why?", true, "Lead 1", "To restore"},
		{"the iranian fm went where?", true, "Lead 1", "visits Pakistan"},
		// "According to lead", without "the", names the lead.
		{"When did the reciprocal strikes happen, according to lead?", true, "Lead 4", "earlier this month"},
		{"When did the reciprocal strikes happen, per lead?", true, "Lead 4", "earlier this month"},
		// "What followed…" and "what came after…" ask what happened after.
		{"What followed Pakistan's retaliation?", true, "Tit-for-tat 6", "de-escalate"},
		{"What came after Pakistan hit back?", true, "Tit-for-tat 6", "de-escalate"},
		{"What follows the strikes?", true, "Tit-for-tat 6", "de-escalate"},
		// Russian spellings of the names are aliases.
		{"who is Dzhilani?", true, "Lead 3", "Jalil Abbas Jilani"},
		// A name the thesaurus spells out, with a possessive "s" and no apostrophe.
		{"who is paks caretaker PM", true, "Terrorist Support 3", "Anwaar-ul-Haq Kakar"},
		// Pidgin's words, and the friend a question is put to.
		{"how many children dem kill for Balochistan?", true, "Tit-for-tat 3", "Two children"},
		{"My friend, who is Amirabdollahian?", true, "Lead 3", "Iran’s foreign minister"},
		{"My friend, who reads the news daily, wants to know when Iran struck.", true, "Tit-for-tat 2", "January 17."},
		{"My grandfather who reads the paper every morning in the village, who is Jilani?", true, "Lead 3", "Jalil Abbas Jilani"},
		{"My aunt says Iran struck Sindh, not Balochistan. Is that right?", true, "Tit-for-tat 2", "doesn't mention Sindh"}, // a claim, not an address
		// A half-remembered name is the one name it starts.
		{"the pakistani minister, jil-something, who did he talk with?", true, "Lead 3", "Amirabdollahian"},
		// "Identify" asks for a name, as "name" does.
		{"identify the group Iran said it hit", true, "Tit-for-tat 2", "Jaish al-Adl"},
		{"Identify Iran's president.", true, "Terrorist Support 4", "Raisi"},
		// A person's country is asked by the country they serve.
		{"Which nation does Amirabdollahian represent?", true, "Lead 1", "Iran"},
		{"jilani serves which country", true, "Lead 3", "Pakistani"},
		// Named in a part of the story is mentioned there; the headline is its title.
		{"what countries are named in the title?", true, "Title 1", "Pakistan"},
		{"Per the headline, where is Iran's top diplomat going?", true, "Title 1", "Pakistan"},
		// A day of the month written as an ordinal is that day.
		{"Was Iran's strike on the seventeenth or the eighteenth of January?", true, "Tit-for-tat 2", "January 17"},
		// A day the article never gives is strange as a name it never uses.
		{"what happened on the 18th of january", false, "", "doesn't mention January 18"},
		{"How many died on January 20?", false, "", "doesn't mention January 20"},
		{"Iran struck Balochistan on January 20, correct or not?", true, "Tit-for-tat 2", "Balochistan"},
		// Where a visit goes is not who acts: "the trip to Islamabad meant to…".
		{"What is the Iranian foreign minister's journey to Islamabad meant to mend?", true, "Lead 1", "restore diplomatic relations"},
		// French and Spanish: their question words, grammar and the story's words.
		{"Combien d'enfants ont été tués?", true, "Tit-for-tat 3", "Two children"},
		{"Comment s'appelle le ministre des affaires étrangères du Pakistan?", true, "Lead 3", "Jilani"},
		{"Pourquoi le Pakistan a-t-il frappé l'Iran?", true, "Tit-for-tat 4", "retaliation"},
		{"Quién es el primer ministro de Pakistán?", true, "Terrorist Support 3", "Kakar"},
		{"Cuándo atacó Irán?", true, "Tit-for-tat 2", "January 17"},
		{"Cuántos miembros de Jaish al-Adl murieron?", false, "", "doesn't say"},
		// German, Turkish (by the stems its endings pile on) and Portuguese.
		{"Wie viele Kinder wurden getötet?", true, "Tit-for-tat 3", "Two children"},
		{"Was fordern die Familien der Opfer?", true, "Tit-for-tat 9", "bodies"},
		{"Iran'ın saldırısında kaç çocuk öldü?", true, "Tit-for-tat 3", "Two children"},
		{"Pakistan büyükelçisini nereden geri çağırdı?", true, "Tit-for-tat 3", "Tehran"},
		// "Which section mentions…" asks for the passage, not for casualties of a kind.
		{"Which section mentions 11 casualties?", true, "Reciprocal Air Strikes 1", "11 casualties"},
		// A letter held when shouting, and words run together.
		{"WHOOO is jilaniii??", true, "Lead 3", "Jalil Abbas Jilani"},
		{"howmany kids died inthe iranian strike", true, "Tit-for-tat 3", "Two children"},
		// "The name of the group…" asks for a group, as "which group…" does.
		{"What is the name of the group Iran said was housed in the hideout?", true, "Tit-for-tat 2", "Jaish al-Adl"},
		// Two of the article's words run together are the two words.
		{"who is pakistans foreignminister", true, "Lead 3", "Jalil Abbas Jilani"},
		// A flag emoji is its country's name, unless it only ends the question.
		{"did 🇵🇰 strike 🇮🇷?", true, "Tit-for-tat 4", "Pakistan launched an airstrike"},
		{"how did 🇺🇸 react to the strikes?", false, "", "doesn't mention United States"},
		// Russian in Cyrillic, read by its stems ("Белуджистану" is Balochistan),
		// its "ли" asking yes or no, and its "по" a strike's target, not an agent.
		{"Сколько детей погибло?", true, "Tit-for-tat 3", "Two children"},
		{"Кто такой Джилани?", true, "Lead 3", "Jalil Abbas Jilani"},
		{"Отозвал ли Пакистан своего посла?", true, "Tit-for-tat 3", "recalled its ambassador"},
		{"Когда Иран нанёс удар по Белуджистану?", true, "Tit-for-tat 2", "January 17"},
		// Italian.
		{"Quanti bambini sono morti?", true, "Tit-for-tat 3", "Two children"},
		{"Quando Raisi andrà in Pakistan?", true, "Terrorist Support 4", "yet to be determined"},
		// Korean and Bengali in their scripts, by their stems; Bengali's "কি"
		// after the subject asks yes or no.
		{"아이들이 몇 명 죽었나요?", true, "Tit-for-tat 3", "Two children"},
		{"질라니는 누구인가요?", true, "Lead 3", "Jalil Abbas Jilani"},
		{"কতজন শিশু মারা গেছে?", true, "Tit-for-tat 3", "Two children"},
		{"পাকিস্তান কি তার রাষ্ট্রদূত প্রত্যাহার করেছে?", true, "Tit-for-tat 3", "recalled its ambassador"},
		// Chinese, found word by word in a question without spaces, the
		// longest first; "吗" last asks yes or no.
		{"有多少儿童死亡？", true, "Tit-for-tat 3", "Two children"},
		{"吉拉尼是谁？", true, "Lead 3", "Jalil Abbas Jilani"},
		{"巴基斯坦召回大使了吗？", true, "Tit-for-tat 3", "recalled its ambassador"},
		{"谁杀害了九名巴基斯坦工人？", false, "", "doesn't say"},
		// Japanese in kanji and kana, found word by word as Chinese is.
		{"子供は何人死亡しましたか？", true, "Tit-for-tat 3", "Two children"},
		{"ジラニとは誰ですか？", true, "Lead 3", "Jalil Abbas Jilani"},
		// Dutch, whose "wie" asks who, where German's asks how.
		{"Wie is de Pakistaanse minister van Buitenlandse Zaken eigenlijk?", true, "Lead 3", "Jilani"},
		{"Hoeveel kinderen zijn gedood volgens Pakistan?", true, "Tit-for-tat 3", "Two children"},
		// Japanese in Latin letters and Vietnamese English.
		{"Jilani-san wa dare desu ka?", true, "Lead 3", "Jalil Abbas Jilani"},
		{"Kodomo wa nannin shinda desu ka?", true, "Tit-for-tat 3", "Two children"},
		{"Iran strike Pakistan khi nào?", true, "Tit-for-tat 2", "January 17"},
		// A lone letter is another language's "the" or "and", never what is asked.
		{"quem é o Ebrahim Raisi?", true, "Terrorist Support 4", "President"},
		// A day put to a question that asks when is known, not sought.
		{"So when did Pakistan strike Iran? I know Iran's was the seventeenth, but Pakistan's?", false, "", "doesn't say when"},
		// A request to tell whether something is so asks whether it is.
		{"Tell me if Jilani met Kakar.", false, "", "doesn't say"},
		// Persian in Latin letters: its words, its endings after a hyphen,
		// and its "key" (when) and "ki" (who) in a question that is Persian.
		{"key Raisi miad Pakistan?", true, "Terrorist Support 4", "yet to be determined"},
		{"Jilani kie?", true, "Lead 3", "Jalil Abbas Jilani"},
		{"Pakistan too Iran kodoom goruh-ha ro zad?", true, "Tit-for-tat 4", "Baloch separatist"},
		{"chera Pakistan safiresh ro az Tehran farakhoond?", true, "Tit-for-tat 3", "recalled its ambassador"},
		{"Iran o Pakistan marz-e moshtarak daran?", true, "Source of Stability 3", "shared border"},
		{"Kakar che semati dare?", true, "Terrorist Support 3", "caretaker Prime Minister"},
		// A yes-no question that gives the actor's deed another deed's target
		// is answered by what the actor's own deed did.
		{"Did Pakistan's strike target Jaish al-Adl?", true, "Tit-for-tat 4", "Baloch separatist groups"},
		{"Did Pakistan's strike use drones?", false, "", "doesn't say"},
		// Whether a place is a country's: its card says whose it is.
		{"Is Sistan-Baluchestan a province of Pakistan?", true, "Tit-for-tat 4", "Iran’s Sistan-Baluchestan"},
		// Persian's "be" (to) marks the one attacked, before the verb.
		{"chera Pakistan be Iran hamle kard?", true, "Tit-for-tat 4", "retaliation"},
		{"Iran key be Balochistan-e Pakistan hamle kard?", true, "Tit-for-tat 2", "January 17"},
		// Persian's "avval" is "first", as read as what the question asks.
		{"kodoom taraf avval hamle kard?", true, "Tit-for-tat 4", "Iran targeted"},
		// Persian in its script.
		{"چند تا بچه کشته شدن؟", true, "Tit-for-tat 3", "Two children"},
		{"خانواده های قربانیان چی میخوان؟", true, "Tit-for-tat 9", "return of the victims"},
		// Asked what kind of group a named group is, its own card answers.
		{"What group is Jaish al-Adl?", true, "Tit-for-tat 2", "anti-Iran armed group"},
		// A name titled by what the question asks of ("the anti-Iran armed
		// group Jaish al-Adl"), and one whose deed it asks of ("Israel's
		// escalated bombardment"), answer who.
		{"What is the name of the anti-Iran group?", true, "Tit-for-tat 2", "Jaish al-Adl"},
		{"Amid whose bombardment of Gaza did tensions rise?", true, "Reciprocal Air Strikes 2", "Israel"},
		// Their ages ask how old they were.
		{"What were the ages of the children killed?", false, "", "doesn't say"},
		// A counterpart by other names, and split in two.
		{"Who is Amirabdollahian's homologue?", true, "Lead 3", "Jalil Abbas Jilani"},
		{"who is the iranian fm's counter part", true, "Lead 3", "Jalil Abbas Jilani"},
		// A problem is a menace, not a pressure.
		{"What did the ministers call the terrorism problem?", true, "Source of Stability 3", "menace of terrorism"},
		// "How many of the X … were Y" counts Y, however long X is told.
		{"How many of the people killed by Pakistan's retaliatory airstrike in Iran's Sistan-Baluchestan were children?", false, "", "doesn't say"},
		// The last time something happened is history the article does not tell.
		{"When was the last time an Iranian president visited Pakistan?", false, "", "doesn't say"},
		// When someone took or leaves an office the article does not tell.
		{"When did Kakar take office?", false, "", "doesn't say"},
		{"Who is the caretaker prime minister?", true, "Terrorist Support 3", "Anwaar-ul-Haq Kakar"},
		// Chat's glued and clipped words.
		{"whats the caretaker pm's fullname", true, "Terrorist Support 3", "Anwaar-ul-Haq Kakar"},
		// What the counted came of ends what is counted.
		{"How many casualties caused the Pakistani airstrike?", true, "Tit-for-tat 4", "at least nine"},
		// Where a visit goes is not who acts, with its visitor between:
		// "the trip of Raisi to Pakistan".
		{"tarikh-e safar-e Raisi be Pakistan moshakhas shode? date fixed?", true, "Terrorist Support 4", "yet to be determined"},
		// A country the article never names, offered against one it does,
		// is answered by the one it does.
		{"Which country did Iran attack, Pakistan or Afghanistan?", true, "Tit-for-tat 2", "Pakistan’s Balochistan"},
		{"Did Iran strike Afghanistan or Pakistan?", true, "Tit-for-tat 2", "Pakistan’s Balochistan"},
		{"Did Iran strike India or Afghanistan?", false, "", "doesn't mention"},
		// A claim's subject is not who it says was killed: "the strikes" caused them.
		{"Is it true the strikes caused 20 casualties overall?", true, "Reciprocal Air Strikes 1", "11 casualties"},
		// The article reports no record signed or issued, whatever is asked of it;
		// a sign that is a noun, and paying a visit, are none.
		{"What agreement did the two ministers sign during the visit?", false, "", "doesn't say"},
		{"Whose visit is described as a further sign of the effort to de-escalate?", true, "Tit-for-tat 7", "Amirabdollahian"},
		{"When is Ebrahim Raisi expected to pay his visit?", true, "Terrorist Support 4", "yet to be determined"},
		// What someone did before the office the article gives him, it never tells.
		{"What was Kakar's job before he became prime minister?", false, "", "doesn't say"},
		{"Who is Kakar?", true, "Terrorist Support 3", "caretaker Prime Minister"},
		// A name the article never uses, for an office it gives someone:
		// who holds it answers.
		{"Will Amirabdollahian meet Prime Minister Imran Khan?", true, "Terrorist Support 3", "doesn't mention Prime Minister Imran Khan. It says"},
		{"Will the army chief meet Amirabdollahian?", false, "", "doesn't"},
		// The roles of those who act in an event count for it, half: the
		// talks between Amirabdollahian and Jilani are the ministers' talks.
		{"How did Pakistan describe the ministers' talks?", true, "Lead 3", "in-depth talks"},
		// Urdu's and Arabic's future: "آئیں گے", "سيزور".
		{"رئیسی پاکستان کب آئیں گے؟", true, "Terrorist Support 4", "yet to be determined"},
		{"متى سيزور رئيسي باكستان؟", true, "Terrorist Support 4", "yet to be determined"},
		{"مع من يجتمع عبداللهيان في باكستان؟", true, "Terrorist Support 3", "Kakar"},
		{"كم عدد القتلى على الأقل في الضربة الباكستانية؟", true, "Tit-for-tat 4", "At least nine"},
		// A country's capital is a city: the ambassador was recalled "from
		// Tehran"; the strikes "between Tehran and Islamabad" fell elsewhere.
		{"From which city did Pakistan recall its ambassador?", true, "Tit-for-tat 3", "Tehran"},
		{"Pakistan ne apna ambassador kis shehar se wapas bulaya, yaar?", true, "Tit-for-tat 3", "Tehran"},
		{"which city was hit by iran?", false, "", "doesn't say"},
		// Offices offered for the one asked about are his to choose from:
		// his card answers.
		{"Is Jilani Pakistan's foreign minister or its caretaker PM?", true, "Lead 3", "Jalil Abbas Jilani"},
		// A misspelt word of no content ("acording to") carries none.
		{"who is visitng pakistan acording to the headline", true, "Title 1", "Iranian Foreign Minister"},
		// How things stood in the end is what the article tells last of
		// what answers: the ambassadors were reinstated.
		{"What happened to the ambassadors in the end?", true, "Tit-for-tat 6", "reinstating ambassadors"},
		{"what happened to pakistan's ambassador later on?", true, "Tit-for-tat 6", "reinstating ambassadors"},
		{"Ambassadors - recalled for good or reinstated?", true, "Tit-for-tat 6", "reinstating ambassadors"},
		// "neither", "either" are no content, nor the name of an office.
		{"Did neither minister link Pakistan-Iran relations to regional stability?", true, "Source of Stability 1", "regional stability"},
		// "dono mulk" is "both countries", which are the story's two.
		{"Dono mulk keh rahe hain humne terrorists ko maara, article mein yahi claim likha hai?", true, "Reciprocal Air Strikes 1", "both Iran and Pakistan"},
		{"Beta, dono mulkon ke diplomatic links ka aakhir kya bana, toot gaye ya dobara shuru hue?", true, "Tit-for-tat 6", "resuming diplomatic links"},
		// Urdu puts the place asked within first: "Balochistan ke kis
		// district" is "which district of Balochistan", which the article
		// never names; "apart from Balochistan, which province…" sets it aside.
		{"Hideout Balochistan ke kis district mein tha?", false, "", "doesn't say"},
		{"بلوچستان کے کس ضلع میں ایرانی حملہ ہوا؟", false, "", "doesn't say"},
		{"Apart from Balochistan, which province is named as a target area of the strikes?", true, "Tit-for-tat 4", "Sistan-Baluchestan"},
		// "At what time…" asks the hour, which the article never gives;
		// "what time phrase…" asks for words.
		{"at what time is the Kakar meeting?", false, "", "doesn't say"},
		{"What time phrase does the lead use for when the air strikes happened?", true, "Lead 4", "earlier this month"},
		// A question that ends "?!?!" asks; it is no claim to check.
		{"WHO killed the nine pakistani labourersss?!?!", false, "", "doesn't say"},
		{"WHY did tensions get so heated between iran and pakistan?!?!", true, "Tit-for-tat 1", "internal political pressures"},
		// A question that quotes a sentence's words, four or more in a
		// row, is answered by that sentence among near equals.
		{"Quote the line that mentions where the recent air strikes took place.", true, "Source of Stability 3", "air strikes took place"},
		{"Is it true the recent air strikes took place in a mountainous area along the Iran-Pakistan border?", true, "Source of Stability 3", "mountainous"},
		{"did both islamabad and tehran want to fix ties or just one of them", true, "Reciprocal Air Strikes 3", "jointly"},
		// "its" strike is the speaker's own: Pakistan claims of its strike,
		// which targeted Baloch separatists.
		{"Did Pakistan claim its strike was aimed at Jaish al-Adl?", true, "Tit-for-tat 4", "Baloch separatist"},
		// A sentence that repeats the headline in place of its subject
		// ("Iranian Foreign Minister Visits Pakistan to Restore Diplomatic
		// Relations highlights that…") tells what the minister highlights,
		// not where he went; "which third countries?" is what it withholds.
		{"wich countrys foriegn minister went to pakistan", true, "Lead 1", "Iran"},
		{"Are diplomatic links back up between them?", true, "Tit-for-tat 6", "resuming diplomatic links"},
		{"Is the Iranian foreign minister stopping in any other countries on this trip?", false, "", "doesn't say"},
		{"Which third countries did the Iranian minister accuse of helping the militants?", false, "", "doesn't say"},
		// In another script a deed that leaves a record is read wherever
		// the verb stands ("did Iran apologise for the children's deaths?");
		// Arabic's "قضية", "موضوع" (a matter, a topic) are no such deed.
		{"ইরান কি শিশুদের মৃত্যুর জন্য ক্ষমা চেয়েছে?", false, "", "doesn't say"},
		{"هل موضوع العمال المقتولين راح ينطرح في الزيارة؟", true, "Tit-for-tat 8", "nine Pakistani labourers"},
		// A claim asked of as made without details is the one that says so.
		{"what claim did he make without giving specifics", true, "Terrorist Support 1", "third countries"},
		// A statement in Arabic script asked with "؟" asks whether: Persian's
		// "is the goal of the trip to restore diplomatic relations?".
		{"هدف سفر وزیر امور خارجه ایران به پاکستان بازگردوندن روابط دیپلماتیکه؟", true, "Lead 1", "The article says"},
		// Asked whose name it is, no detail is asked for: not the passage
		// that says he gave none.
		{"Is the Iranian foreign minister named Amirabdollahian?", true, "Lead 1", "Amirabdollahian"},
		// "…or not" offers no choice, wherever "or" is read: the question
		// is read as without it.
		{"did pakistan's strike target jaish al-adl or not?", true, "Tit-for-tat 4", "Baloch separatist"},
		{"what agreements did the ministers sign or not?", false, "", "doesn't say"},
		// "…or not yet?" asks whether, not which; a question of the aim
		// asks of the aim, which was stated, not done.
		{"the families received the workers' bodies or not yet?", false, "", "doesn't say that happened"},
		{"Was the goal of the talks to de-escalate tensions?", true, "Lead 4", "aim to de-escalate"},
		// "from the air", "think", "which sentence…": the article's
		// airstrike; a reader's thinking and their naming of a sentence
		// carry no content.
		{"did pakistan attack from the air or on the ground", true, "Tit-for-tat 4", "airstrike"},
		{"does he think outside countries are involved", true, "Terrorist Support 1", "third countries"},
		{"Which sentence in the Tit-for-tat section describes Pakistan's retaliation?", true, "Tit-for-tat 4", "retaliation"},
		// Arabic words with other affixes than the thesaurus spells them,
		// found by their stems: "منصبه" ("his post") of "منصب"; "صفته" ("his
		// role") is spelt.
		{"أنوار الحق كاكر شو صفته الرسمية؟", true, "Terrorist Support 3", "caretaker Prime Minister"},
		{"جليل عباس جيلاني وش منصبه؟", true, "Lead 3", "counterpart"},
		// Arabic's "؟" asks as "?" does, and a statement it ends asks
		// whether; "ولا لسا" is "or not yet", which asks whether too.
		{"الضربة الإيرانية استهدفت جماعات بلوشية انفصالية؟", true, "Tit-for-tat 2", "Jaish al-Adl"},
		{"السفراء رجعوا لمناصبهم ولا لسا؟", true, "Tit-for-tat 6", "reinstating ambassadors"},
		{"إيران اعتذرت رسمياً عن مقتل الطفلين؟", false, "", "doesn't say"},
		// Levantine Arabic: "شو بدهم" is "what do they want", "رح" "will".
		{"أهالي الضحايا شو بدهم؟", true, "Tit-for-tat 9", "return"},
		{"كاكر رح يضل رئيس وزراء بعد الانتخابات؟", false, "", "doesn't say"},
		{"شو الاسم الأول لعبداللهيان؟", false, "", "doesn't say"},
		{"إلى أي بلد توجه عبداللهيان؟", true, "Lead 1", "visits Pakistan"},
		// Bengali's grammar is read away, and its nouns by their stems.
		{"পাকিস্তান কোন প্রদেশে হামলা চালিয়েছে?", true, "Tit-for-tat 4", "Sistan-Baluchestan"},
		// Japanese, Chinese and Korean ask at the end: "…のはいつですか", "…是被谁杀害的".
		{"パキスタン人労働者が殺害されたのはいつですか？", false, "", "doesn't say when"},
		{"巴基斯坦劳工是被谁杀害的？", false, "", "doesn't say"},
		{"В каком городе пройдут переговоры?", false, "", "doesn't say"},
		// What the article does not tell, asked in Urdu: an apology, the last time.
		{"کیا ایران نے بچوں کی ہلاکت پر معذرت کی؟", false, "", "doesn't say"},
		{"رئیسی آخری مرتبہ کب پاکستان آئے؟", false, "", "doesn't say"},
		// Chinese and Korean words for what the article does not tell.
		{"遇难儿童多大年纪？", false, "", "doesn't say"},
		// How someone the article never names reacted, written as no name is.
		{"how did the un react to the airstrikes?", false, "", "doesn't say"},
		{"how did pakistan react to iran's strike?", true, "Tit-for-tat 4", "In retaliation"},
		// A full name is more than the one word the article gives.
		{"What is Amirabdollahian's full name?", false, "", "doesn't say"},
		{"What is Raisi's full name?", true, "Terrorist Support 4", "Ebrahim Raisi"},
		// A record asked of in another script, its verb where that language puts it.
		{"ইরান কি ক্ষমা চেয়েছে?", false, "", "doesn't say"},
		// Hindi: a village is a place the fact sheet never records.
		{"हमला किस गाँव में हुआ?", false, "", "doesn't say"},
		// Bengali's digits are the article's.
		{"১১ জন হতাহত কোন হামলায় হয়েছিল?", true, "Reciprocal Air Strikes 1", "11 casualties"},
		// Bengali asks an age as "age how much".
		{"নিহত শিশুদের বয়স কত?", false, "", "doesn't say"},
		// A building, like a city, is a kind of place the fact sheet never records.
		{"Which hotel hosted the talks between the ministers?", false, "", "doesn't say"},
		// "Big", "major": how much, not what.
		{"what was the biggest concern after the strikes?", true, "Tit-for-tat 5", "Concerns rose"},
		// The kind of a place set against the article's is no content: "Punjab province".
		{"Did Iran's strike hit Punjab province?", true, "Tit-for-tat 2", "doesn't mention Punjab. It says: Iran targeted"},
		// Wanting to do something is no demand.
		{"Which regions do they want to develop economically?", true, "Source of Stability 4", "affected regions"},
		// A statement asked of what came before the story, with no question word.
		{"amirabdollahian first trip to pakistan?", false, "", "doesn't say"},
		// Roman Urdu's "baat chit" is talk.
		{"Amirabdollahian ki Jilani se baat chit kaisi rahi?", true, "Lead 3", "in-depth talks"},
		// A statement asked of whether a date is set checks it, not asks it.
		{"exact date for raisi's trip is set already?", true, "Terrorist Support 4", "yet to be determined"},
		// "Left" and "caused" before a number or the dead: what it resulted in.
		{"what left eleven casualties?", true, "Reciprocal Air Strikes 1", "11 casualties"},
		// An English word shouted in capitals is no name.
		{"will they tackle terrorism ALONE or jointly?", true, "Source of Stability 3", "collaboratively"},
		// Both countries act in what their ministers do; "highlighting" is emphasis.
		{"Did both sides emphasize respect for territorial integrity?", true, "Source of Stability 2", "territorial integrity"},
		// Who made a claim whose details were not given is told.
		{"Which official said third countries support terrorists in the border areas?", true, "Terrorist Support 1", "third countries"},
		// "Which provinces" asks for a place the article names; a guess after a dash is offered.
		{"Which provinces were struck?", true, "Tit-for-tat 4", "Sistan-Baluchestan"},
		{"Which Iranian province did Pakistan's strike hit — Sistan-Baluchestan?", true, "Tit-for-tat 4", "Sistan-Baluchestan"},
		{"Which Iranian province did Pakistan hit, Sistan-something?", true, "Tit-for-tat 4", "Sistan-Baluchestan"},
		// Analysts' shorthand.
		{"Iranian HoS visit date?", true, "Terrorist Support 4", "yet to be determined"},
		{"GoP response to Iranian strike?", true, "Tit-for-tat 4", "In retaliation"},
		// Urdu's postpositions after a guess are read away: "…, TTP ka?".
		{"Iran ne kis group ka hideout target kiya, TTP ka?", true, "Tit-for-tat 2", "doesn't mention TTP"},
		{"Pakistan ne apna ambassador kahan se wapis bulaya tha, Kabul se?", true, "Tit-for-tat 3", "doesn't mention Kabul"},
		// A tag typed without its apostrophe is a tag.
		{"jilani is pakistan's foreign minister isnt he?", true, "Lead 3", "Pakistani counterpart"},
		{"iran struck first, didnt it", true, "Tit-for-tat 4", "Jaish al-Adl"},
		// A visit "fixed for" a time asks whether its date is set.
		{"raisi visit is fixed for next week, is it?", true, "Terrorist Support 4", "yet to be determined"},
		// An office the article never gives, offered as a guess, is set against the answer.
		{"Jalil Abbas Jilani kis post pe hain, interior minister?", true, "Lead 3", "doesn't mention the interior minister"},
		// A name the article uses, offered after a comma, is weighed as a
		// choice; the question is read without it. Not when the comma sets
		// off a word of no content ("Pakistan's, um, caretaker…").
		{"Sistan-Baluchestan kis mulk mein hai, Pakistan mein?", true, "Tit-for-tat 8", "Iran"},
		{"Tehran ko terrorist groups ka backer kaun kehta hai, Pakistan?", true, "Terrorist Support 2", "Western nations"},
		{"So what's the name of Pakistan's, um, caretaker prime minister?", true, "Terrorist Support 3", "Kakar"},
		// To fly somewhere is to travel there.
		{"did the pakistani foreign minister fly to tehran for this?", true, "Lead 1", "visits Pakistan"},
		// Arabic's subject before the strike is the one that struck.
		{"امتى ايران ضربت باكستان؟", true, "Tit-for-tat 2", "January 17"},
		// Arabic dialects and spoken Persian: going, sitting with, the total, spill-over.
		{"ليش وزير الخارجية الإيراني رايح باكستان اصلا؟", true, "Lead 1", "restore diplomatic relations"},
		{"شنو اسم وزير خارجية باكستان اللي قعد وياه؟", true, "Lead 3", "Jilani"},
		{"كم عدد الضحايا الكلي للهجمات بين البلدين؟", true, "Reciprocal Air Strikes 1", "11"},
		{"جنگ غزه به این منطقه هم سرریز کرده طبق متن؟", true, "Tit-for-tat 1", "spill over"},
		// Persian in its script puts the verb last: "به پاکستان", to Pakistan, is struck.
		{"ایران چه روزی به پاکستان حمله کرد؟", true, "Tit-for-tat 2", "January 17"},
		{"اسم کامل Kakar چیه؟", true, "Terrorist Support 3", "Anwaar-ul-Haq Kakar"},
		{"امیرعبداللهیان تو این سفر با کی مذاکره داره؟", true, "Lead 3", "Jilani"},
		// "Which capitals" asks for the capitals the article names its
		// governments by, not for countries.
		{"the strikes were between which two capitals?", true, "Lead 4", "Tehran and Islamabad"},
		{"which capitals are involved in the strikes?", true, "Lead 4", "Tehran and Islamabad"},
		{"من أي عاصمة استدعت باكستان سفيرها؟", true, "Tit-for-tat 3", "Tehran"},
		// Those killed in a clause of a claim are not what the claim asks of.
		{"pakistan recalled its ambassador from tehran because two children were killed, right?", true, "Tit-for-tat 3", "recalled its ambassador"},
		// A number or date guessed after the question is answered by the
		// article's own; not a date that says which deed is asked of.
		{"Pakistan ke airstrike mein kitne mare, 2?", true, "Tit-for-tat 4", "nine"},
		{"When did Iran strike, 17 Feb?", true, "Tit-for-tat 2", "January 17"},
		{"strikes kab hui thi, pichle saal december mein?", true, "Lead 4", "earlier this month"},
		{"Which capital struck first, and against which neighbour's territory, on January 17?", true, "Tit-for-tat 2", "Iran"},
		// Gulf and Levantine Arabic; spoken Persian's plurals and endings.
		{"شنو الشي اللي قرروه البلدين سوا بعد الضربات؟", true, "Tit-for-tat 6", "de-escalate"},
		{"سفیرا برگشتن سر پستشون؟", true, "Tit-for-tat 6", "reinstating ambassadors"},
		{"خونواده\u200cهای کارگرا چی میخوان؟", true, "Tit-for-tat 9", "bodies"},
		// Arabic's "how many ones" counts people; its interior minister is an office the article never gives.
		{"كم واحد مات بالضربة الباكستانية على الأقل؟", true, "Tit-for-tat 4", "nine"},
		{"Jilani هو وزير الداخلية الباكستاني صح؟", true, "Lead 3", "doesn't mention the interior minister"},
		// "This week" is a time the article may set against its own.
		{"رئیسی همین هفته میره؟", true, "Terrorist Support 4", "yet to be determined"},
		// Urdu's "X ne … report ki": X reports, of another's strike.
		{"pak ne iran ki strike me kitni deaths report ki", true, "Tit-for-tat 3", "two children"},
		// A date fixed or decided is a date set; "kam az kam" is at least.
		{"raisi ki visit ki date fix ho gai h kya", true, "Terrorist Support 4", "yet to be determined"},
		{"Raisi's visit date decided?", true, "Terrorist Support 4", "yet to be determined"},
		{"pak ki strike k baad kitni casualties hui kam az kam", true, "Tit-for-tat 4", "nine"},
		// Urdu asks who killed with "who" before the deed, last; the article never says who killed the labourers.
		{"9 labourers ko kisne maara?", false, "", "doesn't say"},
		// Urdu's last verb, before its auxiliary, is the deed asked of: nothing was signed.
		{"joint statement sign hua?", false, "", "doesn't say"},
		// "Which Iranian province" asks within Iran; "Pakistan did airstrike" is Pakistan's.
		{"in which iranian province pakistan did airstrike", true, "Tit-for-tat 4", "Sistan-Baluchestan"},
		{"Which Pakistani province were the nine labourers from?", false, "", "doesn't say"},
		// A name, "is", then offices offered as choices: which of them the person holds.
		{"jalil abbas jilani is pakistan PM or FM?", true, "Lead 3", "Pakistani counterpart"},
		// A territory is a kind of place, not "territorial integrity".
		{"pakistan airstrike hit which country territory", true, "Tit-for-tat 4", "Sistan-Baluchestan"},
		// "US" in capitals is the United States, not "us": no hearsay.
		{"did the US comment on the strikes?", false, "", "doesn't mention the US"},
		// A death asked as by someone is answered only where the article names who did it.
		{"were the labourers killed by Iran?", false, "", "doesn't say"},
		{"were the labourers shot by gunmen?", false, "", "doesn't say"},
		{"were the two children killed by Iran's strike?", true, "Tit-for-tat 3", "two children killed"},
		// A time of day asked of, yes or no or as a choice, is one the article never gives.
		{"did the strikes happen at night or during the day?", false, "", "doesn't say"},
		{"strikes raat ko hui thi ya din me", false, "", "doesn't say"},
		// Arabic's tatweel joins the article to a number: "الـ11", the 11.
		{"الـ11 ضحية هذول من ضربة وحدة ولا من هجمات الطرفين؟", true, "Reciprocal Air Strikes 1", "11"},
		// Arabic's "I heard that…" is read away; a country offered as a choice in a script without capitals is offered, not asked of.
		{"سمعت ان ضحايا الهجمات كانوا ٣٠ شخص، صحيح؟", true, "Reciprocal Air Strikes 1", "11"},
		{"وزير خارجية إيران زار الهند ولا باكستان؟", true, "Lead 1", "visits Pakistan"},
		{"iran FM trip - pakistan or india?", true, "Lead 1", "visits Pakistan"},
		// Capitals are no countries: "third countries" does not answer where the strikes were.
		{"did the attacks happen near the capitals or out on the border?", true, "Reciprocal Air Strikes 1", "border regions"},
		// A country before "visit" is where the visit goes, not who visits.
		{"Iranian FM ka Pakistan visit ka purpose kya hai?", true, "Lead 1", "restore diplomatic relations"},
		{"What is the main purpose of the Iranian FM's Pakistan visit bhai?", true, "Lead 1", "restore diplomatic relations"},
		// Urdu in its own script: coming, and who killed asked before the deed.
		{"ایرانی وزیر خارجہ کے پاکستان آنے کا اصل مقصد کیا ہے؟", true, "Lead 1", "restore diplomatic relations"},
		{"کیا صدر رئیسی بھی پاکستان آنے والے ہیں؟", true, "Terrorist Support 4", "Raisi"},
		{"ان 9 مزدوروں کو کس نے مارا؟", false, "", "doesn't say"},
		{"9 labourers ko kis ne mara bhai", false, "", "doesn't say"},
		// Roman Urdu asks the time of day: "kis time", "kitne baje", "raat ko".
		{"Jilani aur Amirabdollahian ki meeting kis time hui thi?", false, "", "doesn't say"}, // as "at what time did they meet?"
		{"Iran ki strike raat ko hui thi, kitne baje?", false, "", "doesn't say"},
		// "Which region in Pakistan" asks within Pakistan.
		{"العمال كانوا من أي منطقة في باكستان؟", false, "", "doesn't say"},
		// Chat's swearing is read away.
		{"who tf is jalil abbas jilani", true, "Lead 3", "Pakistani counterpart"},
		// Maghrebi Arabic asks yes or no with "واش"; Roman Urdu's corpses and contacts.
		{"واش الرئيس الإيراني غادي يجي لباكستان قريب؟", true, "Terrorist Support 4", "Raisi"},
		{"lashon ke liye pakistan kia kar raha hai?", true, "Tit-for-tat 9", "bodies"},
		{"diplomatic rabta dobara bahal hua kya", true, "Tit-for-tat 6", "resuming diplomatic links"},
		{"پاکستان کے نگران PM کا نام کیا لکھا ہے خبر میں؟", true, "Terrorist Support 3", "Kakar"},
		// A number guessed after a question in another script is answered by the article's figure.
		{"حمله پاکستان حداقل چند نفرو کشت؟ ۵ تا؟", true, "Tit-for-tat 4", "nine"},
		{"دونوں طرف کے حملوں میں ٹوٹل کتنے casualties ہوئے؟ 20 کے قریب تھے نا؟", true, "Reciprocal Air Strikes 1", "11"},
		// Persian's "what date" asks when, not of history; its United Nations is a body the article never names.
		{"حمله ایران به پاکستان چه تاریخی بود؟", true, "Tit-for-tat 2", "January 17"},
		{"سازمان ملل چیزی گفت درباره این ماجرا؟", false, "", "doesn't"},
		{"پاکستان به شورای امنیت شکایت کرد؟", false, "", "doesn't"},
		// Arabic: to belong to a country is to be in it; the head of government is the prime minister.
		{"Sistan-Baluchestan تابعة لأي بلد؟", true, "Tit-for-tat 8", "Iran"},
		{"شكون رئيس الحكومة الباكستانية المؤقت؟", true, "Terrorist Support 3", "Kakar"},
		// Roman Urdu's "der lagayi", took long, is the opposite of what the article says.
		{"strikes ke baad de-escalation karne mein dono ne der lagayi kya?", true, "Reciprocal Air Strikes 3", "swiftly"},
		// Urdu sets aside after the name: "X ke ilawa", besides X.
		{"Jilani ke alawa FM kis se milega?", true, "Terrorist Support 3", "Kakar"},
		{"Gaza ke ilawa tensions barhne ki aur kya wajah batayi gayi?", true, "Tit-for-tat 1", "internal political pressures"},
		{"Am I right that Iran struck first?", true, "Tit-for-tat 4", "Iran"},
		// "Which month" asks for a month: the month is not content that
		// "earlier this month" matches.
		{"In which month did Iran carry out its strike inside Pakistan?", true, "Tit-for-tat 2", "January 17"},
		{"iran ne kis mahine strike ki", true, "Tit-for-tat 2", "January 17"},
		{"what year was iran's strike", false, "", "doesn't say"},
		// A bot called by name is no part of the question.
		{"newsbot, who is jilani?", true, "Lead 3", "Jilani"},
		// "The victims" are those whose killing the sentence before tells.
		{"what happens to the bodies of the labourers", true, "Tit-for-tat 9", "bodies"},
		{"whats the deal with the labourers' bodies", true, "Tit-for-tat 9", "bodies"},
		// "The name of the Iranian province" asks for a province; the Baloch
		// groups have no names in the article.
		{"name of the iranian province that pakistan struck?", true, "Tit-for-tat 4", "Sistan-Baluchestan"},
		{"what r the names of the baloch groups pak hit", false, "", "doesn't"},
		// Whether a plan was dropped is answered by the plan still told.
		{"Has Raisi's trip to Pakistan been called off?", true, "Terrorist Support 4", "doesn't say it was called off"},
		{"was raisi's visit postponed?", true, "Terrorist Support 4", "doesn't say it was called off"},
		{"هل ألغيت زيارة رئيسي لباكستان؟", true, "Terrorist Support 4", "doesn't say it was called off"},
		// Urdu's "gaya", "chuke" ask whether a deed is done; a date asked
		// in any language is answered by the date not yet set.
		{"mazdooron ki lashen aa gayi ab tak?", false, "", "doesn't say that happened"},
		{"bodies wapis aa gayin?", false, "", "doesn't say that happened"},
		{"raisi pakistan aayenge, aisa kaha gaya hai?", true, "Terrorist Support 4", "plans to visit"}, // "kaha gaya": it is said
		{"Известна ли уже дата визита Раиси?", true, "Terrorist Support 4", "yet to be determined"},
		// "Air or ground?" is answered by the air strike; an air force is no
		// strike, and Arabic dialect's "جوا" is inside.
		{"was it an air attack or ground attack by pakistan", true, "Tit-for-tat 4", "airstrike"},
		{"Was Pakistan's strike carried out by the army or the air force?", false, "", "doesn't say"},
		{"باكستان قالت إنها استهدفت أي جماعات جوا إيران؟", true, "Tit-for-tat 4", "Baloch separatist"},
		// A guess in Roman Urdu's words for what the article never names
		// ("paisa", money) is a guess; "kis time" asks for a clock time.
		{"labourers ki families kya maang rahi hain, compensation paisa?", true, "Tit-for-tat 9", "doesn't mention compensation"},
		{"iran ki strike kis time pe hui thi, raat ko?", false, "", "doesn't"},
		{"iran ki strike kis waqt hui thi?", false, "", "doesn't say"},
		// A country the article never names, guessed in Arabic script after
		// "،" or "؟", is a guess.
		{"Jilani از طرف کدوم کشوره، افغانستان؟", true, "Lead 3", "doesn't mention Afghanistan. It says"},
		{"ایران پر دہشتگرد گروپس کی پشت پناہی کا الزام کون لگاتا ہے؟ سعودی عرب؟", true, "Terrorist Support 2", "Western"},
		{"حملات هوایی کجا بود؟ مرز افغانستان؟", true, "Reciprocal Air Strikes 1", "doesn't mention Afghanistan. It says"},
		// A guess in Latin letters among Urdu's postpositions is a guess.
		{"پاکستان نے ایران میں کس کو target کیا تھا، ISIS والوں کو؟", true, "Tit-for-tat 4", "doesn't mention ISIS. It says"},
		{"ایران نے پاکستان کے کس صوبے میں حملہ کیا، KPK میں؟", true, "Tit-for-tat 2", "doesn't mention KPK. It says"},
		// A name no reading knows, in Arabic script after "؟", is a guess;
		// Persian "ساعت چند" asks for a clock time.
		{"اس خبر میں پاکستان کے وزیر خارجہ کون ہیں؟ اسحاق ڈار؟", true, "Lead 3", "Jalil Abbas Jilani"},
		{"حمله ایران ساعت چند بود؟ نصفه شب؟", false, "", "doesn't"},
		{"حمله ایران ساعت چند بود؟", false, "", "doesn't say"},
		// Where a strike landed is where it hit.
		{"So Pakistan's strike landed in Balochistan, yeah?", true, "Tit-for-tat 4", "Sistan-Baluchestan"},
		// "Named as", "called" stand between an office and its holder's name.
		{"Iran's president is named as Hassan Rouhani in the piece, right?", true, "Terrorist Support 4", "doesn't mention Hassan Rouhani. It says"},
		// Roman Urdu asks for the dead with "kaun"; "aas paas" is around.
		{"Iran ke strike ke victims kaun the?", true, "Tit-for-tat 3", "two children"},
		{"total kitne log mare the, 20 ke aas paas?", true, "Reciprocal Air Strikes 1", "11 casualties"},
		// What is asked before a guess in Persian script is read in its
		// words ("کجای" is where); "which hour" asks for a clock time.
		{"ایران کجای پاکستانو زد؟ خیبر پختونخوا؟", true, "Tit-for-tat 2", "Balochistan"},
		{"إيران ضربت باكستان بأي ساعة؟ بالليل؟", false, "", "doesn't"},
		{"at what hour did iran strike?", false, "", "doesn't say"},
		// Arabic "شغالين" asks what work the labourers did.
		{"العمال كانوا شغالين بإيش؟", false, "", "doesn't say"},
		// A guessed figure in Persian or Urdu script: "۲۰ نفر", "پچھلے سال
		// دسمبر میں"; "these attacks" ends what is counted.
		{"جمعا چند نفر تلفات داشتن این حمله\u200cها، ۲۰ نفر؟", true, "Reciprocal Air Strikes 1", "11 casualties"},
		{"یہ reciprocal air strikes کب ہوئیں، پچھلے سال دسمبر میں؟", true, "Lead 4", "earlier this month"},
		{"how many casualties these attacks?", true, "Reciprocal Air Strikes 1", "11 casualties. Both"},
		// A guessed month is told by its name, without its preposition;
		// Urdu's "صاحب" honours, "آ رہے" is coming.
		{"when is Raisi coming to Pakistan, in February?", true, "Terrorist Support 4", "doesn't mention February. It says"},
		{"raisi pakistan kab aa rahe hain, february mein?", true, "Terrorist Support 4", "doesn't mention February. It says"},
		{"رئیسی صاحب پاکستان کب آ رہے ہیں، فروری میں؟", true, "Terrorist Support 4", "doesn't mention February. It says"},
		// Persian's light verb "داد" makes a verb of a noun; "کم کنه" is to
		// reduce, here tensions.
		{"تو حمله\u200cها در مجموع چند نفر تلفات دادن؟", true, "Reciprocal Air Strikes 1", "11 casualties"},
		{"گفتگوها قراره تنش رو کم کنه یا نه؟", true, "Lead 4", "de-escalate"},
		// Persian "آشتی", making peace, is the de-escalation.
		{"زود آشتی کردن یا خیلی طول کشید؟", true, "Tit-for-tat 6", "de-escalate"},
		// "Still", Urdu "abhi tak", ask how things stand in the end.
		{"are the ambassadors still withdrawn or did they get reinstated?", true, "Tit-for-tat 6", "reinstating ambassadors"},
		{"diplomatic links resume huwe ya ab bhi band hain", true, "Tit-for-tat 6", "resuming diplomatic links"},
		// Urdu script's words read as their Roman Urdu twins: "سلسلے", "کوششیں".
		{"اس خبر میں اسرائیل کا ذکر کس سلسلے میں آیا ہے؟", true, "Reciprocal Air Strikes 2", "Israel"},
		// Arabic dialect: "كم قتيل" counts the dead, "بالطيران" is by air,
		// "السنة الماضية" last year.
		{"كم قتيل بالضربة الباكستانية؟", true, "Tit-for-tat 4", "nine"},
		{"باكستان ضربت بالطيران ولا بالمدفعية؟", true, "Tit-for-tat 4", "airstrike"},
		{"الضربات المتبادلة كانت السنة الماضية صح؟", true, "Lead 4", "earlier this month"},
		// Run by, governed by, headed by: led by.
		{"is pakistan being run by a caretaker pm right now?", true, "Terrorist Support 3", "caretaker Prime Minister"},
		// "What is the time of" an event asks for a clock time; "around the
		// time of" it, for what happened then.
		{"what was the time of iran's strike", false, "", "doesn't say"},
		{"what's the time of the FM's meeting with the PM", false, "", "doesn't say"},
		{"What was Israel doing around the time of these incidents?", true, "Reciprocal Air Strikes 2", "Israel"},
		// Arabic's "و" joined to a name is "and"; the dead of the attacks
		// "between Iran and Pakistan" are both sides' dead.
		{"الضربات المتبادلة كانت بين ايران وافغانستان؟", true, "Lead 4", "doesn't mention Afghanistan. It says"},
		{"how many people were victims of the attacks that happened between Iran and Pakistan?", true, "Reciprocal Air Strikes 1", "11 casualties"},
		{"كم واحد راح ضحية الهجمات اللي صارت بين إيران وباكستان؟", true, "Reciprocal Air Strikes 1", "11 casualties"},
		// A guessed country may follow "from" ("…؟ من الصين؟": Arabic's
		// "من" is from as well as who); unknown Persian words after "in"
		// are no name guessed.
		{"الاتهامات بدعم الإرهاب موجهة لطهران من مين؟ من الصين؟", true, "Terrorist Support 2", "doesn't mention China. It says"},
		{"أهالي الضحايا شو بدهم؟ تعويض مادي؟", true, "Tit-for-tat 9", "bodies"},
		{"اون کارگرا تو ایران چیکار میکردن؟ تو کارگاه ساختمونی بودن؟", false, "", "doesn't"},
		// Roman Urdu "band" is shut, not close as in close relations; "hua",
		// "hui" close a deed done, as "gaya" does.
		{"diplomatic links abhi bhi band hain na dono k?", true, "Tit-for-tat 6", "resuming diplomatic links"},
		{"raisi ka visit baad me hua ya nahi?", false, "", "doesn't say that happened"},
		// Roman Urdu "X ne bataya" is X said: Pakistan reports the dead.
		{"pakistan ne bataya iran ki strike me kitne mare?", true, "Tit-for-tat 3", "Two children"},
		// "Na", Urdu's tag and Tagalog's linker, is no content.
		{"sino yung president ng iran na binanggit?", true, "Terrorist Support 4", "Raisi"},
		// "A long time ago" is years ago, which "recent" answers.
		{"Did the strikes happen a long time ago or recently?", true, "Lead 4", "earlier this month"},
		// Taking months to do it is doing it slowly: "swiftly" answers.
		{"did they take weeks to de-escalate?", true, "Reciprocal Air Strikes 3", "swiftly"},
		{"de-escalation mein kaafi mahine lag gaye the kya?", true, "Reciprocal Air Strikes 3", "swiftly"},
		// A guessed date in Persian is read respelt: "۱۹ ژانویه" is January 19.
		{"حمله پاکستان دقیقا چه تاریخی بود؟ ۱۹ ژانویه؟", false, "", "doesn't say when"},
		{"حمله ایران دقیقا چه تاریخی بود؟ ۱۹ ژانویه؟", true, "Tit-for-tat 2", "January 17. Iran"},
		// What work the labourers were doing, "working as", is never told.
		{"what were the nine labourers working as in Iran?", false, "", "doesn't say"},
		// Urdu's "abhi tak", still, asks how things stand in the end.
		{"ambassadors wapis lagaye gaye ya abhi tak recalled hain?", true, "Tit-for-tat 6", "reinstating"},
		// A claim ending with a tag and no question mark is asked as one.
		{"jilani is the prime minister of pakistan right", true, "Lead 3", "counterpart"},
		{"amirabdollahian is pakistan foreign minister yeah", true, "Lead 3", "Iran’s foreign minister"},
		// "Which month" prefers the passage naming a month to "earlier this month".
		{"what month were the air strikes carried out?", true, "Tit-for-tat 2", "January 17"},
		{"airstrikes kis mahine me hue the", true, "Tit-for-tat 2", "January 17"},
		// Asked whether he holds another country's office, a person's card says what he is.
		{"Is Jilani an Iranian minister?", true, "Lead 3", "counterpart"},
		// An Arabic verb in the present, "تستهدف", is read under its past, "استهدف".
		{"إيران شو كانت تستهدف في بلوشستان؟", true, "Tit-for-tat 2", "Jaish al-Adl"},
		{"شو شغلة جيلاني؟", true, "Lead 3", "counterpart"},
		// "Who" after the deed asks whom it was done to.
		{"pakistan targeted who in iran?", true, "Tit-for-tat 4", "Baloch separatist"},
		{"باكستان بتستهدف مين في إيران؟", true, "Tit-for-tat 4", "Baloch separatist"},
		// Persian's object marker "رو" follows the one struck, not the striker.
		{"ایران کدوم استان پاکستان رو بمباران کرد؟", true, "Tit-for-tat 2", "Balochistan"},
		// Persian's "دیگه" after a guess hedges it: "…؟ ظریف دیگه؟", Zarif, right?
		{"کی با جیلانی دیدار کرد؟ ظریف دیگه؟", true, "Lead 3", "doesn't mention ظریف"},
		// A guess that names a country the article uses and one it never does
		// ("…, iran and iraq?") guesses the one it never does, lowercase or not.
		{"which two countries exchanged strikes, iran and iraq?", true, "Lead 4", "doesn't mention Iraq. It says"},
		{"strikes kin mulkon ke beech hue, iran aur afghanistan?", true, "Reciprocal Air Strikes 1", "doesn't mention Afghanistan. It says"},
		// "A drone attack or an airstrike?": the kind the article never names
		// is set against the one it does.
		{"was pakistan's retaliation a drone attack or an airstrike?", true, "Tit-for-tat 4", "airstrike"},
		{"was it a ground operation or an airstrike by pakistan?", true, "Tit-for-tat 4", "airstrike"},
		// Urdu's "kaun mare", who died, after the strike it asks of.
		{"Iran ke attack me Pakistan ke hisaab se kon mare the?", true, "Tit-for-tat 3", "two children"},
		// Persian in Latin letters: "gharamat", compensation; "nigarani", concerns; "bala raft", rose.
		{"Pakistan be khanevade-ha gharamat dad?", false, "", "doesn't"},
		{"nigarani-ha darbare chi bala raft?", true, "Tit-for-tat 5", "escalation"},
		// The one addressed after "how many…" is not counted: "…yaar?".
		{"kul kitne casualties hue yaar?", true, "Reciprocal Air Strikes 1", "11"},
		// Urdu's "barhe", rose; "kaun mara", who died.
		{"strikes ke baad concerns kis cheez ke barhe?", true, "Tit-for-tat 5", "escalation"},
		// Urdu's "Iran ne strike … Sindh mein ki?" places the strike, its doer's "ne" before it.
		{"ایران نے strike جنوری میں Sindh میں کی؟", true, "Tit-for-tat 2", "doesn't mention Sindh. It says"},
		// Asked whether a date is set, "yet to be determined" answers.
		{"what date has been decided for raisi to come?", true, "Terrorist Support 4", "yet to be determined"},
		{"exact date of raisi trip confirmed already?", true, "Terrorist Support 4", "yet to be determined"},
		// "Is Jilani Iranian?": a person's card says whose he is.
		{"was jilani iranian", true, "Lead 3", "Pakistani counterpart"},
		{"is amirabdollahian pakistani?", true, "Lead 3", "Iran’s foreign minister"},
		// "Take long" is slowly, set against "swiftly"; "back at their post" reinstated.
		{"did it take them long to calm things down?", true, "Reciprocal Air Strikes 3", "swiftly"},
		{"is the ambassador back at their post?", true, "Tit-for-tat 6", "reinstating"},
		// A place the article never names, said to be visited, is set against where the visit goes.
		{"Iran's FM visited India?", true, "Lead 1", "doesn't mention India. It says"},
		// Not a place offered as one of two choices: "visit Karachi or the affected areas?"
		{"Did Amirabdollahian visit Karachi or the affected areas?", false, "", "doesn't mention Karachi"},
		// Arabic's "يستقبل", receives, and "يناقشوه", they discuss it.
		{"جيلاني رح يستقبل مين؟", true, "Lead 3", ""},
		{"الوزيرين رح يناقشوه امتى موضوع العمال؟", true, "Tit-for-tat 8", "labourers"},
		// Asked whether one person made a visit another made, who made it answers;
		// not when the one asked of has a visit of his own.
		{"did jilani fly to tehran?", true, "Lead 1", "Amirabdollahian visits Pakistan"},
		{"is raisi coming to pakistan?", true, "Terrorist Support 4", "Raisi"},
		// "Which day" anywhere asks when; Arabic's "يوم كم" is which day; a
		// date guessed after "which day?" is set aside.
		{"the labourers were killed on what day?", false, "", "doesn't say when"},
		{"ايران ضربت باكستان يوم كم؟", true, "Tit-for-tat 2", "January 17. Iran"}, // the date first, not the figure of the dead
		{"پاکستان کدوم روز حمله کرد؟ ۱۹ ژانویه؟", false, "", "doesn't say when"},
		// Persian puts the deed after "who" last: "ki kargar-ha ro kosht?", who killed the workers?
		{"کی کارگرها رو کشت؟", false, "", "doesn't say"},
		{"ki kargar-ha ro kosht?", false, "", "doesn't say"},
		// How people died, asked with an adverb or the learner's order, which the article never tells of the labourers.
		{"how the nine workers were killed?", false, "", "doesn't say"},
		{"how precisely did the labourers die?", false, "", "doesn't say"},
		// "Who" asked of a deed's object is answered by a description the sheet has no entity for;
		// not when names are asked for.
		{"who do western nations say iran supports?", true, "Terrorist Support 2", "groups labelled as terrorists"},
		{"what were the names of the labourers who were killed?", false, "", ""},
		// Who died in one party's strike: the figure of its dead, not the events or the total.
		{"Iran ke hamle mein kaun maray?", true, "Tit-for-tat 3", "two children"},
		{"who got killed in the iranian strike?", true, "Tit-for-tat 3", "two children"},
		// Urdu's "kya" tag before "finally" still asks yes or no; "kehna", say.
		{"lashen wapis aa gayi kya finally", false, "", "doesn't say that happened"},
		{"western nations ka iran ke baare mein kya kehna hai bhai", true, "Terrorist Support 2", "accuse Tehran"},
		// Persian: "خلاصه", summary, with "khabar", the article, asks the gist; "فامیلی", surname.
		{"خلاصه خبر درباره چیه؟", true, "Title 1", "Iranian Foreign Minister"},
		{"فامیلی وزیر خارجه پاکستان چیه؟", true, "Lead 3", "Jilani"},
		// A greeting before the first comma is dropped: "سلام بچه‌ها،", hi guys, is no children;
		// Persian's "koshte shodan", killed were, counts the dead.
		{"سلام بچه\u200cها، چند نفر کشته شدن؟", true, "Reciprocal Air Strikes 1", "11"},
		{"hello everyone, which province did iran strike?", true, "Tit-for-tat 2", "Balochistan"},
		// "Did he name which…" asks yes or no: the sentence says he gave no details.
		{"did he name which countries back the militants?", true, "Terrorist Support 1", "didn’t provide specific details"},
		// Arabic's "اللي" is the relative "that", not "which" asking for a kind.
		{"هل ذكر أسماء الدول اللي تدعم الإرهابيين؟", true, "Terrorist Support 1", "specific details"},
		// Persian in Latin letters joins the ezafe to its word: "safare", "kharejeye".
		{"hadafe safare Amirabdollahian chi bood?", true, "Lead 1", "restore"},
		{"esme vazir kharejeye Pakistan chie?", true, "Lead 3", "Jilani"},
		// "At some point" is no "point" (aim) asked about.
		{"is raisi going to pakistan at some point", true, "Terrorist Support 4", "Raisi"},
		// Persian in Latin letters: "kushte", killed; "motaham", accused; "dasht" marks the language.
		{"hamleye Iran chand kushte dasht?", true, "Tit-for-tat 3", "two children"},
		{"keshvar haye gharbi Tehran ro motaham mikonan be chi?", true, "Terrorist Support 2", "Western nations"},
		// Arabic: "…رح يلتقي مين كمان؟", will meet who else, asks the one met; "بتعمل", does.
		{"عبداللهيان رح يلتقي مين كمان خلال الزيارة؟", true, "Terrorist Support 3", "Kakar"},
		{"باكستان بتعمل إيه مع جثث العمال؟", true, "Tit-for-tat 9", "coordinating"},
		// What someone the article never names said, lowercase as chat writes it.
		{"what did khamenei say about the attack on pakistan?", false, "", "doesn't say"},
		{"has erdogan said anything about the strikes?", false, "", "doesn't say"},
		// A month in lowercase is set against the article's time, and the passage naming a month answers.
		{"did iran strike in february?", true, "Tit-for-tat 2", "doesn't mention February. It says: January 17"},
		{"were the strikes in december?", true, "Tit-for-tat 2", "doesn't mention December. It says: January 17"},
		// A place the article never names, typed in lowercase, is set against where it puts the strike.
		{"did pakistan bomb targets in khuzestan?", true, "Tit-for-tat 4", "doesn't mention Khuzestan. It says: In retaliation"},
		{"did iran hit quetta right?", true, "Tit-for-tat 2", "doesn't mention Quetta. It says: Iran targeted"},
		// A guess after a comma: "the US", not the pronoun; an office the article never gives, after a name it does.
		{"who does he say supports the terrorists, the US?", true, "Terrorist Support 1", "doesn't mention the US. It says:"},
		{"who were the talks with, iran's interior minister?", true, "Lead 3", "doesn't mention the interior minister. It says:"},
		// "Supreme leader" is an office the article never gives; offered against "president", a choice.
		{"is raisi iran's supreme leader?", true, "Terrorist Support 4", "doesn't mention the supreme leader. It says: Ebrahim Raisi: Iran’s President"},
		{"is Raisi the president or the supreme leader?", true, "Terrorist Support 4", "President"},
		// "Was it X who…?" asks who, with X as a guess; "was it X that…" is left as it was.
		{"was it Pakistan's army chief who held talks with Amirabdollahian?", true, "Lead 3", "doesn't mention the army chief. It says:"},
		{"was it Imran Khan who is to meet the Iranian minister?", true, "Terrorist Support 3", "doesn't mention Imran Khan. It says:"},
		{"was it the IRGC that carried out the strike?", false, "", "IRGC"},
		// Of people who did something together, the one the question does not name.
		{"who held talks with Amirabdollahian?", true, "Lead 3", "Jalil Abbas Jilani"},
		// Persian's "رو کی", object marker then "who": who did it to the one marked; "کشتن", they killed.
		{"بمباران غزه رو کی تشدید کرد؟", true, "Reciprocal Air Strikes 2", "Israel"},
		{"کارگرا رو کی کشتن؟", false, "", "doesn't say"},
		// "A sign of" is what the visit "signifies".
		{"what is the trip a sign of?", true, "Tit-for-tat 7", "signifies"},
		// A place another script spells in Latin letters is a name set against where the strike was; "في اقليم", in the province of.
		{"باكستان قصفت في اقليم خوزستان؟", true, "Tit-for-tat 4", "doesn't mention Khuzestan. It says: In retaliation"},
		{"پاکستان تو خوزستان حمله کرد؟", true, "Tit-for-tat 4", "doesn't mention Khuzestan. It says: In retaliation"},
		// Two figures offered after a comma guess the figure; two months are a choice of when.
		{"how many casualties, 12 or 11?", true, "Reciprocal Air Strikes 1", "11 casualties"},
		{"when did iran strike, january or february?", true, "Tit-for-tat 2", "January 17"},
		// Urdu's "کیا" after the doer's "نے" and before "تھا" is "kiya", did; before "تھے" after a noun, "what".
		{"Pakistan نے Khuzestan میں حملہ کیا تھا؟", true, "Tit-for-tat 4", "doesn't mention Khuzestan. It says: In retaliation"},
		{"ایران نے Karachi پر حملہ کیا تھا؟", true, "Tit-for-tat 2", "doesn't mention Karachi"},
		{"حملے میں مرنے والے بچوں کے نام کیا تھے؟", false, "", "doesn't say"},
		// Persian in Latin letters asks yes or no without a word for it, as in its own script.
		{"vazir khareje Iran be Pakistan safar kard?", true, "Lead 1", "The article says"},
		{"Pakistan too Khuzestan hamle kard?", true, "Tit-for-tat 4", "doesn't mention Khuzestan"},
		// Whether a visit was ever made before the story, which the article never tells.
		{"did jilani previously visit iran?", false, "", "doesn't say"},
		{"has raisi ever travelled to pakistan?", false, "", "doesn't say"},
		// A place guessed in Arabic's or Persian's script, after "in", is named in Latin letters; words no reading knows after "in" are no name.
		{"باكستان ضربت وين في ايران؟ في خيبر بختونخوا؟", true, "Tit-for-tat 4", "doesn't mention Khyber Pakhtunkhwa. It says"},
		{"ایران کجا رو زد؟ خیبر پختونخوا؟", true, "Tit-for-tat 2", "doesn't mention Khyber Pakhtunkhwa. It says"},
		{"اون کارگرا تو ایران چیکار میکردن؟ تو کارگاه ساختمونی بودن؟", false, "", "doesn't say"},
		// A clause of the asker's own musing, before or after what is asked, is dropped; not a question before it.
		{"I always muddle these diplomats lol, what's the name of Iran's foreign minister?", true, "Lead 3", "Amirabdollahian"},
		{"I was doomscrolling half the night, so which province did Pakistan's strike hit?", true, "Tit-for-tat 4", "Sistan-Baluchestan"},
		{"what date did iran strike pakistan, I'm hopelessly muddled by these timelines", true, "Tit-for-tat 2", "January 17"},
		{"Which province did Iran target? My uncle lives in Quetta, so I'm worried.", true, "Tit-for-tat 2", "Balochistan"},
		// A doubt a question offers against itself ("…, or am I mixing it up?") asks no more than the question.
		{"were the victims of Iran's strike grown men, or does the story say otherwise?", true, "Tit-for-tat 3", "two children"},
		{"Pakistan's strike was in Khuzestan, or am I mixing it up?", true, "Tit-for-tat 4", "doesn't mention Khuzestan"},
		// Persian's "کسی میدونه", does anyone know, asks no more; "سلام بچه‌ها", hi guys, greets, with no children.
		{"کسی میدونه اسم نخست وزیر موقت پاکستان چیه؟", true, "Terrorist Support 3", "Kakar"},
		{"سلام بچه\u200cها کی رفته پاکستان؟", true, "Lead 1", "foreign minister"},
		// "Who are the third countries?" asks for countries the article does not name.
		{"who are the third countries?", false, "", "doesn't say"},
		{"where are the terrorists who get third country support located", true, "Terrorist Support 1", "border areas"},
		// Urdu's "X Pakistan ka president hai na?", copula last, asks as "is X Pakistan's president?" does.
		{"Amirabdollahian Iran ke interior minister hain na?", true, "Terrorist Support 3", "doesn't mention the interior minister. It says: Amirabdollahian: Iran’s foreign minister"},
		{"Balochistan Iran ka province hai na?", true, "Tit-for-tat 2", "Pakistan’s Balochistan"},
		{"Raisi ki visit ki date confirm hai na?", true, "Terrorist Support 4", "determined"},
		// Arabic's "غير X" and Persian's "به جز X", besides X, set aside the name after them.
		{"عبداللهيان رح يجتمع مع مين غير جيلاني؟", true, "Terrorist Support 3", "Kakar"},
		{"به جز جیلانی امیرعبداللهیان با کی دیدار میکنه؟", true, "Terrorist Support 3", "Kakar"},
		// Arabic's "بأي" marks the language, in which "شهر" is a month, not Persian's city.
		{"الهجمات كانت بأي شهر؟ مارس؟", true, "Tit-for-tat 2", "doesn't mention March"},
		// Arabic's doer, deed, then "مين": who the deed was done to.
		{"الغرب يتهم مين بدعم الجماعات المسلحة؟", true, "Terrorist Support 2", "Tehran"},
		{"الغرب يتهم مين بتمويل الإرهاب؟", true, "Terrorist Support 2", "Tehran"},
		// Persian in Latin letters, copula last: "Kakar vazire kharejeye Pakistan e?" asks "is Kakar Pakistan's foreign minister?".
		{"Kakar vazire kharejeye Pakistan e dige?", true, "Terrorist Support 3", "The article says: Anwaar-ul-Haq Kakar: Pakistan’s caretaker Prime Minister"},
		{"Raisi raees jomhoore Iran e?", true, "Terrorist Support 4", "The article says: Ebrahim Raisi: Iran’s President"},
		// Persian in Latin letters: "gheramat", compensation, the article never tells of; "come out of" stays "come".
		{"Iran be khanevade-ha gheramat dad?", false, "", "doesn't say"},
		{"So what did Kakar say? Did anything come out of the meeting?", false, "", "doesn't say"},
		// English words in Urdu's script: "سٹرائیک", strike; "ہیڈلائن", headline; "آرٹیکل", article.
		{"ایران نے پاکستان میں سٹرائیک کب کی؟", true, "Tit-for-tat 2", "January 17"},
		{"آرٹیکل کی ہیڈلائن کیا ہے؟", true, "Title 1", "Visits Pakistan"},
		{"پاکستانی وزیر خارجہ کا نام کیا ہے جن کا آرٹیکل میں ذکر ہے؟", true, "Lead 3", "Jilani"},
		// Arabic's "مين اللي قتل…", who that killed, asks who killed: the article never says.
		{"مين اللي قتل التسعة عمال؟", false, "", "doesn't say"},
		{"مين اللي قتل العمال التسعة بسيستان وبلوشستان؟", false, "", "doesn't say"},
		// Gulf Arabic's "مو" last asks "isn't it?"; "راح ضحيتها", fell victim to it.
		{"كاكر هو رئيس باكستان مو؟", true, "Terrorist Support 3", "The article says: Anwaar-ul-Haq Kakar: Pakistan’s caretaker Prime Minister"},
		{"الضربة الإيرانية راح ضحيتها 5 أشخاص صح؟", true, "Tit-for-tat 3", "two children"},
		// Urdu in Latin letters: "qatl kiya", killed; "ohde", office; how long one stays in office is never told.
		{"Pakistani mazdooron ko kis ne qatl kiya?", false, "", "doesn't say"},
		{"Jilani kis ohde pe hain?", true, "Lead 3", "Jilani"},
		{"Kakar kab tak ohde par rahenge?", false, "", "doesn't say"},
		// A place after "in" and a country the article names: "in iran's kerman province".
		{"did pakistan hit targets in iran's kerman province?", true, "Tit-for-tat 4", "doesn't mention Kerman"},
		// Arabic and Persian say who someone is with no verb: "جيلاني وزير داخلية باكستان؟" asks "is Jilani…?".
		{"جيلاني وزير داخلية باكستان صح؟", true, "Lead 3", "doesn't mention the interior minister"},
		{"کاکر وزیر خارجه پاکستانه؟", true, "Terrorist Support 3", "caretaker Prime Minister"},
		// No figure counts an armed group's members; the dead of the strike on its hideout are counted.
		{"how many people from jaish al-adl did iran's strike kill?", false, "", "doesn't say"},
		{"how many died in iran's strike on jaish al-adl?", true, "Tit-for-tat 2", "Two children"},
		// Persian: "نشونه", a sign, is what the visit signifies; "zed", against; "ببخشید", excuse me, greets.
		{"این دیدار نشونه چیه؟", true, "Tit-for-tat 7", "signifies"},
		{"Jaish al-Adl zed e kodoom keshvare?", true, "Tit-for-tat 2", "anti-Iran"},
		{"ببخشید، رئیس جمهور ایران کیه؟", true, "Terrorist Support 4", "Raisi"},
		// A claim with a question tag ("…, didn't it") asks yes or no; words the article uses ("airstrike") are no bar to a lowercase place.
		{"pakistan bombed khuzestan didn't it", true, "Tit-for-tat 4", "doesn't mention Khuzestan"},
		{"were iran's airstrike targets in pakistan's sindh province?", true, "Tit-for-tat 2", "doesn't mention Sindh"},
		// More English words of news in Urdu's script: "پریزیڈنٹ", "ایمبیسڈر", "ریکال", "ویسٹرن کنٹریز".
		{"ایران کے پریزیڈنٹ کون ہیں؟", true, "Terrorist Support 4", "Raisi"},
		{"پاکستان نے ایمبیسڈر ریکال کیوں کیا؟", true, "Tit-for-tat 3", "children"},
		{"ویسٹرن کنٹریز تہران پر کیا الزام لگاتی ہیں؟", true, "Terrorist Support 2", "Western nations"},
		// Persian in Latin letters: "va", and.
		{"Pakistan va Iran marz-e moshtarak daran?", true, "Source of Stability 3", "shared border"},
		// Urdu's "me", in, where Urdu words mark the question; English's "me" stays.
		{"Pakistan ne Khuzestan me strike ki thi na?", true, "Tit-for-tat 4", "doesn't mention Khuzestan"},
		{"can you tell me who Jilani is?", true, "Lead 3", "Jilani"},
		// A cleft after "so wait," asks who as well.
		{"so wait, was it Pakistan's army chief who met Amirabdollahian?", true, "Terrorist Support 3", "doesn't mention the army chief. It says:"},
		// Arabic: "راح" before a place is went, not will; "الساعة كم", at what hour; "خلى…يزيد", made it rise.
		{"عبداللهيان راح باكستان ليش؟", true, "Lead 1", "restore diplomatic relations"},
		{"الضربة الباكستانية صارت الساعة كم؟", false, "", "doesn't say"},
		{"ايش اللي خلى التوتر يزيد؟", true, "Reciprocal Air Strikes 2", "heightened tensions"},
		// A total guessed in a yes-no question is set against the figure that sums up.
		{"total victims were 20, right?", true, "Reciprocal Air Strikes 1", "11 casualties"},
		{"were there 15 deaths in total?", true, "Reciprocal Air Strikes 1", "11 casualties"},
		// English words in Urdu's script, one word or two: "لیبررز", labourers; "ڈی ایسکلیٹ", de-escalate.
		{"دونوں ملکوں نے اتنی جلدی ڈی ایسکلیٹ کیوں کیا؟", true, "Reciprocal Air Strikes 3", "full-scale conflict"},
		{"ایران میں کتنے پاکستانی لیبررز مارے گئے؟", true, "Tit-for-tat 8", "Nine"},
		// A word no reading knows after "in" is a place only where the question ends with it or its kind: not Persian's "تو بالا گرفتن", in the rising of.
		{"فشارهای داخلی هم تو بالا گرفتن تنش\u200cها نقش داشتن؟", true, "Tit-for-tat 1", "internal political pressures"},
		// The ones a greeting addresses, with no comma after them, are no part of the question.
		{"hey everyone who killed the labourers?", false, "", "doesn't say"},
		{"hello everyone how many casualties in pakistan's strike?", true, "Tit-for-tat 4", "nine"},
		// A place after "in" and a country the article names is placed there, whatever follows.
		{"pakistan struck targets in iran's kerman, yeah?", true, "Tit-for-tat 4", "doesn't mention Kerman"},
		// Who heads a government is its prime minister; a country's office the article gives only to someone of another country is one it never mentions.
		{"who heads pakistan's interim government?", true, "Terrorist Support 3", "Kakar"},
		{"who is the leader of the caretaker government?", true, "Terrorist Support 3", "Kakar"},
		{"who is iran's prime minister?", false, "", "doesn't mention Iran’s prime minister"},
		// Not where the question names the person or weighs offices: the office the article gives answers.
		{"who is pakistan's foreign minister?", true, "Lead 3", "Jilani"},
		{"is kakar iran's prime minister?", true, "Terrorist Support 3", "Pakistan"},
		{"is raisi iran's prime minister or its president?", true, "Terrorist Support 4", "President"},
		// Urdu's "پہ" is "on", English letters in its script ("ایف ایم", FM) name offices, and a Latin word capitalised before a script without capitals is a name.
		{"ایرانی ایف ایم کس ملک کے دورے پہ ہے؟", true, "Lead 1", "Pakistan"},
		{"Khamenei نے حملوں پہ کچھ کہا؟", false, "", "doesn't mention Khamenei"},
		{"چائنا نے حملوں پہ کیا ری ایکشن دیا؟", false, "", "doesn't mention China"},
		// A sum of several events' dead answers for the events its sentence tells: the 11 of the reciprocal strikes.
		{"how many people were killed in the reciprocal attacks?", true, "Reciprocal Air Strikes 1", "11"},
		{"how many died altogether in the mutual strikes?", true, "Reciprocal Air Strikes 1", "11"},
		// Persian in Latin letters: reciprocal, reaction, exactly, "gharar shod" (agreed), "bara" (for), and country names.
		{"gharar shod bara terrorism chi kar konan?", true, "Source of Stability 3", "terrorism"},
		{"hamle ha motaghabel bood?", true, "Lead 4", "reciprocal"},
		{"amrika che vakoneshi neshoon dad?", false, "", "doesn't mention America"},
		{"hadaf e safar dagighan chi bood?", true, "Lead 1", "restore"},
		// The kind a deed was done to, named by what did it: "the group Iran targeted", Urdu's "Iran ne jis group ko…"; not a kind the question names.
		{"what was the name of the group iran targeted?", true, "Tit-for-tat 2", "Jaish al-Adl"},
		{"iran ne jis group ko nishana banaya uska naam kya hai?", true, "Tit-for-tat 2", "Jaish al-Adl"},
		{"what are the names of the baloch groups pakistan hit?", false, "", "doesn't say"},
		// Working together is cooperating, in English and Urdu; Arabic's "حالياً" is currently.
		{"will they work together against terrorism?", true, "Source of Stability 3", "collaboratively"},
		{"dono terrorism ke khilaf saath kaam karenge?", true, "Source of Stability 3", "collaboratively"},
		{"مين رئيس الوزراء المؤقت حالياً؟", true, "Terrorist Support 3", "Kakar"},
		// Persian: "حمله" and "یه" mark it; the place a deed is done to runs from "be" past its nouns and ezafe ("be ye paygah-e nezami-e Pakistan"); "چیکارس", what one does.
		{"ایران به یه پایگاه نظامی تو پاکستان حمله کرد؟", true, "Tit-for-tat 2", "hideout"},
		{"iran be ye paygah e nezami e pakistan hamle kard?", true, "Tit-for-tat 2", "hideout"},
		{"جیلانی چیکارس؟", true, "Lead 3", "counterpart"},
		{"ایران ۱۹ ژانویه به بلوچستان حمله کرد؟", true, "Tit-for-tat 2", "January 17"},
		// In Persian's order, a name after "too" (in) just before the closing verb is where the deed was done, not who did it.
		{"iran koja ro too pakistan zad?", true, "Tit-for-tat 2", "Balochistan"},
		{"pakistan chi ro too iran zad?", true, "Tit-for-tat 4", "Baloch"},
		{"kargar ha too balochistan koshte shodan?", true, "Tit-for-tat 8", "Sistan-Baluchestan"},
		// Persian in Latin letters: "doroste" (right?), "shenidam" (I heard) read away; a part of a question too short to show its language is read in the whole's.
		{"shenidam 30 nafar koshte shodan, doroste?", true, "Reciprocal Air Strikes 1", "11"},
		{"amirabdollahian alan kojast? kabul rafte?", true, "Lead 1", "visits Pakistan"},
		// A number of dead guessed with no deed, doer or victims named is set against the sum of both sides' dead.
		{"i heard 25 people were killed, true?", true, "Reciprocal Air Strikes 1", "11"},
		{"were 20 children killed?", true, "Tit-for-tat 3", "two children"},
		// Arabic dialects: "صح الكلام" asks whether it is true; Egyptian "يبقى" is is; "مستهدفتها", targeted.
		{"سمعت إن 40 شخص ماتوا بالضربات، صح الكلام؟", true, "Reciprocal Air Strikes 1", "11"},
		{"كاكر ده يبقى مين؟", true, "Terrorist Support 3", "Prime Minister"},
		// Persian's opening "کیا" is who (Urdu's asks yes or no); a barracks, "راسته" (is it true), ambassadors with their endings.
		{"کیا تهران رو متهم میکنن؟", true, "Terrorist Support 2", "Western"},
		{"ایران پادگان ارتش پاکستانو زد؟", true, "Tit-for-tat 2", "hideout"},
		{"هر دو طرف سفیراشونو برگردوندن؟", true, "Tit-for-tat 6", "ambassadors"},
		// Persian's "rabt" is a link between things, not diplomatic relations; its "dare" (has) is not Japanese's "dare" (who).
		{"tanesh ha che rabti be jang e gaza dare?", true, "Lead 2", "Gaza"},
		// A greeting read away still tells the question's language: "salam bacheha, …" is Persian.
		{"salam bacheha, amirabdollahian alan rafte pakistan?", true, "Lead 1", "Pakistan"},
		// Persian in Latin letters: "mikhad bere", plans to go; not Bengali's "bere", rose.
		{"raisi ham mikhad bere pakistan?", true, "Terrorist Support 4", "plans to visit"},
		// Urdu in both scripts: "کیا" after "ne" and before "tha" is did; "bas" is only.
		{"Iran ne Karachi میں attack کیا tha?", true, "Tit-for-tat 2", "doesn't mention Karachi"},
		{"Pakistan ki strike mein bas 4 log mare?", true, "Tit-for-tat 4", "Pakistan"},
		// A speaker who says "it" did something did it; Urdu's "bhi" (also) states what is asked, yes or no.
		{"did pakistan say it struck jaish al-adl?", true, "Tit-for-tat 4", "Baloch"},
		{"Pakistan ne bhi Jaish al-Adl ko nishana banaya?", true, "Tit-for-tat 4", "Baloch"},
		// To cool it down is to de-escalate; "on agenda", to be discussed.
		{"did the two countries agree to cool it down?", true, "Tit-for-tat 6", "de-escalate"},
		{"is the labourers' killing on agenda?", true, "Tit-for-tat 8", "labourers"},
		// A place before a visit word is where the visit is set ("India visit pe"); an acronym names alone ("FM China" is China); a rumour is no content.
		{"did the iranian FM really go to pakistan or is it a rumour?", true, "Lead 1", "visits Pakistan"},
		{"Iranian FM China visit pe hai na?", true, "Lead 1", "doesn't mention China"},
		// An adverb between "who" and the deed is no deed: "who actually killed…" asks who killed.
		{"who actually killed the nine labourers?", false, "", "doesn't say"},
		{"who actually struck first?", true, "Tit-for-tat 4", "Iran"},
		// Urdu's closing "آخر" (after all) asks nothing of its own.
		{"یہ وزٹ کس لیے ہے آخر؟", true, "Lead 1", "restore"},
		// A saying is no deed's object: "be gofte-ye Pakistan", according to Pakistan, does not make Pakistan the one attacked.
		{"به گفته پاکستان تو حمله ایران چند نفر کشته شدن؟", true, "Tit-for-tat 3", "two children"},
		// Persian in Latin letters reads its ezafe as the script's: "hamle-ye Pakistan" is Pakistan's attack.
		{"be gofte ye pakistan too hamle iran chand nafar koshte shodan?", true, "Tit-for-tat 3", "two children"},
		{"hamle pakistan too balochistan bood?", true, "Tit-for-tat 4", "Sistan-Baluchestan"},
		// A claim of responsibility for a death asks who caused it, which for the labourers the article never says.
		{"did anyone claim responsibility for killing the labourers?", false, "", "doesn't say"},
		// When the speaker is not who acted, the country whose strike the question names did: "who did Pakistan say died in Iran's strike?"
		{"who did pakistan say died in iran's strike?", true, "Tit-for-tat 3", "children"},
		{"did islamabad say the iranian attack killed anyone?", true, "Tit-for-tat 3", "two children"},
		// A yes-no question that gives a strike's dead a number is answered by the figure of those it names, else by the striker's own; an Arabic arrest is a record the article does not give.
		{"did pakistan's airstrike kill two kids?", true, "Tit-for-tat 3", "two children killed after Iran targeted"},
		{"so Iran's attack killed 9 people in Pakistan?", true, "Tit-for-tat 3", "two children"},
		{"did Iran's strike kill two children?", true, "Tit-for-tat 3", "two children"},
		{"Did Iran admit that two children died in its strike?", false, "", "doesn't say"},
		{"were the 11 casualties all from Pakistan's strike?", true, "Reciprocal Air Strikes 1", "11 casualties"},
		{"اتقبض على اللي قتلوا العمال؟", false, "", "doesn't say"},
		// An office of a country, after the one asked to hold it, is his: "is Kakar president of Pakistan?"; Finglish words for weapons and arrests.
		{"is kakar president of pakistan?", true, "Terrorist Support 3", "caretaker Prime Minister"},
		{"is Raisi foreign minister of Iran?", true, "Terrorist Support 4", "Iran’s President"},
		{"pakistan ba che selahi zad? drone bood?", false, "", "doesn't say"},
		{"chand nafar baad az hamle ha dastgir shodan?", false, "", "doesn't say"},
		// A day counted from today (tomorrow, yesterday) is a time set against the article's, and states a question: "Raisi goes to Islamabad tomorrow?"
		{"raisi goes to islamabad tomorrow?", true, "Terrorist Support 4", "yet to be determined"},
		{"is Raisi coming to Pakistan tonight?", true, "Terrorist Support 4", "yet to be determined"},
		{"raisi hamin farda mire islamabad?", true, "Terrorist Support 4", "yet to be determined"},
		// Who struck first is told by the deed done in retaliation for the earliest, cited first, unless a day, a time or a place is asked too.
		{"which side hit first?", true, "Tit-for-tat 4", "In retaliation, Pakistan launched"},
		{"did iran strike first?", true, "Tit-for-tat 4", "The article says: Iran targeted"},
		{"who threw the first punch and on what date?", true, "Tit-for-tat 2", "In retaliation"},
		{"In the first strike, which country's territory was hit?", true, "Tit-for-tat 2", "Iran targeted"},
		// Persian puts the doer first: a yes-no question's first name, not the marked object, acted.
		{"پاکستان گفت جیش\u200cالعدل رو زده؟", true, "Tit-for-tat 4", "Baloch separatist"},
		{"pakistan too sistan o baluchestan jaish al adl ro zad?", true, "Tit-for-tat 4", "Baloch separatist"},
		// A claim stated of a speaker's own deed, without "did", is the speaker's deed.
		{"pakistan said it hit jaish al-adl?", true, "Tit-for-tat 4", "Baloch separatist"},
		{"Pakistan claimed it targeted Jaish al-Adl, right?", true, "Tit-for-tat 4", "Baloch separatist"},
		// "Or what" ending a yes-no question leaves it open; after "what" it offers a guess.
		{"is jalil abbas jilani pakistan's interior minister or what", true, "Lead 3", "doesn't mention the interior minister"},
		{"what group did iran say was in the hideout, jaish al adal or something", true, "Tit-for-tat 2", "Jaish al-Adl"},
		// Persian words for one's own, a target, and what one does for a living.
		{"کاکر چه کاره\u200cست؟", true, "Terrorist Support 3", "caretaker Prime Minister"},
		{"ایران گفت هدفش کدوم گروه بوده؟", true, "Tit-for-tat 2", "Jaish al-Adl"},
		{"پاکستان بعد حمله ایران با سفیر خودش چیکار کرد؟", true, "Tit-for-tat 3", "recalled its ambassador"},
		// A cleft stated ("Iran is the one that…") asks as "is it Iran that…".
		{"iran is the one that withdrew its ambassador from islamabad?", true, "Tit-for-tat 3", "Pakistan recalled its ambassador"},
		{"ايران هي اللي سحبت سفيرها من اسلام اباد؟", true, "Tit-for-tat 3", "Pakistan recalled its ambassador"},
		// Arabic words for women, flights, a press conference, and relying on someone.
		{"هل عقد الوزيران مؤتمر صحفي مشترك؟", false, "", "doesn't say"},
		{"هل كان بين قتلى الضربة الباكستانية نساء؟", false, "", "doesn't say"},
		{"هل انعلقت الرحلات الجوية بين البلدين؟", false, "", "doesn't say"},
		{"باكستان اعتمدت على مساعدة منو في ترتيبات الجثث؟", true, "Tit-for-tat 9", "assistance"},
		// Who is held responsible for, blamed for or behind a deed asks who did it.
		{"Who is believed to be responsible for killing the nine Pakistani labourers?", false, "", "doesn't say"},
		{"Who does Pakistan blame for killing the labourers?", false, "", "doesn't say"},
		{"who is behind the killing of the labourers?", false, "", "doesn't say"},
		{"who was behind the strike in balochistan?", true, "Tit-for-tat 2", "Iran targeted"},
		// Urdu's owner before "kitne" is whose the counted are; Urdu loanwords and everyday words.
		{"ایران کے حملے میں جیش العدل کے کتنے بندے مرے؟", false, "", "doesn't say"},
		{"Iran ke hamle mein Jaish al-Adl ke kitne log mare?", false, "", "doesn't say"},
		{"کیا دونوں ملکوں کے ایمبیسیڈرز واپس ری انسٹیٹ ہو گئے؟", true, "Tit-for-tat 6", "reinstating ambassadors"},
		{"سنا ہے دونوں حملوں میں 20 سے زیادہ لوگ مرے، سچ ہے؟", true, "Reciprocal Air Strikes 1", "11 casualties"},
		{"دونوں وزیروں نے پاک ایران تعلقات کو کس چیز کے لیے ضروری کہا؟", true, "Source of Stability 1", "regional stability"},
		// Persian and Arabic everyday words: for, one-sided, currently.
		{"وزیر خارجه ایران واسه چی رفته پاکستان اصلا؟", true, "Lead 1", "restore"},
		{"این حملات یک\u200cطرفه بود یا هر دو کشور زدن؟", true, "Lead 4", "reciprocal"},
		{"رئيسي زار باكستان فعلاً بعدين ولا تأجلت؟", false, "", "doesn't say"},
		// A deed stated as having happened asks whether it did; Finglish "anjam dad", carried out.
		{"raisi trip happened?", false, "", "doesn't say that happened"},
		{"ki dare kar haye enteghal e jenaze ha ro anjam mide?", true, "Tit-for-tat 9", "Pakistan coordinating"},
		// Victims asked of "the dead of" a strike, and Urdu's "marne walon mein X bhi", among those who died, X too.
		{"were there kids among the dead of pakistan's strike?", false, "", "doesn't say"},
		{"Pakistan ki strike mein marne walon mein bache bhi the kya?", false, "", "doesn't say"},
		{"iran ki strike mein marne walon mein bache bhi the kya?", true, "Tit-for-tat 3", "two children"},
		// A country the article never names, put as the doer of a deed it tells another did ("is it Russia that…", "while Egypt was…"), is answered by who did it.
		{"is it russia that accuses iran of backing terror groups?", true, "Terrorist Support 2", "doesn't mention Russia. It says: Western nations"},
		{"did this all happen while egypt was bombing gaza??", true, "Reciprocal Air Strikes 2", "doesn't mention Egypt"},
		{"did india react?", false, "", "doesn't"},
		// Urdu's "gaya", went, after a country is a visit to it, unless a choice is offered.
		{"Iran ka FM Afghanistan gaya tha na?", true, "Lead 1", "doesn't mention Afghanistan"},
		{"کیا Iran کا FM Afghanistan گیا ہے؟", true, "Lead 1", "Pakistan"},
		{"ایرانی منسٹر افغانستان گئے ہیں یا پاکستان؟", true, "Title 1", "Pakistan"},
		// Iraqi and Gulf Arabic: what is his name, this month, did, crucial.
		{"شسمه وزير الخارجية الإيراني المذكور بالخبر؟", true, "Lead 3", "Amirabdollahian"},
		{"الضربات صارت هالشهر ولا السنة الماضية؟", true, "Lead 4", "earlier this month"},
		{"السفير الإيراني لدى باكستان شسمه؟", false, "", "doesn't"},
		// Finglish "dige" ending a short question is its tag, not "ye shahr dige"; Egyptian "yom kam", which day.
		{"Anwaar-ul-Haq Kakar kie dige?", true, "Terrorist Support 3", "caretaker Prime Minister"},
		{"mozakerat too Islamabad bood ya ye shahr dige?", false, "", "doesn't"},
		{"باكستان ضربت إيران يوم كام بالضبط؟", false, "", "doesn't say"},
		// "By whom" before the death asks who killed; Persian's "کی" before a name it marks as the object is who; Persian "resumed", "civilian".
		{"by whom were the pakistani workers killed?", false, "", "doesn't say"},
		{"کارگرای پاکستانی توسط چه کسانی کشته شدن؟", false, "", "doesn't say"},
		{"کی ایران رو متهم به حمایت از گروه\u200cهای تروریستی میکنه؟ چین؟", true, "Terrorist Support 2", "doesn't mention China"},
		{"روابط دیپلماتیک دو کشور از سر گرفته شد؟", true, "Tit-for-tat 6", "resuming diplomatic links"},
		// Arabic's "قالت إنها", said that it: the speaker speaks of itself.
		{"باكستان قالت إنها ضربت جيش العدل؟", true, "Tit-for-tat 4", "Baloch separatist"},
		{"إيران قالت إنها ضربت انفصاليين بلوش؟", true, "Tit-for-tat 2", "Jaish al-Adl"},
		// Arabic and Persian words for naming, Syria, a memorandum, a deal, a project and a delegation.
		{"طب هو سمّى الدول دي؟ أكيد قال أمريكا", true, "Terrorist Support 1", "third countries"},
		{"الضربة الإيرانية على باكستان كانت بنفس يوم ضرباتها على العراق وسوريا؟", false, "", "doesn't"},
		// Finglish phrases: answered, which day, what date, coordinating, resumed.
		{"pakistan chetori javab dad be iran", true, "Tit-for-tat 4", "retaliation"},
		{"hamle pakistan daghighan che roozi bood? 18 january?", false, "", "doesn't say"},
		{"ki karaye bargardundan jenaze ha ro hamahang mikone?", true, "Tit-for-tat 9", "coordinating"},
		// Urdu: there, hiding.
		{"ایران نے کہا وہاں کون سا گروپ چھپا ہوا تھا؟", true, "Tit-for-tat 2", "Jaish al-Adl"},
		// Finglish verb phrases: confront, pledged, happened, responded, handed over.
		{"mantaghe'i ke mikhan terror ro tush moghabele konan hamun jayi e ke hamle ha shod?", true, "Source of Stability 3", "shared border"},
		// A strike's dead given the sum's number by one striker are set against its own; asked of both, the sum answers.
		{"did pakistan's strike kill 11 people in iran?", true, "Tit-for-tat 4", "at least nine"},
		{"مجموع تلفات حمله\u200cهای ایران و پاکستان ۱۱ نفره؟", true, "Reciprocal Air Strikes 1", "11 casualties"},
		// After a "what", "or what" offers a guess, not an open end.
		{"So the internal political pressures, um, what were they exactly — elections or what?", false, "", "doesn't"},
		// A party said to have killed a number is answered with its own deed's dead, a strike named or not.
		{"did iran kill nine people?", true, "Tit-for-tat 3", "two children"},
		{"were 12 pakistani labourers killed in iran?", true, "Tit-for-tat 8", "nine Pakistani labourers"},
		// An English claim names its speaker right after "is it true that": "Israel commented…, right?"; an Arabic claim does not.
		{"Israel commented on the strikes, right?", false, "", "doesn't say"},
		{"Jaish al-Adl claimed the attack, didn't it?", false, "", "doesn't say"},
		{"Amirabdollahian said terrorists get help from third countries, right?", true, "Terrorist Support 1", "third countries"},
		{"هل ايران متهمة بدعم جماعات مصنفة ارهابية؟", true, "Terrorist Support 2", "accuse"},
		// A lone mark of a language tells it when no other language has one; English and Roman Urdu have marks, spell nothing, and so keep "kam az kam" from telling Persian. A language's own spellings are not read inside a phrase ("javab dad", responded). Persian names the speaker first.
		{"raisi ham mire pakistan", true, "Terrorist Support 4", "Raisi"},
		{"pakistan chetori javab dad be iran", true, "Tit-for-tat 4", "retaliation"},
		{"khamenei chi goft dar mored hamle pakistan", false, "", "doesn't say"},
		{"pakistan ki strike mein kam az kam kitne mare", true, "Tit-for-tat 4", "nine"},
		{"Iran ne Balochistan pe hamla kab kiya", true, "Tit-for-tat 2", "January 17"},
		// Tagalog's "ba" is no lone mark of Persian: Tagalog has marks of its own.
		{"nagbigay ba siya ng details sa claim na third countries ang tumutulong?", true, "Terrorist Support 1", "third countries"},
		{"nagsalita ba si Khamenei tungkol sa strikes?", false, "", "doesn't"},
		// Finglish typed short or run together: "chnd", "kodom", "nakhostvazir", "oftad"; "che saati" with the verb after it asks the hour.
		{"tu hamle iran chnd nafar koshte shodan", true, "Tit-for-tat 3", "Two children killed"},
		{"nakhostvazir movaghat pakistan kie", true, "Terrorist Support 3", "Kakar: "},
		{"didar ba kakar che saati shoroo mishe?", false, "", "doesn't"},
		{"esm kochike amirabdollahian chie", false, "", "doesn't"},
		{"hamle havayi key etefagh oftad", true, "Lead 4", "earlier this month"},
		// "What was the exact date…" asks a date; a term's end is a tenure the article never gives.
		{"what was the exact date the foreign minister arrived in pakistan?", false, "", "doesn't say when"},
		{"when does Raisi's term end?", false, "", "doesn't"},
		{"what was the exact day of Iran's strike?", true, "Tit-for-tat 2", "January 17"},
		{"when does Kakar's caretaker term end?", false, "", "doesn't"},
		// Persian's "X be ki hamle kard?" asks whom X attacked, X the doer; "didar dare", has a meeting; "torkiye", Turkey.
		{"pakistan be ki hamle kard", true, "Tit-for-tat 4", "Baloch separatist"},
		{"vazir kharejeye iran ba kia didar dare", true, "Terrorist Support 3", "Kakar"},
		{"torkiye vakonesh dad?", false, "", "doesn't mention Turkey"},
		// A date asked to be fixed for a month the article never gives is answered with the date yet to be determined.
		{"has the date for Raisi's trip been set for March?", true, "Terrorist Support 4", "doesn't mention March"},
		{"is the date of Raisi's visit fixed for next week?", true, "Terrorist Support 4", "yet to be determined"},
		// A claim without a question mark in Arabic script asks yes or no; "went" states a deed done; Persian goes to a place without "to".
		{"Amirabdollahian went to Afghanistan?", true, "Lead 1", "doesn't mention Afghanistan"},
		{"امیرعبداللهیان رفت افغانستان", true, "Lead 1", "doesn't mention Afghanistan"},
		{"وزیر خارجه ایران رفت عراق", true, "Lead 1", "doesn't mention Iraq"},
		// A person's office put in a country the article never names is answered with the office it gives: "is Jilani India's foreign minister?"; a known person is no part of a stranger's name.
		{"is Jilani India's foreign minister?", true, "Lead 3", "doesn't mention India"},
		{"is Kakar Afghanistan's prime minister?", true, "Terrorist Support 3", "doesn't mention Afghanistan"},
		{"وزير خارجية ايران راح الهند؟", true, "Lead 1", "doesn't mention India"},
		{"هو وزير خارجية ايران راح الهند ولا باكستان؟", true, "Lead 1", "visits Pakistan"},
		// In lowercase, two words the article and English never use after a meeting or an office name a person.
		{"will the fm meet pm shehbaz sharif?", true, "Terrorist Support 3", "doesn't mention Shehbaz Sharif"},
		{"did the fm meet army chief asim munir?", false, "", "doesn't mention Asim Munir"},
		// Urdu and Persian put the meeting after the name of whom it is with; a name in another script may be one the article never gives; "X's foreign minister is Y?" asks who holds the office, and the holder's card answers.
		{"عبداللہیان شہباز شریف سے ملنے والے ہیں کیا؟", true, "Terrorist Support 3", "doesn't mention Shehbaz Sharif"},
		{"ایران کا وزیر خارجہ جواد ظریف ہے نا؟", true, "Lead 3", "Amirabdollahian: Iran’s foreign minister"},
		{"Iran's foreign minister is Javad Zarif, right?", true, "Terrorist Support 3", "Amirabdollahian: Iran’s foreign minister"},
		{"did Imran Khan meet Jilani?", false, "", "doesn't mention Imran Khan"},
		// A name rewritten passes to the words it becomes, not to others; Urdu's "X ne bayan diya" gives X's statement; "banne se pehle", before becoming.
		{"Kakar PM daemi e ya caretaker?", true, "Terrorist Support 3", "caretaker"},
		{"Israel ne Iran Pakistan tension pe koi bayan diya?", false, "", "doesn't"},
		{"Kakar PM banne se pehle kya karte the?", false, "", "doesn't say"},
		{"kollan chand nafar koshte shodan?", true, "Reciprocal Air Strikes 1", "11"},
		// Persian puts an office before its country ("رئیس جمهور پاکستان"); a place before a last "bood" ends the claim; colloquial "mordan", died; the Leader of the Revolution.
		{"رئیس جمهور پاکستان کیه", false, "", "Pakistan’s president"},
		{"پاکستان گفت تو حمله ایران چند نفر مردن", true, "Tit-for-tat 3", "Two children"},
		{"حمله پاکستان تو استان کرمان بود", true, "Tit-for-tat 4", "doesn't mention Kerman"},
		{"رهبر انقلاب درباره این سفر چیزی گفت؟", false, "", "supreme leader"},
		{"من هو الوزير اللي يزور؟ الخبر عن وزير خارجية باكستان يزور إيران صح؟", true, "Title 1", "Iranian Foreign Minister"},
		// Urdu's "X ne … kaha", "bataya": X speaks, unless X speaks with another.
		{"iran ki strike me pakistan ne kitne bachay marne ka bataya", true, "Tit-for-tat 3", "Two children"},
		{"Israel ne Pakistan Iran strikes par kuch kaha?", false, "", "doesn't"},
		{"Jilani aur Amirabdollahian ne regional stability par kya kaha?", true, "Source of Stability 1", "stability"},
		// "exact day…" asks a date.
		{"exact day the ambassadors were reinstated", false, "", "doesn't say when"},
		// An Arabic claim names its speaker when "said" follows the name; Persian's does not.
		{"إسرائيل قالت شي عن الضربات؟", false, "", "doesn't"},
		{"پاکستان گفت جیش العدل رو زده؟", true, "Tit-for-tat 4", "Baloch"},
		// To allege against someone is to accuse him.
		{"what do western nations allege against tehran?", true, "Terrorist Support 2", "accuse Tehran"},
		// Arabic as news reads it: "فعلت", did, "عقب", after, "بلغ" read away.
		{"ماذا فعلت باكستان بسفيرها عقب الضربة الإيرانية؟", true, "Tit-for-tat 3", "recalled"},
		{"كم بلغ إجمالي القتلى في الضربات المتبادلة؟", true, "Reciprocal Air Strikes 1", "11"},
		// Finglish: "asli", main, "donbale", going after, "dagigan", exactly.
		{"iran donbale kodom goroh bood?", true, "Tit-for-tat 2", "Jaish al-Adl"},
		{"titre asli khabar chie?", true, "Title 1", "Iranian Foreign Minister"},
		// Cutting diplomatic ties severs them.
		{"did pakistan cut diplomatic relations with iran for good?", true, "Tit-for-tat 6", "resuming diplomatic links"},
		// Arabic puts the doer after "شنت", launched.
		{"في أي محافظة إيرانية شنت باكستان ضربتها؟", true, "Tit-for-tat 4", "Sistan-Baluchestan"},
		{"متى ضربت إيران باكستان؟", true, "Tit-for-tat 2", "January 17"},
		// Persian's "dige" and "dg" are marks of Persian, read "right" by its own spelling; an "e" last or before the tag is "is", not the ezafe.
		{"kakar raees jomhur pakistan e dige?", true, "Terrorist Support 3", "Kakar"},
		{"balochistan tu pakistan e dg?", true, "Tit-for-tat 2", "Balochistan"},
		// Punjabi's "kehre" is which.
		{"Jilani kehre mulk da minister aa?", true, "Lead 3", "Pakistan"},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			a, err := ix.Answer(context.Background(), tt.q)
			if err != nil {
				t.Fatal(err)
			}
			cite := ""
			if len(a.Citations) > 0 {
				cite = a.Citations[0].Section + " " + itoa(a.Citations[0].Sentence)
			}
			if a.Answered != tt.answered || cite != tt.cite || !strings.Contains(a.Text, tt.contains) {
				t.Errorf("Answer(%q) = answered %v, cite %q, text %q; want %v, %q, text with %q",
					tt.q, a.Answered, cite, a.Text, tt.answered, tt.cite, tt.contains)
			}
			if !a.Answered && len(a.Nearest) == 0 {
				t.Errorf("Answer(%q) abstained with no nearest passages", tt.q)
			}
			for _, c := range append(a.Citations, a.Nearest...) {
				if s, ok := ix.Corpus().Sentence(c.Ref()); !ok || s.Text != c.Text {
					t.Errorf("citation %+v is not the article's sentence %q", c, s.Text)
				}
			}
		})
	}
}

// The short answer is made of fact-sheet values and quotes: every word of it
// is in the article or the fact sheet, never invented.
func TestAnswerSaysOnlyWhatTheSourceSays(t *testing.T) {
	ix := defaultIndex(t)
	known := map[string]bool{}
	add := func(text string) {
		for _, w := range words(text) {
			known[w] = true
		}
	}
	for _, s := range ix.sentences {
		add(s.Text)
	}
	for _, a := range ix.corpus.Articles {
		for _, e := range a.Facts.Entities {
			add(e.Name + " " + e.Role + " " + e.Summary)
		}
		for _, e := range a.Facts.Events {
			add(e.Says + " " + e.When + " " + e.Where + " " + e.Why)
		}
		for _, f := range a.Facts.Figures {
			add(f.Says + " " + f.Stated + " " + f.Counted + " " + f.Where)
		}
	}
	add("the article says doesn't say when where also reports what it that happened")
	for _, q := range []string{"how many died", "when did iran attack", "who is kakar", "why did pakistan strike",
		"where were labourers killed", "did raisi visit", "what did the ministers pledge", "jaish al adl"} {
		a, err := ix.Answer(context.Background(), q)
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range words(a.Text) {
			if !known[w] {
				t.Errorf("Answer(%q) = %q: %q is neither in the article nor in the fact sheet", q, a.Text, w)
			}
		}
	}
}

func TestAnswerIsDeterministic(t *testing.T) {
	other := freshIndex(t) // a second, separately built index
	for _, q := range []string{"how many ppl died", "who is the foreign minister", "what happened in balochistan", "ambassador?"} {
		first, _ := defaultIndex(t).Answer(context.Background(), q)
		want, _ := json.Marshal(first)
		for i := 0; i < 20; i++ {
			ix := defaultIndex(t)
			if i%2 == 1 {
				ix = other
			}
			a, _ := ix.Answer(context.Background(), q)
			if got, _ := json.Marshal(a); string(got) != string(want) {
				t.Fatalf("Answer(%q) run %d = %s, want %s", q, i, got, want)
			}
		}
	}
}

// Scores are sums over a question's terms; summed in map order, equal
// candidates differed in their last bits from one run to the next, and ties
// between them went either way.
func TestRankScoresAreExact(t *testing.T) {
	ix := defaultIndex(t)
	for _, text := range []string{
		"Which third countries does the Iranian minister accuse of backing the militants in the border areas?",
		"After the exchange of strikes, what concrete steps did the two governments take to normalise bilateral ties?",
		"were any children killed in pakistan's strike on iran",
	} {
		q := ix.read(text)
		first, err := ix.rank(context.Background(), q)
		if err != nil {
			t.Fatal(err)
		}
		for range 50 {
			again, err := ix.rank(context.Background(), ix.read(text))
			if err != nil {
				t.Fatal(err)
			}
			for i := range first {
				if again[i].f.kind != first[i].f.kind || !slices.Equal(again[i].f.refs, first[i].f.refs) || again[i].score != first[i].score {
					t.Fatalf("%q: rank %d is %v (%v), was %v (%v)", text, i, again[i].f.refs, again[i].score, first[i].f.refs, first[i].score)
				}
			}
		}
	}
}

func TestAnswerBadInput(t *testing.T) {
	ix := defaultIndex(t)
	tests := []struct {
		name  string
		q     string
		empty bool
	}{
		{"empty", "", true},
		{"whitespace", " \t\n ", true},
		{"punctuation only", "?!...", true},
		{"10,000 characters", strings.Repeat("how many children were killed ", 340), false},
		{"binary", "\x00\xff\xfe how many \x01 died", false},
		{"zero-width and RTL", "who\u200b is \u202ejilani\u202c\u200f", false},
		{"query syntax", `* ? : " ( ) ~ ^ /.*/ +text:killed -foo`, false},
		{"regexp only", "/.*/", true},
		{"mentions", "@everyone <@123> <@&456> how many died", false},
		{"markdown", "```\n**who** is `jilani`\n```", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ix.Answer(context.Background(), tt.q)
			if tt.empty {
				if !errors.Is(err, ErrEmptyQuestion) {
					t.Errorf("Answer(%q) error = %v, want ErrEmptyQuestion", tt.q, err)
				}
				return
			}
			if err != nil {
				t.Fatalf("Answer(%q) error = %v", tt.q, err)
			}
			if a.Text == "" || len([]rune(a.Question)) > MaxQuestionRunes {
				t.Errorf("Answer(%q) = %+v", tt.q, a)
			}
		})
	}
	long, _ := ix.Answer(context.Background(), strings.Repeat("how many children were killed ", 340))
	if !long.Answered || !strings.Contains(long.Note, "cut") {
		t.Errorf("a long question should be answered from its start and say it was cut: %+v", long)
	}
	rtl, _ := ix.Answer(context.Background(), "who\u200b is \u202ejilani\u202c\u200f")
	if !rtl.Answered || !strings.Contains(rtl.Text, "Jilani") {
		t.Errorf("zero-width and RTL marks should be ignored: %+v", rtl)
	}
}

func TestAnswerHonoursContext(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := defaultIndex(t).Answer(ctx, "how many died"); err == nil {
		t.Error("Answer with a cancelled context succeeded")
	}
}

func TestSearch(t *testing.T) {
	ix := defaultIndex(t)
	tests := []struct {
		q, first, bold string
	}{
		{"ambassador", "Tit-for-tat 3", "**ambassador**"},
		{"envoy", "Tit-for-tat 3", "**ambassador**"},     // synonym
		{"ambasador", "Tit-for-tat 3", "**ambassador**"}, // typo
		{"workers", "Tit-for-tat 8", "**labourers**"},
		{"Jilani", "Lead 3", "**Jilani**"},
	}
	for _, tt := range tests {
		hits, err := ix.Search(context.Background(), tt.q, 3)
		if err != nil {
			t.Fatal(err)
		}
		if len(hits) == 0 {
			t.Errorf("Search(%q) found nothing", tt.q)
			continue
		}
		got := hits[0].Section + " " + itoa(hits[0].Sentence)
		if got != tt.first || !strings.Contains(hits[0].Highlight, tt.bold) {
			t.Errorf("Search(%q) = %s %q, want %s with %s", tt.q, got, hits[0].Highlight, tt.first, tt.bold)
		}
	}
	for _, q := range []string{`text:*`, `"unclosed`, `/.*e.*/`, `*a*`, "?", "the of and"} {
		if hits, err := ix.Search(context.Background(), q, 100); err != nil || len(hits) > 0 {
			t.Errorf("Search(%q) = %d hits, %v; want none and no error: query syntax is not interpreted", q, len(hits), err)
		}
	}
}

func TestLookup(t *testing.T) {
	ix := defaultIndex(t)
	tests := []struct {
		q, name string
	}{
		{"Jilani", "Jalil Abbas Jilani"},
		{"jilany", "Jalil Abbas Jilani"},
		{"Jalil Abbas Jillani", "Jalil Abbas Jilani"},
		{"Raeisi", "Ebrahim Raisi"},
		{"Amir-Abdollahian", "Amirabdollahian"},
		{"amir abdolahian", "Amirabdollahian"},
		{"Jaish ul-Adl", "Jaish al-Adl"},
		{"Baluchistan", "Balochistan"},
		{"Sistan and Baluchestan", "Sistan-Baluchestan"},
		{"caretaker prime minister", "Anwaar-ul-Haq Kakar"},
	}
	for _, tt := range tests {
		c := ix.Lookup(tt.q)
		if !c.Found || c.Name != tt.name || len(c.Mentions) == 0 || len(c.Citations) == 0 {
			t.Errorf("Lookup(%q) = %q found=%v, %d mentions; want %q with mentions", tt.q, c.Name, c.Found, len(c.Mentions), tt.name)
		}
	}
	miss := ix.Lookup("Jelanee")
	if miss.Found || !slices.Contains(miss.Suggestions, "Jalil Abbas Jilani") {
		t.Errorf("Lookup(misspelt beyond repair) = %+v, want not found with a suggestion", miss)
	}
	if c := ix.Lookup("Abbas Jilany"); !c.Found || c.Name != "Jalil Abbas Jilani" {
		t.Errorf("Lookup(Abbas Jilany) = %q, want Jalil Abbas Jilani", c.Name)
	}
	if c := ix.Lookup("Imran Khan"); c.Found {
		t.Errorf("Lookup(Imran Khan) found %q", c.Name)
	}
}

func TestSuggest(t *testing.T) {
	ix := defaultIndex(t)
	if got := ix.Suggest("ji", 25); len(got) == 0 || got[0] != "Jalil Abbas Jilani" {
		t.Errorf("Suggest(ji) = %q, want Jalil Abbas Jilani first", got)
	}
	if got := ix.Suggest("raei", 25); len(got) != 1 || got[0] != "Ebrahim Raisi" {
		t.Errorf("Suggest(raei) = %q, want [Ebrahim Raisi] via its alias", got)
	}
	if got := ix.Suggest("", 3); len(got) != 3 {
		t.Errorf("Suggest('', 3) = %q, want 3 names", got)
	}
	if got := ix.Suggest("zzz", 25); len(got) != 0 {
		t.Errorf("Suggest(zzz) = %q, want none", got)
	}
}

// A filler word must not share a canonical term with a thesaurus group, or
// the whole group would be ignored in questions ("plain" among the words of
// terrain made "mountainous" no content). Nor may it name a month: the
// modal "may" as filler lost "did Iran strike in May?" its month.
func TestFillerWordsAreNotInThesaurusGroups(t *testing.T) {
	ix := defaultIndex(t)
	for _, w := range fillerWords {
		if c := ix.canon(w); strings.HasPrefix(c, "#") {
			t.Errorf("filler word %q reads as thesaurus group %s", w, c)
		}
		if monthNames[w] {
			t.Errorf("filler word %q names a month", w)
		}
	}
}

func TestAnswerNamesWhatTheArticleNeverMentions(t *testing.T) {
	a, err := defaultIndex(t).Answer(context.Background(), "What did China say about the strikes?")
	if err != nil {
		t.Fatal(err)
	}
	if a.Answered || a.Text != "The article doesn't mention China." || len(a.Nearest) == 0 {
		t.Errorf("Answer = %+v", a)
	}
}

// Answering retrieves by canonical terms and entities only: no match
// queries (whose synonym expansion built a searcher per synonym) and no
// fuzzy queries (a Levenshtein automaton per unknown word).
func TestRetrievalIsByTerms(t *testing.T) {
	ix := defaultIndex(t)
	q := ix.read("How did Washington react to the bombing by Iran of Pakistan?")
	if len(q.unknown) == 0 {
		t.Fatal("the question should hold words the article never uses")
	}
	got := retrievalTerms(t, ix, q)
	if want := "entities:@iran entities:@pakistan terms:#retali terms:#strike"; strings.Join(got, " ") != want {
		t.Errorf("retrieval terms = %s, want %s (react as #retali, bombing as #strike; Washington, unknown, left out)", strings.Join(got, " "), want)
	}
}

// retrievalTerms lists the field:term pairs of a question's retrieval
// query, sorted; anything but term queries fails the test.
func retrievalTerms(t *testing.T, ix *Index, q question) []string {
	t.Helper()
	rq := ix.retrieval(q)
	if rq == nil {
		return nil
	}
	dq, ok := rq.(*query.DisjunctionQuery)
	if !ok {
		t.Fatalf("retrieval query is %T", rq)
	}
	var got []string
	for _, part := range dq.Disjuncts {
		tq, ok := part.(*query.TermQuery)
		if !ok {
			t.Fatalf("retrieval holds a %T", part)
		}
		got = append(got, tq.FieldVal+":"+tq.Term)
	}
	sort.Strings(got)
	return got
}

func TestCollective(t *testing.T) {
	for name, want := range map[string]bool{
		"Baloch separatist groups": true, "Western nations": true, "Jaish al-Adl": false,
		"Pakistan’s Ministry of Foreign Affairs": false, "groups": false, "": false, "—": false,
	} {
		if got := collective(name); got != want {
			t.Errorf("collective(%q) = %v, want %v", name, got, want)
		}
	}
}

// A name written apart is one name only across "of" or "the": "the top
// diplomat made a trip to Pakistan" is not Pakistan's foreign minister.
func TestScatteredNames(t *testing.T) {
	ix := defaultIndex(t)
	for text, want := range map[string]bool{
		"foreign minister of pakistan":                         true,
		"which country's top diplomat made a trip to pakistan": false,
	} {
		ents, _, _ := ix.aliases.find(ix.read(text).words, true)
		if got := slices.Contains(ents, "jilani"); got != want {
			t.Errorf("%q names Jilani: %v, want %v (%v)", text, got, want, ents)
		}
	}
}

// A question for the article's own words ranks the passages that put words
// in quotation marks higher.
func TestQuotedWordsRankHigher(t *testing.T) {
	ix := defaultIndex(t)
	q := ix.read("What word do the ministers use to describe terrorism?")
	if !q.wantsQuote {
		t.Fatal("not read as asking for the article's words")
	}
	score := func(q question) float64 {
		ranked, err := ix.rank(context.Background(), q)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range ranked {
			if c.f.kind == sentenceFact && c.f.refs[0].Section == "Source of Stability" && c.f.refs[0].N == 3 {
				return c.score
			}
		}
		t.Fatal("Source of Stability 3 not ranked")
		return 0
	}
	with := score(q)
	q.wantsQuote = false
	if without := score(q); with <= without {
		t.Errorf("quoted passage scores %.3f asked for words, %.3f not: want higher", with, without)
	}
}

// Reading: "the one" is no number, "right now" is now, and a question asks
// what someone is only when it names a role.
func TestReadPronounsAndRoles(t *testing.T) {
	ix := defaultIndex(t)
	q := ix.read("Is Raisi the one in Pakistan right now?")
	if q.asks("1") || q.asks(ix.canon("right")) {
		t.Errorf("terms %v: want neither 1 nor right", q.order)
	}
	if q.identity != "" {
		t.Errorf("identity %q: the question names no role", q.identity)
	}
	if q := ix.read("is Kakar Pakistan's president?"); q.identity != "kakar" {
		t.Errorf("identity %q, want kakar", q.identity)
	}
	if q := ix.read("which one of the two ministers visited?"); q.asks("1") {
		t.Errorf("terms %v: want no 1", q.order)
	}
}

// TestIIsNoName: "I'm" and "I've" are the pronoun, not a name the article
// never uses.
func TestIIsNoName(t *testing.T) {
	for _, text := range []string{"Reading this, I'm wondering why", "So I've read that"} {
		if names := capitalised(text); len(names) > 0 {
			t.Errorf("capitalised(%q) = %v, want no names", text, names)
		}
	}
}

// TestDayOfMonthCountsNothing: "On January 17" gives a date, not a count,
// so a sentence with no other number does not answer "how many".
func TestDayOfMonthCountsNothing(t *testing.T) {
	ix := defaultIndex(t)
	for text, want := range map[string]bool{
		"On January 17, Iran targeted a hideout.": false,
		"It happened on 17 January.":              false,
		"Pakistan reported two children killed.":  true,
		"At least 9 died on January 18.":          true,
	} {
		if got := ix.readSentence("", text).numeric; got != want {
			t.Errorf("readSentence(%q).numeric = %v, want %v", text, got, want)
		}
	}
}

// TestLongLetterKeepsItsQuestion: a letter longer than the cap asks at its
// end; the cut keeps its last question, and says so.
func TestLongLetterKeepsItsQuestion(t *testing.T) {
	ix := defaultIndex(t)
	letter := "Dear Editor, " + strings.Repeat("I follow the news from the region closely and read every report. ", 6) +
		"Which conflict was said to be making the tensions worse? Yours faithfully, Eleanor Pryce, Aberystwyth"
	a, err := ix.Answer(context.Background(), letter)
	if err != nil {
		t.Fatal(err)
	}
	if !a.Answered || len(a.Citations) == 0 || a.Citations[0].Section != "Lead" || a.Citations[0].Sentence != 2 || !strings.Contains(a.Note, "last question") {
		t.Errorf("Answer(letter) = %v %v %q, want Lead 2 and a note of the cut", a.Answered, a.Citations, a.Note)
	}
}

// TestAmountCountsWhatFollows: "what amount of funding…" counts funding, as
// "how many casualties…" counts the dead; with nothing named, the dead are
// counted.
func TestAmountCountsWhatFollows(t *testing.T) {
	ix := defaultIndex(t)
	killed := ix.canon("killed")
	for text, wantKilled := range map[string]bool{
		"what amount of funding was pledged?": false,
		"what sum of money was promised?":     false,
		"how many casualties were there?":     true,
	} {
		q := ix.read(text)
		if q.intent != HowMany || q.counted[killed] != wantKilled || len(q.counted) == 0 {
			t.Errorf("read(%q): intent %s, counted %v; want how many, the dead counted %v", text, q.intent, q.counted, wantKilled)
		}
	}
}

// A yes-no question's correction finds the other party's deed that a name
// belongs to even when answering has not read that deed yet: on a fresh
// index, only the actor's own deed is prepared.
func TestOwnDeedCorrectsReadsOtherDeeds(t *testing.T) {
	ix := freshIndex(t)
	q := ix.read(ix.withoutPreamble("Did Pakistan's strike target Jaish al-Adl?"))
	i := slices.IndexFunc(ix.facts, func(f *fact) bool {
		return f.kind == eventFact && len(f.event.Who) > 0 && f.event.Who[0] == "pakistan" && ix.prepare(f).covers(q.verb)
	})
	if i < 0 {
		t.Fatal("no event of Pakistan's strike")
	}
	own := scored{f: ix.facts[i], fits: true}
	if !ix.ownDeedCorrects(q, own) {
		t.Error("Pakistan's own strike does not correct a question that gives it Iran's target")
	}
}

// TestWithoutMentions: a chat's mentions and a bot called by name are no
// part of the question; a word that only ends in "bot" stays.
func TestWithoutMentions(t *testing.T) {
	for in, want := range map[string]string{
		"<@123> who is jilani?":             "who is jilani?",
		"@visitbot how many died":           "how many died",
		"newsbot, who is jilani?":           "who is jilani?",
		"how many children died, FactBot?":  "how many children died, ?",
		"hey VisitBot: when was the strike": "hey when was the strike",
		"who was killed by the robot":       "who was killed by the robot", // a robot is no bot's name
		"bot who is jilani":                 "bot who is jilani",
	} {
		if got := withoutMentions(in); got != want {
			t.Errorf("withoutMentions(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestWithoutHeadline: a sentence that repeats a headline as its subject is
// read as naming the subject only; the headlines themselves are read whole.
func TestWithoutHeadline(t *testing.T) {
	ix := defaultIndex(t)
	read := func(text string) string {
		return strings.Join(ix.withoutHeadline("visit", ix.corpus.Thesaurus.Rewrite(words(text))), " ")
	}
	for text, want := range map[string]string{
		"Iranian Foreign Minister Visits Pakistan to Restore Diplomatic Relations highlights that terrorists get support.": "iranian foreign minister highlights that terrorists get support",
		"Iranian Foreign Minister Visits Pakistan to Restore Diplomatic Relations.":                                        "iranian foreign minister visits pakistan to restore diplomatic relations",
		"Iranian Foreign Minister Visits Pakistan":                                                                         "iranian foreign minister visits pakistan",
	} {
		if got := read(text); got != want {
			t.Errorf("withoutHeadline(%q) = %q, want %q", text, got, want)
		}
	}
}

// TestLongestRun: the longest run of words two texts share, in order.
func TestLongestRun(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want int
	}{
		{"where the recent air strikes took place", "the mountainous region where the recent air strikes took place", 7},
		{"air strikes took", "took strikes air", 1},
		{"", "anything", 0},
	} {
		if got := longestRun(words(c.a), words(c.b)); got != c.want {
			t.Errorf("longestRun(%q, %q) = %d, want %d", c.a, c.b, got, c.want)
		}
	}
}

// TestStrangeGuess: a guess after a last comma is one the article never
// names only when it is a name no dictionary has; a name the article uses,
// a word of how it is asked, an address or a clause in another language is
// none.
func TestStrangeGuess(t *testing.T) {
	ix := defaultIndex(t)
	for text, want := range map[string]string{
		"where in pakistan did iran hit, khyber pakhtunkhwa?":              "khyber pakhtunkhwa",
		"which group did iran say it was targeting, the TTP?":              "TTP",
		"who is the iranian president, Rouhani maybe?":                     "Rouhani",
		"who reported the 2 children dead, pak?":                           "",
		"where'd the strikes land, region-wise":                            "",
		"What is the name of Iran's foreign minister, brother?":            "",
		"Jalil Abbas Jilani anatoka nchi gani, bana?":                      "",
		"who is Iran's president - Rouhani?":                               "Rouhani",
		"What time did Amirabdollahian land, around noon?":                 "",
		"Where did the strikes take place, generally speaking?":            "",
		"Wer beschuldigt Tehran, terror groups zu unterstützen?":           "",
		"which capital struck first, on January 17?":                       "",
		"why did they meet, and what did they agree?":                      "",
		"where did Iran strike?":                                           "",
		"What do the dead labourers' families want, compensation?":         "compensation",
		"What weapons did Pakistan use — drones, missiles, or jets?":       "jets",
		"who said the talks were in-depth, Iranian state TV?":              "state TV",
		"what were ties key for, oil prices?":                              "oil prices",
		"where did pakistan's airstrike hit, sister baluchestan?":          "",
		"what will they do, calm things down?":                             "",
		"Iran ke FM ka naam kya tha? Zarif hi tha na?":                     "Zarif",
		"Where did Pakistan hit? Khuzestan?":                               "Khuzestan",
		"Iran ne kis group ka hideout target kiya, TTP ka?":                "TTP",
		"Who is Jilani? What does he do?":                                  "",
		"What post does Jilani hold, interior minister?":                   "the interior minister",
		"who visited pakistan, the defence minister?":                      "the defence minister",
		"Who was Amirabdollahian's counterpart, Ishaq Dar?":                "Ishaq Dar",
		"Pakistan ki taraf se talks kisne kiye, Ishaq Dar ne?":             "Ishaq Dar",
		"Ye visit aakhir kis cheez ki nishani hai? Kya signify karta hai?": "",
	} {
		if got, asked := ix.strangeGuess(text); got != want || got != "" && !strings.HasSuffix(asked, "?") {
			t.Errorf("strangeGuess(%q) = %q, %q; want %q", text, got, asked, want)
		}
	}
}

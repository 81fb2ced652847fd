package bot

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"
)

// A corpus of the story and its example follow-up: every citation, section
// and button must say which article it means, since both have a Lead.
func TestFollowUpArticle(t *testing.T) {
	dir := copyCorpus(t)
	addFollowUp(t, dir)
	b := New(indexOf(t, dir))
	defer b.Close()
	ctx := context.Background()
	handle := func(r Request) Reply {
		t.Helper()
		reply, err := b.Handle(ctx, r)
		if err != nil {
			t.Fatal(err)
		}
		return reply
	}

	ask := handle(req("ask", "question", "When will Raisi visit Islamabad?"))
	if len(ask.Quotes) == 0 || ask.Quotes[0].Cite != "visit-followup: Lead, sentence 2" || ask.Source != "visit-followup: Lead" {
		t.Errorf("ask cites %+v, source %q; want the follow-up's Lead named as such", ask.Quotes, ask.Source)
	}
	r, ok := ComponentRequest(buttonOf(t, ask, customIDSource))
	if !ok {
		t.Fatal("the Show in article button does not decode")
	}
	if shown := handle(r); !strings.HasPrefix(shown.Title, "Example Follow-up") || !strings.Contains(shown.Text, "April 22") {
		t.Errorf("Show in article opened %q: %s", shown.Title, shown.Text)
	}
	if story := handle(req("source", "section", "Lead")); !strings.HasPrefix(story.Title, "Iranian Foreign Minister Visits Pakistan") {
		t.Errorf("/source Lead opened %q; the story's own Lead comes first", story.Title)
	}
	list := Text(handle(req("source")))
	for _, want := range []string{"**Iranian Foreign Minister Visits Pakistan** (visit.txt)", "• Tit-for-tat (9 sentences)",
		"**Example Follow-up: Date Set for Raisi’s Visit** (visit-followup.txt)", "• visit-followup: Agenda (1 sentence)"} {
		if !strings.Contains(list, want) {
			t.Errorf("/source lacks %q:\n%s", want, list)
		}
	}
	timeline := handle(req("timeline")).Text
	if !strings.Contains(timeline, "\n13. ") || !strings.Contains(timeline, "[visit-followup: Lead, sentence 2]") || strings.Count(timeline, "\n1. ") > 0 {
		t.Errorf("timeline should number on across articles and name the follow-up's sections:\n%s", timeline)
	}
	if names := b.Sections(); !slices.Contains(names, "visit-followup: Agenda") || !slices.Contains(names, "Tit-for-tat") {
		t.Errorf("autocomplete sections = %v", names)
	}
}

// buttonOf returns a button press on the reply's button of the given kind.
func buttonOf(t *testing.T, r Reply, kind string) *discordgo.Interaction {
	t.Helper()
	for _, row := range Message(r).Components {
		for _, c := range row.(discordgo.ActionsRow).Components {
			if id := c.(discordgo.Button).CustomID; strings.HasPrefix(id, kind) {
				return &discordgo.Interaction{Type: discordgo.InteractionMessageComponent,
					Data: discordgo.MessageComponentInteractionData{CustomID: id}}
			}
		}
	}
	t.Fatalf("no %s button in %+v", kind, r)
	return nil
}

package bot

import (
	"context"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"
)

// checkLimits fails the test if a response breaks one of Discord's limits
// or could ping anyone.
func checkLimits(t testing.TB, name string, d *discordgo.InteractionResponseData) {
	t.Helper()
	n := utf8.RuneCountInString
	if d.AllowedMentions == nil || d.AllowedMentions.Parse == nil || len(d.AllowedMentions.Parse) != 0 {
		t.Errorf("%s: allowed_mentions %+v may ping", name, d.AllowedMentions)
	}
	if n(d.Content) > maxContent || len(d.Embeds) > 10 || len(d.Choices) > maxChoices {
		t.Errorf("%s: content %d, %d embeds, %d choices", name, n(d.Content), len(d.Embeds), len(d.Choices))
	}
	for _, c := range d.Choices {
		if n(c.Name) > maxChoiceName {
			t.Errorf("%s: choice of %d characters", name, n(c.Name))
		}
	}
	for _, e := range d.Embeds {
		total := n(e.Title) + n(e.Description)
		if n(e.Title) > maxTitle || n(e.Description) > maxDescription || len(e.Fields) > maxFields {
			t.Errorf("%s: title %d, description %d, %d fields", name, n(e.Title), n(e.Description), len(e.Fields))
		}
		for _, f := range e.Fields {
			total += n(f.Name) + n(f.Value)
			if n(f.Name) > maxFieldName || n(f.Value) > maxFieldValue || f.Value == "" {
				t.Errorf("%s: field %d/%d", name, n(f.Name), n(f.Value))
			}
		}
		if e.Footer != nil {
			total += n(e.Footer.Text)
		}
		if total > maxEmbedTotal {
			t.Errorf("%s: embed of %d characters", name, total)
		}
	}
	for _, row := range d.Components {
		r := row.(discordgo.ActionsRow)
		if len(r.Components) > 5 {
			t.Errorf("%s: %d buttons in a row", name, len(r.Components))
		}
		for _, c := range r.Components {
			if b := c.(discordgo.Button); len(b.CustomID) > maxCustomID || b.CustomID == "" {
				t.Errorf("%s: custom_id %q", name, b.CustomID)
			}
		}
	}
}

func TestMessagesFitDiscord(t *testing.T) {
	long := strings.Repeat("word ", 1000) // 5,000 characters
	var many []Quote
	for i := 0; i < 40; i++ {
		many = append(many, Quote{Text: strings.Repeat("quoted text ", 90), Cite: strings.Repeat("Section ", 40)})
	}
	replies := map[string]Reply{
		"answer of 5,000 characters": {Text: long, Quotes: many[:3], Footer: long},
		"40 long quotes":             {Title: long, Text: "short", Quotes: many},
		"failure of 5,000":           {Failed: true, Private: true, Text: long},
		"long query paging":          {Text: "x", Paging: &Paging{Query: long, Page: 2, Pages: 9}, Private: true},
		"empty field":                {Fields: []Field{{"Role", ""}}},
	}
	for name, r := range replies {
		checkLimits(t, name, Message(r))
	}
	m := Message(replies["40 long quotes"])
	if f := m.Embeds[0].Footer; f == nil || !strings.Contains(f.Text, "more quotes not shown") {
		t.Errorf("a cut reply does not say so: %+v", f)
	}
}

func TestRealRepliesFitDiscord(t *testing.T) {
	b := testBot(t)
	reqs := []Request{req("search", "query", "iran pakistan the of"), req("casualties"), req("timeline"),
		req("source", "section", "Tit-for-tat"), req("help"), req("whois", "name", "pakistan"),
		req("ask", "question", strings.Repeat("how many died ", 500)), req("ask", "question", "@everyone <@&1> ```**x**```")}
	for _, r := range reqs {
		reply, err := b.Handle(context.Background(), r)
		if err != nil {
			t.Fatal(err)
		}
		checkLimits(t, r.Command, Message(reply))
	}
	var names []string
	for i := 0; i < 40; i++ {
		names = append(names, strings.Repeat("n", 150))
	}
	checkLimits(t, "40 autocomplete matches", &discordgo.InteractionResponseData{Choices: Choices(names), AllowedMentions: noPings()})
}

func TestApplicationCommands(t *testing.T) {
	cmds := ApplicationCommands()
	if len(cmds) != len(Commands()) {
		t.Fatalf("%d commands registered, want %d", len(cmds), len(Commands()))
	}
	for _, c := range cmds {
		for _, o := range c.Options {
			if o.Name == "hide" && o.Type != discordgo.ApplicationCommandOptionBoolean {
				t.Errorf("/%s hide is %v, want a boolean", c.Name, o.Type)
			}
		}
	}
}

func TestComponentRequests(t *testing.T) {
	ic := func(id string) *discordgo.Interaction {
		return &discordgo.Interaction{Type: discordgo.InteractionMessageComponent, Data: discordgo.MessageComponentInteractionData{CustomID: id}}
	}
	if r, ok := ComponentRequest(ic("page:2:a: query with: colons")); !ok || r.Options["query"] != "a: query with: colons" || r.Options["page"] != "2" {
		t.Errorf("a query with colons decodes as %+v", r)
	}
	reply := Reply{Text: "x", Source: "visit-followup: Lead", Private: true,
		Paging: &Paging{Query: "iran", Page: 1, Pages: 3}}
	for _, row := range Message(reply).Components {
		for _, c := range row.(discordgo.ActionsRow).Components {
			if r, ok := ComponentRequest(ic(c.(discordgo.Button).CustomID)); !ok || r.Command == "" {
				t.Errorf("button %q does not decode", c.(discordgo.Button).CustomID)
			}
		}
	}
	for _, bad := range []string{"", "src", "page:x:q", "share:extra", "nope"} {
		if _, ok := ComponentRequest(ic(bad)); ok {
			t.Errorf("ComponentRequest(%q) accepted", bad)
		}
	}
}

package bot

import (
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"

	"visitbot/facts"
)

// alertFooterRoom is kept free in each alert embed for its footer.
const alertFooterRoom = 120

// AlertMessages renders what changed as one or more messages, each one
// embed within Discord's limits, titled with the story. Each changed fact
// is a field: what it says (old → new for each changed value) and the
// sentence it rests on. Only the first message may mention roles, and only
// those given: the one ping visitbot ever makes, asked for by the
// subscriber. An updated alert replaces an earlier one in place.
func AlertMessages(story string, d facts.Diff, roles []string, updated bool, at time.Time) []*discordgo.MessageSend {
	title := story
	if updated {
		title = "Updated: " + story
	}
	title = cut(title, maxTitle)
	desc := summary(d) + "."
	for _, a := range d.NewArticles {
		desc += fmt.Sprintf("\nNew article: **%s** (%s)", a.Title, a.File)
	}
	for _, a := range d.RemovedArticles {
		desc += fmt.Sprintf("\nArticle removed: %s (%s)", a.Title, a.File)
	}
	if d.Empty() {
		desc = "The earlier change was undone: the facts are as they were before it."
	}
	desc = cut(desc, maxDescription/2)

	var fields []*discordgo.MessageEmbedField
	for _, c := range d.Changes {
		fields = append(fields, changeField(c))
	}
	n := utf8.RuneCountInString
	var embeds []*discordgo.MessageEmbed
	e := &discordgo.MessageEmbed{Title: title, Description: desc, Color: embedColour}
	size := n(title) + n(desc)
	for _, f := range fields {
		fs := n(f.Name) + n(f.Value)
		if len(e.Fields) == maxFields || size+fs > maxEmbedTotal-alertFooterRoom {
			embeds = append(embeds, e)
			e = &discordgo.MessageEmbed{Title: cut(title+" (continued)", maxTitle), Color: embedColour}
			size = n(e.Title)
		}
		e.Fields = append(e.Fields, f)
		size += fs
	}
	embeds = append(embeds, e)

	out := make([]*discordgo.MessageSend, len(embeds))
	for i, e := range embeds {
		footer := fmt.Sprintf("visitbot alert · facts version %s → %s", short(d.From), short(d.To))
		if len(embeds) > 1 {
			footer += fmt.Sprintf(" · part %d of %d", i+1, len(embeds))
		}
		e.Footer = &discordgo.MessageEmbedFooter{Text: footer}
		e.Timestamp = at.UTC().Format(time.RFC3339)
		m := &discordgo.MessageSend{Embeds: []*discordgo.MessageEmbed{e}, AllowedMentions: noPings()}
		if i == 0 && len(roles) > 0 && !updated {
			var tags []string
			for _, r := range roles {
				tags = append(tags, "<@&"+r+">")
			}
			m.Content = strings.Join(tags, " ")
			m.AllowedMentions = &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}, Roles: roles}
		}
		out[i] = m
	}
	return out
}

// changeField is one changed fact: its kind and label as the name; the
// values that changed and the sentence it rests on as the value.
func changeField(c facts.Change) *discordgo.MessageEmbedField {
	f := c.Fact()
	name := map[string]string{"added": "New", "changed": "Changed", "removed": "Removed"}[c.Kind()] + ": " + f.Label
	var lines []string
	for _, fc := range c.Changed {
		if fc.Name == "Quote" {
			continue
		}
		lines = append(lines, fmt.Sprintf("**%s:** %s → %s", fc.Name, cut(facts.OrNone(fc.Old), 200), cut(facts.OrNone(fc.New), 200)))
	}
	for _, q := range f.Quotes {
		prefix := ""
		if c.Kind() == "removed" {
			prefix = "Was: "
		}
		lines = append(lines, fmt.Sprintf("%s“%s” — %s", prefix, q.Text, q.Cite))
	}
	return &discordgo.MessageEmbedField{Name: cut(name, maxFieldName), Value: cut(orDash(strings.Join(lines, "\n")), maxFieldValue)}
}

// summary counts the changes: "1 new fact, 2 changed".
func summary(d facts.Diff) string {
	count := map[string]int{}
	for _, c := range d.Changes {
		count[c.Kind()]++
	}
	var parts []string
	if n := count["added"]; n > 0 {
		parts = append(parts, fmt.Sprintf("%d new %s", n, plural(n, "fact")))
	}
	if n := count["changed"]; n > 0 {
		parts = append(parts, fmt.Sprintf("%d changed", n))
	}
	if n := count["removed"]; n > 0 {
		parts = append(parts, fmt.Sprintf("%d removed", n))
	}
	if len(parts) == 0 {
		if len(d.NewArticles) > 0 {
			return "A new article"
		}
		return "No facts changed"
	}
	return upperFirst(strings.Join(parts, ", "))
}

func short(version string) string {
	if len(version) > 8 {
		return version[:8]
	}
	return version
}

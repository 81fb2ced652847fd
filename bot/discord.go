package bot

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"
)

// Discord's limits on what a bot may send.
const (
	maxContent       = 2000
	maxTitle         = 256
	maxDescription   = 4096
	maxFields        = 25
	maxFieldName     = 256
	maxFieldValue    = 1024
	maxFooter        = 2048
	maxEmbedTotal    = 6000
	maxChoices       = 25
	maxChoiceName    = 100
	maxCustomID      = 100
	embedColour      = 0x2b6cb0
	customIDSource   = "src"
	customIDPage     = "page"
	customIDShare    = "share"
	customIDSeparate = ":"
	moreNote         = 60 // room kept for "(N more quotes not shown…)"
)

// noPings is set on every message: visitbot never pings anyone.
func noPings() *discordgo.MessageAllowedMentions {
	return &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}}
}

// ApplicationCommands is the command table as Discord registers it.
func ApplicationCommands() []*discordgo.ApplicationCommand {
	var out []*discordgo.ApplicationCommand
	for _, c := range Commands() {
		ac := &discordgo.ApplicationCommand{Name: c.Name, Description: c.Description, Type: discordgo.ChatApplicationCommand}
		if c.ManageChannels {
			// Servers only. Who may use it is checked on each request:
			// default_member_permissions would hide it from the others, but
			// discordgo sends it as a string where the API description wants
			// an integer.
			ac.Contexts = &[]discordgo.InteractionContextType{discordgo.InteractionContextGuild}
		}
		for _, o := range c.Options {
			opt := &discordgo.ApplicationCommandOption{Name: o.Name, Description: o.Description,
				Required: o.Required, Autocomplete: o.Autocomplete, Type: discordgo.ApplicationCommandOptionString}
			if len(o.Choices) > 0 {
				opt.Choices = Choices(o.Choices)
			}
			switch o.Kind {
			case FlagOption:
				opt.Type = discordgo.ApplicationCommandOptionBoolean
			case RoleOption:
				opt.Type = discordgo.ApplicationCommandOptionRole
			case PageOption:
				opt.Type = discordgo.ApplicationCommandOptionInteger
				one := 1.0
				opt.MinValue = &one
			}
			ac.Options = append(ac.Options, opt)
		}
		out = append(out, ac)
	}
	return out
}

// CommandRequest decodes a slash command or an autocomplete interaction.
func CommandRequest(i *discordgo.Interaction) Request {
	data := i.ApplicationCommandData()
	r := Request{Command: data.Name, Options: map[string]string{}, UserID: userID(i), GuildID: i.GuildID, ChannelID: i.ChannelID}
	if i.Member != nil && i.GuildID != "" {
		// The member's permissions in this channel, overwrites included.
		r.ManageChannels = i.Member.Permissions&(discordgo.PermissionManageChannels|discordgo.PermissionAdministrator) != 0
	}
	for _, o := range data.Options {
		switch v := o.Value.(type) {
		case string:
			r.Options[o.Name] = v
		case bool:
			r.Options[o.Name] = strconv.FormatBool(v)
		case float64:
			r.Options[o.Name] = strconv.FormatFloat(v, 'f', -1, 64)
		default:
			r.Options[o.Name] = fmt.Sprint(v)
		}
	}
	return r
}

// focused returns the option being typed in an autocomplete interaction.
func focused(i *discordgo.Interaction) (name, value string) {
	for _, o := range i.ApplicationCommandData().Options {
		if o.Focused {
			s, _ := o.Value.(string)
			return o.Name, s
		}
	}
	return "", ""
}

// Choices renders autocomplete suggestions within Discord's limits.
func Choices(names []string) []*discordgo.ApplicationCommandOptionChoice {
	out := []*discordgo.ApplicationCommandOptionChoice{}
	for _, n := range names {
		if len(out) == maxChoices {
			break
		}
		n = cut(n, maxChoiceName)
		out = append(out, &discordgo.ApplicationCommandOptionChoice{Name: n, Value: n})
	}
	return out
}

func userID(i *discordgo.Interaction) string {
	switch {
	case i.Member != nil && i.Member.User != nil:
		return i.Member.User.ID
	case i.User != nil:
		return i.User.ID
	}
	return ""
}

// ComponentRequest decodes a button press into the request it stands for.
// ok is false for a button this bot did not make, or made before a change
// that it can no longer serve.
func ComponentRequest(i *discordgo.Interaction) (r Request, ok bool) {
	id := i.MessageComponentData().CustomID
	kind, _, _ := strings.Cut(id, customIDSeparate)
	fields := map[string]int{customIDSource: 2, customIDPage: 3}[kind] // the last field may hold the separator
	parts := strings.SplitN(id, customIDSeparate, max(fields, 1))
	r = Request{Options: map[string]string{}, UserID: userID(i)}
	switch {
	case parts[0] == customIDSource && len(parts) == 2:
		r.Command = "source"
		r.Options["section"] = parts[1]
		r.Options["hide"] = "true"
	case parts[0] == customIDPage && len(parts) == 3:
		if _, err := strconv.Atoi(parts[1]); err != nil {
			return r, false
		}
		r.Command = "search"
		r.Options["page"] = parts[1]
		r.Options["query"] = parts[2]
	case parts[0] == customIDShare && len(parts) == 1:
		r.Command = customIDShare
	default:
		return r, false
	}
	return r, true
}

// Message renders a reply as an interaction response within Discord's
// limits: one embed, its buttons, no pings, private when the reply is.
func Message(r Reply) *discordgo.InteractionResponseData {
	data := &discordgo.InteractionResponseData{AllowedMentions: noPings()}
	if r.Private {
		data.Flags = discordgo.MessageFlagsEphemeral
	}
	if r.Failed {
		data.Content = cut(r.Text, maxContent)
		return data
	}
	data.Embeds = []*discordgo.MessageEmbed{Embed(r)}
	data.Components = buttons(r)
	return data
}

// Embed renders a reply as one embed: the answer as its description, each
// quote as a field named by its citation. What does not fit is cut, and the
// embed says how much was left out.
func Embed(r Reply) *discordgo.MessageEmbed {
	e := &discordgo.MessageEmbed{Color: embedColour, Title: cut(r.Title, maxTitle)}
	desc := r.Text
	if r.QuoteHead != "" && len(r.Quotes) > 0 {
		desc += "\n\n**" + r.QuoteHead + ":**"
	}
	e.Description = cut(desc, maxDescription)
	for _, f := range r.Fields {
		e.Fields = append(e.Fields, &discordgo.MessageEmbedField{Name: cut(f.Name, maxFieldName), Value: cut(orDash(f.Value), maxFieldValue), Inline: len(f.Value) < 40})
	}
	footer := cut(r.Footer, maxFooter-moreNote)
	n := utf8.RuneCountInString
	budget := maxEmbedTotal - n(e.Title) - fieldsSize(e.Fields) - n(footer) - moreNote
	if n(e.Description) > budget/2 { // keep room for at least some quotes
		e.Description = cut(e.Description, max(budget/2, 1))
	}
	budget -= n(e.Description)
	left := 0
	for i, q := range r.Quotes {
		f := &discordgo.MessageEmbedField{Name: cut(q.Cite, maxFieldName), Value: cut("“"+q.Text+"”", maxFieldValue)}
		size := n(f.Name) + n(f.Value)
		if len(e.Fields) == maxFields || size > budget {
			left = len(r.Quotes) - i
			break
		}
		budget -= size
		e.Fields = append(e.Fields, f)
	}
	if left > 0 {
		footer = strings.TrimSpace(footer + fmt.Sprintf(" (%d more %s not shown: see /source.)", left, plural(left, "quote")))
	}
	if footer != "" {
		e.Footer = &discordgo.MessageEmbedFooter{Text: footer}
	}
	return e
}

func buttons(r Reply) []discordgo.MessageComponent {
	var row []discordgo.MessageComponent
	if r.Paging != nil {
		for _, b := range []struct {
			label string
			page  int
		}{{"Previous", r.Paging.Page - 1}, {"Next", r.Paging.Page + 1}} {
			id := strings.Join([]string{customIDPage, strconv.Itoa(b.page), r.Paging.Query}, customIDSeparate)
			if len(id) > maxCustomID {
				break // a query too long to carry in a button: no paging buttons
			}
			row = append(row, discordgo.Button{Label: b.label, Style: discordgo.SecondaryButton, CustomID: id,
				Disabled: b.page < 1 || b.page > r.Paging.Pages})
		}
	}
	if r.Source != "" {
		id := customIDSource + customIDSeparate + r.Source
		if len(id) <= maxCustomID {
			row = append(row, discordgo.Button{Label: "Show in article", Style: discordgo.SecondaryButton, CustomID: id})
		}
	}
	if r.Private {
		row = append(row, discordgo.Button{Label: "Share", Style: discordgo.PrimaryButton, CustomID: customIDShare})
	}
	if len(row) == 0 {
		return nil
	}
	return []discordgo.MessageComponent{discordgo.ActionsRow{Components: row}}
}

func fieldsSize(fs []*discordgo.MessageEmbedField) int {
	n := 0
	for _, f := range fs {
		n += utf8.RuneCountInString(f.Name) + utf8.RuneCountInString(f.Value)
	}
	return n
}

func orDash(s string) string {
	if strings.TrimSpace(s) == "" {
		return "—"
	}
	return s
}

// cut shortens s to at most n runes, ending with an ellipsis when it cuts.
func cut(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}

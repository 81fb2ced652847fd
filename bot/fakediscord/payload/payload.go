// Package payload builds the interactions and messages Discord sends a bot,
// as Discord writes them. The fake Discord sends them in tests, and
// visitbot bench signs them to load the HTTP endpoint, without linking the
// fake's OpenAPI validator into the binary.
package payload

import "fmt"

// IDs the payloads use, as strings, as Discord sends snowflakes.
const (
	AppID     = "1100000000000000001"
	BotUserID = "1100000000000000002"
	GuildID   = "1100000000000000003"
	ChannelID = "1100000000000000004"
	UserID    = "1100000000000000005"
)

// Payloads as Discord sends them: snowflakes and role ids as strings,
// public_flags as an integer, permissions as a string. A field of the wrong
// type makes discordgo hand the bot an empty struct, without a word.

func member() map[string]any {
	return map[string]any{
		"user":        map[string]any{"id": UserID, "username": "reader", "discriminator": "0", "global_name": "Reader", "public_flags": 0, "avatar": nil},
		"roles":       []any{"1100000000000000009"},
		"joined_at":   "2025-01-01T00:00:00.000000+00:00",
		"deaf":        false,
		"mute":        false,
		"flags":       0,
		"permissions": "2147483647",
	}
}

func interaction(id string, typ int, data map[string]any) map[string]any {
	return map[string]any{
		"id": id, "application_id": AppID, "type": typ, "token": "token-" + id, "version": 1,
		"guild_id": GuildID, "channel_id": ChannelID, "member": member(), "locale": "en-GB", "guild_locale": "en-US",
		"app_permissions": "2147483647", "data": data, "entitlements": []any{}, "authorizing_integration_owners": map[string]any{},
		"context": 0,
	}
}

// Command is an INTERACTION_CREATE for a slash command with string options
// (and "hide", a boolean, when given as true or false).
func Command(id, name string, options map[string]any) map[string]any {
	var opts []any
	for k, v := range options {
		typ := 3
		if _, ok := v.(bool); ok {
			typ = 5
		}
		if k == "role" {
			typ = 8 // a role option: its value is the role's id
		}
		opts = append(opts, map[string]any{"name": k, "type": typ, "value": v})
	}
	return interaction(id, 2, map[string]any{"id": "1200000000000000000", "name": name, "type": 1, "options": opts})
}

// Autocomplete is an INTERACTION_CREATE for autocomplete of one option.
func Autocomplete(id, command, option, typed string) map[string]any {
	return interaction(id, 4, map[string]any{"id": "1200000000000000000", "name": command, "type": 1,
		"options": []any{map[string]any{"name": option, "type": 3, "value": typed, "focused": true}}})
}

// Button is an INTERACTION_CREATE for a button press on a message the bot sent.
func Button(id, customID string, message map[string]any) map[string]any {
	i := interaction(id, 3, map[string]any{"custom_id": customID, "component_type": 2})
	i["message"] = message
	return i
}

// Message is a MESSAGE_CREATE from the test user; mention adds a mention
// of the bot, as the client does when content holds <@bot>.
func Message(id, content string, mention bool) map[string]any {
	m := map[string]any{
		"id": id, "channel_id": ChannelID, "guild_id": GuildID, "content": content, "type": 0,
		"author":    map[string]any{"id": UserID, "username": "reader", "discriminator": "0", "public_flags": 0},
		"member":    map[string]any{"roles": []any{}, "joined_at": "2025-01-01T00:00:00.000000+00:00", "deaf": false, "mute": false},
		"timestamp": "2026-01-20T10:00:00.000000+00:00", "tts": false, "mention_everyone": false,
		"mentions": []any{}, "mention_roles": []any{}, "attachments": []any{}, "embeds": []any{}, "pinned": false,
	}
	if mention {
		m["mentions"] = []any{map[string]any{"id": BotUserID, "username": "visitbot", "discriminator": "0", "bot": true, "public_flags": 0}}
		m["content"] = fmt.Sprintf("<@%s> %s", BotUserID, content)
	}
	return m
}

// FromUser makes an interaction come from another user.
func FromUser(interaction map[string]any, userID string) map[string]any {
	m := member()
	m["user"].(map[string]any)["id"] = userID
	interaction["member"] = m
	return interaction
}

// InChannel makes an interaction come from another channel.
func InChannel(interaction map[string]any, channelID string) map[string]any {
	interaction["channel_id"] = channelID
	return interaction
}

// WithPermissions sets the member's permissions in the channel, a bit set
// written as a decimal string, as Discord sends it.
func WithPermissions(interaction map[string]any, permissions string) map[string]any {
	m := member()
	m["permissions"] = permissions
	interaction["member"] = m
	return interaction
}

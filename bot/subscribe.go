package bot

import (
	"context"
	"fmt"
	"strings"
	"time"

	"visitbot/bot/store"
	"visitbot/facts"
)

// Alerts is what the subscription commands need of the store.
type Alerts interface {
	Subscribe(store.Subscription) (added bool, err error)
	Unsubscribe(channel, topic string) (removed int, err error)
	Subscriptions(channel string) ([]store.Subscription, error)
	LastAlert(channel string) (store.LastAlert, bool, error)
}

var _ Alerts = (*store.Store)(nil)

// EnableAlerts turns the subscription commands on, over a store.
func (b *Bot) EnableAlerts(a Alerts) { b.alerts = a }

func topicChoices() []string { return append([]string{facts.AllTopics}, facts.Topics...) }

// alertsOff is the reply when the operator has not turned alerts on, or
// when the request does not come from a server channel.
func (b *Bot) alertsOff(r Request) (Reply, bool) {
	switch {
	case b.alerts == nil:
		return Reply{Failed: true, Private: true, Text: "Alerts are not switched on for this bot: its operator needs to set VISITBOT_DATA. " +
			"Meanwhile, /timeline and /casualties always show the current facts."}, true
	case r.GuildID == "" || r.ChannelID == "":
		return Reply{Failed: true, Private: true, Text: "Alerts go to server channels: use this command in a channel of a server."}, true
	}
	return Reply{}, false
}

// topicOf reads the topic option; "" stands for def.
func topicOf(r Request, def string) (string, *Reply) {
	t := strings.ToLower(strings.TrimSpace(r.Option("topic")))
	if t == "" {
		return def, nil
	}
	if !facts.IsTopic(t) {
		return "", &Reply{Failed: true, Private: true,
			Text: fmt.Sprintf("There is no topic “%s”. Topics: %s.", echo(t), strings.Join(topicChoices(), ", "))}
	}
	return t, nil
}

func subscribe(ctx context.Context, b *Bot, r Request) (Reply, error) {
	if reply, off := b.alertsOff(r); off {
		return reply, nil
	}
	topic, bad := topicOf(r, facts.AllTopics)
	if bad != nil {
		return *bad, nil
	}
	role := strings.TrimSpace(r.Option("role"))
	if role != "" && strings.Trim(role, "0123456789") != "" {
		return Reply{Failed: true, Private: true, Text: "Pick the role to mention from the list Discord offers."}, nil
	}
	added, err := b.alerts.Subscribe(store.Subscription{GuildID: r.GuildID, ChannelID: r.ChannelID, Topic: topic,
		RoleID: role, By: r.UserID, Since: time.Now().UTC()})
	if err != nil {
		return Reply{}, fmt.Errorf("subscribe %s to %s: %w", r.ChannelID, topic, err)
	}
	what := "every change to the story's facts"
	if topic != facts.AllTopics {
		what = "changes to the story's " + topic + " facts"
	}
	text := fmt.Sprintf("This channel will get an alert for %s, with the sentences that changed.", what)
	if !added {
		text = fmt.Sprintf("This channel already gets alerts for %s; its settings are updated.", what)
	}
	if role != "" {
		text += fmt.Sprintf(" Alerts will mention <@&%s>.", role)
	}
	return Reply{Title: "Subscribed", Text: text, Footer: "Stop with /unsubscribe · list with /subscriptions"}, nil
}

func unsubscribe(ctx context.Context, b *Bot, r Request) (Reply, error) {
	if reply, off := b.alertsOff(r); off {
		return reply, nil
	}
	topic, bad := topicOf(r, "")
	if bad != nil {
		return *bad, nil
	}
	n, err := b.alerts.Unsubscribe(r.ChannelID, topic)
	if err != nil {
		return Reply{}, fmt.Errorf("unsubscribe %s from %q: %w", r.ChannelID, topic, err)
	}
	switch {
	case n == 0 && topic == "":
		return Reply{Failed: true, Private: true, Text: "This channel has no alert subscriptions."}, nil
	case n == 0:
		return Reply{Failed: true, Private: true, Text: fmt.Sprintf("This channel is not subscribed to %s. See /subscriptions.", topic)}, nil
	case topic == "":
		return Reply{Title: "Unsubscribed", Text: "This channel will get no more alerts."}, nil
	}
	return Reply{Title: "Unsubscribed", Text: fmt.Sprintf("This channel will get no more alerts for %s.", topic)}, nil
}

func subscriptions(ctx context.Context, b *Bot, r Request) (Reply, error) {
	if reply, off := b.alertsOff(r); off {
		return reply, nil
	}
	subs, err := b.alerts.Subscriptions(r.ChannelID)
	if err != nil {
		return Reply{}, fmt.Errorf("subscriptions of %s: %w", r.ChannelID, err)
	}
	reply := Reply{Title: "Alerts in this channel", Private: true}
	if len(subs) == 0 {
		reply.Text = "None. Someone who can manage this channel can start them with /subscribe."
		return reply, nil
	}
	var lines []string
	for _, s := range subs {
		line := fmt.Sprintf("• **%s**, since <t:%d:D>", s.Topic, s.Since.Unix())
		if s.RoleID != "" {
			line += fmt.Sprintf(", mentioning <@&%s>", s.RoleID)
		}
		lines = append(lines, line)
	}
	reply.Text = strings.Join(lines, "\n")
	last, ok, err := b.alerts.LastAlert(r.ChannelID)
	if err != nil {
		return Reply{}, fmt.Errorf("last alert of %s: %w", r.ChannelID, err)
	}
	if ok && len(last.Messages) > 0 {
		reply.Fields = append(reply.Fields, Field{"Last alert", fmt.Sprintf("<t:%d:f>: %s — https://discord.com/channels/%s/%s/%s",
			last.At.Unix(), summary(last.Diff), last.GuildID, r.ChannelID, last.Messages[0])})
	} else {
		reply.Fields = append(reply.Fields, Field{"Last alert", "none yet"})
	}
	return reply, nil
}

package bot

import (
	"context"
	"fmt"
	"log/slog"
	"runtime/debug"
	"strings"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"
)

// interactor answers interactions for either transport: the gateway sends
// its responses over REST, the HTTP endpoint in the HTTP response.
type interactor struct {
	bot      *Bot
	log      *slog.Logger
	cooldown *Cooldown          // per user
	channels *Cooldown          // per channel, so that one busy channel cannot take all
	session  *discordgo.Session // for follow-ups of deferred replies
	slow     time.Duration      // how long before a reply is deferred
	pending  sync.WaitGroup     // follow-ups on their way
	Metrics  *Metrics           // optional
}

func newInteractor(b *Bot, log *slog.Logger, s *discordgo.Session) *interactor {
	return &interactor{bot: b, log: log, cooldown: NewCooldown(5, 3*time.Second), channels: NewCooldown(30, 100*time.Millisecond),
		session: s, slow: deferAfter}
}

// oops is all a user sees of an internal error.
var oops = Reply{Failed: true, Private: true, Text: "Sorry, something went wrong on my side. Please try again."}

// answer responds to one interaction, calling respond exactly once. A slow
// reply is deferred: respond gets an acknowledgement and the reply follows
// up later. A panic never escapes: the user gets a fixed sentence and the
// operator a log line with the interaction id and the stack.
func (x *interactor) answer(ctx context.Context, i *discordgo.Interaction, respond func(*discordgo.InteractionResponse)) {
	log := x.log.With("interaction", i.ID)
	start := time.Now()
	responded := false
	send := func(kind discordgo.InteractionResponseType, data *discordgo.InteractionResponseData) {
		responded = true
		respond(&discordgo.InteractionResponse{Type: kind, Data: data})
	}
	defer func() {
		if p := recover(); p != nil {
			log.Error("handler panicked", "panic", p, "stack", string(debug.Stack()))
			if !responded {
				send(discordgo.InteractionResponseChannelMessageWithSource, Message(oops))
			}
		}
	}()
	switch i.Type {
	case discordgo.InteractionPing:
		send(discordgo.InteractionResponsePong, nil)
	case discordgo.InteractionApplicationCommand:
		r := CommandRequest(i)
		log = log.With("command", r.Command)
		if r.Command == "ask" || r.Command == "search" {
			if ok, wait := x.allow(r.UserID, i.ChannelID); !ok {
				x.Metrics.command(r.Command, OutcomeCooldown, 0)
				send(discordgo.InteractionResponseChannelMessageWithSource, Message(slowDown(wait)))
				return
			}
		}
		x.serve(ctx, log, i, r, discordgo.InteractionResponseChannelMessageWithSource, send)
	case discordgo.InteractionApplicationCommandAutocomplete:
		name, value := focused(i)
		var names []string
		switch name {
		case "name":
			names = x.bot.Suggest(value, maxChoices)
		case "section":
			for _, s := range x.bot.Sections() {
				if strings.HasPrefix(strings.ToLower(s), strings.ToLower(strings.TrimSpace(value))) {
					names = append(names, s)
				}
			}
		}
		send(discordgo.InteractionApplicationCommandAutocompleteResult, &discordgo.InteractionResponseData{Choices: Choices(names)})
	case discordgo.InteractionMessageComponent:
		r, ok := ComponentRequest(i)
		switch {
		case !ok:
			send(discordgo.InteractionResponseChannelMessageWithSource, Message(Reply{Failed: true, Private: true,
				Text: "This button no longer works. Please ask again."}))
		case r.Command == customIDShare && i.Message != nil:
			send(discordgo.InteractionResponseChannelMessageWithSource,
				&discordgo.InteractionResponseData{Embeds: i.Message.Embeds, AllowedMentions: noPings()})
		case r.Command == "search":
			x.serve(ctx, log, i, r, discordgo.InteractionResponseUpdateMessage, send)
		default:
			x.serve(ctx, log, i, r, discordgo.InteractionResponseChannelMessageWithSource, send)
		}
	default:
		send(discordgo.InteractionResponseChannelMessageWithSource, Message(Reply{Failed: true, Private: true,
			Text: "visitbot does not handle this kind of interaction."}))
	}
	log.Debug("interaction answered", "type", i.Type.String(), "took", time.Since(start))
}

// allow takes a token from the user's bucket and the channel's.
func (x *interactor) allow(user, channel string) (bool, time.Duration) {
	if ok, wait := x.cooldown.Allow(user); !ok {
		return false, wait
	}
	if channel == "" {
		return true, 0
	}
	return x.channels.Allow(channel)
}

func slowDown(wait time.Duration) Reply {
	return Reply{Failed: true, Private: true,
		Text: fmt.Sprintf("You're asking quickly! Please wait %.0f s and try again.", max(1, wait.Seconds()))}
}

// serve answers a request; if the answer is slow, it acknowledges first
// (deferred) and follows up when the answer is ready.
func (x *interactor) serve(ctx context.Context, log *slog.Logger, i *discordgo.Interaction, r Request,
	kind discordgo.InteractionResponseType, send func(discordgo.InteractionResponseType, *discordgo.InteractionResponseData)) {
	// The reply may outlive the request that asked for it (a deferred HTTP
	// interaction), but not by long.
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
	done := make(chan Reply, 1)
	go func() {
		defer cancel()
		start := time.Now()
		defer func() {
			if p := recover(); p != nil {
				log.Error("handler panicked", "panic", p, "stack", string(debug.Stack()))
				x.Metrics.command(r.Command, OutcomeError, time.Since(start))
				done <- oops
			}
		}()
		reply, err := x.bot.Handle(ctx, r)
		x.Metrics.command(r.Command, outcome(reply, err), time.Since(start))
		if err != nil && !reply.Failed {
			log.Error("handler failed", "err", err)
			reply = oops
		}
		done <- reply
	}()
	select {
	case reply := <-done:
		send(kind, Message(reply))
	case <-time.After(x.slow):
		if kind == discordgo.InteractionResponseUpdateMessage {
			send(discordgo.InteractionResponseDeferredMessageUpdate, nil)
		} else {
			send(discordgo.InteractionResponseDeferredChannelMessageWithSource, &discordgo.InteractionResponseData{})
		}
		x.pending.Add(1)
		go func() {
			defer x.pending.Done()
			msg := Message(<-done)
			params := &discordgo.WebhookParams{Content: msg.Content, Embeds: msg.Embeds, Components: msg.Components,
				AllowedMentions: msg.AllowedMentions, Flags: msg.Flags}
			if _, err := x.session.FollowupMessageCreate(i, false, params); err != nil {
				x.Metrics.restError("followup")
				log.Error("follow-up failed", "err", err)
			}
		}()
	}
}

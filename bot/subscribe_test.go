package bot

import (
	"context"
	"strings"
	"testing"

	"visitbot/bot/store"
)

// inChannel is a request made in a server channel by a member who may, or
// may not, manage it.
func inChannel(r Request, manage bool) Request {
	r.GuildID, r.ChannelID, r.UserID, r.ManageChannels = "g1", "c1", "u1", manage
	return r
}

func TestSubscriptionCommands(t *testing.T) {
	ctx := context.Background()
	st, err := store.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	b := testBot(t)

	t.Run("alerts off", func(t *testing.T) {
		reply, _ := b.Handle(ctx, inChannel(req("subscribe"), true))
		if !reply.Failed || !reply.Private || !strings.Contains(reply.Text, "VISITBOT_DATA") {
			t.Errorf("/subscribe without a store = %+v", reply)
		}
	})
	b.EnableAlerts(st)

	for _, tc := range []struct {
		name    string
		r       Request
		private bool
		want    string
	}{
		{"no permission", inChannel(req("subscribe", "topic", "casualties"), false), true, "Manage Channels"},
		{"direct message", req("subscribe"), true, "server channel"},
		{"unknown topic", inChannel(req("subscribe", "topic", "@everyone weather"), true), true, "There is no topic “everyone weather”"},
		{"forged role", inChannel(req("subscribe", "role", "<@&123> hi"), true), true, "Pick the role"},
		{"nothing to list", inChannel(req("subscriptions"), false), true, "None."},
		{"nothing to stop", inChannel(req("unsubscribe"), true), true, "no alert subscriptions"},
		{"subscribe", inChannel(req("subscribe", "topic", "Casualties", "role", "42"), true), false, "changes to the story's casualties facts"},
		{"subscribe all", inChannel(req("subscribe"), true), false, "every change"},
		{"again", inChannel(req("subscribe"), true), false, "already gets alerts"},
		{"list", inChannel(req("subscriptions"), false), true, "**all**"},
		{"stop one", inChannel(req("unsubscribe", "topic", "casualties"), true), false, "no more alerts for casualties"},
		{"stop one again", inChannel(req("unsubscribe", "topic", "casualties"), true), true, "not subscribed to casualties"},
		{"stop all", inChannel(req("unsubscribe"), true), false, "no more alerts."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			reply, err := b.Handle(ctx, tc.r)
			text := reply.Text + " " + Text(reply)
			if err != nil || reply.Private != tc.private || !strings.Contains(text, tc.want) {
				t.Errorf("/%s %v = %+v, %v; want private=%v and %q", tc.r.Command, tc.r.Options, reply, err, tc.private, tc.want)
			}
		})
	}
	if subs, _ := st.Subscriptions("c1"); len(subs) != 0 {
		t.Errorf("left subscribed: %+v", subs)
	}
}

package bot

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"visitbot/bot/fakediscord"
	"visitbot/bot/fakediscord/payload"
	"visitbot/bot/store"
	"visitbot/facts"
	"visitbot/index"
)

// copyCorpus copies the default corpus into a temporary folder that a test
// can edit.
func copyCorpus(t testing.TB) string {
	t.Helper()
	dir := t.TempDir()
	copyFiles(t, filepath.Join("..", "facts", "corpus"), dir, "visit.txt", "visit.yaml")
	return dir
}

// addFollowUp adds the example follow-up article to a corpus folder.
func addFollowUp(t testing.TB, dir string) {
	t.Helper()
	copyFiles(t, filepath.Join("..", "testdata", "followup"), dir, "visit-followup.txt", "visit-followup.yaml")
}

func copyFiles(t testing.TB, from, to string, names ...string) {
	t.Helper()
	for _, name := range names {
		data, err := os.ReadFile(filepath.Join(from, name))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(to, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// edit replaces text in a corpus file the way an editor saves it.
func edit(t testing.TB, dir, name string, pairs ...string) {
	t.Helper()
	path := filepath.Join(dir, name)
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	s := string(data)
	for i := 0; i+1 < len(pairs); i += 2 {
		if !strings.Contains(s, pairs[i]) {
			t.Fatalf("%s does not contain %q", name, pairs[i])
		}
		s = strings.ReplaceAll(s, pairs[i], pairs[i+1])
	}
	if err := os.WriteFile(path, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
}

// announce dates Raisi's visit in both the article and its fact sheet.
func announce(t testing.TB, dir, date string) {
	t.Helper()
	for _, name := range []string{"visit.txt", "visit.yaml"} {
		data, _ := os.ReadFile(filepath.Join(dir, name))
		s := string(data)
		for _, old := range []string{"soon, with the exact date yet to be determined", "on April 22", "on April 24"} {
			s = strings.ReplaceAll(s, "plans to visit Pakistan "+old, "plans to visit Pakistan on "+date)
			s = strings.ReplaceAll(s, "when: "+strings.TrimPrefix(old, "on "), "when: "+date)
		}
		os.WriteFile(filepath.Join(dir, name), []byte(s), 0o644)
	}
}

type notifyTest struct {
	fake  *fakediscord.Server
	store *store.Store
	bot   *Bot
	n     *Notifier
	dir   string
	stop  func()
}

const alertChannel = "1100000000000000077"

func newNotifyTest(t *testing.T) *notifyTest {
	t.Helper()
	dir := copyCorpus(t)
	ix := indexOf(t, dir)
	st, err := store.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	fake := fakediscord.New(t)
	s, err := NewSession("test-token", fake.URL())
	if err != nil {
		t.Fatal(err)
	}
	b := New(ix)
	b.EnableAlerts(st)
	n := &Notifier{Bot: b, Store: st, Session: s, Log: slog.New(slog.NewTextHandler(io.Discard, nil)), Dir: dir,
		Debounce: 50 * time.Millisecond, RetryBase: 20 * time.Millisecond}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	nt := &notifyTest{fake: fake, store: st, bot: b, n: n, dir: dir}
	// Subscribe before the notifier starts, as a user would have.
	reply, err := b.Handle(ctx, Request{Command: "subscribe", Options: map[string]string{"role": "42"},
		GuildID: payload.GuildID, ChannelID: alertChannel, UserID: payload.UserID, ManageChannels: true})
	if err != nil || reply.Failed {
		t.Fatalf("subscribe: %+v, %v", reply, err)
	}
	go func() { done <- n.Run(ctx) }()
	nt.stop = func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("notifier: %v", err)
		}
		b.Close()
		st.Close()
		for _, v := range fake.Violations() {
			t.Errorf("request breaks Discord's API description: %s", v)
		}
	}
	t.Cleanup(func() {
		if ctx.Err() == nil {
			nt.stop()
		}
	})
	// The notifier's first act records the corpus as seen.
	waitFor(t, func() bool { _, ok, _ := st.Seen(); return ok })
	return nt
}

func waitFor(t testing.TB, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatal("timed out waiting")
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func (nt *notifyTest) delivered(t testing.TB) {
	t.Helper()
	waitFor(t, func() bool {
		p, _ := nt.store.Pending()
		return len(p) == 0 && len(nt.fake.Posts(alertChannel)) > 0
	})
}

func embedOf(t testing.TB, p fakediscord.Posted) map[string]any {
	t.Helper()
	embeds, _ := p.Body["embeds"].([]any)
	if len(embeds) != 1 {
		t.Fatalf("message has %d embeds, want 1: %v", len(embeds), p.Body)
	}
	return embeds[0].(map[string]any)
}

func TestNotifierAlertsOnceOnChange(t *testing.T) {
	nt := newNotifyTest(t)
	ctx := context.Background()
	before, _ := nt.bot.Handle(ctx, req("ask", "question", "When will Raisi visit Pakistan?"))

	announce(t, nt.dir, "April 22")
	nt.delivered(t)

	posts := nt.fake.Posts(alertChannel)
	if len(posts) != 1 || nt.fake.MessagePOSTs(alertChannel) != 1 {
		t.Fatalf("%d messages from %d POSTs, want exactly one", len(posts), nt.fake.MessagePOSTs(alertChannel))
	}
	body := posts[0].Body
	if nonce, _ := body["nonce"].(string); body["content"] != "<@&42>" || body["enforce_nonce"] != true || nonce == "" {
		t.Errorf("alert body: content %v, nonce %v/%v", body["content"], body["nonce"], body["enforce_nonce"])
	}
	mentions, _ := json.Marshal(body["allowed_mentions"])
	if string(mentions) != `{"parse":[],"replied_user":false,"roles":["42"]}` {
		t.Errorf("allowed_mentions = %s, want only the subscribed role", mentions)
	}
	e := embedOf(t, posts[0])
	text, _ := json.Marshal(e)
	for _, want := range []string{"Iranian Foreign Minister Visits Pakistan", "**When:** soon, with the exact date yet to be determined → April 22",
		"Iran’s President Ebrahim Raisi plans to visit Pakistan on April 22.", "Terrorist Support, sentence 4"} {
		if !strings.Contains(string(text), want) {
			t.Errorf("alert lacks %q:\n%s", want, text)
		}
	}
	// /subscriptions links the alert.
	subs, _ := nt.bot.Handle(ctx, Request{Command: "subscriptions", GuildID: payload.GuildID, ChannelID: alertChannel})
	link := "https://discord.com/channels/" + payload.GuildID + "/" + alertChannel + "/" + posts[0].ID
	if !strings.Contains(Text(subs), link) || !strings.Contains(Text(subs), "2 changed") { // the event and Raisi's card
		t.Errorf("/subscriptions after an alert:\n%s\nwant %s", Text(subs), link)
	}
	// The new index serves.
	after, _ := nt.bot.Handle(ctx, req("ask", "question", "When will Raisi visit Pakistan?"))
	if Text(after) == Text(before) || !strings.Contains(Text(after), "April 22") {
		t.Errorf("after the change, the answer is:\n%s", Text(after))
	}

	// A broken edit keeps the index and raises no alert.
	edit(t, nt.dir, "visit.yaml", "quote: \"Pakistan reported two children killed\"", "quote: \"Pakistan reported three children killed\"")
	err := nt.n.Reload()
	if err == nil || !strings.Contains(err.Error(), "visit.yaml:") || !strings.Contains(err.Error(), "three children") {
		t.Errorf("Reload of a broken sheet: %v, want the file, line and quote", err)
	}
	still, _ := nt.bot.Handle(ctx, req("ask", "question", "When will Raisi visit Pakistan?"))
	if Text(still) != Text(after) {
		t.Errorf("a broken edit changed the answer:\n%s", Text(still))
	}
	if p, _ := nt.store.Pending(); len(p) != 0 || nt.fake.MessagePOSTs(alertChannel) != 1 {
		t.Errorf("a broken edit queued %d alerts, %d POSTs", len(p), nt.fake.MessagePOSTs(alertChannel))
	}
}

func TestNotifierRetriesWithoutDuplicates(t *testing.T) {
	t.Run("429 then 500 then success", func(t *testing.T) {
		nt := newNotifyTest(t)
		nt.fake.FailMessages(http.StatusTooManyRequests, http.StatusInternalServerError)
		announce(t, nt.dir, "April 22")
		nt.delivered(t)
		if got := len(nt.fake.Posts(alertChannel)); got != 1 || nt.fake.MessagePOSTs(alertChannel) != 3 {
			t.Errorf("%d messages from %d POSTs, want 1 from 3", got, nt.fake.MessagePOSTs(alertChannel))
		}
	})
	t.Run("lost response", func(t *testing.T) {
		nt := newNotifyTest(t)
		nt.fake.LoseResponses(1)
		announce(t, nt.dir, "April 22")
		nt.delivered(t)
		if got := len(nt.fake.Posts(alertChannel)); got != 1 || nt.fake.MessagePOSTs(alertChannel) != 2 {
			t.Errorf("%d messages from %d POSTs, want 1 from 2: the retry must reuse its nonce", got, nt.fake.MessagePOSTs(alertChannel))
		}
	})
	t.Run("channel gone", func(t *testing.T) {
		nt := newNotifyTest(t)
		nt.fake.DeleteChannel(alertChannel)
		announce(t, nt.dir, "April 22")
		waitFor(t, func() bool { subs, _ := nt.store.Subscriptions(alertChannel); return len(subs) == 0 })
		if p, _ := nt.store.Pending(); len(p) != 0 {
			t.Errorf("a delivery to a deleted channel is still pending")
		}
	})
}

func TestNotifierEditsARecentAlert(t *testing.T) {
	nt := newNotifyTest(t)
	announce(t, nt.dir, "April 22")
	nt.delivered(t)
	first := nt.fake.Posts(alertChannel)[0]

	announce(t, nt.dir, "April 24")
	waitFor(t, func() bool { p := nt.fake.Posts(alertChannel); return len(p) == 1 && p[0].Edits == 1 })
	p := nt.fake.Posts(alertChannel)[0]
	text, _ := json.Marshal(embedOf(t, p))
	if p.ID != first.ID || !strings.Contains(string(text), "Updated: ") ||
		!strings.Contains(string(text), "soon, with the exact date yet to be determined → April 24") {
		t.Errorf("edited alert:\n%s\nwant the first value → the last", text)
	}
	if nt.fake.MessagePOSTs(alertChannel) != 1 {
		t.Errorf("%d POSTs, want the second change as an edit", nt.fake.MessagePOSTs(alertChannel))
	}

	// Once the message is deleted, the next change is posted anew.
	nt.fake.DeleteMessage(first.ID)
	announce(t, nt.dir, "April 22")
	waitFor(t, func() bool { return len(nt.fake.Posts(alertChannel)) == 1 && nt.fake.MessagePOSTs(alertChannel) == 2 })
	nt.delivered(t)
}

// BenchmarkAlertLatency measures the time from saving a corpus file to the
// alert's request reaching the fake Discord, with the default debounce
// (500 ms), which dominates it. Run with -benchtime 20x for a median.
func BenchmarkAlertLatency(b *testing.B) {
	dir := copyCorpus(b)
	ix := indexOf(b, dir)
	st, err := store.Open(b.TempDir())
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	fake := fakediscord.New(b)
	fake.Unchecked()
	s, _ := NewSession("test-token", fake.URL())
	bt := New(ix)
	defer bt.Close()
	bt.EnableAlerts(st)
	st.Subscribe(store.Subscription{GuildID: payload.GuildID, ChannelID: alertChannel, Topic: "all"})
	n := &Notifier{Bot: bt, Store: st, Session: s, Log: slog.New(slog.NewTextHandler(io.Discard, nil)), Dir: dir,
		EditWindow: time.Nanosecond} // every alert a new message
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- n.Run(ctx) }()
	defer func() { cancel(); <-done }()
	waitFor(b, func() bool { _, ok, _ := st.Seen(); return ok })

	var took []time.Duration
	dates := []string{"April 22", "April 24"}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		want := len(fake.Posts(alertChannel)) + 1
		saved := time.Now()
		announce(b, dir, dates[i%2])
		waitFor(b, func() bool { return len(fake.Posts(alertChannel)) >= want })
		reqs := fake.Requests()
		took = append(took, reqs[len(reqs)-1].At.Sub(saved))
	}
	b.StopTimer()
	sort.Slice(took, func(i, j int) bool { return took[i] < took[j] })
	b.ReportMetric(float64(took[len(took)/2].Microseconds())/1000, "ms-p50")
	b.ReportMetric(float64(took[len(took)-1].Microseconds())/1000, "ms-max")
}

// Whether the corpus changed costs a hash of its files: a file saved
// unchanged, and the look at start-up, build nothing; a change builds once.
func TestReloadBuildsOnlyWhatChanged(t *testing.T) {
	dir := copyCorpus(t)
	b := New(indexOf(t, dir))
	defer b.Close()
	builds := 0
	n := &Notifier{Bot: b, Log: slog.New(slog.NewTextHandler(io.Discard, nil)), Dir: dir,
		Build: func(src facts.Source) (Answerer, error) {
			builds++
			c, err := src.Load()
			if err != nil {
				return nil, err
			}
			return index.New(c)
		}}
	if err := n.Reload(); err != nil || builds != 0 { // as Run does at start-up
		t.Errorf("the corpus being served: Reload = %v after %d builds, want none", err, builds)
	}
	edit(t, dir, "visit.yaml", "entities:", "entities:") // saved, not changed
	if err := n.Reload(); err != nil || builds != 0 {
		t.Errorf("an unchanged corpus: Reload = %v after %d builds, want none", err, builds)
	}
	announce(t, dir, "April 22")
	if err := n.Reload(); err != nil || builds != 1 {
		t.Errorf("a changed corpus: Reload = %v after %d builds, want 1", err, builds)
	}
	// Nor is an unchanged folder parsed: one that would not even load, but
	// hashes to the version being served, is left alone.
	edit(t, dir, "visit.yaml", "quote: \"Pakistan reported two children killed\"", "quote: \"no such sentence\"")
	v, err := facts.DirSource(dir).Version()
	if err != nil {
		t.Fatal(err)
	}
	b.Index().Corpus().Version = v
	if err := n.Reload(); err != nil || builds != 1 {
		t.Errorf("a folder at the served version: Reload = %v after %d builds, want it untouched", err, builds)
	}
}

// indexOf indexes the corpus in a folder.
func indexOf(t testing.TB, dir string) *index.Index {
	t.Helper()
	c, err := facts.LoadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	ix, err := index.New(c)
	if err != nil {
		t.Fatal(err)
	}
	return ix
}

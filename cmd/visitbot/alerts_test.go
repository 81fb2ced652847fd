package main

import (
	"errors"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"visitbot/bot/fakediscord"
	"visitbot/bot/fakediscord/payload"
	"visitbot/bot/store"
)

// copyFiles copies the files of a folder into another.
func copyFiles(t *testing.T, from, to string, names ...string) {
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

func waitUntil(t *testing.T, what string, cond func() bool) {
	t.Helper()
	for deadline := time.Now().Add(15 * time.Second); !cond(); time.Sleep(10 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
	}
}

// TestAlertsEndToEnd runs visitbot run with alerts on against the fake
// Discord: a member subscribes a channel, an editor adds the example
// follow-up article, and the channel gets exactly one alert, through a
// 429 and a 500; then an alert queued while the bot is stopped is
// delivered once after a restart.
func TestAlertsEndToEnd(t *testing.T) {
	fake := fakediscord.New(t)
	corpus, data := t.TempDir(), t.TempDir()
	copyFiles(t, "../../facts/corpus", corpus, "visit.txt", "visit.yaml")
	env := map[string]string{"VISITBOT_DATA": data, "VISITBOT_CORPUS": corpus}
	stop, logs := startBotEnv(t, fake, env)

	// A member without Manage Channels is refused, privately.
	fake.Dispatch("INTERACTION_CREATE", payload.WithPermissions(
		payload.Command("2100000000000000001", "subscribe", map[string]any{"topic": "visits"}), "2048"))
	_, refused := response(t, fake, "2100000000000000001")
	if !strings.Contains(refused["content"].(string), "Manage Channels") || int(refused["flags"].(float64))&64 == 0 {
		t.Errorf("refusal: %v", refused)
	}
	fake.Dispatch("INTERACTION_CREATE", payload.Command("2100000000000000002", "subscribe",
		map[string]any{"topic": "visits", "role": "1100000000000000009"}))
	_, ok := response(t, fake, "2100000000000000002")
	if e := embed(t, ok); e["title"] != "Subscribed" {
		t.Fatalf("subscribe: %v", ok)
	}

	// The editor adds the follow-up; Discord rate-limits, then fails, then accepts.
	fake.FailMessages(http.StatusTooManyRequests, http.StatusInternalServerError)
	copyFiles(t, "../../testdata/followup", corpus, "visit-followup.txt", "visit-followup.yaml")
	waitUntil(t, "the alert", func() bool { return len(fake.Posts(payload.ChannelID)) == 1 })
	time.Sleep(200 * time.Millisecond) // room for a duplicate to show up, if there were one
	posts := fake.Posts(payload.ChannelID)
	if len(posts) != 1 || fake.MessagePOSTs(payload.ChannelID) != 3 {
		t.Fatalf("%d alert messages from %d POSTs, want 1 from 3 (429, 500, success)", len(posts), fake.MessagePOSTs(payload.ChannelID))
	}
	alert := mustJSON(posts[0].Body)
	for _, want := range []string{"Iranian Foreign Minister Visits Pakistan", "New article: **Example Follow-up: Date Set for Raisi’s Visit**",
		"New: Iran’s President Ebrahim Raisi will visit Islamabad on April 22.", "visit-followup: Lead, sentence 2", `"content":"\u003c@\u00261100000000000000009\u003e"`} {
		if !strings.Contains(string(alert), want) {
			t.Errorf("alert lacks %s:\n%s", want, alert)
		}
	}
	if strings.Contains(string(alert), "border security") {
		t.Errorf("a visits subscriber got a security fact:\n%s", alert)
	}

	// While Discord is down, a second change is queued; the bot stops
	// before it is sent. A moderator also deleted the first alert.
	fake.DeleteMessage(posts[0].ID)
	fake.FailMessages(500, 500, 500, 500, 500, 500, 500, 500, 500, 500)
	before := len(fake.Requests())
	os.Remove(filepath.Join(corpus, "visit-followup.yaml"))
	os.Remove(filepath.Join(corpus, "visit-followup.txt"))
	waitUntil(t, "a first try of the second alert", func() bool { return len(fake.Requests()) > before })
	if err := stop(); err != nil {
		t.Fatalf("run: %v\n%s", err, logs)
	}
	st, err := store.Open(data)
	if err != nil {
		t.Fatal(err)
	}
	pending, _ := st.Pending()
	st.Close()
	if len(pending) != 1 {
		t.Fatalf("%d alerts pending after the stop, want 1", len(pending))
	}

	fake.ClearFailures()
	stop, logs = startBotEnv(t, fake, env)
	defer stop()
	waitUntil(t, "the queued alert after the restart", func() bool { return len(fake.Posts(payload.ChannelID)) == 1 })
	time.Sleep(200 * time.Millisecond)
	if got := fake.Posts(payload.ChannelID); len(got) != 1 || !strings.Contains(string(mustJSON(got[0].Body)), "Removed: Iran’s President Ebrahim Raisi will visit Islamabad") {
		t.Errorf("after the restart: %d messages: %s\n%s", len(got), mustJSON(got), logs)
	}
	for _, v := range fake.Violations() {
		t.Errorf("request breaks Discord's API description: %s", v)
	}
}

func TestFactsDiff(t *testing.T) {
	old, new := t.TempDir(), t.TempDir()
	copyFiles(t, "../../facts/corpus", old, "visit.txt", "visit.yaml")
	copyFiles(t, "../../facts/corpus", new, "visit.txt", "visit.yaml")
	copyFiles(t, "../../testdata/followup", new, "visit-followup.txt", "visit-followup.yaml")
	out, _, err := runCLI(t, nil, "", "facts", "diff", old, new)
	for _, want := range []string{"new article visit-followup.txt", "added   event/raisi-visit-date", "— visit-followup: Lead, sentence 2"} {
		if err != nil || !strings.Contains(out, want) {
			t.Errorf("facts diff = %q, %v; want %q", out, err, want)
		}
	}
	if out, _, _ := runCLI(t, nil, "", "facts", "diff", old, old); out != "No facts changed.\n" {
		t.Errorf("facts diff of a folder with itself = %q", out)
	}
	var usage usageError
	if _, _, err := runCLI(t, nil, "", "facts", "diff", old); !errors.As(err, &usage) {
		t.Errorf("facts diff with one folder: %v, want a usage error", err)
	}
	// The README's worked example shows what facts diff prints for the
	// example follow-up; it must stay what the tool prints.
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, after, ok := strings.Cut(string(readme), "`facts diff` prints:\n\n```text\n")
	shown, _, _ := strings.Cut(after, "```")
	if !ok || shown != out {
		t.Errorf("README shows:\n%s\nfacts diff prints:\n%s", shown, out)
	}
}

// Without VISITBOT_DATA there are no alerts, but the corpus folder is still
// watched: an edit is answered from at once.
func TestCorpusReloadWithoutAlerts(t *testing.T) {
	fake := fakediscord.New(t)
	corpus := t.TempDir()
	copyFiles(t, "../../facts/corpus", corpus, "visit.txt", "visit.yaml")
	stop, logs := startBotEnv(t, fake, map[string]string{"VISITBOT_CORPUS": corpus, "LOG_LEVEL": "info"})
	defer stop()
	waitUntil(t, "the watcher", func() bool { return strings.Contains(logs.String(), "watching the corpus") })
	copyFiles(t, "../../testdata/followup", corpus, "visit-followup.txt", "visit-followup.yaml")
	waitUntil(t, "the reload", func() bool { return strings.Contains(logs.String(), "corpus reloaded") })
	fake.Dispatch("INTERACTION_CREATE", payload.Command("2400000000000000001", "ask", map[string]any{"question": "When will Raisi visit Islamabad?"}))
	_, data := response(t, fake, "2400000000000000001")
	if e := embed(t, data); !strings.Contains(e["description"].(string), "April 22") {
		t.Errorf("after the edit, the answer is %v", e["description"])
	}
	fake.Dispatch("INTERACTION_CREATE", payload.Command("2400000000000000002", "subscribe", nil))
	if _, data := response(t, fake, "2400000000000000002"); !strings.Contains(data["content"].(string), "VISITBOT_DATA") {
		t.Errorf("subscribe without VISITBOT_DATA: %v", data)
	}
}

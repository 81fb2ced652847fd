package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"visitbot/bot/fakediscord"
	"visitbot/bot/fakediscord/payload"
	"visitbot/bot/store"
)

// TestKillAfterDiscordAccepted kills visitbot with SIGKILL after Discord
// has accepted an alert but before visitbot has heard back, the worst
// moment: the restarted process must deliver the alert without a second
// message. The retry carries the same enforced nonce, so Discord returns
// the message it already has.
func TestKillAfterDiscordAccepted(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	bin := filepath.Join(t.TempDir(), "visitbot")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	fake := fakediscord.New(t)
	corpus, data := t.TempDir(), t.TempDir()
	copyFiles(t, "../../facts/corpus", corpus, "visit.txt", "visit.yaml")
	start := func() (*exec.Cmd, *syncBuffer) {
		identifies, resumes := fake.Opens()
		cmd := exec.Command(bin, "run")
		cmd.Dir = t.TempDir() // no .env
		cmd.Env = append(os.Environ(), "DISCORD_TOKEN=test-token", "DISCORD_API_BASE="+fake.URL(),
			"VISITBOT_DATA="+data, "VISITBOT_CORPUS="+corpus, "LOG_LEVEL=info")
		logs := &syncBuffer{}
		cmd.Stdout, cmd.Stderr = logs, logs
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
		if !fake.Connected(identifies+resumes+1, 20*time.Second) {
			t.Fatalf("visitbot did not connect:\n%s", logs)
		}
		waitUntil(t, "alerts on", func() bool { return strings.Contains(logs.String(), "alerts are on") })
		return cmd, logs
	}

	first, logs := start()
	fake.Dispatch("INTERACTION_CREATE", payload.Command("2200000000000000001", "subscribe", nil))
	if _, data := response(t, fake, "2200000000000000001"); embed(t, data)["title"] != "Subscribed" {
		t.Fatalf("subscribe: %v\n%s", data, logs)
	}
	fake.HoldResponses(1)
	copyFiles(t, "../../testdata/followup", corpus, "visit-followup.txt", "visit-followup.yaml")
	waitUntil(t, "Discord to accept the alert", func() bool { return len(fake.Posts(payload.ChannelID)) == 1 })
	first.Process.Signal(syscall.SIGKILL)
	first.Wait()

	second, logs := start()
	waitUntil(t, "the retry", func() bool { return fake.MessagePOSTs(payload.ChannelID) == 2 })
	waitUntil(t, "the delivery", func() bool { return strings.Contains(logs.String(), "alert delivered") })
	second.Process.Signal(syscall.SIGTERM)
	if err := second.Wait(); err != nil {
		t.Errorf("visitbot did not stop cleanly on SIGTERM: %v\n%s", err, logs)
	}
	if got := len(fake.Posts(payload.ChannelID)); got != 1 {
		t.Errorf("%d alert messages after kill -9 and restart, want 1", got)
	}
	st, err := store.Open(data)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if pending, _ := st.Pending(); len(pending) != 0 {
		t.Errorf("%d alerts still pending", len(pending))
	}
	for _, v := range fake.Violations() {
		t.Errorf("request breaks Discord's API description: %s", v)
	}
}

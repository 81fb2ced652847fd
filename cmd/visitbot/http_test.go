package main

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"io"
	"net/http"
	"regexp"
	"strings"
	"testing"
	"time"

	"visitbot/bot"
	"visitbot/bot/fakediscord"
)

var testKey = ed25519.NewKeyFromSeed(bytes.Repeat([]byte{7}, ed25519.SeedSize))

// startHTTP runs visitbot http, the real path, on a free port and returns
// its base URL.
func startHTTP(t testing.TB) (base string, stop func() error) {
	t.Helper()
	env := map[string]string{"DISCORD_PUBLIC_KEY": hex.EncodeToString(testKey.Public().(ed25519.PublicKey)),
		"VISITBOT_HTTP_ADDR": "127.0.0.1:0", "LOG_LEVEL": "info"}
	ctx, cancel := context.WithCancel(context.Background())
	logs := &syncBuffer{}
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, []string{"http"}, func(k string) string { return env[k] }, strings.NewReader(""), io.Discard, logs)
	}()
	addr := regexp.MustCompile(`addr=(127\.0\.0\.1:\d+)`)
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(10 * time.Millisecond) {
		if m := addr.FindStringSubmatch(logs.String()); m != nil && strings.Contains(logs.String(), "ready") {
			base = "http://" + m[1]
			break
		}
		if time.Now().After(deadline) {
			cancel()
			t.Fatalf("visitbot http did not start:\n%s", logs.String())
		}
	}
	return base, func() error {
		cancel()
		select {
		case err := <-done:
			return err
		case <-time.After(15 * time.Second):
			t.Fatal("visitbot http did not stop")
			return nil
		}
	}
}

func signedPost(t testing.TB, url string, body []byte) (*http.Response, []byte) {
	t.Helper()
	sig, ts := bot.Sign(testKey, time.Now(), body)
	r, _ := http.NewRequest(http.MethodPost, url+"/interactions", bytes.NewReader(body))
	r.Header.Set("X-Signature-Ed25519", sig)
	r.Header.Set("X-Signature-Timestamp", ts)
	resp, err := http.DefaultClient.Do(r)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	out, _ := io.ReadAll(resp.Body)
	return resp, out
}

func TestHTTPCommand(t *testing.T) {
	base, stop := startHTTP(t)
	if r, err := http.Get(base + "/healthz"); err != nil || r.StatusCode != 200 {
		t.Fatalf("healthz: %v %v", r, err)
	}
	resp, body := signedPost(t, base, []byte(`{"id":"2300000000000000001","type":1,"application_id":"1","token":"t","version":1}`))
	if resp.StatusCode != 200 || strings.TrimSpace(string(body)) != `{"type":1}` {
		t.Errorf("PING: %d %s", resp.StatusCode, body)
	}
	ask := fakediscord.Command("2300000000000000002", "ask", map[string]any{"question": "who is jilani"})
	resp, body = signedPost(t, base, mustJSON(ask))
	if resp.StatusCode != 200 || !strings.Contains(string(body), "Jalil Abbas Jilani") {
		t.Errorf("ask: %d %s", resp.StatusCode, body)
	}
	if err := stop(); err != nil {
		t.Errorf("stop: %v", err)
	}
}

func TestHTTPNeedsPublicKey(t *testing.T) {
	_, _, err := runCLI(t, nil, "", "http")
	if !isUsage(err) || !strings.Contains(err.Error(), "DISCORD_PUBLIC_KEY") {
		t.Errorf("http without a key = %v", err)
	}
	_, _, err = runCLI(t, map[string]string{"DISCORD_PUBLIC_KEY": "abc", "VISITBOT_HTTP_ADDR": "127.0.0.1:0"}, "", "http")
	if !isUsage(err) {
		t.Errorf("http with a bad key = %v", err)
	}
}

func TestCommandsSync(t *testing.T) {
	fake := fakediscord.New(t)
	env := map[string]string{"DISCORD_TOKEN": "tok", "DISCORD_APP_ID": fakediscord.AppID, "DISCORD_API_BASE": fake.URL()}
	out, _, err := runCLI(t, env, "", "commands", "sync")
	if err != nil || !strings.Contains(out, "registered 9 commands") {
		t.Errorf("commands sync = %q, %v", out, err)
	}
	for _, v := range fake.Violations() {
		t.Errorf("request breaks Discord's API description: %s", v)
	}
}

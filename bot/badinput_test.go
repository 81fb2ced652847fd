package bot

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"
	"time"

	"visitbot/bot/fakediscord/payload"
)

// Every class of bad input gets a clear reply or a clear refusal, within
// Discord's limits and without pings, and never a panic or an internal
// error. The CLI's classes (a 100 KB paste) are in cmd/visitbot.
func TestBadInput(t *testing.T) {
	e := newEndpointTest(t, testBot(t).Index())
	e.h.SetReady()
	ask := func(id, q string) map[string]any {
		return payload.Command(id, "ask", map[string]any{"question": q})
	}
	tests := []struct {
		name    string
		payload map[string]any
		private bool   // the reply must be private (a user error)
		want    string // in the reply
	}{
		{"empty question", ask("2800000000000000001", ""), true, "Ask a question"},
		{"whitespace only", ask("2800000000000000002", " \t\n "), true, "Ask a question"},
		{"6,000 characters", ask("2800000000000000003", strings.Repeat("how many children were killed ", 200)), false, "cut to its first 300"},
		{"invalid UTF-8", ask("2800000000000000005", "how many \xff\xfe died"), false, "casualties"},
		{"zero-width and RTL", ask("2800000000000000006", "who\u200b is \u202ejilani\u202c"), false, "Jalil Abbas Jilani"},
		{"query syntax", payload.Command("2800000000000000007", "search", map[string]any{"query": `* ? : " ~ ^ /.*/ text:x`}), false, "No sentence"},
		{"@everyone and a role", payload.Command("2800000000000000008", "whois", map[string]any{"name": "@everyone <@&123>"}), true, "No one called"},
		{"markdown injection", payload.Command("2800000000000000009", "whois", map[string]any{"name": "```\n**x**`` [a](http://e)"}), true, "No one called"},
		{"unknown command", payload.Command("2800000000000000010", "frobnicate", nil), true, "no /frobnicate command"},
		{"unknown option", payload.Command("2800000000000000011", "whois", map[string]any{"name": "kakar", "colour": "red"}), false, "Kakar"},
		{"stale button", payload.Button("2800000000000000012", "v0:old-layout", nil), true, "no longer works"},
		{"stale section", payload.Button("2800000000000000013", "src:Section Removed In An Update", nil), true, "There is no section"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := payload.FromUser(tt.payload, "29"+tt.payload["id"].(string)[2:]) // one user each: no cooldown
			code, body := e.post(asJSON(t, p), testKey, time.Now(), nil)
			if code != http.StatusOK {
				t.Fatalf("status %d: %s", code, body)
			}
			var resp struct {
				Data map[string]any `json:"data"`
			}
			json.Unmarshal(body, &resp)
			flags, _ := resp.Data["flags"].(float64)
			text := string(body)
			if (int(flags)&64 != 0) != tt.private || !strings.Contains(text, tt.want) || strings.Contains(text, "went wrong") {
				t.Errorf("reply %s; want private=%v with %q", body, tt.private, tt.want)
			}
			for _, ping := range []string{"@everyone", "<@&", "```", "](http"} {
				if strings.Contains(text, ping) {
					t.Errorf("the reply repeats %q: %s", ping, body)
				}
			}
		})
	}
	t.Run("forged and replayed requests", func(t *testing.T) {
		body := asJSON(t, ask("2800000000000000020", "who is jilani"))
		if code, _ := e.post(body, testKey, time.Now().Add(-10*time.Minute), nil); code != http.StatusUnauthorized {
			t.Errorf("a replayed request got %d", code)
		}
		if code, _ := e.post(body, testKey, time.Now(), func(r *http.Request) { r.Header.Set("X-Signature-Ed25519", strings.Repeat("0", 128)) }); code != http.StatusUnauthorized {
			t.Errorf("a forged request got %d", code)
		}
	})
}

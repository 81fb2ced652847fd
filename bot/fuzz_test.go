package bot

import (
	"bytes"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"visitbot/bot/store"
)

// FuzzInteraction: any signed body gets 200 or 400, never a panic, and
// every 200 is a response within Discord's limits that pings no one.
func FuzzInteraction(f *testing.F) {
	for _, seed := range []string{
		`{"id":"1","type":1,"application_id":"2","token":"t","version":1}`,
		`{"id":"1","type":2,"token":"t","data":{"name":"ask","options":[{"name":"question","type":3,"value":"how many died"}]}}`,
		`{"id":"1","type":2,"token":"t","data":{"name":"whois","options":[{"name":"name","type":3,"value":"@everyone"}]}}`,
		`{"id":"1","type":4,"token":"t","data":{"name":"whois","options":[{"name":"name","type":3,"value":"ji","focused":true}]}}`,
		`{"id":"1","type":3,"token":"t","data":{"custom_id":"page:999:x","component_type":2},"message":{"id":"m"}}`,
		`{"id":"1","type":3,"token":"t","data":{"custom_id":"share","component_type":2}}`,
		`{"id":"1","type":2,"token":"t","data":{"name":"search","options":[{"name":"page","type":4,"value":-5},{"name":"query","type":3,"value":"*"}]}}`,
		`{"id":"1","type":9}`, `[]`, `{"id":1}`,
		`{"id":"1","type":2,"token":"t","guild_id":"5","channel_id":"6","member":{"user":{"id":"7"},"permissions":"16"},"data":{"name":"subscribe","options":[{"name":"topic","type":3,"value":"visits"},{"name":"role","type":8,"value":"9"}]}}`,
		`{"id":"1","type":2,"token":"t","guild_id":"5","channel_id":"6","member":{"user":{"id":"7"},"permissions":"0"},"data":{"name":"unsubscribe"}}`,
		`{"id":"1","type":2,"token":"t","guild_id":"5","channel_id":"6","data":{"name":"subscriptions"}}`,
	} {
		f.Add([]byte(seed))
	}
	b := testBotF(f)
	st, err := store.Open(f.TempDir())
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(func() { st.Close() })
	b.EnableAlerts(st)
	h, err := NewHTTPEndpoint(b, publicHex(), "http://127.0.0.1:1/", slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		f.Fatal(err)
	}
	h.SetReady()
	h.slow = time.Hour // a fuzzer makes no follow-ups
	h.cooldown = NewCooldown(1<<30, time.Nanosecond)
	h.channels = NewCooldown(1<<30, time.Nanosecond)
	handler := h.Handler()
	f.Fuzz(func(t *testing.T, body []byte) {
		sig, ts := Sign(testKey, time.Now(), body)
		r := httptest.NewRequest(http.MethodPost, "/interactions", bytes.NewReader(body))
		r.Header.Set("X-Signature-Ed25519", sig)
		r.Header.Set("X-Signature-Timestamp", ts)
		w := httptest.NewRecorder()
		handler.ServeHTTP(w, r)
		switch w.Code {
		case http.StatusBadRequest, http.StatusRequestEntityTooLarge:
			return
		case http.StatusOK:
		default:
			t.Fatalf("status %d for %q", w.Code, body)
		}
		// discordgo cannot decode components back, so they are checked apart.
		var raw struct {
			Type discordgo.InteractionResponseType `json:"type"`
			Data map[string]json.RawMessage        `json:"data"`
		}
		if err := json.Unmarshal(w.Body.Bytes(), &raw); err != nil {
			t.Fatalf("response %q: %v", w.Body.Bytes(), err)
		}
		if raw.Data == nil || raw.Type == discordgo.InteractionApplicationCommandAutocompleteResult {
			return
		}
		var rows []struct {
			Components []struct {
				CustomID string `json:"custom_id"`
			} `json:"components"`
		}
		json.Unmarshal(raw.Data["components"], &rows)
		for _, row := range rows {
			if len(row.Components) > 5 {
				t.Fatalf("%d buttons in a row", len(row.Components))
			}
			for _, c := range row.Components {
				if c.CustomID == "" || len(c.CustomID) > maxCustomID {
					t.Fatalf("custom_id %q", c.CustomID)
				}
			}
		}
		delete(raw.Data, "components")
		var data discordgo.InteractionResponseData
		rest, _ := json.Marshal(raw.Data)
		if err := json.Unmarshal(rest, &data); err != nil {
			t.Fatalf("response data %s: %v", rest, err)
		}
		checkLimits(t, string(body), &data)
	})
}

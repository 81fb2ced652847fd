package bot

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"sort"
	"strings"
	"testing"
	"time"

	"visitbot/bot/fakediscord"
	"visitbot/bot/fakediscord/payload"
	"visitbot/facts"
	"visitbot/index"
)

// testKey is Discord's key pair for the tests, from a fixed seed.
var testKey = ed25519.NewKeyFromSeed(bytes.Repeat([]byte{7}, ed25519.SeedSize))

func publicHex() string { return hex.EncodeToString(testKey.Public().(ed25519.PublicKey)) }

type endpointTest struct {
	t    *testing.T
	srv  *httptest.Server
	h    *HTTPEndpoint
	fake *fakediscord.Server
}

func newEndpointTest(t *testing.T, a Answerer) *endpointTest {
	t.Helper()
	fake := fakediscord.New(t)
	h, err := NewHTTPEndpoint(New(a), publicHex(), fake.URL(), slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h.Handler())
	t.Cleanup(srv.Close)
	return &endpointTest{t: t, srv: srv, h: h, fake: fake}
}

// post sends a body signed by key at time at; edit may spoil the request.
func (e *endpointTest) post(body []byte, key ed25519.PrivateKey, at time.Time, edit func(*http.Request)) (int, []byte) {
	e.t.Helper()
	sig, ts := Sign(key, at, body)
	r, _ := http.NewRequest(http.MethodPost, e.srv.URL+"/interactions", bytes.NewReader(body))
	r.Header.Set("Content-Type", "application/json")
	r.Header.Set("X-Signature-Ed25519", sig)
	r.Header.Set("X-Signature-Timestamp", ts)
	if edit != nil {
		edit(r)
	}
	resp, err := http.DefaultClient.Do(r)
	if err != nil {
		e.t.Fatal(err)
	}
	defer resp.Body.Close()
	out, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, out
}

func asJSON(t *testing.T, v any) []byte {
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestHTTPInteractions(t *testing.T) {
	e := newEndpointTest(t, testBot(t).Index())
	e.h.SetReady()
	tests := []struct {
		name    string
		payload map[string]any
		check   func(resp map[string]any) bool
	}{
		{"ping", map[string]any{"id": "2200000000000000001", "type": 1, "application_id": payload.AppID, "token": "t", "version": 1},
			func(r map[string]any) bool { return r["type"] == 1.0 }},
		{"whois", payload.Command("2200000000000000002", "whois", map[string]any{"name": "Jilani"}),
			func(r map[string]any) bool {
				return r["type"] == 4.0 && strings.Contains(string(asJSON(t, r)), `"title":"Jalil Abbas Jilani"`)
			}},
		{"ask hidden", payload.Command("2200000000000000003", "ask", map[string]any{"question": "how many children were killed", "hide": true}),
			func(r map[string]any) bool {
				d := r["data"].(map[string]any)
				return r["type"] == 4.0 && d["flags"] == 64.0 && strings.Contains(string(asJSON(t, r)), "Two children killed")
			}},
		{"autocomplete", payload.Autocomplete("2200000000000000004", "whois", "name", "raei"),
			func(r map[string]any) bool {
				return r["type"] == 8.0 && strings.Contains(string(asJSON(t, r)), `"name":"Ebrahim Raisi"`)
			}},
		{"button", payload.Button("2200000000000000005", "src:Lead", map[string]any{"id": "1", "channel_id": payload.ChannelID}),
			func(r map[string]any) bool {
				return r["type"] == 4.0 && strings.Contains(string(asJSON(t, r)), "[3] The visit involves")
			}},
		{"next page", payload.Button("2200000000000000006", "page:2:iran pakistan", map[string]any{"id": "1", "channel_id": payload.ChannelID}),
			func(r map[string]any) bool {
				return r["type"] == 7.0 && strings.Contains(string(asJSON(t, r)), "Page 2 of")
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, body := e.post(asJSON(t, tt.payload), testKey, time.Now(), nil)
			var resp map[string]any
			if code != http.StatusOK || json.Unmarshal(body, &resp) != nil || !tt.check(resp) {
				t.Fatalf("status %d, body %s", code, body)
			}
			if tt.name != "ping" {
				if am := resp["data"].(map[string]any)["allowed_mentions"]; am == nil && resp["type"] != 8.0 {
					t.Errorf("no allowed_mentions in %s", body)
				}
			}
			if problem := e.fake.CheckCallback(body); problem != "" {
				t.Errorf("the response breaks create_interaction_response: %s", problem)
			}
		})
	}
	if !e.fake.Checked() {
		t.Log("Discord's API description is absent: response bodies were not checked")
	}
}

func TestHTTPRejectsForgedRequests(t *testing.T) {
	e := newEndpointTest(t, testBot(t).Index())
	e.h.SetReady()
	body := asJSON(t, payload.Command("2200000000000000010", "ask", map[string]any{"question": "who is jilani"}))
	_, otherKey, _ := ed25519.GenerateKey(nil)
	tests := []struct {
		name string
		key  ed25519.PrivateKey
		at   time.Time
		edit func(*http.Request)
	}{
		{"unsigned", testKey, time.Now(), func(r *http.Request) { r.Header.Del("X-Signature-Ed25519"); r.Header.Del("X-Signature-Timestamp") }},
		{"bad hex", testKey, time.Now(), func(r *http.Request) {
			r.Header.Set("X-Signature-Ed25519", "zz"+r.Header.Get("X-Signature-Ed25519")[2:])
		}},
		{"wrong key", otherKey, time.Now(), nil},
		{"tampered body", testKey, time.Now(), func(r *http.Request) {
			tampered := bytes.Replace(body, []byte("jilani"), []byte("kakar!"), 1)
			r.Body = io.NopCloser(bytes.NewReader(tampered))
			r.ContentLength = int64(len(tampered))
		}},
		{"stale timestamp", testKey, time.Now().Add(-6 * time.Minute), nil},
		{"timestamp from the future", testKey, time.Now().Add(6 * time.Minute), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out := e.post(body, tt.key, tt.at, tt.edit)
			if code != http.StatusUnauthorized || strings.Contains(string(out), "jilani") || len(out) > 40 {
				t.Errorf("status %d, body %q; want 401 with no detail", code, out)
			}
		})
	}
	t.Run("oversized body", func(t *testing.T) {
		big := bytes.Repeat([]byte("x"), MaxInteractionBody+1)
		if code, _ := e.post(big, testKey, time.Now(), nil); code != http.StatusRequestEntityTooLarge {
			t.Errorf("status %d, want 413", code)
		}
	})
	t.Run("malformed JSON after a valid signature", func(t *testing.T) {
		if code, _ := e.post([]byte(`{"type":2,"id":`), testKey, time.Now(), nil); code != http.StatusBadRequest {
			t.Errorf("status %d, want 400", code)
		}
	})
}

func TestHTTPHealth(t *testing.T) {
	e := newEndpointTest(t, testBot(t).Index())
	get := func() int {
		r, err := http.Get(e.srv.URL + "/healthz")
		if err != nil {
			t.Fatal(err)
		}
		r.Body.Close()
		return r.StatusCode
	}
	if code := get(); code != http.StatusServiceUnavailable {
		t.Errorf("before ready: %d", code)
	}
	e.h.SetReady()
	if code := get(); code != http.StatusOK {
		t.Errorf("when ready: %d", code)
	}
}

func TestHTTPDefersSlowAnswers(t *testing.T) {
	slow := fakeAnswerer{answer: func(ctx context.Context, q string) (index.Answer, error) {
		time.Sleep(200 * time.Millisecond)
		return index.Answer{Answered: true, Text: "slow and sure"}, nil
	}}
	e := newEndpointTest(t, slow)
	e.h.slow = 20 * time.Millisecond
	code, body := e.post(asJSON(t, payload.Command("2200000000000000020", "ask", map[string]any{"question": "q"})), testKey, time.Now(), nil)
	if code != http.StatusOK || !strings.HasPrefix(string(body), `{"type":5`) {
		t.Fatalf("status %d, body %s; want a deferred response", code, body)
	}
	follow := e.fake.WaitRequest(5*time.Second, func(r fakediscord.Request) bool {
		return strings.Contains(r.Path, "/webhooks/"+payload.AppID+"/token-2200000000000000020")
	})
	if !strings.Contains(string(follow.Body), "slow and sure") {
		t.Errorf("follow-up = %s", follow.Body)
	}
	e.h.Wait()
	for _, v := range e.fake.Violations() {
		t.Errorf("request breaks Discord's API description: %s", v)
	}
}

// BenchmarkHTTPHandler measures the whole path of one interaction, without
// the network: verify the signature, decode, answer, encode.
func BenchmarkHTTPHandler(b *testing.B) {
	h, err := NewHTTPEndpoint(New(benchIndex(b)), hex.EncodeToString(testKey.Public().(ed25519.PublicKey)), "", slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		b.Fatal(err)
	}
	h.SetReady()
	handler := h.Handler()
	var bodies [][]byte
	for i, q := range []string{"how many children were killed?", "who is jilany", "when will raisi visit", "how old is jilani"} {
		ic := payload.FromUser(payload.Command("2400000000000000001", "ask", map[string]any{"question": q}), "25000000000000000"+string(rune('0'+i)))
		body, _ := json.Marshal(ic)
		bodies = append(bodies, body)
	}
	h.cooldown = NewCooldown(1<<30, time.Nanosecond) // measure answers, not the cooldown
	h.channels = NewCooldown(1<<30, time.Nanosecond)
	took := make([]time.Duration, 0, b.N)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		body := bodies[i%len(bodies)]
		sig, ts := Sign(testKey, time.Now(), body)
		r := httptest.NewRequest(http.MethodPost, "/interactions", bytes.NewReader(body))
		r.Header.Set("X-Signature-Ed25519", sig)
		r.Header.Set("X-Signature-Timestamp", ts)
		w := httptest.NewRecorder()
		start := time.Now()
		handler.ServeHTTP(w, r)
		took = append(took, time.Since(start))
		if w.Code != http.StatusOK {
			b.Fatalf("status %d", w.Code)
		}
	}
	b.StopTimer()
	sortDurations(took)
	b.ReportMetric(float64(took[len(took)/2].Microseconds()), "p50-µs")
	b.ReportMetric(float64(took[len(took)*99/100].Microseconds()), "p99-µs")
}

func sortDurations(d []time.Duration) {
	sort.Slice(d, func(i, j int) bool { return d[i] < d[j] })
}

func benchIndex(b *testing.B) *index.Index {
	c, err := facts.Default()
	if err != nil {
		b.Fatal(err)
	}
	ix, err := index.New(c)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { ix.Close() })
	return ix
}

// One busy channel cannot take all the bot's time: past a burst, its
// questions are politely refused, whoever asks them.
func TestChannelRateLimit(t *testing.T) {
	e := newEndpointTest(t, testBot(t).Index())
	e.h.SetReady()
	frozen := time.Unix(1_800_000_000, 0)
	e.h.channels.now = func() time.Time { return frozen } // no refill during the test
	refused := 0
	for i := 0; i < 40; i++ {
		ic := payload.FromUser(payload.Command(fmt.Sprintf("26%017d", i), "ask", map[string]any{"question": "who is kakar"}), fmt.Sprintf("27%017d", i))
		_, body := e.post(asJSON(t, ic), testKey, time.Now(), nil)
		if strings.Contains(string(body), "asking quickly") {
			refused++
			if !strings.Contains(string(body), `"flags":64`) {
				t.Errorf("a refusal is not private: %s", body)
			}
		}
	}
	if refused != 10 {
		t.Errorf("%d of 40 questions in one channel refused, want 10 after a burst of 30", refused)
	}
}

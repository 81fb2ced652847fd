package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"regexp"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"visitbot/bot"
	"visitbot/bot/fakediscord"
	"visitbot/bot/fakediscord/payload"
)

// startBot runs visitbot run, the real path, against a fake Discord.
func startBot(t *testing.T, fake *fakediscord.Server) (stop func() error) {
	stop, _ = startBotEnv(t, fake, nil)
	return stop
}

func startBotEnv(t *testing.T, fake *fakediscord.Server, extra map[string]string) (stop func() error, logs *syncBuffer) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	env := map[string]string{"DISCORD_TOKEN": "test-token-123", "DISCORD_API_BASE": fake.URL(), "LOG_LEVEL": "warn"}
	for k, v := range extra {
		env[k] = v
	}
	logs = &syncBuffer{}
	done := make(chan error, 1)
	identifies, resumes := fake.Opens() // a restart adds one more
	go func() {
		done <- run(ctx, []string{"run"}, func(k string) string { return env[k] }, strings.NewReader(""), logs, logs)
	}()
	if !fake.Connected(identifies+resumes+1, 10*time.Second) {
		cancel()
		t.Fatalf("the bot did not connect; log:\n%s", logs.String())
	}
	fake.WaitRequest(5*time.Second, func(r fakediscord.Request) bool { return strings.HasSuffix(r.Path, "/commands") })
	return func() error {
		cancel()
		select {
		case err := <-done:
			if strings.Contains(logs.String(), "test-token-123") {
				t.Errorf("the log holds the token:\n%s", logs.String())
			}
			return err
		case <-time.After(10 * time.Second):
			t.Fatal("the bot did not stop within 10 s")
			return nil
		}
	}, logs
}

type syncBuffer struct {
	mu sync.Mutex
	b  strings.Builder
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// response decodes the bot's callback for an interaction.
func response(t *testing.T, fake *fakediscord.Server, id string) (typ int, data map[string]any) {
	t.Helper()
	r := fake.WaitRequest(5*time.Second, fakediscord.Callback(id))
	body := r.JSON(t)
	typ = int(body["type"].(float64))
	data, _ = body["data"].(map[string]any)
	return typ, data
}

func noPings(t *testing.T, data map[string]any) {
	t.Helper()
	am, ok := data["allowed_mentions"].(map[string]any)
	if !ok || len(am["parse"].([]any)) != 0 {
		t.Errorf("allowed_mentions = %v, want an empty parse list", data["allowed_mentions"])
	}
}

func embed(t *testing.T, data map[string]any) map[string]any {
	t.Helper()
	es, _ := data["embeds"].([]any)
	if len(es) != 1 {
		t.Fatalf("want one embed, got %v", data)
	}
	return es[0].(map[string]any)
}

func TestDiscordEndToEnd(t *testing.T) {
	fake := fakediscord.New(t)
	stop := startBot(t, fake)

	reg := fake.WaitRequest(time.Second, func(r fakediscord.Request) bool { return strings.HasSuffix(r.Path, "/commands") })
	var cmds []map[string]any
	json.Unmarshal(reg.Body, &cmds)
	if reg.Method != "PUT" || !strings.Contains(reg.Path, "/applications/"+payload.AppID+"/commands") || len(cmds) != len(bot.Commands()) {
		t.Errorf("registration = %s %s with %d commands", reg.Method, reg.Path, len(cmds))
	}

	t.Run("whois", func(t *testing.T) {
		fake.Dispatch("INTERACTION_CREATE", payload.Command("2000000000000000001", "whois", map[string]any{"name": "Jilani"}))
		typ, data := response(t, fake, "2000000000000000001")
		e := embed(t, data)
		if typ != 4 || e["title"] != "Jalil Abbas Jilani" {
			t.Errorf("whois response type %d, embed %v", typ, e)
		}
		noPings(t, data)
	})
	t.Run("ask hidden", func(t *testing.T) {
		fake.Dispatch("INTERACTION_CREATE", payload.Command("2000000000000000002", "ask",
			map[string]any{"question": "@everyone how many children were killed? <@&123>", "hide": true}))
		_, data := response(t, fake, "2000000000000000002")
		e := embed(t, data)
		if !strings.HasPrefix(e["description"].(string), "Two children killed") || int(data["flags"].(float64))&64 == 0 {
			t.Errorf("ask: %v", data)
		}
		noPings(t, data)
		if !strings.Contains(string(mustJSON(data["components"])), `"custom_id":"share"`) {
			t.Errorf("a hidden answer has no Share button: %v", data["components"])
		}
	})
	t.Run("casualties", func(t *testing.T) {
		fake.Dispatch("INTERACTION_CREATE", payload.Command("2000000000000000003", "casualties", nil))
		_, data := response(t, fake, "2000000000000000003")
		if e := embed(t, data); !strings.Contains(e["description"].(string), "**two** children killed") {
			t.Errorf("casualties: %v", e)
		}
	})
	t.Run("autocomplete", func(t *testing.T) {
		fake.Dispatch("INTERACTION_CREATE", payload.Autocomplete("2000000000000000004", "whois", "name", "ji"))
		typ, data := response(t, fake, "2000000000000000004")
		choices, _ := data["choices"].([]any)
		if typ != 8 || len(choices) == 0 || choices[0].(map[string]any)["name"] != "Jalil Abbas Jilani" {
			t.Errorf("autocomplete: type %d, %v", typ, data)
		}
	})
	t.Run("show in article button", func(t *testing.T) {
		fake.Dispatch("INTERACTION_CREATE", payload.Button("2000000000000000005", "src:Tit-for-tat", map[string]any{"id": "1300000000000000001", "channel_id": payload.ChannelID}))
		_, data := response(t, fake, "2000000000000000005")
		if e := embed(t, data); !strings.Contains(e["description"].(string), "[3] Pakistan reported two children killed") || int(data["flags"].(float64))&64 == 0 {
			t.Errorf("show in article: %v", data)
		}
	})
	t.Run("share button", func(t *testing.T) {
		msg := map[string]any{"id": "1300000000000000002", "channel_id": payload.ChannelID, "flags": 64,
			"embeds": []any{map[string]any{"title": "Ebrahim Raisi", "description": "Iran’s President"}}}
		fake.Dispatch("INTERACTION_CREATE", payload.Button("2000000000000000009", "share", msg))
		typ, data := response(t, fake, "2000000000000000009")
		if e := embed(t, data); typ != 4 || e["title"] != "Ebrahim Raisi" || data["flags"] != nil {
			t.Errorf("share: type %d, %v", typ, data)
		}
		noPings(t, data)
	})
	t.Run("stale button", func(t *testing.T) {
		fake.Dispatch("INTERACTION_CREATE", payload.Button("2000000000000000006", "old-button-v0", nil))
		_, data := response(t, fake, "2000000000000000006")
		if !strings.Contains(data["content"].(string), "no longer works") {
			t.Errorf("stale button: %v", data)
		}
	})
	t.Run("6000-character question", func(t *testing.T) {
		q := strings.Repeat("how many children were killed ", 200)
		fake.Dispatch("INTERACTION_CREATE", payload.Command("2000000000000000007", "ask", map[string]any{"question": q}))
		_, data := response(t, fake, "2000000000000000007")
		if e := embed(t, data); !strings.Contains(e["footer"].(map[string]any)["text"].(string), "cut") {
			t.Errorf("long question: %v", e)
		}
	})
	t.Run("mention", func(t *testing.T) {
		fake.Dispatch("MESSAGE_CREATE", payload.Message("3000000000000000001", "who is kakar?", true))
		r := fake.WaitRequest(5*time.Second, func(r fakediscord.Request) bool {
			return r.Method == "POST" && strings.HasSuffix(r.Path, "/channels/"+payload.ChannelID+"/messages")
		})
		body := r.JSON(t)
		ref, _ := body["message_reference"].(map[string]any)
		if ref == nil || ref["message_id"] != "3000000000000000001" || !strings.Contains(string(r.Body), "Anwaar-ul-Haq Kakar") {
			t.Errorf("mention reply: %s", r.Body)
		}
		noPings(t, body)
	})
	t.Run("direct message", func(t *testing.T) {
		dm := payload.Message("3000000000000000002", "when will raisi visit?", false)
		delete(dm, "guild_id")
		delete(dm, "member")
		fake.Dispatch("MESSAGE_CREATE", dm)
		r := fake.WaitRequest(5*time.Second, func(r fakediscord.Request) bool {
			return r.Method == "POST" && strings.Contains(string(r.Body), "3000000000000000002")
		})
		if !strings.Contains(string(r.Body), "yet to be determined") {
			t.Errorf("DM reply: %s", r.Body)
		}
	})
	t.Run("a plain message is left alone", func(t *testing.T) {
		before := len(fake.Requests())
		fake.Dispatch("MESSAGE_CREATE", payload.Message("3000000000000000003", "lunch anyone?", false))
		fake.Dispatch("INTERACTION_CREATE", payload.Command("2000000000000000010", "help", nil))
		response(t, fake, "2000000000000000010")
		for _, r := range fake.Requests()[before:] {
			if strings.Contains(string(r.Body), "3000000000000000003") {
				t.Errorf("the bot answered a message that did not mention it: %s", r.Body)
			}
		}
	})
	t.Run("reconnect after a dropped websocket", func(t *testing.T) {
		fake.Drop()
		if !fake.Connected(2, 15*time.Second) {
			t.Fatal("the bot did not reconnect")
		}
		if _, resumes := fake.Opens(); resumes == 0 {
			t.Error("the bot identified again instead of resuming")
		}
		fake.Dispatch("INTERACTION_CREATE", payload.Command("2000000000000000008", "ask", map[string]any{"question": "who is raisi"}))
		if _, data := response(t, fake, "2000000000000000008"); !strings.Contains(embed(t, data)["description"].(string), "Ebrahim Raisi") {
			t.Errorf("after reconnect: %v", data)
		}
	})
	if err := stop(); err != nil {
		t.Errorf("run returned %v after a clean stop", err)
	}
	if !fake.Checked() {
		t.Skip("Discord's API description is absent: REST bodies were not checked")
	}
	for _, v := range fake.Violations() {
		t.Errorf("request breaks Discord's API description: %s", v)
	}
}

func TestDiscordBadTokenStops(t *testing.T) {
	fake := fakediscord.New(t)
	fake.CloseNextIdentify(4004)
	env := map[string]string{"DISCORD_TOKEN": "bad", "DISCORD_API_BASE": fake.URL()}
	var logs syncBuffer
	err := run(context.Background(), []string{"run"}, func(k string) string { return env[k] }, strings.NewReader(""), &logs, &logs)
	if !errors.Is(err, bot.ErrFatalClose) || !strings.Contains(err.Error(), "4004") {
		t.Errorf("run with a bad token = %v, want a clear fatal error", err)
	}
}

func TestRunNeedsToken(t *testing.T) {
	_, _, err := runCLI(t, nil, "", "run")
	if !isUsage(err) || !strings.Contains(err.Error(), "DISCORD_TOKEN") {
		t.Errorf("run without a token = %v", err)
	}
}

func mustJSON(v any) []byte {
	b, _ := json.Marshal(v)
	return b
}

// BenchmarkInteraction measures, against the fake Discord, the time from
// sending INTERACTION_CREATE to receiving the bot's callback.
func BenchmarkInteraction(b *testing.B) {
	fake := fakediscord.New(b)
	fake.Unchecked()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	env := map[string]string{"DISCORD_TOKEN": "bench", "DISCORD_API_BASE": fake.URL(), "LOG_LEVEL": "error"}
	go run(ctx, []string{"run"}, func(k string) string { return env[k] }, strings.NewReader(""), io.Discard, io.Discard)
	if !fake.Connected(1, 10*time.Second) {
		b.Fatal("no connection")
	}
	questions := []string{"how many children were killed?", "who is jilany", "when will raisi visit", "how old is jilani"}
	var took []time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		id := fmt.Sprintf("29%017d", i)
		start := time.Now()
		ic := payload.Command(id, "ask", map[string]any{"question": questions[i%len(questions)]})
		fake.Dispatch("INTERACTION_CREATE", payload.InChannel(payload.FromUser(ic, fmt.Sprintf("28%017d", i)), fmt.Sprintf("29%017d", i))) // no cooldown
		r := fake.WaitRequest(5*time.Second, fakediscord.Callback(id))
		took = append(took, r.At.Sub(start))
	}
	b.StopTimer()
	sort.Slice(took, func(i, j int) bool { return took[i] < took[j] })
	b.ReportMetric(float64(took[len(took)/2].Microseconds()), "p50-µs")
	b.ReportMetric(float64(took[len(took)*99/100].Microseconds()), "p99-µs")
	b.ReportMetric(float64(took[len(took)-1].Microseconds()), "max-µs")
}

func TestMetrics(t *testing.T) {
	fake := fakediscord.New(t)
	stop, logs := startBotEnv(t, fake, map[string]string{"VISITBOT_METRICS_ADDR": "127.0.0.1:0", "LOG_LEVEL": "info"})
	defer stop()
	m := regexp.MustCompile(`serving metrics"? addr=(\S+)`).FindStringSubmatch(logs.String())
	if m == nil {
		t.Fatalf("no metrics address in the log:\n%s", logs.String())
	}
	base := "http://" + m[1]
	get := func(path string) (int, string) {
		r, err := http.Get(base + path)
		if err != nil {
			t.Fatal(err)
		}
		defer r.Body.Close()
		b, _ := io.ReadAll(r.Body)
		return r.StatusCode, string(b)
	}
	for i, q := range []string{"how many children were killed?", "how old is jilani?"} {
		id := fmt.Sprintf("24%017d", i)
		fake.Dispatch("INTERACTION_CREATE", payload.Command(id, "ask", map[string]any{"question": q}))
		response(t, fake, id)
	}
	fake.Dispatch("INTERACTION_CREATE", payload.Command("2400000000000000009", "whois", map[string]any{"name": "nobody at all"}))
	response(t, fake, "2400000000000000009")
	fake.Drop()
	if !fake.Connected(2, 15*time.Second) {
		t.Fatal("no reconnect")
	}
	time.Sleep(100 * time.Millisecond)
	if code, _ := get("/readyz"); code != 200 {
		t.Errorf("/readyz = %d", code)
	}
	_, body := get("/metrics")
	for _, want := range []string{
		`visitbot_commands_total{command="ask",outcome="answered"} 1`,
		`visitbot_commands_total{command="ask",outcome="silent"} 1`,
		`visitbot_commands_total{command="whois",outcome="user_error"} 1`,
		`visitbot_gateway_reconnects_total 1`,
		`visitbot_answer_seconds_bucket{command="ask",le=`,
		`go_goroutines`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("/metrics lacks %s", want)
		}
	}
}

package bot

import (
	"bytes"
	"context"
	"log/slog"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"visitbot/bot/fakediscord"
	"visitbot/bot/fakediscord/payload"
	"visitbot/index"
)

// startGateway serves a bot over an Answerer against a fake Discord.
func startGateway(t *testing.T, a Answerer, slow time.Duration) (*fakediscord.Server, *logBuffer) {
	t.Helper()
	fake := fakediscord.New(t)
	logs := &logBuffer{}
	g, err := NewGateway(New(a), Config{Token: "t", APIBase: fake.URL()}, slog.New(slog.NewTextHandler(logs, nil)))
	if err != nil {
		t.Fatal(err)
	}
	g.slow = slow
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- g.Run(ctx) }()
	t.Cleanup(func() { cancel(); <-done })
	if !fake.Connected(1, 10*time.Second) {
		t.Fatal("no connection")
	}
	fake.WaitRequest(5*time.Second, func(r fakediscord.Request) bool { return strings.HasSuffix(r.Path, "/commands") })
	return fake, logs
}

// logBuffer is a log that tests may read while the gateway writes it.
type logBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *logBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *logBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

func TestSlowAnswersAreDeferred(t *testing.T) {
	slow := fakeAnswerer{answer: func(ctx context.Context, q string) (index.Answer, error) {
		time.Sleep(300 * time.Millisecond)
		return index.Answer{Answered: true, Text: "late but right"}, nil
	}}
	fake, _ := startGateway(t, slow, 50*time.Millisecond)
	fake.Dispatch("INTERACTION_CREATE", payload.Command("2100000000000000001", "ask", map[string]any{"question": "q"}))
	ack := fake.WaitRequest(5*time.Second, fakediscord.Callback("2100000000000000001")).JSON(t)
	if ack["type"] != 5.0 {
		t.Errorf("first response type %v, want 5 (deferred)", ack["type"])
	}
	follow := fake.WaitRequest(5*time.Second, func(r fakediscord.Request) bool {
		return r.Method == "POST" && strings.Contains(r.Path, "/webhooks/"+payload.AppID+"/token-2100000000000000001")
	})
	am, _ := follow.JSON(t)["allowed_mentions"].(map[string]any)
	if !strings.Contains(string(follow.Body), "late but right") || am == nil || len(am["parse"].([]any)) != 0 {
		t.Errorf("follow-up = %s", follow.Body)
	}
	for _, v := range fake.Violations() {
		t.Errorf("request breaks Discord's API description: %s", v)
	}
}

func TestPanicsAreRecovered(t *testing.T) {
	var calls atomic.Int32
	flaky := fakeAnswerer{answer: func(ctx context.Context, q string) (index.Answer, error) {
		if calls.Add(1) == 1 {
			var m map[string]int
			m["boom"]++ // a nil map write: a real panic
		}
		return index.Answer{Answered: true, Text: "still here"}, nil
	}}
	fake, logs := startGateway(t, flaky, time.Second)
	fake.Dispatch("INTERACTION_CREATE", payload.Command("2100000000000000002", "ask", map[string]any{"question": "q"}))
	first := fake.WaitRequest(5*time.Second, fakediscord.Callback("2100000000000000002"))
	if !strings.Contains(string(first.Body), "something went wrong on my side") || strings.Contains(string(first.Body), "nil map") {
		t.Errorf("after a panic the user saw %s", first.Body)
	}
	fake.Dispatch("INTERACTION_CREATE", payload.Command("2100000000000000003", "ask", map[string]any{"question": "q"}))
	if second := fake.WaitRequest(5*time.Second, fakediscord.Callback("2100000000000000003")); !strings.Contains(string(second.Body), "still here") {
		t.Errorf("the bot did not answer after a panic: %s", second.Body)
	}
	if !strings.Contains(logs.String(), "interaction=2100000000000000002") || !strings.Contains(logs.String(), "panic") {
		t.Errorf("the panic was not logged with the interaction id:\n%s", logs.String())
	}
}

func TestCooldown(t *testing.T) {
	c := NewCooldown(2, time.Second)
	now := time.Unix(0, 0)
	c.now = func() time.Time { return now }
	for i, want := range []bool{true, true, false} {
		if ok, _ := c.Allow("u"); ok != want {
			t.Errorf("request %d allowed = %v, want %v", i+1, ok, want)
		}
	}
	if ok, _ := c.Allow("other"); !ok {
		t.Error("one user's burst slowed another")
	}
	now = now.Add(time.Second)
	if ok, _ := c.Allow("u"); !ok {
		t.Error("no token after the interval")
	}
	c.maxUsers = 100
	for i := 0; i < 1000; i++ {
		c.Allow(strings.Repeat("x", i%50) + string(rune('a'+i%26)) + time.Duration(i).String())
	}
	if len(c.users) > 100 {
		t.Errorf("%d users remembered, want at most 100", len(c.users))
	}
}

package main

import (
	"fmt"
	"math/rand"
	"net/http"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"visitbot/bot/fakediscord"
	"visitbot/bot/fakediscord/payload"
)

// TestSoak sends thousands of interactions to `visitbot run` through a fake
// Discord that answers some REST calls with 429 or 500 and drops the
// websocket twice. The bot must answer every one, and end with as many
// goroutines as it started with and a bounded heap.
func TestSoak(t *testing.T) {
	n := 10_000
	if raceEnabled || testing.Short() {
		n = 1_500 // the race detector slows every call tenfold
	}
	fake := fakediscord.New(t)
	fake.Unchecked() // the API description is checked elsewhere; here it would dominate the time
	var mu sync.Mutex
	rnd := rand.New(rand.NewSource(1))
	var limited, failed int
	fake.Respond = func(w http.ResponseWriter, r *http.Request, body []byte) bool {
		if !strings.HasSuffix(r.URL.Path, "/callback") {
			return false
		}
		mu.Lock()
		roll := rnd.Intn(100)
		mu.Unlock()
		switch {
		case roll < 5:
			mu.Lock()
			limited++
			mu.Unlock()
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(http.StatusTooManyRequests)
			fmt.Fprint(w, `{"message":"You are being rate limited.","retry_after":0.002,"global":false}`)
			return true
		case roll < 8:
			mu.Lock()
			failed++
			mu.Unlock()
			w.WriteHeader(http.StatusInternalServerError)
			fmt.Fprint(w, `{"message":"500: Internal Server Error","code":0}`)
			return true
		}
		return false
	}
	stop := startBot(t, fake)
	// Idle keep-alive connections each hold goroutines on both sides; they
	// are pooled, not leaked, so they are closed before counting.
	idle := http.DefaultTransport.(*http.Transport)
	settle := func() int {
		idle.CloseIdleConnections()
		time.Sleep(20 * time.Millisecond)
		runtime.GC()
		return runtime.NumGoroutine()
	}
	before := settle()

	start := time.Now()
	for i := 0; i < n; i++ {
		if i == n/3 || i == 2*n/3 {
			fake.Drop()
			if !fake.Connected(2+i*2/n, 15*time.Second) {
				t.Fatalf("no reconnect after drop at %d", i)
			}
		}
		id := fmt.Sprintf("3%018d", i)
		var ic map[string]any
		switch i % 5 {
		case 0, 1:
			ic = payload.FromUser(payload.Command(id, "ask", map[string]any{"question": []string{
				"how many died", "who is jilany", "when will raisi visit", "how old is jilani", "why did pakistan strike"}[i%5]}), fmt.Sprintf("4%018d", i))
			ic = payload.InChannel(ic, fmt.Sprintf("5%018d", i%500)) // a busy server, not one channel
		case 2:
			ic = payload.Command(id, "whois", map[string]any{"name": "kakar"})
		case 3:
			ic = payload.Autocomplete(id, "whois", "name", "ja")
		default:
			ic = payload.Button(id, "page:2:iran", map[string]any{"id": "1", "channel_id": payload.ChannelID})
		}
		fake.Dispatch("INTERACTION_CREATE", ic)
		if !fake.WaitCallback(id, 10*time.Second) {
			t.Fatalf("interaction %d got no answer", i)
		}
	}
	took := time.Since(start)

	// Let the last retries finish, then count.
	var after int
	for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		if after = settle(); after <= before+2 {
			break
		}
	}
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	t.Logf("%d interactions in %v (%.0f/s); %d answered with 429 and %d with 500 by the fake; goroutines %d → %d; heap %.1f MB",
		n, took.Round(time.Millisecond), float64(n)/took.Seconds(), limited, failed, before, after, float64(ms.HeapAlloc)/1e6)
	if after > before+2 {
		buf := make([]byte, 1<<20)
		t.Errorf("goroutines grew from %d to %d:\n%s", before, after, buf[:runtime.Stack(buf, true)])
	}
	if ms.HeapAlloc > 128<<20 {
		t.Errorf("heap of %d MB after the soak", ms.HeapAlloc>>20)
	}
	if err := stop(); err != nil {
		t.Errorf("stop: %v", err)
	}
}

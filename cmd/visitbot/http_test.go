package main

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	vegeta "github.com/tsenart/vegeta/v12/lib"

	"visitbot/bot"
	"visitbot/bot/fakediscord"
	"visitbot/bot/fakediscord/payload"
	"visitbot/index"
)

var testKey = ed25519.NewKeyFromSeed(bytes.Repeat([]byte{7}, ed25519.SeedSize))

// startHTTP runs visitbot http, the real path, on a free port and returns
// its base URL.
func startHTTP(t testing.TB) (base string, stop func() error) {
	base, stop, _ = startHTTPLogged(t)
	return base, stop
}

func startHTTPLogged(t testing.TB) (base string, stop func() error, logs *syncBuffer) {
	return startHTTPEnv(t, nil)
}

func startHTTPEnv(t testing.TB, extra map[string]string) (base string, stop func() error, logs *syncBuffer) {
	t.Helper()
	env := map[string]string{"DISCORD_PUBLIC_KEY": hex.EncodeToString(testKey.Public().(ed25519.PublicKey)),
		"VISITBOT_HTTP_ADDR": "127.0.0.1:0", "LOG_LEVEL": "info"}
	for k, v := range extra {
		env[k] = v
	}
	ctx, cancel := context.WithCancel(context.Background())
	logs = &syncBuffer{}
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
	}, logs
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
	base, stop, logs := startHTTPLogged(t)
	if r, err := http.Get(base + "/healthz"); err != nil || r.StatusCode != 200 {
		t.Fatalf("healthz: %v %v", r, err)
	}
	resp, body := signedPost(t, base, []byte(`{"id":"2300000000000000001","type":1,"application_id":"1","token":"t","version":1}`))
	if resp.StatusCode != 200 || strings.TrimSpace(string(body)) != `{"type":1}` {
		t.Errorf("PING: %d %s", resp.StatusCode, body)
	}
	ask := payload.Command("2300000000000000002", "ask", map[string]any{"question": "who is jilani"})
	resp, body = signedPost(t, base, mustJSON(ask))
	if resp.StatusCode != 200 || !strings.Contains(string(body), "Jalil Abbas Jilani") {
		t.Errorf("ask: %d %s", resp.StatusCode, body)
	}
	// A forged request is refused, and nothing secret reaches the log.
	forged, _ := http.NewRequest(http.MethodPost, base+"/interactions", strings.NewReader(`{"type":1}`))
	forged.Header.Set("X-Signature-Ed25519", strings.Repeat("ab", 64))
	forged.Header.Set("X-Signature-Timestamp", fmt.Sprint(time.Now().Unix()))
	if r, err := http.DefaultClient.Do(forged); err != nil || r.StatusCode != http.StatusUnauthorized {
		t.Errorf("forged request: %v %v", r, err)
	}
	if err := stop(); err != nil {
		t.Errorf("stop: %v", err)
	}
	for _, secret := range []string{"token-2300000000000000002", strings.Repeat("ab", 64), "X-Signature"} {
		if strings.Contains(logs.String(), secret) {
			t.Errorf("the log holds %q:\n%s", secret, logs.String())
		}
	}
}

func TestHTTPAlerts(t *testing.T) {
	data := t.TempDir()
	// A replica without the token answers from the stored index, without alerts.
	base, stop, _ := startHTTPEnv(t, map[string]string{"VISITBOT_DATA": data})
	resp, body := signedPost(t, base, mustJSON(payload.Command("2300000000000000009", "subscribe", nil)))
	if resp.StatusCode != 200 || !strings.Contains(string(body), "not switched on") {
		t.Errorf("subscribe on a replica without alerts: %d %s", resp.StatusCode, body)
	}
	stop()
	fake := fakediscord.New(t)
	base, stop, logs := startHTTPEnv(t, map[string]string{"VISITBOT_DATA": data, "DISCORD_TOKEN": "tok", "DISCORD_API_BASE": fake.URL()})
	defer stop()
	resp, body = signedPost(t, base, mustJSON(payload.Command("2300000000000000010", "subscribe", map[string]any{"topic": "casualties"})))
	if resp.StatusCode != 200 || !strings.Contains(string(body), "Subscribed") {
		t.Errorf("subscribe over HTTP: %d %s\n%s", resp.StatusCode, body, logs)
	}
	resp, body = signedPost(t, base, mustJSON(payload.Command("2300000000000000011", "subscriptions", nil)))
	if resp.StatusCode != 200 || !strings.Contains(string(body), "**casualties**") {
		t.Errorf("subscriptions over HTTP: %d %s", resp.StatusCode, body)
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
	env := map[string]string{"DISCORD_TOKEN": "tok", "DISCORD_APP_ID": payload.AppID, "DISCORD_API_BASE": fake.URL()}
	out, _, err := runCLI(t, env, "", "commands", "sync")
	if err != nil || !strings.Contains(out, fmt.Sprintf("registered %d commands", len(bot.Commands()))) {
		t.Errorf("commands sync = %q, %v", out, err)
	}
	for _, v := range fake.Violations() {
		t.Errorf("request breaks Discord's API description: %s", v)
	}
}

var (
	loadRate     = flag.Int("load-rate", 5000, "signed interactions per second for BenchmarkHTTPLoad")
	loadDuration = flag.Duration("load-duration", 3*time.Second, "how long BenchmarkHTTPLoad sends")
)

// BenchmarkHTTPLoad sends signed interactions to `visitbot http` over
// loopback with vegeta at a fixed rate, load generator and server on the
// same machine, and reports throughput and latency. Each iteration is one
// run of -load-duration at -load-rate.
func BenchmarkHTTPLoad(b *testing.B) {
	base, stop := startHTTP(b)
	defer stop()
	targets, err := interactionTargets(testKey, base+"/interactions", evalQuestions(b), 200)
	if err != nil {
		b.Fatal(err)
	}
	attacker := vegeta.NewAttacker(vegeta.KeepAlive(true), vegeta.Workers(64), vegeta.MaxWorkers(512))
	var m vegeta.Metrics
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for res := range attacker.Attack(vegeta.NewStaticTargeter(targets...), vegeta.Rate{Freq: *loadRate, Per: time.Second}, *loadDuration, "load") {
			m.Add(res)
		}
	}
	m.Close()
	b.ReportMetric(m.Throughput, "req/s")
	b.ReportMetric(float64(m.Latencies.P50.Microseconds()), "p50-µs")
	b.ReportMetric(float64(m.Latencies.P99.Microseconds()), "p99-µs")
	b.ReportMetric(m.Success*100, "success-%")
}

// loadTargets is the mix benchHTTP sends, as bodies and
// "signature:timestamp" pairs for a load generator outside the process.
func loadTargets(t testing.TB) [][2]string {
	t.Helper()
	qs := evalQuestions(t)
	targets, err := interactionTargets(testKey, "", qs, len(qs))
	if err != nil {
		t.Fatal(err)
	}
	out := make([][2]string, 0, len(targets))
	for _, tg := range targets {
		out = append(out, [2]string{string(tg.Body), tg.Header.Get("X-Signature-Ed25519") + ":" + tg.Header.Get("X-Signature-Timestamp")})
	}
	return out
}

// evalQuestions are the evaluation set's questions, for load runs.
func evalQuestions(t testing.TB) []string {
	t.Helper()
	cases, err := index.LoadEvalCases("../../testdata/eval/questions.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	qs := make([]string, 0, len(cases))
	for _, c := range cases {
		qs = append(qs, c.Q)
	}
	return qs
}

// BenchmarkHTTPWrk drives `visitbot http` with wrk (Debian's wrk package)
// over loopback: -wrk-connections keep-alive connections for
// -load-duration, the generator on the same two cores. It skips where wrk
// is not installed.
func BenchmarkHTTPWrk(b *testing.B) {
	wrk, err := exec.LookPath("wrk")
	if err != nil {
		b.Skip("wrk is not installed (apt-get install wrk)")
	}
	base, stop := startHTTP(b)
	defer stop()
	var lua strings.Builder
	lua.WriteString("local reqs = {}\n")
	for i, t := range loadTargets(b) {
		sig, ts, _ := strings.Cut(t[1], ":")
		// Headers given to wrk.format replace its defaults, Host included.
		fmt.Fprintf(&lua, "reqs[%d] = wrk.format(\"POST\", \"/interactions\", {[\"Host\"]=%q, [\"Content-Type\"]=\"application/json\", [\"X-Signature-Ed25519\"]=%q, [\"X-Signature-Timestamp\"]=%q}, [==[%s]==])\n", i+1, strings.TrimPrefix(base, "http://"), sig, ts, t[0])
	}
	lua.WriteString("local i = 0\nrequest = function()\n  i = i + 1\n  return reqs[(i % #reqs) + 1]\nend\n")
	script := filepath.Join(b.TempDir(), "load.lua")
	os.WriteFile(script, []byte(lua.String()), 0o644)
	var out []byte
	var wrkCPU, ownCPU, wall time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		before, start := cpuTime(), time.Now()
		cmd := exec.Command(wrk, "-t1", fmt.Sprintf("-c%d", *wrkConnections), "-d"+loadDuration.String(), "--latency", "-s", script, base)
		out, err = cmd.CombinedOutput()
		if err != nil {
			b.Fatalf("wrk: %v\n%s", err, out)
		}
		wall += time.Since(start)
		ownCPU += cpuTime() - before
		wrkCPU += cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
	}
	b.StopTimer()
	// CPU split, in per cent of one core: the bot (this process) and wrk.
	b.ReportMetric(100*ownCPU.Seconds()/wall.Seconds(), "bot-cpu-%")
	b.ReportMetric(100*wrkCPU.Seconds()/wall.Seconds(), "wrk-cpu-%")
	if m := regexp.MustCompile(`Requests/sec:\s+([\d.]+)`).FindSubmatch(out); m != nil {
		rps, _ := strconv.ParseFloat(string(m[1]), 64)
		b.ReportMetric(rps, "req/s")
	}
	for _, q := range []string{"50", "99"} {
		if m := regexp.MustCompile(q + `%\s+([\d.]+)(us|ms|s)`).FindSubmatch(out); m != nil {
			v, _ := strconv.ParseFloat(string(m[1]), 64)
			scale := map[string]float64{"us": 1, "ms": 1000, "s": 1e6}[string(m[2])]
			b.ReportMetric(v*scale, "p"+q+"-µs")
		}
	}
	if bytes.Contains(out, []byte("Non-2xx")) {
		b.Errorf("wrk saw errors:\n%s", out)
	}
}

var wrkConnections = flag.Int("wrk-connections", 8, "keep-alive connections for BenchmarkHTTPWrk")

// cpuTime is the CPU time this process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func TestJSONLogs(t *testing.T) {
	var logs syncBuffer
	log, err := newLogger(func(k string) string { return map[string]string{"LOG_FORMAT": "json"}[k] }, &logs)
	if err != nil {
		t.Fatal(err)
	}
	log.Info("hello", "interaction", "1")
	if !strings.HasPrefix(logs.String(), `{"time":`) || !strings.Contains(logs.String(), `"interaction":"1"`) {
		t.Errorf("LOG_FORMAT=json wrote %q", logs.String())
	}
}

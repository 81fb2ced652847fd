package main

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"time"

	vegeta "github.com/tsenart/vegeta/v12/lib"

	"visitbot/bot"
	"visitbot/bot/fakediscord/payload"
	"visitbot/index"
)

// httpLoad is one load run against the HTTP interactions endpoint.
type httpLoad struct {
	Load       string        `json:"load"`       // what was offered
	Rate       int           `json:"rate"`       // requests a second offered, 0 for as fast as the clients go
	Clients    int           `json:"clients"`    // concurrent connections at most
	Throughput float64       `json:"throughput"` // successful requests a second
	P50        time.Duration `json:"p50_ns"`
	P99        time.Duration `json:"p99_ns"`
	Success    float64       `json:"success"` // share of requests answered 200
	Requests   uint64        `json:"requests"`
}

// httpClients is how many connections the load generator keeps open.
const httpClients = 32

// benchHTTP serves Discord's HTTP interactions from ix on 127.0.0.1:0, as
// `visitbot http` does, and sends it signed interactions with vegeta, the
// load generator in the same process and on the same cores: first at a
// fixed rate, then from httpClients connections as fast as they go.
func benchHTTP(ctx context.Context, ix *index.Index, questions []string, rate int, d time.Duration) ([]httpLoad, error) {
	key := ed25519.NewKeyFromSeed(bytes.Repeat([]byte{42}, ed25519.SeedSize)) // made for this run
	e, err := bot.NewHTTPEndpoint(bot.New(ix), hex.EncodeToString(key.Public().(ed25519.PublicKey)), "", slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		return nil, err
	}
	e.SetReady()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	srv := &http.Server{Handler: e.Handler(), ReadHeaderTimeout: 5 * time.Second}
	go srv.Serve(ln)
	defer func() {
		srv.Shutdown(context.Background())
		e.Wait()
	}()
	targets, err := interactionTargets(key, "http://"+ln.Addr().String()+"/interactions", questions, targetsFor(rate, d))
	if err != nil {
		return nil, err
	}
	runs := []httpLoad{
		{Load: fmt.Sprintf("%d/s for %v", rate, d), Rate: rate, Clients: httpClients},
		{Load: fmt.Sprintf("%d clients flat out for %v", httpClients, d), Clients: httpClients},
	}
	for i, r := range runs {
		attacker := vegeta.NewAttacker(vegeta.KeepAlive(true), vegeta.Workers(httpClients), vegeta.MaxWorkers(httpClients))
		var m vegeta.Metrics
		for res := range attacker.Attack(vegeta.NewStaticTargeter(targets...), vegeta.Rate{Freq: r.Rate, Per: time.Second}, d, r.Load) {
			m.Add(res)
		}
		m.Close()
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		runs[i].Throughput, runs[i].P50, runs[i].P99 = m.Throughput, m.Latencies.P50, m.Latencies.P99
		runs[i].Success, runs[i].Requests = m.Success, m.Requests
	}
	return runs, nil
}

// targetsFor is how many different interactions a load run cycles
// through: more than it is likely to send even flat out (so no user or
// channel asks twice, and the cooldowns are not what is measured), within
// what is quick to sign beforehand.
func targetsFor(rate int, d time.Duration) int {
	return min(20_000, max(1_000, int(6*float64(rate)*d.Seconds())))
}

// interactionTargets is the mix a server sees: questions, names,
// autocomplete and pings, each from its own user and channel, signed now.
func interactionTargets(key ed25519.PrivateKey, url string, questions []string, n int) ([]vegeta.Target, error) {
	var targets []vegeta.Target
	for i := 0; i < n; i++ {
		q := questions[i%len(questions)]
		id := fmt.Sprintf("27%017d", i)
		var p map[string]any
		switch i % 4 {
		case 0, 1:
			p = payload.Command(id, "ask", map[string]any{"question": q})
		case 2:
			ws := strings.Fields(q)
			p = payload.Command(id, "whois", map[string]any{"name": ws[len(ws)-1]})
		default:
			p = payload.Autocomplete(id, "whois", "name", strings.ToLower(q[:min(2, len(q))]))
		}
		p = payload.InChannel(payload.FromUser(p, fmt.Sprintf("26%017d", i)), fmt.Sprintf("28%017d", i))
		if i%10 == 9 {
			p = map[string]any{"id": id, "type": 1, "application_id": payload.AppID, "token": "t", "version": 1}
		}
		body, err := json.Marshal(p)
		if err != nil {
			return nil, err
		}
		sig, ts := bot.Sign(key, time.Now(), body)
		targets = append(targets, vegeta.Target{Method: http.MethodPost, URL: url, Body: body,
			Header: http.Header{"X-Signature-Ed25519": {sig}, "X-Signature-Timestamp": {ts}, "Content-Type": {"application/json"}}})
	}
	return targets, nil
}

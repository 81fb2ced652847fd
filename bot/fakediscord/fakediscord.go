// Package fakediscord is an in-process stand-in for Discord, for tests: a
// REST API that records every request and checks it against Discord's
// OpenAPI description, and a gateway websocket that does the handshake
// (HELLO, IDENTIFY → READY → GUILD_CREATE, heartbeats, RESUME → RESUMED) and
// lets a test push events and drop the connection.
package fakediscord

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gorilla/websocket"

	"visitbot/bot/fakediscord/payload"
)

// Request is one REST request the bot made.
type Request struct {
	Method string
	Path   string
	Body   []byte
	At     time.Time
}

// Server is a fake Discord.
type Server struct {
	t       testing.TB
	http    *httptest.Server
	spec    *spec
	mu      sync.Mutex
	cond    *sync.Cond
	reqs    []Request
	bad     []string // requests that break Discord's API description
	conn    *websocket.Conn
	seq     int
	opens   int
	resumes int
	closeID int            // close code to send after the next IDENTIFY, if any
	answers map[string]int // interaction id → callbacks received
	msgs    messages

	// Respond, if set, answers REST requests before the defaults; returning
	// false falls through to them.
	Respond func(w http.ResponseWriter, r *http.Request, body []byte) bool
}

// New starts a fake Discord. It stops when the test ends.
func New(t testing.TB) *Server {
	s := &Server{t: t, spec: loadSpec(t), answers: map[string]int{},
		msgs: messages{byID: map[string]*Posted{}, nonces: map[string]string{}, gone: map[string]bool{}}}
	s.cond = sync.NewCond(&s.mu)
	s.http = httptest.NewServer(http.HandlerFunc(s.serve))
	t.Cleanup(func() {
		s.mu.Lock()
		if s.conn != nil {
			s.conn.Close()
		}
		s.mu.Unlock()
		s.http.Close()
	})
	return s
}

// URL is the base to give the bot as DISCORD_API_BASE.
func (s *Server) URL() string { return s.http.URL + "/" }

func (s *Server) serve(w http.ResponseWriter, r *http.Request) {
	if websocket.IsWebSocketUpgrade(r) {
		s.gateway(w, r)
		return
	}
	body, _ := io.ReadAll(r.Body)
	s.mu.Lock()
	s.reqs = append(s.reqs, Request{Method: r.Method, Path: r.URL.Path, Body: body, At: time.Now()})
	if id, ok := interactionOf(r.URL.Path); ok {
		s.answers[id]++
	}
	s.cond.Broadcast()
	s.mu.Unlock()
	// Checking a body against the API description takes tens of
	// milliseconds: do it after answering, so that the bot is not slowed.
	s.mu.Lock()
	sp := s.spec
	s.mu.Unlock()
	defer func() {
		if problem := sp.check(r, body); problem != "" {
			s.mu.Lock()
			s.bad = append(s.bad, problem)
			s.mu.Unlock()
		}
	}()
	if s.Respond != nil && s.Respond(w, r, body) {
		return
	}
	p := strings.TrimPrefix(strings.TrimPrefix(r.URL.Path, "/api/v9"), "/api/v10")
	w.Header().Set("Content-Type", "application/json")
	switch {
	case p == "/gateway" || p == "/gateway/bot":
		fmt.Fprintf(w, `{"url":%q,"shards":1}`, "ws"+strings.TrimPrefix(s.http.URL, "http"))
	case strings.HasSuffix(p, "/commands") && r.Method == http.MethodPut:
		var cmds []map[string]any
		json.Unmarshal(body, &cmds)
		for i, c := range cmds {
			c["id"] = fmt.Sprintf("12000000000000000%02d", i)
			c["application_id"] = payload.AppID
			c["version"] = "1"
		}
		json.NewEncoder(w).Encode(cmds)
	case strings.HasPrefix(p, "/interactions/") && strings.HasSuffix(p, "/callback"):
		w.WriteHeader(http.StatusNoContent)
	case s.message(w, r, p, body):
	case strings.HasPrefix(p, "/webhooks/"):
		fmt.Fprintf(w, `{"id":"1300000000000000001","channel_id":%q,"content":"","author":{"id":%q,"username":"visitbot","discriminator":"0","public_flags":0,"bot":true},"timestamp":"2026-01-20T10:00:00.000000+00:00","type":0,"embeds":[],"attachments":[],"mentions":[],"mention_roles":[],"pinned":false,"tts":false,"mention_everyone":false}`, payload.ChannelID, payload.BotUserID)
	default:
		w.WriteHeader(http.StatusNotFound)
		fmt.Fprint(w, `{"message":"Unknown route in the fake","code":0}`)
	}
}

// Unchecked stops checking requests against the API description: checks
// cost tens of milliseconds of CPU, which would distort a benchmark.
func (s *Server) Unchecked() {
	s.mu.Lock()
	s.spec = &spec{}
	s.mu.Unlock()
}

// Requests returns what the bot sent so far.
func (s *Server) Requests() []Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Request(nil), s.reqs...)
}

// MessagePOSTs counts the requests to create a message in a channel,
// accepted or not: how often a client tried.
func (s *Server) MessagePOSTs(channel string) int {
	n := 0
	for _, r := range s.Requests() {
		if r.Method == http.MethodPost && strings.HasSuffix(r.Path, "/channels/"+channel+"/messages") {
			n++
		}
	}
	return n
}

// Violations returns the requests that break Discord's API description.
func (s *Server) Violations() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.bad...)
}

// WaitRequest waits until the bot has sent a request that match accepts,
// and returns it. It fails the test after the timeout.
func (s *Server) WaitRequest(timeout time.Duration, match func(Request) bool) Request {
	s.t.Helper()
	deadline := time.Now().Add(timeout)
	timer := time.AfterFunc(timeout, func() { s.mu.Lock(); s.cond.Broadcast(); s.mu.Unlock() })
	defer timer.Stop()
	s.mu.Lock()
	defer s.mu.Unlock()
	for seen := 0; ; {
		for ; seen < len(s.reqs); seen++ {
			if match(s.reqs[seen]) {
				return s.reqs[seen]
			}
		}
		if time.Now().After(deadline) {
			s.t.Fatalf("fakediscord: no matching request within %v; got %d requests", timeout, len(s.reqs))
		}
		s.cond.Wait()
	}
}

// WaitCallback waits until the bot has answered (or tried to answer) the
// interaction with the given id, and reports whether it did in time.
func (s *Server) WaitCallback(id string, timeout time.Duration) bool {
	deadline := time.Now().Add(timeout)
	timer := time.AfterFunc(timeout, func() { s.mu.Lock(); s.cond.Broadcast(); s.mu.Unlock() })
	defer timer.Stop()
	s.mu.Lock()
	defer s.mu.Unlock()
	for s.answers[id] == 0 {
		if time.Now().After(deadline) {
			return false
		}
		s.cond.Wait()
	}
	return true
}

// interactionOf returns the interaction id of a callback path.
func interactionOf(path string) (string, bool) {
	_, rest, ok := strings.Cut(path, "/interactions/")
	if !ok {
		return "", false
	}
	id, _, _ := strings.Cut(rest, "/")
	return id, true
}

// Callback matches the response to the interaction with the given id.
func Callback(interactionID string) func(Request) bool {
	return func(r Request) bool {
		return r.Method == http.MethodPost && strings.Contains(r.Path, "/interactions/"+interactionID+"/")
	}
}

// Opens is how many gateway connections IDENTIFY'd or RESUME'd.
func (s *Server) Opens() (identifies, resumes int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.opens, s.resumes
}

// CloseNextIdentify makes the gateway close the next connection with code
// right after IDENTIFY, as Discord does for a bad token (4004).
func (s *Server) CloseNextIdentify(code int) {
	s.mu.Lock()
	s.closeID = code
	s.mu.Unlock()
}

var upgrader = websocket.Upgrader{CheckOrigin: func(*http.Request) bool { return true }}

func (s *Server) gateway(w http.ResponseWriter, r *http.Request) {
	c, err := upgrader.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	write := func(v any) error {
		s.mu.Lock()
		defer s.mu.Unlock()
		return c.WriteJSON(v)
	}
	if write(map[string]any{"op": 10, "d": map[string]any{"heartbeat_interval": 41250}}) != nil {
		return
	}
	for {
		_, msg, err := c.ReadMessage()
		if err != nil {
			return
		}
		var p struct {
			Op int             `json:"op"`
			D  json.RawMessage `json:"d"`
		}
		if json.Unmarshal(msg, &p) != nil {
			continue
		}
		switch p.Op {
		case 1: // heartbeat
			write(map[string]any{"op": 11})
		case 2: // identify
			s.mu.Lock()
			code := s.closeID
			s.closeID = 0
			s.mu.Unlock()
			if code != 0 {
				c.WriteMessage(websocket.CloseMessage, websocket.FormatCloseMessage(code, "closed by the fake"))
				c.Close()
				return
			}
			s.mu.Lock()
			s.conn, s.opens = c, s.opens+1
			s.mu.Unlock()
			s.Dispatch("READY", map[string]any{
				"v": 10, "session_id": "fake-session", "resume_gateway_url": "ws" + strings.TrimPrefix(s.http.URL, "http"),
				"user":        map[string]any{"id": payload.BotUserID, "username": "visitbot", "discriminator": "0", "bot": true, "public_flags": 0},
				"application": map[string]any{"id": payload.AppID, "flags": 0},
				"guilds":      []any{map[string]any{"id": payload.GuildID, "unavailable": true}},
			})
			s.Dispatch("GUILD_CREATE", map[string]any{"id": payload.GuildID, "name": "Test Guild", "owner_id": payload.UserID,
				"roles": []any{}, "channels": []any{map[string]any{"id": payload.ChannelID, "type": 0, "name": "general", "guild_id": payload.GuildID}},
				"members": []any{}, "member_count": 2, "unavailable": false})
		case 6: // resume
			s.mu.Lock()
			s.conn, s.resumes = c, s.resumes+1
			s.mu.Unlock()
			s.Dispatch("RESUMED", map[string]any{})
		}
	}
}

// Dispatch sends a gateway event (op 0) to the connected bot.
func (s *Server) Dispatch(event string, data any) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.conn == nil {
		s.t.Fatalf("fakediscord: dispatch %s with no gateway connection", event)
	}
	s.seq++
	s.conn.WriteJSON(map[string]any{"op": 0, "t": event, "s": s.seq, "d": data})
}

// Drop closes the gateway connection abruptly, as a network failure would.
func (s *Server) Drop() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.conn != nil {
		s.conn.UnderlyingConn().Close()
		s.conn = nil
	}
}

// Connected waits until the bot has IDENTIFY'd or RESUME'd n times in all.
func (s *Server) Connected(n int, timeout time.Duration) bool {
	for deadline := time.Now().Add(timeout); time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
		if i, r := s.Opens(); i+r >= n {
			s.mu.Lock()
			ok := s.conn != nil
			s.mu.Unlock()
			if ok {
				return true
			}
		}
	}
	return false
}

// JSON decodes a recorded request's body.
func (r Request) JSON(t testing.TB) map[string]any {
	t.Helper()
	var v map[string]any
	if err := json.NewDecoder(bytes.NewReader(r.Body)).Decode(&v); err != nil {
		t.Fatalf("request body %q: %v", r.Body, err)
	}
	return v
}

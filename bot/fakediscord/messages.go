package fakediscord

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strings"

	"visitbot/bot/fakediscord/payload"
)

// Posted is a message the fake holds, as created or last edited by the bot.
type Posted struct {
	ID        string
	ChannelID string
	Body      map[string]any // the last body the bot sent for it
	Edits     int
}

// messages holds what the bot posted, so tests can count delivered
// messages, and answers like Discord: an enforced nonce already used in
// the channel returns the first message instead of creating another.
type messages struct {
	byID    map[string]*Posted
	order   []*Posted
	nonces  map[string]string // channel \x00 nonce → message id
	gone    map[string]bool   // channels deleted, or the bot removed from
	failing []int             // statuses to answer the next message requests with
	lose    int               // message creations to carry out but answer with a dropped connection
	hold    int               // message creations to carry out but never answer
	next    int
}

// FailMessages makes the next message creations or edits fail with these
// statuses, in order: 429 carries a retry_after, 5xx a server error.
func (s *Server) FailMessages(statuses ...int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.msgs.failing = append(s.msgs.failing, statuses...)
}

// ClearFailures cancels the failures still to come.
func (s *Server) ClearFailures() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.msgs.failing = nil
}

// LoseResponses makes the next n message creations succeed but drop the
// connection instead of answering, as when a response is lost on the way.
func (s *Server) LoseResponses(n int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.msgs.lose += n
}

// HoldResponses makes the next n message creations succeed but never
// answer, until the client goes away: a test can kill the bot after Discord
// accepted a message and before the bot learnt of it.
func (s *Server) HoldResponses(n int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.msgs.hold += n
}

// DeleteChannel makes the channel unknown, as when it is deleted.
func (s *Server) DeleteChannel(id string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.msgs.gone[id] = true
}

// DeleteMessage removes a message, as a moderator might.
func (s *Server) DeleteMessage(id string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.msgs.byID, id)
}

// Posts returns the messages in a channel that still exist, oldest first.
func (s *Server) Posts(channel string) []Posted {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []Posted
	for _, m := range s.msgs.order {
		if m.ChannelID == channel && s.msgs.byID[m.ID] != nil {
			out = append(out, *m)
		}
	}
	return out
}

// message answers POST /channels/{id}/messages and PATCH
// /channels/{id}/messages/{id}. It reports false for other paths.
func (s *Server) message(w http.ResponseWriter, r *http.Request, path string, body []byte) bool {
	rest, ok := strings.CutPrefix(path, "/channels/")
	if !ok {
		return false
	}
	parts := strings.Split(rest, "/")
	if len(parts) < 2 || parts[1] != "messages" || len(parts) > 3 {
		return false
	}
	channel := parts[0]
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.msgs.failing) > 0 {
		status := s.msgs.failing[0]
		s.msgs.failing = s.msgs.failing[1:]
		w.WriteHeader(status)
		if status == http.StatusTooManyRequests {
			fmt.Fprint(w, `{"message":"You are being rate limited.","retry_after":0.05,"global":false}`)
		} else {
			fmt.Fprintf(w, `{"message":"%d: server error","code":0}`, status)
		}
		return true
	}
	if s.msgs.gone[channel] {
		w.WriteHeader(http.StatusNotFound)
		fmt.Fprint(w, `{"message":"Unknown Channel","code":10003}`)
		return true
	}
	var fields map[string]any
	json.Unmarshal(body, &fields)
	switch {
	case r.Method == http.MethodPost && len(parts) == 2:
		if nonce, ok := fields["nonce"].(string); ok && fields["enforce_nonce"] == true {
			if id, dup := s.msgs.nonces[channel+"\x00"+nonce]; dup {
				writeMessage(w, s.msgs.byID[id])
				return true
			}
		}
		s.msgs.next++
		m := &Posted{ID: fmt.Sprintf("14000000000000%05d", s.msgs.next), ChannelID: channel, Body: fields}
		s.msgs.byID[m.ID] = m
		s.msgs.order = append(s.msgs.order, m)
		if nonce, ok := fields["nonce"].(string); ok {
			s.msgs.nonces[channel+"\x00"+nonce] = m.ID
		}
		if s.msgs.hold > 0 {
			s.msgs.hold--
			s.mu.Unlock()
			<-r.Context().Done()
			s.mu.Lock()
			return true
		}
		if s.msgs.lose > 0 {
			s.msgs.lose--
			if conn, _, err := http.NewResponseController(w).Hijack(); err == nil {
				conn.Close()
				return true
			}
		}
		writeMessage(w, m)
	case r.Method == http.MethodPatch && len(parts) == 3:
		m := s.msgs.byID[parts[2]]
		if m == nil || m.ChannelID != channel {
			w.WriteHeader(http.StatusNotFound)
			fmt.Fprint(w, `{"message":"Unknown Posted","code":10008}`)
			return true
		}
		for k, v := range fields {
			m.Body[k] = v
		}
		m.Edits++
		writeMessage(w, m)
	default:
		return false
	}
	return true
}

func writeMessage(w http.ResponseWriter, m *Posted) {
	fmt.Fprintf(w, `{"id":%q,"channel_id":%q,"content":"","author":{"id":%q,"username":"visitbot","discriminator":"0","public_flags":0,"bot":true},"timestamp":"2026-01-20T10:00:00.000000+00:00","type":0,"embeds":[],"attachments":[],"mentions":[],"mention_roles":[],"pinned":false,"tts":false,"mention_everyone":false}`,
		m.ID, m.ChannelID, payload.BotUserID)
}

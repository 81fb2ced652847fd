package fakediscord

import (
	"net/http"
	"strings"
	"testing"
)

// The fake must catch a body that Discord would refuse; otherwise a clean
// run of the bot against it proves nothing.
func TestSpecCatchesBadBodies(t *testing.T) {
	s := New(t)
	if !s.Checked() {
		t.Skip("Discord's API description is absent")
	}
	post := func(path, body string) {
		r, err := http.Post(s.http.URL+path, "application/json", strings.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		r.Body.Close()
	}
	post("/api/v9/interactions/2000000000000000001/tok/callback", `{"type":4,"data":{"content":"fine","allowed_mentions":{"parse":[]}}}`)
	if v := s.Violations(); len(v) != 0 {
		t.Fatalf("a valid callback was flagged: %v", v)
	}
	post("/api/v9/interactions/2000000000000000001/tok/callback", `{"type":"four","data":{"content":5}}`)
	post("/api/v9/channels/1100000000000000004/messages", `{"content":`+`"`+strings.Repeat("x", 4001)+`"}`)
	if v := s.Violations(); len(v) != 2 {
		t.Errorf("violations = %d, want 2 (a wrong type, an over-long content): %v", len(v), v)
	}
}

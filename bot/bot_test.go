package bot

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"visitbot/facts"
	"visitbot/index"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

var (
	ixOnce sync.Once
	ix     *index.Index
	ixErr  error
)

func testBot(t *testing.T) *Bot { return testBotF(t) }

func testBotF(t testing.TB) *Bot {
	t.Helper()
	ixOnce.Do(func() {
		c, err := facts.Default()
		if err != nil {
			ixErr = err
			return
		}
		ix, ixErr = index.New(c)
	})
	if ixErr != nil {
		t.Fatal(ixErr)
	}
	return New(ix)
}

func req(command string, kv ...string) Request {
	r := Request{Command: command, Options: map[string]string{}}
	for i := 0; i+1 < len(kv); i += 2 {
		r.Options[kv[i]] = kv[i+1]
	}
	return r
}

// Replies rendered as text are compared with golden files; run
// go test ./bot -update to rewrite them after an intended change.
func TestRepliesGolden(t *testing.T) {
	b := testBot(t)
	tests := []struct {
		name string
		req  Request
	}{
		{"ask-children", req("ask", "question", "How many children were killed?")},
		{"ask-silent", req("ask", "question", "How old is Jilani?")},
		{"ask-empty", req("ask", "question", "   ")},
		{"whois-jilani", req("whois", "name", "Jilani")},
		{"whois-unknown", req("whois", "name", "Jelanee")},
		{"search-envoy", req("search", "query", "envoy")},
		{"search-page-2", req("search", "query", "iran pakistan", "page", "2")},
		{"casualties", req("casualties")},
		{"timeline", req("timeline")},
		{"source", req("source")},
		{"source-section", req("source", "section", "reciprocal air strikes")},
		{"source-unknown", req("source", "section", "Sports")},
		{"help", req("help")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			reply, err := b.Handle(context.Background(), tt.req)
			if err != nil {
				t.Fatal(err)
			}
			got := Text(reply)
			path := filepath.Join("testdata", "golden", tt.name+".txt")
			if *update {
				if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test ./bot -update to create it)", err)
			}
			if got != string(want) {
				t.Errorf("%s reply:\n%s\nwant:\n%s", tt.name, got, want)
			}
		})
	}
}

// Discord messages, as JSON, are compared with golden files too.
func TestDiscordMessagesGolden(t *testing.T) {
	b := testBot(t)
	for name, r := range map[string]Request{
		"discord-ask":      req("ask", "question", "How many children were killed?", "hide", "true"),
		"discord-whois":    req("whois", "name", "kakar"),
		"discord-search-2": req("search", "query", "iran pakistan", "page", "2"),
		"discord-unknown":  req("whois", "name", "nobody at all"),
	} {
		reply, err := b.Handle(context.Background(), r)
		if err != nil {
			t.Fatal(err)
		}
		got, _ := json.MarshalIndent(Message(reply), "", "  ")
		path := filepath.Join("testdata", "golden", name+".json")
		if *update {
			os.WriteFile(path, append(got, '\n'), 0o644)
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (run go test ./bot -update to create it)", err)
		}
		if string(got)+"\n" != string(want) {
			t.Errorf("%s:\n%s\nwant:\n%s", name, got, want)
		}
	}
}

func TestUserErrorsArePrivate(t *testing.T) {
	b := testBot(t)
	for _, r := range []Request{req("ask", "question", ""), req("whois", "name", "Jelanee"), req("whois"),
		req("search", "query", " "), req("source", "section", "Sports")} {
		reply, err := b.Handle(context.Background(), r)
		if err != nil || !reply.Failed || !reply.Private || reply.Text == "" {
			t.Errorf("Handle(%+v) = %+v, %v; want a private, kind failure", r, reply, err)
		}
	}
	reply, err := b.Handle(context.Background(), req("frobnicate"))
	if !errors.Is(err, ErrUnknownCommand) || !reply.Failed || !reply.Private {
		t.Errorf("unknown command = %+v, %v", reply, err)
	}
}

func TestHideMakesRepliesPrivate(t *testing.T) {
	b := testBot(t)
	for _, hide := range []string{"true", "false"} {
		reply, err := b.Handle(context.Background(), req("ask", "question", "who is kakar", "hide", hide))
		if err != nil || reply.Private != (hide == "true") || reply.Failed {
			t.Errorf("hide=%s: %+v, %v", hide, reply, err)
		}
	}
}

// An internal failure reaches the caller as an error, for the transport to
// log and to answer with a fixed sentence; it is never the reply's text.
func TestInternalErrorsAreReturned(t *testing.T) {
	boom := errors.New("index on fire")
	b := New(fakeAnswerer{
		answer: func(ctx context.Context, q string) (index.Answer, error) { return index.Answer{}, boom },
		search: func(ctx context.Context, q string, n int) ([]index.Hit, error) { return nil, boom },
	})
	for _, r := range []Request{req("ask", "question", "q"), req("search", "query", "q")} {
		reply, err := b.Handle(context.Background(), r)
		if !errors.Is(err, boom) || strings.Contains(reply.Text, boom.Error()) {
			t.Errorf("Handle(%s) = %+v, %v; want the error returned, not shown", r.Command, reply, err)
		}
	}
}

func TestCommandTable(t *testing.T) {
	seen := map[string]bool{}
	for _, c := range Commands() {
		if seen[c.Name] || c.Handle == nil || c.Name != strings.ToLower(c.Name) || utf8.RuneCountInString(c.Name) > 32 {
			t.Errorf("command %q: duplicate, lacks a handler, or has a name Discord refuses", c.Name)
		}
		seen[c.Name] = true
		if n := utf8.RuneCountInString(c.Description); n == 0 || n > 100 {
			t.Errorf("command %q: description of %d characters; Discord takes 1 to 100", c.Name, n)
		}
		for _, o := range c.Options {
			if n := utf8.RuneCountInString(o.Description); n == 0 || n > 100 || o.Name != strings.ToLower(o.Name) {
				t.Errorf("command %q option %q: bad name or description", c.Name, o.Name)
			}
		}
	}
}

func TestRegisteringTwicePanics(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("a command table with a name twice did not panic")
		}
	}()
	register(append(Commands(), Commands()[0]))
}

// fakeAnswerer is an Answerer made of functions.
type fakeAnswerer struct {
	answer func(ctx context.Context, q string) (index.Answer, error)
	search func(ctx context.Context, q string, n int) ([]index.Hit, error)
}

var _ Answerer = fakeAnswerer{}

func (f fakeAnswerer) Answer(ctx context.Context, q string) (index.Answer, error) {
	return f.answer(ctx, q)
}
func (f fakeAnswerer) Search(ctx context.Context, q string, n int) ([]index.Hit, error) {
	return f.search(ctx, q, n)
}
func (f fakeAnswerer) Lookup(name string) index.Card    { return index.Card{Query: name} }
func (f fakeAnswerer) Suggest(p string, n int) []string { return nil }
func (f fakeAnswerer) Corpus() *facts.Corpus            { return &facts.Corpus{} }

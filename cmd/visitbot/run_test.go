package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// runCLI runs visitbot as main would, with an environment of its own.
func runCLI(t *testing.T, env map[string]string, stdin string, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	var out, errOut bytes.Buffer
	getenv := func(k string) string { return env[k] }
	err = run(context.Background(), args, getenv, strings.NewReader(stdin), &out, &errOut)
	return out.String(), errOut.String(), err
}

func isUsage(err error) bool {
	var u usageError
	return errors.As(err, &u)
}

func TestAskJSONContract(t *testing.T) {
	out, _, err := runCLI(t, nil, "", "ask", "--json", "How many children were killed?")
	if err != nil {
		t.Fatal(err)
	}
	var got map[string]any
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("ask --json printed %q: %v", out, err)
	}
	for _, key := range []string{"question", "answered", "answer", "citations"} {
		if _, ok := got[key]; !ok {
			t.Errorf("ask --json has no %q: %s", key, out)
		}
	}
	cites := got["citations"].([]any)
	first := cites[0].(map[string]any)
	if got["answered"] != true || first["section"] != "Tit-for-tat" || first["sentence"] != 3.0 || !strings.HasPrefix(first["text"].(string), "Pakistan reported two children killed") {
		t.Errorf("ask --json = %s", out)
	}
}

func TestAskJSONFromStdin(t *testing.T) {
	in := "Who is Jilani?\n\nHow old is Jilani?\n"
	out, _, err := runCLI(t, nil, in, "ask", "--json")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 3 {
		t.Fatalf("got %d lines for 3 input lines: %q", len(lines), out)
	}
	var answered []bool
	for _, l := range lines {
		var a struct {
			Question string `json:"question"`
			Answered bool   `json:"answered"`
		}
		if err := json.Unmarshal([]byte(l), &a); err != nil {
			t.Fatal(err)
		}
		answered = append(answered, a.Answered)
	}
	if !answered[0] || answered[1] || answered[2] {
		t.Errorf("answered = %v, want [true false false] (the blank line is an empty question)", answered)
	}
}

func TestAskHuman(t *testing.T) {
	out, _, err := runCLI(t, nil, "", "ask", "How old is Jilani?")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "The article doesn't say.") || !strings.Contains(out, "Nearest passages:") || !strings.Contains(out, "— Lead, sentence 3") {
		t.Errorf("ask (abstention) printed:\n%s", out)
	}
	out, _, _ = runCLI(t, nil, "", "ask", "How many children were killed?")
	if !strings.Contains(out, "“Pakistan reported two children killed, leading to the recall of its ambassador from Tehran.”\n     — Tit-for-tat, sentence 3") {
		t.Errorf("ask printed:\n%s", out)
	}
}

func TestWhoisJSONContract(t *testing.T) {
	out, _, err := runCLI(t, nil, "", "whois", "--json", "jilany")
	if err != nil {
		t.Fatal(err)
	}
	var card map[string]any
	if err := json.Unmarshal([]byte(out), &card); err != nil {
		t.Fatal(err)
	}
	for _, key := range []string{"query", "found", "name", "kind", "role", "aliases", "summary", "citations", "suggestions"} {
		if _, ok := card[key]; !ok {
			t.Errorf("whois --json has no %q", key)
		}
	}
	if card["found"] != true || card["name"] != "Jalil Abbas Jilani" || card["query"] != "jilany" {
		t.Errorf("whois --json = %s", out)
	}
	out, _, _ = runCLI(t, nil, "", "whois", "--json", "Jelanee")
	if !strings.Contains(out, `"found":false`) || !strings.Contains(out, `"suggestions":["Jalil Abbas Jilani"`) {
		t.Errorf("whois --json (unknown) = %s", out)
	}
}

func TestSearchJSONContract(t *testing.T) {
	out, _, err := runCLI(t, nil, "", "search", "--json", "envoy")
	if err != nil {
		t.Fatal(err)
	}
	var res struct {
		Query string `json:"query"`
		Hits  []struct {
			Section   string `json:"section"`
			Sentence  int    `json:"sentence"`
			Text      string `json:"text"`
			Highlight string `json:"highlight"`
		} `json:"hits"`
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatal(err)
	}
	if res.Query != "envoy" || len(res.Hits) == 0 || !strings.Contains(res.Hits[0].Highlight, "**ambassador**") {
		t.Errorf("search --json = %s", out)
	}
}

func TestExitCodes(t *testing.T) {
	tests := []struct {
		name  string
		args  []string
		usage bool
	}{
		{"unknown command", []string{"frobnicate"}, true},
		{"unknown flag", []string{"ask", "--bogus", "q"}, true},
		{"empty question", []string{"ask", "   "}, true},
		{"whois without name", []string{"whois"}, true},
		{"search limit out of range", []string{"search", "--limit", "0", "x"}, true},
		{"facts without check", []string{"facts"}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := runCLI(t, nil, "", tt.args...)
			if err == nil || isUsage(err) != tt.usage {
				t.Errorf("run(%q) = %v, want a usage error", tt.args, err)
			}
		})
	}
	if _, _, err := runCLI(t, nil, "", "ask", "--help"); err != nil {
		t.Errorf("ask --help = %v, want no error", err)
	}
	if out, _, err := runCLI(t, nil, "", "--help"); err != nil || !strings.Contains(out, "visitbot ask") {
		t.Errorf("--help = %v, %q", err, out)
	}
}

func TestFactsCheck(t *testing.T) {
	out, _, err := runCLI(t, nil, "", "facts", "check")
	if err != nil || !strings.Contains(out, "ok  visit.txt") {
		t.Fatalf("facts check = %v, %q", err, out)
	}
	dir := t.TempDir()
	article := "A Title\nThe lead. It was calm.\nEvents:\nOn May 2, the ministers met in Lahore.\n"
	sheet := "events:\n  - id: meeting\n    topic: diplomacy\n    says: The ministers met in Karachi.\n    where: Lahore\n    when: May 2\n    cites:\n      - {section: Events, quote: \"the ministers met in Lahore\"}\n"
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte(article), 0o644)
	os.WriteFile(filepath.Join(dir, "a.yaml"), []byte(sheet), 0o644)
	_, _, err = runCLI(t, nil, "", "facts", "check", dir)
	if err == nil || isUsage(err) || !strings.Contains(err.Error(), `a.yaml:8: meeting: says "The ministers met in Karachi." says "karachi"`) {
		t.Errorf("facts check (ungrounded statement) = %v", err)
	}
	// The same broken corpus stops every command that loads it.
	_, _, err = runCLI(t, map[string]string{"VISITBOT_CORPUS": dir}, "", "ask", "who met?")
	if err == nil || !strings.Contains(err.Error(), "a.yaml:8") {
		t.Errorf("ask with a broken VISITBOT_CORPUS = %v", err)
	}
}

func TestCorpusFromEnvironment(t *testing.T) {
	dir := t.TempDir()
	article := "# Harbour Opens\n\nThe new harbour opened on Monday. Ten ships docked.\n\n## Crowds\nThousands watched the ships.\n"
	sheet := "figures:\n  - id: ships\n    topic: visits\n    number: 10\n    stated: Ten\n    counted: ships docked\n    where: not stated\n    reported_by: not stated\n    says: Ten ships docked.\n    cites:\n      - {section: Lead, quote: \"Ten ships docked.\"}\n"
	os.WriteFile(filepath.Join(dir, "harbour.md"), []byte(article), 0o644)
	os.WriteFile(filepath.Join(dir, "harbour.yaml"), []byte(sheet), 0o644)
	out, _, err := runCLI(t, map[string]string{"VISITBOT_CORPUS": dir}, "", "ask", "--json", "how many ships docked")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, `"answered":true`) || !strings.Contains(out, `"section":"Lead","sentence":2`) {
		t.Errorf("ask on a Markdown corpus = %s", out)
	}
}

func TestEvalCommand(t *testing.T) {
	out, _, err := runCLI(t, nil, "", "eval", "--file", "../../testdata/eval/questions.jsonl", "--split", "dev")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "hit@1") || !strings.Contains(out, "dev ") {
		t.Errorf("eval printed %q", out)
	}
}

func TestConsole(t *testing.T) {
	in := "/whois jilany\nhow many children were killed?\n\n/nope\n/source tit for tat\n"
	out, _, err := runCLI(t, nil, in)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"visitbot console",
		"Jalil Abbas Jilani\nAmirabdollahian’s Pakistani counterpart",
		"Two children killed.",
		"There is no /nope command. Try /help.",
		"[3] Pakistan reported two children killed",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("console output lacks %q:\n%s", want, out)
		}
	}
}

// A 100 KB paste into the terminal is answered from its start, and says so.
func TestAskHugePaste(t *testing.T) {
	paste := strings.Repeat("how many children were killed in the strike ", 2500) // ~110 KB
	out, _, err := runCLI(t, nil, paste+"\n", "ask")
	if err != nil || !strings.Contains(out, "cut to its first 300 characters") || !strings.Contains(out, "Two children killed") {
		t.Errorf("ask with a 100 KB line = %v:\n%.300s", err, out)
	}
	if _, _, err := runCLI(t, nil, strings.Repeat("x", 2<<20), "ask"); !isUsage(err) || !strings.Contains(err.Error(), "over 1 MB") {
		t.Errorf("ask with a 2 MB line = %v", err)
	}
}

func TestBenchCommand(t *testing.T) {
	// The first 300 questions of the evaluation set: the command is what is
	// tested, not the answerer, and the whole set is too slow under -race.
	data, err := os.ReadFile("../../testdata/eval/questions.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.SplitAfter(string(data), "\n")
	file := filepath.Join(t.TempDir(), "questions.jsonl")
	if err := os.WriteFile(file, []byte(strings.Join(lines[:min(300, len(lines))], "")), 0o644); err != nil {
		t.Fatal(err)
	}
	out, _, err := runCLI(t, nil, "", "bench", "--rounds", "1", "--cold", "0", "--file", file,
		"--http", "300ms", "--http-rate", "100")
	if err != nil || !strings.Contains(out, "visitbot ") || !strings.Contains(out, "fts5-bm25") || !strings.Contains(out, "ratio") {
		t.Errorf("bench = %v:\n%s", err, out)
	}
	if !strings.Contains(out, "100/s for 300ms") || !strings.Contains(out, "clients flat out") || !strings.Contains(out, "100.0%") {
		t.Errorf("bench has no HTTP load rows, or requests failed:\n%s", out)
	}
}

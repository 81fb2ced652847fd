package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestAskFromStoredIndex checks that ask stores an index under
// VISITBOT_DATA and answers from it as from memory; that a second Open
// reopens rather than rebuilds is index.TestOpenReopensWhatItStored's (a
// rebuild here would leave the stored folder as it was).
func TestAskFromStoredIndex(t *testing.T) {
	data := t.TempDir()
	env := map[string]string{"VISITBOT_DATA": data}
	first, _, err := runCLI(t, env, "", "ask", "How many children were killed?")
	if err != nil {
		t.Fatal(err)
	}
	stored, err := filepath.Glob(filepath.Join(data, "index", "*-v*", "bleve"))
	if err != nil || len(stored) != 1 {
		t.Fatalf("stored indexes under VISITBOT_DATA: %v %v, want one", stored, err)
	}
	second, stderr, err := runCLI(t, env, "", "ask", "How many children were killed?")
	if err != nil {
		t.Fatal(err)
	}
	if second != first || !strings.Contains(first, "Two children killed") {
		t.Errorf("reopened index answered %q, first answer %q", second, first)
	}
	if stderr != "" {
		t.Errorf("stderr %q, want nothing when it is not a terminal", stderr)
	}
	inMemory, _, err := runCLI(t, nil, "", "ask", "How many children were killed?")
	if err != nil || inMemory != first {
		t.Errorf("in-memory index answered %q (%v), stored %q", inMemory, err, first)
	}
}

func TestProgressOnlyOnATerminal(t *testing.T) {
	f, err := os.CreateTemp(t.TempDir(), "log")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if progress(f) != nil {
		t.Error("a progress bar for a file, want none")
	}
	var b bytes.Buffer
	show := progressTo(&b)
	show(500, 1000)
	show(1000, 1000)
	if out := b.String(); !strings.Contains(out, "indexing") || !strings.Contains(out, "1000/1000") || !strings.Contains(out, "sentences") {
		t.Errorf("progress bar drew %q, want the description, count and rate", out)
	}
}

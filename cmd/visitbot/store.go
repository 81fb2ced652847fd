package main

import (
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"visitbot/facts"
	"visitbot/index"
)

// openStored opens the index kept under $VISITBOT_DATA/index for the
// corpus's current version, building it first when the corpus changed.
func openStored(getenv func(string) string, data string) (*index.Index, error) {
	src := facts.DefaultSource()
	if dir := getenv("VISITBOT_CORPUS"); dir != "" {
		src = facts.DirSource(dir)
	}
	return index.Open(filepath.Join(data, "index"), src, index.Options{Progress: progress(os.Stderr)})
}

// progress draws a bar with the rate and time left while a corpus is
// indexed, on a terminal only, so that logs and CI stay clean.
func progress(f *os.File) func(done, total int) {
	if !term.IsTerminal(int(f.Fd())) {
		return nil
	}
	return progressTo(f)
}

func progressTo(w io.Writer) func(done, total int) {
	var bar *progressbar.ProgressBar
	return func(done, total int) {
		if bar == nil {
			bar = progressbar.NewOptions(total, progressbar.OptionSetWriter(w), progressbar.OptionSetDescription("indexing"),
				progressbar.OptionShowCount(), progressbar.OptionShowIts(), progressbar.OptionSetItsString("sentences"),
				progressbar.OptionSetPredictTime(true), progressbar.OptionThrottle(100*time.Millisecond),
				progressbar.OptionOnCompletion(func() { io.WriteString(w, "\n") }))
		}
		bar.Set(done)
	}
}

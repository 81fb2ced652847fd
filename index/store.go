package index

import (
	"bufio"
	"bytes"
	"encoding/gob"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"
	"time"

	"github.com/blevesearch/bleve/v2"

	"visitbot/facts"
)

// storeFormat names the layout of a stored index; a change of layout, or of
// how a sentence is read into it (its terms, the document frequencies),
// changes it, so an old folder is never read as a new one. v7: a sentence
// that repeats a headline as its subject; v8: the thesaurus saved as sorted
// pairs; v9: a phrase made of words phrases of one word wrote; v10: a
// country's capital in its fact sheet.
const storeFormat = "v10"

// Files of one stored index: Bleve's folder, and what the answerer knows
// beyond Bleve.
const (
	bleveDir     = "bleve"
	snapshotFile = "corpus.gob"
	sheetsFile   = "sheets.bin" // the fact sheets (see sheets.go), apart so both decode at once
	stampFile    = "stamp"
)

// lockWait bounds how long opening a stored index waits for another
// process's lock on it, instead of waiting forever.
const lockWait = "5s"

// Open returns the index of a corpus, stored in dir (a folder of its own,
// such as $VISITBOT_DATA/index) under the corpus's version. When that
// version is stored, Open reopens it: it neither parses nor validates nor
// indexes the corpus. Otherwise it loads the corpus, builds the index in a
// temporary folder, renames the folder into place once complete (so that a
// crash never leaves a folder that looks complete), and removes the versions
// that are not current.
//
// The version is a hash of every file. To spare reading them all, each
// stored version keeps the corpus's stamp (see facts.Source.Stamp): while
// the folder's files keep their sizes and times, the version is known.
//
// Several processes may open the same stored index at once; it is opened
// read-only.
func Open(dir string, src facts.Source, opts Options) (*Index, error) {
	stamp, err := src.Stamp()
	if err != nil {
		return nil, err
	}
	if path := stamped(dir, stamp); path != "" {
		return reopen(path)
	}
	v, err := src.Version()
	if err != nil {
		return nil, err
	}
	path := filepath.Join(dir, folderName(v))
	if ix, err := reopen(path); !errors.Is(err, fs.ErrNotExist) {
		if err == nil {
			writeStamp(path, stamp) // the files were touched, not changed
		}
		return ix, err
	}
	c, err := src.Load()
	if err != nil {
		return nil, err
	}
	path = filepath.Join(dir, folderName(c.Version))
	if err := store(c, dir, path, stamp, opts); err != nil {
		return nil, err
	}
	removeStale(dir, filepath.Base(path))
	// The build leaves hundreds of megabytes of garbage at 100,000
	// sentences; collected now, peak memory is the larger of building and
	// reopening, not their sum.
	runtime.GC()
	return reopen(path)
}

func folderName(version string) string { return version + "-" + storeFormat }

// stamped returns the stored version whose stamp is stamp, or "".
func stamped(dir, stamp string) string {
	if stamp == "" {
		return ""
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return ""
	}
	for _, e := range entries {
		if !e.IsDir() || !strings.HasSuffix(e.Name(), "-"+storeFormat) {
			continue
		}
		path := filepath.Join(dir, e.Name())
		if got, err := os.ReadFile(filepath.Join(path, stampFile)); err == nil && string(got) == stamp {
			return path
		}
	}
	return ""
}

// writeStamp replaces a stored version's stamp, whole or not at all.
func writeStamp(path, stamp string) {
	if stamp == "" {
		return
	}
	tmp := filepath.Join(path, stampFile+".new")
	if os.WriteFile(tmp, []byte(stamp), 0o644) == nil {
		os.Rename(tmp, filepath.Join(path, stampFile))
	}
}

// snapshot is what a stored index keeps beside Bleve's files: the corpus,
// and what reading every sentence taught (term counts, the corpus's words,
// also by first letter, which sentences name each entity). Everything else
// is derived on open or on first use.
type snapshot struct {
	Version   string
	Thesaurus facts.Thesaurus
	Articles  []storedArticle
	DF        map[string]int
	Surface   map[string]string
	ByInitial map[byte][]string
	Mentions  map[string][]int // entity id → positions of the sentences that name it

	sheets []facts.Sheet // one an article, kept in sheetsFile
}

// storedArticle is an article with its sentences in one string, which
// decodes in a fraction of the time of one string per sentence.
type storedArticle struct {
	ID, File, Title string
	Text            string // every sentence, one after the other
	Sections        []storedSection
}

type storedSection struct {
	Name string
	Ends []int // where each sentence ends in the article's Text
}

func storeArticles(c *facts.Corpus) []storedArticle {
	out := make([]storedArticle, 0, len(c.Articles))
	for _, a := range c.Articles {
		var text strings.Builder
		sa := storedArticle{ID: a.ID, File: a.File, Title: a.Title}
		for _, sec := range a.Sections {
			ss := storedSection{Name: sec.Name}
			for _, s := range sec.Sentences {
				text.WriteString(s.Text)
				ss.Ends = append(ss.Ends, text.Len())
			}
			sa.Sections = append(sa.Sections, ss)
		}
		sa.Text = text.String()
		out = append(out, sa)
	}
	return out
}

// corpus rebuilds the corpus that was stored; its sentences share the
// strings of their articles.
func (s *snapshot) corpus() *facts.Corpus {
	c := &facts.Corpus{Version: s.Version, Thesaurus: s.Thesaurus, Articles: make([]*facts.Article, 0, len(s.Articles))}
	for i, sa := range s.Articles {
		a := &facts.Article{ID: sa.ID, File: sa.File, Title: sa.Title, Facts: s.sheets[i], Sections: make([]facts.Section, 0, len(sa.Sections))}
		start := 0
		for _, ss := range sa.Sections {
			sec := facts.Section{Name: ss.Name, Sentences: make([]facts.Sentence, 0, len(ss.Ends))}
			for i, end := range ss.Ends {
				sec.Sentences = append(sec.Sentences, facts.Sentence{Ref: facts.Ref{Article: a.ID, Section: sec.Name, N: i + 1}, Text: sa.Text[start:end]})
				start = end
			}
			a.Sections = append(a.Sections, sec)
		}
		c.Articles = append(c.Articles, a)
	}
	return c
}

// store builds the index of c into a temporary folder of dir, with the
// stamp the corpus had before it was read, and renames the folder to path.
func store(c *facts.Corpus, dir, path, stamp string, opts Options) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("index folder: %w", err)
	}
	tmp, err := os.MkdirTemp(dir, ".build-")
	if err != nil {
		return fmt.Errorf("index folder: %w", err)
	}
	defer os.RemoveAll(tmp) // a no-op once renamed
	ix, err := create(c, filepath.Join(tmp, bleveDir), opts)
	if err != nil {
		return err
	}
	err = ix.writeSnapshot(tmp)
	if cerr := ix.Close(); err == nil {
		err = cerr
	}
	if err == nil && stamp != "" {
		err = os.WriteFile(filepath.Join(tmp, stampFile), []byte(stamp), 0o644)
	}
	if err != nil {
		return err
	}
	if err := os.Rename(tmp, path); err != nil {
		if _, statErr := os.Stat(path); statErr == nil {
			return nil // another process stored the same version first
		}
		return fmt.Errorf("store index: %w", err)
	}
	if d, err := os.Open(dir); err == nil {
		d.Sync() // make the rename itself durable
		d.Close()
	}
	return nil
}

func (ix *Index) writeSnapshot(dir string) error {
	s := snapshot{Version: ix.corpus.Version, Thesaurus: ix.corpus.Thesaurus, Articles: storeArticles(ix.corpus),
		DF: ix.df, Surface: ix.surface, ByInitial: ix.byInitial, Mentions: map[string][]int{}}
	for _, e := range ix.entities {
		if len(e.mentions) > 0 {
			s.Mentions[e.ID] = e.mentions
		}
	}
	for _, a := range ix.corpus.Articles {
		s.sheets = append(s.sheets, a.Facts)
	}
	if err := writeGob(filepath.Join(dir, snapshotFile), &s); err != nil {
		return err
	}
	return writeFile(filepath.Join(dir, sheetsFile), encodeSheets(s.sheets))
}

func writeFile(path string, data []byte) error {
	return writeSynced(path, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}

func writeGob(path string, v any) error {
	return writeSynced(path, func(w io.Writer) error { return gob.NewEncoder(w).Encode(v) })
}

// writeSynced writes a file through a buffer and syncs it to disk before
// the folder that holds it is renamed into place.
func writeSynced(path string, write func(io.Writer) error) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	err = write(w)
	if err == nil {
		err = w.Flush()
	}
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

// reopen opens a stored index. The error wraps fs.ErrNotExist when there is
// none at path.
func reopen(path string) (*Index, error) {
	if _, err := os.Stat(path); err != nil {
		return nil, err
	}
	// Making hundreds of thousands of objects that all stay live, the
	// collector would only slow the reopen down.
	defer debug.SetGCPercent(debug.SetGCPercent(400))
	// Bleve's files, the snapshot and the sheets are read at once.
	var (
		b                 bleve.Index
		s                 snapshot
		openErr, sheetErr error
		wg                sync.WaitGroup
	)
	wg.Add(2)
	go func() {
		defer wg.Done()
		cfg := diskConfig()
		cfg["read_only"] = true // a reader's lock, shared with other processes
		b, openErr = bleve.OpenUsing(filepath.Join(path, bleveDir), cfg)
	}()
	go func() {
		defer wg.Done()
		data, err := os.ReadFile(filepath.Join(path, sheetsFile))
		if err == nil {
			s.sheets, err = decodeSheets(data)
		}
		if err != nil {
			sheetErr = fmt.Errorf("read %s: %w", filepath.Join(path, sheetsFile), err)
		}
	}()
	err := readGob(filepath.Join(path, snapshotFile), &s)
	wg.Wait()
	if openErr != nil {
		openErr = fmt.Errorf("open index %s: %w", path, openErr)
	}
	if err = errors.Join(err, sheetErr, openErr); err == nil && len(s.sheets) != len(s.Articles) {
		err = fmt.Errorf("open index %s: %d fact sheets for %d articles", path, len(s.sheets), len(s.Articles))
	}
	if err != nil {
		if b != nil {
			b.Close()
		}
		return nil, notMissing(err)
	}
	m, err := newMapping()
	if err != nil {
		b.Close()
		return nil, err
	}
	ix, err := wrap(s.corpus(), b, m)
	if err != nil {
		b.Close()
		return nil, err
	}
	ix.df, ix.surface, ix.byInitial = s.DF, s.Surface, s.ByInitial
	for id, positions := range s.Mentions {
		e := ix.entityByID[id]
		if e == nil || len(positions) > 0 && positions[len(positions)-1] >= len(ix.sentences) {
			b.Close()
			return nil, fmt.Errorf("open index %s: mentions of %q do not fit the corpus", path, id)
		}
		e.mentions = positions
	}
	return ix, nil
}

func readGob(path string, v any) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if err := gob.NewDecoder(bytes.NewReader(data)).Decode(v); err != nil {
		return fmt.Errorf("read %s: %w", path, err)
	}
	return nil
}

// notMissing keeps a missing file inside a stored index from reading as a
// missing index, which Open would rebuild over.
func notMissing(err error) error {
	if errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("incomplete stored index (remove it to rebuild): %s", strings.ReplaceAll(err.Error(), "\n", "; "))
	}
	return err
}

// staleBuild is how old a temporary build folder must be before another
// process takes it for the leftover of a crash.
const staleBuild = time.Hour

// removeStale removes the stored versions other than keep, and builds
// abandoned long ago. Folders of an older format are left alone: a process
// of the older visitbot may be using them. Errors are ignored: what is left is removed next time.
func removeStale(dir, keep string) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		name := e.Name()
		if !e.IsDir() || name == keep || !strings.HasSuffix(name, "-"+storeFormat) && !strings.HasPrefix(name, ".build-") {
			continue // not ours
		}
		if strings.HasPrefix(name, ".build-") {
			if info, err := e.Info(); err != nil || time.Since(info.ModTime()) < staleBuild {
				continue
			}
		}
		os.RemoveAll(filepath.Join(dir, name))
	}
}

// diskConfig is Bleve's configuration for an index on disk.
func diskConfig() map[string]interface{} {
	return map[string]interface{}{"bolt_timeout": lockWait}
}

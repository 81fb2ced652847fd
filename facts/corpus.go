package facts

import (
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"fmt"
	"hash"
	"io/fs"
	"os"
	"path"
	"sort"
	"strings"
	"sync"
)

//go:embed corpus
var embedded embed.FS

// ThesaurusFile is the optional thesaurus in a corpus folder; without it the
// default news thesaurus applies.
const ThesaurusFile = "thesaurus.yaml"

// Corpus is the set of articles the bot answers from.
type Corpus struct {
	Articles  []*Article
	Thesaurus Thesaurus
	Version   string // hash of every file, so a change is noticed
}

// Default returns the embedded corpus: the article on the Iranian foreign
// minister's visit to Pakistan, with its fact sheet.
func Default() (*Corpus, error) { return DefaultSource().Load() }

// LoadDir loads the corpus in a folder on disk.
func LoadDir(dir string) (*Corpus, error) { return DirSource(dir).Load() }

// Source is a corpus not yet loaded: its files, and the folder they are in
// ("" for the embedded corpus). Its Version costs a read of the files, far
// less than a Load, which parses and validates them.
type Source struct {
	FS  fs.FS
	Dir string
}

// DefaultSource is the embedded corpus.
func DefaultSource() Source {
	sub, err := fs.Sub(embedded, "corpus")
	if err != nil {
		panic(err) // the embedded folder is always there
	}
	return Source{FS: sub}
}

// DirSource is the corpus in a folder on disk.
func DirSource(dir string) Source { return Source{FS: os.DirFS(dir), Dir: dir} }

// Load reads and validates the corpus.
func (s Source) Load() (*Corpus, error) {
	if err := s.check(); err != nil {
		return nil, err
	}
	c, err := Load(s.FS)
	if err != nil && s.Dir != "" {
		return nil, fmt.Errorf("corpus %s: %w", s.Dir, err)
	}
	return c, err
}

// Version is the Version that Load would give the corpus, from its bytes
// alone. Files are read a window at a time, several at once, and hashed in
// order.
func (s Source) Version() (string, error) {
	if err := s.check(); err != nil {
		return "", err
	}
	v, err := s.hash()
	if err != nil && s.Dir != "" {
		return "", fmt.Errorf("corpus %s: %w", s.Dir, err)
	}
	return v, err
}

func (s Source) hash() (string, error) {
	entries, err := corpusFiles(s.FS)
	if err != nil {
		return "", err
	}
	const window = 32
	data := make([][]byte, window)
	errs := make([]error, window)
	hash := sha256.New()
	for start := 0; start < len(entries); start += window {
		files := entries[start:min(start+window, len(entries))]
		var wg sync.WaitGroup
		for i, e := range files {
			wg.Add(1)
			go func() {
				defer wg.Done()
				data[i], errs[i] = fs.ReadFile(s.FS, e.Name())
			}()
		}
		wg.Wait()
		for i, e := range files {
			if errs[i] != nil {
				return "", errs[i]
			}
			hashFile(hash, e.Name(), data[i])
		}
	}
	return version(hash), nil
}

// Stamp is a cheap fingerprint of a corpus folder: the names, sizes and
// modification times of its files, one stat each, no file read. A stamp
// taken before a Version is computed vouches for that Version while it is
// unchanged, as git's index vouches for a file's hash; a change it cannot
// see (same size, same time to the nanosecond) is not one an editor makes.
// The embedded corpus has no stamp ("").
func (s Source) Stamp() (string, error) {
	if s.Dir == "" {
		return "", nil
	}
	if err := s.check(); err != nil {
		return "", err
	}
	entries, err := corpusFiles(s.FS)
	if err != nil {
		return "", fmt.Errorf("corpus %s: %w", s.Dir, err)
	}
	hash := sha256.New()
	for _, e := range entries {
		info, err := e.Info()
		if err != nil {
			return "", fmt.Errorf("corpus %s: %w", s.Dir, err)
		}
		fmt.Fprintf(hash, "%s\x00%d\x00%d\x00", e.Name(), info.Size(), info.ModTime().UnixNano())
	}
	return version(hash), nil
}

func (s Source) check() error {
	if s.Dir == "" {
		return nil
	}
	if st, err := os.Stat(s.Dir); err != nil {
		return fmt.Errorf("corpus %s: %w", s.Dir, err)
	} else if !st.IsDir() {
		return fmt.Errorf("corpus %s: not a folder", s.Dir)
	}
	return nil
}

// corpusFiles lists the files of a corpus that count towards its version,
// in name order.
func corpusFiles(fsys fs.FS) ([]fs.DirEntry, error) {
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return nil, err
	}
	sort.Slice(entries, func(i, j int) bool { return entries[i].Name() < entries[j].Name() })
	files := entries[:0]
	for _, e := range entries {
		if !e.IsDir() && !strings.HasPrefix(e.Name(), ".") {
			files = append(files, e)
		}
	}
	return files, nil
}

func hashFile(h hash.Hash, name string, data []byte) {
	fmt.Fprintf(h, "%s\x00%d\x00", name, len(data))
	h.Write(data)
}

func version(h hash.Hash) string { return hex.EncodeToString(h.Sum(nil))[:16] }

// Load reads a corpus: each article (NAME.txt, or NAME.md for Markdown) has
// its fact sheet beside it (NAME.yaml). Every quote in every sheet is checked
// against its article, and the first problem stops the load.
func Load(fsys fs.FS) (*Corpus, error) {
	entries, err := corpusFiles(fsys)
	if err != nil {
		return nil, err
	}
	c := &Corpus{}
	hash := sha256.New()
	sheets := map[string]bool{}
	var thesaurus []byte
	for _, e := range entries {
		name := e.Name()
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, err
		}
		hashFile(hash, name, data)
		ext := path.Ext(name)
		stem := strings.TrimSuffix(name, ext)
		switch {
		case name == ThesaurusFile:
			thesaurus = data
		case ext == ".yaml" || ext == ".yml":
			sheets[stem] = true
		case ext == ".txt" || ext == ".md":
			a, err := loadArticle(fsys, name, stem, ext, data)
			if err != nil {
				return nil, err
			}
			c.Articles = append(c.Articles, a)
		}
	}
	for _, a := range c.Articles {
		delete(sheets, a.ID)
	}
	// By name without extension, so that "visit" comes before its
	// follow-up "visit-2": the first article names the story.
	sort.SliceStable(c.Articles, func(i, j int) bool { return c.Articles[i].ID < c.Articles[j].ID })
	if err := uniqueFactIDs(c.Articles); err != nil {
		return nil, err
	}
	for stem := range sheets {
		return nil, &LoadError{File: stem + ".yaml", Msg: "fact sheet without an article (" + stem + ".txt or " + stem + ".md)"}
	}
	if len(c.Articles) == 0 {
		return nil, fmt.Errorf("no articles (*.txt or *.md with a .yaml fact sheet)")
	}
	if thesaurus == nil {
		if thesaurus, err = embedded.ReadFile("corpus/" + ThesaurusFile); err != nil {
			return nil, err
		}
	}
	if c.Thesaurus, err = parseThesaurus(ThesaurusFile, thesaurus); err != nil {
		return nil, err
	}
	c.Version = version(hash)
	return c, nil
}

func loadArticle(fsys fs.FS, name, stem, ext string, data []byte) (*Article, error) {
	parse := ParseText
	if ext == ".md" {
		parse = ParseMarkdown
	}
	a, err := parse(stem, string(data))
	if err != nil {
		return nil, &LoadError{File: name, Msg: err.Error()}
	}
	a.File = name
	sheetName := stem + ".yaml"
	sheet, err := fs.ReadFile(fsys, sheetName)
	if err != nil {
		sheetName = stem + ".yml"
		if sheet, err = fs.ReadFile(fsys, sheetName); err != nil {
			return nil, &LoadError{File: name, Msg: "no fact sheet " + stem + ".yaml beside it"}
		}
	}
	if a.Facts, err = ParseSheet(sheetName, sheet); err != nil {
		return nil, err
	}
	if err := a.validate(sheetName); err != nil {
		return nil, err
	}
	return a, nil
}

// uniqueFactIDs checks that an event or figure id names one fact in the
// whole corpus, so that an alert can follow it from one version to the next.
// Entities may be defined again by later articles; the first one counts.
func uniqueFactIDs(articles []*Article) error {
	owner := map[string]string{}
	check := func(a *Article, kind, id string, cites []Cite) error {
		key := kind + "/" + id
		if first, dup := owner[key]; dup {
			return &LoadError{File: a.ID + ".yaml", Line: firstLine(cites),
				Msg: fmt.Sprintf("%s id %q is already used by %s: ids must be unique across the corpus", kind, id, first)}
		}
		owner[key] = a.File
		return nil
	}
	for _, a := range articles {
		for _, e := range a.Facts.Events {
			if err := check(a, "event", e.ID, e.Cites); err != nil {
				return err
			}
		}
		for _, f := range a.Facts.Figures {
			if err := check(a, "figure", f.ID, f.Cites); err != nil {
				return err
			}
		}
	}
	return nil
}

// Entity returns the entity with the given id from any article.
func (c *Corpus) Entity(id string) (Entity, bool) {
	for _, a := range c.Articles {
		for _, e := range a.Facts.Entities {
			if e.ID == id {
				return e, true
			}
		}
	}
	return Entity{}, false
}

// Sentence returns the sentence a reference points at.
func (c *Corpus) Sentence(r Ref) (Sentence, bool) {
	for _, a := range c.Articles {
		if a.ID == r.Article {
			return a.Sentence(r)
		}
	}
	return Sentence{}, false
}

// Story is the title of the story the corpus tells: its first article's.
func (c *Corpus) Story() string {
	if len(c.Articles) == 0 {
		return "The story"
	}
	return c.Articles[0].Title
}

// SectionName names a section for readers: plainly ("Tit-for-tat") in the
// story's first article, and with its article's id in the others
// ("visit-followup: Lead"), since a follow-up has a Lead of its own.
func (c *Corpus) SectionName(r Ref) string {
	if len(c.Articles) == 0 || r.Article == c.Articles[0].ID || r.Article == "" {
		return r.Section
	}
	return r.Article + ": " + r.Section
}

// Cite is a citation as a reader sees it: "Tit-for-tat, sentence 3", or
// "visit-followup: Lead, sentence 2" outside the first article.
func (c *Corpus) Cite(r Ref) string {
	return fmt.Sprintf("%s, sentence %d", c.SectionName(r), r.N)
}

// FindSection finds a section by the name SectionName gives it, or by its
// plain name in the first article that has it.
func (c *Corpus) FindSection(name string) (*Article, *Section, bool) {
	if id, rest, ok := strings.Cut(name, ":"); ok {
		for _, a := range c.Articles {
			if a.ID == strings.TrimSpace(id) {
				s, ok := a.Section(strings.TrimSpace(rest))
				return a, s, ok
			}
		}
	}
	for _, a := range c.Articles {
		if s, ok := a.Section(name); ok {
			return a, s, true
		}
	}
	return nil, nil, false
}

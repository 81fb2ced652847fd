package facts

import (
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"fmt"
	"io/fs"
	"os"
	"path"
	"sort"
	"strings"
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
func Default() (*Corpus, error) {
	sub, err := fs.Sub(embedded, "corpus")
	if err != nil {
		return nil, err
	}
	return Load(sub)
}

// LoadDir loads the corpus in a folder on disk.
func LoadDir(dir string) (*Corpus, error) {
	if st, err := os.Stat(dir); err != nil {
		return nil, fmt.Errorf("corpus %s: %w", dir, err)
	} else if !st.IsDir() {
		return nil, fmt.Errorf("corpus %s: not a folder", dir)
	}
	c, err := Load(os.DirFS(dir))
	if err != nil {
		return nil, fmt.Errorf("corpus %s: %w", dir, err)
	}
	return c, nil
}

// Load reads a corpus: each article (NAME.txt, or NAME.md for Markdown) has
// its fact sheet beside it (NAME.yaml). Every quote in every sheet is checked
// against its article, and the first problem stops the load.
func Load(fsys fs.FS) (*Corpus, error) {
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return nil, err
	}
	sort.Slice(entries, func(i, j int) bool { return entries[i].Name() < entries[j].Name() })
	c := &Corpus{}
	hash := sha256.New()
	sheets := map[string]bool{}
	var thesaurus []byte
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || strings.HasPrefix(name, ".") {
			continue
		}
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, err
		}
		fmt.Fprintf(hash, "%s\x00%d\x00", name, len(data))
		hash.Write(data)
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
	if c.Thesaurus, err = ParseThesaurus(ThesaurusFile, thesaurus); err != nil {
		return nil, err
	}
	c.Version = hex.EncodeToString(hash.Sum(nil))[:16]
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

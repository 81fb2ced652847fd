// Package baseline is what visitbot is measured against: the article's
// sentences in SQLite's FTS5 with the porter tokenizer, a question answered
// by the sentence with the best bm25() score. It is the answerer a bot
// author would otherwise write in an afternoon.
package baseline

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"unicode"

	_ "modernc.org/sqlite" // pure Go SQLite with FTS5

	"visitbot/facts"
)

// FTS5 is an in-memory FTS5 index of a corpus's sentences.
type FTS5 struct {
	db   *sql.DB
	refs []facts.Ref
	stmt *sql.Stmt
}

// New indexes every sentence of the corpus.
func New(c *facts.Corpus) (*FTS5, error) {
	db, err := sql.Open("sqlite", ":memory:")
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(1) // one in-memory database, shared by every query
	if _, err := db.Exec(`CREATE VIRTUAL TABLE sentences USING fts5(text, tokenize='porter')`); err != nil {
		db.Close()
		return nil, fmt.Errorf("fts5: %w", err)
	}
	f := &FTS5{db: db}
	for _, a := range c.Articles {
		for _, s := range a.Sentences() {
			if _, err := db.Exec(`INSERT INTO sentences(rowid, text) VALUES (?, ?)`, len(f.refs)+1, s.Text); err != nil {
				db.Close()
				return nil, err
			}
			f.refs = append(f.refs, s.Ref)
		}
	}
	if f.stmt, err = db.Prepare(`SELECT rowid FROM sentences WHERE sentences MATCH ? ORDER BY bm25(sentences), rowid LIMIT 1`); err != nil {
		db.Close()
		return nil, err
	}
	return f, nil
}

// Close frees the database.
func (f *FTS5) Close() error { return f.db.Close() }

// Answer returns the best sentence for a question, or ok=false when no
// sentence shares a word with it. Every token is quoted, so the question is
// never read as FTS5 query syntax.
func (f *FTS5) Answer(ctx context.Context, question string) (ref facts.Ref, ok bool, err error) {
	var quoted []string
	for _, w := range strings.FieldsFunc(strings.ToLower(question), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		quoted = append(quoted, `"`+w+`"`)
	}
	if len(quoted) == 0 {
		return facts.Ref{}, false, nil
	}
	var row int
	err = f.stmt.QueryRowContext(ctx, strings.Join(quoted, " OR ")).Scan(&row)
	if err == sql.ErrNoRows {
		return facts.Ref{}, false, nil
	}
	if err != nil {
		return facts.Ref{}, false, err
	}
	return f.refs[row-1], true, nil
}

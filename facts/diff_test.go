package facts

import (
	"strings"
	"testing"
	"testing/fstest"
)

// seedFS is the embedded corpus as a map, for tests to edit.
func seedFS(t *testing.T) fstest.MapFS {
	t.Helper()
	m := fstest.MapFS{}
	for _, name := range []string{"visit.txt", "visit.yaml", ThesaurusFile} {
		data, err := embedded.ReadFile("corpus/" + name)
		if err != nil {
			t.Fatal(err)
		}
		m[name] = &fstest.MapFile{Data: data}
	}
	return m
}

func replace(t *testing.T, m fstest.MapFS, name, old, new string) {
	t.Helper()
	s := string(m[name].Data)
	if !strings.Contains(s, old) {
		t.Fatalf("%s does not contain %q", name, old)
	}
	m[name] = &fstest.MapFile{Data: []byte(strings.ReplaceAll(s, old, new))}
}

func snapshot(t *testing.T, m fstest.MapFS) Snapshot {
	t.Helper()
	c, err := Load(m)
	if err != nil {
		t.Fatal(err)
	}
	return c.Snapshot()
}

// dated announces the date of Raisi's visit: the article and the fact that
// cites it change together.
func dated(t *testing.T, m fstest.MapFS) {
	replace(t, m, "visit.txt", "plans to visit Pakistan soon, with the exact date yet to be determined.", "plans to visit Pakistan on April 22.")
	replace(t, m, "visit.yaml", "plans to visit Pakistan soon, with the exact date yet to be determined.", "plans to visit Pakistan on April 22.")
	replace(t, m, "visit.yaml", "when: soon, with the exact date yet to be determined", "when: April 22")
}

func TestCompare(t *testing.T) {
	base := snapshot(t, seedFS(t))

	t.Run("identical rewrite", func(t *testing.T) {
		m := seedFS(t)
		replace(t, m, "visit.yaml", "entities:\n", "# reformatted by an editor\nentities:\n\n")
		next := snapshot(t, m)
		if next.Version == base.Version {
			t.Fatal("the version should change with the bytes")
		}
		if d := Compare(base, next); !d.Empty() {
			t.Errorf("a rewrite that states the same facts gave a diff:\n%s", d)
		}
	})

	t.Run("renamed file", func(t *testing.T) {
		m := seedFS(t)
		m["story.txt"], m["story.yaml"] = m["visit.txt"], m["visit.yaml"]
		delete(m, "visit.txt")
		delete(m, "visit.yaml")
		if d := Compare(base, snapshot(t, m)); !d.Empty() {
			t.Errorf("renaming the article's files gave a diff:\n%s", d)
		}
	})

	t.Run("changed", func(t *testing.T) {
		m := seedFS(t)
		dated(t, m)
		d := Compare(base, snapshot(t, m))
		keys := map[string]Change{}
		for _, c := range d.Changes {
			keys[c.Key] = c
			if c.Kind() != "changed" {
				t.Errorf("%s: %s, want changed", c.Key, c.Kind())
			}
		}
		c, ok := keys["event/raisi-visit"]
		if !ok || len(keys) != 2 { // the event and Raisi's entity card
			t.Fatalf("changes = %v, want event/raisi-visit and entity/raisi", d.Changes)
		}
		var when *FieldChange
		for i := range c.Changed {
			if c.Changed[i].Name == "When" {
				when = &c.Changed[i]
			}
		}
		if when == nil || when.Old != "soon, with the exact date yet to be determined" || when.New != "April 22" {
			t.Errorf("When change = %+v", when)
		}
		if !strings.Contains(c.New.Quotes[0].Text, "April 22") || !strings.Contains(c.Old.Quotes[0].Text, "yet to be determined") {
			t.Errorf("quotes old %q new %q", c.Old.Quotes, c.New.Quotes)
		}
	})

	t.Run("added and removed", func(t *testing.T) {
		m := seedFS(t)
		m["followup.txt"] = &fstest.MapFile{Data: []byte("Follow-up\nPakistan announced that talks would resume in March.\n")}
		m["followup.yaml"] = &fstest.MapFile{Data: []byte(`events:
  - id: talks-resume
    topic: diplomacy
    says: Pakistan announced that talks would resume in March.
    where: not stated
    when: March
    cites:
      - {section: Lead, quote: "Pakistan announced that talks would resume in March."}
`)}
		// Remove a figure from the first sheet.
		s := string(m["visit.yaml"].Data)
		start := strings.Index(s, "  - id: labourers-killed")
		m["visit.yaml"] = &fstest.MapFile{Data: []byte(s[:start])}
		d := Compare(base, snapshot(t, m))
		var got []string
		for _, c := range d.Changes {
			got = append(got, c.Kind()+" "+c.Key)
		}
		want := "added event/talks-resume, removed figure/labourers-killed"
		if strings.Join(got, ", ") != want {
			t.Errorf("changes = %s, want %s", strings.Join(got, ", "), want)
		}
		if len(d.NewArticles) != 1 || d.NewArticles[0].Title != "Follow-up" {
			t.Errorf("new articles = %+v", d.NewArticles)
		}
		if got := d.For([]string{"casualties"}); len(got.Changes) != 1 || got.Changes[0].Key != "figure/labourers-killed" {
			t.Errorf("casualties subscriber gets %+v", got.Changes)
		}
		if got := d.For([]string{"security"}); !got.Empty() {
			t.Errorf("security subscriber gets %+v", got)
		}
		if got := d.For([]string{AllTopics}); len(got.Changes) != 2 {
			t.Errorf("all subscriber gets %d changes", len(got.Changes))
		}
	})
}

func TestMerge(t *testing.T) {
	base := snapshot(t, seedFS(t))
	m := seedFS(t)
	dated(t, m)
	mid := snapshot(t, m)
	replace(t, m, "visit.txt", "on April 22.", "on April 24.")
	replace(t, m, "visit.yaml", "on April 22.", "on April 24.")
	replace(t, m, "visit.yaml", "when: April 22", "when: April 24")
	last := snapshot(t, m)

	merged := Merge(Compare(base, mid), Compare(mid, last))
	if merged.From != base.Version || merged.To != last.Version {
		t.Errorf("merged versions %s→%s, want %s→%s", merged.From, merged.To, base.Version, last.Version)
	}
	direct := Compare(base, last)
	if merged.String() != direct.String() {
		t.Errorf("merged diff:\n%s\nwant the direct diff:\n%s", merged, direct)
	}
	// Changing back undoes the alert altogether.
	if back := Merge(Compare(base, mid), Compare(mid, base)); !back.Empty() {
		t.Errorf("a change and its undo merged to:\n%s", back)
	}
	// Added then removed is nothing.
	added := Diff{Changes: []Change{{Key: "event/x", New: &Fact{Key: "event/x"}}}, NewArticles: []ArticleInfo{{ID: "x"}}}
	removed := Diff{Changes: []Change{{Key: "event/x", Old: &Fact{Key: "event/x"}}}, RemovedArticles: []ArticleInfo{{ID: "x"}}}
	if d := Merge(added, removed); !d.Empty() {
		t.Errorf("added then removed merged to %+v", d)
	}
}

func TestDuplicateFactIDAcrossArticles(t *testing.T) {
	m := seedFS(t)
	m["wrap-up.txt"] = &fstest.MapFile{Data: []byte("Again\nIran’s President Ebrahim Raisi plans to visit Pakistan soon.\n")}
	m["wrap-up.yaml"] = &fstest.MapFile{Data: []byte(`events:
  - id: raisi-visit
    topic: visits
    says: Iran’s President Ebrahim Raisi plans to visit Pakistan soon.
    where: Pakistan
    when: soon
    cites:
      - {section: Lead, quote: "plans to visit Pakistan soon"}
`)}
	_, err := Load(m)
	if err == nil || !strings.Contains(err.Error(), "wrap-up.yaml:8") || !strings.Contains(err.Error(), `"raisi-visit" is already used by visit.txt`) {
		t.Errorf("err = %v, want wrap-up.yaml:8 naming the duplicate id", err)
	}
}

func TestFollowUpSortsAfterItsStory(t *testing.T) {
	m := seedFS(t)
	m["visit-2.txt"] = &fstest.MapFile{Data: []byte("Follow-up\nPakistan announced that talks would resume in March.\n")}
	m["visit-2.yaml"] = &fstest.MapFile{Data: []byte("events: []\n")}
	c, err := Load(m)
	if err != nil {
		t.Fatal(err)
	}
	if c.Articles[0].ID != "visit" || c.Articles[1].ID != "visit-2" {
		t.Errorf("articles in order %s, %s; want the story before its follow-up", c.Articles[0].ID, c.Articles[1].ID)
	}
	if got := c.Story(); got != "Iranian Foreign Minister Visits Pakistan" {
		t.Errorf("Story() = %q, want the first article's title", got)
	}
	if got := (&Corpus{}).Story(); got != "The story" {
		t.Errorf("Story() of no articles = %q", got)
	}
}

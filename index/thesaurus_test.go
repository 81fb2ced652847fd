package index

import "testing"

// Each word of a thesaurus group stands for its group through its stem; a
// stem shared by two groups went to whichever came first, so that
// "reinstating" silently meant "restore" and "stated" meant a country.
func TestThesaurusGroupsAreDisjoint(t *testing.T) {
	ix := defaultIndex(t)
	owner := map[string]int{}
	groups := ix.corpus.Thesaurus.Groups
	for gi, g := range groups {
		for _, w := range g {
			s := ix.stem(w)
			if s == "" {
				t.Errorf("group %q: %q is a stop word", g[0], w)
				continue
			}
			if o, ok := owner[s]; ok && o != gi {
				t.Errorf("%q (stem %q) is in group %q and group %q", w, s, groups[o][0], g[0])
				continue
			}
			owner[s] = gi
		}
	}
}

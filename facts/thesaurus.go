package facts

import (
	"bytes"
	"sort"
	"strings"

	"go.yaml.in/yaml/v3"
)

// Thesaurus is the news vocabulary a question and an article may differ in:
// groups of interchangeable words, and phrase rewrites for a question.
type Thesaurus struct {
	Groups  [][]string        `yaml:"groups"`
	Phrases map[string]string `yaml:"phrases"`

	ordered [][2][]string // phrase words → replacement words, longest first
}

// ParseThesaurus decodes a thesaurus file.
func ParseThesaurus(file string, data []byte) (Thesaurus, error) {
	var t Thesaurus
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&t); err != nil {
		return Thesaurus{}, yamlError(file, err)
	}
	for i, g := range t.Groups {
		for j, w := range g {
			g[j] = strings.ToLower(strings.TrimSpace(w))
			if g[j] == "" || strings.ContainsAny(g[j], " \t") {
				return Thesaurus{}, &LoadError{File: file, Msg: "group " + itoa(i+1) + ": words must be single words: " + quote(w)}
			}
		}
	}
	for p, r := range t.Phrases {
		t.ordered = append(t.ordered, [2][]string{strings.Fields(strings.ToLower(p)), strings.Fields(r)})
	}
	sort.Slice(t.ordered, func(i, j int) bool {
		a, b := t.ordered[i][0], t.ordered[j][0]
		if len(a) != len(b) {
			return len(a) > len(b)
		}
		return strings.Join(a, " ") < strings.Join(b, " ")
	})
	return t, nil
}

// Rewrite applies the phrase rewrites to lower-cased words, whole words only,
// longest phrase first so "calm things down" wins over "calm down".
func (t Thesaurus) Rewrite(words []string) []string {
	var out []string
	for i := 0; i < len(words); {
		matched := false
		for _, p := range t.ordered {
			if i+len(p[0]) <= len(words) && equalWords(words[i:i+len(p[0])], p[0]) {
				out = append(out, p[1]...)
				i += len(p[0])
				matched = true
				break
			}
		}
		if !matched {
			out = append(out, words[i])
			i++
		}
	}
	return out
}

func equalWords(a, b []string) bool {
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

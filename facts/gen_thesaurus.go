//go:build ignore

// gen_thesaurus writes thesaurus.gob, the embedded thesaurus parsed and
// gob-encoded after the SHA-256 of corpus/thesaurus.yaml, which the corpus
// decodes instead of parsing the YAML when the two match.
//
//	go generate ./facts
package main

import (
	"crypto/sha256"
	"log"
	"os"

	"visitbot/facts"
)

func main() {
	data, err := os.ReadFile("corpus/" + facts.ThesaurusFile)
	if err != nil {
		log.Fatal(err)
	}
	t, err := facts.ParseThesaurus(facts.ThesaurusFile, data)
	if err != nil {
		log.Fatal(err)
	}
	enc, err := t.GobEncode()
	if err != nil {
		log.Fatal(err)
	}
	sum := sha256.Sum256(data)
	if err := os.WriteFile("thesaurus.gob", append(sum[:], enc...), 0o644); err != nil {
		log.Fatal(err)
	}
}

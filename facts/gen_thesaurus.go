//go:build ignore

// gen_thesaurus writes thesaurus.gob, the snapshot of corpus/thesaurus.yaml
// (its SHA-256, then the thesaurus parsed and gob-encoded), which the corpus
// decodes instead of parsing the YAML when the two match.
//
//	go generate ./facts
package main

import (
	"log"
	"os"

	"visitbot/facts"
)

func main() {
	data, err := os.ReadFile("corpus/" + facts.ThesaurusFile)
	if err != nil {
		log.Fatal(err)
	}
	snapshot, err := facts.ThesaurusSnapshot(facts.ThesaurusFile, data)
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile("thesaurus.gob", snapshot, 0o644); err != nil {
		log.Fatal(err)
	}
}

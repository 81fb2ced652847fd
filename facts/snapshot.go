package facts

import (
	"bytes"
	"crypto/sha256"
	_ "embed"
)

//go:generate go run gen_thesaurus.go

// thesaurusSnapshot is the embedded thesaurus, parsed and gob-encoded, after
// the SHA-256 of the YAML it was parsed from. Decoding it takes a quarter of
// the time parsing the YAML does, which was most of a one-shot answer's
// start. It stands only for those bytes of YAML: `go generate ./facts`
// writes it again after the thesaurus changes, and a test fails until it
// does.
//
//go:embed thesaurus.gob
var thesaurusSnapshot []byte

// ThesaurusSnapshot parses a thesaurus file and writes it as the snapshot
// parseThesaurus decodes for those bytes: their SHA-256, then the gob.
func ThesaurusSnapshot(file string, data []byte) ([]byte, error) {
	t, err := ParseThesaurus(file, data)
	if err != nil {
		return nil, err
	}
	enc, err := t.GobEncode()
	if err != nil {
		return nil, err
	}
	sum := sha256.Sum256(data)
	return append(sum[:], enc...), nil
}

// parseThesaurus parses a thesaurus file, or decodes the snapshot made of
// the same bytes.
func parseThesaurus(file string, data []byte) (Thesaurus, error) {
	if len(thesaurusSnapshot) > sha256.Size {
		if sum := sha256.Sum256(data); bytes.Equal(sum[:], thesaurusSnapshot[:sha256.Size]) {
			var t Thesaurus
			if err := t.GobDecode(thesaurusSnapshot[sha256.Size:]); err == nil {
				return t, nil
			}
		}
	}
	return ParseThesaurus(file, data)
}

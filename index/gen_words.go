//go:build ignore

// gen_words writes words.txt, the English words the answerer treats as real
// words rather than typos or names: the lower-case entries of Debian's
// wamerican and wbritish lists (SCOWL; see LICENSE-SCOWL), sorted.
//
//	apt-get install wamerican wbritish && go run gen_words.go
package main

import (
	"log"
	"os"
	"sort"
	"strings"
)

func main() {
	set := map[string]bool{}
	for _, f := range []string{"/usr/share/dict/american-english", "/usr/share/dict/british-english"} {
		data, err := os.ReadFile(f)
		if err != nil {
			log.Fatal(err)
		}
		for _, w := range strings.Split(string(data), "\n") {
			if w != "" && w == strings.ToLower(w) && strings.Trim(w, "abcdefghijklmnopqrstuvwxyz") == "" {
				set[w] = true
			}
		}
	}
	list := make([]string, 0, len(set))
	for w := range set {
		list = append(list, w)
	}
	sort.Strings(list)
	if err := os.WriteFile("words.txt", []byte(strings.Join(list, "\n")+"\n"), 0o644); err != nil {
		log.Fatal(err)
	}
	log.Printf("%d words", len(list))
}

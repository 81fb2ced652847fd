//go:build ignore

// gen_countries writes countries.txt, the names of the world's countries
// and territories in lower case, one a line: those of Debian's iso-codes
// (ISO 3166-1, its names and common names, without a trailing ", Republic
// of" or a note in brackets), and the short names news uses; and
// flags.txt, each country's two-letter code and the name its flag emoji
// reads as, one a line.
//
//	apt-get install iso-codes && go run gen_countries.go
package main

import (
	"encoding/json"
	"log"
	"os"
	"sort"
	"strings"
	"unicode"
)

// common are short names the standard does not give.
var common = []string{"america", "usa", "uk", "britain", "great britain", "england", "scotland", "wales",
	"russia", "south korea", "north korea", "uae", "emirates", "syria", "iran", "vietnam", "laos", "taiwan",
	"palestine", "vatican", "czechia", "turkey", "holland", "burma"}

func main() {
	data, err := os.ReadFile("/usr/share/iso-codes/json/iso_3166-1.json")
	if err != nil {
		log.Fatal(err)
	}
	var codes struct {
		Countries []map[string]string `json:"3166-1"`
	}
	if err := json.Unmarshal(data, &codes); err != nil {
		log.Fatal(err)
	}
	set := map[string]bool{}
	add := func(name string) {
		name, _, _ = strings.Cut(name, ",")
		name, _, _ = strings.Cut(name, "(")
		words := strings.FieldsFunc(strings.ToLower(name), func(r rune) bool { return !unicode.IsLetter(r) })
		if len(words) > 0 {
			set[strings.Join(words, " ")] = true
		}
	}
	var flags []string
	for _, c := range codes.Countries {
		add(c["name"])
		add(c["common_name"])
		name := c["common_name"]
		if name == "" {
			name = c["name"]
		}
		name, _, _ = strings.Cut(name, ",")
		name, _, _ = strings.Cut(name, "(")
		flags = append(flags, strings.ToLower(c["alpha_2"])+" "+strings.TrimSpace(name))
	}
	sort.Strings(flags)
	if err := os.WriteFile("flags.txt", []byte(strings.Join(flags, "\n")+"\n"), 0o644); err != nil {
		log.Fatal(err)
	}
	for _, n := range common {
		add(n)
	}
	list := make([]string, 0, len(set))
	for n := range set {
		list = append(list, n)
	}
	sort.Strings(list)
	if err := os.WriteFile("countries.txt", []byte(strings.Join(list, "\n")+"\n"), 0o644); err != nil {
		log.Fatal(err)
	}
	log.Printf("%d names", len(list))
}

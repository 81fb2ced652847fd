package index

import (
	_ "embed"
	"strings"
	"unicode"
)

//go:embed flags.txt
var flagsFile string

// flagCountries names each country by its two-letter code, as a flag emoji
// spells it: "pk" is Pakistan.
var flagCountries = func() map[string]string {
	m := map[string]string{}
	for _, line := range strings.Split(strings.TrimSpace(flagsFile), "\n") {
		if code, name, ok := strings.Cut(line, " "); ok {
			m[code] = name
		}
	}
	return m
}()

// withFlagNames writes each flag emoji in a question as its country's name,
// which a chat uses for the country: "🇵🇰 vs 🇮🇷 who hit first" asks of
// Pakistan and Iran. Flags after the question's last word are its mood, not
// its words ("what was going on in Gaza 🇵🇸💣"); a flag of no country, or a
// lone letter symbol, is left as it is.
func withFlagNames(text string) string {
	if !strings.ContainsFunc(text, isRegionalIndicator) {
		return text
	}
	runes := []rune(text)
	end := len(runes) // after the last letter or digit: what follows is decoration
	for end > 0 && !unicode.IsLetter(runes[end-1]) && !unicode.IsDigit(runes[end-1]) {
		end--
	}
	var b strings.Builder
	for i := 0; i < end; i++ {
		if i+1 < len(runes) && isRegionalIndicator(runes[i]) && isRegionalIndicator(runes[i+1]) {
			code := string([]rune{'a' + runes[i] - '🇦', 'a' + runes[i+1] - '🇦'})
			if name, ok := flagCountries[code]; ok {
				b.WriteString(" " + name + " ")
				i++
				continue
			}
		}
		b.WriteRune(runes[i])
	}
	b.WriteString(string(runes[end:]))
	return b.String()
}

func isRegionalIndicator(r rune) bool { return r >= '🇦' && r <= '🇿' }

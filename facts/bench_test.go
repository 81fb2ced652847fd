package facts

import (
	"strings"
	"testing"
)

// BenchmarkParseHostile parses articles made to be slow: 30,000 periods in
// one paragraph, and 5,000 sections with the same heading. Both are linear.
func BenchmarkParseHostile(b *testing.B) {
	periods := "T\n" + strings.Repeat("a. ", 30000) + "\n"
	headings := "T\n" + strings.Repeat("Same\nText.\n", 5000)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := ParseText("a", periods); err != nil {
			b.Fatal(err)
		}
		if _, err := ParseText("a", headings); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkDefault(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := Default(); err != nil {
			b.Fatal(err)
		}
	}
}

package index

import "testing"

// A question that names two parties reads the same every time: Go ranges
// over a map in a new order each time, so the first named must win by
// position, not by the map.
func TestReadIsDeterministic(t *testing.T) {
	ix := defaultIndex(t)
	for _, tt := range []struct{ q, speaker, within, officeOf, actor string }{
		{q: "did iran say it hit terrorists and did pakistan say it hit militants?", speaker: "iran"},
		{q: "which part of pakistan or where in iran were the strikes?", within: "pakistan"},
		{q: "who is pakistan's president and who is iran's president?", officeOf: "pakistan"},
		{q: "did pakistan say israel's bombardment or iran's strike killed more?", speaker: "pakistan", actor: "israel"},
	} {
		for range 40 {
			q := ix.read(tt.q)
			if q.speaker != tt.speaker || q.within != tt.within || q.officeOf != tt.officeOf || tt.actor != "" && q.actor != tt.actor {
				t.Fatalf("read(%q): speaker %q, within %q, officeOf %q, actor %q; want %q, %q, %q, %q", tt.q, q.speaker, q.within, q.officeOf, q.actor,
					tt.speaker, tt.within, tt.officeOf, tt.actor)
			}
		}
	}
}

package index

import (
	"context"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"
)

func TestZZDebug(t *testing.T) {
	qs := os.Getenv("VB_Q")
	if qs == "" {
		t.Skip()
	}
	ix := defaultIndex(t)
	for _, text := range strings.Split(qs, "||") {
		q := ix.read(ix.withoutPreamble(retyped(questionMarks.Replace(withFlagNames(text)))))
		fmt.Printf("Q speaker=%q counted=%v total=%v whoDid=%q whoObj=%v identity=%q against=%q %q %q %q %q\n", q.speaker, q.counted, q.total, q.whoDid, q.whoObj, q.identity, q.elsewhere, q.otherOffice, q.otherHolder, q.elsewhen, q.otherNation)
		fmt.Printf("Q %q\n intent=%v words=%q\n weights=%v\n subject=%q actor=%q verb=%q unknown=%q strangers=%q beyond=%v kind=%q focus=%q first=%v later=%v options=%v\n",
			text, q.intent, q.words, q.weights, q.subject, q.actor, q.verb, q.unknown, q.strangers, q.beyond, q.wantsKind, q.focus, q.first, q.later, q.options)
		r, err := ix.rank(context.Background(), q)
		if err != nil {
			t.Fatal(err)
		}
		for i := 0; i < len(r) && i < 6; i++ {
			c := r[i]
			fmt.Printf("  %.3f cov=%.2f fits=%v sup=%v %v %v\n", c.score, c.cov, c.fits, ix.supports(q, c), c.f.kind, c.f.refs)
		}
		a, _ := ix.Answer(context.Background(), text)
		fmt.Printf(" => %v %q\n", a.Answered, a.Text)
	}
}

func TestZZUnknown(t *testing.T) {
	fn := os.Getenv("VB_QFILE")
	if fn == "" {
		t.Skip()
	}
	data, _ := os.ReadFile(fn)
	ix := defaultIndex(t)
	count := map[string]int{}
	for _, line := range strings.Split(string(data), "\n") {
		if line == "" {
			continue
		}
		cl, _ := Clean(line, 2000)
		q := ix.read(ix.withoutPreamble(retyped(questionMarks.Replace(withFlagNames(cl)))))
		for _, u := range q.unknown {
			count[u]++
		}
		if q.beyond {
			count["<beyond>"]++
		}
	}
	type kv struct {
		k string
		v int
	}
	var all []kv
	for k, v := range count {
		all = append(all, kv{k, v})
	}
	sort.Slice(all, func(i, j int) bool { return all[i].v > all[j].v || all[i].v == all[j].v && all[i].k < all[j].k })
	for i := 0; i < len(all) && i < 150; i++ {
		fmt.Printf("%d %s\n", all[i].v, all[i].k)
	}
}

func TestZZFeatures(t *testing.T) {
	fn := os.Getenv("VB_FFILE")
	if fn == "" {
		t.Skip()
	}
	data, _ := os.ReadFile(fn)
	ix := defaultIndex(t)
	out, _ := os.Create(fn + ".feat")
	defer out.Close()
	for _, line := range strings.Split(string(data), "\n") {
		if line == "" {
			continue
		}
		q := ix.read(ix.withoutPreamble(retyped(questionMarks.Replace(withFlagNames(line)))))
		r, _ := ix.rank(context.Background(), q)
		top := func(i int) string {
			if i >= len(r) {
				return "{}"
			}
			c := r[i]
			return fmt.Sprintf(`{"score":%.3f,"cov":%.3f,"fits":%v,"sup":%v,"content":%v,"ref":"%s %d"}`, c.score, c.cov, c.fits, ix.supports(q, c), ix.coversContent(q, c.f), c.f.refs[0].Section, c.f.refs[0].N)
		}
		fmt.Fprintf(out, `{"intent":"%v","nunk":%d,"nstr":%d,"beyond":%v,"nwords":%d,"nweights":%d,"r0":%s,"r1":%s}`+"\n",
			q.intent, len(q.unknown), len(q.strangers), q.beyond, len(q.words), len(q.weights), top(0), top(1))
	}
}

func TestZZGuess(t *testing.T) {
	ix := defaultIndex(t)
	for _, text := range strings.Split(os.Getenv("VB_Q"), "||") {
		ws, _ := ix.respell(words(text), "")
		g, a := ix.strangeGuess(text)
		fmt.Printf("%q -> %q %q respelt %q\n", text, g, a, ws)
	}
}

func TestZZFits(t *testing.T) {
	qs := os.Getenv("VB_F")
	if qs == "" {
		t.Skip()
	}
	ix := defaultIndex(t)
	for _, text := range strings.Split(qs, "||") {
		q := ix.read(ix.withoutPreamble(retyped(questionMarks.Replace(withFlagNames(text)))))
		r, _ := ix.rank(context.Background(), q)
		f := r[0].f
		fmt.Printf("%q refs=%v victims=%v citizens=%v manner=%v elsewhen=%v elsewhere=%v kind=%q otherActor=%v within=%q officeOf=%q setAside=%v both=%v responder=%q deed=%q speaker=%q identity=%q\n",
			text, f.refs, q.victims, q.citizens, q.manner, q.elsewhen, q.elsewhere, q.wantsKind, ix.otherActor(q, f), q.within, q.officeOf, q.setAside, q.both, q.responder, q.deed, q.speaker, q.identity)
		if q.intent == YesNo && q.actor != "" {
			fmt.Printf("  anotherDid=%v covers=%v coversSide=%v doneByAnother=%v\n", ix.anotherDid(q, f), f.covers(entityPrefix+q.actor), ix.coversSide(f, q.actor), ix.doneByAnother(q, f))
		}
	}
}

func TestZZRespell(t *testing.T) {
	qs := os.Getenv("VB_R")
	if qs == "" {
		t.Skip()
	}
	ix := defaultIndex(t)
	for _, s := range strings.Split(qs, "||") {
		r, lang := ix.respell(words(s), "")
		fmt.Printf("%q -> %q (%s) -> %q\n", s, r, lang, ix.corpus.Thesaurus.Rewrite(r))
	}
}

func TestZZGuess2(t *testing.T) {
	qs := os.Getenv("VB_G")
	if qs == "" {
		t.Skip()
	}
	ix := defaultIndex(t)
	for _, s := range strings.Split(qs, "||") {
		s = ix.withoutPreamble(retyped(questionMarks.Replace(withFlagNames(s))))
		g, a := ix.strangeGuess(s)
		fmt.Printf("%q -> guess %q asked %q\n", s, g, a)
	}
}

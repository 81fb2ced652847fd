package baseline

import (
	"context"
	"testing"

	"visitbot/facts"
	"visitbot/index"
)

func TestFTS5(t *testing.T) {
	c, err := facts.Default()
	if err != nil {
		t.Fatal(err)
	}
	f, err := New(c)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	ref, ok, err := f.Answer(context.Background(), "how many children were killed?")
	if err != nil || !ok || ref.Section != "Tit-for-tat" || ref.N != 3 {
		t.Errorf("Answer = %v %v %v", ref, ok, err)
	}
	// Query syntax in the question is quoted, never interpreted.
	for _, q := range []string{`"unclosed`, `* OR NEAR(`, `text:x -y ^z`, ""} {
		if _, _, err := f.Answer(context.Background(), q); err != nil {
			t.Errorf("Answer(%q): %v", q, err)
		}
	}
	if _, ok, _ := f.Answer(context.Background(), "cricket score"); ok {
		t.Error("a question with no word of the article found a sentence")
	}
}

func TestCompare(t *testing.T) {
	c, _ := facts.Default()
	ix, err := index.New(c)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	f, err := New(c)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	cases, err := index.LoadEvalCases("../../testdata/eval/questions.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	// Every seventh question, from every split: enough to tell which system
	// is ahead, few enough to run under the race detector in CI.
	var sample []index.EvalCase
	for i := 0; i < len(cases); i += 7 {
		sample = append(sample, cases[i])
	}
	res, err := Compare(context.Background(), ix, f, sample, 1)
	if err != nil {
		t.Fatal(err)
	}
	v, b := res[0], res[1]
	t.Logf("visitbot %+v\nfts5 %+v", v, b)
	if v.HitAt1 <= b.HitAt1 || v.Abstention <= b.Abstention || v.P50 <= 0 || b.P50 <= 0 {
		t.Errorf("visitbot %+v is not ahead of the baseline %+v", v, b)
	}
}

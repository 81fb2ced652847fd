package index_test

import (
	"context"
	"fmt"

	"visitbot/facts"
	"visitbot/index"
)

func ExampleNew() {
	c, err := facts.Default()
	if err != nil {
		panic(err)
	}
	ix, err := index.New(c)
	if err != nil {
		panic(err)
	}
	defer ix.Close()
	hits, _ := ix.Search(context.Background(), "envoy", 1)
	fmt.Println(hits[0].Highlight)
	// Output: Pakistan reported two children killed, leading to the recall of its **ambassador** from Tehran.
}

func ExampleIndex_Answer() {
	c, _ := facts.Default()
	ix, _ := index.New(c)
	defer ix.Close()
	a, _ := ix.Answer(context.Background(), "How old is Jilani?")
	fmt.Println(a.Answered, a.Text)
	a, _ = ix.Answer(context.Background(), "how many kids were killed")
	fmt.Println(a.Answered, a.Citations[0].Section, a.Citations[0].Sentence)
	// Output:
	// false The article doesn't say.
	// true Tit-for-tat 3
}

func ExampleIndex_Lookup() {
	c, _ := facts.Default()
	ix, _ := index.New(c)
	defer ix.Close()
	card := ix.Lookup("raeisi")
	fmt.Printf("%s: %s (%d mention)\n", card.Name, card.Role, len(card.Mentions))
	// Output: Ebrahim Raisi: Iran’s President (1 mention)
}

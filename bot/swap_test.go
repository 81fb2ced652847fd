package bot

import (
	"context"
	"errors"
	"sync"
	"sync/atomic"
	"testing"

	"visitbot/index"
)

// closingAnswerer fails any use after Close, as a closed Bleve index does.
type closingAnswerer struct {
	fakeAnswerer
	closed atomic.Bool
	name   string
}

func (c *closingAnswerer) Close() error { c.closed.Store(true); return nil }

func newClosing(name string) *closingAnswerer {
	c := &closingAnswerer{name: name}
	c.answer = func(ctx context.Context, q string) (index.Answer, error) {
		if c.closed.Load() {
			return index.Answer{}, errors.New("index used after close")
		}
		return index.Answer{Answered: true, Text: c.name}, nil
	}
	return c
}

func TestSwapNeverServesAClosedIndex(t *testing.T) {
	first := newClosing("v0")
	b := New(first)
	var wg sync.WaitGroup
	stop := make(chan struct{})
	var failures atomic.Int64
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-stop:
					return
				default:
				}
				if _, err := b.Handle(context.Background(), req("ask", "question", "q")); err != nil {
					failures.Add(1)
				}
			}
		}()
	}
	var all []*closingAnswerer
	for i := range 200 {
		next := newClosing("v" + string(rune('a'+i%26)))
		all = append(all, next)
		b.Swap(next)
	}
	close(stop)
	wg.Wait()
	if n := failures.Load(); n > 0 {
		t.Errorf("%d requests used a closed index", n)
	}
	if !first.closed.Load() || !all[len(all)-2].closed.Load() {
		t.Error("swapped-out indexes were not closed")
	}
	if all[len(all)-1].closed.Load() {
		t.Error("the index in service was closed")
	}
	reply, _ := b.Handle(context.Background(), req("ask", "question", "q"))
	if reply.Text != all[len(all)-1].name {
		t.Errorf("answered from %q, want the last index %q", reply.Text, all[len(all)-1].name)
	}
	b.Close()
	if !all[len(all)-1].closed.Load() {
		t.Error("Close did not close the index in service")
	}
}

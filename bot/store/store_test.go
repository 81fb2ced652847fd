package store

import (
	"errors"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"visitbot/facts"
)

var now = time.Date(2026, 1, 30, 12, 0, 0, 0, time.UTC)

func open(t *testing.T, dir string) *Store {
	t.Helper()
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func change(key, topic string) facts.Diff {
	return facts.Diff{From: "v1", To: "v2", Changes: []facts.Change{{Key: key, New: &facts.Fact{Key: key, Topic: topic}}}}
}

func TestSubscriptions(t *testing.T) {
	s := open(t, t.TempDir())
	defer s.Close()
	for _, sub := range []Subscription{
		{ChannelID: "c1", Topic: "all"},
		{ChannelID: "c1", Topic: "casualties"},
		{ChannelID: "c2", Topic: "visits", RoleID: "r9"},
	} {
		if added, err := s.Subscribe(sub); err != nil || !added {
			t.Fatalf("Subscribe(%+v) = %v, %v", sub, added, err)
		}
	}
	if added, _ := s.Subscribe(Subscription{ChannelID: "c1", Topic: "all", RoleID: "r1"}); added {
		t.Error("subscribing twice to a topic should update, not add")
	}
	subs, err := s.Subscriptions("c1")
	if err != nil || len(subs) != 2 || subs[0].Topic != "all" || subs[0].RoleID != "r1" || subs[1].Topic != "casualties" {
		t.Fatalf("Subscriptions(c1) = %+v, %v", subs, err)
	}
	if n, _ := s.Unsubscribe("c1", "casualties"); n != 1 {
		t.Errorf("Unsubscribe(c1, casualties) removed %d", n)
	}
	if n, _ := s.Unsubscribe("c1", "casualties"); n != 0 {
		t.Errorf("second Unsubscribe removed %d", n)
	}
	if n, _ := s.Unsubscribe("c2", ""); n != 1 {
		t.Errorf("Unsubscribe(c2, all topics) removed %d", n)
	}
	if subs, _ := s.Subscriptions("c2"); len(subs) != 0 {
		t.Errorf("c2 still has %+v", subs)
	}
}

func TestRecordQueuesByTopic(t *testing.T) {
	dir := t.TempDir()
	s := open(t, dir)
	s.Subscribe(Subscription{ChannelID: "all", Topic: "all"})
	s.Subscribe(Subscription{ChannelID: "cas", Topic: "casualties", RoleID: "r1"})
	s.Subscribe(Subscription{ChannelID: "vis", Topic: "visits"})

	e, err := s.Record(facts.Snapshot{Version: "v2"}, change("figure/x", "casualties"), "Story", now)
	if err != nil {
		t.Fatal(err)
	}
	if e == nil || len(e.Deliveries) != 2 || e.Deliveries["all"] == nil || e.Deliveries["cas"] == nil {
		t.Fatalf("entry = %+v, want deliveries to all and cas", e)
	}
	if d := e.Deliveries["cas"]; d.State != Pending || len(d.Roles) != 1 || d.Roles[0] != "r1" {
		t.Errorf("cas delivery = %+v", d)
	}
	// Only the channel subscribed to everything wants a security change.
	if e, err := s.Record(facts.Snapshot{Version: "v3"}, change("event/y", "security"), "Story", now); err != nil || len(e.Deliveries) != 1 || e.Deliveries["all"] == nil {
		t.Errorf("security change: entry %+v, %v; want a delivery to all only", e, err)
	}
	s.Unsubscribe("all", "")
	// A change no channel wants queues nothing, but is seen.
	if e, err := s.Record(facts.Snapshot{Version: "v4"}, change("event/z", "security"), "Story", now); err != nil || e != nil {
		t.Errorf("unwanted change: entry %+v, %v; want none", e, err)
	}
	s.Close()

	// Everything survives a restart.
	s = open(t, dir)
	defer s.Close()
	seen, ok, err := s.Seen()
	if err != nil || !ok || seen.Version != "v4" {
		t.Errorf("Seen = %q, %v, %v", seen.Version, ok, err)
	}
	pending, err := s.Pending()
	if err != nil || len(pending) != 2 {
		t.Fatalf("Pending = %d entries, %v", len(pending), err)
	}
	id := pending[0].ID
	err = s.Deliver(id, "cas", func(d *Delivery) { d.State, d.Messages = Sent, []string{"m1"} },
		&LastAlert{Entry: id, Messages: []string{"m1"}, At: now})
	if err != nil {
		t.Fatal(err)
	}
	if last, ok, _ := s.LastAlert("cas"); !ok || last.Messages[0] != "m1" {
		t.Errorf("LastAlert(cas) = %+v, %v", last, ok)
	}
	s.Subscribe(Subscription{ChannelID: "all", Topic: "all"})
	if n, err := s.DropChannel("all", "404 Unknown Channel"); err != nil || n != 1 {
		t.Errorf("DropChannel = %d, %v", n, err)
	}
	if pending, _ := s.Pending(); len(pending) != 0 {
		t.Errorf("still pending after every delivery ended: %+v", pending[0].Deliveries)
	}
	e2, _ := s.Entry(id)
	if d := e2.Deliveries["all"]; d.State != Failed || d.Reason != "404 Unknown Channel" {
		t.Errorf("dropped channel's delivery = %+v", d)
	}
}

func TestSchemaVersion(t *testing.T) {
	dir := t.TempDir()
	s := open(t, dir)
	s.db.Update(func(tx *bolt.Tx) error { return tx.Bucket(bucketMeta).Put(keySchema, []byte("99")) })
	s.Close()
	if _, err := Open(dir); err == nil || !strings.Contains(err.Error(), "schema version 99 is newer") {
		t.Errorf("Open of a newer schema: %v", err)
	}
}

func TestLocked(t *testing.T) {
	dir := t.TempDir()
	s := open(t, dir)
	defer s.Close()
	if _, err := Open(dir); !errors.Is(err, ErrLocked) {
		t.Errorf("second Open: %v, want ErrLocked", err)
	}
}

func TestOutboxIsPruned(t *testing.T) {
	s := open(t, t.TempDir())
	defer s.Close()
	s.Subscribe(Subscription{ChannelID: "c", Topic: "all"})
	first, _ := s.Record(facts.Snapshot{Version: "v0"}, change("event/x", "visits"), "Story", now)
	for i := range keepEntries + 50 {
		e, err := s.Record(facts.Snapshot{Version: "v"}, change("event/x", "visits"), "Story", now)
		if err != nil {
			t.Fatal(err)
		}
		if i%2 == 0 { // half are delivered
			s.Deliver(e.ID, "c", func(d *Delivery) { d.State = Sent }, nil)
		}
	}
	var n int
	s.db.View(func(tx *bolt.Tx) error { n = tx.Bucket(bucketOutbox).Stats().KeyN; return nil })
	if n > keepEntries+1 {
		t.Errorf("%d entries kept, want at most %d", n, keepEntries+1)
	}
	if _, err := s.Entry(first.ID); err != nil {
		t.Errorf("the oldest entry, still pending, was pruned: %v", err)
	}
	pending, _ := s.Pending()
	if len(pending) != 1+(keepEntries+50)/2 {
		t.Errorf("%d pending entries, want every undelivered one kept", len(pending))
	}
}

func TestSeenVersion(t *testing.T) {
	dir := t.TempDir()
	s := open(t, dir)
	if _, ok, err := s.SeenVersion(); ok || err != nil {
		t.Errorf("SeenVersion of a new store = %v, %v; want none", ok, err)
	}
	s.Record(facts.Snapshot{Version: "v7"}, facts.Diff{}, "Story", now)
	if v, ok, err := s.SeenVersion(); v != "v7" || !ok || err != nil {
		t.Errorf("SeenVersion = %q, %v, %v; want v7", v, ok, err)
	}
	// A schema 1 store kept the version only in its snapshot: Open upgrades it.
	s.db.Update(func(tx *bolt.Tx) error {
		meta := tx.Bucket(bucketMeta)
		meta.Delete(keySeenVersion)
		return meta.Put(keySchema, []byte("1"))
	})
	s.Close()
	s = open(t, dir)
	defer s.Close()
	if v, ok, err := s.SeenVersion(); v != "v7" || !ok || err != nil {
		t.Errorf("SeenVersion after the upgrade from schema 1 = %q, %v, %v; want v7", v, ok, err)
	}
}

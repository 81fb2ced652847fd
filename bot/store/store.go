package store

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"time"

	bolt "go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"

	"visitbot/facts"
)

// File is the database's name inside VISITBOT_DATA.
const File = "visitbot.db"

// schemaVersion is the layout of the buckets below. Open upgrades older
// layouts and refuses newer ones, so that a downgrade cannot corrupt data.
const schemaVersion = 2

var (
	bucketMeta     = []byte("meta")
	bucketSubs     = []byte("subscriptions") // channel \x00 topic → Subscription
	bucketOutbox   = []byte("outbox")        // big-endian sequence → Entry
	bucketChannels = []byte("channels")      // channel → LastAlert
	keySchema      = []byte("schema")
	keySeen        = []byte("seen")         // facts.Snapshot of the last corpus version seen
	keySeenVersion = []byte("seen-version") // its version alone (schema 2), read without the snapshot
)

// Delivery states.
const (
	Pending = "pending"
	Sent    = "sent"
	Failed  = "failed"
)

// Subscription asks for alerts on one topic in one channel.
type Subscription struct {
	GuildID   string    `json:"guild_id"`
	ChannelID string    `json:"channel_id"`
	Topic     string    `json:"topic"`
	RoleID    string    `json:"role_id,omitempty"` // the role an alert mentions, if the subscriber asked for one
	By        string    `json:"by"`                // user id of who subscribed
	Since     time.Time `json:"since"`
}

// Entry is one alert: what changed between two corpus versions, and its
// delivery to each channel that was subscribed when the change was seen.
type Entry struct {
	ID         uint64               `json:"id"`
	Created    time.Time            `json:"created"`
	Story      string               `json:"story"` // the title alerts carry
	Diff       facts.Diff           `json:"diff"`
	Deliveries map[string]*Delivery `json:"deliveries"` // by channel id
}

// Delivery is an alert's progress to one channel.
type Delivery struct {
	ChannelID string    `json:"channel_id"`
	GuildID   string    `json:"guild_id"`
	Topics    []string  `json:"topics"`
	Roles     []string  `json:"roles,omitempty"`
	State     string    `json:"state"`
	Messages  []string  `json:"messages,omitempty"` // ids of the parts Discord accepted, in order
	Edited    bool      `json:"edited,omitempty"`   // delivered by editing the channel's previous alert
	Attempts  int       `json:"attempts,omitempty"`
	NextTry   time.Time `json:"next_try,omitzero"`
	Reason    string    `json:"reason,omitempty"` // why it failed, or the last retryable error
	SentAt    time.Time `json:"sent_at,omitzero"`
}

// LastAlert is the alert a channel saw last: what it shows and where, so a
// change that follows soon after can edit it instead of posting again.
type LastAlert struct {
	Entry    uint64     `json:"entry"`
	GuildID  string     `json:"guild_id"`
	Messages []string   `json:"messages"`
	At       time.Time  `json:"at"` // when it was first posted
	Diff     facts.Diff `json:"diff"`
}

// Store is the database. It is safe for concurrent use.
type Store struct {
	db *bolt.DB
}

// ErrLocked is returned when another process holds the database.
var ErrLocked = errors.New("the database is in use by another visitbot process")

// Open opens or creates the database in dir.
func Open(dir string) (*Store, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("data folder %s: %w", dir, err)
	}
	path := filepath.Join(dir, File)
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: 2 * time.Second})
	if errors.Is(err, berrors.ErrTimeout) {
		return nil, fmt.Errorf("open %s: %w", path, ErrLocked)
	}
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		meta, err := tx.CreateBucketIfNotExists(bucketMeta)
		if err != nil {
			return err
		}
		if v := meta.Get(keySchema); v != nil {
			n, _ := strconv.Atoi(string(v))
			if n > schemaVersion {
				return fmt.Errorf("schema version %d is newer than this visitbot's %d: upgrade visitbot", n, schemaVersion)
			}
		}
		if err := keepSeenVersion(meta); err != nil {
			return fmt.Errorf("upgrade to schema %d: %w", schemaVersion, err)
		}
		for _, b := range [][]byte{bucketSubs, bucketOutbox, bucketChannels} {
			if _, err := tx.CreateBucketIfNotExists(b); err != nil {
				return err
			}
		}
		return meta.Put(keySchema, []byte(strconv.Itoa(schemaVersion)))
	})
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	return &Store{db: db}, nil
}

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }

func subKey(channel, topic string) []byte { return []byte(channel + "\x00" + topic) }

// Subscribe adds a subscription, or updates its role if it exists. It
// reports whether the subscription is new.
func (s *Store) Subscribe(sub Subscription) (added bool, err error) {
	err = s.db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketSubs)
		k := subKey(sub.ChannelID, sub.Topic)
		added = b.Get(k) == nil
		return put(b, k, sub)
	})
	return added, err
}

// Unsubscribe removes a channel's subscription to topic, or all of the
// channel's subscriptions when topic is "". It returns how many it removed.
func (s *Store) Unsubscribe(channel, topic string) (removed int, err error) {
	err = s.db.Update(func(tx *bolt.Tx) (err error) {
		removed, err = unsubscribe(tx, channel, topic)
		return err
	})
	return removed, err
}

func unsubscribe(tx *bolt.Tx, channel, topic string) (int, error) {
	subs, err := channelSubs(tx, channel)
	if err != nil {
		return 0, err
	}
	n := 0
	for _, sub := range subs {
		if topic == "" || sub.Topic == topic {
			if err := tx.Bucket(bucketSubs).Delete(subKey(channel, sub.Topic)); err != nil {
				return n, err
			}
			n++
		}
	}
	return n, nil
}

// Subscriptions lists one channel's subscriptions, by topic.
func (s *Store) Subscriptions(channel string) (subs []Subscription, err error) {
	err = s.db.View(func(tx *bolt.Tx) error {
		subs, err = channelSubs(tx, channel)
		return err
	})
	return subs, err
}

func channelSubs(tx *bolt.Tx, channel string) ([]Subscription, error) {
	var out []Subscription
	prefix := []byte(channel + "\x00")
	c := tx.Bucket(bucketSubs).Cursor()
	for k, v := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, v = c.Next() {
		var sub Subscription
		if err := json.Unmarshal(v, &sub); err != nil {
			return nil, fmt.Errorf("subscription %q: %w", k, err)
		}
		out = append(out, sub)
	}
	return out, nil
}

// keepSeenVersion upgrades schema 1, which kept the version seen only
// inside its snapshot.
func keepSeenVersion(meta *bolt.Bucket) error {
	v := meta.Get(keySeen)
	if v == nil || meta.Get(keySeenVersion) != nil {
		return nil
	}
	var snap facts.Snapshot
	if err := json.Unmarshal(v, &snap); err != nil {
		return err
	}
	return meta.Put(keySeenVersion, []byte(snap.Version))
}

// SeenVersion returns the last corpus version seen, if any, without
// reading its snapshot, which is large for a large corpus.
func (s *Store) SeenVersion() (version string, ok bool, err error) {
	err = s.db.View(func(tx *bolt.Tx) error {
		v := tx.Bucket(bucketMeta).Get(keySeenVersion)
		version, ok = string(v), v != nil
		return nil
	})
	return version, ok, err
}

// Seen returns the snapshot of the last corpus version seen, if any.
func (s *Store) Seen() (snap facts.Snapshot, ok bool, err error) {
	err = s.db.View(func(tx *bolt.Tx) error {
		v := tx.Bucket(bucketMeta).Get(keySeen)
		if v == nil {
			return nil
		}
		ok = true
		return json.Unmarshal(v, &snap)
	})
	return snap, ok, err
}

// Record marks a corpus version as seen and, in the same transaction,
// queues an alert of diff for every channel whose subscriptions it
// concerns. Either both happen or neither, so a crash can neither lose an
// alert nor queue one twice. It returns the entry, or nil if no channel
// wants the change.
func (s *Store) Record(seen facts.Snapshot, diff facts.Diff, story string, now time.Time) (*Entry, error) {
	var entry *Entry
	err := s.db.Update(func(tx *bolt.Tx) error {
		meta := tx.Bucket(bucketMeta)
		if err := put(meta, keySeen, seen); err != nil {
			return err
		}
		if err := meta.Put(keySeenVersion, []byte(seen.Version)); err != nil {
			return err
		}
		if diff.Empty() {
			return nil
		}
		deliveries := map[string]*Delivery{}
		err := tx.Bucket(bucketSubs).ForEach(func(k, v []byte) error {
			var sub Subscription
			if err := json.Unmarshal(v, &sub); err != nil {
				return fmt.Errorf("subscription %q: %w", k, err)
			}
			d := deliveries[sub.ChannelID]
			if d == nil {
				d = &Delivery{ChannelID: sub.ChannelID, GuildID: sub.GuildID, State: Pending}
				deliveries[sub.ChannelID] = d
			}
			d.Topics = append(d.Topics, sub.Topic)
			if sub.RoleID != "" && !slices.Contains(d.Roles, sub.RoleID) {
				d.Roles = append(d.Roles, sub.RoleID)
			}
			return nil
		})
		if err != nil {
			return err
		}
		for ch, d := range deliveries {
			if diff.For(d.Topics).Empty() {
				delete(deliveries, ch)
			}
		}
		if len(deliveries) == 0 {
			return nil
		}
		b := tx.Bucket(bucketOutbox)
		id, err := b.NextSequence()
		if err != nil {
			return err
		}
		entry = &Entry{ID: id, Created: now, Story: story, Diff: diff, Deliveries: deliveries}
		if err := put(b, seqKey(id), entry); err != nil {
			return err
		}
		return prune(b, keepEntries)
	})
	if err != nil {
		return nil, fmt.Errorf("record corpus version %s: %w", seen.Version, err)
	}
	return entry, nil
}

// keepEntries is how many outbox entries are kept: the oldest finished ones
// beyond it are deleted, so the outbox does not grow forever.
const keepEntries = 200

// prune deletes the oldest entries with nothing left to deliver until at
// most keep remain. Entries still pending are never deleted.
func prune(b *bolt.Bucket, keep int) error {
	n := b.Stats().KeyN
	var doomed [][]byte
	c := b.Cursor()
	for k, v := c.First(); k != nil && n-len(doomed) > keep; k, v = c.Next() {
		var e Entry
		if err := json.Unmarshal(v, &e); err != nil {
			return fmt.Errorf("outbox entry %x: %w", k, err)
		}
		done := true
		for _, d := range e.Deliveries {
			done = done && d.State != Pending
		}
		if done {
			doomed = append(doomed, append([]byte(nil), k...))
		}
	}
	for _, k := range doomed {
		if err := b.Delete(k); err != nil {
			return err
		}
	}
	return nil
}

func seqKey(id uint64) []byte { return binary.BigEndian.AppendUint64(nil, id) }

// Pending returns the entries that still have a delivery to make, oldest
// first.
func (s *Store) Pending() ([]*Entry, error) {
	var out []*Entry
	err := s.db.View(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketOutbox).ForEach(func(k, v []byte) error {
			var e Entry
			if err := json.Unmarshal(v, &e); err != nil {
				return fmt.Errorf("outbox entry %x: %w", k, err)
			}
			for _, d := range e.Deliveries {
				if d.State == Pending {
					out = append(out, &e)
					break
				}
			}
			return nil
		})
	})
	return out, err
}

// Entry returns one outbox entry.
func (s *Store) Entry(id uint64) (e *Entry, err error) {
	err = s.db.View(func(tx *bolt.Tx) error {
		v := tx.Bucket(bucketOutbox).Get(seqKey(id))
		if v == nil {
			return fmt.Errorf("outbox entry %d: not found", id)
		}
		e = &Entry{}
		return json.Unmarshal(v, e)
	})
	return e, err
}

// Deliver applies change to one delivery of an entry. When the change
// leaves the delivery sent, the channel's last alert becomes last (if not
// nil), in the same transaction.
func (s *Store) Deliver(entry uint64, channel string, change func(*Delivery), last *LastAlert) error {
	return s.db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketOutbox)
		var e Entry
		v := b.Get(seqKey(entry))
		if v == nil {
			return fmt.Errorf("outbox entry %d: not found", entry)
		}
		if err := json.Unmarshal(v, &e); err != nil {
			return err
		}
		d := e.Deliveries[channel]
		if d == nil {
			return fmt.Errorf("outbox entry %d has no delivery to channel %s", entry, channel)
		}
		change(d)
		if d.State == Sent && last != nil {
			if err := put(tx.Bucket(bucketChannels), []byte(channel), last); err != nil {
				return err
			}
		}
		return put(b, seqKey(entry), e)
	})
}

// LastAlert returns the alert a channel saw last, if any.
func (s *Store) LastAlert(channel string) (last LastAlert, ok bool, err error) {
	err = s.db.View(func(tx *bolt.Tx) error {
		v := tx.Bucket(bucketChannels).Get([]byte(channel))
		if v == nil {
			return nil
		}
		ok = true
		return json.Unmarshal(v, &last)
	})
	return last, ok, err
}

// DropChannel removes every subscription of a channel that is gone and
// fails its pending deliveries with reason. It returns how many
// subscriptions it removed.
func (s *Store) DropChannel(channel, reason string) (removed int, err error) {
	err = s.db.Update(func(tx *bolt.Tx) error {
		n, err := unsubscribe(tx, channel, "")
		if err != nil {
			return err
		}
		removed = n
		if err := tx.Bucket(bucketChannels).Delete([]byte(channel)); err != nil {
			return err
		}
		b := tx.Bucket(bucketOutbox)
		var changed []*Entry
		err = b.ForEach(func(k, v []byte) error {
			var e Entry
			if err := json.Unmarshal(v, &e); err != nil {
				return err
			}
			if d := e.Deliveries[channel]; d != nil && d.State == Pending {
				d.State, d.Reason = Failed, reason
				changed = append(changed, &e)
			}
			return nil
		})
		if err != nil {
			return err
		}
		for _, e := range changed {
			if err := put(b, seqKey(e.ID), e); err != nil {
				return err
			}
		}
		return nil
	})
	return removed, err
}

func put(b *bolt.Bucket, key []byte, v any) error {
	data, err := json.Marshal(v)
	if err != nil {
		return err
	}
	return b.Put(key, data)
}

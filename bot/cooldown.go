package bot

import (
	"sync"
	"time"
)

// Cooldown is a per-user token bucket: a user may make burst requests at
// once, then one per interval. Its memory is bounded: past maxUsers, users
// whose buckets are full again are forgotten.
type Cooldown struct {
	mu       sync.Mutex
	burst    float64
	interval time.Duration
	users    map[string]*bucket
	maxUsers int
	now      func() time.Time
}

type bucket struct {
	tokens float64
	at     time.Time
}

// NewCooldown allows burst requests at once and one per interval after.
func NewCooldown(burst int, interval time.Duration) *Cooldown {
	return &Cooldown{burst: float64(burst), interval: interval, users: map[string]*bucket{}, maxUsers: 10_000, now: time.Now}
}

// Allow takes a token for the user, or reports how long until one is free.
func (c *Cooldown) Allow(user string) (ok bool, wait time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	now := c.now()
	b, seen := c.users[user]
	if !seen {
		if len(c.users) >= c.maxUsers {
			c.forgetFull(now)
		}
		b = &bucket{tokens: c.burst, at: now}
		c.users[user] = b
	}
	b.tokens = min(c.burst, b.tokens+float64(now.Sub(b.at))/float64(c.interval))
	b.at = now
	if b.tokens >= 1 {
		b.tokens--
		return true, 0
	}
	return false, time.Duration((1 - b.tokens) * float64(c.interval))
}

func (c *Cooldown) forgetFull(now time.Time) {
	for u, b := range c.users {
		if b.tokens+float64(now.Sub(b.at))/float64(c.interval) >= c.burst {
			delete(c.users, u)
		}
	}
	if len(c.users) >= c.maxUsers { // everyone is busy: start afresh rather than grow
		c.users = map[string]*bucket{}
	}
}

package bot

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/fsnotify/fsnotify"

	"visitbot/bot/store"
	"visitbot/facts"
	"visitbot/index"
)

// Notifier keeps subscribed channels told of changes to the story. It
// watches the corpus folder; on a change it loads and checks the whole
// corpus, builds a new index, swaps it in, and queues an alert of what
// changed in the store's outbox. A sender delivers the outbox to Discord,
// once per channel, whatever happens to the process or to Discord.
type Notifier struct {
	Bot     *Bot
	Store   *store.Store       // nil: no alerts, the corpus is only watched and served
	Session *discordgo.Session // REST calls, with discordgo's rate limiting
	Log     *slog.Logger
	Metrics *Metrics // optional

	Dir        string                               // the corpus folder to watch; "" for the embedded corpus
	Build      func(facts.Source) (Answerer, error) // loads, checks and indexes a corpus; Load then index.New when nil
	Debounce   time.Duration                        // quiet time after a file event before reloading (500 ms)
	EditWindow time.Duration                        // how long an alert may be edited in place by the next (15 min)
	RetryBase  time.Duration                        // first wait after a failed delivery, doubled each time (2 s)
	MaxTries   int                                  // deliveries tried this many times fail for good (12)

	kick     chan struct{}
	reloadMu sync.Mutex // one reload at a time, so that a change is recorded once
}

func (n *Notifier) defaults() {
	if n.Build == nil {
		n.Build = func(src facts.Source) (Answerer, error) {
			c, err := src.Load()
			if err != nil {
				return nil, err
			}
			return index.New(c)
		}
	}
	if n.Debounce == 0 {
		n.Debounce = 500 * time.Millisecond
	}
	if n.EditWindow == 0 {
		n.EditWindow = 15 * time.Minute
	}
	if n.RetryBase == 0 {
		n.RetryBase = 2 * time.Second
	}
	if n.MaxTries == 0 {
		n.MaxTries = 12
	}
	n.kick = make(chan struct{}, 1)
}

// Run notices a change made while the bot was down, then watches and
// delivers until ctx ends.
func (n *Notifier) Run(ctx context.Context) error {
	n.defaults()
	if n.Dir != "" {
		// Watch first, then look: a change made in between is not missed.
		w, err := fsnotify.NewWatcher()
		if err != nil {
			return fmt.Errorf("watch corpus: %w", err)
		}
		defer w.Close()
		if err := w.Add(n.Dir); err != nil {
			return fmt.Errorf("watch corpus %s: %w", n.Dir, err)
		}
		go n.watch(ctx, w)
		n.Log.Info("watching the corpus for changes", "dir", n.Dir)
	}
	n.reloadMu.Lock()
	err := n.observe(n.Bot.Index().Corpus())
	n.reloadMu.Unlock()
	if err != nil {
		return err
	}
	if n.Dir != "" {
		n.Reload() // changed since the index was built? An invalid corpus is logged.
	}
	if n.Store == nil {
		<-ctx.Done()
		return nil
	}
	n.send(ctx)
	return nil
}

// watch reloads the corpus once its files have been quiet for a moment,
// so that an editor saving an article and its sheet causes one reload.
func (n *Notifier) watch(ctx context.Context, w *fsnotify.Watcher) {
	var quiet <-chan time.Time
	for {
		select {
		case <-ctx.Done():
			return
		case ev, ok := <-w.Events:
			if !ok {
				return
			}
			if name := filepath.Base(ev.Name); strings.HasPrefix(name, ".") || strings.HasSuffix(name, "~") {
				continue // editors' swap and backup files
			}
			quiet = time.After(n.Debounce)
		case err, ok := <-w.Errors:
			if !ok {
				return
			}
			n.Log.Warn("corpus watcher", "err", err)
		case <-quiet:
			quiet = nil
			n.Reload()
		}
	}
}

// Reload serves the corpus folder if it changed and is valid, and queues an
// alert. Whether it changed costs a hash of its files; only a changed
// corpus is loaded, checked and indexed, once. An invalid corpus changes
// nothing: the previous one keeps serving, and the log says which file and
// line is wrong.
func (n *Notifier) Reload() error {
	n.reloadMu.Lock()
	defer n.reloadMu.Unlock()
	src := facts.DirSource(n.Dir)
	if v, err := src.Version(); err == nil && v == n.Bot.Index().Corpus().Version {
		return nil // touched, not changed
	}
	ix, err := n.Build(src)
	if err != nil {
		n.Log.Error("corpus change rejected; still serving the previous version", "err", err)
		n.Metrics.reload("rejected")
		return err
	}
	c := ix.Corpus()
	n.Bot.Swap(ix)
	n.Metrics.reload("swapped")
	n.Log.Info("corpus reloaded", "version", c.Version, "articles", len(c.Articles))
	return n.observe(c)
}

// observe records the corpus as seen and queues an alert of what changed
// since the version seen before, in one transaction. The very first
// version has nothing to compare with and raises no alert.
func (n *Notifier) observe(c *facts.Corpus) error {
	if n.Store == nil {
		return nil
	}
	version, ok, err := n.Store.SeenVersion()
	if err != nil || ok && version == c.Version {
		return err // the snapshots are made and read only when the corpus changed
	}
	snap := c.Snapshot()
	var diff facts.Diff
	if ok {
		seen, _, err := n.Store.Seen()
		if err != nil {
			return err
		}
		diff = facts.Compare(seen, snap)
	}
	e, err := n.Store.Record(snap, diff, c.Story(), time.Now().UTC())
	if err != nil {
		return err
	}
	if e == nil {
		n.Log.Info("corpus version seen", "version", snap.Version, "changes", len(diff.Changes))
		return nil
	}
	n.Log.Info("alert queued", "entry", e.ID, "version", snap.Version, "changes", len(diff.Changes), "channels", len(e.Deliveries))
	select {
	case n.kick <- struct{}{}:
	default:
	}
	return nil
}

// send delivers the outbox whenever something is queued or a retry is due.
func (n *Notifier) send(ctx context.Context) {
	for {
		wait := 30 * time.Second
		if next := n.deliverDue(ctx); !next.IsZero() {
			wait = max(min(wait, time.Until(next)), time.Millisecond)
		}
		select {
		case <-ctx.Done():
			return
		case <-n.kick:
		case <-time.After(wait):
		}
	}
}

// deliverDue delivers every pending alert whose time has come, oldest
// first. A channel waiting on a retry gets nothing newer meanwhile, so its
// alerts arrive in order. It returns when the next retry is due.
func (n *Notifier) deliverDue(ctx context.Context) (next time.Time) {
	entries, err := n.Store.Pending()
	if err != nil {
		n.Log.Error("read the outbox", "err", err)
		return time.Now().Add(n.RetryBase)
	}
	held := map[string]bool{}
	for _, e := range entries {
		channels := make([]string, 0, len(e.Deliveries))
		for ch := range e.Deliveries {
			channels = append(channels, ch)
		}
		sort.Strings(channels)
		for _, ch := range channels {
			d := e.Deliveries[ch]
			if d.State != store.Pending || held[ch] {
				continue
			}
			if ctx.Err() != nil {
				return time.Time{}
			}
			if d.NextTry.After(time.Now()) {
				held[ch] = true
				if next.IsZero() || d.NextTry.Before(next) {
					next = d.NextTry
				}
				continue
			}
			if err := n.deliver(ctx, e, d); err != nil {
				held[ch] = true
				if next.IsZero() {
					next = time.Now().Add(n.RetryBase)
				}
			}
		}
	}
	return next
}

// deliver sends one alert to one channel: by editing the channel's last
// alert when it is recent, or as new messages. Each part is posted with a
// nonce that Discord enforces, and recorded as soon as it is accepted, so
// that a retry after a crash or a lost response creates no duplicate.
func (n *Notifier) deliver(ctx context.Context, e *store.Entry, d *store.Delivery) error {
	log := n.Log.With("entry", e.ID, "channel", d.ChannelID)
	diff := e.Diff.For(d.Topics)
	if len(d.Messages) == 0 {
		if done, err := n.editLast(ctx, log, e, d, diff); done || err != nil {
			return err
		}
	}
	parts := AlertMessages(e.Story, diff, d.Roles, false, e.Created)
	for i := len(d.Messages); i < len(parts); i++ {
		id, err := n.post(ctx, d.ChannelID, parts[i], nonce(e, d.ChannelID, i))
		if err != nil {
			return n.failed(ctx, log, e, d, err)
		}
		d.Messages = append(d.Messages, id)
		done := i == len(parts)-1
		var last *store.LastAlert
		if done {
			last = &store.LastAlert{Entry: e.ID, GuildID: d.GuildID, Messages: d.Messages, At: time.Now().UTC(), Diff: diff}
		}
		err = n.Store.Deliver(e.ID, d.ChannelID, func(x *store.Delivery) {
			x.Messages = append(x.Messages, id)
			if done {
				x.State, x.SentAt, x.Reason = store.Sent, time.Now().UTC(), ""
			}
		}, last)
		if err != nil {
			return err
		}
	}
	n.Metrics.alert("sent")
	log.Info("alert delivered", "messages", len(parts), "latency", time.Since(e.Created).Round(time.Millisecond))
	return nil
}

// editLast folds the alert into the channel's previous one, when that is
// recent and a single message: the message then shows both changes as one
// ("Updated: …") instead of a second alert. done is false when it could
// not, and the alert should be posted.
func (n *Notifier) editLast(ctx context.Context, log *slog.Logger, e *store.Entry, d *store.Delivery, diff facts.Diff) (done bool, err error) {
	last, ok, err := n.Store.LastAlert(d.ChannelID)
	if err != nil || !ok || last.Entry == e.ID || len(last.Messages) != 1 || time.Since(last.At) > n.EditWindow {
		return false, err
	}
	merged := facts.Merge(last.Diff, diff)
	parts := AlertMessages(e.Story, merged, nil, true, e.Created)
	if len(parts) != 1 {
		return false, nil
	}
	_, err = n.Session.ChannelMessageEditComplex(&discordgo.MessageEdit{ID: last.Messages[0], Channel: d.ChannelID,
		Embeds: &parts[0].Embeds, AllowedMentions: noPings()}, discordgo.WithContext(ctx))
	if apiCode(err) == discordgo.ErrCodeUnknownMessage {
		log.Info("the previous alert is gone; posting a new one", "message", last.Messages[0])
		return false, nil
	}
	if err != nil {
		return true, n.failed(ctx, log, e, d, err)
	}
	next := &store.LastAlert{Entry: e.ID, GuildID: d.GuildID, Messages: last.Messages, At: last.At, Diff: merged}
	err = n.Store.Deliver(e.ID, d.ChannelID, func(x *store.Delivery) {
		x.State, x.Edited, x.Messages, x.SentAt, x.Reason = store.Sent, true, last.Messages, time.Now().UTC(), ""
	}, next)
	if err != nil {
		return true, err
	}
	n.Metrics.alert("edited")
	log.Info("alert delivered by editing the previous one", "message", last.Messages[0])
	return true, nil
}

// alertBody is a message creation with Discord's idempotency fields, which
// discordgo's MessageSend lacks.
type alertBody struct {
	Content         string                            `json:"content,omitempty"`
	Embeds          []*discordgo.MessageEmbed         `json:"embeds"`
	AllowedMentions *discordgo.MessageAllowedMentions `json:"allowed_mentions"`
	Nonce           string                            `json:"nonce"`
	EnforceNonce    bool                              `json:"enforce_nonce"`
}

// post creates one message through the session's own request path, which
// keeps discordgo's rate limiting and its waiting out of 429s.
func (n *Notifier) post(ctx context.Context, channel string, m *discordgo.MessageSend, nonce string) (string, error) {
	for _, e := range m.Embeds {
		e.Type = discordgo.EmbedTypeRich
	}
	url := discordgo.EndpointChannelMessages(channel)
	resp, err := n.Session.RequestWithBucketID(http.MethodPost, url,
		alertBody{Content: m.Content, Embeds: m.Embeds, AllowedMentions: m.AllowedMentions, Nonce: nonce, EnforceNonce: true},
		url, discordgo.WithContext(ctx))
	if err != nil {
		return "", err
	}
	var msg discordgo.Message
	if err := json.Unmarshal(resp, &msg); err != nil || msg.ID == "" {
		return "", fmt.Errorf("create message in %s: unreadable response %.200q", channel, resp)
	}
	return msg.ID, nil
}

// nonce identifies one part of one alert to one channel, so that Discord
// can recognise a retry of it (at most 25 characters).
func nonce(e *store.Entry, channel string, part int) string {
	sum := sha256.Sum256(fmt.Appendf(nil, "%d/%s/%s/%d", e.ID, e.Diff.To, channel, part))
	return hex.EncodeToString(sum[:12])
}

// failed decides what a failed delivery means: a channel that is gone (404,
// or 403 Missing Access) loses its subscriptions; a server error or a
// network failure is retried with backoff; anything else fails the
// delivery for good, with the reason kept.
func (n *Notifier) failed(ctx context.Context, log *slog.Logger, e *store.Entry, d *store.Delivery, err error) error {
	if ctx.Err() != nil {
		return err // shutting down: the delivery stays pending for the next start
	}
	status, code := 0, apiCode(err)
	var re *discordgo.RESTError
	if errors.As(err, &re) && re.Response != nil {
		status = re.Response.StatusCode
	}
	reason := fmt.Sprintf("%d %s", status, errorText(err))
	switch {
	case status == http.StatusNotFound || (status == http.StatusForbidden && code == discordgo.ErrCodeMissingAccess):
		removed, dropErr := n.Store.DropChannel(d.ChannelID, reason)
		n.Metrics.alert("dropped")
		log.Warn("channel is gone or out of reach: its subscriptions are dropped", "reason", reason, "subscriptions", removed)
		if dropErr != nil {
			return dropErr
		}
		return err
	case status == 0 || status >= 500 || status == http.StatusTooManyRequests:
		tries := d.Attempts + 1
		wait := min(n.RetryBase<<min(tries-1, 20), 10*time.Minute)
		final := tries >= n.MaxTries
		saveErr := n.Store.Deliver(e.ID, d.ChannelID, func(x *store.Delivery) {
			x.Attempts, x.Reason, x.NextTry = tries, reason, time.Now().Add(wait)
			if final {
				x.State = store.Failed
			}
		}, nil)
		if final {
			n.Metrics.alert("failed")
			log.Error("alert not delivered after retries; giving up", "tries", tries, "reason", reason)
		} else {
			n.Metrics.alert("retried")
			log.Warn("alert delivery failed; will retry", "tries", tries, "retry_in", wait, "reason", reason)
		}
		if saveErr != nil {
			return saveErr
		}
		return err
	default:
		n.Metrics.alert("failed")
		log.Error("alert refused by Discord", "reason", reason)
		if saveErr := n.Store.Deliver(e.ID, d.ChannelID, func(x *store.Delivery) { x.State, x.Reason = store.Failed, reason }, nil); saveErr != nil {
			return saveErr
		}
		return err
	}
}

func apiCode(err error) int {
	var re *discordgo.RESTError
	if errors.As(err, &re) && re.Message != nil {
		return re.Message.Code
	}
	return 0
}

func errorText(err error) string {
	var re *discordgo.RESTError
	if errors.As(err, &re) && re.Message != nil {
		return re.Message.Message
	}
	return err.Error()
}

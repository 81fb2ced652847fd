package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"regexp"
	"runtime/debug"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/gorilla/websocket"
)

// DefaultAPIBase is where Discord is; DISCORD_API_BASE may point elsewhere,
// such as a self-hosted Discord-compatible server.
const DefaultAPIBase = "https://discord.com/"

// deferAfter is how long a reply may take before the bot acknowledges the
// interaction and follows up, well inside Discord's three seconds.
const deferAfter = 2 * time.Second

// Intents the bot asks for: none privileged. Without the MessageContent
// intent Discord still delivers the text of DMs and of messages that
// mention the bot, which is all it reads.
const Intents = discordgo.IntentsGuilds | discordgo.IntentsGuildMessages | discordgo.IntentsDirectMessages

// ErrFatalClose is returned when Discord closes the gateway with a code
// that no reconnect can fix, such as a bad token or disallowed intents.
var ErrFatalClose = errors.New("discord refused the connection")

var fatalCloseCodes = map[int]string{
	4004: "the token is wrong (authentication failed)",
	4010: "the shard is invalid",
	4011: "the bot is in too many guilds and must shard",
	4012: "the gateway version is invalid",
	4013: "the intents are invalid",
	4014: "the intents are not enabled for this application in the developer portal",
}

// Config is what the gateway needs to connect.
type Config struct {
	Token   string
	AppID   string // optional: read from READY when empty
	GuildID string // optional: register commands in one guild, which is instant
	APIBase string // optional: DefaultAPIBase when empty
}

// Gateway serves a Bot over Discord's gateway.
type Gateway struct {
	*interactor
	cfg     Config
	session *discordgo.Session
	fatal   chan error
	mu      sync.Mutex
	closing bool
	ctx     context.Context
	ready   atomic.Bool
}

// Ready reports whether the gateway is connected with its commands
// registered, for /readyz.
func (g *Gateway) Ready() bool { return g.ready.Load() }

// Session is the gateway's Discord session, for other REST calls such as
// alerts.
func (g *Gateway) Session() *discordgo.Session { return g.session }

// NewGateway prepares a session; Run connects it.
func NewGateway(b *Bot, cfg Config, log *slog.Logger) (*Gateway, error) {
	s, err := NewSession(cfg.Token, cfg.APIBase)
	if err != nil {
		return nil, err
	}
	s.Identify.Intents = Intents
	s.ShouldReconnectOnError = false // the gateway reconnects itself, and stops on fatal close codes
	return &Gateway{interactor: newInteractor(b, log, s), cfg: cfg, session: s, fatal: make(chan error, 1)}, nil
}

// NewSession returns a discordgo session for REST calls that reach apiBase
// (DefaultAPIBase when empty) through a host-rewriting client.
func NewSession(token, apiBase string) (*discordgo.Session, error) {
	s, err := discordgo.New("Bot " + token)
	if err != nil {
		return nil, err
	}
	if apiBase == "" {
		apiBase = DefaultAPIBase
	}
	rt, err := rewriteHost(apiBase, http.DefaultTransport)
	if err != nil {
		return nil, err
	}
	s.Client = &http.Client{Transport: rt, Timeout: 20 * time.Second}
	s.LogLevel = discordgo.LogError
	return s, nil
}

// rewriteHost sends every request for discord.com to base instead, so that
// discordgo's fixed endpoints reach a Discord-compatible server.
func rewriteHost(base string, next http.RoundTripper) (http.RoundTripper, error) {
	u, err := url.Parse(base)
	if err != nil || u.Scheme == "" || u.Host == "" {
		return nil, fmt.Errorf("DISCORD_API_BASE %q: want a URL such as https://discord.com/", base)
	}
	return roundTripper(func(r *http.Request) (*http.Response, error) {
		if r.URL.Host == "discord.com" && (u.Host != "discord.com" || u.Scheme != "https") {
			r = r.Clone(r.Context())
			r.URL.Scheme, r.URL.Host, r.Host = u.Scheme, u.Host, u.Host
		}
		return next.RoundTrip(r)
	}), nil
}

type roundTripper func(*http.Request) (*http.Response, error)

func (f roundTripper) RoundTrip(r *http.Request) (*http.Response, error) { return f(r) }

// Run connects, registers the commands and serves until ctx ends or
// Discord refuses the connection for good.
func (g *Gateway) Run(ctx context.Context) error {
	g.ctx = ctx
	s := g.session
	s.AddHandler(g.onInteraction)
	s.AddHandler(g.onMessage)
	s.AddHandler(func(*discordgo.Session, *discordgo.Disconnect) {
		g.ready.Store(false)
		go g.reconnect(ctx)
	})
	if err := g.open(); err != nil {
		return err
	}
	defer g.shutdown()
	defer g.pending.Wait() // follow-ups still on their way
	if g.cfg.AppID == "" && s.State.Application != nil {
		g.cfg.AppID = s.State.Application.ID
	}
	if g.cfg.AppID == "" {
		return errors.New("no application id: set DISCORD_APP_ID")
	}
	cmds, err := s.ApplicationCommandBulkOverwrite(g.cfg.AppID, g.cfg.GuildID, ApplicationCommands())
	if err != nil {
		return fmt.Errorf("register commands: %w", err)
	}
	where := "globally"
	if g.cfg.GuildID != "" {
		where = "in guild " + g.cfg.GuildID
	}
	g.log.Info("connected to Discord", "user", s.State.User.Username, "commands", len(cmds), "registered", where)
	g.ready.Store(true)
	select {
	case <-ctx.Done():
		return nil
	case err := <-g.fatal:
		return err
	}
}

func (g *Gateway) open() error {
	err := g.session.Open()
	var ce *websocket.CloseError
	if errors.As(err, &ce) {
		if why, fatal := fatalCloseCodes[ce.Code]; fatal {
			return fmt.Errorf("%w with close code %d: %s", ErrFatalClose, ce.Code, why)
		}
	}
	if err != nil {
		return fmt.Errorf("connect to Discord: %w", err)
	}
	return nil
}

// reconnect reopens a dropped connection, resuming the session, with
// backoff; a fatal close code ends the bot instead of retrying forever.
func (g *Gateway) reconnect(ctx context.Context) {
	for wait := 500 * time.Millisecond; ; wait = min(2*wait, time.Minute) {
		g.mu.Lock()
		closing := g.closing
		g.mu.Unlock()
		if closing || ctx.Err() != nil {
			return
		}
		err := g.open()
		if err == nil || errors.Is(err, discordgo.ErrWSAlreadyOpen) {
			g.Metrics.reconnected()
			g.ready.Store(true)
			g.log.Info("reconnected to Discord")
			return
		}
		if errors.Is(err, ErrFatalClose) {
			select {
			case g.fatal <- err:
			default:
			}
			return
		}
		g.log.Warn("reconnecting to Discord", "err", err, "retry_in", wait)
		select {
		case <-ctx.Done():
			return
		case <-time.After(wait):
		}
	}
}

func (g *Gateway) shutdown() {
	g.mu.Lock()
	g.closing = true
	g.mu.Unlock()
	g.session.Close()
}

// onInteraction answers one interaction through the gateway's REST calls.
func (g *Gateway) onInteraction(s *discordgo.Session, ic *discordgo.InteractionCreate) {
	i := ic.Interaction
	g.answer(g.ctx, i, func(resp *discordgo.InteractionResponse) {
		if err := s.InteractionRespond(i, resp); err != nil {
			g.Metrics.restError("interaction_response")
			g.log.Error("interaction response failed", "interaction", i.ID, "err", err)
		}
	})
}

var mentionTag = regexp.MustCompile(`<@!?\d+>`)

// onMessage answers a DM, or a message that mentions the bot, as /ask, in a
// reply to that message.
func (g *Gateway) onMessage(s *discordgo.Session, m *discordgo.MessageCreate) {
	log := g.log.With("message", m.ID)
	defer func() {
		if p := recover(); p != nil {
			log.Error("message handler panicked", "panic", p, "stack", string(debug.Stack()))
		}
	}()
	me := s.State.User
	if m.Author == nil || m.Author.Bot || me == nil || m.Author.ID == me.ID {
		return
	}
	mentioned := m.GuildID == ""
	for _, u := range m.Mentions {
		mentioned = mentioned || u.ID == me.ID
	}
	if !mentioned {
		return
	}
	reply := Reply{}
	if ok, wait := g.allow(m.Author.ID, m.ChannelID); !ok {
		reply = slowDown(wait)
	} else {
		ctx, cancel := context.WithTimeout(g.ctx, 10*time.Second)
		defer cancel()
		q := strings.TrimSpace(mentionTag.ReplaceAllString(m.Content, " "))
		var err error
		start := time.Now()
		reply, err = g.bot.Handle(ctx, Request{Command: "ask", Options: map[string]string{"question": q}, UserID: m.Author.ID})
		g.Metrics.command("mention", outcome(reply, err), time.Since(start))
		if err != nil && !reply.Failed {
			log.Error("handler failed", "err", err)
			reply = oops
		}
	}
	send := &discordgo.MessageSend{Reference: m.Reference(), AllowedMentions: noPings()}
	if reply.Failed {
		send.Content = cut(reply.Text, maxContent)
	} else {
		send.Embeds = []*discordgo.MessageEmbed{Embed(reply)}
	}
	if _, err := s.ChannelMessageSendComplex(m.ChannelID, send); err != nil {
		g.Metrics.restError("message")
		log.Error("reply failed", "err", err)
	}
}

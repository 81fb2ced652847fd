package bot

import (
	"context"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"visitbot/facts"
	"visitbot/index"
)

// Answerer is what the bot needs of the index.
type Answerer interface {
	Answer(ctx context.Context, question string) (index.Answer, error)
	Lookup(name string) index.Card
	Search(ctx context.Context, text string, limit int) ([]index.Hit, error)
	Suggest(prefix string, n int) []string
	Corpus() *facts.Corpus
}

var _ Answerer = (*index.Index)(nil)

// Bot serves commands from the current index. The index can be swapped
// while requests run: each request sees one index from start to end.
type Bot struct {
	*shared
	ix Answerer // the index this request uses; nil on the long-lived Bot
}

type shared struct {
	live     atomic.Pointer[liveIndex]
	commands map[string]Command
	alerts   Alerts // nil when alerts are off
}

// liveIndex is an index in service. Requests hold it for reading; a swap
// takes it for writing before closing it, so that no request sees a closed
// index.
type liveIndex struct {
	ix     Answerer
	mu     sync.RWMutex
	closed bool
}

// OptionKind is what an option's value is, which the transport declares to
// Discord.
type OptionKind int

// The kinds of option.
const (
	TextOption OptionKind = iota // free text
	FlagOption                   // yes or no, such as "hide"
	RoleOption                   // a role of the server
	PageOption                   // a whole number from 1
)

// Option describes one option of a command.
type Option struct {
	Name         string
	Description  string
	Required     bool
	Autocomplete bool // the transport may offer Suggest's names as the user types
	Kind         OptionKind
	Choices      []string // the only values allowed, offered as a list
}

// Command is one thing a user can ask for. The same table routes requests
// and, on Discord, registers the slash commands.
type Command struct {
	Name        string
	Description string
	Options     []Option
	Handle      func(ctx context.Context, b *Bot, r Request) (Reply, error)
	// ManageChannels limits the command to members who may manage the
	// channel, checked on each request; Discord still shows it to the
	// others (default_member_permissions is not set: see discord.go).
	ManageChannels bool
}

// Main is the command's first option, the one a console line fills in.
func (c Command) Main() string {
	if len(c.Options) == 0 || c.Options[0].Kind == FlagOption {
		return ""
	}
	return c.Options[0].Name
}

var hide = Option{Name: "hide", Description: "Show the reply only to you", Kind: FlagOption}

// Commands lists every command, in the order help shows them.
func Commands() []Command {
	return []Command{
		{Name: "ask", Description: "Ask a question about the story; the answer quotes the article",
			Options: []Option{{Name: "question", Description: "Your question", Required: true}, hide}, Handle: ask},
		{Name: "whois", Description: "Who or what someone or something in the story is",
			Options: []Option{{Name: "name", Description: "A name, alias or spelling", Required: true, Autocomplete: true}, hide}, Handle: whois},
		{Name: "search", Description: "Find sentences in the article",
			Options: []Option{{Name: "query", Description: "Words to find", Required: true}, {Name: "page", Description: "Page of results", Kind: PageOption}, hide}, Handle: search},
		{Name: "casualties", Description: "Every casualty figure, with who reported it",
			Options: []Option{hide}, Handle: casualties},
		{Name: "timeline", Description: "The events in order, dated where the article dates them",
			Options: []Option{hide}, Handle: timeline},
		{Name: "source", Description: "The article: its sections, or one section's text",
			Options: []Option{{Name: "section", Description: "A section name", Autocomplete: true}, hide}, Handle: source},
		{Name: "subscribe", Description: "Post an alert in this channel when the story's facts change",
			Options: []Option{{Name: "topic", Description: "Which facts (default: all)", Choices: topicChoices()},
				{Name: "role", Description: "A role to mention in each alert (the only ping visitbot makes)", Kind: RoleOption}},
			Handle: subscribe, ManageChannels: true},
		{Name: "unsubscribe", Description: "Stop this channel's alerts",
			Options: []Option{{Name: "topic", Description: "Which topic to stop (default: every topic)", Choices: topicChoices()}},
			Handle:  unsubscribe, ManageChannels: true},
		{Name: "subscriptions", Description: "This channel's alert subscriptions and the last alert delivered",
			Handle: subscriptions},
		{Name: "help", Description: "What visitbot can do", Handle: help},
	}
}

// New returns a bot over an index. Registering a command name twice is a
// programming error and panics at start-up.
func New(ix Answerer) *Bot {
	b := &Bot{shared: &shared{commands: register(Commands())}}
	b.live.Store(&liveIndex{ix: ix})
	return b
}

// Swap puts next in service and closes the index it replaces (if it is an
// io.Closer) once the requests using it have finished.
func (b *Bot) Swap(next Answerer) {
	b.live.Swap(&liveIndex{ix: next}).close()
}

// Close closes the index in service.
func (b *Bot) Close() error { return b.live.Load().close() }

// close closes an index once its requests have finished (they hold its
// read lock), and only once.
func (l *liveIndex) close() error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.closed {
		return nil
	}
	l.closed = true
	if c, ok := l.ix.(io.Closer); ok {
		return c.Close()
	}
	return nil
}

// Index returns the index in service.
func (b *Bot) Index() Answerer { return b.live.Load().ix }

// acquire returns the index in service, held until release is called.
func (b *Bot) acquire() (ix Answerer, release func()) {
	for {
		l := b.live.Load()
		l.mu.RLock()
		if !l.closed {
			return l.ix, l.mu.RUnlock
		}
		l.mu.RUnlock() // swapped out meanwhile: take the new one
	}
}

// view is the bot as one request sees it: with one index, held.
func (b *Bot) view() (*Bot, func()) {
	ix, release := b.acquire()
	return &Bot{shared: b.shared, ix: ix}, release
}

func register(list []Command) map[string]Command {
	m := map[string]Command{}
	for _, c := range list {
		if _, dup := m[c.Name]; dup {
			panic("bot: command registered twice: " + c.Name)
		}
		m[c.Name] = c
	}
	return m
}

// ErrUnknownCommand is returned for a command the bot does not have.
var ErrUnknownCommand = errors.New("unknown command")

// Handle routes a request to its command. A hidden reply is private.
func (b *Bot) Handle(ctx context.Context, r Request) (Reply, error) {
	c, ok := b.commands[r.Command]
	if !ok {
		return Reply{Failed: true, Private: true, Text: fmt.Sprintf("There is no /%s command. Try /help.", echo(r.Command))},
			fmt.Errorf("%w: %q", ErrUnknownCommand, r.Command)
	}
	if c.ManageChannels && !r.ManageChannels && r.GuildID != "" {
		return Reply{Failed: true, Private: true,
			Text: fmt.Sprintf("Only members who can manage this channel (the Manage Channels permission) can use /%s here.", c.Name)}, nil
	}
	v, release := b.view()
	defer release()
	reply, err := c.Handle(ctx, v, r)
	if isYes(r.Option("hide")) {
		reply.Private = true
	}
	return reply, err
}

// Suggest returns up to n entity names for a partly typed name.
func (b *Bot) Suggest(prefix string, n int) []string {
	ix, release := b.acquire()
	defer release()
	return ix.Suggest(prefix, n)
}

// Sections returns the section names of every article, for autocomplete.
func (b *Bot) Sections() []string {
	ix, release := b.acquire()
	defer release()
	return sections(ix)
}

func sections(ix Answerer) []string {
	var out []string
	c := ix.Corpus()
	for _, a := range c.Articles {
		for _, s := range a.Sections {
			out = append(out, c.SectionName(facts.Ref{Article: a.ID, Section: s.Name}))
		}
	}
	return out
}

// echo makes user text safe to repeat in a reply: one short line with no
// markup, so that it can neither break the reply's layout nor mention anyone.
func echo(s string) string {
	s, _ = index.Clean(s, 80)
	s = strings.Map(func(r rune) rune {
		if strings.ContainsRune("*_`~|>#[]()<@\\", r) {
			return -1
		}
		return r
	}, s)
	if s == "" {
		return "…"
	}
	return s
}

func isYes(v string) bool {
	switch strings.ToLower(strings.TrimSpace(v)) {
	case "true", "yes", "1", "on":
		return true
	}
	return false
}

func (b *Bot) quotes(cs []index.Citation) []Quote {
	out := make([]Quote, 0, len(cs))
	for _, c := range cs {
		out = append(out, Quote{Text: c.Text, Cite: b.ix.Corpus().Cite(c.Ref())})
	}
	return out
}

func ask(ctx context.Context, b *Bot, r Request) (Reply, error) {
	a, err := b.ix.Answer(ctx, r.Option("question"))
	if errors.Is(err, index.ErrEmptyQuestion) {
		return Reply{Failed: true, Private: true,
			Text: "Ask a question about the story, for example: how many children were killed?"}, nil
	}
	if err != nil {
		return Reply{}, err
	}
	reply := Reply{Text: a.Text, Footer: a.Note}
	if a.Answered {
		reply.Quotes = b.quotes(a.Citations)
		if len(a.Citations) > 0 {
			reply.Source = b.ix.Corpus().SectionName(a.Citations[0].Ref())
		}
	} else {
		reply.Silent = true
		reply.Quotes = b.quotes(a.Nearest)
		if len(reply.Quotes) > 0 {
			reply.QuoteHead = "Nearest passages"
		}
	}
	if len(a.Suggestions) > 0 {
		reply.Footer = strings.TrimSpace(reply.Footer + " Did you mean: " + strings.Join(a.Suggestions, ", ") + "?")
	}
	return reply, nil
}

func whois(ctx context.Context, b *Bot, r Request) (Reply, error) {
	name := r.Option("name")
	if strings.TrimSpace(name) == "" {
		return Reply{Failed: true, Private: true, Text: "Give a name, for example: /whois Jilani"}, nil
	}
	c := b.ix.Lookup(name)
	if !c.Found {
		text := fmt.Sprintf("No one called “%s” appears in the article.", echo(c.Query))
		if len(c.Suggestions) > 0 {
			text += " Did you mean: " + strings.Join(c.Suggestions, ", ") + "?"
		}
		return Reply{Failed: true, Private: true, Text: text}, nil
	}
	reply := Reply{Title: c.Name, Text: c.Summary, Quotes: b.quotes(c.Citations)}
	if len(c.Citations) > 0 {
		reply.Source = b.ix.Corpus().SectionName(c.Citations[0].Ref())
	}
	reply.Fields = append(reply.Fields, Field{"Kind", c.Kind})
	if c.Role != "" {
		reply.Fields = append(reply.Fields, Field{"Role", c.Role})
	}
	if c.Country != "" && c.Kind != "country" {
		reply.Fields = append(reply.Fields, Field{"Country", c.Country})
	}
	if len(c.Aliases) > 0 {
		reply.Fields = append(reply.Fields, Field{"Also known as", strings.Join(c.Aliases, ", ")})
	}
	var where []string
	for _, m := range c.Mentions {
		where = append(where, fmt.Sprintf("%s %d", m.Section, m.Sentence))
	}
	if len(where) > 0 {
		reply.Fields = append(reply.Fields, Field{fmt.Sprintf("Mentioned in %d %s", len(where), plural(len(where), "sentence")), strings.Join(where, "; ")})
	}
	return reply, nil
}

// PageSize is how many search hits one page shows.
const PageSize = 5

func search(ctx context.Context, b *Bot, r Request) (Reply, error) {
	q := r.Option("query")
	if strings.TrimSpace(q) == "" {
		return Reply{Failed: true, Private: true, Text: "Give some words to find, for example: /search ambassador"}, nil
	}
	hits, err := b.ix.Search(ctx, q, index.MaxHits)
	if err != nil {
		return Reply{}, err
	}
	if len(hits) == 0 {
		return Reply{Text: fmt.Sprintf("No sentence of the article matches “%s”.", echo(q))}, nil
	}
	pages := (len(hits) + PageSize - 1) / PageSize
	page := 1
	fmt.Sscan(r.Option("page"), &page)
	page = min(max(page, 1), pages)
	reply := Reply{Text: fmt.Sprintf("%d %s match “%s”.", len(hits), plural(len(hits), "sentence"), echo(q))}
	for _, h := range hits[(page-1)*PageSize : min(page*PageSize, len(hits))] {
		reply.Quotes = append(reply.Quotes, Quote{Text: h.Highlight, Cite: b.ix.Corpus().Cite(h.Ref())})
	}
	if pages > 1 {
		reply.Footer = fmt.Sprintf("Page %d of %d", page, pages)
		reply.Paging = &Paging{Query: q, Page: page, Pages: pages}
	}
	return reply, nil
}

func casualties(ctx context.Context, b *Bot, r Request) (Reply, error) {
	reply := Reply{Title: "Casualty figures"}
	var lines []string
	for _, a := range b.ix.Corpus().Articles {
		for _, f := range a.Facts.Figures {
			line := fmt.Sprintf("**%s** %s", f.Stated, f.Counted)
			if f.Where != facts.NotStated {
				line += " in " + f.Where
			}
			if f.ReportedBy != facts.NotStated {
				line += ", reported by " + f.ReportedBy
			} else {
				line += " (who reported it is not stated)"
			}
			lines = append(lines, "• "+line)
			c := f.Cites[0]
			reply.Quotes = append(reply.Quotes, Quote{Text: citedText(a, c.Ref), Cite: b.ix.Corpus().Cite(c.Ref)})
		}
	}
	if len(lines) == 0 {
		reply.Text = "The article gives no casualty figures."
		return reply, nil
	}
	reply.Text = strings.Join(lines, "\n")
	reply.Footer = "The figures are shown as the article gives them; some overlap, so they are not added up."
	return reply, nil
}

func timeline(ctx context.Context, b *Bot, r Request) (Reply, error) {
	reply := Reply{Title: "Timeline"}
	var lines []string
	c := b.ix.Corpus()
	for _, a := range c.Articles {
		for _, e := range a.Facts.Events {
			line := fmt.Sprintf("%d. ", len(lines)+1)
			if e.When != facts.NotStated {
				line += "**" + upperFirst(e.When) + "**: "
			}
			lines = append(lines, line+e.Says+" ["+c.Cite(e.Dated().Ref)+"]")
		}
	}
	if len(lines) == 0 {
		reply.Text = "The article records no events."
		return reply, nil
	}
	reply.Text = strings.Join(lines, "\n")
	reply.Footer = "In the order they happened, as far as the article tells; dates only where it gives them."
	return reply, nil
}

func source(ctx context.Context, b *Bot, r Request) (Reply, error) {
	c := b.ix.Corpus()
	name := strings.TrimSpace(r.Option("section"))
	if name == "" {
		reply := Reply{Title: c.Story()}
		var blocks []string
		for _, a := range c.Articles {
			var lines []string
			if len(c.Articles) > 1 {
				lines = append(lines, fmt.Sprintf("**%s** (%s)", a.Title, a.File))
			}
			for _, s := range a.Sections {
				name := c.SectionName(facts.Ref{Article: a.ID, Section: s.Name})
				lines = append(lines, fmt.Sprintf("• %s (%d %s)", name, len(s.Sentences), plural(len(s.Sentences), "sentence")))
			}
			blocks = append(blocks, strings.Join(lines, "\n"))
		}
		reply.Text = strings.Join(blocks, "\n\n")
		reply.Footer = "Read one section with /source section:<name>"
		return reply, nil
	}
	if a, s, ok := c.FindSection(name); ok {
		reply := Reply{Title: a.Title + " — " + s.Name}
		var lines []string
		for _, x := range s.Sentences {
			lines = append(lines, fmt.Sprintf("[%d] %s", x.Ref.N, x.Text))
		}
		reply.Text = strings.Join(lines, " ")
		return reply, nil
	}
	names := sections(b.ix)
	sort.Strings(names)
	return Reply{Failed: true, Private: true,
		Text: fmt.Sprintf("There is no section “%s”. Sections: %s.", echo(name), strings.Join(names, ", "))}, nil
}

func help(ctx context.Context, b *Bot, r Request) (Reply, error) {
	reply := Reply{Title: "visitbot", Private: true,
		Text: "I answer questions about one news story, “" + b.ix.Corpus().Story() + "”, and quote the sentences I rest on. " +
			"When the article doesn't say, I tell you so."}
	for _, c := range Commands() {
		reply.Fields = append(reply.Fields, Field{"/" + c.Name, c.Description})
	}
	reply.Footer = "Examples: /ask how many children were killed? · /whois Jilani · /search ambassador"
	return reply, nil
}

func citedText(a *facts.Article, r facts.Ref) string {
	s, _ := a.Sentence(r)
	return s.Text
}

func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

func plural(n int, word string) string {
	if n == 1 {
		return word
	}
	return word + "s"
}

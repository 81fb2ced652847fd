package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"path/filepath"
	"strings"
	"sync/atomic"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/joho/godotenv"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"visitbot/bot"
	"visitbot/bot/store"
	"visitbot/facts"
	"visitbot/index"
)

// usageError is a mistake in how visitbot was called: exit code 2.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error { return usageError{fmt.Sprintf(format, args...)} }

const usage = `visitbot answers questions about a news story, quoting the sentences it rests on.

Usage:
  visitbot                           a console: type a question, or a command such as /whois Jilani
  visitbot run                       answer on Discord (needs DISCORD_TOKEN): registers the slash
                                     commands and connects to the gateway
  visitbot http                      serve Discord's HTTP interactions on VISITBOT_HTTP_ADDR
                                     (needs DISCORD_PUBLIC_KEY); replicas share a stored index,
                                     and the one with DISCORD_TOKEN and VISITBOT_DATA sends alerts
  visitbot commands sync             register the slash commands (needs DISCORD_TOKEN, DISCORD_APP_ID)
  visitbot ask [--json] QUESTION     answer a question (no QUESTION: one per line from stdin)
  visitbot whois [--json] NAME       who or what NAME is, and where the article mentions it
  visitbot search [--json] [--limit N] TEXT
                                     sentences that match TEXT, with the matches in **bold**
  visitbot facts check [DIR]         validate a corpus folder (default: the embedded corpus)
  visitbot facts diff [--json] OLD NEW
                                     the facts added, changed and removed from one corpus folder
                                     to another, as an alert would list them
  visitbot eval [--json] [--split NAME] [--file F]
                                     score answers against an evaluation set, each of its splits
                                     (dev, heldout, fresh, blind…) and all
  visitbot bench [--json] [--rounds N] [--cold N] [--http D] [--http-rate N] [--file F]
                                     visitbot against an SQLite FTS5 (bm25) baseline on the
                                     evaluation set, the cold start of visitbot ask, and HTTP load
  visitbot bench --scale 1k,10k,100k [--json] [--chart FILE.svg]
                                     build, disk, reopen, answer time and memory on synthetic corpora

Environment (also read from a .env file in the working folder):
  VISITBOT_CORPUS   folder of articles (NAME.txt or NAME.md, each with NAME.yaml) to use
                    instead of the embedded story; run and http reload it when it changes
  VISITBOT_DATA     a folder for visitbot's data: the index, kept on disk and reopened while
                    the corpus is unchanged; and the database that turns on /subscribe and
                    alerts (run, and http with DISCORD_TOKEN), for one process only
  DISCORD_TOKEN     the bot's token, for visitbot run, and for alerts from visitbot http
  DISCORD_APP_ID    the application id (default: from Discord at connection)
  DISCORD_GUILD_ID  register the commands in this guild only, which takes effect at once
  DISCORD_API_BASE  a Discord-compatible server (default https://discord.com/)
  DISCORD_PUBLIC_KEY  the application's public key (hex), for visitbot http
  VISITBOT_HTTP_ADDR  where visitbot http listens (default 127.0.0.1:8080)
  LOG_LEVEL         debug, info (default), warn or error
  LOG_FORMAT        text (default) or json
  VISITBOT_METRICS_ADDR  serve Prometheus /metrics, /healthz and /readyz here (run and http)

GOGC and GOMEMLIMIT, set in the real environment (not .env), replace the collector's settings
visitbot starts with: GOGC=400 and a soft limit of 192 MiB.

Exit codes: 0 ok, 1 error, 2 bad usage.
`

// run is visitbot's whole life: it parses args, reads .env, loads the corpus
// and runs one command. Tests call it directly.
func run(ctx context.Context, args []string, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) error {
	getenv = withDotenv(getenv)
	if len(args) == 0 {
		return console(ctx, getenv, stdin, stdout)
	}
	if args[0] == "help" || args[0] == "-h" || args[0] == "--help" || args[0] == "-help" {
		fmt.Fprint(stdout, usage)
		return nil
	}
	cmd, args := args[0], args[1:]
	switch cmd {
	case "run":
		return cmdRun(ctx, args, getenv, stderr)
	case "http":
		return cmdHTTP(ctx, args, getenv, stderr)
	case "commands":
		return cmdCommands(args, getenv, stdout, stderr)
	case "ask":
		return cmdAsk(ctx, args, getenv, stdin, stdout, stderr)
	case "whois":
		return cmdWhois(ctx, args, getenv, stdout, stderr)
	case "search":
		return cmdSearch(ctx, args, getenv, stdout, stderr)
	case "facts":
		return cmdFacts(args, getenv, stdout, stderr)
	case "eval":
		return cmdEval(ctx, args, getenv, stdout, stderr)
	case "bench":
		return cmdBench(ctx, args, getenv, stdout, stderr)
	default:
		return usagef("unknown command %q (try visitbot --help)", cmd)
	}
}

// withDotenv lets values from a .env file in the working folder fill in what
// the environment leaves unset. The process environment is not changed.
func withDotenv(getenv func(string) string) func(string) string {
	file, err := godotenv.Read(".env")
	if err != nil {
		return getenv
	}
	return func(key string) string {
		if v := getenv(key); v != "" {
			return v
		}
		return file[key]
	}
}

func newFlags(name, synopsis string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "Usage: visitbot %s\n", synopsis)
		fs.PrintDefaults()
	}
	return fs
}

// parse parses flags; --help is not an error, a bad flag is a usage error.
func parse(fs *flag.FlagSet, args []string) (help bool, err error) {
	err = fs.Parse(args)
	if errors.Is(err, flag.ErrHelp) {
		return true, nil
	}
	if err != nil {
		return false, usageError{err.Error()}
	}
	return false, nil
}

func loadCorpus(getenv func(string) string) (*facts.Corpus, error) {
	if dir := getenv("VISITBOT_CORPUS"); dir != "" {
		return facts.LoadDir(dir)
	}
	return facts.Default()
}

func openIndex(getenv func(string) string) (*index.Index, error) {
	if data := getenv("VISITBOT_DATA"); data != "" {
		return openStored(getenv, data)
	}
	c, err := loadCorpus(getenv)
	if err != nil {
		return nil, err
	}
	return index.New(c)
}

// newLogger writes the operator's log to stderr at LOG_LEVEL, as text, or
// as JSON lines when LOG_FORMAT=json.
func newLogger(getenv func(string) string, stderr io.Writer) (*slog.Logger, error) {
	var level slog.Level
	if v := getenv("LOG_LEVEL"); v != "" {
		if err := level.UnmarshalText([]byte(v)); err != nil {
			return nil, usagef("LOG_LEVEL %q: want debug, info, warn or error", v)
		}
	}
	opts := &slog.HandlerOptions{Level: level}
	if getenv("LOG_FORMAT") == "json" {
		return slog.New(slog.NewJSONHandler(stderr, opts)), nil
	}
	return slog.New(slog.NewTextHandler(stderr, opts)), nil
}

func cmdRun(ctx context.Context, args []string, getenv func(string) string, stderr io.Writer) error {
	fs := newFlags("run", "run   (configured by the environment or .env: see visitbot --help)", stderr)
	if help, err := parse(fs, args); help || err != nil {
		return err
	}
	token := getenv("DISCORD_TOKEN")
	if token == "" {
		return usagef("visitbot run needs DISCORD_TOKEN (copy .env.example to .env and fill it in), or run visitbot alone for the console")
	}
	log, err := newLogger(getenv, stderr)
	if err != nil {
		return err
	}
	ix, err := openIndex(getenv)
	if err != nil {
		return err
	}
	b := bot.New(ix)
	defer b.Close()
	g, err := bot.NewGateway(b, bot.Config{Token: token, AppID: getenv("DISCORD_APP_ID"),
		GuildID: getenv("DISCORD_GUILD_ID"), APIBase: getenv("DISCORD_API_BASE")}, log)
	if err != nil {
		return err
	}
	g.Metrics = bot.NewMetrics()
	stopAlerts, err := startNotifier(ctx, getenv, b, g.Session(), g.Metrics, log)
	if err != nil {
		return err
	}
	defer stopAlerts()
	if err := serveOps(ctx, getenv, g.Metrics, g.Ready, log); err != nil {
		return err
	}
	err = g.Run(ctx)
	log.Info("stopped")
	return err
}

// startNotifier keeps the bot's index and its subscribers up to date. With
// VISITBOT_CORPUS set, the folder is watched and a changed corpus served
// at once. With VISITBOT_DATA set and a session to post with, alerts are on:
// the store opens there and changes are sent to subscribed channels. Each
// new version of the corpus is stored beside the old in VISITBOT_DATA, so
// that the next start reopens it. stop waits for the notifier and closes
// the store.
func startNotifier(ctx context.Context, getenv func(string) string, b *bot.Bot, s *discordgo.Session, m *bot.Metrics, log *slog.Logger) (stop func(), err error) {
	data, corpus := getenv("VISITBOT_DATA"), getenv("VISITBOT_CORPUS")
	alerts := data != "" && s != nil
	if !alerts {
		log.Info("alerts are off: they need VISITBOT_DATA, a folder to keep subscriptions in (and DISCORD_TOKEN in http mode)")
		if corpus == "" {
			return func() {}, nil
		}
	}
	n := &bot.Notifier{Bot: b, Session: s, Log: log.With("part", "notifier"), Metrics: m, Dir: corpus}
	if alerts {
		st, err := store.Open(data)
		if err != nil {
			return nil, err
		}
		b.EnableAlerts(st)
		n.Store = st
	}
	if data != "" && corpus != "" {
		n.Build = func(src facts.Source) (bot.Answerer, error) {
			return index.Open(filepath.Join(data, "index"), src, index.Options{})
		}
	}
	ctx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() {
		defer close(done)
		if err := n.Run(ctx); err != nil {
			log.Error("notifier stopped", "err", err)
		}
	}()
	if alerts {
		log.Info("alerts are on", "data", data, "watching", corpus != "")
	}
	return func() {
		cancel()
		<-done
		if n.Store != nil {
			n.Store.Close()
		}
	}, nil
}

// serveOps serves /metrics, /healthz and /readyz on VISITBOT_METRICS_ADDR,
// if set, until ctx ends.
func serveOps(ctx context.Context, getenv func(string) string, m *bot.Metrics, ready func() bool, log *slog.Logger) error {
	addr := getenv("VISITBOT_METRICS_ADDR")
	if addr == "" {
		return nil
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("metrics: listen on %s: %w", addr, err)
	}
	mux := http.NewServeMux()
	mux.Handle("GET /metrics", promhttp.HandlerFor(m.Registry, promhttp.HandlerOpts{}))
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "ok\n") })
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, r *http.Request) {
		if !ready() {
			http.Error(w, "not ready", http.StatusServiceUnavailable)
			return
		}
		io.WriteString(w, "ready\n")
	})
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	go srv.Serve(ln)
	go func() {
		<-ctx.Done()
		srv.Close()
	}()
	log.Info("serving metrics", "addr", ln.Addr().String())
	return nil
}

func cmdHTTP(ctx context.Context, args []string, getenv func(string) string, stderr io.Writer) error {
	fs := newFlags("http", "http   (configured by the environment or .env: see visitbot --help)", stderr)
	if help, err := parse(fs, args); help || err != nil {
		return err
	}
	log, err := newLogger(getenv, stderr)
	if err != nil {
		return err
	}
	if getenv("DISCORD_PUBLIC_KEY") == "" {
		return usagef("visitbot http needs DISCORD_PUBLIC_KEY, the application's public key from the developer portal")
	}
	addr := getenv("VISITBOT_HTTP_ADDR")
	if addr == "" {
		addr = "127.0.0.1:8080"
	}
	// Listen first, so that /healthz says "loading" rather than nothing.
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("listen on %s: %w", addr, err)
	}
	var handler atomic.Pointer[http.Handler]
	srv := &http.Server{ReadHeaderTimeout: 5 * time.Second, ReadTimeout: 10 * time.Second, WriteTimeout: 10 * time.Second,
		Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if h := handler.Load(); h != nil {
				(*h).ServeHTTP(w, r)
				return
			}
			http.Error(w, "loading", http.StatusServiceUnavailable)
		})}
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	log.Info("listening for Discord interactions", "addr", ln.Addr().String())

	ix, err := openIndex(getenv)
	if err != nil {
		srv.Close()
		return err
	}
	b := bot.New(ix)
	defer b.Close()
	e, err := bot.NewHTTPEndpoint(b, getenv("DISCORD_PUBLIC_KEY"), getenv("DISCORD_API_BASE"), log)
	if err != nil {
		srv.Close()
		return usagef("%v", err)
	}
	e.Metrics = bot.NewMetrics()
	// Alerts are posted with the bot's token; interactions need none. A
	// replica without the token shares the stored index and only answers.
	var poster *discordgo.Session
	if getenv("DISCORD_TOKEN") != "" && getenv("VISITBOT_DATA") != "" {
		if poster, err = bot.NewSession(getenv("DISCORD_TOKEN"), getenv("DISCORD_API_BASE")); err != nil {
			srv.Close()
			return err
		}
	}
	stopNotifier, err := startNotifier(ctx, getenv, b, poster, e.Metrics, log)
	if err != nil {
		srv.Close()
		return err
	}
	defer stopNotifier()
	if err := serveOps(ctx, getenv, e.Metrics, e.Ready, log); err != nil {
		srv.Close()
		return err
	}
	e.SetReady()
	h := e.Handler()
	handler.Store(&h)
	log.Info("ready")

	select {
	case err := <-served:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	// Finish the requests in flight, then the follow-ups they started.
	shutdown, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	err = srv.Shutdown(shutdown)
	e.Wait()
	log.Info("stopped")
	return err
}

func cmdCommands(args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	if len(args) == 0 || args[0] != "sync" {
		return usagef("usage: visitbot commands sync")
	}
	token, app := getenv("DISCORD_TOKEN"), getenv("DISCORD_APP_ID")
	if token == "" || app == "" {
		return usagef("visitbot commands sync needs DISCORD_TOKEN and DISCORD_APP_ID")
	}
	s, err := bot.NewSession(token, getenv("DISCORD_API_BASE"))
	if err != nil {
		return err
	}
	cmds, err := s.ApplicationCommandBulkOverwrite(app, getenv("DISCORD_GUILD_ID"), bot.ApplicationCommands())
	if err != nil {
		return fmt.Errorf("register commands: %w", err)
	}
	fmt.Fprintf(stdout, "registered %d commands\n", len(cmds))
	return nil
}

func cmdAsk(ctx context.Context, args []string, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("ask", "ask [--json] QUESTION   (no QUESTION: read one per line from stdin)", stderr)
	asJSON := fs.Bool("json", false, "print one JSON object per answer")
	if help, err := parse(fs, args); help || err != nil {
		return err
	}
	ix, err := openIndex(getenv)
	if err != nil {
		return err
	}
	defer ix.Close()
	b := bot.New(ix)
	answer := func(q string) error {
		a, err := ix.Answer(ctx, q)
		if errors.Is(err, index.ErrEmptyQuestion) {
			if *asJSON {
				return writeJSON(stdout, a)
			}
			return usagef("the question is empty: ask something, for example: visitbot ask \"Who is Jilani?\"")
		}
		if err != nil {
			return err
		}
		if *asJSON {
			return writeJSON(stdout, a)
		}
		reply, err := b.Handle(ctx, bot.Request{Command: "ask", Options: map[string]string{"question": q}})
		if err != nil {
			return err
		}
		fmt.Fprint(stdout, bot.Text(reply))
		return nil
	}
	if fs.NArg() > 0 {
		return answer(strings.Join(fs.Args(), " "))
	}
	sc := bufio.NewScanner(stdin)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if !*asJSON && strings.TrimSpace(line) == "" {
			continue
		}
		if err := answer(line); err != nil {
			return err
		}
	}
	if err := sc.Err(); errors.Is(err, bufio.ErrTooLong) {
		return usagef("a line of stdin is over 1 MB; put one question on each line (only 300 characters of it are read)")
	} else if err != nil {
		return fmt.Errorf("read questions: %w", err)
	}
	return nil
}

func cmdWhois(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	fs := newFlags("whois", "whois [--json] NAME", stderr)
	asJSON := fs.Bool("json", false, "print JSON")
	if help, err := parse(fs, args); help || err != nil {
		return err
	}
	name := strings.Join(fs.Args(), " ")
	if strings.TrimSpace(name) == "" {
		return usagef("whois needs a name, for example: visitbot whois Jilani")
	}
	ix, err := openIndex(getenv)
	if err != nil {
		return err
	}
	defer ix.Close()
	if *asJSON {
		return writeJSON(stdout, ix.Lookup(name))
	}
	return printReply(ctx, stdout, bot.New(ix), bot.Request{Command: "whois", Options: map[string]string{"name": name}})
}

func cmdSearch(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	fs := newFlags("search", "search [--json] [--limit N] TEXT", stderr)
	asJSON := fs.Bool("json", false, "print JSON")
	limit := fs.Int("limit", 5, "most hits to show (1-100)")
	if help, err := parse(fs, args); help || err != nil {
		return err
	}
	text := strings.Join(fs.Args(), " ")
	if strings.TrimSpace(text) == "" {
		return usagef("search needs some text, for example: visitbot search ambassador")
	}
	if *limit < 1 || *limit > index.MaxHits {
		return usagef("--limit must be between 1 and %d", index.MaxHits)
	}
	ix, err := openIndex(getenv)
	if err != nil {
		return err
	}
	defer ix.Close()
	if !*asJSON {
		return printReply(ctx, stdout, bot.New(ix), bot.Request{Command: "search", Options: map[string]string{"query": text}})
	}
	hits, err := ix.Search(ctx, text, *limit)
	if err != nil {
		return err
	}
	return writeJSON(stdout, struct {
		Query string      `json:"query"`
		Hits  []index.Hit `json:"hits"`
	}{text, hits})
}

func cmdFacts(args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	if len(args) > 0 && args[0] == "diff" {
		return cmdFactsDiff(args[1:], stdout, stderr)
	}
	if len(args) == 0 || args[0] != "check" {
		return usagef("usage: visitbot facts check [DIR] | visitbot facts diff OLD NEW")
	}
	fs := newFlags("facts check", "facts check [DIR]", stderr)
	if help, err := parse(fs, args[1:]); help || err != nil {
		return err
	}
	var c *facts.Corpus
	var err error
	switch {
	case fs.NArg() > 1:
		return usagef("facts check takes one folder")
	case fs.NArg() == 1:
		c, err = facts.LoadDir(fs.Arg(0))
	default:
		c, err = loadCorpus(getenv)
	}
	if err != nil {
		return err
	}
	for _, a := range c.Articles {
		s := a.Facts
		fmt.Fprintf(stdout, "ok  %s: %q, %d sections, %d sentences; %d entities, %d events, %d figures, every quote checked\n",
			a.File, a.Title, len(a.Sections), len(a.Sentences()), len(s.Entities), len(s.Events), len(s.Figures))
	}
	return nil
}

// cmdFactsDiff prints what an alert would say about the change from one
// corpus folder to another.
func cmdFactsDiff(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("facts diff", "facts diff [--json] OLD NEW", stderr)
	asJSON := fs.Bool("json", false, "print JSON")
	if help, err := parse(fs, args); help || err != nil {
		return err
	}
	if fs.NArg() != 2 {
		return usagef("facts diff takes two corpus folders: OLD NEW")
	}
	old, err := facts.LoadDir(fs.Arg(0))
	if err != nil {
		return err
	}
	new, err := facts.LoadDir(fs.Arg(1))
	if err != nil {
		return err
	}
	d := facts.Compare(old.Snapshot(), new.Snapshot())
	if *asJSON {
		return writeJSON(stdout, d)
	}
	fmt.Fprint(stdout, d.String())
	return nil
}

func cmdEval(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	fs := newFlags("eval", "eval [--json] [--split NAME] [--file F]", stderr)
	asJSON := fs.Bool("json", false, "print JSON")
	split := fs.String("split", "", "score only this split (dev, heldout, fresh, blind…); default: each split of the set, and all")
	file := fs.String("file", "testdata/eval/questions.jsonl", "evaluation set, one JSON case per line")
	if help, err := parse(fs, args); help || err != nil {
		return err
	}
	cases, err := index.LoadEvalCases(*file)
	if err != nil {
		return err
	}
	ix, err := openIndex(getenv)
	if err != nil {
		return err
	}
	defer ix.Close()
	splits := []string{*split}
	if *split == "" {
		splits = index.Splits(cases)
	}
	var reports []index.EvalReport
	for _, s := range splits {
		r, err := ix.Evaluate(ctx, s, cases)
		if err != nil {
			return err
		}
		reports = append(reports, r)
	}
	if *asJSON {
		return writeJSON(stdout, reports)
	}
	printEval(stdout, reports)
	return nil
}

// printReply runs one bot command and prints its reply as text.
func printReply(ctx context.Context, w io.Writer, b *bot.Bot, r bot.Request) error {
	reply, err := b.Handle(ctx, r)
	if err != nil {
		return err
	}
	fmt.Fprint(w, bot.Text(reply))
	return nil
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

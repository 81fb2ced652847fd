package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"strings"

	"visitbot/bot"
)

// console answers lines from stdin as the bot answers Discord: a line that
// starts with / is a command (/whois Jilani), anything else is a question.
func console(ctx context.Context, getenv func(string) string, stdin io.Reader, stdout io.Writer) error {
	ix, err := openIndex(getenv)
	if err != nil {
		return err
	}
	defer ix.Close()
	b := bot.New(ix)
	fmt.Fprintln(stdout, "visitbot console: ask a question about the story, or type /help. End with Ctrl-D.")
	fmt.Fprintln(stdout, "To answer on Discord instead, set DISCORD_TOKEN (see .env.example) and run: visitbot run")
	sc := bufio.NewScanner(stdin)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	for {
		fmt.Fprint(stdout, "> ")
		if !sc.Scan() {
			fmt.Fprintln(stdout)
			return sc.Err()
		}
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		reply, err := b.Handle(ctx, consoleRequest(line))
		if err != nil && !reply.Failed {
			return err
		}
		fmt.Fprint(stdout, bot.Text(reply))
		if ctx.Err() != nil {
			return nil
		}
	}
}

// consoleRequest reads a console line: "/whois Jilani" fills the command's
// main option; a bare line is a question.
func consoleRequest(line string) bot.Request {
	if !strings.HasPrefix(line, "/") {
		return bot.Request{Command: "ask", Options: map[string]string{"question": line}}
	}
	name, rest, _ := strings.Cut(strings.TrimPrefix(line, "/"), " ")
	r := bot.Request{Command: strings.ToLower(name), Options: map[string]string{}}
	for _, c := range bot.Commands() {
		if c.Name == r.Command && c.Main() != "" {
			r.Options[c.Main()] = strings.TrimSpace(rest)
		}
	}
	return r
}

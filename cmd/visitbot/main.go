// Command visitbot answers questions about a news story with quoted, cited
// sentences, from the terminal and from Discord.
package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"runtime/debug"
	"syscall"

	"visitbot/index"
)

func main() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(index.GCPercent)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(index.MemoryLimit)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Getenv, os.Stdin, os.Stdout, os.Stderr)
	stop()
	if err != nil {
		var usage usageError
		if errors.As(err, &usage) {
			fmt.Fprintln(os.Stderr, "visitbot:", err)
			os.Exit(2)
		}
		fmt.Fprintln(os.Stderr, "visitbot:", err)
		os.Exit(1)
	}
}

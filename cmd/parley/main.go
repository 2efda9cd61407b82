// Command parley analyzes transcripts: who spoke how much, turn by turn,
// with the editorial apparatus kept apart from speech. Run "parley help".
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, cancel := context.WithCancelCause(context.Background())
	signals := make(chan os.Signal, 2)
	signal.Notify(signals, os.Interrupt, syscall.SIGTERM)
	go func() {
		// The first signal stops the run, which cleans up and exits
		// 128 + the signal's number; a second exits at once.
		s := <-signals
		cancel(interrupted{s})
		s = <-signals
		os.Exit(interrupted{s}.code())
	}()
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	signal.Stop(signals)
	os.Exit(code)
}

package main

import (
	"context"
	"os"
	"syscall"
)

// interrupted is the cause of a run's cancellation by a signal.
type interrupted struct{ sig os.Signal }

func (i interrupted) Error() string { return "signal: " + i.sig.String() }

// code is the exit status of a run a signal stopped, as shells report
// it: 128 + the signal's number (130 for SIGINT, 143 for SIGTERM).
func (i interrupted) code() int {
	if s, ok := i.sig.(syscall.Signal); ok {
		return 128 + int(s)
	}
	return 128 + int(syscall.SIGINT)
}

// interruptCode returns the exit status for a run ctx's signal stopped,
// and whether one did.
func interruptCode(ctx context.Context) (int, bool) {
	if i, ok := context.Cause(ctx).(interrupted); ok {
		return i.code(), true
	}
	return 0, false
}

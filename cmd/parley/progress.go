package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"time"
)

// progress draws one line on a terminal's stderr while a corpus is read
// and counted: a bar, the megabytes and documents done, the time taken and
// the time left. It draws nothing for a run under a second, nothing when
// stderr is not a terminal (a file, a pipe, a test), and nothing with
// --quiet; its line is cleared when the run ends, so that what follows on
// stderr (warnings) starts on a clean line.
type progress struct {
	w     io.Writer // nil: draw nothing
	now   func() time.Time
	start time.Time
	last  time.Time // of the last drawing
	total int64     // bytes to read, 0 if unknown
	done  int64
	docs  int
	drawn bool
}

// progressDelay is how long a run goes before it shows progress, and
// progressEvery how often the line is redrawn.
const (
	progressDelay = time.Second
	progressEvery = 100 * time.Millisecond
	progressWidth = 24 // characters of the bar
)

// newProgress returns a progress line on stderr for total bytes of input,
// if stderr is a terminal and not quiet.
func newProgress(stderr io.Writer, quiet bool, total int64) *progress {
	p := &progress{now: time.Now, total: total}
	p.start = p.now()
	if !quiet && isTerminal(stderr) {
		p.w = stderr
	}
	return p
}

// isTerminal reports whether w is a terminal (a character device).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// add counts one more document of the given bytes, and redraws the line
// if it is time to.
func (p *progress) add(bytes int64) {
	p.done += bytes
	p.docs++
	if p.w == nil {
		return
	}
	now := p.now()
	if now.Sub(p.start) < progressDelay || now.Sub(p.last) < progressEvery {
		return
	}
	p.last = now
	fmt.Fprintf(p.w, "\r%s\x1b[K", p.line(now))
	p.drawn = true
}

// line is the progress line at the time now.
func (p *progress) line(now time.Time) string {
	elapsed := now.Sub(p.start)
	docs := "documents"
	if p.docs == 1 {
		docs = "document"
	}
	mb := float64(p.done) / 1e6
	if p.total <= 0 {
		return fmt.Sprintf("parley: %.1f MB, %d %s, %s", mb, p.docs, docs, clock(elapsed))
	}
	frac := min(float64(p.done)/float64(p.total), 1)
	full := int(frac * progressWidth)
	bar := strings.Repeat("=", full) + strings.Repeat(" ", progressWidth-full)
	if full < progressWidth {
		bar = bar[:full] + ">" + bar[full+1:]
	}
	s := fmt.Sprintf("parley: [%s] %3.0f%% %.1f/%.1f MB, %d %s, %s", bar, 100*frac, mb, float64(p.total)/1e6, p.docs, docs, clock(elapsed))
	if frac > 0.02 && frac < 1 {
		left := time.Duration(float64(elapsed) * (1 - frac) / frac)
		s += ", about " + clock(left) + " left"
	}
	return s
}

// clock formats a duration as "42 s" or "3 min 05 s".
func clock(d time.Duration) string {
	s := int(d.Round(time.Second) / time.Second)
	if s < 60 {
		return fmt.Sprintf("%d s", s)
	}
	return fmt.Sprintf("%d min %02d s", s/60, s%60)
}

// finish clears the line, if one was drawn.
func (p *progress) finish() {
	if p.drawn {
		fmt.Fprint(p.w, "\r\x1b[K")
		p.drawn = false
	}
}

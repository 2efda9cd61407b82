package formats

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"parley/corpus"
)

// TestAdversarialLines reads files made of one character repeated, the
// way a scanner meets its worst case (an opening bracket never closed, a
// million of them), with every text format. Each read must end in well
// under two seconds for the megabyte (the slowest reader, record's, takes
// 0.6 s): a scan of the rest of the turn at every "((" once took 45 s for
// 3 MB, and the hearing reader's search for each "[" its "]" over eight
// lines more than 10 s for 1 MB.
func TestAdversarialLines(t *testing.T) {
	if testing.Short() {
		t.Skip("large inputs")
	}
	const lineBytes, lines = 100 << 10, 10 // 1 MB
	patterns := []string{"(", "((", "[", "[[", "{", "<", "*", `"`, ":", "—", "A: ", "SMITH says that ", "[footnoteRef:1]", "(laughs) ", "Q. "}
	var formats []string
	for _, f := range All() {
		if !f.Binary {
			formats = append(formats, f.Name)
		}
	}
	formats = append(formats, "") // detected
	for _, pat := range patterns {
		var b strings.Builder
		for i := range lines {
			fmt.Fprintf(&b, "SPEAKER%d: ", i%2)
			b.WriteString(strings.Repeat(pat, lineBytes/len(pat)))
			b.WriteString("\n")
		}
		src := []byte(b.String())
		for _, format := range formats {
			start := time.Now()
			done := make(chan error, 1)
			go func() {
				_, err := Read("adversarial.txt", src, corpus.Options{Format: format})
				done <- err
			}()
			select {
			case err := <-done:
				if took := time.Since(start); took > 300*time.Millisecond {
					t.Logf("%q repeated, --format %q: %v", pat, format, took)
				}
				if took := time.Since(start); took > 2*time.Second {
					t.Errorf("%q repeated, --format %q: %v (%v)", pat, format, took, err)
				}
			case <-time.After(10 * time.Second):
				t.Fatalf("%q repeated, --format %q: still reading after 10 s", pat, format)
			}
		}
	}
}

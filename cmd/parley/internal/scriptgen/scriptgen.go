// Package scriptgen writes the benchmark transcript of make bench and make
// bench-compare: the bundled 1947 record's turns, each as "SPEAKER: its
// speech" and a blank line, repeated to a given size. A real record's
// words, names and turn lengths, in the plainest layout.
package scriptgen

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"parley/corpus"
	"parley/corpus/formats"
)

// Write writes at least size bytes of the script to w.
func Write(w io.Writer, size int) error {
	docs, err := formats.Read(corpus.SampleName, corpus.Sample(), corpus.Options{})
	if err != nil {
		return err
	}
	d := docs[0]
	var block strings.Builder
	for _, t := range d.Turns {
		s, _ := d.Speaker(t.Speaker)
		var speech []string
		for _, u := range t.Utterances {
			for _, sp := range u.Speech {
				speech = append(speech, strings.Join(strings.Fields(sp.In(d.Source)), " "))
			}
		}
		fmt.Fprintf(&block, "%s: %s\n\n", strings.ToUpper(s.Name), strings.Join(speech, " "))
	}
	bw := bufio.NewWriter(w)
	for n := 0; n < size; n += block.Len() {
		bw.WriteString(block.String())
	}
	return bw.Flush()
}

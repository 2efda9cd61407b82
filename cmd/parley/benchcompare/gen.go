//go:build ignore

// gen writes the benchmark input of make bench-compare: the bundled 1947
// record's turns, each as "SPEAKER: its speech" and a blank line, repeated
// until the file holds at least -mb megabytes. Usage:
//
//	go run gen.go -mb 10 -o /tmp/big.txt
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"strings"

	"parley/corpus"
	"parley/corpus/formats"
)

func main() {
	mb := flag.Int("mb", 10, "least size of the file, in megabytes")
	out := flag.String("o", "", "file to write")
	flag.Parse()
	if err := run(*mb, *out); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run(mb int, out string) error {
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
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	for size := 0; size < mb<<20; size += block.Len() {
		w.WriteString(block.String())
	}
	if err := w.Flush(); err != nil {
		return err
	}
	return f.Close()
}

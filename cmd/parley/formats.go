package main

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"parley/corpus/formats"
)

// listFormats prints the formats parley reads, in the order detection
// prefers them: name, file endings, what the format is, and a one-line
// example of its layout ("/" stands for a line break).
func listFormats(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("formats", "Usage: parley formats\n\nLists the formats parley reads and detects, with their file endings and a\none-line example of each (\" / \" stands for a line break). --format NAME\nreads every file in one of them.\n\n", stderr)
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		fmt.Fprintf(stderr, "parley formats: takes no arguments (got %q)\n", rest[0])
		return errUsage
	}
	w := tabwriter.NewWriter(stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(w, "format\tendings\twhat\texample")
	for _, f := range formats.All() {
		fmt.Fprintf(w, "%s\t%s\t%s\t%s\n", f.Name, strings.Join(f.Exts, " "), f.About, f.Example)
	}
	return w.Flush()
}

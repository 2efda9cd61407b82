package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"parley/analysis"
	"parley/corpus"
	"parley/reports"
	"parley/stages"
)

// version is parley's version, printed in reports.
const version = "0.1.0"

// Exit statuses.
const (
	exitOK       = 0
	exitInternal = 1 // parley failed: a bug or the system, not the input
	exitInput    = 2 // the input or the command line is wrong
)

const usage = `parley analyzes transcripts: who spoke how much, turn by turn.

Usage:
  parley analyze [-o DIR] [PATH...]   write a report, JSON and CSV tables to DIR
  parley speakers [--csv] [PATH...]   print the speaker table
  parley version                      print parley's version

With no PATH, parley reads its bundled sample, the 1947 record of a
conversation between Stalin and British Labour MPs. A PATH is a transcript
file or a directory of them (*.txt).

Exit status: 0 on success, 2 for bad input or usage, 1 if parley itself fails.
`

// run is the whole command: it parses args, does the work, and returns the
// exit status. Errors go to stderr as one line each.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return exitInput
	}
	var err error
	switch cmd, rest := args[0], args[1:]; cmd {
	case "analyze":
		err = analyze(ctx, rest, stdout, stderr)
	case "speakers":
		err = speakers(ctx, rest, stdout, stderr)
	case "version", "--version", "-version":
		fmt.Fprintf(stdout, "parley %s\n", version)
	case "help", "-h", "--help", "-help":
		fmt.Fprint(stdout, usage)
	default:
		fmt.Fprintf(stderr, "parley: unknown command %q\n\n%s", cmd, usage)
		return exitInput
	}
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, flag.ErrHelp):
		return exitOK
	case errors.Is(err, errUsage):
		return exitInput
	case corpus.IsInputError(err), errors.Is(err, reports.ErrNotReportDir):
		fmt.Fprintf(stderr, "parley: %v\n", err)
		return exitInput
	case errors.Is(err, context.Canceled):
		fmt.Fprintln(stderr, "parley: interrupted")
		return exitInternal
	default:
		fmt.Fprintf(stderr, "parley: %v\n", err)
		return exitInternal
	}
}

// errUsage is returned after a usage message has been printed.
var errUsage = errors.New("usage")

// parseFlags parses flags and positional arguments in any order ("PATH -o
// DIR" as well as "-o DIR PATH"); "--" ends the flags.
func parseFlags(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, err
			}
			return nil, errUsage
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, nil
		}
		if args[0] == "--" {
			return append(pos, args[1:]...), nil
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}

// load reads the documents at paths, or the bundled sample, and runs the
// default pipeline over them.
func load(ctx context.Context, paths []string) ([]*corpus.Document, stages.Pipeline, *analysis.Tally, error) {
	var docs []*corpus.Document
	if len(paths) == 0 {
		d, err := corpus.ReadRecord(corpus.SampleName, corpus.Sample())
		if err != nil {
			return nil, nil, nil, err
		}
		docs = []*corpus.Document{d}
	} else {
		var err error
		if docs, err = corpus.ReadPaths(paths); err != nil {
			return nil, nil, nil, err
		}
	}
	p := stages.Default()
	if err := p.Run(ctx, docs); err != nil {
		return nil, nil, nil, err
	}
	t := &analysis.Tally{}
	for _, d := range docs {
		t.Merge(analysis.Count(d))
	}
	return docs, p, t, nil
}

// newFlags returns a flag set for a subcommand that prints its usage
// line, then its flags, on stderr.
func newFlags(name, usage string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet("parley "+name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(stderr, usage)
		fs.PrintDefaults()
	}
	return fs
}

// loadArgs parses a subcommand's flags and paths, then loads and counts
// the documents.
func loadArgs(ctx context.Context, fs *flag.FlagSet, args []string) (reports.Input, error) {
	paths, err := parseFlags(fs, args)
	if err != nil {
		return reports.Input{}, err
	}
	docs, p, t, err := load(ctx, paths)
	if err != nil {
		return reports.Input{}, err
	}
	return reports.Input{Version: version, Stages: p.Names(), Docs: docs, Tally: t}, nil
}

func analyze(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("analyze", "Usage: parley analyze [-o DIR] [PATH...]\n\nWrites report.md, report.json and data/*.csv to DIR.\n\n", stderr)
	out := fs.String("o", "parley-report", "output `DIR` (replaced only once the new report is complete)")
	in, err := loadArgs(ctx, fs, args)
	if err != nil {
		return err
	}
	docs, t := in.Docs, in.Tally
	if err := reports.Write(*out, in); err != nil {
		return err
	}
	names := make([]string, len(docs))
	for i, d := range docs {
		names[i] = d.Name
	}
	fmt.Fprintf(stdout, "parley: analyzed %s: %d speakers, %d turns, %d words\n", strings.Join(names, ", "), len(t.Speakers), t.Turns, t.Words)
	fmt.Fprintf(stdout, "parley: wrote %s/report.md, report.json and data/ (turns.csv, speakers.csv, notes.csv)\n", *out)
	return nil
}

func speakers(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("speakers", "Usage: parley speakers [--csv] [PATH...]\n\n", stderr)
	asCSV := fs.Bool("csv", false, "print CSV (as data/speakers.csv) instead of aligned text")
	in, err := loadArgs(ctx, fs, args)
	if err != nil {
		return err
	}
	if *asCSV {
		return reports.SpeakersCSV(stdout, in)
	}
	return reports.SpeakerText(stdout, in.Tally.SpeakerTable())
}

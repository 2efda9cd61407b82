package main

import (
	"bytes"
	"cmp"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"syscall"

	"gonum.org/v1/plot/vg"

	"parley/analysis"
	"parley/corpus"
	"parley/corpus/formats"
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
	exitSkipped  = 3 // done, but --keep-going passed over files
)

const usage = `parley analyzes transcripts: who spoke how much, turn by turn.

Usage:
  parley analyze [-o DIR] [PATH...]   write a report, JSON and CSV tables to DIR
  parley speakers [--csv] [PATH...]   print the speaker table
  parley keywords [flags] [PATH...]   print each speaker's keywords
  parley kwic [flags] TERM [PATH...]  print a concordance of a word, stem or phrase
  parley entities [flags] [PATH...]   print who names which people, places and organisations
  parley chart [flags] KIND [PATH...] draw one chart (-o FILE; KIND: speakers, timeline, ...)
  parley inspect [flags] [FILE...]    print each file with every line marked as it was read
  parley formats                      list the formats parley reads, with an example of each
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
	defer newMemoryLimit().stop()
	var err error
	switch cmd, rest := args[0], args[1:]; cmd {
	case "analyze":
		err = analyze(ctx, rest, stdout, stderr)
	case "speakers":
		err = speakers(ctx, rest, stdout, stderr)
	case "keywords":
		err = keywords(ctx, rest, stdout, stderr)
	case "kwic":
		err = kwic(ctx, rest, stdout, stderr)
	case "entities":
		err = entities(ctx, rest, stdout, stderr)
	case "chart":
		err = chart(ctx, rest, stdout, stderr)
	case "inspect":
		err = inspect(ctx, rest, stdout, stderr)
	case "formats":
		err = listFormats(rest, stdout, stderr)
	case "version", "--version", "-version":
		fmt.Fprintf(stdout, "parley %s\n", version)
	case "help", "-h", "--help", "-help":
		fmt.Fprint(stdout, usage)
	default:
		fmt.Fprintf(stderr, "parley: unknown command %q\n\n%s", cmd, usage)
		return exitInput
	}
	switch {
	case errors.Is(err, errSkipped):
		fmt.Fprintf(stderr, "parley: %v\n", err)
		return exitSkipped
	case err == nil:
		return exitOK
	case errors.Is(err, flag.ErrHelp):
		return exitOK
	case errors.Is(err, errUsage):
		return exitInput
	case corpus.IsInputError(err), errors.Is(err, reports.ErrNotReportDir), errors.Is(err, reports.ErrNotOurs),
		errors.Is(err, reports.ErrBadOutput), errors.Is(err, reports.ErrInputInReport), errors.As(err, new(*flagError)):
		fmt.Fprintf(stderr, "parley: %v\n", err)
		return exitInput
	case outputFull(err):
		// The machine's, not parley's, nor the input's: the earlier
		// report is as it was, nothing half-written is left.
		fmt.Fprintf(stderr, "parley: %v; nothing was written (an earlier report is as it was)\n", err)
		return exitInput
	case errors.Is(err, context.Canceled):
		if code, ok := interruptCode(ctx); ok {
			fmt.Fprintf(stderr, "parley: stopped (%v)\n", context.Cause(ctx))
			return code
		}
		fmt.Fprintln(stderr, "parley: interrupted")
		return exitInternal
	default:
		fmt.Fprintf(stderr, "parley: %v\n", err)
		return exitInternal
	}
}

// onPhase is called as a run enters each phase ("read", "annotate",
// "count", "report"); tests stop runs there.
var onPhase = func(phase string) {}

// errSkipped wraps the note that a run finished without some files.
var errSkipped = errors.New("skipped")

// skippedError returns nil if no file was skipped, else the note.
func (c *common) skippedError() error {
	if len(c.skipped) == 0 {
		return nil
	}
	return fmt.Errorf("%w %d files that could not be read (listed above; the report's Methods list them too)", errSkipped, len(c.skipped))
}

// errUsage is returned after a usage message has been printed.
var errUsage = errors.New("usage")

// setFlags returns the flags set on the command line, as "--name value"
// (a boolean as "--name"), sorted: what the report's Methods record. The
// output folder and --quiet change no number of the report and are left
// out, so that a report is the same wherever it is written.
func setFlags(fs *flag.FlagSet) []string {
	var out []string
	fs.Visit(func(f *flag.Flag) {
		if f.Name == "o" || f.Name == "quiet" {
			return
		}
		if b, ok := f.Value.(interface{ IsBoolFlag() bool }); ok && b.IsBoolFlag() && f.Value.String() == "true" {
			out = append(out, "--"+f.Name)
			return
		}
		out = append(out, "--"+f.Name+" "+f.Value.String())
	})
	sort.Strings(out)
	return out
}

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

// phraseTop is how many keyphrases the report lists.
const phraseTop = 30

// common holds the flags every analysing subcommand takes.
type common struct {
	format        string
	speakerColumn string
	textColumn    string
	docColumn     string
	speakerKey    string
	textKey       string
	encoding      string
	namePattern   string
	// speakerAliases is a YAML file merging speakers' names.
	speakerAliases string
	groupBy        string

	aliases    stringList
	foldGroups bool

	chartFormats commaList
	chartWidth   float64
	chartDPI     int
	stopwords    stringList
	top          int
	minFreq      int
	maxP         float64
	maxQ         float64
	minLogRatio  float64
	exclude      commaList // --exclude-speaker
	seed         uint64
	resamples    int
	withPseudo   bool   // --include-pseudo-speakers
	document     string // --document: the timeline's and dispersion chart's
	entityRates  bool   // --entity-rates
	keepNames    bool   // --keep-speaker-names
	negative     bool
	byTFIDF      bool
	norm         *stages.Normalize // see normalize
	// counted, if set, is given each document once it is counted, with
	// its tokens (a concordance's matches are found there, a batch at a
	// time, rather than in a corpus kept whole).
	counted func(d *corpus.Document)
	// spool, if set, takes each document's rows of the report as soon as
	// the document is counted (see load).
	spool *reports.Spool
	// quiet draws no progress line.
	quiet bool
	// keepGoing passes over the files that cannot be read, listed in
	// skipped (and on stderr, if set) as they are met.
	keepGoing bool
	maxFileMB int64
	maxLineKB int
	options   []string // the flags set, for the report's Methods
	skipped   []reports.Skipped
	stderr    io.Writer
	// sized, size and sizeErr hold inputBytes's answer.
	sized   bool
	size    int64
	sizeErr error
	// docSpeakers, if set and true once the flags are parsed, keeps each
	// document's rows of the speaker table (speakers --csv prints them as
	// data/speakers.csv has them).
	docSpeakers *bool
	// noPhrases and noEpisodes leave out the keyphrase and episode
	// counts, for a command that prints neither; noStability the
	// keywords' bootstrap.
	noPhrases, noEpisodes, noStability bool
	// noEntities leaves out the entity stage, for a command that prints
	// no entity (speakers, keywords, kwic, most charts): it is most of a
	// run's time.
	noEntities bool
}

// register adds the common flags to fs.
// flagGroup is a set of the common flags, registered for the commands
// that use them, so that each command's --help lists its own.
type flagGroup int

const (
	readingFlags flagGroup = 1 << iota // every command: how files are read
	wordFlags                          // the stopwords: what counts as a term
	keywordFlags                       // keyness: top, min-freq, max-p...
	groupFlags                         // --group-by
	entityFlags                        // the gazetteer's aliases
	chartFlags                         // chart formats and sizes
	shareFlags                         // the speakers' shares: pseudo-speakers, the bootstrap
)

// register adds the common flags of the groups to fs. Flags not
// registered keep their defaults.
func (c *common) register(fs *flag.FlagSet, groups flagGroup) {
	c.top, c.minFreq, c.maxP, c.maxQ, c.chartWidth, c.chartDPI, c.seed, c.resamples = 10, 2, 1, 0.05, 89, 300, 1, 1000
	if groups&readingFlags != 0 {
		fs.StringVar(&c.format, "format", "", "read every file in `FORMAT` ("+strings.Join(formats.Names(), ", ")+"); default: detect")
		fs.StringVar(&c.speakerColumn, "speaker-column", "", "the speaker column of CSV/TSV tables (default: speaker)")
		fs.StringVar(&c.textColumn, "text-column", "", "the text column of CSV/TSV tables (default: text)")
		fs.StringVar(&c.docColumn, "document-column", "", "split tables into documents by the `COLUMN` (a date, debate or session)")
		fs.StringVar(&c.speakerKey, "speaker-key", "", "the speaker member of JSON transcripts' utterances (default: speaker, speaker_name, name...)")
		fs.StringVar(&c.textKey, "text-key", "", "the text member of JSON transcripts' utterances (default: text, transcript, content...)")
		fs.StringVar(&c.encoding, "encoding", "", "read files in `ENCODING` (utf-8, utf-16, windows-1252, latin-1...); default: detect")
		fs.StringVar(&c.namePattern, "name-pattern", "", "name plain-text files' speakers from the file name, e.g. {speaker}_{session}_{year}.txt")
		fs.StringVar(&c.speakerAliases, "speaker-aliases", "", "merge speakers' names with the YAML `FILE` (canonical name: [aliases])")
		fs.Int64Var(&c.maxFileMB, "max-file-mb", corpus.DefaultMaxFileBytes>>20, "refuse a file larger than `MB` megabytes")
		fs.IntVar(&c.maxLineKB, "max-line-kb", corpus.DefaultMaxLineBytes>>10, "refuse a line longer than `KB` kilobytes (not in XML, JSON or HTML)")
		fs.BoolVar(&c.keepGoing, "keep-going", false, "pass over files that cannot be read, list them, and exit 3 (0 if none was skipped)")
		fs.BoolVar(&c.quiet, "quiet", false, "draw no progress line on the terminal (it shows only for runs over a second)")
	}
	if groups&wordFlags != 0 {
		fs.Var(&c.stopwords, "stopwords", "add the stopwords in `FILE` (one or more per line, # comments) to the shipped list; repeatable")
		fs.BoolVar(&c.keepNames, "keep-speaker-names", false, "keep the speakers' names (every part, in every document) as keyword terms")
	}
	if groups&keywordFlags != 0 {
		fs.IntVar(&c.top, "top", 10, "keywords (and entities) per speaker (0: all)")
		fs.IntVar(&c.minFreq, "min-freq", 2, "least number of uses for a keyword")
		fs.Float64Var(&c.maxQ, "max-q", 0.05, "largest q-value (Benjamini–Hochberg false discovery rate, over each speaker's tested terms) for a keyword (1: no cut)")
		fs.Float64Var(&c.maxP, "max-p", 1, "largest p-value for a keyword, uncorrected (1: no cut)")
		fs.Float64Var(&c.minLogRatio, "min-log-ratio", 0, "least |Log Ratio| for a keyword (1: twice, or half, as frequent as the others)")
		fs.Var(&c.exclude, "exclude-speaker", "leave the `SPEAKER` (name or ID) out of keyword comparisons; repeatable or comma-separated")
		fs.BoolVar(&c.negative, "negative", false, "negative keywords: what each speaker says least against the others")
		fs.BoolVar(&c.byTFIDF, "tfidf", false, "rank by tf-idf (speakers as documents) instead of G²")
	}
	if groups&(keywordFlags|shareFlags) != 0 {
		fs.Uint64Var(&c.seed, "seed", 1, "the bootstrap's random `SEED` (share intervals, keyword stability): the same seed, the same intervals")
		fs.IntVar(&c.resamples, "resamples", 1000, "the bootstrap's resamples of the turns, for the speakers' 95% share intervals")
		fs.BoolVar(&c.withPseudo, "include-pseudo-speakers", false, "count groups and unknown speakers (Audience, Unknown...) in shares, keywords and tf-idf")
	}
	if groups&groupFlags != 0 {
		fs.StringVar(&c.groupBy, "group-by", "", "compare groups by the metadata `FIELD` of documents (year, session...) or of speakers (party, role...) instead of documents")
	}
	if groups&entityFlags != 0 {
		fs.Var(&c.aliases, "aliases", "add the entities and aliases in `FILE` (format of stages/gazetteer/entities.txt) to the shipped gazetteer; repeatable")
		fs.BoolVar(&c.foldGroups, "fold-groups", false, "count group adjectives as their places (British as Britain)")
		if groups&keywordFlags == 0 {
			fs.IntVar(&c.top, "top", 10, "entities per speaker (0: all)")
		}
	}
	if groups&chartFlags != 0 {
		fs.Var(&c.chartFormats, "chart-format", "chart `FORMAT`: svg, pdf or png; repeatable or comma-separated (default svg)")
		fs.Float64Var(&c.chartWidth, "chart-width", 89, "chart width in `MM` (89: one journal column)")
		fs.BoolVar(&c.entityRates, "entity-rates", false, "draw the entity heatmap's mentions per 1,000 of each speaker's words, not the counts")
		fs.StringVar(&c.document, "document", "", "draw the timeline and dispersion charts of the `DOCUMENT` (its path as given) alone")
		fs.IntVar(&c.chartDPI, "chart-dpi", 300, "resolution of PNG charts, in dots per inch")
	}
}

func (c *common) readOptions() corpus.Options {
	return corpus.Options{Format: c.format, SpeakerColumn: c.speakerColumn, TextColumn: c.textColumn, DocumentColumn: c.docColumn,
		SpeakerKey: c.speakerKey, TextKey: c.textKey, NamePattern: c.namePattern, Encoding: c.encoding, MaxFileBytes: c.maxFileMB << 20, MaxLineBytes: c.maxLineKB << 10}
}

func (c *common) chartOptions() reports.ChartOptions {
	return reports.ChartOptions{Width: vg.Length(c.chartWidth) * vg.Millimeter, Formats: c.chartFormats, DPI: c.chartDPI, EntityRates: c.entityRates}
}

// inputBytes returns the bytes of the files the paths name (formats.Size),
// listed once however often asked.
func (c *common) inputBytes(paths []string) (int64, error) {
	if !c.sized {
		_, c.size, c.sizeErr = formats.Size(paths)
		c.sized = true
	}
	return c.size, c.sizeErr
}

// bootstrap returns the share intervals' bootstrap options of the flags
// (InShares left to the caller).
func (c *common) bootstrap() analysis.BootstrapOptions {
	return analysis.BootstrapOptions{Resamples: c.resamples, Seed: c.seed, Level: 0.95}
}

// keywordOptions returns the keyword options of the flags, the speakers
// --exclude-speaker names resolved to t's IDs.
func (c *common) keywordOptions(t *analysis.Tally) analysis.KeywordOptions {
	return analysis.KeywordOptions{MinFreq: c.minFreq, Top: c.top, MaxP: c.maxP, MaxQ: c.maxQ, MinLogRatio: c.minLogRatio,
		Negative: c.negative, ByTFIDF: c.byTFIDF, Exclude: excludedIDs(t, c.exclude), IncludePseudo: c.withPseudo, KeepSpeakerNames: c.keepNames}
}

// excludedIDs returns the IDs of t's speakers whose name or ID is one of
// names, in any case.
func excludedIDs(t *analysis.Tally, names []string) []string {
	var ids []string
	for _, s := range t.SpeakerTable() {
		for _, n := range names {
			if strings.EqualFold(strings.TrimSpace(n), s.Name) || strings.EqualFold(strings.TrimSpace(n), s.ID) {
				ids = append(ids, s.ID)
				break
			}
		}
	}
	return ids
}

// stringList is a repeatable string flag.
// stringList is a repeatable flag's values. A commaList also splits each
// value at commas ("--chart-format svg,pdf"); file names are not split.
type (
	stringList []string
	commaList  []string
)

func (l *stringList) String() string     { return strings.Join(*l, ",") }
func (l *stringList) Set(v string) error { *l = append(*l, v); return nil }
func (l *commaList) String() string      { return strings.Join(*l, ",") }
func (l *commaList) Set(v string) error {
	for _, f := range strings.Split(v, ",") {
		if f = strings.TrimSpace(f); f != "" {
			*l = append(*l, strings.ToLower(f))
		}
	}
	return nil
}

// loaded is what the analysing subcommands share: the documents read and
// annotated, the pipeline that did it, and the counts.
type loaded struct {
	docs     []*corpus.Document
	pipeline stages.Pipeline
	norm     *stages.Normalize
	lex      *analysis.Lexicon // the strings of tally and groups
	tally    *analysis.Tally
	phrases  *analysis.PhraseTally
	entities *analysis.EntityTally
	sample   *analysis.ShareSample // every document's turns, for the share intervals
	// docSpeakerRows are each document's rows of speakers.csv, for a
	// command that prints them (common.docSpeakers).
	docSpeakerRows [][]string
	terms          *analysis.TurnTerms // and their terms, for the keywords' stability
	// groupNames and groups are the units documents are compared in:
	// each document, or with --group-by the groups sharing a metadata
	// value, in order of first appearance; nil for a corpus too large to
	// compare document by document.
	groupNames []string
	groups     []*analysis.Tally
	episodes   [][]analysis.Episode // one list per document; nil for a lightened one
	firstTerms [][]string           // the first document's words' terms, once its tokens are let go of
}

// maxCompared is the most documents compared one by one (document
// keyness); a larger corpus is compared by --group-by, since ten keywords
// for each of thousands of documents is no table anyone reads, and each
// document's counts held at once would take gigabytes.
const maxCompared = 100

// spillPhrasesAbove is the size of input from which keyphrase candidates'
// uses are kept on disk: under it, the in-memory tally is faster and
// small.
const spillPhrasesAbove = 32 << 20

// read reads the documents at paths, or the bundled sample.
func (c *common) read(paths []string) ([]*corpus.Document, error) {
	var docs []*corpus.Document
	err := c.each(paths, func(d *corpus.Document) error {
		docs = append(docs, d)
		return nil
	})
	return docs, err
}

// each hands fn the documents at paths, or the bundled sample, one by one
// as they are read.
func (c *common) each(paths []string, fn func(*corpus.Document) error) error {
	if len(paths) == 0 {
		docs, err := formats.Read(corpus.SampleName, corpus.Sample(), c.readOptions())
		if err != nil {
			return err
		}
		for _, d := range docs {
			if err := fn(d); err != nil {
				return err
			}
		}
		return nil
	}
	if !c.keepGoing {
		return formats.Each(paths, c.readOptions(), fn)
	}
	return formats.EachSkipping(paths, c.readOptions(), fn, func(file string, err error) {
		reason := err.Error()
		var ie *corpus.InputError
		if errors.As(err, &ie) {
			reason = ie.Msg
			if ie.Line > 0 {
				reason = fmt.Sprintf("line %d: %s", ie.Line, ie.Msg)
			}
		}
		c.skipped = append(c.skipped, reports.Skipped{File: file, Reason: reason})
		if c.stderr != nil {
			fmt.Fprintf(c.stderr, "parley: skipped %v\n", err)
		}
	})
}

// normalize returns the normalize stage with the --stopwords lists
// added; once made, the same each call.
func (c *common) normalize() (*stages.Normalize, error) {
	if c.norm != nil {
		return c.norm, nil
	}
	norm := stages.NewNormalize()
	norm.KeepNames = c.keepNames
	for _, path := range c.stopwords {
		if err := addFile(path, "stopword list", norm.AddStopwords); err != nil {
			return nil, err
		}
	}
	c.norm = norm
	return norm, nil
}

// load reads the documents at paths, or the bundled sample, runs the
// pipeline over them, and counts them. What looks wrong in a reading goes
// to stderr as warnings.
//
// Documents are read, annotated and counted a batch at a time. With a
// spool (analyze), each counted document's rows go to the report at once,
// and once the corpus has more documents than a report shows one by one,
// all but the first (which the charts read) are lightened: their text,
// tokens and mentions let go of, so that memory holds the counts, not the
// corpus; the first keeps only its words' terms. Without a spool, a corpus
// of more than reports.MaxDocSections documents keeps its documents but
// not their tokens.
func (c *common) load(ctx context.Context, paths []string, stderr io.Writer) (*loaded, error) {
	c.stderr = stderr
	norm, err := c.normalize()
	if err != nil {
		return nil, err
	}
	var ent *stages.Entities
	if !c.noEntities {
		if ent, err = stages.NewEntities(); err != nil {
			return nil, err
		}
		for _, path := range c.aliases {
			if err := addFile(path, "alias file", ent.Gazetteer().Add); err != nil {
				return nil, err
			}
		}
		ent.FoldGroups = c.foldGroups
	}
	var aliases *corpus.Aliases
	if c.speakerAliases != "" {
		read := func(r io.Reader, name string) (err error) {
			aliases, err = corpus.ReadAliases(r, name)
			return err
		}
		if err := addFile(c.speakerAliases, "speaker alias file", read); err != nil {
			return nil, err
		}
		if ent != nil {
			ent.Aliases = aliases
		}
	}
	p := stages.New(norm, ent)
	l := &loaded{pipeline: p, norm: norm, lex: analysis.NewLexicon(), tally: &analysis.Tally{PseudoInShares: c.withPseudo}, sample: &analysis.ShareSample{}, terms: &analysis.TurnTerms{}, phrases: &analysis.PhraseTally{}, entities: &analysis.EntityTally{}}
	var total int64
	if len(paths) > 0 {
		if total, err = c.inputBytes(paths); err != nil && !c.keepGoing {
			return nil, err
		}
	}
	// A large corpus's keyphrase candidates keep their counts in memory
	// and the forms and speakers of their uses on disk (see
	// analysis.PhraseTally.SpillUses); the caller closes the tally.
	if !c.noPhrases && total >= spillPhrasesAbove {
		if err := l.phrases.SpillUses(""); err != nil {
			return nil, fmt.Errorf("keyphrases: %w", err)
		}
	}
	prog := newProgress(stderr, c.quiet, total)
	defer prog.finish()
	batch := 4 * runtime.GOMAXPROCS(0)
	var pending []*corpus.Document
	at := map[string]int{}
	lightened := 0 // l.docs[1:lightened] are lightened (or their tokens dropped)
	run := func() error {
		if len(pending) == 0 {
			return nil
		}
		onPhase("annotate")
		if err := p.Run(ctx, pending); err != nil {
			return err
		}
		onPhase("count")
		for _, d := range pending {
			l.docs = append(l.docs, d)
			eps, ents, t, err := l.count(ctx, c, d, at)
			if err != nil {
				return err
			}
			if c.counted != nil {
				c.counted(d)
			}
			prog.add(int64(len(d.Source)))
			if c.spool != nil {
				if err := c.spool.AddCounted(d, reports.Counted{Episodes: eps, Entities: ents, Tally: t}); err != nil {
					return err
				}
				if len(l.docs) == 1 {
					// The report's charts read the first document's
					// words' terms only: 16 bytes a word, not its tokens.
					l.firstTerms = wordTerms(d)
					d.DropTokens()
				}
			}
		}
		pending = pending[:0]
		// Let go of what the report no longer needs, once the corpus is
		// too large for the report to show its documents one by one.
		if len(l.docs) <= reports.MaxDocSections {
			return nil
		}
		for lightened = max(lightened, 1); lightened < len(l.docs); lightened++ {
			d := l.docs[lightened]
			if c.spool != nil {
				d.Lighten()
				l.episodes[lightened] = nil
			} else {
				d.DropTokens()
			}
		}
		return nil
	}
	err = c.each(paths, func(d *corpus.Document) error {
		onPhase("read")
		if err := ctx.Err(); err != nil {
			return err
		}
		if aliases != nil {
			aliases.Apply(d)
		}
		pending = append(pending, d)
		if len(pending) < batch {
			return nil
		}
		return run()
	})
	if err == nil {
		err = run()
	}
	if err == nil {
		err = l.phrases.Err()
	}
	if err == nil && len(l.docs) == 0 && len(c.skipped) > 0 {
		err = &corpus.InputError{File: paths[0], Msg: fmt.Sprintf("no file could be read (%d skipped)", len(c.skipped))}
	}
	if err != nil {
		l.phrases.Close()
		return nil, err
	}
	prog.finish()
	warn(stderr, l.docs)
	return l, nil
}

// wordTerms returns d's words as their terms, turn by turn (see
// reports.Input.FirstTerms).
func wordTerms(d *corpus.Document) [][]string {
	out := make([][]string, len(d.Turns))
	for i, t := range d.Turns {
		terms := make([]string, 0, t.Words())
		for _, tok := range t.Tokens {
			if tok.Word {
				terms = append(terms, tok.Term)
			}
		}
		out[i] = terms
	}
	return out
}

// maxWarnings is the most warnings a run prints on stderr; the report
// lists them all.
const maxWarnings = 20

// warn prints the documents' reading warnings on stderr, one line each:
// "parley: warning: FILE: ...".
func warn(stderr io.Writer, docs []*corpus.Document) {
	n := 0
	for _, d := range docs {
		for _, w := range d.Reading.Warnings {
			if n < maxWarnings {
				fmt.Fprintf(stderr, "parley: warning: %s: %s\n", d.Name, w.Msg)
			}
			n++
		}
	}
	if n > maxWarnings {
		fmt.Fprintf(stderr, "parley: warning: %d more warnings; a report's Reading section and data/document_warnings.csv list them all, parley inspect FILE shows how a file was read\n", n-maxWarnings)
	}
}

// count adds one annotated document to the counts: the corpus tally, the
// phrases, the entities, its episodes and its comparison group (docs is
// the corpus's number of documents).
//
// The two longest counts (episodes and phrases: a second each for a
// document of seven million words) stop when ctx is done, and count
// returns ctx's error.
func (l *loaded) count(ctx context.Context, c *common, d *corpus.Document, at map[string]int) ([]analysis.Episode, *analysis.EntityTally, *analysis.Tally, error) {
	// The counts read the document and nothing else: they run at once,
	// each on a core, and are merged in a fixed order.
	var (
		episodes     []analysis.Episode
		t            *analysis.Tally
		entities     *analysis.EntityTally
		wg           sync.WaitGroup
		epErr, phErr error
	)
	wg.Add(3)
	go func() {
		defer wg.Done()
		if !c.noEpisodes {
			episodes, epErr = analysis.EpisodesContext(ctx, d, analysis.EpisodeOptions{})
		}
	}()
	go func() {
		defer wg.Done()
		if !c.noPhrases {
			phErr = l.phrases.AddContext(ctx, d)
		}
	}()
	go func() { defer wg.Done(); entities = analysis.CountEntities(d) }()
	t = analysis.CountWith(l.lex, d)
	t.PseudoInShares = c.withPseudo
	wg.Wait()
	l.sample.Add(d)
	if c.docSpeakers != nil && *c.docSpeakers {
		var ds analysis.ShareSample
		ds.Add(d)
		l.docSpeakerRows = append(l.docSpeakerRows, reports.DocSpeakerRows(d.Name, t, &ds, c.bootstrap())...)
	}
	if !c.noStability {
		l.terms.Add(d, l.lex)
	}
	if err := errors.Join(epErr, phErr); err != nil {
		return nil, nil, nil, ctx.Err()
	}
	l.episodes = append(l.episodes, episodes)
	l.tally.Merge(t)
	l.entities.Merge(entities)
	if c.groupBy == "" && len(l.docs) > maxCompared {
		// Too many documents to compare one by one.
		l.groupNames, l.groups = nil, nil
		return episodes, entities, t, nil
	}
	add := func(name string, t *analysis.Tally) {
		k, ok := at[name]
		if !ok {
			k = len(l.groups)
			at[name] = k
			l.groupNames = append(l.groupNames, name)
			l.groups = append(l.groups, &analysis.Tally{})
		}
		l.groups[k].MergeAsOne(t, name)
	}
	if c.groupBy != "" && d.Meta[c.groupBy] == "" && speakerField(d, c.groupBy) {
		// A speaker's field ("party" of a parliament's table): each
		// value's speakers' turns are counted in that group.
		for _, v := range speakerValues(d, c.groupBy) {
			add(c.groupBy+" "+v, analysis.CountWith(l.lex, speakersOf(d, c.groupBy, v)))
		}
		return episodes, entities, t, nil
	}
	add(c.groupOf(d), t)
	return episodes, entities, t, nil
}

// speakerField reports whether any of d's speakers has the field.
func speakerField(d *corpus.Document, field string) bool {
	for _, s := range d.Speakers {
		if s.Meta[field] != "" {
			return true
		}
	}
	return false
}

// speakerValues returns the values d's speakers have for the field, in
// order of first use, "(none)" for a speaker without it.
func speakerValues(d *corpus.Document, field string) []string {
	var out []string
	seen := map[string]bool{}
	for _, s := range d.Speakers {
		v := s.Meta[field]
		if v == "" {
			v = "(none)"
		}
		if !seen[v] {
			seen[v] = true
			out = append(out, v)
		}
	}
	return out
}

// speakersOf returns a copy of d with only the turns of the speakers whose
// field has the value ("(none)": no value).
func speakersOf(d *corpus.Document, field, value string) *corpus.Document {
	in := map[string]bool{}
	for _, s := range d.Speakers {
		v := s.Meta[field]
		if v == "" {
			v = "(none)"
		}
		if v == value {
			in[s.ID] = true
		}
	}
	sub := *d
	sub.Turns = nil
	for _, t := range d.Turns {
		if in[t.Speaker] {
			sub.Turns = append(sub.Turns, t)
		}
	}
	sub.Speakers = nil
	for _, s := range d.Speakers {
		if in[s.ID] {
			sub.Speakers = append(sub.Speakers, s)
		}
	}
	return &sub
}

// groupOf returns the group a document is compared in: with --group-by
// the field's value ("year 1947"; a year falls back on the date), else
// the document itself, or "" when documents are not compared one by one.
func (c *common) groupOf(d *corpus.Document) string {
	if c.groupBy == "" {
		return d.Name
	}
	v := d.Meta[c.groupBy]
	if v == "" && c.groupBy == "year" && len(d.Date) >= 4 {
		v = d.Date[:4]
	}
	if v == "" {
		v = "(none)"
	}
	return c.groupBy + " " + v
}

// parseAndLoad parses a subcommand's flags and paths, then loads them.
func (c *common) parseAndLoad(ctx context.Context, fs *flag.FlagSet, args []string, stderr io.Writer) (*loaded, error) {
	paths, err := parseFlags(fs, args)
	if err != nil {
		return nil, err
	}
	c.options = setFlags(fs)
	if err := c.check(); err != nil {
		return nil, err
	}
	if err := c.checkFields(paths); err != nil {
		return nil, err
	}
	return c.load(ctx, paths, stderr)
}

// input builds the report's input: counts, keywords and the rest.
func (c *common) input(l *loaded) reports.Input {
	in := reports.Input{
		Version: version, Stages: l.pipeline.Names(), Docs: l.docs, Tally: l.tally,
		KeywordOptions: c.keywordOptions(l.tally),
		Bootstrap:      c.bootstrap(),
		Charts:         c.chartOptions(),
		Keywords:       l.tally.SpeakerKeywords(c.keywordOptions(l.tally)),
		TFIDFKeywords: l.tally.SpeakerKeywords(analysis.KeywordOptions{MinFreq: c.minFreq, Top: c.top, ByTFIDF: true,
			Exclude: excludedIDs(l.tally, c.exclude), IncludePseudo: c.withPseudo, KeepSpeakerNames: c.keepNames}),
		Phrases:       l.phrases.Phrases(analysis.PhraseOptions{MinFreq: c.minFreq, Top: phraseTop}),
		ReaderMethods: formats.Methods,
		Skipped:       c.skipped,
		FirstTerms:    l.firstTerms,
		Options:       c.options,
	}
	in.Episodes = l.episodes
	in.Entities = l.entities
	// The two bootstraps read the counts only: at once, each on a core.
	opt := in.Bootstrap
	opt.InShares = func(id string) bool { return l.tally.InShares(l.tally.Speakers[id]) }
	var wg sync.WaitGroup
	in.StabilityOmitted = !c.noStability && l.terms.Full()
	if !c.noStability {
		wg.Add(1)
		go func() {
			defer wg.Done()
			in.Stability, in.StabilityResamples = l.tally.KeywordStability(l.terms, in.Keywords, in.KeywordOptions, in.Bootstrap)
		}()
	}
	in.ShareIntervals, in.Resamples = l.sample.Intervals(opt)
	wg.Wait()
	in.StabilityOmitted = in.StabilityOmitted || !c.noStability && in.StabilityResamples == 0 && len(in.Keywords) > 0
	if len(l.docs) > 1 || c.groupBy != "" && len(l.groups) > 1 { // a speaker's field groups one document's speakers
		in.GroupBy = c.groupBy
		in.DocumentKeywords = analysis.DocumentKeywords(l.groupNames, l.groups, c.keywordOptions(l.tally))
		in.DocumentKeywordsOmitted = len(l.groups) == 0
		for i, g := range l.groups {
			in.Groups = append(in.Groups, reports.GroupWords{Name: l.groupNames[i], Documents: g.Documents, Words: g.Words})
			in.GroupTallies = append(in.GroupTallies, g)
		}
	}
	in.ChartDocument = c.document
	return in
}

// addFile opens the user's file at path and hands it to add.
func addFile(path, what string, add func(io.Reader, string) error) error {
	f, err := os.Open(path)
	if err != nil {
		return &corpus.InputError{File: path, Msg: "cannot open " + what + ": " + errText(err)}
	}
	defer f.Close()
	return add(f, path)
}

func errText(err error) string {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// newFlags returns a flag set for a subcommand that prints its usage
// line, then its flags, on stderr.
func newFlags(name, usage string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet("parley "+name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(stderr, usage)
		fs.PrintDefaults()
		if ex := examples[name]; ex != "" {
			fmt.Fprintf(stderr, "\nExample:\n%s", ex)
		}
	}
	return fs
}

// examples are the commands' --help examples.
var examples = map[string]string{
	"analyze":  "  parley analyze -o report --group-by year --chart-format svg,png speeches/\n",
	"speakers": "  parley speakers --csv debate.csv > speakers.csv\n",
	"keywords": "  parley keywords --top 20 --negative hearing.txt\n",
	"entities": "  parley entities --aliases my-names.txt --fold-groups record.txt\n",
	"kwic":     "  parley kwic --width 8 \"soviet union\" record.txt\n",
	"chart":    "  parley chart timeline -o timeline.pdf --chart-width 183 debate.vtt\n",
	"inspect":  "  parley inspect interview.md | less\n",
}

func analyze(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("analyze", "Usage: parley analyze [-o DIR] [flags] [PATH...]\n\nWrites report.md, report.json, datapackage.json (the tables' data dictionary) and data/*.csv to DIR.\n\n", stderr)
	out := fs.String("o", "parley-report", "output `DIR` (written once the new report is complete; files parley did not write there are kept)")
	noTokens := fs.Bool("no-tokens", false, "leave out data/tokens.csv, a row per token (some 14 times the text's size)")
	withTokens := fs.Bool("tokens", false, "write data/tokens.csv for an input of any size (by default, up to 32 MB of input)")
	var c common
	c.register(fs, readingFlags|wordFlags|keywordFlags|groupFlags|entityFlags|chartFlags)
	paths, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	c.options = setFlags(fs)
	if err := c.check(); err != nil {
		return err
	}
	if err := c.checkFields(paths); err != nil {
		return err
	}
	if files, err := formats.Files(paths); err == nil {
		if err := reports.CheckInputs(*out, files); err != nil {
			return err
		}
	}
	if c.spool, err = reports.NewSpool(*out); err != nil {
		return err
	}
	c.spool.Bootstrap = c.bootstrap()
	// A row per token is some 14 times the text: past tokensAbove of
	// input, gigabytes no one asked for, unless --tokens.
	size, err := c.inputBytes(paths)
	if len(paths) == 0 {
		size = int64(len(corpus.Sample()))
	}
	if err == nil && size > tokensAbove && !*withTokens && !*noTokens {
		*noTokens = true
		fmt.Fprintf(stderr, "parley: data/tokens.csv left out: %d MB of input would make some %d MB of it; --tokens writes it\n", size>>20, 14*size>>20)
	}
	if *noTokens {
		if err := c.spool.LeaveOutTokens(); err != nil {
			c.spool.Abort()
			return err
		}
	}
	l, err := c.load(ctx, paths, stderr)
	if err != nil {
		c.spool.Abort()
		return err
	}
	onPhase("report")
	in := c.input(l)
	if err := l.phrases.Err(); err != nil {
		c.spool.Abort()
		return fmt.Errorf("keyphrases: %w", err)
	}
	if err := l.phrases.Close(); err != nil {
		c.spool.Abort()
		return err
	}
	if err := c.spool.Close(ctx, in); err != nil {
		return err
	}
	what := fmt.Sprintf("%d documents", len(l.docs))
	if len(l.docs) <= 3 {
		names := make([]string, len(l.docs))
		for i, d := range l.docs {
			names[i] = d.Name
		}
		what = strings.Join(names, ", ")
	}
	t := l.tally
	fmt.Fprintf(stdout, "parley: analyzed %s: %d speakers, %d turns, %d words\n", what, len(t.Speakers), t.Turns, t.Words)
	tables := reports.Tables()
	if *noTokens {
		tables = slices.DeleteFunc(tables, func(t string) bool { return t == "tokens.csv" })
	}
	fmt.Fprintf(stdout, "parley: wrote %s/report.md, report.json, datapackage.json, data/ (%s) and charts/\n", *out, strings.Join(tables, ", "))
	return c.skippedError()
}

// outputFull reports whether err is the output's room or rights running
// out: a full disk, a quota, a read-only file system.
func outputFull(err error) bool {
	return errors.Is(err, syscall.ENOSPC) || errors.Is(err, syscall.EDQUOT) || errors.Is(err, syscall.EROFS)
}

// tokensAbove is the input size past which analyze leaves out
// data/tokens.csv unless --tokens: 32 MB of text, some 450 MB of tokens.
// A test lowers it.
var tokensAbove int64 = 32 << 20

func speakers(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("speakers", "Usage: parley speakers [--csv] [PATH...]\n\n", stderr)
	asCSV := fs.Bool("csv", false, "print CSV (as data/speakers.csv) instead of aligned text")
	c := common{noEntities: true, noPhrases: true, noEpisodes: true, noStability: true}
	c.register(fs, readingFlags|shareFlags)
	c.docSpeakers = asCSV
	l, err := c.parseAndLoad(ctx, fs, args, stderr)
	if err != nil {
		return err
	}
	if *asCSV {
		in := c.input(l)
		in.DocSpeakerRows = l.docSpeakerRows
		err = reports.SpeakersCSV(stdout, in)
	} else {
		in := c.input(l)
		err = reports.SpeakerText(stdout, l.tally.SpeakerTable(), in.ShareIntervals)
	}
	return cmp.Or(err, c.skippedError())
}

func keywords(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	return table(ctx, args, stdout, stderr, "keywords",
		"Usage: parley keywords [flags] [PATH...]\n\nPrints each speaker's keywords against the other speakers (signed log-likelihood G², p, Log Ratio).\n\n",
		reports.KeywordsCSV, func(w io.Writer, in reports.Input, _ int) error { return reports.KeywordsText(w, in) })
}

func entities(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	return table(ctx, args, stdout, stderr, "entities",
		"Usage: parley entities [flags] [PATH...]\n\nPrints each speaker's mentions of people, places, organisations and groups.\n\n",
		reports.EntitiesCSV, reports.EntitiesText)
}

// table runs a subcommand that prints one table, as CSV with --csv (the
// report's data file) or as aligned text of the top rows per speaker.
func table(ctx context.Context, args []string, stdout, stderr io.Writer, name, usage string,
	asCSV func(io.Writer, reports.Input) error, asText func(io.Writer, reports.Input, int) error) error {
	fs := newFlags(name, usage, stderr)
	csv := fs.Bool("csv", false, "print CSV (as in data/) instead of aligned text")
	c := common{noEntities: name != "entities", noPhrases: name != "keywords", noEpisodes: true, noStability: name != "keywords"}
	groups := readingFlags | wordFlags | keywordFlags | groupFlags
	if name == "entities" {
		groups = readingFlags | entityFlags
	}
	c.register(fs, groups)
	l, err := c.parseAndLoad(ctx, fs, args, stderr)
	if err != nil {
		return err
	}
	in := c.input(l)
	if err := l.phrases.Err(); err != nil {
		return fmt.Errorf("keyphrases: %w", err)
	}
	if err := l.phrases.Close(); err != nil {
		return err
	}
	if *csv {
		err = asCSV(stdout, in)
	} else {
		err = asText(stdout, in, c.top)
	}
	return cmp.Or(err, c.skippedError())
}

func kwic(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("kwic", "Usage: parley kwic [flags] TERM [PATH...]\n\nPrints a concordance of TERM in speech: a word (\"negotiations\"), any word of its stem\n(\"negotiate\" finds \"negotiations\" too) or a phrase (\"soviet union\").\n\n", stderr)
	width := fs.Int("width", 6, "context `WORDS` on each side")
	asCSV := fs.Bool("csv", false, "print CSV instead of aligned text")
	c := common{noEntities: true, noPhrases: true, noEpisodes: true, noStability: true}
	c.register(fs, readingFlags|wordFlags)
	args, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	c.options = setFlags(fs)
	if err := c.check(); err != nil {
		return err
	}
	if len(args) == 0 || strings.TrimSpace(args[0]) == "" {
		fs.Usage()
		return errUsage
	}
	norm, err := c.normalize() // the query's words as the documents' are normalized
	if err != nil {
		return err
	}
	q := kwicQuery(args[0], norm)
	// Each document's matches are found once it is counted, and its
	// tokens let go of with the rest of a large corpus's.
	var hits []analysis.Hit
	c.counted = func(d *corpus.Document) {
		hits = append(hits, analysis.Concordance([]*corpus.Document{d}, q, *width)...)
	}
	l, err := c.load(ctx, args[1:], stderr)
	if err != nil {
		return err
	}
	if *asCSV {
		err = reports.ConcordanceCSV(stdout, l.docs, hits)
	} else {
		err = reports.ConcordanceText(stdout, l.docs, hits)
	}
	return cmp.Or(err, c.skippedError())
}

// kwicQuery splits a concordance query into tokens by the word rule, as
// speech is split: "post-war" is "post", "-", "war"; "U.S." is the word
// "U.S". Punctuation at the query's edges is no part of it.
func kwicQuery(term string, norm *stages.Normalize) []analysis.QueryWord {
	toks := stages.AppendTokens(nil, term, corpus.Span{Start: 0, End: len(term)})
	for len(toks) > 0 && !toks[0].Word {
		toks = toks[1:]
	}
	for len(toks) > 0 && !toks[len(toks)-1].Word {
		toks = toks[:len(toks)-1]
	}
	var q []analysis.QueryWord
	for _, t := range toks {
		if t.Word {
			q = append(q, analysis.QueryWord{Norm: stages.Fold(t.Text), Term: norm.Stem(t.Text)})
		} else {
			q = append(q, analysis.QueryWord{Punct: t.Text})
		}
	}
	return q
}

func chart(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("chart", "Usage: parley chart [flags] KIND [PATH...]\n\nDraws one chart. KIND is one of: "+strings.Join(reports.ChartKindNames(), ", ")+".\nWithout -o the chart goes to stdout.\n\n", stderr)
	out := fs.String("o", "", "write the chart to `FILE` (its format from the extension unless --chart-format)")
	var c common
	c.register(fs, readingFlags|wordFlags|keywordFlags|groupFlags|entityFlags|chartFlags)
	args, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	c.options = setFlags(fs)
	if err := c.check(); err != nil {
		return err
	}
	if len(args) == 0 {
		fs.Usage()
		return errUsage
	}
	var kind *reports.ChartKind
	for _, k := range reports.ChartKinds() {
		if k.Name == args[0] {
			kind = &k
		}
	}
	if kind == nil {
		fmt.Fprintf(stderr, "parley chart: unknown chart %q; the charts are %s\n", args[0], strings.Join(reports.ChartKindNames(), ", "))
		return errUsage
	}
	format := "svg"
	if len(c.chartFormats) > 0 {
		format = c.chartFormats[0]
	} else if ext := strings.TrimPrefix(filepath.Ext(*out), "."); ext != "" {
		format = strings.ToLower(ext)
	}
	if !slices.Contains(reports.ChartFormats(), format) {
		fmt.Fprintf(stderr, "parley chart: unknown format %q (want %s)\n", format, strings.Join(reports.ChartFormats(), ", "))
		return errUsage
	}
	if *out != "" {
		if err := notAnInput(*out, args[1:]); err != nil {
			return err
		}
	}
	c.noEntities = kind.Name != "entities"
	c.noPhrases = true
	c.noEpisodes = kind.Name != "dispersion" && kind.Name != "timeline"
	c.noStability = true
	l, err := c.load(ctx, args[1:], stderr)
	if err != nil {
		return err
	}
	var b bytes.Buffer
	ok, err := reports.WriteChart(&b, *kind, c.input(l), c.chartOptions(), format)
	if err != nil {
		return err
	}
	if !ok {
		return &corpus.InputError{File: l.docs[0].Name, Msg: "no data for the " + kind.Name + " chart"}
	}
	if *out == "" {
		_, err = stdout.Write(b.Bytes())
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	return writeAtomic(*out, b.Bytes())
}

// notAnInput returns an input error if out is one of the files the paths
// name: a chart written over its transcript.
func notAnInput(out string, paths []string) error {
	fo, err := os.Stat(out)
	if err != nil {
		return nil // a new file
	}
	files, _ := formats.Files(paths)
	for _, f := range files {
		if fi, err := os.Stat(f); err == nil && os.SameFile(fo, fi) {
			return &corpus.InputError{File: out, Msg: "is an input; parley never writes over its input: choose another file with -o"}
		}
	}
	return nil
}

// writeAtomic writes data to path through a file beside it, renamed over
// path once written: an interrupted or failed write leaves path as it was.
func writeAtomic(path string, data []byte) error {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".new-*")
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(f.Name(), 0o644)
	}
	if err == nil {
		err = os.Rename(f.Name(), path)
	}
	if err != nil {
		os.Remove(f.Name())
	}
	return err
}

func inspect(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("inspect", "Usage: parley inspect [flags] [FILE...]\n\nPrints each file as parley read it: the reading summary (the reader and why it\nwas chosen, the share of the words read as speech, cues, notes, front and back\nmatter, the speakers, any warnings), then every line with its number, a mark\nand, on a cue line, the speaker:\n\n   12 C Gromyko | Gromyko said that ...\n\n"+reports.InspectLegend+"\nWith no FILE, the bundled sample.\n\n", stderr)
	var c common
	c.register(fs, readingFlags)
	paths, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	c.options = setFlags(fs)
	if err := c.check(); err != nil {
		return err
	}
	docs, err := c.read(paths)
	if err != nil {
		return err
	}
	// Only what the reading summary needs: the words, counted by the
	// tokenizer the analysis uses.
	tok := stages.NewTokenize()
	if err := (stages.Pipeline{tok, stages.NewSummarize(tok)}).Run(ctx, docs); err != nil {
		return err
	}
	for i, d := range docs {
		if i > 0 {
			if _, err := io.WriteString(stdout, "\n"); err != nil {
				return err
			}
		}
		if err := reports.Inspect(stdout, d); err != nil {
			return err
		}
	}
	return nil
}

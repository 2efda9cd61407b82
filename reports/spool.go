package reports

import (
	"bufio"
	"context"
	"runtime"
	"sync"
	"sync/atomic"

	"encoding/csv"

	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"parley/analysis"
	"parley/corpus"
)

// A Spool writes a report while its documents are still being read, so
// that a corpus of any size is reported without holding its texts: Add
// writes a counted document's rows of the tables with a row per turn,
// note, mention or episode, and its entry of report.json, after which the
// caller may let go of the document's text (corpus.Document.Lighten).
// Close writes everything else from the corpus's counts, and puts the
// report in place of dir; until then dir is as it was, and Abort (or a
// failed Close) removes what the Spool wrote.
//
// Write is a Spool given every document at once; the files are the same.
type Spool struct {
	dir, tmp string
	docs     int
	tables   []*spoolFile // one per docTable, in the order of docTables
	// entities holds each document's entities.csv rows, with their
	// speaker, to be put in the order of the whole corpus's speaker
	// table, known only at Close.
	entities *spoolFile
	// jsonDocs holds report.json's documents, each indented as it will
	// stand in the report, separated by ",\n".
	jsonDocs *spoolFile
	// speakers holds each document's rows of speakers.csv, which Close
	// puts after the corpus's. A corpus of one document has none (its
	// rows would repeat the corpus's), so the first document's counts
	// wait in first until a second comes.
	speakers *spoolFile
	first    *Counted
	// Bootstrap is how the documents' share intervals are made (the
	// InShares field is each document's own).
	Bootstrap analysis.BootstrapOptions
	err       error
}

// Counted is what the counting of one document gave, for AddCounted;
// a nil field is counted there.
type Counted struct {
	Episodes []analysis.Episode
	Entities *analysis.EntityTally
	// Tally and Sample are the document's own counts and turns, for its
	// rows of speakers.csv.
	Tally  *analysis.Tally
	Sample *analysis.ShareSample
	name   string
}

// addSpeakers writes a document's rows of speakers.csv, with their share
// intervals, once the corpus has two documents.
func (s *Spool) addSpeakers(c *Counted) {
	write := func(c *Counted) {
		for _, row := range DocSpeakerRows(c.name, c.Tally, c.Sample, s.Bootstrap) {
			s.speakers.csv.Write(row)
		}
	}
	switch {
	case s.docs == 0:
		s.first = c
	case s.docs == 1:
		write(s.first)
		s.first = nil
		fallthrough
	default:
		write(c)
	}
}

// spoolFile is a file a Spool appends to, buffered.
type spoolFile struct {
	path string
	f    *os.File
	w    *bufio.Writer
	csv  *csv.Writer
}

func createSpoolFile(path string) (*spoolFile, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, err
	}
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	w := bufio.NewWriterSize(fileWriter(f), 256<<10)
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	return &spoolFile{path: path, f: f, w: w, csv: cw}, nil
}

func (s *spoolFile) close() error {
	s.csv.Flush()
	err := s.csv.Error()
	if err == nil {
		err = s.w.Flush()
	}
	if cerr := s.f.Close(); err == nil {
		err = cerr
	}
	return err
}

// docTables are the tables with rows for each document, which a Spool
// writes as documents come.
func docTables() []docTable {
	return []docTable{turnsTable, tokensTable, notesTable, episodesTable, episodeSpeakersTable, episodeKeywordsTable, mentionsTable}
}

// isDocTable reports whether the output file name is one of docTables, or
// another file the Spool writes as documents come.
func isDocTable(name string) bool {
	for _, t := range docTables() {
		if t.name == name {
			return true
		}
	}
	return name == "report.json" || name == "data/entities.csv" || name == "data/speakers.csv"
}

// NewSpool starts a report to go in dir; dir must be free, or hold an
// earlier report (see Write). The report is built in a new directory
// beside dir.
func NewSpool(dir string) (*Spool, error) {
	dir = filepath.Clean(dir)
	if err := replaceable(dir); err != nil {
		return nil, err
	}
	parent := filepath.Dir(dir)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return nil, badOutput(dir, err)
	}
	tmp, err := os.MkdirTemp(parent, "."+filepath.Base(dir)+".new-")
	if err != nil {
		return nil, badOutput(dir, err)
	}
	s := &Spool{dir: dir, tmp: tmp}
	if err := s.start(); err != nil {
		s.Abort()
		return nil, err
	}
	return s, nil
}

// writes reports whether the report holds the file at path.
func (s *Spool) writes(path string) bool {
	for i, t := range docTables() {
		if t.name == path {
			return s.tables[i] != nil
		}
	}
	for _, f := range outputs() {
		if f.name == path {
			return true
		}
	}
	return false
}

// LeaveOutTokens leaves data/tokens.csv out of the report (--no-tokens:
// a row per token is some fourteen times the text's size). Call it
// before the first Add.
func (s *Spool) LeaveOutTokens() error {
	for i, t := range docTables() {
		if t.name == tokensTable.name && s.tables[i] != nil {
			s.tables[i].f.Close()
			if err := os.Remove(s.tables[i].path); err != nil {
				return err
			}
			s.tables[i] = nil
		}
	}
	return nil
}

func (s *Spool) start() error {
	if err := os.Chmod(s.tmp, 0o755); err != nil {
		return err
	}
	for _, t := range docTables() {
		f, err := createSpoolFile(filepath.Join(s.tmp, t.name))
		if err != nil {
			return err
		}
		f.csv.Write(t.header)
		s.tables = append(s.tables, f)
	}
	var err error
	if s.entities, err = createSpoolFile(filepath.Join(s.tmp, ".entities.part")); err != nil {
		return err
	}
	if s.speakers, err = createSpoolFile(filepath.Join(s.tmp, ".speakers.part")); err != nil {
		return err
	}
	s.jsonDocs, err = createSpoolFile(filepath.Join(s.tmp, ".documents.json.part"))
	return err
}

// Add writes a counted document's rows; eps are its episodes.
func (s *Spool) Add(d *corpus.Document, eps []analysis.Episode) error {
	return s.AddCounted(d, Counted{Episodes: eps})
}

// AddCounted is Add with what d's counting gave already (a nil field is
// counted here).
func (s *Spool) AddCounted(d *corpus.Document, c Counted) error {
	if s.err != nil {
		return s.err
	}
	eps, ents := c.Episodes, c.Entities
	if c.Tally == nil {
		c.Tally = analysis.Count(d)
	}
	if c.Sample == nil {
		c.Sample = &analysis.ShareSample{}
		c.Sample.Add(d)
	}
	c.name = d.Name
	s.addSpeakers(&c)
	// The tables, the token table and report.json's entry are written
	// at once, each on a core; all only read d, once its line index is
	// built, and each writes its own file.
	d.Line(0)
	jsonErr := make(chan error, 1)
	go func() { jsonErr <- s.addJSON(d, eps) }()
	var tokens sync.WaitGroup
	var rawErr error
	for i, t := range docTables() {
		switch {
		case s.tables[i] == nil:
		case t.raw != nil:
			// The token table, on a core of its own.
			f := s.tables[i]
			f.csv.Flush()
			tokens.Add(1)
			go func() {
				defer tokens.Done()
				if err := t.raw(f.w, d); err != nil {
					rawErr = err
				}
			}()
		default:
			t.rows(s.tables[i].csv, d, eps)
		}
	}
	tokens.Wait()
	if rawErr != nil {
		s.err = rawErr
		return rawErr
	}
	// Rows by speaker ID here; Close puts the speakers in the order of
	// the speaker table.
	t := ents
	if t == nil {
		t = analysis.CountEntities(d)
	}
	ids := make([]string, 0, len(t.Speakers))
	for id := range t.Speakers {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	doc := strconv.Itoa(s.docs)
	names := d.SpeakerNames()
	for _, r := range append(t.SpeakerEntities(ids, 0), t.EditorialRows()...) {
		speaker := ""
		if r.Speaker != "" {
			speaker = nameOf(names, r.Speaker)
		}
		s.entities.csv.Write([]string{doc, r.Speaker, d.Name, speaker, r.Entity, string(r.Label), strconv.Itoa(r.Mentions), strings.Join(r.Forms, "|")})
	}
	if err := <-jsonErr; err != nil {
		s.err = err
		return err
	}
	s.docs++
	for _, f := range append(s.tables, s.entities, s.jsonDocs, s.speakers) {
		if f == nil {
			continue
		}
		if err := f.csv.Error(); err != nil {
			s.err = err
			return err
		}
	}
	return nil
}

// addJSON appends a document's entry of report.json.
func (s *Spool) addJSON(d *corpus.Document, eps []analysis.Episode) error {
	return writeJSONDoc(s.jsonDocs.w, s.docs, d, eps)
}

// Close writes the rest of the report from in, whose documents are those
// given to Add, in order (lightened or not), and puts the report in place.
func (s *Spool) Close(ctx context.Context, in Input) (err error) {
	defer func() {
		if err != nil {
			s.Abort()
		}
	}()
	if s.err != nil {
		return s.err
	}
	if s.docs != len(in.Docs) {
		return fmt.Errorf("report of %d documents given %d", s.docs, len(in.Docs))
	}
	in.charts = &chartCache{built: map[chartKey]*builtChart{}}
	for i, f := range s.tables {
		if f == nil {
			continue
		}
		if err := f.close(); err != nil {
			return fmt.Errorf("writing %s: %w", docTables()[i].name, err)
		}
	}
	if err := s.entities.close(); err != nil {
		return fmt.Errorf("writing data/entities.csv: %w", err)
	}
	if err := s.jsonDocs.close(); err != nil {
		return fmt.Errorf("writing report.json: %w", err)
	}
	if err := s.speakers.close(); err != nil {
		return fmt.Errorf("writing data/speakers.csv: %w", err)
	}
	// The files are written at once, on every core: each only reads in
	// (and a document's line index, built here first).
	for _, d := range in.Docs {
		if !d.Lightened() {
			d.Line(0)
		}
	}
	type job struct {
		name  string
		write func(io.Writer, Input) error
	}
	jobs := []job{{"data/entities.csv", s.writeEntities}, {"report.json", s.writeJSON}, {"data/speakers.csv", s.writeSpeakers}}
	for _, f := range outputs() {
		switch {
		case f.name == "datapackage.json":
			// It describes the tables written: tokens.csv may be left out.
			jobs = append(jobs, job{f.name, func(w io.Writer, _ Input) error { return DataPackage(w, s.writes) }})
		case !isDocTable(f.name):
			jobs = append(jobs, job{f.name, f.write})
		}
	}
	for _, name := range chartFiles(in) {
		kind, format := chartOf(name)
		jobs = append(jobs, job{name, func(w io.Writer, in Input) error {
			_, err := WriteChart(w, kind, in, in.Charts, format)
			return err
		}})
	}
	errs := make([]error, len(jobs))
	var wg sync.WaitGroup
	var next atomic.Int64
	for range min(runtime.GOMAXPROCS(0), len(jobs)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				k := int(next.Add(1) - 1)
				if k >= len(jobs) {
					return
				}
				if err := ctx.Err(); err != nil {
					errs[k] = err
					continue
				}
				if err := writeFile(filepath.Join(s.tmp, jobs[k].name), in, jobs[k].write); err != nil {
					errs[k] = fmt.Errorf("writing %s: %w", jobs[k].name, err)
				}
			}
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	for _, part := range []string{s.entities.path, s.jsonDocs.path, s.speakers.path} {
		if err := os.Remove(part); err != nil {
			return err
		}
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	return swap(s.tmp, s.dir)
}

// Abort removes what the Spool wrote; dir stays as it was.
func (s *Spool) Abort() {
	for _, f := range append(s.tables, s.entities, s.jsonDocs, s.speakers) {
		if f != nil {
			f.f.Close()
		}
	}
	os.RemoveAll(s.tmp)
	if s.err == nil {
		s.err = errors.New("report aborted")
	}
}

// writeSpeakers writes speakers.csv as SpeakersCSV does, each
// document's rows from the spooled ones.
func (s *Spool) writeSpeakers(w io.Writer, in Input) error {
	cw := newCSV(w)
	writeCorpusSpeakers(cw, in)
	if err := flush(cw); err != nil {
		return err
	}
	if len(in.Docs) < 2 {
		return nil
	}
	f, err := os.Open(s.speakers.path)
	if err != nil {
		return err
	}
	defer f.Close()
	_, err = io.Copy(w, f)
	return err
}

// writeEntities writes data/entities.csv from the spooled rows: within
// each document, the speakers in the order of the speaker table, then the
// footnotes' rows (as EntitiesCSV).
func (s *Spool) writeEntities(w io.Writer, in Input) error {
	cw := newCSV(w)
	cw.Write([]string{"document", "speaker", "entity", "label", "mentions"})
	if in.Entities == nil {
		return flush(cw)
	}
	rank := map[string]int{}
	for i, id := range speakerOrder(in) {
		rank[id] = i
	}
	f, err := os.Open(s.entities.path)
	if err != nil {
		return err
	}
	defer f.Close()
	r := csv.NewReader(bufio.NewReader(f))
	r.FieldsPerRecord = 8
	r.ReuseRecord = false
	var block [][]string
	emit := func() {
		sort.SliceStable(block, func(i, j int) bool { return speakerRank(rank, block[i][1]) < speakerRank(rank, block[j][1]) })
		for _, rec := range block {
			if _, ok := rank[rec[1]]; ok || rec[1] == "" {
				cw.Write(rec[2:7]) // the forms are in mentions.csv, a mention a row
			}
		}
		block = block[:0]
	}
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return err
		}
		if len(block) > 0 && block[0][0] != rec[0] {
			emit()
		}
		block = append(block, rec)
	}
	emit()
	return flush(cw)
}

// speakerRank is a speaker's place in the speaker table; the footnotes
// ("") come after every speaker.
func speakerRank(rank map[string]int, id string) int {
	if id == "" {
		return len(rank) + 1
	}
	if k, ok := rank[id]; ok {
		return k
	}
	return len(rank)
}

// writeJSON writes report.json: the corpus's part from in, the documents
// from the spooled entries.
func (s *Spool) writeJSON(w io.Writer, in Input) error {
	head, err := jsonHead(in)
	if err != nil {
		return err
	}
	return writeJSONReport(w, head, s.docs, func(w io.Writer) error {
		f, err := os.Open(s.jsonDocs.path)
		if err != nil {
			return err
		}
		defer f.Close()
		_, err = io.Copy(w, f)
		return err
	})
}

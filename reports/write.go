package reports

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"parley/analysis"
)

// ErrNotReportDir is returned by Write when the output directory exists,
// is not empty, and holds no earlier report: parley will not delete it.
var ErrNotReportDir = errors.New("output directory is not empty and holds no parley report; choose another with -o")

// output is one file of the report.
type output struct {
	name  string // relative to the report's directory
	write func(io.Writer, Input) error
}

// outputs returns the files Write writes, in order.
func outputs() []output {
	return []output{
		{"report.md", Markdown},
		{"report.json", JSON},
		{"data/turns.csv", TurnsCSV},
		{"data/speakers.csv", SpeakersCSV},
		{"data/notes.csv", NotesCSV},
		{"data/documents.csv", DocumentsCSV},
		{"data/keywords.csv", KeywordsCSV},
		{"data/phrases.csv", PhrasesCSV},
		{"data/episodes.csv", EpisodesCSV},
		{"data/entities.csv", EntitiesCSV},
		{"data/mentions.csv", MentionsCSV},
	}
}

// Tables returns the names of the data tables Write writes, in order
// ("turns.csv", ...).
func Tables() []string {
	var names []string
	for _, f := range outputs() {
		if name, ok := strings.CutPrefix(f.name, "data/"); ok {
			names = append(names, name)
		}
	}
	return names
}

// Write writes the whole report into dir: report.md, report.json and the
// tables under data/. It builds the report in a new directory beside dir
// and swaps it in only when every file is written, so a failure leaves
// dir as it was. An existing dir is replaced only if it holds a previous
// report (a report.md) or nothing; parley does not delete anything else.
func Write(dir string, in Input) error {
	s, err := NewSpool(dir)
	if err != nil {
		return err
	}
	for i, d := range in.Docs {
		var eps []analysis.Episode
		if i < len(in.Episodes) {
			eps = in.Episodes[i]
		}
		if err := s.Add(d, eps); err != nil {
			s.Abort()
			return err
		}
	}
	return s.Close(in)
}

// replaceable returns an error if dir exists and is not an earlier report.
func replaceable(dir string) error {
	fi, err := os.Stat(dir)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	if !fi.IsDir() {
		return fmt.Errorf("%s: %w", dir, ErrNotReportDir)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return err
	}
	if len(entries) == 0 {
		return nil
	}
	if _, err := os.Stat(filepath.Join(dir, "report.md")); err == nil {
		return nil
	}
	return fmt.Errorf("%s: %w", dir, ErrNotReportDir)
}

// swap puts the directory tmp in place of dir, replacing any old dir.
func swap(tmp, dir string) error {
	old := tmp + ".old"
	hadOld := false
	if err := os.Rename(dir, old); err == nil {
		hadOld = true
	} else if !errors.Is(err, os.ErrNotExist) {
		return err
	}
	if err := os.Rename(tmp, dir); err != nil {
		if hadOld {
			os.Rename(old, dir)
		}
		return err
	}
	if hadOld {
		return os.RemoveAll(old)
	}
	return nil
}

func writeFile(path string, in Input, write func(io.Writer, Input) error) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	if err := write(w, in); err != nil {
		f.Close()
		return err
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// chartFiles returns the chart files of the report, "charts/NAME.FORMAT",
// for every kind with data, in every format asked for.
func chartFiles(in Input) []string {
	var names []string
	for _, k := range ChartKinds() {
		if !hasChart(in, k) {
			continue
		}
		for _, f := range in.Charts.formats() {
			names = append(names, "charts/"+k.Name+"."+f)
		}
	}
	return names
}

// chartOf returns the kind and format of a chart file name.
func chartOf(name string) (ChartKind, string) {
	base := strings.TrimPrefix(name, "charts/")
	dot := strings.LastIndexByte(base, '.')
	for _, k := range ChartKinds() {
		if k.Name == base[:dot] {
			return k, base[dot+1:]
		}
	}
	return ChartKind{}, ""
}

// hasChart reports whether the input has data for a chart of kind k.
func hasChart(in Input, k ChartKind) bool {
	_, _, ok := in.buildChart(k, in.Charts.width())
	return ok
}

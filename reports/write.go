package reports

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"parley/analysis"
	"parley/corpus"
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
		{"datapackage.json", func(w io.Writer, _ Input) error { return DataPackage(w, func(string) bool { return true }) }},
		{"data/turns.csv", TurnsCSV},
		{"data/tokens.csv", TokensCSV},
		{"data/speakers.csv", SpeakersCSV},
		{"data/notes.csv", NotesCSV},
		{"data/documents.csv", DocumentsCSV},
		{"data/document_fields.csv", DocumentFieldsCSV},
		{"data/document_warnings.csv", DocumentWarningsCSV},
		{"data/keywords.csv", KeywordsCSV},
		{"data/keyword_forms.csv", KeywordFormsCSV},
		{"data/phrases.csv", PhrasesCSV},
		{"data/phrase_speakers.csv", PhraseSpeakersCSV},
		{"data/phrase_forms.csv", PhraseFormsCSV},
		{"data/episodes.csv", EpisodesCSV},
		{"data/episode_speakers.csv", EpisodeSpeakersCSV},
		{"data/episode_keywords.csv", EpisodeKeywordsCSV},
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
// and moves it in only when every file is written, so a failure leaves
// dir as it was. An existing dir is written only if it holds a previous
// report (a report.md) or nothing, and then only the files of the
// previous report are replaced or removed (see swap); parley deletes
// nothing it did not write.
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
	return s.Close(context.Background(), in)
}

// ErrBadOutput is returned by Write when the report cannot be written
// where -o says: a path through a file, a folder parley may not write.
var ErrBadOutput = errors.New("choose another folder with -o")

// badOutput wraps an error of the output's path in ErrBadOutput:
// "a.txt/report: not a directory; choose another folder with -o".
func badOutput(dir string, err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return fmt.Errorf("%s: %v; %w", dir, err, ErrBadOutput)
}

// replaceable returns an error if dir exists and is not an earlier report.
func replaceable(dir string) error {
	fi, err := os.Stat(dir)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return badOutput(dir, err)
	}
	if !fi.IsDir() {
		return fmt.Errorf("%s: is a file, and a report is a folder; %w", dir, ErrBadOutput)
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

// ManifestFile lists, in a report's directory, the files parley wrote
// there: a rerun replaces those and nothing else, so the notes, edited
// figures and recoded tables a user keeps beside a report stay.
const ManifestFile = corpus.ReportManifest

// swap puts the report built in tmp in dir. A new dir is tmp renamed.
// Into an earlier report's dir, each new file is renamed over its old
// one, the old report's files that the new one lacks are removed, and
// every other file is left as it is; the old files are those of its
// manifest (or, for a report from before manifests, those named as
// parley names its files). A new file that would replace one parley did
// not write is refused, before anything is moved.
func swap(tmp, dir string) error {
	names, err := filesUnder(tmp)
	if err != nil {
		return err
	}
	if err := writeManifest(tmp, names); err != nil {
		return err
	}
	if err := os.Rename(tmp, dir); err == nil {
		return nil
	} else if _, serr := os.Stat(dir); serr != nil {
		return err
	}
	old, err := readManifest(dir)
	if err != nil {
		return err
	}
	for _, name := range names {
		if _, err := os.Lstat(filepath.Join(dir, name)); err == nil && !old[name] {
			return fmt.Errorf("%s: %w", filepath.Join(dir, name), ErrNotOurs)
		}
	}
	written := map[string]bool{}
	for _, name := range append(names, ManifestFile) {
		to := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(to), 0o755); err != nil {
			return err
		}
		if err := os.Rename(filepath.Join(tmp, name), to); err != nil {
			return err
		}
		written[name] = true
	}
	var gone []string
	for name := range old {
		if !written[name] {
			gone = append(gone, name)
		}
	}
	sort.Strings(gone)
	for _, name := range gone {
		if err := os.Remove(filepath.Join(dir, name)); err != nil && !errors.Is(err, os.ErrNotExist) {
			return err
		}
		// A folder parley made, now empty, goes too.
		if sub := filepath.Dir(filepath.Join(dir, name)); sub != dir {
			os.Remove(sub) // fails, as it should, while anything is left in it
		}
	}
	return os.RemoveAll(tmp)
}

// ErrInputInReport is returned by CheckInputs for an input file that the
// report would write over.
var ErrInputInReport = errors.New("is an input, and a file the report in the -o folder would replace; parley never writes over its input: choose another folder with -o")

// CheckInputs returns an error naming the first of the files (the inputs
// of a run) that a report written into dir would replace or remove: one
// of the earlier report's files there, or of the files a report writes.
// A corpus's folder never holds its report's files as inputs (the reading
// passes over them), so this takes a report's own tables named as input.
func CheckInputs(dir string, files []string) error {
	root, err := resolved(dir)
	if err != nil {
		return nil // no dir yet, or one parley cannot read: nothing to replace
	}
	ours, err := readManifest(root)
	if err != nil {
		ours = map[string]bool{}
	}
	for _, f := range outputs() {
		ours[f.name] = true
	}
	for _, k := range ChartKinds() {
		for _, f := range ChartFormats() {
			ours["charts/"+k.Name+"."+f] = true
		}
	}
	ours[ManifestFile] = true
	for _, f := range files {
		p, err := resolved(f)
		if err != nil {
			continue
		}
		if rel, err := filepath.Rel(root, p); err == nil && ours[filepath.ToSlash(rel)] {
			return fmt.Errorf("%s: %w", f, ErrInputInReport)
		}
	}
	return nil
}

// resolved returns path absolute, its links followed.
func resolved(path string) (string, error) {
	p, err := filepath.Abs(path)
	if err != nil {
		return "", err
	}
	return filepath.EvalSymlinks(p)
}

// ErrNotOurs is returned by Write when a file of the new report would
// replace one in the output directory that parley did not write.
var ErrNotOurs = errors.New("would replace a file parley did not write; move it, or choose another directory with -o")

// filesUnder returns the files below dir, as slash-separated paths
// relative to it, sorted.
func filesUnder(dir string) ([]string, error) {
	var names []string
	err := filepath.WalkDir(dir, func(path string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() {
			return err
		}
		rel, err := filepath.Rel(dir, path)
		names = append(names, filepath.ToSlash(rel))
		return err
	})
	sort.Strings(names)
	return names, err
}

func writeManifest(dir string, names []string) error {
	var b strings.Builder
	b.WriteString("# The files parley wrote in this folder; a new report replaces these and leaves any others.\n")
	for _, n := range names {
		b.WriteString(n + "\n")
	}
	return os.WriteFile(filepath.Join(dir, ManifestFile), []byte(b.String()), 0o644)
}

// readManifest returns the files an earlier report in dir wrote: its
// manifest's, or without one (a report of an older parley) those of dir
// named as parley names its files.
func readManifest(dir string) (map[string]bool, error) {
	out, ok, err := corpus.ReportFiles(dir)
	if err != nil || ok {
		return out, err
	}
	out = map[string]bool{}
	for _, f := range outputs() {
		out[f.name] = true
	}
	for _, k := range ChartKinds() {
		for _, f := range ChartFormats() {
			out["charts/"+k.Name+"."+f] = true
		}
	}
	for name := range out {
		if _, err := os.Lstat(filepath.Join(dir, name)); err != nil {
			delete(out, name)
		}
	}
	return out, nil
}

// fileWriter is what a report's file is written through: the file; a
// test makes it fail as a full disk does.
var fileWriter = func(f *os.File) io.Writer { return f }

func writeFile(path string, in Input, write func(io.Writer, Input) error) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(fileWriter(f))
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

package formats

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"parley/corpus"
)

// transcriptExt reports whether a directory's file is a transcript, by its
// ending: one a format claims.
func transcriptExt(path string) bool {
	for _, f := range All() {
		if corpus.HasExt(path, f.Exts...) {
			return true
		}
	}
	return false
}

// transcriptExts lists the endings transcriptExt takes, for messages:
// ".txt, .md, .csv and .xml".
func transcriptExts() string {
	var exts []string
	seen := map[string]bool{}
	for _, f := range All() {
		for _, e := range f.Exts {
			if !seen[e] {
				seen[e] = true
				exts = append(exts, e)
			}
		}
	}
	if len(exts) < 2 {
		return strings.Join(exts, "")
	}
	return strings.Join(exts[:len(exts)-1], ", ") + " and " + exts[len(exts)-1]
}

// ReadPaths reads transcripts from files, directories and glob patterns,
// all in the lexical order of their paths, however the paths are given. A
// directory contributes every transcript file below it (by ending: .txt,
// .md...); hidden files and directories are skipped, and so are Markdown
// files that no format detects (a corpus's notes). A path named twice is
// read once. Each file becomes one corpus.Document named by its path as given.
//
// Problems with the input (a missing file, a directory without
// transcripts, a file that is not UTF-8 text or has no speaker cues) are
// *corpus.InputError values naming the file, and the line where one applies.
func ReadPaths(paths []string, opt corpus.Options) ([]*corpus.Document, error) {
	var docs []*corpus.Document
	err := Each(paths, opt, func(d *corpus.Document) error {
		docs = append(docs, d)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return docs, nil
}

// Each reads what ReadPaths reads and hands each document to fn as soon
// as its file is read, in the same order, so that a corpus need not be
// held whole; it stops at the first error, its own or fn's. The files are
// listed, and the paths checked, before the first is read.
func Each(paths []string, opt corpus.Options, fn func(*corpus.Document) error) error {
	return EachSkipping(paths, opt, fn, nil)
}

// EachSkipping is Each that, given skip, passes over a file that cannot
// be read as a transcript (unreadable, not text, no format's, a reader's
// error): it calls skip with the file and the *corpus.InputError, and
// goes on with the next file. Errors of fn, and of the paths themselves
// (one that does not exist, a directory without transcripts), still end
// the run.
func EachSkipping(paths []string, opt corpus.Options, fn func(*corpus.Document) error, skip func(file string, err error)) error {
	files, walked, failed, err := list(paths, skip != nil)
	if err != nil {
		return err
	}
	n := 0
	sidecars := map[string]map[string]map[string]string{} // dir -> file -> fields
	skipped := 0
	limit := opt.MaxFileBytes
	if limit <= 0 {
		limit = corpus.DefaultMaxFileBytes
	}
	for _, f := range files {
		var src []byte
		err := failed[f]
		if err == nil {
			src, err = readFile(f, limit, !walked[f])
		}
		if err == nil && walked[f] && skippable(f, src, opt) {
			continue
		}
		var read []*corpus.Document
		if err == nil {
			read, err = Read(f, src, opt)
		}
		if err != nil {
			if skip == nil || !corpus.IsInputError(err) {
				return err
			}
			skip(f, err)
			skipped++
			continue
		}
		dir := filepath.Dir(f)
		meta, ok := sidecars[dir]
		if !ok {
			if meta, err = readSidecar(filepath.Join(dir, MetadataFile)); err != nil {
				return err
			}
			sidecars[dir] = meta
		}
		for _, d := range read {
			applyMeta(d, meta[filepath.Base(f)])
			n++
			if err := fn(d); err != nil {
				return err
			}
		}
	}
	if n == 0 && len(paths) > 0 && skipped == 0 {
		return &corpus.InputError{File: paths[0], Msg: "holds no transcripts (its Markdown files are no transcripts a format detects)"}
	}
	return nil
}

// readFile reads a file of at most limit bytes. A file that is no
// regular file is read only if it was named (a pipe: "<(zcat x.gz)",
// /dev/stdin), as a stream cut at the limit; one found in a directory (a
// named pipe would block the run, a device never end) is an error.
func readFile(f string, limit int64, named bool) ([]byte, error) {
	fi, err := os.Stat(f)
	switch {
	case err != nil:
		return nil, pathError(f, err)
	case fi.Mode().IsRegular() && fi.Size() > limit:
		return nil, overLimit(f, fi.Size(), limit)
	case fi.Mode().IsRegular():
		src, err := os.ReadFile(f)
		if err != nil {
			return nil, pathError(f, err)
		}
		return src, nil
	case !named:
		return nil, &corpus.InputError{File: f, Msg: "not a regular file (" + fileKind(fi.Mode()) + "); name it on the command line to read it as a stream"}
	}
	file, err := os.Open(f)
	if err != nil {
		return nil, pathError(f, err)
	}
	defer file.Close()
	src, err := io.ReadAll(io.LimitReader(file, limit+1))
	if err != nil {
		return nil, pathError(f, err)
	}
	if int64(len(src)) > limit {
		return nil, overLimit(f, int64(len(src)), limit)
	}
	return src, nil
}

func overLimit(f string, size, limit int64) error {
	if size > limit && size>>20 == limit>>20 {
		return &corpus.InputError{File: f, Msg: fmt.Sprintf("more than the %d MB a file may have (--max-file-mb)", limit>>20)}
	}
	return &corpus.InputError{File: f, Msg: fmt.Sprintf("%d MB, more than the %d MB a file may have (--max-file-mb)", size>>20, limit>>20)}
}

// fileKind names a mode that is no regular file's.
func fileKind(m fs.FileMode) string {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeDevice != 0:
		return "a device"
	case m.IsDir():
		return "a directory"
	}
	return "a special file"
}

// Files returns the files the paths name, as Each reads them; a named
// file that does not exist is listed, for the reading to fail on.
func Files(paths []string) ([]string, error) {
	files, _, _, err := list(paths, true)
	return files, err
}

// Size returns the number of files the paths name (as ReadPaths reads
// them, but for the Markdown files it may pass over) and their bytes: what
// a progress report counts towards.
func Size(paths []string) (files int, bytes int64, err error) {
	names, _, failed, err := list(paths, false)
	if err != nil {
		return 0, 0, err
	}
	for _, f := range names {
		if failed[f] != nil {
			continue
		}
		fi, err := os.Stat(f)
		if err != nil {
			return 0, 0, pathError(f, err)
		}
		bytes += fi.Size()
	}
	return len(names), bytes, nil
}

// list returns the files the paths name, in the order they are read, and
// which of them were found in a directory rather than named.
//
// With keepMissing, a named path that cannot be stat'd, and a folder
// below a named one that cannot be listed, are listed all the same, with
// their errors in failed, for a caller to skip; without it they are the
// error.
func list(paths []string, keepMissing bool) (files []string, walked map[string]bool, failed map[string]error, err error) {
	seen := map[string]bool{}
	walked = map[string]bool{} // files found in a directory, not named
	failed = map[string]error{}
	var expanded []string
	for _, p := range paths {
		// A glob the shell did not expand ("debates/*.csv" in quotes, or on
		// Windows) is expanded here; one that matches nothing is an error.
		if _, err := os.Stat(p); err != nil && strings.ContainsAny(p, "*?[") {
			matches, gerr := filepath.Glob(p)
			if gerr != nil || len(matches) == 0 {
				return nil, nil, nil, &corpus.InputError{File: p, Msg: "no file matches this pattern"}
			}
			expanded = append(expanded, matches...)
			continue
		}
		expanded = append(expanded, p)
	}
	for _, p := range expanded {
		fi, err := os.Stat(p)
		if err != nil && keepMissing && !seen[filepath.Clean(p)] {
			seen[filepath.Clean(p)] = true
			files = append(files, p)
			failed[p] = pathError(p, err)
			continue
		}
		if err != nil {
			return nil, nil, nil, pathError(p, err)
		}
		if !fi.IsDir() {
			if !seen[filepath.Clean(p)] {
				seen[filepath.Clean(p)] = true
				files = append(files, p)
			}
			continue
		}
		// A report named as the corpus (-o r r, a report folder that
		// holds transcripts too): the files parley wrote there are no
		// transcripts either.
		own, _, _ := corpus.ReportFiles(p)
		var found []string
		err = filepath.WalkDir(p, func(path string, e fs.DirEntry, err error) error {
			if err != nil {
				// A folder that cannot be listed: named by its own path,
				// not the corpus's, and with keepMissing passed over.
				if path == p || !keepMissing {
					return pathError(path, err)
				}
				found = append(found, path)
				failed[path] = &corpus.InputError{File: path, Msg: pathError(path, err).(*corpus.InputError).Msg + " (a folder: its files were not read)"}
				return nil
			}
			if path != p && strings.HasPrefix(e.Name(), ".") {
				if e.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if e.IsDir() && path != p {
				// A parley report inside the corpus (-o corpus/report):
				// its tables are no transcripts.
				if _, err := os.Lstat(filepath.Join(path, corpus.ReportManifest)); err == nil {
					return filepath.SkipDir
				}
			}
			if own != nil {
				if rel, err := filepath.Rel(p, path); err == nil && own[filepath.ToSlash(rel)] {
					return nil
				}
			}
			if !e.IsDir() && transcriptExt(path) && e.Name() != MetadataFile && !IsReadme(e.Name()) {
				found = append(found, path)
			}
			return nil
		})
		if err != nil {
			return nil, nil, nil, err
		}
		if len(found) == 0 && own != nil {
			return nil, nil, nil, &corpus.InputError{File: p, Msg: "is a parley report's folder and holds no transcripts besides its files"}
		}
		if len(found) == 0 {
			return nil, nil, nil, &corpus.InputError{File: p, Msg: "directory holds no transcripts (looked for " + transcriptExts() + " files)"}
		}
		sort.Strings(found)
		for _, f := range found {
			if !seen[filepath.Clean(f)] {
				seen[filepath.Clean(f)] = true
				files = append(files, f)
				walked[f] = true
			}
		}
	}
	// In one order however the paths are given: the report of "a b" is
	// the report of "b a".
	sort.SliceStable(files, func(i, j int) bool { return filepath.Clean(files[i]) < filepath.Clean(files[j]) })
	return files, walked, failed, nil
}

// skippable reports whether a file found in a directory is passed over
// rather than read: a Markdown file that no format detects is the
// corpus's documentation ("notes.md", "index.md"), not a transcript.
func skippable(path string, src []byte, opt corpus.Options) bool {
	if opt.Format != "" || !corpus.HasExt(path, ".md", ".markdown") {
		return false
	}
	_, sure := Detect(path, src)
	return sure == 0
}

// MetadataFile is the name of a directory's sidecar metadata table: a CSV
// with a column "file" (the transcript's file name in the directory) and
// any others ("title", "date", "year", "party"...), one row per file.
const MetadataFile = "metadata.csv"

// readSidecar reads a directory's metadata table, if there is one.
func readSidecar(path string) (map[string]map[string]string, error) {
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, pathError(path, err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.FieldsPerRecord = -1
	head, err := r.Read()
	if err != nil {
		return nil, &corpus.InputError{File: path, Line: 1, Msg: "metadata table without a header: " + err.Error()}
	}
	fileCol := -1
	for i, h := range head {
		head[i] = strings.ToLower(strings.TrimSpace(h))
		if head[i] == "file" || head[i] == "document" {
			fileCol = i
		}
	}
	if fileCol < 0 {
		return nil, &corpus.InputError{File: path, Line: 1, Msg: `metadata table has no "file" column`}
	}
	out := map[string]map[string]string{}
	for {
		rec, err := r.Read()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			line, _ := r.FieldPos(0)
			return nil, &corpus.InputError{File: path, Line: line, Msg: err.Error()}
		}
		if fileCol >= len(rec) {
			continue
		}
		fields := map[string]string{}
		for i, v := range rec {
			if i != fileCol && i < len(head) && head[i] != "" {
				fields[head[i]] = strings.TrimSpace(v)
			}
		}
		out[strings.TrimSpace(rec[fileCol])] = fields
	}
}

// applyMeta sets a document's metadata from its sidecar row: title and
// date, and every field into Meta.
func applyMeta(d *corpus.Document, fields map[string]string) {
	if len(fields) == 0 {
		return
	}
	if d.Meta == nil {
		d.Meta = map[string]string{}
	}
	for k, v := range fields {
		switch k {
		case "title":
			d.Title = v
		case "date":
			d.Date = v
		default:
			d.Meta[k] = v
		}
	}
}

func pathError(path string, err error) error {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return &corpus.InputError{File: path, Msg: "no such file or directory"}
	case errors.Is(err, fs.ErrPermission):
		return &corpus.InputError{File: path, Msg: "permission denied"}
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return &corpus.InputError{File: path, Msg: pe.Err.Error()}
	}
	return &corpus.InputError{File: path, Msg: err.Error()}
}

// IsReadme reports whether a file is a corpus's documentation, not a
// transcript: README, LICENSE, CHANGES and the like, with any ending
// ("README.md", "README_fr.md", "LICENSE-MIT"), but not a transcript whose
// name merely begins so ("changelog_afk-5.md", an episode of The
// Changelog).
func IsReadme(name string) bool {
	n := strings.ToUpper(filepath.Base(name))
	if k := strings.IndexByte(n, '.'); k >= 0 {
		n = n[:k]
	}
	for _, p := range []string{"README", "LICENSE", "LICENCE", "COPYING", "CONTRIBUTING", "AUTHORS"} {
		if n == p || strings.HasPrefix(n, p+"-") || strings.HasPrefix(n, p+"_") {
			return true
		}
	}
	return n == "CHANGES" || n == "CHANGELOG"
}

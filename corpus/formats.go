package corpus

import (
	"fmt"
	"path/filepath"
	"strings"
)

// Options tune the readers; the zero value reads with the defaults.
type Options struct {
	// Format names the reader to use ("record", "script", "table",
	// "convokit", "webvtt", "srt", "chat", "tei", "plain"); "" detects it.
	Format string
	// SpeakerColumn and TextColumn name the columns of a delimited table
	// (matched without regard to case); "" tries "speaker" and "text".
	SpeakerColumn, TextColumn string
	// NamePattern names the speaker of a plain-text file from the file's
	// name, e.g. "{speaker}_{session}_{year}.txt"; other {fields} become
	// the document's metadata. "" gives one unknown speaker.
	NamePattern string
}

// Format is one transcript format parley reads.
type Format struct {
	// Name is the format's name, as --format takes it.
	Name string
	// Exts are the file endings a directory is searched for, for this
	// format (".csv").
	Exts []string
	// Named, if set, claims a file by its name alone, before any format
	// reads it ("ARG_01_1946.txt" is a UN speech).
	Named func(name string) bool
	// Detect says how surely src is in this format: 0 not, 1 it could
	// be read so, 2 it is. name is the file's name, for its ending.
	Detect func(name string, src []byte) int
	// Read reads src.
	Read func(name string, src []byte, opt Options) (*Document, error)
}

// Formats returns the formats parley reads, in order of preference when
// two detect a file equally surely.
func Formats() []Format {
	return []Format{
		{Name: "record", Exts: []string{".txt"}, Detect: detectRecord, Read: func(n string, s []byte, _ Options) (*Document, error) { return ReadRecord(n, s) }},
		{Name: "script", Exts: []string{".txt"}, Detect: detectScript, Read: func(n string, s []byte, _ Options) (*Document, error) { return ReadScript(n, s) }},
		{Name: "table", Exts: []string{".csv", ".tsv"}, Detect: detectTable, Read: ReadTable},
		{Name: "convokit", Exts: []string{".jsonl"}, Detect: detectConvoKit, Read: ReadConvoKit},
		{Name: "webvtt", Exts: []string{".vtt"}, Detect: detectWebVTT, Read: ReadWebVTT},
		{Name: "srt", Exts: []string{".srt"}, Detect: detectSRT, Read: ReadSRT},
		{Name: "chat", Exts: []string{".cha"}, Detect: detectCHAT, Read: ReadCHAT},
		{Name: "tei", Exts: []string{".xml", ".tei"}, Detect: detectTEI, Read: ReadTEI},
		{Name: "plain", Exts: []string{".txt"}, Named: namedPlain, Detect: detectPlain, Read: ReadPlain},
	}
}

// FormatNames returns the formats' names.
func FormatNames() []string {
	var names []string
	for _, f := range Formats() {
		names = append(names, f.Name)
	}
	return names
}

// ReadWith reads a transcript in the format opt names, or in the format
// that detects it most surely. A file no format accepts is an
// *InputError naming it.
func ReadWith(name string, src []byte, opt Options) (*Document, error) {
	if err := CheckText(name, src); err != nil {
		return nil, err
	}
	if opt.Format != "" {
		for _, f := range Formats() {
			if f.Name == opt.Format {
				return f.Read(name, src, opt)
			}
		}
		return nil, &InputError{File: name, Msg: fmt.Sprintf("unknown format %q; the formats are %s", opt.Format, strings.Join(FormatNames(), ", "))}
	}
	best, sure := Detect(name, src)
	if sure == 0 && opt.NamePattern != "" {
		return ReadPlain(name, src, opt)
	}
	if sure == 0 {
		return nil, &InputError{File: name, Msg: fmt.Sprintf(`no speaker cues found and no format matches ("SMITH says that ...", "Smith:", a table with a speaker column, subtitles...; tried %s); name one with --format`, strings.Join(FormatNames(), ", "))}
	}
	return best.Read(name, src, opt)
}

// Detect returns the format that detects src most surely, and how surely
// (0: none does; 3: a format claims the file by its name).
func Detect(name string, src []byte) (Format, int) {
	formats := Formats()
	// A file whose name says what it is needs no reading: the detectors
	// read the whole text.
	for _, f := range formats {
		if f.Named != nil && f.Named(name) {
			return f, 3
		}
	}
	best, sure := Format{}, 0
	for _, f := range formats {
		if s := f.Detect(name, src); s > sure {
			best, sure = f, s
		}
	}
	return best, sure
}

// Read reads a transcript in whichever format it is, with default options.
func Read(name string, src []byte) (*Document, error) {
	return ReadWith(name, src, Options{})
}

func hasExt(name string, exts ...string) bool {
	e := strings.ToLower(filepath.Ext(name))
	for _, x := range exts {
		if e == x {
			return true
		}
	}
	return false
}

// detectRecord is sure of a text with a cue of reported speech.
func detectRecord(name string, src []byte) int {
	if !hasExt(name, ".txt", "") {
		return 0
	}
	if _, err := ReadRecord(name, src); err == nil {
		if looksLikeScript(string(src)) {
			return 1
		}
		return 2
	}
	return 0
}

// detectScript is sure of a text whose lines are mostly script cues.
func detectScript(name string, src []byte) int {
	if !hasExt(name, ".txt", "") || !looksLikeScript(string(src)) {
		return 0
	}
	return 2
}

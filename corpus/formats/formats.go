package formats

import (
	"fmt"
	"strings"

	"parley/corpus"
	"parley/corpus/script"
)

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
	// Read reads src into one document or several (a file that holds
	// several records).
	Read func(name string, src []byte, opt corpus.Options) ([]*corpus.Document, error)
}

// one adapts a reader of one document to Format.Read.
func one(read func(string, []byte, corpus.Options) (*corpus.Document, error)) func(string, []byte, corpus.Options) ([]*corpus.Document, error) {
	return func(name string, src []byte, opt corpus.Options) ([]*corpus.Document, error) {
		d, err := read(name, src, opt)
		if err != nil {
			return nil, err
		}
		return []*corpus.Document{d}, nil
	}
}

// noOptions adapts a reader that takes no options.
func noOptions(read func(string, []byte) (*corpus.Document, error)) func(string, []byte, corpus.Options) (*corpus.Document, error) {
	return func(name string, src []byte, _ corpus.Options) (*corpus.Document, error) { return read(name, src) }
}

// All returns the formats parley reads, in order of preference when two
// detect a file equally surely. It is the one list of readers: there is
// no registration.
func All() []Format {
	return []Format{
		{Name: "record", Exts: []string{".txt"}, Detect: corpus.DetectRecord, Read: one(noOptions(corpus.ReadRecord))},
		{Name: script.Format, Exts: script.Exts, Detect: script.Detect, Read: one(noOptions(script.Read))},
		{Name: "table", Exts: []string{".csv", ".tsv"}, Detect: corpus.DetectTable, Read: one(corpus.ReadTable)},
		{Name: "convokit", Exts: []string{".jsonl"}, Detect: corpus.DetectConvoKit, Read: one(corpus.ReadConvoKit)},
		{Name: "webvtt", Exts: []string{".vtt"}, Detect: corpus.DetectWebVTT, Read: one(corpus.ReadWebVTT)},
		{Name: "srt", Exts: []string{".srt"}, Detect: corpus.DetectSRT, Read: one(corpus.ReadSRT)},
		{Name: "chat", Exts: []string{".cha"}, Detect: corpus.DetectCHAT, Read: one(corpus.ReadCHAT)},
		{Name: "tei", Exts: []string{".xml", ".tei"}, Detect: corpus.DetectTEI, Read: one(corpus.ReadTEI)},
		{Name: "plain", Exts: []string{".txt"}, Named: corpus.NamedPlain, Detect: corpus.DetectPlain, Read: one(corpus.ReadPlain)},
	}
}

// Names returns the formats' names.
func Names() []string {
	var names []string
	for _, f := range All() {
		names = append(names, f.Name)
	}
	return names
}

// Lookup returns the format of the given name.
func Lookup(name string) (Format, bool) {
	for _, f := range All() {
		if f.Name == name {
			return f, true
		}
	}
	return Format{}, false
}

// Read reads a transcript in the format opt names, or in the format that
// detects it most surely. A file no format accepts is an *InputError
// naming it.
func Read(name string, src []byte, opt corpus.Options) ([]*corpus.Document, error) {
	if err := corpus.CheckText(name, src); err != nil {
		return nil, err
	}
	if opt.Format != "" {
		f, ok := Lookup(opt.Format)
		if !ok {
			return nil, &corpus.InputError{File: name, Msg: fmt.Sprintf("unknown format %q; the formats are %s", opt.Format, strings.Join(Names(), ", "))}
		}
		return f.Read(name, src, opt)
	}
	best, sure := Detect(name, src)
	if sure == 0 && opt.NamePattern != "" {
		best, _ = Lookup("plain")
		sure = 1
	}
	if sure == 0 {
		return nil, &corpus.InputError{File: name, Msg: fmt.Sprintf(`no speaker cues found and no format matches ("SMITH says that ...", "Smith:", a table with a speaker column, subtitles...; tried %s); name one with --format`, strings.Join(Names(), ", "))}
	}
	return best.Read(name, src, opt)
}

// Detect returns the format that detects src most surely, and how surely
// (0: none does; 3: a format claims the file by its name).
func Detect(name string, src []byte) (Format, int) {
	formats := All()
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

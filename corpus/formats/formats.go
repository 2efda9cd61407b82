package formats

import (
	"fmt"
	"strings"

	"parley/corpus"
	"parley/corpus/akomantoso"
	"parley/corpus/chat"
	"parley/corpus/convokit"
	"parley/corpus/deposition"
	"parley/corpus/docx"
	"parley/corpus/elan"
	"parley/corpus/exmaralda"
	"parley/corpus/hansard"
	"parley/corpus/hearing"
	"parley/corpus/html"
	"parley/corpus/jsondoc"
	"parley/corpus/plain"
	"parley/corpus/play"
	"parley/corpus/record"
	"parley/corpus/screenplay"
	"parley/corpus/script"
	"parley/corpus/subtitles"
	"parley/corpus/table"
	"parley/corpus/tei"
	"parley/corpus/textgrid"
	"parley/corpus/transcriber"
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
	// Methods describes how the reader read a file, as one paragraph of
	// a paper's Methods section would: the reader's Methods const.
	Methods string
	// About says in a few words what the format is, and Example shows
	// its layout in one line, for `parley formats` and the README.
	About, Example string
	// Binary says the format is read from the file's bytes, which are no
	// text (a zip): it is detected, and read, before the text is decoded
	// and checked.
	Binary bool
	// Markup says the format is markup or data (XML, JSON, CSV,
	// subtitles), whose text outside what the reader takes is syntax, not
	// words (corpus.Reading.Markup).
	Markup bool
	// Unlined says the format's syntax ignores line breaks (XML, JSON, a
	// web page), so that a file of one line is normal: the line limit
	// (corpus.Options.MaxLineBytes) does not apply to it.
	Unlined bool
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

// several adapts a reader of one or several documents that takes no
// options.
func several(read func(string, []byte) ([]*corpus.Document, error)) func(string, []byte, corpus.Options) ([]*corpus.Document, error) {
	return func(name string, src []byte, _ corpus.Options) ([]*corpus.Document, error) { return read(name, src) }
}

// All returns the formats parley reads, in order of preference when two
// detect a file equally surely. It is the one list of readers: there is
// no registration.
func All() []Format {
	return []Format{
		// Word and OpenDocument files first: a zip, known by its
		// entries, whose paragraphs are read as the text formats read a
		// .txt file (see readDocx).
		{Name: "docx", Exts: []string{".docx", ".docm", ".dotx", ".odt", ".ott"}, Detect: docx.Detect, Read: readDocx, Methods: docx.Methods, Binary: true,
			About: "Word and OpenDocument files, read as the text layouts below", Example: "**Interviewer:** So where did you grow up? (a bold label opening a paragraph; or a [speaker | text] table)"},
		// A web page next: it is known by its name or its opening
		// "<!DOCTYPE html" for sure, and once converted to text the text
		// formats below detect and read it (see readHTML).
		{Name: "html", Exts: []string{".html", ".htm", ".xhtml"}, Detect: html.Detect, Read: readHTML, Methods: html.Methods, Unlined: true,
			About: "saved web pages, read as the text layouts below", Example: `<p><b>SMITH:</b> Hello.</p>`},
		// Subtitles next: their signature (a "WEBVTT" header, a numbered
		// timing line) is the most exact, and claims a .txt file too.
		{Name: "webvtt", Exts: []string{".vtt"}, Detect: subtitles.DetectWebVTT, Read: one(subtitles.ReadWebVTT), Methods: subtitles.Methods, Markup: true,
			About: "WebVTT subtitles and captions", Example: `<v Ann Lee>Hello there.`},
		{Name: "srt", Exts: []string{".srt"}, Detect: subtitles.DetectSRT, Read: one(subtitles.ReadSRT), Methods: subtitles.Methods, Markup: true,
			About: "SubRip subtitles", Example: `1 / 00:00:01,000 --> 00:00:03,000 / SPEAKER_00: Hello.`},
		// Court and hearing transcripts next: their detectors ask for
		// signs no other layout has (BY lines, margin numbers, THE
		// WITNESS; who presides, a prepared statement), and their cues
		// ("MR. SMITH: ...", "Senator JONES asked ...") would otherwise
		// read as a script's or a record's.
		{Name: "deposition", Exts: []string{".txt"}, Detect: deposition.Detect, Read: one(noOptions(deposition.Read)), Methods: deposition.Methods,
			About: "court reporters' question-and-answer transcripts", Example: `12  Q.  Where were you?  13  A.  At home.`},
		{Name: "hearing", Exts: []string{".txt"}, Detect: hearing.Detect, Read: one(noOptions(hearing.Read)), Methods: hearing.Methods,
			About: "legislative hearings in the GPO layout", Example: `The CHAIRMAN. The committee will come to order.`},
		// A printed play's cues ("ROPER.") and a screenplay's would also
		// pass as a record's or a script's: the surer, narrower readers
		// come first.
		{Name: play.Format, Exts: []string{".txt"}, Detect: play.Detect, Read: one(noOptions(play.Read)), Methods: play.Methods,
			About: "printed plays", Example: `HAMLET. To be, or not to be [aside].`},
		{Name: screenplay.Format, Exts: []string{".fountain", ".txt"}, Detect: screenplay.Detect, Read: one(noOptions(screenplay.Read)), Methods: screenplay.Methods,
			About: "Fountain and plain-text screenplays", Example: `INT. KITCHEN - NIGHT / ANNA (V.O.) / I knew.`},
		{Name: "record", Exts: []string{".txt"}, Detect: record.Detect, Read: several(record.Read), Methods: record.Methods,
			About: "records of conversation in reported or narrated speech", Example: `Comrade STALIN says that, ... ZILLIACUS answers that ...`},
		{Name: script.Format, Exts: script.Exts, Detect: script.Detect, Read: one(noOptions(script.Read)), Methods: script.Methods,
			About: "speaker labels opening lines or paragraphs", Example: `Smith: Hello. / **Ann Lee:** Hi.`},
		{Name: "table", Exts: []string{".csv", ".tsv"}, Detect: table.Detect, Read: table.Read, Methods: table.Methods, Markup: true,
			About: "CSV, TSV, semicolon or pipe tables, a row an utterance", Example: `speaker,text,date / Holt,"Good evening.",9/26/16`},
		// Before convokit: a ConvoKit file is the jsondoc reader's 0, and a
		// tie on unknown keys goes to the reader that takes --speaker-key.
		{Name: "json", Exts: []string{".json", ".jsonl", ".ndjson"}, Detect: jsondoc.Detect, Read: one(jsondoc.Read), Methods: jsondoc.Methods, Markup: true, Unlined: true,
			About: "JSON transcripts: speech-to-text results, oral-argument archives, arrays or JSON Lines of speaker and text objects", Example: `{"utterances": [{"speaker": "A", "start": 170, "end": 2140, "text": "Hello."}]}`},
		{Name: "convokit", Exts: []string{".jsonl"}, Detect: convokit.Detect, Read: one(convokit.Read), Methods: convokit.Methods, Markup: true, Unlined: true,
			About: "ConvoKit utterances (JSON Lines)", Example: `{"id": "u1", "speaker": "ann", "conversation_id": "c1", "text": "Hello."}`},
		{Name: "chat", Exts: []string{".cha"}, Detect: chat.Detect, Read: one(chat.Read), Methods: chat.Methods, Markup: true,
			About: "TalkBank CHAT", Example: `*MOT: shall we go ? / %mor: ...`},
		{Name: elan.Format, Exts: []string{".eaf"}, Detect: elan.Detect, Read: one(elan.Read), Methods: elan.Methods, Markup: true, Unlined: true,
			About: "ELAN annotation documents: a tier per participant, dependent tiers as notes", Example: `<TIER TIER_ID="A" PARTICIPANT="Anna"><ANNOTATION><ALIGNABLE_ANNOTATION TIME_SLOT_REF1="ts1" TIME_SLOT_REF2="ts2"><ANNOTATION_VALUE>Hello.</ANNOTATION_VALUE>`},
		{Name: exmaralda.Format, Exts: []string{".exb"}, Detect: exmaralda.Detect, Read: one(exmaralda.Read), Methods: exmaralda.Methods, Markup: true, Unlined: true,
			About: "EXMARaLDA basic transcriptions: a speaker table, a common timeline, a tier per speaker", Example: `<tier speaker="SPK0" category="v" type="t"><event start="T1" end="T2">Welcome. </event>`},
		{Name: textgrid.Format, Exts: []string{".textgrid"}, Detect: textgrid.Detect, Read: one(textgrid.Read), Methods: textgrid.Methods, Markup: true,
			About: "Praat TextGrids (long or short text format): interval tiers named by speaker", Example: `item [1]: class = "IntervalTier" / name = "Anna" / intervals [1]: xmin = 0 / xmax = 1.2 / text = "Hello."`},
		{Name: transcriber.Format, Exts: []string{".trs"}, Detect: transcriber.Detect, Read: one(transcriber.Read), Methods: transcriber.Methods, Markup: true, Unlined: true,
			About: "Transcriber transcriptions: turns timed by Sync, overlapped speech split by Who", Example: `<Turn speaker="spk1" startTime="0" endTime="4.2"><Sync time="0"/>Hello.</Turn>`},
		{Name: hansard.Format, Exts: []string{".xml"}, Detect: hansard.Detect, Read: one(hansard.Read), Methods: hansard.Methods, Markup: true, Unlined: true,
			About: "Hansard XML: TheyWorkForYou's ParlParse and the Australian Parliament's exports", Example: `<speech speakername="Mr. Frank Doran"><p>I beg to move...</p></speech>`},
		{Name: akomantoso.Format, Exts: []string{".xml", ".akn"}, Detect: akomantoso.Detect, Read: one(akomantoso.Read), Methods: akomantoso.Methods, Markup: true, Unlined: true,
			About: "Akoma Ntoso debates (parliaments' LegalDocML)", Example: `<speech by="#smith"><from>Hon. Jane Smith</from><p>Thank you.</p></speech>`},
		// A TEI document without speeches (a memorandum of conversation
		// in a documentary edition) before tei, which would take its
		// <TEI> root: its text is read as the text formats read a .txt
		// file.
		{Name: "tei-document", Exts: []string{".xml", ".tei"}, Detect: tei.DetectDocument, Read: readTEIDocument, Methods: tei.DocumentMethods, Unlined: true,
			About: "TEI documents without speeches (memoranda in documentary editions), read as the text layouts above", Example: `<div type="document"><p>The Secretary said that ...</p></div>`},
		{Name: "tei", Exts: []string{".xml", ".tei"}, Detect: tei.Detect, Read: one(tei.Read), Methods: tei.Methods, Markup: true, Unlined: true,
			About: "TEI drama and parliament markup (ParlaMint)", Example: `<u who="#Smith"><seg>Hello.</seg></u>`},
		{Name: "plain", Exts: []string{".txt"}, Named: plain.Named, Detect: plain.Detect, Read: one(plain.Read), Methods: plain.Methods,
			About: "one speaker per file, named from the file name", Example: `ARG_01_1946.txt (the UN corpus: country, session, year)`},
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
// naming it. Each document's Reading says which reader read it and why.
func Read(name string, src []byte, opt corpus.Options) ([]*corpus.Document, error) {
	if what, ok := recognisePending(name); ok && opt.Format == "" {
		return nil, pendingError(name, what)
	}
	if f, r, ok := binary(name, src, opt); ok {
		return readAs(f, r, name, src, opt)
	}
	src, enc, err := Decode(name, src, opt.Encoding)
	if err != nil {
		return nil, err
	}
	docs, err := read(name, src, opt)
	for _, d := range docs {
		d.Reading.Encoding = enc
	}
	return docs, err
}

// binary returns the binary format that reads src, if one does: the one
// opt names, or the first that detects it.
func binary(name string, src []byte, opt corpus.Options) (Format, corpus.Reading, bool) {
	if opt.Format != "" {
		f, ok := Lookup(opt.Format)
		return f, corpus.Reading{Why: corpus.ByFlag}, ok && f.Binary
	}
	for _, f := range All() {
		if !f.Binary {
			continue
		}
		if sure := f.Detect(name, src); sure > 0 {
			return f, corpus.Reading{Why: corpus.ByDetection, Detection: []corpus.Detection{{Format: f.Name, Sure: sure}}}, true
		}
	}
	return Format{}, corpus.Reading{}, false
}

// read is Read of text already decoded to UTF-8.
func read(name string, src []byte, opt corpus.Options) ([]*corpus.Document, error) {
	if err := corpus.CheckText(name, src); err != nil {
		return nil, err
	}
	if opt.Format != "" {
		f, ok := Lookup(opt.Format)
		if !ok {
			return nil, &corpus.InputError{File: name, Msg: fmt.Sprintf("unknown format %q; the formats are %s", opt.Format, strings.Join(Names(), ", "))}
		}
		return readAs(f, corpus.Reading{Why: corpus.ByFlag}, name, src, opt)
	}
	if f, ok := named(name); ok {
		return readAs(f, corpus.Reading{Why: corpus.ByFileName}, name, src, opt)
	}
	found := Detections(name, src)
	best, sure := Format{}, 0
	for _, d := range found {
		if d.Sure > sure {
			best, sure = lookup(d.Format), d.Sure
		}
	}
	if sure == 0 && opt.NamePattern != "" {
		return readAs(lookup("plain"), corpus.Reading{Why: corpus.ByNamePattern}, name, src, opt)
	}
	if sure == 0 {
		// A line beyond the limit is the likelier story: line breaks lost
		// hide every cue that opens a line.
		if err := corpus.CheckLineLength(name, src, opt.MaxLineBytes); err != nil {
			return nil, err
		}
		return nil, &corpus.InputError{File: name, Msg: fmt.Sprintf(`no speaker cues found and no format matches ("SMITH says that ...", "Smith:", a table with a speaker column, subtitles...; tried %s); name one with --format`, strings.Join(Names(), ", "))}
	}
	return readAs(best, corpus.Reading{Why: corpus.ByDetection, Detection: found}, name, src, opt)
}

// readAs reads src with f and records in each document how it was read.
// Whatever the reader, the names one person goes by in a document are
// joined into one speaker (corpus.JoinNameVariants: "Falko" of "Falko
// Schindler"); a reader that knows more people (front matter, a roster)
// joins them itself first.
func readAs(f Format, r corpus.Reading, name string, src []byte, opt corpus.Options) ([]*corpus.Document, error) {
	if !f.Unlined && !f.Binary {
		if err := corpus.CheckLineLength(name, src, opt.MaxLineBytes); err != nil {
			return nil, err
		}
	}
	docs, err := f.Read(name, src, opt)
	if err != nil {
		return nil, err
	}
	r.Format, r.Markup = f.Name, f.Markup
	for _, d := range docs {
		if err := corpus.CheckTurnSize(d); err != nil {
			return nil, err
		}
		corpus.JoinNameVariants(d, nil)
		d.Reading = r
		d.Reading.Detection = append([]corpus.Detection(nil), r.Detection...)
	}
	return docs, nil
}

// Detect returns the format that detects src most surely, and how surely
// (0: none does; 3: a format claims the file by its name).
func Detect(name string, src []byte) (Format, int) {
	if f, ok := named(name); ok {
		return f, 3
	}
	best, sure := Format{}, 0
	for _, d := range Detections(name, src) {
		if d.Sure > sure {
			best, sure = lookup(d.Format), d.Sure
		}
	}
	return best, sure
}

// named returns the format that claims a file by its name, if one does:
// a file whose name says what it is needs no reading (the detectors read
// the whole text).
func named(name string) (Format, bool) {
	for _, f := range All() {
		if f.Named != nil && f.Named(name) {
			return f, true
		}
	}
	return Format{}, false
}

// Detections returns how surely each format detects src, for the formats
// that could read it, in the order of All.
func Detections(name string, src []byte) []corpus.Detection {
	var out []corpus.Detection
	for _, f := range All() {
		if s := f.Detect(name, src); s > 0 {
			out = append(out, corpus.Detection{Format: f.Name, Sure: s})
		}
	}
	return out
}

// lookup returns the format of a name from the list, which has it.
func lookup(name string) Format {
	f, _ := Lookup(name)
	return f
}

// Methods returns the Methods paragraph of the format of the given name; a
// composite name ("html+script": a web page whose text was read as a
// script) gives each part's paragraph in order.
func Methods(format string) string {
	var out []string
	for _, name := range strings.Split(format, "+") {
		if f, ok := Lookup(name); ok && f.Methods != "" {
			out = append(out, f.Methods)
		}
	}
	return strings.Join(out, " ")
}

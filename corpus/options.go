package corpus

import (
	"path/filepath"
	"strings"
)

// Options tune the readers; the zero value reads with the defaults.
type Options struct {
	// Format names the reader to use ("record", "script", "play",
	// "screenplay", "deposition", "hearing", "html", "table", "webvtt"...;
	// corpus/formats lists them all); "" detects it.
	Format string
	// SpeakerColumn and TextColumn name the columns of a delimited table
	// (matched without regard to case); "" tries "speaker" and "text".
	SpeakerColumn, TextColumn string
	// DocumentColumn names a table's column whose value splits the table
	// into documents, one per run of rows with one value (a date, a
	// debate, a session); "" keeps the table one document.
	DocumentColumn string
	// SpeakerKey and TextKey name the members of a JSON transcript's
	// utterance objects that hold the speaker and the text ("" tries the
	// usual names: "speaker", "speaker_name", "text", "transcript"...).
	SpeakerKey, TextKey string
	// NamePattern names the speaker of a plain-text file from the file's
	// name, e.g. "{speaker}_{session}_{year}.txt"; other {fields} become
	// the document's metadata. "" gives one unknown speaker.
	NamePattern string
	// Encoding names the text encoding of the input ("utf-8", "utf-16",
	// "windows-1252", "latin-1"); "" detects it (corpus/formats).
	Encoding string
	// MaxFileBytes is the largest file read; a larger one is an input
	// error before it is read. 0 is DefaultMaxFileBytes.
	MaxFileBytes int64
	// MaxLineBytes is the longest line a line-based format reads (a
	// script, a record, a table, subtitles); a longer one is an input
	// error before the file is read. 0 is DefaultMaxLineBytes. Formats
	// whose syntax ignores line breaks (XML, JSON, web pages) are exempt:
	// one line is how they are often written.
	MaxLineBytes int
}

// DefaultMaxFileBytes is the largest file read by default, 1 GiB: a
// transcript of some 170 million words, which one document's analysis
// could not hold in a machine's memory anyway.
const DefaultMaxFileBytes = 1 << 30

// DefaultMaxLineBytes is the longest line read by default, 4 MiB: some
// 700,000 words, far beyond any speech printed as one paragraph (a
// filibuster of 24 hours is some 200,000 words), and well below what
// would make a reader's memory run away. A longer line is a file whose
// line breaks were lost (old Mac CR endings decoded wrongly, a dump of
// one field).
const DefaultMaxLineBytes = 4 << 20

// HasExt reports whether name ends in one of exts (".txt"), in any case;
// "" in exts matches a name without an ending.
func HasExt(name string, exts ...string) bool {
	e := strings.ToLower(filepath.Ext(name))
	for _, x := range exts {
		if e == x {
			return true
		}
	}
	return false
}

// ReportManifest is the file in a parley report's folder that lists the
// files parley wrote there (see reports.Write); a folder that holds one is
// a report, never read as transcripts.
const ReportManifest = ".parley-manifest"

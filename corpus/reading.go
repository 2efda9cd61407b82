package corpus

import (
	"fmt"
	"strings"
)

// Reading says how a document was read: by which reader and why that one,
// how the text's words divide among speech, cues, notes and the matter
// around the conversation, and what in the reading looks wrong. The loader
// (package formats) sets Format, Why, Detection and Markup; the summarize
// stage, which has the tokenizer, sets Words and Warnings. A document read
// by calling a reader directly has only what the stage fills.
type Reading struct {
	// Format is the name of the reader that read the document ("record").
	Format string
	// Why says how the reader was chosen.
	Why Choice
	// Detection is how surely each format detected the file, for the
	// formats that could read it (Sure > 0), in the format list's order;
	// empty unless Why is ByDetection.
	Detection []Detection
	// Encoding is the text encoding the file was read in ("UTF-8",
	// "Windows-1252", "UTF-16LE"); the document's Source is the text
	// converted to UTF-8. "" is UTF-8 too (a document not read from a
	// file).
	Encoding string
	// Markup says the file is markup or data (XML, JSON, CSV, subtitles):
	// its cues (timing lines, tags, JSON members, cells) and the text
	// outside what the reader took are syntax, not words, and are not
	// counted in Words.Cues and Words.Other.
	Markup bool
	// Words counts the text's words by what they were read as.
	Words WordCounts
	// Warnings are what looks wrong in the reading, in a fixed order (see
	// Check).
	Warnings []Warning
}

// Choice says how a document's reader was chosen.
type Choice string

// The ways a reader is chosen.
const (
	// ByDetection: the reader's format detected the file most surely.
	ByDetection Choice = "detected"
	// ByFlag: the user named the format (--format).
	ByFlag Choice = "named"
	// ByFileName: the format claims the file by its name alone
	// ("ARG_01_1946.txt" is a UN speech).
	ByFileName Choice = "file name"
	// ByNamePattern: no format detected the file, and the user gave a
	// pattern for naming one-speaker files (--name-pattern).
	ByNamePattern Choice = "name pattern"
)

// Detection is how surely one format detected a file: 1 it could be read
// so, 2 it is (as Format.Detect in package formats).
type Detection struct {
	Format string
	Sure   int
}

// Reason says in words why the reader was chosen: "detected (record
// sure, script possible)", "named with --format".
func (r Reading) Reason() string {
	switch r.Why {
	case ByDetection:
		var parts []string
		for _, d := range r.Detection {
			how := "possible"
			if d.Sure >= 2 {
				how = "sure"
			}
			parts = append(parts, d.Format+" "+how)
		}
		if len(parts) == 0 {
			return "detected"
		}
		return "detected (" + strings.Join(parts, ", ") + ")"
	case ByFlag:
		return "named with --format"
	case ByFileName:
		return "claimed by its file name"
	case ByNamePattern:
		return "no format detected it; --name-pattern names its one speaker"
	}
	return "read directly"
}

// WordCounts counts a text's words by what the reader took them for.
// Every word of the text is in exactly one count.
type WordCounts struct {
	// Speech is the words of speech: the words every speaker count sums.
	Speech int
	// Cues is the words of the speaker cues' framing ("Comrade STALIN
	// says that,", "Smith:"); zero for markup (Reading.Markup).
	Cues int
	// Notes is the words of the editorial notes' bodies (footnotes,
	// stage directions, insertions); their markers and brackets are not
	// words.
	Notes int
	// Front and Back are the words of the front and back matter outside
	// any note.
	Front, Back int
	// Other is the words the reader took for none of these: text it
	// skipped. Zero for markup (Reading.Markup).
	Other int
}

// Total returns the number of words in the text.
func (w WordCounts) Total() int { return w.Speech + w.Cues + w.Notes + w.Front + w.Back + w.Other }

// Share returns n as a part of the total, 0 for an empty text.
func (w WordCounts) Share(n int) float64 {
	if t := w.Total(); t > 0 {
		return float64(n) / float64(t)
	}
	return 0
}

// Add adds v's counts to w's.
func (w *WordCounts) Add(v WordCounts) {
	w.Speech += v.Speech
	w.Cues += v.Cues
	w.Notes += v.Notes
	w.Front += v.Front
	w.Back += v.Back
	w.Other += v.Other
}

// WarningKind says what a warning is about.
type WarningKind string

// The kinds of warning, in the order Check gives them.
const (
	// LittleSpeech: under half of the text's words were read as speech.
	LittleSpeech WarningKind = "little-speech"
	// OneSpeaker: one speaker has all the speech of a text that looks
	// like dialogue.
	OneSpeaker WarningKind = "one-speaker"
	// UnreadLabels: lines open with what looks like a speaker's label
	// ("Smith:", "HAMLET.", "**Smith:**") but were not read as cues.
	UnreadLabels WarningKind = "unread-labels"
	// FieldSpeakers: speakers are named like a header's fields
	// ("Title:", "Source:" read as cues).
	FieldSpeakers WarningKind = "field-speakers"
)

// Warning is one thing that looks wrong in a document's reading.
type Warning struct {
	Kind WarningKind
	// Msg says what and why, in a sentence, without the file's name.
	Msg string
	// Lines are the 1-based source lines it concerns, if any (at most
	// maxListed).
	Lines []int
}

// String returns the warning's message.
func (w Warning) String() string { return w.Msg }

// pct formats a share as a percentage with one decimal.
func pct(f float64) string { return fmt.Sprintf("%.1f%%", 100*f) }

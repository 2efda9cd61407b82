package corpus

import (
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

// DetectRecord is sure of a text with a cue of reported speech.
func DetectRecord(name string, src []byte) int {
	if !HasExt(name, ".txt", "") {
		return 0
	}
	if _, err := ReadRecord(name, src); err == nil {
		if LooksLikeScript(string(src)) {
			return 1
		}
		return 2
	}
	return 0
}

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

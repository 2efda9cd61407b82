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
	// NamePattern names the speaker of a plain-text file from the file's
	// name, e.g. "{speaker}_{session}_{year}.txt"; other {fields} become
	// the document's metadata. "" gives one unknown speaker.
	NamePattern string
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

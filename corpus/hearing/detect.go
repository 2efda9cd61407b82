package hearing

import (
	"strings"

	"parley/corpus"
)

// headBytes is how much of a file Detect reads.
const headBytes = 64 << 10

// markers are the words only a hearing's record uses: who presides, a
// subcommittee, the committee meeting or coming to order, a prepared
// statement, GPO's "S. Hrg." and "Serial No."; "HEARING" alone on a line,
// as a heading, is one too (see hasMarker).
var markers = []string{"presiding", "subcommittee", "committee met", "committee will come to order", "prepared statement", "s. hrg.", "serial no."}

// hasMarker reports whether head holds a hearing's marker, in any case,
// as a word of its own. It scans with strings, not a case-folding regexp,
// because every .txt file the loader is not told the format of comes here.
func hasMarker(head string) bool {
	lower := strings.ToLower(head)
	for _, m := range markers {
		for from := 0; ; {
			k := strings.Index(lower[from:], m)
			if k < 0 {
				break
			}
			at, end := from+k, from+k+len(m)
			if (at == 0 || !isLetter(lower[at-1])) && (end >= len(lower) || !isLetter(lower[end]) || !isLetter(m[len(m)-1])) {
				return true
			}
			from = end
		}
	}
	for _, ln := range strings.Split(lower, "\n") {
		if t := strings.TrimSpace(ln); t == "hearing" || t == "hearings" {
			return true
		}
	}
	return false
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' }

// Detect is sure (2) of a text with three hearing cues or more by two
// speakers or more, a word only hearings use (see markers), and, where
// the cues end in colons, hardly any other label with a colon (a script
// names its speakers without titles: "Kamala Harris:"). It reads the
// first 64 KB of .txt files and files without an ending.
func Detect(name string, src []byte) int {
	if !corpus.HasExt(name, ".txt", "") {
		return 0
	}
	head := string(src[:min(len(src), headBytes)])
	if !hasMarker(head) {
		return 0
	}
	cues, colons, labels := 0, 0, 0
	speakers := map[string]bool{}
	blank := true
	for _, ln := range strings.Split(head, "\n") {
		t := strings.TrimSpace(ln)
		if t == "" {
			blank = true
			continue
		}
		start := blank || strings.HasPrefix(ln, "  ") || strings.HasPrefix(ln, "\t")
		blank = false
		if colonLabelRe.MatchString(t) {
			labels++
		}
		if !start {
			continue
		}
		if c, ok := parseCue(t); ok {
			cues++
			speakers[strings.ToLower(c.label)] = true
			if t[c.end-1] == ':' {
				colons++
			}
		}
	}
	if cues < 3 || len(speakers) < 2 {
		return 0
	}
	if colons > 0 && colons*10 < labels*8 {
		return 0
	}
	return 2
}

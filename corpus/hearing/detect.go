package hearing

import (
	"regexp"
	"strings"

	"parley/corpus"
)

// headBytes is how much of a file Detect reads.
const headBytes = 64 << 10

// markerRe finds the words only a hearing's record uses: who presides,
// a subcommittee, the committee meeting or coming to order, a prepared
// statement, GPO's "S. Hrg." and "Serial No.", "HEARING" as a heading.
var markerRe = regexp.MustCompile(`(?i)\bpresiding\b|\bsubcommittee\b|\bcommittee (?:met|will come to order)|\bprepared statement\b|\bS\. Hrg\.|\bSerial No\.|(?m)^\s*HEARINGS?\s*$`)

// Detect is sure (2) of a text with three hearing cues or more by two
// speakers or more, a word only hearings use (see markerRe), and, where
// the cues end in colons, hardly any other label with a colon (a script
// names its speakers without titles: "Kamala Harris:"). It reads the
// first 64 KB of .txt files and files without an ending.
func Detect(name string, src []byte) int {
	if !corpus.HasExt(name, ".txt", "") {
		return 0
	}
	head := string(src[:min(len(src), headBytes)])
	if !markerRe.MatchString(head) {
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

package script

import (
	"strings"

	"parley/corpus"
)

// Exts are the file endings of scripts, for a directory's search.
var Exts = []string{".txt", ".md", ".markdown"}

// detectBytes is how much of a file Detect reads.
const detectBytes = 64 << 10

// Detect is sure (2) of a text file (.txt, .md, .markdown or no ending)
// whose lines open with speakers' labels (corpus.LooksLikeScript), and
// only unsure (1) of one that also reads as a deposition ("Q." and "A."
// opening lines, "BY MR. SMITH:"), which a reader of its own attributes
// better.
func Detect(name string, src []byte) int {
	if !corpus.HasExt(name, ".txt", ".md", ".markdown", "") {
		return 0
	}
	s := string(src[:min(len(src), detectBytes)])
	if !corpus.LooksLikeScript(s) {
		return 0
	}
	if deposition(s) {
		return 1
	}
	return 2
}

// deposition reports whether three lines or more open with "Q." or "A."
// (after any margin line number), or a line names the examining lawyer
// ("BY MR. SMITH:"), as deposition transcripts write them.
func deposition(s string) bool {
	n := 0
	for _, ln := range corpus.SplitLines(s) {
		t := strings.TrimLeft(ln.In(s), " \t0123456789")
		for _, by := range []string{"BY MR. ", "BY MS. ", "BY MRS. ", "BY MR ", "BY MS ", "BY DR. "} {
			if strings.HasPrefix(t, by) && strings.HasSuffix(strings.TrimSpace(t), ":") {
				return true
			}
		}
		if strings.HasPrefix(t, "Q. ") || strings.HasPrefix(t, "A. ") || strings.HasPrefix(t, "Q.\t") || strings.HasPrefix(t, "A.\t") {
			if n++; n >= 3 {
				return true
			}
		}
	}
	return false
}

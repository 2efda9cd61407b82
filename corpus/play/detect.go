package play

import (
	"bytes"
	"regexp"

	"parley/corpus"
)

// sniffSize is how much of a file Detect reads.
const sniffSize = 64 << 10

// slugline matches a screenplay's scene heading, which a play does not
// have.
var slugline = regexp.MustCompile(`(?m)^[ \t]*(?:\d+[A-Z]?\s+)?(?:INT|EXT|INT\./EXT|I/E)[. ]`)

// Detect says how surely src is a printed play: 2 when its first 64 KB
// hold eight cues or more of two speakers who each speak twice, with the
// marks of a play (a Project Gutenberg header, a dramatis personae, an
// act or scene heading, cues closed by a period) or twenty cues; 1 for
// fewer cues, or for names alone on their lines without such marks (a
// transcript with its speakers' names above their words); 0 otherwise,
// and for a text with sluglines (a screenplay's).
func Detect(name string, src []byte) int {
	if !corpus.HasExt(name, ".txt", "") {
		return 0
	}
	head := src
	if len(head) > sniffSize {
		head = head[:sniffSize]
		if k := bytes.LastIndexByte(head, '\n'); k > 0 {
			head = head[:k+1]
		}
	}
	if len(slugline.FindAllIndex(head, 3)) >= 2 {
		return 0
	}
	r := find(string(head))
	if len(r.cues) < 3 {
		return 0
	}
	per := map[string]int{}
	closed := 0
	for _, cu := range r.cues {
		per[cu.key]++
		if cu.c.period {
			closed++
		}
	}
	twice := 0
	for _, n := range per {
		if n >= 2 {
			twice++
		}
	}
	if len(r.cues) < 8 || twice < 2 {
		return 1
	}
	acts := 0
	for _, h := range r.headings {
		if actHeading.MatchString(plainUpper(r.lines[h].text)) {
			acts++
		}
	}
	gutenberg := r.from > 0
	switch {
	case closed*2 < len(r.cues) && !r.cast && acts == 0 && !gutenberg:
		return 1
	case closed*2 >= len(r.cues) || r.cast || acts > 0 || gutenberg || len(r.cues) >= 20:
		return 2
	}
	return 1
}

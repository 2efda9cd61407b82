package play

import (
	"regexp"
	"strings"

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
// fewer cues of two speakers who each speak twice, or for names alone on
// their lines without such marks (a transcript with its speakers' names
// above their words); 0 otherwise. It is 0 too for the layouts whose
// lines pass for cues: a text with sluglines or laid out as a
// screenplay's page (see screenplayPage), and a memorandum or record of
// conversation (see memoHeader).
func Detect(name string, src []byte) int {
	if !corpus.HasExt(name, ".txt", "") {
		return 0
	}
	head := corpus.Head(src, sniffSize)
	sluglines := len(slugline.FindAllIndex(head, 3))
	if sluglines >= 2 {
		return 0
	}
	r := find(string(head))
	if len(r.cues) < 3 || memoHeader(r.lines) || screenplayPage(r, sluglines) {
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
	if twice < 2 {
		return 0 // a play has several characters, each speaking again
	}
	if len(r.cues) < 8 {
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

// memoHeader reports whether lines hold the header of a memorandum or a
// record of conversation, which no play has: a line opening with the
// field "SUBJECT" or "PARTICIPANTS" in capitals, alone or followed by a
// colon or a period ("SUBJECT: Berlin", "PARTICIPANTS."), or in title
// case with a colon ("Subject: Berlin"); or a line that is wholly a
// memorandum's or record's heading in any case ("MEMORANDUM OF
// CONVERSATION", "Record of Conversation").
func memoHeader(lines []line) bool {
	for _, l := range lines {
		t := l.text
		if t == "" || !(t[0] == 'S' || t[0] == 's' || t[0] == 'P' || t[0] == 'p' || t[0] == 'M' || t[0] == 'm' || t[0] == 'R' || t[0] == 'r') {
			continue
		}
		for _, f := range []string{"SUBJECT", "PARTICIPANTS"} {
			if rest, ok := strings.CutPrefix(t, f); ok && (rest == "" || rest[0] == ':' || rest[0] == '.') {
				return true
			}
			// In title case with a colon ("Subject: Berlin"): a line of
			// speech wrapped to "subject." is none.
			if rest, ok := strings.CutPrefix(t, f[:1]+strings.ToLower(f[1:])); ok && rest != "" && rest[0] == ':' {
				return true
			}
		}
		u := strings.TrimRight(strings.ToUpper(t), ".: ")
		if u == "MEMORANDUM OF CONVERSATION" || u == "RECORD OF CONVERSATION" || u == "MEMORANDUM FOR THE RECORD" {
			return true
		}
	}
	return false
}

// screenplayPage reports whether the names alone on their lines stand as
// a screenplay's do: with a slugline, a film's extension to a name ("BOB
// (V.O.)", "ANN (CONT'D)") or "(MORE)" at a page break, however the text
// is indented; or in a plain-text screenplay's three columns, most names
// indented four columns or more beyond the dialogue below them, and text
// left of the dialogue between the blocks (the action at the margin) on
// two lines or more. A play typed with its names centred has its speech
// at the margin, and nothing to the left of it but its stage directions
// in parentheses or brackets.
func screenplayPage(r reading, sluglines int) bool {
	names, centred := 0, 0
	margin := -1 // the least indentation of dialogue right below a name
	cueLine := map[int]bool{}
	film := false // a film's extension to a name
	for _, cu := range r.cues {
		cueLine[cu.line] = true
		if cu.shape != bare {
			continue
		}
		names++
		if t := r.lines[cu.line].text; cu.c.dirEnd > cu.c.dirStart && filmExtension(t[cu.c.dirStart:cu.c.dirEnd]) {
			film = true
		}
		next := r.lines[cu.line+1] // a bare cue has its speech right below
		if next.indent+4 > r.lines[cu.line].indent {
			continue
		}
		centred++
		if !strings.HasPrefix(next.text, "(") && (margin < 0 || next.indent < margin) {
			margin = next.indent
		}
	}
	if names < 2 {
		return false
	}
	if sluglines > 0 || film {
		return true
	}
	for i := r.from; i < r.to; i++ {
		if t := r.lines[i].text; len(t) == 6 && strings.EqualFold(t, "(MORE)") {
			return true
		}
	}
	if centred*2 <= names || margin < 0 {
		return false
	}
	left := 0
	for _, p := range paragraphs(r.lines, r.from, r.to) {
		if t := r.lines[p.first].text; strings.HasPrefix(t, "(") || strings.HasPrefix(t, "[") {
			continue // a stage direction
		}
		for i := p.first; i <= p.last; i++ {
			if !cueLine[i] && r.lines[i].indent+2 <= margin {
				left++
			}
		}
	}
	return left >= 2
}

// filmExtension reports whether a direction after a name is a film's
// extension: a voice over, a voice off screen or off camera, or a speech
// continued over a page break.
func filmExtension(dir string) bool {
	u := strings.ToUpper(dir)
	for _, x := range []string{"V.O", "V/O", "O.S", "O.C", "CONT'D", "CONT’D", "CONTD"} {
		if strings.Contains(u, x) {
			return true
		}
	}
	return false
}

package screenplay

import (
	"strings"

	"parley/corpus"
)

// sniffSize is how much of a file Detect reads.
const sniffSize = 64 << 10

// Detect says how surely src is a screenplay: 2 for a ".fountain" file; 2
// for a text whose first 64 KB hold six cues or more and two scene
// headings or more, or hold four cues or more with a screenplay's marks
// (see filmMarks) or laid out as a plain-text screenplay's page (see
// pageProfile); 1 for an indented screenplay
// without either (ten cues or more); 0 otherwise. The cues must be of two
// speakers who each speak twice.
func Detect(name string, src []byte) int {
	if corpus.HasExt(name, ".fountain") {
		return 2
	}
	if !corpus.HasExt(name, ".txt", "") {
		return 0
	}
	head := corpus.Head(src, sniffSize)
	text := string(head)
	inline := inlineNotes(text)
	lines := splitLines(text, corpus.Mask(text, inline))
	body := 0
	if tp, ok := readTitlePage(lines); ok {
		body = tp.lines
	}
	lines = lines[body:]
	lay := findLayout(lines)
	elems := scan(lines, lay)
	cues, headings, sluglines := 0, 0, 0
	per := map[string]int{}
	for _, e := range elems {
		switch e.kind {
		case cueLine:
			cues++
			per[strings.ToLower(e.name)]++
		case heading:
			headings++
			if sceneHeading.MatchString(lines[e.first].text) {
				sluglines++
			}
		}
	}
	twice := 0
	for _, n := range per {
		if n >= 2 {
			twice++
		}
	}
	switch {
	case twice < 2:
		return 0
	case cues >= 6 && headings >= 2, cues >= 4 && (filmMarks(lines, elems, sluglines) || pageProfile(lines, elems, lay)):
		return 2
	case cues >= 10 && lay.indented:
		return 1
	}
	return 0
}

// filmMarks reports whether a text holds what only a screenplay has,
// however it is indented: a slugline ("EXT. CANAL PATH - NIGHT", not a
// heading forced with "."), a cue's extension only films have ("(V.O.)",
// "(O.S.)", "(CONT'D)"), or "(MORE)" at a page break.
func filmMarks(lines []line, elems []element, sluglines int) bool {
	if sluglines > 0 {
		return true
	}
	for _, e := range elems {
		if e.kind == cueLine && filmExtension(e.ext) || e.kind == furniture && isMore(lines[e.first].text) {
			return true
		}
	}
	return false
}

// pageProfile reports whether an indented text is laid out as a
// plain-text screenplay's page, in three columns: names indented beyond
// the dialogue below them (findLayout) and the dialogue beyond the action,
// which stands at the margin between the dialogue blocks, on two lines or
// more. A play typed with its names centred has its speech at the margin
// and nothing to the left of it, or only its stage directions in
// parentheses or brackets.
func pageProfile(lines []line, elems []element, lay layout) bool {
	if !lay.indented {
		return false
	}
	n := 0 // lines of action left of the dialogue
	for _, e := range elems {
		if t := lines[e.first].text; e.kind != action || strings.HasPrefix(t, "(") || strings.HasPrefix(t, "[") {
			continue // (a play's stage direction, in brackets, is no action)
		}
		for i := e.first; i <= e.last; i++ {
			if lines[i].indent < lay.speechAt {
				n++
			}
		}
	}
	return n >= 2
}

// filmExtension reports whether a cue's extension is a film's: a voice
// over, a voice off screen or off camera, or a speech continued.
func filmExtension(ext string) bool {
	u := strings.ToUpper(ext)
	for _, x := range []string{"V.O", "V/O", "O.S", "O.C", "CONT'D", "CONT’D", "CONTD", "CONT."} {
		if strings.Contains(u, x) {
			return true
		}
	}
	return false
}

// isMore reports whether a line is "(MORE)".
func isMore(t string) bool { return strings.ToUpper(strings.Trim(t, "() ")) == "MORE" }

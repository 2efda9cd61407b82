package screenplay

import (
	"bytes"

	"parley/corpus"
)

// sniffSize is how much of a file Detect reads.
const sniffSize = 64 << 10

// Detect says how surely src is a screenplay: 2 for a ".fountain" file, or
// a text whose first 64 KB hold two scene headings or more and six cues or
// more of two speakers who each speak twice; 1 for an indented screenplay
// without scene headings (ten cues or more); 0 otherwise.
func Detect(name string, src []byte) int {
	if corpus.HasExt(name, ".fountain") {
		return 2
	}
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
	text := string(head)
	inline := inlineNotes(text)
	lines := splitLines(text, corpus.Mask(text, inline))
	body := 0
	if tp, ok := readTitlePage(lines); ok {
		body = tp.lines
	}
	lay := findLayout(lines[body:])
	cues, headings := 0, 0
	per := map[string]int{}
	for _, e := range scan(lines[body:], lay) {
		switch e.kind {
		case cueLine:
			cues++
			per[e.name]++
		case heading:
			headings++
		}
	}
	twice := 0
	for _, n := range per {
		if n >= 2 {
			twice++
		}
	}
	switch {
	case cues >= 6 && twice >= 2 && headings >= 2:
		return 2
	case cues >= 10 && twice >= 2 && lay.indented:
		return 1
	}
	return 0
}

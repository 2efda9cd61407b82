package deposition

import (
	"strings"

	"parley/corpus"
)

// headBytes is how much of a file Detect reads.
const headBytes = 64 << 10

// Detect is sure (2) of a text in this layout: three question, answer or
// colloquy cues or more, and one sign that only court transcripts give: a
// "BY MR. SMITH:" line, margin line numbers, a "THE WITNESS:" or "THE
// COURT:" label, or a witness sworn. "Q:" and "A:" alone (a talk with
// questions from the floor) are not enough, nor are name labels alone:
// those are scripts. It reads the first 64 KB of .txt files and files
// without an ending.
func Detect(name string, src []byte) int {
	if !corpus.HasExt(name, ".txt", "") {
		return 0
	}
	head := string(corpus.Head(src, headBytes))
	lines, numbered := layout(head)
	qa, labels, by, court, sworn := 0, 0, 0, 0, 0
	for i, l := range lines {
		if l.furniture || l.text.Len() == 0 {
			continue
		}
		t := l.text.In(head)
		switch {
		case isQA(t):
			qa++
		case byRe.MatchString(t):
			by++
		default:
			if _, _, ok := swearing(head, lines, i); ok {
				sworn++
			}
		}
		if m := labelRe.FindStringSubmatch(t); m != nil {
			switch classify(m[1]) {
			case sure, isWitness:
				labels++
				if u := strings.ToUpper(strings.Join(strings.Fields(m[1]), " ")); u == "THE WITNESS" || u == "THE COURT" || u == "THE DEPONENT" {
					court++
				}
			}
		}
	}
	if qa+labels < 3 {
		return 0
	}
	if by > 0 || court > 0 || numbered && qa+labels >= 5 || sworn > 0 && qa >= 2 {
		return 2
	}
	return 0
}

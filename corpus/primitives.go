package corpus

import "strings"

// The primitives below are what reader packages below corpus (subtitles,
// chat, tei, table...) need of the text helpers the code in corpus uses
// unexported. They are thin exports, so that the helpers keep one
// definition.

// Extents returns the spans the note occupies, in order: its anchor, and
// its extent where that is another span.
func (n Note) Extents() []Span { return n.extents() }

// IsStageDirection reports whether the inside of a parenthesis holds a
// stage word ("laughs", "applause", "inaudible"), six words at most.
func IsStageDirection(inner string) bool { return isStageDirection(inner) }

// IsSpace reports whether c is a space, a tab or a line break (CR or LF).
func IsSpace(c byte) bool { return isSpace(c) }

// LineStarts returns the byte offset of the start of each line of src,
// the first line's (0) first.
func LineStarts(src string) []int { return lineStarts(src) }

// Subtract returns what is left of s once the cuts are taken out, as
// non-empty spans in source order. The cuts may overlap and come in any
// order; it sorts them in place.
func Subtract(s Span, cuts []Span) []Span { return subtract(s, cuts) }

// LineAt returns the 1-based line of byte offset off in text (an offset
// out of range counts as the nearest end).
func LineAt(text string, off int) int {
	return strings.Count(text[:min(max(off, 0), len(text))], "\n") + 1
}

// IsDigits reports whether s is one or more ASCII digits.
func IsDigits(s string) bool { return isDigits(s) }

func isDigits(s string) bool {
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return s != ""
}

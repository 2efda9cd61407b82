package corpus

// The primitives below are what reader packages below corpus (subtitles)
// need of the text helpers the readers in corpus use unexported. They are
// thin exports, so that the helpers keep one definition.

// ScanBrackets finds the notes written in square brackets in src: footnote
// markers and bodies, elisions and editorial insertions (see
// scanBrackets). Line and Turn are left for the caller.
func ScanBrackets(src string) []Note { return scanBrackets(src) }

// Extents returns the spans the note occupies, in order: its anchor, and
// its extent where that is another span.
func (n Note) Extents() []Span { return n.extents() }

// IsStageDirection reports whether the inside of a parenthesis holds a
// stage word ("laughs", "applause", "inaudible"), six words at most.
func IsStageDirection(inner string) bool { return isStageDirection(inner) }

// SkipSpaces returns the offset of the first byte at or after i in line
// that is no space or tab.
func SkipSpaces(line string, i int) int { return skipSpaces(line, i) }

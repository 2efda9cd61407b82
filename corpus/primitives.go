package corpus

// The primitives below are what reader packages below corpus (subtitles)
// need of the text helpers the readers in corpus use unexported. They are
// thin exports, so that the helpers keep one definition.

// Extents returns the spans the note occupies, in order: its anchor, and
// its extent where that is another span.
func (n Note) Extents() []Span { return n.extents() }

// IsStageDirection reports whether the inside of a parenthesis holds a
// stage word ("laughs", "applause", "inaudible"), six words at most.
func IsStageDirection(inner string) bool { return isStageDirection(inner) }

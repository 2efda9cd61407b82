package corpus

import "strings"

// The helpers below serve the readers of structured files (a table's
// cells, a JSON Lines file's strings), whose speech lies in fields of a
// syntax and must not take in its quotes or escapes.

// FieldNotes adds the notes found within the fields of a structured file
// (a table's text cells, a JSON string's contents): bracketed insertions
// ("[inaudible]") and parenthesised stage directions ("(APPLAUSE)"). A
// note never reaches from one field into another, and nothing outside the
// fields is read. A bracket followed by a parenthesis ("[this](http://...)")
// is a Markdown link, which is speech, not a note.
func (b *Builder) FieldNotes(fields []Span) {
	src := b.Source()
	// Outside the fields every byte is a line break, which no note spans.
	view := []byte(strings.Repeat("\n", len(src)))
	for _, f := range fields {
		copy(view[f.Start:f.End], src[f.Start:f.End])
	}
	v := string(view)
	var notes []Note
	for _, n := range scanBrackets(v) {
		if n.Kind == Editorial && n.Anchor.End < len(v) && v[n.Anchor.End] == '(' {
			continue
		}
		notes = append(notes, n)
	}
	b.AddNotes(notes...)
	masked := Mask(v, notes)
	for _, f := range fields {
		b.StageNotes(masked, f)
	}
}

// CutSpeech takes the cuts (escape characters of the file's syntax) out of
// the speech spans, and returns what is left, trimmed, without empty
// pieces.
func CutSpeech(src string, speech, cuts []Span) []Span {
	if len(cuts) == 0 {
		return speech
	}
	var out []Span
	for _, s := range speech {
		for _, p := range Subtract(s, cuts) {
			if p = TrimSpan(src, p); p.Len() > 0 {
				out = append(out, p)
			}
		}
	}
	return out
}

// SpeechLess returns the speech of the span s of text: s less the cuts,
// split at line breaks, trimmed, empty pieces dropped. It is
// Builder.SpeechIn for readers that cut more than notes (CHAT's codes,
// XML's markup).
func SpeechLess(text string, s Span, cuts []Span) []Span {
	var out []Span
	for _, piece := range Subtract(s, cuts) {
		for _, ln := range SplitLines(text[piece.Start:piece.End]) {
			if p := TrimSpan(text, Span{piece.Start + ln.Start, piece.Start + ln.End}); p.Len() > 0 {
				out = append(out, p)
			}
		}
	}
	return out
}

// FirstLine returns src's first line that is not blank, with its line
// break: a table's header, a JSON Lines file's first object.
func FirstLine[S ~string | ~[]byte](src S) S {
	start, blank := 0, true
	for i := 0; i < len(src); i++ {
		switch c := src[i]; {
		case c == '\n':
			if !blank {
				return src[start : i+1]
			}
			start = i + 1
		case !IsSpace(c):
			blank = false
		}
	}
	if blank {
		return src[len(src):]
	}
	return src[start:]
}

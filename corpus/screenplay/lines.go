package screenplay

import (
	"strings"

	"parley/corpus"
)

// line is one line of the text, as the reader sees it.
type line struct {
	span   corpus.Span // the line, without its line break
	trim   corpus.Span // the line without its surrounding white space
	text   string      // trim's text in the masked source
	indent int         // the columns before the text, a tab stopping at multiples of 8
	blank  bool        // white space only in the source
	notes  bool        // not blank in the source, but blank once notes are masked
}

// splitLines cuts src into lines; masked is src with its inline notes
// blanked, byte for byte.
func splitLines(src, masked string) []line {
	var out []line
	for _, s := range corpus.SplitLines(masked) {
		l := line{span: s, trim: corpus.TrimSpan(masked, s)}
		l.text = l.trim.In(masked)
		l.blank = strings.TrimSpace(s.In(src)) == ""
		l.notes = !l.blank && l.text == ""
		l.indent = corpus.Columns(masked[s.Start:l.trim.Start])
		out = append(out, l)
	}
	return out
}

// inlineNotes finds Fountain's notes ("[[...]]") and boneyard ("/* ... */"),
// which may run over several lines; one left open runs to the end of the
// text. They are editorial notes wherever they stand.
func inlineNotes(src string) []corpus.Note {
	var notes []corpus.Note
	for i := 0; i+1 < len(src); i++ {
		open, close := src[i:i+2], ""
		switch open {
		case "[[":
			close = "]]"
		case "/*":
			close = "*/"
		default:
			continue
		}
		end := len(src)
		bodyEnd := end
		if k := strings.Index(src[i+2:], close); k >= 0 {
			bodyEnd = i + 2 + k
			end = bodyEnd + 2
		}
		span := corpus.Span{Start: i, End: end}
		notes = append(notes, corpus.Note{Kind: corpus.Editorial, Anchor: span, Extent: span, Body: corpus.TrimSpan(src, corpus.Span{Start: i + 2, End: bodyEnd})})
		i = end - 1
	}
	return notes
}

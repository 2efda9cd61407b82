package play

import (
	"regexp"
	"strings"

	"parley/corpus"
)

// line is one line of the text.
type line struct {
	span   corpus.Span // without the line break
	trim   corpus.Span // without the surrounding white space
	text   string      // trim's text
	indent int         // columns before the text, tabs stopping at multiples of 8
}

func (l line) blank() bool { return l.text == "" }

func splitLines(src string) []line {
	var out []line
	for _, s := range corpus.SplitLines(src) {
		l := line{span: s, trim: corpus.TrimSpan(src, s)}
		l.text = l.trim.In(src)
		l.indent = corpus.Columns(src[s.Start:l.trim.Start])
		out = append(out, l)
	}
	return out
}

var (
	gutenbergStart = regexp.MustCompile(`^\*{3}\s*START OF (?:THE|THIS) PROJECT GUTENBERG`)
	gutenbergEnd   = regexp.MustCompile(`^\*{3}\s*END OF (?:THE|THIS) PROJECT GUTENBERG`)
	// gutenbergEndNote is the line a Gutenberg text ends its work with,
	// before the "*** END" marker.
	gutenbergEndNote = regexp.MustCompile(`(?i)^end of (?:the )?project gutenberg`)
)

// body returns the lines [from, to) of the work: after a Project Gutenberg
// "*** START" line and before its "*** END" line (or the "End of Project
// Gutenberg's ..." line before it); the whole text without them.
func body(lines []line) (from, to int) {
	from, to = 0, len(lines)
	for i, l := range lines {
		if strings.HasPrefix(l.text, "***") && gutenbergStart.MatchString(strings.ToUpper(l.text)) {
			from = i + 1
			break
		}
	}
	for i := from; i < len(lines); i++ {
		t := lines[i].text
		if strings.HasPrefix(t, "***") && gutenbergEnd.MatchString(strings.ToUpper(t)) || len(t) > 0 && (t[0] == 'E' || t[0] == 'e') && gutenbergEndNote.MatchString(t) {
			return from, i
		}
	}
	return from, to
}

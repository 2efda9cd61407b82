package record

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"parley/corpus"
)

// unwrap joins the lines of a hard-wrapped text into paragraphs, so that
// a paragraph is one line to the reader, as in a text with a paragraph to
// the line: each line break inside a paragraph becomes a space, byte for
// byte, so offsets stay offsets into the source. A text is hard-wrapped
// when one line in ten or more is followed by a line that goes on in lower
// case, and nine lines in ten are at most 130 bytes long (typescript is
// wrapped at 60 to 80 columns, a word processor's text at up to 120; a
// text with a paragraph to the line has longer lines). A line break is
// inside a paragraph when the line before it is long (60% of the width,
// the 95th percentile of the lengths, or more, so that headings and
// participants stay lines of their own) and the line after it is text, not
// indented where the line before is not, and either goes on in lower case
// or (in a text that separates its paragraphs with blank lines) begins
// with a word that would not have fitted on the line before.
func unwrap(masked string) string {
	lines := corpus.SplitLines(masked)
	var lens []int
	cont, blank := 0, 0
	for i, ln := range lines {
		t := strings.TrimSpace(ln.In(masked))
		if t == "" {
			blank++
			continue
		}
		lens = append(lens, len(t))
		if i+1 < len(lines) && startsLower(strings.TrimSpace(lines[i+1].In(masked))) {
			cont++
		}
	}
	if len(lens) < 6 || cont*10 < len(lens) {
		return masked
	}
	sort.Ints(lens)
	if lens[len(lens)*9/10] > 130 {
		return masked
	}
	width := lens[len(lens)*95/100]
	b := []byte(masked)
	for i := 0; i+1 < len(lines); i++ {
		cur, next := lines[i].In(masked), lines[i+1].In(masked)
		c, n := strings.TrimSpace(cur), strings.TrimSpace(next)
		if c == "" || n == "" || len(c)*10 < width*6 || heading(c) || heading(n) {
			continue
		}
		// The first word of the next line would not have fitted on this
		// one: the line was wrapped, not ended.
		first := n
		if k := strings.IndexAny(n, " \t"); k >= 0 {
			first = n[:k]
		}
		wrapped := len(c)+1+len(first) > width
		if indent(next) > indent(cur)+1 || !(startsLower(n) || blank >= 3 && (wrapped || endsOpen(c))) {
			continue
		}
		for k := lines[i].End; k < lines[i+1].Start; k++ {
			b[k] = ' '
		}
	}
	return string(b)
}

// openEnds are words no sentence or paragraph ends with: a line that
// ends with one was wrapped ("... would prefer thirty. The" / "Foreign
// Secretary said ...").
var openEnds = corpus.WordSet(`the a an and or of to that with for in on at by from his her their its Mr. Mrs. Ms. Dr.`)

// endsOpen reports whether a line ends with a word of openEnds.
func endsOpen(s string) bool {
	f := strings.Fields(s)
	return len(f) > 0 && (openEnds[f[len(f)-1]] || openEnds[strings.ToLower(f[len(f)-1])])
}

func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

func indent(s string) int {
	return len(s) - len(strings.TrimLeft(s, " \t"))
}

// heading reports whether a line is a heading that stands alone: a
// record's heading, a participants heading, a line in capitals.
func heading(s string) bool {
	return recordHeading(s) || blockHeadingRe.MatchString(s) || strings.ToUpper(s) == s && strings.ToLower(s) != s
}

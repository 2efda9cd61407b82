package deposition

import (
	"regexp"
	"strings"

	"parley/corpus"
)

// line is one source line as the page lays it out.
type line struct {
	// whole is the line without its line break; text its content: after
	// the margin number, with surrounding white space trimmed.
	whole, text corpus.Span
	// indent is the content's indentation in columns (tabs count 8), after
	// the margin number.
	indent int
	// time is the video time code before the margin number, if any.
	time string
	// furniture marks page furniture: on numbered pages every line without
	// a margin number (page numbers, running heads, reporters' footers);
	// elsewhere a line that reads only as a page number, or that recurs
	// word for word (see markRepeats).
	furniture bool
}

// marginRe matches a margin line number: up to twelve columns of white
// space (and a form feed), the video time code of a synchronized
// transcript if any ("10:04:23"), one or two digits, then white space or
// the line's end.
var marginRe = regexp.MustCompile(`^[ \t\f]{0,12}(?:(\d{1,2}:\d{2}:\d{2})[ \t]+)?(\d{1,2})(?:[ \t]+|$)`)

// pageRe matches a line that is only a page number: "Page 12", "Page 12
// of 40", "- 12 -", "00012" (the ASCII export's page line), with a volume
// before it ("Vol. 3 - Page 413", "Volume II, page 7").
var pageRe = regexp.MustCompile(`(?i)^(?:(?:vol(?:ume)?\.?\s*[\divxlc]{1,5}\s*[-–—,:]?\s*)?(?:page|p\.)\s*\d{1,5}(?:\s+of\s+\d{1,5})?|-\s*\d{1,5}\s*-|0\d{3,5})$`)

// maxLine is the highest margin number accepted: pages have 25 lines in
// federal courts, up to 28 or 32 in some state courts.
const maxLine = 34

// layout splits text into lines and finds their margin numbers. The text
// is numbered when most of its non-blank lines carry a margin number in
// sequence (each one more than the last, or 1 to open a page); then the
// lines without one are furniture.
func layout(text string) (lines []line, numbered bool) {
	spans := corpus.SplitLines(text)
	nums := make([]int, len(spans))
	prev, inSeq, nonBlank := 0, 0, 0
	for i, s := range spans {
		ln := s.In(text)
		if isBlank(ln) {
			continue
		}
		nonBlank++
		m := marginRe.FindStringSubmatch(ln)
		if m == nil {
			continue
		}
		n := atoi(m[2])
		if n < 1 || n > maxLine {
			continue
		}
		if n == 1 || n > prev && n <= prev+3 {
			nums[i] = n
			prev = n
			inSeq++
		}
	}
	numbered = inSeq >= 10 && inSeq*10 >= nonBlank*6
	lines = make([]line, len(spans))
	for i, s := range spans {
		ln := s.In(text)
		l := line{whole: s}
		from := 0
		switch {
		case isBlank(ln):
		case numbered && nums[i] == 0:
			l.furniture = true
		case numbered:
			m := marginRe.FindStringSubmatchIndex(ln)
			from = m[1]
			if m[2] >= 0 {
				l.time = ln[m[2]:m[3]]
			}
		}
		lead := from
		for lead < len(ln) && isSpace(ln[lead]) {
			lead++
		}
		l.indent = corpus.Columns(ln[from:lead])
		l.text = trim(text, corpus.Span{Start: s.Start + from, End: s.End})
		if !numbered && !l.furniture {
			t := l.text.In(text)
			l.furniture = pageRe.MatchString(t) || l.indent >= 20 && isNumber(t)
		}
		lines[i] = l
	}
	if !numbered {
		markRepeats(text, lines)
	}
	return lines, numbered
}

// markRepeats marks as furniture the lines of unnumbered text that recur
// word for word three times or more, as a running head or a reporter's
// footer does on every page ("SOUTHERN DISTRICT REPORTERS, P.C.",
// "Johnson - Direct"); a line of two words or fewer, a cue or a
// parenthetical may recur as speech does and is left.
func markRepeats(text string, lines []line) {
	count := map[string]int{}
	key := func(l line) string {
		t := l.text.In(text)
		if l.furniture || len(strings.Fields(t)) < 3 || t[0] == '(' || isQA(t) || labelRe.MatchString(t) {
			return ""
		}
		return strings.Join(strings.Fields(t), " ")
	}
	for _, l := range lines {
		if k := key(l); k != "" {
			count[k]++
		}
	}
	for i, l := range lines {
		if k := key(l); k != "" && count[k] >= 3 {
			lines[i].furniture = true
		}
	}
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\f' || c == '\r' || c == '\n' }

func isBlank(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isSpace(s[i]) {
			return false
		}
	}
	return true
}

// trim narrows s to exclude surrounding white space, form feeds included.
func trim(src string, s corpus.Span) corpus.Span {
	for s.Start < s.End && isSpace(src[s.Start]) {
		s.Start++
	}
	for s.End > s.Start && isSpace(src[s.End-1]) {
		s.End--
	}
	return s
}

func isNumber(s string) bool {
	if s == "" || len(s) > 5 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s) && i < 6; i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// hasLower reports whether s holds a lower-case ASCII letter.
func hasLower(s string) bool { return strings.ContainsAny(s, "abcdefghijklmnopqrstuvwxyz") }

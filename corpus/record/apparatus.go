package record

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"parley/corpus"
)

// The apparatus of a record beyond corpus.ScanBrackets: footnotes written
// as bare numbers ("[1]", "Senate22", "¹", "*") and page furniture
// (running heads, page numbers, classification markings, separator
// lines). None of it is speech, and none of it starts or ends a turn.

var (
	// slashMarkRe is a typescript's footnote marker, a number and a
	// slash after a word ("proposal 1/", "Berlin.2/"); slashBodyRe its
	// body at the foot of the page ("1/ Transmitted in ...").
	slashMarkRe = regexp.MustCompile(`(?:[\p{L}.,;:)"”’] ?)(\d{1,2})/(?:[\s.,;:)]|$)`)
	slashBodyRe = regexp.MustCompile(`^\s*(\d{1,2})/\s+\S`)
	// pageMarkRe is a page's number in a running head: "page 2", "p. 2",
	// "- 2 -" at the end.
	pageMarkRe = regexp.MustCompile(`(?i)(?:\bpage\s+\d{1,4}|\bp\.\s*\d{1,4}|[-–—]\s*\d{1,4}\s*[-–—])\s*\.?\s*$`)
	// classificationRe is a line that holds only a security
	// classification, as archives stamp them on every page.
	classificationRe = regexp.MustCompile(`^\s*(?:(?:TOP SECRET|SECRET|CONFIDENTIAL|STRICTLY CONFIDENTIAL|UNCLASSIFIED|RESTRICTED|LIMITED OFFICIAL USE|FOR OFFICIAL USE ONLY|EYES ONLY|NODIS|EXDIS|NOFORN|Top Secret|Secret|Confidential|Strictly Confidential|Unclassified|Restricted|Eyes Only)(?:[\s;,/–—-]+(?:EYES ONLY|NODIS|EXDIS|NOFORN|SENSITIVE|Eyes Only|Nodis|Exdis|Sensitive))*)[\s.]*$`)
	// separatorRe is a rule line, with or without a word for the notes
	// below it: "----", "* * *", "---- Footnotes ----".
	separatorRe = regexp.MustCompile(`(?i)^\s*(?:[-_=*~·•]\s*){3,}(?:(?:foot|end)?notes?\s*(?:[-_=*~·•]\s*)*)?$|^\s*(?:[-_=*~·•]\s*){2,}(?:foot|end)?notes?\s*(?:[-_=*~·•]\s*){2,}$`)
	// notesHeadingRe is a separator or heading that opens the notes.
	notesHeadingRe = regexp.MustCompile(`(?i)(?:foot|end)?notes?\s*[-_=*~·•:]*\s*$`)
	// gluedNumberRe is a footnote number glued to the word before it
	// ("Senate22", "Senate.22"): two lower-case letters or more, an
	// optional mark, one to three digits, then a break.
	gluedNumberRe = regexp.MustCompile(`\p{Ll}{2}[.,;:”"’)]?(\d{1,3})(?:[\s.,;:!?)”"’]|$)`)
	// lineNoteRe is a footnote body at the start of a line: "[1] Source:
	// ...", "1. Source ..." is not (that is a numbered paragraph), "¹ ...",
	// "* ...".
	bracketBodyRe = regexp.MustCompile(`^\s*\[(\d{1,3})\]\s+\S`)
)

const superscripts = "⁰¹²³⁴⁵⁶⁷⁸⁹"

// superscriptValue returns the number a run of superscript digits at the
// start of s stands for, and its length in bytes.
func superscriptValue(s string) (int, int) {
	n, size := 0, 0
	for size < len(s) {
		r, k := utf8.DecodeRuneInString(s[size:])
		d := strings.IndexRune(superscripts, r)
		if d < 0 {
			break
		}
		n = n*10 + utf8.RuneCountInString(superscripts[:d])
		size += k
	}
	return n, size
}

// apparatus returns the notes of a record's text: the bracket notes of
// corpus.ScanBrackets, with a bare number in brackets read as a footnote
// ("[1]" a marker, "[1] Source: ..." at a line's start a body), and the
// footnote markers and page furniture that ScanBrackets does not know.
// furniture holds the notes that count only inside the conversation
// (page furniture, markers glued to words): front and back matter keep
// their headers ("SECRET" on a title page) as matter.
func apparatus(src string, heads map[string]bool) (notes, furniture []corpus.Note) {
	for _, n := range corpus.ScanBrackets(src) {
		if n.Kind == corpus.Editorial {
			if num, err := strconv.Atoi(n.Body.In(src)); err == nil && len(n.Body.In(src)) <= 3 {
				n.Kind, n.Number = corpus.Footnote, num
			}
		}
		notes = append(notes, n)
	}
	masked := corpus.Mask(src, notes)
	for _, ln := range corpus.SplitLines(masked) {
		line := ln.In(masked)
		whole := corpus.TrimSpan(src, ln)
		switch {
		case whole.Len() == 0:
		case bracketBodyRe.MatchString(src[ln.Start:ln.End]):
			// "[1] Source: ...": ScanBrackets made "[1]" a note; the
			// line is its body.
			body(src, &notes, whole)
		case startsSuperscript(line):
			n, k := superscriptValue(strings.TrimSpace(line))
			b := corpus.TrimSpan(src, corpus.Span{Start: whole.Start + k, End: whole.End})
			if !pairBody(furniture, n, whole, b) {
				furniture = append(furniture, corpus.Note{Kind: corpus.Footnote, Number: n, Anchor: whole, Extent: whole, Body: b})
			}
		case strings.HasPrefix(strings.TrimSpace(line), "* ") || strings.HasPrefix(strings.TrimSpace(line), "*) "):
			k := max(strings.IndexByte(masked[whole.Start:whole.End], ' '), 1)
			furniture = append(furniture, corpus.Note{Kind: corpus.Footnote, Anchor: whole, Extent: whole, Body: corpus.TrimSpan(src, corpus.Span{Start: whole.Start + k, End: whole.End})})
		case separatorRe.MatchString(line) || corpus.IsPageNumber(line) || classificationRe.MatchString(line) || heads[runningHead(line)] || pageHead(line):
			furniture = append(furniture, corpus.Note{Kind: corpus.Furniture, Anchor: whole, Extent: whole, Body: whole})
		case slashBodyRe.MatchString(line):
			// "1/ Transmitted in telegram 2345.": a typescript's
			// footnote, at the foot of its page.
			m := slashBodyRe.FindStringSubmatchIndex(line)
			n, _ := strconv.Atoi(line[m[2]:m[3]])
			b := corpus.TrimSpan(src, corpus.Span{Start: ln.Start + m[3] + 1, End: whole.End})
			if !pairBody(furniture, n, whole, b) {
				furniture = append(furniture, corpus.Note{Kind: corpus.Footnote, Number: n, Anchor: whole, Extent: whole, Body: b})
			}
		case numberedBody(line, furniture):
			// "22 Hearings before ...": the body of the marker "Senate22"
			// before it, at a page break.
			m := numberedBodyRe.FindStringSubmatchIndex(line)
			n, _ := strconv.Atoi(line[m[2]:m[3]])
			pairBody(furniture, n, whole, corpus.TrimSpan(src, corpus.Span{Start: ln.Start + m[3], End: whole.End}))
		default:
			furniture = append(furniture, pageNumbers(ln, line)...)
			furniture = append(furniture, inlineMarkers(src, masked, ln)...)
		}
	}
	return notes, furniture
}

// body makes the line whole the body of the footnote whose "[N]" opens
// it: the marker note ScanBrackets found there becomes the body, and an
// earlier marker of the same number without a body takes it.
func body(src string, notes *[]corpus.Note, whole corpus.Span) {
	ns := *notes
	k := -1
	for i, n := range ns {
		if n.Anchor.Start >= whole.Start && n.Anchor.End <= whole.End {
			k = i
			break
		}
	}
	if k < 0 || ns[k].Kind != corpus.Footnote {
		return
	}
	b := corpus.TrimSpan(src, corpus.Span{Start: ns[k].Anchor.End, End: whole.End})
	for i := k - 1; i >= 0; i-- {
		if m := &ns[i]; m.Kind == corpus.Footnote && m.Number == ns[k].Number && m.Extent == m.Anchor {
			m.Extent, m.Body = whole, b
			*notes = append(ns[:k], ns[k+1:]...)
			return
		}
	}
	ns[k].Anchor, ns[k].Extent, ns[k].Body = whole, whole, b
}

func startsSuperscript(line string) bool {
	_, k := superscriptValue(strings.TrimSpace(line))
	return k > 0
}

// inlineMarkers finds the footnote markers within a line of text:
// superscript digits, asterisks, and numbers glued to a word.
func inlineMarkers(src, masked string, ln corpus.Span) []corpus.Note {
	var out []corpus.Note
	line := ln.In(masked)
	mark := func(start, end, num int) {
		s := corpus.Span{Start: ln.Start + start, End: ln.Start + end}
		out = append(out, corpus.Note{Kind: corpus.Footnote, Number: num, Anchor: s, Extent: s})
	}
	for i := 0; i < len(line); {
		if n, k := superscriptValue(line[i:]); k > 0 {
			mark(i, i+k, n)
			i += k
			continue
		}
		if line[i] == '*' {
			j := i
			for j < len(line) && line[j] == '*' {
				j++
			}
			if end, ok := emphasis(line, i, j); ok {
				i = end // "*fine*": emphasis, not a marker
				continue
			}
			// A marker is glued to the word before it: "Berlin*".
			if i > 0 && line[i-1] != ' ' && line[i-1] != '\t' {
				mark(i, j, 0)
			}
			i = j
			continue
		}
		i++
	}
	if !strings.ContainsAny(line, "0123456789") {
		sortByStart(out)
		return out // neither a glued number nor a typescript's "1/"
	}
	for _, m := range gluedNumberRe.FindAllStringSubmatchIndex(line, -1) {
		// A word with digits inside it ("B52s", "G7") is a name, not
		// a marker: the digits end the word here.
		if m[0] > 0 {
			r, _ := utf8.DecodeLastRuneInString(line[:m[0]])
			if unicode.IsDigit(r) {
				continue
			}
		}
		n, _ := strconv.Atoi(line[m[2]:m[3]])
		mark(m[2], m[3], n)
	}
	for _, m := range slashMarkRe.FindAllStringSubmatchIndex(line, -1) {
		// "the proposal 1/ with care": a typescript's marker.
		n, _ := strconv.Atoi(line[m[2]:m[3]])
		mark(m[2], m[3]+1, n)
	}
	sortByStart(out)
	return out
}

func sortByStart(ns []corpus.Note) {
	for i := 1; i < len(ns); i++ {
		for j := i; j > 0 && ns[j].Anchor.Start < ns[j-1].Anchor.Start; j-- {
			ns[j], ns[j-1] = ns[j-1], ns[j]
		}
	}
}

// runningHead returns the key a line is counted by as a running head
// (corpus.RunningHeadKey), or "" for a heading that opens a record.
func runningHead(line string) string {
	if recordHeading(strings.TrimSpace(line)) {
		return ""
	}
	return corpus.RunningHeadKey(line)
}

// runningHeads returns the lines of src that repeat as running heads
// (corpus.RunningHeads): a short line, not a sentence, that stands three
// times or more, or twice with a page number in it or in capitals.
func runningHeads(src string) map[string]bool {
	return corpus.RunningHeads(src, nil, runningHead, 3)
}

// notesHeading reports whether a furniture line opens the notes
// ("---- Footnotes ----", "Notes").
func notesHeading(line string) bool {
	return separatorRe.MatchString(line) && notesHeadingRe.MatchString(line)
}

// emphasis reports whether the asterisks at line[i:j] open emphasis
// ("*fine*", "**bold**"): after a space or the line's start, before a
// letter, and closed by as many asterisks on the line. It returns the
// offset past the closing asterisks.
func emphasis(line string, i, j int) (int, bool) {
	if i > 0 && line[i-1] != ' ' && line[i-1] != '\t' && line[i-1] != '(' || j >= len(line) || line[j] == ' ' {
		return i, false
	}
	closing := strings.Index(line[j:], line[i:j])
	if closing <= 0 || line[j+closing-1] == ' ' {
		return i, false
	}
	return j + closing + (j - i), true
}

var (
	// numberedBodyRe is a line that opens with a footnote's number and a
	// space: "22 Hearings before the Committee ...".
	numberedBodyRe = regexp.MustCompile(`^\s*(\d{1,3})\s+\S`)
	// pageStartRe is a page number glued to the start of a line of text
	// ("412 The President said ..."); pageEndRe one after a sentence's end
	// ("... was final. 412").
	pageStartRe = regexp.MustCompile(`^\s*(\d{1,4})\s+\p{Lu}`)
	pageEndRe   = regexp.MustCompile(`[.!?”"]\s+(\d{1,4})\s*$`)
)

// numberedBody reports whether a line opening with a number is the body
// of a footnote marker seen before it and still without a body.
func numberedBody(line string, notes []corpus.Note) bool {
	m := numberedBodyRe.FindStringSubmatch(line)
	if m == nil {
		return false
	}
	n, _ := strconv.Atoi(m[1])
	return openMarker(notes, n) >= 0
}

// openMarker returns the index of the last footnote marker numbered n
// without a body, or -1.
func openMarker(notes []corpus.Note, n int) int {
	for i := len(notes) - 1; i >= 0; i-- {
		if m := notes[i]; m.Kind == corpus.Footnote && m.Number == n && m.Extent == m.Anchor && m.Body.Len() == 0 {
			return i
		}
	}
	return -1
}

// pairBody gives the body at extent to the open marker numbered n, and
// reports whether there was one.
func pairBody(notes []corpus.Note, n int, extent, body corpus.Span) bool {
	i := openMarker(notes, n)
	if i < 0 {
		return false
	}
	notes[i].Extent, notes[i].Body = extent, body
	return true
}

// pageNumbers finds page numbers glued to a line of text: at its start
// before a capital, or after its last sentence. A year (1800-2099) is no
// page number.
func pageNumbers(ln corpus.Span, line string) []corpus.Note {
	if !strings.ContainsAny(line, "0123456789") {
		return nil
	}
	var out []corpus.Note
	for _, re := range []*regexp.Regexp{pageStartRe, pageEndRe} {
		m := re.FindStringSubmatchIndex(line)
		if m == nil {
			continue
		}
		if n, _ := strconv.Atoi(line[m[2]:m[3]]); m[3]-m[2] == 4 && n >= 1800 && n < 2100 {
			continue
		}
		if w, _ := word(line, corpus.SkipSpaces(line, m[3])); monthNames[strings.ToLower(w)] {
			continue // "9 March 1961"
		}
		s := corpus.Span{Start: ln.Start + m[2], End: ln.Start + m[3]}
		out = append(out, corpus.Note{Kind: corpus.Furniture, Anchor: s, Extent: s, Body: s})
	}
	return out
}

var monthNames = corpus.WordSet(`january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec`)

// pageHead reports whether a line is a running head with a page's number
// ("Memorandum of Conversation, May 3, 1962, page 2", "Dobrynin - 3 -"):
// twelve words at most, ending in the page mark.
func pageHead(line string) bool {
	return len(strings.Fields(line)) <= 12 && (pageMarkRe.MatchString(line) || bookHeadRe.MatchString(line))
}

// bookHeadRe is a printed volume's running head: the page's number, a
// wide gap, the volume's title ("218      Foreign Relations, 1961-1963,
// Volume XVI"), or the title, a wide gap and the number.
var bookHeadRe = regexp.MustCompile(`^\s*\d{1,4}\s{3,}\S[^.!?]*$|^\s*\S[^.!?]*\S\s{3,}\d{1,4}\s*$`)

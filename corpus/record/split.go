package record

import (
	"regexp"
	"strings"

	"parley/corpus"
)

// headingRe is a line that begins a record: "Record of conversation",
// "89. Memorandum of Conversation", "MINUTES OF A MEETING", "Record of a
// Meeting held at 10 Downing Street".
var headingRe = regexp.MustCompile(`(?i)^\s*(?:(?:no\.\s*)?\d{1,4}\.?\s+)?((?:(?:record|memorandum|minutes|notes?|transcript|protocol|summary)s?\s+of\s+(?:an?\s+|the\s+)?(?:conversation|meeting|talks?|discussion|interview|conference|conversations|meetings)|memorand(?:um|a)\s+for\s+the\s+record)\b.*)$`)

// recordHeading reports whether a line begins a record.
func recordHeading(line string) bool { return headingRe.MatchString(line) }

// splitRecords returns the stretches of text that begin at each record
// heading after the first; the first stretch holds everything before the
// second heading. A text with no heading or one is one stretch.
func splitRecords(text string) []corpus.Span {
	var starts []int
	prev := ""
	lines := corpus.SplitLines(text)
	for li, ln := range lines {
		line := strings.TrimSpace(ln.In(text))
		// A heading stands on a line of its own, after a blank line or a
		// finished one, in capitals or short: not "memorandum of
		// conversation to show ..." wrapped from the line before.
		// Nor a running head ("Memorandum of Conversation, May 3, page
		// 2") or a heading the text goes on from in lower case.
		if recordHeading(line) && !pageHead(line) && !continued(text, lines, li) && corpus.StartsUpper(strings.TrimLeft(line, "0123456789. ")) && (corpus.IsCaps(line) || len(strings.Fields(line)) <= 12) &&
			(prev == "" || strings.ContainsAny(prev[len(prev)-1:], ".!?:)]”\"") || recordHeading(prev) || corpus.IsCaps(prev) || len(strings.Fields(prev)) <= 6 || headFollows(text, lines, li)) {
			starts = append(starts, lines[headStart(text, lines, li)].Start)
		}
		prev = line
	}
	if len(starts) < 2 {
		return []corpus.Span{{Start: 0, End: len(text)}}
	}
	var out []corpus.Span
	from := 0
	for _, s := range starts[1:] {
		out = append(out, corpus.Span{Start: from, End: s})
		from = s
	}
	return append(out, corpus.Span{Start: from, End: len(text)})
}

// headFollows reports whether the first line of text after line li is of
// a record's head: a date, a field ("SUBJECT:", "PARTICIPANTS:"), a
// participants heading or a classification.
func headFollows(text string, lines []corpus.Span, li int) bool {
	for k := li + 1; k < len(lines); k++ {
		if t := strings.TrimSpace(lines[k].In(text)); t != "" {
			return dateLine(t) || fieldRe.MatchString(t) || blockHeadingRe.MatchString(t) || classificationRe.MatchString(t)
		}
	}
	return false
}

// fieldRe is a field of a memorandum's or a telegram's head: "SUBJECT:",
// "Participants:", "DATE:", "FROM:".
var fieldRe = regexp.MustCompile(`^[A-Z][A-Za-z]{1,15}(?: [A-Za-z]{1,15})?\s*:`)

// continued reports whether line li stands inside a sentence, as a
// page's head does: the line before it ends with no sentence's end and
// the line after it goes on in lower case. ("RECORD OF CONVERSATION" /
// "between A.A. Gromyko and ..." after a finished record is a heading.)
func continued(text string, lines []corpus.Span, li int) bool {
	before, after := "", ""
	for k := li - 1; k >= 0 && before == ""; k-- {
		before = strings.TrimSpace(lines[k].In(text))
	}
	for k := li + 1; k < len(lines) && after == ""; k++ {
		after = strings.TrimSpace(lines[k].In(text))
	}
	return before != "" && !strings.ContainsAny(before[len(before)-1:], ".!?:)]”\"") && startsLower(after)
}

// headStart returns the first line of the head of the record whose
// heading is line li: the lines just above the heading that belong to it
// rather than to the record before ("DEPARTMENT OF STATE", "SECRET",
// "Washington, April 9, 1962"), up to four, with the blank lines between.
func headStart(text string, lines []corpus.Span, li int) int {
	first := li
	for k, n := li-1, 0; k >= 0 && n < 4; k-- {
		t := strings.TrimSpace(lines[k].In(text))
		if t == "" {
			continue
		}
		if !(corpus.IsCaps(t) && len(strings.Fields(t)) <= 8 && !strings.ContainsAny(t, ".!?:") || dateLine(t)) {
			break
		}
		first, n = k, n+1
	}
	return first
}

// documentRe is the heading of a document that is no record of
// conversation by name but may hold one: "Telegram From the Embassy in
// the Soviet Union to the Department of State".
var documentRe = regexp.MustCompile(`^\s*(?:\d{1,4}\.\s+)?((?:Telegram|Memorandum|Letter|Airgram|Cable|Despatch|Dispatch|Record|Minutes|Summary|TELEGRAM|MEMORANDUM|LETTER|AIRGRAM|CABLE|RECORD|MINUTES|SUMMARY)\b.*)$`)

// headingTitle returns the record's heading in the front matter without
// its number ("Memorandum of Conversation") and its line, or else the
// first heading of a document ("Telegram From the Embassy ..."), or "".
func headingTitle(masked string, front corpus.Span) (string, int) {
	lines := corpus.SplitLines(front.In(masked))
	for i, ln := range lines {
		if m := headingRe.FindStringSubmatch(ln.In(front.In(masked))); m != nil {
			return strings.Join(strings.Fields(m[1]), " "), i
		}
	}
	for i, ln := range lines {
		if m := documentRe.FindStringSubmatch(ln.In(front.In(masked))); m != nil && len(strings.Fields(m[1])) <= 20 {
			return strings.Join(strings.Fields(m[1]), " "), len(lines) + i // after any title FrontMetadata finds
		}
	}
	return "", -1
}

// titleLine returns the line of the front matter that holds title.
func titleLine(masked string, front corpus.Span, title string) int {
	for i, ln := range corpus.SplitLines(front.In(masked)) {
		if strings.Join(strings.Fields(ln.In(front.In(masked))), " ") == title {
			return i
		}
	}
	return -1
}

// numberingRe is a paragraph's number: "1.", "2)", "(a)", "b)", "IV.".
var numberingRe = regexp.MustCompile(`^(?:\d{1,3}[.)]|\(\d{1,3}\)|\([a-z]\)|[a-z]\)|[IVX]{2,5}\.)\s+`)

package corpus

import (
	"regexp"
	"strings"
	"unicode"
)

// Page furniture is what a printed or paginated transcript repeats on its
// pages and no one said: page numbers alone on a line, running heads and
// footers. Readers make it Furniture notes wherever it stands, in the
// middle of a turn or a sentence too.

// pageNumberRe is a line that holds only a page number: "12", "- 12 -",
// "Page 12", "p. 12", "12 of 40", "(12)".
var pageNumberRe = regexp.MustCompile(`(?i)^\s*(?:(?:page|p\.)\s*)?[-–—(\[]?\s*\d{1,4}\s*[-–—)\]]?(?:\s+of\s+\d{1,4})?\s*$`)

// IsPageNumber reports whether line holds only a page number ("12", "- 12
// -", "Page 12", "p. 12", "12 of 40", "(12)").
func IsPageNumber(line string) bool { return pageNumberRe.MatchString(line) }

// endsWithInitial reports whether t ends with an initial ("Achterberg,
// J."), which ends no sentence.
func endsWithInitial(t string) bool {
	f := strings.Fields(t)
	last := f[len(f)-1]
	return len(last) == 2 && last[1] == '.' && last[0] >= 'A' && last[0] <= 'Z'
}

// RunningHeadKey returns the key a line is counted by as a running head
// or footer: the line with digits dropped and case and white space folded
// ("achterberg interview - page of - confidential"), or "" for a line
// that cannot be one: a blank line, one word, more than twelve, or a line
// that ends as a sentence or a label does (in ".!?:;,").
func RunningHeadKey(line string) string {
	t := strings.TrimSpace(line)
	if t == "" || strings.ContainsAny(t[len(t)-1:], ".!?:;,") && !endsWithInitial(t) {
		return ""
	}
	var b strings.Builder
	for _, r := range strings.ToLower(t) {
		if !unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	f := strings.Fields(b.String())
	if len(f) < 2 || len(f) > 12 {
		return ""
	}
	return strings.Join(f, " ")
}

// RunningHeads returns the keys (see key, RunningHeadKey if nil) of the
// lines of src that repeat as running heads or footers: a line that
// stands twice or more with a page number in it or in capitals ("VIENNA
// SUMMIT", "Achterberg interview - page 2 of 3"), the numbers aside, or
// plain times or more whatever it holds (0: never). A line repeated
// without numbers, such as a participant named in each record of a
// dossier or a refrain in verse, is no running head unless plain says
// so. lines are the spans of src to count (nil: every line).
func RunningHeads(src string, lines []Span, key func(string) string, plain int) map[string]bool {
	if key == nil {
		key = RunningHeadKey
	}
	if lines == nil {
		lines = SplitLines(src)
	}
	count, numbered := map[string]int{}, map[string]bool{}
	for _, ln := range lines {
		line := ln.In(src)
		if k := key(line); k != "" {
			count[k]++
			if strings.ContainsAny(line, "0123456789") || strings.ToUpper(line) == line {
				numbered[k] = true
			}
		}
	}
	heads := map[string]bool{}
	for k, n := range count {
		if plain > 0 && n >= plain || n >= 2 && numbered[k] {
			heads[k] = true
		}
	}
	return heads
}

// mostlyCaps reports whether three letters in four of line are capitals.
func mostlyCaps(line string) bool {
	upper, letters := 0, 0
	for _, r := range line {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
	}
	return letters > 0 && upper*4 >= letters*3
}

// PageHeads returns the keys (RunningHeadKey) of the lines among lines of
// src that repeat as a transcript's running heads and footers: with a
// page number that changes ("Achterberg interview - page 1 of 3" and
// "... page 2 of 3"), or three times or more with a separator between its
// parts ("Mensah interview – CONFIDENTIAL"), twice for a title mostly in
// capitals ("PORT OF AMSTERDAM ORAL HISTORY - Achterberg, J."). A line that repeats as it
// is, without a separator ("3 KING HENRY VI" between the scenes of an
// excerpt, a refrain), is none. It is for transcripts, whose lines repeat
// more than a record's.
func PageHeads(src string, lines []Span) map[string]bool {
	numbers := map[string]string{} // key -> the digits of its first line
	heads := map[string]bool{}
	separated := map[string]int{}
	for _, ln := range lines {
		line := ln.In(src)
		k := RunningHeadKey(line)
		if k == "" {
			continue
		}
		if strings.Contains(line, " - ") || strings.Contains(line, " – ") || strings.Contains(line, " — ") || strings.Contains(line, " | ") {
			// Three times, or twice for a series' title in capitals
			// ("PORT OF AMSTERDAM ORAL HISTORY - Achterberg, J.").
			if separated[k]++; separated[k] >= 3 || separated[k] >= 2 && mostlyCaps(line) && len(strings.Fields(line)) >= 4 {
				heads[k] = true
			}
		}
		digits := strings.Map(func(r rune) rune {
			if unicode.IsDigit(r) {
				return r
			}
			if r == ' ' {
				return r
			}
			return -1
		}, line)
		digits = strings.Join(strings.Fields(digits), " ")
		if digits == "" {
			continue
		}
		if first, ok := numbers[k]; !ok {
			numbers[k] = digits
		} else if first != digits {
			heads[k] = true
		}
	}
	return heads
}

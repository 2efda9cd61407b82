package corpus

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
)

var rosterRe = regexp.MustCompile(`(?i)^\s*(attendants|attending|present|participants|participating|in attendance|also present)\s*:\s*(.+?)\s*$`)

// ParseRoster reads a roster line ("Attendants: Zilliacus, White, ...
// and Hughes (secretary of delegation).").
func ParseRoster(masked string, ln Span) ([]Participant, bool) {
	m := rosterRe.FindStringSubmatch(ln.In(masked))
	if m == nil {
		return nil, false
	}
	list := strings.TrimRight(m[2], ". ")
	var out []Participant
	for _, part := range splitList(list) {
		name, role := part, ""
		if i := strings.IndexByte(part, '('); i >= 0 {
			name = part[:i]
			role = strings.TrimSpace(strings.Trim(part[i:], "() "))
		}
		name = strings.Join(strings.Fields(name), " ")
		if name == "" {
			continue
		}
		out = append(out, Participant{Name: name, Role: role})
	}
	return out, len(out) > 0
}

// splitList splits "A, B, C and D (x, y)" at commas, semicolons and "and"
// outside parentheses.
func splitList(s string) []string { return splitOutside(s, true) }

// SplitParts splits s at commas and semicolons outside parentheses
// ("Mr. Sukhodrev, Interpreter (USSR, MFA); Mr. Akalovsky"), the parts
// trimmed.
func SplitParts(s string) []string { return splitOutside(s, false) }

// splitOutside splits s at commas and semicolons outside parentheses, and
// at " and " too where and is set; the parts are trimmed.
func splitOutside(s string, and bool) []string {
	var parts []string
	depth, from := 0, 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '(':
			depth++
		case ')':
			depth--
		case ',', ';':
			if depth == 0 {
				parts = append(parts, s[from:i])
				from = i + 1
			}
		case ' ':
			if and && depth == 0 && strings.HasPrefix(s[i:], " and ") {
				parts = append(parts, s[from:i])
				from = i + len(" and ")
				i += len(" and ") - 1
			}
		}
	}
	parts = append(parts, s[from:])
	for i := range parts {
		parts[i] = strings.TrimSpace(parts[i])
	}
	return parts
}

var (
	titleRe = regexp.MustCompile(`^(record|records|minutes|transcript|memorandum|protocol|notes) of `)
	months  = map[string]int{"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12}
	dateRes = []*regexp.Regexp{
		// Matched against lower-cased text: (?i) would make them several
		// times slower.
		regexp.MustCompile(`\b(january|february|march|april|may|june|july|august|september|october|november|december)\s*,?\s*(\d{1,2})(?:st|nd|rd|th)?\s*,?\s*(\d{4})\b`),
		regexp.MustCompile(`\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(january|february|march|april|may|june|july|august|september|october|november|december)\s*,?\s*(\d{4})\b`),
		regexp.MustCompile(`\b(\d{4})-(\d{2})-(\d{2})\b`),
	}
)

// FrontMetadata finds the title and date in the front matter, line by
// line: the title is the first line that opens with "Record of" (or
// "Minutes of", ...); the date is the first full date on any line.
func FrontMetadata(masked string, front Span) (title, date string) {
	for _, ln := range SplitLines(front.In(masked)) {
		line := strings.TrimSpace(ln.In(front.In(masked)))
		lower := strings.ToLower(line)
		if title == "" && titleRe.MatchString(lower) {
			title = strings.Join(strings.Fields(line), " ")
		}
		if date == "" && hasYear(lower) {
			date = FindDate(lower)
		}
	}
	return title, date
}

// FindDate returns the earliest full date in a lower-cased line, as
// YYYY-MM-DD, or "".
func FindDate(line string) string {
	best, date := -1, ""
	for k, re := range dateRes {
		m := re.FindStringSubmatchIndex(line)
		if m == nil || (best >= 0 && m[0] >= best) {
			continue
		}
		g := func(i int) string { return line[m[2*i]:m[2*i+1]] }
		var y, mo, d int
		switch k {
		case 0:
			mo, d, y = months[g(1)], atoi(g(2)), atoi(g(3))
		case 1:
			d, mo, y = atoi(g(1)), months[g(2)], atoi(g(3))
		default:
			y, mo, d = atoi(g(1)), atoi(g(2)), atoi(g(3))
		}
		if t := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC); t.Year() != y || int(t.Month()) != mo || t.Day() != d {
			continue // "February 31"
		}
		best, date = m[0], fmt.Sprintf("%04d-%02d-%02d", y, mo, d)
	}
	return date
}

// hasYear reports whether s holds a run of four digits.
func hasYear(s string) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			if run++; run == 4 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

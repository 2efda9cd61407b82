package script

import (
	"sort"
	"strings"

	"parley/corpus"
)

// heading returns the text of a Markdown ATX heading ("## Introduction")
// as a span of line, and whether line is one.
func heading(line string) (corpus.Span, bool) {
	if h, ok := ruledHeading(line); ok {
		return h, true
	}
	i := 0
	for i < len(line) && i < 3 && line[i] == ' ' {
		i++
	}
	j := i
	for j < len(line) && line[j] == '#' {
		j++
	}
	if j == i || j-i > 6 || j < len(line) && line[j] != ' ' && line[j] != '\t' {
		return corpus.Span{}, false
	}
	text := strings.TrimRight(strings.TrimSpace(line[j:]), "#")
	start := strings.Index(line[j:], text) + j
	return corpus.Span{Start: start, End: start + len(strings.TrimSpace(text))}, true
}

// ruledHeading reads a heading set between runs of dashes, equals signs or
// asterisks on a line of its own ("--- Part 2 ---", "=== Day two ===",
// "*** Side B ***"), as plain-text transcripts mark their parts.
func ruledHeading(line string) (corpus.Span, bool) {
	t := strings.TrimSpace(line)
	if len(t) < 7 {
		return corpus.Span{}, false
	}
	c := t[0]
	if c != '-' && c != '=' && c != '*' && c != '~' {
		return corpus.Span{}, false
	}
	run := func(s string) int {
		n := 0
		for n < len(s) && s[n] == c {
			n++
		}
		return n
	}
	lead := run(t)
	trail := 0
	for trail < len(t) && t[len(t)-1-trail] == c {
		trail++
	}
	if lead < 3 || trail < 3 || lead+trail >= len(t) {
		return corpus.Span{}, false // "-------": a rule, no heading
	}
	inner := strings.TrimSpace(t[lead : len(t)-trail])
	if inner == "" || len(strings.Fields(inner)) > 8 || strings.IndexByte(inner, c) >= 0 {
		return corpus.Span{}, false
	}
	start := strings.Index(line, inner)
	return corpus.Span{Start: start, End: start + len(inner)}, true
}

// rule reports whether line is a Markdown thematic break ("---", "***",
// "* * *") or an HTML comment on a line of its own.
func rule(line string) bool {
	t := strings.TrimSpace(line)
	if strings.HasPrefix(t, "<!--") && strings.HasSuffix(t, "-->") {
		return true
	}
	s := strings.ReplaceAll(t, " ", "")
	if len(s) < 3 {
		return false
	}
	return strings.Trim(s, string(s[0])) == "" && strings.ContainsAny(s[:1], "-*_=")
}

// bareLink reports whether line is a URL, an autolink or a Markdown link
// alone ("<https://...>", "https://...", "[slides](https://...)"): a
// reference the editor gives, not speech.
func bareLink(line string) bool {
	t := strings.TrimPrefix(strings.TrimSpace(line), "!")
	if strings.HasPrefix(t, "[") && strings.HasSuffix(t, ")") {
		if k := strings.Index(t, "]("); k > 0 && !strings.Contains(t[k+2:], " ") {
			return true
		}
	}
	t = strings.Trim(t, "<>")
	lower := strings.ToLower(t)
	return (strings.HasPrefix(lower, "http://") || strings.HasPrefix(lower, "https://") || strings.HasPrefix(lower, "www.")) && !strings.ContainsAny(t, " \t")
}

// footnoteDefinition reports whether line defines a Markdown footnote
// ("[^1]: The source.").
func footnoteDefinition(line string) bool {
	t := strings.TrimSpace(line)
	k := strings.Index(t, "]:")
	return strings.HasPrefix(t, "[^") && k > 2
}

// peopleFields are the fields of YAML front matter that name the people
// who take part, by their role ("host: Priya Raman", "guests: [...]").
var peopleFields = corpus.WordSet(`host hosts guest guests interviewer interviewers interviewee interviewees
	moderator moderators panelist panelists panellists participants narrator`)

// frontFields reads the fields of YAML front matter that the reader uses:
// title, date, the speakers listed ("speakers:" then "  - Name" lines, or
// "speakers: [A, B]"), and the people named by their role ("host:",
// "guests:"; see peopleFields).
func frontFields(yaml string) (title, date string, speakers, people []string) {
	var list *[]string
	for _, ln := range corpus.SplitLines(yaml) {
		line := ln.In(yaml)
		t := strings.TrimSpace(line)
		if list != nil && strings.HasPrefix(t, "- ") {
			// "- Ann Lee", or a mapping's "- name: Ann Lee".
			item := strings.TrimSpace(t[2:])
			if k, v, ok := strings.Cut(item, ":"); ok && strings.EqualFold(strings.TrimSpace(k), "name") {
				item = strings.TrimSpace(v)
			}
			if s := unquote(item); s != "" {
				*list = append(*list, s)
			}
			continue
		}
		list = nil
		key, value, ok := strings.Cut(t, ":")
		if !ok || line != strings.TrimLeft(line, " \t") {
			continue
		}
		value = unquote(strings.TrimSpace(value))
		switch strings.ToLower(strings.TrimSpace(key)) {
		case "title":
			title = value
		case "date":
			date = corpus.FindDate(strings.ToLower(value))
		case "speakers", "speaker":
			list = listField(value, &speakers)
		default:
			if peopleFields[strings.ToLower(strings.TrimSpace(key))] {
				list = listField(value, &people)
			}
		}
	}
	return title, date, speakers, people
}

// listField adds the names of a field's value ("A", "[A, B]") to list and
// returns nil, or returns list where the value is empty and the names
// follow as "- Name" lines.
func listField(value string, list *[]string) *[]string {
	if value == "" {
		return list
	}
	for _, s := range strings.Split(strings.Trim(value, "[]"), ",") {
		if s = unquote(strings.TrimSpace(s)); s != "" {
			*list = append(*list, s)
		}
	}
	return nil
}

func unquote(s string) string {
	if len(s) >= 2 && (s[0] == '"' || s[0] == '\'') && s[len(s)-1] == s[0] {
		return s[1 : len(s)-1]
	}
	return s
}

// markup returns the spans of inline markup within s of src that are no
// speech, though no editor's note either: HTML tags ("<a href=...>",
// "</a>"), autolinks ("<https://...>"), the brackets and target of a
// Markdown link or image ("[", "](https://...)"; the link's text is
// speech), and timestamps in parentheses ("(00:01:02)").
func markup(src string, s corpus.Span) []corpus.Span {
	var out []corpus.Span
	for i := s.Start; i < s.End; i++ {
		switch src[i] {
		case '(':
			if end := strings.IndexAny(src[i+1:s.End], ")(\n"); end > 0 && src[i+1+end] == ')' && corpus.IsTimestamp(src[i+1:i+1+end]) {
				out = append(out, corpus.Span{Start: i, End: i + 1 + end + 1})
				i += end + 1
			}
		case '<':
			if n := tagLen(src[i:s.End]); n > 0 {
				out = append(out, corpus.Span{Start: i, End: i + n})
				i += n - 1
			}
		case ']':
			if i+1 < s.End && src[i+1] == '(' {
				end := strings.IndexAny(src[i+2:s.End], ")\n ")
				if end >= 0 && src[i+2+end] == ')' {
					// The link's opening bracket, on its line, and the
					// closing bracket and target.
					if open := strings.LastIndexAny(src[s.Start:i], "[]\n"); open >= 0 && src[s.Start+open] == '[' {
						out = append(out, corpus.Span{Start: s.Start + open, End: s.Start + open + 1})
					}
					out = append(out, corpus.Span{Start: i, End: i + 2 + end + 1})
					i += end + 2
				}
			}
		}
	}
	return out
}

// tagLen returns the length of the HTML tag or autolink that opens s, or
// 0: "<" then a letter, "/" or "!", up to the next ">" on the line, with no
// "<" between.
func tagLen(s string) int {
	if len(s) < 3 {
		return 0
	}
	c := s[1]
	if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '/' || c == '!') {
		return 0
	}
	end := strings.IndexAny(s[1:], "<>\n")
	if end < 0 || s[1+end] != '>' {
		return 0
	}
	return end + 2
}

// linkText reports whether the bracket note n is the text of a Markdown
// link ("[Any](https://...)") rather than an editor's insertion: its
// closing bracket is followed at once by "(".
func linkText(src string, n corpus.Note) bool {
	return n.Kind == corpus.Editorial && n.Anchor.End < len(src) && src[n.Anchor.End] == '(' && n.Anchor.End > 0 && src[n.Anchor.End-1] == ']'
}

// subtract returns the speech spans (in source order) less the cuts
// (sorted by start), trimmed: the cuts are looked up around the spans,
// not walked whole for each.
func subtract(src string, spans, cuts []corpus.Span) []corpus.Span {
	if len(cuts) == 0 || len(spans) == 0 {
		return spans
	}
	from, to := spans[0].Start, spans[len(spans)-1].End
	hi := sort.Search(len(cuts), func(i int) bool { return cuts[i].Start >= to })
	lo := sort.Search(hi, func(i int) bool { return cuts[i].Start >= from })
	for lo > 0 && cuts[lo-1].End > from {
		lo--
	}
	return corpus.CutSpeech(src, spans, append([]corpus.Span(nil), cuts[lo:hi]...))
}

package subtitles

import (
	"strings"
	"unicode"

	"parley/corpus"
)

// markup is a tag or character reference in a payload: not speech.
type markup struct {
	corpus.Span
	voice string // for a voice tag "<v Ann Lee>", the name as written
	close bool   // "</v>"
}

// scanMarkup finds the markup in the line s of text, in order: tags ("<i>",
// "</i>", "<c.yellow>", "<v Ann>", "<00:00:02.000>", "<font color=red>"),
// ASS override codes ("{\an8}") and character references ("&amp;",
// "&#233;"). A "<" that opens no tag on its line is text.
func scanMarkup(text string, s corpus.Span) []markup {
	var out []markup
	for i := s.Start; i < s.End; i++ {
		n := 0
		switch text[i] {
		case '<':
			n = tagLen(text[i:s.End])
		case '{':
			if strings.HasPrefix(text[i:s.End], `{\`) {
				n = strings.IndexByte(text[i:s.End], '}') + 1
			}
		case '&':
			n = referenceLen(text[i:s.End])
		}
		if n <= 0 {
			continue
		}
		m := markup{Span: corpus.Span{Start: i, End: i + n}}
		if text[i] == '<' {
			inner := text[i+1 : i+n-1]
			m.close = inner == "/v"
			m.voice = voiceName(inner)
		}
		out = append(out, m)
		i += n - 1
	}
	return out
}

// tagLen returns the length of the tag s opens, 0 if none: "<", a letter,
// "/" or a timestamp, and ">" on the same line.
func tagLen(s string) int {
	if len(s) < 3 {
		return 0
	}
	c := s[1]
	digit := c >= '0' && c <= '9'
	if !(c == '/' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || digit) {
		return 0
	}
	e := strings.IndexAny(s[1:], "<>")
	if e < 0 || s[1+e] != '>' {
		return 0
	}
	if _, ok := parseTimestamp(s[1 : 1+e]); digit && !ok {
		return 0
	}
	return e + 2
}

// referenceLen returns the length of the character reference s opens
// ("&amp;", "&#233;", "&#xE9;"), 0 if none.
func referenceLen(s string) int {
	j := 1
	switch {
	case strings.HasPrefix(s, "&#x") || strings.HasPrefix(s, "&#X"):
		for j = 3; j < len(s) && j < 11 && strings.IndexByte("0123456789abcdefABCDEF", s[j]) >= 0; j++ {
		}
		if j == 3 {
			return 0
		}
	case strings.HasPrefix(s, "&#"):
		for j = 2; j < len(s) && j < 10 && s[j] >= '0' && s[j] <= '9'; j++ {
		}
		if j == 2 {
			return 0
		}
	default:
		for j < len(s) && j < 33 && (s[j] >= 'a' && s[j] <= 'z' || s[j] >= 'A' && s[j] <= 'Z' || j > 1 && s[j] >= '0' && s[j] <= '9') {
			j++
		}
		if j < 3 {
			return 0
		}
	}
	if j < len(s) && s[j] == ';' {
		return j + 1
	}
	return 0
}

// voiceName returns the name in the inside of a voice tag ("v Ann Lee",
// "v.loud Ann Lee"), "" if inner is no voice tag or names no one.
func voiceName(inner string) string {
	if inner == "" || inner[0] != 'v' || len(inner) > 1 && strings.IndexByte(". \t", inner[1]) < 0 {
		return ""
	}
	k := strings.IndexAny(inner, " \t")
	if k < 0 {
		return ""
	}
	return strings.TrimSpace(inner[k:])
}

// subtitleStage finds the stage directions on the payload line ln of m (the
// payload with markup and bracketed notes blanked): a parenthesis on the
// line holding a stage word ("(laughs)"), written in capitals ("(DOOR
// SLAMS)"), or opening the line's speech, after a dialogue dash or a
// speaker's name if any ("JOHN: (whispering) ..."). Subtitles for the
// deaf put sounds and manners in parentheses.
func subtitleStage(m string, ln corpus.Span, marks []speakerMark) []corpus.Note {
	var notes []corpus.Note
	opening := corpus.SkipSpaces(m[:ln.End], ln.Start)
	for _, mark := range marks {
		if mark.Start == opening {
			opening = corpus.SkipSpaces(m[:ln.End], mark.End)
		}
	}
	for i := ln.Start; i < ln.End; i++ {
		if m[i] != '(' {
			continue
		}
		e := strings.IndexAny(m[i+1:ln.End], "()")
		if e < 0 || m[i+1+e] != ')' {
			continue
		}
		inner := m[i+1 : i+1+e]
		span := corpus.Span{Start: i, End: i + e + 2}
		if corpus.IsStageDirection(inner) || i == opening && strings.TrimSpace(inner) != "" || isCapsAside(inner) {
			notes = append(notes, corpus.Note{Kind: corpus.Stage, Anchor: span, Extent: span, Body: corpus.TrimSpan(m, corpus.Span{Start: i + 1, End: i + 1 + e})})
		}
		i = span.End - 1
	}
	return append(notes, musicNotes(m, ln)...)
}

// musicNotes finds music on the payload line ln of m: text between two
// music signs ("♪ radio music ♪", "♪ La la ♪"), or from one to the line's
// end. Subtitles for the deaf mark songs and music so; neither is dialogue,
// so both are stage notes.
func musicNotes(m string, ln corpus.Span) []corpus.Note {
	const sign = "♪"
	var notes []corpus.Note
	for i := ln.Start; i < ln.End; {
		k := strings.Index(m[i:ln.End], sign)
		if k < 0 {
			break
		}
		start := i + k
		end := ln.End
		if e := strings.Index(m[start+len(sign):ln.End], sign); e >= 0 {
			end = start + len(sign) + e + len(sign)
		}
		// Further signs right after the closing one ("♪♪") belong to it.
		for strings.HasPrefix(m[end:ln.End], sign) {
			end += len(sign)
		}
		span := corpus.Span{Start: start, End: end}
		body := corpus.TrimSpan(m, corpus.Span{Start: start, End: end})
		body.Start += len(sign)
		for body.End > body.Start && strings.HasSuffix(m[body.Start:body.End], sign) {
			body.End -= len(sign)
		}
		notes = append(notes, corpus.Note{Kind: corpus.Stage, Anchor: span, Extent: span, Body: corpus.TrimSpan(m, body)})
		i = end
	}
	return notes
}

// isCapsAside reports whether a parenthesis's inside is written in
// capitals, with four letters or more ("GROANS", "DOOR SLAMS").
func isCapsAside(inner string) bool {
	letters := 0
	for _, r := range inner {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters >= 4
}

package play

import (
	"regexp"
	"strings"

	"parley/corpus"
)

// paragraph is a run of non-blank lines, [first, last].
type paragraph struct{ first, last int }

// paragraphs returns the paragraphs of lines[from:to].
func paragraphs(lines []line, from, to int) []paragraph {
	var out []paragraph
	for i := from; i < to; i++ {
		if lines[i].blank() {
			continue
		}
		p := paragraph{i, i}
		for p.last+1 < to && !lines[p.last+1].blank() {
			p.last++
		}
		out = append(out, p)
		i = p.last
	}
	return out
}

// span returns the text of a paragraph, without surrounding white space.
func (p paragraph) span(lines []line) corpus.Span {
	return corpus.Span{Start: lines[p.first].trim.Start, End: lines[p.last].trim.End}
}

// bracketNotes finds the stage directions in square brackets in a
// paragraph: brackets nest, and one left open runs to the paragraph's end
// ("[_LORD FARNCOMBE is seated ..." over several lines). A bracket holding
// only a number ("[12]") is an editorial note (a footnote mark or page).
func bracketNotes(src string, s corpus.Span) []corpus.Note {
	var notes []corpus.Note
	for i := s.Start; i < s.End; i++ {
		if src[i] != '[' {
			continue
		}
		depth, end, bodyEnd := 0, s.End, s.End
		for j := i; j < s.End; j++ {
			if src[j] == '[' {
				depth++
			} else if src[j] == ']' {
				if depth--; depth == 0 {
					end, bodyEnd = j+1, j
					break
				}
			}
		}
		span := corpus.Span{Start: i, End: end}
		body := corpus.TrimSpan(src, corpus.Span{Start: i + 1, End: bodyEnd})
		kind := corpus.Stage
		if inner := strings.TrimSpace(body.In(src)); inner != "" && strings.Trim(inner, "0123456789") == "" {
			kind = corpus.Editorial
		}
		notes = append(notes, corpus.Note{Kind: kind, Anchor: span, Extent: span, Body: body})
		i = end - 1
	}
	return notes
}

// parenNotes finds parentheses in s (closed within it) and returns those
// that are stage directions: all of them where the edition prints its
// directions in parentheses (all is set), else those in italics
// ("(_aside_)").
func parenNotes(src string, s corpus.Span, all bool) []corpus.Note {
	var notes []corpus.Note
	for i := s.Start; i < s.End; i++ {
		if src[i] != '(' {
			continue
		}
		j := strings.IndexAny(src[i+1:s.End], "()")
		if j < 0 || src[i+1+j] != ')' {
			continue
		}
		span := corpus.Span{Start: i, End: i + 1 + j + 1}
		body := corpus.TrimSpan(src, corpus.Span{Start: i + 1, End: i + 1 + j})
		if all || strings.HasPrefix(body.In(src), "_") {
			notes = append(notes, corpus.Note{Kind: corpus.Stage, Anchor: span, Extent: span, Body: body})
		}
		i = span.End - 1
	}
	return notes
}

// isItalicParagraph reports whether a paragraph's text is wholly in
// italics: "_The scene is ..._", a period after the closing mark allowed.
func isItalicParagraph(t string) bool {
	t = strings.TrimRight(t, ". ")
	return len(t) > 2 && t[0] == '_' && t[len(t)-1] == '_' && !strings.Contains(t[1:len(t)-1], "_")
}

// leadingItalic returns the length of an italic stage direction opening
// t ("_Aside._ Text", "_aside_. Text"): an italic run whose text ends in
// a period or colon, or is followed by one. 0 if there is none.
func leadingItalic(t string) int {
	if !strings.HasPrefix(t, "_") {
		return 0
	}
	j := strings.IndexByte(t[1:], '_')
	if j <= 0 || j > 80 {
		return 0
	}
	inner, end := t[1:1+j], 1+j+1
	switch {
	case strings.HasSuffix(inner, ".") || strings.HasSuffix(inner, ":"):
		return end
	case end < len(t) && (t[end] == '.' || t[end] == ':'):
		return end + 1
	}
	return 0
}

// italicNotes finds the italic directions within a speech's paragraph s
// ("... whom do I see! _Squeezes his hand._ Extremely glad!"): italic runs
// whose text ends in a period, for an edition that prints its directions
// in italics rather than brackets. Other italics are emphasis and speech.
func italicNotes(src string, s corpus.Span) []corpus.Note {
	var notes []corpus.Note
	for i := s.Start; i < s.End; i++ {
		if src[i] != '_' || (i > s.Start && isWordByte(src[i-1])) {
			continue
		}
		j := strings.IndexByte(src[i+1:s.End], '_')
		if j <= 0 {
			return notes
		}
		end := i + 1 + j + 1
		inner := strings.TrimSpace(src[i+1 : end-1])
		if strings.HasSuffix(inner, ".") && (end == s.End || !isWordByte(src[end])) {
			span := corpus.Span{Start: i, End: end}
			notes = append(notes, corpus.Note{Kind: corpus.Stage, Anchor: span, Extent: span, Body: corpus.TrimSpan(src, corpus.Span{Start: i + 1, End: end - 1})})
		}
		i = end - 1
	}
	return notes
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

// entrance matches a line that is a plain stage direction of entrance or
// exit, as editions of older plays print them between speeches ("Enter
// Horatio.", "Exeunt.", "Exit Ghost.", "Flourish. Enter the King").
var entrance = regexp.MustCompile(`^(?:(?:Flourish|Alarum|Alarums|Sennet|Trumpets|Music|Thunder)[.,]?\s+)?(?:Enter|Re-enter|Reenter|Exit|Exeunt|Manet|Manent)\b[^a-z]?`)

// isEntrance reports whether a line of a speech is a direction of entrance
// or exit: it matches entrance and holds at most ten words.
func isEntrance(t string) bool {
	return entrance.MatchString(t) && len(strings.Fields(t)) <= 10
}

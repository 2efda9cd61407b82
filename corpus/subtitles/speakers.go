package subtitles

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"parley/corpus"
)

// cuePart is one speaker's part of a cue.
type cuePart struct {
	cue    corpus.Span
	name   string        // as written; "" for a dialogue dash without a name
	named  bool          // false for the part before any speaker mark
	pieces []corpus.Span // the payload after the mark, line by line
}

// splitCue divides a cue's payload into its speakers' parts. bare is the
// text with everything but payload and markup blanked, clear bare with
// the notes blanked too. The first part is the cue's frame with the
// payload before the first speaker mark; when that payload is blank and
// the mark stands on the first payload line, the two are one part whose
// cue runs from the frame to the mark's end.
func splitCue(c subtitleCue, bare, clear string) []cuePart {
	parts := []cuePart{{cue: c.frame}}
	voiceOpen := false
	next := 0 // the markup of lines to come, which is in line order
	for _, ln := range c.payload {
		at := ln.Start
		begin := func(cue corpus.Span, name string) {
			if cue.Start > at {
				p := &parts[len(parts)-1]
				p.pieces = append(p.pieces, corpus.Span{Start: at, End: cue.Start})
			}
			parts = append(parts, cuePart{cue: cue, name: name, named: true})
			at = cue.End
		}
		k := next
		for next < len(c.markup) && c.markup[next].End <= ln.End {
			next++
		}
		tags := c.markup[k:next]
		p := corpus.SkipSpaces(clear[:ln.End], ln.Start)
		leadingVoice := false
		for _, t := range tags {
			if t.Start >= p {
				break
			}
			leadingVoice = leadingVoice || t.voice != ""
			if t.close {
				voiceOpen = false
			}
		}
		if !voiceOpen && !leadingVoice {
			if m, ok := lineMark(clear, p, ln.End); ok {
				begin(m.Span, m.name)
			}
		}
		for _, t := range tags {
			switch {
			case t.voice != "" && t.Start >= at:
				begin(t.Span, t.voice)
				voiceOpen = true
			case t.close:
				voiceOpen = false
			}
		}
		if ln.End > at {
			p := &parts[len(parts)-1]
			p.pieces = append(p.pieces, corpus.Span{Start: at, End: ln.End})
		}
	}
	if len(parts) > 1 && len(c.payload) > 0 && parts[1].cue.End <= c.payload[0].End {
		head := true
		for _, s := range parts[0].pieces {
			head = head && strings.TrimSpace(s.In(bare)) == ""
		}
		if head {
			parts[1].cue.Start = parts[0].cue.Start
			parts = parts[1:]
		}
	}
	return parts
}

// speakerMark is where a speaker's part of a cue begins on a payload line:
// a name and a colon, a dialogue dash, or both.
type speakerMark struct {
	corpus.Span
	name string // as written; "" for a dash without a name
}

// lineMark finds a speaker mark at p, the start of a payload line of m
// (markup and notes blanked) that ends at end: a dialogue dash ("- ",
// "– "), a name of up to four capitalized words and a colon ("Ann Lee: ",
// "JOHN:"), or a dash and a name ("- JOHN: ").
func lineMark(m string, p, end int) (speakerMark, bool) {
	q, dash := p, 0
	for _, d := range []string{"-", "–"} {
		if strings.HasPrefix(m[p:end], d) && p+len(d) < end && (m[p+len(d)] == ' ' || m[p+len(d)] == '\t') {
			dash = len(d)
			q = corpus.SkipSpaces(m[:end], p+dash)
		}
	}
	if name, e, ok := namePrefix(m, q, end); ok {
		return speakerMark{corpus.Span{Start: p, End: e}, name}, true
	}
	if dash > 0 {
		return speakerMark{Span: corpus.Span{Start: p, End: p + dash}}, true
	}
	return speakerMark{}, false
}

// namePrefix matches at q of m a speaker's name of up to four capitalized
// words (after the first, numbers too: "Speaker 2") and a colon followed by
// white space or the line's end, at end. It returns the name as written
// and the offset after the colon.
func namePrefix(m string, q, end int) (string, int, bool) {
	i := q
	for words := 0; words < 4; words++ {
		j := nameWord(m, i, end, words == 0)
		if j == i {
			return "", 0, false
		}
		k := corpus.SkipSpaces(m[:end], j)
		if k < end && m[k] == ':' {
			if k+1 < end && m[k+1] != ' ' && m[k+1] != '\t' {
				return "", 0, false // "Re:x", a URL
			}
			return m[q:j], k + 1, true
		}
		if k == j {
			return "", 0, false
		}
		i = k
	}
	return "", 0, false
}

// nameWord returns the end of the word of a name at i: a word that opens
// with a capital letter ("Ann", "O'Neil", "Dr.", "MAO"), or when first is
// false a number; i if there is none.
func nameWord(m string, i, end int, first bool) int {
	r, size := utf8.DecodeRuneInString(m[i:end])
	number := !first && r >= '0' && r <= '9'
	if !number && !unicode.IsUpper(r) {
		return i
	}
	j := i + size
	for j < end {
		r, size := utf8.DecodeRuneInString(m[j:end])
		if number && (r < '0' || r > '9') || !number && !(unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune(".'’-", r)) {
			break
		}
		j += size
	}
	return j
}

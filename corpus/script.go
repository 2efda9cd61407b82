package corpus

import (
	"regexp"
	"strings"
)

// scriptCue matches a speaker's name alone on a line, ending in a colon:
// "Kamala Harris:", "First Citizen:", "Vice President Joe Biden:".
var scriptCue = regexp.MustCompile(`^[\p{Lu}][\p{L}.'’\- ]{0,48}:$`)

// ReadScript reads a script or transcript whose speakers are named on a
// line of their own, ending in a colon, with what they say on the lines
// below (Rev-style transcripts, plays). name is used in errors and
// outputs only.
//
// The rules:
//
//  1. A cue is a line of up to six words that begins with a capital letter
//     and ends in a colon, and nothing else ("Susan Page:"). The speech
//     runs from the next line to the next cue.
//  2. Bracketed insertions ("[crosstalk 00:07:53]") are editorial notes, and
//     so are parenthesized reactions ("(APPLAUSE)"); neither is speech.
//  3. Consecutive cues of one speaker continue one turn (a transcript that
//     splits a long answer into paragraphs); a speaker's identity is the
//     name with titles stripped and case folded, as in ReadRecord.
//  4. Text before the first cue is front matter.
//
// A text with no cue is an error.
func ReadScript(name string, src []byte) (*Document, error) {
	if err := CheckText(name, src); err != nil {
		return nil, err
	}
	text := string(src)
	d := &Document{Name: name, Source: text, Format: "script"}
	notes := scanBrackets(text)
	masked := mask(text, notes)
	type at struct {
		line        int
		start, name Span // the cue line, the name in it
	}
	var cues []at
	for li, ln := range splitLines(masked) {
		s := trimSpan(masked, ln)
		line := s.In(masked)
		if scriptCue.MatchString(line) && len(strings.Fields(line)) <= 6 {
			cues = append(cues, at{li, s, Span{s.Start, s.End - 1}})
		}
	}
	if len(cues) == 0 {
		return nil, &InputError{File: name, Msg: `no speaker cues found: a script needs speakers' names on lines of their own, ending in a colon, such as "Susan Page:"`}
	}
	d.Front = trimSpan(text, Span{0, cues[0].start.Start})
	for _, n := range scanStage(masked, Span{cues[0].start.Start, len(text)}) {
		if !hasAnchor(notes, n.Anchor) {
			notes = append(notes, n)
		}
	}
	sortNotes(notes)
	var cutAll []Span
	for _, n := range notes {
		cutAll = append(cutAll, n.extents()...)
	}
	speakerIdx := map[string]int{}
	var reach []Span
	for i, c := range cues {
		next := len(text)
		if i+1 < len(cues) {
			next = cues[i+1].start.Start
		}
		cueName := strings.Join(strings.Fields(c.name.In(masked)), " ")
		id := SpeakerID(cueName)
		u := Utterance{Cue: c.start, CueName: cueName, Text: trimSpan(text, Span{c.start.Start, next}), Line: c.line + 1}
		for _, s := range subtract(Span{c.start.End, u.Text.End}, append([]Span(nil), cutAll...)) {
			for _, piece := range splitLines(text[s.Start:s.End]) {
				if p := trimSpan(text, Span{s.Start + piece.Start, s.Start + piece.End}); p.Len() > 0 {
					u.Speech = append(u.Speech, p)
				}
			}
		}
		k, seen := speakerIdx[id]
		if !seen {
			k = len(d.Speakers)
			speakerIdx[id] = k
			d.Speakers = append(d.Speakers, Speaker{ID: id, Name: stripTitles(cueName)})
		}
		if sp := &d.Speakers[k]; !contains(sp.Forms, cueName) {
			sp.Forms = append(sp.Forms, cueName)
		}
		if n := len(d.Turns); n > 0 && d.Turns[n-1].Speaker == id {
			d.Turns[n-1].Utterances = append(d.Turns[n-1].Utterances, u)
			reach[n-1].End = next
			continue
		}
		d.Turns = append(d.Turns, Turn{Index: len(d.Turns) + 1, Speaker: id, Utterances: []Utterance{u}})
		reach = append(reach, Span{c.start.Start, next})
	}
	finishTurns(d, notes, reach)
	return d, nil
}

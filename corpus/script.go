package corpus

import (
	"regexp"
	"strings"
)

var (
	// scriptCue matches a speaker's name alone on a line, ending in a
	// colon, with an optional timestamp: "Kamala Harris:", "First
	// Citizen:", "Speaker 1: (00:00)".
	scriptCue = regexp.MustCompile(`^([\p{Lu}][\p{L}.'’\- ]{0,48}):(?:\s*\(?(\d{1,2}:\d{2}(?::\d{2})?)\)?)?$`)
	// inlineCue matches a name in capitals and a colon opening a line
	// that goes on with speech: "MAO ZEDONG: We ...", "HAMLET: To be".
	inlineCue = regexp.MustCompile(`^([\p{Lu}][\p{Lu}.'’\- ]{1,48}):\s+\S`)
	// rosterCue is the same with a name in any case, which counts only
	// for names on the roster ("Kissinger: Yes.").
	rosterCue = regexp.MustCompile(`^([\p{Lu}][\p{L}.'’\- ]{1,48}):\s+\S`)
)

// ScriptMethods describes the script reader for a report's Methods: how
// ReadScript found cues, speech and notes, as a paper would say it.
const ScriptMethods = "The file was read as a script: a speaker cue was a line of up to six words that began with a capital letter and ended in a colon (\"Susan Page:\"), optionally followed by a timestamp, which was kept as the utterance's time and not counted as speech; or a name in capitals and a colon opening a line of speech (\"MAO ZEDONG: ...\"); or, in any case, a name on the roster (\"Present: ...\") and a colon. Each utterance ran from its cue to the next cue; consecutive cues of one speaker continued one turn. Bracketed insertions (\"[crosstalk 00:07:53]\") and parenthesised reactions (\"(APPLAUSE)\") were notes, not speech, and the text before the first cue was front matter."

// ReadScript reads a script or transcript with its speakers named at the
// start of a line and a colon: on a line of their own with what they say
// on the lines below (Rev-style transcripts, plays), or in capitals with
// the speech on the same line ("MAO ZEDONG: ..."). name is used in errors
// and outputs only.
//
// The rules:
//
//  1. A cue is a line of up to six words that begins with a capital letter
//     and ends in a colon ("Susan Page:"), optionally followed by a
//     timestamp ("Speaker 1: (00:05)"), which is kept as the utterance's
//     Time and is not speech; or a name in capitals of up to six words
//     and a colon opening a line of speech ("MAO ZEDONG: We ..."), or a
//     name on the roster ("Present: Mao Zedong, Kissinger") in any case
//     ("Kissinger: Yes."). The speech runs from the cue to the next cue.
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
	b := NewBuilder(name, "script", text)
	masked := b.BracketNotes()
	type at struct {
		cue, name Span // the cue, the name in it
		time      string
	}
	var cues []at
	known := map[string]bool{}
	for _, ln := range SplitLines(masked) {
		if roster, ok := ParseRoster(masked, ln); ok {
			b.SetRoster(roster)
			for _, p := range roster {
				known[SpeakerID(p.Name)] = true
			}
			break
		}
	}
	for _, ln := range SplitLines(masked) {
		s := TrimSpan(masked, ln)
		line := s.In(masked)
		if rosterRe.MatchString(line) {
			continue
		}
		if m := scriptCue.FindStringSubmatchIndex(line); m != nil && len(strings.Fields(line[m[2]:m[3]])) <= 6 {
			c := at{cue: s, name: Span{s.Start + m[2], s.Start + m[3]}}
			if m[4] >= 0 {
				c.time = line[m[4]:m[5]]
			}
			cues = append(cues, c)
			continue
		}
		m := inlineCue.FindStringSubmatchIndex(line)
		if m == nil {
			if m = rosterCue.FindStringSubmatchIndex(line); m != nil && !known[SpeakerID(line[m[2]:m[3]])] {
				m = nil
			}
		}
		if m != nil && len(strings.Fields(line[m[2]:m[3]])) <= 6 {
			colon := s.Start + m[3] + 1
			cues = append(cues, at{cue: Span{s.Start, colon}, name: Span{s.Start + m[2], s.Start + m[3]}})
		}
	}
	if len(cues) == 0 {
		return nil, &InputError{File: name, Msg: `no speaker cues found: a script needs lines that open with a speaker's name and a colon, such as "Susan Page:" or "MAO ZEDONG: ..."`}
	}
	b.SetMatter(Span{0, cues[0].cue.Start}, Span{})
	b.StageNotes(masked, Span{cues[0].cue.Start, len(text)})
	for i, c := range cues {
		next := len(text)
		if i+1 < len(cues) {
			next = cues[i+1].cue.Start
		}
		u := Utterance{Cue: c.cue, Text: TrimSpan(text, Span{c.cue.Start, next}), Time: c.time}
		u.Speech = b.SpeechIn(Span{c.cue.End, u.Text.End})
		b.Add(c.name.In(masked), u, Span{c.cue.Start, next})
	}
	return b.Document("no speaker cues found")
}

// LooksLikeScript reports whether at least three lines, and one in twenty
// of the non-blank lines, are script cues.
func LooksLikeScript(s string) bool {
	cues, lines := 0, 0
	for _, ln := range strings.Split(s, "\n") {
		ln = strings.TrimSpace(ln)
		if ln == "" {
			continue
		}
		lines++
		if scriptCue.MatchString(ln) && len(strings.Fields(ln)) <= 8 || inlineCue.MatchString(ln) || rosterCue.MatchString(ln) && len(strings.Fields(ln[:strings.IndexByte(ln, ':')])) <= 3 {
			cues++
		}
	}
	return cues >= 3 && cues*20 >= lines
}

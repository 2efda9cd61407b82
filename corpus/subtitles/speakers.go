package subtitles

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"parley/corpus"
)

// speakerMark is where a speaker's part of a cue begins in a payload: a
// speaker label ("Ann Lee: ", "[SPEAKER_00]: ", ">> MAYOR: ", "- JOHN: "),
// or a change of speaker that names no one: caption chevrons (">>") or a
// dialogue dash ("- ").
type speakerMark struct {
	corpus.Span
	name string // the name as written; "" for a change without a name
}

// labelCandidate is a speaker label ParseLabel found at a mark's place,
// before findMarks decides whether it names a speaker.
type labelCandidate struct {
	mark   speakerMark
	cue    int  // the cue's index
	bare   int  // where the chevrons or dash end, or the label starts: the anonymous mark if the label is refused
	change bool // the label follows ">>" or a dash, which mark a change of speaker by themselves
	strong bool // the label's shape names a speaker: brackets, digits, capitals...
	word   bool // the name is one word in mixed case ("Listen:"): a speaker if the file has labels
	folded string
}

// findMarks finds the speaker marks of every cue's payload in bare (the
// payload with markup blanked) and sets them in the cues, in order. A
// mark is looked for where a payload line's text begins, and after every
// ">>" inside a line (live captions run one speaker's words into the
// next's). There, a speaker label in any shape corpus.ParseLabel reads
// names a speaker if
//
//   - it ends in a colon and is no heading ("Note:", "Source:"; see
//     corpus.IsHeadingLabel), and
//   - its shape says it is a label: brackets ("[SPEAKER_00]:"), Markdown,
//     a timestamp, digits or an underscore in the name ("Speaker 1:",
//     "SPEAKER_00:"), a name in capitals ("JOHN:", ">> MAYOR BAS:",
//     "- DR. O'NEIL:") or of two to four words that each begin with a
//     capital ("Ann Lee:"); or
//   - the same name, in any case, opens at least two payload lines of the
//     file ("interviewer:"), so that a sentence that happens to break at a
//     colon ("and the answer is: yes") names no one; or
//   - the name is one capitalized word ("Ann:") after chevrons or a dash,
//     or in a file that has labels of the kinds above, voice tags, or
//     another line that opens with such a word: where one line alone
//     does, "Listen: ..." is speech.
//
// In a file written in capitals, names in capitals are no evidence (see
// candidateAt).
//
// Chevrons or a dialogue dash without an accepted label are a change of
// speaker that names no one.
func findMarks(bare string, cues []subtitleCue) {
	var cands []labelCandidate
	counts := map[string]int{}
	caps := inCapitals(bare, cues)
	for k := range cues {
		for _, ln := range cues[k].payload {
			p := corpus.SkipSpaces(bare[:ln.End], ln.Start)
			// A leading bracketed note ("[music] JOHN: hi") is skipped
			// when no label opens the line.
			at := []int{p}
			if q := afterBracket(bare, p, ln.End); q > p {
				at = append(at, q)
			}
			found := false
			for _, a := range at {
				if c, ok := candidateAt(bare, a, ln.End, caps); ok {
					c.cue = k
					cands = append(cands, c)
					found = true
					break
				}
			}
			if !found {
				// "[JOHN] Where were you?": a name in brackets, no
				// colon, as subtitles for the deaf name a speaker out
				// of shot; a sound ("[DOOR SLAMS]") is none.
				if c, ok := bracketName(bare, p, ln.End); ok {
					c.cue = k
					cands = append(cands, c)
					found = true
				}
			}
			from := p
			if !found {
				if n := chevrons(bare[p:ln.End]); n > 0 {
					cands = append(cands, labelCandidate{mark: speakerMark{Span: corpus.Span{Start: p, End: p + n}}, cue: k, bare: p + n, change: true})
					from = p + n
				} else if n := dashLen(bare[p:ln.End]); n > 0 {
					cands = append(cands, labelCandidate{mark: speakerMark{Span: corpus.Span{Start: p, End: p + n}}, cue: k, bare: p + n, change: true})
				}
			} else {
				from = cands[len(cands)-1].mark.End
			}
			// Chevrons inside the line.
			for i := from; i < ln.End; {
				e := strings.Index(bare[i:ln.End], ">>")
				if e < 0 {
					break
				}
				i += e
				n := chevrons(bare[i:ln.End])
				c, ok := candidateAt(bare, i, ln.End, caps)
				if !ok {
					c = labelCandidate{mark: speakerMark{Span: corpus.Span{Start: i, End: i + n}}, bare: i + n, change: true}
				}
				c.cue = k
				cands = append(cands, c)
				i = max(c.mark.End, i+n)
			}
		}
	}
	for _, c := range cands {
		if c.folded != "" {
			counts[c.folded]++
		}
	}
	labelled := false
	for _, c := range cues {
		for _, m := range c.markup {
			labelled = labelled || m.voice != ""
		}
	}
	words := 0
	for _, c := range cands {
		labelled = labelled || c.folded != "" && (c.strong || counts[c.folded] >= 2)
		if c.word {
			words++
		}
	}
	labelled = labelled || words >= 2 && !caps
	for _, c := range cands {
		m := c.mark
		if c.folded != "" && !c.strong && counts[c.folded] < 2 && !(c.word && (labelled || c.change)) {
			if !c.change {
				continue
			}
			m = speakerMark{Span: corpus.Span{Start: c.mark.Start, End: c.bare}}
		}
		// The white space after a mark is the speech's, as a cue ends
		// at its colon.
		for m.End > m.Start+1 && (bare[m.End-1] == ' ' || bare[m.End-1] == '\t') {
			m.End--
		}
		cues[c.cue].marks = append(cues[c.cue].marks, m)
	}
}

// candidateAt reads a speaker label at p of bare, on a line that ends at
// end: a label of ParseLabel's that ends in a colon and is no heading.
//
// In a file written in capitals (as television captions are), a name in
// capitals says nothing: there it is taken as a capitalized word is
// elsewhere when it is one word, and otherwise only where it recurs or
// follows chevrons or a dash.
func candidateAt(bare string, p, end int, caps bool) (labelCandidate, bool) {
	line := bare[p:end]
	l, ok := corpus.ParseLabel(line)
	if !ok || !l.Colon || l.Name.Len() == 0 {
		return labelCandidate{}, false
	}
	name := l.Name.In(line)
	if corpus.IsHeadingLabel(name) {
		return labelCandidate{}, false
	}
	c := labelCandidate{mark: speakerMark{Span: corpus.Span{Start: p, End: p + l.End}, name: name}, folded: strings.ToLower(name)}
	c.bare = p + chevrons(line) + dashLen(line)
	c.change = c.bare > p
	before := line[:l.Name.Start]
	shape := strings.ContainsAny(before, "[*_") || l.Time.Len() > 0 || strings.ContainsAny(name, "0123456789_")
	oneWord := !strings.Contains(name, " ")
	switch {
	case shape:
		c.strong = true
	case caps:
		c.word = capitalized(name) && (oneWord || c.change)
	default:
		c.strong = capitalized(name) && (!oneWord || strings.ToUpper(name) == name)
		c.word = capitalized(name) && !c.strong
	}
	return c, true
}

// inCapitals reports whether the payload in bare is written in capitals:
// nine letters in ten or more, of a hundred letters at least.
func inCapitals(bare string, cues []subtitleCue) bool {
	letters, upper := 0, 0
	for _, c := range cues {
		for _, ln := range c.payload {
			for _, r := range bare[ln.Start:ln.End] {
				if unicode.IsLetter(r) {
					letters++
					if unicode.IsUpper(r) {
						upper++
					}
				}
			}
		}
	}
	return letters >= 100 && 10*upper >= 9*letters
}

// capitalized reports whether name has at most four words, each of which
// begins with a capital letter (or, after the first, a digit): "Ann Lee",
// "JOHN", "Dr. O'Neil".
func capitalized(name string) bool {
	f := strings.Fields(name)
	if len(f) > 4 {
		return false
	}
	for k, w := range f {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !(k > 0 && unicode.IsDigit(r)) {
			return false
		}
	}
	return len(f) > 0
}

// chevrons returns the length of the caption chevrons (">>", ">>>") s
// opens with, with the white space after them; 0 if none.
func chevrons(s string) int {
	if !strings.HasPrefix(s, ">>") {
		return 0
	}
	n := len(s) - len(strings.TrimLeft(s, ">"))
	return corpus.SkipSpaces(s, n)
}

// dashLen returns the length of the dialogue dash ("- ", "– ") s opens
// with, with the white space after it; 0 if none.
func dashLen(s string) int {
	for _, d := range []string{"-", "–"} {
		if strings.HasPrefix(s, d) && len(s) > len(d) && (s[len(d)] == ' ' || s[len(d)] == '\t') {
			return corpus.SkipSpaces(s, len(d))
		}
	}
	return 0
}

// soundWords are the words of a sound's description in brackets
// ("[DOOR SLAMS]", "[MUSIC PLAYING]"), which names no speaker.
var soundWords = corpus.WordSet(`music playing plays door doors phone ringing rings knock knocking knocks slams slam
	footsteps thunder siren sirens engine bell bells beep beeps gunshot gunshots explosion sighs gasps coughs
	screams scream crying cries cheering cheers chanting singing sings whistle whistles static chatter indistinct
	background noise silence applause laughter laughs laughing crowd tv radio wind rain dog barking birds
	breaks shatters creaks buzzes rumbles clicks chimes whirs thuds bangs crashes roars ticks beeping groans grunts`)

// bracketName reads a speaker's name in brackets opening a payload line
// at p, with text after it on the line and no colon: one to three
// capitalised words, no stage direction or sound.
func bracketName(bare string, p, end int) (labelCandidate, bool) {
	if p >= end || bare[p] != '[' {
		return labelCandidate{}, false
	}
	e := strings.IndexByte(bare[p:end], ']')
	if e < 2 {
		return labelCandidate{}, false
	}
	name := strings.TrimSpace(bare[p+1 : p+e])
	q := corpus.SkipSpaces(bare[:end], p+e+1)
	if q >= end || bare[q] == ':' || !capitalized(name) || len(strings.Fields(name)) > 3 || corpus.IsStageDirection(name) || corpus.IsHeadingLabel(name) {
		return labelCandidate{}, false
	}
	words := strings.Fields(strings.ToLower(name))
	for _, w := range words {
		if soundWords[w] || strings.HasSuffix(w, "ing") && len(w) > 5 {
			return labelCandidate{}, false // "[SHOUTING]", "[GLASS BREAKS]"
		}
	}
	c := labelCandidate{mark: speakerMark{Span: corpus.Span{Start: p, End: q}, name: name}, folded: strings.ToLower(name), bare: p}
	// A name in capitals in brackets is the deaf subtitles' speaker
	// label; in mixed case it counts where it recurs.
	c.strong = strings.ToUpper(name) == name
	return c, true
}

// afterBracket returns where the text after a bracketed insertion that
// opens the line at p begins ("[music] JOHN: hi"); p if there is none, or
// if the bracket is a label's ("[Ann]: hi").
func afterBracket(bare string, p, end int) int {
	if p >= end || bare[p] != '[' {
		return p
	}
	e := strings.IndexByte(bare[p:end], ']')
	if e < 0 {
		return p
	}
	q := corpus.SkipSpaces(bare[:end], p+e+1)
	if q < end && bare[q] == ':' {
		return p
	}
	return q
}

// cuePart is one speaker's part of a cue.
type cuePart struct {
	cue    corpus.Span
	name   string // as written; "" for a change of speaker without a name
	named  bool   // false for the part before any speaker mark
	pieces []corpus.Span
}

// splitCue divides a cue's payload into its speakers' parts, at its
// speaker marks and voice tags. bare is the text with everything but
// payload and markup blanked. The first part is the cue's frame with the
// payload before the first mark; when that payload is blank (markup, or
// roll-up lines read in the cue before), the two are one part whose cue
// runs from the frame to the mark's end. Inside a voice span ("<v Ann>...")
// and on a line a voice tag opens, speaker marks are text.
func splitCue(c subtitleCue, bare string) []cuePart {
	parts := []cuePart{{cue: c.frame}}
	voiceOpen := false
	nextTag, nextMark := 0, 0 // the markup and marks of lines to come, in line order
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
		k := nextTag
		for nextTag < len(c.markup) && c.markup[nextTag].End <= ln.End {
			nextTag++
		}
		tags := c.markup[k:nextTag]
		k = nextMark
		for nextMark < len(c.marks) && c.marks[nextMark].End <= ln.End {
			nextMark++
		}
		marks := c.marks[k:nextMark]
		p := corpus.SkipSpaces(bare[:ln.End], ln.Start)
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
		ti, mi := 0, 0
		for ti < len(tags) || mi < len(marks) {
			if mi < len(marks) && (ti == len(tags) || marks[mi].Start < tags[ti].Start) {
				m := marks[mi]
				mi++
				if !voiceOpen && !leadingVoice && m.Start >= at {
					begin(m.Span, m.name)
				}
				continue
			}
			t := tags[ti]
			ti++
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
	if len(parts) > 1 {
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

package subtitles

import (
	"math"
	"strings"
	"unicode"

	"parley/corpus"
)

// The machinery below is shared with ReadSRT: the two formats differ only
// in WebVTT's header and NOTE, STYLE and REGION blocks.

// subtitleCue is one cue (an SRT block) as scanSubtitles finds it.
type subtitleCue struct {
	frame      corpus.Span   // the identifier and timing lines
	time       string        // the start as written
	start, end int64         // milliseconds
	payload    []corpus.Span // the payload lines, blank lines left out
	markup     []markup
	marks      []speakerMark // the speaker marks, in order (see findMarks)
}

// subtitleFile is what scanSubtitles finds in a file.
type subtitleFile struct {
	title string
	body  int // the offset after the byte order mark
	cues  []subtitleCue
	notes []corpus.Note // WebVTT's NOTE blocks
}

// readSubtitles reads WebVTT (vtt) or SubRip.
func readSubtitles(name string, src []byte, vtt bool) (*corpus.Document, error) {
	if err := corpus.CheckText(name, src); err != nil {
		return nil, err
	}
	text := string(src)
	f, err := scanSubtitles(name, text, vtt)
	if err != nil {
		return nil, err
	}
	format := "srt"
	if vtt {
		format = "webvtt"
	}
	b := corpus.NewBuilder(name, format, text)
	b.SetMetadata(f.title, "")
	b.SetMatter(corpus.Span{Start: f.body, End: f.cues[0].frame.Start}, corpus.Span{})
	b.AddNotes(f.notes...)
	bare, clear, notes := maskPayload(text, f.cues)
	b.AddNotes(notes...)
	var utts []subtitleUtterance
	st := partState{speaker: unknownSpeaker}
	for _, c := range f.cues {
		utts = append(utts, cueUtterances(c, text, bare, clear, &st)...)
	}
	// An utterance's reach, where its notes are placed, runs to the
	// next's.
	for k, su := range utts {
		next := len(text)
		if k+1 < len(utts) {
			next = utts[k+1].reach
		}
		if su.change {
			b.Break()
		}
		b.Add(su.speaker, su.Utterance, corpus.Span{Start: su.reach, End: next})
	}
	return b.Document("no speech found: every cue holds only markup or notes")
}

// maskPayload finds the markup and the speaker marks of the cues' payload
// lines (kept in the cues) and the notes in them. It returns the text with
// all but the payload blanked and the markup too, and in roll-up captions
// the lines that repeat the cue before (bare), and bare with the notes
// blanked as well (clear): where speakers' names and speech are found.
// A speaker label is no note: "[SPEAKER_00]:" names a speaker.
func maskPayload(text string, cues []subtitleCue) (bare, clear string, notes []corpus.Note) {
	buf := []byte(strings.Repeat(" ", len(text)))
	for i := range len(text) {
		if text[i] == '\n' {
			buf[i] = '\n'
		}
	}
	for k := range cues {
		c := &cues[k]
		for _, ln := range c.payload {
			copy(buf[ln.Start:ln.End], text[ln.Start:ln.End])
			ms := scanMarkup(text, ln)
			for _, m := range ms {
				blank(buf, m.Span)
			}
			c.markup = append(c.markup, ms...)
		}
	}
	blankRepeats(buf, cues)
	bare = string(buf)
	findMarks(bare, cues)
	for _, c := range cues {
		for _, m := range c.marks {
			blank(buf, m.Span)
		}
	}
	notes = corpus.ScanBrackets(string(buf))
	copy(buf, bare)
	for _, n := range notes {
		for _, s := range n.Extents() {
			blank(buf, s)
		}
	}
	unbracketed := string(buf)
	for _, c := range cues {
		for _, ln := range c.payload {
			stage := subtitleStage(unbracketed, ln, c.marks)
			for _, n := range stage {
				blank(buf, n.Anchor)
			}
			notes = append(notes, stage...)
		}
	}
	return bare, string(buf), notes
}

// subtitleUtterance is an utterance found in a cue, with its speaker's
// name and where its reach begins: at its cue's frame for the cue's first,
// so that notes before the first speaker mark are in its turn.
type subtitleUtterance struct {
	corpus.Utterance
	speaker string
	reach   int
	change  bool // a change of speaker without a name comes before it: it starts a turn
}

// partState is what carries from one cue's parts to the next: the
// speaker of a part no mark names (the last part's), and whether a change
// of speaker without a name is waiting for speech (">>" before a cue of
// sounds alone, or at a cue's end).
type partState struct {
	speaker string
	change  bool
}

// cueUtterances returns the utterances of the cue c, one for each
// speaker's part that holds speech, with the cue's time shared among them
// by the length of their speech. speaker is the speaker of a part no mark
// names and a change of speaker waiting for speech, and is set for the
// cues to come.
func cueUtterances(c subtitleCue, text, bare, clear string, st *partState) []subtitleUtterance {
	var out []subtitleUtterance
	var weights []int
	for _, p := range splitCue(c, bare) {
		if p.named {
			st.speaker = unknownSpeaker
			// A name says whose the next speech is; a change of speaker
			// without one waits for speech to start a turn.
			st.change = p.name == ""
			if p.name != "" {
				st.speaker = strings.Join(strings.Fields(p.name), " ")
			}
		}
		su := subtitleUtterance{Utterance: corpus.Utterance{Cue: p.cue, Text: p.cue, Time: c.time}, speaker: st.speaker, reach: p.cue.Start}
		for _, piece := range p.pieces {
			if t := corpus.TrimSpan(text, piece); t.Len() > 0 {
				su.Text.End = max(su.Text.End, t.End)
			}
			su.Speech = append(su.Speech, speechIn(text, clear, piece)...)
		}
		if len(su.Speech) == 0 {
			continue
		}
		if p.named {
			su.CueName = st.speaker
		}
		su.change, st.change = st.change, false
		if len(out) == 0 {
			su.reach = c.frame.Start
		}
		w := 0
		for _, s := range su.Speech {
			for _, r := range s.In(text) {
				if !unicode.IsSpace(r) {
					w++
				}
			}
		}
		out = append(out, su)
		weights = append(weights, w)
	}
	// Share the time by the weights: the k-th part ends where the weights
	// up to it reach, rounded to the millisecond; the last at the end.
	total, sum := 0, 0
	for _, w := range weights {
		total += w
	}
	from := c.start
	for k := range out {
		sum += weights[k]
		to := c.end
		if k < len(out)-1 {
			to = c.start + int64(math.Round(float64(c.end-c.start)*float64(sum)/float64(total)))
			to = min(max(to, from), c.end)
		}
		out[k].Start, out[k].End = float64(from)/1000, float64(to)/1000
		from = to
	}
	return out
}

// speechIn returns the speech of the payload piece p: its text less the
// markup and notes, which clear has blanked, in pieces trimmed of white
// space. (Builder.SpeechIn would do for the notes, but it takes every
// note's extent on every call, which grows with the square of a long
// subtitle file's notes.)
func speechIn(text, clear string, p corpus.Span) []corpus.Span {
	var out []corpus.Span
	from := p.Start
	for i := p.Start; i <= p.End; i++ {
		if i < p.End && clear[i] == text[i] {
			continue
		}
		if s := corpus.TrimSpan(text, corpus.Span{Start: from, End: i}); s.Len() > 0 {
			out = append(out, s)
		}
		from = i + 1
	}
	return out
}

// blank overwrites s in buf with spaces, keeping line breaks.
func blank(buf []byte, s corpus.Span) {
	for i := s.Start; i < s.End; i++ {
		if buf[i] != '\n' {
			buf[i] = ' '
		}
	}
}

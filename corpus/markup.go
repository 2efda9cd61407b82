package corpus

import "bytes"

// The helpers below serve the readers of marked-up debates (Hansard XML,
// Akoma Ntoso), whose speech is the character data between the tags: runs
// of text that inline markup divides within a paragraph, and references
// that a span cannot read as what they stand for.

// Run is a stretch of character data that is speech, and the block (the
// paragraph) it stands in. Inline markup ("<i>", "<person>") divides the
// runs of one block, which are read together for notes
// ("<i>[</i><i>Interruption.</i><i>]</i>" is one); a note never leaves its
// block.
type Run struct {
	Span  Span
	Block int
}

// MarkupUtterance is an utterance of a marked-up file as its reader found
// it, for Builder.MarkupSpeech: the Utterance but for its Speech, and the
// runs of character data that are its speech, in source order.
type MarkupUtterance struct {
	Utterance Utterance
	Runs      []Run
}

// MarkupSpeech gives the utterances of a marked-up file, in source order,
// their speech, once the notes the markup itself makes are added
// (AddNotes). It adds the notes within the runs (runNotes), sets each
// Utterance.Speech to its runs' speech (SpeechIn) less the references ent
// knows (XMLEntities.References), and sets the front matter to all before
// the first utterance with a word of speech and the back matter to all
// after the last (neither, if none has a word). It returns each
// utterance's reach, for Add: its Text, on to the start of the next one's.
func (b *Builder) MarkupSpeech(utts []MarkupUtterance, ent XMLEntities) []Span {
	var runs []Run
	for _, u := range utts {
		runs = append(runs, u.Runs...)
	}
	b.runNotes(runs)
	text := b.Source()
	first, last := -1, -1
	for i := range utts {
		u := &utts[i].Utterance
		u.Speech = nil
		for _, r := range utts[i].Runs {
			u.Speech = append(u.Speech, CutSpeech(text, b.SpeechIn(r.Span), ent.References(text, r.Span))...)
		}
		if HasWord(text, u.Speech) {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first >= 0 {
		b.SetMatter(Span{Start: 0, End: utts[first].Utterance.Text.Start}, Span{Start: utts[last].Utterance.Text.End, End: len(text)})
	}
	reach := make([]Span, len(utts))
	for i, u := range utts {
		reach[i] = u.Utterance.Text
		if i+1 < len(utts) {
			reach[i].End = max(reach[i].End, utts[i+1].Utterance.Text.Start)
		}
	}
	return reach
}

// runNotes adds the bracketed insertions ("[Interruption.]") and
// parenthesised stage directions ("(Laughter)") within the runs. It reads
// a view of the text in which only the runs stand, the markup between two
// runs of one block is blank and all else is line breaks, so that a note
// may cross inline markup but never leaves its block.
func (b *Builder) runNotes(runs []Run) {
	if len(runs) == 0 {
		return
	}
	src := b.Source()
	view := bytes.Repeat([]byte{'\n'}, len(src))
	for i, r := range runs {
		copy(view[r.Span.Start:r.Span.End], src[r.Span.Start:r.Span.End])
		if i > 0 && runs[i-1].Block == r.Block {
			for k := runs[i-1].Span.End; k < r.Span.Start; k++ {
				view[k] = ' '
			}
		}
	}
	v := string(view)
	notes := ScanBrackets(v)
	b.AddNotes(notes...)
	masked := Mask(v, notes)
	for i := 0; i < len(runs); {
		j := i
		for j+1 < len(runs) && runs[j+1].Block == runs[i].Block {
			j++
		}
		b.StageNotes(masked, Span{Start: runs[i].Span.Start, End: runs[j].Span.End})
		i = j + 1
	}
}

// GrowText returns s grown to cover the text of piece (piece less the
// white space around it, TrimSpan), if piece has any: the body of an
// element read one token of character data at a time. An s whose Start is
// negative covers nothing yet, and piece's text is then all it covers.
func GrowText(text string, s, piece Span) Span {
	if t := TrimSpan(text, piece); t.Len() > 0 {
		if s.Start < 0 {
			s.Start = t.Start
		}
		s.End = t.End
	}
	return s
}

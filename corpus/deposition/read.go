package deposition

import (
	"strings"

	"parley/corpus"
)

// Unnamed speakers: the examiner of questions no "BY" line attributes,
// and the witness the text does not name.
const (
	Examiner = "Examiner"
	Witness  = "Witness"
)

// cueAt is one speaker cue found in the text.
type cueAt struct {
	cue  corpus.Span // the label with its punctuation: "Q.", "THE COURT:"
	who  string      // the speaker's name, for corpus.Builder.Add
	form string      // the label as written
	line int         // index into the lines
	// byLine marks a question whose speaker a BY line named.
	byLine bool
}

// Read reads a question-and-answer transcript: a deposition, or trial or
// hearing testimony as a court reporter writes it. name is used in errors
// and outputs only.
//
// The rules (see Methods for the same in prose):
//
//  1. Margin line numbers (1 to 25 on most pages) are stripped: a text is
//     numbered when most of its non-blank lines open with one in
//     sequence, and then every line without one (page numbers, running
//     heads, the reporter's footer) is an editorial note. In text without
//     margin numbers a line reading only "Page 12", "- 12 -" or a number
//     far to the right is a note.
//  2. "Q." and "A." (or "Q:", "A:", the letter and two spaces or a tab)
//     open a question and an answer. A question is the examiner's: the
//     attorney named by the last "BY MR. SMITH:" line (or "EXAMINATION BY
//     MR. SMITH:", or "EXAMINATION BY" with the name on the next line),
//     else Examiner. An answer is the witness's: the name that opens the
//     last swearing-in ("JOHN DOE, having been first duly sworn, testified
//     as follows:"), else the name in the caption ("DEPOSITION OF JOHN
//     DOE"), else Witness. A witness called by name ("The People call
//     Dmitri Sokolov.", "we call Jane Roe to the stand", "WITNESS: JANE
//     ROE") answers from the calling on (see called.go). A text whose cues are the letter and one space
//     throughout ("Q Did you...") is read so, an "A " counting only after
//     a question.
//  3. Colloquy: a label and a colon opening a line ("MR. SMITH:", "THE
//     COURT:", "MS. JONES:", "The Court:") is that speaker's cue when it
//     opens with a title or "THE", names an office ("VIDEOGRAPHER:"), or
//     is a name in capitals that opens two lines or more; words of the
//     caption and appearances ("APPEARANCES:", "ON BEHALF OF ...:",
//     "REPORTED BY:") never are. "THE WITNESS:" is the witness. "THE
//     COURT:", "THE ARBITRATOR:", "THE HEARING OFFICER:" are the
//     presider the front matter names ("BEFORE THE HONORABLE ELENA
//     VÁSQUEZ, JUDGE"; see presider.go), by the surname their own label
//     uses ("JUDGE VÁSQUEZ:"), else the office as written. A
//     speaker's name is the label less its titles (MR. SMITH is Smith, as
//     in "BY MR. SMITH:").
//  4. Speech runs from a cue over the lines that follow to the next cue;
//     consecutive utterances of one speaker are one turn.
//  5. Notes, never speech: examination headings ("CROSS-EXAMINATION"),
//     "BY" lines, the swearing-in, headings in capitals set in the middle
//     of the line, parenthetical events on lines of their own
//     ("(Whereupon, a recess was taken.)", over several lines if need
//     be), reporter's parentheticals in speech ("(indicating)", "(no
//     response)") and stage words ("(laughter)"), bracketed insertions.
//  6. Text before the first cue is front matter (caption, appearances,
//     index, stipulations); the certificate, errata and signature pages
//     after the testimony ("CERTIFICATE OF REPORTER", "I, JANE ROE, a
//     Certified Shorthand Reporter, ...") are back matter. The title is
//     the caption's line in capitals naming the deposition, testimony or
//     proceedings, the date the first full date of the front matter.
//
// A text with no cue is an error.
func Read(name string, src []byte) (*corpus.Document, error) {
	if err := corpus.CheckText(name, src); err != nil {
		return nil, err
	}
	text := string(src)
	b := corpus.NewBuilder(name, "deposition", text)
	masked := b.BracketNotes()
	lines, numbered := layout(masked)
	p := parse(masked, lines, numbered)
	if len(p.cues) == 0 {
		return nil, &corpus.InputError{File: name, Msg: `no question, answer or colloquy cues found: a deposition needs lines that open with "Q." and "A." or a speaker's label such as "MR. SMITH:" or "THE COURT:"`}
	}
	end := len(text)
	if p.back >= 0 {
		end = p.back
		b.SetMatter(corpus.Span{Start: 0, End: p.cues[0].cue.Start}, corpus.Span{Start: p.back, End: len(text)})
	} else {
		b.SetMatter(corpus.Span{Start: 0, End: p.cues[0].cue.Start}, corpus.Span{})
	}
	front := corpus.Span{Start: 0, End: p.cues[0].cue.Start}
	_, date := corpus.FrontMetadata(masked, front)
	b.SetMetadata(p.title, date)
	b.AddNotes(p.notes...)

	// Each cue's region: from the end of its label to the next cue.
	type region struct {
		from, to    int
		first, last int // lines
	}
	regions := make([]region, len(p.cues))
	for k, c := range p.cues {
		r := region{from: c.cue.End, to: end, first: c.line, last: len(lines) - 1}
		if k+1 < len(p.cues) {
			r.to = p.cues[k+1].cue.Start
			r.last = p.cues[k+1].line
		}
		regions[k] = r
	}
	// Parentheticals inside speech, before speech is cut; the lines the
	// walk made notes of are none.
	noted := map[int]bool{}
	for _, n := range p.notes {
		noted[n.Anchor.Start] = true
	}
	for _, r := range regions {
		for i := r.first; i <= r.last && i < len(lines); i++ {
			if s := clip(lines[i].text, r.from, r.to); s.Len() > 0 && !noted[lines[i].text.Start] {
				b.AddNotes(readerParens(masked, s)...)
				b.StageNotes(masked, s)
			}
		}
	}
	for k, c := range p.cues {
		r := regions[k]
		u := corpus.Utterance{Cue: c.cue, CueName: c.form, Time: lines[c.line].time}
		for i := r.first; i <= r.last && i < len(lines); i++ {
			if lines[i].furniture {
				continue
			}
			if s := clip(lines[i].text, r.from, r.to); s.Len() > 0 {
				u.Speech = append(u.Speech, b.SpeechIn(s)...)
			}
		}
		if len(u.Speech) == 0 {
			// "A. (No response.)": the cue's notes stand, but no one spoke.
			continue
		}
		u.Text = corpus.Span{Start: c.cue.Start, End: u.Speech[len(u.Speech)-1].End}
		b.Add(display(c.who), u, corpus.Span{Start: c.cue.Start, End: r.to})
	}
	return b.Document("no question, answer or colloquy cues found")
}

// display writes a name in capitals in title case ("MARGARET A.
// KOWALSKI" is Margaret A. Kowalski), and leaves others as written.
func display(name string) string {
	if hasLower(name) {
		return name
	}
	return corpus.TitleCase(name)
}

// clip returns the part of s within [from, to).
func clip(s corpus.Span, from, to int) corpus.Span {
	s.Start = max(s.Start, from)
	s.End = min(s.End, to)
	if s.End < s.Start {
		s.End = s.Start
	}
	return s
}

// readerParens finds the reporter's parentheticals on one line of speech
// ("(indicating)", "(no response)").
func readerParens(masked string, s corpus.Span) []corpus.Note {
	var notes []corpus.Note
	for i := s.Start; i < s.End; i++ {
		if masked[i] != '(' {
			continue
		}
		j := strings.IndexAny(masked[i+1:s.End], "()")
		if j < 0 {
			break
		}
		if masked[i+1+j] == ')' && isReaderParen(masked[i+1:i+1+j]) {
			span := corpus.Span{Start: i, End: i + j + 2}
			notes = append(notes, corpus.Note{Kind: corpus.Stage, Anchor: span, Extent: span, Body: corpus.TrimSpan(masked, corpus.Span{Start: i + 1, End: i + 1 + j})})
		}
		i += j
	}
	return notes
}

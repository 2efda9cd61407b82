package screenplay

import (
	"strings"

	"parley/corpus"
)

// Format is the name of the format, as --format takes it and as the reader
// names its documents' Format.
const Format = "screenplay"

// Read reads a screenplay: Fountain, or plain text in the same layout.
// name is used in errors and outputs only.
//
// The rules (Methods says them in prose):
//
//  1. A title page, "Key: value" lines from the first line to the first
//     blank line with values running on over indented lines, is front
//     matter; its Title is the document's title, its "Draft date" the
//     date, its other keys the metadata. Without one, the text before a
//     first scene heading or transition that comes before the first cue
//     (a plain-text screenplay's title block) is front matter.
//  2. A cue is a character name (see characterName) with dialogue on the
//     line right below it. In Fountain the name follows a blank line; in
//     an indented screenplay (see findLayout) it stands a dozen columns
//     beyond the margin and beyond the dialogue below it. The dialogue
//     runs to the next blank line or, in an indented screenplay, to a
//     line at the action margin or the next cue.
//  3. Parentheticals on lines of their own in dialogue, or opening a
//     line of it ("(laughing) No way."), are stage notes;
//     Fountain notes ("[[...]]") and boneyard ("/* */") are editorial
//     notes wherever they stand; every other line (scene headings,
//     action, transitions, centred text, sections, synopses, page
//     furniture) is a note, merged with the lines of its kind next to it.
//     None is speech.
//  4. The speaker's identity is the name without extensions ("(V.O.)",
//     "(CONT'D)"), white space and case folded; titles are kept ("MRS.
//     SMITH" is not "SMITH"). Consecutive cues of one speaker make one
//     turn, unless a scene heading stands between them.
//  5. A line "THE END" after the last cue starts the back matter.
//
// A text without a cue is an *corpus.InputError.
func Read(name string, src []byte) (*corpus.Document, error) {
	if err := corpus.CheckText(name, src); err != nil {
		return nil, err
	}
	text := string(src)
	b := corpus.NewBuilder(name, Format, text)
	inline := inlineNotes(text)
	b.AddNotes(inline...)
	masked := corpus.Mask(text, inline)
	lines := splitLines(text, masked)
	body := 0
	var front corpus.Span
	if tp, ok := readTitlePage(lines); ok {
		body = tp.lines
		title, date, meta := tp.metadata()
		b.SetMetadata(title, date)
		if len(meta) > 0 {
			b.SetMeta(meta)
		}
		front = tp.span
	}
	elems := scan(lines[body:], findLayout(lines[body:]))
	for k := range elems {
		elems[k].first += body
		elems[k].last += body
	}
	var cues []int // indexes into elems
	for k, e := range elems {
		if e.kind == cueLine {
			cues = append(cues, k)
		}
	}
	if len(cues) == 0 {
		return nil, &corpus.InputError{File: name, Msg: `no character cues found: a screenplay needs names in capitals on lines of their own ("JOHN", "MARY (V.O.)") with dialogue right below them`}
	}
	// The back matter: from a closing "THE END" after the last cue.
	back := len(text)
	for k := cues[len(cues)-1] + 1; k < len(elems); k++ {
		e := elems[k]
		if !inDialogue(e.kind) && isTheEnd(lines[e.first].text) {
			back = lines[e.first].span.Start
			elems = elems[:k]
			break
		}
	}
	if front.Len() == 0 {
		// Without a title page, a plain-text screenplay's title block is
		// what comes before its first scene heading or transition
		// ("FADE IN:"), if one comes before the first cue.
		for k := 0; k < cues[0]; k++ {
			if e := elems[k]; e.kind == heading || e.kind == transition {
				if k > 0 {
					front = corpus.Span{Start: 0, End: lines[e.first].span.Start}
					b.SetMetadata(blockTitle(lines[:elems[0].last+1]), "")
				}
				break
			}
		}
	}
	b.SetMatter(front, corpus.Span{Start: back, End: len(text)})
	for _, e := range elems {
		if e.kind == dialogue {
			// A parenthetical opening a line of dialogue is a stage
			// note; the rest of the line is speech.
			for i := e.first; i <= e.last; i++ {
				if n := leadingParen(lines[i].text); n > 0 {
					s := corpus.Span{Start: lines[i].trim.Start, End: lines[i].trim.Start + n}
					b.AddNotes(corpus.Note{Kind: corpus.Stage, Anchor: s, Extent: s, Body: corpus.Span{Start: s.Start + 1, End: s.End - 1}})
				}
			}
		}
		if e.kind == cueLine || e.kind == dialogue || lines[e.first].span.Start < front.End {
			continue
		}
		s := corpus.Span{Start: lines[e.first].trim.Start, End: lines[e.last].trim.End}
		kind := corpus.Stage
		switch e.kind {
		case heading, section, synopsis, furniture:
			kind = corpus.Editorial
		}
		b.AddNotes(corpus.Note{Kind: kind, Anchor: s, Extent: s, Body: s})
	}
	for n, k := range cues {
		e := elems[k]
		if n > 0 && headingBetween(elems[cues[n-1]:k]) {
			b.Break() // a new scene: no turn runs on over it
		}
		cue := lines[e.first].trim
		end := cue.End // the end of the cue's dialogue
		for j := k + 1; j < len(elems) && inDialogue(elems[j].kind); j++ {
			end = lines[elems[j].last].trim.End
		}
		next := back
		if n+1 < len(cues) {
			next = lines[elems[cues[n+1]].first].span.Start
		}
		u := corpus.Utterance{Cue: cue, CueName: cue.In(text), Text: corpus.Span{Start: cue.Start, End: end}}
		u.Speech = b.SpeechIn(corpus.Span{Start: cue.End, End: end})
		id := strings.ToLower(strings.Join(strings.Fields(e.name), " "))
		b.AddAs(id, display(e.name), u, corpus.Span{Start: cue.Start, End: next})
	}
	return b.Document("no character cues found")
}

// isTheEnd reports whether a line closes the screenplay ("THE END",
// "> THE END <", "The End.").
func isTheEnd(t string) bool {
	t = strings.ToUpper(strings.Trim(t, "><.!*_ \t"))
	return strings.Join(strings.Fields(t), " ") == "THE END"
}

// display is a speaker's name for display: a name in capitals in title
// case ("PATRON ONE" is "Patron One"), a forced one as written.
func display(name string) string {
	if strings.ToUpper(name) == name {
		return corpus.TitleCase(name)
	}
	return name
}

// inDialogue reports whether an element of kind k can stand in a cue's
// dialogue block.
func inDialogue(k kind) bool { return k == dialogue || k == parenthetical || k == furniture }

// blockTitle returns the title a title block opens with: its first line
// with text, unless that is a page number or over ten words long.
func blockTitle(lines []line) string {
	for _, l := range lines {
		if l.blank || l.notes {
			continue
		}
		if kindOf(l.text) == furniture || len(strings.Fields(l.text)) > 10 {
			return ""
		}
		return strings.Join(strings.Fields(l.text), " ")
	}
	return ""
}

// headingBetween reports whether elems hold a scene heading.
func headingBetween(elems []element) bool {
	for _, e := range elems {
		if e.kind == heading {
			return true
		}
	}
	return false
}

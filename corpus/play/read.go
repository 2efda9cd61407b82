package play

import (
	"sort"
	"strings"

	"parley/corpus"
)

// Format is the name of the format, as --format takes it and as the reader
// names its documents' Format.
const Format = "play"

// shape is how a cue stands in its line.
type shape int

const (
	ownLine shape = iota // "ROPER." alone on its line, the speech below
	bare                 // "HAMLET" alone, no period, the speech right below
	inline               // "HAMLET. To be, or not to be"
)

// cue is a speaker cue found in the text.
type cue struct {
	line  int
	c     lineCue
	shape shape
	key   string // the name upper-cased, white space folded
}

// reading is what the reader has found in a text, before the document is
// built; Detect uses it too.
type reading struct {
	lines    []line
	from, to int // the work's lines, without the Gutenberg header and licence
	personae personae
	cast     bool // a dramatis personae was found
	cues     []cue
	headings []int // lines of act and scene headings
}

// find finds the cues and headings of a text.
func find(text string) reading {
	r := reading{lines: splitLines(text)}
	lines := r.lines
	r.from, r.to = body(lines)
	r.personae, r.cast = readPersonae(lines, r.from, r.to)
	inCast := func(i int) bool { return r.cast && i >= r.personae.first && i <= r.personae.last }
	// Lines that begin inside a bracketed direction hold no cue.
	inBrackets := make([]bool, len(lines))
	for _, p := range paragraphs(lines, r.from, r.to) {
		for _, n := range bracketNotes(text, p.span(lines)) {
			for i := p.first + 1; i <= p.last; i++ {
				if lines[i].trim.Start > n.Extent.Start && lines[i].trim.Start < n.Extent.End {
					inBrackets[i] = true
				}
			}
		}
	}
	var cands []cue
	count := map[string]int{}
	for i := r.from; i < r.to; i++ {
		l := lines[i]
		if l.blank() || inCast(i) || inBrackets[i] {
			continue
		}
		if isHeading(l.text) && (i == r.from || lines[i-1].blank()) {
			// (A heading opens a paragraph: "Second Act._" ending a
			// sentence is none.)
			r.headings = append(r.headings, i)
			continue
		}
		c, ok := parseCue(l.text)
		if !ok {
			continue
		}
		cu := cue{line: i, c: c, key: strings.ToUpper(strings.Join(strings.Fields(c.name), " "))}
		switch {
		case c.rest != "":
			cu.shape = inline
		case c.period:
			cu.shape = ownLine
			if next := nextText(lines, i, r.to, 2); next < 0 {
				continue
			}
		default:
			cu.shape = bare
			if (i > r.from && !lines[i-1].blank()) || i+1 >= r.to || lines[i+1].blank() {
				continue
			}
		}
		cands = append(cands, cu)
		count[cu.key]++
	}
	// A name printed as a cue twice, or on the roster (as a name, an
	// abbreviation or an office), is confirmed. The play begins at the
	// first confirmed cue or act heading; before it, an unconfirmed name
	// is front matter ("HEDDA GABLER." as a title). A short text with no
	// name printed twice is read all the same.
	confirmed := func(cu cue) bool {
		_, m := r.personae.resolve(cu.c.name)
		return count[cu.key] >= 2 || r.cast && m != noMatch
	}
	anyConfirmed := false
	sure, sureInline := 0, 0 // confirmed cues in capitals, and those opening a line of speech
	for _, cu := range cands {
		if cu.c.caps && confirmed(cu) {
			anyConfirmed = true
			sure++
			if cu.shape == inline {
				sureInline++
			}
		}
	}
	// Where the edition prints its names above the speeches, a name
	// opening a line of speech mid-paragraph is speech unless confirmed.
	inlineEdition := sureInline*2 > sure
	firstAct := r.to
	for _, h := range r.headings {
		if actHeading.MatchString(plainUpper(lines[h].text)) {
			firstAct = h
			break
		}
	}
	started := false
	caps, mixed := 0, 0
	for _, cu := range cands {
		begun := started || !anyConfirmed || cu.line > firstAct
		var ok bool
		switch {
		case !cu.c.caps:
			// In mixed case: a name the roster resolves ("Ham.",
			// "Algernon."), or one opening three paragraphs or more
			// ("Jack.", where the roster says "John Worthing").
			_, m := r.personae.resolve(cu.c.name)
			opens := cu.line == r.from || lines[cu.line-1].blank()
			ok = (r.cast && m != noMatch || count[cu.key] >= 3 && opens) && !corpus.IsTitle(cu.c.name+".")
		case cu.shape == bare:
			ok = confirmed(cu)
		case cu.shape == inline:
			opens := cu.line == r.from || lines[cu.line-1].blank()
			ok = confirmed(cu) || begun && (inlineEdition || opens) && !corpus.IsTitle(cu.c.name)
		default:
			ok = confirmed(cu) || begun && !corpus.IsTitle(cu.c.name)
		}
		if ok {
			r.cues = append(r.cues, cu)
			started = true
			if cu.c.caps {
				caps++
			} else {
				mixed++
			}
		}
	}
	// An edition prints its cues in capitals or abbreviated in mixed
	// case; where most are in capitals, a name in mixed case opening a
	// line ("Farncombe. Mr. Tavish-- ...") is speech.
	if mixed > 0 && caps >= mixed {
		kept := r.cues[:0]
		for _, cu := range r.cues {
			if cu.c.caps {
				kept = append(kept, cu)
			}
		}
		r.cues = kept
	}
	return r
}

// nextText returns the first line after i, within limit lines and before
// to, that holds text; -1 if none does.
func nextText(lines []line, i, to, limit int) int {
	for j := i + 1; j < to && j <= i+1+limit; j++ {
		if !lines[j].blank() {
			return j
		}
	}
	return -1
}

// Read reads a printed play. name is used in errors and outputs only.
//
// The rules (Methods says them in prose):
//
//  1. The work is the text between a Project Gutenberg "*** START OF"
//     line and its "*** END OF" line (or the "End of Project Gutenberg's"
//     line before it); the whole text without them. The header is front
//     matter and the licence back matter.
//  2. A dramatis personae (a heading "Dramatis Personae", "The Persons of
//     the Play", "Characters"... and its entries) is the roster, and front
//     matter. Its lines are never cues.
//  3. A cue (see parseCue) is a name in capitals closed by a period on a
//     line of its own ("ROPER.", "MRS. UPJOHN.", "HAMLET [aside]."), at
//     the start of a line of speech ("HAMLET. To be"), or alone without a
//     period directly above the speech. A name closed by a period is a
//     cue once the play has begun (at its first confirmed cue or act
//     heading); a name alone without one needs to be confirmed: printed
//     as a cue twice or on the roster. A name in mixed case ("Ham.",
//     "Algernon.") is a cue where the roster resolves it or it opens three
//     paragraphs or more, unless most of the edition's cues are in
//     capitals. Act, scene and book headings are never cues.
//  4. A speech runs from its cue to the next cue or heading. Stage
//     directions are notes, not speech: square brackets within a paragraph
//     (an unclosed one to the paragraph's end), a paragraph wholly in
//     italics (except the first of a speech), an italic direction right
//     after a cue ("_Aside._"), a direction in the cue, and parentheses
//     where the speeches hold no bracketed direction, or in italics.
//     Verse after a direction within a speech that says others sing is
//     a stage note too, not the speaker's (see songNotes).
//  5. The front matter runs to the first act or scene heading before the
//     first cue (else to the first cue); a closing "THE END" after the
//     last cue starts the back matter. Headings are editorial notes, and
//     the other text outside speeches stage notes.
//  6. A speaker's identity is the cue's name, case folded, titles kept;
//     an abbreviation the roster resolves ("Ham.") takes the identity of
//     the full cue used most for that person, else of the roster's name;
//     an office the roster glosses ("King.") stays itself. Consecutive
//     speeches of one speaker make one turn, unless an act or scene
//     heading stands between them.
//
// A text without a cue is an *corpus.InputError.
func Read(name string, src []byte) (*corpus.Document, error) {
	if err := corpus.CheckText(name, src); err != nil {
		return nil, err
	}
	text := string(src)
	r := find(text)
	if len(r.cues) == 0 {
		return nil, &corpus.InputError{File: name, Msg: `no speaker cues found: a play needs speeches opened by names in capitals and a period ("HAMLET." above the speech, or "HAMLET. To be ...")`}
	}
	lines := r.lines
	b := corpus.NewBuilder(name, Format, text)
	if r.cast {
		b.SetRoster(r.personae.people)
	}

	// Front and back matter.
	first := r.cues[0].line
	frontEnd := first
	after := r.from
	if r.cast {
		after = max(after, r.personae.last+1)
	}
	for _, h := range r.headings {
		if h >= after && h < first && actHeading.MatchString(plainUpper(lines[h].text)) {
			frontEnd = h
			break
		}
	}
	last := r.cues[len(r.cues)-1].line
	backLine := r.to
	for _, h := range r.headings {
		if h > last && isEnd(lines[h].text) {
			backLine = h
			break
		}
	}
	offset := func(i int) int {
		if i >= len(lines) {
			return len(text)
		}
		return lines[i].span.Start
	}
	backStart := offset(backLine)
	if backLine >= len(lines) {
		backStart = len(text)
	}
	b.SetMatter(corpus.Span{Start: 0, End: offset(frontEnd)}, corpus.Span{Start: backStart, End: len(text)})
	title, meta := titleOf(lines, r.from, frontEnd)
	b.SetMetadata(title, "")
	if meta != nil {
		b.SetMeta(meta)
	}

	// Where each speech ends: the next cue or heading.
	stops := append([]int(nil), r.headings...)
	for _, cu := range r.cues {
		stops = append(stops, cu.line)
	}
	stops = append(stops, backLine)
	sort.Ints(stops)
	regionEnd := func(i int) int { // the line that ends the speech cued at line i
		k := sort.SearchInts(stops, i+1)
		return stops[k]
	}

	// The notes.
	var notes []corpus.Note
	paras := paragraphs(lines, frontEnd, backLine)
	inSpeech := make([]bool, len(lines)) // lines within a speech
	speechStart := map[int]bool{}        // the first line of each speech's first paragraph
	for _, cu := range r.cues {
		end := regionEnd(cu.line)
		for i := cu.line; i < end && i < len(lines); i++ {
			inSpeech[i] = true
		}
		if cu.shape == inline {
			speechStart[cu.line] = true
		} else if j := nextText(lines, cu.line, end, end); j >= 0 {
			speechStart[j] = true
		}
	}
	bracketInSpeech := false
	for _, p := range paras {
		s := p.span(lines)
		bn := bracketNotes(text, s)
		notes = append(notes, bn...)
		for _, n := range bn {
			// A bracket in a cue ("HAMLET [aside].") does not say how
			// the edition prints directions in speeches.
			if inSpeech[p.first] && !inCue(r, n.Anchor.Start) {
				bracketInSpeech = true
			}
		}
		// Headings are editorial notes, and the text outside the speeches
		// stage notes, a run of lines at a time.
		for i := p.first; i <= p.last; {
			if isHeadingLine(r.headings, i) {
				notes = append(notes, corpus.Note{Kind: corpus.Editorial, Anchor: lines[i].trim, Extent: lines[i].trim, Body: lines[i].trim})
				i++
				continue
			}
			if inSpeech[i] {
				i++
				continue
			}
			j := i
			for j+1 <= p.last && !inSpeech[j+1] && !isHeadingLine(r.headings, j+1) {
				j++
			}
			if s := (paragraph{i, j}).span(lines); !strings.HasPrefix(s.In(text), "[") {
				notes = append(notes, corpus.Note{Kind: corpus.Stage, Anchor: s, Extent: s, Body: s})
			}
			i = j + 1
		}
		if t := s.In(text); inSpeech[p.first] && !speechStart[p.first] && isItalicParagraph(t) {
			notes = append(notes, corpus.Note{Kind: corpus.Stage, Anchor: s, Extent: s, Body: corpus.Span{Start: s.Start + 1, End: s.End - 1}})
		}
	}
	for _, p := range paras {
		if !inSpeech[p.first] {
			continue
		}
		notes = append(notes, parenNotes(text, p.span(lines), !bracketInSpeech)...)
		if !bracketInSpeech && !(speechStart[p.first] && isItalicParagraph(p.span(lines).In(text))) {
			// (A speech wholly in italics is the speech, not a direction.)
			notes = append(notes, italicNotes(text, p.span(lines))...)
		}
		for i := p.first; i <= p.last; i++ {
			if !isCueAt(r.cues, i) && isEntrance(lines[i].text) {
				notes = append(notes, corpus.Note{Kind: corpus.Stage, Anchor: lines[i].trim, Extent: lines[i].trim, Body: lines[i].trim})
			}
		}
	}
	// Verse that others sing, after a direction that says so.
	notes = append(notes, songNotes(r, text, regionEnd, speechStart)...)
	// Directions in and right after the cues.
	for _, cu := range r.cues {
		l := lines[cu.line]
		if cu.c.dirEnd > cu.c.dirStart && l.text[cu.c.dirStart] != '[' { // brackets are noted above
			s := corpus.Span{Start: l.trim.Start + cu.c.dirStart, End: l.trim.Start + cu.c.dirEnd}
			notes = append(notes, corpus.Note{Kind: corpus.Stage, Anchor: s, Extent: s, Body: corpus.Span{Start: s.Start + 1, End: s.End - 1}})
		}
		if cu.shape == inline {
			if n := leadingItalic(cu.c.rest); n > 0 {
				at := l.trim.Start + cu.c.restAt
				s := corpus.Span{Start: at, End: at + n}
				notes = append(notes, corpus.Note{Kind: corpus.Stage, Anchor: s, Extent: s, Body: corpus.TrimSpan(text, corpus.Span{Start: at + 1, End: at + n - 1})})
			}
		}
	}
	b.AddNotes(acrossNoCue(r, notes)...)

	// The speeches.
	ids := identities(r)
	for n, cu := range r.cues {
		l := lines[cu.line]
		if n > 0 && headingBetween(r.headings, r.cues[n-1].line, cu.line) {
			b.Break() // a new act or scene: no turn runs on over it
		}
		cueSpan := corpus.Span{Start: l.trim.Start, End: l.trim.Start + cu.c.end}
		end := regionEnd(cu.line)
		reach := corpus.Span{Start: cueSpan.Start, End: offset(end)}
		if end == backLine {
			reach.End = backStart
		}
		u := corpus.Utterance{Cue: cueSpan, CueName: cueSpan.In(text), Text: corpus.TrimSpan(text, reach)}
		u.Speech = b.SpeechIn(corpus.Span{Start: cueSpan.End, End: reach.End})
		id := ids[cu.key]
		b.AddAs(id.id, id.display, u, reach)
	}
	return b.Document("no speaker cues found")
}

// headingBetween reports whether a heading stands between lines i and j.
func headingBetween(headings []int, i, j int) bool {
	k := sort.SearchInts(headings, i+1)
	return k < len(headings) && headings[k] < j
}

// isHeadingLine reports whether line i is a heading.
func isHeadingLine(headings []int, i int) bool {
	k := sort.SearchInts(headings, i)
	return k < len(headings) && headings[k] == i
}

// acrossNoCue drops the notes that run over a cue's edge (an italic run
// from one speech into the next cue): a note lies within a cue or apart
// from it.
func acrossNoCue(r reading, notes []corpus.Note) []corpus.Note {
	cues := make([]corpus.Span, len(r.cues)) // in source order
	for k, cu := range r.cues {
		l := r.lines[cu.line]
		cues[k] = corpus.Span{Start: l.trim.Start, End: l.trim.Start + cu.c.end}
	}
	kept := notes[:0]
	for _, n := range notes {
		ok := true
		for k := sort.Search(len(cues), func(k int) bool { return cues[k].End > n.Extent.Start }); k < len(cues) && cues[k].Start < n.Extent.End; k++ {
			c := cues[k]
			if n.Extent.Start < c.Start || n.Extent.End > c.End {
				ok = false // it overlaps the cue without lying within it
				break
			}
		}
		if ok {
			kept = append(kept, n)
		}
	}
	return kept
}

// inCue reports whether offset off lies within a cue.
func inCue(r reading, off int) bool {
	k := sort.Search(len(r.cues), func(k int) bool { return r.lines[r.cues[k].line].span.End >= off })
	if k == len(r.cues) {
		return false
	}
	l := r.lines[r.cues[k].line]
	return off >= l.trim.Start && off < l.trim.Start+r.cues[k].c.end
}

// isCueAt reports whether a cue stands at line i.
func isCueAt(cues []cue, i int) bool {
	k := sort.Search(len(cues), func(k int) bool { return cues[k].line >= i })
	return k < len(cues) && cues[k].line == i
}

// identity is a speaker's identity and display name.
type identity struct{ id, display string }

// identities gives each cue's name its speaker: the name itself, or, for
// an abbreviation the roster resolves, the full cue used most for that
// person (else the roster's name). An office ("King.") stays itself.
func identities(r reading) map[string]identity {
	out := map[string]identity{}
	uses := map[string]int{}
	forms := map[string]string{} // key -> the name as first printed
	for _, cu := range r.cues {
		uses[cu.key]++
		if _, ok := forms[cu.key]; !ok {
			forms[cu.key] = cu.c.name
		}
	}
	keys := make([]string, 0, len(uses))
	for k := range uses {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	best := map[int]string{} // roster entry -> its most used full cue
	for _, k := range keys {
		if e, m := r.personae.resolve(forms[k]); r.cast && m == fullName {
			if b, ok := best[e]; !ok || uses[k] > uses[b] {
				best[e] = k
			}
		}
	}
	own := func(name string) identity {
		name = strings.Join(strings.Fields(name), " ")
		display := name
		if isCapsName(name) {
			display = corpus.TitleCase(name)
		}
		return identity{id: strings.ToLower(name), display: display}
	}
	for _, k := range keys {
		out[k] = own(forms[k])
		if e, m := r.personae.resolve(forms[k]); r.cast && m == abbreviated {
			if b, ok := best[e]; ok {
				out[k] = own(forms[b])
			} else {
				out[k] = own(r.personae.people[e].Name)
			}
		}
	}
	return out
}

package corpus

import (
	"sort"
	"strings"
	"unicode"
)

// Builder assembles a Document from utterances, for the readers. A reader
// finds its format's cues and speech; the Builder does the rest the same
// way for every format: speakers by identity (titles stripped, case
// folded), consecutive utterances of one speaker joined into a turn, turn
// lines, and notes placed in their turns.
//
// Add utterances in source order, then call Document.
type Builder struct {
	doc     *Document
	notes   []Note
	reach   []Span // each turn's extent, from its first cue to the next turn's
	speaker map[string]int
	cuts    []Span                       // the notes' extents, sorted
	cutsFor int                          // how many notes cuts was made from
	roster  map[string]string            // speaker ID -> the roster's spelling
	broken  bool                         // Break was called: the next Add starts a turn
	meta    map[string]map[string]string // speaker ID -> SetSpeakerMeta's fields
}

// NewBuilder starts a document of the given name and format over src.
func NewBuilder(name, format, src string) *Builder {
	return &Builder{doc: &Document{Name: name, Source: src, Format: format}, speaker: map[string]int{}, roster: map[string]string{}}
}

// Source returns the document's text.
func (b *Builder) Source() string { return b.doc.Source }

// SetRoster sets the document's roster; speakers on it take its spelling.
func (b *Builder) SetRoster(r []Participant) {
	b.doc.Roster = r
	for _, p := range r {
		b.roster[SpeakerID(p.Name)] = StripTitles(p.Name)
	}
}

// SetMatter sets the spans of front and back matter.
func (b *Builder) SetMatter(front, back Span) {
	b.doc.Front, b.doc.Back = TrimSpan(b.doc.Source, front), TrimSpan(b.doc.Source, back)
}

// SetMetadata sets the title and date (YYYY-MM-DD, or a year) the text
// gives; an empty argument leaves the value as it was.
func (b *Builder) SetMetadata(title, date string) {
	if title != "" {
		b.doc.Title = title
	}
	if date != "" {
		b.doc.Date = date
	}
}

// SetMeta sets the document's metadata fields.
func (b *Builder) SetMeta(meta map[string]string) { b.doc.Meta = meta }

// SetSpeakerMeta records a field of what the source says of the speaker
// of that name (as Add takes it): a party, a role, an electorate. The key
// is folded to lower case; an empty value is not recorded. Document gives
// the fields to the speaker once it has spoken.
func (b *Builder) SetSpeakerMeta(name, key, value string) {
	value = strings.TrimSpace(value)
	if value == "" {
		return
	}
	id := SpeakerID(strings.Join(strings.Fields(name), " "))
	if id == "" {
		id = strings.ToLower(StripTitles(name))
	}
	if b.meta == nil {
		b.meta = map[string]map[string]string{}
	}
	if b.meta[id] == nil {
		b.meta[id] = map[string]string{}
	}
	b.meta[id][strings.ToLower(strings.TrimSpace(key))] = value
}

// AddNotes adds editorial notes (their Line and Turn are set by Document).
func (b *Builder) AddNotes(notes ...Note) { b.notes = append(b.notes, notes...) }

// BracketNotes finds the bracketed apparatus of the whole text (footnotes,
// "[…]", "[crosstalk 00:07:53]"), adds it as notes, and returns the text
// with it blanked out byte for byte, for finding cues.
func (b *Builder) BracketNotes() string {
	notes := scanBrackets(b.doc.Source)
	b.notes = append(b.notes, notes...)
	return Mask(b.doc.Source, notes)
}

// StageNotes adds the parenthesised stage directions ("(APPLAUSE)") found
// in s of the masked text.
func (b *Builder) StageNotes(masked string, s Span) {
	found := scanStage(masked, s)
	if len(found) == 0 {
		return
	}
	anchors := make(map[Span]bool, len(b.notes))
	for _, n := range b.notes {
		anchors[n.Anchor] = true
	}
	for _, n := range found {
		if !anchors[n.Anchor] {
			b.notes = append(b.notes, n)
		}
	}
}

// Cuts returns every note's extent, sorted by start, for subtracting from
// speech. It is computed once for the notes added so far.
func (b *Builder) Cuts() []Span {
	if b.cutsFor != len(b.notes) {
		b.cuts = b.cuts[:0]
		for _, n := range b.notes {
			b.cuts = append(b.cuts, n.Extents()...)
		}
		sort.Slice(b.cuts, func(i, j int) bool { return b.cuts[i].Start < b.cuts[j].Start })
		b.cutsFor = len(b.notes)
	}
	return b.cuts
}

// SpeechIn returns the speech of the span s: s less the notes, split at
// line breaks, trimmed, empty pieces dropped.
func (b *Builder) SpeechIn(s Span) []Span {
	text := b.doc.Source
	var out []Span
	cuts := b.Cuts()
	// Only the cuts that can reach s: those starting before its end, from
	// the first that ends after its start (cuts do not nest but may
	// overlap, so step back over any that still reach it).
	hi := sort.Search(len(cuts), func(i int) bool { return cuts[i].Start >= s.End })
	lo := sort.Search(hi, func(i int) bool { return cuts[i].Start >= s.Start })
	for lo > 0 && cuts[lo-1].End > s.Start {
		lo--
	}
	for _, piece := range Subtract(s, append([]Span(nil), cuts[lo:hi]...)) {
		for _, ln := range SplitLines(text[piece.Start:piece.End]) {
			if p := TrimSpan(text, Span{piece.Start + ln.Start, piece.Start + ln.End}); p.Len() > 0 {
				out = append(out, p)
			}
		}
	}
	return out
}

// Break ends the current turn: the next utterance starts a turn of its
// own even if its speaker spoke last. It is for files that hold several
// conversations (ConvoKit's conversation_id), so that no turn joins two;
// two turns in a row may then be one speaker's.
func (b *Builder) Break() { b.broken = true }

// Add adds one utterance of the speaker named name (as written). reach is
// the stretch of text the utterance governs (from its cue to the next),
// for placing notes; u.Line is set from u.Cue (or u.Text) if zero.
//
// An utterance without a word of speech (a cue followed by nothing, a row
// that holds only "(APPLAUSE)") is no utterance: its speaker gets no turn
// from it, so a reaction between two stretches of one speaker does not end
// that turn (the turn's reach then spans the reaction and its notes); its
// notes between two speakers' turns stand outside the turns.
func (b *Builder) Add(name string, u Utterance, reach Span) {
	name = strings.Join(strings.Fields(name), " ")
	id := SpeakerID(name)
	if id == "" {
		id = strings.ToLower(StripTitles(name)) // titles alone ("Lord Mayor", "Mayor"): the last one
	}
	display, ok := b.roster[id]
	if !ok {
		display = StripTitles(name)
		// A name in capitals is shown in title case ("MAO ZEDONG"), a
		// machine's label as written ("SPEAKER_00").
		if isCapsName(display) && !strings.ContainsAny(display, "0123456789_") && !acronym(display) {
			display = TitleCase(display)
		}
	}
	if u.CueName == "" {
		u.CueName = name
	}
	b.add(id, display, u, reach)
}

// AddAs is Add for a reader that decides its speakers' identities itself:
// id is the speaker's identity and display the name shown for it, both used
// as given (a play's "MRS. STIDULPH" and "STIDULPH" are two people, so its
// reader keeps the titles that Add strips). u.CueName should be set.
func (b *Builder) AddAs(id, display string, u Utterance, reach Span) {
	if id == "" {
		id = strings.ToLower(strings.Join(strings.Fields(display), " "))
	}
	b.add(id, display, u, reach)
}

func (b *Builder) add(id, display string, u Utterance, reach Span) {
	d := b.doc
	if !HasWord(d.Source, u.Speech) {
		return
	}
	if u.Line == 0 {
		at := u.Cue
		if at.Len() == 0 {
			at = u.Text
		}
		u.Line = d.Line(at.Start)
	}
	k, seen := b.speaker[id]
	if !seen {
		k = len(d.Speakers)
		b.speaker[id] = k
		d.Speakers = append(d.Speakers, Speaker{ID: id, Name: display})
	}
	if sp := &d.Speakers[k]; !contains(sp.Forms, u.CueName) {
		sp.Forms = append(sp.Forms, u.CueName)
	}
	joins := !b.broken
	b.broken = false
	if n := len(d.Turns); joins && n > 0 && d.Turns[n-1].Speaker == id {
		d.Turns[n-1].Utterances = append(d.Turns[n-1].Utterances, u)
		b.reach[n-1].End = max(b.reach[n-1].End, reach.End)
		return
	}
	d.Turns = append(d.Turns, Turn{Index: len(d.Turns) + 1, Speaker: id, Utterances: []Utterance{u}})
	b.reach = append(b.reach, reach)
}

// acronym reports whether a label in capitals is an acronym, one word with
// no vowel ("CDR", "CMP", "CC" of a mission log), which title case would
// disguise.
func acronym(name string) bool {
	return !strings.ContainsAny(name, " AEIOUYaeiouy") && len(name) <= 5
}

// HasWord reports whether any of the spans of src holds a letter or a
// digit: a word, by the word rule's measure.
func HasWord(src string, spans []Span) bool {
	for _, s := range spans {
		for _, r := range s.In(src) {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				return true
			}
		}
	}
	return false
}

// isCapsName reports whether a name is written all in capitals.
func isCapsName(s string) bool {
	for _, w := range strings.Fields(s) {
		if !IsCaps(w) && len([]rune(w)) > 1 {
			return false
		}
	}
	return strings.ToUpper(s) == s
}

// Document finishes the document: lines, notes placed, and a check that
// it has turns. emptyMsg is the error message when it has none.
func (b *Builder) Document(emptyMsg string) (*Document, error) {
	d := b.doc
	if len(d.Turns) == 0 {
		return nil, &InputError{File: d.Name, Msg: emptyMsg}
	}
	sortNotes(b.notes)
	finishTurns(d, b.notes, b.reach)
	for i := range d.Speakers {
		if m := b.meta[d.Speakers[i].ID]; m != nil {
			d.Speakers[i].Meta = m
		}
	}
	return d, nil
}

// finishTurns sets the turns' lines and places the notes: each note's
// line, and the turn whose reach holds its anchor.
func finishTurns(d *Document, notes []Note, reach []Span) {
	for i := range d.Turns {
		t := &d.Turns[i]
		first := t.Utterances[0].Text
		if first.Len() == 0 {
			first = t.Utterances[0].Cue
		}
		t.FirstLine = d.Line(first.Start)
		last := t.Utterances[len(t.Utterances)-1].Text
		t.LastLine = d.Line(max(last.End-1, last.Start))
	}
	for i := range notes {
		n := &notes[i]
		n.Line = d.Line(n.Anchor.Start)
		n.Turn = 0
		// Turns are in source order and their reaches do not overlap.
		k := sort.Search(len(reach), func(k int) bool { return reach[k].End > n.Anchor.Start })
		if k < len(reach) && reach[k].Start <= n.Anchor.Start {
			n.Turn = k + 1
		}
	}
	d.Notes = notes
	sort.SliceStable(d.Notes, func(i, j int) bool { return d.Notes[i].Anchor.Start < d.Notes[j].Anchor.Start })
}

func sortNotes(notes []Note) {
	sort.SliceStable(notes, func(i, j int) bool {
		a, b := notes[i], notes[j]
		if a.Anchor.Start != b.Anchor.Start {
			return a.Anchor.Start < b.Anchor.Start
		}
		return a.Number < b.Number
	})
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

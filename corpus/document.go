package corpus

import (
	"crypto/sha256"
	"encoding/hex"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// Span is a half-open range [Start, End) of byte offsets into a
// Document's Source.
type Span struct {
	Start, End int
}

// Len returns the span's length in bytes.
func (s Span) Len() int { return s.End - s.Start }

// In returns the text the span covers in src, or "" if it does not fit.
func (s Span) In(src string) string {
	if s.Start < 0 || s.End > len(src) || s.Start > s.End {
		return ""
	}
	return src[s.Start:s.End]
}

// Document is one transcript, read and (after the stages have run)
// annotated.
type Document struct {
	// Name identifies the document in outputs: the path as the user gave
	// it, or the sample's file name. Never made absolute.
	Name string
	// Source is the full input text, unmodified.
	Source string
	// Format names the reader that produced the document ("record").
	Format string

	// Title and Date are taken from the text where it gives them; Date is
	// ISO 8601 (YYYY-MM-DD) or "".
	Title string
	Date  string
	// Meta holds the document's other metadata: fields of its file name
	// (session, year) or of a sidecar metadata.csv. Print it in key order.
	Meta map[string]string

	// Roster lists the participants the text names before the
	// conversation ("Attendants: ..."), in its order.
	Roster []Participant
	// Speakers lists everyone who speaks, in order of first turn.
	Speakers []Speaker
	// Turns are the speaker turns in order.
	Turns []Turn
	// Notes are the editorial apparatus (footnotes, elisions, stage
	// directions, editorial insertions), in source order.
	Notes []Note

	// Mentions are the named entities mentioned in speech, in source
	// order; EditorialMentions those in footnote bodies. Filled in by the
	// entities stage.
	Mentions          []Mention
	EditorialMentions []Mention

	// Front and Back are the matter before the first speaker cue (header,
	// title, roster) and after the conversation (closing formulae,
	// distribution list). Empty spans where the text has none.
	Front, Back Span

	// Reading says how the document was read (by which reader, why, the
	// words it took for speech, notes and matter) and what in the reading
	// looks wrong.
	Reading Reading

	// NameTerms are the keyword terms (Token.Term's stems) of the names
	// the document's speakers go by: every word of their cues' names, and
	// the first names the speech gives them ("Donald" of "Donald Trump"
	// when Trump speaks). Set by the normalize stage; keyword analysis
	// leaves them out across a corpus, not only where they speak.
	NameTerms []string

	lineStarts []int
	// lightened holds the source's size and digest once Lighten has let
	// go of the source.
	lightened *SourceSummary
}

// SourceSummary describes a document's source text: its size in bytes
// and lines, and its SHA-256 in hex, for the methods of a report.
type SourceSummary struct {
	Bytes, Lines int
	SHA256       string
}

// SourceSummary returns the summary of d's source, also after Lighten.
func (d *Document) SourceSummary() SourceSummary {
	if d.lightened != nil {
		return *d.lightened
	}
	n := strings.Count(d.Source, "\n")
	if !strings.HasSuffix(d.Source, "\n") {
		n++
	}
	// Hashed in place: the source is read, not copied (10 MB a call).
	sum := sha256.Sum256(unsafe.Slice(unsafe.StringData(d.Source), len(d.Source)))
	return SourceSummary{Bytes: len(d.Source), Lines: n, SHA256: hex.EncodeToString(sum[:])}
}

// Lighten lets go of what d holds of its text, once every table with a
// row per turn, note or mention has been written and d is counted: the
// source, the tokens (keeping the turns' word counts), the mentions and
// the spans of utterances and notes. What is left is the document's
// metadata, reading, speakers, and turns and notes as counts and line
// numbers: what a report of a large corpus says of each document. Texts
// of spans are "" afterwards; SourceSummary still describes the source.
func (d *Document) Lighten() {
	if d.lightened != nil {
		return
	}
	sum := d.SourceSummary()
	d.lightened = &sum
	d.DropTokens()
	d.Source = ""
	d.lineStarts = nil
	d.Mentions, d.EditorialMentions = nil, nil
	// What is kept may be cut from the source, and would hold all of it:
	// it is copied.
	c := strings.Clone
	d.Name, d.Title, d.Date, d.Format = c(d.Name), c(d.Title), c(d.Date), c(d.Format)
	for k, v := range d.Meta {
		d.Meta[k] = c(v)
	}
	for i := range d.Roster {
		p := &d.Roster[i]
		p.Name, p.Role = c(p.Name), c(p.Role)
	}
	ids := map[string]string{}
	for i := range d.Speakers {
		s := &d.Speakers[i]
		s.ID, s.Name = c(s.ID), c(s.Name)
		ids[s.ID] = s.ID
		for j := range s.Forms {
			s.Forms[j] = c(s.Forms[j])
		}
		for k, v := range s.Meta {
			s.Meta[k] = c(v)
		}
	}
	for i := range d.Turns {
		t := &d.Turns[i]
		if id, ok := ids[t.Speaker]; ok {
			t.Speaker = id
		} else {
			t.Speaker = c(t.Speaker)
		}
		for j := range t.Utterances {
			u := &t.Utterances[j]
			u.Speech = nil
			u.CueName, u.Time = c(u.CueName), c(u.Time)
		}
	}
	r := &d.Reading
	r.Format, r.Encoding = c(r.Format), c(r.Encoding)
	for i := range r.Warnings {
		r.Warnings[i].Msg = c(r.Warnings[i].Msg)
	}
}

// Lightened reports whether Lighten has let go of d's text.
func (d *Document) Lightened() bool { return d.lightened != nil }

// Participant is a person named in a document's roster.
type Participant struct {
	// Name is the roster's spelling ("Zilliacus").
	Name string
	// Role is the roster's gloss, if any ("secretary of delegation").
	Role string
	// Line is the 1-based source line of the roster entry.
	Line int
}

// Speaker is one speaker of a document.
type Speaker struct {
	// ID is the speaker's identity: the name with titles stripped and
	// case folded ("stalin"). Turns refer to speakers by ID.
	ID string
	// Name is the display name: the roster's spelling where the roster has
	// the speaker, else the name in title case ("Stalin").
	Name string
	// Forms are the distinct cue forms seen for the speaker, in order of
	// first use ("Comrade STALIN", "Comrade Stalin").
	Forms []string
	// Meta holds what the source says of the speaker besides the name
	// (a table's "party" or "role" column, a Hansard talker's electorate),
	// keyed by field name in lower case; nil if it says nothing.
	Meta map[string]string
}

// Turn is a maximal run of one speaker's speech.
type Turn struct {
	// Index is the turn's 1-based position in the document.
	Index int
	// Speaker is the speaker's ID.
	Speaker string
	// Utterances are the turn's utterances; each speaker cue starts one.
	Utterances []Utterance
	// FirstLine and LastLine are the 1-based source lines the turn spans.
	FirstLine, LastLine int
	// Tokens are filled in by the tokenize stage: the tokens of the turn's
	// speech, in source order, without cue framing or editorial notes.
	Tokens []Token
	// WordCount is the number of word tokens, set with Tokens by the
	// tokenize stage and kept once they are dropped (see
	// Document.DropTokens); use Words.
	WordCount int
}

// Utterance is the stretch of speech that one speaker cue introduces, up
// to the next cue or the end of the conversation.
type Utterance struct {
	// Cue is the cue's framing: the speaker's name with any title and
	// stage direction, the reporting verb and its complementizer
	// ("Comrade STALIN says that,"). Not speech.
	Cue Span
	// CueName is the name as the cue writes it ("Comrade STALIN").
	CueName string
	// Text is the utterance from the cue's start to its end, footnotes
	// included; for display, not counting.
	Text Span
	// Speech lists the spans of spoken text: Text less the cue framing
	// and every editorial note. Words are counted here only.
	Speech []Span
	// Line is the 1-based source line of the cue.
	Line int
	// Time is the utterance's timestamp as the transcript gives it
	// ("00:07:53"), if it gives one; Start and End are its timing in
	// seconds where the format times utterances (subtitles), both zero
	// otherwise.
	Time       string
	Start, End float64
}

// Token is a word or punctuation token of speech.
type Token struct {
	Span
	// Text is the token as in the source.
	Text string
	// Word reports whether the token is a word (it holds a letter or a
	// digit) rather than punctuation; the tokenize stage's doc comment
	// has the rule.
	Word bool
	// Stop reports whether the word is a stopword (of the shipped list or
	// the user's); set by the normalize stage.
	Stop bool
	// Norm is the word case folded, with typographic apostrophes made
	// straight ("Didn’t" is "didn't"); set by the normalize stage.
	Norm string
	// Term is what the word counts as for keywords: its stem ("negoti"
	// for "negotiations"); "" for a word that is no keyword candidate (a
	// stopword, a number, a speaker's name or title, the framing verb of
	// reported speech) and for punctuation. Set by the normalize stage.
	Term string
}

// EntityLabel says what kind of thing a named entity is.
type EntityLabel string

// The entity labels.
const (
	Person       EntityLabel = "person"
	Place        EntityLabel = "place" // country, city, region
	Organisation EntityLabel = "organisation"
	// Group is a nationality or group adjective or noun ("British",
	// "Soviet", "the Russians"), kept apart from places.
	Group EntityLabel = "group"
	// Law is a named treaty, agreement, charter, law, bill, resolution,
	// programme or plan ("Paris Agreement", "Charter of the United
	// Nations"), kept whole: the place or body inside is not mentioned.
	Law EntityLabel = "law"
	// Event is a named war, revolution, conference or summit ("World War
	// II", "Great Depression").
	Event EntityLabel = "event"
	// Facility is a named building, room or ground ("Rose Garden", "Oval
	// Office").
	Facility EntityLabel = "facility"
	// Language is a language ("Swahili", "Arabic"), where its name is no
	// nationality adjective.
	Language EntityLabel = "language"
)

// MentionSource says which evidence found a mention, so that users can
// filter mentions by how sure they are.
type MentionSource string

// The sources of mentions.
const (
	// FromGazetteer: an alias of the gazetteer, shipped or the user's.
	FromGazetteer MentionSource = "gazetteer"
	// FromHead: a name of a body, law or event by its head noun ("Green
	// Climate Fund", "Paris Agreement").
	FromHead MentionSource = "head"
	// FromTitle: a name after a title ("President Biden"), or a title
	// alone that the document gives one person.
	FromTitle MentionSource = "title"
	// FromSpeaker: the name of a speaker or a participant of the roster.
	FromSpeaker MentionSource = "speaker"
	// FromDocument: a word the document writes elsewhere in a person's
	// full name or after a title ("Biden" in "the Biden plan").
	FromDocument MentionSource = "document"
	// FromModel: a proper noun by prose's tagger (and, opening a
	// sentence, its recogniser), the least certain.
	FromModel MentionSource = "model"
)

// Mention is one mention of a named entity.
type Mention struct {
	// Span is the mention as written ("Generalissimo Stalin’s"), Text
	// its text.
	Span
	Text string
	// Entity is the canonical name ("Stalin", "Soviet Union").
	Entity string
	Label  EntityLabel
	// Source says which evidence found it.
	Source MentionSource
	// Turn is the index of the turn it is spoken in, and Speaker that
	// turn's speaker ID; for an editorial mention both are zero and Note
	// is the number of the footnote it stands in.
	Turn    int
	Speaker string
	Note    int
}

// NoteKind says what kind of editorial apparatus a note is.
type NoteKind string

// The kinds of note.
const (
	// Footnote is a numbered editorial footnote: a marker in the text
	// ("[footnoteRef:15]") and its body ("[15: ...]").
	Footnote NoteKind = "footnote"
	// Elision marks omitted text ("[…]").
	Elision NoteKind = "elision"
	// Stage is a stage direction: "(smiling)" after a cue name, or a
	// parenthesised reaction in speech ("(delegates smile)").
	Stage NoteKind = "stage"
	// Editorial is any other bracketed insertion ("[signature]").
	Editorial NoteKind = "editorial"
	// Furniture is page furniture and transcription artefacts: running
	// heads, page numbers, classification markings ("SECRET"), separator
	// lines ("---- Footnotes ----").
	Furniture NoteKind = "furniture"
	// Narration is a record's own account of what happened between the
	// speeches, no one's words: "The Secretary and the Minister then
	// discussed the schedule.", "Tea was served.", "There was some
	// discussion of Laos.".
	Narration NoteKind = "narration"
)

// Note is one piece of editorial apparatus.
type Note struct {
	Kind NoteKind
	// Number is a footnote's number; 0 for other kinds.
	Number int
	// Anchor is where the note stands in the text: the footnote marker, or
	// the elision, stage direction or insertion itself.
	Anchor Span
	// Body is a footnote's text; for other kinds, the text inside the
	// brackets or parentheses.
	Body Span
	// Extent is all the note occupies in the text besides Anchor: a
	// footnote's bracketed body "[15: ...]"; for other kinds, Anchor
	// itself.
	Extent Span
	// Line is the 1-based source line of Anchor.
	Line int
	// Turn is the index of the turn the note falls in, 0 when it lies
	// outside the conversation (front or back matter).
	Turn int
}

// Extents returns the spans the note occupies, in order: its anchor, and
// its extent where that is another span.
func (n Note) Extents() []Span {
	if n.Extent == n.Anchor || n.Extent.Len() == 0 {
		return []Span{n.Anchor}
	}
	if n.Extent.Start < n.Anchor.Start {
		return []Span{n.Extent, n.Anchor}
	}
	return []Span{n.Anchor, n.Extent}
}

// NoteText returns the note's text: the footnote body, or the words inside the
// brackets, with runs of white space folded to one space.
func (d *Document) NoteText(n Note) string {
	return strings.Join(strings.Fields(n.Body.In(d.Source)), " ")
}

// Line returns the 1-based line number of byte offset off in Source.
func (d *Document) Line(off int) int {
	if d.lineStarts == nil {
		d.lineStarts = LineStarts(d.Source)
	}
	return sort.SearchInts(d.lineStarts, off+1)
}

// LineSpan returns the span of the 1-based line n in Source, its line
// end included; an empty span past the end for a line the text has not.
func (d *Document) LineSpan(n int) Span {
	if d.lineStarts == nil {
		d.lineStarts = LineStarts(d.Source)
	}
	if n < 1 || n > len(d.lineStarts) {
		return Span{len(d.Source), len(d.Source)}
	}
	end := len(d.Source)
	if n < len(d.lineStarts) {
		end = d.lineStarts[n]
	}
	return Span{d.lineStarts[n-1], end}
}

// SpeakerNames returns each speaker's display name by ID: for looking up
// many turns' speakers, where Speaker's scan of the list would make a
// document of thousands of speakers quadratic.
func (d *Document) SpeakerNames() map[string]string {
	m := make(map[string]string, len(d.Speakers))
	for _, s := range d.Speakers {
		if _, ok := m[s.ID]; !ok {
			m[s.ID] = s.Name
		}
	}
	return m
}

// Speaker returns the speaker with the given ID, and whether there is one.
// It scans the list; see SpeakerNames for many lookups.
func (d *Document) Speaker(id string) (Speaker, bool) {
	for _, s := range d.Speakers {
		if s.ID == id {
			return s, true
		}
	}
	return Speaker{}, false
}

// TurnText returns the text of a turn for display: its utterances from cue
// to end, one line per source paragraph, with footnote markers and bodies
// removed and white space folded. Stage directions and elisions stay, as a
// reader of the record sees them.
//
// A document read from markup or data (Reading.Markup: JSON, XML, a
// table, subtitles) shows its speech instead, an utterance a line, its
// pieces joined by a space where markup stood between them: the source
// between a turn's cue and its end is syntax there.
func (d *Document) TurnText(t Turn) string {
	return d.turnText(t, d.footnoteExtents())
}

// TurnTexts returns TurnText of every turn, in order: the footnotes are
// gathered once, not once a turn.
func (d *Document) TurnTexts() []string {
	fn := d.footnoteExtents()
	out := make([]string, len(d.Turns))
	for i, t := range d.Turns {
		out[i] = d.turnText(t, fn)
	}
	return out
}

// footnoteExtents returns the spans of the footnotes' markers and bodies,
// sorted by start.
func (d *Document) footnoteExtents() []Span {
	var out []Span
	for _, n := range d.Notes {
		if n.Kind == Footnote {
			out = append(out, n.Extents()...)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

// turnText is TurnText with the footnotes' extents, sorted.
func (d *Document) turnText(t Turn, footnotes []Span) string {
	if d.Reading.Markup {
		var lines []string
		for _, u := range t.Utterances {
			var b strings.Builder
			for i, s := range u.Speech {
				if r, _ := utf8.DecodeRuneInString(d.Source[s.Start:s.End]); i > 0 && s.Start > u.Speech[i-1].End && s.Len() > 0 && !strings.ContainsRune(",.;:!?)]}…", r) {
					b.WriteByte(' ') // but "word," where a speech-to-text file writes the comma apart
				}
				b.WriteString(d.Source[s.Start:s.End])
			}
			if line := CollapseSpace(b.String()); line != "" {
				lines = append(lines, line)
			}
		}
		return strings.Join(lines, "\n")
	}
	var paras []string
	for _, u := range t.Utterances {
		var b strings.Builder
		// The footnotes that overlap the utterance: those that start in
		// it, and any just before that runs into it.
		k := sort.Search(len(footnotes), func(i int) bool { return footnotes[i].Start >= u.Text.Start })
		for k > 0 && footnotes[k-1].End > u.Text.Start {
			k--
		}
		var cuts []Span
		for ; k < len(footnotes) && footnotes[k].Start < u.Text.End; k++ {
			cuts = append(cuts, footnotes[k])
		}
		text := u.Text.In(d.Source)
		if len(cuts) > 0 {
			for _, s := range Subtract(u.Text, cuts) {
				b.WriteString(d.Source[s.Start:s.End])
			}
			text = b.String()
		}
		for len(text) > 0 {
			line, rest, _ := strings.Cut(text, "\n")
			if line = CollapseSpace(line); line != "" {
				paras = append(paras, line)
			}
			text = rest
		}
	}
	return strings.Join(paras, "\n")
}

// CollapseSpace returns s with its runs of white space made one space and
// none at either end: strings.Join(strings.Fields(s), " "), without a copy
// where s is so already.
func CollapseSpace(s string) string {
	clean := true
	prevSpace := true // at the start, a space would be leading
	for i := 0; i < len(s) && clean; {
		c := s[i]
		if c < utf8.RuneSelf {
			sp := asciiSpace[c]
			if sp && (c != ' ' || prevSpace) {
				clean = false
			}
			prevSpace = sp
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			clean = false
		}
		prevSpace = false
		i += n
	}
	if clean && !prevSpace {
		return s
	}
	if clean && s == "" {
		return ""
	}
	return strings.Join(strings.Fields(s), " ")
}

var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// Subtract returns what is left of s once the cuts are taken out, as
// non-empty spans in source order. The cuts may overlap and come in any
// order; it sorts them in place.
func Subtract(s Span, cuts []Span) []Span {
	sort.Slice(cuts, func(i, j int) bool { return cuts[i].Start < cuts[j].Start })
	var out []Span
	pos := s.Start
	for _, c := range cuts {
		if c.End <= pos || c.Start >= s.End {
			continue
		}
		if c.Start > pos {
			out = append(out, Span{pos, c.Start})
		}
		pos = max(pos, c.End)
	}
	if pos < s.End {
		out = append(out, Span{pos, s.End})
	}
	return out
}

// LineStarts returns the byte offset of the start of each line of src,
// the first line's (0) first.
func LineStarts(src string) []int {
	starts := []int{0}
	for i := 0; i < len(src); i++ {
		if src[i] == '\n' {
			starts = append(starts, i+1)
		}
	}
	return starts
}

// Words returns the number of word tokens in the turn: WordCount where it
// is set (by the tokenize stage, or once the tokens have been let go),
// else counted from Tokens (a turn built by hand).
func (t Turn) Words() int {
	if t.Tokens == nil || t.WordCount > 0 {
		return t.WordCount
	}
	n := 0
	for _, tok := range t.Tokens {
		if tok.Word {
			n++
		}
	}
	return n
}

// DropTokens lets go of the turns' tokens, keeping their word counts: for
// a large corpus, once each document has been counted.
func (d *Document) DropTokens() {
	for i := range d.Turns {
		t := &d.Turns[i]
		t.WordCount = t.Words()
		t.Tokens = nil
	}
}

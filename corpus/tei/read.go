package tei

import (
	"encoding/xml"
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"parley/corpus"
)

// Read reads a transcript marked up in TEI XML: a play (<sp> with
// <speaker>, <l>, <p> and <stage>) or a parliamentary record in the
// ParlaMint manner (<u who="#Smith"> with <seg>, <note>, <gap>,
// <incident>, <kinesic>, <vocal>). name is used in errors and outputs
// only; opt is not consulted.
//
// The rules:
//
//  1. Each <sp> or <u> outside the <teiHeader> is one utterance, its Text
//     the element from start tag to end tag; its cue is the start tag and,
//     where the <speaker> comes first, the <speaker> element. Consecutive
//     utterances of one speaker make one turn.
//  2. The speaker is the who attribute's person: the <persName> of the
//     <person> (forename before surname), or the text of the castList's
//     <role>, with that xml:id, where the file has it; else the first
//     <speaker> text seen for that who ("HAMLET."; a final "." or ":"
//     dropped); else the who without its "#", split into its words
//     where it runs capitalised words together ("#StephenKinnock" is
//     "Stephen Kinnock"; see idWords). An utterance without who
//     goes by its <speaker> text, else by "Unknown". The <speaker> text as
//     written (or else the who) is the utterance's CueName, so the forms a
//     play gives a speaker ("Ham.", "HAMLET") stay among the speaker's
//     Forms.
//  3. Speech is the character data inside the utterance, except inside
//     <speaker>, <stage>, <note>, <gap>, <incident>, <kinesic>, <vocal>,
//     <del> and <fw>, and inside the <corr>, <reg> or <expan> of a
//     <choice> (the <sic>, <orig> or <abbr> is what was said). Spans
//     point into the source, so text written with a character reference
//     covers the reference as written ("caf&#233;"): a reference that
//     stands for a letter or digit, or for an apostrophe or hyphen between
//     two letters ("don&apos;t"), stays in the word; any other ("&amp;",
//     "&quot;", "&#8212;") is cut from speech.
//     A piece of speech that is a parliament's procedure formula
//     ("Question put and agreed to.", "Resolved,") is a narration note,
//     and a number opening an utterance ("1. What discussions ...", the
//     Order Paper's) an editorial note: the clerks' words.
//  4. <stage>, <kinesic>, <vocal> and <incident> are stage notes, <note>
//     editorial notes, <gap> an elision, wherever they stand outside the
//     header (between utterances too). A note's Anchor is the element; its
//     Body the text inside, or for an empty element its reason or type
//     attribute (<gap reason="inaudible"/>).
//  5. The first <title> of the header's <titleStmt> is the title; the
//     header's first full date (a when attribute or text YYYY-MM-DD) is
//     the date, one in <settingDesc> preferred, none from
//     <publicationStmt> or <revisionDesc>. The persons and castList roles
//     with an xml:id are the roster.
//  6. All before the first utterance (the header, a castList) is front
//     matter; all after the last is back matter.
//
// Malformed XML is an error on the line where the parser stopped, and so
// is a text without <sp> or <u>.
func Read(name string, src []byte, opt corpus.Options) (*corpus.Document, error) {
	if err := corpus.CheckText(name, src); err != nil {
		return nil, err
	}
	text := string(src)
	sc := &teiScanner{text: text, names: map[string]string{}}
	if err := sc.scan(name); err != nil {
		return nil, err
	}
	if len(sc.utts) == 0 {
		return nil, &corpus.InputError{File: name, Msg: "no <sp> or <u> elements found: a TEI transcript needs speeches (<sp>) or utterances (<u who=\"#...\">)"}
	}
	b := corpus.NewBuilder(name, "tei", text)
	first, last := sc.utts[0].text, sc.utts[len(sc.utts)-1].text
	b.SetMatter(corpus.Span{Start: 0, End: first.Start}, corpus.Span{Start: last.End, End: len(text)})
	date := sc.settingDate
	if date == "" {
		date = sc.date
	}
	b.SetMetadata(strings.Join(strings.Fields(sc.title), " "), date)
	b.SetRoster(sc.roster)
	b.AddNotes(sc.notes...)

	byWho := map[string]string{} // who -> name
	whoOf := map[string]string{} // speaker ID -> the who it names
	for i, u := range sc.utts {
		speaker := teiSpeakerName(u.speaker)
		name := "Unknown"
		switch {
		case u.who != "" && byWho[u.who] != "":
			name = byWho[u.who]
		case u.who != "":
			ids := strings.Fields(strings.ReplaceAll(u.who, "#", " "))
			switch {
			case len(ids) == 1 && sc.names[ids[0]] != "":
				name = sc.names[ids[0]]
			case speaker != "":
				name = speaker
			case len(ids) > 0:
				name = idNames(ids)
			}
			// Two whos with one label ("CITIZEN") stay two speakers.
			if w, ok := whoOf[corpus.SpeakerID(name)]; ok && w != u.who && len(ids) > 0 {
				name = idNames(ids)
			}
			byWho[u.who], whoOf[corpus.SpeakerID(name)] = name, u.who
		case speaker != "":
			name = speaker
		}
		cue := strings.Join(strings.Fields(u.speaker), " ")
		if cue == "" {
			cue = strings.TrimSpace(u.who)
		}
		if cue == "" {
			cue = name
		}
		next := last.End
		if i+1 < len(sc.utts) {
			next = sc.utts[i+1].text.Start
		}
		speech, notes := procedure(text, u.speech)
		b.AddNotes(notes...)
		b.Add(name, corpus.Utterance{Cue: u.cue, CueName: cue, Text: u.text, Speech: speech}, corpus.Span{Start: u.text.Start, End: next})
	}
	return b.Document("no <sp> or <u> elements found")
}

// idNames gives the persons a who's IDs name where the file has no
// <person> for them, joined by commas: each ID as its words where it
// runs capitalised words together, as ParlaMint's IDs do
// ("#StephenKinnock", "#KinnockStephen"), else as written ("#spk1").
func idNames(ids []string) string {
	names := make([]string, len(ids))
	for i, id := range ids {
		names[i] = idWords(id)
	}
	return strings.Join(names, ", ")
}

// nameParticles are the starts of surnames that run on capitalised
// ("MacDonald", "DeGaulle"), where idWords does not split.
var nameParticles = corpus.WordSet(`Mc Mac Fitz De Di Da Du Le La Van Von O`)

// idWords splits an ID of capitalised words run together into its words,
// before each capital that follows a lower-case letter ("StephenKinnock"
// is "Stephen Kinnock"), except after a particle that runs on
// ("MacDonaldRamsay" is "MacDonald Ramsay"). An ID of anything but
// letters, hyphens and apostrophes, or that does not start with a
// capital and a lower-case letter, is as written ("spk1", "JSmith").
func idWords(id string) string {
	rs := []rune(id)
	if len(rs) < 2 || !unicode.IsUpper(rs[0]) || !unicode.IsLower(rs[1]) {
		return id
	}
	for _, r := range rs {
		if !unicode.IsLetter(r) && r != '-' && r != '\'' {
			return id
		}
	}
	var b strings.Builder
	start := 0 // where the current word began
	for i, r := range rs {
		if i > 0 && unicode.IsUpper(r) && unicode.IsLower(rs[i-1]) && !nameParticles[string(rs[start:i])] {
			b.WriteByte(' ')
			start = i
		}
		if r == '-' {
			start = i + 1
		}
		b.WriteRune(r)
	}
	return b.String()
}

// Detect is sure of an .xml or .tei file that names a <TEI> element
// near its start, and takes any .tei file as possibly TEI.
func Detect(name string, src []byte) int {
	if corpus.HasExt(name, ".xml", ".tei") && strings.Contains(string(src[:min(len(src), 2048)]), "<TEI") {
		return 2
	}
	if corpus.HasExt(name, ".tei") {
		return 1
	}
	return 0
}

// teiUtterance is an <sp> or <u> as the scanner finds it.
type teiUtterance struct {
	text, cue corpus.Span
	who       string
	speaker   string // the first <speaker>'s text, decoded
	named     bool   // a <speaker> has been seen
	speech    []corpus.Span
}

// teiFrame is an open element.
type teiFrame struct {
	name  string
	start int  // offset of its "<"
	skip  bool // its text is not speech
}

// teiScanner walks a TEI document's tokens once, keeping what Read
// needs.
type teiScanner struct {
	text   string
	starts []int // the offsets of the lines, once asked for

	utts  []teiUtterance
	notes []corpus.Note
	// roster and names: the persons and roles with an xml:id, and the
	// name each xml:id stands for.
	roster []corpus.Participant
	names  map[string]string
	title  string
	// date is the header's first full date, settingDate the first in
	// its settingDesc.
	date, settingDate string

	stack []teiFrame
	// The depth in stack of the open element of each kind, 0 if none.
	header, utt, speaker, note, titleEl, dateEl, person, persName, castItem, roleDesc, role int
	// skip counts the open elements inside the utterance whose text is
	// not speech.
	skip int

	noteKind    corpus.NoteKind
	noteTag     corpus.Span // the note's start tag
	noteBody    corpus.Span
	dateInSet   bool
	dateText    strings.Builder
	personID    string
	personLine  int
	forename    []string
	surname     []string
	persText    strings.Builder
	roleText    strings.Builder
	roleDescTxt strings.Builder
	castRoles   []int // roster indexes of the roles of the open castItem
}

// teiNoteKinds are the elements that are notes, and their kinds.
var teiNoteKinds = map[string]corpus.NoteKind{
	"stage": corpus.Stage, "kinesic": corpus.Stage, "vocal": corpus.Stage, "incident": corpus.Stage,
	"note": corpus.Editorial, "gap": corpus.Elision,
}

// teiNotSpeech are the elements whose text inside an utterance is not
// speech.
var teiNotSpeech = map[string]bool{
	"speaker": true, "stage": true, "note": true, "gap": true, "incident": true,
	"kinesic": true, "vocal": true, "del": true, "fw": true,
}

// teiEditorial are the elements of a <choice> that are the editor's, not
// the speaker's.
var teiEditorial = map[string]bool{"corr": true, "reg": true, "expan": true}

const teiXMLNamespace = "http://www.w3.org/XML/1998/namespace"

// scan reads sc.text, the text of the file name, and returns the
// *corpus.InputError of malformed XML, if any. The text is taken as UTF-8
// whatever the XML declaration says: CheckText has made sure it is.
func (sc *teiScanner) scan(name string) error {
	return corpus.NewXMLScanner(sc.text).Walk(name, sc)
}

func teiAttr(t xml.StartElement, local string) (string, bool) {
	for _, a := range t.Attr {
		if a.Name.Local == local && (local != "id" || a.Name.Space == teiXMLNamespace || a.Name.Space == "xml") {
			return a.Value, true
		}
	}
	return "", false
}

// StartElement takes a start tag and its span (corpus.XMLHandler).
func (sc *teiScanner) StartElement(t xml.StartElement, tag corpus.Span) {
	name := t.Name.Local
	parent := ""
	if n := len(sc.stack); n > 0 {
		parent = sc.stack[n-1].name
	}
	sc.stack = append(sc.stack, teiFrame{name: name, start: tag.Start})
	depth := len(sc.stack)
	frame := &sc.stack[depth-1]

	// Who is who, anywhere in the file.
	id, hasID := teiAttr(t, "id")
	switch {
	case name == "person" && hasID && sc.person == 0:
		sc.person, sc.personID, sc.personLine = depth, id, sc.line(tag.Start)
		sc.forename, sc.surname = nil, nil
		sc.persText.Reset()
	case name == "persName" && sc.person > 0 && sc.persName == 0 && sc.persText.Len() == 0 && sc.forename == nil && sc.surname == nil:
		sc.persName = depth
	case name == "castItem" && sc.castItem == 0:
		sc.castItem, sc.castRoles = depth, nil
	case name == "role" && hasID && sc.role == 0:
		sc.role = depth
		sc.personID, sc.personLine = id, sc.line(tag.Start)
		sc.roleText.Reset()
	case name == "roleDesc" && sc.castItem > 0 && sc.roleDesc == 0:
		sc.roleDesc = depth
		sc.roleDescTxt.Reset()
	}

	if sc.header > 0 {
		switch {
		case name == "title" && sc.title == "" && sc.titleEl == 0 && sc.within("titleStmt"):
			sc.titleEl = depth
		case name == "date" && sc.dateEl == 0 && !sc.within("publicationStmt") && !sc.within("revisionDesc"):
			sc.dateInSet = sc.within("settingDesc")
			if when, ok := teiAttr(t, "when"); ok && teiISODate(when) {
				sc.setDate(when)
			} else {
				sc.dateEl = depth
				sc.dateText.Reset()
			}
		}
		return
	}
	if name == "teiHeader" {
		sc.header = depth
		return
	}

	if kind, ok := teiNoteKinds[name]; ok && sc.note == 0 {
		sc.note, sc.noteKind, sc.noteTag, sc.noteBody = depth, kind, tag, corpus.Span{Start: -1, End: -1}
	}
	switch {
	case sc.utt == 0 && (name == "sp" || name == "u") && sc.note == 0:
		who, _ := teiAttr(t, "who")
		sc.utt = depth
		sc.skip = 0
		sc.utts = append(sc.utts, teiUtterance{text: tag, cue: tag, who: who})
	case sc.utt > 0 && (teiNotSpeech[name] || parent == "choice" && teiEditorial[name]):
		if u := &sc.utts[len(sc.utts)-1]; name == "speaker" && !u.named && sc.skip == 0 {
			sc.speaker, u.named = depth, true
		}
		frame.skip = true
		sc.skip++
	}
}

// line returns the 1-based line of byte offset off.
func (sc *teiScanner) line(off int) int {
	if sc.starts == nil {
		sc.starts = corpus.LineStarts(sc.text)
	}
	return sort.SearchInts(sc.starts, off+1)
}

// within reports whether an element of the given name is open.
func (sc *teiScanner) within(name string) bool {
	for _, f := range sc.stack {
		if f.name == name {
			return true
		}
	}
	return false
}

func (sc *teiScanner) setDate(d string) {
	if sc.dateInSet && sc.settingDate == "" {
		sc.settingDate = d
	}
	if sc.date == "" {
		sc.date = d
	}
}

// EndElement takes the span of an end tag (corpus.XMLHandler).
func (sc *teiScanner) EndElement(tag corpus.Span) {
	depth := len(sc.stack)
	if depth == 0 {
		return // the decoder does not let this happen
	}
	frame := sc.stack[depth-1]
	sc.stack = sc.stack[:depth-1]
	element := corpus.Span{Start: frame.start, End: tag.End}
	if frame.skip {
		sc.skip--
	}
	switch depth {
	case sc.titleEl:
		sc.titleEl = 0
	case sc.dateEl:
		sc.dateEl = 0
		if d := strings.TrimSpace(sc.dateText.String()); teiISODate(d) {
			sc.setDate(d)
		}
	case sc.header:
		sc.header = 0
	case sc.persName:
		sc.persName = 0
	case sc.person:
		sc.person = 0
		name := strings.Join(append(sc.forename, sc.surname...), " ")
		if name == "" {
			name = sc.persText.String()
		}
		sc.addPerson(name)
	case sc.role:
		sc.role = 0
		if sc.addPerson(sc.roleText.String()) && sc.castItem > 0 {
			sc.castRoles = append(sc.castRoles, len(sc.roster)-1)
		}
	case sc.roleDesc:
		sc.roleDesc = 0
		for _, k := range sc.castRoles {
			sc.roster[k].Role = strings.Join(strings.Fields(sc.roleDescTxt.String()), " ")
		}
	case sc.castItem:
		sc.castItem = 0
	}
	if depth == sc.speaker {
		sc.speaker = 0
		u := &sc.utts[len(sc.utts)-1]
		if strings.TrimSpace(sc.text[u.cue.End:frame.start]) == "" {
			u.cue.End = tag.End
		}
	}
	if depth == sc.note {
		sc.note = 0
		body := sc.noteBody
		if body.Start < 0 {
			body = teiAttrValue(sc.text, sc.noteTag, "reason", "type")
		}
		sc.notes = append(sc.notes, corpus.Note{Kind: sc.noteKind, Anchor: element, Body: body, Extent: element})
	}
	if depth == sc.utt {
		sc.utt = 0
		sc.utts[len(sc.utts)-1].text = element
	}
}

// addPerson adds a roster entry for the open person or role, unless it
// has no name or its xml:id is taken, and reports whether it did.
func (sc *teiScanner) addPerson(name string) bool {
	name = strings.Join(strings.Fields(name), " ")
	if _, dup := sc.names[sc.personID]; dup || name == "" {
		return false
	}
	sc.names[sc.personID] = name
	sc.roster = append(sc.roster, corpus.Participant{Name: name, Line: sc.personLine})
	return true
}

// CharData takes character data: its text s, and raw, the span of the
// source it stands for (corpus.XMLHandler).
func (sc *teiScanner) CharData(s string, raw corpus.Span) {
	if sc.titleEl > 0 {
		sc.title += s
	}
	if sc.dateEl > 0 {
		sc.dateText.WriteString(s)
	}
	if sc.persName > 0 {
		switch sc.stack[len(sc.stack)-1].name {
		case "forename":
			sc.forename = append(sc.forename, strings.TrimSpace(s))
		case "surname":
			sc.surname = append(sc.surname, strings.TrimSpace(s))
		default:
			sc.persText.WriteString(s + " ")
		}
	}
	if sc.role > 0 {
		sc.roleText.WriteString(s)
	}
	if sc.roleDesc > 0 {
		sc.roleDescTxt.WriteString(s)
	}
	if sc.note > 0 {
		sc.noteBody = corpus.GrowText(sc.text, sc.noteBody, raw)
	}
	if sc.utt == 0 {
		return
	}
	u := &sc.utts[len(sc.utts)-1]
	if sc.speaker > 0 {
		u.speaker += s
		return
	}
	if sc.skip == 0 && sc.note == 0 {
		u.speech = append(u.speech, corpus.SpeechLess(sc.text, raw, teiReferenceCuts(sc.text, raw))...)
	}
}

// teiReferenceCuts returns the character and entity references in s of
// text that are not part of a word (rule 3 of Read).
func teiReferenceCuts(text string, s corpus.Span) []corpus.Span {
	ent := corpus.XMLEntities(xml.HTMLEntity) // read, never written
	var cuts []corpus.Span
	for _, ref := range ent.References(text, s) {
		t, _ := ent.Text(text[ref.Start+1 : ref.End-1])
		r, _ := utf8.DecodeRuneInString(t)
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			continue
		}
		if strings.ContainsRune("'’-‐", r) {
			before, _ := utf8.DecodeLastRuneInString(text[s.Start:ref.Start])
			after, _ := utf8.DecodeRuneInString(text[ref.End:s.End])
			if unicode.IsLetter(before) && unicode.IsLetter(after) {
				continue
			}
		}
		cuts = append(cuts, ref)
	}
	return cuts
}

// teiAttrValue returns the span of the value of the first of the named
// attributes in the start tag tag of text, or an empty span at the tag's
// end.
func teiAttrValue(text string, tag corpus.Span, names ...string) corpus.Span {
	for _, name := range names {
		// A value's span ends before its closing quote, inside the tag.
		if v := corpus.XMLAttrSpan(text, tag, name); v.End < tag.End {
			return v
		}
	}
	return corpus.Span{Start: tag.End, End: tag.End}
}

var teiDate = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)

func teiISODate(s string) bool { return teiDate.MatchString(s) }

// teiSpeakerName is a <speaker> text as a name: white space folded, a
// final "." or ":" dropped ("HAMLET." is "HAMLET").
func teiSpeakerName(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	return strings.TrimSpace(strings.TrimRight(s, ".:"))
}

// questionNumber is the Order Paper's number opening a question: "1.
// What discussions ...".
var questionNumber = regexp.MustCompile(`^\s*\d{1,3}\.\s+\p{Lu}`)

// procedure takes the record's own procedure out of an utterance's speech
// (rule 3): a piece that is a procedure formula
// (corpus.IsProcedureFormula) is a narration note, and an Order Paper
// number opening the first piece an editorial note.
func procedure(text string, speech []corpus.Span) ([]corpus.Span, []corpus.Note) {
	var out []corpus.Span
	var notes []corpus.Note
	for i, sp := range speech {
		t := corpus.TrimSpan(text, sp)
		if t.Len() > 0 && corpus.IsProcedureFormula(t.In(text)) {
			notes = append(notes, corpus.Note{Kind: corpus.Narration, Anchor: t, Body: t, Extent: t})
			continue
		}
		if i == 0 || len(out) == 0 && strings.TrimSpace(text[speech[0].Start:sp.Start]) == "" {
			if m := questionNumber.FindStringIndex(sp.In(text)); m != nil {
				num := strings.IndexByte(sp.In(text), '.') + 1
				n := corpus.TrimSpan(text, corpus.Span{Start: sp.Start, End: sp.Start + num})
				notes = append(notes, corpus.Note{Kind: corpus.Editorial, Anchor: n, Body: n, Extent: n})
				sp = corpus.TrimSpan(text, corpus.Span{Start: sp.Start + num, End: sp.End})
			}
		}
		out = append(out, sp)
	}
	return out, notes
}

package akomantoso

import (
	"encoding/xml"
	"regexp"
	"strings"

	"parley/corpus"
)

// utterance is a speech, question or answer as the scanner finds it.
type utterance struct {
	cue, text corpus.Span
	by, as    string // the referenced person's and role's ids, without "#"
	from      string // the <from> text
	time      string
	runs      []corpus.Run
}

// person is a <TLCPerson> of the references.
type person struct {
	id, href, showAs string
	line             int
}

// frame is an open element.
type frame struct {
	start int
	skip  bool
	block bool
}

// scanner walks an Akoma Ntoso document's tokens once, keeping what Read
// needs.
type scanner struct {
	text string
	ent  corpus.XMLEntities // HTML's and those the DOCTYPE declares

	stack []frame
	skip  int
	utts  []utterance
	notes []corpus.Note
	block int

	// The depth in stack of the open element of each kind, 0 if none.
	meta, utt, from, note, work int

	noteKind corpus.NoteKind
	noteBody corpus.Span

	lineOff, lineNo int // the last offset line was asked for, and its line

	capDepth int
	capField string
	capBuf   strings.Builder

	persons  []person
	byRef    map[string]int    // a reference's person: the first with it for eId, href or href without "#"
	roles    map[string]string // TLCRole id -> showAs
	editors  map[string]bool   // the ids the metadata names as its source or author
	title    string
	date     string
	workDate string
	country  string
}

// speechKinds are the elements that are someone's speech.
var speechKinds = corpus.WordSet(`speech question answer`)

// noteKinds are the elements that are notes, and their kinds; <comment>
// is Akoma Ntoso 1.0's narration, and a <note> out of place in the body
// is the editor's.
var noteKinds = map[string]corpus.NoteKind{
	"narrative": corpus.Narration, "summary": corpus.Narration, "comment": corpus.Narration,
	"scene": corpus.Stage, "remark": corpus.Stage,
	"authorialNote": corpus.Editorial, "note": corpus.Editorial,
}

// notSpeech are the elements whose text is not speech: headings and
// numbers, note markers, times (<title> and <noteref> are Akoma Ntoso
// 1.0's heading and note marker).
var notSpeech = corpus.WordSet(`heading subheading num noteRef recordedTime docNumber docProponent title noteref`)

// blocks are the elements that hold paragraphs or are paragraphs: runs
// either side of their tags are apart, while inline markup (<i>,
// <person>, <ref>) joins the runs it divides.
var blocks = corpus.WordSet(`p blockList item listIntroduction listWrapUp ul ol li table tr td th
	blockContainer container tblock debateSection embeddedStructure quotedStructure`)

// scan reads sc.text, the text of the file name, and returns the
// *corpus.InputError of malformed XML, if any. The text is taken as UTF-8
// whatever the XML declaration says: CheckText has made sure it is.
func (sc *scanner) scan(name string) error {
	return corpus.NewXMLEntityScanner(sc.text, sc.ent).Walk(name, sc)
}

// attr returns the value of the attribute of local name name, "" if the
// tag has none.
func attr(t xml.StartElement, name string) string {
	v, _ := corpus.XMLAttr(t, name)
	return v
}

// id returns an element's id: eId (Akoma Ntoso 3.0), else id (2.0).
func id(t xml.StartElement) string {
	if v := attr(t, "eId"); v != "" {
		return v
	}
	return attr(t, "id")
}

func (sc *scanner) capture(field string, depth int) {
	if sc.capDepth == 0 {
		sc.capDepth, sc.capField = depth, field
		sc.capBuf.Reset()
	}
}

// StartElement takes a start tag and its span (corpus.XMLHandler).
func (sc *scanner) StartElement(t xml.StartElement, tag corpus.Span) {
	name := t.Name.Local
	sc.stack = append(sc.stack, frame{start: tag.Start})
	depth := len(sc.stack)
	f := &sc.stack[depth-1]
	skip := func() {
		f.skip = true
		sc.skip++
	}

	// Who is who, and the work's date, in the metadata.
	switch name {
	case "meta":
		if sc.meta == 0 {
			sc.meta = depth
			skip()
		}
	case "TLCPerson", "Person": // Person: Akoma Ntoso 1.0
		if v := displayName(unwrapTitles(fold(attr(t, "showAs")))); v != "" {
			p := person{id: id(t), href: attr(t, "href"), showAs: v, line: sc.line(tag.Start)}
			for _, ref := range []string{p.id, p.href, strings.TrimPrefix(p.href, "#")} {
				if _, seen := sc.byRef[ref]; !seen && ref != "" {
					sc.byRef[ref] = len(sc.persons)
				}
			}
			sc.persons = append(sc.persons, p)
		}
	case "TLCRole", "Role":
		if v := fold(attr(t, "showAs")); v != "" && sc.roles[id(t)] == "" {
			sc.roles[id(t)] = v
		}
	case "FRBRWork", "Work":
		sc.work = depth
	case "FRBRdate", "date":
		if sc.work > 0 && sc.workDate == "" {
			sc.workDate = isoDay(attr(t, "date"))
		}
	case "FRBRcountry":
		if sc.work > 0 && sc.country == "" {
			sc.country = attr(t, "value")
		}
	case "docTitle":
		sc.capture("title", depth)
	case "docDate":
		if sc.date == "" {
			sc.date = isoDay(attr(t, "date"))
		}
	}
	if sc.meta > 0 {
		// Who made the file (identification source="#editor",
		// FRBRauthor href="#editor") is no participant of the debate.
		for _, a := range []string{"source", "href"} {
			if v := strings.TrimPrefix(attr(t, a), "#"); v != "" && (a == "source" || strings.HasSuffix(name, "author")) {
				sc.editors[v] = true
			}
		}
	}
	if sc.meta > 0 || sc.note > 0 {
		return
	}

	if kind, ok := noteKinds[name]; ok {
		sc.note, sc.noteKind, sc.noteBody = depth, kind, corpus.Span{Start: -1, End: -1}
		return
	}
	switch {
	case speechKinds[name] && sc.utt == 0:
		by, _, _ := strings.Cut(strings.TrimSpace(attr(t, "by")), " ")
		as, _, _ := strings.Cut(strings.TrimSpace(attr(t, "as")), " ")
		sc.utt = depth
		sc.block++
		sc.utts = append(sc.utts, utterance{cue: tag, text: tag, by: strings.TrimPrefix(by, "#"), as: strings.TrimPrefix(as, "#")})
	case name == "from" && sc.utt > 0:
		skip()
		if sc.from == 0 {
			sc.from = depth
			sc.capture("from", depth)
		}
	case name == "recordedTime":
		skip()
		if u := sc.current(); u != nil && u.time == "" {
			u.time = strings.TrimSpace(attr(t, "time"))
		}
	case notSpeech[name]:
		skip()
		if (name == "heading" || name == "title") && sc.title == "" {
			sc.capture("heading", depth)
		}
	case blocks[name]:
		f.block = true
		sc.block++
	}
}

// line returns the 1-based line of offset off, counting on from the last
// offset asked for (the scanner asks in source order).
func (sc *scanner) line(off int) int {
	if off < sc.lineOff {
		sc.lineOff, sc.lineNo = 0, 1
	}
	sc.lineNo += strings.Count(sc.text[sc.lineOff:off], "\n")
	sc.lineOff = off
	return sc.lineNo
}

// current returns the open utterance, or nil.
func (sc *scanner) current() *utterance {
	if sc.utt == 0 {
		return nil
	}
	return &sc.utts[len(sc.utts)-1]
}

// EndElement takes the span of an end tag (corpus.XMLHandler).
func (sc *scanner) EndElement(end corpus.Span) {
	depth := len(sc.stack)
	if depth == 0 {
		return // the decoder does not let this happen
	}
	f := sc.stack[depth-1]
	sc.stack = sc.stack[:depth-1]
	if f.skip {
		sc.skip--
	}
	if f.block {
		sc.block++
	}
	element := corpus.Span{Start: f.start, End: end.End}
	if depth == sc.capDepth {
		sc.capDepth = 0
		v := fold(sc.capBuf.String())
		switch sc.capField {
		case "title", "heading":
			if sc.title == "" {
				sc.title = v
			}
		case "from":
			if u := sc.current(); u != nil && u.from == "" {
				u.from = strings.TrimRight(v, ":")
			}
		}
	}
	switch depth {
	case sc.meta:
		sc.meta = 0
	case sc.work:
		sc.work = 0
	case sc.note:
		sc.note = 0
		if sc.noteBody.Start >= 0 {
			sc.notes = append(sc.notes, corpus.Note{Kind: sc.noteKind, Anchor: element, Body: sc.noteBody, Extent: element})
		}
	case sc.from:
		sc.from = 0
		// A <from> before any speech is part of the cue.
		if u := sc.current(); u != nil && len(u.runs) == 0 && strings.TrimSpace(sc.text[u.cue.End:f.start]) == "" {
			u.cue.End = end.End
		}
	case sc.utt:
		sc.utt = 0
		sc.block++
		sc.utts[len(sc.utts)-1].text = corpus.Span{Start: sc.utts[len(sc.utts)-1].text.Start, End: end.End}
	}
}

// CharData takes character data: its text s, and raw, the span of the
// source it stands for (corpus.XMLHandler).
func (sc *scanner) CharData(s string, raw corpus.Span) {
	if sc.capDepth > 0 {
		sc.capBuf.WriteString(s)
	}
	if sc.note > 0 {
		sc.noteBody = corpus.GrowText(sc.text, sc.noteBody, raw)
		return
	}
	u := sc.current()
	if u == nil || sc.skip > 0 || strings.TrimSpace(s) == "" {
		return
	}
	u.runs = append(u.runs, corpus.Run{Span: raw, Block: sc.block})
}

var day = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}`)

// isoDay returns the day of an ISO date or date and time, or "".
func isoDay(s string) string { return day.FindString(strings.TrimSpace(s)) }

var parenTitle = regexp.MustCompile(`\((\p{L}{1,6}\.?)\)`)

// unwrapTitles takes a title out of its parentheses ("Hon. (Dr.) Ruth
// Mwangi" is "Hon. Dr. Ruth Mwangi", as Kenya's Hansard writes a second
// title), so that the Builder strips it with the first.
func unwrapTitles(name string) string {
	return parenTitle.ReplaceAllStringFunc(name, func(m string) string {
		if inner := m[1 : len(m)-1]; corpus.IsTitle(inner) {
			return inner
		}
		return m
	})
}

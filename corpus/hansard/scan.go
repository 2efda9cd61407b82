package hansard

import (
	"encoding/xml"
	"regexp"
	"strings"

	"parley/corpus"
)

// dialect is the family a file belongs to, told by its root element.
type dialect int

const (
	parlParse dialect = iota + 1 // <publicwhip>
	talkers                      // <hansard>, or any other root: the talker pattern
)

// utterance is one stretch of a speaker's speech as the scanner finds
// it: a speech element's opening, a resumption after an interjection, or
// an attribution in the text.
type utterance struct {
	cue, text corpus.Span
	who       talker
	time      string
	runs      []corpus.Run
	// attrib: the cue ends in an attribution of the <talk.text> layout,
	// after which it runs on to the first word (rule 4 of Read).
	attrib bool
}

// scope is an open speech, question, answer, interjection, continuation
// or motion without speech.
type scope struct {
	kind  string
	depth int // its depth in the element stack
	utt   int // its current utterance in the scanner's, -1 none
	who   talker
	// resume is the end tag of the interjection or continuation last
	// closed inside it, where its speaker resumes: the cue of the
	// utterance its next text opens.
	resume    corpus.Span
	hasResume bool
}

// frame is an open element.
type frame struct {
	tag   corpus.Span // the start tag
	skip  bool        // its text is not speech
	block bool        // a paragraph: runs either side of its tags are apart
}

// scanner walks a Hansard file's tokens once, keeping what Read needs.
type scanner struct {
	text    string
	dialect dialect
	ent     corpus.XMLEntities // HTML's and those the DOCTYPE declares

	stack  []frame
	skip   int // open elements whose text is not speech
	utts   []utterance
	scopes []scope
	notes  []corpus.Note
	block  int // the current block's number; runs of one block may share a note

	// The depth in stack of the open element of each kind, 0 if none.
	note, procedural, talkerAt, header, info, attribAt int

	noteKind corpus.NoteKind
	noteBody corpus.Span
	talkerOf int // the utterance the open talker names

	capDepth int
	capField string
	capUtt   int
	capBuf   strings.Builder

	attribUtt    int
	attribAbsorb bool
	attribText   string

	title, date string
	meta        map[string]string
	lastWho     talker // the last speech's speaker, for a <continue> without a talker
}

// speechKinds are the elements of the talker pattern that are someone's
// speech; <interject> is the interjection of the layout before 1998.
var speechKinds = corpus.WordSet(`speech question answer interjection interject continue motionnospeech`)

// parlParseSpeech are ParlParse's elements that are someone's speech:
// debates' speeches, written questions and replies.
var parlParseSpeech = corpus.WordSet(`speech ques reply`)

// parlParseHeadings are ParlParse's headings, which are not speech.
var parlParseHeadings = corpus.WordSet(`major-heading minor-heading oral-heading subheading`)

// headingClasses are the <talk.text> layout's paragraph styles of
// headings.
var headingClasses = corpus.WordSet(`HPS-Debate HPS-SubDebate HPS-SubSubDebate`)

// headerFields are the fields of the Australian <session.header> kept as
// the document's date and metadata.
var headerFields = map[string]string{"date": "date", "chamber": "chamber", "parliament.no": "parliament", "session.no": "session", "period.no": "period"}

// scan reads sc.text, the text of the file name, and returns the
// *corpus.InputError of malformed XML, if any. The text is taken as UTF-8
// whatever the XML declaration says (ParlParse declares ISO-8859-1):
// CheckText has made sure it is.
func (sc *scanner) scan(name string) error {
	return corpus.NewXMLEntityScanner(sc.text, sc.ent).Walk(name, sc)
}

// attr returns the value of the attribute of local name name, "" if the
// tag has none.
func attr(t xml.StartElement, name string) string {
	v, _ := corpus.XMLAttr(t, name)
	return v
}

// StartElement takes a start tag and its span (corpus.XMLHandler).
func (sc *scanner) StartElement(t xml.StartElement, tag corpus.Span) {
	name := t.Name.Local
	if sc.dialect == 0 {
		sc.dialect = talkers
		if name == "publicwhip" || name == "debates" {
			sc.dialect = parlParse // OpenAustralia's root is <debates>
		}
	}
	sc.stack = append(sc.stack, frame{tag: tag})
	depth := len(sc.stack)
	f := &sc.stack[depth-1]
	switch {
	case sc.note > 0:
		// All inside a note is the note's.
	case sc.skip > 0:
		sc.openSkipped(t, depth)
	case sc.dialect == parlParse:
		sc.openParlParse(t, tag, depth, f)
	default:
		sc.openTalkers(t, tag, depth, f)
	}
}

func (sc *scanner) setSkip(f *frame) {
	f.skip = true
	sc.skip++
}

// capture starts keeping the text of the element at depth for field,
// unless another element's is being kept.
func (sc *scanner) capture(field string, depth, utt int) {
	if sc.capDepth == 0 {
		sc.capDepth, sc.capField, sc.capUtt = depth, field, utt
		sc.capBuf.Reset()
	}
}

// top returns the innermost open scope, or nil.
func (sc *scanner) top() *scope {
	if n := len(sc.scopes); n > 0 {
		return &sc.scopes[n-1]
	}
	return nil
}

// openSkipped handles an element inside one whose text is not speech:
// the talker's names, the session header's fields, a heading's title.
func (sc *scanner) openSkipped(t xml.StartElement, depth int) {
	name := t.Name.Local
	switch {
	case sc.talkerAt > 0 && depth == sc.talkerAt+1:
		switch name {
		case "name":
			sc.capture("name:"+attr(t, "role"), depth, sc.talkerOf)
			if id := attr(t, "nameid"); id != "" && sc.talkerOf >= 0 && sc.utts[sc.talkerOf].who.id == "" {
				sc.utts[sc.talkerOf].who.id = id // the layout before 1998
			}
		case "name.id", "time.stamp", "party", "electorate":
			sc.capture(name, depth, sc.talkerOf)
		}
	case sc.header > 0 && depth == sc.header+1 && headerFields[name] != "":
		sc.capture(headerFields[name], depth, -1)
	case sc.info > 0 && depth == sc.info+1 && name == "title":
		sc.capture("title", depth, -1)
	}
}

func (sc *scanner) openParlParse(t xml.StartElement, tag corpus.Span, depth int, f *frame) {
	name := t.Name.Local
	switch {
	case parlParseSpeech[name]:
		sc.idDate(attr(t, "id"))
		if attr(t, "nospeaker") == "true" {
			sc.procedural = depth
			return
		}
		id := attr(t, "person_id")
		if id == "" {
			id = attr(t, "speakerid")
		}
		if id == "unknown" {
			id = ""
		}
		// A peer's title is the name the House knows the peer by.
		peer := strings.HasPrefix(attr(t, "speakerid"), "uk.org.publicwhip/lord/") || strings.Contains(attr(t, "id"), "/lords/")
		sc.openScope(name, tag, depth, talker{display: fold(attr(t, "speakername")), id: id, peer: peer}, strings.TrimSpace(attr(t, "time")))
	case parlParseHeadings[name]:
		sc.idDate(attr(t, "id"))
		sc.setSkip(f)
		sc.capture("title", depth, -1)
	case name == "division" || name == "divisioncount" || name == "mplist" || name == "lordlist":
		sc.setSkip(f)
	case name == "p":
		if sc.procedural > 0 || len(sc.scopes) == 0 || attr(t, "class") == "italic" {
			sc.openNote(depth, corpus.Narration)
			return
		}
		f.block = true
		sc.block++
	}
}

func (sc *scanner) openTalkers(t xml.StartElement, tag corpus.Span, depth int, f *frame) {
	name := t.Name.Local
	s := sc.top()
	switch {
	case speechKinds[name]:
		sc.openScope(name, tag, depth, talker{}, "")
	case name == "hansard" && depth == 1:
		sc.rootFields(t)
	case name == "title" && s == nil:
		// A heading of the layout before 1998 (<debate><title>).
		sc.setSkip(f)
		sc.capture("title", depth, -1)
	case name == "talker" && s != nil:
		sc.setSkip(f)
		sc.talkerAt, sc.talkerOf = depth, s.utt
		if s.utt >= 0 {
			sc.utts[s.utt].who = talker{}
		}
	case s != nil && s.kind == "motionnospeech" && depth == s.depth+1 && (name == "name" || name == "time.stamp" || name == "electorate" || name == "role"):
		// A motion without a speech names its mover directly.
		sc.setSkip(f)
		switch name {
		case "name":
			sc.capture("name:", depth, s.utt)
		case "time.stamp":
			sc.capture(name, depth, s.utt)
		}
	case name == "session.header":
		sc.setSkip(f)
		sc.header = depth
	case name == "debateinfo" || name == "subdebateinfo" || name == "cognateinfo" || name == "petitioninfo" || name == "adjournmentinfo":
		sc.setSkip(f)
		sc.info = depth
	case name == "time.stamp" || name == "page.no" || name == "division.data" || name == "day.start" || name == "separator":
		sc.setSkip(f)
	case name == "span":
		switch attr(t, "class") {
		case "HPS-Time":
			sc.setSkip(f)
			if s != nil && s.utt >= 0 {
				sc.capture("time.stamp", depth, s.utt)
			}
		case "HPS-Electorate", "HPS-MinisterialTitles":
			sc.setSkip(f)
		case "HPS-MemberIInterjecting", "HPS-GeneralIInterjecting":
			sc.openNote(depth, corpus.Narration)
		default:
			// An attribution's span without its <a> ("<span
			// class="HPS-OfficeInterjecting">The SPEAKER:</span>"), as
			// the record prints the presiding officer's words.
			if c := attr(t, "class"); s != nil && (strings.HasPrefix(c, "HPS-Member") || strings.HasPrefix(c, "HPS-Office")) {
				sc.openAttribution("", tag, depth)
				sc.setSkip(f)
				sc.capture("attrib", depth, sc.attribUtt)
			} else if italic(t) && sc.parenthesis(tag, name) {
				sc.openNote(depth, corpus.Editorial)
			}
		}
	case name == "inline" && attr(t, "font-style") == "italic" && sc.parenthesis(tag, name):
		// The record's insertion in italics ("(Time expired)").
		sc.openNote(depth, corpus.Editorial)
	case name == "inline" && attr(t, "font-style") == "italic" && sc.wholeParagraph(tag, "inline"):
		// A paragraph all in italics is the record's account of the
		// House ("Opposition members interjecting—"), not speech; italics
		// within speech (an act's title) are speech.
		sc.openNote(depth, corpus.Narration)
	case name == "a" && s != nil && (strings.HasPrefix(attr(t, "type"), "Member") || strings.HasPrefix(attr(t, "type"), "Office")):
		sc.openAttribution(attr(t, "href"), tag, depth)
		sc.setSkip(f)
		sc.capture("attrib", depth, sc.attribUtt)
	case name == "p" || name == "para":
		class := attr(t, "class")
		switch {
		case headingClasses[class]:
			sc.setSkip(f)
		case s == nil || class == "italic" || strings.HasPrefix(class, "HPS-Division") ||
			s.kind == "motionnospeech" && depth == s.depth+1:
			sc.openNote(depth, corpus.Narration)
		default:
			f.block = true
			sc.block++
		}
	}
}

// openScope opens a speech element: its first utterance, by who (the
// talker fills it in), with its start tag for cue.
func (sc *scanner) openScope(kind string, tag corpus.Span, depth int, who talker, time string) {
	if p := sc.top(); p != nil {
		sc.endUtterance(p, tag.Start)
		p.hasResume = false
		if kind == "continue" && who.empty() {
			who = p.who
		}
	} else if kind == "continue" && who.empty() {
		who = sc.lastWho
	}
	sc.block++
	u := sc.newUtterance(tag, who, time)
	sc.scopes = append(sc.scopes, scope{kind: kind, depth: depth, utt: u, who: who})
}

func (sc *scanner) newUtterance(cue corpus.Span, who talker, time string) int {
	sc.utts = append(sc.utts, utterance{cue: cue, text: cue, who: who, time: time})
	return len(sc.utts) - 1
}

// endUtterance ends the scope's current utterance at offset at.
func (sc *scanner) endUtterance(s *scope, at int) {
	if s.utt >= 0 {
		u := &sc.utts[s.utt]
		u.text.End = max(at, u.cue.End)
	}
	s.utt = -1
}

// openAttribution starts an utterance at an attribution of the
// <talk.text> layout (<a type="MemberInterjecting" href="...">), or,
// where the scope's utterance has no speech yet, makes the attribution
// part of its cue.
func (sc *scanner) openAttribution(href string, tag corpus.Span, depth int) {
	s := sc.top()
	sc.attribAt, sc.attribText = depth, ""
	if s.utt >= 0 && len(sc.utts[s.utt].runs) == 0 && !sc.utts[s.utt].attrib {
		sc.attribUtt, sc.attribAbsorb = s.utt, true
		if u := &sc.utts[s.utt]; u.who.id == "" {
			u.who.id = href
		}
		return
	}
	sc.endUtterance(s, tag.Start)
	s.hasResume = false
	sc.block++
	s.utt = sc.newUtterance(tag, talker{id: href}, "")
	sc.attribUtt, sc.attribAbsorb = s.utt, false
}

func (sc *scanner) openNote(depth int, kind corpus.NoteKind) {
	sc.note, sc.noteKind, sc.noteBody = depth, kind, corpus.Span{Start: -1, End: -1}
}

var idDate = regexp.MustCompile(`^uk\.org\.publicwhip/([a-z]+)/(\d{4}-\d{2}-\d{2})`)

// idDate takes the date and the series from a ParlParse id
// ("uk.org.publicwhip/westminhall/2009-10-29a.143.1").
func (sc *scanner) idDate(id string) {
	if m := idDate.FindStringSubmatch(id); m != nil && sc.date == "" {
		sc.date = m[2]
		sc.meta["series"] = m[1]
	}
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
	if depth == sc.capDepth {
		sc.deliver()
		sc.capDepth = 0
	}
	if depth == sc.note {
		sc.closeNote(corpus.Span{Start: f.tag.Start, End: end.End})
	}
	if depth == sc.talkerAt {
		sc.talkerAt = 0
		if s := sc.top(); s != nil && sc.talkerOf >= 0 {
			u := &sc.utts[sc.talkerOf]
			if len(u.runs) == 0 {
				u.cue.End = end.End
				u.text.End = max(u.text.End, end.End)
			}
			if s.utt == sc.talkerOf {
				s.who = u.who
			}
		}
	}
	if depth == sc.attribAt {
		sc.attribAt = 0
		u := &sc.utts[sc.attribUtt]
		u.attrib = true
		u.cue.End = end.End
		u.text.End = max(u.text.End, end.End)
		name := strings.TrimSpace(strings.TrimRight(fold(sc.attribText), ":"))
		if !sc.attribAbsorb || u.who.display == "" {
			u.who.display = name
		}
		if s := sc.top(); s != nil && s.utt == sc.attribUtt {
			s.who = u.who
		}
	}
	if depth == sc.header {
		sc.header = 0
	}
	if depth == sc.info {
		sc.info = 0
	}
	if depth == sc.procedural {
		sc.procedural = 0
	}
	if s := sc.top(); s != nil && s.depth == depth {
		sc.closeScope(f, end)
	}
}

// closeScope closes a speech element; inside another, that one's speaker
// resumes after its end tag.
func (sc *scanner) closeScope(f frame, end corpus.Span) {
	s := sc.scopes[len(sc.scopes)-1]
	sc.scopes = sc.scopes[:len(sc.scopes)-1]
	p := sc.top()
	at := end.End
	if p != nil {
		at = end.Start
	}
	sc.endUtterance(&s, at)
	sc.block++
	if p == nil {
		if s.kind != "interjection" && s.kind != "interject" {
			sc.lastWho = s.who
		}
		return
	}
	if s.kind == "continue" && !s.who.empty() {
		p.who = s.who
	}
	p.resume, p.hasResume, p.utt = end, true, -1
	if end.Len() == 0 {
		p.resume = f.tag // <interjection/>: no words, so no turn of its own
	}
}

var bracketed = regexp.MustCompile(`^\[[^\[\]]*\]$`)

func (sc *scanner) closeNote(element corpus.Span) {
	sc.note = 0
	if sc.noteBody.Start < 0 {
		return // an empty paragraph is no note
	}
	kind := sc.noteKind
	if bracketed.MatchString(fold(sc.ent.Decode(sc.noteBody.In(sc.text)))) {
		kind = corpus.Editorial
	}
	sc.notes = append(sc.notes, corpus.Note{Kind: kind, Anchor: element, Body: sc.noteBody, Extent: element})
}

var isoDate = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)

// deliver hands the kept text of an element to its field.
func (sc *scanner) deliver() {
	v := fold(sc.capBuf.String())
	var u *utterance
	if sc.capUtt >= 0 && sc.capUtt < len(sc.utts) {
		u = &sc.utts[sc.capUtt]
	}
	switch f := sc.capField; {
	case f == "title":
		if sc.title == "" {
			sc.title = headingTitle(v)
		}
	case f == "date":
		if sc.date == "" && isoDate.MatchString(v) {
			sc.date = v
		}
	case f == "attrib":
		sc.attribText = v
	case u == nil || v == "":
	case f == "name:display" || f == "name:":
		if u.who.display == "" {
			u.who.display = v
		}
	case f == "name:metadata":
		u.who.metadata = v
	case f == "name.id":
		u.who.id = v
	case f == "party" || f == "electorate":
		if v != "N/A" {
			if u.who.fields == nil {
				u.who.fields = map[string]string{}
			}
			u.who.fields[f] = v
		}
	case f == "time.stamp":
		if u.time == "" {
			u.time = v
		}
	}
	if k := sc.capField; k == "chamber" || k == "parliament" || k == "session" || k == "period" {
		if v != "" {
			sc.meta[k] = v
		}
	}
}

var brackets = regexp.MustCompile(`\[[^\[\]]*\]`)

// headingTitle is a heading as the document's title: its bracketed
// insertions ("[Sir Nicholas Winterton in the Chair]") and the dashes
// left around them dropped.
func headingTitle(h string) string {
	return strings.Trim(fold(brackets.ReplaceAllString(h, " ")), " —–-:")
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
	p := sc.top()
	if sc.skip > 0 || sc.procedural > 0 || p == nil || strings.TrimSpace(s) == "" {
		return
	}
	if p.utt < 0 {
		if !p.hasResume {
			return
		}
		p.utt = sc.newUtterance(p.resume, p.who, "")
		p.hasResume = false
	}
	u := &sc.utts[p.utt]
	u.runs = append(u.runs, corpus.Run{Span: raw, Block: sc.block})
}

// wholeParagraph reports whether the element whose start tag is tag (of
// the given name) is all its paragraph holds: only white space between
// the paragraph's start tag and it, and between its end tag and the
// paragraph's.
func (sc *scanner) wholeParagraph(tag corpus.Span, name string) bool {
	before := strings.TrimRight(sc.text[:tag.Start], " \t\r\n")
	if !strings.HasSuffix(before, ">") || !(strings.HasSuffix(before, "<para>") || strings.HasSuffix(before, "<p>") || paraTagEnd.MatchString(before[max(0, len(before)-200):])) {
		return false
	}
	end := strings.Index(sc.text[tag.End:], "</"+name+">")
	if end < 0 {
		return false
	}
	after := strings.TrimLeft(sc.text[tag.End+end+len("</"+name+">"):], " \t\r\n")
	return strings.HasPrefix(after, "</para>") || strings.HasPrefix(after, "</p>")
}

// paraTagEnd is a paragraph's start tag with attributes, ending the text.
var paraTagEnd = regexp.MustCompile(`<(?:para|p)(?:\s[^<>]*)?>$`)

// italic reports whether a <span> is set in italics by its style.
func italic(t xml.StartElement) bool {
	return strings.Contains(strings.ReplaceAll(attr(t, "style"), " ", ""), "font-style:italic")
}

// parenthesis reports whether the element whose start tag is tag (of the
// given name) holds text only, and that text is one parenthesis: "(Time
// expired)", "(Quorum formed)", the record's insertion.
func (sc *scanner) parenthesis(tag corpus.Span, name string) bool {
	end := strings.Index(sc.text[tag.End:], "</"+name+">")
	if end < 0 {
		return false
	}
	inner := strings.TrimSpace(sc.text[tag.End : tag.End+end])
	return len(inner) > 2 && inner[0] == '(' && inner[len(inner)-1] == ')' && !strings.ContainsAny(inner, "<") &&
		strings.Count(inner, "(") == 1 && strings.Count(inner, ")") == 1
}

// rootFields takes the sitting's date and numbers from the attributes of
// the root <hansard> of the layout before 1998 (date="04/06/1981",
// chamber="Senate", parliament.no="32").
func (sc *scanner) rootFields(t xml.StartElement) {
	if m := dmy.FindStringSubmatch(attr(t, "date")); m != nil && sc.date == "" {
		sc.date = m[3] + "-" + m[2] + "-" + m[1]
	}
	for a, k := range headerFields {
		if v := strings.TrimSpace(attr(t, a)); v != "" && k != "date" {
			sc.meta[k] = v
		}
	}
}

var dmy = regexp.MustCompile(`^\s*(\d{2})/(\d{2})/(\d{4})\s*$`)

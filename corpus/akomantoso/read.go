package akomantoso

import (
	"bytes"
	"strings"

	"parley/corpus"
)

// Format is the name of the format, as documents and --format give it.
const Format = "akomantoso"

// Read reads a parliamentary debate marked up in Akoma Ntoso (root
// <akomaNtoso>, a <debate> with <meta>, <preface> and <debateBody>; in
// Akoma Ntoso 1.0 a <debaterecord> whose <debate> is the body, its
// references <Person> and <Role>, its headings <title>), matching
// elements by their local names whatever their namespace. name
// is used in errors and outputs only; opt is not consulted.
//
// The rules:
//
//  1. Each <speech>, <question> and <answer> outside the <meta> is one
//     utterance, its Text the element from start tag to end tag; its cue
//     is the start tag and, where it comes before any speech, the
//     <from> element. A speech inside another is the outer one's text.
//     Consecutive utterances of one speaker make one turn.
//  2. The speaker is the person the by attribute refers to ("#smith"):
//     the showAs of the <TLCPerson> of the references whose eId (or, in
//     Akoma Ntoso 2.0, id) or href it names, a title in parentheses taken
//     out of them ("Hon. (Dr.) Ruth Mwangi" is "Hon. Dr. Ruth Mwangi",
//     Ruth Mwangi once the titles are stripped); else the <from> text (a
//     final ":" dropped), or the person its parenthesis names after an
//     office ("The Cabinet Secretary for Health (Hon. Mwangi)" is Hon.
//     Mwangi, corpus.RolePerson), though where the reference is a
//     <TLCRole>'s and the from names no other office, the role's showAs
//     (by="#speaker" is one speaker, whether the from says "The Speaker"
//     or "Mr. Speaker"); else the reference without its "#"; else
//     Unknown. A speaker named by a presiding officer's office ("The
//     Speaker", "The Deputy Speaker", "Madam Speaker") keeps the office
//     whole as its identity ("the deputy speaker"), which the Builder
//     would strip to "speaker", and so does one named by an office whose
//     titles would leave a fragment ("The Minister for Roads", not "for
//     Roads"; "The MINISTER OF SPORT", whose Deputy Minister is another).
//     A showAs written family name first ("Ascencio Mansilla, don
//     Gabriel") is turned forename first, and its words in capitals ("Mr
//     M R MDAKANE") are shown in title case. The <from> text, else the
//     name, is the CueName.
//  3. Speech is the character data inside the utterance, except in
//     <from>, <heading>, <subheading>, <title>, <num>, <noteRef>,
//     <recordedTime> and the notes. Inline markup (<person>, <role>, <i>, <b>, <ref>)
//     is text. Spans point into the source, where a reference cannot be
//     read as what it stands for, so every character and entity reference
//     is cut from speech: one outside a word ("&amp;", "&#8212;") parts the
//     words it stands between; one inside a word ("caf&#233;s") leaves the
//     word's pieces touching the cut, which the tokenizer joins into one.
//  4. <narrative> and <summary> (and 1.0's <comment>) are narration
//     notes, <scene> and <remark> stage notes, <authorialNote> (and a
//     <note> out of place in the body) an editorial note, wherever they stand
//     outside the <meta> (between speeches too); within speech, bracketed
//     insertions ("[Interruption]") are editorial notes and parenthesised
//     stage directions ("(Applause)") stage notes. A note's Anchor is the
//     element, its Body the text inside.
//  5. An utterance's first <recordedTime> gives its Time (its time
//     attribute as written) and, as seconds after midnight of the time of
//     day in it, its Start and End: a point in time.
//  6. The references' persons are the roster, in their order, each with
//     the showAs of the <TLCRole> its first speech is given as (the as
//     attribute), less those the metadata names as its source or author
//     (the editor who marked the file up) who do not speak. The preface's <docTitle> (else the first heading) is
//     the title; its <docDate> (else the work's <FRBRdate>) the date; the
//     work's <FRBRcountry> the metadata "country". All before the first
//     utterance is front matter, all after the last back matter.
//
// Malformed XML is an error on the line where the parser stopped, and so
// is a debate without speech.
func Read(name string, src []byte, opt corpus.Options) (*corpus.Document, error) {
	if err := corpus.CheckText(name, src); err != nil {
		return nil, err
	}
	text := string(src)
	sc := &scanner{text: text, ent: corpus.NewXMLEntities(), roles: map[string]string{}, editors: map[string]bool{}, byRef: map[string]int{}, lineNo: 1}
	if err := sc.scan(name); err != nil {
		return nil, err
	}

	b := corpus.NewBuilder(name, Format, text)
	date := sc.date
	if date == "" {
		date = sc.workDate
	}
	b.SetMetadata(sc.title, date)
	if sc.country != "" {
		b.SetMeta(map[string]string{"country": sc.country})
	}
	b.SetRoster(sc.roster())
	b.AddNotes(sc.notes...)
	utts := make([]corpus.MarkupUtterance, len(sc.utts))
	for i, u := range sc.utts {
		utts[i] = corpus.MarkupUtterance{Utterance: corpus.Utterance{Cue: u.cue, Text: u.text, Time: u.time}, Runs: u.runs}
	}
	reach := b.MarkupSpeech(utts, sc.ent)
	for i, u := range sc.utts {
		ut := utts[i].Utterance
		if s, ok := corpus.ClockSeconds(timeOfDay(u.time)); ok {
			ut.Start, ut.End = s, s
		}
		name := sc.speakerName(u)
		ut.CueName = u.from
		if ut.CueName == "" {
			ut.CueName = name
		}
		if o := corpus.PresidingOffice(name); o != "" {
			b.AddAs(strings.ToLower(o), o, ut, reach[i])
		} else if corpus.OfficeLabel(name) {
			b.AddAs(strings.ToLower(fold(name)), fold(name), ut, reach[i])
		} else {
			b.Add(name, ut, reach[i])
		}
	}
	return b.Document("no speeches found: an Akoma Ntoso debate has <speech>, <question> or <answer> elements in its <debateBody>")
}

// person returns the <TLCPerson> a reference (an eId or an href) names:
// the first whose eId or href is the reference, or whose href is "#" and
// the reference.
func (sc *scanner) person(ref string) (person, bool) {
	if i, ok := sc.byRef[ref]; ok {
		return sc.persons[i], true
	}
	return person{}, false
}

// speakerName names an utterance's speaker (rule 2 of Read).
func (sc *scanner) speakerName(u utterance) string {
	if p, ok := sc.person(u.by); ok {
		return p.showAs
	}
	if r := sc.roles[u.by]; r != "" && (u.from == "" || sameOffice(u.from, r)) {
		return r
	}
	if p := trailingParen.FindStringSubmatchIndex(u.from); p != nil {
		if who := corpus.RolePerson(u.from[:p[0]], "("+unwrapTitles(u.from[p[2]:p[3]])+")"); who != "" {
			return who
		}
	}
	for _, n := range []string{u.from, u.by} {
		if n != "" {
			return n
		}
	}
	return "Unknown"
}

// roster lists the references' persons, each with the role its first
// speech gives it.
func (sc *scanner) roster() []corpus.Participant {
	role := map[string]string{}
	for _, u := range sc.utts {
		if p, ok := sc.person(u.by); ok && u.as != "" {
			if _, seen := role[p.id]; !seen {
				role[p.id] = sc.roles[u.as]
			}
		}
	}
	speaks := map[string]bool{}
	for _, u := range sc.utts {
		if p, ok := sc.person(u.by); ok {
			speaks[p.id] = true
		}
	}
	out := make([]corpus.Participant, 0, len(sc.persons))
	for _, p := range sc.persons {
		if sc.editors[p.id] && !speaks[p.id] {
			continue
		}
		out = append(out, corpus.Participant{Name: p.showAs, Role: role[p.id], Line: p.line})
	}
	return out
}

// timeOfDay returns the time of day of a recorded time: "14:30:00" of
// "2020-03-12T14:30:00+03:00".
func timeOfDay(s string) string {
	if _, t, ok := strings.Cut(s, "T"); ok {
		s = t
	}
	if k := strings.IndexAny(s, "+-Z."); k >= 0 {
		s = s[:k]
	}
	return s
}

// Detect is sure of an .xml or .akn file whose root is <akomaNtoso> (in
// any case) and whose document is a <debate>, a <debateReport> or 1.0's
// <debaterecord>, takes such a root whose document its head does not
// show, or a generic <doc> whose head shows a <speech>, as possibly one,
// and no other: an act, a bill or a judgment holds no speeches. It reads
// the file's head only.
func Detect(name string, src []byte) int {
	if !corpus.HasExt(name, ".xml", ".akn") {
		return 0
	}
	head := corpus.Head(src, 16<<10)
	root, doc := corpus.XMLRootChild(head)
	if !strings.EqualFold(root, "akomaNtoso") {
		return 0
	}
	switch doc {
	case "debate", "debateReport", "debaterecord": // debaterecord: Akoma Ntoso 1.0
		return 2
	case "":
		return 1
	case "doc":
		// A generic document may hold a debate's speeches.
		if bytes.Contains(head, []byte("<speech")) {
			return 1
		}
	}
	return 0
}

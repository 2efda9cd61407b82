package tei

import (
	"bytes"
	"encoding/xml"
	"io"
	"strconv"
	"strings"

	"parley/corpus"
)

// DocumentMethods describes, for a report's Methods section, how a TEI
// document without speeches (a memorandum, a letter, a minute) was turned
// into text before a text reader read it; that reader's own Methods
// follow it.
const DocumentMethods = "The TEI document held no speeches (<sp> or <u>), so it was first rendered as text, one paragraph to a line, and the text was then read in the layout it showed (a record of conversation in narrated speech, as a rule). Each heading, paragraph, dateline, list heading and list item, line of verse, opener and closer and table row became a line of its own, with its white space folded; the header gave only its title, as the first line; page, column and line breaks, forme work (running heads), deletions and the editor's side of a <choice> were dropped, and a gap became an elision \"[…]\". Each note became a marker \"[n]\" where it stood (n its number, else the next one), and its text a line \"[n] ...\" below a separator \"---- Footnotes ----\" after the text, as the record reader takes footnotes. Line numbers and offsets refer to this text, not to the XML."

// DocumentText renders a TEI document without speeches (<sp> or <u>) as
// the plain text the text readers read: FRUS's memoranda of conversation
// are TEI fragments (a <div type="document"> without a namespace), whose
// text the record reader reads as narrated speech. name is used in errors
// only.
//
// The rules:
//
//  1. One paragraph to a line, no blank lines: each <head>, <p>, <ab>,
//     <dateline>, <docDate>, <byline>, <opener>, <closer>, <salute>,
//     <signed>, <trailer>, <item>, <l>, <addrLine>, <bibl>, <argument>,
//     <epigraph>, <postscript>, <stage>, <speaker>, a title page's parts
//     and a table's <row> is a line of its own, and so is the text
//     directly inside a container (<div>, <list>, <lg>, <table>...)
//     between them; inside a note they are set apart by a space. The
//     cells of a row are set apart by a tab; a <label> is inline.
//  2. Inside a line, every run of white space (space, tab, line end) is
//     one space, and none is kept at a line's ends; other characters
//     (curly quotes, dashes, non-breaking spaces) stand as written, and
//     character and entity references are decoded.
//  3. Nothing of the <teiHeader> is text but the first <title> of its
//     <titleStmt>, which is the first line. <pb>, <cb>, <milestone> and
//     <fw> (running heads) are dropped; <lb/> is a space (none with
//     break="no"); <del>, <figDesc>, and the <corr>, <reg> or <expan> of a
//     <choice> are dropped (the <sic>, <orig> or <abbr> is what was
//     written); a <gap/> is the elision "[…]".
//  4. A <note> (outside the header, and not inside another note) is a
//     marker "[n]" where it stands, n being its n attribute where that is
//     a number, else one more than the last note's; its text, on one line,
//     is a footnote "[n] text" after the document's text, below a blank
//     line and the line "---- Footnotes ----", in the notes' order. A note
//     with no text is dropped, marker and all.
//
// The text ends with a line end. Malformed XML is an *corpus.InputError
// on the line where the parser stopped, and so is a document with no text.
func DocumentText(name string, src []byte) (string, error) {
	if err := corpus.CheckText(name, src); err != nil {
		return "", err
	}
	r := &docRenderer{}
	// A byte order mark is no text; it has no line end, so lines stay
	// the file's. CheckText has made sure the bytes are UTF-8, whatever
	// the XML declaration says.
	x := corpus.NewXMLScanner(strings.TrimPrefix(string(src), corpus.ByteOrderMark))
	for {
		tok, _, err := x.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return "", x.Error(name, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			r.open(t)
		case xml.EndElement:
			r.close()
		case xml.CharData:
			r.chars(string(t))
		}
	}
	text := r.String()
	if strings.TrimSpace(text) == "" {
		return "", &corpus.InputError{File: name, Msg: "the TEI document holds no text (no <p>, <head> or other paragraphs outside the header)"}
	}
	return text, nil
}

// docBlocks are the elements that are a line of their own (rule 1 of
// DocumentText).
var docBlocks = corpus.WordSet(`head p ab dateline docDate byline opener closer salute signed trailer
	item l addrLine bibl row docTitle titlePart docImprint docAuthor argument epigraph postscript
	castItem stage speaker`)

// docContainers are the elements that hold lines: their own text between
// the lines is a line too.
var docContainers = corpus.WordSet(`TEI text front body back group div div1 div2 div3 div4 div5 div6 div7
	list lg table listBibl floatingText address castList sp u quote cit`)

// docDropped are the elements whose content is no text (rule 3).
var docDropped = corpus.WordSet(`fw del figDesc pb cb milestone`)

// docFrame is an open element as the renderer sees it.
type docFrame struct {
	name string
	skip bool // its content is dropped
}

// docRenderer builds DocumentText's text from the XML tokens.
type docRenderer struct {
	stack []docFrame
	// skip counts the open elements whose content is dropped.
	skip int
	// header, titleStmt, title and note are the depths of the open
	// <teiHeader>, <titleStmt>, header <title> and outermost <note>, 0 if
	// none.
	header, titleStmt, title, note int
	// cell counts the cells of the open row.
	cell int

	body     lineWriter
	noteBody lineWriter
	// titleText is the header's title, once read; titleDone says it has
	// been.
	titleText lineWriter
	titleDone bool
	// notes are the footnotes "[n] text", in order; lastNote is the
	// number of the last.
	notes    []string
	noteNum  int
	lastNote int
}

func (r *docRenderer) open(t xml.StartElement) {
	name := t.Name.Local
	parent := ""
	if n := len(r.stack); n > 0 {
		parent = r.stack[n-1].name
	}
	f := docFrame{name: name}
	depth := len(r.stack) + 1
	switch {
	case r.skip > 0:
		f.skip = true
	case r.header > 0:
		switch {
		case name == "titleStmt" && r.titleStmt == 0:
			r.titleStmt = depth
		case name == "title" && r.titleStmt > 0 && r.title == 0 && !r.titleDone:
			r.title = depth
		}
	case name == "teiHeader":
		r.header = depth
	case docDropped[name] || parent == "choice" && teiEditorial[name]:
		f.skip = true
	case name == "note" && r.note == 0:
		r.note = depth
		r.noteBody = lineWriter{oneLine: true}
		r.noteNum = r.lastNote + 1
		if n, ok := teiAttr(t, "n"); ok && corpus.IsDigits(n) && len(n) < 6 {
			r.noteNum, _ = strconv.Atoi(n)
		}
	case name == "gap":
		r.out().text("[…]")
	case name == "lb":
		if b, _ := teiAttr(t, "break"); b != "no" {
			r.out().text(" ")
		}
	case name == "row":
		r.cell = 0
		r.out().brk()
	case name == "cell":
		if r.cell++; r.cell > 1 {
			r.out().separate('\t')
		}
	case docBlocks[name] || docContainers[name]:
		r.out().brk()
	}
	if f.skip {
		r.skip++
	}
	r.stack = append(r.stack, f)
}

func (r *docRenderer) close() {
	depth := len(r.stack)
	if depth == 0 {
		return // the decoder does not let this happen
	}
	f := r.stack[depth-1]
	r.stack = r.stack[:depth-1]
	switch {
	case f.skip:
		r.skip--
	case depth == r.title:
		r.title, r.titleDone = 0, true
	case depth == r.titleStmt:
		r.titleStmt = 0
	case depth == r.header:
		r.header = 0
	case depth == r.note:
		r.note = 0
		if body := r.noteBody.String(); body != "" {
			marker := "[" + strconv.Itoa(r.noteNum) + "]"
			r.body.text(marker)
			r.notes = append(r.notes, marker+" "+strings.TrimSuffix(body, "\n"))
			r.lastNote = r.noteNum
		}
	case r.header == 0 && (docBlocks[f.name] || docContainers[f.name]):
		r.out().brk()
	}
}

func (r *docRenderer) chars(s string) {
	switch {
	case r.skip > 0:
	case r.title > 0:
		r.titleText.text(s)
	case r.header > 0:
	default:
		r.out().text(s)
	}
}

// out is where text goes: the open note's body, else the document's.
func (r *docRenderer) out() *lineWriter {
	if r.note > 0 {
		return &r.noteBody
	}
	return &r.body
}

// String returns the text: the title, the lines, the footnotes.
func (r *docRenderer) String() string {
	var b strings.Builder
	if t := r.titleText.String(); t != "" {
		b.WriteString(t)
	}
	b.WriteString(r.body.String())
	if len(r.notes) > 0 {
		b.WriteString("\n---- Footnotes ----\n")
		for _, n := range r.notes {
			b.WriteString(n + "\n")
		}
	}
	return b.String()
}

// lineWriter writes text a line at a time, with white space folded: a
// run of white space is one space between words of a line, none at its
// ends.
type lineWriter struct {
	buf       []byte
	lineStart int  // where the current line begins in buf
	sep       byte // the space or tab due before the next word, or 0
	// oneLine makes line breaks spaces (a note's text).
	oneLine bool
}

// text writes s, its white space folded.
func (w *lineWriter) text(s string) {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' {
			w.separate(' ')
			continue
		}
		if w.sep != 0 {
			w.buf = append(w.buf, w.sep)
			w.sep = 0
		}
		w.buf = append(w.buf, c)
	}
}

// separate puts sep (a space, or a tab, which wins) before the next word,
// if the line holds one already.
func (w *lineWriter) separate(sep byte) {
	if len(w.buf) > w.lineStart && w.sep != '\t' {
		w.sep = sep
	}
}

// brk ends the current line, if it holds anything.
func (w *lineWriter) brk() {
	if w.oneLine {
		w.separate(' ')
		return
	}
	if len(w.buf) > w.lineStart {
		w.buf = append(w.buf, '\n')
		w.lineStart = len(w.buf)
	}
	w.sep = 0
}

// String returns the lines written, the last ended.
func (w *lineWriter) String() string {
	if len(w.buf) > w.lineStart {
		return string(w.buf) + "\n"
	}
	return string(w.buf)
}

// DetectDocument is sure (2) of an .xml or .tei file whose root element
// is a <div> (a TEI fragment, as FRUS's documents are) or a <TEI>, that
// has a <p> near its start and no <sp> or <u> anywhere; any other file is
// not such a document (0). It looks at the first 64 KB for the root and
// the paragraph, and scans the file for speeches without parsing it. A
// TEI file with speeches is Detect's alone; a <TEI> without them both
// claim, and Read refuses, so the format that reads such documents is to
// be listed before Read's, which it then wins over.
func DetectDocument(name string, src []byte) int {
	if !corpus.HasExt(name, ".xml", ".tei") {
		return 0
	}
	head := src[:min(len(src), 64<<10)]
	root := rootElement(head)
	if root != "div" && root != "TEI" && root != "TEI.2" {
		return 0
	}
	if !hasElement(head, "p") || hasElement(src, "sp") || hasElement(src, "u") {
		return 0
	}
	return 2
}

// rootElement returns the name of the first element of an XML text, past
// a byte order mark, white space, the XML declaration, processing
// instructions, comments and a doctype; "" if there is none in head.
func rootElement(head []byte) string {
	s := bytes.TrimPrefix(head, []byte(corpus.ByteOrderMark))
	for {
		s = bytes.TrimLeft(s, " \t\r\n")
		var end []byte
		switch {
		case bytes.HasPrefix(s, []byte("<?")):
			end = []byte("?>")
		case bytes.HasPrefix(s, []byte("<!--")):
			end = []byte("-->")
		case bytes.HasPrefix(s, []byte("<!")):
			end = []byte(">")
		case bytes.HasPrefix(s, []byte("<")):
			k := 1
			for k < len(s) && !bytes.ContainsRune([]byte(" \t\r\n/>"), rune(s[k])) {
				k++
			}
			return string(s[1:k])
		default:
			return ""
		}
		k := bytes.Index(s, end)
		if k < 0 {
			return ""
		}
		s = s[k+len(end):]
	}
}

// hasElement reports whether src holds a start tag of the element name:
// "<name" followed by white space, ">" or "/".
func hasElement(src []byte, name string) bool {
	open := []byte("<" + name)
	for from := 0; ; {
		k := bytes.Index(src[from:], open)
		if k < 0 {
			return false
		}
		at := from + k + len(open)
		if at < len(src) && bytes.IndexByte([]byte(" \t\r\n>/"), src[at]) >= 0 {
			return true
		}
		from = at
	}
}

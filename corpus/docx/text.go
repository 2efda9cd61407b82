package docx

import (
	"encoding/xml"
	"path"
	"strings"

	"parley/corpus"
)

// Text returns the text of a Word (.docx) or OpenDocument (.odt) file,
// for the text readers. name is used in errors only.
//
// The rules:
//
//  1. The body is read: word/document.xml's <w:body> (or the main part
//     _rels/.rels names), or content.xml's <office:text>; headers,
//     footers, comments and the file's properties are not.
//  2. One paragraph (<w:p>, <text:p>, <text:h>) to a line, in body order,
//     table cells' paragraphs included; an empty paragraph in the body is
//     a blank line (several are one, and none opens or ends the text).
//     The text ends with a line end.
//  3. Inside a paragraph, the text (<w:t>; an OpenDocument paragraph's
//     character data, its white space folded as OpenDocument folds it, and
//     <text:s text:c="n"/> as n spaces, at most 100) stands as written:
//     curly quotes, dashes and non-breaking spaces are kept. A tab
//     (<w:tab/>, <text:tab/>) is a tab, a line break (<w:br/> of any
//     type, <w:cr/>, <text:line-break/>, a carriage return) a line end, a
//     non-breaking hyphen a hyphen; a soft hyphen, a symbol (<w:sym/>),
//     bullets and list numbering are nothing, but a Word list's fixed
//     label (a level text without a counter: "Q.", "A.", as a deposition
//     typed with list styles has its cues; numbering.xml, through the
//     paragraph's numPr or its style's) opens its paragraph, followed by
//     a space, in the level's weight. White space at a line's end is dropped,
//     and so is a line break's empty line inside a paragraph.
//  4. Left out: deleted and moved-away text (<w:del>, <w:moveFrom>,
//     <w:delText>, OpenDocument's <text:tracked-changes>), field codes
//     (<w:instrText>; a field's result stays), hidden text (<w:vanish/>,
//     text:is-hidden), drawings, text boxes, embedded objects and frames,
//     mc:AlternateContent's fallback, ruby text, generated indexes (a
//     table of contents), properties of paragraphs, runs, tables and
//     sections, and tracked changes of formatting. Inserted text
//     (<w:ins>, <w:moveTo>) is kept.
//  5. Bold is a run's direct formatting (<w:b/>, w:val="0" unsetting it),
//     else its character style's, else its paragraph style's (each
//     through the styles it is based on, styles.xml), else the defaults';
//     in OpenDocument, fo:font-weight "bold" (or 600 and more) of the
//     span's style, else of the enclosing span's or paragraph's, through
//     their parent styles (content.xml's automatic styles over
//     styles.xml's).
//  6. A paragraph that opens with a name in bold (cueOf, isLabel: up to
//     six capitalised words, "Interviewer", "JOHN SMITH", "Q", "Speaker 1")
//     without a colon gets one, as the text readers' cue: "Name: text"
//     where a tab sets the name off, or where the same bold name opens
//     two paragraphs or more and the text after it (not in bold) does not
//     begin in lower case ("SMITH says that ..." stays as written, a
//     record's cue); "Name:" above the next line where a line break sets
//     it off or it fills its paragraph, where the name so opens two
//     paragraphs or more. A bold label with its colon ("Interviewer:"),
//     or a name ending in a period ("SMITH.", "Q."), stands as written;
//     bold inside a paragraph is no cue.
//  7. A table of two or three columns whose rows hold a speaker's name
//     (or nothing), a time in a column of its own if there are three, and
//     the speech, two rows at least with a name, is written a row to a
//     line: "Name: speech", "[00:01:02] Name: speech"; a row without a
//     name continues the speech before it, and a first row headed
//     "Speaker" or "Name" is dropped. Any other table's cells' paragraphs
//     are lines, row by row.
//  8. Footnotes and endnotes (footnotes.xml, endnotes.xml; <text:note>),
//     numbered together in the order of their first references, are
//     markers "[footnoteRef:n]" where they are referred to, and after the
//     text, below a blank line, one a line "[n: text]", their paragraphs
//     joined: corpus.ScanBrackets makes each one footnote note, never
//     speech.
//
// What is not a zip, a zip that is neither a Word document nor an
// OpenDocument text, a corrupt zip, one that lists more than 10,000
// entries or inflates to more than 64 MB, malformed XML in a part read,
// and a document without text are *corpus.InputError naming the file.
func Text(name string, src []byte) (string, error) {
	a, err := openArchive(name, src)
	if err != nil {
		return "", err
	}
	var doc *document
	switch a.kind() {
	case "docx":
		doc, err = readWord(a)
	case "odt":
		doc, err = readODF(a)
	default:
		return "", errorf(name, "a zip archive, but neither a Word document (word/document.xml) nor an OpenDocument text (a mimetype of "+odtType+" and content.xml)")
	}
	if err != nil {
		return "", err
	}
	text := render(doc)
	if strings.TrimSpace(text) == "" {
		return "", errorf(name, "the document holds no text in its body")
	}
	return text, nil
}

// Title returns the document's title as its properties give it (Word's
// docProps/core.xml, OpenDocument's meta.xml: dc:title), white space
// folded; "" if it has none or the file cannot be read.
func Title(src []byte) string {
	a, err := openArchive("", src)
	if err != nil {
		return ""
	}
	part := "docProps/core.xml"
	if a.kind() == "odt" {
		part = "meta.xml"
	}
	data, ok, err := a.read(part)
	if err != nil || !ok {
		return ""
	}
	var title strings.Builder
	in, done := false, false
	_ = decodeXML("", part, data, func(tok xml.Token) {
		switch t := tok.(type) {
		case xml.StartElement:
			in = !done && t.Name.Local == "title" && t.Name.Space == "http://purl.org/dc/elements/1.1/"
		case xml.EndElement:
			done = done || in
			in = false
		case xml.CharData:
			if in {
				title.Write(t)
			}
		}
	})
	return strings.Join(strings.Fields(title.String()), " ")
}

// errorf is an *corpus.InputError about the whole file.
func errorf(name, msg string) error {
	return &corpus.InputError{File: name, Msg: msg}
}

// wordMain reports whether a part is a Word document's main part: in a
// folder "word", or named document.xml.
func wordMain(part string) bool {
	return strings.HasPrefix(part, "word/") || path.Base(part) == "document.xml"
}

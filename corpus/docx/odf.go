package docx

import (
	"encoding/xml"
	"strconv"
	"strings"

	"parley/corpus"
)

// OpenDocument's namespaces, by the prefix the files use for them; an
// element whose prefix is left undeclared counts by its prefix.
var odfNS = map[string]string{
	"urn:oasis:names:tc:opendocument:xmlns:office:1.0":                     "office",
	"urn:oasis:names:tc:opendocument:xmlns:text:1.0":                       "text",
	"urn:oasis:names:tc:opendocument:xmlns:table:1.0":                      "table",
	"urn:oasis:names:tc:opendocument:xmlns:style:1.0":                      "style",
	"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0":          "fo",
	"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0":                    "draw",
	"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0":             "svg",
	"urn:oasis:names:tc:opendocument:xmlns:dr3d:1.0":                       "dr3d",
	"urn:oasis:names:tc:opendocument:xmlns:form:1.0":                       "form",
	"http://www.w3.org/1998/Math/MathML":                                   "math",
	"urn:oasis:names:tc:opendocument:xmlns:chart:1.0":                      "chart",
	"urn:oasis:names:tc:opendocument:xmlns:presentation:1.0":               "presentation",
	"urn:oasis:names:tc:opendocument:xmlns:meta:1.0":                       "meta",
	"urn:oasis:names:tc:opendocument:xmlns:script:1.0":                     "script",
	"urn:oasis:names:tc:opendocument:xmlns:database:1.0":                   "db",
	"urn:oasis:names:tc:opendocument:xmlns:of:1.2":                         "of",
	"http://openoffice.org/2009/office":                                    "officeooo",
	"urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0": "loext",
}

// odfName is an element's or attribute's name as "prefix:local".
func odfName(n xml.Name) string {
	p, ok := odfNS[n.Space]
	if !ok {
		p = n.Space
	}
	return p + ":" + n.Local
}

// odfAttr returns the value of the attribute "prefix:local", or "".
func odfAttr(t xml.StartElement, name string) string {
	for _, a := range t.Attr {
		if odfName(a.Name) == name {
			return a.Value
		}
	}
	return ""
}

// odfSkipped are the elements whose content is no text of the body: the
// record of tracked changes (which holds the deleted text), note
// citations (a note's number, written anew), comments, drawings and
// frames (text boxes, images), forms, declarations, generated indexes
// and ruby annotations.
var odfSkipped = corpus.WordSet(`text:tracked-changes text:note-citation office:annotation office:annotation-end
	office:forms text:sequence-decls text:variable-decls text:user-field-decls text:dde-connection-decls
	text:table-of-content text:alphabetical-index text:illustration-index text:table-index
	text:object-index text:user-index text:bibliography text:ruby-text table:covered-table-cell
	table:table-source text:hidden-text office:scripts office:event-listeners`)

// odfSkippedNS are the namespaces whose elements hold no body text.
var odfSkippedNS = corpus.WordSet(`draw svg dr3d form math chart presentation script`)

// odfStyle is a style's weight and parent.
type odfStyle struct {
	parent string
	bold   int // 0: not set, 1: bold, -1: not bold
}

// odfWeight reads fo:font-weight: "bold" or 600 and more is bold.
func odfWeight(w string) int {
	switch w {
	case "":
		return 0
	case "bold", "bolder":
		return 1
	case "normal", "lighter":
		return -1
	}
	if n, err := strconv.Atoi(w); err == nil && n >= 600 {
		return 1
	}
	return -1
}

// odfParser reads styles.xml's styles, and content.xml's automatic
// styles and body.
type odfParser struct {
	// styles are by family and name ("text T1", "paragraph P2").
	styles map[string]odfStyle
	walk   // its depth in the part, and the element skipped
	// style is the key of the open style:style, "" if none.
	style string
	// body is the depth of the open office:text, 0 if none.
	body int

	b, main *builder
	budget  budget
	// weights are the open paragraphs' and spans' weights (0 for
	// inherit), innermost last, with the depth each was opened at.
	weights []odfOpen
	// note is the depth of the open text:note, 0 if none.
	note  int
	notes [][]block
	// space says the open paragraph's text ends in a space that white
	// space folding wrote, or has none yet.
	space bool
}

type odfOpen struct {
	depth, bold int
}

func (p *odfParser) styleBold(family, name string) int {
	key := family + " " + name
	for k := 0; name != "" && k < 32; k++ {
		s, ok := p.styles[key]
		if !ok {
			return 0
		}
		if s.bold != 0 {
			return s.bold
		}
		name = s.parent
		key = family + " " + name
	}
	return 0
}

func (p *odfParser) bold() bool {
	for k := len(p.weights) - 1; k >= 0; k-- {
		if b := p.weights[k].bold; b != 0 {
			return b > 0
		}
	}
	return false
}

func (p *odfParser) token(tok xml.Token) { p.feed(p, tok) }

func (p *odfParser) start(t xml.StartElement) {
	name := odfName(t.Name)
	switch name {
	case "style:style":
		// content.xml's automatic styles, read last, stand over
		// styles.xml's of the same name.
		p.style = odfAttr(t, "style:family") + " " + odfAttr(t, "style:name")
		p.styles[p.style] = odfStyle{parent: odfAttr(t, "style:parent-style-name")}
		return
	case "style:text-properties":
		if s, ok := p.styles[p.style]; ok && p.style != "" && s.bold == 0 {
			s.bold = odfWeight(odfAttr(t, "fo:font-weight"))
			p.styles[p.style] = s
		}
		return
	case "office:text":
		if p.body == 0 {
			p.body = p.depth
			p.b = newBuilder(&p.budget)
			p.main = p.b
		}
		return
	}
	if p.body == 0 {
		return
	}
	prefix, _, _ := strings.Cut(name, ":")
	if odfSkipped[name] || odfSkippedNS[prefix] || odfAttr(t, "text:is-hidden") == "true" {
		p.skipHere()
		return
	}
	switch name {
	case "text:p", "text:h":
		p.b.openParagraph()
		if p.b.paraDepth == 0 {
			p.space = true
		}
		p.weights = append(p.weights, odfOpen{p.depth, p.styleBold("paragraph", odfAttr(t, "text:style-name"))})
	case "text:span":
		p.weights = append(p.weights, odfOpen{p.depth, p.styleBold("text", odfAttr(t, "text:style-name"))})
	case "text:s":
		n, err := strconv.Atoi(odfAttr(t, "text:c"))
		if err != nil || n < 1 {
			n = 1
		}
		p.b.add(strings.Repeat(" ", min(n, 100)), p.bold())
		p.space = false
	case "text:tab":
		p.b.add("\t", p.bold())
		p.space = false
	case "text:line-break":
		p.b.add("\n", p.bold())
		p.space = true
	case "text:note":
		if p.note > 0 {
			p.skipHere() // a note inside a note (not allowed)
			return
		}
		p.note = p.depth
		p.b = newBuilder(&p.budget)
	case "table:table":
		p.b.openTable()
	case "table:table-row":
		p.b.openRow()
	case "table:table-cell":
		p.b.openCell()
	}
}

func (p *odfParser) end(t xml.EndElement) {
	if n := len(p.weights); n > 0 && p.weights[n-1].depth == p.depth {
		p.weights = p.weights[:n-1]
	}
	name := odfName(t.Name)
	if name == "style:style" {
		p.style = ""
	}
	if p.body == 0 {
		return
	}
	switch name {
	case "office:text":
		if p.depth == p.body {
			p.body = 0
		}
	case "text:p", "text:h":
		p.b.closeParagraph()
	case "text:note":
		if p.depth == p.note {
			p.note = 0
			p.notes = append(p.notes, p.b.blocks())
			p.b = p.main
			p.b.addMark(noteMarker(len(p.notes)))
		}
	case "table:table":
		p.b.closeTable()
	case "table:table-cell":
		p.b.closeCell()
	}
}

// chars adds a paragraph's character data, its white space folded as
// OpenDocument folds it: a run of spaces, tabs and line ends is one space,
// and none opens a paragraph or follows another folded space. Text
// outside the body, or outside a paragraph, is none.
func (p *odfParser) chars(s string) {
	if p.body == 0 || p.b.para == nil {
		return
	}
	var out strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' {
			if !p.space {
				out.WriteByte(' ')
				p.space = true
			}
			continue
		}
		out.WriteByte(c)
		p.space = false
	}
	p.b.add(out.String(), p.bold())
}

// readODF reads an OpenDocument text's body and notes.
func readODF(a *archive) (*document, error) {
	p := &odfParser{styles: map[string]odfStyle{}}
	if data, ok, err := a.read("styles.xml"); err != nil {
		return nil, err
	} else if ok {
		if err := decodeXML(a.name, "styles.xml", data, p.token); err != nil {
			return nil, err
		}
	}
	data, ok, err := a.read("content.xml")
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, errorf(a.name, "the zip archive holds no content.xml: it is no OpenDocument text")
	}
	p.walk, p.body = walk{}, 0
	if err := decodeXML(a.name, "content.xml", data, p.token); err != nil {
		return nil, err
	}
	doc := &document{notes: p.notes}
	if p.main != nil {
		doc.body = p.main.blocks()
	}
	return doc, p.budget.err(a.name)
}

package docx

import (
	"encoding/xml"
	"path"
	"strings"

	"parley/corpus"
)

// WordprocessingML's namespaces (transitional and strict), and the markup
// compatibility one (mc:AlternateContent).
const (
	wordNS       = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
	wordStrictNS = "http://purl.oclc.org/ooxml/wordprocessingml/main"
	compatNS     = "http://schemas.openxmlformats.org/markup-compatibility/2006"
)

// wordSkipped are the elements whose content is no text of the body:
// deletions and moves away, field codes, drawings, text boxes and
// embedded objects, properties (of paragraphs, of tracked formatting
// changes, of content controls, of sections and tables), and ruby
// annotations.
var wordSkipped = corpus.WordSet(`del moveFrom delText delInstrText instrText drawing pict object txbxContent
	rPrChange pPrChange sectPr sectPrChange tblPr tblGrid tblPrEx trPr tcPr sdtPr sdtEndPr rt
	footnoteRef endnoteRef separator continuationSeparator annotationRef commentReference`)

// isWord reports whether the element is WordprocessingML's (a prefix
// left undeclared, "w", counts).
func isWord(n xml.Name) bool {
	return n.Space == wordNS || n.Space == wordStrictNS || n.Space == "w"
}

// onOff reads a toggle property's w:val: absent, "true", "1" and "on" are
// on.
func onOff(t xml.StartElement) bool {
	switch attr(t, "val") {
	case "false", "0", "off", "none":
		return false
	}
	return true
}

// wordStyle is a style's bold, its list (a paragraph style's numPr), and
// what it is based on.
type wordStyle struct {
	basedOn     string
	bold        int // 0: not set, 1: bold, -1: not bold
	numID, ilvl string
}

// wordStyles reads styles.xml: the character and paragraph styles by ID,
// and whether the defaults are bold.
func wordStyles(file, part string, data []byte) (map[string]wordStyle, error) {
	styles := map[string]wordStyle{}
	var id string
	var cur wordStyle
	inStyle, rPr, pPr, change := false, 0, 0, 0
	depth := 0
	err := decodeXML(file, part, data, func(tok xml.Token) {
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			switch {
			case !isWord(t.Name):
			case t.Name.Local == "style":
				inStyle, id, cur = true, attr(t, "styleId"), wordStyle{}
			case t.Name.Local == "docDefaults":
				inStyle, id, cur = true, "", wordStyle{}
			case t.Name.Local == "basedOn" && inStyle:
				cur.basedOn = attr(t, "val")
			case (t.Name.Local == "rPrChange" || t.Name.Local == "pPrChange") && change == 0:
				change = depth
			case t.Name.Local == "pPr" && inStyle && pPr == 0 && change == 0:
				pPr = depth
			case t.Name.Local == "numId" && pPr > 0 && change == 0:
				cur.numID = attr(t, "val")
			case t.Name.Local == "ilvl" && pPr > 0 && change == 0:
				cur.ilvl = attr(t, "val")
			case t.Name.Local == "rPr" && inStyle && rPr == 0 && change == 0:
				rPr = depth
			case t.Name.Local == "b" && rPr > 0 && change == 0:
				cur.bold = -1
				if onOff(t) {
					cur.bold = 1
				}
			}
		case xml.EndElement:
			switch {
			case depth == change:
				change = 0
			case depth == rPr:
				rPr = 0
			case depth == pPr:
				pPr = 0
			case isWord(t.Name) && (t.Name.Local == "style" || t.Name.Local == "docDefaults") && inStyle:
				inStyle = false
				if _, dup := styles[id]; !dup {
					styles[id] = cur
				}
			}
			depth--
		}
	})
	return styles, err
}

// styleBold resolves a style's bold through what it is based on: 1, -1,
// or 0 where no style in the chain sets it.
func styleBold(styles map[string]wordStyle, id string) int {
	return inherited(styles, id, func(s wordStyle) bool { return s.bold != 0 }).bold
}

// styleList resolves a paragraph style's list through what it is based
// on: its numId and ilvl, "" where no style in the chain sets one.
func styleList(styles map[string]wordStyle, id string) (numID, ilvl string) {
	s := inherited(styles, id, func(s wordStyle) bool { return s.numID != "" })
	return s.numID, s.ilvl
}

// inherited returns the first style of the chain from id through what
// each is based on (32 at most, so that a loop ends) that sets a
// property (set), or the zero style where none does.
func inherited(styles map[string]wordStyle, id string, set func(wordStyle) bool) wordStyle {
	for k := 0; id != "" && k < 32; k++ {
		s, ok := styles[id]
		if !ok {
			break
		}
		if set(s) {
			return s
		}
		id = s.basedOn
	}
	return wordStyle{}
}

// wordParser reads the stories of one part (the body of document.xml,
// each note of footnotes.xml) into blocks.
type wordParser struct {
	styles map[string]wordStyle
	// lists is numbering.xml, nil if the document has none.
	lists *numbering
	// story is the local name of the element that holds a story ("body",
	// "footnote", "endnote").
	story string
	// onMark gives the marker text for a reference to a note of the kind
	// ("footnote", "endnote") and ID; nil outside the body.
	onMark func(kind, id string) string

	walk    // its depth in the part, and the element skipped
	budget  *budget
	stories []wordStory
	b       *builder
	inStory int // depth of the open story, 0 if none

	// The open run's properties: its direct bold (0 not set), its
	// character style, whether it is hidden, and the rPr's depth.
	runBold  int
	runStyle string
	hidden   bool
	rPr      int
	// pPr is the depth of the open paragraph properties, pStyle the
	// paragraph's style, numID and ilvl its list and level (numPr).
	pPr         int
	pStyle      string
	numID, ilvl string
	text        int // depth of the open <w:t>, 0 if none
}

// wordStory is one story: a note's ID and type, and its blocks.
type wordStory struct {
	id, typ string
	blocks  []block
}

func (p *wordParser) token(tok xml.Token) { p.feed(p, tok) }

func (p *wordParser) chars(s string) {
	if p.text > 0 && !p.hidden {
		p.b.add(s, p.bold())
	}
}

func (p *wordParser) start(t xml.StartElement) {
	local := t.Name.Local
	if t.Name.Space == compatNS && local == "Fallback" {
		// mc:AlternateContent's first choice is read, not its fallback.
		p.skipHere()
		return
	}
	if !isWord(t.Name) {
		return
	}
	if p.inStory == 0 {
		if local == p.story {
			p.inStory = p.depth
			p.b = newBuilder(p.budget)
			p.stories = append(p.stories, wordStory{id: attr(t, "id"), typ: attr(t, "type")})
		}
		return
	}
	if p.rPr > 0 {
		switch local {
		case "b":
			p.runBold = -1
			if onOff(t) {
				p.runBold = 1
			}
		case "rStyle":
			p.runStyle = attr(t, "val")
		case "vanish":
			p.hidden = onOff(t)
		case "rPrChange":
			p.skipHere()
		}
		return
	}
	if p.pPr > 0 {
		// Of a paragraph's properties only its style is read (not the
		// paragraph mark's rPr, nor a tracked change's former style).
		switch local {
		case "pStyle":
			p.pStyle = attr(t, "val")
		case "numId":
			p.numID = attr(t, "val")
		case "ilvl":
			p.ilvl = attr(t, "val")
		case "pPrChange":
			p.skipHere()
		}
		return
	}
	if wordSkipped[local] {
		p.skipHere()
		return
	}
	switch local {
	case "pPr":
		p.pPr = p.depth
	case "p":
		p.b.openParagraph()
		if p.b.paraDepth == 0 {
			p.pStyle, p.numID, p.ilvl = "", "", ""
		}
	case "r":
		p.runBold, p.runStyle, p.hidden = 0, "", false
	case "rPr":
		p.rPr = p.depth
	case "t":
		p.text = p.depth
	case "tab", "ptab":
		p.addText("\t")
	case "br", "cr":
		p.addText("\n")
	case "noBreakHyphen":
		p.addText("-")
	case "footnoteReference", "endnoteReference":
		if p.onMark != nil {
			if m := p.onMark(strings.TrimSuffix(local, "Reference"), attr(t, "id")); m != "" {
				p.b.addMark(m)
			}
		}
	case "tbl":
		p.b.openTable()
	case "tr":
		p.b.openRow()
	case "tc":
		p.b.openCell()
	}
}

func (p *wordParser) end(t xml.EndElement) {
	if p.depth == p.pPr {
		p.pPr = 0
		p.listLabel()
		return
	}
	if p.depth == p.rPr {
		p.rPr = 0
		return
	}
	if p.depth == p.text {
		p.text = 0
		return
	}
	if p.depth == p.inStory {
		p.inStory = 0
		p.stories[len(p.stories)-1].blocks = p.b.blocks()
		return
	}
	if p.inStory == 0 || !isWord(t.Name) {
		return
	}
	switch t.Name.Local {
	case "p":
		p.b.closeParagraph()
	case "r":
		p.runBold, p.runStyle, p.hidden = 0, "", false
	case "tbl":
		p.b.closeTable()
	case "tc":
		p.b.closeCell()
	}
}

// listLabel writes the fixed label the paragraph's list puts before it
// ("Q.", "A."; numbering.label), its own list's, else its style's.
func (p *wordParser) listLabel() {
	numID, ilvl := p.numID, p.ilvl
	if numID == "" {
		numID, ilvl = styleList(p.styles, p.pStyle)
	}
	if label, bold := p.lists.label(numID, ilvl); label != "" && !p.hidden {
		p.b.add(label+" ", bold)
	}
}

func (p *wordParser) addText(s string) {
	if !p.hidden {
		p.b.add(s, p.bold())
	}
}

// bold resolves the open run's weight: its direct formatting, else its
// character style's, else its paragraph style's, else the defaults'.
func (p *wordParser) bold() bool {
	for _, b := range []int{p.runBold, styleBold(p.styles, p.runStyle), styleBold(p.styles, p.pStyle), p.styles[""].bold} { // "": <w:docDefaults>
		if b != 0 {
			return b > 0
		}
	}
	return false
}

// readWord reads a Word file's body, footnotes and endnotes.
func readWord(a *archive) (*document, error) {
	main := "word/document.xml"
	if !a.has(main) {
		rels, err := a.relationships("_rels/.rels", "")
		if err != nil {
			return nil, err
		}
		main = rels["officeDocument"]
		if main == "" || !a.has(main) || !wordMain(main) {
			return nil, errorf(a.name, "the zip archive holds no word/document.xml (nor names its main part in _rels/.rels): it is no Word document")
		}
	}
	dir := path.Dir(main)
	parts := map[string]string{
		"styles":    path.Join(dir, "styles.xml"),
		"numbering": path.Join(dir, "numbering.xml"),
		"footnotes": path.Join(dir, "footnotes.xml"),
		"endnotes":  path.Join(dir, "endnotes.xml"),
	}
	rels, err := a.relationships(path.Join(dir, "_rels", path.Base(main)+".rels"), dir)
	if err != nil {
		return nil, err
	}
	for k := range parts {
		if target, ok := rels[k]; ok {
			parts[k] = target
		}
	}
	styles := map[string]wordStyle{}
	if data, ok, err := a.read(parts["styles"]); err != nil {
		return nil, err
	} else if ok {
		if styles, err = wordStyles(a.name, parts["styles"], data); err != nil {
			return nil, err
		}
	}

	var lists *numbering
	if data, ok, err := a.read(parts["numbering"]); err != nil {
		return nil, err
	} else if ok {
		if lists, err = readNumbering(a.name, parts["numbering"], data); err != nil {
			return nil, err
		}
	}

	// The notes' texts, by kind and ID, read before the body so that
	// only the notes it refers to are numbered.
	bg := &budget{}
	noteText := map[string][]block{}
	for _, kind := range []string{"footnote", "endnote"} {
		data, ok, err := a.read(parts[kind+"s"])
		if err != nil {
			return nil, err
		}
		if !ok {
			continue
		}
		np := &wordParser{styles: styles, story: kind, budget: bg}
		if err := decodeXML(a.name, parts[kind+"s"], data, np.token); err != nil {
			return nil, err
		}
		for _, s := range np.stories {
			if s.typ == "" || s.typ == "normal" {
				if _, dup := noteText[kind+" "+s.id]; !dup {
					noteText[kind+" "+s.id] = s.blocks
				}
			}
		}
	}

	doc := &document{}
	numbers := map[string]int{}
	data, _, err := a.read(main)
	if err != nil {
		return nil, err
	}
	bp := &wordParser{styles: styles, lists: lists, story: "body", budget: bg, onMark: func(kind, id string) string {
		key := kind + " " + id
		blocks, ok := noteText[key]
		if !ok {
			return ""
		}
		n, seen := numbers[key]
		if !seen {
			doc.notes = append(doc.notes, blocks)
			n = len(doc.notes)
			numbers[key] = n
		}
		return noteMarker(n)
	}}
	if err := decodeXML(a.name, main, data, bp.token); err != nil {
		return nil, err
	}
	for _, s := range bp.stories {
		doc.body = append(doc.body, s.blocks...)
	}
	return doc, bg.err(a.name)
}

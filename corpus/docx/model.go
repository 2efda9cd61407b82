package docx

// The document as both parsers give it: blocks (paragraphs and tables) in
// body order, each paragraph its runs of text with their weight. Text
// renders it.

// run is a stretch of a paragraph's text in one weight. Its text may hold
// tabs and line breaks ("\n"); it is bytes, so that a paragraph of many
// runs of one weight is joined in linear time.
type run struct {
	text []byte
	bold bool
	// mark is a footnote marker, which neither opens nor ends a bold
	// label.
	mark bool
}

// paragraph is a paragraph's runs, in order.
type paragraph struct {
	runs []run
}

// table is a table's rows, each its cells, each cell the blocks it holds.
type table struct {
	rows [][][]block
}

// block is a paragraph or a table (one of the two is set).
type block struct {
	p *paragraph
	t *table
}

// document is what a parser gives: the body's blocks, and the footnotes'
// and endnotes' texts in the order of their markers (note k's marker is
// "[footnoteRef:k+1]" in the body).
type document struct {
	body  []block
	notes [][]block
}

// maxText is how many bytes of text a document may hold: OpenDocument's
// <text:s text:c="100"/> writes 100 spaces in 22 bytes, so that a part
// within maxUnpacked could make gigabytes of text.
const maxText = 64 << 20

// builder assembles blocks from a parser's events: paragraphs, runs,
// tables, rows and cells, nested as the XML nests them.
type builder struct {
	// budget counts the text of all the document's builders (its body's
	// and its notes').
	budget *budget
	// stack holds the open block lists: the body's, then each open
	// cell's.
	stack []*[]block
	// tables are the open tables, innermost last.
	tables []*table
	// para is the open paragraph, nil if none; paraDepth counts
	// paragraphs opened inside it (a malformed or nested one), whose text
	// joins it.
	para      *paragraph
	paraDepth int
}

// budget counts the bytes of text a document's builders are given:
// past maxText, text is dropped and full is set.
type budget struct {
	size int
	full bool
}

// err is the error for a document whose text passed maxText.
func (bg *budget) err(name string) error {
	if !bg.full {
		return nil
	}
	return errorf(name, "the document's text passes 64 MB")
}

// newBuilder returns a builder whose text counts against bg.
func newBuilder(bg *budget) *builder {
	var body []block
	return &builder{stack: []*[]block{&body}, budget: bg}
}

// blocks returns the outermost list of blocks.
func (b *builder) blocks() []block { return *b.stack[0] }

func (b *builder) top() *[]block { return b.stack[len(b.stack)-1] }

func (b *builder) openParagraph() {
	if b.para != nil {
		b.paraDepth++
		return
	}
	b.para = &paragraph{}
	*b.top() = append(*b.top(), block{p: b.para})
}

func (b *builder) closeParagraph() {
	if b.paraDepth > 0 {
		b.paraDepth--
		return
	}
	b.para = nil
}

// add adds text to the open paragraph, merging it with the run before
// where the weight is the same; text outside a paragraph is dropped.
func (b *builder) add(text string, bold bool) {
	if b.para == nil || text == "" {
		return
	}
	if b.budget.size += len(text); b.budget.size > maxText {
		b.budget.full = true
		return
	}
	rs := b.para.runs
	if n := len(rs); n > 0 && !rs[n-1].mark && rs[n-1].bold == bold {
		rs[n-1].text = append(rs[n-1].text, text...)
		return
	}
	b.para.runs = append(rs, run{text: []byte(text), bold: bold})
}

// addMark adds a footnote marker to the open paragraph.
func (b *builder) addMark(text string) {
	if b.para != nil {
		b.para.runs = append(b.para.runs, run{text: []byte(text), mark: true})
	}
}

func (b *builder) openTable() {
	t := &table{}
	*b.top() = append(*b.top(), block{t: t})
	b.tables = append(b.tables, t)
	// A table inside a paragraph (malformed) stands after it.
	b.para, b.paraDepth = nil, 0
}

func (b *builder) closeTable() {
	if n := len(b.tables); n > 0 {
		b.tables = b.tables[:n-1]
	}
}

func (b *builder) openRow() {
	if n := len(b.tables); n > 0 {
		t := b.tables[n-1]
		t.rows = append(t.rows, nil)
	}
}

// openCell opens a cell in the last row of the innermost table; outside
// a table's row its blocks join the list around it.
func (b *builder) openCell() {
	n := len(b.tables)
	if n == 0 || len(b.tables[n-1].rows) == 0 {
		b.stack = append(b.stack, b.top())
		return
	}
	t := b.tables[n-1]
	row := &t.rows[len(t.rows)-1]
	*row = append(*row, nil)
	b.stack = append(b.stack, &(*row)[len(*row)-1])
	b.para, b.paraDepth = nil, 0
}

func (b *builder) closeCell() {
	if len(b.stack) > 1 {
		b.stack = b.stack[:len(b.stack)-1]
	}
	b.para, b.paraDepth = nil, 0
}

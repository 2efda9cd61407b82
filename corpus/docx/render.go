package docx

import (
	"bytes"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"parley/corpus"
)

// noteMarker is the marker of note n (1-based) in the text, as the text
// readers take footnote markers (corpus.ScanBrackets).
func noteMarker(n int) string { return "[footnoteRef:" + strconv.Itoa(n) + "]" }

// render writes a document as Text gives it.
func render(doc *document) string {
	counts := map[string]int{}
	countLabels(doc.body, counts)
	w := &textWriter{counts: counts}
	w.blocks(doc.body, true)
	if len(doc.notes) > 0 {
		w.blank()
		for i, n := range doc.notes {
			body := strings.Join(strings.Fields(flatten(n)), " ")
			if body == "" {
				w.line("[" + strconv.Itoa(i+1) + ":]")
				continue
			}
			w.line("[" + strconv.Itoa(i+1) + ": " + body + "]")
		}
	}
	return w.String()
}

// textWriter builds the text a line at a time.
type textWriter struct {
	b      strings.Builder
	counts map[string]int // the bold labels' counts (countLabels)
	// blankDue says an empty paragraph stands before the next line.
	blankDue bool
}

// line writes a line, after a blank one where one is due and the text
// holds a line already; white space at its end is dropped.
func (w *textWriter) line(s string) {
	s = strings.TrimRight(s, " \t\r")
	if strings.TrimSpace(s) == "" {
		w.blank()
		return
	}
	if w.blankDue && w.b.Len() > 0 {
		w.b.WriteByte('\n')
	}
	w.blankDue = false
	w.b.WriteString(s)
	w.b.WriteByte('\n')
}

// blank marks an empty paragraph: one blank line, however many there
// are, before the next line.
func (w *textWriter) blank() { w.blankDue = true }

func (w *textWriter) String() string { return w.b.String() }

// blocks writes blocks: each paragraph as its lines (an empty one, in the
// body, as a blank line), each table as its rows.
func (w *textWriter) blocks(bs []block, body bool) {
	for _, b := range bs {
		switch {
		case b.p != nil:
			// A carriage return (written "&#13;") ends a line too.
			text := strings.ReplaceAll(w.paragraph(b.p), "\r", "\n")
			if strings.TrimSpace(text) == "" {
				if body {
					w.blank()
				}
				continue
			}
			for _, ln := range strings.Split(text, "\n") {
				if strings.TrimSpace(ln) != "" {
					w.line(ln)
				}
			}
		case b.t != nil:
			w.table(b.t)
		}
	}
}

// paragraph returns a paragraph's text, with the bold label it opens
// with written as a cue where it is one (see cueOf).
func (w *textWriter) paragraph(p *paragraph) string {
	if c, ok := cueOf(p); ok && (c.tab || w.counts[c.label] >= 2) {
		switch {
		case c.rest == "":
			return c.label + ":"
		case c.brk:
			return c.label + ":\n" + c.rest
		default:
			return c.label + ": " + c.rest
		}
	}
	return plain(p)
}

// plain returns a paragraph's text as written.
func plain(p *paragraph) string {
	var b strings.Builder
	for _, r := range p.runs {
		b.Write(r.text)
	}
	return b.String()
}

// flatten returns the text of blocks as one string, paragraphs and cells
// set apart by spaces.
func flatten(bs []block) string {
	var parts []string
	for _, b := range bs {
		switch {
		case b.p != nil:
			parts = append(parts, plain(b.p))
		case b.t != nil:
			for _, row := range b.t.rows {
				for _, c := range row {
					parts = append(parts, flatten(c))
				}
			}
		}
	}
	return strings.Join(parts, " ")
}

// cue is a bold label a paragraph opens with, and the text after it.
type cue struct {
	label string
	rest  string // "" for a label alone in its paragraph
	tab   bool   // set off by a tab: a label without more ado
	brk   bool   // set off by a line break
}

// cueOf finds the bold label a paragraph opens with, if it lacks the
// colon a text reader needs: a name (isLabel) in bold, after nothing but
// white space, set off from what follows by a tab, a line break, or
// spaces and text that is not in bold and does not begin in lower case
// ("SMITH says that" is a record's cue, not a label), or alone in its
// paragraph. A label that has its colon, or a colon just after it, needs
// no cue and is no candidate; nor is bold inside a paragraph.
func cueOf(p *paragraph) (cue, bool) {
	i := 0
	for i < len(p.runs) && !p.runs[i].mark && len(bytes.TrimSpace(p.runs[i].text)) == 0 {
		i++
	}
	if i == len(p.runs) || !p.runs[i].bold || p.runs[i].mark {
		return cue{}, false
	}
	var lead, rest strings.Builder
	j := i
	for ; j < len(p.runs) && !p.runs[j].mark && (p.runs[j].bold || len(bytes.TrimSpace(p.runs[j].text)) == 0); j++ {
		lead.Write(p.runs[j].text)
	}
	for _, r := range p.runs[j:] {
		rest.Write(r.text)
	}
	// The label runs to the first tab or line end in bold, else to the
	// end of the bold; the white space after it sets it off.
	label, after := lead.String(), rest.String()
	if k := strings.IndexAny(label, "\t\n"); k >= 0 {
		label, after = label[:k], label[k:]+after
	}
	label = strings.TrimSpace(label)
	text := strings.TrimLeft(after, " \t\n\u00a0")
	sep := after[:len(after)-len(text)]
	c := cue{label: label, rest: text, brk: strings.Contains(sep, "\n")}
	c.tab = !c.brk && strings.Contains(sep, "\t")
	if label == "" || strings.HasSuffix(label, ":") || strings.HasPrefix(c.rest, ":") || !isLabel(label, false) {
		return cue{}, false
	}
	if c.rest == "" {
		c.tab, c.brk = false, false
		return c, true
	}
	if r, _ := utf8.DecodeRuneInString(c.rest); !c.tab && !c.brk && unicode.IsLower(r) {
		return cue{}, false
	}
	return c, true
}

// countLabels counts the bold labels paragraphs open with (cueOf), in
// the body and in the tables that are not a speaker's (speakerTable): a
// label without a colon or a tab is taken for one where it opens two
// paragraphs or more.
func countLabels(bs []block, counts map[string]int) {
	for _, b := range bs {
		switch {
		case b.p != nil:
			if c, ok := cueOf(b.p); ok {
				counts[c.label]++
			}
		case b.t != nil:
			if _, ok := speakerTable(b.t); ok {
				continue
			}
			for _, row := range b.t.rows {
				for _, cell := range row {
					countLabels(cell, counts)
				}
			}
		}
	}
}

// notNames are the words that open a paragraph in bold and name no
// speaker: headings and a header's fields.
var notNames = corpus.WordSet(`note notes source sources update updated transcript date time location
	summary abstract warning disclaimer caption editor photo video audio tags share contents index
	agenda present participants attendees subject re from to cc published posted by and witnesses
	members panel staff guests absent introduction conclusion conclusions background appendix
	references table figure total chapter part section question answer`)

// particles may stand in lower case inside a name ("Mr. SMITH of Ohio",
// "Ursula von der Leyen").
var particles = corpus.WordSet(`of de van von der den la le del da di du y bin al`)

// isLabel reports whether s is a speaker's name as a label holds it: one
// to six words, at most 60 bytes, each capitalised (or a number, or a
// particle inside), no sentence's punctuation but the periods of
// abbreviations ("Mr.", "J.") and, where comma is set, commas ("Smith,
// J."); not a heading's word ("Note", "Introduction"). A label ending in
// a period ("SMITH.", "Q.") is a play's or a hearing's cue as it stands,
// and no label here.
func isLabel(s string, comma bool) bool {
	f := strings.Fields(s)
	if len(f) == 0 || len(f) > 6 || len(s) > 60 || len(f) == 1 && notNames[strings.ToLower(f[0])] {
		return false
	}
	if strings.HasSuffix(s, ".") && (len(f) > 1 || !comma) {
		return false
	}
	for k, word := range f {
		if particles[word] && k > 0 && k < len(f)-1 {
			continue
		}
		r, _ := utf8.DecodeRuneInString(word)
		if r == '(' {
			r, _ = utf8.DecodeRuneInString(word[1:])
		}
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) && !unicode.IsTitle(r) {
			return false
		}
		for i, c := range word {
			switch {
			case unicode.IsLetter(c) || unicode.IsDigit(c) || strings.ContainsRune("'’-()&#", c) || c == unicode.ReplacementChar:
			case c == '.':
				// An abbreviation's period: after at most four letters.
				if i > 4 {
					return false
				}
			case c == ',' && comma:
			default:
				return false
			}
		}
	}
	return true
}

// speakerHeadings are the headings of a table's column of speakers.
var speakerHeadings = corpus.WordSet(`speaker speakers name member witness participant who person`)

// speakerColumns says which columns of a speaker table hold what: the
// label's, the time's (-1 for none) and the speech's; and whether the
// first row is the table's heading.
type speakerColumns struct {
	label, time, text int
	heading           bool
}

// speakerTable reports whether a table is a transcript laid out in rows
// of a speaker's name and the speech, as interviews often are, with a
// time in a column of its own if the table has one: every row of two or
// three cells, the name (isLabel, commas and a final colon allowed) or
// nothing in one of the first two, a time (corpus.IsTimestamp) or nothing
// in the other where there are three, the speech in the last; two rows at
// least with a name; a first row headed "Speaker" (or "Name"...) is the
// table's heading.
func speakerTable(t *table) (speakerColumns, bool) {
	if len(t.rows) < 2 {
		return speakerColumns{}, false
	}
	n := len(t.rows[0])
	if n != 2 && n != 3 {
		return speakerColumns{}, false
	}
	for _, layout := range []speakerColumns{{label: 0, time: -1, text: 1}, {label: 1, time: 0, text: 2}, {label: 0, time: 1, text: 2}} {
		if (layout.time < 0) != (n == 2) {
			continue
		}
		names, ok := 0, true
		for i, row := range t.rows {
			if len(row) != n {
				ok = false
				break
			}
			label, simple := cellText(row[layout.label])
			if i == 0 && speakerHeadings[strings.ToLower(strings.TrimSuffix(label, ":"))] {
				layout.heading = true
				continue
			}
			if !simple || label != "" && !isLabel(strings.TrimSuffix(label, ":"), true) {
				ok = false
				break
			}
			if layout.time >= 0 {
				if tm, simple := cellText(row[layout.time]); !simple || tm != "" && !corpus.IsTimestamp(tm) {
					ok = false
					break
				}
			}
			if label != "" {
				names++
			}
		}
		if ok && names >= 2 {
			return layout, true
		}
	}
	return speakerColumns{}, false
}

// cellText returns a cell's text on one line, and whether the cell is
// one paragraph (or none) without line breaks.
func cellText(bs []block) (string, bool) {
	var ps []string
	for _, b := range bs {
		if b.t != nil {
			return "", false
		}
		if t := strings.TrimSpace(plain(b.p)); t != "" {
			ps = append(ps, t)
		}
	}
	if len(ps) > 1 || len(ps) == 1 && strings.ContainsAny(ps[0], "\n") {
		return strings.Join(ps, " "), false
	}
	return strings.Join(ps, ""), true
}

// table writes a table: a speaker table's rows as "Name: speech"
// ("[time] Name: speech"; a row without a name continues the speech
// before it, a row without speech is dropped), any other table's cells'
// paragraphs as lines, row by row.
func (w *textWriter) table(t *table) {
	cols, ok := speakerTable(t)
	if !ok {
		for _, row := range t.rows {
			for _, cell := range row {
				w.blocks(cell, false)
			}
		}
		return
	}
	for i, row := range t.rows {
		if i == 0 && cols.heading {
			continue
		}
		label, _ := cellText(row[cols.label])
		label = strings.TrimSpace(strings.TrimSuffix(label, ":"))
		prefix := ""
		if label != "" {
			prefix = label + ": "
			if cols.time >= 0 {
				if tm, _ := cellText(row[cols.time]); tm != "" {
					if !strings.HasPrefix(tm, "[") && !strings.HasPrefix(tm, "(") {
						tm = "[" + tm + "]"
					}
					prefix = tm + " " + prefix
				}
			}
		}
		sub := &textWriter{counts: map[string]int{}}
		sub.blocks(row[cols.text], false)
		for _, ln := range strings.Split(strings.TrimSuffix(sub.String(), "\n"), "\n") {
			if strings.TrimSpace(ln) == "" {
				continue
			}
			w.line(prefix + ln)
			prefix = ""
		}
	}
}

package table

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"parley/corpus"
)

// The column names a table's speaker and text columns go by when Options
// name none, in order of preference.
var (
	speakerColumns = []string{"speaker", "speaker_name", "name"}
	textColumns    = []string{"text", "utterance", "content"}
)

// Read reads a delimited table with one utterance a row: CSV, or TSV
// for a name ending in ".tsv" or a header line with tabs and no commas.
// name is used in errors and outputs only.
//
// The rules:
//
//  1. Cells are quoted as RFC 4180 has it: a cell that holds the
//     delimiter, a quotation mark or a line break is quoted whole, with
//     its quotation marks doubled. A stray quotation mark is an error, not
//     a guess.
//  2. The first row is the header. The speaker and text columns are those
//     named by opt.SpeakerColumn and opt.TextColumn, matched without
//     regard to case; by default "speaker" (else "speaker_name", else
//     "name") and "text" (else "utterance", else "content"). A header
//     without them is an error that lists the columns it has.
//  3. Each later row is one utterance of the speaker its speaker cell
//     names; consecutive rows of one speaker are one turn, and a
//     speaker's identity is the name with titles stripped and case
//     folded, as in record.Read. The speaker cell is the utterance's Cue
//     and its line the utterance's Line; the text cell (inside its
//     quotes) is its Text.
//  4. Speech is the text cell less its notes: bracketed insertions
//     ("[inaudible]") and parenthesised stage directions ("(APPLAUSE)")
//     found within text cells, never across two cells. Speech spans are
//     exact: of a doubled quotation mark only one mark is speech, so the
//     speech reads as the decoded cell.
//  5. A row with neither speaker nor text is skipped (a spreadsheet's
//     empty row); a row with text and no speaker, or too few cells to
//     reach both columns, is an error. A row with a speaker and no text
//     is an utterance without speech.
//  6. The first value of a "date" column becomes the document's Date
//     where it reads as M/D/YY, M/D/YYYY or YYYY-MM-DD. A table of several
//     sessions (the date changes) is still one document, with the first
//     session's date. Other columns are not read.
//
// A table without rows is an error.
func Read(name string, src []byte, opt corpus.Options) (*corpus.Document, error) {
	if err := corpus.CheckText(name, src); err != nil {
		return nil, err
	}
	text := string(src)
	base := len(text) - len(strings.TrimPrefix(text, "\ufeff"))
	body := text[base:]
	starts := corpus.LineStarts(body)
	r := csv.NewReader(strings.NewReader(body))
	r.Comma = tableDelimiter(name, body)
	r.FieldsPerRecord = -1
	// at returns the offset in text of the start of the record's cell k.
	at := func(k int) (off, line int) {
		line, col := r.FieldPos(k)
		i := min(max(line-1, 0), len(starts)-1)
		return min(base+starts[i]+col-1, len(text)), line
	}

	header, err := r.Read()
	if err == io.EOF {
		return nil, &corpus.InputError{File: name, Msg: "no header row"}
	}
	if err != nil {
		return nil, csvError(name, err)
	}
	_, headerLine := at(0)
	speakerCol := findColumn(header, opt.SpeakerColumn, speakerColumns)
	textCol := findColumn(header, opt.TextColumn, textColumns)
	dateCol := findColumn(header, "", []string{"date"})
	for _, c := range []struct {
		what, option string
		col          int
		defaults     []string
	}{
		{"speaker", opt.SpeakerColumn, speakerCol, speakerColumns},
		{"text", opt.TextColumn, textCol, textColumns},
	} {
		if c.col < 0 {
			return nil, &corpus.InputError{File: name, Line: headerLine, Msg: missingColumn(c.what, c.option, c.defaults, header)}
		}
	}
	if speakerCol == textCol {
		return nil, &corpus.InputError{File: name, Line: headerLine, Msg: fmt.Sprintf("the speaker and text columns are both %q", strings.TrimSpace(header[textCol]))}
	}

	type row struct {
		speaker  string
		cue, txt corpus.Span
		escapes  []corpus.Span // doubled quotation marks' first halves
		line     int
		start    int // the row's first byte
	}
	var rows []row
	date, dated := "", false
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, csvError(name, err)
		}
		start, line := at(0)
		if max(speakerCol, textCol) >= len(rec) {
			if strings.TrimSpace(strings.Join(rec, "")) == "" {
				continue
			}
			return nil, &corpus.InputError{File: name, Line: line, Msg: fmt.Sprintf("the row has %d cells, too few to reach the speaker column (%d) and the text column (%d)", len(rec), speakerCol+1, textCol+1)}
		}
		speaker := strings.TrimSpace(rec[speakerCol])
		if speaker == "" {
			if strings.TrimSpace(rec[textCol]) == "" {
				continue
			}
			return nil, &corpus.InputError{File: name, Line: line, Msg: fmt.Sprintf("text without a speaker: the %q cell is empty", strings.TrimSpace(header[speakerCol]))}
		}
		if dateCol >= 0 && dateCol < len(rec) && !dated && strings.TrimSpace(rec[dateCol]) != "" {
			date, dated = tableDate(rec[dateCol]), true
		}
		so, sline := at(speakerCol)
		cue, _ := cellSpan(text, so, rec[speakerCol])
		to, _ := at(textCol)
		txt, escapes := cellSpan(text, to, rec[textCol])
		rows = append(rows, row{speaker: speaker, cue: corpus.TrimSpan(text, cue), txt: txt, escapes: escapes, line: sline, start: start})
	}

	b := corpus.NewBuilder(name, "table", text)
	b.SetMetadata("", date)
	cells := make([]corpus.Span, len(rows))
	for i, rw := range rows {
		cells[i] = rw.txt
	}
	b.FieldNotes(cells)
	for i, rw := range rows {
		next := len(text)
		if i+1 < len(rows) {
			next = rows[i+1].start
		}
		u := corpus.Utterance{Cue: rw.cue, Text: corpus.TrimSpan(text, rw.txt), Line: rw.line}
		u.Speech = corpus.CutSpeech(text, b.SpeechIn(rw.txt), rw.escapes)
		b.Add(rw.speaker, u, corpus.Span{Start: rw.start, End: next})
	}
	return b.Document("no rows: the table has a header and nothing under it")
}

// Detect is sure of a .csv or .tsv file whose header names a speaker
// and a text column (by the default names), and takes any other as a
// table it could read.
func Detect(name string, src []byte) int {
	if !corpus.HasExt(name, ".csv", ".tsv") {
		return 0
	}
	body := string(corpus.FirstLine(bytes.TrimPrefix(src, []byte("\ufeff"))))
	r := csv.NewReader(strings.NewReader(body))
	r.Comma = tableDelimiter(name, body)
	r.FieldsPerRecord = -1
	header, err := r.Read()
	if err != nil || findColumn(header, "", speakerColumns) < 0 || findColumn(header, "", textColumns) < 0 {
		return 1
	}
	return 2
}

// tableDelimiter returns a tab for a TSV file (by its name, or by a header
// line with tabs and no commas), else a comma.
func tableDelimiter(name, body string) rune {
	if corpus.HasExt(name, ".tsv") {
		return '\t'
	}
	if h := corpus.FirstLine(body); strings.Contains(h, "\t") && !strings.Contains(h, ",") {
		return '\t'
	}
	return ','
}

// findColumn returns the index of the header column named want, or if
// want is "" of the first of names the header has; -1 if none.
func findColumn(header []string, want string, names []string) int {
	if want != "" {
		names = []string{want}
	}
	for _, n := range names {
		for i, h := range header {
			if strings.EqualFold(strings.TrimSpace(h), strings.TrimSpace(n)) {
				return i
			}
		}
	}
	return -1
}

// missingColumn says which column a header lacks and which it has.
func missingColumn(what, option string, defaults, header []string) string {
	var looked string
	if option != "" {
		looked = fmt.Sprintf("%q", option)
	} else {
		q := make([]string, len(defaults))
		for i, d := range defaults {
			q[i] = fmt.Sprintf("%q", d)
		}
		looked = strings.Join(q[:len(q)-1], ", ") + " or " + q[len(q)-1]
	}
	has := make([]string, len(header))
	for i, h := range header {
		has[i] = fmt.Sprintf("%q", strings.TrimSpace(h))
	}
	return fmt.Sprintf("no %s column: looked for %s, and the header has %s; name the column with --%s-column", what, looked, strings.Join(has, ", "), what)
}

// csvError turns an error of encoding/csv into an *InputError on its line.
func csvError(name string, err error) error {
	var pe *csv.ParseError
	if !errors.As(err, &pe) {
		return &corpus.InputError{File: name, Msg: err.Error()}
	}
	if pe.StartLine != pe.Line {
		// A quoted cell over lines, or left open: the row is the place to
		// look.
		return &corpus.InputError{File: name, Line: pe.StartLine, Msg: fmt.Sprintf("%v at line %d, column %d, in the row that starts here (a quoted cell left open runs on over the lines below)", pe.Err, pe.Line, pe.Column)}
	}
	msg := fmt.Sprintf("column %d: %v", pe.Column, pe.Err)
	if errors.Is(pe.Err, csv.ErrBareQuote) {
		msg += `; a cell that holds a quotation mark must be quoted whole, with the mark doubled ("He said ""no""")`
	}
	return &corpus.InputError{File: name, Line: pe.Line, Msg: msg}
}

// cellSpan returns the span in src of the cell that starts at offset at
// and reads value: its bytes, inside the quotes for a quoted cell. For a
// quoted cell it also returns the first mark of each doubled quotation
// mark, which the cell's value does not hold.
func cellSpan(src string, at int, value string) (corpus.Span, []corpus.Span) {
	if at >= len(src) || src[at] != '"' {
		return corpus.Span{Start: at, End: min(at+len(value), len(src))}, nil
	}
	var escapes []corpus.Span
	for i := at + 1; i < len(src); {
		k := strings.IndexByte(src[i:], '"')
		if k < 0 {
			break
		}
		q := i + k
		if q+1 < len(src) && src[q+1] == '"' {
			escapes = append(escapes, corpus.Span{Start: q, End: q + 1})
			i = q + 2
			continue
		}
		return corpus.Span{Start: at + 1, End: q}, escapes
	}
	return corpus.Span{Start: at + 1, End: len(src)}, escapes
}

// tableDate reads a date cell as M/D/YY, M/D/YYYY or YYYY-MM-DD and
// returns it as YYYY-MM-DD, or "" if it is none of them.
func tableDate(s string) string {
	s = strings.TrimSpace(s)
	for _, layout := range []string{"2006-01-02", "1/2/2006", "1/2/06"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.Format("2006-01-02")
		}
	}
	return ""
}

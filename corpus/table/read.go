package table

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"
	"unicode"

	"parley/corpus"
)

// The column names a table's columns go by when Options name none, in
// order of preference: the names parliaments' exports, transcription
// tools and spreadsheets give them.
var (
	speakerColumns  = []string{"speaker", "speaker_name", "speakername", "speaker_label", "name", "member", "member_name", "participant", "person", "who", "role"}
	textColumns     = []string{"text", "body", "speech", "utterance", "transcript", "content", "words", "said", "line_text"}
	documentColumns = []string{"document", "document_id", "doc_id", "debate", "debate_id", "session", "sitting", "episode", "conversation", "conversation_id", "date"}
	timeColumns     = []string{"time", "timestamp", "start", "start_time", "begin"}
)

// Read reads a delimited table with one utterance a row into one document,
// or several where a column splits it (rule 7). name is used in errors and
// outputs only.
//
// The rules:
//
//  1. The delimiter is a comma, a tab, a semicolon or a pipe: a tab for a
//     name ending in ".tsv"; otherwise the one of them that splits the
//     first rows into the same number of cells (two or more) most often,
//     in that order of preference on a tie. Cells are quoted as RFC 4180
//     has it: a cell that holds the delimiter, a quotation mark or a line
//     break is quoted whole, with its quotation marks doubled. A stray
//     quotation mark is an error, not a guess.
//  2. The first row is the header. The speaker and text columns are those
//     named by opt.SpeakerColumn and opt.TextColumn, matched without
//     regard to case (spaces, hyphens and underscores alike); by default
//     the first header that is one of speakerColumns and textColumns, in
//     their order ("speaker", "speaker_name", "name", "member",
//     "participant"...; "text", "body", "speech", "utterance",
//     "transcript", "content"...). Failing a name, the columns' content
//     decides: the text column is the one whose cells hold the most words
//     (at least three on average, and half again as many as any other
//     column's), the speaker column the one among the rest whose cells are
//     short names (letters, at most five words, not numbers or dates) that
//     repeat most (fewest distinct values per row), leftmost on a tie. A
//     table where neither way finds them is an error that lists its
//     columns.
//  3. Each later row is one utterance of the speaker its speaker cell
//     names; consecutive rows of one speaker are one turn, and a
//     speaker's identity is the name with titles stripped and case
//     folded, as in record.Read. The speaker cell is the utterance's Cue
//     and its line the utterance's Line; the text cell (inside its
//     quotes) is its Text. A "time" ("timestamp", "start") cell is its
//     Time as written.
//  4. Speech is the text cell less its notes: bracketed insertions
//     ("[inaudible]") and parenthesised stage directions ("(APPLAUSE)")
//     found within text cells, never across two cells. Speech spans are
//     exact: of a doubled quotation mark only one mark is speech, so the
//     speech reads as the decoded cell.
//  5. A row with neither speaker nor text is skipped (a spreadsheet's
//     empty row); a row with text and no speaker is the record's own
//     narration ("The House divided."), a note; a row with too few cells
//     to reach both columns is an error. A row with a speaker and no text
//     is an utterance without speech.
//  6. A "date" column gives each document its Date, from its first row
//     with a date that reads as M/D/YY, M/D/YYYY or YYYY-MM-DD.
//  7. opt.DocumentColumn names a column that splits the table into
//     documents, one for each run of rows with one value, named
//     "table.csv#value"; "" looks for a document, debate, session,
//     sitting, episode, conversation or date column whose values come in
//     runs of three rows or more on average, each value in one run only
//     (four debates in one table are four documents; a date on every row
//     of one sitting is no split). A named column the header lacks is an
//     error.
//  8. Every other column is metadata: where one value holds for all of a
//     document's rows, it is the document's (Meta, by the header in lower
//     case: "party", "session", "house"); else where one value holds for
//     each speaker's rows and some value holds for two rows or more, it is
//     the speaker's (Speaker.Meta: "party", "role", "electorate"); else it
//     is a row's own (an id, a line number) and not kept.
//
// A table without rows is an error.
func Read(name string, src []byte, opt corpus.Options) ([]*corpus.Document, error) {
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
	// Every record, with where each of its cells starts.
	type record struct {
		cells []string
		offs  []int
		lines []int
	}
	var recs []record
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, csvError(name, err)
		}
		rc := record{cells: rec, offs: make([]int, len(rec)), lines: make([]int, len(rec))}
		for k := range rec {
			rc.offs[k], rc.lines[k] = at(k)
		}
		recs = append(recs, rc)
	}
	cells := make([][]string, len(recs))
	for i, rc := range recs {
		cells[i] = rc.cells
	}
	speakerCol := findColumn(header, opt.SpeakerColumn, speakerColumns)
	textCol := findColumn(header, opt.TextColumn, textColumns)
	if opt.TextColumn == "" && textCol < 0 {
		textCol = textByContent(header, cells, speakerCol)
	}
	if opt.SpeakerColumn == "" && speakerCol < 0 && textCol >= 0 {
		speakerCol = speakerByContent(header, cells, textCol)
	}
	for _, c := range []struct {
		what, option string
		col          int
		defaults     []string
	}{
		{"text", opt.TextColumn, textCol, textColumns},
		{"speaker", opt.SpeakerColumn, speakerCol, speakerColumns},
	} {
		if c.col < 0 {
			return nil, &corpus.InputError{File: name, Line: headerLine, Msg: missingColumn(c.what, c.option, c.defaults, header)}
		}
	}
	if speakerCol == textCol {
		return nil, &corpus.InputError{File: name, Line: headerLine, Msg: fmt.Sprintf("the speaker and text columns are both %q", strings.TrimSpace(header[textCol]))}
	}
	dateCol := findColumn(header, "", []string{"date"})
	timeCol := findColumn(header, "", timeColumns)
	docCol := -1
	if opt.DocumentColumn != "" {
		if docCol = findColumn(header, opt.DocumentColumn, nil); docCol < 0 {
			return nil, &corpus.InputError{File: name, Line: headerLine, Msg: fmt.Sprintf("no document column %q: the header has %s", opt.DocumentColumn, quoteAll(header))}
		}
	} else {
		docCol = splitColumn(header, cells, speakerCol, textCol)
	}

	type row struct {
		speaker  string
		cue, txt corpus.Span
		escapes  []corpus.Span // doubled quotation marks' first halves
		line     int
		start    int // the row's first byte
		doc      string
		time     string
		cells    []string
	}
	var rows []row
	var narration []corpus.Note
	for _, rc := range recs {
		rec := rc.cells
		start, line := rc.offs[0], rc.lines[0]
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
			// Text without a speaker: the record's own narration ("The
			// House divided.", "[Session resumed]"), a note.
			txt, _ := cellSpan(text, rc.offs[textCol], rec[textCol])
			if t := corpus.TrimSpan(text, txt); t.Len() > 0 {
				narration = append(narration, corpus.Note{Kind: corpus.Narration, Anchor: t, Body: t, Extent: t})
			}
			continue
		}
		cue, _ := cellSpan(text, rc.offs[speakerCol], rec[speakerCol])
		txt, escapes := cellSpan(text, rc.offs[textCol], rec[textCol])
		rw := row{speaker: speaker, cue: corpus.TrimSpan(text, cue), txt: txt, escapes: escapes, line: rc.lines[speakerCol], start: start, cells: rec}
		if docCol >= 0 && docCol < len(rec) {
			rw.doc = strings.TrimSpace(rec[docCol])
		}
		if timeCol >= 0 && timeCol < len(rec) {
			rw.time = strings.TrimSpace(rec[timeCol])
		}
		rows = append(rows, rw)
	}
	if len(rows) == 0 {
		return nil, &corpus.InputError{File: name, Msg: "no rows: the table has a header and nothing under it"}
	}

	// The documents: runs of rows with one value of the document column.
	var docs []*corpus.Document
	for from := 0; from < len(rows); {
		to := len(rows)
		if docCol >= 0 {
			to = from + 1
			for to < len(rows) && rows[to].doc == rows[from].doc {
				to++
			}
		}
		part := rows[from:to]
		docName := name
		if docCol >= 0 {
			docName = name + "#" + part[0].doc
		}
		b := corpus.NewBuilder(docName, "table", text)
		date := ""
		for _, rw := range part {
			if dateCol >= 0 && dateCol < len(rw.cells) && strings.TrimSpace(rw.cells[dateCol]) != "" {
				date = tableDate(rw.cells[dateCol])
				break
			}
		}
		b.SetMetadata("", date)
		rowCells := make([][]string, len(part))
		speakers := make([]string, len(part))
		for i, rw := range part {
			rowCells[i], speakers[i] = rw.cells, rw.speaker
		}
		docMeta, speakerMeta := tableMeta(header, rowCells, speakers, map[int]bool{speakerCol: true, textCol: true, timeCol: true, dateCol: true})
		if docCol >= 0 {
			if docMeta == nil {
				docMeta = map[string]string{}
			}
			docMeta[metaKey(header[docCol])] = part[0].doc
		}
		if docMeta != nil {
			b.SetMeta(docMeta)
		}
		for _, sm := range speakerMeta {
			b.SetSpeakerMeta(sm[0], sm[1], sm[2])
		}
		spans := make([]corpus.Span, len(part))
		for i, rw := range part {
			spans[i] = rw.txt
		}
		b.FieldNotes(spans)
		end := len(text)
		if from+len(part) < len(rows) {
			end = rows[from+len(part)].start
		}
		for _, n := range narration {
			if n.Anchor.Start >= part[0].start && n.Anchor.Start < end || from == 0 && n.Anchor.Start < part[0].start {
				b.AddNotes(n)
			}
		}
		for i, rw := range part {
			next := len(text)
			if i+1 < len(part) {
				next = part[i+1].start
			} else if from+len(part) < len(rows) {
				next = rows[from+len(part)].start
			}
			u := corpus.Utterance{Cue: rw.cue, Text: corpus.TrimSpan(text, rw.txt), Line: rw.line, Time: rw.time}
			u.Speech = corpus.CutSpeech(text, b.SpeechIn(rw.txt), rw.escapes)
			b.Add(rw.speaker, u, corpus.Span{Start: rw.start, End: next})
		}
		d, err := b.Document("no rows with speech")
		if err != nil {
			if docCol >= 0 {
				from = to
				continue // a document of empty rows: the others stand
			}
			return nil, err
		}
		docs = append(docs, d)
		from = to
	}
	if len(docs) == 0 {
		return nil, &corpus.InputError{File: name, Msg: "no rows with speech"}
	}
	return docs, nil
}

// textByContent returns the column whose cells hold the most words: at
// least three on average and half again as many as any other column's;
// -1 if none stands out so. skip is a column already taken (-1: none).
func textByContent(header []string, rows [][]string, skip int) int {
	best, second, col := 0.0, 0.0, -1
	for k := range header {
		if k == skip {
			continue
		}
		words, n := 0, 0
		for _, r := range rows {
			if k < len(r) && strings.TrimSpace(r[k]) != "" {
				words += len(strings.Fields(r[k]))
				n++
			}
		}
		if n == 0 {
			continue
		}
		mean := float64(words) / float64(n)
		switch {
		case mean > best:
			best, second, col = mean, best, k
		case mean > second:
			second = mean
		}
	}
	if best < 3 || best < 1.5*second {
		return -1
	}
	return col
}

// speakerByContent returns the column, other than the text column, whose
// cells are short names that repeat most; -1 if none is.
func speakerByContent(header []string, rows [][]string, textCol int) int {
	col, bestRatio := -1, 2.0
	for k := range header {
		if k == textCol {
			continue
		}
		distinct := map[string]bool{}
		n, names := 0, 0
		for _, r := range rows {
			if k >= len(r) || strings.TrimSpace(r[k]) == "" {
				continue
			}
			v := strings.TrimSpace(r[k])
			n++
			distinct[strings.ToLower(v)] = true
			if nameLike(v) {
				names++
			}
		}
		if n == 0 || names*10 < n*9 {
			continue // not nine in ten cells names
		}
		if ratio := float64(len(distinct)) / float64(n); ratio < bestRatio && (len(rows) < 4 || ratio <= 0.5) {
			col, bestRatio = k, ratio
		}
	}
	return col
}

// nameLike reports whether a cell reads as a speaker's name or label:
// one to five words with a letter, not a number, a date or a time.
func nameLike(v string) bool {
	f := strings.Fields(v)
	if len(f) == 0 || len(f) > 5 || len(v) > 60 {
		return false
	}
	letters := 0
	for _, r := range v {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters > 0 && tableDate(v) == ""
}

// splitColumn returns the column that splits the table into documents
// where Options name none (rule 7), or -1.
func splitColumn(header []string, rows [][]string, speakerCol, textCol int) int {
	for _, name := range documentColumns {
		k := findColumn(header, "", []string{name})
		if k < 0 || k == speakerCol || k == textCol {
			continue
		}
		runs, seen := 0, map[string]bool{}
		prev, started, n := "", false, 0
		ok := true
		for _, r := range rows {
			if k >= len(r) || strings.TrimSpace(strings.Join(r, "")) == "" {
				continue
			}
			v := strings.TrimSpace(r[k])
			n++
			if !started || v != prev {
				if seen[v] {
					ok = false // a value in two runs: no split
					break
				}
				seen[v] = true
				runs++
			}
			prev, started = v, true
		}
		if ok && runs >= 2 && n >= 3*runs {
			return k
		}
	}
	return -1
}

// tableMeta returns a document's metadata from its rows (rule 8): the
// columns, other than those in skip, with one value over all rows, and
// the speaker fields (speaker, key, value) of the columns with one value
// for each speaker's rows.
func tableMeta(header []string, rows [][]string, speakers []string, skip map[int]bool) (map[string]string, [][3]string) {
	var doc map[string]string
	var sp [][3]string
	for k := range header {
		if skip[k] || strings.TrimSpace(header[k]) == "" {
			continue
		}
		key := metaKey(header[k])
		one, same := "", true
		values := map[string]bool{}
		bySpeaker := map[string]string{}
		perSpeaker := true
		var order []string
		for i, r := range rows {
			v := ""
			if k < len(r) {
				v = strings.TrimSpace(r[k])
			}
			values[v] = true
			if i == 0 {
				one = v
			} else if v != one {
				same = false
			}
			id := strings.ToLower(speakers[i])
			if old, ok := bySpeaker[id]; !ok {
				bySpeaker[id] = v
				order = append(order, speakers[i])
			} else if old != v {
				perSpeaker = false
			}
		}
		switch {
		case same && one != "":
			if doc == nil {
				doc = map[string]string{}
			}
			doc[key] = one
		case !same && perSpeaker && len(values) < len(rows):
			for _, s := range order {
				if v := bySpeaker[strings.ToLower(s)]; v != "" {
					sp = append(sp, [3]string{s, key, v})
				}
			}
		}
	}
	return doc, sp
}

// metaKey is a header as a metadata field's name: trimmed, in lower case,
// with spaces as underscores ("Constituency Name" is
// "constituency_name").
func metaKey(h string) string {
	return strings.Join(strings.Fields(strings.ToLower(strings.TrimSpace(h))), "_")
}

// quoteAll lists a header's names, quoted: "Speaker", "Text".
func quoteAll(header []string) string {
	q := make([]string, len(header))
	for i, h := range header {
		q[i] = fmt.Sprintf("%q", strings.TrimSpace(h))
	}
	return strings.Join(q, ", ")
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

// tableDelimiter returns a tab for a TSV file by its name; else, of a
// comma, a tab, a semicolon and a pipe, the one that splits the first
// rows (up to 20) into the same number of cells as the header, two or
// more, most often (rule 1).
func tableDelimiter(name, body string) rune {
	if corpus.HasExt(name, ".tsv") {
		return '\t'
	}
	head := body
	if len(head) > 64<<10 {
		head = head[:64<<10]
	}
	best, bestScore := ',', -1
	for _, d := range []rune{',', '\t', ';', '|'} {
		r := csv.NewReader(strings.NewReader(head))
		r.Comma = d
		r.FieldsPerRecord = -1
		r.LazyQuotes = true
		h, err := r.Read()
		if err != nil || len(h) < 2 {
			continue
		}
		agree, rows := 0, 0
		for rows < 20 {
			rec, err := r.Read()
			if err != nil {
				break
			}
			rows++
			if len(rec) == len(h) {
				agree++
			}
		}
		// Rows that agree with the header count most, then the header's
		// cells: a comma inside one column's prose splits no header.
		if score := agree*100 + min(len(h), 99); score > bestScore {
			best, bestScore = d, score
		}
	}
	return best
}

// findColumn returns the index of the header column named want, or if
// want is "" of the first of names the header has; -1 if none.
func findColumn(header []string, want string, names []string) int {
	if want != "" {
		names = []string{want}
	}
	for _, n := range names {
		for i, h := range header {
			if columnKey(h) == columnKey(n) {
				return i
			}
		}
	}
	return -1
}

// columnKey folds a column's name for matching: case, and spaces,
// hyphens and underscores alike ("Speaker Name", "speaker-name" and
// "speaker_name" are one).
func columnKey(s string) string {
	return strings.Join(strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return r == ' ' || r == '_' || r == '-' || r == '\t'
	}), "_")
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
	return fmt.Sprintf("no %s column: looked for %s, and the header has %s; name the column with --%s-column", what, looked, quoteAll(header), what)
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

package reports

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"parley/analysis"
	"parley/corpus"
)

// newCSV returns an RFC 4180 writer: comma-separated, CRLF line ends,
// fields quoted where they need it.
func newCSV(w io.Writer) *csv.Writer {
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	return cw
}

func flush(cw *csv.Writer) error {
	cw.Flush()
	return cw.Error()
}

// TurnsCSV writes one row per turn: document, turn, speaker, first_line,
// last_line, utterances, words, text. text is the turn's display text
// (cues kept, footnotes removed, one line per paragraph).
func TurnsCSV(w io.Writer, in Input) error { return writeDocTable(w, in, turnsTable) }

var turnsTable = docTable{
	name:   "data/turns.csv",
	header: []string{"document", "turn", "speaker", "first_line", "last_line", "utterances", "words", "speech", "source_text"},
	rows: func(cw *csv.Writer, d *corpus.Document, _ []analysis.Episode) {
		names := d.SpeakerNames()
		for _, t := range d.Turns {
			cw.Write([]string{
				d.Name, strconv.Itoa(t.Index), nameOf(names, t.Speaker),
				strconv.Itoa(t.FirstLine), strconv.Itoa(t.LastLine),
				strconv.Itoa(len(t.Utterances)), strconv.Itoa(t.Words()), turnSpeech(d, t), sourceLines(d, t),
			})
		}
	},
}

// turnSpeech is a turn's speech as its words were counted: the speech
// spans of its utterances, without cues and notes, white space made
// single spaces; where a note stood between two words, a space, but none
// before punctuation ("fine[1]." is "fine.").
func turnSpeech(d *corpus.Document, t corpus.Turn) string {
	var b strings.Builder
	space := false
	for _, u := range t.Utterances {
		for _, sp := range u.Speech {
			text := sp.In(d.Source)
			if strings.TrimLeft(text, " \t\r\n") != text {
				space = true
			}
			for i, f := range strings.Fields(text) {
				if b.Len() > 0 && (space || i > 0 || !strings.ContainsAny(f[:1], ",.;:!?)]}…'’")) {
					b.WriteByte(' ')
				}
				b.WriteString(f)
				space = false
			}
			space = strings.TrimRight(text, " \t\r\n") != text
		}
		space = true
	}
	return b.String()
}

// sourceLines is the text of a turn's lines as the file has them (cues,
// notes and markup included), its line ends made "\n".
func sourceLines(d *corpus.Document, t corpus.Turn) string {
	if t.FirstLine <= 0 || t.LastLine < t.FirstLine {
		return ""
	}
	start, end := d.LineSpan(t.FirstLine).Start, d.LineSpan(t.LastLine).End
	return strings.ReplaceAll(strings.TrimRight(d.Source[start:end], "\r\n"), "\r\n", "\n")
}

// csvBool writes a boolean as R, pandas and Table Schema all read one:
// TRUE or FALSE.
func csvBool(b bool) string {
	if b {
		return "TRUE"
	}
	return "FALSE"
}

// TokensCSV writes one row per token of speech: document, turn, speaker,
// index (in the turn, from 1), token (as written), norm (case folded),
// stem (the keyword term, empty for a word that is none), word and
// stopword (TRUE or FALSE), start and end (byte offsets into the
// document's text as decoded).
func TokensCSV(w io.Writer, in Input) error { return writeDocTable(w, in, tokensTable) }

var tokensTable = docTable{
	name:   "data/tokens.csv",
	header: []string{"document", "turn", "speaker", "index", "token", "norm", "stem", "word", "stopword", "start", "end"},
	raw: func(w io.Writer, d *corpus.Document) error {
		names := d.SpeakerNames()
		var b []byte
		for _, t := range d.Turns {
			// The document, turn and speaker open every row of the turn.
			prefix := appendCSVField(nil, d.Name)
			prefix = append(strconv.AppendInt(append(prefix, ','), int64(t.Index), 10), ',')
			prefix = append(appendCSVField(prefix, nameOf(names, t.Speaker)), ',')
			for i, tok := range t.Tokens {
				b = append(b, prefix...)
				b = append(strconv.AppendInt(b, int64(i+1), 10), ',')
				b = append(appendCSVField(b, tok.Text), ',')
				b = append(appendCSVField(b, tok.Norm), ',')
				b = append(appendCSVField(b, tok.Term), ',')
				b = append(append(b, csvBool(tok.Word)...), ',')
				b = append(append(b, csvBool(tok.Stop)...), ',')
				b = append(strconv.AppendInt(b, int64(tok.Start), 10), ',')
				b = append(strconv.AppendInt(b, int64(tok.End), 10), '\r', '\n')
			}
			if len(b) > 64<<10 {
				if _, err := w.Write(b); err != nil {
					return err
				}
				b = b[:0]
			}
		}
		_, err := w.Write(b)
		return err
	},
}

// appendCSVField appends s as encoding/csv writes a field: quoted, its
// quotes doubled, where it holds a comma, a quote or a line break or
// opens with a space, or is \. (a PostgreSQL end-of-data marker).
func appendCSVField(b []byte, s string) []byte {
	quote := s == `\.` || strings.ContainsAny(s, ",\"\r\n")
	if !quote && s != "" {
		r, _ := utf8.DecodeRuneInString(s)
		quote = unicode.IsSpace(r)
	}
	if !quote {
		return append(b, s...)
	}
	b = append(b, '"')
	for i := 0; i < len(s); i++ {
		if s[i] == '"' {
			b = append(b, '"')
		}
		b = append(b, s[i])
	}
	return append(b, '"')
}

// A docTable is a table with rows for each document (its turns, notes,
// mentions or episodes), which a Spool writes as the documents come.
type docTable struct {
	name   string // in the report's directory
	header []string
	rows   func(cw *csv.Writer, d *corpus.Document, eps []analysis.Episode)
	// raw, if set, writes the rows instead, as CSV straight to w: for a
	// table of millions of rows, which csv.Writer's field by field
	// checks make slow.
	raw func(w io.Writer, d *corpus.Document) error
}

// writeDocTable writes a docTable of every document of in.
func writeDocTable(w io.Writer, in Input, t docTable) error {
	cw := newCSV(w)
	cw.Write(t.header)
	for i, d := range in.Docs {
		var eps []analysis.Episode
		if i < len(in.Episodes) {
			eps = in.Episodes[i]
		}
		if t.raw != nil {
			cw.Flush()
			if err := t.raw(w, d); err != nil {
				return err
			}
			continue
		}
		t.rows(cw, d, eps)
	}
	return flush(cw)
}

// SpeakersCSV writes the speaker table (the columns of speakersHeader;
// reports/schema.go says what each holds): the corpus's rows, then, for a
// corpus of several documents, in.DocSpeakerRows.
func SpeakersCSV(w io.Writer, in Input) error {
	cw := newCSV(w)
	writeCorpusSpeakers(cw, in)
	if len(in.Docs) > 1 {
		for _, row := range in.DocSpeakerRows {
			cw.Write(row)
		}
	}
	return flush(cw)
}

// writeCorpusSpeakers writes speakers.csv's header and the corpus's rows,
// named by the document for a corpus of one.
func writeCorpusSpeakers(cw *csv.Writer, in Input) {
	cw.Write(speakersHeader)
	doc := ""
	if len(in.Docs) == 1 {
		doc = in.Docs[0].Name
	}
	for _, row := range speakerRows(doc, in.Tally, in.ShareIntervals) {
		cw.Write(row)
	}
}

// DocSpeakerRows returns one document's rows of speakers.csv: the speaker
// table of its tally t, with share intervals bootstrapped from its turns
// (sample) with b (its InShares the tally's own).
func DocSpeakerRows(name string, t *analysis.Tally, sample *analysis.ShareSample, b analysis.BootstrapOptions) [][]string {
	b.InShares = func(id string) bool { return t.InShares(t.Speakers[id]) }
	shares, _ := sample.Intervals(b)
	return speakerRows(name, t, shares)
}

var speakersHeader = []string{"document", "speaker", "speaker_id", "kind", "turns", "utterances", "words", "share", "share_low", "share_high",
	"types", "mean_turn_words", "max_turn_words", "first_turn", "last_turn", "seconds"}

// shareText is a speaker's share as a percentage, or for a speaker
// outside the shares its kind ("(group)").
func shareText(r analysis.SpeakerRow) string {
	if !r.InShares {
		return "(" + string(r.Kind) + ")"
	}
	return fmt.Sprintf("%.1f%%", 100*r.Share)
}

// intervalText is an interval of shares in percent: "26.5–76.0%".
func intervalText(i analysis.Interval) string {
	return fmt.Sprintf("%.1f–%.1f%%", 100*i.Low, 100*i.High)
}

// speakerRows returns the speaker table of t as rows of speakers.csv
// under the document doc ("" for a corpus of several). A speaker outside
// the shares (a pseudo-speaker) has none, nor an interval.
func speakerRows(doc string, t *analysis.Tally, shares map[string]analysis.Interval) [][]string {
	var rows [][]string
	for _, r := range t.SpeakerTable() {
		secs := ""
		if r.Seconds > 0 {
			secs = fmt.Sprintf("%.1f", r.Seconds)
		}
		share, low, high := "", "", ""
		if r.InShares {
			share = fmt.Sprintf("%.4f", r.Share)
			if iv, ok := shares[r.ID]; ok {
				low, high = fmt.Sprintf("%.4f", iv.Low), fmt.Sprintf("%.4f", iv.High)
			}
		}
		rows = append(rows, []string{
			doc, r.Name, r.ID, string(r.Kind), strconv.Itoa(r.Turns), strconv.Itoa(r.Utterances), strconv.Itoa(r.Words),
			share, low, high, strconv.Itoa(r.Types),
			fmt.Sprintf("%.1f", r.MeanTurnWords), strconv.Itoa(r.MaxTurnWords), strconv.Itoa(r.FirstTurn), strconv.Itoa(r.LastTurn), secs,
		})
	}
	return rows
}

// NotesCSV writes one row per editorial note: document, kind, number,
// line, anchor_turn, text. number is a footnote's number (empty for other
// kinds); line is where the note is anchored; anchor_turn is empty for
// notes outside the conversation (front and back matter).
func NotesCSV(w io.Writer, in Input) error { return writeDocTable(w, in, notesTable) }

var notesTable = docTable{
	name:   "data/notes.csv",
	header: []string{"document", "kind", "number", "line", "anchor_turn", "text"},
	rows: func(cw *csv.Writer, d *corpus.Document, _ []analysis.Episode) {
		for _, n := range d.Notes {
			cw.Write([]string{d.Name, string(n.Kind), blankZero(n.Number), strconv.Itoa(n.Line), blankZero(n.Turn), d.NoteText(n)})
		}
	},
}

// SpeakerText writes the speaker table as aligned text, for a terminal:
// with each share its 95% interval from shares (nil: none), and a
// pseudo-speaker's kind where its share would be.
func SpeakerText(w io.Writer, rows []analysis.SpeakerRow, shares map[string]analysis.Interval) error {
	header := []string{"speaker", "turns", "utterances", "words", "share", "95% interval", "types", "mean turn", "max turn", "first", "last"}
	table := [][]string{header}
	for _, r := range rows {
		share, iv := shareText(r), ""
		if i, ok := shares[r.ID]; ok && r.InShares {
			iv = intervalText(i)
		}
		table = append(table, []string{
			r.Name, strconv.Itoa(r.Turns), strconv.Itoa(r.Utterances), strconv.Itoa(r.Words),
			share, iv, strconv.Itoa(r.Types),
			fmt.Sprintf("%.1f", r.MeanTurnWords), strconv.Itoa(r.MaxTurnWords),
			strconv.Itoa(r.FirstTurn), strconv.Itoa(r.LastTurn),
		})
	}
	width := make([]int, len(header))
	for _, row := range table {
		for i, c := range row {
			width[i] = max(width[i], utf8.RuneCountInString(c))
		}
	}
	var b strings.Builder
	for _, row := range table {
		for i, c := range row {
			pad := strings.Repeat(" ", width[i]-utf8.RuneCountInString(c))
			switch {
			case i == 0:
				b.WriteString(c + pad)
			default:
				b.WriteString("  " + pad + c)
			}
		}
		b.WriteByte('\n')
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// blankZero formats n, or "" for 0 (no value).
func blankZero(n int) string {
	if n == 0 {
		return ""
	}
	return strconv.Itoa(n)
}

// decimal formats x with n decimals, as %.nf does, but a value that
// rounds to zero is "0.000", never "-0.000".
func decimal(x float64, n int) string {
	s := strconv.FormatFloat(x, 'f', n, 64)
	if strings.HasPrefix(s, "-") && strings.Trim(s[1:], "0.") == "" {
		return s[1:]
	}
	return s
}

package reports

import (
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	"parley/corpus"
)

// metaKeys returns the metadata fields any document has, sorted.
func metaKeys(docs []*corpus.Document) []string {
	seen := map[string]bool{}
	var keys []string
	for _, d := range docs {
		for k := range d.Meta {
			if !seen[k] {
				seen[k] = true
				keys = append(keys, k)
			}
		}
	}
	sort.Strings(keys)
	return keys
}

// docCounts returns a document's speakers, turns and words.
func docCounts(d *corpus.Document) (speakers, turns, words int) {
	for _, t := range d.Turns {
		words += t.Words()
	}
	return len(d.Speakers), len(d.Turns), words
}

// DocumentsCSV writes data/documents.csv: one row per document. Columns:
// document, format, title, date, speakers, turns, words, notes, then the
// reading summary (why: how the reader was chosen; text_words: all the
// text's words; speech_share: the part of them read as speech; warnings:
// the kinds of warning, space-separated), then each metadata field (from
// file names, metadata.csv or a table's columns), in alphabetical order; a
// field named like one of the columns before it is "meta_" and its name.
func DocumentsCSV(w io.Writer, in Input) error {
	cw := newCSV(w)
	cw.Write([]string{"document", "format", "title", "date", "speakers", "turns", "words", "notes", "why", "text_words", "speech_share", "warnings"})
	for _, d := range in.Docs {
		s, t, words := docCounts(d)
		rw := d.Reading.Words
		cw.Write([]string{d.Name, d.Format, d.Title, d.Date, strconv.Itoa(s), strconv.Itoa(t), strconv.Itoa(words), strconv.Itoa(len(d.Notes)),
			string(d.Reading.Why), strconv.Itoa(rw.Total()), strconv.FormatFloat(rw.Share(rw.Speech), 'f', 4, 64), strconv.Itoa(len(d.Reading.Warnings))})
	}
	return flush(cw)
}

// DocumentFieldsCSV writes the documents' metadata, one row a field:
// document, field, value (a sidecar metadata.csv's columns, a table's,
// --name-pattern's fields). The fields differ from corpus to corpus, so
// they are rows here, not columns of documents.csv.
func DocumentFieldsCSV(w io.Writer, in Input) error {
	cw := newCSV(w)
	cw.Write([]string{"document", "field", "value"})
	for _, d := range in.Docs {
		keys := make([]string, 0, len(d.Meta))
		for k := range d.Meta {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			if d.Meta[k] != "" {
				cw.Write([]string{d.Name, k, d.Meta[k]})
			}
		}
	}
	return flush(cw)
}

// DocumentWarningsCSV writes the reading's warnings, one row each:
// document, kind, message, first_line (of the lines it points to; empty
// for a warning of the whole text).
func DocumentWarningsCSV(w io.Writer, in Input) error {
	cw := newCSV(w)
	cw.Write([]string{"document", "kind", "message", "first_line"})
	for _, d := range in.Docs {
		for _, wn := range d.Reading.Warnings {
			line := ""
			if len(wn.Lines) > 0 {
				line = strconv.Itoa(wn.Lines[0])
			}
			cw.Write([]string{d.Name, string(wn.Kind), wn.Msg, line})
		}
	}
	return flush(cw)
}

// writeDocuments writes the per-document summary of a corpus.
func writeDocuments(b *strings.Builder, in Input) {
	if len(in.Docs) < 2 {
		return
	}
	keys := metaKeys(in.Docs)
	b.WriteString("## Documents\n\nOne row per document, in the order read. Data: `data/documents.csv`.\n\n| Document | Format | Date |")
	for _, k := range keys {
		fmt.Fprintf(b, " %s |", mdEscape(k))
	}
	b.WriteString(" Speakers | Turns | Words | Speech | Warnings |\n|:--|:--|:--|" + strings.Repeat(":--|", len(keys)) + "--:|--:|--:|--:|--:|\n")
	const most = 50
	for i, d := range in.Docs {
		if i == most {
			fmt.Fprintf(b, "\n%d more documents are listed in `data/documents.csv`.\n", len(in.Docs)-most)
			break
		}
		s, t, w := docCounts(d)
		fmt.Fprintf(b, "| `%s` | %s | %s |", d.Name, d.Format, d.Date)
		for _, k := range keys {
			fmt.Fprintf(b, " %s |", mdEscape(d.Meta[k]))
		}
		rw := d.Reading.Words
		fmt.Fprintf(b, " %d | %d | %d | %s | %d |\n", s, t, w, pct(rw.Share(rw.Speech)), len(d.Reading.Warnings))
	}
	b.WriteString("\n")
}

package reports

import (
	"fmt"
	"strings"

	"parley/corpus"
)

// readerOf returns the name of the reader that read d.
func readerOf(d *corpus.Document) string {
	if d.Reading.Format != "" {
		return d.Reading.Format
	}
	return d.Format
}

// readerUse is one reader and the documents it read, for the Reading and
// Methods sections.
type readerUse struct {
	Name  string
	Docs  int
	Words corpus.WordCounts
	// Why counts the documents by how the reader was chosen, in the
	// order of choices.
	Why []int
}

// choices are the ways a reader is chosen, in the order reports name them.
var choices = []corpus.Choice{corpus.ByDetection, corpus.ByFlag, corpus.ByFileName, corpus.ByNamePattern, ""}

// chosen says how a reader was chosen for its documents: "detected",
// "2 detected, 1 named with --format".
func (r readerUse) chosen() string {
	var parts []string
	for i, n := range r.Why {
		if n == 0 {
			continue
		}
		what := map[corpus.Choice]string{corpus.ByDetection: "detected", corpus.ByFlag: "named with --format", corpus.ByFileName: "claimed by file name", corpus.ByNamePattern: "by --name-pattern", "": "read directly"}[choices[i]]
		if n == r.Docs {
			return what
		}
		parts = append(parts, fmt.Sprintf("%d %s", n, what))
	}
	return strings.Join(parts, ", ")
}

// readersUsed returns each reader that read any of docs once, in order of
// first use, with the number of documents it read and their words.
func readersUsed(docs []*corpus.Document) []readerUse {
	var out []readerUse
	at := map[string]int{}
	for _, d := range docs {
		name := readerOf(d)
		k, ok := at[name]
		if !ok {
			k = len(out)
			at[name] = k
			out = append(out, readerUse{Name: name, Why: make([]int, len(choices))})
		}
		for i, c := range choices {
			if d.Reading.Why == c {
				out[k].Why[i]++
			}
		}
		out[k].Docs++
		out[k].Words.Add(d.Reading.Words)
	}
	return out
}

// documents returns "1 document" or "n documents".
func documents(n int) string {
	if n == 1 {
		return "1 document"
	}
	return fmt.Sprintf("%d documents", n)
}

// wordShares says in a sentence how a text's words divide: "Of the
// text's 6100 words, 4052 (66.4%) were read as speech, ...".
func wordShares(w corpus.WordCounts, what string) string {
	total := w.Total()
	if total == 0 {
		return "The text holds no words."
	}
	part := func(n int) string { return fmt.Sprintf("%d (%s)", n, pct(w.Share(n))) }
	parts := []string{part(w.Speech) + " were read as speech"}
	for _, p := range []struct {
		n    int
		what string
	}{{w.Cues, "as speaker cues"}, {w.Notes, "as notes"}, {w.Front, "as front matter"}, {w.Back, "as back matter"}} {
		if p.n > 0 {
			parts = append(parts, part(p.n)+" "+p.what)
		}
	}
	s := fmt.Sprintf("Of %s %d words, %s", what, total, joinAnd(parts))
	s += "."
	if w.Other > 0 {
		s += fmt.Sprintf(" %s were none of these: text the reader passed over.", part(w.Other))
	}
	return s
}

// speakerList names a document's speakers: "8 speakers: Stalin, Zilliacus
// and ...", up to ten names.
func speakerList(d *corpus.Document) string {
	const most = 10
	var names []string
	for i, s := range d.Speakers {
		if i == most {
			names = append(names, fmt.Sprintf("%d more", len(d.Speakers)-most))
			break
		}
		names = append(names, s.Name)
	}
	n := "1 speaker"
	if len(d.Speakers) != 1 {
		n = fmt.Sprintf("%d speakers", len(d.Speakers))
	}
	if len(names) == 0 {
		return "no speakers"
	}
	return n + ": " + joinAnd(names)
}

// maxWarningsListed is the most warnings the report lists; the rest are
// in data/documents.csv.
const maxWarningsListed = 50

// writeReading writes the report's Reading section: which reader read each
// document and why, how the text's words divide among speech, cues, notes
// and matter, the speakers found, and every warning.
func writeReading(b *strings.Builder, in Input) {
	b.WriteString("## Reading\n\n")
	if len(in.Docs) == 1 {
		d := in.Docs[0]
		fmt.Fprintf(b, "Read by the **%s** reader: %s. %s Found %s.\n\n",
			mdEscape(readerOf(d)), mdEscape(d.Reading.Reason()), mdEscape(wordShares(d.Reading.Words, "the text's")), mdEscape(speakerList(d)))
	} else {
		b.WriteString("How the documents were read, by reader: the share of their words read as speech, speaker cues, notes, front and back matter, and the words passed over (*other*); in markup formats cues and other text are syntax and not counted. Per document: `data/documents.csv`.\n\n")
		b.WriteString("| Reader | Documents | Words | Speech | Cues | Notes | Front | Back | Other |\n|:--|--:|--:|--:|--:|--:|--:|--:|--:|\n")
		for _, r := range readersUsed(in.Docs) {
			w := r.Words
			fmt.Fprintf(b, "| %s | %d | %d | %s | %s | %s | %s | %s | %s |\n", mdEscape(r.Name), r.Docs, w.Total(),
				pct(w.Share(w.Speech)), pct(w.Share(w.Cues)), pct(w.Share(w.Notes)), pct(w.Share(w.Front)), pct(w.Share(w.Back)), pct(w.Share(w.Other)))
		}
		b.WriteString("\n")
	}
	if note := encodingNote(in.Docs); note != "" {
		b.WriteString(mdEscape(note) + "\n\n")
	}
	var warned []string
	n := 0
	for _, d := range in.Docs {
		for _, w := range d.Reading.Warnings {
			n++
			if len(warned) < maxWarningsListed {
				if len(in.Docs) > 1 {
					warned = append(warned, fmt.Sprintf("- `%s`: %s", d.Name, mdEscape(w.Msg)))
				} else {
					warned = append(warned, "- "+mdEscape(w.Msg))
				}
			}
		}
	}
	if n == 0 {
		b.WriteString("No warnings: the reading looks whole.\n\n")
		return
	}
	fmt.Fprintf(b, "**Warnings (%d).** Check these readings (`parley inspect FILE` shows how each line was read):\n\n%s\n", n, strings.Join(warned, "\n"))
	if n > len(warned) {
		fmt.Fprintf(b, "\n%d more warnings are in `data/documents.csv` (column warnings).\n", n-len(warned))
	}
	b.WriteString("\n")
}

// writeReaderMethods writes one Methods item for each reader used, once,
// with the number of documents it read.
func writeReaderMethods(b *strings.Builder, in Input) {
	for _, r := range readersUsed(in.Docs) {
		text := ""
		if in.ReaderMethods != nil {
			text = in.ReaderMethods(r.Name)
		}
		if text == "" {
			text = "No description of this reader is available."
		}
		fmt.Fprintf(b, "- **Reading (%s reader, %s, %s):** %s\n", mdEscape(r.Name), documents(r.Docs), r.chosen(), text)
	}
}

// warningKinds returns the kinds of a document's warnings, for tables.
func warningKinds(d *corpus.Document) string {
	var kinds []string
	for _, w := range d.Reading.Warnings {
		kinds = append(kinds, string(w.Kind))
	}
	return strings.Join(kinds, " ")
}

// encodingNote says which documents were not read as UTF-8 and in which
// encoding, "" if all were: "Read as Windows-1252 and converted to UTF-8:
// a.txt; as UTF-16LE: b.txt."
func encodingNote(docs []*corpus.Document) string {
	var encs []string
	names := map[string][]string{}
	for _, d := range docs {
		e := d.Reading.Encoding
		if e == "" || e == "UTF-8" {
			continue
		}
		if _, ok := names[e]; !ok {
			encs = append(encs, e)
		}
		names[e] = append(names[e], d.Name)
	}
	if len(encs) == 0 {
		return ""
	}
	var parts []string
	for i, e := range encs {
		list := names[e]
		what := strings.Join(list, ", ")
		if len(list) > 5 {
			what = fmt.Sprintf("%s and %d more", strings.Join(list[:5], ", "), len(list)-5)
		}
		if len(docs) == 1 {
			what = "the file"
		}
		if i == 0 {
			parts = append(parts, fmt.Sprintf("Read as %s and converted to UTF-8: %s", e, what))
		} else {
			parts = append(parts, fmt.Sprintf("as %s: %s", e, what))
		}
	}
	return strings.Join(parts, "; ") + "."
}

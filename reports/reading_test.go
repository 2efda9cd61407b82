package reports

import (
	"bytes"
	"strings"
	"testing"

	"parley/analysis"
	"parley/corpus"
	"parley/corpus/plain"
	"parley/corpus/script"
)

// readInput reads three small documents with two readers, as the loader
// and the summarize stage would leave them.
func readInput(t *testing.T) Input {
	t.Helper()
	var docs []*corpus.Document
	tally := &analysis.Tally{}
	for _, f := range []struct {
		name, src, format string
		why               corpus.Choice
		words             corpus.WordCounts
		warnings          []corpus.Warning
	}{
		{"a.txt", "ANN: Yes.\nBEN: No.\n", "script", corpus.ByDetection, corpus.WordCounts{Speech: 2, Cues: 2}, nil},
		{"b.txt", "Smith: Hello.\nJones: Hi.\n", "plain", corpus.ByFlag, corpus.WordCounts{Speech: 4}, []corpus.Warning{{Kind: corpus.OneSpeaker, Msg: "one speaker (Unknown) has all the speech"}}},
		{"c.txt", "ANN: Again.\nBEN: Yes.\n", "script", corpus.ByDetection, corpus.WordCounts{Speech: 2, Cues: 2, Front: 4}, nil},
	} {
		var d *corpus.Document
		var err error
		if f.format == "plain" {
			d, err = plain.Read(f.name, []byte(f.src), corpus.Options{})
		} else {
			d, err = script.Read(f.name, []byte(f.src))
		}
		if err != nil {
			t.Fatal(err)
		}
		d.Reading = corpus.Reading{Format: f.format, Why: f.why, Words: f.words, Warnings: f.warnings}
		docs = append(docs, d)
		tally.Merge(analysis.Count(d))
	}
	methods := func(format string) string { return "The " + format + " reader's rules." }
	return Input{Version: "test", Stages: []string{"tokenize"}, Docs: docs, Tally: tally, ReaderMethods: methods}
}

func TestReportNamesEachReader(t *testing.T) {
	var b bytes.Buffer
	if err := Markdown(&b, readInput(t)); err != nil {
		t.Fatal(err)
	}
	md := b.String()
	for _, want := range []string{
		"Read by the script reader (2 documents) and plain reader (1 document).",
		"| script | 2 | 12 | 33.3% | 33.3% | 0.0% | 33.3% | 0.0% | 0.0% |",
		"| plain | 1 | 4 | 100.0% |",
		"**Warnings (1).**",
		"- `b.txt`: one speaker (Unknown) has all the speech",
		"- **Reading (script reader, 2 documents, detected):** The script reader's rules.\n- **Reading (plain reader, 1 document, named with --format):** The plain reader's rules.\n",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("report lacks %q", want)
		}
	}
	if strings.Contains(md, "archival record") || strings.Count(md, "**Reading (script reader") != 1 {
		t.Errorf("Methods names a reader not used, or one twice")
	}
}

func TestReportOneDocumentReading(t *testing.T) {
	in := readInput(t)
	in.Docs = in.Docs[:1]
	in.Tally = analysis.Count(in.Docs[0])
	var b bytes.Buffer
	if err := Markdown(&b, in); err != nil {
		t.Fatal(err)
	}
	md := b.String()
	for _, want := range []string{
		"· read by the script reader\n",
		"Read by the **script** reader: detected. Of the text's 4 words, 2 (50.0%) were read as speech and 2 (50.0%) as speaker cues. Found 2 speakers: Ann and Ben.\n\nNo warnings",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("report lacks %q", want)
		}
	}
	if i, j := strings.Index(md, "## Reading"), strings.Index(md, "## Summary"); i < 0 || i > j {
		t.Errorf("the Reading section is not near the top")
	}
}

func TestJSONReading(t *testing.T) {
	var b bytes.Buffer
	if err := JSON(&b, readInput(t)); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"readers": [`, `"format": "plain",
        "documents": 1,
        "methods": "The plain reader's rules."`, `"why": "named"`, `"kind": "one-speaker"`, `"speech_share": 0.25`} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("report.json lacks %s", want)
		}
	}
}

func TestInspect(t *testing.T) {
	in := readInput(t)
	var b bytes.Buffer
	if err := Inspect(&b, in.Docs[1]); err != nil {
		t.Fatal(err)
	}
	want := "== b.txt\n" +
		"reader:   plain, named with --format\n" +
		"words:    Of the text's 4 words, 4 (100.0%) were read as speech.\n" +
		"speakers: 1 speaker: Unknown; 1 turn\n" +
		"warning:  one speaker (Unknown) has all the speech\n" +
		"\n" +
		"1 C Unknown | Smith: Hello.\n" +
		"2 S         | Jones: Hi.\n"
	if b.String() != want {
		t.Errorf("inspect\n got %q\nwant %q", b.String(), want)
	}
}

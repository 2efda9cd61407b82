package stages_test

import (
	"context"
	"testing"

	"parley/corpus"
	"parley/corpus/plain"
	"parley/corpus/script"
	"parley/corpus/table"
	"parley/stages"
)

// summarized runs tokenize and summarize over d.
func summarized(t *testing.T, d *corpus.Document) *corpus.Document {
	t.Helper()
	tok := stages.NewTokenize()
	if err := (stages.Pipeline{tok, stages.NewSummarize(tok)}).Run(context.Background(), []*corpus.Document{d}); err != nil {
		t.Fatal(err)
	}
	return d
}

func TestSummarizeCountsEveryWordOnce(t *testing.T) {
	src := "A talk in the harbour, 1950\n\nSMITH: Hello there. [laughs]\nJONES: Hi. (APPLAUSE)\n"
	d, err := script.Read("talk.txt", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	summarized(t, d)
	want := corpus.WordCounts{Speech: 3, Cues: 2, Notes: 2, Front: 6}
	if got := d.Reading.Words; got != want {
		t.Errorf("words %+v, want %+v", got, want)
	}
	if d.Reading.Format != "script" {
		t.Errorf("format %q: the stage fills it from Document.Format when the loader did not", d.Reading.Format)
	}
	// 3 words of 13 are speech: too few.
	if ws := d.Reading.Warnings; len(ws) != 1 || ws[0].Kind != corpus.LittleSpeech {
		t.Errorf("warnings %v", ws)
	}
}

func TestSummarizeSample(t *testing.T) {
	d := summarized(t, sample(t))
	w := d.Reading.Words
	if w.Speech != 4062 {
		t.Errorf("speech %d words, want the sample's 4062", w.Speech)
	}
	if w.Other != 0 || w.Front == 0 || w.Back == 0 || w.Notes == 0 || w.Cues == 0 {
		t.Errorf("words %+v: want front, back, notes and cues, nothing passed over", w)
	}
	if len(d.Reading.Warnings) != 0 {
		t.Errorf("the sample warns: %v", d.Reading.Warnings)
	}
	again := w
	summarized(t, d)
	if d.Reading.Words != again {
		t.Errorf("a second run counts %+v, the first %+v", d.Reading.Words, again)
	}
}

func TestSummarizeWarns(t *testing.T) {
	// The interview: read by the script reader, its mixed-case
	// labels are cues and nothing warns; read as one plain speech (as with
	// --format plain), one speaker has a text that looks like dialogue.
	src := "Interview, 3 March 1990.\n\nInterviewer: How long have you worked here?\nRespondent: Thirty years, more or less.\nInterviewer: Why?\nRespondent: The sea was in the family.\nINTERVIEWER: Last question?\nRESPONDENT: Learn the tides.\n"
	d, err := script.Read("interview.txt", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	summarized(t, d)
	if len(d.Reading.Warnings) != 0 {
		t.Errorf("read as a script: warnings %v", d.Reading.Warnings)
	}
	d, err = plain.Read("interview.txt", []byte(src), corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	summarized(t, d)
	var kinds []corpus.WarningKind
	for _, w := range d.Reading.Warnings {
		kinds = append(kinds, w.Kind)
	}
	if len(kinds) != 2 || kinds[0] != corpus.OneSpeaker || kinds[1] != corpus.UnreadLabels {
		t.Errorf("read as plain text: warnings %v", d.Reading.Warnings)
	}
}

func TestSummarizeMarkupCountsNoSyntax(t *testing.T) {
	docs, err := table.Read("d.csv", []byte("Line,Speaker,Text,Date\n1,Ann,Hello there,9/26/16\n2,Ben,Hi,9/26/16\n"), corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	d := docs[0]
	d.Reading.Markup = true
	summarized(t, d)
	if w := d.Reading.Words; w.Other != 0 || w.Speech != 3 || w.Cues != 0 {
		t.Errorf("words %+v: a table's cells other than the text are syntax, not words", w)
	}
}

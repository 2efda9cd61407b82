package corpus_test

import (
	"fmt"
	"strings"
	"testing"

	"parley/corpus"
	"parley/corpus/corpustest"
)

// spoken is an utterance of a hand-made file of tiers: a line
// "speaker: text" of the tier, from and to its time.
type spoken struct {
	tier     int
	speaker  string
	from, to float64
	text     string
}

// noted is a note of a hand-made file of tiers, a line "note: text".
// annotates counts the case's utterances from 1, 0 for none; at is read
// where timed is set.
type noted struct {
	speaker   string
	annotates int
	at        float64
	timed     bool
	text      string
}

// tierFile writes the utterances and then the notes one a line, finds
// the bracketed notes of the utterances' texts (Builder.FieldNotes), and
// gives them all to DocumentInTimeOrder: the utterances in the reverse of
// the file's order, so that nothing rests on the order they are given in.
func tierFile(utts []spoken, notes []noted) (src string, d *corpus.Document, err error) {
	var b strings.Builder
	line := func(cue, text string) (corpus.Span, corpus.Span) {
		start := b.Len()
		b.WriteString(cue + ": " + text)
		whole := corpus.Span{Start: start, End: b.Len()}
		b.WriteString("\n")
		return corpus.Span{Start: start, End: start + len(cue) + 1}, corpus.Span{Start: whole.End - len(text), End: whole.End}
	}
	type placed struct{ cue, text, whole corpus.Span }
	var us []placed
	for _, u := range utts {
		cue, text := line(u.speaker, u.text)
		us = append(us, placed{cue, text, corpus.Span{Start: cue.Start, End: text.End}})
	}
	var anchors []corpus.Span
	for _, n := range notes {
		_, text := line("note", n.text)
		anchors = append(anchors, text)
	}
	src = b.String()

	builder := corpus.NewBuilder("t.tiers", "tiers", src)
	var fields []corpus.Span
	for _, u := range us {
		fields = append(fields, u.text)
	}
	builder.FieldNotes(fields)
	var given []corpus.TierUtterance
	for i := len(utts) - 1; i >= 0; i-- {
		u, p := utts[i], us[i]
		given = append(given, corpus.TierUtterance{
			Speaker:   u.speaker,
			Utterance: corpus.Utterance{Cue: p.cue, Text: p.whole, Speech: builder.SpeechIn(p.text), Start: u.from, End: u.to},
			From:      u.from, To: u.to, Tier: u.tier,
		})
	}
	var tierNotes []corpus.TierNote
	for i, n := range notes {
		tn := corpus.TierNote{Note: corpus.Note{Kind: corpus.Editorial, Anchor: anchors[i], Body: anchors[i], Extent: anchors[i]}, Speaker: n.speaker, At: n.at, Timed: n.timed}
		if n.annotates > 0 {
			tn.Annotates = len(utts) - n.annotates + 1 // as given, reversed
		}
		tierNotes = append(tierNotes, tn)
	}
	d, err = builder.DocumentInTimeOrder(given, tierNotes, "no speech")
	return src, d, err
}

// turnLines renders each turn's lines as "first-last", space separated.
func turnLines(d *corpus.Document) string {
	var out []string
	for _, t := range d.Turns {
		out = append(out, fmt.Sprintf("%d-%d", t.FirstLine, t.LastLine))
	}
	return strings.Join(out, " ")
}

func TestDocumentInTimeOrder(t *testing.T) {
	// Anna speaks 0-5 and 6-7, Ben 1-3 with a cough at 2 that is no
	// utterance; the notes test each rule of placing one.
	overlap := []spoken{
		{0, "Anna", 0, 5, "Hello [laughs] there."},
		{1, "Ben", 1, 3, "Hi."},
		{1, "Ben", 2, 3, "[cough]"},
		{0, "Anna", 6, 7, "Bye."},
	}
	tests := []struct {
		name         string
		utts         []spoken
		notes        []noted
		turns, lines string
		notesWant    string
	}{
		{
			name: "the tiers are merged by From; overlapping speech alternates by start",
			utts: []spoken{
				{0, "Anna", 0, 2, "Hello there."},
				{0, "Anna", 3, 4, "How are you?"},
				{1, "Ben", 1, 3, "Hi."},
				{1, "Ben", 4, 5, "Fine."},
			},
			turns: "anna=Hello there.; ben=Hi.; anna=How are you?; ben=Fine.",
			lines: "1-1 3-3 2-2 4-4",
		},
		{
			name: "at a shared start the speaker already speaking goes first",
			utts: []spoken{
				{1, "Ben", 0, 2, "Yes."},
				{0, "Anna", 2, 3, "No."},
				{1, "Ben", 2, 3, "Quite."},
			},
			turns: "ben=Yes. / Quite.; anna=No.",
			lines: "1-3 2-2",
		},
		{
			name: "a speaker is already speaking only after a word",
			utts: []spoken{
				{1, "Ben", 0, 2, "..."},
				{0, "Anna", 2, 3, "No."},
				{1, "Ben", 2, 3, "Quite."},
			},
			turns: "anna=No.; ben=Quite.",
			lines: "2-2 3-3",
		},
		{
			name: "else by tier, then by place in the file, not by the order given",
			utts: []spoken{
				{1, "Ben", 0, 1, "Second."},
				{0, "Anna", 0, 1, "First."},
				{2, "Cara", 1, 2, "Third."},
				{2, "Cara", 1, 2, "Fourth."},
			},
			turns: "anna=First.; ben=Second.; cara=Third. / Fourth.",
			lines: "2-2 1-1 3-4",
		},
		{
			name: "a turn's lines are its utterances' first and last, wherever they stand",
			utts: []spoken{
				{0, "Anna", 1, 2, "Two."},
				{1, "Anna", 0, 1, "One."},
				{2, "Ben", 2, 3, "Three."},
			},
			turns: "anna=One. / Two.; ben=Three.",
			lines: "1-2 3-3",
		},
		{
			name: "notes by what they annotate, their speaker and their time",
			utts: overlap,
			notes: []noted{
				{annotates: 4, at: 0, timed: true, text: "annotates Bye, timed in Hello"},
				{annotates: 3, at: 2, timed: true, text: "annotates the cough: by its time"},
				{speaker: "Anna", at: 2, timed: true, text: "Anna's own, under way"},
				{speaker: "Ben", at: 4, timed: true, text: "Ben's, not under way: the one under way"},
				{at: 2, timed: true, text: "the last begun of those under way"},
				{at: 4, timed: true, text: "under way, not the last begun"},
				{at: 5.5, timed: true, text: "none under way: the last begun"},
				{at: -1, timed: true, text: "before every utterance"},
				{text: "without a time"},
				{speaker: "Anna", annotates: 3, text: "annotates the cough, no time"},
			},
			turns: "anna=Hello|there.; ben=Hi.; anna=Bye.",
			lines: "1-1 2-2 4-4",
			// laughs in Anna's text is in her turn; the cough, whose
			// utterance made none, where its time puts it: in Ben's, his
			// own under way at 2.
			notesWant: "editorial:laughs@1 editorial:cough@2 " +
				"editorial:annotates Bye, timed in Hello@3 editorial:annotates the cough: by its time@2 " +
				"editorial:Anna's own, under way@1 editorial:Ben's, not under way: the one under way@1 " +
				"editorial:the last begun of those under way@2 editorial:under way, not the last begun@1 " +
				"editorial:none under way: the last begun@2 editorial:before every utterance@0 " +
				"editorial:without a time@0 editorial:annotates the cough, no time@0",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			src, d, err := tierFile(tc.utts, tc.notes)
			if err != nil {
				t.Fatal(err)
			}
			corpustest.CheckReadInTimeOrder(t, []byte(src), d, err)
			turns, notes := corpustest.Turns(d)
			if turns != tc.turns {
				t.Errorf("turns\n got %s\nwant %s", turns, tc.turns)
			}
			if got := turnLines(d); got != tc.lines {
				t.Errorf("lines %s, want %s", got, tc.lines)
			}
			if notes != tc.notesWant {
				t.Errorf("notes\n got %s\nwant %s", notes, tc.notesWant)
			}
		})
	}
}

// TestDocumentInTimeOrderEmpty: without a word of speech there is no
// document, and the error is the one given.
func TestDocumentInTimeOrderEmpty(t *testing.T) {
	for _, utts := range [][]spoken{nil, {{0, "Anna", 0, 1, "[cough]"}, {1, "Ben", 0, 1, "..."}}} {
		_, d, err := tierFile(utts, []noted{{at: 0, timed: true, text: "a note"}})
		if !corpus.IsInputError(err) || d != nil || !strings.Contains(err.Error(), "no speech") {
			t.Errorf("%v: got %v, %v; want no document and the input error", utts, d, err)
		}
	}
}

// Two tiers, Anna's written before Ben's: Ben's "Hi." starts while Anna's
// first utterance is under way, so it comes between her two; the comment
// at 2.5 s, of no speaker, is in the turn under way then.
func ExampleBuilder_DocumentInTimeOrder() {
	src := "Anna: Hello there.\nAnna: How are you?\nBen: Hi.\ncomment: a door\n"
	lines := corpus.SplitLines(src)
	// cue and text are the spans of line n before and after its ": ".
	cue := func(n int) corpus.Span {
		return corpus.Span{Start: lines[n-1].Start, End: lines[n-1].Start + strings.IndexByte(lines[n-1].In(src), ':') + 1}
	}
	text := func(n int) corpus.Span { return corpus.Span{Start: cue(n).End + 1, End: lines[n-1].End} }
	utterance := func(n int, from, to float64) corpus.Utterance {
		return corpus.Utterance{Cue: cue(n), Text: lines[n-1], Speech: []corpus.Span{text(n)}, Start: from, End: to}
	}
	b := corpus.NewBuilder("greeting.tiers", "tiers", src)
	door := text(4)
	d, err := b.DocumentInTimeOrder([]corpus.TierUtterance{
		{Speaker: "Anna", Utterance: utterance(1, 0, 2), From: 0, To: 2, Tier: 0},
		{Speaker: "Anna", Utterance: utterance(2, 3, 4), From: 3, To: 4, Tier: 0},
		{Speaker: "Ben", Utterance: utterance(3, 1, 3), From: 1, To: 3, Tier: 1},
	}, []corpus.TierNote{
		{Note: corpus.Note{Kind: corpus.Stage, Anchor: door, Body: door, Extent: door}, At: 2.5, Timed: true},
	}, "no speech")
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, t := range d.Turns {
		fmt.Printf("%d %s (lines %d-%d): %s\n", t.Index, t.Speaker, t.FirstLine, t.LastLine, t.Utterances[0].Speech[0].In(src))
	}
	for _, n := range d.Notes {
		fmt.Printf("%s note in turn %d: %s\n", n.Kind, n.Turn, d.NoteText(n))
	}
	// Output:
	// 1 anna (lines 1-1): Hello there.
	// 2 ben (lines 3-3): Hi.
	// 3 anna (lines 2-2): How are you?
	// stage note in turn 2: a door
}

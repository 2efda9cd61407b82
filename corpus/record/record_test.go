package record

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"parley/corpus"
	"parley/corpus/corpustest"
)

// The expectations of a table case. Lines are 1-based; cue and speech
// text are exactly what the spans cover, speech spans joined with "|" so
// that the cuts (at line ends and around notes) are asserted too.
type (
	turnWant struct {
		speaker     string
		first, last int
		utts        []uttWant
	}
	uttWant struct {
		line   int
		cue    string
		speech string
	}
	noteWant struct {
		kind   corpus.NoteKind
		number int
		line   int
		turn   int
		text   string
	}
)

// spanTexts returns the text of each span, joined with "|".
func spanTexts(d *corpus.Document, spans []corpus.Span) string {
	parts := make([]string, len(spans))
	for i, s := range spans {
		parts[i] = s.In(d.Source)
	}
	return strings.Join(parts, "|")
}

func checkTurns(t *testing.T, d *corpus.Document, want []turnWant) {
	t.Helper()
	var got []turnWant
	for _, tr := range d.Turns {
		tw := turnWant{speaker: tr.Speaker, first: tr.FirstLine, last: tr.LastLine}
		for _, u := range tr.Utterances {
			tw.utts = append(tw.utts, uttWant{line: u.Line, cue: u.Cue.In(d.Source), speech: spanTexts(d, u.Speech)})
		}
		got = append(got, tw)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("turns:\n got %s\nwant %s", formatTurns(got), formatTurns(want))
	}
}

func formatTurns(ts []turnWant) string {
	var b strings.Builder
	for i, t := range ts {
		fmt.Fprintf(&b, "\n  %d %s L%d-%d", i+1, t.speaker, t.first, t.last)
		for _, u := range t.utts {
			fmt.Fprintf(&b, "\n     L%d %q | %q", u.line, u.cue, u.speech)
		}
	}
	if len(ts) == 0 {
		b.WriteString("(none)")
	}
	return b.String()
}

func checkNotes(t *testing.T, d *corpus.Document, want []noteWant) {
	t.Helper()
	var got []noteWant
	for _, n := range d.Notes {
		got = append(got, noteWant{n.Kind, n.Number, n.Line, n.Turn, d.NoteText(n)})
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("notes:\n got %+v\nwant %+v", got, want)
	}
}

func TestRead(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		turns []turnWant
		notes []noteWant
		// check asserts what the case is about beyond turns and notes.
		check func(t *testing.T, d *corpus.Document)
		// fixed, if set, names the defect of the reader this case caught
		// (now fixed): a regression test.
		fixed string
	}{
		// Rule 3: speakers in capitals, with or without titles.
		{
			name: "caps name with title",
			in:   "Comrade STALIN says that, the trip is good.\n",
			turns: []turnWant{
				{"stalin", 1, 1, []uttWant{{1, "Comrade STALIN says that,", "the trip is good."}}},
			},
			check: func(t *testing.T, d *corpus.Document) {
				u := d.Turns[0].Utterances[0]
				if u.CueName != "Comrade STALIN" {
					t.Errorf("CueName = %q, want %q", u.CueName, "Comrade STALIN")
				}
				if u.Text.In(d.Source) != "Comrade STALIN says that, the trip is good." {
					t.Errorf("Text = %q", u.Text.In(d.Source))
				}
			},
		},
		{
			name: "caps name without title",
			in:   "ZILLIACUS answers that the trip is very good.\n",
			turns: []turnWant{
				{"zilliacus", 1, 1, []uttWant{{1, "ZILLIACUS answers that", "the trip is very good."}}},
			},
		},
		{
			name: "title in capitals and abbreviated title",
			in:   "COMRADE STALIN says that x.\nMr. BEVIN replies that y.\n",
			turns: []turnWant{
				{"stalin", 1, 1, []uttWant{{1, "COMRADE STALIN says that", "x."}}},
				{"bevin", 2, 2, []uttWant{{2, "Mr. BEVIN replies that", "y."}}},
			},
		},
		{
			name: "name of two words in capitals",
			in:   "MAO ZEDONG says that x.\nComrade STALIN answers that y.\n",
			turns: []turnWant{
				{"mao zedong", 1, 1, []uttWant{{1, "MAO ZEDONG says that", "x."}}},
				{"stalin", 2, 2, []uttWant{{2, "Comrade STALIN answers that", "y."}}},
			},
			check: func(t *testing.T, d *corpus.Document) {
				if s, ok := d.Speaker("mao zedong"); !ok || s.Name != "Mao Zedong" {
					t.Errorf("Speaker(mao zedong) = %+v, %v; want Name Mao Zedong", s, ok)
				}
			},
		},
		{
			name: "known names in mixed case from the roster",
			in: "Attendants: Champion, Allen.\n" +
				"Comrade STALIN says that x.\n" +
				"Champion remarks that, y.\n" +
				"Allen said that z.\n",
			turns: []turnWant{
				{"stalin", 2, 2, []uttWant{{2, "Comrade STALIN says that", "x."}}},
				{"champion", 3, 3, []uttWant{{3, "Champion remarks that,", "y."}}},
				{"allen", 4, 4, []uttWant{{4, "Allen said that", "z."}}},
			},
		},
		{
			name: "known name in mixed case introduced in capitals",
			in: "ZILLIACUS says that x.\n" +
				"Comrade STALIN says that y.\n" +
				" Zilliacus introduces his comrades and says that z.\n" +
				"Comrade Stalin says that w.\n",
			turns: []turnWant{
				{"zilliacus", 1, 1, []uttWant{{1, "ZILLIACUS says that", "x."}}},
				{"stalin", 2, 2, []uttWant{{2, "Comrade STALIN says that", "y."}}},
				{"zilliacus", 3, 3, []uttWant{{3, "Zilliacus introduces his comrades and says that", "z."}}},
				{"stalin", 4, 4, []uttWant{{4, "Comrade Stalin says that", "w."}}},
			},
			check: func(t *testing.T, d *corpus.Document) {
				s, _ := d.Speaker("stalin")
				if want := []string{"Comrade STALIN", "Comrade Stalin"}; !reflect.DeepEqual(s.Forms, want) {
					t.Errorf("stalin Forms = %q, want %q", s.Forms, want)
				}
			},
		},
		{
			name: "unknown name in mixed case is not a cue",
			in:   "Comrade STALIN says that x.\nChampion remarks that y.\n",
			turns: []turnWant{
				{"stalin", 1, 2, []uttWant{{1, "Comrade STALIN says that", "x.|Champion remarks that y."}}},
			},
		},

		// Rule 4: where cues stand.
		{
			name: "cue after a participial intro",
			in: "PARKIN asks whether x.\n" +
				"Answering to Parkin, Comrade STALIN says that, y.\n",
			turns: []turnWant{
				{"parkin", 1, 1, []uttWant{{1, "PARKIN asks", "whether x."}}},
				{"stalin", 2, 2, []uttWant{{2, "Answering to Parkin, Comrade STALIN says that,", "y."}}},
			},
			check: func(t *testing.T, d *corpus.Document) {
				if got := d.Turns[1].Utterances[0].CueName; got != "Comrade STALIN" {
					t.Errorf("CueName = %q, want %q", got, "Comrade STALIN")
				}
			},
		},
		{
			name: "two utterances in one paragraph",
			in: "Comrade STALIN says that x.\n" +
				"ALLEN notes that, y.   Comrade STALIN says that this is wrong. \n" +
				"Allen said that z.\n",
			turns: []turnWant{
				{"stalin", 1, 1, []uttWant{{1, "Comrade STALIN says that", "x."}}},
				{"allen", 2, 2, []uttWant{{2, "ALLEN notes that,", "y."}}},
				{"stalin", 2, 2, []uttWant{{2, "Comrade STALIN says that", "this is wrong."}}},
				{"allen", 3, 3, []uttWant{{3, "Allen said that", "z."}}},
			},
		},
		{
			name: "cue after a participial intro at a sentence start",
			in:   "Comrade STALIN says that x. Answering to Bing, Comrade STALIN adds that y.\n",
			turns: []turnWant{
				{"stalin", 1, 1, []uttWant{
					{1, "Comrade STALIN says that", "x."},
					{1, "Answering to Bing, Comrade STALIN adds that", "y."},
				}},
			},
		},
		{
			// Rule 3 introduces a name in capitals only at a paragraph's
			// start; at a sentence start only known names are cues.
			name: "unknown name in capitals at a sentence start is not a cue",
			in:   "ALLEN notes that, x.   Comrade STALIN says that this is wrong.\n",
			turns: []turnWant{
				{"allen", 1, 1, []uttWant{{1, "ALLEN notes that,", "x.   Comrade STALIN says that this is wrong."}}},
			},
		},

		// Rule 6: turns.
		{
			name: "paragraph without a cue continues the speaker",
			in: "Comrade STALIN says that x.\n" +
				"\n" +
				"   It is so.\n" +
				"BING says that y.\n",
			turns: []turnWant{
				{"stalin", 1, 3, []uttWant{{1, "Comrade STALIN says that", "x.|It is so."}}},
				{"bing", 4, 4, []uttWant{{4, "BING says that", "y."}}},
			},
		},
		{
			name: "consecutive utterances of one speaker form one turn",
			in: "Attendants: Champion.\n" +
				"Champion specifies that, x.\n" +
				"Comrade STALIN replies that, this is not ruled out.\n" +
				"Comrade Stalin says that y.\n" +
				"More of y.\n" +
				"Champion remarks that, z.\n",
			turns: []turnWant{
				{"champion", 2, 2, []uttWant{{2, "Champion specifies that,", "x."}}},
				{"stalin", 3, 5, []uttWant{
					{3, "Comrade STALIN replies that,", "this is not ruled out."},
					{4, "Comrade Stalin says that", "y.|More of y."},
				}},
				{"champion", 6, 6, []uttWant{{6, "Champion remarks that,", "z."}}},
			},
			check: func(t *testing.T, d *corpus.Document) {
				for i, tr := range d.Turns {
					if tr.Index != i+1 {
						t.Errorf("turn %d has Index %d", i+1, tr.Index)
					}
				}
			},
		},

		// Rule 4: what is not a cue.
		{
			name: "name mid-sentence after a verb of asking",
			in: "Comrade STALIN says that x.\n" +
				"ZILLIACUS asks whether Generalissimo Stalin believes that y.\n",
			turns: []turnWant{
				{"stalin", 1, 1, []uttWant{{1, "Comrade STALIN says that", "x."}}},
				{"zilliacus", 2, 2, []uttWant{{2, "ZILLIACUS asks", "whether Generalissimo Stalin believes that y."}}},
			},
		},
		{
			name: "name before a colon",
			in: "Comrade STALIN says that x.\n" +
				"BING says that he has a question to Comrade Stalin: whether y.\n",
			turns: []turnWant{
				{"stalin", 1, 1, []uttWant{{1, "Comrade STALIN says that", "x."}}},
				{"bing", 2, 2, []uttWant{{2, "BING says that", "he has a question to Comrade Stalin: whether y."}}},
			},
		},
		{
			name: "verb of thinking",
			in: "Comrade STALIN says that x.\n" +
				"BING says that y. Comrade Stalin thinks that z.\n" +
				"Comrade Stalin believes that w.\n",
			turns: []turnWant{
				{"stalin", 1, 1, []uttWant{{1, "Comrade STALIN says that", "x."}}},
				{"bing", 2, 3, []uttWant{{2, "BING says that", "y. Comrade Stalin thinks that z.|Comrade Stalin believes that w."}}},
			},
		},
		{
			name: "adverb between name and verb",
			in: "ZILLIACUS says that x.\n" +
				"Comrade STALIN says that y.\n" +
				"Zilliacus always said that z.\n",
			turns: []turnWant{
				{"zilliacus", 1, 1, []uttWant{{1, "ZILLIACUS says that", "x."}}},
				{"stalin", 2, 3, []uttWant{{2, "Comrade STALIN says that", "y.|Zilliacus always said that z."}}},
			},
		},
		{
			name: "name with a verb that is not a reporting verb",
			in: "Attendants: Lee.\n" +
				"Comrade STALIN says that x.\n" +
				"Lee will try to answer.\n",
			turns: []turnWant{
				{"stalin", 2, 3, []uttWant{{2, "Comrade STALIN says that", "x.|Lee will try to answer."}}},
			},
		},

		// Rule 4: the framing of cues.
		{
			name: "question set to an addressee before a colon",
			in: "Comrade STALIN says that x.\n" +
				"PARKIN sets a question to Comrade Stalin: whether y.\n",
			turns: []turnWant{
				{"stalin", 1, 1, []uttWant{{1, "Comrade STALIN says that", "x."}}},
				{"parkin", 2, 2, []uttWant{{2, "PARKIN sets a question to Comrade Stalin:", "whether y."}}},
			},
		},
		{
			name:  "second verb",
			in:    "ALLEN continues his remarks and says that Britain needs markets.\n",
			turns: []turnWant{{"allen", 1, 1, []uttWant{{1, "ALLEN continues his remarks and says that", "Britain needs markets."}}}},
		},
		{
			name: "stage direction after the name and a colon",
			in:   "Comrade STALIN (smiling) says: \"Don't mention it\".\n",
			turns: []turnWant{
				{"stalin", 1, 1, []uttWant{{1, "Comrade STALIN (smiling) says:", "\"Don't mention it\"."}}},
			},
			notes: []noteWant{{corpus.Stage, 0, 1, 1, "smiling"}},
			check: func(t *testing.T, d *corpus.Document) {
				if got := d.Turns[0].Utterances[0].CueName; got != "Comrade STALIN" {
					t.Errorf("CueName = %q, want %q", got, "Comrade STALIN")
				}
			},
		},
		{
			name: "verb without complementizer",
			in: "THOMAS (smiling) thanks Comrade Stalin for the warning.\n" +
				"ZILLIACUS answers affirmatively.\n" +
				"BING expresses gratitude.\n",
			turns: []turnWant{
				{"thomas", 1, 1, []uttWant{{1, "THOMAS (smiling) thanks", "Comrade Stalin for the warning."}}},
				{"zilliacus", 2, 2, []uttWant{{2, "ZILLIACUS answers", "affirmatively."}}},
				{"bing", 3, 3, []uttWant{{3, "BING expresses", "gratitude."}}},
			},
			notes: []noteWant{{corpus.Stage, 0, 1, 1, "smiling"}},
		},
		{
			name: "points out",
			in: "BING points out that x.\n" +
				"LEE points to y.\n",
			turns: []turnWant{
				{"bing", 1, 2, []uttWant{{1, "BING points out that", "x.|LEE points to y."}}},
			},
		},
		{
			name:  "asks a question with a colon",
			in:    "ZILLIACUS asks a question: why x?\n",
			turns: []turnWant{{"zilliacus", 1, 1, []uttWant{{1, "ZILLIACUS asks a question:", "why x?"}}}},
		},

		// Rule 7: stage directions.
		{
			name: "stage direction in speech",
			in:   "Comrade STALIN says that x than the French (delegates smile). Then y (in 1946) z.\n",
			turns: []turnWant{
				{"stalin", 1, 1, []uttWant{{1, "Comrade STALIN says that", "x than the French|. Then y (in 1946) z."}}},
			},
			notes: []noteWant{{corpus.Stage, 0, 1, 1, "delegates smile"}},
		},
		{
			name: "stage direction on its own line",
			in: "Comrade STALIN says that x.\n" +
				"(Laughter)\n" +
				"BING says that y.\n",
			turns: []turnWant{
				{"stalin", 1, 2, []uttWant{{1, "Comrade STALIN says that", "x."}}},
				{"bing", 3, 3, []uttWant{{3, "BING says that", "y."}}},
			},
			notes: []noteWant{{corpus.Stage, 0, 2, 1, "Laughter"}},
		},
		{
			name: "stage direction in capitals on its own line",
			in: "Comrade STALIN says that x.\n" +
				"(LAUGHTER)\n" +
				"BING says that y.\n",
			turns: []turnWant{
				{"stalin", 1, 2, []uttWant{{1, "Comrade STALIN says that", "x."}}},
				{"bing", 3, 3, []uttWant{{3, "BING says that", "y."}}},
			},
			notes: []noteWant{{corpus.Stage, 0, 2, 1, "LAUGHTER"}},
			fixed: `"(LAUGHTER)" on its own line is taken for a heading in capitals (rule 5) and ends the conversation: BING's turn goes to the back matter and no stage note is made`,
		},

		// Rule 1: apparatus.
		{
			name: "footnote marker and body linked by number",
			in: "Comrade STALIN says that the USA[footnoteRef:15]. Besides, y. [15:  The so-called Keep Left group.] \n" +
				"BING says that z.\n",
			turns: []turnWant{
				{"stalin", 1, 1, []uttWant{{1, "Comrade STALIN says that", "the USA|. Besides, y."}}},
				{"bing", 2, 2, []uttWant{{2, "BING says that", "z."}}},
			},
			notes: []noteWant{{corpus.Footnote, 15, 1, 1, "The so-called Keep Left group."}},
			check: func(t *testing.T, d *corpus.Document) {
				n := d.Notes[0]
				if got := n.Anchor.In(d.Source); got != "[footnoteRef:15]" {
					t.Errorf("Anchor = %q", got)
				}
				if got := n.Extent.In(d.Source); got != "[15:  The so-called Keep Left group.]" {
					t.Errorf("Extent = %q", got)
				}
			},
		},
		{
			name: "footnote body with nested brackets",
			in:   "Comrade STALIN says that x[footnoteRef:13] y. [13: a [b] c] \n",
			turns: []turnWant{
				{"stalin", 1, 1, []uttWant{{1, "Comrade STALIN says that", "x|y."}}},
			},
			notes: []noteWant{{corpus.Footnote, 13, 1, 1, "a [b] c"}},
		},
		{
			name: "footnote bodies on a later line, one left open",
			in: "Comrade STALIN says that x[footnoteRef:1] y[footnoteRef:2].\n" +
				"[1: one]  [2: two [and more\n" +
				"BING says that z.\n",
			turns: []turnWant{
				{"stalin", 1, 2, []uttWant{{1, "Comrade STALIN says that", "x|y|."}}},
				{"bing", 3, 3, []uttWant{{3, "BING says that", "z."}}},
			},
			notes: []noteWant{
				{corpus.Footnote, 1, 1, 1, "one"},
				{corpus.Footnote, 2, 1, 1, "two [and more"},
			},
		},
		{
			name: "footnote marker without body and body without marker",
			in: "Comrade STALIN says that x[footnoteRef:3].\n" +
				"BING says that y. [4: orphan]\n",
			turns: []turnWant{
				{"stalin", 1, 1, []uttWant{{1, "Comrade STALIN says that", "x|."}}},
				{"bing", 2, 2, []uttWant{{2, "BING says that", "y."}}},
			},
			notes: []noteWant{
				{corpus.Footnote, 3, 1, 1, ""},
				{corpus.Footnote, 4, 2, 2, "orphan"},
			},
		},
		{
			name: "footnote body closing at the end of the text",
			in:   "Comrade STALIN says that x[footnoteRef:1].\n[1: body]",
			turns: []turnWant{
				{"stalin", 1, 2, []uttWant{{1, "Comrade STALIN says that", "x|."}}},
			},
			notes: []noteWant{{corpus.Footnote, 1, 1, 1, "body"}},
			fixed: `a footnote body whose "]" is the last byte of the text keeps the "]" in its Body (scanBrackets tests end < len(src)): NoteText is "body]"`,
		},
		{
			name: "footnote marker repeated",
			in:   "Comrade STALIN says that x[footnoteRef:1] y[footnoteRef:1] z.\n[1: body]\n",
			turns: []turnWant{
				{"stalin", 1, 2, []uttWant{{1, "Comrade STALIN says that", "x|y|z."}}},
			},
			// Each marker is a note; the second shares the body.
			notes: []noteWant{{corpus.Footnote, 1, 1, 1, "body"}, {corpus.Footnote, 1, 1, 1, "body"}},
			fixed: `a second marker with a number already seen makes no note and is not masked: "[footnoteRef:1]" is left in the speech (rule 1: none of the apparatus is speech)`,
		},
		{
			name: "footnote body repeated",
			in:   "Comrade STALIN says that x[footnoteRef:1].\n[1: body]\n[1: again]\n",
			turns: []turnWant{
				{"stalin", 1, 3, []uttWant{{1, "Comrade STALIN says that", "x|."}}},
			},
			// The second body is a note of its own, where it stands.
			notes: []noteWant{{corpus.Footnote, 1, 1, 1, "body"}, {corpus.Footnote, 1, 3, 1, "again"}},
			fixed: `a second body with a number already seen makes no note and is not masked: "[1: again]" is left in the speech (rule 1: none of the apparatus is speech)`,
		},
		{
			name: "footnote marker inside the cue",
			in:   "Comrade[footnoteRef:1] STALIN says that x.\n[1: Stalin, I. V.]\n",
			turns: []turnWant{
				{"stalin", 1, 2, []uttWant{{1, "Comrade[footnoteRef:1] STALIN says that", "x."}}},
			},
			notes: []noteWant{{corpus.Footnote, 1, 1, 1, "Stalin, I. V."}},
			check: func(t *testing.T, d *corpus.Document) {
				if got := d.Turns[0].Utterances[0].CueName; got != "Comrade STALIN" {
					t.Errorf("CueName = %q, want %q", got, "Comrade STALIN")
				}
			},
			fixed: `CueName (and so Speaker.Forms) is cut from the source, not the masked text: a marker between title and name gives "Comrade[footnoteRef:1] STALIN"`,
		},
		{
			name: "elisions",
			in: "Comrade STALIN says that x.\n" +
				"[…]\n" +
				"Then y [...] and z [. . .] w.\n",
			turns: []turnWant{
				{"stalin", 1, 3, []uttWant{{1, "Comrade STALIN says that", "x.|Then y|and z|w."}}},
			},
			notes: []noteWant{
				{corpus.Elision, 0, 2, 1, "…"},
				{corpus.Elision, 0, 3, 1, "..."},
				{corpus.Elision, 0, 3, 1, ". . ."},
			},
		},
		{
			name: "editorial insertions in speech and back matter",
			in: "Comrade STALIN says that x [sic] y.\n" +
				"End of conversation.\n" +
				"Recorded by [signature] (O. Troyanovsky).\n",
			turns: []turnWant{
				{"stalin", 1, 1, []uttWant{{1, "Comrade STALIN says that", "x|y."}}},
			},
			notes: []noteWant{
				{corpus.Editorial, 0, 1, 1, "sic"},
				{corpus.Editorial, 0, 3, 0, "signature"},
			},
		},
		{
			name: "stray brackets are text",
			in:   "Comrade STALIN says that x [a [b] c] y] z [w\n",
			turns: []turnWant{
				{"stalin", 1, 1, []uttWant{{1, "Comrade STALIN says that", "x [a|c] y] z [w"}}},
			},
			notes: []noteWant{{corpus.Editorial, 0, 1, 1, "b"}},
		},

		// Rule 5: front and back matter.
		{
			name: "front matter and closing formula",
			in: "STRICTLY CONFIDENTIAL\n" +
				"Record of conversation of Comrade Stalin with Zilliacus\n" +
				"\n" +
				"Comrade STALIN says that x.\n" +
				"ZILLIACUS answers that y.\n" +
				"End of conversation. \n" +
				"Conversation lasted for 2 hours.\n",
			turns: []turnWant{
				{"stalin", 4, 4, []uttWant{{4, "Comrade STALIN says that", "x."}}},
				{"zilliacus", 5, 5, []uttWant{{5, "ZILLIACUS answers that", "y."}}},
			},
			check: func(t *testing.T, d *corpus.Document) {
				corpustest.CheckMatter(t, d, "1-2", "6-7")
			},
		},
		{
			name: "heading in capitals closes the conversation",
			in: "Comrade STALIN says that x.\n" +
				"\n" +
				"MARKING\n" +
				"Comrade Stalin says that this is the mailing list.\n",
			turns: []turnWant{
				{"stalin", 1, 1, []uttWant{{1, "Comrade STALIN says that", "x."}}},
			},
			check: func(t *testing.T, d *corpus.Document) {
				corpustest.CheckMatter(t, d, "", "3-4")
			},
		},
		{
			name: "recorded by closes the conversation",
			in: "Comrade STALIN says that x.\n" +
				"Recorded by V. Pavlov.\n" +
				"BING says that this is not part of the conversation.\n",
			turns: []turnWant{
				{"stalin", 1, 1, []uttWant{{1, "Comrade STALIN says that", "x."}}},
			},
			check: func(t *testing.T, d *corpus.Document) {
				corpustest.CheckMatter(t, d, "", "2-3")
			},
		},
		{
			name: "footnotes in front and back matter belong to no turn",
			in: "To Comrades Andreyev[footnoteRef:1]. [1: Andreyev, A. A.]\n" +
				"Comrade STALIN says that x[footnoteRef:2].\n" +
				"End of conversation.\n" +
				"[2: body two]\n" +
				"Poland - Bierut, Gomulka[footnoteRef:3] [3: Gomułka, W.]\n",
			turns: []turnWant{
				{"stalin", 2, 2, []uttWant{{2, "Comrade STALIN says that", "x|."}}},
			},
			notes: []noteWant{
				{corpus.Footnote, 1, 1, 0, "Andreyev, A. A."},
				{corpus.Footnote, 2, 2, 1, "body two"},
				{corpus.Footnote, 3, 5, 0, "Gomułka, W."},
			},
			check: func(t *testing.T, d *corpus.Document) {
				corpustest.CheckMatter(t, d, "1-1", "3-5")
			},
		},

		// Rule 2 and 8: roster and identity.
		{
			name: "roster with a role",
			in: "   Attendants: Zilliacus, White, Thomas and Hughes (secretary of delegation).\n" +
				"Comrade STALIN asks how the trip is going on.\n" +
				"ZILLIACUS answers that the trip is very good.\n" +
				"Hughes says that it is.\n",
			turns: []turnWant{
				{"stalin", 2, 2, []uttWant{{2, "Comrade STALIN asks", "how the trip is going on."}}},
				{"zilliacus", 3, 3, []uttWant{{3, "ZILLIACUS answers that", "the trip is very good."}}},
				{"hughes", 4, 4, []uttWant{{4, "Hughes says that", "it is."}}},
			},
			check: func(t *testing.T, d *corpus.Document) {
				want := []corpus.Participant{
					{Name: "Zilliacus", Role: "", Line: 1},
					{Name: "White", Role: "", Line: 1},
					{Name: "Thomas", Role: "", Line: 1},
					{Name: "Hughes", Role: "secretary of delegation", Line: 1},
				}
				if !reflect.DeepEqual(d.Roster, want) {
					t.Errorf("Roster = %+v, want %+v", d.Roster, want)
				}
				wantSp := []corpus.Speaker{
					{ID: "stalin", Name: "Stalin", Forms: []string{"Comrade STALIN"}},
					{ID: "zilliacus", Name: "Zilliacus", Forms: []string{"ZILLIACUS"}},
					{ID: "hughes", Name: "Hughes", Forms: []string{"Hughes"}},
				}
				if !reflect.DeepEqual(d.Speakers, wantSp) {
					t.Errorf("Speakers = %+v, want %+v", d.Speakers, wantSp)
				}
			},
		},
		{
			name: "roster with titles, footnotes, a serial comma and a role with a comma",
			in: "Present: Comrades Stalin[footnoteRef:1] and Molotov, Mr. Bevin, and Hughes (secretary, interpreter). [1: Stalin, I. V.]\n" +
				"STALIN says that x.\n" +
				"Mr. Bevin replies that y.\n",
			turns: []turnWant{
				{"stalin", 2, 2, []uttWant{{2, "STALIN says that", "x."}}},
				{"bevin", 3, 3, []uttWant{{3, "Mr. Bevin replies that", "y."}}},
			},
			notes: []noteWant{{corpus.Footnote, 1, 1, 0, "Stalin, I. V."}},
			check: func(t *testing.T, d *corpus.Document) {
				want := []corpus.Participant{
					{Name: "Comrades Stalin", Role: "", Line: 1},
					{Name: "Molotov", Role: "", Line: 1},
					{Name: "Mr. Bevin", Role: "", Line: 1},
					{Name: "Hughes", Role: "secretary, interpreter", Line: 1},
				}
				if !reflect.DeepEqual(d.Roster, want) {
					t.Errorf("Roster = %+v, want %+v", d.Roster, want)
				}
				for id, name := range map[string]string{"stalin": "Stalin", "bevin": "Bevin"} {
					if s, ok := d.Speaker(id); !ok || s.Name != name {
						t.Errorf("Speaker(%q) = %+v, %v; want Name %q", id, s, ok, name)
					}
				}
			},
		},
		{
			name: "roster after the conversation has begun",
			in: "Comrade STALIN says that x.\n" +
				"Present: Bing and Lee.\n" +
				"BING says that y.\n",
			turns: []turnWant{
				{"stalin", 1, 2, []uttWant{{1, "Comrade STALIN says that", "x.|Present: Bing and Lee."}}},
				{"bing", 3, 3, []uttWant{{3, "BING says that", "y."}}},
			},
			check: func(t *testing.T, d *corpus.Document) {
				if len(d.Roster) != 0 {
					t.Errorf("Roster = %+v, want none: rule 2 takes a roster before the conversation only", d.Roster)
				}
			},
			fixed: `parseRoster takes the first roster line anywhere in the text, also inside the conversation or the back matter; rule 2 says "before the conversation"`,
		},
		{
			name: "display name from the roster's spelling",
			in: "Attendants: MacDonald.\n" +
				"MACDONALD says that x.\n",
			turns: []turnWant{
				{"macdonald", 2, 2, []uttWant{{2, "MACDONALD says that", "x."}}},
			},
			check: func(t *testing.T, d *corpus.Document) {
				if s, _ := d.Speaker("macdonald"); s.Name != "MacDonald" {
					t.Errorf("Name = %q, want MacDonald", s.Name)
				}
			},
		},

		// Rule 9: metadata.
		{
			name: "title and date",
			in: "For your information: record of conversation on October, 14, 1947.\n" +
				"RECORD OF CONVERSATION OF COMRADE STALIN WITH THE GROUP\n" +
				"Comrade STALIN says that on 1 May 1950 x.\n",
			turns: []turnWant{
				{"stalin", 3, 3, []uttWant{{3, "Comrade STALIN says that", "on 1 May 1950 x."}}},
			},
			check: func(t *testing.T, d *corpus.Document) {
				corpustest.CheckMeta(t, d, "RECORD OF CONVERSATION OF COMRADE STALIN WITH THE GROUP", "1947-10-14")
			},
		},
		{
			name: "day before month",
			in:   "Minutes of the meeting held on the 3rd of March, 1946\nComrade STALIN says that x.\n",
			turns: []turnWant{
				{"stalin", 2, 2, []uttWant{{2, "Comrade STALIN says that", "x."}}},
			},
			check: func(t *testing.T, d *corpus.Document) {
				corpustest.CheckMeta(t, d, "Minutes of the meeting held on the 3rd of March, 1946", "1946-03-03")
			},
		},
		{
			name: "ISO date, the first date wins, dates in footnotes are skipped",
			in:   "Moscow[footnoteRef:1], 1947-10-14. Copy of 20 November 1947. [1: Founded 1 January 1147.]\nComrade STALIN says that x.\n",
			turns: []turnWant{
				{"stalin", 2, 2, []uttWant{{2, "Comrade STALIN says that", "x."}}},
			},
			notes: []noteWant{{corpus.Footnote, 1, 1, 0, "Founded 1 January 1147."}},
			check: func(t *testing.T, d *corpus.Document) {
				corpustest.CheckMeta(t, d, "", "1947-10-14")
			},
		},
		{
			name: "no title or date without front matter",
			in:   "Comrade STALIN says that the record of talks was made on October 14, 1947.\n",
			turns: []turnWant{
				{"stalin", 1, 1, []uttWant{{1, "Comrade STALIN says that", "the record of talks was made on October 14, 1947."}}},
			},
			check: func(t *testing.T, d *corpus.Document) {
				corpustest.CheckMeta(t, d, "", "")
				corpustest.CheckMatter(t, d, "", "")
			},
		},

		// Line endings and encodings.
		{
			name: "CRLF line endings",
			in: "Record of conversation, 14 October 1947\r\n" +
				"Attendants: Zilliacus (leader).\r\n" +
				"Comrade STALIN says that x[footnoteRef:1].\r\n" +
				"\r\n" +
				"More of x.\r\n" +
				"Zilliacus answers that y (laughter).\r\n" +
				"End of conversation.\r\n" +
				"[1: body\r\n",
			turns: []turnWant{
				{"stalin", 3, 5, []uttWant{{3, "Comrade STALIN says that", "x|.|More of x."}}},
				{"zilliacus", 6, 6, []uttWant{{6, "Zilliacus answers that", "y|."}}},
			},
			notes: []noteWant{
				{corpus.Footnote, 1, 3, 1, "body"},
				{corpus.Stage, 0, 6, 2, "laughter"},
			},
			check: func(t *testing.T, d *corpus.Document) {
				corpustest.CheckMeta(t, d, "Record of conversation, 14 October 1947", "1947-10-14")
				corpustest.CheckMatter(t, d, "1-2", "7-8")
				if want := []corpus.Participant{{Name: "Zilliacus", Role: "leader", Line: 2}}; !reflect.DeepEqual(d.Roster, want) {
					t.Errorf("Roster = %+v, want %+v", d.Roster, want)
				}
				for _, tr := range d.Turns {
					for _, u := range tr.Utterances {
						if strings.HasSuffix(u.Text.In(d.Source), "\r") {
							t.Errorf("utterance text ends in a CR: %q", u.Text.In(d.Source))
						}
						for _, s := range u.Speech {
							if strings.ContainsAny(s.In(d.Source), "\r\n") {
								t.Errorf("speech span %q holds a line break", s.In(d.Source))
							}
						}
					}
				}
			},
		},
		{
			name: "byte order mark",
			in:   "\ufeffComrade STALIN says that x.\nBING says that y.\n",
			turns: []turnWant{
				{"stalin", 1, 1, []uttWant{{1, "Comrade STALIN says that", "x."}}},
				{"bing", 2, 2, []uttWant{{2, "BING says that", "y."}}},
			},
			fixed: `a UTF-8 byte order mark hides the first line's cue: it is not skipped as white space, so the line becomes front matter (and a title on line 1 is missed likewise)`,
		},

		// Cues mistaken mid-sentence.
		{
			name: "name after an abbreviation mid-sentence",
			in: "Attendants: Allen, Lee.\n" +
				"LEE says that he agrees with what Mr. Allen said about it.\n",
			turns: []turnWant{
				{"lee", 2, 2, []uttWant{{2, "LEE says that", "he agrees with what Mr. Allen said about it."}}},
			},
			fixed: `sentenceStarts treats the period of "Mr." as a sentence end, so "Allen said" mid-sentence is a cue; "as J.V. Stalin said" does the same`,
		},
		{
			name: "known name ending in -ing followed by a comma",
			in: "Attendants: Harding, Lee.\n" +
				"LEE says that x.\n" +
				"Harding says that, in his view, y.\n",
			turns: []turnWant{
				{"lee", 2, 2, []uttWant{{2, "LEE says that", "x."}}},
				{"harding", 3, 3, []uttWant{{3, "Harding says that,", "in his view, y."}}},
			},
			fixed: `introPhrase takes "Harding says that," for a participial intro (a word ending in "ing", then a comma), skips it, and the cue is lost`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := ReadOne("test.txt", []byte(tt.in))
			if err != nil {
				t.Fatalf("ReadOne: %v", err)
			}
			if d.Name != "test.txt" || d.Format != "record" || d.Source != tt.in {
				t.Errorf("Name, Format = %q, %q; Source changed: %v", d.Name, d.Format, d.Source != tt.in)
			}
			checkTurns(t, d, tt.turns)
			checkNotes(t, d, tt.notes)
			corpustest.CheckInvariants(t, d)
			if tt.check != nil {
				tt.check(t, d)
			}
		})
	}
}

func TestReadNoCues(t *testing.T) {
	for _, in := range []string{
		"Just a letter.\nNobody speaks here.\n",
		"Comrade Stalin thinks that nothing was said.\n",
		"STRICTLY CONFIDENTIAL\n[1: Comrade STALIN says that x.]\n",
	} {
		d, err := ReadOne("letter.txt", []byte(in))
		var ie *corpus.InputError
		if !errors.As(err, &ie) {
			t.Errorf("ReadOne(%q) = %v, %v; want an *corpus.InputError", in, d, err)
			continue
		}
		if ie.File != "letter.txt" || ie.Line != 0 || !strings.HasPrefix(ie.Error(), "letter.txt: no speaker cues found") {
			t.Errorf("ReadOne(%q): error %+v (%q)", in, ie, ie.Error())
		}
	}
}

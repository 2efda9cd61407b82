package table

import (
	"bytes"
	"encoding/csv"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode"

	"parley/corpus"
	"parley/corpus/corpustest"
)

// debate2016 is the shared corpus's 2016 debates table, seen from the
// package's directory.
var debate2016 = filepath.Join("..", "..", "..", "shared", "corpora", "debates-2016-csv", "debate.csv")

func TestRead(t *testing.T) {
	for _, c := range []struct {
		name, file, src string
		opt             corpus.Options
		turns           string
		date, notes     string
	}{{
		name: "rows, turns and notes",
		file: "d.csv",
		src: "Line,Speaker,Text,Date\n" +
			"1,Holt,Good evening. (APPLAUSE) Welcome.,9/26/16\n" +
			"2,Audience,(APPLAUSE),9/26/16\n" +
			"3,Clinton,\"How are you, Donald?\",9/26/16\n" +
			"4,Clinton,Fine [inaudible] thanks.,10/4/16\n",
		turns: "holt: L2 Good evening.|Welcome.\n" +
			"clinton: L4 How are you, Donald? / L5 Fine|thanks.\n",
		date:  "2016-09-26",
		notes: "stage:APPLAUSE@1 stage:APPLAUSE@0 editorial:inaudible@2",
	}, {
		name:  "doubled quotation marks are one mark of speech",
		file:  "d.csv",
		src:   "Speaker,Text\nHolt,\"anchor of \"\"NBC Nightly News.\"\" I want\"\n",
		turns: "holt: L2 anchor of|\"NBC Nightly News.|\" I want\n",
	}, {
		name:  "a quoted cell over lines, CRLF",
		file:  "d.csv",
		src:   "Speaker,Text\r\nA,\"one\r\ntwo\"\r\nB,three\r\n",
		turns: "a: L2 one|two\nb: L4 three\n",
	}, {
		name:  "a byte order mark and a quoted header",
		file:  "d.csv",
		src:   "\ufeff\"Speaker\",\"Text\"\nA,x\n",
		turns: "a: L2 x\n",
	}, {
		name:  "TSV by its name",
		file:  "d.tsv",
		src:   "speaker\ttext\nA\tx, y\nB\t\"quoted, \"\"too\"\"\"\n",
		turns: "a: L2 x, y\nb: L3 quoted,|\"too|\"\n",
	}, {
		name:  "TSV by its header",
		file:  "d.csv",
		src:   "Speaker\tText\nA\tx, y\n",
		turns: "a: L2 x, y\n",
	}, {
		name:  "columns named by the options, without regard to case",
		file:  "d.csv",
		src:   "who,said,speaker,text\nA,x,C,z\nB,y,C,z\n",
		opt:   corpus.Options{SpeakerColumn: "WHO", TextColumn: "Said"},
		turns: "a: L2 x\nb: L3 y\n",
	}, {
		name:  "the alternative names",
		file:  "d.csv",
		src:   "Speaker_Name,Utterance\nA,x\n",
		turns: "a: L2 x\n",
	}, {
		name:  "speaker and text before name and content",
		file:  "d.csv",
		src:   "name,content,text,speaker\nN,c,x,A\n",
		turns: "a: L2 x\n",
	}, {
		name:  "an ISO date",
		file:  "d.csv",
		src:   "Date,Speaker,Text\n,A,x\n2016-10-04,B,y\n",
		turns: "a: L2 x\nb: L3 y\n",
		date:  "2016-10-04",
	}, {
		name:  "a four-digit year",
		file:  "d.csv",
		src:   "Speaker,Text,date\nA,x,10/19/2016\n",
		turns: "a: L2 x\n",
		date:  "2016-10-19",
	}, {
		name:  "a date that does not read is no date",
		file:  "d.csv",
		src:   "Speaker,Text,Date\nA,x,Oct 4\nB,y,2016-10-04\n",
		turns: "a: L2 x\nb: L3 y\n",
	}, {
		name:  "empty rows are skipped; a speaker without text speaks no words",
		file:  "d.csv",
		src:   "Speaker,Text\nA,x\n,\n   \n\nB,\nB,y\n",
		turns: "a: L2 x\nb: L7 y\n",
	}, {
		name:  "titles and capitals are one speaker",
		file:  "d.csv",
		src:   "Speaker,Text\nMr. Smith,x\nSMITH,y\n",
		turns: "smith: L2 x / L3 y\n",
	}, {
		name:  "brackets do not pair across cells",
		file:  "d.csv",
		src:   "Speaker,Text\n[A,x [y\nB,z] w\n",
		turns: "[a: L2 x [y\nb: L3 z] w\n",
	}, {
		name:  "a Markdown link is speech",
		file:  "d.csv",
		src:   "Speaker,Text\nA,see [this](http://x.org) [laughter]\n",
		turns: "a: L2 see [this](http://x.org)\n",
		notes: "editorial:laughter@1",
	}} {
		t.Run(c.name, func(t *testing.T) {
			d, err := Read(c.file, []byte(c.src), c.opt)
			if err != nil {
				t.Fatal(err)
			}
			if got := corpustest.TurnSummary(d); got != c.turns {
				t.Errorf("turns\n got %q\nwant %q", got, c.turns)
			}
			if d.Date != c.date || d.Format != "table" {
				t.Errorf("date %q, format %q; want %q, table", d.Date, d.Format, c.date)
			}
			if got := corpustest.Notes(d); got != c.notes {
				t.Errorf("notes %q, want %q", got, c.notes)
			}
			corpustest.CheckStructured(t, d, []byte(c.src))
		})
	}
}

func TestReadSpans(t *testing.T) {
	src := "Speaker,Text\n\"Holt\",\"Good \"\"evening\"\"\nand (LAUGHTER) welcome.\"\nClinton,Thanks.\n"
	d, err := Read("d.csv", []byte(src), corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	u := d.Turns[0].Utterances[0]
	if got, want := u.Cue.In(src), "Holt"; got != want {
		t.Errorf("Cue %q, want %q", got, want)
	}
	if got, want := u.Text.In(src), "Good \"\"evening\"\"\nand (LAUGHTER) welcome."; got != want {
		t.Errorf("Text %q, want %q", got, want)
	}
	if tr := d.Turns[0]; tr.FirstLine != 2 || tr.LastLine != 3 || d.Turns[1].FirstLine != 4 {
		t.Errorf("turn lines %d-%d, then %d; want 2-3, then 4", tr.FirstLine, tr.LastLine, d.Turns[1].FirstLine)
	}
	if n := d.Notes[0]; n.Line != 3 || n.Turn != 1 {
		t.Errorf("the note is on line %d in turn %d, want line 3, turn 1", n.Line, n.Turn)
	}
	if d.Speakers[0].Name != "Holt" || !reflect.DeepEqual(d.Speakers[0].Forms, []string{"Holt"}) {
		t.Errorf("speaker %+v", d.Speakers[0])
	}
}

func TestReadErrors(t *testing.T) {
	for _, c := range []struct {
		name, src string
		opt       corpus.Options
		line      int
		msg       string
	}{
		{"no speaker column", "Who,Words\nA,x\n", corpus.Options{}, 1, `no speaker column: looked for "speaker", "speaker_name" or "name", and the header has "Who", "Words"; name the column with --speaker-column`},
		{"no text column named so", "Speaker,Text\nA,x\n", corpus.Options{TextColumn: "said"}, 1, `no text column: looked for "said", and the header has "Speaker", "Text"`},
		{"one column for both", "Speaker,Text\nA,x\n", corpus.Options{SpeakerColumn: "TEXT"}, 1, `the speaker and text columns are both "Text"`},
		{"a bare quotation mark", "Speaker,Text\nA,x\nB,say \"hi\"\n", corpus.Options{}, 3, `column 7: bare " in non-quoted-field; a cell that holds a quotation mark must be quoted whole`},
		{"a stray quotation mark after a quoted cell", "Speaker,Text\nA,\"x\"y\n", corpus.Options{}, 2, `extraneous or missing " in quoted-field`},
		{"a quote left open", "Speaker,Text\nA,x\nB,\"y\nC,z\n", corpus.Options{}, 3, `extraneous or missing " in quoted-field at line 4, column 5, in the row that starts here`},
		{"a bad header", "Speaker,\"Text\nA,x\n", corpus.Options{}, 1, `extraneous or missing " in quoted-field at line 2, column 5, in the row that starts here`},
		{"too few cells", "Line,Speaker,Text\n1,A,x\n2,B\n", corpus.Options{}, 3, "the row has 2 cells, too few to reach the speaker column (2) and the text column (3)"},
		{"text without a speaker", "Speaker,Text\nA,x\n ,y\n", corpus.Options{}, 3, `text without a speaker: the "Speaker" cell is empty`},
		{"a header only", "Speaker,Text\n", corpus.Options{}, 0, "no rows: the table has a header and nothing under it"},
		{"empty rows only", "Speaker,Text\n,\n", corpus.Options{}, 0, "no rows"},
		{"a byte order mark only", "\ufeff", corpus.Options{}, 0, "no header row"},
		{"nothing", " \n", corpus.Options{}, 0, "empty file"},
		{"binary", "Speaker,Text\nA,\x00\n", corpus.Options{}, 2, "binary file"},
	} {
		t.Run(c.name, func(t *testing.T) {
			d, err := Read("t.csv", []byte(c.src), c.opt)
			var ie *corpus.InputError
			if !errors.As(err, &ie) || d != nil {
				t.Fatalf("got %v, %v; want an *InputError", d, err)
			}
			if ie.File != "t.csv" || ie.Line != c.line || !strings.Contains(ie.Msg, c.msg) {
				t.Errorf("error %q (line %d), want line %d and %q", ie.Error(), ie.Line, c.line, c.msg)
			}
		})
	}
}

func TestDetect(t *testing.T) {
	for _, c := range []struct {
		name, src string
		want      int
	}{
		{"d.csv", "Line,Speaker,Text\n1,A,x\n", 2},
		{"D.CSV", "\ufeff\n\"speaker\",\"TEXT\"\n", 2},
		{"d.tsv", "name\tutterance\n", 2},
		{"d.csv", "speaker_name;content\n", 1},
		{"d.csv", "Who,Words\n", 1},
		{"d.csv", "Speaker,\"Text\n", 1},
		{"d.tsv", "", 1},
		{"d.txt", "Speaker,Text\nA,x\n", 0},
		{"d.jsonl", "Speaker,Text\nA,x\n", 0},
	} {
		if got := Detect(c.name, []byte(c.src)); got != c.want {
			t.Errorf("Detect(%q, %q) = %d, want %d", c.name, c.src, got, c.want)
		}
	}
}

// readDebate2016 reads the shared 2016 debates table, or skips the test
// where the shared corpus is not at hand.
func readDebate2016(t *testing.T) ([]byte, *corpus.Document) {
	t.Helper()
	src, err := os.ReadFile(debate2016)
	if errors.Is(err, fs.ErrNotExist) {
		t.Skip("no shared corpus here")
	}
	if err != nil {
		t.Fatal(err)
	}
	d, err := Read("debate.csv", src, corpus.Options{})
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
	return src, d
}

// TestTable2016Golden compares the first 40 turns of the 2016 debates
// with a listing checked by hand.
func TestTable2016Golden(t *testing.T) {
	src, d := readDebate2016(t)
	corpustest.CheckStructured(t, d, src)
	head := *d
	head.Turns = d.Turns[:40]
	head.Notes = nil
	for _, n := range d.Notes {
		if n.Turn >= 1 && n.Turn <= 40 {
			head.Notes = append(head.Notes, n)
		}
	}
	corpustest.CheckGolden(t, filepath.Join("testdata", "debate2016.turns.golden"), corpustest.Listing(&head))
}

// TestTable2016Counts checks the 2016 debates against counts made
// independently from the table's Speaker column: for each speaker the turns
// (maximal runs of consecutive rows with that Speaker), the rows
// (utterances), and the speech, which is the speaker's Text cells less the
// stage directions the transcribers wrote in parentheses. Speech is
// compared with white space taken out, as the speech spans are trimmed.
func TestTable2016Counts(t *testing.T) {
	src, d := readDebate2016(t)
	r := csv.NewReader(bytes.NewReader(src))
	records, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(records[0], []string{"Line", "Speaker", "Text", "Date"}) {
		t.Fatalf("header %q", records[0])
	}
	stage := strings.NewReplacer("(APPLAUSE)", " ", "(CROSSTALK)", " ", "(LAUGHTER)", " ", "(inaudible)", " ")
	squeeze := func(s string) string { return strings.Join(strings.Fields(s), "") }
	wantTurns, wantRows, wantSpeech := map[string]int{}, map[string]int{}, map[string]string{}
	prev := ""
	for _, rec := range records[1:] {
		who := strings.ToLower(rec[1])
		if !strings.ContainsFunc(stage.Replace(rec[2]), func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
			continue // a row with no word ("(APPLAUSE)") is no utterance and ends no turn
		}
		if who != prev {
			wantTurns[who]++
		}
		prev = who
		wantRows[who]++
		wantSpeech[who] += squeeze(stage.Replace(rec[2]))
	}

	gotTurns, gotRows, gotSpeech := map[string]int{}, map[string]int{}, map[string]string{}
	for _, tr := range d.Turns {
		gotTurns[tr.Speaker]++
		gotRows[tr.Speaker] += len(tr.Utterances)
		for _, u := range tr.Utterances {
			for _, s := range u.Speech {
				gotSpeech[tr.Speaker] += squeeze(s.In(d.Source))
			}
		}
	}
	if !reflect.DeepEqual(gotTurns, wantTurns) {
		t.Errorf("turns per speaker\n got %v\nwant %v", gotTurns, wantTurns)
	}
	if !reflect.DeepEqual(gotRows, wantRows) {
		t.Errorf("utterances per speaker\n got %v\nwant %v", gotRows, wantRows)
	}
	for who, want := range wantSpeech {
		if got := gotSpeech[who]; got != want {
			t.Errorf("%s's speech differs from the Text cells:\n%s", who, corpustest.FirstDiff(want, got))
		}
	}
	t.Logf("%d turns of %d rows by %d speakers", len(d.Turns), len(records)-1, len(d.Speakers))
	if d.Date != "2016-09-26" {
		t.Errorf("Date %q, want 2016-09-26 (the first debate)", d.Date)
	}
}

// FuzzRead feeds the table reader arbitrary bytes, as CSV and as TSV.
// It must not panic; it returns a document that
// corpustest.CheckStructured accepts, or an *InputError.
func FuzzRead(f *testing.F) {
	for _, s := range []string{
		"",
		"\x00",
		"\ufeff",
		"Speaker,Text\nA,x\n",
		"Line,Speaker,Text,Date\n1,Holt,\"Good \"\"evening\"\" (APPLAUSE)\",9/26/16\n2,Holt,[inaudible] more\n",
		"Speaker,Text\r\nA,\"one\r\ntwo\"\r\n,\r\n",
		"Speaker\tText\nA\tx [y\nB\tz] (laughter\n",
		"Speaker,Text\nA,\"x\n",
		"Speaker,Text\nA,x\"y\n",
		"Speaker,Text\nA\n",
		"Speaker,Text\n,x\n",
		"Speaker,Text\nA,[1: a [b] c]\nB,[footnoteRef:1]\n",
		"speaker_name,utterance,date\n\"A\",\"\"\"\"\"\",2016-13-45\n",
	} {
		f.Add([]byte(s), false)
	}
	if src, err := os.ReadFile(debate2016); err == nil {
		f.Add(src[:min(len(src), 4000)], false)
	}
	f.Fuzz(func(t *testing.T, src []byte, tsv bool) {
		name := "fuzz.csv"
		if tsv {
			name = "fuzz.tsv"
		}
		d, err := Read(name, src, corpus.Options{})
		if err != nil {
			if !corpus.IsInputError(err) || d != nil {
				t.Fatalf("%v, %v; want no document and an *InputError", d, err)
			}
			return
		}
		corpustest.CheckStructured(t, d, src)
	})
}

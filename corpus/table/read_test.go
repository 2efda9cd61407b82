package table

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
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
		name:  "text without a speaker is narration, and ends no turn",
		file:  "d.csv",
		src:   "Speaker,Text\nA,x\n ,The House divided.\nA,y\n",
		turns: "a: L2 x / L4 y\n",
		notes: "narration:The House divided.@1",
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
			d := readOne(t, c.file, c.src, c.opt)
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

// readOne reads a table that must give one document.
func readOne(t *testing.T, name, src string, opt corpus.Options) *corpus.Document {
	t.Helper()
	docs, err := Read(name, []byte(src), opt)
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 1 {
		t.Fatalf("%d documents, want 1", len(docs))
	}
	return docs[0]
}

// TestReadStructure checks the delimiters, the columns found by name and
// by content, the split into documents and the metadata.
func TestReadStructure(t *testing.T) {
	for _, c := range []struct {
		name, file, src string
		opt             corpus.Options
		want            string // per document: name, date, meta; then turns
	}{{
		name: "a semicolon-delimited parliament export, name and body",
		file: "p.csv",
		src:  "id;name;party;body\n1;Ann Smith;Labour;We must invest, and we will.\n2;Bob Jones;Conservative;\"No; we will not.\"\n3;Ann Smith;Labour;Yes.\n",
		want: "p.csv  map[]\nann smith: L2 We must invest, and we will.\nbob jones: L3 No; we will not.\nann smith: L4 Yes.\nspeaker meta: Ann Smith party=Labour; Bob Jones party=Conservative\n",
	}, {
		name: "pipes, a member and a speech",
		file: "p.csv",
		src:  "Member|Speech\nA|x, y\nB|z\n",
		want: "p.csv  map[]\na: L2 x, y\nb: L3 z\n",
	}, {
		name: "columns by content: long free text and a short repeated name",
		file: "p.csv",
		src:  "turn,who said it,what\n1,Ann,I think that we should go now\n2,Bob,No I do not think so at all\n3,Ann,Then we shall stay here tonight\n4,Bob,Yes that is much better for us\n",
		want: "p.csv  map[]\nann: L2 I think that we should go now\nbob: L3 No I do not think so at all\nann: L4 Then we shall stay here tonight\nbob: L5 Yes that is much better for us\n",
	}, {
		name: "a debate column splits the table; constant columns are each document's",
		file: "d.csv",
		src:  "debate,house,speaker,text\nd1,Commons,A,a\nd1,Commons,B,b\nd1,Commons,A,c\nd2,Lords,C,d\nd2,Lords,A,e\nd2,Lords,C,f\n",
		want: "d.csv#d1  map[debate:d1 house:Commons]\na: L2 a\nb: L3 b\na: L4 c\nd.csv#d2  map[debate:d2 house:Lords]\nc: L5 d\na: L6 e\nc: L7 f\n",
	}, {
		name: "a date on runs of rows splits; dates in two runs do not",
		file: "d.csv",
		src:  "date,speaker,text\n1/1/20,A,a\n1/1/20,B,b\n1/1/20,A,c\n1/2/20,A,d\n1/2/20,B,e\n1/2/20,A,f\n",
		want: "d.csv#1/1/20 2020-01-01 map[date:1/1/20]\na: L2 a\nb: L3 b\na: L4 c\nd.csv#1/2/20 2020-01-02 map[date:1/2/20]\na: L5 d\nb: L6 e\na: L7 f\n",
	}, {
		name: "the document column named, a time column",
		file: "d.csv",
		src:  "session,time,speaker,text\ns1,00:01,A,a\ns2,00:02,B,b\n",
		opt:  corpus.Options{DocumentColumn: "Session"},
		want: "d.csv#s1  map[session:s1]\na: L2 a @00:01\nd.csv#s2  map[session:s2]\nb: L3 b @00:02\n",
	}} {
		t.Run(c.name, func(t *testing.T) {
			docs, err := Read(c.file, []byte(c.src), c.opt)
			if err != nil {
				t.Fatal(err)
			}
			var b strings.Builder
			for _, d := range docs {
				fmt.Fprintf(&b, "%s %s %v\n", d.Name, d.Date, d.Meta)
				for _, tr := range d.Turns {
					for _, u := range tr.Utterances {
						fmt.Fprintf(&b, "%s: L%d %s", tr.Speaker, u.Line, corpustest.SpeechText(d, u))
						if u.Time != "" {
							fmt.Fprintf(&b, " @%s", u.Time)
						}
						b.WriteString("\n")
					}
				}
				var sm []string
				for _, s := range d.Speakers {
					if len(s.Meta) > 0 {
						sm = append(sm, fmt.Sprintf("%s party=%s", s.Name, s.Meta["party"]))
					}
				}
				if len(sm) > 0 {
					b.WriteString("speaker meta: " + strings.Join(sm, "; ") + "\n")
				}
				corpustest.CheckStructured(t, d, []byte(c.src))
			}
			if got := b.String(); got != c.want {
				t.Errorf("got\n%s\nwant\n%s", got, c.want)
			}
		})
	}
}

func TestReadSpans(t *testing.T) {
	src := "Speaker,Text\n\"Holt\",\"Good \"\"evening\"\"\nand (LAUGHTER) welcome.\"\nClinton,Thanks.\n"
	d := readOne(t, "d.csv", src, corpus.Options{})
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
		{"no text column by name or content", "Col1,Col2\nA,x\n", corpus.Options{}, 1, `no text column: looked for "text", "body", "speech"`},
		{"no speaker column by name or content", "Id,Words\n1,we said a lot of things\n2,and then some more\n3,and more\n4,yes we did\n", corpus.Options{}, 1, `no speaker column: looked for "speaker", "speaker_name", "speakername"`},
		{"a document column the header lacks", "Speaker,Text\nA,x\n", corpus.Options{DocumentColumn: "debate"}, 1, `no document column "debate": the header has "Speaker", "Text"`},
		{"no text column named so", "Speaker,Text\nA,x\n", corpus.Options{TextColumn: "said"}, 1, `no text column: looked for "said", and the header has "Speaker", "Text"`},
		{"one column for both", "Speaker,Text\nA,x\n", corpus.Options{SpeakerColumn: "TEXT"}, 1, `the speaker and text columns are both "Text"`},
		{"a bare quotation mark", "Speaker,Text\nA,x\nB,say \"hi\"\n", corpus.Options{}, 3, `column 7: bare " in non-quoted-field; a cell that holds a quotation mark must be quoted whole`},
		{"a stray quotation mark after a quoted cell", "Speaker,Text\nA,\"x\"y\n", corpus.Options{}, 2, `extraneous or missing " in quoted-field`},
		{"a quote left open", "Speaker,Text\nA,x\nB,\"y\nC,z\n", corpus.Options{}, 3, `extraneous or missing " in quoted-field at line 4, column 5, in the row that starts here`},
		{"a bad header", "Speaker,\"Text\nA,x\n", corpus.Options{}, 1, `extraneous or missing " in quoted-field at line 2, column 5, in the row that starts here`},
		{"too few cells", "Line,Speaker,Text\n1,A,x\n2,B\n", corpus.Options{}, 3, "the row has 2 cells, too few to reach the speaker column (2) and the text column (3)"},
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
		{"d.csv", "speaker_name;content\n", 2},
		{"d.csv", "Member|Speech\nA|x\n", 2},
		{"d.csv", "Id,Notes\n", 1},
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
func readDebate2016(t *testing.T) ([]byte, []*corpus.Document) {
	t.Helper()
	src, err := os.ReadFile(debate2016)
	if errors.Is(err, fs.ErrNotExist) {
		t.Skip("no shared corpus here")
	}
	if err != nil {
		t.Fatal(err)
	}
	docs, err := Read("debate.csv", src, corpus.Options{})
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
	return src, docs
}

// TestTable2016Golden compares the first 40 turns of the 2016 debates
// with a listing checked by hand.
func TestTable2016Golden(t *testing.T) {
	src, docs := readDebate2016(t)
	for _, d := range docs {
		corpustest.CheckStructured(t, d, src)
	}
	d := docs[0]
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
	src, docs := readDebate2016(t)
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
	turns, speakers := 0, map[string]bool{}
	for _, d := range docs {
		turns += len(d.Turns)
		for _, tr := range d.Turns {
			speakers[tr.Speaker] = true
			gotTurns[tr.Speaker]++
			gotRows[tr.Speaker] += len(tr.Utterances)
			for _, u := range tr.Utterances {
				for _, s := range u.Speech {
					gotSpeech[tr.Speaker] += squeeze(s.In(d.Source))
				}
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
	t.Logf("%d turns of %d rows by %d speakers", turns, len(records)-1, len(speakers))
	// The table holds four debates, each a document by its Date column.
	var got []string
	for _, d := range docs {
		got = append(got, d.Name+" "+d.Date+" "+d.Meta["date"])
	}
	if want := "debate.csv#9/26/16 2016-09-26 9/26/16|debate.csv#10/4/16 2016-10-04 10/4/16|debate.csv#10/9/16 2016-10-09 10/9/16|debate.csv#10/19/2016 2016-10-19 10/19/2016"; strings.Join(got, "|") != want {
		t.Errorf("documents\n got %s\nwant %s", strings.Join(got, "|"), want)
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
		docs, err := Read(name, src, corpus.Options{})
		if err != nil {
			if !corpus.IsInputError(err) || docs != nil {
				t.Fatalf("%v, %v; want no document and an *InputError", docs, err)
			}
			return
		}
		for _, d := range docs {
			corpustest.CheckStructured(t, d, src)
		}
	})
}

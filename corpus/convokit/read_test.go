package convokit

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"parley/corpus"
	"parley/corpus/corpustest"
)

var convoKitSample = filepath.Join("testdata", "convokit-sample.jsonl")

func TestRead(t *testing.T) {
	for _, c := range []struct {
		name, src   string
		turns       string
		notes       string
		times       []string // each utterance's Time
		starts      []float64
		cues, texts []string
	}{{
		name: "utterances, turns and conversations",
		src: `{"id": "1", "speaker": "Ada", "conversation_id": "1", "reply_to": null, "timestamp": 10, "text": "Hello."}` + "\n" +
			`{"id": "2", "speaker": "Ada", "conversation_id": "1", "reply_to": "1", "timestamp": 12.5, "text": "Anyone?"}` + "\n" +
			`{"id": "3", "speaker": "Bo", "conversation_id": "1", "reply_to": "2", "timestamp": "13", "text": "Yes."}` + "\n" +
			`{"id": "4", "speaker": "Bo", "conversation_id": "4", "reply_to": null, "timestamp": "2016-10-04", "text": "New topic."}` + "\n",
		turns:  "ada: L1 Hello. / L2 Anyone?\nbo: L3 Yes.\nbo: L4 New topic.\n",
		times:  []string{"10", "12.5", "13", "2016-10-04"},
		starts: []float64{10, 12.5, 13, 0},
		cues:   []string{"Ada", "Ada", "Bo", "Bo"},
	}, {
		name:  "a speaker object, a number, the old user",
		src:   `{"speaker": {"id": "Cy", "meta": {"x": [1, {}]}}, "text": "a"}` + "\n" + `{"speaker": 42, "text": "b"}` + "\n" + `{"user": "Dee", "root": "r", "text": "c"}` + "\n",
		turns: "cy: L1 a\n42: L2 b\ndee: L3 c\n",
		times: []string{"", "", ""},
		cues:  []string{"Cy", "42", "Dee"},
	}, {
		name:  "escapes",
		src:   `{"speaker": "A", "text": "one\ntwo\t\"three\"\u00a0four don\u2019t \u201cso\u201d \u2014 caf\u00e9 a\\b \ud83d\ude00 end"}`,
		turns: `a: L1 one|two|"three|"|four don\u2019t|so|caf\u00e9 a\\b|end` + "\n",
		texts: []string{`one\ntwo\t\"three\"\u00a0four don\u2019t \u201cso\u201d \u2014 caf\u00e9 a\\b \ud83d\ude00 end`},
	}, {
		name:  "notes within the text only",
		src:   `{"speaker": "[A]", "text": "yes (laughter) [crosstalk] and [this](http://x.org) (Applause"}` + "\n" + `{"speaker": "B", "text": ")"}`,
		turns: "[a]: L1 yes|and [this](http://x.org) (Applause\n",
		notes: "stage:laughter@1 editorial:crosstalk@1",
	}, {
		name:  "blank lines, CRLF, a byte order mark, keys in any order, a key twice",
		src:   "\ufeff\r\n  \r\n{\"text\": \"x\", \"text\": \"y\",\"speaker\":\"A\"}\r\n\r\n{\"speaker\" : \"B\" , \"text\" : \"\" }\r\n",
		turns: "a: L3 y\n",
		texts: []string{"y"},
	}} {
		t.Run(c.name, func(t *testing.T) {
			d, err := Read("c.jsonl", []byte(c.src), corpus.Options{})
			if err != nil {
				t.Fatal(err)
			}
			if got := corpustest.TurnSummary(d); got != c.turns {
				t.Errorf("turns\n got %q\nwant %q", got, c.turns)
			}
			if got := corpustest.Notes(d); got != c.notes {
				t.Errorf("notes %q, want %q", got, c.notes)
			}
			var times, cues, texts []string
			var starts []float64
			for _, tr := range d.Turns {
				for _, u := range tr.Utterances {
					times = append(times, u.Time)
					cues = append(cues, u.Cue.In(d.Source))
					texts = append(texts, u.Text.In(d.Source))
					starts = append(starts, u.Start)
					if u.End != u.Start {
						t.Errorf("utterance on line %d: Start %v, End %v", u.Line, u.Start, u.End)
					}
				}
			}
			for _, w := range []struct {
				what      string
				got, want any
			}{{"times", times, c.times}, {"starts", starts, c.starts}, {"cues", cues, c.cues}, {"texts", texts, c.texts}} {
				if !reflect.ValueOf(w.want).IsNil() && !reflect.DeepEqual(w.got, w.want) {
					t.Errorf("%s %q, want %q", w.what, w.got, w.want)
				}
			}
			if d.Format != "convokit" {
				t.Errorf("format %q", d.Format)
			}
			corpustest.CheckStructured(t, d, []byte(c.src))
		})
	}
}

func TestReadErrors(t *testing.T) {
	ok := `{"speaker": "A", "text": "x"}` + "\n"
	for _, c := range []struct {
		name, src string
		line      int
		msg       string
	}{
		{"bad JSON", ok + `{"speaker": "A", "text": "x",}`, 2, "bad JSON near column "},
		{"not an object", ok + ok + `["A", "x"]`, 3, "not a JSON object"},
		{"an object over lines", "{\"speaker\": \"A\",\n\"text\": \"x\"}\n", 1, "the object does not end on its line"},
		{"two objects on a line", ok + ok[:len(ok)-1] + " " + ok, 2, "more than one JSON value on the line (column 31)"},
		{"trailing text", `{"speaker": "A", "text": "x"} x`, 1, "more than one JSON value on the line (column 31)"},
		{"no speaker", `{"text": "x"}`, 1, `no "speaker"`},
		{"an empty speaker", ok + `{"speaker": " ", "text": "x"}`, 2, `empty "speaker"`},
		{"a null speaker", `{"speaker": null, "text": "x"}`, 1, `"speaker" is null, not a string or an object with an "id"`},
		{"a speaker object without an id", `{"speaker": {"name": "A"}, "text": "x"}`, 1, `"speaker" is {"name": "A"}, not a string`},
		{"a speaker list", `{"speaker": ["A"], "text": "x"}`, 1, `"speaker" is ["A"]`},
		{"no text", `{"speaker": "A"}`, 1, `no "text"`},
		{"a null text", `{"speaker": "A", "text": null}`, 1, `"text" is null, not a string`},
		{"a long number for text", `{"speaker": "A", "text": 12345678901234567890123456789012345678901234567890}`, 1, `"text" is 1234567890123456789012345678901234567890…, not a string`},
		{"a bad escape", `{"speaker": "A", "text": "\x"}`, 1, "bad JSON"},
		{"nothing", "\n\n", 0, "empty file"},
		{"a byte order mark only", "\ufeff\n", 0, "no utterances"},
		{"not UTF-8", ok + "\xff", 2, "not UTF-8"},
	} {
		t.Run(c.name, func(t *testing.T) {
			d, err := Read("c.jsonl", []byte(c.src), corpus.Options{})
			var ie *corpus.InputError
			if !errors.As(err, &ie) || d != nil {
				t.Fatalf("got %v, %v; want an *InputError", d, err)
			}
			if ie.File != "c.jsonl" || ie.Line != c.line || !strings.Contains(ie.Msg, c.msg) {
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
		{"u.jsonl", `{"id": "1", "speaker": "A", "text": "x"}` + "\n" + "garbage\n", 2},
		{"U.JSONL", "\ufeff\n\n" + `{"text": "x", "speaker": {"id": "A"}}`, 2},
		{"u.jsonl", `{"user": "A", "text": "x"}`, 1},
		{"u.jsonl", `{"speaker": "A", "text": "x"`, 1},
		{"u.jsonl", "", 1},
		{"u.json", `{"speaker": "A", "text": "x"}`, 0},
		{"u.txt", `{"speaker": "A", "text": "x"}`, 0},
	} {
		if got := Detect(c.name, []byte(c.src)); got != c.want {
			t.Errorf("Detect(%q, %q) = %d, want %d", c.name, c.src, got, c.want)
		}
	}
}

// TestSample reads the hand-made sample and compares it with a
// listing checked by hand, and states the points the sample is made for.
func TestSample(t *testing.T) {
	src, err := os.ReadFile(convoKitSample)
	if err != nil {
		t.Fatal(err)
	}
	d, err := Read(filepath.Base(convoKitSample), src, corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	corpustest.CheckStructured(t, d, src)
	var seq []string
	for _, tr := range d.Turns {
		seq = append(seq, tr.Speaker)
	}
	// Ada's last word in the first conversation and her first in the second
	// are two turns; Cy's empty utterance is none.
	if want := []string{"ada", "bo", "cy", "ada", "ada", "bo"}; !reflect.DeepEqual(seq, want) {
		t.Errorf("turns by %q, want %q", seq, want)
	}
	if u := d.Turns[2].Utterances[0]; u.Cue.In(d.Source) != "Cy" || u.Time != "1475020102.5" || u.Start != 1475020102.5 {
		t.Errorf("Cy's utterance: cue %q, time %q, start %v", u.Cue.In(d.Source), u.Time, u.Start)
	}
	if u := d.Turns[4].Utterances[0]; u.Time != "2016-10-04T19:00:00" || u.Start != 0 {
		t.Errorf("the second conversation opens at %q (%v)", u.Time, u.Start)
	}

	corpustest.CheckGolden(t, filepath.Join("testdata", "convokit-sample.turns.golden"), corpustest.Listing(d))
}

// FuzzRead feeds the ConvoKit reader arbitrary bytes. It must not
// panic; it returns a document that corpustest.CheckStructured accepts, or an
// *InputError.
func FuzzRead(f *testing.F) {
	if src, err := os.ReadFile(convoKitSample); err == nil {
		f.Add(src)
	}
	for _, s := range []string{
		"",
		"\x00",
		"\ufeff",
		`{"speaker": "A", "text": "x"}`,
		`{"speaker": {"id": {"id": "A"}}, "text": "x"}`,
		`{"speaker": "A", "text": "\u00a0\ud83d\ude00\ud83d \u201c\\\"\/[1: a [b] c] (laughter"}`,
		`{"speaker": "A", "text": "\u00"}`,
		`{"speaker": "A", "text": "x", "timestamp": "NaN"}` + "\n" + `{"speaker": "A", "text": "y", "timestamp": 1e999}`,
		`{"speaker": "A", "text": "x"} {}`,
		"{\"speaker\": \"A\",\n\"text\": \"x\"}",
		`[1, 2]`,
		`{"speaker": 1.5e3, "text": "", "conversation_id": {"a": 1}}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		d, err := Read("fuzz.jsonl", src, corpus.Options{})
		if err != nil {
			if !corpus.IsInputError(err) || d != nil {
				t.Fatalf("%v, %v; want no document and an *InputError", d, err)
			}
			return
		}
		corpustest.CheckStructured(t, d, src)
	})
}

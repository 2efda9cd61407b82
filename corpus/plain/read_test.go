package plain

import (
	"strings"
	"testing"

	"parley/corpus"
	"parley/corpus/corpustest"
)

func TestNamed(t *testing.T) {
	for _, tc := range []struct {
		name string
		want bool
	}{
		{"ARG_01_1946.txt", true},
		{"corpora/un/USA_70_2015.txt", true},
		{"ARG_01_1946.TXT", false}, // the pattern's ending is matched as written
		{"arg_01_1946.txt", false}, // the speaker code is in capitals
		{"ARG_01_1946.md", false},  // a .txt file only
		{"ARG_x_1946.txt", false},  // the session is a number
		{"ARG_01_19x6.txt", false}, // and so is the year
		{"interview.txt", false},   // no pattern at all
		{"Note_10_30.txt", false},  // a word in title case is no code
		{"ARG_01_1946.txt.bak", false},
	} {
		if got := Named(tc.name); got != tc.want {
			t.Errorf("Named(%q) = %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestRead(t *testing.T) {
	for _, tc := range []struct {
		name, src, pattern string
		speaker, date      string
		meta               string
		speech, notes      string
	}{
		{
			name: "ARG_01_1946.txt", src: "We speak [applause] now.\n\nAgain (laughs).\n",
			speaker: "ARG", date: "1946", meta: "session=01 year=1946",
			speech: "We speak|now.|Again|.", notes: "editorial:applause@1 stage:laughs@1",
		},
		{
			name: "interview.txt", src: "Source: the archive. Note: at 10:30 see http://example.org\n",
			speaker: "Unknown",
			speech:  "Source: the archive. Note: at 10:30 see http://example.org",
		},
		{
			name: "smith-2001.txt", src: "Text.\n", pattern: "{speaker}-{year}.txt",
			speaker: "smith", date: "2001", meta: "year=2001", speech: "Text.",
		},
		{
			name: "smith-01.txt", src: "Text.\n", pattern: "{speaker}-{session}.txt",
			speaker: "smith", meta: "session=01", speech: "Text.",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, err := Read(tc.name, []byte(tc.src), corpus.Options{NamePattern: tc.pattern})
			if err != nil {
				t.Fatal(err)
			}
			if len(d.Turns) != 1 || len(d.Speakers) != 1 || d.Speakers[0].Name != tc.speaker {
				t.Fatalf("%d turns, speakers %+v; want one turn of %s", len(d.Turns), d.Speakers, tc.speaker)
			}
			if d.Date != tc.date || d.Format != "plain" {
				t.Errorf("date %q, format %q; want %q, plain", d.Date, d.Format, tc.date)
			}
			var meta []string
			for _, k := range []string{"session", "year"} {
				if v, ok := d.Meta[k]; ok {
					meta = append(meta, k+"="+v)
				}
			}
			if got := strings.Join(meta, " "); got != tc.meta {
				t.Errorf("meta %q, want %q", got, tc.meta)
			}
			var speech []string
			for _, s := range d.Turns[0].Utterances[0].Speech {
				speech = append(speech, s.In(d.Source))
			}
			if got := strings.Join(speech, "|"); got != tc.speech {
				t.Errorf("speech %q, want %q", got, tc.speech)
			}
			if got := corpustest.Notes(d); got != tc.notes {
				t.Errorf("notes %q, want %q", got, tc.notes)
			}
		})
	}
}

func TestReadErrors(t *testing.T) {
	for _, tc := range []struct {
		name, src, pattern, msg string
	}{
		{"x.txt", "We speak.\n", "{speaker}-{year}.txt", "does not fit the name pattern"},
		{"ARG_01_1946.txt", "[applause] (laughter)\n", "", "no text"},
		{"ARG_01_1946.txt", "", "", "empty file"},
		{"ARG_01_1946.txt", "a\x00b\n", "", "binary file"},
	} {
		d, err := Read(tc.name, []byte(tc.src), corpus.Options{NamePattern: tc.pattern})
		if !corpus.IsInputError(err) || d != nil || !strings.Contains(err.Error(), tc.msg) {
			t.Errorf("Read(%q, %q) = %v, %v; want an *InputError with %q", tc.name, tc.src, d, err, tc.msg)
		}
	}
}

// TestDetect: plain text is never detected by its content, however it
// reads; Named claims it by its name.
func TestDetect(t *testing.T) {
	for _, src := range []string{"We speak.\n", "SMITH: Hello.\n", ""} {
		if got := Detect("ARG_01_1946.txt", []byte(src)); got != 0 {
			t.Errorf("Detect(%q) = %d, want 0", src, got)
		}
	}
}

// FuzzRead feeds the reader arbitrary text under a UN file name. Read
// must not panic; it returns one turn whose speech lies in the source, in
// order, or an *InputError.
func FuzzRead(f *testing.F) {
	for _, s := range []string{"We speak [applause] now.\n\nAgain (laughs).\n", "[", "(", "\ufeff\n", "a [b (c] d)"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		d, err := Read("ARG_01_1946.txt", src, corpus.Options{})
		if err != nil {
			if !corpus.IsInputError(err) || d != nil {
				t.Fatalf("%v, %v; want no document and an *InputError", d, err)
			}
			return
		}
		if len(d.Turns) != 1 || d.Source != string(src) {
			t.Fatalf("%d turns; want one, of the source", len(d.Turns))
		}
		pos := 0
		for _, s := range d.Turns[0].Utterances[0].Speech {
			if s.Start < pos || s.Start >= s.End || s.End > len(src) {
				t.Fatalf("speech %v out of order or outside the source (%d bytes)", s, len(src))
			}
			pos = s.End
		}
	})
}

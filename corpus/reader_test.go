package corpus

import (
	"errors"
	"fmt"
	"strings"
	"testing"
)

// checkMatter asserts the line ranges of the front and back matter ("" for
// none).
func checkMatter(t *testing.T, d *Document, front, back string) {
	t.Helper()
	lines := func(s Span) string {
		if s.Len() == 0 {
			return ""
		}
		return fmt.Sprintf("%d-%d", d.Line(s.Start), d.Line(s.End-1))
	}
	if got := lines(d.Front); got != front {
		t.Errorf("Front = lines %q, want %q", got, front)
	}
	if got := lines(d.Back); got != back {
		t.Errorf("Back = lines %q, want %q", got, back)
	}
}

func checkMeta(t *testing.T, d *Document, title, date string) {
	t.Helper()
	if d.Title != title {
		t.Errorf("Title = %q, want %q", d.Title, title)
	}
	if d.Date != date {
		t.Errorf("Date = %q, want %q", d.Date, date)
	}
}

// readerCase is a table test of a reader: the turns and notes of a
// hand-made input, as readerTurns renders them.
type readerCase struct {
	name, src    string
	turns, notes string
}

// runReaderCases reads each case's input as file name with read, and
// checks the turns, the notes, the format and the invariants.
func runReaderCases(t *testing.T, cases []readerCase, read func(string, []byte, Options) (*Document, error), name, format string) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d, err := read(name, []byte(tc.src), Options{})
			if err != nil {
				t.Fatal(err)
			}
			turns, notes := readerTurns(d)
			if turns != tc.turns {
				t.Errorf("turns\n got %s\nwant %s", turns, tc.turns)
			}
			if notes != tc.notes {
				t.Errorf("notes\n got %s\nwant %s", notes, tc.notes)
			}
			if d.Format != format {
				t.Errorf("Format %q", d.Format)
			}
			checkInvariants(t, d)
		})
	}
}

// readerError is a table test of a reader's error: an input, and the
// line and words of the *InputError it must give.
type readerError struct {
	name, src string
	line      int
	msg       string
}

// runReaderErrors reads each case's input as file name with read, and
// checks it gives no document and an *InputError naming the file, the
// line and the words.
func runReaderErrors(t *testing.T, cases []readerError, read func(string, []byte, Options) (*Document, error), name string) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d, err := read(name, []byte(tc.src), Options{})
			var ie *InputError
			if !errors.As(err, &ie) || d != nil {
				t.Fatalf("got %v, %v; want an *InputError", d, err)
			}
			if ie.File != name || ie.Line != tc.line || !strings.Contains(ie.Msg, tc.msg) {
				t.Errorf("error %q (line %d), want line %d and %q", ie.Error(), ie.Line, tc.line, tc.msg)
			}
		})
	}
}

// checkReaderDocument asserts a reader's contract for any input it
// accepts: the source kept as given, at least one turn, and every
// invariant of checkInvariants (spans within the source, turns numbered
// 1..n, speech clear of cues and notes...).
func checkReaderDocument(t *testing.T, d *Document, src []byte) {
	t.Helper()
	if d.Source != string(src) {
		t.Fatal("Source is not the input")
	}
	if len(d.Turns) == 0 {
		t.Fatal("a document without turns")
	}
	checkInvariants(t, d)
}

// checkInvariants asserts what holds for every document a reader returns:
// spans inside the source, turns numbered 1..n and alternating speakers,
// speech inside its utterance, in order, disjoint and clear of cues and
// notes. (corpustest.CheckInvariants is the same check for the reader
// packages, whose tests cannot share this one.)
func checkInvariants(t *testing.T, d *Document) {
	t.Helper()
	inSource := func(what string, s Span) {
		if s.Start < 0 || s.Start > s.End || s.End > len(d.Source) {
			t.Errorf("%s %v lies outside the source (%d bytes)", what, s, len(d.Source))
		}
	}
	overlaps := func(a, b Span) bool { return a.Start < b.End && b.Start < a.End }
	inSource("Front", d.Front)
	inSource("Back", d.Back)
	if d.Front.Len() > 0 && d.Back.Len() > 0 && d.Front.End > d.Back.Start {
		t.Errorf("Front %v runs into Back %v", d.Front, d.Back)
	}
	var cues []Span
	speakers := map[string]bool{}
	for _, s := range d.Speakers {
		speakers[s.ID] = true
	}
	prevEnd := 0
	for i, tr := range d.Turns {
		if tr.Index != i+1 {
			t.Errorf("turn %d has Index %d", i+1, tr.Index)
		}
		if !speakers[tr.Speaker] {
			t.Errorf("turn %d: speaker %q is not in Speakers", tr.Index, tr.Speaker)
		}
		if i > 0 && d.Turns[i-1].Speaker == tr.Speaker {
			t.Errorf("turns %d and %d are both %s's", i, i+1, tr.Speaker)
		}
		if len(tr.Utterances) == 0 || tr.FirstLine > tr.LastLine {
			t.Errorf("turn %d: %d utterances, lines %d-%d", tr.Index, len(tr.Utterances), tr.FirstLine, tr.LastLine)
		}
		for _, u := range tr.Utterances {
			inSource("Cue", u.Cue)
			inSource("Text", u.Text)
			cues = append(cues, u.Cue)
			if u.Cue.Start != u.Text.Start || u.Cue.End > u.Text.End || u.Cue.Len() == 0 {
				t.Errorf("turn %d: Cue %v is not at the start of Text %v", tr.Index, u.Cue, u.Text)
			}
			if u.Text.Start < prevEnd {
				t.Errorf("turn %d: Text %v starts before the previous utterance ends (%d)", tr.Index, u.Text, prevEnd)
			}
			prevEnd = u.Text.End
			if u.Line != d.Line(u.Cue.Start) {
				t.Errorf("turn %d: utterance Line %d, cue on line %d", tr.Index, u.Line, d.Line(u.Cue.Start))
			}
			pos := u.Cue.End
			for _, s := range u.Speech {
				inSource("Speech", s)
				if s.Len() == 0 || s.Start < pos || s.End > u.Text.End {
					t.Errorf("turn %d: speech %v is empty, out of order or outside Text %v after the cue", tr.Index, s, u.Text)
				}
				pos = s.End
			}
		}
	}
	for i, n := range d.Notes {
		for _, s := range []Span{n.Anchor, n.Body, n.Extent} {
			inSource("note span", s)
		}
		if i > 0 && d.Notes[i-1].Anchor.Start > n.Anchor.Start {
			t.Errorf("notes %d and %d are out of order", i, i+1)
		}
		if n.Line != d.Line(n.Anchor.Start) {
			t.Errorf("note %d: Line %d, anchor on line %d", i+1, n.Line, d.Line(n.Anchor.Start))
		}
		if n.Turn < 0 || n.Turn > len(d.Turns) {
			t.Errorf("note %d: Turn %d of %d", i+1, n.Turn, len(d.Turns))
		}
		if n.Kind != Footnote && n.Number != 0 {
			t.Errorf("note %d: %s with Number %d", i+1, n.Kind, n.Number)
		}
	}
	for _, tr := range d.Turns {
		for _, u := range tr.Utterances {
			for _, s := range u.Speech {
				for _, n := range d.Notes {
					if overlaps(s, n.Anchor) || overlaps(s, n.Extent) {
						t.Errorf("turn %d: speech %q overlaps %s note %q", tr.Index, s.In(d.Source), n.Kind, n.Anchor.In(d.Source))
					}
				}
				for _, c := range cues {
					if overlaps(s, c) {
						t.Errorf("turn %d: speech %q overlaps cue %q", tr.Index, s.In(d.Source), c.In(d.Source))
					}
				}
			}
		}
	}
}

func TestCheckText(t *testing.T) {
	tests := []struct {
		name string
		in   string
		line int    // 0 for no error, -1 for an error without a line
		msg  string // a part of the message
	}{
		{"text", "Comrade STALIN says that x.\n", 0, ""},
		{"utf-8 beyond ASCII", "Gomułka, Władysław – “Józef”\n", 0, ""},
		{"no final newline", "x", 0, ""},
		{"NUL byte", "line one\nline two\x00\n", 2, "binary file (NUL byte)"},
		{"NUL byte on the first line", "\x00", 1, "binary file"},
		{"invalid UTF-8 on line 3", "one\ntwo\nthr\xe9e\nfour\n", 3, "not UTF-8 text (invalid byte 0xe9)"},
		{"truncated sequence at the end", "one\n\xe2\x80", 2, "invalid byte 0xe2"},
		{"Latin-1 after CRLF lines", "a\r\nb\r\n\xa0c\r\n", 3, "invalid byte 0xa0"},
		{"empty file", "", -1, "empty file"},
		{"white space only", " \t\r\n\n ", -1, "empty file"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := CheckText("in.txt", []byte(tt.in))
			if tt.line == 0 {
				if err != nil {
					t.Fatalf("CheckText = %v, want nil", err)
				}
				return
			}
			var ie *InputError
			if !errors.As(err, &ie) {
				t.Fatalf("CheckText = %v, want an *InputError", err)
			}
			wantLine := max(tt.line, 0)
			if ie.File != "in.txt" || ie.Line != wantLine || !strings.Contains(ie.Msg, tt.msg) {
				t.Errorf("CheckText = %+v, want line %d and a message with %q", ie, wantLine, tt.msg)
			}
		})
	}
}

func TestInputError(t *testing.T) {
	tests := []struct {
		err  *InputError
		want string
	}{
		{&InputError{File: "record.txt", Line: 12, Msg: "binary file"}, "record.txt:12: binary file"},
		{&InputError{File: "record.txt", Msg: "empty file"}, "record.txt: empty file"},
		{&InputError{File: "dir/a b.txt", Line: 1, Msg: "x"}, "dir/a b.txt:1: x"},
	}
	for _, tt := range tests {
		if got := tt.err.Error(); got != tt.want {
			t.Errorf("Error() = %q, want %q", got, tt.want)
		}
	}
	wrapped := fmt.Errorf("stage entities: %w", tests[0].err)
	if !IsInputError(wrapped) || !IsInputError(tests[1].err) {
		t.Error("IsInputError does not see an *InputError, wrapped or not")
	}
	if IsInputError(errors.New("disk full")) || IsInputError(nil) {
		t.Error("IsInputError reports an internal error as an input error")
	}
}

func TestSpanIn(t *testing.T) {
	src := "Comrade STALIN"
	tests := []struct {
		s    Span
		want string
	}{
		{Span{8, 14}, "STALIN"},
		{Span{0, 0}, ""},
		{Span{3, 2}, ""},
		{Span{-1, 3}, ""},
		{Span{8, 15}, ""},
	}
	for _, tt := range tests {
		if got := tt.s.In(src); got != tt.want {
			t.Errorf("%v.In = %q, want %q", tt.s, got, tt.want)
		}
	}
	if n := (Span{8, 14}).Len(); n != 6 {
		t.Errorf("Len = %d, want 6", n)
	}
}

func TestDocumentLine(t *testing.T) {
	d := &Document{Source: "ab\ncd\r\n\nef"}
	for off, want := range []int{1, 1, 1, 2, 2, 2, 2, 3, 4, 4} {
		if got := d.Line(off); got != want {
			t.Errorf("Line(%d) = %d, want %d", off, got, want)
		}
	}
}

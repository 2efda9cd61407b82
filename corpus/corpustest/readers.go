package corpustest

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"parley/corpus"
)

// ReadFunc is a reader of one document, as the reader packages export it
// (chat.Read, tei.Read).
type ReadFunc func(name string, src []byte, opt corpus.Options) (*corpus.Document, error)

// NoOptions makes a ReadFunc of a reader that takes no options
// (deposition.Read, play.Read); it ignores the options it is given.
func NoOptions(read func(name string, src []byte) (*corpus.Document, error)) ReadFunc {
	return func(name string, src []byte, _ corpus.Options) (*corpus.Document, error) {
		return read(name, src)
	}
}

// Case is a table test of a reader: the turns and notes of a hand-made
// input, as Turns renders them (or the rendering RunCasesWith is given).
type Case struct {
	Name, Src    string
	Turns, Notes string
}

// RunCases reads each case's input as file name with read, and checks the
// turns and notes (Turns), the format and the invariants.
func RunCases(t *testing.T, cases []Case, read ReadFunc, name, format string) {
	t.Helper()
	RunCasesWith(t, cases, read, name, Turns, CheckInvariants, func(t testing.TB, d *corpus.Document) {
		if d.Format != format {
			t.Errorf("Format %q", d.Format)
		}
	})
}

// RunCasesWith is RunCases for tables that render a document otherwise:
// it reads each case's input as file name with read, runs the checks on
// the document, and compares the turns and notes as render gives them
// with the case's.
func RunCasesWith(t *testing.T, cases []Case, read ReadFunc, name string, render func(*corpus.Document) (turns, notes string), checks ...func(testing.TB, *corpus.Document)) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.Name, func(t *testing.T) {
			d, err := read(name, []byte(tc.Src), corpus.Options{})
			if err != nil {
				t.Fatal(err)
			}
			for _, check := range checks {
				check(t, d)
			}
			turns, notes := render(d)
			if turns != tc.Turns {
				t.Errorf("turns\n got %s\nwant %s", turns, tc.Turns)
			}
			if notes != tc.Notes {
				t.Errorf("notes\n got %s\nwant %s", notes, tc.Notes)
			}
		})
	}
}

// ErrorCase is a table test of a reader's error: an input, and the line
// and words of the *corpus.InputError it must give.
type ErrorCase struct {
	Name, Src string
	Line      int
	Msg       string
}

// RunErrors reads each case's input as file name with read, and checks it
// gives no document and an *corpus.InputError naming the file, the line
// and the words.
func RunErrors(t *testing.T, cases []ErrorCase, read ReadFunc, name string) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.Name, func(t *testing.T) {
			d, err := read(name, []byte(tc.Src), corpus.Options{})
			var ie *corpus.InputError
			if !errors.As(err, &ie) || d != nil {
				t.Fatalf("got %v, %v; want an *InputError", d, err)
			}
			if ie.File != name || ie.Line != tc.Line || !strings.Contains(ie.Msg, tc.Msg) {
				t.Errorf("error %q (line %d), want line %d and %q", ie.Error(), ie.Line, tc.Line, tc.Msg)
			}
		})
	}
}

// Turns renders a document's turns as "speaker=speech|speech / next
// utterance" joined by "; ", and its notes as Notes does.
func Turns(d *corpus.Document) (turns, notes string) {
	var ts []string
	for _, t := range d.Turns {
		var us []string
		for _, u := range t.Utterances {
			var ss []string
			for _, s := range u.Speech {
				ss = append(ss, s.In(d.Source))
			}
			us = append(us, strings.Join(ss, "|"))
		}
		ts = append(ts, t.Speaker+"="+strings.Join(us, " / "))
	}
	return strings.Join(ts, "; "), Notes(d)
}

// Notes renders a document's notes as "kind:text@turn", space separated.
func Notes(d *corpus.Document) string {
	var ns []string
	for _, n := range d.Notes {
		ns = append(ns, fmt.Sprintf("%s:%s@%d", n.Kind, d.NoteText(n), n.Turn))
	}
	return strings.Join(ns, " ")
}

// TurnSpeech joins the speech of a turn's utterances (SpeechText) with
// single spaces.
func TurnSpeech(d *corpus.Document, t corpus.Turn) string {
	var parts []string
	for _, u := range t.Utterances {
		parts = append(parts, SpeechText(d, u))
	}
	return strings.Join(strings.Fields(strings.Join(parts, " ")), " ")
}

// turnSpeeches renders a document's turns as "speaker: speech" (TurnSpeech)
// joined by " | ".
func turnSpeeches(d *corpus.Document) string {
	var parts []string
	for _, t := range d.Turns {
		parts = append(parts, t.Speaker+": "+TurnSpeech(d, t))
	}
	return strings.Join(parts, " | ")
}

// UtteranceSpeeches renders a document's turns as "speaker=speech|speech",
// one SpeechText an utterance, joined by " / ".
func UtteranceSpeeches(d *corpus.Document) string {
	var out []string
	for _, t := range d.Turns {
		var parts []string
		for _, u := range t.Utterances {
			parts = append(parts, SpeechText(d, u))
		}
		out = append(out, t.Speaker+"="+strings.Join(parts, "|"))
	}
	return strings.Join(out, " / ")
}

// NoteTexts renders a document's notes as "kind:text" joined by " / ".
func NoteTexts(d *corpus.Document) string {
	var out []string
	for _, n := range d.Notes {
		out = append(out, string(n.Kind)+":"+d.NoteText(n))
	}
	return strings.Join(out, " / ")
}

// UtterancesAndNotes renders a document's turns as UtteranceSpeeches does
// and its notes as NoteTexts does, for RunCasesWith.
func UtterancesAndNotes(d *corpus.Document) (turns, notes string) {
	return UtteranceSpeeches(d), NoteTexts(d)
}

// TurnSummary renders a document's turns as "speaker: L2 speech|speech /
// L3 speech", one turn a line: each utterance's line and its speech spans.
func TurnSummary(d *corpus.Document) string {
	var b strings.Builder
	for _, t := range d.Turns {
		fmt.Fprintf(&b, "%s:", t.Speaker)
		for k, u := range t.Utterances {
			if k > 0 {
				b.WriteString(" /")
			}
			var speech []string
			for _, s := range u.Speech {
				speech = append(speech, s.In(d.Source))
			}
			fmt.Fprintf(&b, " L%d %s", u.Line, strings.Join(speech, "|"))
		}
		b.WriteString("\n")
	}
	return b.String()
}

// CheckDocument asserts a reader's contract for any input it accepts: the
// source kept as given, at least one turn, and every invariant of
// CheckInvariants.
func CheckDocument(t testing.TB, d *corpus.Document, src []byte) {
	t.Helper()
	if d.Source != string(src) {
		t.Fatal("Source is not the input")
	}
	if len(d.Turns) == 0 {
		t.Fatal("a document without turns")
	}
	CheckInvariants(t, d)
}

// SpeechListing is Listing with each utterance's speech in full and its
// timing.
func SpeechListing(d *corpus.Document) string {
	var b strings.Builder
	b.WriteString(Listing(d))
	b.WriteString("speech:\n")
	for _, t := range d.Turns {
		for _, u := range t.Utterances {
			var ss []string
			for _, s := range u.Speech {
				ss = append(ss, s.In(d.Source))
			}
			fmt.Fprintf(&b, "  L%-3d %7.3f %7.3f %q\n", u.Line, u.Start, u.End, strings.Join(ss, "|"))
		}
	}
	return b.String()
}

// ReadTestdata reads the file of the package's testdata directory with
// read, and checks that the document keeps its source and the invariants
// (CheckInvariants).
func ReadTestdata(t testing.TB, file string, read ReadFunc) *corpus.Document {
	t.Helper()
	src, err := os.ReadFile(filepath.Join("testdata", file))
	if err != nil {
		t.Fatal(err)
	}
	d, err := read(file, src, corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if d.Source != string(src) {
		t.Fatal("Source is not the input")
	}
	CheckInvariants(t, d)
	return d
}

// GoldenFile is the golden listing of a file of the package's testdata
// directory: testdata/NAME.turns.golden for NAME.EXT.
func GoldenFile(file string) string {
	return filepath.Join("testdata", strings.TrimSuffix(file, filepath.Ext(file))+".turns.golden")
}

// RunGolden reads each file of the package's testdata directory with read
// (ReadTestdata), runs the checks on the document, and compares its
// listing with the file's golden file (GoldenFile, CheckGolden).
func RunGolden(t *testing.T, files []string, read ReadFunc, listing func(*corpus.Document) string, checks ...func(testing.TB, *corpus.Document)) {
	t.Helper()
	for _, file := range files {
		t.Run(file, func(t *testing.T) {
			d := ReadTestdata(t, file, read)
			for _, check := range checks {
				check(t, d)
			}
			CheckGolden(t, GoldenFile(file), listing(d))
		})
	}
}

// CheckRead asserts a reader's contract for any input src, as a fuzz test
// asks it of what the reader gave (d, err): no document and an
// *corpus.InputError, or a document CheckDocument accepts and the checks
// too.
func CheckRead(t testing.TB, src []byte, d *corpus.Document, err error, checks ...func(testing.TB, *corpus.Document)) {
	t.Helper()
	if err != nil {
		var ie *corpus.InputError
		if !errors.As(err, &ie) || d != nil {
			t.Fatalf("%v, %v (%T): want no document and an *InputError", d, err, err)
		}
		return
	}
	CheckDocument(t, d, src)
	for _, check := range checks {
		check(t, d)
	}
}

// CheckStructured asserts what every document of a reader of structured
// files (a table, JSON Lines), whose cue stands apart from the text, must
// be: its source the input, turns numbered 1..n by known speakers, every
// span within the source, speech within its utterance's Text, in order and
// clear of every note, notes in known turns. (CheckInvariants asks for the
// cue at the start of the text, which a table's speaker cell is not.)
func CheckStructured(t testing.TB, d *corpus.Document, src []byte) {
	t.Helper()
	if d.Source != string(src) {
		t.Fatal("Source is not the input")
	}
	if len(d.Turns) == 0 {
		t.Fatal("a document without turns")
	}
	within := func(what string, s corpus.Span) {
		t.Helper()
		if s.Start < 0 || s.Start > s.End || s.End > len(src) {
			t.Fatalf("%s %v outside the source of %d bytes", what, s, len(src))
		}
	}
	speakers := map[string]bool{}
	for _, s := range d.Speakers {
		speakers[s.ID] = true
	}
	for i, tr := range d.Turns {
		if tr.Index != i+1 {
			t.Fatalf("turn %d has Index %d", i+1, tr.Index)
		}
		if !speakers[tr.Speaker] || len(tr.Utterances) == 0 || tr.FirstLine < 1 || tr.FirstLine > tr.LastLine {
			t.Fatalf("turn %d: speaker %q, %d utterances, lines %d-%d", tr.Index, tr.Speaker, len(tr.Utterances), tr.FirstLine, tr.LastLine)
		}
		for _, u := range tr.Utterances {
			within("Cue", u.Cue)
			within("Text", u.Text)
			if u.Line < 1 {
				t.Fatalf("turn %d: an utterance on line %d", tr.Index, u.Line)
			}
			pos := u.Text.Start
			for _, s := range u.Speech {
				within("Speech", s)
				if s.Len() == 0 || s.Start < pos || s.End > u.Text.End {
					t.Fatalf("turn %d: speech %v empty, out of order or outside Text %v", tr.Index, s, u.Text)
				}
				pos = s.End
				for _, n := range d.Notes {
					if s.Start < n.Anchor.End && n.Anchor.Start < s.End {
						t.Fatalf("turn %d: speech %q overlaps the note %q", tr.Index, s.In(d.Source), n.Anchor.In(d.Source))
					}
				}
			}
		}
	}
	for _, n := range d.Notes {
		within("Anchor", n.Anchor)
		within("Body", n.Body)
		within("Extent", n.Extent)
		if n.Turn < 0 || n.Turn > len(d.Turns) {
			t.Fatalf("a note in turn %d of %d", n.Turn, len(d.Turns))
		}
	}
}

// AddSeeds adds to a fuzz test's seed corpus the files of the package's
// testdata directory that it can read, and the seeds.
func AddSeeds(f *testing.F, files, seeds []string) {
	for _, file := range files {
		if src, err := os.ReadFile(filepath.Join("testdata", file)); err == nil {
			f.Add(src)
		}
	}
	for _, s := range seeds {
		f.Add([]byte(s))
	}
}

// CheckSpeeches reads src as file name with read, checks the document
// (CheckDocument) and its turns against want, "speaker: speech" a turn
// (TurnSpeech) joined by " | ", and returns it for further checks.
func CheckSpeeches(t testing.TB, read ReadFunc, name, src, want string) *corpus.Document {
	t.Helper()
	d, err := read(name, []byte(src), corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	CheckDocument(t, d, []byte(src))
	if got := turnSpeeches(d); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	return d
}

// CheckRejected asserts that read, reading each input as file name, gives
// no document and an *corpus.InputError.
func CheckRejected(t testing.TB, read ReadFunc, name string, srcs ...string) {
	t.Helper()
	for _, src := range srcs {
		d, err := read(name, []byte(src), corpus.Options{})
		if !corpus.IsInputError(err) || d != nil {
			t.Errorf("%q: %v, %v; want an input error", src, d, err)
		}
	}
}

// CheckRoster asserts the document's roster, as fmt prints it.
func CheckRoster(t testing.TB, d *corpus.Document, want []corpus.Participant) {
	t.Helper()
	if fmt.Sprint(d.Roster) != fmt.Sprint(want) {
		t.Errorf("Roster\n got %v\nwant %v", d.Roster, want)
	}
}

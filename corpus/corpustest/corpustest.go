package corpustest

import (
	"flag"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"

	"parley/corpus"
)

var update = flag.Bool("update", false, "rewrite golden files")

// Updating reports whether the tests run with -update, to rewrite golden
// files: for a test package that imports corpustest and keeps golden
// files of its own (one -update flag per test binary).
func Updating() bool { return *update }

// Listing renders what the reader made of a document in a form a person can
// check line by line against the source: ListingForm{Roster: true, Clip: 80,
// NoteNumbers: true}.
func Listing(d *corpus.Document) string {
	return ListingForm{Roster: true, Clip: 80, NoteNumbers: true}.Render(d)
}

// ListingForm says what a listing shows where the readers' golden files
// differ; every listing has the name, format, title, date, front and back
// matter, speakers, turns with their utterances, and notes. The zero value
// shows no more than those, with each utterance's speech in full.
type ListingForm struct {
	Meta         bool // Meta, by key, after the date
	Roster       bool // the roster, after the matter
	Words        bool // each speaker's words (Words), after its forms
	SpeakerWidth int  // the width of a turn's speaker column; 0 is 10
	Clip         int  // speech clipped to this many runes (Clip); 0 keeps it whole
	NoteNumbers  bool // each note's footnote number, after its kind
}

// Render lists the document in the form f.
func (f ListingForm) Render(d *corpus.Document) string {
	var b strings.Builder
	lines := func(s corpus.Span) string {
		if s.Len() == 0 {
			return "none"
		}
		return fmt.Sprintf("lines %d-%d", d.Line(s.Start), d.Line(s.End-1))
	}
	fmt.Fprintf(&b, "name: %s\n", d.Name)
	fmt.Fprintf(&b, "format: %s\n", d.Format)
	fmt.Fprintf(&b, "title: %s\n", d.Title)
	fmt.Fprintf(&b, "date: %s\n", d.Date)
	if f.Meta {
		keys := make([]string, 0, len(d.Meta))
		for k := range d.Meta {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			fmt.Fprintf(&b, "meta %s: %s\n", k, d.Meta[k])
		}
	}
	fmt.Fprintf(&b, "front: %s\n", lines(d.Front))
	fmt.Fprintf(&b, "back: %s\n", lines(d.Back))
	if f.Roster {
		fmt.Fprintf(&b, "roster: %d\n", len(d.Roster))
		for _, p := range d.Roster {
			fmt.Fprintf(&b, "  L%d %s", p.Line, p.Name)
			if p.Role != "" {
				fmt.Fprintf(&b, " (%s)", p.Role)
			}
			b.WriteString("\n")
		}
	}
	fmt.Fprintf(&b, "speakers: %d\n", len(d.Speakers))
	for _, s := range d.Speakers {
		fmt.Fprintf(&b, "  %s %q forms %q", s.ID, s.Name, s.Forms)
		if f.Words {
			fmt.Fprintf(&b, " words %d", Words(d, s.ID))
		}
		b.WriteString("\n")
	}
	width := f.SpeakerWidth
	if width == 0 {
		width = 10
	}
	fmt.Fprintf(&b, "turns: %d\n", len(d.Turns))
	for _, t := range d.Turns {
		fmt.Fprintf(&b, "%3d %-*s L%d-%d utterances %d\n", t.Index, width, t.Speaker, t.FirstLine, t.LastLine, len(t.Utterances))
		for _, u := range t.Utterances {
			speech := SpeechText(d, u)
			if f.Clip > 0 {
				speech = Clip(speech, f.Clip)
			}
			fmt.Fprintf(&b, "      L%-3d %q | %s\n", u.Line, u.Cue.In(d.Source), speech)
		}
	}
	fmt.Fprintf(&b, "notes: %d\n", len(d.Notes))
	for _, n := range d.Notes {
		if f.NoteNumbers {
			fmt.Fprintf(&b, "  %-9s %2d L%-3d turn %2d %q\n", n.Kind, n.Number, n.Line, n.Turn, Clip(d.NoteText(n), 60))
		} else {
			fmt.Fprintf(&b, "  %-9s L%-3d turn %2d %q\n", n.Kind, n.Line, n.Turn, Clip(d.NoteText(n), 60))
		}
	}
	return b.String()
}

// Words counts a speaker's words as the white-space separated pieces of
// its speech (SpeechText) that hold an ASCII letter or digit; the
// tokenizer's count is close.
func Words(d *corpus.Document, id string) int {
	n := 0
	for _, t := range d.Turns {
		if t.Speaker != id {
			continue
		}
		for _, u := range t.Utterances {
			for _, w := range strings.Fields(SpeechText(d, u)) {
				if strings.IndexFunc(w, func(r rune) bool { return r >= '0' && r <= '9' || r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' }) >= 0 {
					n++
				}
			}
		}
	}
	return n
}

// SpeechText joins an utterance's speech spans with single spaces.
func SpeechText(d *corpus.Document, u corpus.Utterance) string {
	var parts []string
	for _, s := range u.Speech {
		parts = append(parts, s.In(d.Source))
	}
	return strings.Join(strings.Fields(strings.Join(parts, " ")), " ")
}

// Clip shortens s to at most n runes.
func Clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}

// CheckGolden compares got with the golden file, or rewrites the file
// under -update.
func CheckGolden(t testing.TB, golden, got string) {
	t.Helper()
	if *update {
		if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run the package's go test -run %s -update to create it)", err, t.Name())
	}
	if string(want) != got {
		t.Errorf("listing differs from %s; run with -update and review the diff:\n%s", golden, FirstDiff(string(want), got))
	}
}

// FirstDiff shows the first line where two texts (listings) differ.
func FirstDiff(want, got string) string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < max(len(wl), len(gl)); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			return fmt.Sprintf("line %d:\n- %s\n+ %s", i+1, w, g)
		}
	}
	return "(no difference in lines)"
}

// CheckMatter asserts the line ranges of the front and back matter ("" for
// none).
func CheckMatter(t testing.TB, d *corpus.Document, front, back string) {
	t.Helper()
	lines := func(s corpus.Span) string {
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

// CheckMeta asserts the title and date.
func CheckMeta(t testing.TB, d *corpus.Document, title, date string) {
	t.Helper()
	if d.Title != title {
		t.Errorf("Title = %q, want %q", d.Title, title)
	}
	if d.Date != date {
		t.Errorf("Date = %q, want %q", d.Date, date)
	}
}

// CheckInvariants asserts what holds for every document a reader returns:
// spans inside the source, turns numbered 1..n (two in a row may be one
// speaker's where the reader broke them, Builder.Break), speech inside its
// utterance, in order, disjoint and clear of cues and notes.
func CheckInvariants(t testing.TB, d *corpus.Document) {
	t.Helper()
	inSource := func(what string, s corpus.Span) {
		if s.Start < 0 || s.Start > s.End || s.End > len(d.Source) {
			t.Errorf("%s %v lies outside the source (%d bytes)", what, s, len(d.Source))
		}
	}
	overlaps := func(a, b corpus.Span) bool { return a.Start < b.End && b.Start < a.End }
	inSource("Front", d.Front)
	inSource("Back", d.Back)
	if d.Front.Len() > 0 && d.Back.Len() > 0 && d.Front.End > d.Back.Start {
		t.Errorf("Front %v runs into Back %v", d.Front, d.Back)
	}
	var cues []corpus.Span
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
		for _, s := range []corpus.Span{n.Anchor, n.Body, n.Extent} {
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
		if n.Kind != corpus.Footnote && n.Number != 0 {
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

// CheckAlternating asserts that no two turns in a row are one speaker's,
// for readers that never break a speaker's turn (Builder.Break).
func CheckAlternating(t testing.TB, d *corpus.Document) {
	t.Helper()
	for i := 1; i < len(d.Turns); i++ {
		if d.Turns[i-1].Speaker == d.Turns[i].Speaker {
			t.Errorf("turns %d and %d are both %s's", i, i+1, d.Turns[i].Speaker)
		}
	}
}

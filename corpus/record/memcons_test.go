package record

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"parley/corpus"
	"parley/corpus/corpustest"
)

// sharedMemcons is where the shared corpus keeps the FRUS memoranda of
// conversation, from this package's directory.
var sharedMemcons = filepath.Join("..", "..", "..", "shared", "corpora", "frus-memcons")

// speakerWords counts each speaker's words of speech with wordRe.
func speakerWords(d *corpus.Document) map[string]int {
	words := map[string]int{}
	for _, t := range d.Turns {
		for _, u := range t.Utterances {
			for _, s := range u.Speech {
				words[t.Speaker] += len(wordRe.FindAllString(s.In(d.Source), -1))
			}
		}
	}
	return words
}

// within reports whether got is within pct per cent of want.
func within(got, want int, pct float64) bool {
	d := float64(got - want)
	if d < 0 {
		d = -d
	}
	return d <= float64(want)*pct/100
}

// TestFRUSd89 reads a memorandum of conversation (FRUS 1961-63 V, 89) and
// compares it with a reading by hand, made before the reader was run:
// the President and Khrushchev take turns nine times; the framing ("The
// President opened the conversation by saying that", "He said that",
// "However, the President said,", "This, he said, ...") is not speech.
// The words were counted by hand from the speech so marked, with the
// same word rule as wordRe (305 and 363).
func TestFRUSd89(t *testing.T) {
	src, err := os.ReadFile(filepath.Join("testdata", "frus1961-63v05_d89.txt"))
	if err != nil {
		t.Fatal(err)
	}
	d, err := ReadOne("frus1961-63v05_d89.txt", src)
	if err != nil {
		t.Fatal(err)
	}
	corpustest.CheckGolden(t, filepath.Join("testdata", "frus1961-63v05_d89.turns.golden"), corpustest.Listing(d))
	corpustest.CheckInvariants(t, d)
	corpustest.CheckMeta(t, d, "Memorandum of Conversation", "1961-06-04")
	corpustest.CheckMatter(t, d, "1-9", "20-21")
	const p, k = "the president", "khrushchev"
	var seq []string
	for _, tr := range d.Turns {
		seq = append(seq, tr.Speaker)
	}
	if want := []string{p, k, p, k, p, k, p, k, p}; !reflect.DeepEqual(seq, want) {
		t.Errorf("turns %q, want %q", seq, want)
	}
	words := speakerWords(d)
	for sp, want := range map[string]int{p: 305, k: 363} {
		if !within(words[sp], want, 2) {
			t.Errorf("%s: %d words, by hand %d", sp, words[sp], want)
		}
	}
	var roster []string
	for _, r := range d.Roster {
		roster = append(roster, r.Name+" ("+r.Role+")")
	}
	if got, want := strings.Join(roster, "; "), "The President (President); Akalovsky (interpreting); Khrushchev (Chairman); Sukhodrev (Interpreter, USSR Ministry of Foreign Affairs)"; got != want {
		t.Errorf("roster %s\nwant %s", got, want)
	}
	if sp, _ := d.Speaker(k); !reflect.DeepEqual(sp.Forms, []string{"Mr. Khrushchev", "He", "he", "the Chairman"}) {
		t.Errorf("Khrushchev's forms %q", sp.Forms)
	}
}

// TestSharedMemcons reads the four memoranda of the shared corpus and
// checks what a reading of each by hand finds: the speakers, in order of
// first turn, and the number of turns. (d89's turns and words are checked
// in full by TestFRUSd89.)
func TestSharedMemcons(t *testing.T) {
	if _, err := os.Stat(sharedMemcons); err != nil {
		t.Skip("../shared/corpora is absent")
	}
	for _, tc := range []struct {
		file     string
		turns    int
		speakers []string
		words    map[string]int // counted by hand, where done
	}{
		{"frus1961-63v05_d86.txt", 83, []string{"rusk", "gromyko", "nitze", "thompson", "matthews"}, nil},
		// d88: the framing marked by hand ("1. Mr. Khrushchev said", "He
		// said that", ", Mr. Khrushchev said,", "5. In response to the
		// President's inquiry ..., Mr. Khrushchev said that"), the rest
		// counted with wordRe's rule.
		{"frus1961-63v05_d88.txt", 9, []string{"khrushchev", "the president", "gromyko"}, map[string]int{"khrushchev": 873, "the president": 437, "gromyko": 65}},
		{"frus1961-63v05_d89.txt", 9, []string{"the president", "khrushchev"}, map[string]int{"the president": 305, "khrushchev": 363}},
		{"frus1961-63v05_d91.txt", 42, []string{"the president", "humphrey", "dirksen", "fulbright", "saltonstall", "russell", "the vice president", "mccormack"}, nil},
	} {
		t.Run(tc.file, func(t *testing.T) {
			src, err := os.ReadFile(filepath.Join(sharedMemcons, tc.file))
			if err != nil {
				t.Fatal(err)
			}
			d, err := ReadOne(tc.file, src)
			if err != nil {
				t.Fatal(err)
			}
			corpustest.CheckInvariants(t, d)
			var ids []string
			for _, s := range d.Speakers {
				ids = append(ids, s.ID)
			}
			if len(d.Turns) != tc.turns || !reflect.DeepEqual(ids, tc.speakers) {
				t.Errorf("%d turns by %q, want %d by %q", len(d.Turns), ids, tc.turns, tc.speakers)
			}
			words := speakerWords(d)
			for sp, want := range tc.words {
				if !within(words[sp], want, 2) {
					t.Errorf("%s: %d words, by hand %d", sp, words[sp], want)
				}
			}
			if d.Title != "Memorandum of Conversation" || !strings.HasPrefix(d.Date, "1961-06-0") {
				t.Errorf("title %q, date %q", d.Title, d.Date)
			}
			for _, n := range d.Notes {
				if n.Kind == corpus.Footnote && n.Body.Len() == 0 {
					t.Errorf("footnote %d on line %d has no body", n.Number, n.Line)
				}
			}
		})
	}
}

// wrap fills each line of src longer than width into lines of at most
// width bytes, with a blank line after each paragraph so wrapped, as a
// hard-wrapped archive text is laid out.
func wrap(src string, width int) string {
	var b strings.Builder
	for _, line := range strings.Split(src, "\n") {
		if len(line) <= width {
			b.WriteString(line + "\n")
			continue
		}
		n := 0
		for _, w := range strings.Fields(line) {
			if n > 0 && n+1+len(w) > width {
				b.WriteString("\n")
				n = 0
			}
			if n > 0 {
				b.WriteString(" ")
				n++
			}
			b.WriteString(w)
			n += len(w)
		}
		b.WriteString("\n\n")
	}
	return b.String()
}

// TestFRUSd89Wrapped reads d89 hard-wrapped at 72 columns: its paragraphs
// are joined again, and it reads as the original does, turn for turn and
// word for word.
func TestFRUSd89Wrapped(t *testing.T) {
	src, err := os.ReadFile(filepath.Join("testdata", "frus1961-63v05_d89.txt"))
	if err != nil {
		t.Fatal(err)
	}
	flat, err := ReadOne("d89.txt", src)
	if err != nil {
		t.Fatal(err)
	}
	wrapped, err := ReadOne("d89-wrapped.txt", []byte(wrap(string(src), 72)))
	if err != nil {
		t.Fatal(err)
	}
	corpustest.CheckInvariants(t, wrapped)
	if got, want := speakerWords(wrapped), speakerWords(flat); !reflect.DeepEqual(got, want) || len(wrapped.Turns) != len(flat.Turns) || !reflect.DeepEqual(wrapped.Roster, flat.Roster) && len(wrapped.Roster) != len(flat.Roster) {
		t.Errorf("wrapped: %d turns, words %v, roster %d; flat: %d turns, words %v, roster %d", len(wrapped.Turns), got, len(wrapped.Roster), len(flat.Turns), want, len(flat.Roster))
	}
	for i := range flat.Turns {
		if i < len(wrapped.Turns) && wrapped.Turns[i].Speaker != flat.Turns[i].Speaker {
			t.Errorf("turn %d: %s, flat %s", i+1, wrapped.Turns[i].Speaker, flat.Turns[i].Speaker)
		}
	}
}

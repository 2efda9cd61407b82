package corpus

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// chatHead is the header of the hand-made CHAT cases.
const chatHead = "@UTF8\n@Begin\n@Languages:\teng\n@Participants:\tCHI Ross Target_Child, MOT Mother\n"

// readerTurns renders a document's turns as "speaker=speech|speech /
// next utterance" joined by "; ", and its notes as "kind:text@turn".
func readerTurns(d *Document) (turns, notes string) {
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
	var ns []string
	for _, n := range d.Notes {
		ns = append(ns, fmt.Sprintf("%s:%s@%d", n.Kind, d.NoteText(n), n.Turn))
	}
	return strings.Join(ts, "; "), strings.Join(ns, " ")
}

func TestReadCHAT(t *testing.T) {
	tests := []readerCase{
		{
			name:  "speakers by name, else role; one utterance a tier",
			src:   chatHead + "*MOT:\twhat is that ?\n*CHI:\ta doggie .\n@End\n",
			turns: "mother=what is that; ross=a doggie",
		},
		{
			name:  "consecutive tiers of one speaker are one turn",
			src:   chatHead + "*CHI:\tdoggie .\n*CHI:\tbig doggie !\n*MOT:\tyes .\n",
			turns: "ross=doggie / big doggie; mother=yes",
		},
		{
			name:  "a tier goes on over lines opening with a tab",
			src:   chatHead + "*MOT:\twe went to the park\n\tand saw the ducks .\n*CHI:\tducks !\n",
			turns: "mother=we went to the park|and saw the ducks; ross=ducks",
		},
		{
			name:  "CRLF line ends",
			src:   strings.ReplaceAll(chatHead+"*MOT:\twe went\n\tout .\n*CHI:\tyes .\n@End\n", "\n", "\r\n"),
			turns: "mother=we went|out; ross=yes",
		},
		{
			name:  "retracing keeps the words said, cuts the codes and angle brackets",
			src:   chatHead + "*CHI:\t<I want> [/] I want [//] I need cookie [*] [+ gram] .\n",
			turns: "ross=I want|I want|I need cookie",
		},
		{
			name:  "explanations, targets and comments are editorial notes, paralinguistics stage notes",
			src:   chatHead + "*CHI:\tpwease [: please] that [= the ball] [% whispered] !\n*MOT:\tno [=! laughs] [=? now] .\n",
			turns: "ross=pwease|that; mother=no",
			notes: "editorial:please@1 editorial:the ball@1 editorial:whispered@1 stage:laughs@2 editorial:now@2",
		},
		{
			name:  "fillers and fragments are cut, events are stage notes",
			src:   chatHead + "*MOT:\t&-uh it's &+gr green &=laughs &~gaga &*CHI:yeah .\n",
			turns: "mother=it's|green",
			notes: "stage:laughs@1",
		},
		{
			name:  "unintelligible, untranscribed and omitted words are cut",
			src:   chatHead + "*CHI:\txxx ball yyy www 0is big 0 .\n",
			turns: "ross=ball|big",
		},
		{
			name:  "terminators, linkers and markers are cut, commas stay",
			src:   chatHead + "*MOT:\t+< yes , and then +...\n*CHI:\t++ and more +/.\n*MOT:\twhat ? \n*CHI:\tgo „ now ‡ +//.\n",
			turns: "mother=yes , and then; ross=and more; mother=what; ross=go|now",
		},
		{
			name:  "pauses are cut",
			src:   chatHead + "*MOT:\twell (.) maybe (..) later (1.5) (2:03.5) .\n",
			turns: "mother=well|maybe|later",
		},
		{
			name:  "special-form suffixes and unsaid sounds at a word's edges are cut",
			src:   chatHead + "*CHI:\tdoggie@c baba@b (be)cause goin(g) som(e)thing .\n",
			turns: "ross=doggie|baba|cause goin|som(e)thing",
		},
		{
			name:  "dependent tiers are not speech; %com and @Comment are notes",
			src:   chatHead + "@Comment:\tbefore\n*CHI:\tball .\n%mor:\tn|ball .\n%com:\tholds\n\tthe ball up\n%act:\tthrows it\n*MOT:\tnice !\n@Comment:\tafter\n@End\n",
			turns: "ross=ball; mother=nice",
			notes: "editorial:before@0 editorial:holds the ball up@1 editorial:after@0",
		},
		{
			name:  "a code not on the roster names its speaker",
			src:   chatHead + "*INV:\tlook here .\n*CHI:\twhat ?\n",
			turns: "inv=look here; ross=what",
		},
		{
			name:  "without a roster every speaker goes by the code",
			src:   "@Begin\n*CHI:\thi .\n*FAT:\thello .\n@End\n",
			turns: "chi=hi; fat=hello",
		},
		{
			name:  "a byte order mark and blank lines are passed over",
			src:   "\ufeff" + chatHead + "\n*CHI:\thi .\n\n*MOT:\thello .\n",
			turns: "ross=hi; mother=hello",
		},
		{
			name:  "a tier of codes only has no speech and is no turn",
			src:   chatHead + "*CHI:\t0 [=! cries] .\n*MOT:\toh dear .\n",
			turns: "mother=oh dear",
			notes: "stage:cries@0",
		},
	}
	runReaderCases(t, tests, ReadCHAT, "t.cha", "chat")
}

func TestReadCHATHeaders(t *testing.T) {
	src := "@UTF8\n@Begin\n@Languages:\teng\n" +
		"@Participants:\tCHI Ross Target_Child, MOT Mary_Ann Mother,\n\tINV1 Investigator, INV2 Investigator\n" +
		"@Date:\t07-jan-1983\n" +
		"*CHI:\tfoo .\n*MOT:\tbar .\n*INV1:\tbaz .\n*INV2:\tqux .\n*CHI:\tend .\n" +
		"@End\n"
	d, err := ReadCHAT("t.cha", []byte(src), Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkMeta(t, d, "", "1983-01-07")
	checkMatter(t, d, "1-6", "12-12")
	want := []Participant{{"Ross", "Target Child", 4}, {"Mary Ann", "Mother", 4}, {"INV1", "Investigator", 5}, {"INV2", "Investigator", 5}}
	if fmt.Sprint(d.Roster) != fmt.Sprint(want) {
		t.Errorf("Roster = %v, want %v", d.Roster, want)
	}
	var got []string
	for _, s := range d.Speakers {
		got = append(got, fmt.Sprintf("%s/%s/%s", s.ID, s.Name, strings.Join(s.Forms, ",")))
	}
	if w := "ross/Ross/CHI mary ann/Mary Ann/MOT inv1/INV1/INV1 inv2/INV2/INV2"; strings.Join(got, " ") != w {
		t.Errorf("speakers %q, want %q", strings.Join(got, " "), w)
	}
	u := d.Turns[0].Utterances[0]
	if u.Cue.In(d.Source) != "*CHI:" || u.CueName != "CHI" || u.Text.In(d.Source) != "*CHI:\tfoo ." || u.Line != 7 {
		t.Errorf("first utterance: cue %q, name %q, text %q, line %d", u.Cue.In(d.Source), u.CueName, u.Text.In(d.Source), u.Line)
	}
	if len(d.Turns) != 5 || d.Turns[4].Index != 5 || d.Turns[4].FirstLine != 11 {
		t.Errorf("%d turns, the last %+v", len(d.Turns), d.Turns[len(d.Turns)-1])
	}
}

func TestReadCHATDates(t *testing.T) {
	for in, want := range map[string]string{
		"14-JAN-1997": "1997-01-14", "1-dec-2001": "2001-12-01", " 09-Sep-2010 ": "2010-09-09",
		"14-JANUARY-1997": "", "1997-01-14": "", "32-JAN-1997": "", "14-JAN-97": "", "": "", "x-JAN-1997": "",
	} {
		if got := chatDate(in); got != want {
			t.Errorf("chatDate(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestReadCHATTimes(t *testing.T) {
	src := chatHead + "*MOT:\tlook \x15" + "1200_1500\x15 at that . \x151500_3250\x15\n" +
		"*CHI:\tdoggie . \x15snd:\"ross01\"_3300_4000\x15\n" +
		"*MOT:\tyes .\n" +
		"*CHI:\tbroken \x15bullet .\n"
	d, err := ReadCHAT("t.cha", []byte(src), Options{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, tr := range d.Turns {
		for _, u := range tr.Utterances {
			got = append(got, fmt.Sprintf("%g-%g", u.Start, u.End))
		}
	}
	if w := "1.2-3.25 3.3-4 0-0 0-0"; strings.Join(got, " ") != w {
		t.Errorf("times %s, want %s", strings.Join(got, " "), w)
	}
	turns, _ := readerTurns(d)
	if w := "mother=look|at that; ross=doggie; mother=yes; ross=broken|bullet"; turns != w {
		t.Errorf("turns\n got %s\nwant %s", turns, w)
	}
	checkInvariants(t, d)
}

func TestReadCHATErrors(t *testing.T) {
	tests := []readerError{
		{"main tier without a colon", chatHead + "*CHI:\tok .\n*MOT what ?\n", 6, "has no colon"},
		{"main tier without a colon, CRLF", strings.ReplaceAll(chatHead+"*CHI\tok .\n", "\n", "\r\n"), 5, "has no colon"},
		{"main tier without a code", chatHead + "*:\tok .\n", 5, "has no colon"},
		{"a code with a space", chatHead + "*CHI X:\tok .\n", 5, "has no colon"},
		{"a line of no kind", chatHead + "*CHI:\tok .\nthis is prose\n", 6, "no CHAT line"},
		{"no main tier", chatHead + "%com:\tnothing said\n@End\n", 0, "no main tiers"},
		{"headers only", "@UTF8\n@Begin\n@End\n", 0, "no main tiers"},
		{"empty", "  \n", 0, "empty file"},
		{"binary", "*CHI:\t\x00\n", 1, "binary"},
	}
	runReaderErrors(t, tests, ReadCHAT, "t.cha")
}

func TestDetectCHAT(t *testing.T) {
	tests := []struct {
		name, src string
		want      int
	}{
		{"a.cha", "@UTF8\n@Begin\n", 2},
		{"a.cha", "\ufeff@Begin\n", 2},
		{"a.txt", "@Begin\n*CHI:\thi .\n", 2},
		{"a.cha", "*CHI:\thi .\n", 1},
		{"A.CHA", "whatever", 1},
		{"a.txt", "*CHI:\thi .\n", 0},
		{"a.txt", " @Begin\n", 0},
	}
	for _, tc := range tests {
		if got := DetectCHAT(tc.name, []byte(tc.src)); got != tc.want {
			t.Errorf("detectCHAT(%q, %q) = %d, want %d", tc.name, tc.src, got, tc.want)
		}
	}
}

// readerListing is the golden listing with each utterance's speech in
// full and its timing.
func readerListing(d *Document) string {
	var b strings.Builder
	b.WriteString(listing(d))
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

// checkReaderGolden compares readerListing(d) with the golden file, or
// rewrites it under -update.
func checkReaderGolden(t *testing.T, d *Document, golden string) {
	t.Helper()
	checkGolden(t, golden, readerListing(d))
}

func readTestdataWith(t *testing.T, file string, read func(string, []byte, Options) (*Document, error)) *Document {
	t.Helper()
	src, err := os.ReadFile(filepath.Join("testdata", file))
	if err != nil {
		t.Fatal(err)
	}
	d, err := read(file, src, Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkInvariants(t, d)
	return d
}

func TestGoldenCHAT(t *testing.T) {
	d := readTestdataWith(t, "chat-breakfast.cha", ReadCHAT)
	checkReaderGolden(t, d, filepath.Join("testdata", "chat-breakfast.turns.golden"))

	// What the sample holds, independently of the listing.
	checkMeta(t, d, "", "2021-03-03")
	checkMatter(t, d, "1-10", "28-28")
	if len(d.Turns) != 8 || len(d.Speakers) != 2 || d.Speakers[0].Name != "Mother" || d.Speakers[1].Name != "Lily" {
		t.Errorf("%d turns, speakers %+v", len(d.Turns), d.Speakers)
	}
	if u := d.Turns[1].Utterances[0]; u.Start != 3.4 || u.End != 5.9 {
		t.Errorf("turn 2 timed %g-%g, want 3.4-5.9", u.Start, u.End)
	}
	words := 0
	for _, tr := range d.Turns {
		for _, u := range tr.Utterances {
			for _, s := range u.Speech {
				for _, w := range strings.Fields(s.In(d.Source)) {
					if w != "," {
						words++
					}
				}
			}
		}
	}
	// Counted by hand from the sample: the words said, no codes.
	if words != 50 {
		t.Errorf("%d words of speech, want 50", words)
	}
}

// FuzzReadCHAT feeds the reader arbitrary text. ReadCHAT must not panic;
// it returns a document whose spans lie in the source and whose turns are
// numbered 1..n, or an *InputError.
func FuzzReadCHAT(f *testing.F) {
	if src, err := os.ReadFile(filepath.Join("testdata", "chat-breakfast.cha")); err == nil {
		f.Add(src)
	}
	for _, s := range []string{
		chatHead + "*CHI:\t<I want> [/] I want [: wants] &=laughs xxx 0is (be)cause goin(g)@c (.) +...\n",
		"*MOT:\ta \x151_2\x15 b \x15 c [ d ] [= e\n\tf] .\r\n%com:\tg\n",
		"@Participants:\tA, B C, D E F, , G\n*A:\n*B:\t&=\n*D:\t[=!]\n@End",
		"*CHI x\n",
		"\ufeff\n\t\n*:",
		"*X:\t(a) () (.)( a@ @b <>> [",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		d, err := ReadCHAT("fuzz.cha", src, Options{})
		if err != nil {
			if !IsInputError(err) || d != nil {
				t.Fatalf("%v, %v: want no document and an *InputError", d, err)
			}
			return
		}
		checkReaderDocument(t, d, src)
	})
}

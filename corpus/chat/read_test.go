package chat

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"parley/corpus"
	"parley/corpus/corpustest"
)

// chatHead is the header of the hand-made CHAT cases.
const chatHead = "@UTF8\n@Begin\n@Languages:\teng\n@Participants:\tCHI Ross Target_Child, MOT Mother\n"

func TestRead(t *testing.T) {
	tests := []corpustest.Case{
		{
			Name:  "speakers by name, else role; one utterance a tier",
			Src:   chatHead + "*MOT:\twhat is that ?\n*CHI:\ta doggie .\n@End\n",
			Turns: "mother=what is that; ross=a doggie",
		},
		{
			Name:  "consecutive tiers of one speaker are one turn",
			Src:   chatHead + "*CHI:\tdoggie .\n*CHI:\tbig doggie !\n*MOT:\tyes .\n",
			Turns: "ross=doggie / big doggie; mother=yes",
		},
		{
			Name:  "a tier goes on over lines opening with a tab",
			Src:   chatHead + "*MOT:\twe went to the park\n\tand saw the ducks .\n*CHI:\tducks !\n",
			Turns: "mother=we went to the park|and saw the ducks; ross=ducks",
		},
		{
			Name:  "CRLF line ends",
			Src:   strings.ReplaceAll(chatHead+"*MOT:\twe went\n\tout .\n*CHI:\tyes .\n@End\n", "\n", "\r\n"),
			Turns: "mother=we went|out; ross=yes",
		},
		{
			Name:  "retracing keeps the words said, cuts the codes and angle brackets",
			Src:   chatHead + "*CHI:\t<I want> [/] I want [//] I need cookie [*] [+ gram] .\n",
			Turns: "ross=I want|I want|I need cookie",
		},
		{
			Name:  "explanations, targets and comments are editorial notes, paralinguistics stage notes",
			Src:   chatHead + "*CHI:\tpwease [: please] that [= the ball] [% whispered] !\n*MOT:\tno [=! laughs] [=? now] .\n",
			Turns: "ross=pwease|that; mother=no",
			Notes: "editorial:please@1 editorial:the ball@1 editorial:whispered@1 stage:laughs@2 editorial:now@2",
		},
		{
			Name:  "fillers and fragments are cut, events are stage notes",
			Src:   chatHead + "*MOT:\t&-uh it's &+gr green &=laughs &~gaga &*CHI:yeah .\n",
			Turns: "mother=it's|green",
			Notes: "stage:laughs@1",
		},
		{
			Name:  "unintelligible, untranscribed and omitted words are cut",
			Src:   chatHead + "*CHI:\txxx ball yyy www 0is big 0 .\n",
			Turns: "ross=ball|big",
		},
		{
			Name:  "terminators, linkers and markers are cut, commas stay",
			Src:   chatHead + "*MOT:\t+< yes , and then +...\n*CHI:\t++ and more +/.\n*MOT:\twhat ? \n*CHI:\tgo „ now ‡ +//.\n",
			Turns: "mother=yes , and then; ross=and more; mother=what; ross=go|now",
		},
		{
			Name:  "pauses are cut",
			Src:   chatHead + "*MOT:\twell (.) maybe (..) later (1.5) (2:03.5) .\n",
			Turns: "mother=well|maybe|later",
		},
		{
			Name:  "special-form suffixes and unsaid sounds at a word's edges are cut",
			Src:   chatHead + "*CHI:\tdoggie@c baba@b (be)cause goin(g) som(e)thing .\n",
			Turns: "ross=doggie|baba|cause goin|som(e)thing",
		},
		{
			Name:  "dependent tiers are not speech; %com and @Comment are notes",
			Src:   chatHead + "@Comment:\tbefore\n*CHI:\tball .\n%mor:\tn|ball .\n%com:\tholds\n\tthe ball up\n%act:\tthrows it\n*MOT:\tnice !\n@Comment:\tafter\n@End\n",
			Turns: "ross=ball; mother=nice",
			Notes: "editorial:before@0 editorial:holds the ball up@1 editorial:after@0",
		},
		{
			Name:  "a code not on the roster names its speaker",
			Src:   chatHead + "*INV:\tlook here .\n*CHI:\twhat ?\n",
			Turns: "inv=look here; ross=what",
		},
		{
			Name:  "without a roster every speaker goes by the code",
			Src:   "@Begin\n*CHI:\thi .\n*FAT:\thello .\n@End\n",
			Turns: "chi=hi; fat=hello",
		},
		{
			Name:  "a byte order mark and blank lines are passed over",
			Src:   "\ufeff" + chatHead + "\n*CHI:\thi .\n\n*MOT:\thello .\n",
			Turns: "ross=hi; mother=hello",
		},
		{
			Name:  "a tier of codes only has no speech and is no turn",
			Src:   chatHead + "*CHI:\t0 [=! cries] .\n*MOT:\toh dear .\n",
			Turns: "mother=oh dear",
			Notes: "stage:cries@0",
		},
	}
	corpustest.RunCases(t, tests, Read, "t.cha", "chat")
}

func TestReadHeaders(t *testing.T) {
	src := "@UTF8\n@Begin\n@Languages:\teng\n" +
		"@Participants:\tCHI Ross Target_Child, MOT Mary_Ann Mother,\n\tINV1 Investigator, INV2 Investigator\n" +
		"@Date:\t07-jan-1983\n" +
		"*CHI:\tfoo .\n*MOT:\tbar .\n*INV1:\tbaz .\n*INV2:\tqux .\n*CHI:\tend .\n" +
		"@End\n"
	d, err := Read("t.cha", []byte(src), corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	corpustest.CheckMeta(t, d, "", "1983-01-07")
	corpustest.CheckMatter(t, d, "1-6", "12-12")
	want := []corpus.Participant{{Name: "Ross", Role: "Target Child", Line: 4}, {Name: "Mary Ann", Role: "Mother", Line: 4}, {Name: "INV1", Role: "Investigator", Line: 5}, {Name: "INV2", Role: "Investigator", Line: 5}}
	corpustest.CheckRoster(t, d, want)
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

func TestReadDates(t *testing.T) {
	for in, want := range map[string]string{
		"14-JAN-1997": "1997-01-14", "1-dec-2001": "2001-12-01", " 09-Sep-2010 ": "2010-09-09",
		"14-JANUARY-1997": "", "1997-01-14": "", "32-JAN-1997": "", "14-JAN-97": "", "": "", "x-JAN-1997": "",
	} {
		if got := chatDate(in); got != want {
			t.Errorf("chatDate(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestReadTimes(t *testing.T) {
	src := chatHead + "*MOT:\tlook \x15" + "1200_1500\x15 at that . \x151500_3250\x15\n" +
		"*CHI:\tdoggie . \x15snd:\"ross01\"_3300_4000\x15\n" +
		"*MOT:\tyes .\n" +
		"*CHI:\tbroken \x15bullet .\n"
	d, err := Read("t.cha", []byte(src), corpus.Options{})
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
	turns, _ := corpustest.Turns(d)
	if w := "mother=look|at that; ross=doggie; mother=yes; ross=broken|bullet"; turns != w {
		t.Errorf("turns\n got %s\nwant %s", turns, w)
	}
	corpustest.CheckInvariants(t, d)
}

func TestReadErrors(t *testing.T) {
	tests := []corpustest.ErrorCase{
		{Name: "main tier without a colon", Src: chatHead + "*CHI:\tok .\n*MOT what ?\n", Line: 6, Msg: "has no colon"},
		{Name: "main tier without a colon, CRLF", Src: strings.ReplaceAll(chatHead+"*CHI\tok .\n", "\n", "\r\n"), Line: 5, Msg: "has no colon"},
		{Name: "main tier without a code", Src: chatHead + "*:\tok .\n", Line: 5, Msg: "has no colon"},
		{Name: "a code with a space", Src: chatHead + "*CHI X:\tok .\n", Line: 5, Msg: "has no colon"},
		{Name: "a line of no kind", Src: chatHead + "*CHI:\tok .\nthis is prose\n", Line: 6, Msg: "no CHAT line"},
		{Name: "no main tier", Src: chatHead + "%com:\tnothing said\n@End\n", Line: 0, Msg: "no main tiers"},
		{Name: "headers only", Src: "@UTF8\n@Begin\n@End\n", Line: 0, Msg: "no main tiers"},
		{Name: "empty", Src: "  \n", Line: 0, Msg: "empty file"},
		{Name: "binary", Src: "*CHI:\t\x00\n", Line: 1, Msg: "binary"},
	}
	corpustest.RunErrors(t, tests, Read, "t.cha")
}

func TestDetect(t *testing.T) {
	corpustest.RunDetect(t, Detect, []corpustest.DetectCase{
		{File: "a.cha", Src: "@UTF8\n@Begin\n", Want: 2},
		{File: "a.cha", Src: "\ufeff@Begin\n", Want: 2},
		{File: "a.txt", Src: "@Begin\n*CHI:\thi .\n", Want: 2},
		{File: "a.cha", Src: "*CHI:\thi .\n", Want: 1},
		{File: "A.CHA", Src: "whatever", Want: 1},
		{File: "a.txt", Src: "*CHI:\thi .\n", Want: 0},
		{File: "a.txt", Src: " @Begin\n", Want: 0},
	})
}

func TestGolden(t *testing.T) {
	d := corpustest.ReadTestdata(t, "chat-breakfast.cha", Read)
	corpustest.CheckGolden(t, filepath.Join("testdata", "chat-breakfast.turns.golden"), corpustest.SpeechListing(d))

	// What the sample holds, independently of the listing.
	corpustest.CheckMeta(t, d, "", "2021-03-03")
	corpustest.CheckMatter(t, d, "1-10", "28-28")
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

// FuzzRead feeds the reader arbitrary text. Read must not panic;
// it returns a document whose spans lie in the source and whose turns are
// numbered 1..n, or an *InputError.
func FuzzRead(f *testing.F) {
	corpustest.AddSeeds(f, []string{"chat-breakfast.cha"}, []string{
		chatHead + "*CHI:\t<I want> [/] I want [: wants] &=laughs xxx 0is (be)cause goin(g)@c (.) +...\n",
		"*MOT:\ta \x151_2\x15 b \x15 c [ d ] [= e\n\tf] .\r\n%com:\tg\n",
		"@Participants:\tA, B C, D E F, , G\n*A:\n*B:\t&=\n*D:\t[=!]\n@End",
		"*CHI x\n",
		"\ufeff\n\t\n*:",
		"*X:\t(a) () (.)( a@ @b <>> [",
	})
	f.Fuzz(func(t *testing.T, src []byte) {
		d, err := Read("fuzz.cha", src, corpus.Options{})
		corpustest.CheckRead(t, src, d, err)
	})
}

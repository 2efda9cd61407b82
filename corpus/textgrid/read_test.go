package textgrid

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"

	"parley/corpus"
	"parley/corpus/corpustest"
)

// tgTierSpec is a tier of a hand-made grid: an interval tier of
// "xmin xmax text" items, or a point tier (points) of "time mark" items.
type tgTierSpec struct {
	name   string
	points bool
	items  []string
}

func iv(name string, items ...string) tgTierSpec { return tgTierSpec{name: name, items: items} }
func pt(name string, items ...string) tgTierSpec {
	return tgTierSpec{name: name, points: true, items: items}
}

// quote writes a Praat text: in double quotes, a quote inside doubled.
func quote(s string) string { return `"` + strings.ReplaceAll(s, `"`, `""`) + `"` }

// long writes a grid in the long text format, of 0 to 10 seconds.
func long(tiers ...tgTierSpec) string {
	var b strings.Builder
	fmt.Fprintf(&b, "File type = \"ooTextFile\"\nObject class = \"TextGrid\"\n\nxmin = 0 \nxmax = 10 \ntiers? <exists> \nsize = %d \nitem []: \n", len(tiers))
	for i, t := range tiers {
		class, item := "IntervalTier", "intervals"
		if t.points {
			class, item = "TextTier", "points"
		}
		fmt.Fprintf(&b, "    item [%d]:\n        class = %q \n        name = %s \n        xmin = 0 \n        xmax = 10 \n        %s: size = %d \n", i+1, class, quote(t.name), item, len(t.items))
		for k, it := range t.items {
			f := strings.SplitN(it, " ", 3)
			if t.points {
				fmt.Fprintf(&b, "        points [%d]:\n            number = %s \n            mark = %s \n", k+1, f[0], quote(strings.Join(f[1:], " ")))
			} else {
				fmt.Fprintf(&b, "        intervals [%d]:\n            xmin = %s \n            xmax = %s \n            text = %s \n", k+1, f[0], f[1], quote(f[2]))
			}
		}
	}
	return b.String()
}

// short writes a grid in the short text format.
func short(tiers ...tgTierSpec) string {
	var b strings.Builder
	fmt.Fprintf(&b, "File type = \"ooTextFile\"\nObject class = \"TextGrid\"\n\n0\n10\n<exists>\n%d\n", len(tiers))
	for _, t := range tiers {
		class := "IntervalTier"
		if t.points {
			class = "TextTier"
		}
		fmt.Fprintf(&b, "%q\n%s\n0\n10\n%d\n", class, quote(t.name), len(t.items))
		for _, it := range t.items {
			f := strings.SplitN(it, " ", 3)
			if t.points {
				fmt.Fprintf(&b, "%s\n%s\n", f[0], quote(strings.Join(f[1:], " ")))
			} else {
				fmt.Fprintf(&b, "%s\n%s\n%s\n", f[0], f[1], quote(f[2]))
			}
		}
	}
	return b.String()
}

func TestRead(t *testing.T) {
	two := []tgTierSpec{
		iv("Anna", "0 1 ", "1 3 Hello there.", "3 4 ", "4 5 How are you?", "5 10 "),
		iv("Ben", "0 2 ", "2 3.5 Hi.", "3.5 6 Fine, thanks.", "6 10 "),
	}
	tests := []corpustest.Case{
		{
			Name:  "speakers' tiers are merged in time order; overlapping speech alternates by start",
			Src:   long(two...),
			Turns: "anna=Hello there.; ben=Hi. / Fine, thanks.; anna=How are you?",
		},
		{
			Name:  "the short format reads as the long",
			Src:   short(two...),
			Turns: "anna=Hello there.; ben=Hi. / Fine, thanks.; anna=How are you?",
		},
		{
			Name:  "a tie goes by the tiers' order; empty intervals are silence",
			Src:   long(iv("Ben", "0 1 No.", "1 2  ", "2 3 Never."), iv("Anna", "0 1 Yes.", "1 2 Maybe.")),
			Turns: "ben=No.; anna=Yes. / Maybe.; ben=Never.",
		},
		{
			Name: "tiers of words, phones and comments are notes, placed by time and speaker",
			Src: long(iv("Anna", "0 2 Guten Tag.", "2 4 ", "4 5 Ja."), iv("Anna - words", "0 1 Guten", "1 2 Tag"),
				iv("phones", "0 0.5 g"), iv("Ben", "2 4 Hallo."), iv("comments", "1 3 outdoors")),
			Turns: "anna=Guten Tag.; ben=Hallo.; anna=Ja.",
			Notes: "editorial:Guten@1 editorial:Tag@1 editorial:g@1 editorial:outdoors@1",
		},
		{
			Name:  "a speaker with words and phones only speaks the words (MFA)",
			Src:   long(iv("Speaker1 - words", "0 1 well", "1 2 ", "2 3 yes"), iv("Speaker1 - phones", "0 0.5 W", "0.5 1 EH1 L")),
			Turns: "speaker1=well / yes",
			Notes: "editorial:W@1 editorial:EH1 L@1",
		},
		{
			Name:  "a grid of words and phones of no one's is one unknown speaker's words",
			Src:   long(iv("words", "0 1 so", "1 2 there"), iv("phones", "0 1 s ow")),
			Turns: "unknown=so / there",
			Notes: "editorial:s ow@1",
		},
		{
			Name:  "but a words tier of no one's is no speech beside a speaker's tier",
			Src:   short(iv("Maria", "0 2 so there"), iv("words", "0 1 so", "1 2 there")),
			Turns: "maria=so there",
			Notes: "editorial:so@1 editorial:there@1",
		},
		{
			Name:  "a tier of speech named as such is one unknown speaker's, or the speaker's its name gives",
			Src:   long(iv("utterance", "0 1 One."), iv("transcription - Ben", "1 2 Two."), iv("words_Cy", "2 3 Three.")),
			Turns: "unknown=One.; ben=Two.; cy=Three.",
		},
		{
			Name:  "point tiers are notes: stage notes of events",
			Src:   long(iv("Anna", "0 2 Stop.", "3 4 Go."), pt("events", "1.5 door slams", "2.5 laugh"), pt("Anna - comments", "3.5 sarcastic")),
			Turns: "anna=Stop. / Go.",
			Notes: "stage:door slams@1 stage:laugh@1 editorial:sarcastic@1",
		},
		{
			Name:  "brackets and stage directions are notes; a doubled quote is one",
			Src:   long(iv("Anna", `0 1 he said "hi" [laughs] (inaudible) then`)),
			Turns: `anna=he said|"hi|"|then`,
			Notes: "editorial:laughs@1 stage:inaudible@1",
		},
		{
			Name:  "an aligner's silence labels on a words tier are silence, no words",
			Src:   short(iv("word", "0 1 sp", "1 2 RIGHT", "2 3 sil", "3 4 <SIL>", "4 5 THEN")),
			Turns: "unknown=RIGHT / THEN",
		},
		{
			Name:  "codes and comments in braces are notes",
			Src:   long(iv("participant", "0 1 we lived in {unclear} --", "1 2 {LG}", "2 3 NO {OOV} WHAT")),
			Turns: "participant=we lived in|-- / NO|WHAT",
			Notes: "editorial:unclear@1 editorial:LG@1 editorial:OOV@1",
		},
		{
			Name:  "tiers of errors and of muted stretches are notes, not speakers",
			Src:   short(iv("word", "0 1 RIGHT", "1 2 THEN"), iv("mute"), iv("Errors", "0 1 .", "1 2 loud silence")),
			Turns: "unknown=RIGHT / THEN",
			Notes: "editorial:.@1 editorial:loud silence@1",
		},
		{
			Name:  "the short format of older Praats, its class alone on the second line",
			Src:   strings.Replace(short(iv("Anna", "0 1 Hi.")), "File type = \"ooTextFile\"\nObject class = \"TextGrid\"", "File type = \"ooTextFile short\"\n\"TextGrid\"", 1),
			Turns: "anna=Hi.",
		},
		{
			Name:  "a text over lines, CRLF line ends",
			Src:   strings.ReplaceAll(short(iv("Anna", "0 1 one\ntwo")), "\n", "\r\n"),
			Turns: "anna=one|two",
		},
	}
	corpustest.RunCasesInTimeOrder(t, tests, Read, "t.TextGrid", "textgrid")
}

func TestReadTimes(t *testing.T) {
	d, err := Read("t.TextGrid", []byte(short(iv("Anna", "0 0.5 ", "0.50 1.25 Hi."), iv("Ben", "1e0 2 Yo."))), corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, tr := range d.Turns {
		for _, u := range tr.Utterances {
			got = append(got, fmt.Sprintf("L%d %s %q %.2f-%.2f %q", u.Line, u.CueName, u.Time, u.Start, u.End, u.Text.In(d.Source)))
		}
	}
	want := []string{`L18 Anna "0.50" 0.50-1.25 "\"Hi.\""`, `L26 Ben "1e0" 1.00-2.00 "\"Yo.\""`}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("utterances\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestReadErrors(t *testing.T) {
	ok := long(iv("A", "0 1 x"))
	tests := []corpustest.ErrorCase{
		{Name: "not a Praat file", Src: "A: hello\n", Line: 1, Msg: "not a Praat text file"},
		{Name: "another Praat object", Src: "File type = \"ooTextFile\"\nObject class = \"Sound 2\"\n", Line: 2, Msg: `a Praat "Sound 2", not a TextGrid`},
		{Name: "no tiers", Src: "File type = \"ooTextFile\"\nObject class = \"TextGrid\"\n0\n1\n<absent>\n", Line: 5, Msg: "the grid has no tiers"},
		{Name: "the file ends inside a tier", Src: ok[:strings.Index(ok, "xmax = 1 \n            text")], Line: 17, Msg: `the file ends where a number should be (the xmax of interval 1 of tier 1 ("A"))`},
		{Name: "a text for a number", Src: strings.Replace(ok, "xmax = 1 ", `xmax = "1" `, 1), Line: 17, Msg: `the xmax of interval 1 of tier 1 ("A") should be a number, not "\"1\""`},
		{Name: "a bad number", Src: strings.Replace(ok, "xmax = 1 ", "xmax = 1.2.3 ", 1), Line: 17, Msg: `should be a number, not "1.2.3"`},
		{Name: "a count that is no count", Src: strings.Replace(ok, "size = 1 \nitem", "size = 1.5 \nitem", 1), Line: 7, Msg: `the number of tiers should be a count, not "1.5"`},
		{Name: "an unknown tier class", Src: strings.Replace(ok, `"IntervalTier"`, `"PointTier"`, 1), Line: 10, Msg: `tier 1 is a "PointTier"`},
		{Name: "a text that does not end", Src: strings.Replace(ok, `text = "x"`, `text = "x`, 1), Line: 18, Msg: "a text in double quotes opens here and does not end"},
		{Name: "events only", Src: long(pt("events", "1 laugh")), Line: 0, Msg: "no speech"},
		{Name: "silence only", Src: long(iv("Anna", "0 10 ")), Line: 0, Msg: "no speech"},
		{Name: "UTF-16 not converted", Src: "\xfe\xff\x00F\x00i", Line: 1, Msg: "convert the file to UTF-8"},
		{Name: "empty", Src: "\r\n", Line: 0, Msg: "empty file"},
	}
	corpustest.RunErrors(t, tests, Read, "t.TextGrid")
}

// utf16BE encodes s as Praat saves a TextGrid that is not ASCII: UTF-16,
// big-endian, with a byte order mark.
func utf16BE(s string) string {
	b := []byte{0xFE, 0xFF}
	for _, u := range utf16.Encode([]rune(s)) {
		b = append(b, byte(u>>8), byte(u))
	}
	return string(b)
}

func TestDetect(t *testing.T) {
	little := []byte(utf16BE(short(iv("A", "0 1 x"))))
	for i := 0; i+1 < len(little); i += 2 {
		little[i], little[i+1] = little[i+1], little[i]
	}
	corpustest.RunDetect(t, Detect, []corpustest.DetectCase{
		{Name: "long", File: "a.TextGrid", Src: long(iv("A", "0 1 x")), Want: 2},
		{Name: "short, any name", File: "a.txt", Src: "\ufeff" + short(iv("A", "0 1 x")), Want: 2},
		{Name: "the older short header, any name", File: "a.txt", Src: "File type = \"ooTextFile short\"\n\"TextGrid\"\n\n0\n10\n<exists>\n", Want: 2},
		{Name: "the older short header of another object", File: "a.txt", Src: "File type = \"ooTextFile short\"\n\"Pitch 1\"\n", Want: 0},
		{Name: "UTF-16 BE", File: "a.TextGrid", Src: utf16BE(long(iv("A", "0 1 x"))), Want: 2},
		{Name: "UTF-16 LE", File: "a.TextGrid", Src: string(little), Want: 2},
		{Name: "a .TextGrid of something else", File: "a.textgrid", Src: "File type = \"ooBinaryFile\"", Want: 1},
		{Name: "another Praat object", File: "a.Sound", Src: "File type = \"ooTextFile\"\nObject class = \"Sound 2\"\n", Want: 0},
		{Name: "the header words in prose", File: "a.txt", Src: "The TextGrid's File type line says ooTextFile.\n", Want: 0},
		{Name: "ELAN", File: "a.eaf", Src: "<?xml version=\"1.0\"?>\n<ANNOTATION_DOCUMENT>", Want: 0},
		{Name: "EXMARaLDA", File: "a.exb", Src: "<basic-transcription>", Want: 0},
		{Name: "Transcriber", File: "a.trs", Src: "<Trans>", Want: 0},
		{Name: "SRT", File: "a.srt", Src: "1\n00:00:01,000 --> 00:00:02,000\nHi.\n", Want: 0},
	})
	corpustest.CheckCorpusTestdataRejected(t, Detect)
}

// TestDetectShared runs the detector over the real transcripts of
// ../shared/corpora, of which none is a TextGrid.
func TestDetectShared(t *testing.T) {
	corpustest.CheckSharedDetected(t, Detect)
}

// TestGolden reads the hand-made samples: an interview in the long
// format (two speakers who overlap, an events point tier, a comments
// tier) and a monologue in the short format with a words tier.
func TestGolden(t *testing.T) {
	for _, file := range []string{"conversation.TextGrid", "monologue-short.TextGrid"} {
		t.Run(file, func(t *testing.T) {
			d := corpustest.ReadTestdataInTimeOrder(t, file, Read)
			corpustest.CheckGolden(t, corpustest.GoldenFile(file), corpustest.SpeechListing(d))
		})
	}
}

// TestUTF16 reads the interview as Praat would have saved it with a name
// that is not ASCII, in UTF-16 BE: Detect is sure of it as it is, Read
// takes it once converted (the loader's work) and reads it as the UTF-8
// file, and refuses it unconverted.
func TestUTF16(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("testdata", "conversation-utf16be.TextGrid"))
	if err != nil {
		t.Fatal(err)
	}
	if got := Detect("conversation-utf16be.TextGrid", raw); got != 2 {
		t.Errorf("Detect = %d, want 2", got)
	}
	if _, err := Read("c.TextGrid", raw, corpus.Options{}); !corpus.IsInputError(err) {
		t.Errorf("unconverted: %v, want an input error", err)
	}
	u := make([]uint16, 0, len(raw)/2)
	for i := 2; i+1 < len(raw); i += 2 {
		u = append(u, uint16(raw[i])<<8|uint16(raw[i+1]))
	}
	d, err := Read("c.TextGrid", []byte(string(utf16.Decode(u))), corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := corpustest.ReadTestdataInTimeOrder(t, "conversation.TextGrid", Read)
	gt, gn := corpustest.Turns(d)
	wt, wn := corpustest.Turns(want)
	if gt != wt || gn != wn {
		t.Errorf("converted\n%s\n%s\nwant\n%s\n%s", gt, gn, wt, wn)
	}
}

// FuzzRead feeds the reader arbitrary text. Read must not panic; it
// returns a document that keeps the invariants of a document in time
// order, or an *InputError.
func FuzzRead(f *testing.F) {
	corpustest.AddSeeds(f, []string{"conversation.TextGrid", "monologue-short.TextGrid"}, []string{
		long(iv("A - words", "0 1 a [b] (laughs)", "1 2 \"q\"\nr"), iv("A", "0.5 2 x"), pt("events", "1 e"), iv("", "0 1 y")),
		short(iv("words", "0 1 a"), pt("B", "-1 b"), iv("phones", "1 0 c")),
		long(iv("word", "0 1 sp", "1 2 {LG} a {b", "2 3 }{c}{"), iv("Errors", "0 1 x")),
		"File type = \"ooTextFile\"\nObject class = \"TextGrid\"\n0 1 <exists> 99999999999\n",
		"File type = \"ooTextFile\"\nObject class = \"TextGrid\"\n0 1 <exists> 1 \"TextTier\" \"x\" 0 1 1 .5 \"",
	})
	f.Fuzz(func(t *testing.T, src []byte) {
		d, err := Read("fuzz.TextGrid", src, corpus.Options{})
		corpustest.CheckReadInTimeOrder(t, src, d, err)
	})
}

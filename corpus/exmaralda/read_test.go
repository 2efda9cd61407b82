package exmaralda

import (
	"fmt"
	"strings"
	"testing"

	"parley/corpus"
	"parley/corpus/corpustest"
)

const sample = "exmaralda_HardTalk.exb"

// speakerTable is the head of the hand-made cases: SPK0 Anna Berg (a
// journalist), SPK1 known only as "BB".
const speakerTable = `<?xml version="1.0" encoding="UTF-8"?>
<basic-transcription>
<head>
<meta-information><project-name>Demo</project-name><transcription-name>Morning  show</transcription-name></meta-information>
<speakertable>
<speaker id="SPK0"><abbreviation>AB</abbreviation><ud-speaker-information><ud-information attribute-name="Name">Anna Berg</ud-information><ud-information attribute-name="Occupation">journalist</ud-information></ud-speaker-information></speaker>
<speaker id="SPK1"><abbreviation>BB</abbreviation></speaker>
</speakertable>
</head>
`

// exb makes a basic transcription of points T0... at the given seconds
// (-1: no time) and the tiers.
func exb(times []float64, tiers ...string) string {
	var b strings.Builder
	b.WriteString(speakerTable + "<basic-body>\n<common-timeline>\n")
	for i, s := range times {
		if s < 0 {
			fmt.Fprintf(&b, "<tli id=\"T%d\"/>\n", i)
		} else {
			fmt.Fprintf(&b, "<tli id=\"T%d\" time=\"%g\"/>\n", i, s)
		}
	}
	b.WriteString("</common-timeline>\n")
	for _, t := range tiers {
		b.WriteString(t)
	}
	b.WriteString("</basic-body>\n</basic-transcription>\n")
	return b.String()
}

// tier makes a tier of the speaker (none if "") and type of events, each
// "start end text" ("0 1 Hello.").
func tier(speaker, typ string, events ...string) string {
	sp := ""
	if speaker != "" {
		sp = fmt.Sprintf(" speaker=%q", speaker)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "<tier id=\"TIE%s%s\"%s category=\"v\" type=%q display-name=\"[v]\">", speaker, typ, sp, typ)
	for _, e := range events {
		f := strings.SplitN(e, " ", 3)
		fmt.Fprintf(&b, "<event start=\"T%s\" end=\"T%s\">%s</event>\n", f[0], f[1], f[2])
	}
	b.WriteString("</tier>")
	return b.String()
}

func TestRead(t *testing.T) {
	times := []float64{0, 1, 2, 3, 4, 5, 6}
	tests := []corpustest.Case{
		{
			Name:  "the speakers' events are merged in the timeline's order; overlaps alternate by start",
			Src:   exb(times, tier("SPK0", "t", "0 2 Hello there. ", "3 4 Right? "), tier("SPK1", "t", "1 3 Hi Anna. ", "4 5 Yes. ")),
			Turns: "anna berg=Hello there.; bb=Hi Anna.; anna berg=Right?; bb=Yes.",
		},
		{
			Name:  "consecutive events of one speaker are one turn; a tie goes by the tiers' order",
			Src:   exb(times, tier("SPK1", "t", "0 1 One. ", "1 2 two, ", "4 5 five. "), tier("SPK0", "t", "0 1 Zero. ", "5 6 six. ")),
			Turns: "bb=One.; anna berg=Zero.; bb=two, / five.; anna berg=six.",
		},
		{
			Name:  "of events that start together, the speaker already speaking goes first",
			Src:   exb(times, tier("SPK0", "t", "0 1 Well ", "2 3 so. "), tier("SPK1", "t", "1 2 ah they're ", "2 3 and then. ")),
			Turns: "anna berg=Well; bb=ah they're / and then.; anna berg=so.",
		},
		{
			Name:  "a word cut by the timeline is two pieces; an event without words ends no turn",
			Src:   exb(times, tier("SPK0", "t", "0 1 our sp", "1 2 ecies ", "2 3 ((2s))", "4 5 then. "), tier("SPK1", "t", "3 4 ((laughs)) ")),
			Turns: "anna berg=our sp / ecies / then.",
			Notes: "stage:2s@1 stage:laughs@1",
		},
		{
			Name:  "HIAT descriptions are stage notes, a single parenthesis is speech, references are markup",
			Src:   exb(times, tier("SPK0", "t", "0 1 ((2s))", "1 2 Okay, (I) ah˙ ((laughs)) that&apos;s (( )) it &amp; [noise] "), tier("SPK1", "t", "2 3 ((unint.)) ")),
			Turns: "anna berg=Okay, (I) ah˙|that|s|it",
			Notes: "stage:2s@0 stage:laughs@1 stage:@1 editorial:noise@1 stage:unint.@1",
		},
		{
			Name: "description and annotation tiers are notes, in the turn of their speaker under way",
			Src: exb(times, tier("SPK0", "t", "0 2 Tell me. ", "4 5 Go on. "), tier("SPK1", "t", "1 3 Well. "),
				tier("SPK0", "d", "1 2 nods "), tier("SPK1", "a", "1 3 hesitant "), tier("", "d", "3 4 ((door closes))", "5 6 ")),
			Turns: "anna berg=Tell me.; bb=Well.; anna berg=Go on.",
			Notes: "stage:nods@1 editorial:hesitant@2 stage:door closes@2",
		},
		{
			Name:  "a point without a time is placed by the timeline",
			Src:   exb([]float64{0, -1, 2, 3}, tier("SPK0", "t", "0 1 A. ", "2 3 C. "), tier("SPK1", "t", "1 2 B. ")),
			Turns: "anna berg=A.; bb=B.; anna berg=C.",
		},
		{
			Name:  "a tier without a speaker goes by its display name",
			Src:   exb(times, strings.Replace(tier("", "t", "0 1 Hm. "), `display-name="[v]"`, `display-name="X [v]"`, 1), tier("SPK9", "t", "1 2 Ha. ")),
			Turns: "x [v]=Hm.; spk9=Ha.",
		},
		{
			Name: "of one speaker's tiers of type t the first is speech, the others annotation; [tok] names no one",
			Src: exb(times,
				strings.Replace(tier("", "t", "0 1 Is ", "1 2 this "), `display-name="[v]"`, `display-name="[tok]"`, 1),
				strings.Replace(tier("", "t", "0 1 VBZ ", "1 2 DT "), `display-name="[v]"`, `display-name="[POS]"`, 1),
				tier("SPK1", "t", "2 3 Yes. "), tier("SPK1", "t", "2 3 yes ")),
			Turns: "unknown=Is / this; bb=Yes.",
			Notes: "editorial:VBZ@1 editorial:DT@1 editorial:yes@2",
		},
		{
			Name:  "CRLF line ends and CDATA",
			Src:   strings.ReplaceAll(exb(times, tier("SPK0", "t", "0 1 <![CDATA[a < b]]>\nand c ")), "\n", "\r\n"),
			Turns: "anna berg=a < b|and c",
		},
	}
	corpustest.RunCasesInTimeOrder(t, tests, Read, "t.exb", "exmaralda")
}

func TestReadMeta(t *testing.T) {
	src := exb([]float64{0, 1.5, -1, 3.25}, tier("SPK0", "t", "0 1 Hello ", "1 2 there", "2 3 friend. "), tier("SPK1", "t", "3 3 Hi. "))
	d, err := Read("t.exb", []byte(src), corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	corpustest.CheckMeta(t, d, "Morning show", "")
	corpustest.CheckRoster(t, d, []corpus.Participant{{Name: "Anna Berg", Role: "journalist", Line: 6}, {Name: "BB", Line: 7}})
	corpustest.CheckTimings(t, d, 2,
		`L17 AB "0" 0.00-1.50 "<event start=\"T0\" end=\"T1\">"`,
		`L18 AB "1.5" 1.50-1.50 "<event start=\"T1\" end=\"T2\">"`,
		`L19 AB "" 1.50-3.25 "<event start=\"T2\" end=\"T3\">"`,
		`L20 BB "3.25" 3.25-3.25 "<event start=\"T3\" end=\"T3\">"`,
	)
}

// TestReadNames: a speaker's first name ("Vorname", as the HZSK's demo
// corpus has it) goes before the Name, and COMA's "s:" prefix of a
// speaker's attributes is passed over.
func TestReadNames(t *testing.T) {
	src := strings.Replace(exb([]float64{0, 1}, tier("SPK1", "t", "0 1 Ja. ")), `<speaker id="SPK1"><abbreviation>BB</abbreviation></speaker>`,
		`<speaker id="SPK1"><abbreviation>RV</abbreviation><ud-speaker-information><ud-information attribute-name="s:Name">Völler</ud-information><ud-information attribute-name="s:Vorname">Rudolf</ud-information></ud-speaker-information></speaker>`, 1)
	d, err := Read("t.exb", []byte(src), corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if turns, _ := corpustest.Turns(d); turns != "rudolf völler=Ja." {
		t.Errorf("turns %s, want rudolf völler=Ja.", turns)
	}
	corpustest.CheckRoster(t, d, []corpus.Participant{{Name: "Anna Berg", Role: "journalist", Line: 6}, {Name: "Rudolf Völler", Line: 7}})
}

func TestReadErrors(t *testing.T) {
	times := []float64{0, 1}
	tests := []corpustest.ErrorCase{
		{Name: "malformed XML", Src: exb(times, "<tier>\n<event>x</tier>"), Line: 16, Msg: "malformed XML: element <event> closed by </tier>"},
		{Name: "another root", Src: "<?xml version=\"1.0\"?>\n<segmented-transcription/>", Line: 2, Msg: "not an EXMARaLDA basic transcription: the root element is <segmented-transcription>"},
		{Name: "an unknown point", Src: exb(times, tier("SPK0", "t", "0 7 x ")), Line: 15, Msg: `the event's start or end "T7" is no point`},
		{Name: "an unknown point in a run", Src: exb(times, tier("SPK0", "t", "0 1 x", "1 8 y ")), Line: 16, Msg: `"T8" is no point`},
		{Name: "a time that is no number", Src: strings.Replace(exb(times, tier("SPK0", "t", "0 1 x ")), `time="1"`, `time="1s"`, 1), Line: 13, Msg: `the time "1s" of point "T1" is no number`},
		{Name: "a timeline that runs back", Src: strings.Replace(exb(times, tier("SPK0", "t", "0 1 x ")), `time="1"`, `time="-1"`, 1), Line: 13, Msg: `point "T1" at -1 s comes after a point at 0 s`},
		{Name: "descriptions only", Src: exb(times, tier("SPK0", "d", "0 1 laughs ")), Line: 0, Msg: "no speech"},
		{Name: "no words", Src: exb(times, tier("SPK0", "t", "0 1 ((laughs)) ")), Line: 0, Msg: "no speech"},
		{Name: "plain text", Src: "A: hello\n", Line: 0, Msg: "no XML elements"},
		{Name: "empty", Src: "\n", Line: 0, Msg: "empty file"},
	}
	corpustest.RunErrors(t, tests, Read, "t.exb")
}

func TestDetect(t *testing.T) {
	corpustest.RunDetect(t, Detect, []corpustest.DetectCase{
		{File: "a.exb", Src: exb(nil), Want: 2},
		{Name: "by structure, whatever the name", File: "a.xml", Src: "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- (c) http://www.rrz.uni-hamburg.de/exmaralda -->\n<basic-transcription>", Want: 2},
		{Name: "an .exb file of something else", File: "a.EXB", Src: "<root/>", Want: 1},
		{Name: "a segmented transcription", File: "a.exs", Src: "<segmented-transcription>", Want: 0},
		{Name: "ELAN", File: "a.eaf", Src: "<?xml version=\"1.0\"?>\n<ANNOTATION_DOCUMENT>", Want: 0},
		{Name: "Transcriber", File: "a.trs", Src: "<Trans>", Want: 0},
		{Name: "TEI", File: "a.xml", Src: `<TEI xmlns="http://www.tei-c.org/ns/1.0">`, Want: 0},
		{Name: "TextGrid", File: "a.TextGrid", Src: "File type = \"ooTextFile\"\nObject class = \"TextGrid\"\n", Want: 0},
		{Name: "a script", File: "a.txt", Src: "ANNA: basic-transcription\n", Want: 0},
	})
	corpustest.CheckCorpusTestdataRejected(t, Detect)
}

// TestDetectShared runs the detector over the real transcripts of
// ../shared/corpora: it is sure of the EXMARaLDA file and of no other.
func TestDetectShared(t *testing.T) {
	corpustest.CheckSharedDetected(t, Detect, ".exb")
}

// TestGolden reads the HZSK's demo of a BBC HARDtalk interview (kept in
// testdata; MIT, see testdata/README.md): Stephen Sackur and Daniel
// Dennett, HIAT notation, a non-verbal tier for each and one for noises.
func TestGolden(t *testing.T) {
	d := corpustest.ReadTestdataInTimeOrder(t, sample, Read)
	corpustest.CheckGolden(t, corpustest.GoldenFile(sample), corpustest.SpeechListing(d))
	corpustest.CheckMeta(t, d, "HARDtalk", "")
	turns := map[string]int{}
	for _, tr := range d.Turns {
		turns[tr.Speaker]++
	}
	// As the blind truth has them (corpus/testdata/truth).
	if len(d.Speakers) != 2 || turns["stephen sackur"] != 27 || turns["daniel dennett"] != 26 {
		t.Errorf("speakers %v, turns %v; want Stephen Sackur with 27 and Daniel Dennett with 26", d.Speakers, turns)
	}
}

// FuzzRead feeds the reader arbitrary text. Read must not panic; it
// returns a document that keeps the invariants of a document in time
// order, or an *InputError.
func FuzzRead(f *testing.F) {
	times := []float64{0, -1, 2}
	corpustest.AddSeeds(f, []string{sample}, []string{
		exb(times, tier("SPK0", "t", "0 1 a ((b)) [c] &amp; d", "1 2 e "), tier("SPK1", "t", "0 2 f "), tier("", "d", "1 2 g "), tier("SPK0", "a", "0 1 h ")),
		exb([]float64{-1, -1}, tier("X", "t", "1 0 <![CDATA[x]]>y")),
		exb(times, tier("", "t", "0 1 a "), tier("", "t", "0 1 b "), tier("SPK0", "t", "1 2 c "), tier("SPK0", "t", "1 2 d ")),
		"<basic-transcription><basic-body><common-timeline><tli id=\"A\" time=\"x\"/></common-timeline></basic-body></basic-transcription>",
		"<basic-transcription>\n<tier type=\"t\"><event start=\"A\" end=\"A\">x</event></tier>\n",
	})
	f.Fuzz(func(t *testing.T, src []byte) {
		d, err := Read("fuzz.exb", src, corpus.Options{})
		corpustest.CheckReadInTimeOrder(t, src, d, err)
	})
}

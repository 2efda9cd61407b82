package elan

import (
	"fmt"
	"math"
	"strings"
	"testing"

	"parley/corpus"
	"parley/corpus/corpustest"
)

const sample = "elan_example1_poio.eaf"

// eaf makes an annotation document of time slots ts1, ts2... at the given
// milliseconds (-1: unaligned) and the tiers.
func eaf(ms []int, tiers ...string) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n" +
		`<ANNOTATION_DOCUMENT AUTHOR="" DATE="2020-01-01T00:00:00+01:00" FORMAT="3.0" VERSION="3.0">` + "\n" +
		`<HEADER MEDIA_FILE="" TIME_UNITS="milliseconds"/>` + "\n<TIME_ORDER>\n")
	for i, v := range ms {
		if v < 0 {
			fmt.Fprintf(&b, "<TIME_SLOT TIME_SLOT_ID=\"ts%d\"/>\n", i+1)
		} else {
			fmt.Fprintf(&b, "<TIME_SLOT TIME_SLOT_ID=\"ts%d\" TIME_VALUE=\"%d\"/>\n", i+1, v)
		}
	}
	b.WriteString("</TIME_ORDER>\n")
	for _, t := range tiers {
		b.WriteString(t)
	}
	b.WriteString(`<LINGUISTIC_TYPE LINGUISTIC_TYPE_ID="default-lt" TIME_ALIGNABLE="true"/>` + "\n</ANNOTATION_DOCUMENT>\n")
	return b.String()
}

// tier makes a TIER; parent is its PARENT_REF, "" for none.
func tier(id, participant, typ, parent string, anns ...string) string {
	p := ""
	if parent != "" {
		p = ` PARENT_REF="` + parent + `"`
	}
	return fmt.Sprintf("<TIER TIER_ID=%q PARTICIPANT=%q LINGUISTIC_TYPE_REF=%q%s>\n%s</TIER>\n", id, participant, typ, p, strings.Join(anns, ""))
}

// al makes an ALIGNABLE_ANNOTATION from slot ts<from> to ts<to>.
func al(id string, from, to int, value string) string {
	return fmt.Sprintf("<ANNOTATION><ALIGNABLE_ANNOTATION ANNOTATION_ID=%q TIME_SLOT_REF1=\"ts%d\" TIME_SLOT_REF2=\"ts%d\">\n<ANNOTATION_VALUE>%s</ANNOTATION_VALUE>\n</ALIGNABLE_ANNOTATION></ANNOTATION>\n", id, from, to, value)
}

// ref makes a REF_ANNOTATION of the annotation to.
func ref(id, to, value string) string {
	return fmt.Sprintf("<ANNOTATION><REF_ANNOTATION ANNOTATION_ID=%q ANNOTATION_REF=%q>\n<ANNOTATION_VALUE>%s</ANNOTATION_VALUE>\n</REF_ANNOTATION></ANNOTATION>\n", id, to, value)
}

func TestRead(t *testing.T) {
	ms := []int{0, 1000, 1500, 2000, 3000, 4000, 5000, 6000}
	tests := []corpustest.Case{
		{
			Name: "the tiers are merged in time order; overlapping speech alternates by start",
			Src: eaf(ms,
				tier("A", "Anna", "utterance", "", al("a1", 1, 3, "Hello there."), al("a2", 5, 6, "How are you?")),
				tier("B", "Ben", "utterance", "", al("a3", 2, 4, "Hi."), al("a4", 7, 8, "Fine."))),
			Turns: "anna=Hello there.; ben=Hi.; anna=How are you?; ben=Fine.",
		},
		{
			Name: "consecutive utterances of one speaker are one turn; a tie goes by the tiers' order",
			Src: eaf(ms,
				tier("B", "Ben", "utterance", "", al("a1", 1, 2, "Yes."), al("a2", 4, 5, "Quite.")),
				tier("A", "Anna", "utterance", "", al("a3", 1, 2, "No."), al("a4", 2, 3, "Never."), al("a5", 6, 7, "Well."))),
			Turns: "ben=Yes.; anna=No. / Never.; ben=Quite.; anna=Well.",
		},
		{
			Name: "a speaker is the PARTICIPANT, else the TIER_ID; two tiers of one participant are one speaker",
			Src: eaf(ms,
				tier("utt@A", "Anna", "utterance", "", al("a1", 1, 2, "One.")),
				tier("K-Spch", "", "utterance", "", al("a2", 2, 3, "Two.")),
				tier("second@A", " Anna ", "utterance", "", al("a3", 3, 4, "Three."))),
			Turns: "anna=One.; k-spch=Two.; anna=Three.",
		},
		{
			Name: "dependent tiers are notes in the turn of the speech they annotate, through tiers",
			Src: eaf(ms,
				tier("A", "Anna", "utterance", "", al("a1", 1, 3, "Guten Tag.")),
				tier("A-words", "Anna", "words", "A", al("w1", 1, 2, "Guten"), al("w2", 2, 3, "Tag")),
				tier("A-pos", "Anna", "part of speech", "A-words", ref("p1", "w1", "ADJ"), ref("p2", "w2", "N")),
				tier("B", "Ben", "utterance", "", al("b1", 4, 5, "Hallo.")),
				tier("A-en", "Anna", "translation", "A", ref("t1", "a1", "Good day."))),
			Turns: "anna=Guten Tag.; ben=Hallo.",
			Notes: "editorial:Guten@1 editorial:Tag@1 editorial:ADJ@1 editorial:N@1 editorial:Good day.@1",
		},
		{
			Name: "independent tiers of gestures and comments are notes, placed by time",
			Src: eaf(ms,
				tier("A", "Anna", "utterance", "", al("a1", 2, 3, "Look.")),
				tier("B", "Ben", "utterance", "", al("b1", 4, 6, "Where?")),
				tier("A-gesture", "Anna", "gestures", "", al("g1", 2, 3, "points left"), al("g0", 1, 2, "leans in")),
				tier("phases", "", "gesture_phases", "A-gesture", al("h1", 2, 3, "stroke")),
				tier("comments", "", "default-lt", "", al("c1", 5, 6, "noise outside"))),
			Turns: "anna=Look.; ben=Where?",
			Notes: "stage:points left@1 stage:leans in@0 stage:stroke@1 editorial:noise outside@2",
		},
		{
			Name: "bracketed insertions and stage directions in speech are notes; references are markup",
			Src: eaf(ms,
				tier("A", "Anna", "utterance", "", al("a1", 1, 2, "that&apos;s it [laughs] (inaudible) &amp; caf&#233; (so)"))),
			Turns: "anna=that|s it|caf|(so)",
			Notes: "editorial:laughs@1 stage:inaudible@1",
		},
		{
			Name: "an empty annotation with words below it is spoken as its words",
			Src: eaf(ms,
				tier("A", "Anna", "utterance", "", al("a1", 1, 4, ""), al("a2", 5, 6, "Bye.")),
				tier("A-tok", "Anna", "tokens", "A", al("w1", 1, 2, "so"), al("w2", 2, 3, "we"), al("w3", 3, 4, "go")),
				tier("A-gl", "Anna", "gloss", "A-tok", ref("g1", "w1", "thus"))),
			Turns: "anna=so|we|go / Bye.",
			Notes: "editorial:thus@1",
		},
		{
			Name: "empty annotations and annotations without words are no utterances",
			Src: eaf(ms,
				tier("A", "Anna", "utterance", "", al("a1", 1, 2, ""), al("a2", 2, 3, " ... "), al("a3", 3, 4, "Yes.")),
				tier("B", "Ben", "utterance", "", al("b1", 4, 5, "[cough]"), al("b2", 5, 6, "No."))),
			Turns: "anna=Yes.; ben=No.",
			Notes: "editorial:cough@1",
		},
		{
			Name: "an unaligned slot takes the time before it to start and after it to end",
			Src: eaf([]int{0, 1000, -1, 3000, 4000},
				tier("A", "Anna", "utterance", "", al("a1", 1, 3, "First."), al("a2", 4, 5, "Third.")),
				tier("B", "Ben", "utterance", "", al("b1", 3, 4, "Second."))),
			Turns: "anna=First.; ben=Second.; anna=Third.",
		},
		{
			Name: "a tier of reference labels is spoken as the tier of text below it; ref@X is X's",
			Src: eaf(ms,
				tier("ref@JAI", "", "refT", "", al("a1", 1, 3, "kpv_izva-b-371"), al("a2", 5, 6, "kpv_izva-b-372"), al("a3", 7, 8, "kpv_izva-b-373")),
				tier("orth@JAI", "", "orthT", "ref@JAI", ref("o1", "a1", "Значит, турун"), ref("o2", "a2", "Хахах.")),
				tier("word@JAI", "", "wordT", "orth@JAI", ref("w1", "o1", "Значит"), ref("w2", "o1", "турун")),
				tier("ref@NTP", "NTP-M-1986", "refT", "", al("b1", 4, 5, "kpv_izva-b-391")),
				tier("orth@NTP", "NTP-M-1986", "orthT", "ref@NTP", ref("p1", "b1", "Мм."))),
			Turns: "jai=Значит, турун; ntp-m-1986=Мм.; jai=Хахах.",
			Notes: "editorial:Значит@1 editorial:турун@1",
		},
		{
			Name: "a tier of reference labels with only words below is spoken as its words joined",
			Src: eaf(ms,
				tier("ref", "Amurin", "ref", "", al("a1", 1, 4, "107:001")),
				tier("tx", "Amurin", "tx", "ref", al("t1", 1, 2, "Amurin"), al("t2", 2, 4, "mur")),
				tier("ft", "Amurin", "fg", "ref", ref("f1", "a1", "I want to tell you."))),
			Turns: "amurin=Amurin|mur",
			Notes: "editorial:I want to tell you.@1",
		},
		{
			Name:  "a tier named ref with no tier of text below is a speaker's like any other",
			Src:   eaf(ms, tier("Ref", "", "default-lt", "", al("a1", 1, 2, "Play on."))),
			Turns: "ref=Play on.",
		},
		{
			Name:  "the tier ELAN makes for a new document, default, names no one",
			Src:   eaf(ms, tier("default", "", "default-lt", "", al("a1", 1, 2, "Me nai ne."))),
			Turns: "unknown=Me nai ne.",
		},
		{
			Name:  "CDATA and CRLF line ends",
			Src:   strings.ReplaceAll(eaf(ms, tier("A", "Anna", "utterance", "", al("a1", 1, 2, "<![CDATA[x < y]]>\nand z"))), "\n", "\r\n"),
			Turns: "anna=x < y|and z",
		},
	}
	corpustest.RunCasesInTimeOrder(t, tests, Read, "t.eaf", "elan")
}

func TestReadTimes(t *testing.T) {
	src := eaf([]int{280, 1250, -1, 4090},
		tier("K-Spch", "", "utterance", "", al("a1", 1, 2, "so from here.")),
		tier("W", "Wim", "utterance", "", al("a2", 3, 4, "yes")))
	d, err := Read("t.eaf", []byte(src), corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	corpustest.CheckTimings(t, d, 3,
		`L11 K-Spch "280" 0.280-1.250 "<ALIGNABLE_ANNOTATION ANNOTATION_ID=\"a1\" TIME_SLOT_REF1=\"ts1\" TIME_SLOT_REF2=\"ts2\">"`,
		`L16 Wim "" 1.250-4.090 "<ALIGNABLE_ANNOTATION ANNOTATION_ID=\"a2\" TIME_SLOT_REF1=\"ts3\" TIME_SLOT_REF2=\"ts4\">"`,
	)
	corpustest.CheckMeta(t, d, "", "")

	pal := strings.Replace(src, `TIME_UNITS="milliseconds"`, `TIME_UNITS="PAL-frames"`, 1)
	if d, err := Read("t.eaf", []byte(pal), corpus.Options{}); err != nil || math.Abs(d.Turns[0].Utterances[0].Start-280.0/25) > 1e-9 {
		t.Errorf("PAL frames: %v", err)
	}
}

func TestReadErrors(t *testing.T) {
	ms := []int{0, 1000}
	ok := tier("A", "Anna", "utterance", "", al("a1", 1, 2, "Hi."))
	tests := []corpustest.ErrorCase{
		{Name: "malformed XML", Src: eaf(ms, ok, "<TIER>\n</ANNOTATION>"), Line: 14, Msg: "malformed XML: element <TIER> closed by </ANNOTATION>"},
		{Name: "another root", Src: "<?xml version=\"1.0\"?>\n<TEI><text/></TEI>", Line: 2, Msg: "not an ELAN file: the root element is <TEI>"},
		{Name: "a slot reference missing", Src: eaf(ms, strings.Replace(ok, ` TIME_SLOT_REF2="ts2"`, "", 1)), Line: 9, Msg: "needs TIME_SLOT_REF1 and TIME_SLOT_REF2"},
		{Name: "an unknown slot", Src: eaf(ms, tier("A", "Anna", "utterance", "", al("a1", 1, 9, "Hi."))), Line: 9, Msg: `TIME_SLOT_REF2 "ts9" names no TIME_SLOT`},
		{Name: "a ref without its referent", Src: eaf(ms, ok, tier("T", "", "translation", "A", `<ANNOTATION><REF_ANNOTATION ANNOTATION_ID="r1"/></ANNOTATION>`)), Line: 14, Msg: "a REF_ANNOTATION needs an ANNOTATION_REF"},
		{Name: "an unknown referent", Src: eaf(ms, ok, tier("T", "", "translation", "A", ref("r1", "a9", "x"))), Line: 14, Msg: `ANNOTATION_REF "a9" names no annotation`},
		{Name: "references in a circle", Src: eaf(ms, ok, tier("T", "", "translation", "A", ref("r1", "r2", "x"), ref("r2", "r1", "y"))), Line: 14, Msg: "run in a circle"},
		{Name: "an unknown parent tier", Src: eaf(ms, ok, tier("T", "", "translation", "X")), Line: 13, Msg: `PARENT_REF "X" of tier "T" names no tier`},
		{Name: "parent tiers in a circle", Src: eaf(ms, ok, tier("T", "", "translation", "U"), tier("U", "", "translation", "T")), Line: 13, Msg: `the PARENT_REFs of tier "T" run in a circle`},
		{Name: "a time that is no number", Src: strings.Replace(eaf(ms, ok), `TIME_VALUE="1000"`, `TIME_VALUE="1s"`, 1), Line: 6, Msg: `TIME_VALUE "1s" is no number`},
		{Name: "unknown units", Src: strings.Replace(eaf(ms, ok), "milliseconds", "seconds", 1), Line: 3, Msg: `TIME_UNITS "seconds"`},
		{Name: "gestures only", Src: eaf(ms, tier("G", "Anna", "gestures", "", al("g1", 1, 2, "waves"))), Line: 0, Msg: "no speech"},
		{Name: "no tiers", Src: eaf(ms), Line: 0, Msg: "no speech"},
		{Name: "plain text", Src: "HAMLET: To be.\n", Line: 0, Msg: "no XML elements"},
		{Name: "empty", Src: " \n", Line: 0, Msg: "empty file"},
	}
	corpustest.RunErrors(t, tests, Read, "t.eaf")
}

func TestDetect(t *testing.T) {
	corpustest.RunDetect(t, Detect, []corpustest.DetectCase{
		{File: "a.eaf", Src: eaf([]int{0}), Want: 2},
		{Name: "by structure, whatever the name", File: "a.xml", Src: "\ufeff<!-- exported -->\n<ANNOTATION_DOCUMENT>", Want: 2},
		{Name: "an .eaf file of something else", File: "a.EAF", Src: "<root/>", Want: 1},
		{Name: "the name alone is not enough", File: "a.txt", Src: "ANNOTATION_DOCUMENT", Want: 0},
		{Name: "EXMARaLDA", File: "a.exb", Src: `<?xml version="1.0" encoding="UTF-8"?><basic-transcription><head/></basic-transcription>`, Want: 0},
		{Name: "Transcriber", File: "a.trs", Src: "<?xml version=\"1.0\"?>\n<!DOCTYPE Trans SYSTEM \"trans-14.dtd\">\n<Trans>", Want: 0},
		{Name: "TEI", File: "a.xml", Src: `<TEI xmlns="http://www.tei-c.org/ns/1.0">`, Want: 0},
		{Name: "TextGrid", File: "a.TextGrid", Src: "File type = \"ooTextFile\"\nObject class = \"TextGrid\"\n", Want: 0},
		{Name: "CHAT", File: "a.cha", Src: "@UTF8\n@Begin\n", Want: 0},
	})
	corpustest.CheckCorpusTestdataRejected(t, Detect)
}

// TestDetectShared runs the detector over the real transcripts of
// ../shared/corpora: it is sure of the ELAN file and of no other.
func TestDetectShared(t *testing.T) {
	corpustest.CheckSharedDetected(t, Detect, ".eaf")
}

// TestGolden reads the MPI's example (kept in testdata; Apache-2.0, see
// testdata/README.md): two speakers, K and W, on tiers K-Spch and W-Spch
// without PARTICIPANT, W's words, parts of speech and phonetics on tiers
// below, and gesture tiers for each.
func TestGolden(t *testing.T) {
	d := corpustest.ReadTestdataInTimeOrder(t, sample, Read)
	corpustest.CheckGolden(t, corpustest.GoldenFile(sample), corpustest.SpeechListing(d))
	turns := map[string]int{}
	for _, tr := range d.Turns {
		turns[tr.Speaker]++
	}
	// As counted from the file's structure by a script of its own (see
	// the report of the reader): 7 turns each, of 7 and 15 annotations.
	if len(d.Speakers) != 2 || turns["k-spch"] != 7 || turns["w-spch"] != 7 {
		t.Errorf("speakers %v, turns %v; want K-Spch and W-Spch with 7 turns each", d.Speakers, turns)
	}
}

// FuzzRead feeds the reader arbitrary text. Read must not panic; it
// returns a document that keeps the invariants of a document in time
// order, or an *InputError.
func FuzzRead(f *testing.F) {
	ms := []int{0, 1000, -1, 3000}
	corpustest.AddSeeds(f, []string{sample}, []string{
		eaf(ms, tier("A", "Anna", "utterance", "", al("a1", 1, 3, "x [y] (laughs) &amp; z"), al("a2", 2, 4, "")),
			tier("W", "", "words", "A", al("w1", 1, 2, "x"), al("w2", 2, 3, "y")),
			tier("P", "", "pos", "W", ref("p1", "w1", "N"), ref("p2", "p1", "M")),
			tier("B", "", "utterance", "", al("b1", 2, 4, "<![CDATA[q]]>"))),
		eaf(ms, tier("G", "", "gestures", "", al("g1", 1, 2, "g")), tier("A", "", "utterance", "G", al("a1", 1, 2, "a"))),
		eaf(nil, tier("R", "R", "x", "", ref("r1", "r1", "x"))),
		eaf(ms, tier("ref@A", "", "refT", "", al("a1", 1, 2, "A_001"), al("a2", 2, 3, "A_002")),
			tier("orth@A", "", "orthT", "ref@A", ref("o1", "a1", "so [x] (y)")), tier("word@A", "", "wordT", "orth@A", ref("w1", "o1", "so")),
			tier("default", "", "default-lt", "", al("d1", 3, 4, "z"))),
		`<ANNOTATION_DOCUMENT><HEADER TIME_UNITS="NTSC-frames"/><TIER TIER_ID="A"><ANNOTATION><ALIGNABLE_ANNOTATION TIME_SLOT_REF1="a" TIME_SLOT_REF2="b"><ANNOTATION_VALUE>x</ANNOTATION_VALUE><ANNOTATION_VALUE>y</ANNOTATION_VALUE></ALIGNABLE_ANNOTATION></ANNOTATION></TIER></ANNOTATION_DOCUMENT>`,
		"<ANNOTATION_DOCUMENT>\n<TIER>\n</ANNOTATION_DOCUMENT>",
	})
	f.Fuzz(func(t *testing.T, src []byte) {
		d, err := Read("fuzz.eaf", src, corpus.Options{})
		corpustest.CheckReadInTimeOrder(t, src, d, err)
	})
}

// TestReadWordsOutOfOrder: the words of an empty annotation are its speech
// only where they follow one another in their tier.
func TestReadWordsOutOfOrder(t *testing.T) {
	src := eaf([]int{0, 1000, 2000, 3000, 4000},
		tier("A", "Anna", "utterance", "", al("a1", 1, 3, ""), al("a2", 3, 5, "")),
		tier("A-w", "Anna", "words", "A", al("w1", 1, 2, "one"), al("w3", 3, 4, "three"), al("w4", 4, 5, "four"), al("w2", 2, 3, "two")))
	d, err := Read("t.eaf", []byte(src), corpus.Options{})
	corpustest.CheckReadInTimeOrder(t, []byte(src), d, err)
	if err != nil {
		t.Fatal(err)
	}
	if turns, _ := corpustest.Turns(d); turns != "anna=three|four" {
		t.Errorf("turns %s, want anna=three|four", turns)
	}
}

// TestNameWords: a tier's ID or type is read as its words, a capital after a
// small letter starting a word.
func TestNameWords(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"W-RGph", "w rgph"},
		{"part of speech", "part of speech"},
		{"orthT", "orth t"},
		{"ref@JAI-M-1939", "ref jai m 1939"},
		{"GlosL S1", "glos l s1"},
		{"K-Spch", "k spch"},
		{"", ""},
	} {
		if got := strings.Join(nameWords(c.in), " "); got != c.want {
			t.Errorf("nameWords(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

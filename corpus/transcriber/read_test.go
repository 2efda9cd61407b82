package transcriber

import (
	"fmt"
	"strings"
	"testing"

	"parley/corpus"
	"parley/corpus/corpustest"
)

const sample = "radio-interview.trs"

// trs wraps turns in a Transcriber file of two speakers, spk1 Anne Roy
// and spk2 Tom Lee.
func trs(turns string) string {
	return `<?xml version="1.0" encoding="ISO-8859-1"?>
<!DOCTYPE Trans SYSTEM "trans-14.dtd">
<Trans scribe="x" audio_filename="a" version="1" version_date="030602">
<Speakers>
<Speaker id="spk1" name="Anne Roy" check="no" dialect="native" accent="" scope="local"/>
<Speaker id="spk2" name="Tom Lee" check="no" dialect="native" accent="" scope="local"/>
</Speakers>
<Episode program="Morning  Show" air_date="2003-05-14 07:30">
<Section type="report" startTime="0" endTime="60">
` + turns + `</Section>
</Episode>
</Trans>
`
}

// turn makes a Turn of the speakers from start to end holding body.
func turn(speakers string, start, end float64, body string) string {
	sp := ""
	if speakers != "" {
		sp = fmt.Sprintf(" speaker=%q", speakers)
	}
	return fmt.Sprintf("<Turn%s startTime=\"%g\" endTime=\"%g\">\n<Sync time=\"%g\"/>\n%s\n</Turn>\n", sp, start, end, start, body)
}

func TestRead(t *testing.T) {
	tests := []corpustest.Case{
		{
			Name:  "each Sync starts an utterance; consecutive turns of one speaker are one",
			Src:   trs(turn("spk1", 0, 5, "Good morning.\n<Sync time=\"2.5\"/>\nIt's seven.") + turn("spk2", 5, 8, "Morning.") + turn("spk2", 8, 9, "Yes.")),
			Turns: "anne roy=Good morning. / It's seven.; tom lee=Morning. / Yes.",
		},
		{
			Name:  "a turn of two speakers is split by Who",
			Src:   trs(turn("spk1", 0, 2, "So.") + turn("spk1 spk2", 2, 4, "<Who nb=\"1\"/>\nthe timetable\n<Who nb=\"2\"/>\nyes, Monday\n<Sync time=\"3\"/>\n<Who nb=\"1\"/>\nright\n<Who nb=\"2\"/>\nmm")),
			Turns: "anne roy=So. / the timetable; tom lee=yes, Monday; anne roy=right; tom lee=mm",
		},
		{
			Name:  "a turn without a speaker is Unknown's; a speaker not in the list goes by id",
			Src:   trs(turn("", 0, 1, "Hello?") + turn("spk9", 1, 2, "Hi.")),
			Turns: "unknown=Hello?; spk9=Hi.",
		},
		{
			Name: "events, comments and backgrounds are notes; so are brackets; references are markup",
			Src: trs(`<Background time="0" type="music" level="low"/>` + "\n" +
				turn("spk1", 0, 5, `Well <Event desc="cough" type="noise" extent="instantaneous"/> that&apos;s [laughs] it (inaudible) &amp; <Comment desc="off mic"/> done.`+"\n"+`<Event desc="pron" type="pronounce" extent="previous"/>`) +
				turn("spk2", 5, 6, "OK.")),
			Turns: "anne roy=Well|that|s|it|done.; tom lee=OK.",
			Notes: "stage:music@0 stage:cough@1 editorial:laughs@1 stage:inaudible@1 editorial:off mic@1 editorial:pron@1",
		},
		{
			Name:  "a turn of no words is none",
			Src:   trs(turn("spk1", 0, 1, "") + turn("spk2", 1, 2, `<Event desc="laugh" type="noise" extent="instantaneous"/>`) + turn("spk1", 2, 3, "Hm.")),
			Turns: "anne roy=Hm.",
			Notes: "stage:laugh@0",
		},
		{
			Name:  "an Event without a type is a noise, the DTD's default",
			Src:   trs(turn("spk1", 0, 2, `ah bon ? <Event desc="rire"/> non .`)),
			Turns: "anne roy=ah bon ?|non .",
			Notes: "stage:rire@1",
		},
		{
			Name: "notes after the last words of a turn, under a Sync of no words, are the turn's",
			Src: trs(turn("spk1", 0, 3, "just turn left there\n<Sync time=\"2\"/>\n<Event desc=\"cough\" type=\"noise\" extent=\"instantaneous\"/>\n<Comment desc=\"break in recording\"/>") +
				turn("spk2", 3, 4, "OK.")),
			Turns: "anne roy=just turn left there; tom lee=OK.",
			Notes: "stage:cough@1 editorial:break in recording@1",
		},
		{
			Name:  "CRLF and CDATA",
			Src:   strings.ReplaceAll(trs(turn("spk1", 0, 1, "<![CDATA[a < b]]>\nand c")), "\n", "\r\n"),
			Turns: "anne roy=a < b|and c",
		},
	}
	corpustest.RunCases(t, tests, Read, "t.trs", "transcriber")
}

func TestReadTimesAndMeta(t *testing.T) {
	src := trs(turn("spk1", 1, 5, "One.\n<Sync time=\"2.50\"/>\nTwo.") + turn("spk2 spk1", 5, 7, "<Who nb=\"1\"/>\nThree.\n<Who nb=\"2\"/>\nFour."))
	d, err := Read("t.trs", []byte(src), corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	corpustest.CheckMeta(t, d, "Morning Show", "2003-05-14")
	corpustest.CheckRoster(t, d, []corpus.Participant{{Name: "Anne Roy", Line: 5}, {Name: "Tom Lee", Line: 6}})
	corpustest.CheckTimings(t, d, 2,
		`L11 spk1 "1" 1.00-2.50 "<Sync time=\"1\"/>"`,
		`L13 spk1 "2.50" 2.50-5.00 "<Sync time=\"2.50\"/>"`,
		`L18 spk2 "5" 5.00-7.00 "<Who nb=\"1\"/>"`,
		`L20 spk1 "5" 5.00-7.00 "<Who nb=\"2\"/>"`,
	)
}

// TestReadDate: an air_date as Transcriber writes it, YYMMDD with the hour
// after a colon, is the document's date; one that is no date is none.
func TestReadDate(t *testing.T) {
	for _, c := range []struct{ air, want string }{
		{"980428:0700", "1998-04-28"},
		{"030514", "2003-05-14"},
		{"2003-05-14 07:30", "2003-05-14"},
		{"981328", ""},
		{"morning", ""},
	} {
		src := strings.Replace(trs(turn("spk1", 0, 1, "Hi.")), `air_date="2003-05-14 07:30"`, fmt.Sprintf("air_date=%q", c.air), 1)
		d, err := Read("t.trs", []byte(src), corpus.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if d.Date != c.want {
			t.Errorf("air_date %q: date %q, want %q", c.air, d.Date, c.want)
		}
	}
}

func TestReadErrors(t *testing.T) {
	tests := []corpustest.ErrorCase{
		{Name: "malformed XML", Src: trs("<Turn>\n<Sync/>\n</Section>"), Line: 12, Msg: "malformed XML: element <Turn> closed by </Section>"},
		{Name: "another root", Src: "<?xml version=\"1.0\"?>\n\n<TEI/>", Line: 3, Msg: "not a Transcriber file: the root element is <TEI>"},
		{Name: "a time that is no number", Src: trs(`<Turn speaker="spk1" startTime="0:01" endTime="2">x</Turn>`), Line: 10, Msg: `startTime "0:01" is no number`},
		{Name: "a Sync time that is no number", Src: trs(turn("spk1", 0, 1, "x\n<Sync time=\"later\"/>")), Line: 13, Msg: `time "later" is no number`},
		{Name: "a Who of no speaker of its turn", Src: trs(turn("spk1 spk2", 0, 1, "<Who nb=\"3\"/>x")), Line: 12, Msg: `<Who nb="3"> names no speaker of its turn, which has 2`},
		{Name: "no words", Src: trs(turn("spk1", 0, 1, "[noise]")), Line: 0, Msg: "no speech"},
		{Name: "no turns", Src: trs(""), Line: 0, Msg: "no speech"},
		{Name: "plain text", Src: "A: hello\n", Line: 0, Msg: "no XML elements"},
		{Name: "empty", Src: "\n", Line: 0, Msg: "empty file"},
	}
	corpustest.RunErrors(t, tests, Read, "t.trs")
}

func TestDetect(t *testing.T) {
	corpustest.RunDetect(t, Detect, []corpustest.DetectCase{
		{File: "a.trs", Src: trs(""), Want: 2},
		{Name: "by structure, whatever the name", File: "a.xml", Src: "<Trans scribe=\"x\">", Want: 2},
		{Name: "a .trs file of something else", File: "a.TRS", Src: "<root/>", Want: 1},
		{Name: "a Transcriber-like element further in", File: "a.xml", Src: "<doc><Trans/></doc>", Want: 0},
		{Name: "ELAN", File: "a.eaf", Src: "<?xml version=\"1.0\"?>\n<ANNOTATION_DOCUMENT>", Want: 0},
		{Name: "EXMARaLDA", File: "a.exb", Src: "<basic-transcription>", Want: 0},
		{Name: "TEI", File: "a.xml", Src: `<TEI xmlns="http://www.tei-c.org/ns/1.0">`, Want: 0},
		{Name: "TextGrid", File: "a.TextGrid", Src: "File type = \"ooTextFile\"\nObject class = \"TextGrid\"\n", Want: 0},
		{Name: "a script", File: "a.txt", Src: "Trans: hello\n", Want: 0},
	})
	corpustest.CheckCorpusTestdataRejected(t, Detect)
}

// TestRejectsShared runs the reader over the real transcripts of
// ../shared/corpora, of which none is Transcriber's: Detect takes none,
// and Read, asked all the same, gives an input error or a sound document.
func TestRejectsShared(t *testing.T) {
	corpustest.CheckSharedCorporaRejected(t, Detect, Read, corpustest.CheckInvariants)
}

func TestGolden(t *testing.T) {
	d := corpustest.ReadTestdata(t, sample, Read)
	corpustest.CheckGolden(t, corpustest.GoldenFile(sample), corpustest.SpeechListing(d))
	corpustest.CheckMeta(t, d, "Bay Valley Morning", "2003-05-14")
	corpustest.CheckAlternating(t, d)
}

// FuzzRead feeds the reader arbitrary text. Read must not panic; it
// returns a document whose spans lie in the source and whose turns are
// numbered 1..n, or an *InputError.
func FuzzRead(f *testing.F) {
	corpustest.AddSeeds(f, []string{sample}, []string{
		trs(turn("spk1 spk2", 0, 1, "<Who nb=\"2\"/>a [b] (laughs)<Who nb=\"1\"/>&amp;c<Sync time=\"0.5\"/>d") + turn("", 1, 0, "<Event/><Comment desc='x'/>e")),
		"<Trans><Turn speaker=\"a\"><Turn>x</Turn></Turn></Trans>",
		"<Trans><Sync/><Who nb=\"1\"/>x<Turn startTime=\"1e400\">y</Turn></Trans>",
		"<Trans>\n<Turn>\n",
		strings.Replace(trs(turn("spk1", 0, 2, "a\n<Sync time=\"1\"/>\n<Event desc=\"i\"/>")+turn("spk1", 2, 3, "<Sync time=\"2.5\"/>")), "2003-05-14 07:30", "980428:0700", 1),
	})
	f.Fuzz(func(t *testing.T, src []byte) {
		d, err := Read("fuzz.trs", src, corpus.Options{})
		corpustest.CheckRead(t, src, d, err)
	})
}

package tei

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"parley/corpus"
	"parley/corpus/corpustest"
)

// teiDoc wraps a body in a minimal TEI document with an empty header.
func teiDoc(body string) string {
	return `<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader/>` + "\n<text><body>\n" + body + "\n</body></text></TEI>\n"
}

func TestRead(t *testing.T) {
	tests := []corpustest.Case{
		{
			Name: "a speech is its lines and paragraphs, not its speaker or stage directions",
			Src: teiDoc(`<sp who="#ham"><speaker>HAMLET</speaker><l>To be, or not to be,</l>` +
				`<stage>Aside.</stage><l>that is the question.</l></sp>` +
				`<sp who="#oph"><speaker>OPHELIA</speaker><p>Good my lord.</p></sp>`),
			Turns: "hamlet=To be, or not to be,|that is the question.; ophelia=Good my lord.",
			Notes: "stage:Aside.@1",
		},
		{
			Name: "a who goes by its first speaker label; the labels are its forms",
			Src: teiDoc(`<sp who="#ham"><speaker>HAMLET.</speaker><l>One.</l></sp>` +
				`<sp who="#hor"><speaker>Hor.</speaker><l>Two.</l></sp>` +
				`<sp who="#ham"><speaker>Ham.</speaker><l>Three.</l></sp>`),
			Turns: "hamlet=One.; hor=Two.; hamlet=Three.",
		},
		{
			Name: "a parliament's procedure formula and an Order Paper number are the clerks' words",
			Src: teiDoc(`<u who="#StephenKinnock"><seg>1. What discussions he has had.</seg></u>` +
				`<u who="#MarcusJones"><seg>I shall conclude.</seg><seg>Question put and agreed to.</seg></u>`),
			Turns: "stephen kinnock=What discussions he has had.; marcus jones=I shall conclude.",
			Notes: "editorial:1.@1 narration:Question put and agreed to.@2",
		},
		{
			Name:  "two whos under one label stay two speakers",
			Src:   teiDoc(`<sp who="#cit1"><speaker>CITIZEN</speaker><p>A.</p></sp><sp who="#cit2"><speaker>CITIZEN</speaker><p>B.</p></sp>`),
			Turns: "citizen=A.; cit2=B.",
		},
		{
			Name:  "without a speaker label, the who; without who, the label; without either, Unknown",
			Src:   teiDoc(`<sp who="#Smith"><p>A.</p></sp><sp><speaker>ALL</speaker><p>B.</p></sp><sp><p>C.</p></sp><sp who="#a #b"><p>D.</p></sp>`),
			Turns: "smith=A.; all=B.; unknown=C.; a, b=D.",
		},
		{
			Name: "a who written as words run together is read as those words",
			Src: teiDoc(`<u who="#StephenKinnock"><seg>A.</seg></u><u who="#KinnockStephen"><seg>B.</seg></u>` +
				`<u who="#MacDonaldRamsay"><seg>C.</seg></u><u who="#Smith-JonesAnna"><seg>D.</seg></u>` +
				`<u who="#JSmith"><seg>E.</seg></u><u who="#spk1"><seg>F.</seg></u><u who="#DeGaulleCharles"><seg>G.</seg></u>`),
			Turns: "stephen kinnock=A.; kinnock stephen=B.; macdonald ramsay=C.; smith-jones anna=D.; jsmith=E.; spk1=F.; degaulle charles=G.",
		},
		{
			Name:  "consecutive utterances of one speaker are one turn",
			Src:   teiDoc(`<u who="#A"><seg>One.</seg></u><u who="#A"><seg>Two.</seg></u><u who="#B"><seg>Three.</seg></u>`),
			Turns: "a=One. / Two.; b=Three.",
		},
		{
			Name: "ParlaMint notes, gaps, incidents, kinesics and vocals are not speech",
			Src: teiDoc(`<note type="speaker">The Speaker:</note>` +
				`<u who="#A"><seg>We <gap reason="inaudible"/> agree. <note>(Applause)</note> ` +
				`<kinesic type="applause"/><vocal type="laughter"><desc>Laughter</desc></vocal> ` +
				`<incident><desc>Phone rings</desc></incident> Quite.</seg></u>` +
				`<note type="time">10.05</note><u who="#B"><seg>No.</seg></u>`),
			Turns: "a=We|agree.|Quite.; b=No.",
			Notes: "editorial:The Speaker:@0 elision:inaudible@1 editorial:(Applause)@1 stage:applause@1 stage:Laughter@1 stage:Phone rings@1 editorial:10.05@1",
		},
		{
			Name:  "deletions and forme work are not speech; of a choice, the original is",
			Src:   teiDoc(`<sp who="#a"><p>I <del>never</del> said <choice><sic>teh</sic><corr>the</corr></choice> <fw>27</fw>word <choice><abbr>Mr</abbr><expan>Mister</expan></choice> <choice><orig>sayd</orig><reg>said</reg></choice>.</p></sp>`),
			Turns: "a=I|said|teh|word|Mr|sayd|.",
		},
		{
			Name:  "a note inside a note is part of it",
			Src:   teiDoc(`<sp who="#a"><p>Yes <stage>rising <note>in anger</note> slowly</stage> no.</p></sp>`),
			Turns: "a=Yes|no.",
			Notes: "stage:rising <note>in anger</note> slowly@1",
		},
		{
			Name:  "references for letters and word-inner apostrophes stay, others are cut",
			Src:   teiDoc(`<sp who="#a"><p>Rosencrantz &amp; Guildenstern &#8212; don&apos;t caf&#233; &quot;so&quot; &#x27;tis &eacute;t&eacute;&hellip;</p></sp>`),
			Turns: "a=Rosencrantz|Guildenstern|don&apos;t caf&#233;|so|tis &eacute;t&eacute;",
		},
		{
			Name:  "CDATA is read as text",
			Src:   teiDoc(`<sp who="#a"><p>One <![CDATA[<two>]]> three</p></sp>`),
			Turns: "a=One|<two>|three",
		},
		{
			Name:  "CRLF line ends",
			Src:   strings.ReplaceAll(teiDoc("<sp who=\"#a\">\n<l>One line,</l>\n<l>and another.</l>\n</sp>\n<sp who=\"#b\"><l>Yes.</l></sp>"), "\n", "\r\n"),
			Turns: "a=One line,|and another.; b=Yes.",
		},
		{
			Name:  "an empty utterance is none",
			Src:   teiDoc(`<u who="#a"/><u who="#b"><seg>Hm.</seg></u>`),
			Turns: "b=Hm.",
		},
		{
			Name:  "stage directions between and around speeches are notes",
			Src:   teiDoc(`<stage>Enter A.</stage><sp who="#a"><p>Hi.</p></sp><stage>Enter B.</stage><sp who="#b"><p>Ho.</p></sp><stage>Exeunt.</stage>`),
			Turns: "a=Hi.; b=Ho.",
			Notes: "stage:Enter A.@0 stage:Enter B.@1 stage:Exeunt.@0",
		},
	}
	corpustest.RunCases(t, tests, Read, "t.xml", "tei")
}

func TestReadCuesAndForms(t *testing.T) {
	src := teiDoc(`<sp who="#ham"><speaker>HAMLET.</speaker><l>One.</l></sp>` + "\n" +
		`<sp who="#hor"><stage>Aside</stage><speaker>HORATIO</speaker><l>Two.</l></sp>` + "\n" +
		`<sp who="#ham"><speaker>Ham.</speaker><l>Three.</l></sp>` + "\n" +
		`<u who="#Smith" xml:id="u1"><seg>Four.</seg></u>`)
	d, err := Read("t.xml", []byte(src), corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var cues []string
	for _, tr := range d.Turns {
		for _, u := range tr.Utterances {
			cues = append(cues, fmt.Sprintf("L%d %s %s", u.Line, u.Cue.In(d.Source), u.CueName))
		}
	}
	want := []string{
		`L3 <sp who="#ham"><speaker>HAMLET.</speaker> HAMLET.`,
		`L4 <sp who="#hor"> HORATIO`,
		`L5 <sp who="#ham"><speaker>Ham.</speaker> Ham.`,
		`L6 <u who="#Smith" xml:id="u1"> #Smith`,
	}
	if strings.Join(cues, "\n") != strings.Join(want, "\n") {
		t.Errorf("cues\n%s\nwant\n%s", strings.Join(cues, "\n"), strings.Join(want, "\n"))
	}
	var speakers []string
	for _, s := range d.Speakers {
		speakers = append(speakers, fmt.Sprintf("%s/%s/%s", s.ID, s.Name, strings.Join(s.Forms, ",")))
	}
	if w := "hamlet/Hamlet/HAMLET.,Ham. horatio/Horatio/HORATIO smith/Smith/#Smith"; strings.Join(speakers, " ") != w {
		t.Errorf("speakers %q, want %q", strings.Join(speakers, " "), w)
	}
	if u := d.Turns[0].Utterances[0]; u.Text.In(d.Source) != `<sp who="#ham"><speaker>HAMLET.</speaker><l>One.</l></sp>` {
		t.Errorf("Text %q", u.Text.In(d.Source))
	}
}

func TestReadHeader(t *testing.T) {
	src := `<?xml version="1.0" encoding="ISO-8859-1"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0">
<teiHeader>
 <fileDesc>
  <titleStmt><title type="main">A  Play &amp; its
   Title</title><title type="sub">Not this</title></titleStmt>
  <publicationStmt><date when="2020-01-01"/></publicationStmt>
  <sourceDesc><bibl><date when="1603">1603</date><date>1999-12-31</date></bibl></sourceDesc>
 </fileDesc>
 <profileDesc>
  <settingDesc><setting><date when="1601-05-06"/></setting></settingDesc>
  <particDesc><listPerson>
   <person xml:id="JanA"><persName><surname>Novak</surname> <forename>Jan</forename></persName><persName>Later Name</persName></person>
   <person xml:id="B"><persName>Bea  Kovač</persName></person>
   <person xml:id="dup"><persName>First</persName></person>
   <person xml:id="dup"><persName>Second</persName></person>
   <person xml:id="noname"/>
  </listPerson></particDesc>
 </profileDesc>
 <notesStmt><note>Not a note of the text.</note></notesStmt>
</teiHeader>
<text><front><castList>
 <castItem><role xml:id="ghost">Ghost</role><roleDesc>of Hamlet's father</roleDesc></castItem>
 <castItem><role>Players</role></castItem>
</castList></front>
<body>
<u who="#JanA"><seg>One.</seg></u>
<u who="#B"><seg>Two.</seg></u>
<sp who="#ghost"><speaker>GHOST</speaker><l>Three.</l></sp>
<sp who="#dup"><l>Four.</l></sp>
</body></text></TEI>
`
	d, err := Read("t.xml", []byte(src), corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	corpustest.CheckMeta(t, d, "A Play & its Title", "1601-05-06")
	corpustest.CheckMatter(t, d, "1-26", "31-31")
	want := []corpus.Participant{{Name: "Jan Novak", Role: "", Line: 13}, {Name: "Bea Kovač", Role: "", Line: 14}, {Name: "First", Role: "", Line: 15}, {Name: "Ghost", Role: "of Hamlet's father", Line: 23}}
	corpustest.CheckRoster(t, d, want)
	turns, notes := corpustest.Turns(d)
	if w := "jan novak=One.; bea kovač=Two.; ghost=Three.; first=Four."; turns != w {
		t.Errorf("turns\n got %s\nwant %s", turns, w)
	}
	if notes != "" {
		t.Errorf("notes %s, want none (the header's are not the text's)", notes)
	}
	corpustest.CheckInvariants(t, d)

	// Without a settingDesc, the header's first full date that is not the
	// publication's.
	src2 := strings.Replace(src, `<settingDesc><setting><date when="1601-05-06"/></setting></settingDesc>`, "", 1)
	if d, err := Read("t.xml", []byte(src2), corpus.Options{}); err != nil || d.Date != "1999-12-31" {
		t.Errorf("date %q, %v; want 1999-12-31", d.Date, err)
	}
}

func TestReadErrors(t *testing.T) {
	tests := []corpustest.ErrorCase{
		{Name: "mismatched end tag", Src: "<TEI>\n<text>\n<sp><p>x</sp>\n</text></TEI>\n", Line: 3, Msg: "malformed XML: element <p> closed by </sp>"},
		{Name: "mismatched end tag, CRLF", Src: "<TEI>\r\n<text>\r\n<sp><p>x</sp>\r\n</text></TEI>\r\n", Line: 3, Msg: "malformed XML"},
		{Name: "unclosed element", Src: "<TEI>\n<sp who=\"#a\"><p>x</p>\n", Line: 3, Msg: "malformed XML: unexpected EOF"},
		{Name: "undefined entity", Src: "<TEI>\n\n<sp><p>x &bogus; y</p></sp></TEI>", Line: 3, Msg: "malformed XML"},
		{Name: "bad attribute", Src: "<TEI>\n<sp who=#a><p>x</p></sp></TEI>", Line: 2, Msg: "malformed XML"},
		{Name: "no speeches", Src: teiDoc("<div><p>Just prose.</p></div>"), Line: 0, Msg: "no <sp> or <u>"},
		{Name: "speeches only in the header", Src: "<TEI><teiHeader><sp who=\"#a\">x</sp></teiHeader><text/></TEI>", Line: 0, Msg: "no <sp> or <u>"},
		{Name: "speeches only inside a note", Src: teiDoc(`<note><sp who="#a"><p>x</p></sp></note>`), Line: 0, Msg: "no <sp> or <u>"},
		{Name: "plain text", Src: "HAMLET: To be.\n", Line: 0, Msg: "no <sp> or <u>"},
		{Name: "empty", Src: "\n", Line: 0, Msg: "empty file"},
	}
	corpustest.RunErrors(t, tests, Read, "t.xml")
}

func TestDetect(t *testing.T) {
	long := "<?xml version=\"1.0\"?>\n<!--" + strings.Repeat("x", 2100) + "-->\n<TEI>"
	corpustest.RunDetect(t, Detect, []corpustest.DetectCase{
		{File: "a.xml", Src: `<?xml version="1.0"?><TEI xmlns="http://www.tei-c.org/ns/1.0">`, Want: 2},
		{File: "a.tei", Src: `<TEI>`, Want: 2},
		{File: "a.tei", Src: `<root/>`, Want: 1},
		{File: "a.xml", Src: `<root/>`, Want: 0},
		{File: "a.xml", Src: long, Want: 0},
		{File: "a.txt", Src: `<TEI>`, Want: 0},
	})
}

func TestGoldenTEIDrama(t *testing.T) {
	d := corpustest.ReadTestdata(t, "tei-hamlet.xml", Read)
	corpustest.CheckGolden(t, filepath.Join("testdata", "tei-hamlet.turns.golden"), corpustest.SpeechListing(d))
	corpustest.CheckMeta(t, d, "The Tragedy of Hamlet, Prince of Denmark: Act 1, Scene 1 (opening)", "")
	if len(d.Turns) != 20 || len(d.Speakers) != 4 || len(d.Roster) != 4 {
		t.Errorf("%d turns, %d speakers, %d on the roster; want 20, 4, 4", len(d.Turns), len(d.Speakers), len(d.Roster))
	}
	if s, _ := d.Speaker("barnardo"); s.Name != "Barnardo" || strings.Join(s.Forms, ",") != "BARNARDO,BAR." {
		t.Errorf("Barnardo: %+v", s)
	}
}

func TestGoldenTEIParlaMint(t *testing.T) {
	d := corpustest.ReadTestdata(t, "parlamint-sitting.xml", Read)
	corpustest.CheckGolden(t, filepath.Join("testdata", "parlamint-sitting.turns.golden"), corpustest.SpeechListing(d))
	corpustest.CheckMeta(t, d, "Sample parliamentary corpus ParlaMint-XX, Sitting 12 [ParlaMint SAMPLE]", "2021-05-12")
	var seq []string
	for _, tr := range d.Turns {
		seq = append(seq, fmt.Sprintf("%s:%d", tr.Speaker, len(tr.Utterances)))
	}
	if w := "anna novak:1 peter kolar:2 maja horvat:1 anna novak:1"; strings.Join(seq, " ") != w {
		t.Errorf("turns %q, want %q", strings.Join(seq, " "), w)
	}
}

// FuzzRead feeds the reader arbitrary text. Read must not panic; it
// returns a document whose spans lie in the source and whose turns are
// numbered 1..n, or an *InputError.
func FuzzRead(f *testing.F) {
	corpustest.AddSeeds(f, []string{"tei-hamlet.xml", "parlamint-sitting.xml"}, []string{
		teiDoc(`<sp who="#a"><speaker>A</speaker><l>x &amp; y</l><stage>z</stage></sp><sp><p>w</p></sp>`),
		teiDoc(`<u who="#a #b"><seg>a<gap/><note>n<note>m</note></note></seg></u><u/><u who=""/>`),
		`<TEI><teiHeader><titleStmt><title>t</title></titleStmt><date>2001-01-01</date><person xml:id="a"><persName><forename>F</forename></persName></person></teiHeader><castItem><role xml:id="b">B</role><roleDesc>d</roleDesc></castItem><sp who="#a"/></TEI>`,
		"<TEI>\n<sp>\n</TEI>",
		"<sp who='#x'><![CDATA[a]]>&#0;&#x110000;&#;&#x;&amp</sp>",
		"\ufeff<u>x</u>",
	})
	f.Fuzz(func(t *testing.T, src []byte) {
		d, err := Read("fuzz.xml", src, corpus.Options{})
		corpustest.CheckRead(t, src, d, err)
	})
}

package akomantoso

import (
	"strings"
	"testing"

	"parley/corpus"
	"parley/corpus/corpustest"
)

// akn wraps references and a debate body in an Akoma Ntoso 3.0 debate.
func akn(refs, body string) string {
	return `<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><debate name="hansard">` + "\n" +
		`<meta><references source="#x">` + refs + "</references></meta>\n<debateBody>\n" + body + "\n</debateBody></debate></akomaNtoso>\n"
}

const refs = `<TLCPerson eId="smith" href="/ontology/person/smith" showAs="Hon. John Smith"/><TLCPerson eId="ouma" href="/ontology/person/ouma" showAs="Ms Grace Ouma"/><TLCRole eId="speaker" showAs="Speaker"/>`

func TestRead(t *testing.T) {
	corpustest.RunCases(t, []corpustest.Case{
		{
			Name:  "a speech is its paragraphs, by the person its by refers to",
			Src:   akn(refs, `<speech by="#smith"><from>Mr Smith:</from><p>One.</p><p>Two.</p></speech><speech by="#ouma"><from>Ms Ouma</from><p>Three.</p></speech>`),
			Turns: "john smith=One.|Two.; grace ouma=Three.",
		},
		{
			Name:  "questions and answers; consecutive utterances of one speaker are one turn",
			Src:   akn(refs, `<question by="#smith"><p>Why?</p></question><speech by="#smith"><p>Well?</p></speech><answer by="#ouma"><p>Because.</p></answer>`),
			Turns: "john smith=Why? / Well?; grace ouma=Because.",
		},
		{
			Name:  "without a TLCPerson, the from text; without that, the reference; without either, Unknown",
			Src:   akn(refs, `<speech by="#jones"><from>Mr Jones:</from><p>A.</p></speech><speech by="#brown"><p>B.</p></speech><speech><p>C.</p></speech>`),
			Turns: "jones=A.; brown=B.; unknown=C.",
		},
		{
			Name:  "an office's label with its holder in parentheses is the holder; without, the whole label",
			Src:   akn(refs, `<answer by="#cs"><from>The Cabinet Secretary for Health (Hon. (Dr.) Mwangi):</from><p>A.</p></answer><answer by="#m"><from>The Minister for Roads:</from><p>B.</p></answer>`),
			Turns: "mwangi=A.; the minister for roads=B.",
		},
		{
			Name:  "a reference by href",
			Src:   akn(refs, `<speech by="/ontology/person/ouma"><p>A.</p></speech>`),
			Turns: "grace ouma=A.",
		},
		{
			Name:  "a presiding officer by office keeps the office whole",
			Src:   akn(refs, `<speech by="#ds"><from>The Deputy Speaker:</from><p>Order!</p></speech><speech by="#sp"><from>The Speaker</from><p>Order.</p></speech>`),
			Turns: "the deputy speaker=Order!; the speaker=Order.",
		},
		{
			Name: "narrative, summary, scene, remark and authorial notes are not speech",
			Src: akn(refs, `<debateSection><heading>PRAYERS</heading><narrative>The House met.</narrative>`+
				`<speech by="#smith"><num>1.</num><p>We agree <remark>(Applause)</remark> entirely.<authorialNote><p>Sic.</p></authorialNote></p></speech>`+
				`<scene>Loud consultations</scene><summary>Debate interrupted.</summary><speech by="#ouma"><p>No.</p></speech></debateSection>`),
			Turns: "john smith=We agree|entirely.; grace ouma=No.",
			Notes: "narration:The House met.@0 stage:(Applause)@1 editorial:Sic.@1 stage:Loud consultations@1 narration:Debate interrupted.@1",
		},
		{
			Name:  "bracketed insertions and stage directions in the text are notes, across inline markup",
			Src:   akn(refs, `<speech by="#smith"><p>Yes <i>[</i>Interruption<i>]</i> and (laughter) <person refersTo="#ouma">Ms Ouma</person> knows.</p></speech>`),
			Turns: "john smith=Yes|and|Ms Ouma|knows.",
			Notes: "editorial:Interruption@1 stage:laughter@1",
		},
		{
			Name:  "every reference is cut; a word's pieces touch the cut",
			Src:   akn(refs, `<speech by="#smith"><p>Caf&#233;s &amp; bar &#8212; don&#8217;t.</p></speech>`),
			Turns: "john smith=Caf|s|bar|don|t.",
		},
		{
			Name:  "namespace prefixes and Akoma Ntoso 2.0 ids",
			Src:   `<an:akomaNtoso xmlns:an="http://www.akomantoso.org/2.0"><an:debate><an:meta><an:references><an:TLCPerson id="x" showAs="Mr X Ray"/></an:references></an:meta><an:debateBody><an:speech by="#x"><an:p>Hi.</an:p></an:speech></an:debateBody></an:debate></an:akomaNtoso>`,
			Turns: "x ray=Hi.",
		},
		{
			Name:  "a from after the speech has begun is not speech, nor part of the cue",
			Src:   akn(refs, `<speech by="#smith"><p>One.</p><from>Mr Smith</from><p>Two.</p></speech>`),
			Turns: "john smith=One.|Two.",
		},
		{
			Name: "a by that refers to a role is the role's, whatever form of address the from gives the office; another office's from is that office",
			Src: akn(refs, `<speech by="#speaker"><from>The Speaker:</from><p>Order.</p></speech><speech by="#smith"><p>Sir.</p></speech>`+
				`<speech by="#speaker"><from>Mr. Speaker:</from><p>Order!</p></speech><speech by="#speaker"><from>The Deputy Speaker:</from><p>Sit.</p></speech>`),
			Turns: "speaker=Order.; john smith=Sir.; speaker=Order!; the deputy speaker=Sit.",
		},
		{
			Name: "an office's label printed in capitals is kept whole: the Minister and the Deputy Minister are two",
			Src: akn(`<TLCPerson eId="m" showAs="The MINISTER OF SPORT"/><TLCPerson eId="dm" showAs="The DEPUTY MINISTER OF SPORT"/>`,
				`<speech by="#m"><p>One.</p></speech><speech by="#dm"><p>Two.</p></speech>`),
			Turns: "the minister of sport=One.; the deputy minister of sport=Two.",
		},
		{
			Name:  "a note out of place in a speech is the editor's",
			Src:   akn(refs, `<speech by="#smith"><p>One.</p><note type="source">Source order preserved.</note></speech>`),
			Turns: "john smith=One.",
			Notes: "editorial:Source order preserved.@1",
		},
		{
			Name:  "an empty speech is none; CRLF and CDATA",
			Src:   strings.ReplaceAll(akn(refs, "<speech by=\"#ouma\"/>\n<speech by=\"#smith\">\n<p>One\nline <![CDATA[<two>]]></p>\n</speech>"), "\n", "\r\n"),
			Turns: "john smith=One|line|<two>",
		},
	}, Read, "t.xml", Format)
}

func TestReadMetadata(t *testing.T) {
	src := `<akomaNtoso><debate><meta><identification><FRBRWork><FRBRdate date="2020-03-12" name="x"/><FRBRcountry value="ke"/></FRBRWork>` +
		`<FRBRExpression><FRBRdate date="2020-03-13"/></FRBRExpression></identification><references>` + refs + `<TLCPerson eId="silent" showAs="Hon. (Prof.) Amina Said"/></references></meta>` + "\n" +
		`<preface><p><docTitle>Hansard  of the
 House</docTitle></p></preface>` + "\n" +
		`<debateBody><speech by="#smith" as="#speaker"><recordedTime time="2020-03-12T14:30:00+03:00">2.30 p.m.</recordedTime><p>One.</p></speech>` + "\n" +
		`<speech by="#ouma"><p>Two.</p></speech><speech by="#smith"><p>Three.</p></speech></debateBody></debate></akomaNtoso>`
	d, err := Read("t.xml", []byte(src), corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	corpustest.CheckMeta(t, d, "Hansard of the House", "2020-03-12")
	if d.Meta["country"] != "ke" {
		t.Errorf("meta %v", d.Meta)
	}
	corpustest.CheckRoster(t, d, []corpus.Participant{{Name: "Hon. John Smith", Role: "Speaker", Line: 1}, {Name: "Ms Grace Ouma", Line: 1}, {Name: "Hon. Prof. Amina Said", Line: 1}})
	u := d.Turns[0].Utterances[0]
	if u.Time != "2020-03-12T14:30:00+03:00" || u.Start != 52200 || u.End != 52200 {
		t.Errorf("time %q %v %v", u.Time, u.Start, u.End)
	}
	if s, _ := d.Speaker("john smith"); s.Name != "John Smith" || strings.Join(s.Forms, ",") != "Hon. John Smith" {
		t.Errorf("speaker %+v", s)
	}
	corpustest.CheckMatter(t, d, "1-4", "5-5")
}

// TestReadAkomaNtoso1 reads a debate record of Akoma Ntoso 1.0: root
// <akomantoso>, a <debaterecord> whose <debate> is the body, <Person> and
// <Role> references, by without "#", <title> headings and <comment> notes.
func TestReadAkomaNtoso1(t *testing.T) {
	src := `<akomantoso xmlns="http://www.akomantoso.org/1.0"><debaterecord><meta><identification source="FV"><Work><date date="1995-10-31" name="Generation"/><author href="#Par"/></Work></identification>` +
		`<references source="FV"><Person id="FV" showAs="Fabio Vitali"/><Person id="Mzee" showAs="Prof. Mzee"/><Person id="Kofa" showAs="Mr. Kofa"/><Role id="S" showAs="Mr. Speaker"/></references></meta>` + "\n" +
		`<debate><subdivision><title>PRAYERS</title></subdivision><subdivision><title>QUESTIONS</title>` + "\n" +
		`<question by="Kofa" to="MS"><from>Mr. Kofa</from><p>Mr. Kofa asked the Minister.</p></question>` + "\n" +
		`<speech by="Mzee" as="S"><from>Mr. Kofa</from><p>Anybody?</p></speech><comment>Question deferred</comment></subdivision></debate></debaterecord></akomantoso>`
	if got := Detect("a.xml", []byte(src)); got != 2 {
		t.Errorf("Detect = %d, want 2", got)
	}
	d, err := Read("a.xml", []byte(src), corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	corpustest.CheckMeta(t, d, "PRAYERS", "1995-10-31")
	turns, notes := corpustest.Turns(d)
	if want := "kofa=Mr. Kofa asked the Minister.; mzee=Anybody?"; turns != want {
		t.Errorf("turns\n got %s\nwant %s", turns, want)
	}
	if want := "narration:Question deferred@0"; notes != want {
		t.Errorf("notes %s, want %s", notes, want)
	}
	// The editor the metadata names as its source is no participant.
	corpustest.CheckRoster(t, d, []corpus.Participant{{Name: "Prof. Mzee", Role: "Mr. Speaker", Line: 1}, {Name: "Mr. Kofa", Line: 1}})
}

func TestDisplayName(t *testing.T) {
	for in, want := range map[string]string{
		"Ascencio Mansilla, don Gabriel":         "Gabriel Ascencio Mansilla",
		"Navarro Brain, don Alejandro.":          "Alejandro Navarro Brain",
		"Hon. Ruth Mwangi, MP":                   "Hon. Ruth Mwangi, MP",
		"Mwangi, Minister for Health":            "Mwangi, Minister for Health",
		"Mr M R MDAKANE":                         "Mr M R Mdakane",
		"The HOUSE CHAIRPERSON (Mr C T Frolick)": "The House Chairperson (Mr C T Frolick)",
		"The MINISTER OF SPORT AND RECREATION":   "The Minister of Sport and Recreation",
		"GRASSO":                                 "Grasso",
		"YB DATO SERI AZMIN BIN ALI":             "YB Dato Seri Azmin Bin Ali",
		"Hon. John Smith":                        "Hon. John Smith",
	} {
		if got := displayName(in); got != want {
			t.Errorf("displayName(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestReadErrors(t *testing.T) {
	corpustest.RunErrors(t, []corpustest.ErrorCase{
		{Name: "mismatched end tag", Src: "<akomaNtoso>\n<debate><debateBody>\n<speech><p>x</speech>\n</debateBody></debate></akomaNtoso>", Line: 3, Msg: "malformed XML: element <p> closed by </speech>"},
		{Name: "undefined entity", Src: "<akomaNtoso>\n\n<speech><p>&bogus;</p></speech></akomaNtoso>", Line: 3, Msg: "malformed XML"},
		{Name: "no speeches", Src: akn(refs, `<debateSection><heading>X</heading><narrative>The House rose.</narrative></debateSection>`), Line: 0, Msg: "no speeches found"},
		{Name: "speeches only in the meta", Src: `<akomaNtoso><debate><meta><speech by="#a"><p>x</p></speech></meta></debate></akomaNtoso>`, Line: 0, Msg: "no speeches found"},
		{Name: "speeches only inside a note", Src: akn(refs, `<narrative><speech by="#smith"><p>x</p></speech></narrative>`), Line: 0, Msg: "no speeches found"},
		{Name: "an act", Src: `<akomaNtoso><act><body><section><p>Be it enacted.</p></section></body></act></akomaNtoso>`, Line: 0, Msg: "no speeches found"},
		{Name: "empty", Src: " \n", Line: 0, Msg: "empty file"},
	}, Read, "t.xml")
}

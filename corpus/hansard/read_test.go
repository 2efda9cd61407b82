package hansard

import (
	"strings"
	"testing"

	"parley/corpus"
	"parley/corpus/corpustest"
)

// pw wraps speeches in a ParlParse <publicwhip> root.
func pw(body string) string {
	return "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<publicwhip scrapeversion=\"a\" latest=\"yes\">\n" + body + "\n</publicwhip>\n"
}

// au wraps a debate's content in an Australian <hansard> root.
func au(body string) string {
	return "<hansard version=\"2.1\">\n<session.header><date>2009-03-12</date><chamber>REPS</chamber></session.header>\n<chamber.xscript><debate><debateinfo><title>BILLS</title></debateinfo>\n" + body + "\n</debate></chamber.xscript></hansard>\n"
}

// tk is a talker of the Australian layout.
func tk(id, meta, display string) string {
	s := "<talker>"
	if id != "" {
		s += "<name.id>" + id + "</name.id>"
	}
	if meta != "" {
		s += `<name role="metadata">` + meta + "</name>"
	}
	if display != "" {
		s += `<name role="display">` + display + "</name>"
	}
	return s + "</talker>"
}

func TestReadParlParse(t *testing.T) {
	corpustest.RunCases(t, []corpustest.Case{
		{
			Name: "a speech is its paragraphs, by its speakername",
			Src: pw(`<speech id="uk.org.publicwhip/debate/2011-03-09a.1.1" speakername="Grace Pemberton" person_id="p1"><p>One.</p><p class="indent">&quot;Two.&quot;</p></speech>` +
				`<speech speakername="Tom Ashdown"><p>Three.</p></speech>`),
			Turns: "grace pemberton=One.|Two.; tom ashdown=Three.",
		},
		{
			Name:  "consecutive speeches of one speaker are one turn",
			Src:   pw(`<speech speakername="A B"><p>One.</p></speech><speech speakername="A B"><p>Two.</p></speech><speech speakername="C D"><p>Three.</p></speech>`),
			Turns: "a b=One. / Two.; c d=Three.",
		},
		{
			Name:  "a nospeaker speech is procedure: its paragraphs are notes",
			Src:   pw(`<speech nospeaker="true"><p class="italic">[Mr Deputy Speaker in the Chair]</p><p>Motion made.</p></speech><speech speakername="A B"><p>Yes.</p></speech>`),
			Turns: "a b=Yes.",
			Notes: "editorial:[Mr Deputy Speaker in the Chair]@0 narration:Motion made.@0",
		},
		{
			Name:  "italic paragraphs are narration; a speech of nothing else gives no turn",
			Src:   pw(`<speech speakername="A B"><p>One.</p></speech><speech speakername="C D"><p class="italic">indicated dissent.</p></speech><speech speakername="A B"><p>Two.</p><p class="italic">Question put.</p></speech>`),
			Turns: "a b=One. / Two.",
			Notes: "narration:indicated dissent.@1 narration:Question put.@1",
		},
		{
			Name:  "bracketed insertions are notes even across inline markup; stage directions too",
			Src:   pw(`<speech speakername="A B"><p>Well <i>[</i><i>Interruption.</i><i>]</i> no (Laughter) <phrase class="honfriend">my friend</phrase>.</p></speech>`),
			Turns: "a b=Well|no|my friend|.",
			Notes: "editorial:Interruption.@1 stage:Laughter@1",
		},
		{
			Name:  "every reference is cut; a word's pieces touch the cut",
			Src:   pw(`<speech speakername="A B"><p>It costs &pound;5&mdash;the caf&eacute;s&nbsp;don&#39;t &amp; won&apos;t.</p></speech>`),
			Turns: "a b=It costs|5|the caf|s|don|t|won|t.",
		},
		{
			Name:  "headings and divisions are not speech",
			Src:   pw(`<major-heading>Rail</major-heading><speech speakername="A B"><p>Aye.</p></speech><division><divisioncount ayes="1" noes="0"/><mplist vote="aye"><mpname>A B</mpname></mplist></division>`),
			Turns: "a b=Aye.",
		},
		{
			Name:  "a presiding officer named by office keeps the office whole",
			Src:   pw(`<speech speakername="Mr. Deputy Speaker"><p>Order.</p></speech><speech speakername="Madam Deputy Speaker"><p>Order!</p></speech><speech speakername="Mr. Smith"><p>Yes.</p></speech>`),
			Turns: "mr. deputy speaker=Order.; madam deputy speaker=Order!; smith=Yes.",
		},
		{
			Name:  "written questions and replies",
			Src:   pw(`<ques speakername="A B"><p>Why?</p></ques><reply speakername="C D"><p>Because.</p></reply>`),
			Turns: "a b=Why?; c d=Because.",
		},
		{
			Name: "a peer's title is the name: Lord and Baroness alike are kept whole",
			Src: pw(`<speech id="uk.org.publicwhip/lords/2009-10-29a.1.1" speakerid="uk.org.publicwhip/lord/100983" speakername="Lord Myners"><p>My Lords, yes.</p></speech>` +
				`<speech id="uk.org.publicwhip/lords/2009-10-29a.1.2" speakerid="uk.org.publicwhip/lord/100470" speakername="Baroness O'Cathain"><p>No.</p></speech>`),
			Turns: "lord myners=My Lords, yes.; baroness o'cathain=No.",
		},
		{
			Name:  "the record's formulas in a speech's plain paragraphs are narration",
			Src:   pw(`<speech speakername="A B"><p>I seek leave.</p><p>Leave granted.</p><p>Thank you.</p></speech>`),
			Turns: "a b=I seek leave.|Thank you.",
			Notes: "narration:Leave granted.@1",
		},
	}, Read, "t.xml", Format)
}

// TestReadOpenAustralia reads ParlParse's XML as OpenAustralia writes it,
// under a <debates> root.
func TestReadOpenAustralia(t *testing.T) {
	corpustest.RunCases(t, []corpustest.Case{
		{
			Name: "speeches under a <debates> root are ParlParse's",
			Src: `<?xml version="1.0" encoding="UTF-8"?>` + "\n<debates>\n" +
				`<major-heading id="uk.org.publicwhip/lords/2007-09-20.3.1">PETITIONS</major-heading>` +
				`<speech id="uk.org.publicwhip/lords/2007-09-20.3.3" speakerid="uk.org.publicwhip/lord/100263" speakername="Alan Baird Ferguson" talktype="speech" time="09:30:00"><p>Order!</p></speech>` +
				`<speech id="uk.org.publicwhip/lords/2007-09-20.7.3" nospeaker="true"><p><b>Senator Milne</b> to move:</p></speech>` +
				"\n</debates>\n",
			Turns: "alan baird ferguson=Order!",
			Notes: "narration:Senator Milne</b> to move:@0",
		},
	}, Read, "2007-09-20.xml", Format)
}

// TestReadBefore1998 reads the Australian layout of 1981-1997 (the
// record's SGML as XML): the sitting in the root's attributes, headings in
// <title>, names with a nameid, and <interject>.
func TestReadBefore1998(t *testing.T) {
	src := `<hansard chamber="Senate" date="04/06/1981" parliament.no="32" period.no="2" session.no="1"><chamber.xscript>` +
		`<qwn><title>QUESTIONS WITHOUT NOTICE</title><question.block><title>HEALTH FUNDS</title>` +
		`<question nameid="GM7" speaker="Mulvihill Sen J.A."><talk.start><talker><name nameid="GM7">Senator MULVIHILL</name></talker><para in-line="1">—My question.</para></talk.start></question>` +
		`<answer nameid="ME4"><talk.start><talker><name nameid="ME4">Senator PETER BAUME</name></talker><para in-line="1">—I am delighted.</para></talk.start>` +
		`<interject chair="0" nameid="GM7"><talk.start><talker><name nameid="GM7">Senator Mulvihill</name></talker><para in-line="1">—And decision making.</para></talk.start></interject>` +
		`<talk.start><talker><name nameid="ME4">Senator PETER BAUME</name></talker><para in-line="1">—The benefits.</para></talk.start></answer>` +
		`</question.block></qwn></chamber.xscript></hansard>`
	d, err := Read("a.xml", []byte(src), corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	corpustest.CheckMeta(t, d, "QUESTIONS WITHOUT NOTICE", "1981-06-04")
	if d.Meta["chamber"] != "Senate" || d.Meta["parliament"] != "32" {
		t.Errorf("meta %v", d.Meta)
	}
	turns, _ := corpustest.Turns(d)
	if want := "mulvihill=—My question.; peter baume=—I am delighted.; mulvihill=—And decision making.; peter baume=—The benefits."; turns != want {
		t.Errorf("turns\n got %s\nwant %s", turns, want)
	}
}

func TestReadAustralian(t *testing.T) {
	corpustest.RunCases(t, []corpustest.Case{
		{
			Name:  "a speech is its talker's: the metadata name, forename first",
			Src:   au(`<speech><talk.start>` + tk("AB1", "Smith, Tony, MP", "Mr SMITH") + `<para>—I rise.</para></talk.start><para>Second.</para></speech>`),
			Turns: "tony smith=—I rise.|Second.",
		},
		{
			Name:  "post-nominals without their comma; a paragraph all in italics is narration, italics in speech are speech",
			Src:   au(`<speech><talk.start>` + tk("AB1", "Naidoo, Kavitha MP", "Ms NAIDOO") + `<para>—Under the <inline font-style="italic">Coastal Act</inline> we act.</para></talk.start><para><inline font-style="italic">Opposition members interjecting—</inline></para></speech>`),
			Turns: "kavitha naidoo=—Under the|Coastal Act|we act.",
			Notes: "narration:Opposition members interjecting—@1",
		},
		{
			Name: "an interjection is a turn; the speaker resumes after it",
			Src: au(`<speech><talk.start>` + tk("AB1", "Smith, Tony, MP", "Mr SMITH") + `<para>—One.</para></talk.start>` +
				`<interjection><talk.start>` + tk("CD2", "Katter, Bob, MP", "Mr Katter") + `<para>—Rubbish!</para></talk.start></interjection>` +
				`<para>Two.</para></speech>`),
			Turns: "tony smith=—One.; bob katter=—Rubbish!; tony smith=Two.",
		},
		{
			Name: "a continuation is its talker's, and so is the text after it; a name.id finds the metadata name",
			Src: au(`<speech><talk.start>` + tk("AB1", "Smith, Tony, MP", "Mr SMITH") + `<para>—One.</para></talk.start>` +
				`<interjection><talk.start>` + tk("CD2", "Katter, Bob, MP", "Mr Katter") + `<para>—No.</para></talk.start></interjection>` +
				`<continue><talk.start>` + tk("AB1", "", "Mr SMITH") + `<para>—Two.</para></talk.start></continue><para>Three.</para></speech>`),
			Turns: "tony smith=—One.; bob katter=—No.; tony smith=—Two. / Three.",
		},
		{
			Name: "presiding officers go by their office as printed",
			Src: au(`<speech><talk.start>` + tk("AB1", "Smith, Tony, MP", "Mr SMITH") + `<para>—One.</para></talk.start>` +
				`<interjection><talk.start>` + tk("10000", "SPEAKER, The", "The SPEAKER") + `<para>—Order!</para></talk.start></interjection>` +
				`<interjection><talk.start>` + tk("10000", "Somlyay, Alex (The DEPUTY SPEAKER)", "") + `<para>—Order!</para></talk.start></interjection>` +
				`<interjection><talk.start>` + tk("10000", "PRESIDENT, The", "") + `<para>—Order!</para></talk.start></interjection></speech>`),
			Turns: "tony smith=—One.; the speaker=—Order!; the deputy speaker=—Order!; the president=—Order!",
		},
		{
			Name:  "a talker without a metadata name goes by its display name",
			Src:   au(`<speech><talk.start>` + tk("", "", "Mr JONES") + `<para>—Hi.</para></talk.start></speech><speech><talk.start><talker><name>Dr Brown</name></talker><para>Ho.</para></talk.start></speech>`),
			Turns: "jones=—Hi.; brown=Ho.",
		},
		{
			Name: "paragraphs outside speeches and italic ones within are narration",
			Src: `<hansard><chamber.xscript><business.start><day.start>2009-03-12</day.start><para>The SPEAKER took the chair.</para></business.start>` +
				`<debate><speech><talk.start>` + tk("AB1", "Smith, Tony, MP", "") + `<para>—One.</para></talk.start><para class="italic">Honourable members interjecting—</para><para>Two.</para></speech>` +
				`<division><division.header><time.stamp>16:10:00</time.stamp><para>The House divided.</para></division.header><division.data><ayes><names><name>Smith, T.</name></names></ayes></division.data><division.result><para>Question agreed to.</para></division.result></division></debate></chamber.xscript></hansard>`,
			Turns: "tony smith=—One.|Two.",
			Notes: "narration:The SPEAKER took the chair.@0 narration:Honourable members interjecting—@1 narration:The House divided.@0 narration:Question agreed to.@0",
		},
		{
			Name:  "headings, timestamps and page numbers are not speech; inline markup is",
			Src:   au(`<subdebate.1><subdebateinfo><title>Second Reading</title><page.no>7</page.no></subdebateinfo><speech><talk.start>` + tk("AB1", "Smith, Tony, MP", "") + `<para>—A <inline font-weight="bold">bold</inline> claim.</para></talk.start><time.stamp>10:00:00</time.stamp><page.no>8</page.no></speech></subdebate.1>`),
			Turns: "tony smith=—A|bold|claim.",
		},
		{
			Name:  "a motion without a speech is its mover's; its own paragraphs after are narration",
			Src:   au(`<motionnospeech><name>Senator FERRIS</name><electorate>(South Australia)</electorate><time.stamp>12:31:00</time.stamp><inline>—I move:</inline><motion><para>That it pass.</para></motion><para>Question agreed to.</para></motionnospeech>`),
			Turns: "ferris=—I move:|That it pass.",
			Notes: "narration:Question agreed to.@1",
		},
		{
			Name:  "interjections and continuations beside the speech, not inside it",
			Src:   au(`<speech><talk.start>` + tk("AB1", "Smith, Tony, MP", "Mr SMITH") + `<para>—One.</para></talk.start></speech><interjection><talk.start>` + tk("CD2", "Katter, Bob, MP", "") + `<para>—No.</para></talk.start></interjection><continue><talk.start><para>—Two.</para></talk.start></continue>`),
			Turns: "tony smith=—One.; bob katter=—No.; tony smith=—Two.",
		},
		{
			Name: "the talk.text layout: attributions open the speech and the interjections within it",
			Src: au(`<speech><talk.start>` + tk("AB1", "Smith, Tony, MP", "") + `</talk.start><talk.text><body><p class="HPS-Normal"><span class="HPS-Normal">` +
				`<a href="ab1" type="MemberSpeech"><span class="HPS-MemberSpeech">Mr SMITH</span></a> (<span class="HPS-Electorate">Casey</span>—<span class="HPS-MinisterialTitles">Treasurer</span>) (<span class="HPS-Time">10:02</span>):  I move.</span></p>` +
				`<p class="HPS-Normal"><span class="HPS-Normal"><a href="CD2" type="MemberInterjecting"><span class="HPS-MemberInterjecting">Mr Katter:</span></a>  Why?</span></p>` +
				`<p class="HPS-Normal"><span class="HPS-Normal"><a href="10000" type="OfficeInterjecting"><span class="HPS-OfficeInterjecting">The DEPUTY SPEAKER:</span></a>  Order!</span></p>` +
				`<p class="HPS-Normal"><span class="HPS-Normal"><a href="AB1" type="MemberContinuation"><span class="HPS-MemberContinuation">Mr SMITH:</span></a>  Because.</span></p>` +
				`<p class="HPS-Normal"><span class="HPS-MemberIInterjecting">Mr Katter interjecting—</span></p>` +
				`<p class="HPS-Debate">A heading</p></body></talk.text></speech>`),
			Turns: "tony smith=I move.; katter=Why?; the deputy speaker=Order!; tony smith=Because.",
			Notes: "narration:Mr Katter interjecting—@4",
		},
		{
			Name: "the talk.text layout: an attribution's span without its <a> is an attribution too",
			Src: au(`<speech><talk.start>` + tk("AB1", "Smith, Tony, MP", "") + `</talk.start><talk.text><body><p class="HPS-Normal"><span class="HPS-Normal">` +
				`<a href="AB1" type="MemberSpeech"><span class="HPS-MemberSpeech">Mr SMITH</span></a> (<span class="HPS-Time">14:46</span>):  My question.</span></p>` +
				`<p class="HPS-Normal"><span class="HPS-Normal"><span class="HPS-OfficeInterjecting">The SPEAKER:</span>  Order! The member will resume his seat.</span></p>` +
				`<p class="HPS-Normal"><span class="HPS-Normal"><span class="HPS-GeneralIInterjecting">Opposition members interjecting</span>—</span></p>` +
				`<p class="HPS-Normal"><span class="HPS-Normal"><span class="HPS-MemberContinuation">Mr SMITH:</span>  As I said.</span></p></body></talk.text></speech>`),
			Turns: "tony smith=My question.; the speaker=Order! The member will resume his seat.; tony smith=As I said.",
			Notes: "narration:Opposition members interjecting@2",
		},
		{
			Name: "the record's formulas and a group's interjection in a speech's paragraphs are narration",
			Src: au(`<speech><talk.start>` + tk("AB1", "Smith, Tony, MP", "") + `<para>—I present the report.</para></talk.start>` +
				`<para>Ordered that the report be made a parliamentary paper.</para><para>Honourable members—Hear, hear!</para>` +
				`<para>It is a good report.</para><para>Debate (on motion by <inline font-weight="bold">Mr Pyne</inline>) adjourned.</para></speech>`),
			Turns: "tony smith=—I present the report.|It is a good report.",
			Notes: "narration:Ordered that the report be made a parliamentary paper.@1 narration:Honourable members—Hear, hear!@1 narration:Debate (on motion by <inline font-weight=\"bold\">Mr Pyne</inline>) adjourned.@1",
		},
		{
			Name: "the person who took the chair speaks for the office, though the narration's markup divides the line",
			Src: `<hansard><chamber.xscript><business.start><para><inline font-weight="bold">The SPEAKER (Mr Harry Jenkins)</inline> took the chair at 9 am.</para></business.start>` +
				`<debate><speech><talk.start>` + tk("10000", "SPEAKER, The", "The SPEAKER") + `<para>—Order!</para></talk.start></speech></debate></chamber.xscript></hansard>`,
			Turns: "harry jenkins=—Order!",
			Notes: "narration:The SPEAKER (Mr Harry Jenkins)</inline> took the chair at 9 am.@0",
		},
		{
			Name: "the person who took the chair, in the talk.text layout's spans",
			Src: `<hansard><chamber.xscript><business.start><body><p class="HPS-Normal"><span class="HPS-Normal"><span style="font-weight:bold;">The SPEAKER (</span><span style="font-weight:bold;">Hon.</span>` +
				`<span style="font-weight:bold;"> Bronwyn Bishop</span><span style="font-weight:bold;">) </span>took the chair at 09:00.</span></p></body></business.start>` +
				`<debate><speech><talk.start>` + tk("10000", "SPEAKER, The", "") + `</talk.start><talk.text><body><p><span class="HPS-Normal"><span class="HPS-OfficeInterjecting">The SPEAKER:</span>  Order!</span></p></body></talk.text></speech></debate></chamber.xscript></hansard>`,
			Turns: "bronwyn bishop=Order!",
			Notes: `narration:The SPEAKER (</span><span style="font-weight:bold;">Hon.</span><span style="font-weight:bold;"> Bronwyn Bishop</span><span style="font-weight:bold;">) </span>took the chair at 09:00.@0`,
		},
		{
			Name: "a parenthesis in italics is the record's insertion",
			Src: au(`<speech><talk.start>` + tk("AB1", "Smith, Tony, MP", "") + `<para>—We will act— <inline font-style="italic">(Time expired)</inline></para></talk.start></speech>` +
				`<speech><talk.start>` + tk("CD2", "Jones, Ann, MP", "") + `</talk.start><talk.text><body><p><span class="HPS-Normal">It works— <span style="font-style:italic;">(Time expired)</span></span></p></body></talk.text></speech>`),
			Turns: "tony smith=—We will act—; ann jones=It works—",
			Notes: "editorial:(Time expired)@1 editorial:(Time expired)@2",
		},
		{
			Name:  "a family name in capitals is the person's, in title case; an office's label in capitals stays whole",
			Src:   au(`<speech><talk.start>` + tk("009LR", "BARTON, Edmund", "Mr BARTON") + `<para>—Yes.</para></talk.start></speech><speech><talk.start>` + tk("", "", "The MINISTER FOR HEALTH") + `<para>—No.</para></talk.start></speech>`),
			Turns: "edmund barton=—Yes.; the minister for health=—No.",
		},
		{
			Name:  "an empty interjection is no turn",
			Src:   au(`<speech><talk.start>` + tk("AB1", "Smith, Tony, MP", "") + `<para>—One.</para></talk.start><interjection/><para>Two.</para></speech>`),
			Turns: "tony smith=—One. / Two.",
		},
		{
			Name:  "CRLF line ends and CDATA",
			Src:   strings.ReplaceAll(au("<speech><talk.start>\n"+tk("AB1", "Smith, Tony, MP", "")+"\n<para>One\nline <![CDATA[<two>]]>.</para>\n</talk.start></speech>"), "\n", "\r\n"),
			Turns: "tony smith=One|line|<two>|.",
		},
	}, Read, "t.xml", Format)
}

func TestReadTimesAndMetadata(t *testing.T) {
	src := au(`<speech><talk.start><talker><time.stamp>14:01:00</time.stamp><name role="metadata">Smith, Tony, MP</name></talker><para>One.</para></talk.start></speech>` + "\n" +
		`<speech><talk.start><talker><name role="metadata">Jones, Ann, MP</name></talker></talk.start><talk.text><body><p><a type="MemberSpeech" href="x">Ms JONES</a> (<span class="HPS-Time">14:05</span>): Two.</p></body></talk.text></speech>`)
	d, err := Read("2009-03-12.xml", []byte(src), corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	corpustest.CheckMeta(t, d, "BILLS", "2009-03-12")
	if d.Meta["chamber"] != "REPS" {
		t.Errorf("meta %v", d.Meta)
	}
	var got []string
	for _, tr := range d.Turns {
		u := tr.Utterances[0]
		got = append(got, u.Time+"/"+u.CueName)
		if s, _ := corpus.ClockSeconds(u.Time); u.Start != s || u.End != s {
			t.Errorf("%s: Start %v End %v", u.Time, u.Start, u.End)
		}
	}
	if w := "14:01:00/Smith, Tony, MP 14:05/Ms JONES"; strings.Join(got, " ") != w {
		t.Errorf("times and cue names %q, want %q", strings.Join(got, " "), w)
	}
	// ParlParse: the date from the ids, else the file name.
	d, err = Read("debates2011-03-09a.xml", []byte(pw(`<speech speakername="A B" time="014:30:00"><p>x</p></speech>`)), corpus.Options{})
	if err != nil || d.Date != "2011-03-09" || d.Turns[0].Utterances[0].Start != 52200 {
		t.Errorf("date %q, start %v, %v", d.Date, d.Turns[0].Utterances[0].Start, err)
	}
}

func TestReadErrors(t *testing.T) {
	corpustest.RunErrors(t, []corpustest.ErrorCase{
		{Name: "mismatched end tag", Src: "<publicwhip>\n<speech speakername=\"A\">\n<p>x</speech>\n</publicwhip>\n", Line: 3, Msg: "malformed XML: element <p> closed by </speech>"},
		{Name: "undefined entity", Src: "<hansard>\n\n<speech><para>x &bogus; y</para></speech></hansard>", Line: 3, Msg: "malformed XML"},
		{Name: "unclosed element", Src: "<publicwhip>\n<speech speakername=\"A\"><p>x</p>\n", Line: 3, Msg: "malformed XML: unexpected EOF"},
		{Name: "only procedure", Src: pw(`<speech nospeaker="true"><p>Motion made.</p></speech><major-heading>Rail</major-heading>`), Line: 0, Msg: "no speeches found"},
		{Name: "only italic paragraphs", Src: pw(`<speech speakername="A B"><p class="italic">rose—</p></speech>`), Line: 0, Msg: "no speeches found"},
		{Name: "speech only in headers", Src: "<hansard><session.header><date>2009-03-12</date></session.header><debate><debateinfo><title>X</title></debateinfo></debate></hansard>", Line: 0, Msg: "no speeches found"},
		{Name: "plain text", Src: "SMITH: Hello.\n", Line: 0, Msg: "no speeches found"},
		{Name: "empty", Src: "\n", Line: 0, Msg: "empty file"},
		{Name: "not UTF-8", Src: "<publicwhip>\xe9</publicwhip>", Line: 1, Msg: "not UTF-8"},
	}, Read, "t.xml")
}

func TestNames(t *testing.T) {
	for in, want := range map[string]string{
		"Smith, Tony, MP": "Tony Smith", "O'Brien, Sen Kerry": "Sen Kerry O'Brien", "SPEAKER, The": "The SPEAKER",
		"Honourable members": "Honourable members", "Somlyay, Alex (The DEPUTY SPEAKER)": "Alex Somlyay|The DEPUTY SPEAKER",
	} {
		name, paren := metadataName(in)
		if paren != "" {
			name += "|" + paren
		}
		if name != want {
			t.Errorf("metadataName(%q) = %q, want %q", in, name, want)
		}
	}
}

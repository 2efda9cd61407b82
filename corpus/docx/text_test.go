package docx

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"parley/corpus"
)

// textCase is a file made for the test and the text Text must give.
type textCase struct {
	name string
	src  []byte
	want string
}

func runText(t *testing.T, cases []textCase) {
	t.Helper()
	for _, tc := range cases {
		got, err := Text("t.docx", tc.src)
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		if got != tc.want {
			t.Errorf("%s:\n got %q\nwant %q", tc.name, got, tc.want)
		}
	}
}

func TestTextWord(t *testing.T) {
	footnotes := part{"word/footnotes.xml", `<w:footnotes ` + wNS + `>` +
		`<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>` +
		`<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>` +
		`<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> First [sic] note.</w:t></w:r></w:p><w:p><w:r><w:t>Its second paragraph.</w:t></w:r></w:p></w:footnote>` +
		`<w:footnote w:id="2"><w:p><w:r><w:t>Unreferenced.</w:t></w:r></w:p></w:footnote>` +
		`<w:footnote w:id="3"><w:p><w:r><w:t>Second.</w:t></w:r></w:p></w:footnote></w:footnotes>`}
	endnotes := part{"word/endnotes.xml", `<w:endnotes ` + wNS + `><w:endnote w:id="1"><w:p><w:r><w:t>An endnote.</w:t></w:r></w:p></w:endnote></w:endnotes>`}
	ref := func(kind, id string) string { return `<w:r><w:` + kind + `Reference w:id="` + id + `"/></w:r>` }
	runText(t, []textCase{
		{
			name: "a paragraph to a line; empty paragraphs a blank line, none at the ends",
			src:  docxOf(t, wp()+wp(wr("One."))+wp(wr("Two,"), wr(" still two."))+wp()+wp(wr(" "))+wp(wr("Three."))+wp()+`<w:sectPr/>`),
			want: "One.\nTwo, still two.\n\nThree.\n",
		},
		{
			name: "the document defaults' bold: a name bold by default, then a tab and plain text, is a cue",
			src: docxOf(t, wp(wr("Smith"), `<w:r><w:rPr><w:b w:val="0"/></w:rPr><w:tab/><w:t>Hello there.</w:t></w:r>`),
				part{"word/styles.xml", `<w:styles ` + wNS + `><w:docDefaults><w:rPrDefault><w:rPr><w:b/></w:rPr></w:rPrDefault></w:docDefaults></w:styles>`}),
			want: "Smith: Hello there.\n",
		},
		{
			name: "tabs, breaks and hyphens; quotes, dashes and no-break spaces stand",
			src:  docxOf(t, wp(wr("a"), `<w:r><w:tab/><w:t>b</w:t><w:br/><w:t>c</w:t><w:cr/><w:t>well</w:t><w:noBreakHyphen/><w:t>known co</w:t><w:softHyphen/><w:t>operation</w:t></w:r>`, wr(" “quoted”\u00a0— ’tis  &#13;&#10;next"))),
			want: "a\tb\nc\nwell-known cooperation “quoted”\u00a0— ’tis\nnext\n",
		},
		{
			name: "deletions, moves away, field codes and hidden text are left out; insertions and field results kept",
			src: docxOf(t, wp(wr("Keep "), `<w:del w:id="1"><w:r><w:delText>deleted </w:delText></w:r></w:del>`, `<w:ins w:id="2"><w:r><w:t xml:space="preserve">inserted </w:t></w:r></w:ins>`,
				`<w:moveFrom><w:r><w:t>moved </w:t></w:r></w:moveFrom><w:moveTo><w:r><w:t xml:space="preserve">arrived </w:t></w:r></w:moveTo>`,
				`<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>7</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`,
				`<w:r><w:rPr><w:vanish/></w:rPr><w:t>hidden</w:t></w:r>`, wr(" end."))),
			want: "Keep inserted arrived 7 end.\n",
		},
		{
			name: "drawings, text boxes and a choice's fallback are left out; hyperlinks, content controls and smart tags are text",
			src: docxOf(t, wp(wr("A "), `<w:r><w:drawing><wp:inline xmlns:wp="wp"><w:txbxContent><w:p><w:r><w:t>box</w:t></w:r></w:p></w:txbxContent></wp:inline></w:drawing></w:r>`,
				`<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="w14"><w:r><w:t xml:space="preserve">chosen </w:t></w:r></mc:Choice><mc:Fallback><w:r><w:t>fallback</w:t></w:r></mc:Fallback></mc:AlternateContent>`,
				`<w:hyperlink r:id="rId9" xmlns:r="r"><w:r><w:t xml:space="preserve">link </w:t></w:r></w:hyperlink><w:sdt><w:sdtPr><w:alias w:val="x"/><w:placeholder><w:docPart w:val="y"/></w:placeholder></w:sdtPr><w:sdtContent><w:r><w:t xml:space="preserve">control </w:t></w:r></w:sdtContent></w:sdt>`,
				`<w:smartTag><w:r><w:t>tag</w:t></w:r></w:smartTag><w:r><w:pict><w:t>vml</w:t></w:pict></w:r>`)),
			want: "A chosen link control tag\n",
		},
		{
			name: "a bold label with its colon stands as written",
			src:  docxOf(t, wp(wb("Interviewer:"), wr(" Where were you?"))+wp(wb("JOHN SMITH:"), wr("At home."))+wp(wb("Q:"), wr(" Then?"))+wp(wb("Ann Lee"), wr(": Hello."))),
			want: "Interviewer: Where were you?\nJOHN SMITH:At home.\nQ: Then?\nAnn Lee: Hello.\n",
		},
		{
			name: "a bold name without a colon, opening two paragraphs, gets one",
			src:  docxOf(t, wp(wb("Smith"), wr(" Well, I think so."))+wp(wb("Jones "), wr("No."))+wp(wb("Smith"), wr(" “Really?”"))+wp(wb("Jones"), wr(" [laughs] Yes."))),
			want: "Smith: Well, I think so.\nJones: No.\nSmith: “Really?”\nJones: [laughs] Yes.\n",
		},
		{
			name: "a bold name set off by a tab gets a colon, if only once",
			src:  docxOf(t, wp(wb("Interviewer"), `<w:r><w:tab/></w:r>`, wr("So, tell me."))+wp(wb("R1\t"), wr("Sure."))),
			want: "Interviewer: So, tell me.\nR1: Sure.\n",
		},
		{
			name: "bold once, bold before lower case, bold inside a paragraph and a bold sentence are no cues",
			src: docxOf(t, wp(wb("Introduction"), wr(" This is the first chapter."))+
				wp(wb("STALIN"), wr(" says that he agrees."))+wp(wb("STALIN"), wr(" replies that he does."))+
				wp(wr("He said "), wb("Smith"), wr(" was there."))+wp(wr("And "), wb("Smith"), wr(" again."))+
				wp(wb("This was the end of it."), wr(" Nothing more."))+wp(wb("Note"), wr(" A. "))+wp(wb("Note"), wr(" B."))+
				wp(wb("MR. SMITH."), wr(" Thank you."))+wp(wb("Q."), wr(" Where?"))),
			want: "Introduction This is the first chapter.\nSTALIN says that he agrees.\nSTALIN replies that he does.\nHe said Smith was there.\nAnd Smith again.\nThis was the end of it. Nothing more.\nNote A.\nNote B.\nMR. SMITH. Thank you.\nQ. Where?\n",
		},
		{
			name: "a bold name alone in its paragraph, twice, is a label on its own line; with a line break after it, too",
			src:  docxOf(t, wp(wb("Interviewer"))+wp(wr("Where were you?"))+wp(wb("Maria Lopez"))+wp(wr("Home."))+wp(wb("Interviewer"))+wp(wr("Why?"))+wp(wb("Maria Lopez"), `<w:r><w:br/></w:r>`, wr("Because."))),
			want: "Interviewer:\nWhere were you?\nMaria Lopez:\nHome.\nInterviewer:\nWhy?\nMaria Lopez:\nBecause.\n",
		},
		{
			name: "bold by a character style, a paragraph style, through basedOn; w:val=\"0\" unsets it; the paragraph mark's bold is not the text's",
			src: docxOf(t,
				wp(`<w:r><w:rPr><w:rStyle w:val="Strong"/></w:rPr><w:t>Smith</w:t></w:r>`, wr(" One."))+
					wp(`<w:r><w:rPr><w:rStyle w:val="Emph"/></w:rPr><w:t>Smith</w:t></w:r>`, wr(" Two."))+
					`<w:p><w:pPr><w:pStyle w:val="Label"/></w:pPr><w:r><w:t>Jones</w:t></w:r><w:r><w:rPr><w:b w:val="0"/></w:rPr><w:t xml:space="preserve"> Three.</w:t></w:r></w:p>`+
					`<w:p><w:pPr><w:pStyle w:val="Label"/></w:pPr><w:r><w:t>Jones</w:t></w:r><w:r><w:rPr><w:b w:val="false"/></w:rPr><w:t xml:space="preserve"> Four.</w:t></w:r></w:p>`+
					`<w:p><w:pPr><w:rPr><w:b/></w:rPr></w:pPr><w:r><w:t>Plain</w:t></w:r><w:r><w:t xml:space="preserve"> Five.</w:t></w:r></w:p>`+
					`<w:p><w:pPr><w:rPr><w:b/></w:rPr></w:pPr><w:r><w:t>Plain</w:t></w:r><w:r><w:t xml:space="preserve"> Six.</w:t></w:r></w:p>`+
					wp(`<w:r><w:rPr><w:b/><w:rPrChange><w:rPr><w:b w:val="0"/></w:rPr></w:rPrChange></w:rPr><w:t>Lee</w:t></w:r>`, wr(" Seven."))+
					wp(`<w:r><w:rPr><w:b/><w:rPrChange><w:rPr><w:b w:val="0"/></w:rPr></w:rPrChange></w:rPr><w:t>Lee</w:t></w:r>`, wr(" Eight.")),
				wordStylesPart(`<w:style w:type="character" w:styleId="Strong"><w:rPr><w:b/></w:rPr></w:style>`+
					`<w:style w:type="character" w:styleId="Emph"><w:basedOn w:val="Strong"/><w:rPr><w:i/></w:rPr></w:style>`+
					`<w:style w:type="paragraph" w:styleId="Label"><w:basedOn w:val="Loop"/><w:rPr><w:b/></w:rPr></w:style>`+
					`<w:style w:type="paragraph" w:styleId="Loop"><w:basedOn w:val="Label"/></w:style>`)),
			want: "Smith: One.\nSmith: Two.\nJones: Three.\nJones: Four.\nPlain Five.\nPlain Six.\nLee: Seven.\nLee: Eight.\n",
		},
		{
			name: "footnotes and endnotes are markers and bodies, numbered together in the order of their references",
			src: docxOf(t, wp(wr("One"), ref("footnote", "3"), wr(" two"), ref("endnote", "1"), wr(" three"), ref("footnote", "1"), wr(" again"), ref("footnote", "3"), ref("footnote", "9"), wr("."))+
				wp(wb("Smith"), ref("footnote", "1"), wr(" Hi."))+wp(wb("Smith"), wr(" Ho.")), footnotes, endnotes),
			want: "One[footnoteRef:1] two[footnoteRef:2] three[footnoteRef:3] again[footnoteRef:1].\nSmith: [footnoteRef:3] Hi.\nSmith: Ho.\n\n" +
				"[1: Second.]\n[2: An endnote.]\n[3: First [sic] note. Its second paragraph.]\n",
		},
		{
			name: "headers, footers and comments are not the body",
			src: docxOf(t, wp(wr("Body."), `<w:r><w:commentReference w:id="0"/></w:r>`),
				part{"word/header1.xml", `<w:hdr ` + wNS + `><w:p><w:r><w:t>HEADER</w:t></w:r></w:p></w:hdr>`},
				part{"word/comments.xml", `<w:comments ` + wNS + `><w:comment w:id="0"><w:p><w:r><w:t>COMMENT</w:t></w:r></w:p></w:comment></w:comments>`}),
			want: "Body.\n",
		},
		{
			name: "the strict namespace; an undeclared w prefix",
			src: zipOf(t, part{"[Content_Types].xml", ctypes}, part{"_rels/.rels", rels},
				part{"word/document.xml", `<w:document xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main"><w:body><w:p><w:r><w:t>Strict.</w:t></w:r></w:p></w:body></w:document>`}),
			want: "Strict.\n",
		},
		{
			name: "the main part as _rels/.rels names it",
			src: zipOf(t, part{"[Content_Types].xml", ctypes},
				part{"_rels/.rels", strings.Replace(rels, "word/document.xml", "/word/main.xml", 1)},
				part{"word/main.xml", wordDoc(wp(wr("Main.")))}),
			want: "Main.\n",
		},
	})
}

// TestTextWordLists: a list whose level text is a fixed label ("Q.",
// "A.", as depositions are typed with list styles) writes the label
// before its paragraphs, directly or through a paragraph style; counters
// and bullets are not written.
func TestTextWordLists(t *testing.T) {
	lvl := func(abstract, format, text, rPr string) string {
		return `<w:abstractNum w:abstractNumId="` + abstract + `"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="` + format + `"/><w:lvlText w:val="` + text + `"/>` + rPr + `</w:lvl>` +
			`<w:lvl w:ilvl="1"><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl></w:abstractNum>`
	}
	numbering := part{"word/numbering.xml", `<w:numbering ` + wNS + `>` + lvl("0", "none", "Q.", "") + lvl("1", "none", "A.", "") + lvl("2", "decimal", "%1.", "") +
		lvl("3", "bullet", "o", "") + lvl("4", "none", "Interviewer", `<w:rPr><w:b/></w:rPr>`) +
		`<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num><w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>` +
		`<w:num w:numId="4"><w:abstractNumId w:val="3"/></w:num><w:num w:numId="5"><w:abstractNumId w:val="4"/><w:lvlOverride w:ilvl="0"><w:lvl w:ilvl="0"><w:lvlText w:val="X"/></w:lvl></w:lvlOverride></w:num></w:numbering>`}
	styles := wordStylesPart(`<w:style w:type="paragraph" w:styleId="Answer"><w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr></w:style>` +
		`<w:style w:type="paragraph" w:styleId="Answer2"><w:basedOn w:val="Answer"/></w:style>`)
	num := func(id, ilvl string) string {
		return `<w:pPr><w:numPr><w:ilvl w:val="` + ilvl + `"/><w:numId w:val="` + id + `"/></w:numPr></w:pPr>`
	}
	runText(t, []textCase{
		{
			name: "fixed labels are written; counters, bullets and a list's other levels are not",
			src: docxOf(t, wp(num("1", "0"), wr("Your name?"))+wp(`<w:pPr><w:pStyle w:val="Answer2"/></w:pPr>`, wr("Ann Lee."))+
				wp(num("3", "0"), wr("first,"))+wp(num("4", "0"), wr("second,"))+wp(num("1", "1"), wr("third."))+wp(num("0", "0"), wr("None."))+
				wp(num("5", "0"), `<w:r><w:tab/></w:r>`, wr("And then?"))+wp(num("5", "0"), `<w:r><w:tab/></w:r>`, wr("Then home.")),
				numbering, styles),
			want: "Q. Your name?\nA. Ann Lee.\nfirst,\nsecond,\nthird.\nNone.\nInterviewer: And then?\nInterviewer: Then home.\n",
		},
		{
			name: "without numbering.xml a list is nothing",
			src:  docxOf(t, wp(num("1", "0"), wr("Your name?"))),
			want: "Your name?\n",
		},
	})
}

func TestTextWordTables(t *testing.T) {
	cell := func(paras ...string) string {
		return `<w:tc><w:tcPr><w:tcW w:w="100"/></w:tcPr>` + strings.Join(paras, "") + `</w:tc>`
	}
	row := func(cells ...string) string { return `<w:tr><w:trPr/>` + strings.Join(cells, "") + `</w:tr>` }
	tbl := func(rows ...string) string {
		return `<w:tbl><w:tblPr><w:tblW w:w="0"/></w:tblPr><w:tblGrid><w:gridCol/></w:tblGrid>` + strings.Join(rows, "") + `</w:tbl>`
	}
	runText(t, []textCase{
		{
			name: "a table of speakers and speech is a row to a line; a row without a name goes on",
			src: docxOf(t, wp(wr("Before."))+tbl(
				row(cell(wp(wb("Speaker"))), cell(wp(wb("Text")))),
				row(cell(wp(wr("Interviewer"))), cell(wp(wr("Where were you?")))),
				row(cell(wp(wr("Dr. Ann Lee:"))), cell(wp(wr("At home.")), wp(), wp(wr("All day.")))),
				row(cell(wp()), cell(wp(wr("[pause] Mostly.")))),
				row(cell(wp(wr("Interviewer"))), cell(wp())),
				row(cell(wp(wr("Interviewer"))), cell(wp(wr("Why?")))),
			)+wp(wr("After."))),
			want: "Before.\nInterviewer: Where were you?\nDr. Ann Lee: At home.\nAll day.\n[pause] Mostly.\nInterviewer: Why?\nAfter.\n",
		},
		{
			name: "a column of times, first or second",
			src: docxOf(t, tbl(
				row(cell(wp(wr("00:00:04"))), cell(wp(wr("Moderator"))), cell(wp(wr("Welcome.")))),
				row(cell(wp(wr("0:19"))), cell(wp(wr("P1"))), cell(wp(wr("Thanks.")))),
				row(cell(wp()), cell(wp()), cell(wp(wr("Still P1.")))),
			)+tbl(
				row(cell(wp(wr("Smith"))), cell(wp(wr("[01:02]"))), cell(wp(wr("Hello.")))),
				row(cell(wp(wr("Jones"))), cell(wp()), cell(wp(wr("Hi.")))),
			)),
			want: "[00:00:04] Moderator: Welcome.\n[0:19] P1: Thanks.\nStill P1.\n[01:02] Smith: Hello.\nJones: Hi.\n",
		},
		{
			name: "any other table's cells are lines, row by row, bold labels and all",
			src: docxOf(t, tbl(
				row(cell(wp(wr("Name"))), cell(wp(wr("Role")))),
				row(cell(wp(wr("the first one is lower case"))), cell(wp(wr("x")))),
			)+tbl(row(cell(wp(wr("Smith"))), cell(wp(wr("One row only.")))))+
				tbl(row(cell(wp(wr("A"))), cell(wp(wr("B"))), cell(wp(wr("C")))), row(cell(wp(wr("D"))), cell(wp(wr("E"))), cell(wp(wr("F")))))+
				tbl(row(cell(wp(wb("Smith"), wr(" Hi."))), cell(wp(wb("Smith"), wr(" Ho."))))),
			),
			want: "Name\nRole\nthe first one is lower case\nx\nSmith\nOne row only.\nA\nB\nC\nD\nE\nF\nSmith: Hi.\nSmith: Ho.\n",
		},
		{
			name: "a table inside a speech's cell is its lines; a table of rows of unequal cells is no speaker's",
			src: docxOf(t, tbl(
				row(cell(wp(wr("Smith"))), cell(tbl(row(cell(wp(wr("in"))), cell(wp(wr("ner")))), row(cell(wp(wr("x"))))), wp(wr("tail")))),
				row(cell(wp(wr("Jones"))), cell(wp(wr("Hi.")))),
			)+tbl(row(cell(wp(wr("Smith"))), cell(wp(wr("Hi.")))), row(cell(wp(wr("Jones"))), cell(wp(wr("Ho."))), cell(wp(wr("!")))))),
			want: "Smith: in\nner\nx\ntail\nJones: Hi.\nSmith\nHi.\nJones\nHo.\n!\n",
		},
	})
}

func TestTextODF(t *testing.T) {
	runText(t, []textCase{
		{
			name: "paragraphs, headings, lists; white space folded, text:s, tabs and line breaks",
			src: odtOf(t, "", `<text:h text:outline-level="1">A  heading</text:h><text:p>  one
				two <text:s/>three<text:s text:c="3"/>four<text:tab/>five<text:line-break/>six </text:p><text:p/>`+
				`<text:list><text:list-item><text:p>item</text:p></text:list-item></text:list><text:p><text:span>a</text:span> <text:span> b</text:span></text:p>`, ""),
			want: "A heading\none two  three   four\tfive\nsix\n\nitem\na b\n",
		},
		{
			name: "a name in a bold span, twice, gets a colon; bold through a paragraph style's parent; normal weight unsets it",
			src: odtOf(t, boldT1+`<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Label"/>`+
				`<style:style style:name="T2" style:family="text"><style:text-properties fo:font-weight="normal"/></style:style>`,
				`<text:p><text:span text:style-name="T1">Jonas Berg</text:span> Good morning.</text:p>`+
					`<text:p><text:span text:style-name="T1">Ana</text:span>: Hello.</text:p>`+
					`<text:p><text:span text:style-name="T1">Jonas Berg </text:span>How long?</text:p>`+
					`<text:p text:style-name="P1">Ana<text:span text:style-name="T2"> Two years.</text:span></text:p>`+
					`<text:p text:style-name="P1">Ana<text:span text:style-name="T2"> Three.</text:span></text:p>`,
				`<style:style style:name="Label" style:family="paragraph"><style:text-properties fo:font-weight="700"/></style:style>`),
			want: "Jonas Berg: Good morning.\nAna: Hello.\nJonas Berg: How long?\nAna: Two years.\nAna: Three.\n",
		},
		{
			name: "notes are footnotes; tracked changes, comments, frames and indexes are left out",
			src: odtOf(t, "", `<text:tracked-changes><text:changed-region><text:deletion><text:p>deleted</text:p></text:deletion></text:changed-region></text:tracked-changes>`+
				`<text:table-of-content><text:index-body><text:p>Contents 1</text:p></text:index-body></text:table-of-content>`+
				`<text:p>One<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>A note.</text:p><text:p>More.</text:p></text:note-body></text:note> two<office:annotation><text:p>comment</text:p></office:annotation><draw:frame><draw:text-box><text:p>box</text:p></draw:text-box></draw:frame>.</text:p>`+
				`<text:p>Three<text:note><text:note-citation>i</text:note-citation><text:note-body><text:p>An endnote.</text:p></text:note-body></text:note></text:p>`+
				`<text:p text:style-name="x"><text:span text:is-hidden="true">hidden</text:span>shown</text:p>`, ""),
			want: "One[footnoteRef:1] two.\nThree[footnoteRef:2]\nshown\n\n[1: A note. More.]\n[2: An endnote.]\n",
		},
		{
			name: "a table of speakers; covered cells are left out",
			src: odtOf(t, "", `<table:table><table:table-column/><table:table-header-rows><table:table-row><table:table-cell><text:p>Speaker</text:p></table:table-cell><table:table-cell><text:p>Text</text:p></table:table-cell></table:table-row></table:table-header-rows>`+
				`<table:table-row><table:table-cell><text:p>Ann</text:p></table:table-cell><table:table-cell><text:p>Hi.</text:p></table:table-cell></table:table-row>`+
				`<table:table-row><table:table-cell><text:p>Bo</text:p></table:table-cell><table:table-cell><text:p>Ho.</text:p></table:table-cell><table:covered-table-cell><text:p>merged</text:p></table:covered-table-cell></table:table-row></table:table>`, ""),
			want: "Ann: Hi.\nBo: Ho.\n",
		},
		{
			name: "the header in styles.xml is not the body",
			src: zipOf(t, part{"mimetype", odtType},
				part{"styles.xml", `<office:document-styles ` + odfXMLNS + `><office:master-styles><style:master-page><style:header><text:p>HEADER</text:p></style:header></style:master-page></office:master-styles></office:document-styles>`},
				part{"content.xml", `<office:document-content ` + odfXMLNS + `><office:body><office:text><text:p>Body.</text:p></office:text></office:body></office:document-content>`}),
			want: "Body.\n",
		},
	})
}

func TestTextErrors(t *testing.T) {
	bomb := zipOf(t, part{"[Content_Types].xml", ctypes}, part{"word/document.xml", wordDoc(wp(wr(strings.Repeat(" ", maxUnpacked))))})
	many := make([]part, maxEntries+1)
	for i := range many {
		many[i] = part{fmt.Sprintf("word/media/%d.png", i), ""}
	}
	many[0] = part{"word/document.xml", wordDoc(wp(wr("x")))}
	good := docxOf(t, wp(wr("x")))
	for _, tc := range []struct {
		name string
		src  []byte
		msg  string
	}{
		{"plain text", []byte("Smith: hello.\n"), "not a zip archive"},
		{"a Word 97-2003 file", []byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1rest"), "Word 97-2003 .doc"},
		{"an RTF file", []byte(`{\rtf1\ansi hello}`), "RTF"},
		{"empty", nil, "not a zip archive"},
		{"a zip cut short", good[:len(good)/2], "corrupt zip archive"},
		{"a zip with a corrupt entry", corruptEntry(good), "corrupt zip archive: word/document.xml"},
		{"a zip of something else", zipOf(t, part{"mimetype", "application/epub+zip"}, part{"OEBPS/content.opf", "<package/>"}), "neither a Word document"},
		{"a spreadsheet", zipOf(t, part{"[Content_Types].xml", ctypes}, part{"_rels/.rels", strings.Replace(rels, "word/document.xml", "xl/workbook.xml", 1)}, part{"xl/workbook.xml", "<workbook/>"}), "no Word document"},
		{"an OpenDocument spreadsheet", zipOf(t, part{"mimetype", "application/vnd.oasis.opendocument.spreadsheet"}, part{"content.xml", "<x/>"}), "neither a Word document"},
		{"malformed XML", docxOf(t, "<w:p>\n<w:r>\n<w:t>x</w:r></w:p>"), "word/document.xml, line 4: malformed XML: element <t> closed by </r>"},
		{"malformed styles", docxOf(t, wp(wr("x")), part{"word/styles.xml", "<w:styles"}), "word/styles.xml, line 1: malformed XML"},
		{"UTF-16 declared", zipOf(t, part{"[Content_Types].xml", ctypes}, part{"word/document.xml", `<?xml version="1.0" encoding="UTF-16"?><w:document/>`}), `the encoding "UTF-16"`},
		{"no text", docxOf(t, wp()+wp(wr("  "))+`<w:tbl><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl>`), "no text"},
		{"an OpenDocument text without text", odtOf(t, "", `<text:p/>`, ""), "no text"},
		{"an OpenDocument text without content.xml", zipOf(t, part{"mimetype", odtType}, part{"styles.xml", "<x/>"}), "neither a Word document"},
		{"a zip bomb", bomb, "inflates to more than 64 MB"},
		{"spaces that pass 64 MB", odtOf(t, "", "<text:p>"+strings.Repeat(`<text:s text:c="100"/>`, 700000)+"</text:p>", ""), "passes 64 MB"},
		{"too many entries", zipOf(t, many...), "10001 entries"},
	} {
		text, err := Text("t.docx", tc.src)
		var ie *corpus.InputError
		if !errors.As(err, &ie) || text != "" {
			t.Errorf("%s: %q, %v; want an *InputError", tc.name, text, err)
			continue
		}
		if ie.File != "t.docx" || ie.Line != 0 || !strings.Contains(ie.Msg, tc.msg) {
			t.Errorf("%s: %q, want %q", tc.name, ie.Error(), tc.msg)
		}
	}
}

// corruptEntry spoils the deflated data of a zip's entry word/document.xml,
// so that its checksum fails.
func corruptEntry(src []byte) []byte {
	out := append([]byte(nil), src...)
	k := strings.Index(string(out), "word/document.xml")
	for i := k + len("word/document.xml") + 4; i < k+len("word/document.xml")+24 && i < len(out); i++ {
		out[i] ^= 0x55
	}
	return out
}

func TestTitle(t *testing.T) {
	core := part{"docProps/core.xml", `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>An   interview
	with Ann</dc:title><dc:subject>x</dc:subject></cp:coreProperties>`}
	meta := part{"meta.xml", `<office:document-meta xmlns:office="o" xmlns:dc="http://purl.org/dc/elements/1.1/"><office:meta><dc:title>Radio</dc:title></office:meta></office:document-meta>`}
	for _, tc := range []struct {
		name string
		src  []byte
		want string
	}{
		{"Word", docxOf(t, wp(wr("x")), core), "An interview with Ann"},
		{"OpenDocument", zipOf(t, part{"mimetype", odtType}, part{"content.xml", "<x/>"}, meta), "Radio"},
		{"none", docxOf(t, wp(wr("x"))), ""},
		{"not a zip", []byte("x"), ""},
	} {
		if got := Title(tc.src); got != tc.want {
			t.Errorf("%s: Title = %q, want %q", tc.name, got, tc.want)
		}
	}
}

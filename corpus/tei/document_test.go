package tei

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"parley/corpus"
	"parley/corpus/corpustest"
)

func TestDocumentText(t *testing.T) {
	for _, tc := range []struct{ name, src, want string }{
		{
			name: "a paragraph to a line, white space folded",
			src:  "<div>\n  <head>89. Memorandum   of\n Conversation</head>\n  <p>One\ttwo\n    three.</p>\n<p>Four.</p></div>",
			want: "89. Memorandum of Conversation\nOne two three.\nFour.\n",
		},
		{
			name: "a list's head and items are lines; inline elements are text",
			src:  `<div><list type="participants"><head>PARTICIPANTS</head><item>Mr. <persName corresp="#x">Akalovsky</persName> (interpreting)</item><item><hi rend="italic">USSR</hi></item></list></div>`,
			want: "PARTICIPANTS\nMr. Akalovsky (interpreting)\nUSSR\n",
		},
		{
			name: "notes are markers in place and footnotes below the text",
			src:  `<div><head>Memo<note n="1" type="source">Source: <gloss>USSR</gloss>. Secret.</note></head><p>He said so.<note n="2">See <ref>Document 84</ref>.</note> Then <note>unnumbered</note>.</p></div>`,
			want: "Memo[1]\nHe said so.[2] Then [3].\n\n---- Footnotes ----\n[1] Source: USSR. Secret.\n[2] See Document 84.\n[3] unnumbered\n",
		},
		{
			name: "a note's paragraphs are one line; a note inside a note is its text; an empty note is none",
			src:  "<div><p>A<note n=\"4\"><p>First.</p>\n<p>Second <note>inner</note>.</p></note> B<note n=\"5\"> </note>.</p></div>",
			want: "A[4] B.\n\n---- Footnotes ----\n[4] First. Second inner.\n",
		},
		{
			name: "page breaks, forme work and deletions are dropped; lb is a space; a gap an elision",
			src:  `<div><p>any <pb n="198"/>mention<fw type="head">RUNNING HEAD</fw> of <del>no</del>this<lb/>line and hyph<lb break="no"/>enated <gap reason="illegible"/> end.</p></div>`,
			want: "any mention of this line and hyphenated […] end.\n",
		},
		{
			name: "of a choice, what was written",
			src:  `<div><p><choice><sic>teh</sic><corr>the</corr></choice> <choice><abbr>Amb.</abbr><expan>Ambassador</expan></choice> <choice><orig>shew</orig><reg>show</reg></choice></p></div>`,
			want: "teh Amb. shew\n",
		},
		{
			name: "the header gives its title only; the text follows",
			src:  `<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Memorandum of  Conversation</title><title>Not this</title></titleStmt><publicationStmt><p>Published.</p></publicationStmt></fileDesc><notesStmt><note>header note</note></notesStmt></teiHeader><text><body><div><p>Gromyko said that it was so.</p></div></body></text></TEI>`,
			want: "Memorandum of Conversation\nGromyko said that it was so.\n",
		},
		{
			name: "table rows are lines, their cells set apart by tabs",
			src:  `<div><table><row><cell>Rusk</cell><cell>Secretary</cell></row><row><cell>Gromyko</cell><cell/></row></table></div>`,
			want: "Rusk\tSecretary\nGromyko\n",
		},
		{
			name: "text between a container's lines is a line; verse lines are lines; dateline and closer",
			src:  "<div>loose text<lg><l>one</l><l>two</l></lg><dateline><placeName>Vienna</placeName>, <date>June 4,\n 1961</date>.</dateline><closer><signed>J. Smith</signed></closer></div>",
			want: "loose text\none\ntwo\nVienna, June 4, 1961.\nJ. Smith\n",
		},
		{
			name: "references are decoded; curly quotes, dashes and no-break spaces stand",
			src:  "<div><p>A &amp; B &#8212; “quoted”\u00a0x — y &eacute;</p></div>",
			want: "A & B — “quoted”\u00a0x — y é\n",
		},
		{
			name: "CRLF and a byte order mark",
			src:  "\ufeff<?xml version=\"1.0\"?>\r\n<div>\r\n<p>One\r\n two.</p>\r\n</div>\r\n",
			want: "One two.\n",
		},
	} {
		got, err := DocumentText("t.xml", []byte(tc.src))
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		if got != tc.want {
			t.Errorf("%s:\n got %q\nwant %q", tc.name, got, tc.want)
		}
	}
}

func TestDocumentTextErrors(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		line      int
		msg       string
	}{
		{"mismatched end tag", "<div>\n<p>one\n</div>\n", 3, "malformed XML: element <p> closed by </div>"},
		{"unclosed element", "<div>\n<p>one</p>\n", 3, "malformed XML: unexpected EOF"},
		{"undefined entity", "<div>\n\n<p>x &bogus; y</p></div>", 3, "malformed XML"},
		{"no text", "<div type=\"document\">\n  <pb n=\"3\"/>\n</div>\n", 0, "holds no text"},
		{"a header only", "<TEI><teiHeader><titleStmt><title/></titleStmt></teiHeader></TEI>", 0, "holds no text"},
		{"not UTF-8", "<div><p>caf\xe9</p></div>", 1, "not UTF-8"},
		{"empty", " \n", 0, "empty file"},
	} {
		text, err := DocumentText("t.xml", []byte(tc.src))
		var ie *corpus.InputError
		if !errors.As(err, &ie) || text != "" {
			t.Errorf("%s: %q, %v; want an *InputError", tc.name, text, err)
			continue
		}
		if ie.File != "t.xml" || ie.Line != tc.line || !strings.Contains(ie.Msg, tc.msg) {
			t.Errorf("%s: %q (line %d), want line %d and %q", tc.name, ie.Error(), ie.Line, tc.line, tc.msg)
		}
	}
}

func TestDetectDocument(t *testing.T) {
	memo := `<div type="document" xml:id="d89" n="89"><head>89. Memorandum</head><p>The President said.</p></div>`
	long := "<div>" + strings.Repeat("<p>x</p>", 10000) + "<sp><p>y</p></sp></div>"
	corpustest.RunDetect(t, DetectDocument, []corpustest.DetectCase{
		{Name: "a FRUS fragment", File: "d89.xml", Src: memo, Want: 2},
		{Name: "a TEI document of prose", File: "a.tei", Src: `<?xml version="1.0"?><!-- c --><TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader/><text><body><p>x</p></body></text></TEI>`, Want: 2},
		{Name: "a byte order mark and a doctype", File: "a.xml", Src: "\ufeff<!DOCTYPE div>\n<div><p>x</p></div>", Want: 2},
		{Name: "a play's speeches are tei.Detect's", File: "a.xml", Src: teiDoc(`<sp who="#a"><p>x</p></sp>`), Want: 0},
		{Name: "a parliament's utterances too", File: "a.xml", Src: teiDoc(`<p>Sitting.</p><u who="#a">x</u>`), Want: 0},
		{Name: "a speech far down the file", File: "a.xml", Src: long, Want: 0},
		{Name: "no paragraph", File: "a.xml", Src: `<div><head>x</head></div>`, Want: 0},
		{Name: "<pb> and <persName> are no paragraphs", File: "a.xml", Src: `<div><pb/><persName>x</persName></div>`, Want: 0},
		{Name: "another root", File: "a.xml", Src: `<publicwhip><p>x</p></publicwhip>`, Want: 0},
		{Name: "an HTML page", File: "a.html", Src: `<div><p>x</p></div>`, Want: 0},
		{Name: "a text file", File: "a.txt", Src: `<div><p>x</p></div>`, Want: 0},
		{Name: "an unclosed comment", File: "a.xml", Src: `<!-- <div><p>x</p></div>`, Want: 0},
		{Name: "text before the root", File: "a.xml", Src: `x<div><p>x</p></div>`, Want: 0},
	})
	for _, f := range []string{"tei-hamlet.xml", "parlamint-sitting.xml"} {
		src, err := os.ReadFile(filepath.Join("testdata", f))
		if err != nil {
			t.Fatal(err)
		}
		if got := DetectDocument(f, src); got != 0 {
			t.Errorf("%s: DetectDocument = %d, want 0", f, got)
		}
	}
	if src, err := os.ReadFile(filepath.Join("testdata", "frus1961-63v05_d89.xml")); err != nil || DetectDocument("frus1961-63v05_d89.xml", src) != 2 || Detect("frus1961-63v05_d89.xml", src) != 0 {
		t.Errorf("d89: DetectDocument %d, Detect %d (%v); want 2 and 0", DetectDocument("d89.xml", src), Detect("d89.xml", src), err)
	}
}

// TestDetectDocumentShared asserts that of the XML files of the shared
// corpora only the four FRUS documents are TEI documents without
// speeches.
func TestDetectDocumentShared(t *testing.T) {
	corpustest.SkipWithoutShared(t)
	want := map[string]int{
		"frus-memcons/frus1961-63v05_d86.xml": 2, "frus-memcons/frus1961-63v05_d88.xml": 2,
		"frus-memcons/frus1961-63v05_d89.xml": 2, "frus-memcons/frus1961-63v05_d91.xml": 2,
	}
	n := 0
	err := filepath.Walk(corpustest.SharedCorpora, func(path string, fi os.FileInfo, err error) error {
		if err != nil || fi.IsDir() || strings.Contains(path, "un-general-debates") {
			return err
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(corpustest.SharedCorpora, path)
		rel = filepath.ToSlash(rel)
		// Named .xml, as a converted file would be: an ELAN or
		// EXMARaLDA file is XML too.
		if got := DetectDocument(strings.TrimSuffix(path, filepath.Ext(path))+".xml", src); got != want[rel] {
			t.Errorf("%s: DetectDocument = %d, want %d", rel, got, want[rel])
		}
		n++
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n < len(want) {
		t.Errorf("%d files checked", n)
	}
}

// TestGoldenDocumentText renders FRUS 1961-63 V, document 89 (public
// domain): its text is the .txt twin of the shared corpus, line for line.
func TestGoldenDocumentText(t *testing.T) {
	src, err := os.ReadFile(filepath.Join("testdata", "frus1961-63v05_d89.xml"))
	if err != nil {
		t.Fatal(err)
	}
	text, err := DocumentText("frus1961-63v05_d89.xml", src)
	if err != nil {
		t.Fatal(err)
	}
	corpustest.CheckGolden(t, filepath.Join("testdata", "frus1961-63v05_d89.text.golden"), text)
	lines := strings.Split(strings.TrimSuffix(text, "\n"), "\n")
	if len(lines) != 21 || lines[0] != "89. Memorandum of Conversation[1]" || lines[4] != "PARTICIPANTS" || lines[19] != "---- Footnotes ----" {
		t.Errorf("%d lines, %q / %q / %q", len(lines), lines[0], lines[min(4, len(lines)-1)], lines[min(19, len(lines)-1)])
	}
}

// TestDocumentTextTwins renders the four FRUS documents of the shared
// corpus and compares each with its .txt twin, which was made from the
// same XML and which corpus/record reads: the texts are the same, byte
// for byte.
func TestDocumentTextTwins(t *testing.T) {
	corpustest.SkipWithoutShared(t)
	for _, d := range []string{"d86", "d88", "d89", "d91"} {
		base := filepath.Join(corpustest.SharedCorpora, "frus-memcons", "frus1961-63v05_"+d)
		src, err := os.ReadFile(base + ".xml")
		if err != nil {
			t.Fatal(err)
		}
		twin, err := os.ReadFile(base + ".txt")
		if err != nil {
			t.Fatal(err)
		}
		text, err := DocumentText(d+".xml", src)
		if err != nil {
			t.Fatal(err)
		}
		if text != string(twin) {
			t.Errorf("%s differs from its .txt twin:\n%s", d, corpustest.FirstDiff(string(twin), text))
		}
	}
}

func ExampleDocumentText() {
	src := `<div type="document">
  <head>12. Memorandum of Conversation<note n="1">Source: a file.</note></head>
  <list type="participants"><head>PARTICIPANTS</head>
    <item>Secretary <persName>Rusk</persName></item>
  </list>
  <p>The Secretary said that
     he agreed.</p>
</div>`
	text, err := DocumentText("memo.xml", []byte(src))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Print(text)
	// Output:
	// 12. Memorandum of Conversation[1]
	// PARTICIPANTS
	// Secretary Rusk
	// The Secretary said that he agreed.
	//
	// ---- Footnotes ----
	// [1] Source: a file.
}

// FuzzDocumentText feeds DocumentText arbitrary bytes: it must not
// panic, and gives an *InputError or a text of lines, each ended, none
// blank before the footnotes and none with white space at its ends.
func FuzzDocumentText(f *testing.F) {
	corpustest.AddSeeds(f, []string{"frus1961-63v05_d89.xml", "tei-hamlet.xml", "parlamint-sitting.xml"}, []string{
		`<div><head>H<note n="1">n<note>m</note></note></head><p>a<pb/>b<lb/>c<gap/><choice><sic>x</sic><corr>y</corr></choice></p></div>`,
		`<TEI><teiHeader><titleStmt><title>T</title></titleStmt></teiHeader><text><table><row><cell>a</cell><cell/></row></table></text></TEI>`,
		"<div>\n<p>x</div>",
		"<div><note n=\"999999999\">a</note><note n=\"x\">b</note></div>",
		"\ufeff<div><p>&#0;&#x110000;&amp</p></div>",
	})
	f.Fuzz(func(t *testing.T, src []byte) {
		text, err := DocumentText("fuzz.xml", src)
		if err != nil {
			var ie *corpus.InputError
			if !errors.As(err, &ie) || text != "" {
				t.Fatalf("%q, %v (%T): want no text and an *InputError", text, err, err)
			}
			return
		}
		if !strings.HasSuffix(text, "\n") {
			t.Fatalf("text %q does not end a line", text)
		}
		body, _, _ := strings.Cut(text, "\n\n---- Footnotes ----\n")
		for _, ln := range strings.Split(strings.TrimSuffix(body, "\n"), "\n") {
			if ln == "" || strings.Trim(ln, " \t\r") != ln {
				t.Fatalf("line %q is blank or has white space at its ends, in %q", ln, text)
			}
		}
		_ = DetectDocument("fuzz.xml", src)
	})
}

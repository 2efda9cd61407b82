package docx

import (
	"errors"
	"strings"
	"testing"

	"parley/corpus"
	"parley/corpus/corpustest"
)

// checkText asserts Text's contract for any input: no text and an
// *InputError naming the file, or lines that each end with a line end,
// none with white space at its end, no blank line first or two in a row.
func checkText(t *testing.T, text string, err error) {
	t.Helper()
	if err != nil {
		var ie *corpus.InputError
		if !errors.As(err, &ie) || text != "" || ie.File != "fuzz.docx" {
			t.Fatalf("%q, %v (%T): want no text and an *InputError naming the file", text, err, err)
		}
		return
	}
	if !strings.HasSuffix(text, "\n") || strings.HasPrefix(text, "\n") || strings.Contains(text, "\n\n\n") || strings.TrimSpace(text) == "" {
		t.Fatalf("text %q: not lines, or blank lines first or two in a row", text)
	}
	for _, ln := range strings.Split(text, "\n") {
		if strings.TrimRight(ln, " \t\r") != ln {
			t.Fatalf("line %q ends in white space", ln)
		}
	}
}

// FuzzText feeds Text arbitrary bytes (most of them no zip, or a corrupt
// one): it must not panic, and keeps its contract (checkText); Detect and
// Title must not panic either.
func FuzzText(f *testing.F) {
	for _, s := range samples {
		corpustest.AddSeeds(f, []string{s.file}, nil)
	}
	f.Add(docxOf(f, wp(wb("Smith"), wr(" Hi."))+wp(wb("Smith"), wr(" Ho."))))
	f.Add(odtOf(f, boldT1, `<text:p><text:span text:style-name="T1">A</text:span> b<text:note><text:note-body><text:p>n</text:p></text:note-body></text:note></text:p>`, ""))
	f.Add([]byte("PK\x03\x04"))
	f.Fuzz(func(t *testing.T, src []byte) {
		text, err := Text("fuzz.docx", src)
		checkText(t, text, err)
		_ = Detect("fuzz.docx", src)
		_ = Title(src)
	})
}

// FuzzWordXML feeds arbitrary XML as the body of a Word document, and as
// its footnotes and styles, and FuzzODFXML as an OpenDocument text's body
// and styles: the zip is sound, so the fuzzer reaches the parsers.
func FuzzWordXML(f *testing.F) {
	f.Add(wp(wb("Smith"), wr(" Hi."))+`<w:tbl><w:tr><w:tc><w:p><w:r><w:t>A</w:t></w:r></w:p></w:tc><w:tc><w:tbl><w:tr><w:tc/></w:tr></w:tbl></w:tc></w:tr></w:tbl>`,
		`<w:footnote w:id="1"><w:p><w:r><w:t>n</w:t></w:r></w:p></w:footnote>`, `<w:style w:styleId="a"><w:basedOn w:val="a"/><w:rPr><w:b/></w:rPr></w:style>`)
	f.Add(`<w:p><w:r><w:footnoteReference w:id="1"/><w:footnoteReference w:id="1"/></w:r><w:p><w:tc><w:tr></w:tr></w:tc></w:p></w:p><w:tr><w:tc><w:p/></w:tc></w:tr>`, `<w:footnote w:id="1"><w:p><w:footnoteReference w:id="1"/></w:p></w:footnote>`, "")
	f.Add(`<w:p><w:pPr><w:pStyle w:val="b"/><w:pPrChange><w:pPr><w:pStyle w:val="c"/></w:pPr></w:pPrChange></w:pPr><w:r><w:rPr><w:rStyle w:val="a"/></w:rPr><w:t>`+"\u00a0x\t"+`</w:t><w:tab/><w:br/></w:r></w:p><mc:Fallback xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:p/></mc:Fallback>`, "", "")
	f.Fuzz(func(t *testing.T, body, notes, styles string) {
		src := docxOf(t, body,
			part{"word/footnotes.xml", `<w:footnotes ` + wNS + `>` + notes + `</w:footnotes>`},
			wordStylesPart(styles))
		text, err := Text("fuzz.docx", src)
		checkText(t, text, err)
	})
}

func FuzzODFXML(f *testing.F) {
	f.Add(boldT1, `<text:p><text:span text:style-name="T1">A</text:span> b<text:s text:c="99999999999"/><text:tab/><text:line-break/></text:p><table:table><table:table-row><table:table-cell><text:p>x</text:p></table:table-cell></table:table-row></table:table>`, `<style:style style:name="a" style:family="text" style:parent-style-name="a"/>`)
	f.Add("", `<text:p>a<text:note><text:note-body><text:p>n<text:note><text:p>m</text:p></text:note></text:p></text:note-body></text:note></text:p><text:note/>`, "")
	f.Fuzz(func(t *testing.T, auto, body, common string) {
		text, err := Text("fuzz.docx", odtOf(t, auto, body, common))
		checkText(t, text, err)
	})
}

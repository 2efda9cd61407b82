package docx

import (
	"archive/zip"
	"bytes"
	"strings"
	"testing"
)

// part is one entry of a zip made for a test.
type part struct{ name, body string }

// zipOf zips the parts, in order: deflated, but for a "mimetype" entry,
// which OpenDocument stores.
func zipOf(t testing.TB, parts ...part) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, p := range parts {
		method := zip.Deflate
		if p.name == "mimetype" {
			method = zip.Store
		}
		w, err := zw.CreateHeader(&zip.FileHeader{Name: p.name, Method: method})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(p.body)); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

const (
	wNS    = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`
	ctypes = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`
	rels   = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`
)

// wordDoc wraps a body's content in word/document.xml.
func wordDoc(body string) string {
	return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" + `<w:document ` + wNS + `><w:body>` + body + `</w:body></w:document>`
}

// docxOf makes a Word file of the body's content and any further parts.
func docxOf(t testing.TB, body string, more ...part) []byte {
	t.Helper()
	return zipOf(t, append([]part{{"[Content_Types].xml", ctypes}, {"_rels/.rels", rels}, {"word/document.xml", wordDoc(body)}}, more...)...)
}

// wordStylesPart makes word/styles.xml of the styles' XML.
func wordStylesPart(styles string) part {
	return part{"word/styles.xml", `<w:styles ` + wNS + `>` + styles + `</w:styles>`}
}

// Word paragraphs: runs of text, bold runs.
func wp(runs ...string) string { return "<w:p>" + strings.Join(runs, "") + "</w:p>" }
func wr(s string) string       { return `<w:r><w:t xml:space="preserve">` + s + `</w:t></w:r>` }
func wb(s string) string {
	return `<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">` + s + `</w:t></w:r>`
}

const odfXMLNS = `xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"`

// odtOf makes an OpenDocument text of automatic styles and a body, and
// of styles.xml's common styles where given.
func odtOf(t testing.TB, autoStyles, body, commonStyles string) []byte {
	t.Helper()
	parts := []part{
		{"mimetype", odtType},
		{"content.xml", `<?xml version="1.0" encoding="UTF-8"?>` + "\n" + `<office:document-content ` + odfXMLNS + `><office:automatic-styles>` + autoStyles +
			`</office:automatic-styles><office:body><office:text>` + body + `</office:text></office:body></office:document-content>`},
	}
	if commonStyles != "" {
		parts = append(parts, part{"styles.xml", `<office:document-styles ` + odfXMLNS + `><office:styles>` + commonStyles + `</office:styles></office:document-styles>`})
	}
	return zipOf(t, parts...)
}

// boldT1 is an automatic text style in bold.
const boldT1 = `<style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>`

package corpus

import (
	"encoding/xml"
	"fmt"
	"io"
	"strings"
	"testing"
)

func TestXMLScannerSpans(t *testing.T) {
	src := "\ufeff<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<!DOCTYPE Trans SYSTEM \"trans-14.dtd\">\n<a x='1'>caf&#233; <![CDATA[<b>]]><c/></a>"
	sc := NewXMLScanner(src)
	var got []string
	for {
		tok, raw, err := sc.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, fmt.Sprintf("%T %q", tok, raw.In(src)))
	}
	want := []string{
		`xml.CharData "\ufeff"`,
		`xml.ProcInst "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>"`,
		`xml.CharData "\n"`,
		`xml.Directive "<!DOCTYPE Trans SYSTEM \"trans-14.dtd\">"`,
		`xml.CharData "\n"`,
		`xml.StartElement "<a x='1'>"`,
		`xml.CharData "caf&#233; "`,
		`xml.CharData "<![CDATA[<b>]]>"`,
		`xml.StartElement "<c/>"`,
		`xml.EndElement ""`,
		`xml.EndElement "</a>"`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("tokens\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if s := XMLCharData(src, Span{strings.Index(src, "<![CDATA["), strings.Index(src, "]]>") + 3}).In(src); s != "<b>" {
		t.Errorf("CDATA text %q", s)
	}
}

func TestXMLScannerError(t *testing.T) {
	for _, c := range []struct {
		src  string
		line int
		msg  string
	}{
		{"<a>\n<b>\n</a>\n", 3, "malformed XML: element <b> closed by </a>"},
		{"<a>\n<b>x</b>\n", 3, "malformed XML: unexpected EOF"},
		{"<a>\n\nx &bogus; y</a>", 3, "malformed XML: invalid character entity &bogus;"},
	} {
		sc := NewXMLScanner(c.src)
		var err error
		for err == nil {
			_, _, err = sc.Next()
		}
		ie := sc.Error("f.xml", err)
		if ie.File != "f.xml" || ie.Line != c.line || ie.Msg != c.msg {
			t.Errorf("%q: %v (line %d), want line %d %q", c.src, ie, ie.Line, c.line, c.msg)
		}
	}
}

func TestXMLReferences(t *testing.T) {
	src := "that&apos;s caf&#233; &amp; &#x27;tis R&D & co &;x &verylongname_that_goes_on_and_on_and_on_and_on;"
	var got []string
	for _, r := range XMLReferences(src, Span{0, len(src)}) {
		got = append(got, r.In(src))
	}
	if w := "&apos; &#233; &amp; &#x27;"; strings.Join(got, " ") != w {
		t.Errorf("references %q, want %q", strings.Join(got, " "), w)
	}
}

func TestXMLAttr(t *testing.T) {
	tag := `<Event desc="door slams" type='noise'  extent = "begin" xdesc="no"/>`
	src := "x " + tag
	s := Span{2, len(src)}
	for name, want := range map[string]string{"desc": "door slams", "type": "noise", "extent": "begin", "missing": ""} {
		if got := XMLAttrSpan(src, s, name).In(src); got != want {
			t.Errorf("%s: %q, want %q", name, got, want)
		}
	}
	if v, ok := XMLAttr(xml.StartElement{Attr: []xml.Attr{{Name: xml.Name{Space: "xml", Local: "lang"}, Value: "en"}}}, "lang"); !ok || v != "en" {
		t.Errorf("XMLAttr: %q %v", v, ok)
	}
}

func TestXMLRoot(t *testing.T) {
	for _, c := range []struct{ head, want string }{
		{`<?xml version="1.0" encoding="UTF-8"?>` + "\n<ANNOTATION_DOCUMENT AUTHOR=\"\">", "ANNOTATION_DOCUMENT"},
		{"\ufeff\n<!-- (c) x -->\n<basic-transcription>", "basic-transcription"},
		{"<?xml version=\"1.0\"?>\n<!DOCTYPE Trans SYSTEM \"trans-14.dtd\" [<!ENTITY x \"y\">]>\n<Trans scribe=\"a\">", "Trans"},
		{"<tei:TEI xmlns:tei=\"x\">", "TEI"},
		{"<a/>", "a"},
		{"<!-- a comment that does not end", ""},
		{"<?xml version", ""},
		{"<ANNOTATION_DOC", ""},
		{"File type = \"ooTextFile\"", ""},
		{"", ""},
	} {
		if got := XMLRoot([]byte(c.head)); got != c.want {
			t.Errorf("XMLRoot(%q) = %q, want %q", c.head, got, c.want)
		}
	}
}

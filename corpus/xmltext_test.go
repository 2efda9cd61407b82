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

func TestXMLEntityScanner(t *testing.T) {
	src := "<?xml version=\"1.0\"?>\n<!DOCTYPE d [\n<!ENTITY party \"Labour\">\n<!ENTITY dash '&#8212;'>\n<!ENTITY both \"&party;&dash;\">\n<!ENTITY % param \"no\">\n]>\n<d>&party; &dash; &both; &mdash;</d>"
	ent := NewXMLEntities()
	sc := NewXMLEntityScanner(src, ent)
	var text strings.Builder
	for {
		tok, _, err := sc.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		if cd, ok := tok.(xml.CharData); ok {
			text.Write(cd)
		}
	}
	if got, want := text.String(), "\n\nLabour — Labour— —"; got != want {
		t.Errorf("text %q, want %q", got, want)
	}
	if ent["party"] != "Labour" || ent["both"] != "Labour—" || ent["param"] != "" {
		t.Errorf("declared %q %q %q", ent["party"], ent["both"], ent["param"])
	}
	if _, ok := xml.HTMLEntity["party"]; ok {
		t.Error("NewXMLEntities shares HTML's table")
	}

	// A plain scanner learns nothing: the entity is undefined.
	plain := NewXMLScanner(src)
	var err error
	for err == nil {
		_, _, err = plain.Next()
	}
	if ie := plain.Error("f.xml", err); ie.Line != 8 || ie.Msg != "malformed XML: invalid character entity &party;" {
		t.Errorf("plain scanner: line %d %q", ie.Line, ie.Msg)
	}
}

func TestXMLEntities(t *testing.T) {
	ent := NewXMLEntities()
	ent["party"], ent["none"] = "Labour", ""
	for ref, want := range map[string]string{
		"amp": "&", "apos": "'", "quot": `"`, "lt": "<", "gt": ">", "eacute": "é", "mdash": "—", "party": "Labour",
		"#233": "é", "#xE9": "é", "#XE9": "é", "#0065": "A",
		"none": "-", "bogus": "-", "": "-", "#": "-", "#x": "-", "#xD800": "-", "#1114112": "-", "#12a": "-",
	} {
		got, ok := ent.Text(ref)
		if !ok {
			got = "-"
		}
		if got != want {
			t.Errorf("Text(%q) = %q, want %q", ref, got, want)
		}
	}
	if got, want := ent.Decode("caf&#233; &amp; &party;&mdash;&bogus; &none; R&D"), "café & Labour—&bogus; &none; R&D"; got != want {
		t.Errorf("Decode: %q, want %q", got, want)
	}

	src := "x that&apos;s caf&#233; &bogus; &none; R&D &#xD800; &party;&mdash; &verylongname_that_goes_on_and_on_and_on_and_on; &amp"
	var got []string
	for _, r := range ent.References(src, Span{2, len(src)}) {
		got = append(got, r.In(src))
	}
	if w := "&apos; &#233; &party; &mdash;"; strings.Join(got, " ") != w {
		t.Errorf("References %q, want %q", strings.Join(got, " "), w)
	}
	// Only what lies inside the span counts.
	if refs := ent.References(src, Span{0, strings.Index(src, ";")}); len(refs) != 0 {
		t.Errorf("a reference past the span's end: %v", refs)
	}
}

func TestXMLRootChild(t *testing.T) {
	for _, c := range []struct{ head, root, child string }{
		{"<?xml version=\"1.0\"?>\n<akomaNtoso xmlns=\"x\">\n  <debate name=\"hansard\">", "akomaNtoso", "debate"},
		{"<an:akomaNtoso xmlns:an=\"x\">\n<!-- a comment -->\n<?pi x?><an:debateReport>", "akomaNtoso", "debateReport"},
		{"<a x='>' y=\"/>\">text &amp; more<![CDATA[<no>]]><b/>", "a", "b"},
		{"\ufeff<!DOCTYPE a [<!ENTITY e \"f\">]><a><b>", "a", "b"},
		{"<a><b", "a", ""},
		{"<a/><b>", "a", ""},
		{"<a x=\"1\" /><b>", "a", ""},
		{"<a></a><b>", "a", ""},
		{"<a x=\"never closed", "a", ""},
		{"<a><!-- open", "a", ""},
		{"<a>text only", "a", ""},
		{"<a", "", ""},
		{"text <a><b>", "", ""},
		{"", "", ""},
	} {
		root, child := XMLRootChild([]byte(c.head))
		if root != c.root || child != c.child {
			t.Errorf("XMLRootChild(%q) = %q, %q, want %q, %q", c.head, root, child, c.root, c.child)
		}
	}
}

func FuzzXMLRootChild(f *testing.F) {
	for _, s := range []string{"<a><b>", "<?xml version=\"1.0\"?><a x='>'><!--c--><b:c/>", "<!DOCTYPE a [<!ENTITY e \"]\">]><a/>", "<a x=\"", ""} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, head []byte) {
		root, child := XMLRootChild(head)
		if want := XMLRoot(head); root != want {
			t.Errorf("root %q, XMLRoot %q", root, want)
		}
		if root == "" && child != "" || strings.ContainsAny(child, " \t\r\n/>") {
			t.Errorf("root %q, child %q", root, child)
		}
	})
}

// walkLog is an XMLHandler that writes down what it is handed.
type walkLog struct {
	src string
	log []string
}

func (w *walkLog) StartElement(t xml.StartElement, tag Span) {
	w.log = append(w.log, "start "+t.Name.Local+" "+tag.In(w.src))
}
func (w *walkLog) EndElement(tag Span) { w.log = append(w.log, "end "+tag.In(w.src)) }
func (w *walkLog) CharData(text string, raw Span) {
	w.log = append(w.log, "text "+text+" "+raw.In(w.src))
}

func TestXMLScannerWalk(t *testing.T) {
	src := "<?xml version=\"1.0\"?><!-- c --><a x='1'>caf&#233;<![CDATA[<b>]]><c/></a>"
	w := &walkLog{src: src}
	if err := NewXMLScanner(src).Walk("f.xml", w); err != nil {
		t.Fatal(err)
	}
	want := []string{"start a <a x='1'>", "text café caf&#233;", "text <b> <b>", "start c <c/>", "end ", "end </a>"}
	if strings.Join(w.log, "\n") != strings.Join(want, "\n") {
		t.Errorf("walk\n%s\nwant\n%s", strings.Join(w.log, "\n"), strings.Join(want, "\n"))
	}
	err := NewXMLScanner("<a>\n<b></a>").Walk("f.xml", &walkLog{src: "<a>\n<b></a>"})
	if ie, ok := err.(*InputError); !ok || ie.File != "f.xml" || ie.Line != 2 || ie.Msg != "malformed XML: element <b> closed by </a>" {
		t.Errorf("error %#v", err)
	}
}

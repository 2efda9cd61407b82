package corpus

import (
	"strings"
	"testing"
)

func TestDetectXMLRoot(t *testing.T) {
	long := "<?xml version=\"1.0\"?>\n<!--" + strings.Repeat("x", xmlRootHead) + "-->\n<Trans>"
	for _, c := range []struct {
		name, src string
		want      int
	}{
		{"a.trs", "<?xml version=\"1.0\"?>\n<!DOCTYPE Trans SYSTEM \"trans-14.dtd\">\n<Trans>", 2},
		{"a.xml", "\ufeff<Trans scribe=\"x\">", 2},
		{"a.TRS", "<root/>", 1},
		{"a.trs", "", 1},
		{"a.xml", "<doc><Trans/></doc>", 0},
		{"a.xml", "<trans>", 0},
		{"a.txt", "Trans: hello", 0},
		{"a.xml", long, 0}, // the root past the head
	} {
		if got := DetectXMLRoot(c.name, []byte(c.src), "Trans", ".trs"); got != c.want {
			t.Errorf("DetectXMLRoot(%q, %.40q) = %d, want %d", c.name, c.src, got, c.want)
		}
	}
}

func TestXMLSpeech(t *testing.T) {
	src := "<a><v>that&apos;s it [laughs] (inaudible) &amp; caf&#233;</v><v>and\nso</v><v> </v></a>"
	field := func(v string) Span {
		k := strings.Index(src, v)
		return Span{Start: k, End: k + len(v)}
	}
	fields := []Span{field("that&apos;s it [laughs] (inaudible) &amp; caf&#233;"), field("and\nso"), field(" ")}
	b := NewBuilder("t.xml", "test", src)
	b.FieldNotes(fields)
	var got []string
	for _, s := range b.XMLSpeech(fields) {
		got = append(got, s.In(src))
	}
	if want := "that|s it|caf|and|so"; strings.Join(got, "|") != want {
		t.Errorf("XMLSpeech = %q, want %q", strings.Join(got, "|"), want)
	}
	if got := b.XMLSpeech(nil); got != nil {
		t.Errorf("XMLSpeech(nil) = %v, want nil", got)
	}
}

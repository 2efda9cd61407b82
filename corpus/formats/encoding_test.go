package formats

import (
	"strings"
	"testing"
	"unicode/utf8"

	"parley/corpus"
)

func TestDecode(t *testing.T) {
	utf16le := func(s string, bom bool) []byte {
		var b []byte
		if bom {
			b = append(b, 0xFF, 0xFE)
		}
		for _, r := range s { // the samples are in the BMP
			b = append(b, byte(r), byte(r>>8))
		}
		return b
	}
	utf16be := func(s string) []byte {
		b := []byte{0xFE, 0xFF}
		for _, r := range s {
			b = append(b, byte(r>>8), byte(r))
		}
		return b
	}
	for _, tc := range []struct {
		name  string
		src   []byte
		named string
		want  string
		enc   string
	}{
		{"ascii", []byte("A: hi\n"), "", "A: hi\n", UTF8},
		{"utf-8 with its mark dropped", []byte("\ufeffA: café\n"), "", "A: café\n", UTF8},
		{"utf-8 named, its mark dropped", []byte("\ufeffA: café\n"), "utf-8", "A: café\n", "UTF-8"},
		{"windows-1252", []byte("A: na\xefve caf\xe9 \x93quoted\x94 \x96 dash\n"), "", "A: naïve café “quoted” – dash\n", Windows1252},
		{"latin-1 declared in XML", []byte(`<?xml version="1.0" encoding="ISO-8859-1"?><a>caf` + "\xe9</a>"), "", `<?xml version="1.0" encoding="ISO-8859-1"?><a>café</a>`, "ISO-8859-1"},
		{"utf-16le with mark", utf16le("A: café\nB: “ok”\n", true), "", "A: café\nB: “ok”\n", UTF16LE},
		{"utf-16be with mark", utf16be("A: café\n"), "", "A: café\n", UTF16BE},
		{"utf-16le without mark", utf16le("Smith: hello there\nJones: hi\n", false), "", "Smith: hello there\nJones: hi\n", UTF16LE},
		{"named latin-1", []byte("A: \x93x\x94\n"), "latin-1", "A: \u0093x\u0094\n", "ISO-8859-1"},
		{"named windows-1252", []byte("A: caf\xe9\n"), "cp1252", "A: café\n", Windows1252},
		{"named utf-8 is checked later", []byte("A: caf\xe9\n"), "UTF-8", "A: caf\xe9\n", UTF8},
		{"named by IANA name", []byte("A: \xa4\n"), "ISO-8859-15", "A: €\n", "ISO-8859-15"},
		{"broken utf-8 stays for the check", []byte("A: caf\xc3\xa9 na\xefve\n"), "", "A: caf\xc3\xa9 na\xefve\n", UTF8},
	} {
		got, enc, err := Decode("f.txt", tc.src, tc.named)
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		if string(got) != tc.want || enc != tc.enc {
			t.Errorf("%s: %q in %s, want %q in %s", tc.name, got, enc, tc.want, tc.enc)
		}
	}
	if _, _, err := Decode("f.txt", []byte("x"), "klingon"); err == nil || !strings.Contains(err.Error(), "f.txt") || !strings.Contains(err.Error(), "windows-1252") {
		t.Errorf("unknown encoding: %v", err)
	}
}

// TestReadEncodings reads a script in three encodings: the same turns and
// words each time, and the Reading names the encoding.
func TestReadEncodings(t *testing.T) {
	text := "Smith: We met in Zürich and São Paulo.\n\nJones: “Naïve”, she said — café.\n\nSmith: Yes.\n"
	cp1252 := []byte(strings.NewReplacer("ü", "\xfc", "ã", "\xe3", "“", "\x93", "”", "\x94", "ï", "\xef", "—", "\x97", "é", "\xe9").Replace(text))
	var u16 []byte
	u16 = append(u16, 0xFF, 0xFE)
	for _, r := range text {
		u16 = append(u16, byte(r), byte(r>>8))
	}
	want, err := readOne("s.txt", []byte(text), corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		src []byte
		enc string
	}{{cp1252, Windows1252}, {u16, UTF16LE}} {
		d, err := readOne("s.txt", tc.src, corpus.Options{})
		if err != nil {
			t.Fatalf("%s: %v", tc.enc, err)
		}
		if d.Reading.Encoding != tc.enc || d.Source != want.Source || len(d.Turns) != 3 {
			t.Errorf("%s: read as %s, %d turns, source %q", tc.enc, d.Reading.Encoding, len(d.Turns), d.Source)
		}
	}
	if _, err := readOne("s.txt", []byte("Smith: caf\xc3\xa9\n\nJones: na\xefve\n"), corpus.Options{}); err == nil || !strings.Contains(err.Error(), "s.txt:3") {
		t.Errorf("broken UTF-8: %v, want an error naming line 3", err)
	}
}

// FuzzDecode feeds Decode arbitrary bytes: it must not panic, and what it
// converts from another encoding is UTF-8.
func FuzzDecode(f *testing.F) {
	for _, s := range []string{"", "A: hi\n", "\xff\xfeA\x00", "\xfe\xff\x00A", "caf\xe9", "caf\xc3\xa9 \xe9", `<?xml encoding="koi8-r"?>` + "\xc1", "\xff\xfe\x00\xd8"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		out, enc, err := Decode("f.txt", src, "")
		if err != nil {
			if !corpus.IsInputError(err) {
				t.Fatalf("%v: not an InputError", err)
			}
			return
		}
		if enc != UTF8 && !utf8.Valid(out) {
			t.Fatalf("read as %s, but the text is not UTF-8: %q", enc, out)
		}
	})
}

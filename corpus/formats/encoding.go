package formats

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/ianaindex"
	"golang.org/x/text/encoding/unicode"

	"parley/corpus"
)

// The encodings Decode names in a document's Reading.
const (
	UTF8        = "UTF-8"
	UTF16LE     = "UTF-16LE"
	UTF16BE     = "UTF-16BE"
	Windows1252 = "Windows-1252"
)

// Decode returns src as UTF-8 text and the name of the encoding it was
// read in. named is the user's --encoding ("" to detect). The rules:
//
//  1. A named encoding is used as named, by its IANA or WHATWG name
//     ("utf-8", "utf-16", "utf-16le", "windows-1252", "latin-1",
//     "iso-8859-15", "macintosh"...); an unknown name is an error listing
//     the common ones. "latin-1" is ISO 8859-1 exactly.
//  2. Otherwise a byte order mark decides: UTF-16 LE (FF FE), UTF-16 BE
//     (FE FF); a UTF-8 one (EF BB BF) is UTF-8 and stays in the text, as
//     the readers expect. Text without a mark in which every other byte
//     of the first 4 KB is mostly NUL is UTF-16 of that order.
//  3. Otherwise valid UTF-8 (ASCII included) is UTF-8, unchanged.
//  4. Otherwise a file that holds no valid UTF-8 sequence beyond ASCII is
//     in a single-byte encoding: the one its XML declaration or HTML
//     charset names, if any, else Windows-1252 (the superset of Latin-1
//     that Windows and most older archives write). A file that holds
//     valid multi-byte UTF-8 and also invalid bytes is broken UTF-8, not
//     another encoding: the caller's UTF-8 check then names the line.
//
// A UTF-8 file's byte order mark is dropped, as a UTF-16 file's is: no
// reader then has to know that its first line may begin with one (a
// script's first cue did not read as a cue).
//
// Spans of the documents read point into the decoded text, which is the
// document's Source; the file itself is never changed.
func Decode(name string, src []byte, named string) ([]byte, string, error) {
	if named != "" {
		enc, label, err := lookupEncoding(named)
		if err != nil {
			return nil, "", &corpus.InputError{File: name, Msg: err.Error()}
		}
		if enc == nil {
			return bytes.TrimPrefix(src, []byte(corpus.ByteOrderMark)), label, nil // UTF-8: checked as usual
		}
		out, err := decodeWith(enc, src)
		if err != nil {
			return nil, "", &corpus.InputError{File: name, Msg: fmt.Sprintf("not %s text: %v", label, err)}
		}
		return out, label, nil
	}
	switch {
	case bytes.HasPrefix(src, []byte{0xFF, 0xFE}):
		out, err := decodeWith(unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM), src)
		if err != nil {
			return nil, "", &corpus.InputError{File: name, Msg: "not UTF-16LE text: " + err.Error()}
		}
		return out, UTF16LE, nil
	case bytes.HasPrefix(src, []byte{0xFE, 0xFF}):
		out, err := decodeWith(unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM), src)
		if err != nil {
			return nil, "", &corpus.InputError{File: name, Msg: "not UTF-16BE text: " + err.Error()}
		}
		return out, UTF16BE, nil
	}
	if order, ok := utf16WithoutMark(src); ok {
		label, e := UTF16LE, unicode.LittleEndian
		if order == 'b' {
			label, e = UTF16BE, unicode.BigEndian
		}
		out, err := decodeWith(unicode.UTF16(e, unicode.IgnoreBOM), src)
		if err != nil {
			return nil, "", &corpus.InputError{File: name, Msg: "not " + label + " text: " + err.Error()}
		}
		return out, label, nil
	}
	if utf8.Valid(src) || hasMultibyteUTF8(src) {
		return bytes.TrimPrefix(src, []byte(corpus.ByteOrderMark)), UTF8, nil
	}
	var enc encoding.Encoding = charmap.Windows1252
	label := Windows1252
	if declared := declaredCharset(src); declared != "" {
		if e, l, err := lookupEncoding(declared); err == nil && e != nil && singleByte(l) {
			enc, label = e, l
		}
	}
	out, err := decodeWith(enc, src)
	if err != nil {
		return nil, "", &corpus.InputError{File: name, Msg: fmt.Sprintf("not %s text: %v", label, err)}
	}
	return out, label, nil
}

// commonEncodings are the names an unknown --encoding's error suggests.
const commonEncodings = "utf-8, utf-16, utf-16le, utf-16be, windows-1252, latin-1, iso-8859-15, macintosh"

// lookupEncoding returns the encoding of a name and its canonical label;
// a nil encoding is UTF-8, read as it is.
func lookupEncoding(named string) (encoding.Encoding, string, error) {
	n := strings.ToLower(strings.TrimSpace(named))
	switch strings.NewReplacer("-", "", "_", "", " ", "").Replace(n) {
	case "utf8", "utf8sig":
		return nil, UTF8, nil
	case "utf16":
		return unicode.UTF16(unicode.LittleEndian, unicode.UseBOM), "UTF-16", nil
	case "utf16le":
		return unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), UTF16LE, nil
	case "utf16be":
		return unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), UTF16BE, nil
	case "latin1", "iso88591", "l1":
		return charmap.ISO8859_1, "ISO-8859-1", nil
	case "cp1252", "windows1252", "win1252":
		return charmap.Windows1252, Windows1252, nil
	}
	for _, index := range []*ianaindex.Index{ianaindex.IANA, ianaindex.MIME} {
		if enc, err := index.Encoding(n); err == nil && enc != nil {
			label, err := index.Name(enc)
			if err != nil {
				label = named
			}
			if enc == encoding.Nop || label == "UTF-8" {
				return nil, UTF8, nil
			}
			return enc, label, nil
		}
	}
	return nil, "", fmt.Errorf("unknown encoding %q; common ones: %s", named, commonEncodings)
}

// singleByte reports whether an encoding's label names a single-byte
// encoding, the only kind a declaration may choose for bytes that are not
// UTF-8 (a declared "UTF-16" on a file of bytes is wrong).
func singleByte(label string) bool {
	l := strings.ToLower(label)
	return strings.HasPrefix(l, "iso-8859") || strings.HasPrefix(l, "windows-125") || strings.HasPrefix(l, "koi8") || l == "macintosh" || strings.HasPrefix(l, "ibm")
}

// decodeWith decodes src, dropping a byte order mark the decoder keeps.
func decodeWith(enc encoding.Encoding, src []byte) ([]byte, error) {
	out, err := enc.NewDecoder().Bytes(src)
	if err != nil {
		return nil, err
	}
	return bytes.TrimPrefix(out, []byte(corpus.ByteOrderMark)), nil
}

// utf16WithoutMark reports whether src looks like UTF-16 written without
// a byte order mark, and in which order ('l' or 'b'): in its first 4 KB,
// most bytes at even (big-endian) or odd (little-endian) offsets are NUL,
// as they are in text of mostly Latin letters.
func utf16WithoutMark(src []byte) (byte, bool) {
	head := src[:min(len(src), 4096)]
	if len(head) < 8 {
		return 0, false
	}
	var even, odd int
	for i, c := range head {
		if c == 0 {
			if i%2 == 0 {
				even++
			} else {
				odd++
			}
		}
	}
	half := len(head) / 2
	switch {
	case odd > half*7/10 && even < half/10:
		return 'l', true
	case even > half*7/10 && odd < half/10:
		return 'b', true
	}
	return 0, false
}

// hasMultibyteUTF8 reports whether src holds a valid UTF-8 sequence of two
// bytes or more: a file that does is UTF-8, even where some bytes are not.
func hasMultibyteUTF8(src []byte) bool {
	for i := 0; i < len(src); {
		if src[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(src[i:])
		if r != utf8.RuneError && size > 1 {
			return true
		}
		i++
	}
	return false
}

// charsetDecl finds an XML declaration's encoding or an HTML charset.
var charsetDecl = regexp.MustCompile(`(?i)(?:<\?xml[^>]*\sencoding\s*=\s*["']|<meta[^>]*charset\s*=\s*["']?)([A-Za-z0-9._:-]+)`)

// declaredCharset returns the encoding the head of src declares, or "".
func declaredCharset(src []byte) string {
	if m := charsetDecl.FindSubmatch(src[:min(len(src), 2048)]); m != nil {
		return string(m[1])
	}
	return ""
}

package corpus

import (
	"encoding/xml"
	"errors"
	"io"
	"strings"
)

// XML primitives for the readers of XML transcripts (corpus/elan,
// corpus/exmaralda, corpus/transcriber): tokens with the spans they were
// read from, errors on their line, the references to cut from speech, and
// a cheap look at a file's root element for the detectors.

// XMLScanner reads an XML text token by token, each with the span of the
// source it was read from, so that a reader's spans point into the file.
//
// The text is taken as UTF-8 whatever its declaration says (the loader has
// converted it, and CheckText has checked it), the HTML entities are known
// besides XML's five ("&nbsp;", "&eacute;"), and nothing outside the text
// is fetched: a DOCTYPE's DTD is neither read nor followed.
type XMLScanner struct {
	dec  *xml.Decoder
	text string
	off  int // where the decoder stands
}

// NewXMLScanner returns a scanner of text.
func NewXMLScanner(text string) *XMLScanner {
	dec := xml.NewDecoder(strings.NewReader(text))
	dec.Entity = xml.HTMLEntity
	dec.CharsetReader = func(_ string, r io.Reader) (io.Reader, error) { return r, nil }
	return &XMLScanner{dec: dec, text: text}
}

// Next returns the next token and the span of the text it was read from
// (an empty span for the end of an element written "<x/>"), or io.EOF
// after the last. The token's data is the decoder's own: copy it to keep
// it past the next call.
func (s *XMLScanner) Next() (xml.Token, Span, error) {
	start := s.off
	tok, err := s.dec.Token()
	s.off = int(s.dec.InputOffset())
	return tok, Span{Start: start, End: s.off}, err
}

// Error returns the *InputError for an error of Next in the file name: on
// the line where the decoder stopped, "malformed XML: " and what it found.
func (s *XMLScanner) Error(name string, err error) *InputError {
	msg := err.Error()
	var se *xml.SyntaxError
	if errors.As(err, &se) {
		msg = se.Msg
	}
	if errors.Is(err, io.ErrUnexpectedEOF) {
		msg = "unexpected EOF"
	}
	return &InputError{File: name, Line: LineAt(s.text, s.off), Msg: "malformed XML: " + msg}
}

// XMLCharData returns the span of the text of character data read from
// raw: a CDATA section without its "<![CDATA[" and "]]>", other character
// data as it is.
func XMLCharData(text string, raw Span) Span {
	const open, close = "<![CDATA[", "]]>"
	if s := raw.In(text); strings.HasPrefix(s, open) && strings.HasSuffix(s, close) && len(s) >= len(open)+len(close) {
		return Span{Start: raw.Start + len(open), End: raw.End - len(close)}
	}
	return raw
}

// XMLReferences returns the character and entity references in the span
// s of text ("&apos;", "&amp;", "&#233;"), in order: markup, to be cut
// from speech, since a span cannot read "&#233;" as "é". Where one stands
// inside a word ("that&apos;s", "caf&#233;"), the word's pieces on either
// side are two spans of speech with nothing between them but the
// reference. A "&" that opens no reference is text.
func XMLReferences(text string, s Span) []Span {
	var refs []Span
	for i := s.Start; i < s.End; i++ {
		if text[i] != '&' {
			continue
		}
		j := strings.IndexByte(text[i:s.End], ';')
		if j < 2 || j > 40 || !xmlName(text[i+1:i+j]) {
			continue
		}
		refs = append(refs, Span{Start: i, End: i + j + 1})
		i += j
	}
	return refs
}

// xmlName reports whether s is the inside of a reference: a name
// ("apos"), or "#" and a number ("#233", "#xE9").
func xmlName(s string) bool {
	for k, r := range s {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '_', r == '.', r == '-':
		case r == '#' && k == 0:
		default:
			return false
		}
	}
	return true
}

// XMLAttr returns the value of the start tag's attribute of the given
// local name (any namespace), and whether it has one.
func XMLAttr(t xml.StartElement, local string) (string, bool) {
	for _, a := range t.Attr {
		if a.Name.Local == local {
			return a.Value, true
		}
	}
	return "", false
}

// XMLAttrSpan returns the span of the value, inside its quotes, of the
// attribute name in the start tag tag of text; an empty span at the tag's
// end if the tag has none.
func XMLAttrSpan(text string, tag Span, name string) Span {
	s := tag.In(text)
	for from := 0; ; {
		k := strings.Index(s[from:], name)
		if k < 0 {
			break
		}
		k += from
		from = k + len(name)
		if k == 0 || !IsSpace(s[k-1]) {
			continue
		}
		rest := strings.TrimLeft(s[from:], " \t\r\n")
		if !strings.HasPrefix(rest, "=") {
			continue
		}
		rest = strings.TrimLeft(rest[1:], " \t\r\n")
		if rest == "" || rest[0] != '"' && rest[0] != '\'' {
			continue
		}
		end := strings.IndexByte(rest[1:], rest[0])
		if end < 0 {
			continue
		}
		open := tag.Start + len(s) - len(rest) + 1
		return Span{Start: open, End: open + end}
	}
	return Span{Start: tag.End, End: tag.End}
}

// XMLRoot returns the name of the root element (its local name, without a
// prefix) that head, the start of a file, opens, or "" if head opens no
// element: only a byte order mark, white space, the XML declaration,
// comments, processing instructions and a DOCTYPE may come before it. It
// is for the detectors, which look at the head of every file.
func XMLRoot(head []byte) string {
	s := strings.TrimPrefix(string(head), ByteOrderMark)
	for {
		s = strings.TrimLeft(s, " \t\r\n")
		end := 0 // the length of what opens s, 0 if it does not end in s
		switch {
		case strings.HasPrefix(s, "<?"):
			if k := strings.Index(s, "?>"); k >= 0 {
				end = k + 2
			}
		case strings.HasPrefix(s, "<!--"):
			if k := strings.Index(s[4:], "-->"); k >= 0 {
				end = 4 + k + 3
			}
		case strings.HasPrefix(s, "<!"):
			end = xmlDoctypeEnd(s)
		case strings.HasPrefix(s, "<"):
			name := s[1:]
			if k := strings.IndexAny(name, " \t\r\n/>"); k >= 0 {
				name = name[:k]
			} else {
				return "" // the name runs past the head
			}
			if k := strings.IndexByte(name, ':'); k >= 0 {
				name = name[k+1:]
			}
			return name
		default:
			return ""
		}
		if end == 0 {
			return "" // left open in the head
		}
		s = s[end:]
	}
}

// xmlDoctypeEnd returns the length of the declaration ("<!DOCTYPE ...>",
// an internal subset in brackets included) that opens s, or 0 if it does
// not end in s.
func xmlDoctypeEnd(s string) int {
	depth := 0
	for i := 2; i < len(s); i++ {
		switch s[i] {
		case '[':
			depth++
		case ']':
			depth--
		case '>':
			if depth <= 0 {
				return i + 1
			}
		}
	}
	return 0
}

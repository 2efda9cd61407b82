package corpus

import (
	"encoding/xml"
	"errors"
	"io"
	"maps"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"
)

// XML primitives for the readers of XML transcripts (corpus/elan,
// corpus/exmaralda, corpus/transcriber, corpus/tei, corpus/hansard,
// corpus/akomantoso): tokens with the spans they were read from, errors on
// their line, the entities a file may use and the references to cut from
// speech, and a cheap look at a file's root element for the detectors.

// XMLScanner reads an XML text token by token, each with the span of the
// source it was read from, so that a reader's spans point into the file.
//
// The text is taken as UTF-8 whatever its declaration says (the loader has
// converted it, and CheckText has checked it), the HTML entities are known
// besides XML's five ("&nbsp;", "&eacute;"), and nothing outside the text
// is fetched: a DOCTYPE's DTD is neither read nor followed, nor its
// internal subset's declarations learned but by NewXMLEntityScanner.
type XMLScanner struct {
	dec  *xml.Decoder
	text string
	off  int         // where the decoder stands
	ent  XMLEntities // where it learns the DOCTYPE's entities, nil if it does not
}

// NewXMLScanner returns a scanner of text.
func NewXMLScanner(text string) *XMLScanner {
	dec := xml.NewDecoder(strings.NewReader(text))
	dec.Entity = xml.HTMLEntity
	dec.CharsetReader = func(_ string, r io.Reader) (io.Reader, error) { return r, nil }
	return &XMLScanner{dec: dec, text: text}
}

// NewXMLEntityScanner returns a scanner of text that knows the entities of
// ent instead of HTML's, and learns those the DOCTYPE's internal subset
// declares (ParlParse's <!ENTITY mdash "&#8212;">): as it reads the
// DOCTYPE it adds them to ent, so that the text after it may use them.
// The reader keeps ent to decode and cut the references of the text
// (XMLEntities.Decode, XMLEntities.References).
func NewXMLEntityScanner(text string, ent XMLEntities) *XMLScanner {
	s := NewXMLScanner(text)
	s.dec.Entity = ent
	s.ent = ent
	return s
}

// Next returns the next token and the span of the text it was read from
// (an empty span for the end of an element written "<x/>"), or io.EOF
// after the last. The token's data is the decoder's own: copy it to keep
// it past the next call.
func (s *XMLScanner) Next() (xml.Token, Span, error) {
	start := s.off
	tok, err := s.dec.Token()
	s.off = int(s.dec.InputOffset())
	if d, ok := tok.(xml.Directive); ok && err == nil && s.ent != nil {
		s.ent.declare(d)
	}
	return tok, Span{Start: start, End: s.off}, err
}

// XMLHandler takes the elements and the text of an XML file from
// XMLScanner.Walk, in the file's order.
type XMLHandler interface {
	// StartElement takes a start tag and its span.
	StartElement(t xml.StartElement, tag Span)
	// EndElement takes the span of an end tag, an empty one for the end of
	// an element written "<x/>".
	EndElement(tag Span)
	// CharData takes character data: its text, decoded, and the span of
	// the source it stands for (a CDATA section's inside, XMLCharData).
	CharData(text string, raw Span)
}

// Walk reads the scanner's text to its end, handing h every start tag, end
// tag and character data (comments, processing instructions and the
// DOCTYPE are passed over), and returns nil, or the *InputError of the
// first error in the file name (Error).
func (s *XMLScanner) Walk(name string, h XMLHandler) error {
	for {
		tok, raw, err := s.Next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return s.Error(name, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			h.StartElement(t, raw)
		case xml.EndElement:
			h.EndElement(raw)
		case xml.CharData:
			h.CharData(string(t), XMLCharData(s.text, raw))
		}
	}
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

// XMLEntities are the general entities a text may use besides XML's five,
// by name, and what each stands for.
type XMLEntities map[string]string

// NewXMLEntities returns a new table of HTML's entities ("&nbsp;",
// "&mdash;", "&pound;"), which exports written by hand use undeclared, for
// a scanner to add the file's own declarations to (NewXMLEntityScanner).
func NewXMLEntities() XMLEntities {
	e := make(XMLEntities, len(xml.HTMLEntity)+8)
	maps.Copy(e, xml.HTMLEntity)
	return e
}

var entityDecl = regexp.MustCompile(`<!ENTITY\s+([A-Za-z_][\w.\-]*)\s+(?:"([^"]*)"|'([^']*)')`)

// declare adds the general entities a DOCTYPE's internal subset declares
// to e, their values with the references e knows decoded. A parameter
// entity ("<!ENTITY % x ...>") or an external one ("SYSTEM ...") is not
// declared.
func (e XMLEntities) declare(directive []byte) {
	for _, m := range entityDecl.FindAllSubmatch(directive, -1) {
		v := m[2]
		if v == nil {
			v = m[3]
		}
		e[string(m[1])] = e.Decode(string(v))
	}
}

// Text returns what the reference whose inside is ref stands for: a
// character reference's character ("#233", "#xE9"), or an entity's text
// ("amp", "eacute"). It reports false for an entity it does not know or
// that stands for nothing, and for a number that is no character.
func (e XMLEntities) Text(ref string) (string, bool) {
	if strings.HasPrefix(ref, "#") {
		var n uint64
		var err error
		if strings.HasPrefix(ref, "#x") || strings.HasPrefix(ref, "#X") {
			n, err = strconv.ParseUint(ref[2:], 16, 32)
		} else {
			n, err = strconv.ParseUint(ref[1:], 10, 32)
		}
		if err != nil || !utf8.ValidRune(rune(n)) {
			return "", false
		}
		return string(rune(n)), true
	}
	switch ref {
	case "amp":
		return "&", true
	case "lt":
		return "<", true
	case "gt":
		return ">", true
	case "quot":
		return `"`, true
	case "apos":
		return "'", true
	}
	s, ok := e[ref]
	return s, ok && s != ""
}

// Decode replaces the references in s that e knows (Text) by what they
// stand for, leaving any other as written.
func (e XMLEntities) Decode(s string) string {
	if !strings.Contains(s, "&") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '&' {
			if j := strings.IndexByte(s[i:], ';'); j > 1 && j < 40 {
				if r, ok := e.Text(s[i+1 : i+j]); ok {
					b.WriteString(r)
					i += j
					continue
				}
			}
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// References returns the character and entity references in the span s
// of text that e knows (Text), in order: markup, to be cut from speech,
// since a span cannot read "&#233;" as "é". One between two letters
// ("caf&#233;s", "don&#8217;t") leaves the word in pieces that touch the
// cut, which parley's tokenizer joins into one word; one outside a word
// ("&mdash;", "&#160;") parts what it stands between. Unlike
// XMLReferences, which takes every "&" that opens a name and a ";", it
// leaves a reference it cannot read ("&bogus;", "&#xD800;") as text.
func (e XMLEntities) References(text string, s Span) []Span {
	var refs []Span
	for i := s.Start; i < s.End; i++ {
		if text[i] != '&' {
			continue
		}
		j := strings.IndexByte(text[i:min(s.End, i+41)], ';')
		if j < 0 {
			continue
		}
		if _, ok := e.Text(text[i+1 : i+j]); ok {
			refs = append(refs, Span{Start: i, End: i + j + 1})
			i += j
		}
	}
	return refs
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
	root, _ := xmlRoot(string(head))
	return root
}

// XMLRootChild returns the name of the root element that head opens, as
// XMLRoot does, and the local name of the root's first child element, or
// "" for the child where head shows none: the root is empty ("<a/>") or
// closes first, or head ends before the child's name does. Character data,
// comments, processing instructions and CDATA sections before the child
// are passed over. It is for a detector that tells a file by what its root
// holds (an Akoma Ntoso debate is an <akomaNtoso> holding a <debate>).
func XMLRootChild(head []byte) (root, child string) {
	root, rest := xmlRoot(string(head))
	end := xmlTagEnd(rest)
	if root == "" || end < 0 || strings.HasSuffix(rest[:end], "/") {
		return root, ""
	}
	for s := rest[end+1:]; ; {
		k := strings.IndexByte(s, '<')
		if k < 0 {
			return root, ""
		}
		s = s[k:]
		n := 0 // the length of what opens s, 0 if it does not end in s
		switch {
		case strings.HasPrefix(s, "</"):
			return root, ""
		case strings.HasPrefix(s, "<![CDATA["):
			if k := strings.Index(s, "]]>"); k >= 0 {
				n = k + 3
			}
		case strings.HasPrefix(s, "<?"), strings.HasPrefix(s, "<!"):
			n = xmlMarkupEnd(s)
		default:
			child, _, _ = xmlStartName(s)
			return root, child
		}
		if n == 0 {
			return root, "" // left open in the head
		}
		s = s[n:]
	}
}

// xmlRoot returns the name of the root element that s opens, as XMLRoot
// does, and the rest of s after that name.
func xmlRoot(s string) (name, rest string) {
	s = strings.TrimPrefix(s, ByteOrderMark)
	for {
		s = strings.TrimLeft(s, " \t\r\n")
		switch {
		case strings.HasPrefix(s, "<?"), strings.HasPrefix(s, "<!"):
			end := xmlMarkupEnd(s)
			if end == 0 {
				return "", "" // left open in the head
			}
			s = s[end:]
		case strings.HasPrefix(s, "<"):
			name, rest, _ = xmlStartName(s)
			return name, rest
		default:
			return "", ""
		}
	}
}

// xmlStartName returns the local name (without a prefix) of the element
// whose start tag opens s, and the rest of s after the name; ok is false,
// and the name "", where the name runs past s.
func xmlStartName(s string) (name, rest string, ok bool) {
	k := strings.IndexAny(s[1:], " \t\r\n/>")
	if k < 0 {
		return "", "", false
	}
	name, rest = s[1:1+k], s[1+k:]
	if c := strings.IndexByte(name, ':'); c >= 0 {
		name = name[c+1:]
	}
	return name, rest, true
}

// xmlTagEnd returns the offset in s of the ">" that ends the start tag s
// is the rest of (its attributes' quoted values passed over), or -1 if it
// does not end in s.
func xmlTagEnd(s string) int {
	var quote byte
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == '>':
			return i
		}
	}
	return -1
}

// xmlMarkupEnd returns the length of the processing instruction, comment
// or declaration ("<!DOCTYPE ...>") that opens s, or 0 if it does not end
// in s.
func xmlMarkupEnd(s string) int {
	switch {
	case strings.HasPrefix(s, "<?"):
		if k := strings.Index(s, "?>"); k >= 0 {
			return k + 2
		}
	case strings.HasPrefix(s, "<!--"):
		if k := strings.Index(s[4:], "-->"); k >= 0 {
			return 4 + k + 3
		}
	case strings.HasPrefix(s, "<!"):
		return xmlDoctypeEnd(s)
	}
	return 0
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

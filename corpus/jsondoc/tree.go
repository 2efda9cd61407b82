package jsondoc

import (
	"errors"
	"strings"
	"unicode/utf8"

	"parley/corpus"
)

// maxDepth is how deeply arrays and objects may nest; deeper is an
// error, not a stack overflow.
const maxDepth = 1000

// kind is a JSON value's type.
type kind uint8

const (
	jsonNull kind = iota
	jsonBool
	jsonNumber
	jsonString
	jsonArray
	jsonObject
)

// node is one JSON value of the file, with its span in the source: a
// string's quotes included, a container from its bracket to its bracket.
type node struct {
	kind kind
	span corpus.Span
	// keys are an object's member names, decoded, in file order; kids are
	// its member values (kids[i] is keys[i]'s) or an array's elements.
	keys []string
	kids []node
}

// member returns the value of the object's member key (the last, for a
// key given twice), or nil. A name written as key is taken first; else
// one that differs from it only in case and in the "_" and "-" between
// its words (sameName), since a format's members are spelled
// "speaker_label" by one tool, "speakerLabel" or "SpeakerLabel" by the
// next (its client libraries, its streaming API).
func (n *node) member(key string) *node {
	loose := -1
	for i := len(n.keys) - 1; i >= 0; i-- {
		switch {
		case n.keys[i] == key:
			return &n.kids[i]
		case loose < 0 && sameName(n.keys[i], key):
			loose = i
		}
	}
	if loose < 0 {
		return nil
	}
	return &n.kids[loose]
}

// sameName reports whether two member names are one name written in
// snake, kebab, camel or Pascal case: equal once "_" and "-" are dropped
// and ASCII letters folded to lower case. Other bytes must be equal.
func sameName(a, b string) bool {
	i, j := 0, 0
	for {
		for i < len(a) && (a[i] == '_' || a[i] == '-') {
			i++
		}
		for j < len(b) && (b[j] == '_' || b[j] == '-') {
			j++
		}
		if i == len(a) || j == len(b) {
			return i == len(a) && j == len(b)
		}
		if lowerASCII(a[i]) != lowerASCII(b[j]) {
			return false
		}
		i, j = i+1, j+1
	}
}

func lowerASCII(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// raw returns the value as written.
func (n *node) raw(src string) string { return n.span.In(src) }

// contents returns a string's span inside its quotes.
func (n *node) contents() corpus.Span {
	return corpus.Span{Start: n.span.Start + 1, End: n.span.End - 1}
}

// str returns a string's value decoded, and whether n is a string.
func (n *node) str(src string) (string, bool) {
	if n == nil || n.kind != jsonString {
		return "", false
	}
	c := n.contents().In(src)
	if strings.IndexByte(c, '\\') < 0 {
		return c, true
	}
	s, ok := corpus.JSONScalar(n.raw(src))
	return s, ok
}

// syntaxError is a fault in the JSON at a byte offset.
type syntaxError struct {
	off int
	msg string
}

func (e *syntaxError) Error() string { return e.msg }

// errCut is a value cut off by the end of the text, which parsing a
// file's head (partial) takes for the end of what it can see.
var errCut = errors.New("the file ends inside a value")

// parser reads JSON text into nodes in one pass, by RFC 8259, allowing
// a byte order mark first and several values one after another (JSON
// Lines).
type parser struct {
	src     string
	pos     int
	depth   int
	partial bool // the text is a file's head: a cut value ends it
}

// parse reads the values of src. With partial set, src is the head of a
// file: a value the end cuts off is kept as far as it goes (the
// containers open at the cut, without the scalar or member it cuts), and
// no error is given for it.
func parse(src string, partial bool) ([]node, error) {
	p := &parser{src: src, partial: partial}
	if strings.HasPrefix(src, corpus.ByteOrderMark) {
		p.pos = len(corpus.ByteOrderMark)
	}
	var values []node
	for {
		p.space()
		if p.pos >= len(src) {
			return values, nil
		}
		v, err := p.value()
		if err == errCut && partial {
			if v.kind >= jsonArray {
				values = append(values, v)
			}
			return values, nil
		}
		if err != nil {
			return nil, err
		}
		values = append(values, v)
	}
}

func (p *parser) space() {
	for p.pos < len(p.src) && corpus.IsSpace(p.src[p.pos]) {
		p.pos++
	}
}

// fail returns the error for the text at the parser's position: a cut
// if the text has ended.
func (p *parser) fail(msg string) error {
	if p.pos >= len(p.src) {
		if p.partial {
			return errCut
		}
		return &syntaxError{off: len(p.src), msg: "the file ends inside " + msg}
	}
	return &syntaxError{off: p.pos, msg: msg}
}

func (p *parser) value() (node, error) {
	if p.pos >= len(p.src) {
		return node{}, p.fail("a value")
	}
	start := p.pos
	switch c := p.src[p.pos]; {
	case c == '{':
		return p.object()
	case c == '[':
		return p.array()
	case c == '"':
		if err := p.string(); err != nil {
			return node{}, err
		}
		return node{kind: jsonString, span: corpus.Span{Start: start, End: p.pos}}, nil
	case c == '-' || c >= '0' && c <= '9':
		if err := p.number(); err != nil {
			return node{}, err
		}
		return node{kind: jsonNumber, span: corpus.Span{Start: start, End: p.pos}}, nil
	}
	for _, lit := range []struct {
		word string
		kind kind
	}{{"true", jsonBool}, {"false", jsonBool}, {"null", jsonNull}} {
		rest := p.src[p.pos:]
		if strings.HasPrefix(rest, lit.word) {
			p.pos += len(lit.word)
			return node{kind: lit.kind, span: corpus.Span{Start: start, End: p.pos}}, nil
		}
		if len(rest) < len(lit.word) && strings.HasPrefix(lit.word, rest) {
			p.pos = len(p.src)
			return node{}, p.fail("a value")
		}
	}
	return node{}, p.fail("unexpected " + p.quoted() + " where a value should be")
}

// quoted names the character at the parser's position for an error.
func (p *parser) quoted() string { return "'" + p.char() + "'" }

// char returns the character at the parser's position.
func (p *parser) char() string {
	r, _ := utf8.DecodeRuneInString(p.src[p.pos:])
	return string(r)
}

// open counts a container's depth and refuses one nested too deeply.
func (p *parser) open() error {
	p.depth++
	if p.depth > maxDepth {
		return &syntaxError{off: p.pos, msg: "arrays and objects nested more than 1000 deep"}
	}
	return nil
}

func (p *parser) array() (node, error) {
	n := node{kind: jsonArray, span: corpus.Span{Start: p.pos}}
	if err := p.open(); err != nil {
		return n, err
	}
	defer func() { p.depth-- }()
	p.pos++ // [
	p.space()
	if p.pos < len(p.src) && p.src[p.pos] == ']' {
		p.pos++
		n.span.End = p.pos
		return n, nil
	}
	for {
		p.space()
		v, err := p.value()
		if err != nil {
			if err == errCut && v.kind >= jsonArray {
				n.kids = append(n.kids, v)
			}
			n.span.End = p.pos
			return n, err
		}
		n.kids = append(n.kids, v)
		if more, err := p.next(']', "an array", "an array element"); err != nil || !more {
			n.span.End = p.pos
			return n, err
		}
	}
}

func (p *parser) object() (node, error) {
	n := node{kind: jsonObject, span: corpus.Span{Start: p.pos}}
	if err := p.open(); err != nil {
		return n, err
	}
	defer func() { p.depth-- }()
	p.pos++ // {
	p.space()
	if p.pos < len(p.src) && p.src[p.pos] == '}' {
		p.pos++
		n.span.End = p.pos
		return n, nil
	}
	cut := func(err error) (node, error) {
		n.span.End = p.pos
		return n, err
	}
	for {
		p.space()
		if p.pos >= len(p.src) {
			return cut(p.fail("an object"))
		}
		if p.src[p.pos] != '"' {
			return cut(p.fail("expected a member name in double quotes, found " + p.quoted()))
		}
		k := p.pos
		if err := p.string(); err != nil {
			return cut(err)
		}
		key := node{kind: jsonString, span: corpus.Span{Start: k, End: p.pos}}
		name, _ := key.str(p.src)
		p.space()
		if p.pos >= len(p.src) {
			return cut(p.fail("an object"))
		}
		if p.src[p.pos] != ':' {
			return cut(p.fail("expected ':' after the member name, found " + p.quoted()))
		}
		p.pos++
		p.space()
		v, err := p.value()
		if err != nil {
			if err == errCut && v.kind >= jsonArray {
				n.keys, n.kids = append(n.keys, name), append(n.kids, v)
			}
			return cut(err)
		}
		n.keys, n.kids = append(n.keys, name), append(n.kids, v)
		if more, err := p.next('}', "an object", "an object member"); err != nil || !more {
			return cut(err)
		}
	}
}

// next reads what follows an element or a member (what) of the array or
// object (in) that the bracket end closes: a comma, and more is to come,
// or end, which it passes.
func (p *parser) next(end byte, in, what string) (more bool, err error) {
	p.space()
	switch {
	case p.pos >= len(p.src):
		return false, p.fail(in)
	case p.src[p.pos] == ',':
		p.pos++
		return true, nil
	case p.src[p.pos] == end:
		p.pos++
		return false, nil
	}
	return false, p.fail("expected ',' or '" + string(end) + "' after " + what + ", found " + p.quoted())
}

// string reads a string from its opening quote through its closing one.
func (p *parser) string() error {
	p.pos++ // "
	for p.pos < len(p.src) {
		switch c := p.src[p.pos]; {
		case c == '"':
			p.pos++
			return nil
		case c == '\\':
			if p.pos+1 >= len(p.src) {
				p.pos = len(p.src)
				return p.fail("a string")
			}
			switch p.src[p.pos+1] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
				p.pos += 2
			case 'u':
				for k := 2; k < 6; k++ {
					if p.pos+k >= len(p.src) {
						p.pos = len(p.src)
						return p.fail("a string")
					}
					if !isHex(p.src[p.pos+k]) {
						p.pos += k
						return p.fail(`a \u escape needs four hexadecimal digits`)
					}
				}
				p.pos += 6
			default:
				p.pos++
				return p.fail(`invalid escape \` + p.char() + ` in a string`)
			}
		case c < 0x20:
			if c == '\n' {
				return p.fail("a line break inside a string (write it \\n); the string is not closed")
			}
			return p.fail("a control character inside a string")
		default:
			p.pos++
		}
	}
	return p.fail("a string")
}

func isHex(c byte) bool { return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' }

// number reads a number: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
func (p *parser) number() error {
	digits := func() int {
		k := p.pos
		for p.pos < len(p.src) && p.src[p.pos] >= '0' && p.src[p.pos] <= '9' {
			p.pos++
		}
		return p.pos - k
	}
	start := p.pos
	bad := func() error {
		if p.pos >= len(p.src) {
			return p.fail("a number")
		}
		return &syntaxError{off: start, msg: "a malformed number " + p.src[start:p.pos] + p.char()}
	}
	if p.src[p.pos] == '-' {
		p.pos++
	}
	lead := p.pos
	if n := digits(); n == 0 || n > 1 && p.src[lead] == '0' {
		return bad()
	}
	if p.pos < len(p.src) && p.src[p.pos] == '.' {
		p.pos++
		if digits() == 0 {
			return bad()
		}
	}
	if p.pos < len(p.src) && (p.src[p.pos] == 'e' || p.src[p.pos] == 'E') {
		p.pos++
		if p.pos < len(p.src) && (p.src[p.pos] == '+' || p.src[p.pos] == '-') {
			p.pos++
		}
		if digits() == 0 {
			return bad()
		}
	}
	// In a head, a number at the cut may go on beyond it.
	if p.partial && p.pos >= len(p.src) {
		return errCut
	}
	return nil
}

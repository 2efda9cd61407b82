package textgrid

import (
	"fmt"

	"parley/corpus"
)

// A Praat text file, long or short, is a sequence of numbers, texts in
// double quotes and flags ("<exists>"); the long format labels them
// ("xmin = 0", "text = \"...\"", "intervals [3]:"), the short format does
// not. Praat reads both by skipping the labels, and so does tgLexer: the
// same tokens come out of either.

// tgToken is a number, a text or a flag.
type tgToken struct {
	kind byte        // 'n' number, 's' text, 'f' flag
	span corpus.Span // the token as written, a text's quotes included
}

// inside returns a text token's span without its quotes.
func (t tgToken) inside() corpus.Span {
	return corpus.Span{Start: t.span.Start + 1, End: t.span.End - 1}
}

// tgLexer reads the tokens of a Praat text file.
type tgLexer struct {
	name, text string
	pos        int
}

func (l *tgLexer) fail(off int, format string, args ...any) error {
	return &corpus.InputError{File: l.name, Line: corpus.LineAt(l.text, off), Msg: fmt.Sprintf(format, args...)}
}

// next returns the next token, or ok false at the end of the file. A
// text that does not end is an error on the line it opens.
func (l *tgLexer) next() (tgToken, bool, error) {
	s := l.text
	for l.pos < len(s) {
		c := s[l.pos]
		switch {
		case corpus.IsSpace(c) || c == '\f' || c == '\v':
			l.pos++
		case c == '"':
			start := l.pos
			i := start + 1
			for {
				if i >= len(s) {
					return tgToken{}, false, l.fail(start, "a text in double quotes opens here and does not end")
				}
				if s[i] == '"' {
					if i+1 < len(s) && s[i+1] == '"' {
						i += 2 // a quote inside the text, written twice
						continue
					}
					break
				}
				i++
			}
			l.pos = i + 1
			return tgToken{kind: 's', span: corpus.Span{Start: start, End: l.pos}}, true, nil
		case c == '<':
			end := l.word()
			return tgToken{kind: 'f', span: corpus.Span{Start: end.Start, End: end.End}}, true, nil
		case c == '[':
			// An index, "[3]", or "[]": a label's.
			for l.pos < len(s) && s[l.pos] != ']' && s[l.pos] != '\n' {
				l.pos++
			}
			if l.pos < len(s) && s[l.pos] == ']' {
				l.pos++
			}
		case numberStart(s, l.pos):
			w := l.word()
			return tgToken{kind: 'n', span: w}, true, nil
		default:
			l.word() // a label: "xmin", "=", "intervals:", "tiers?"
		}
	}
	return tgToken{}, false, nil
}

// word moves past the word at pos, up to white space or a quote, and
// returns its span.
func (l *tgLexer) word() corpus.Span {
	start := l.pos
	for l.pos < len(l.text) && !corpus.IsSpace(l.text[l.pos]) && l.text[l.pos] != '"' {
		l.pos++
	}
	return corpus.Span{Start: start, End: l.pos}
}

// numberStart reports whether a number opens s at i: a digit, or a sign
// or a point and a digit.
func numberStart(s string, i int) bool {
	digit := func(i int) bool { return i < len(s) && s[i] >= '0' && s[i] <= '9' }
	switch {
	case digit(i):
		return true
	case s[i] == '-' || s[i] == '+':
		return digit(i+1) || i+2 < len(s) && s[i+1] == '.' && digit(i+2)
	case s[i] == '.':
		return digit(i + 1)
	}
	return false
}

package corpus

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"
)

// The helpers below serve the readers of JSON (ConvoKit's JSON Lines,
// speech-to-text results): they find values by their spans in the
// source and keep a string's speech as written, so that every span still
// points into the file.

// ErrNotJSONObject is JSONMembers' error for a value that is not an
// object.
var ErrNotJSONObject = errors.New("not a JSON object")

// JSONMembers reads src[s], which must hold one JSON object and nothing
// else (a line of a JSON Lines file), and returns the span in src of each
// member's value (the last, for a key given twice). A value that is not
// an object is ErrNotJSONObject; an object that does not end within s is
// an error that says a JSON Lines object ends on its line.
func JSONMembers(src string, s Span) (map[string]Span, error) {
	dec := json.NewDecoder(strings.NewReader(s.In(src)))
	tok, err := dec.Token()
	if err != nil {
		return nil, jsonError(dec, err)
	}
	if d, ok := tok.(json.Delim); !ok || d != '{' {
		return nil, ErrNotJSONObject
	}
	out := map[string]Span{}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, jsonError(dec, err)
		}
		key, _ := tok.(string) // a key is a string, or Token fails
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return nil, jsonError(dec, err)
		}
		end := s.Start + int(dec.InputOffset())
		out[key] = Span{Start: end - len(raw), End: end}
	}
	if _, err := dec.Token(); err != nil {
		return nil, jsonError(dec, err)
	}
	end := int(dec.InputOffset())
	if _, err := dec.Token(); err != io.EOF {
		rest := s.In(src)[end:]
		return nil, fmt.Errorf("more than one JSON value on the line (column %d)", end+len(rest)-len(strings.TrimLeft(rest, " \t\r"))+1)
	}
	return out, nil
}

// jsonError says what is wrong with a line's JSON.
func jsonError(dec *json.Decoder, err error) error {
	var se *json.SyntaxError
	switch {
	case errors.As(err, &se):
		return fmt.Errorf("bad JSON near column %d: %v", se.Offset+1, err)
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		return errors.New("bad JSON: the object does not end on its line (JSON Lines has one whole object a line)")
	}
	return fmt.Errorf("bad JSON near column %d: %v", dec.InputOffset()+1, err)
}

// JSONScalar returns the value of a JSON string, number or boolean as a
// string (a string decoded, the others as written), "" for null; ok is
// false for anything else.
func JSONScalar(raw string) (string, bool) {
	switch {
	case raw == "" || raw == "null":
		return "", true
	case raw[0] == '"':
		var s string
		err := json.Unmarshal([]byte(raw), &s)
		return s, err == nil
	case raw[0] == '{' || raw[0] == '[':
		return "", false
	}
	return raw, true
}

// JSONEscapes returns the escapes in the JSON string contents s that are
// not speech as written: the backslash of \"; the whole of \n \r
// \t \b \f; the whole of a \u escape (or surrogate pair) for white space,
// a control character, or punctuation or a symbol that does not stand
// between two letters or digits ("\u201cso\u201d", " \u2014 "). A \u
// escape of a letter, a digit, or punctuation inside a word ("don\u2019t",
// "caf\u00e9") stays in the speech as written, so that its word counts
// once, and so do \\ and \/, so that a path or a URL stays one token.
func JSONEscapes(src string, s Span) []Span {
	var cuts []Span
	for i := s.Start; i+1 < s.End; i++ {
		if src[i] != '\\' {
			continue
		}
		switch src[i+1] {
		case '"':
			cuts = append(cuts, Span{Start: i, End: i + 1})
			i++
		case '\\', '/':
			i++
		case 'n', 'r', 't', 'b', 'f':
			cuts = append(cuts, Span{Start: i, End: i + 2})
			i++
		case 'u':
			r, n := JSONRune(src[i:s.End])
			if n == 0 {
				i++
				continue
			}
			switch {
			case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r):
			case unicode.IsSpace(r) || unicode.IsControl(r):
				cuts = append(cuts, Span{Start: i, End: i + n})
			default:
				before, _ := utf8.DecodeLastRuneInString(src[s.Start:i])
				after, _ := utf8.DecodeRuneInString(src[i+n : s.End])
				if !isWordRune(before) || !isWordRune(after) {
					cuts = append(cuts, Span{Start: i, End: i + n})
				}
			}
			i += n - 1
		}
	}
	return cuts
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// JSONRune decodes the \u escape that opens s, taking a surrogate pair as
// one rune, and returns the rune and the escape's length; n is 0 if s
// opens with no \u escape.
func JSONRune(s string) (r rune, n int) {
	hex := func(s string) (rune, bool) {
		if len(s) < 6 || s[0] != '\\' || s[1] != 'u' {
			return 0, false
		}
		v, err := strconv.ParseUint(s[2:6], 16, 32)
		return rune(v), err == nil
	}
	r, ok := hex(s)
	if !ok {
		return 0, 0
	}
	if utf16.IsSurrogate(r) {
		if r2, ok := hex(s[6:]); ok {
			if d := utf16.DecodeRune(r, r2); d != unicode.ReplacementChar {
				return d, 12
			}
		}
	}
	return r, 6
}

// JSONExcerpt returns a JSON value for an error message, shortened to 40
// characters.
func JSONExcerpt(raw string) string {
	if r := []rune(raw); len(r) > 40 {
		return string(r[:40]) + "…"
	}
	return raw
}

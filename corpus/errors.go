package corpus

import (
	"errors"
	"fmt"
	"unicode/utf8"
)

// InputError is a problem with the user's input, as opposed to a failure of
// parley itself. It names the file and, where one applies, the line.
type InputError struct {
	File string
	Line int // 1-based; 0 when the problem is not on one line
	Msg  string
}

func (e *InputError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.File, e.Msg)
}

// IsInputError reports whether err is, or wraps, an *InputError.
func IsInputError(err error) bool {
	var ie *InputError
	return errors.As(err, &ie)
}

// CheckText returns an *InputError if src is not text a reader can take:
// it must be valid UTF-8 without NUL bytes, and not empty.
func CheckText(name string, src []byte) error {
	line := 1
	for i := 0; i < len(src); {
		c := src[i]
		if c == 0 {
			return &InputError{File: name, Line: line, Msg: "binary file (NUL byte); parley reads UTF-8 text"}
		}
		if c < utf8.RuneSelf {
			if c == '\n' {
				line++
			}
			i++
			continue
		}
		r, size := utf8.DecodeRune(src[i:])
		if r == utf8.RuneError && size <= 1 {
			return &InputError{File: name, Line: line, Msg: fmt.Sprintf("not UTF-8 text (invalid byte 0x%02x); convert the file to UTF-8", c)}
		}
		i += size
	}
	for _, c := range src {
		if c != ' ' && c != '\t' && c != '\n' && c != '\r' {
			return nil
		}
	}
	return &InputError{File: name, Msg: "empty file"}
}

// ByteOrderMark is the UTF-8 byte order mark some exporters put first;
// readers take it for white space.
const ByteOrderMark = "\ufeff"

package corpus

import "strings"

// Text helpers the readers below corpus share.

// LineAt returns the 1-based line of byte offset off in text (an offset
// out of range counts as the nearest end).
func LineAt(text string, off int) int {
	return strings.Count(text[:min(max(off, 0), len(text))], "\n") + 1
}

// IsDigits reports whether s is one or more ASCII digits.
func IsDigits(s string) bool {
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return s != ""
}

// Head returns the first n bytes of s, or all of s where it is no longer,
// cut back to the end of its last whole line (through the line feed) so
// that a reader judging a file by its head sees no broken line. A head
// with no line feed is cut at n.
func Head[T ~string | ~[]byte](s T, n int) T {
	if len(s) <= n {
		return s
	}
	s = s[:n]
	for k := len(s) - 1; k > 0; k-- {
		if s[k] == '\n' {
			return s[:k+1]
		}
	}
	return s
}

// Columns returns the width in columns of the white space ws, tab stops
// every eight columns; a form feed takes no column.
func Columns(ws string) int {
	n := 0
	for i := 0; i < len(ws); i++ {
		switch ws[i] {
		case '\t':
			n += 8 - n%8
		case '\f':
		default:
			n++
		}
	}
	return n
}

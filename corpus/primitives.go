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

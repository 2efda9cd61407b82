package corpus

import (
	"bytes"
	"fmt"
)

// CheckLineLength returns an *InputError naming the first line of src
// longer than max bytes (max <= 0: DefaultMaxLineBytes), or nil. A line
// ends at "\n"; "\r\n" and a lone "\r" (classic Mac endings) end one too,
// so a file with CR endings is not one long line.
func CheckLineLength(name string, src []byte, max int) error {
	if max <= 0 {
		max = DefaultMaxLineBytes
	}
	if len(src) <= max {
		return nil
	}
	line := 1
	for len(src) > 0 {
		i := bytes.IndexByte(src, '\n')
		end := i
		if i < 0 {
			end = len(src)
		}
		if end > max {
			// A long run without "\n" may still be lines ended by "\r".
			if n := longestCRLine(src[:end]); n > max {
				return &InputError{File: name, Line: line, Msg: fmt.Sprintf(
					"line %d has %d KB, more than the %d KB a line may have (--max-line-kb); are the file's line breaks missing?",
					line, n>>10, max>>10)}
			}
		}
		if i < 0 {
			break
		}
		src = src[i+1:]
		line++
	}
	return nil
}

// longestCRLine returns the length of the longest run of b between "\r"s.
func longestCRLine(b []byte) int {
	longest := 0
	for len(b) > 0 {
		i := bytes.IndexByte(b, '\r')
		if i < 0 {
			return max(longest, len(b))
		}
		longest = max(longest, i)
		b = b[i+1:]
	}
	return longest
}

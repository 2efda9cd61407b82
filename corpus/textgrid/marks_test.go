package textgrid

import (
	"strings"
	"testing"

	"parley/corpus"
)

// TestBraceNotes: a code in braces closed on its line is a note, its body
// inside; an unclosed brace, or one closed after a line break or another
// brace, is speech.
func TestBraceNotes(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"we lived in {unclear} --", "unclear"},
		{"{LG} {NS}", "LG|NS"},
		{"{ break in recording }", "break in recording"},
		{"a {b", ""},
		{"a {b\nc}", ""},
		{"{a {b}", "b"},
		{"{}", ""},
	} {
		var got []string
		for _, n := range braceNotes(c.in, []corpus.Span{{Start: 0, End: len(c.in)}}) {
			got = append(got, n.Body.In(c.in))
		}
		if strings.Join(got, "|") != c.want {
			t.Errorf("braceNotes(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestSilence(t *testing.T) {
	for s, want := range map[string]bool{"sp": true, " SIL ": true, "<sil>": true, "#": true, "spa": false, "": false, "sp sp": false} {
		if got := silence(s); got != want {
			t.Errorf("silence(%q) = %v, want %v", s, got, want)
		}
	}
}

package stages

import (
	"context"
	"strings"
	"testing"

	"parley/corpus"
)

// TestTokenizeJoinsAcrossNotesNotMarkup: two speech spans are one word
// where a note or a reference to a letter or apostrophe stands between
// them, two words where other markup does.
func TestTokenizeJoinsAcrossNotesNotMarkup(t *testing.T) {
	for _, tc := range []struct {
		src   string
		cut   string // the text between the two speech spans
		note  bool   // the cut is a note
		words int
	}{
		{"that&apos;s it", "&apos;", false, 2},
		{"caf&#233; au lait", "&#233;", false, 3},
		{"banks&mdash;a loan", "&mdash;", false, 3},
		{`made</seg><seg>On it`, "</seg><seg>", false, 3},
		{`["She","was"]`, `","`, false, 2},
		{"Union[1]s are", "[1]", true, 2},
	} {
		at := strings.Index(tc.src, tc.cut)
		from, to := 0, len(tc.src)
		if strings.HasPrefix(tc.src, `["`) {
			from, to = 2, len(tc.src)-2 // the words inside a JSON array's quotes
		}
		d := &corpus.Document{Source: tc.src}
		d.Turns = []corpus.Turn{{Utterances: []corpus.Utterance{{Speech: []corpus.Span{{Start: from, End: at}, {Start: at + len(tc.cut), End: to}}}}}}
		if tc.note {
			d.Notes = []corpus.Note{{Kind: corpus.Footnote, Anchor: corpus.Span{Start: at, End: at + len(tc.cut)}}}
		}
		if err := NewTokenize().Apply(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		if got := d.Turns[0].Words(); got != tc.words {
			t.Errorf("%q cut at %q: %d words, want %d", tc.src, tc.cut, got, tc.words)
		}
	}
}

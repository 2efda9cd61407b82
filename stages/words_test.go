package stages_test

import (
	"context"
	"regexp"
	"strings"
	"testing"

	"parley/stages"
)

// wordRe is an independent definition of a word, to check the tokenize
// stage against: an abbreviation of single letters with their periods
// ("i.e.", "U.S.A."), or a run of letters and digits joined by inner
// apostrophes ("didn’t"), hyphens and en dashes ("heart-to-heart",
// "1938–1946"), or periods and commas ("3.5", "98,000"), with an optional
// percent sign ("20%"). An apostrophe, period or comma that nothing
// alphanumeric follows is not part of a word ("workers’", "end.").
var wordRe = regexp.MustCompile(`(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:[’'.,\-–][\p{L}\p{N}]+)*%?`)

func TestWordRegexp(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"I didn’t go; it’s", "I|didn’t|go|it’s"},
		{"the workers’ party", "the|workers|party"},
		{"20% of 98,000 (i.e. heart-to-heart).", "20%|of|98,000|i.e.|heart-to-heart"},
		{"the U.S.A. in 1938–1946, at 3.5 – no.", "the|U.S.A.|in|1938–1946|at|3.5|no"},
	} {
		if got := strings.Join(wordRe.FindAllString(tt.text, -1), "|"); got != tt.want {
			t.Errorf("words of %q = %s, want %s", tt.text, got, tt.want)
		}
	}
}

// TestWordsMatchRegexp counts the words of every turn of the sample both
// ways: Turn.Words after the tokenize stage, and wordRe over the turn's
// Speech spans. The counts must agree, and so must the words themselves,
// so that two compensating errors in one turn cannot pass.
func TestWordsMatchRegexp(t *testing.T) {
	d := sample(t)
	if err := stages.NewTokenize().Apply(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	total := 0
	for _, turn := range d.Turns {
		var want []string
		for _, u := range turn.Utterances {
			for _, s := range u.Speech {
				want = append(want, wordRe.FindAllString(s.In(d.Source), -1)...)
			}
		}
		total += len(want)
		if got := turn.Words(); got != len(want) {
			t.Errorf("turn %d (line %d): Words() = %d, the regexp counts %d", turn.Index, turn.FirstLine, got, len(want))
		}
		var got []string
		for _, tok := range turn.Tokens {
			if tok.Word {
				got = append(got, tok.Text)
			}
		}
		for i := range min(len(got), len(want)) {
			if got[i] != want[i] {
				t.Errorf("turn %d (line %d): word %d is %q, the regexp has %q", turn.Index, turn.FirstLine, i, got[i], want[i])
				break
			}
		}
	}
	if total != 4052 {
		t.Errorf("the regexp counts %d words in the sample, want 4052", total)
	}
}

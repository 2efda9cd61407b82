package hansard

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
	"unicode"

	"parley/corpus"
)

// wordCount counts the words of s by parley's word rule, Python's
// \w+(?:[.'’:]\w+|(?<=\d),(?=\d)\w+)*, which the truth files use too.
func wordCount(s string) int {
	isW := func(r rune) bool {
		return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r) || r == '_'
	}
	rs := []rune(s)
	n := 0
	for i := 0; i < len(rs); {
		if !isW(rs[i]) {
			i++
			continue
		}
		n++
		for i < len(rs) && isW(rs[i]) {
			i++
		}
		for i+1 < len(rs) && isW(rs[i+1]) && (strings.ContainsRune(".'’:", rs[i]) || rs[i] == ',' && unicode.IsDigit(rs[i-1]) && unicode.IsDigit(rs[i+1])) {
			i++
			for i < len(rs) && isW(rs[i]) {
				i++
			}
		}
	}
	return n
}

func TestWordCount(t *testing.T) {
	for s, want := range map[string]int{"": 0, "don't stop": 2, "1,000 men, 2 women": 4, "a.b.c e.g. x": 3, "10:30 pm": 2, "café—ok": 2, "a,b": 2} {
		if got := wordCount(s); got != want {
			t.Errorf("wordCount(%q) = %d, want %d", s, got, want)
		}
	}
}

// speakerTally renders each speaker's turns and words as "id turns/words",
// in order of first turn: words by wordCount over each turn's speech
// (turnText), the references cut from it read as what they stand for.
func speakerTally(d *corpus.Document) string {
	turns, words := map[string]int{}, map[string]int{}
	for _, tr := range d.Turns {
		turns[tr.Speaker]++
		words[tr.Speaker] += wordCount(turnText(d, tr))
	}
	var out []string
	for _, s := range d.Speakers {
		out = append(out, fmt.Sprintf("%s %d/%d", s.ID, turns[s.ID], words[s.ID]))
	}
	return strings.Join(out, "; ")
}

var references = regexp.MustCompile(`^(?:&[^;&\s]{1,40};)+$`)

// turnText is a turn's speech as text: its spans joined by a space, or,
// where only character references stand between two (Read cuts them all),
// by what those stand for, so that "caf&#233;s" reads "cafés" and
// "banks&mdash;a" "banks—a".
func turnText(d *corpus.Document, tr corpus.Turn) string {
	var b strings.Builder
	ent := corpus.NewXMLEntities()
	for _, u := range tr.Utterances {
		for k, s := range u.Speech {
			if k > 0 {
				if gap := d.Source[u.Speech[k-1].End:s.Start]; references.MatchString(gap) {
					b.WriteString(ent.Decode(gap))
				} else {
					b.WriteByte(' ')
				}
			} else if b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(s.In(d.Source))
		}
	}
	return b.String()
}

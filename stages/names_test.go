package stages

import (
	"strings"
	"testing"

	"parley/corpus"
)

// TestNameTokensJoinWrappedLines: a line break inside a paragraph joins
// the words either side as a space would; a blank line does not.
func TestNameTokensJoinWrappedLines(t *testing.T) {
	src := "my brother, Ali \nTreki, spoke.\n\nSouth\r\nAsian and\n\nWest"
	toks := AppendTokens(nil, src, corpus.Span{Start: 0, End: len(src)})
	got := nameTokens(src, toks)
	adjacent := func(a, b string) bool {
		for k := 1; k < len(got); k++ {
			if got[k-1].Text == a && got[k].Text == b {
				return got[k].Start == got[k-1].End+1
			}
		}
		t.Fatalf("no tokens %q %q in %v", a, b, got)
		return false
	}
	if !adjacent("Ali", "Treki") || !adjacent("South", "Asian") {
		t.Errorf("words across a line break are not adjacent")
	}
	if adjacent(".", "South") || adjacent("and", "West") {
		t.Errorf("words across a blank line are adjacent")
	}
	for k, tok := range toks {
		if src[tok.Start:tok.End] != tok.Text {
			t.Errorf("token %d %q: its span was changed", k, tok.Text)
		}
	}
	// A mention's text is the words as written, white space folded.
	e, err := NewEntities()
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, m := range e.find(src, got, &docNames{}, false) {
		names = append(names, m.Text+"="+m.Entity)
	}
	if g := strings.Join(names, " "); !strings.Contains(g, "Ali Treki=Treki") {
		t.Errorf("mentions %s, want Ali Treki=Treki", g)
	}
}

// FuzzEntityRules runs the entity rules over any text: they must not
// panic, and every mention must lie inside the text, in order.
func FuzzEntityRules(f *testing.F) {
	for _, s := range []string{
		"Comrade Stalin met Franklin D. Roosevelt and N. S. Khrushchev in the Soviet Union.",
		"the hon. Member for Orkney and Shetland (Mr. Carmichael) said Roe V. Wade.",
		"Johnson & Johnson, King Mohammed VI, Osama bin Laden, de Gaulle, A/75/982, JoeBiden.com.",
		"Ali\nTreki\n\nSouth\r\nAsian Association for Regional Cooperation in the North sea",
		"’s ' - . & v. V II Mc Mac De-",
	} {
		f.Add(s)
	}
	e, err := NewEntities()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, src string) {
		toks := nameTokens(src, AppendTokens(nil, src, corpus.Span{Start: 0, End: len(src)}))
		prev := 0
		for _, m := range e.find(src, toks, &docNames{}, false) {
			if m.Start < prev || m.End > len(src) || m.Start > m.End {
				t.Fatalf("mention %q at %d-%d outside the text (%d bytes)", m.Text, m.Start, m.End, len(src))
			}
			prev = m.Start
		}
	})
}

package stages

import (
	"sort"
	"testing"
)

func TestShippedWordLists(t *testing.T) {
	for name, l := range map[string]wordList{"common-words": newWordList(commonWordsFile), "first-names": newWordList(firstNamesFile), "towns": newWordList(townsFile), "famous-surnames": newWordList(famousFile)} {
		if !sort.StringsAreSorted(l) || len(l) < 1000 {
			t.Errorf("%s: %d words, sorted %v", name, len(l), sort.StringsAreSorted(l))
		}
	}
	common, first := newWordList(commonWordsFile), newWordList(firstNamesFile)
	for _, w := range []string{"security", "framework", "amendment", "coronavirus"} {
		if !common.has(w) {
			t.Errorf("%q is no common word", w)
		}
	}
	// Words the lists also write capitalised are names too.
	for _, w := range []string{"bush", "smith", "london", "stalin"} {
		if common.has(w) {
			t.Errorf("%q is a common word", w)
		}
	}
	for _, w := range []string{"hillary", "joe", "susan", "mike"} {
		if !first.has(w) {
			t.Errorf("%q is no first name", w)
		}
	}
	// Famous surnames, with and without diacritics; never a common word
	// or a first name, which other rules decide.
	famous := newWordList(famousFile)
	for _, w := range []string{"adenauer", "hammarskjöld", "hammarskjold", "nasser", "churchill"} {
		if !famous.has(w) {
			t.Errorf("%q is no famous surname", w)
		}
	}
	for _, w := range []string{"bush", "washington", "young", "jr."} {
		if famous.has(w) {
			t.Errorf("%q is in the famous surnames", w)
		}
	}
}

package stages

import (
	"sort"
	"testing"
)

func TestShippedWordLists(t *testing.T) {
	for name, l := range map[string]wordList{"common-words": newWordList(commonWordsFile), "first-names": newWordList(firstNamesFile), "towns": newWordList(townsFile)} {
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
}

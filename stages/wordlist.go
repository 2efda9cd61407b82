package stages

import (
	_ "embed"
	"sort"
	"strings"
)

var (
	//go:embed gazetteer/common-words.txt
	commonWordsFile string
	//go:embed gazetteer/first-names.txt
	firstNamesFile string
	//go:embed gazetteer/towns.txt
	townsFile string
	//go:embed gazetteer/famous-surnames.txt
	famousFile string
)

// wordList is a sorted list of folded words, searched in place: the
// shipped lists hold tens of thousands of words, which a map would take
// milliseconds and megabytes to build at every start.
type wordList []string

// newWordList reads a generated list: "#" comment lines, then one word a
// line, sorted.
func newWordList(file string) wordList {
	lines := strings.Split(strings.TrimSuffix(file, "\n"), "\n")
	k := 0
	for k < len(lines) && strings.HasPrefix(lines[k], "#") {
		k++
	}
	return wordList(lines[k:])
}

// has reports whether the folded word w is in the list.
func (l wordList) has(w string) bool {
	i := sort.SearchStrings(l, w)
	return i < len(l) && l[i] == w
}

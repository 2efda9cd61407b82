package script

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"parley/corpus/corpustest"
)

// TestMeasure prints turns, speakers and words per speaker of the files
// named in MEASURE (paths below ../shared/corpora), by the ground-truth
// word rule; it is for the closing note, not a check.
func TestMeasure(t *testing.T) {
	paths := os.Getenv("MEASURE")
	if paths == "" {
		t.Skip("MEASURE not set")
	}
	word := regexp.MustCompile(`[\p{L}\p{N}_]+(?:[.'’:][\p{L}\p{N}_]+|,\d+)*`)
	for _, p := range strings.Fields(paths) {
		src, err := os.ReadFile(filepath.Join(shared, p))
		if err != nil {
			t.Fatal(err)
		}
		d, err := Read(p, src)
		if err != nil {
			t.Fatal(err)
		}
		turns, words := map[string]int{}, map[string]int{}
		for _, tr := range d.Turns {
			turns[tr.Speaker]++
			for _, u := range tr.Utterances {
				words[tr.Speaker] += len(word.FindAllString(corpustest.SpeechText(d, u), -1))
			}
		}
		var ids []string
		for id := range turns {
			ids = append(ids, id)
		}
		sort.Slice(ids, func(i, j int) bool {
			return words[ids[i]] > words[ids[j]] || words[ids[i]] == words[ids[j]] && ids[i] < ids[j]
		})
		fmt.Printf("%s: %d turns, %d speakers, front %v back %v\n", p, len(d.Turns), len(d.Speakers), d.Front, d.Back)
		for _, id := range ids {
			fmt.Printf("  %-20s %4d turns %6d words\n", id, turns[id], words[id])
		}
		if out := os.Getenv("TURNS"); out != "" {
			var b strings.Builder
			for _, tr := range d.Turns {
				n := 0
				for _, u := range tr.Utterances {
					n += len(word.FindAllString(corpustest.SpeechText(d, u), -1))
				}
				fmt.Fprintf(&b, "%d\t%s\t%d\n", tr.Index, tr.Speaker, n)
			}
			os.WriteFile(filepath.Join(out, filepath.Base(p)+".turns"), []byte(b.String()), 0o644)
		}
		if os.Getenv("LIST") != "" {
			fmt.Print(corpustest.Listing(d))
		}
	}
}

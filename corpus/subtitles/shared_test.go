package subtitles

import (
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"parley/corpus"
	"parley/corpus/corpustest"
)

// wordRE counts words as the ground truth of the shared corpora does
// (\w+ joined by inner . ' ’ : and digit groups "1,000"), so that the
// reader's speech can be checked against counts made without it.
var wordRE = regexp.MustCompile(`[\pL\pN\pM_]+(?:[.'’:][\pL\pN\pM_]+|,[0-9][\pL\pN\pM_]*)*`)

// speakerCounts is what a reader made of a file, per speaker: turns,
// words and speaking time in seconds.
type speakerCounts struct {
	turns, words int
	seconds      float64
}

func countSpeakers(d *corpus.Document) map[string]speakerCounts {
	out := map[string]speakerCounts{}
	for _, t := range d.Turns {
		c := out[t.Speaker]
		c.turns++
		var speech []string
		for _, u := range t.Utterances {
			for _, s := range u.Speech {
				speech = append(speech, s.In(d.Source))
			}
			c.seconds += u.End - u.Start
		}
		c.words += len(wordRE.FindAllString(strings.Join(speech, " "), -1))
		out[t.Speaker] = c
	}
	return out
}

// TestSharedSubtitles reads the real subtitle files of ../shared/corpora.
// The counts were made independently of the reader, by a script that cut
// each file at its voice tags or its ">>" and counted the words of each
// piece (and checked against the hand-made ground truth of the same
// files, corpus/testdata/truth on the h-truth branch).
func TestSharedSubtitles(t *testing.T) {
	corpustest.SkipWithoutShared(t)
	for _, tc := range []struct {
		file  string
		turns int
		want  map[string]speakerCounts
	}{
		{
			// A podcast: every cue one "<v Full Name>" voice tag without
			// its closing tag; "Speaker 5" is the file's own label.
			"subtitles/talkpython_525-nicegui.vtt", 176, map[string]speakerCounts{
				"michael kennedy": {81, 5337, 1619.342},
				"rodja trappe":    {53, 4304, 1479.410},
				"falko schindler": {41, 3068, 1139.454},
				"speaker 5":       {1, 16, 3.920},
			},
		},
		{
			// City council captions: no names, ">>" at each change of
			// speaker (54 of them, one inside a line): the text before
			// the first and after each is a turn of Unknown.
			"subtitles/cdp_oakland_captions.vtt", 55, map[string]speakerCounts{
				"unknown": {55, 3048, 948.835}, // a part of no word is no utterance and keeps no time
			},
		},
	} {
		t.Run(tc.file, func(t *testing.T) {
			src, err := os.ReadFile(filepath.Join(corpustest.SharedCorpora, tc.file))
			if err != nil {
				t.Fatal(err)
			}
			d, err := ReadWebVTT(tc.file, src, corpus.Options{})
			if err != nil {
				t.Fatal(err)
			}
			checkSubtitles(t, d)
			if len(d.Turns) != tc.turns {
				t.Errorf("%d turns, want %d", len(d.Turns), tc.turns)
			}
			got := countSpeakers(d)
			if len(got) != len(tc.want) {
				t.Errorf("%d speakers, want %d: %v", len(got), len(tc.want), got)
			}
			for id, w := range tc.want {
				g := got[id]
				if g.turns != w.turns || g.words != w.words || math.Abs(g.seconds-w.seconds) > 0.0005 {
					t.Errorf("%s: %d turns, %d words, %.3f s; want %d, %d, %.3f", id, g.turns, g.words, g.seconds, w.turns, w.words, w.seconds)
				}
			}
		})
	}
}

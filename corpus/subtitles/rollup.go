package subtitles

import (
	"strings"

	"parley/corpus"
)

// blankRepeats blanks in buf (the payload with markup blanked) the lines
// of roll-up captions that repeat the cue before. Roll-up captions, as
// YouTube's automatic captions and live television captions write them,
// show two lines at a time and scroll: each cue opens with the last line
// of the cue before, so that every line of speech is written twice. A
// file is taken for roll-up when at least half of its cues that follow a
// cue with text open with that cue's last line (as the cue before shows
// it, markup aside), two such cues at least; in such a file those opening
// lines are not speech. A line repeated now and then ("No." answered by
// "No.") is left alone.
func blankRepeats(buf []byte, cues []subtitleCue) {
	type ends struct {
		first, last corpus.Span
		ok          bool
	}
	e := make([]ends, len(cues))
	for k, c := range cues {
		for _, ln := range c.payload {
			if strings.TrimSpace(string(buf[ln.Start:ln.End])) == "" {
				continue
			}
			if !e[k].ok {
				e[k].first = ln
			}
			e[k].last, e[k].ok = ln, true
		}
	}
	var repeats []int
	pairs := 0
	for k := 1; k < len(cues); k++ {
		if !e[k].ok || !e[k-1].ok {
			continue
		}
		pairs++
		if sameText(buf, e[k].first, e[k-1].last) {
			repeats = append(repeats, k)
		}
	}
	if len(repeats) < 2 || 2*len(repeats) < pairs {
		return
	}
	for _, k := range repeats {
		blank(buf, e[k].first)
	}
}

// sameText reports whether the lines a and b of buf hold the same words.
func sameText(buf []byte, a, b corpus.Span) bool {
	return strings.Join(strings.Fields(string(buf[a.Start:a.End])), " ") == strings.Join(strings.Fields(string(buf[b.Start:b.End])), " ")
}

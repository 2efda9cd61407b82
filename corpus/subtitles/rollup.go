package subtitles

import (
	"strings"

	"parley/corpus"
)

// blankRepeats blanks in buf (the payload with markup blanked) the lines
// of roll-up captions that repeat the cue before. Roll-up captions, as
// YouTube's automatic captions and live television captions write them,
// show two or three lines at a time and scroll: each cue opens with the
// last lines of the cue before, so that every line of speech is written
// several times. A file is taken for roll-up when at least half of its
// cues that follow a cue with text open with that cue's last line or
// lines (as the cue before shows them, markup aside), two such cues at
// least; in such a file those opening lines are not speech. A line
// repeated now and then ("No." answered by "No.") is left alone.
func blankRepeats(buf []byte, cues []subtitleCue) {
	lines := make([][]corpus.Span, len(cues)) // each cue's lines with text
	for k, c := range cues {
		for _, ln := range c.payload {
			if strings.TrimSpace(string(buf[ln.Start:ln.End])) != "" {
				lines[k] = append(lines[k], ln)
			}
		}
	}
	overlap := make([]int, len(cues))
	repeats, pairs := 0, 0
	for k := 1; k < len(cues); k++ {
		if len(lines[k]) == 0 || len(lines[k-1]) == 0 {
			continue
		}
		pairs++
		overlap[k] = repeatedLines(buf, lines[k-1], lines[k])
		if overlap[k] > 0 {
			repeats++
		}
	}
	if repeats < 2 || 2*repeats < pairs {
		return
	}
	for k, n := range overlap {
		for _, ln := range lines[k][:n] {
			blank(buf, ln)
		}
	}
}

// repeatedLines returns how many of the first lines of cur repeat the
// last lines of prev, in order: the most n, up to maxRollUp, for which
// the two runs of n lines hold the same words.
func repeatedLines(buf []byte, prev, cur []corpus.Span) int {
	for n := min(len(prev), len(cur), maxRollUp); n > 0; n-- {
		same := true
		for i := 0; i < n && same; i++ {
			same = sameText(buf, prev[len(prev)-n+i], cur[i])
		}
		if same {
			return n
		}
	}
	return 0
}

// maxRollUp is the most lines roll-up captions show at a time (608
// captions allow four).
const maxRollUp = 4

// sameText reports whether the lines a and b of buf hold the same words.
func sameText(buf []byte, a, b corpus.Span) bool {
	return strings.Join(strings.Fields(string(buf[a.Start:a.End])), " ") == strings.Join(strings.Fields(string(buf[b.Start:b.End])), " ")
}

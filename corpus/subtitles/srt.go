package subtitles

import (
	"strings"

	"parley/corpus"
)

// ReadSRT reads SubRip (.srt) subtitles. name is used in errors and outputs
// only; the format takes no options.
//
// The rules:
//
//  1. A block is a number, a timing line "00:00:01,000 --> 00:00:04,000"
//     and lines of text up to the next blank line or timing line. The
//     number may be missing, and a number alone before a timing line is
//     that block's even when no blank line comes before it; a decimal
//     point, missing hours and coordinates after the timing ("X1:40 ...")
//     are accepted. The number and timing lines, with the speaker mark
//     that opens the text if any (rule 2), are the utterance's Cue;
//     Start and End are the timing in seconds, Time the start as written.
//     A malformed timing line (a line that opens a block with a timestamp
//     counts as one, arrow or not), or a block that ends before it starts,
//     is an error on its line, and so is a file without blocks. Text before
//     the first block is front matter; text after a blank line that opens
//     no block continues the block before it.
//  2. The speaker: a line of text that opens with a name of up to four
//     capitalized words, or in capitals, and a colon ("JOHN:", "Mary
//     Ann:") starts that speaker's part of the block. A line that opens
//     with a dialogue dash ("- Where?") starts a new speaker's part: the
//     speaker named after the dash ("- JOHN: Here."), else "Unknown",
//     since a dash marks a change of speaker without saying whose, and the
//     reader does not guess. Text before any of these is the previous
//     block's last speaker's, or "Unknown" at the start. A WebVTT voice
//     tag ("<v Ann>") names a speaker here too.
//  3. Markup is not speech: tags ("<i>", "<b>", "<u>", "<font
//     color=...>"), ASS override codes ("{\an8}") and character
//     references are cut out of the speech spans. Bracketed insertions
//     ("[DOOR CREAKS]") are editorial notes; a parenthesis holding a stage
//     word ("(laughs)"), written in capitals ("(GROANS)") or opening a
//     line's speech ("JOHN: (whispering) ...") is a stage note.
//  4. Each block, or each speaker's part of a block, is an utterance;
//     consecutive utterances of one speaker make one turn. The parts of a
//     block share its time in proportion to the length of their speech,
//     so that summing End-Start per speaker gives speaking time. A block
//     with no speech ("[MUSIC]" alone) is no utterance; its notes stand,
//     and a speaker it names is the one later blocks continue.
func ReadSRT(name string, src []byte, opt corpus.Options) (*corpus.Document, error) {
	return readSubtitles(name, src, false)
}

// detectSRT is sure of a .srt file whose first block is a number and a
// timing line, and takes any .srt file as possibly SubRip.
func DetectSRT(name string, src []byte) int {
	if !corpus.HasExt(name, ".srt") {
		return 0
	}
	head := strings.TrimPrefix(string(src[:min(len(src), 512)]), byteOrderMark)
	var lines []string
	for _, ln := range strings.Split(head, "\n") {
		if ln = strings.TrimSpace(ln); ln != "" || len(lines) > 0 {
			lines = append(lines, ln)
		}
	}
	if len(lines) >= 2 && isNumber(lines[0]) && strings.Contains(lines[1], "-->") {
		if _, msg := parseTiming(lines[1]); msg == "" {
			return 2
		}
	}
	return 1
}

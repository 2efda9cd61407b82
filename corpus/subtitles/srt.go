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
//  2. The speaker: where a line of text begins, and after caption
//     chevrons (">>") anywhere in a line, a speaker label in any of the
//     shapes transcripts use starts that speaker's part of the block
//     ("JOHN:", "Mary Ann:", "[SPEAKER_00]:" as WhisperX writes it,
//     "SPEAKER_01:", "Speaker 1:", ">> NAME:", "- JOHN:"; see
//     corpus.ParseLabel). Lower-case and capital variants of a label are
//     one speaker. A label names a speaker when it ends in a colon, is no
//     heading ("Note:", "Source:"), and its shape says so (brackets,
//     Markdown or a timestamp, digits or an underscore, a name in
//     capitals or of two to four capitalized words); a label in lower
//     case ("interviewer:") only when it opens two lines of the file or
//     more, and a capitalized word ("Ann:") only after a dash or chevrons
//     or in a file with other labels, voice tags or one-word labels, so
//     that a sentence broken at a colon ("the answer is: yes",
//     "Listen: ...") stays speech; in a file written in capitals, as
//     television captions are, a name in capitals is such a word when it
//     is one word or follows chevrons or a dash, and else a name only
//     where it recurs. Times ("10:30") and URLs are no labels.
//     Chevrons or a dialogue dash ("- Where?") without a label mark a
//     change of speaker without saying whose, as closed captions and film
//     subtitles use them, and the reader does not guess: what follows is
//     "Unknown"'s, in a turn of its own, so that turns are counted right
//     though their speakers are not told apart. Text before any of these
//     is the previous block's last speaker's, or "Unknown" at the start. A
//     WebVTT voice tag ("<v Ann>") names a speaker here too.
//  3. Markup is not speech: tags ("<i>", "<b>", "<u>", "<font
//     color=...>"), ASS override codes ("{\an8}") and character
//     references are cut out of the speech spans. In roll-up captions,
//     where at least half of the blocks open with the last line or lines
//     of the block before, those repeated lines are not speech: each line
//     is read once, in the block that first shows it. Bracketed insertions
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

// DetectSRT is sure of a .srt file whose first block is a number and a
// timing line, and takes any .srt file as possibly SubRip. A .txt file
// that opens so is SubRip saved under another name; any other .txt file
// is not.
func DetectSRT(name string, src []byte) int {
	txt := corpus.HasExt(name, ".txt")
	if !corpus.HasExt(name, ".srt") && !txt {
		return 0
	}
	head := strings.TrimPrefix(string(src[:min(len(src), 512)]), byteOrderMark)
	var lines []string
	for _, ln := range strings.Split(head, "\n") {
		if ln = strings.TrimSpace(ln); ln != "" || len(lines) > 0 {
			lines = append(lines, ln)
		}
	}
	if len(lines) >= 2 {
		if isNumber(lines[0]) && strings.Contains(lines[1], "-->") {
			if _, msg := parseTiming(lines[1]); msg == "" {
				return 2
			}
		}
	}
	if txt {
		return 0
	}
	return 1
}

package subtitles

import (
	"strings"

	"parley/corpus"
)

// ReadWebVTT reads WebVTT: subtitles, or a meeting transcript as Teams and
// Zoom export it. name is used in errors and outputs only; the format takes
// no options.
//
// The rules:
//
//  1. The file opens with "WEBVTT" (after an optional byte order mark); text
//     after it on that line ("WEBVTT - Weekly sync") is the Title. The
//     header runs to the first blank line. The header and STYLE and REGION
//     blocks are not speech (front matter where they come before the first
//     cue); a NOTE block is an editorial note. A file without the header
//     is read all the same.
//  2. A cue is an optional identifier line, a timing line
//     "00:00:01.000 --> 00:00:04.000" (hours optional, settings after the
//     end ignored, a decimal comma accepted), and payload lines up to the
//     next blank line or timing line. The identifier and timing lines,
//     with the speaker mark that opens the payload if any (rule 3), are
//     the utterance's Cue; Start and End are the timing in seconds, Time
//     the start as written. A malformed timing line (a line that opens a
//     block with a timestamp counts as one, arrow or not), or a cue that
//     ends before it starts, is an error on its line, and so is a file
//     without cues. Text after a blank line that opens no cue continues
//     the cue before it (exporters leave blank lines in payloads); before
//     the first cue it is front matter.
//  3. The speaker: a voice tag "<v Ann Lee>" (or "<v.loud Ann Lee>"; the
//     closing "</v>" optional) names the speaker of what follows it, up to
//     the next voice tag or the cue's end. Outside a voice span, where a
//     payload line's text begins, and after caption chevrons (">>")
//     anywhere in a line, a speaker label in any of the shapes
//     transcripts use ("Ann Lee:", "SPEAKER_01:", "[SPEAKER_00]:",
//     "Speaker 1:", ">> MAYOR BAS:", "- JOHN:", "interviewer:"; see
//     corpus.ParseLabel) starts that speaker's part, under the safeguards
//     of ReadSRT's rule 2. Chevrons or a dialogue dash ("- ...") without a
//     label mark a change of speaker without saying whose: what follows
//     is "Unknown"'s, in a turn of its own. Payload before any of these is
//     the previous cue's last speaker's, or "Unknown" at the start.
//  4. Markup is not speech: tags ("<b>", "<i>", "<c.yellow>", "<lang en>",
//     "<00:00:02.000>") and character references ("&amp;") are cut out of
//     the speech spans (a word with markup inside is cut in two). In
//     roll-up captions (YouTube's automatic captions, live television),
//     where each cue opens with the last lines of the cue before, those
//     repeated lines are not speech (see ReadSRT's rule 3). Bracketed
//     insertions ("[laughter]") are editorial notes; a
//     parenthesis holding a stage word ("(applause)"), written in capitals
//     ("(DOOR SLAMS)") or opening a line's speech ("Ann: (whispering) ...")
//     is a stage note.
//  5. Each cue, or each speaker's part of a cue, is an utterance;
//     consecutive utterances of one speaker make one turn. The parts of a
//     cue share its time in proportion to the length of their speech, so
//     that summing End-Start per speaker gives speaking time. A cue with
//     no speech ("[music]" alone) is no utterance; its notes stand, and a
//     speaker it names is the one later cues continue.
func ReadWebVTT(name string, src []byte, opt corpus.Options) (*corpus.Document, error) {
	return readSubtitles(name, src, true)
}

// DetectWebVTT is sure of a .vtt file that opens with "WEBVTT", and takes
// any .vtt file as possibly WebVTT. A .txt file that opens with "WEBVTT"
// and a timing line in its first lines is WebVTT saved under another
// name; any other .txt file is not.
func DetectWebVTT(name string, src []byte) int {
	txt := corpus.HasExt(name, ".txt")
	if !corpus.HasExt(name, ".vtt") && !txt {
		return 0
	}
	head := strings.TrimPrefix(string(src[:min(len(src), 1024)]), byteOrderMark)
	first, rest, _ := strings.Cut(head, "\n")
	_, ok := vttHeader(strings.TrimSuffix(first, "\r"))
	switch {
	case ok && (!txt || hasTiming(rest)):
		return 2
	case txt:
		return 0
	}
	return 1
}

// hasTiming reports whether one of the lines of head, but the last (which
// may be cut short), is a well-formed timing line.
func hasTiming(head string) bool {
	lines := strings.Split(head, "\n")
	for _, ln := range lines[:len(lines)-1] {
		if strings.Contains(ln, "-->") {
			if _, msg := parseTiming(ln); msg == "" {
				return true
			}
		}
	}
	return false
}

// byteOrderMark is the UTF-8 byte order mark some exporters put first.
const byteOrderMark = "\ufeff"

// unknownSpeaker is the speaker of speech no cue names.
const unknownSpeaker = "Unknown"

// vttHeader reads the WebVTT signature line: "WEBVTT" alone, or followed by
// white space and text, which it returns without a leading dash.
func vttHeader(line string) (string, bool) {
	rest, ok := strings.CutPrefix(line, "WEBVTT")
	if !ok || rest != "" && rest[0] != ' ' && rest[0] != '\t' {
		return "", false
	}
	return strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(rest), "-–:")), true
}

// vttKeyword returns "NOTE", "STYLE" or "REGION" when line opens such a
// block, "" otherwise.
func vttKeyword(line string) string {
	for _, kw := range []string{"NOTE", "STYLE", "REGION"} {
		if rest, ok := strings.CutPrefix(line, kw); ok && (rest == "" || rest[0] == ' ' || rest[0] == '\t') {
			return kw
		}
	}
	return ""
}

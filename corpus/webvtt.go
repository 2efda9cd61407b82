package corpus

import (
	"fmt"
	"math"
	"strings"
	"unicode"
	"unicode/utf8"
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
//     the next voice tag or the cue's end. Outside a voice span, a payload
//     line that opens with a name of up to four capitalized words and a
//     colon ("Ann Lee: ...") starts that speaker's part, and one that
//     opens with a dialogue dash ("- ...") starts the part of the speaker
//     named after the dash, else of "Unknown" (see ReadSRT). Payload
//     before any of these is the previous cue's last speaker's, or
//     "Unknown" at the start.
//  4. Markup is not speech: tags ("<b>", "<i>", "<c.yellow>", "<lang en>",
//     "<00:00:02.000>") and character references ("&amp;") are cut out of
//     the speech spans (a word with markup inside is cut in two).
//     Bracketed insertions ("[laughter]") are editorial notes; a
//     parenthesis holding a stage word ("(applause)"), written in capitals
//     ("(DOOR SLAMS)") or opening a line's speech ("Ann: (whispering) ...")
//     is a stage note.
//  5. Each cue, or each speaker's part of a cue, is an utterance;
//     consecutive utterances of one speaker make one turn. The parts of a
//     cue share its time in proportion to the length of their speech, so
//     that summing End-Start per speaker gives speaking time. A cue with
//     no speech ("[music]" alone) is no utterance; its notes stand, and a
//     speaker it names is the one later cues continue.
func ReadWebVTT(name string, src []byte, opt Options) (*Document, error) {
	return readSubtitles(name, src, true)
}

// detectWebVTT is sure of a .vtt file that opens with "WEBVTT", and takes
// any .vtt file as possibly WebVTT.
func DetectWebVTT(name string, src []byte) int {
	if !HasExt(name, ".vtt") {
		return 0
	}
	head := strings.TrimPrefix(string(src[:min(len(src), 256)]), ByteOrderMark)
	first, _, _ := strings.Cut(head, "\n")
	if _, ok := vttHeader(strings.TrimSuffix(first, "\r")); ok {
		return 2
	}
	return 1
}

// byteOrderMark is the UTF-8 byte order mark some exporters put first.
const ByteOrderMark = "\ufeff"

// unknownSpeaker is the speaker of speech no cue names.
const UnknownSpeaker = "Unknown"

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

// The machinery below is shared with ReadSRT: the two formats differ only
// in WebVTT's header and NOTE, STYLE and REGION blocks.

// subtitleCue is one cue (an SRT block) as scanSubtitles finds it.
type subtitleCue struct {
	frame      Span   // the identifier and timing lines
	time       string // the start as written
	start, end int64  // milliseconds
	payload    []Span // the payload lines, blank lines left out
	markup     []markup
}

// subtitleFile is what scanSubtitles finds in a file.
type subtitleFile struct {
	title string
	body  int // the offset after the byte order mark
	cues  []subtitleCue
	notes []Note // WebVTT's NOTE blocks
}

// readSubtitles reads WebVTT (vtt) or SubRip.
func readSubtitles(name string, src []byte, vtt bool) (*Document, error) {
	if err := CheckText(name, src); err != nil {
		return nil, err
	}
	text := string(src)
	f, err := scanSubtitles(name, text, vtt)
	if err != nil {
		return nil, err
	}
	format := "srt"
	if vtt {
		format = "webvtt"
	}
	b := NewBuilder(name, format, text)
	b.SetMetadata(f.title, "")
	b.SetMatter(Span{f.body, f.cues[0].frame.Start}, Span{})
	b.AddNotes(f.notes...)
	bare, clear, notes := maskPayload(text, f.cues)
	b.AddNotes(notes...)
	var utts []subtitleUtterance
	speaker := UnknownSpeaker
	for _, c := range f.cues {
		utts = append(utts, cueUtterances(c, text, bare, clear, &speaker)...)
	}
	// An utterance's reach, where its notes are placed, runs to the
	// next's.
	for k, su := range utts {
		next := len(text)
		if k+1 < len(utts) {
			next = utts[k+1].reach
		}
		b.Add(su.speaker, su.Utterance, Span{su.reach, next})
	}
	return b.Document("no speech found: every cue holds only markup or notes")
}

// maskPayload finds the markup of the cues' payload lines (kept in the
// cues) and the notes in them. It returns the text with all but the
// payload blanked and the markup too (bare), and bare with the notes
// blanked as well (clear): where speakers' names and speech are found.
func maskPayload(text string, cues []subtitleCue) (bare, clear string, notes []Note) {
	buf := []byte(strings.Repeat(" ", len(text)))
	for i := range len(text) {
		if text[i] == '\n' {
			buf[i] = '\n'
		}
	}
	for k := range cues {
		c := &cues[k]
		for _, ln := range c.payload {
			copy(buf[ln.Start:ln.End], text[ln.Start:ln.End])
			ms := scanMarkup(text, ln)
			for _, m := range ms {
				blank(buf, m.Span)
			}
			c.markup = append(c.markup, ms...)
		}
	}
	bare = string(buf)
	notes = scanBrackets(bare)
	for _, n := range notes {
		for _, s := range n.extents() {
			blank(buf, s)
		}
	}
	unbracketed := string(buf)
	for _, c := range cues {
		for _, ln := range c.payload {
			stage := subtitleStage(unbracketed, ln)
			for _, n := range stage {
				blank(buf, n.Anchor)
			}
			notes = append(notes, stage...)
		}
	}
	return bare, string(buf), notes
}

// subtitleUtterance is an utterance found in a cue, with its speaker's
// name and where its reach begins: at its cue's frame for the cue's first,
// so that notes before the first speaker mark are in its turn.
type subtitleUtterance struct {
	Utterance
	speaker string
	reach   int
}

// cueUtterances returns the utterances of the cue c, one for each
// speaker's part that holds speech, with the cue's time shared among them
// by the length of their speech. speaker is the speaker of a part no mark
// names, and is set to the last part's.
func cueUtterances(c subtitleCue, text, bare, clear string, speaker *string) []subtitleUtterance {
	var out []subtitleUtterance
	var weights []int
	for _, p := range splitCue(c, bare, clear) {
		if p.named {
			*speaker = UnknownSpeaker
			if p.name != "" {
				*speaker = strings.Join(strings.Fields(p.name), " ")
			}
		}
		su := subtitleUtterance{Utterance: Utterance{Cue: p.cue, Text: p.cue, Time: c.time}, speaker: *speaker, reach: p.cue.Start}
		for _, piece := range p.pieces {
			if t := TrimSpan(text, piece); t.Len() > 0 {
				su.Text.End = max(su.Text.End, t.End)
			}
			su.Speech = append(su.Speech, speechIn(text, clear, piece)...)
		}
		if len(su.Speech) == 0 {
			continue
		}
		if p.named {
			su.CueName = *speaker
		}
		if len(out) == 0 {
			su.reach = c.frame.Start
		}
		w := 0
		for _, s := range su.Speech {
			for _, r := range s.In(text) {
				if !unicode.IsSpace(r) {
					w++
				}
			}
		}
		out = append(out, su)
		weights = append(weights, w)
	}
	// Share the time by the weights: the k-th part ends where the weights
	// up to it reach, rounded to the millisecond; the last at the end.
	total, sum := 0, 0
	for _, w := range weights {
		total += w
	}
	from := c.start
	for k := range out {
		sum += weights[k]
		to := c.end
		if k < len(out)-1 {
			to = c.start + int64(math.Round(float64(c.end-c.start)*float64(sum)/float64(total)))
			to = min(max(to, from), c.end)
		}
		out[k].Start, out[k].End = float64(from)/1000, float64(to)/1000
		from = to
	}
	return out
}

// speechIn returns the speech of the payload piece p: its text less the
// markup and notes, which clear has blanked, in pieces trimmed of white
// space. (Builder.SpeechIn would do for the notes, but it takes every
// note's extent on every call, which grows with the square of a long
// subtitle file's notes.)
func speechIn(text, clear string, p Span) []Span {
	var out []Span
	from := p.Start
	for i := p.Start; i <= p.End; i++ {
		if i < p.End && clear[i] == text[i] {
			continue
		}
		if s := TrimSpan(text, Span{from, i}); s.Len() > 0 {
			out = append(out, s)
		}
		from = i + 1
	}
	return out
}

// blank overwrites s in buf with spaces, keeping line breaks.
func blank(buf []byte, s Span) {
	for i := s.Start; i < s.End; i++ {
		if buf[i] != '\n' {
			buf[i] = ' '
		}
	}
}

// scanSubtitles finds the cues of a WebVTT (vtt) or SubRip file: a timing
// line, the identifier line before it, and the payload lines after it. An
// identifier opens a block (follows a blank line or the start), except
// that a number alone stands before its timing line anywhere (SRT files
// that leave out blank lines).
func scanSubtitles(name, text string, vtt bool) (subtitleFile, error) {
	var f subtitleFile
	lines := SplitLines(text)
	if strings.HasPrefix(text, ByteOrderMark) {
		f.body = len(ByteOrderMark)
		lines[0].Start = f.body
	}
	arrow := func(k int) bool { return k < len(lines) && strings.Contains(lines[k].In(text), "-->") }
	// A block's timing line may lack its arrow ("00:00:02,000 -> ..."):
	// then it is malformed, not text.
	timed := func(k int) bool { return arrow(k) || k < len(lines) && opensWithTimestamp(lines[k].In(text)) }
	empty := func(k int) bool { return strings.TrimSpace(lines[k].In(text)) == "" }
	i := 0
	if vtt && len(lines) > 0 {
		if title, ok := vttHeader(lines[0].In(text)); ok {
			f.title = title
			for i = 1; i < len(lines) && !empty(i) && !arrow(i); i++ {
			}
		}
	}
	opens := true
	for ; i < len(lines); i++ {
		if empty(i) {
			opens = true
			continue
		}
		line := lines[i].In(text)
		block := opens
		opens = false
		if kw := vttKeyword(line); vtt && block && kw != "" {
			j := i + 1
			for j < len(lines) && !empty(j) && !arrow(j) {
				j++
			}
			if kw == "NOTE" {
				s := Span{lines[i].Start, lines[j-1].End}
				f.notes = append(f.notes, Note{Kind: Editorial, Anchor: s, Extent: s, Body: TrimSpan(text, Span{s.Start + len(kw), s.End})})
			}
			i = j - 1
			continue
		}
		timing := -1
		id := block || isNumber(line)
		switch {
		case arrow(i):
			timing = i
		case id && arrow(i+1):
			timing = i + 1
		case block && timed(i):
			timing = i
		case id && timed(i+1):
			timing = i + 1
		}
		if timing < 0 {
			if n := len(f.cues); n > 0 {
				f.cues[n-1].payload = append(f.cues[n-1].payload, lines[i])
			}
			continue
		}
		c, msg := parseTiming(lines[timing].In(text))
		if msg != "" {
			return f, &InputError{File: name, Line: timing + 1, Msg: msg}
		}
		c.frame = Span{lines[i].Start, lines[timing].End}
		f.cues = append(f.cues, c)
		i = timing
	}
	if len(f.cues) == 0 {
		if vtt {
			return f, &InputError{File: name, Msg: `no cues found: WebVTT needs timing lines such as "00:00:01.000 --> 00:00:04.000"`}
		}
		return f, &InputError{File: name, Msg: `no subtitles found: SRT needs numbered blocks with timing lines such as "00:00:01,000 --> 00:00:04,000"`}
	}
	return f, nil
}

// opensWithTimestamp reports whether line opens with a timestamp that has
// hours or a fraction ("00:00:02,000", "00:02.000"), as a timing line does.
func opensWithTimestamp(line string) bool {
	f := strings.Fields(line)
	if len(f) == 0 {
		return false
	}
	ts, _, _ := strings.Cut(f[0], "-")
	_, ok := parseTimestamp(ts)
	return ok && (strings.Count(ts, ":") == 2 || strings.ContainsAny(ts, ".,"))
}

func isNumber(s string) bool {
	s = strings.TrimSpace(s)
	return s != "" && digits(s) == len(s)
}

// parseTiming reads a timing line, "00:00:01.000 --> 00:00:04.000" and
// any settings after it; a non-empty msg says what is wrong with it.
func parseTiming(line string) (c subtitleCue, msg string) {
	from, to, ok := strings.Cut(line, "-->")
	from = strings.TrimSpace(from)
	to = strings.TrimLeft(to, " \t")
	if e := strings.IndexAny(to, " \t"); e >= 0 {
		to = to[:e]
	}
	start, ok1 := parseTimestamp(from)
	end, ok2 := parseTimestamp(to)
	if !ok || !ok1 || !ok2 {
		shown := strings.TrimSpace(line)
		if r := []rune(shown); len(r) > 60 {
			shown = string(r[:60]) + "…"
		}
		return c, fmt.Sprintf(`malformed timing line %q: want "00:00:01.000 --> 00:00:04.000" (hours optional)`, shown)
	}
	if end < start {
		return c, fmt.Sprintf("the cue ends (%s) before it starts (%s)", to, from)
	}
	return subtitleCue{time: from, start: start, end: end}, ""
}

// parseTimestamp reads "hh:mm:ss.ttt" or "mm:ss.ttt" as milliseconds. The
// hours take one to nine digits, minutes and seconds two (below 60), the
// fraction one to three after a point or a comma, or none.
func parseTimestamp(s string) (int64, bool) {
	parts := strings.Split(s, ":")
	if len(parts) < 2 || len(parts) > 3 {
		return 0, false
	}
	var h int64
	if len(parts) == 3 {
		if len(parts[0]) == 0 || len(parts[0]) > 9 || !allDigits(parts[0]) {
			return 0, false
		}
		for _, c := range parts[0] {
			h = h*10 + int64(c-'0')
		}
	}
	two := func(p string) (int64, bool) {
		if len(p) != 2 || !allDigits(p) || p[0] > '5' {
			return 0, false
		}
		return int64(p[0]-'0')*10 + int64(p[1]-'0'), true
	}
	m, ok := two(parts[len(parts)-2])
	if !ok {
		return 0, false
	}
	sec, frac, _ := strings.Cut(parts[len(parts)-1], ".")
	if strings.Contains(sec, ",") {
		sec, frac, _ = strings.Cut(sec, ",")
	}
	ss, ok := two(sec)
	if !ok || len(frac) > 3 || !allDigits(frac) {
		return 0, false
	}
	if len(parts[len(parts)-1]) > len(sec) && frac == "" {
		return 0, false // "00:01." or "00:01,"
	}
	var ms int64
	for k := range 3 {
		ms *= 10
		if k < len(frac) {
			ms += int64(frac[k] - '0')
		}
	}
	return ((h*60+m)*60+ss)*1000 + ms, true
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// markup is a tag or character reference in a payload: not speech.
type markup struct {
	Span
	voice string // for a voice tag "<v Ann Lee>", the name as written
	close bool   // "</v>"
}

// scanMarkup finds the markup in the line s of text, in order: tags ("<i>",
// "</i>", "<c.yellow>", "<v Ann>", "<00:00:02.000>", "<font color=red>"),
// ASS override codes ("{\an8}") and character references ("&amp;",
// "&#233;"). A "<" that opens no tag on its line is text.
func scanMarkup(text string, s Span) []markup {
	var out []markup
	for i := s.Start; i < s.End; i++ {
		n := 0
		switch text[i] {
		case '<':
			n = tagLen(text[i:s.End])
		case '{':
			if strings.HasPrefix(text[i:s.End], `{\`) {
				n = strings.IndexByte(text[i:s.End], '}') + 1
			}
		case '&':
			n = referenceLen(text[i:s.End])
		}
		if n <= 0 {
			continue
		}
		m := markup{Span: Span{i, i + n}}
		if text[i] == '<' {
			inner := text[i+1 : i+n-1]
			m.close = inner == "/v"
			m.voice = voiceName(inner)
		}
		out = append(out, m)
		i += n - 1
	}
	return out
}

// tagLen returns the length of the tag s opens, 0 if none: "<", a letter,
// "/" or a timestamp, and ">" on the same line.
func tagLen(s string) int {
	if len(s) < 3 {
		return 0
	}
	c := s[1]
	digit := c >= '0' && c <= '9'
	if !(c == '/' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || digit) {
		return 0
	}
	e := strings.IndexAny(s[1:], "<>")
	if e < 0 || s[1+e] != '>' {
		return 0
	}
	if _, ok := parseTimestamp(s[1 : 1+e]); digit && !ok {
		return 0
	}
	return e + 2
}

// referenceLen returns the length of the character reference s opens
// ("&amp;", "&#233;", "&#xE9;"), 0 if none.
func referenceLen(s string) int {
	j := 1
	switch {
	case strings.HasPrefix(s, "&#x") || strings.HasPrefix(s, "&#X"):
		for j = 3; j < len(s) && j < 11 && strings.IndexByte("0123456789abcdefABCDEF", s[j]) >= 0; j++ {
		}
		if j == 3 {
			return 0
		}
	case strings.HasPrefix(s, "&#"):
		for j = 2; j < len(s) && j < 10 && s[j] >= '0' && s[j] <= '9'; j++ {
		}
		if j == 2 {
			return 0
		}
	default:
		for j < len(s) && j < 33 && (s[j] >= 'a' && s[j] <= 'z' || s[j] >= 'A' && s[j] <= 'Z' || j > 1 && s[j] >= '0' && s[j] <= '9') {
			j++
		}
		if j < 3 {
			return 0
		}
	}
	if j < len(s) && s[j] == ';' {
		return j + 1
	}
	return 0
}

// voiceName returns the name in the inside of a voice tag ("v Ann Lee",
// "v.loud Ann Lee"), "" if inner is no voice tag or names no one.
func voiceName(inner string) string {
	if inner == "" || inner[0] != 'v' || len(inner) > 1 && strings.IndexByte(". \t", inner[1]) < 0 {
		return ""
	}
	k := strings.IndexAny(inner, " \t")
	if k < 0 {
		return ""
	}
	return strings.TrimSpace(inner[k:])
}

// subtitleStage finds the stage directions on the payload line ln of m (the
// payload with markup and bracketed notes blanked): a parenthesis on the
// line holding a stage word ("(laughs)"), written in capitals ("(DOOR
// SLAMS)"), or opening the line's speech, after a dialogue dash or a
// speaker's name if any ("JOHN: (whispering) ..."). Subtitles for the
// deaf put sounds and manners in parentheses.
func subtitleStage(m string, ln Span) []Note {
	var notes []Note
	opening := SkipSpaces(m[:ln.End], ln.Start)
	if mark, ok := lineMark(m, opening, ln.End); ok {
		opening = SkipSpaces(m[:ln.End], mark.End)
	}
	for i := ln.Start; i < ln.End; i++ {
		if m[i] != '(' {
			continue
		}
		e := strings.IndexAny(m[i+1:ln.End], "()")
		if e < 0 || m[i+1+e] != ')' {
			continue
		}
		inner := m[i+1 : i+1+e]
		span := Span{i, i + e + 2}
		if isStageDirection(inner) || i == opening && strings.TrimSpace(inner) != "" || isCapsAside(inner) {
			notes = append(notes, Note{Kind: Stage, Anchor: span, Extent: span, Body: TrimSpan(m, Span{i + 1, i + 1 + e})})
		}
		i = span.End - 1
	}
	return notes
}

// isCapsAside reports whether a parenthesis's inside is written in
// capitals, with four letters or more ("GROANS", "DOOR SLAMS").
func isCapsAside(inner string) bool {
	letters := 0
	for _, r := range inner {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters >= 4
}

// cuePart is one speaker's part of a cue.
type cuePart struct {
	cue    Span
	name   string // as written; "" for a dialogue dash without a name
	named  bool   // false for the part before any speaker mark
	pieces []Span // the payload after the mark, line by line
}

// splitCue divides a cue's payload into its speakers' parts. bare is the
// text with everything but payload and markup blanked, clear bare with
// the notes blanked too. The first part is the cue's frame with the
// payload before the first speaker mark; when that payload is blank and
// the mark stands on the first payload line, the two are one part whose
// cue runs from the frame to the mark's end.
func splitCue(c subtitleCue, bare, clear string) []cuePart {
	parts := []cuePart{{cue: c.frame}}
	voiceOpen := false
	next := 0 // the markup of lines to come, which is in line order
	for _, ln := range c.payload {
		at := ln.Start
		begin := func(cue Span, name string) {
			if cue.Start > at {
				p := &parts[len(parts)-1]
				p.pieces = append(p.pieces, Span{at, cue.Start})
			}
			parts = append(parts, cuePart{cue: cue, name: name, named: true})
			at = cue.End
		}
		k := next
		for next < len(c.markup) && c.markup[next].End <= ln.End {
			next++
		}
		tags := c.markup[k:next]
		p := SkipSpaces(clear[:ln.End], ln.Start)
		leadingVoice := false
		for _, t := range tags {
			if t.Start >= p {
				break
			}
			leadingVoice = leadingVoice || t.voice != ""
			if t.close {
				voiceOpen = false
			}
		}
		if !voiceOpen && !leadingVoice {
			if m, ok := lineMark(clear, p, ln.End); ok {
				begin(m.Span, m.name)
			}
		}
		for _, t := range tags {
			switch {
			case t.voice != "" && t.Start >= at:
				begin(t.Span, t.voice)
				voiceOpen = true
			case t.close:
				voiceOpen = false
			}
		}
		if ln.End > at {
			p := &parts[len(parts)-1]
			p.pieces = append(p.pieces, Span{at, ln.End})
		}
	}
	if len(parts) > 1 && len(c.payload) > 0 && parts[1].cue.End <= c.payload[0].End {
		head := true
		for _, s := range parts[0].pieces {
			head = head && strings.TrimSpace(s.In(bare)) == ""
		}
		if head {
			parts[1].cue.Start = parts[0].cue.Start
			parts = parts[1:]
		}
	}
	return parts
}

// speakerMark is where a speaker's part of a cue begins on a payload line:
// a name and a colon, a dialogue dash, or both.
type speakerMark struct {
	Span
	name string // as written; "" for a dash without a name
}

// lineMark finds a speaker mark at p, the start of a payload line of m
// (markup and notes blanked) that ends at end: a dialogue dash ("- ",
// "– "), a name of up to four capitalized words and a colon ("Ann Lee: ",
// "JOHN:"), or a dash and a name ("- JOHN: ").
func lineMark(m string, p, end int) (speakerMark, bool) {
	q, dash := p, 0
	for _, d := range []string{"-", "–"} {
		if strings.HasPrefix(m[p:end], d) && p+len(d) < end && (m[p+len(d)] == ' ' || m[p+len(d)] == '\t') {
			dash = len(d)
			q = SkipSpaces(m[:end], p+dash)
		}
	}
	if name, e, ok := namePrefix(m, q, end); ok {
		return speakerMark{Span{p, e}, name}, true
	}
	if dash > 0 {
		return speakerMark{Span: Span{p, p + dash}}, true
	}
	return speakerMark{}, false
}

// namePrefix matches at q of m a speaker's name of up to four capitalized
// words (after the first, numbers too: "Speaker 2") and a colon followed by
// white space or the line's end, at end. It returns the name as written
// and the offset after the colon.
func namePrefix(m string, q, end int) (string, int, bool) {
	i := q
	for words := 0; words < 4; words++ {
		j := nameWord(m, i, end, words == 0)
		if j == i {
			return "", 0, false
		}
		k := SkipSpaces(m[:end], j)
		if k < end && m[k] == ':' {
			if k+1 < end && m[k+1] != ' ' && m[k+1] != '\t' {
				return "", 0, false // "Re:x", a URL
			}
			return m[q:j], k + 1, true
		}
		if k == j {
			return "", 0, false
		}
		i = k
	}
	return "", 0, false
}

// nameWord returns the end of the word of a name at i: a word that opens
// with a capital letter ("Ann", "O'Neil", "Dr.", "MAO"), or when first is
// false a number; i if there is none.
func nameWord(m string, i, end int, first bool) int {
	r, size := utf8.DecodeRuneInString(m[i:end])
	number := !first && r >= '0' && r <= '9'
	if !number && !unicode.IsUpper(r) {
		return i
	}
	j := i + size
	for j < end {
		r, size := utf8.DecodeRuneInString(m[j:end])
		if number && (r < '0' || r > '9') || !number && !(unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune(".'’-", r)) {
			break
		}
		j += size
	}
	return j
}

package subtitles

import (
	"fmt"
	"strings"

	"parley/corpus"
)

// scanSubtitles finds the cues of a WebVTT (vtt) or SubRip file: a timing
// line, the identifier line before it, and the payload lines after it. An
// identifier opens a block (follows a blank line or the start), except
// that a number alone stands before its timing line anywhere (SRT files
// that leave out blank lines).
func scanSubtitles(name, text string, vtt bool) (subtitleFile, error) {
	var f subtitleFile
	lines := corpus.SplitLines(text)
	if strings.HasPrefix(text, byteOrderMark) {
		f.body = len(byteOrderMark)
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
				s := corpus.Span{Start: lines[i].Start, End: lines[j-1].End}
				f.notes = append(f.notes, corpus.Note{Kind: corpus.Editorial, Anchor: s, Extent: s, Body: corpus.TrimSpan(text, corpus.Span{Start: s.Start + len(kw), End: s.End})})
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
			return f, &corpus.InputError{File: name, Line: timing + 1, Msg: msg}
		}
		c.frame = corpus.Span{Start: lines[i].Start, End: lines[timing].End}
		f.cues = append(f.cues, c)
		i = timing
	}
	if len(f.cues) == 0 {
		if vtt {
			return f, &corpus.InputError{File: name, Msg: `no cues found: WebVTT needs timing lines such as "00:00:01.000 --> 00:00:04.000"`}
		}
		return f, &corpus.InputError{File: name, Msg: `no subtitles found: SRT needs numbered blocks with timing lines such as "00:00:01,000 --> 00:00:04,000"`}
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

func isNumber(s string) bool { return corpus.IsDigits(strings.TrimSpace(s)) }

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

package corpus

import (
	"strconv"
	"strings"
)

// ScanBrackets returns the bracketed editorial apparatus of src, as
// scanBrackets finds it, for a reader that adds apparatus of its own
// before masking (Builder.BracketNotes is the usual way).
func ScanBrackets(src string) []Note { return scanBrackets(src) }

// scanBrackets finds the bracketed editorial apparatus in src, in source
// order:
//
//   - "[footnoteRef:N]" is a footnote marker;
//   - "[N: ...]" is a footnote body; brackets nest inside it ("[13: ... City
//     [Communist] Party ...]"), and a body left open runs to the end of its
//     line;
//   - "[…]", "[...]" and "[. . .]" are elisions;
//   - any other "[...]" on one line is an editorial insertion ("[signature]").
//
// Markers and bodies are paired by number into one Note; a marker without
// a body, or a body without a marker, still makes a note. Line and Turn
// are left for the caller.
func scanBrackets(src string) []Note {
	var notes []Note
	byNumber := map[int]int{} // footnote number -> index in notes
	footnote := func(num int) *Note {
		if i, ok := byNumber[num]; ok {
			return &notes[i]
		}
		byNumber[num] = len(notes)
		notes = append(notes, Note{Kind: Footnote, Number: num})
		return &notes[len(notes)-1]
	}
	for i := 0; i < len(src); i++ {
		if src[i] != '[' {
			continue
		}
		rest := src[i+1:]
		if num, n, ok := footnoteRef(rest); ok {
			span := Span{i, i + 1 + n}
			if f := footnote(num); f.Anchor.Len() == 0 {
				f.Anchor = span
			} else {
				// A marker repeated: a note of its own, sharing the body.
				notes = append(notes, Note{Kind: Footnote, Number: num, Anchor: span, Extent: span})
			}
			i += n
			continue
		}
		if num, n, ok := footnoteNumber(rest); ok && !bracketedTimestamp(rest) {
			end := closeBracket(src, i)
			bodyEnd := end
			if end > i && src[end-1] == ']' {
				bodyEnd = end - 1
			}
			extent, body := Span{i, end}, TrimSpan(src, Span{i + 1 + n, bodyEnd})
			if f := footnote(num); f.Extent.Len() == 0 {
				f.Extent, f.Body = extent, body
			} else {
				// A body repeated: a note of its own, where it stands.
				notes = append(notes, Note{Kind: Footnote, Number: num, Anchor: extent, Extent: extent, Body: body})
			}
			i = end - 1
			continue
		}
		end := strings.IndexAny(rest, "[]\n")
		if end < 0 || rest[end] != ']' {
			continue // a stray bracket is text
		}
		inner := rest[:end]
		span := Span{i, i + 1 + end + 1}
		body := Span{i + 1, i + 1 + end}
		if i > 0 && src[i-1] == '\\' && end > 0 && rest[end-1] == '\\' {
			// Markdown's escaped brackets, "\[laughs\]": the escapes
			// belong to the note.
			span.Start--
			body.End--
			inner = inner[:len(inner)-1]
		}
		kind := Editorial
		if isElision(inner) {
			kind = Elision
		}
		notes = append(notes, Note{Kind: kind, Anchor: span, Extent: span, Body: TrimSpan(src, body)})
		i += end + 1
	}
	for k := range notes {
		n := &notes[k]
		if n.Kind != Footnote {
			continue
		}
		if n.Body.Len() == 0 {
			n.Body = notes[byNumber[n.Number]].Body
		}
		if n.Anchor.Len() == 0 {
			// A body without a marker stands where the body is.
			n.Anchor = n.Extent
		}
		if n.Extent.Len() == 0 {
			n.Extent = n.Anchor
		}
	}
	sortNotes(notes)
	return notes
}

// bracketedTimestamp reports whether s, the text after an opening bracket,
// is a timestamp and its closing bracket ("00:31:42]", "07:13\]"): a
// time, not the body of footnote 0 or 7.
func bracketedTimestamp(s string) bool {
	end := strings.IndexAny(s, "]\n")
	return end > 0 && s[end] == ']' && isTimestamp(strings.TrimSuffix(s[:end], `\`))
}

// footnoteRef matches "footnoteRef:N]" at the start of s and returns N and
// the length matched.
func footnoteRef(s string) (num, n int, ok bool) {
	const p = "footnoteRef:"
	if !strings.HasPrefix(s, p) {
		return 0, 0, false
	}
	d := digits(s[len(p):])
	if d == 0 || len(s) <= len(p)+d || s[len(p)+d] != ']' {
		return 0, 0, false
	}
	num, err := strconv.Atoi(s[len(p) : len(p)+d])
	return num, len(p) + d + 1, err == nil
}

// footnoteNumber matches "N:" at the start of s and returns N and the
// length matched.
func footnoteNumber(s string) (num, n int, ok bool) {
	d := digits(s)
	if d == 0 || len(s) <= d || s[d] != ':' {
		return 0, 0, false
	}
	num, err := strconv.Atoi(s[:d])
	return num, d + 1, err == nil
}

func digits(s string) int {
	n := 0
	for n < len(s) && n < 6 && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	return n
}

// closeBracket returns the offset just past the ']' that closes the '[' at
// open, counting nested brackets; an unclosed bracket ends at its line's
// end.
func closeBracket(src string, open int) int {
	depth := 0
	for j := open; j < len(src); j++ {
		switch src[j] {
		case '[':
			depth++
		case ']':
			depth--
			if depth == 0 {
				return j + 1
			}
		case '\n':
			return j
		}
	}
	return len(src)
}

func isElision(inner string) bool {
	s := strings.Join(strings.Fields(inner), "")
	return s == "…" || (len(s) >= 3 && strings.Trim(s, ".") == "")
}

// TrimSpan narrows s to exclude surrounding white space.
func TrimSpan(src string, s Span) Span {
	for s.Start < s.End && IsSpace(src[s.Start]) {
		s.Start++
	}
	for s.End > s.Start && IsSpace(src[s.End-1]) {
		s.End--
	}
	return s
}

// IsSpace reports whether c is a space, a tab or a line break (CR or LF).
func IsSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// stageWords are the words whose presence marks a parenthesis within
// speech as a stage direction rather than the speaker's own aside.
var stageWords = map[string]bool{
	"smile": true, "smiles": true, "smiling": true, "smiled": true,
	"laugh": true, "laughs": true, "laughing": true, "laughter": true, "laughed": true,
	"applause": true, "applauds": true, "applauding": true,
	"pause": true, "pauses": true, "nods": true, "nodding": true,
	"interrupts": true, "interrupting": true, "interruption": true,
	"inaudible": true, "garble": true, "garbled": true, "unclear": true, "crosstalk": true, "silence": true, "noise": true,
	"jokingly": true, "joking": true, "ironically": true, "animatedly": true,
	"gestures": true, "gesturing": true, "shrugs": true, "sighs": true,
	// What transcribers mark in recordings.
	"chuckles": true, "chuckling": true, "giggles": true, "coughs": true, "coughing": true,
	"sneezes": true, "clears": true, "groans": true, "gasps": true, "cheers": true, "cheering": true,
	"booing": true, "boos": true, "cries": true, "crying": true, "sobbing": true, "whispers": true,
	"whispering": true, "unintelligible": true, "indiscernible": true, "indistinct": true,
	"overlapping": true, "overtalk": true, "cross-talk": true, "music": true, "beep": true, "static": true,
}

// scanStage finds parenthesised stage directions within s: a parenthesis
// on one line holding a word of stageWords ("(delegates smile)") or a
// timed pause ("(0.5)"), and any double parenthesis ("((coughs))"). Other
// parentheses are left as speech.
func scanStage(src string, s Span) []Note {
	var notes []Note
	for i := s.Start; i < s.End; i++ {
		if src[i] != '(' {
			continue
		}
		// "((laughs))", "((door slams))": a transcriber's description in
		// double parentheses, as conversation analysts write it, whatever
		// it holds.
		if i+1 < s.End && src[i+1] == '(' {
			// The inside holds no parenthesis and no line break, so the
			// first of those after "((" is the "))" or there is none: a
			// search that stops there keeps a line of a million "(" linear.
			if e := strings.IndexAny(src[i+2:s.End], "()\n"); e >= 0 && strings.HasPrefix(src[i+2+e:s.End], "))") {
				span := Span{i, i + 2 + e + 2}
				notes = append(notes, Note{Kind: Stage, Anchor: span, Extent: span, Body: TrimSpan(src, Span{i + 2, i + 2 + e})})
				i = span.End - 1
				continue
			}
		}
		end := strings.IndexAny(src[i+1:s.End], "()\n")
		if end < 0 || src[i+1+end] != ')' {
			continue
		}
		inner := src[i+1 : i+1+end]
		if IsStageDirection(inner) {
			span := Span{i, i + 1 + end + 1}
			notes = append(notes, Note{Kind: Stage, Anchor: span, Extent: span, Body: TrimSpan(src, Span{i + 1, i + 1 + end})})
		}
		i += end + 1
	}
	return notes
}

// IsStageDirection reports whether the inside of a parenthesis is a stage
// direction: a timed pause ("0.5"), or six words at most with a stage word
// ("laughs", "applause", "inaudible").
func IsStageDirection(inner string) bool {
	if timedPause(inner) {
		return true
	}
	words := strings.FieldsFunc(strings.ToLower(inner), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r == '-')
	})
	if len(words) == 0 || len(words) > 6 {
		return false
	}
	for _, w := range words {
		if stageWords[w] {
			return true
		}
	}
	return false
}

// timedPause reports whether the inside of a parenthesis is a timed pause
// as conversation analysts write it: seconds with a decimal point ("0.5",
// "1.2"), or a micropause "."; an enumeration ("1", "a") is none.
func timedPause(inner string) bool {
	t := strings.TrimSpace(inner)
	if t == "." {
		return true
	}
	whole, frac, ok := strings.Cut(t, ".")
	return ok && len(whole) <= 2 && IsDigits(whole) && len(frac) >= 1 && len(frac) <= 2 && IsDigits(frac)
}

// Mask returns src with every bracketed note (and any byte order mark
// and no-break space) blanked to spaces, byte for byte, so that offsets
// into the result are offsets into src and no cue is
// found inside the apparatus.
func Mask(src string, notes []Note) string {
	b := []byte(src)
	// A byte order mark and no-break spaces are white space to the
	// reader.
	for _, ws := range []string{"\ufeff", "\u00a0"} {
		for i := 0; ; {
			k := strings.Index(src[i:], ws)
			if k < 0 {
				break
			}
			for j := i + k; j < i+k+len(ws); j++ {
				b[j] = ' '
			}
			i += k + len(ws)
		}
	}
	for _, n := range notes {
		for _, s := range n.Extents() {
			for i := s.Start; i < s.End; i++ {
				if b[i] != '\n' {
					b[i] = ' '
				}
			}
		}
	}
	return string(b)
}

// SplitLines returns the span of each line of s, without its "\n" or a
// trailing "\r".
func SplitLines(s string) []Span {
	var out []Span
	start := 0
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == '\n' {
			end := i
			if end > start && s[end-1] == '\r' {
				end--
			}
			if i < len(s) || start < len(s) {
				out = append(out, Span{start, end})
			}
			start = i + 1
		}
	}
	return out
}

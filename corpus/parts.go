package corpus

// PartKind says what the reader took a stretch of a document's text for.
// The kinds are in order of precedence: where spans overlap (a footnote in
// the front matter, a stage direction in a cue), the later kind holds.
type PartKind uint8

// The kinds of part.
const (
	// OtherPart is text the reader took for none of the others: white
	// space, skipped lines, or a markup file's syntax.
	OtherPart PartKind = iota
	FrontPart
	BackPart
	// CuePart is a speaker cue's framing ("Comrade STALIN says that,").
	CuePart
	// MarkPart is a note's marker and brackets ("[footnoteRef:3]",
	// "[15: " and "]"): apparatus, no words.
	MarkPart
	// NotePart is a note's body.
	NotePart
	SpeechPart
)

// Part is a stretch of the text that the reader took for one thing.
type Part struct {
	Span
	Kind PartKind
}

// Parts divides the whole of Source into consecutive parts, each of one
// kind, in source order: the text as the reader took it.
func (d *Document) Parts() []Part {
	kinds := d.partKinds()
	var out []Part
	for i := 0; i < len(kinds); {
		j := i + 1
		for j < len(kinds) && kinds[j] == kinds[i] {
			j++
		}
		out = append(out, Part{Span{i, j}, kinds[i]})
		i = j
	}
	return out
}

// partKinds returns the kind of every byte of Source, painting the spans
// of each kind in order of precedence.
func (d *Document) partKinds() []PartKind {
	kinds := make([]PartKind, len(d.Source))
	paint := func(s Span, k PartKind) {
		s.Start, s.End = max(s.Start, 0), min(s.End, len(kinds))
		for i := s.Start; i < s.End; i++ {
			kinds[i] = k
		}
	}
	paint(d.Front, FrontPart)
	paint(d.Back, BackPart)
	for _, t := range d.Turns {
		for _, u := range t.Utterances {
			paint(u.Cue, CuePart)
		}
	}
	for _, n := range d.Notes {
		for _, e := range n.Extents() {
			paint(e, MarkPart)
		}
	}
	for _, n := range d.Notes {
		paint(n.Body, NotePart)
	}
	for _, t := range d.Turns {
		for _, u := range t.Utterances {
			for _, s := range u.Speech {
				paint(s, SpeechPart)
			}
		}
	}
	return kinds
}

// LineKind says what the reader took a line for, as one letter (the
// left margin of parley inspect).
type LineKind byte

// The kinds of line. A line is of the first kind in this list that it
// holds, counting only what is not white space: a line that holds a cue is
// a cue line even if speech follows the cue on it.
const (
	// CueLine holds a speaker cue, or the start of an utterance where the
	// format has no cues (a table's row, a plain text's first line).
	CueLine    LineKind = 'C'
	SpeechLine LineKind = 'S'
	FrontLine  LineKind = 'F'
	BackLine   LineKind = 'B'
	// NoteLine holds notes only: a footnote's body, a stage direction.
	NoteLine LineKind = 'N'
	// OtherLine holds text the reader took for none of these.
	OtherLine LineKind = '-'
	BlankLine LineKind = ' '
)

// LineReading is one source line and what the reader took it for.
type LineReading struct {
	// Line is the 1-based line number.
	Line int
	// Span is the line without its line end.
	Span Span
	Kind LineKind
	// Speakers are the IDs of the speakers whose utterances start on the
	// line, in order.
	Speakers []string
	// Cue says the line holds cue text (a label, a reporting phrase), not
	// only the start of an utterance of a format without cues.
	Cue bool
}

// ReadLines returns every line of Source with what the reader took it for,
// in one pass over the text.
func (d *Document) ReadLines() []LineReading {
	kinds := d.partKinds()
	cues := map[int][]string{} // line -> speaker IDs
	for _, t := range d.Turns {
		for _, u := range t.Utterances {
			if u.Line > 0 {
				cues[u.Line] = append(cues[u.Line], t.Speaker)
			}
		}
	}
	var out []LineReading
	src := d.Source
	for start, line := 0, 1; start < len(src); line++ {
		end := start
		for end < len(src) && src[end] != '\n' {
			end++
		}
		text := end
		if text > start && src[text-1] == '\r' {
			text--
		}
		var has [SpeechPart + 1]bool
		blank := true
		for i := start; i < text; i++ {
			if c := src[i]; c != ' ' && c != '\t' && c != '\r' && c != '\f' && c != '\v' {
				has[kinds[i]] = true
				blank = false
			}
		}
		lr := LineReading{Line: line, Span: Span{start, text}, Speakers: cues[line], Cue: has[CuePart]}
		switch {
		case len(lr.Speakers) > 0:
			lr.Kind = CueLine
		case has[SpeechPart]:
			lr.Kind = SpeechLine
		case has[FrontPart]:
			lr.Kind = FrontLine
		case has[BackPart]:
			lr.Kind = BackLine
		case has[NotePart] || has[MarkPart]:
			lr.Kind = NoteLine
		case has[CuePart]:
			lr.Kind = CueLine // the second line of a cue
		case !blank:
			lr.Kind = OtherLine
		default:
			lr.Kind = BlankLine
		}
		out = append(out, lr)
		start = end + 1
	}
	return out
}

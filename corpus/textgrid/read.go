package textgrid

import (
	"bytes"
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode/utf16"

	"parley/corpus"
)

// Format is the reader's name, as --format takes it and Document.Format
// records it.
const Format = "textgrid"

// Read reads a Praat TextGrid saved as text, in the long format or the
// short ("File type = "ooTextFile"", "Object class = "TextGrid""); a
// TextGrid saved in UTF-16 must be converted to UTF-8 first, as the loader
// does. name is used in errors and outputs only; opt is not consulted.
//
// The rules:
//
//  1. The file is read as Praat reads it: a sequence of numbers, texts in
//     double quotes (a quote inside a text written twice, "") and flags,
//     the long format's labels ("xmin =", "intervals [3]:") passed over.
//     After the header come the grid's xmin and xmax, "<exists>", the
//     number of tiers, and each tier: its class ("IntervalTier" or
//     "TextTier"), its name, its xmin and xmax, the number of its items,
//     and each item: an interval's xmin, xmax and text, or a point's time
//     and mark.
//  2. A tier's name says whose it is and what it holds. A name whose
//     first or last word names a layer ("words", "phones", "comments",
//     "errors"; see layers) is that layer, of the speaker the rest of the
//     name names ("Anna - words", MFA's way, is Anna's words; "words" is
//     no one's); any other name is a speaker's ("Anna", "Speaker 1").
//  3. An interval tier named by a speaker, or a layer of speech
//     ("utterance", "transcription", "text"...; a speaker's, or else the
//     speech of one speaker "Unknown"), holds speech: each interval with
//     text is one utterance, its cue the opening quote, its Text the
//     quoted text, its speech what is inside less one quote of each
//     doubled pair, its Start and End its xmin and xmax, its Time the xmin
//     as written. Empty intervals are silence, no utterance, and so are
//     those that hold only an aligner's silence label ("sp", "sil",
//     "<sil>"; see silenceLabels). A tier of words or tokens is speech
//     only where its speaker has no speech tier (a file of words and
//     phones only, as aligners write it, is read from its words; a words
//     tier of no one's, only where the file has no speech tier at all).
//  4. The utterances of all speech tiers are merged in time order (by
//     xmin; of those that start together, the speaker's who was speaking
//     first, then by the tiers' order), so that overlapping speech of two
//     speakers gives alternating turns by start; consecutive utterances of
//     one speaker make one turn.
//  5. Bracketed insertions ("[laughter]"), parenthesised stage
//     directions ("(inaudible)") and codes or comments in braces ("{LG}",
//     "{unclear}", as aligners' dictionaries and transcribers write noises,
//     unknown words and comments) in speech are notes.
//  6. Every other interval's text and every point's mark (TextTier) is a
//     note: a stage note on a tier of events, noises, sounds, gestures or
//     actions, else an editorial note; a note is in the turn of its
//     speaker's utterance under way at its time, else in the turn under
//     way then.
//
// A file that is not a Praat TextGrid saved as text, a number or text
// missing where the format has one (the error names the tier and the
// item), a tier class other than the two, and a grid without speech are
// errors.
func Read(name string, src []byte, opt corpus.Options) (*corpus.Document, error) {
	if err := corpus.CheckText(name, src); err != nil {
		return nil, err
	}
	text := string(src)
	p := &tgParser{lex: tgLexer{name: name, text: text}}
	tiers, err := p.parse()
	if err != nil {
		return nil, err
	}
	return build(name, text, tiers)
}

// Detect is sure of a file that opens with a Praat text file's header for
// a TextGrid (in UTF-8, or in UTF-16 with a byte order mark; the older
// short header's second line is "TextGrid" alone), whatever its name, and
// takes any other .TextGrid file as one it could read.
func Detect(name string, src []byte) int {
	head := src[:min(len(src), 512)]
	if len(head) >= 2 && (head[0] == 0xFE && head[1] == 0xFF || head[0] == 0xFF && head[1] == 0xFE) {
		head = fromUTF16(head)
	}
	var lines [][]byte
	for _, ln := range bytes.Split(bytes.TrimPrefix(head, []byte(corpus.ByteOrderMark)), []byte("\n")) {
		if ln = bytes.TrimSpace(ln); len(ln) > 0 && len(lines) < 2 {
			lines = append(lines, ln)
		}
	}
	// The short format of older Praats gives the class alone on the second
	// line: File type = "ooTextFile short", then "TextGrid".
	if len(lines) == 2 && bytes.HasPrefix(lines[0], []byte("File type")) && bytes.Contains(lines[0], []byte(`"ooTextFile`)) &&
		(bytes.HasPrefix(lines[1], []byte("Object class")) && bytes.Contains(lines[1], []byte(`"TextGrid"`)) || string(lines[1]) == `"TextGrid"`) {
		return 2
	}
	if corpus.HasExt(name, ".textgrid") {
		return 1
	}
	return 0
}

// fromUTF16 decodes UTF-16 with a byte order mark, as far as it goes.
func fromUTF16(b []byte) []byte {
	big := b[0] == 0xFE
	u := make([]uint16, 0, len(b)/2)
	for i := 2; i+1 < len(b); i += 2 {
		if big {
			u = append(u, uint16(b[i])<<8|uint16(b[i+1]))
		} else {
			u = append(u, uint16(b[i+1])<<8|uint16(b[i]))
		}
	}
	return []byte(string(utf16.Decode(u)))
}

// tgTier is a tier of the grid.
type tgTier struct {
	name  string
	point bool // a TextTier
	items []tgItem
}

// tgItem is an interval or a point.
type tgItem struct {
	xmin, xmax float64
	time       string // xmin (or a point's time) as written
	text       tgToken
}

// tgParser reads a grid's tokens (rule 1).
type tgParser struct {
	lex tgLexer
}

// expect returns the next token, which must be of the kind; what says
// what it is, for the error.
func (p *tgParser) expect(kind byte, what string) (tgToken, error) {
	t, ok, err := p.lex.next()
	if err != nil {
		return t, err
	}
	if !ok {
		return t, p.lex.fail(len(p.lex.text), "the file ends where %s should be (%s)", kindName(kind), what)
	}
	if t.kind != kind {
		return t, p.lex.fail(t.span.Start, "%s should be %s, not %s", what, kindName(kind), excerpt(t.span.In(p.lex.text)))
	}
	return t, nil
}

// kindName names a kind of token for an error.
func kindName(kind byte) string {
	switch kind {
	case 'n':
		return "a number"
	case 's':
		return "a text in double quotes"
	}
	return "a flag such as <exists>"
}

// number reads a number, and returns it as written too.
func (p *tgParser) number(what string) (float64, string, error) {
	v, s, _, err := p.numberAt(what)
	return v, s, err
}

// numberAt is number, with where the number stands.
func (p *tgParser) numberAt(what string) (float64, string, int, error) {
	t, err := p.expect('n', what)
	if err != nil {
		return 0, "", 0, err
	}
	s := t.span.In(p.lex.text)
	v, perr := strconv.ParseFloat(s, 64)
	if perr != nil || math.IsNaN(v) || math.IsInf(v, 0) {
		return 0, "", 0, p.lex.fail(t.span.Start, "%s should be a number, not %s", what, excerpt(s))
	}
	return v, s, t.span.Start, nil
}

// count reads a number of items. No count can be larger than the file.
func (p *tgParser) count(what string) (int, error) {
	v, s, at, err := p.numberAt(what)
	if err != nil {
		return 0, err
	}
	if v < 0 || v != math.Trunc(v) || v > float64(len(p.lex.text)) {
		return 0, p.lex.fail(at, "%s should be a count, not %s", what, excerpt(s))
	}
	return int(v), nil
}

// str reads a text and returns it with its doubled quotes made single.
func (p *tgParser) str(what string) (tgToken, string, error) {
	t, err := p.expect('s', what)
	if err != nil {
		return t, "", err
	}
	return t, strings.ReplaceAll(t.inside().In(p.lex.text), `""`, `"`), nil
}

func (p *tgParser) parse() ([]tgTier, error) {
	t, ok, err := p.lex.next()
	if err != nil {
		return nil, err
	}
	header := func(t tgToken) string { return strings.ReplaceAll(t.inside().In(p.lex.text), `""`, `"`) }
	if !ok || t.kind != 's' || !strings.HasPrefix(header(t), "ooTextFile") {
		return nil, &corpus.InputError{File: p.lex.name, Line: 1, Msg: `not a Praat text file: a TextGrid opens with File type = "ooTextFile"`}
	}
	_, class, err := p.str("the object class")
	if err != nil {
		return nil, err
	}
	if class != "TextGrid" {
		return nil, p.lex.fail(p.lex.pos, "a Praat %s, not a TextGrid", excerpt(class))
	}
	if _, _, err := p.number("the grid's xmin"); err != nil {
		return nil, err
	}
	if _, _, err := p.number("the grid's xmax"); err != nil {
		return nil, err
	}
	flag, err := p.expect('f', "whether the grid has tiers")
	if err != nil {
		return nil, err
	}
	if flag.span.In(p.lex.text) != "<exists>" {
		return nil, p.lex.fail(flag.span.Start, "the grid has no tiers")
	}
	n, err := p.count("the number of tiers")
	if err != nil {
		return nil, err
	}
	var tiers []tgTier
	for i := 1; i <= n; i++ {
		tier := fmt.Sprintf("tier %d", i)
		_, class, err := p.str(tier + "'s class")
		if err != nil {
			return nil, err
		}
		if class != "IntervalTier" && class != "TextTier" {
			return nil, p.lex.fail(p.lex.pos, "%s is a %s; a TextGrid's tiers are IntervalTier and TextTier", tier, excerpt(class))
		}
		_, name, err := p.str(tier + "'s name")
		if err != nil {
			return nil, err
		}
		tier = fmt.Sprintf("tier %d (%q)", i, name)
		for _, what := range []string{"xmin", "xmax"} {
			if _, _, err := p.number(tier + "'s " + what); err != nil {
				return nil, err
			}
		}
		item := "interval"
		if class == "TextTier" {
			item = "point"
		}
		m, err := p.count("the number of " + tier + "'s " + item + "s")
		if err != nil {
			return nil, err
		}
		tr := tgTier{name: strings.TrimSpace(name), point: class == "TextTier"}
		for k := 1; k <= m; k++ {
			at := fmt.Sprintf("%s of %s", fmt.Sprintf("%s %d", item, k), tier)
			var it tgItem
			if it.xmin, it.time, err = p.number("the time of " + at); err != nil {
				return nil, err
			}
			it.xmax = it.xmin
			if !tr.point {
				if it.xmax, _, err = p.number("the xmax of " + at); err != nil {
					return nil, err
				}
			}
			if it.text, _, err = p.str("the text of " + at); err != nil {
				return nil, err
			}
			tr.items = append(tr.items, it)
		}
		tiers = append(tiers, tr)
	}
	return tiers, nil
}

// excerpt returns s for an error message, shortened.
func excerpt(s string) string {
	if r := []rune(s); len(r) > 40 {
		s = string(r[:40]) + "…"
	}
	return strconv.Quote(s)
}

// build makes the document from the tiers (rules 2 to 6).
func build(name, text string, tiers []tgTier) (*corpus.Document, error) {
	roles := make([]tierRole, len(tiers))
	speaks := map[string]bool{} // speakers with a speech tier
	anySpeech := false
	for i, t := range tiers {
		roles[i] = roleOf(t.name)
		if !t.point && roles[i].layer == speechLayer {
			speaks[roles[i].speaker] = true
			anySpeech = true
		}
	}
	for i, t := range tiers {
		r := &roles[i]
		if !t.point && r.layer == wordLayer && !speaks[r.speaker] && (r.speaker != "" || !anySpeech) {
			r.layer = speechLayer
		}
	}

	b := corpus.NewBuilder(name, Format, text)
	var fields []corpus.Span
	for i, t := range tiers {
		if !t.point && roles[i].layer == speechLayer {
			for _, it := range t.items {
				fields = append(fields, it.text.inside())
			}
		}
	}
	b.AddNotes(braceNotes(text, fields)...)
	b.FieldNotes(fields)

	var utts []corpus.TierUtterance
	var notes []corpus.TierNote
	for i, t := range tiers {
		r := roles[i]
		speaker := r.speaker
		if speaker == "" && r.layer == speechLayer {
			speaker = "Unknown"
		}
		for _, it := range t.items {
			in := it.text.inside()
			if t.point || r.layer != speechLayer {
				anchor := corpus.TrimSpan(text, in)
				if anchor.Len() == 0 {
					continue
				}
				kind := corpus.Editorial
				if r.layer == stageLayer {
					kind = corpus.Stage
				}
				notes = append(notes, corpus.TierNote{Note: corpus.Note{Kind: kind, Anchor: anchor, Body: anchor, Extent: anchor}, Speaker: r.speaker, At: it.xmin, Timed: true})
				continue
			}
			if silence(in.In(text)) {
				continue
			}
			speech := corpus.CutSpeech(text, b.SpeechIn(in), doubledQuotes(text, in))
			utts = append(utts, corpus.TierUtterance{
				Speaker: speaker,
				Utterance: corpus.Utterance{Cue: corpus.Span{Start: it.text.span.Start, End: it.text.span.Start + 1}, CueName: speaker, Text: it.text.span,
					Speech: speech, Time: it.time, Start: it.xmin, End: it.xmax},
				From: it.xmin, To: it.xmax, Tier: i,
			})
		}
	}
	return b.DocumentInTimeOrder(utts, notes, "no speech: no interval with words on a speaker's tier (an IntervalTier named by its speaker, or a layer of speech such as \"utterance\")")
}

// doubledQuotes returns the first quote of each doubled pair in the text
// s, which is not speech.
func doubledQuotes(text string, s corpus.Span) []corpus.Span {
	var cuts []corpus.Span
	for i := s.Start; i+1 < s.End; i++ {
		if text[i] == '"' && text[i+1] == '"' {
			cuts = append(cuts, corpus.Span{Start: i, End: i + 1})
			i++
		}
	}
	return cuts
}

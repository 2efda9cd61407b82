package exmaralda

import (
	"encoding/xml"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"

	"parley/corpus"
)

// Format is the reader's name, as --format takes it and Document.Format
// records it.
const Format = "exmaralda"

// Read reads an EXMARaLDA basic transcription (.exb). name is used in
// errors and outputs only; opt is not consulted.
//
// The rules:
//
//  1. The root is <basic-transcription>. The <speakertable>'s speakers are
//     the roster and the speakers: each named by the ud-information
//     "Name" of its ud-speaker-information (after its first name, where
//     an attribute "Vorname", "First name" or the like gives one; a
//     prefix of attribute names such as COMA's "s:Name" is passed over),
//     else by its <abbreviation>, else by its id; "Occupation" or "Role"
//     is its role on the roster.
//     The <transcription-name> is the title; the file gives no date.
//  2. The <common-timeline>'s points (<tli id time>) order the events,
//     in the timeline's order; a point's time is in seconds, and a point
//     without one takes the time of the last timed point before it (else
//     of the first after it).
//  3. A <tier> of type "t" (transcription) holds its speaker's speech
//     (the speaker its speaker attribute names; a tier without one goes by
//     its display-name, else its id, and one whose display-name is only a
//     bracketed category, "[tok]", by "Unknown"). A speaker has one: of
//     several tiers of type "t" of one speaker (tokens, parts of speech
//     and lemmas, as exporters write them), the first holds the speech
//     and the others are annotation tiers (rule 6). Each <event> on it
//     is an utterance from its start point to its end point: its cue the
//     start tag, its Text the element, its speech the text in it, its
//     Start and End the points' times and its Time the start point's
//     time as written.
//     A word cut by a point of the timeline ("sp" | "ecies") is two pieces
//     of speech in two events, as the file has it.
//  4. The utterances of all speakers are merged in the timeline's order,
//     by start point; of events that start together, the speaker's who
//     was speaking goes first, then the tiers' order in the file. So
//     overlapping speech gives alternating turns by start, and
//     consecutive utterances of one speaker make one turn; an event
//     without words ("((2s))") is no utterance and ends no turn.
//  5. Descriptions in HIAT's double parentheses ("((laughs))", "((2s))",
//     "(( ))") and parenthesised stage directions are stage notes,
//     bracketed insertions editorial notes, wherever they stand in speech;
//     a single parenthesis is uncertain hearing ("(I)"), speech as heard.
//     Character and entity references are markup, cut from speech.
//  6. Each event of a tier of type "d" (description: non-verbal
//     behaviour, noises) is a stage note, of any other type ("a",
//     annotation: translations, comments) an editorial note, its body
//     the text without HIAT's double parentheses; a note is in
//     the turn of its speaker's utterance under way at its start, else in
//     the turn under way then.
//
// Malformed XML is an error on the line where the parser stopped; so are
// an event whose start or end is no point of the timeline, a point whose
// time is no number or earlier than a point before it, and a file without an event that holds words on a
// transcription tier.
func Read(name string, src []byte, opt corpus.Options) (*corpus.Document, error) {
	if err := corpus.CheckText(name, src); err != nil {
		return nil, err
	}
	text := string(src)
	doc, err := scanEXB(name, text)
	if err != nil {
		return nil, err
	}
	return doc.build()
}

// Detect is sure of a file whose root element is <basic-transcription>,
// whatever its name, and takes any other .exb file as one it could read.
func Detect(name string, src []byte) int {
	return corpus.DetectXMLRoot(name, src, "basic-transcription", ".exb")
}

// exbSpeaker is a <speaker> of the speakertable.
type exbSpeaker struct {
	id, abbreviation, name, first, role string
	line                                int
}

// exbPoint is a <tli> of the common timeline.
type exbPoint struct {
	id, time string
	off      int // where its tag is; its line is counted for an error only, a timeline having thousands of points
	seconds  float64
}

// exbTier is a <tier>.
type exbTier struct {
	id, speaker, typ, display string
	events                    []exbEvent
}

// exbEvent is an <event>.
type exbEvent struct {
	start, end string
	tag, elem  corpus.Span
	text       []corpus.Span // its character data
}

// exbDoc is what the scanner found in the file.
type exbDoc struct {
	name, text string
	title      string
	speakers   []exbSpeaker
	points     []exbPoint
	tiers      []exbTier
}

func (d *exbDoc) fail(off int, format string, args ...any) error {
	return &corpus.InputError{File: d.name, Line: corpus.LineAt(d.text, off), Msg: fmt.Sprintf(format, args...)}
}

// scanEXB reads the file's elements once.
func scanEXB(name, text string) (*exbDoc, error) {
	d := &exbDoc{name: name, text: text}
	sc := corpus.NewXMLScanner(text)
	var stack []string
	event := -1      // the depth of the open event, -1 for none
	var into *string // the string the open element's text goes to
	intoDepth := 0
	for seen := false; ; {
		tok, raw, err := sc.Next()
		if err == io.EOF {
			if !seen {
				return nil, &corpus.InputError{File: name, Msg: "no XML elements: an EXMARaLDA file is a <basic-transcription>"}
			}
			d.title = strings.Join(strings.Fields(d.title), " ")
			return d, nil
		}
		if err != nil {
			return nil, sc.Error(name, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			el := t.Name.Local
			if !seen && el != "basic-transcription" {
				return nil, d.fail(raw.Start, "not an EXMARaLDA basic transcription: the root element is <%s>, not <basic-transcription>", el)
			}
			seen = true
			parent := ""
			if len(stack) > 0 {
				parent = stack[len(stack)-1]
			}
			stack = append(stack, el)
			attr := func(a string) string { v, _ := corpus.XMLAttr(t, a); return v }
			within := func(name string) bool {
				for _, s := range stack {
					if s == name {
						return true
					}
				}
				return false
			}
			switch {
			case event >= 0:
			case el == "speaker" && parent == "speakertable":
				d.speakers = append(d.speakers, exbSpeaker{id: attr("id"), line: corpus.LineAt(text, raw.Start)})
			case el == "abbreviation" && parent == "speaker" && len(d.speakers) > 0:
				into, intoDepth = &d.speakers[len(d.speakers)-1].abbreviation, len(stack)
			case el == "ud-information" && parent == "ud-speaker-information" && len(d.speakers) > 0:
				sp := &d.speakers[len(d.speakers)-1]
				switch udName(attr("attribute-name")) {
				case "name":
					into, intoDepth = &sp.name, len(stack)
				case "first name", "firstname", "forename", "given name", "vorname", "prénom", "prenom":
					into, intoDepth = &sp.first, len(stack)
				case "occupation", "role":
					into, intoDepth = &sp.role, len(stack)
				}
			case el == "transcription-name" && within("meta-information"):
				into, intoDepth = &d.title, len(stack)
			case el == "tli" && parent == "common-timeline":
				time, _ := corpus.XMLAttr(t, "time")
				d.points = append(d.points, exbPoint{id: attr("id"), time: strings.TrimSpace(time), off: raw.Start})
			case el == "tier" && within("basic-body"):
				d.tiers = append(d.tiers, exbTier{id: attr("id"), speaker: strings.TrimSpace(attr("speaker")), typ: strings.TrimSpace(attr("type")), display: attr("display-name")})
			case el == "event" && parent == "tier" && len(d.tiers) > 0:
				event = len(stack)
				tr := &d.tiers[len(d.tiers)-1]
				tr.events = append(tr.events, exbEvent{start: attr("start"), end: attr("end"), tag: raw})
			}
		case xml.EndElement:
			if len(stack) == 0 {
				continue // the decoder does not let this happen
			}
			if len(stack) == event {
				tr := &d.tiers[len(d.tiers)-1]
				ev := &tr.events[len(tr.events)-1]
				ev.elem = corpus.Span{Start: ev.tag.Start, End: raw.End}
				event = -1
			}
			if len(stack) == intoDepth {
				into, intoDepth = nil, 0
			}
			stack = stack[:len(stack)-1]
		case xml.CharData:
			switch {
			case event >= 0 && len(stack) == event:
				tr := &d.tiers[len(d.tiers)-1]
				ev := &tr.events[len(tr.events)-1]
				ev.text = append(ev.text, corpus.XMLCharData(text, raw))
			case into != nil && len(stack) == intoDepth:
				*into += string(t)
			}
		}
	}
}

// timeline returns each point's index by id, and sets the points'
// seconds (rule 2).
func (d *exbDoc) timeline() (map[string]int, error) {
	index := make(map[string]int, len(d.points))
	first := -1 // the first timed point
	last := 0.0
	for i := range d.points {
		p := &d.points[i]
		if _, dup := index[p.id]; !dup {
			index[p.id] = i
		}
		if p.time == "" {
			p.seconds = last
			continue
		}
		v, err := strconv.ParseFloat(p.time, 64)
		if err != nil || math.IsInf(v, 0) || math.IsNaN(v) {
			return nil, d.fail(p.off, "the time %q of point %q is no number", p.time, p.id)
		}
		if first >= 0 && v < last {
			return nil, d.fail(p.off, "point %q at %g s comes after a point at %g s: the common timeline must run forward", p.id, v, last)
		}
		p.seconds, last = v, v
		if first < 0 {
			first = i
		}
	}
	for i := 0; i < first; i++ {
		d.points[i].seconds = d.points[first].seconds
	}
	return index, nil
}

// speakerNames returns each speaker id's name and cue name (the
// abbreviation the tiers' display names use), and the roster.
func (d *exbDoc) speakerNames() (names, cues map[string]string, roster []corpus.Participant) {
	names, cues = map[string]string{}, map[string]string{}
	for _, s := range d.speakers {
		name := strings.Join(strings.Fields(s.name), " ")
		if first := strings.Join(strings.Fields(s.first), " "); first != "" && name != "" && !strings.Contains(name, first) {
			name = first + " " + name
		}
		abbr := strings.TrimSpace(s.abbreviation)
		cue := abbr
		if cue == "" {
			cue = strings.TrimSpace(s.id)
		}
		if name == "" {
			name = cue
		}
		if _, dup := names[s.id]; dup || name == "" {
			continue
		}
		names[s.id], cues[s.id] = name, cue
		roster = append(roster, corpus.Participant{Name: name, Role: strings.Join(strings.Fields(s.role), " "), Line: s.line})
	}
	return names, cues, roster
}

// build makes the document.
func (d *exbDoc) build() (*corpus.Document, error) {
	text := d.text
	index, err := d.timeline()
	if err != nil {
		return nil, err
	}
	point := func(ev exbEvent, id string) (int, error) {
		k, ok := index[id]
		if !ok {
			return 0, d.fail(ev.tag.Start, "the event's start or end %q is no point (tli) of the common timeline", id)
		}
		return k, nil
	}
	names, cues, roster := d.speakerNames()
	b := corpus.NewBuilder(d.name, Format, text)
	b.SetMetadata(d.title, "")
	b.SetRoster(roster)

	type event struct {
		exbEvent
		tier         int    // the tier's place in the file
		speaker, cue string // the tier's
		from, to     int    // timeline points
	}
	var events []event
	var fields []corpus.Span
	var notes []corpus.TierNote
	transcription := d.transcriptionTiers(names)
	for ti, tr := range d.tiers {
		speaker := d.tierSpeaker(tr, names)
		cue := cues[tr.speaker]
		if cue == "" {
			cue = speaker
		}
		typ := tr.typ
		if typ == "t" && !transcription[ti] {
			typ = "a"
		}
		for _, ev := range tr.events {
			from, err := point(ev, ev.start)
			if err != nil {
				return nil, err
			}
			to, err := point(ev, ev.end)
			if err != nil {
				return nil, err
			}
			if typ != "t" {
				if n, ok := d.eventNote(ev, typ); ok {
					notes = append(notes, corpus.TierNote{Note: n, Speaker: speaker, At: float64(from), Timed: true})
				}
				continue
			}
			fields = append(fields, ev.text...)
			events = append(events, event{exbEvent: ev, tier: ti, speaker: speaker, cue: cue, from: from, to: to})
		}
	}
	b.FieldNotes(fields)

	var utts []corpus.TierUtterance
	for _, e := range events {
		utts = append(utts, corpus.TierUtterance{
			Speaker: e.speaker,
			Utterance: corpus.Utterance{Cue: e.tag, CueName: e.cue, Text: corpus.Span{Start: e.tag.Start, End: max(e.elem.End, e.tag.End)},
				Speech: b.XMLSpeech(e.text), Time: d.points[e.from].time, Start: d.points[e.from].seconds, End: d.points[e.to].seconds},
			From: float64(e.from), To: float64(e.to), Tier: e.tier,
		})
	}
	return b.DocumentInTimeOrder(utts, notes, `no speech: no event with words on a transcription tier (<tier type="t">)`)
}

// tierSpeaker returns the name of the speaker of a tier: the speaker its
// speaker attribute names, else its display name, else its id. A display
// name that is only a bracketed category ("[tok]", as EXMARaLDA names a
// tier of no speaker) names no one: the speaker is "Unknown".
func (d *exbDoc) tierSpeaker(tr exbTier, names map[string]string) string {
	if n := names[tr.speaker]; n != "" {
		return n
	}
	if tr.speaker != "" {
		return tr.speaker
	}
	display := strings.TrimSpace(tr.display)
	if strings.HasPrefix(display, "[") && strings.HasSuffix(display, "]") && !strings.Contains(display[1:], "[") {
		return "Unknown"
	}
	for _, s := range []string{display, tr.id} {
		if s = strings.TrimSpace(s); s != "" {
			return s
		}
	}
	return "Unknown"
}

// transcriptionTiers returns the tiers that hold speech (rule 3): of each
// speaker's tiers of type "t", the first; EXMARaLDA allows a speaker one,
// and a file that has more (tokens, parts of speech and lemmas all of type
// "t", as exporters write them) holds the speech in the first and
// annotations of it in the others.
func (d *exbDoc) transcriptionTiers(names map[string]string) map[int]bool {
	out := map[int]bool{}
	seen := map[string]bool{}
	for i, tr := range d.tiers {
		if tr.typ != "t" {
			continue
		}
		key := "speaker " + tr.speaker
		if tr.speaker == "" {
			key = "name " + d.tierSpeaker(tr, names)
		}
		if !seen[key] {
			seen[key], out[i] = true, true
		}
	}
	return out
}

// udName returns a ud-information's attribute name as compared: trimmed,
// lower case, without the prefix ("s:Name") that COMA's export gives the
// attributes of a speaker.
func udName(a string) string {
	a = strings.ToLower(strings.TrimSpace(a))
	if prefix, rest, ok := strings.Cut(a, ":"); ok && len(prefix) <= 2 && rest != "" {
		a = strings.TrimSpace(rest)
	}
	return a
}

// eventNote returns the note an event of a description or annotation tier
// makes, if it holds text: its Body without HIAT's double parentheses.
func (d *exbDoc) eventNote(ev exbEvent, typ string) (corpus.Note, bool) {
	if len(ev.text) == 0 {
		return corpus.Note{}, false
	}
	anchor := corpus.TrimSpan(d.text, corpus.Span{Start: ev.text[0].Start, End: ev.text[len(ev.text)-1].End})
	if anchor.Len() == 0 {
		return corpus.Note{}, false
	}
	kind := corpus.Editorial
	if typ == "d" {
		kind = corpus.Stage
	}
	body := anchor
	if s := anchor.In(d.text); strings.HasPrefix(s, "((") && strings.HasSuffix(s, "))") && len(s) >= 4 {
		body = corpus.TrimSpan(d.text, corpus.Span{Start: anchor.Start + 2, End: anchor.End - 2})
	}
	return corpus.Note{Kind: kind, Anchor: anchor, Body: body, Extent: anchor}, true
}

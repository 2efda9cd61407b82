package transcriber

import (
	"encoding/xml"
	"fmt"
	"io"
	"math"
	"regexp"
	"strconv"
	"strings"

	"parley/corpus"
)

// Format is the reader's name, as --format takes it and Document.Format
// records it.
const Format = "transcriber"

// Read reads a Transcriber transcription (.trs, the XML of Transcriber
// 1.x and TranscriberAG). name is used in errors and outputs only; opt is
// not consulted.
//
// The rules:
//
//  1. The root is <Trans>. The <Speakers>' <Speaker id name> are the
//     roster; a speaker is named by its name, else by its id (an id the
//     list does not have, by itself). The <Episode>'s program is the
//     title and its air_date, where it opens with a date (YYYY-MM-DD) or
//     is one as Transcriber writes it (YYMMDD, the hour after a colon:
//     "980428:0700"), the date.
//  2. Each <Turn> is its speaker's, the one its speaker attribute names
//     ("Unknown" for a turn without one). A <Sync time/> inside a turn
//     starts an utterance; so does the turn's start tag, for what comes
//     before its first Sync. An utterance's cue is that tag, its Text
//     runs to the next utterance's cue (or the turn's end tag), its speech
//     is the text in it, and its Start is the Sync's time (the turn's
//     startTime for the first), its End the next Sync's time (or the
//     turn's endTime), its Time the time as written. A stretch after it
//     in its turn that holds no word of its speaker's (a Sync followed by
//     a noise only) is no utterance, and its notes are the turn's.
//  3. A turn of several speakers (speaker="spk1 spk2") holds overlapping
//     speech: a <Who nb="2"/> starts an utterance of the second speaker
//     listed, timed as the Sync before it; text before the first Who is
//     the first speaker's. The file's order is the conversation's, so
//     consecutive utterances of one speaker make one turn, and the
//     speakers of an overlap alternate in the order of their Who.
//  4. <Event type="noise"/> (an Event without a type too, noise being
//     the DTD's default) and <Background/> are stage notes; other
//     Events (lexical, pronounce, language, entities) and <Comment/> are
//     editorial notes; a note's Anchor is the element and its Body the
//     desc attribute (Background's type). Bracketed insertions and
//     parenthesised stage directions in the text are notes too, and
//     character and entity references are markup, cut from speech.
//
// Malformed XML is an error on the line where the parser stopped; so are a
// time that is no number, a Who whose nb names no speaker of its turn,
// and a file without a turn that holds words.
func Read(name string, src []byte, opt corpus.Options) (*corpus.Document, error) {
	if err := corpus.CheckText(name, src); err != nil {
		return nil, err
	}
	text := string(src)
	sc := &trsScanner{name: name, text: text, speakers: map[string]string{}}
	if err := sc.scan(); err != nil {
		return nil, err
	}
	b := corpus.NewBuilder(name, Format, text)
	b.SetMetadata(strings.Join(strings.Fields(sc.program), " "), sc.date())
	b.SetRoster(sc.roster)
	b.AddNotes(sc.notes...)
	var fields []corpus.Span
	for _, u := range sc.utts {
		fields = append(fields, u.fields...)
	}
	b.FieldNotes(fields)
	for i := range sc.utts {
		sc.utts[i].u.Speech = b.XMLSpeech(sc.utts[i].fields)
	}
	for i, u := range sc.utts {
		// An utterance reaches to the next, over the stretches after it
		// in its turn that hold no word of its speaker's ("<Sync/>" and
		// a noise), whose notes are its turn's.
		reach := corpus.Span{Start: u.u.Text.Start, End: len(text)}
		for k := i + 1; k < len(sc.utts); k++ {
			next := sc.utts[k]
			if next.turn != u.turn || next.speaker != u.speaker || corpus.HasWord(text, next.u.Speech) {
				reach.End = next.u.Text.Start
				break
			}
		}
		b.Add(u.speaker, u.u, reach)
	}
	return b.Document("no speech: no <Turn> holds words")
}

// Detect is sure of a file whose root element is <Trans>, whatever its
// name, and takes any other .trs file as one it could read.
func Detect(name string, src []byte) int {
	return corpus.DetectXMLRoot(name, src, "Trans", ".trs")
}

// trsUtterance is an utterance as the scanner finds it.
type trsUtterance struct {
	speaker string
	turn    int // the <Turn> it is in, counted from 1
	u       corpus.Utterance
	fields  []corpus.Span // its character data
}

// trsScanner walks a Transcriber file's tokens once.
type trsScanner struct {
	name, text string
	speakers   map[string]string // id -> name
	roster     []corpus.Participant
	program    string
	airDate    string
	notes      []corpus.Note
	utts       []trsUtterance

	// The open turn: its speakers' ids, where its utterances begin in
	// utts, the current speaker and time, and its end time.
	inTurn    bool
	turns     int // the <Turn>s opened so far
	turnWho   []string
	turnFirst int
	who       int
	at        float64
	atText    string
	turnEnd   float64
}

func (sc *trsScanner) fail(off int, format string, args ...any) error {
	return &corpus.InputError{File: sc.name, Line: corpus.LineAt(sc.text, off), Msg: fmt.Sprintf(format, args...)}
}

var (
	isoDate = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}`)
	// trsDate is the date as Transcriber writes it, YYMMDD, with the hour
	// after a colon ("980428:0700").
	trsDate = regexp.MustCompile(`^(\d{2})(\d{2})(\d{2})(?::\d{4})?$`)
)

// date returns the Episode's air_date as YYYY-MM-DD, or "": written so, or
// in Transcriber's YYMMDD (a year from 50 in the 1900s, else in the 2000s;
// a month or day out of range is no date).
func (sc *trsScanner) date() string {
	s := strings.TrimSpace(sc.airDate)
	if d := isoDate.FindString(s); d != "" {
		return d
	}
	m := trsDate.FindStringSubmatch(s)
	if m == nil {
		return ""
	}
	year, month, day := "20"+m[1], m[2], m[3]
	if m[1] >= "50" {
		year = "19" + m[1]
	}
	if month < "01" || month > "12" || day < "01" || day > "31" {
		return ""
	}
	return year + "-" + month + "-" + day
}

// seconds reads the time attribute a of t; ok is false where t has none.
func (sc *trsScanner) seconds(t xml.StartElement, a string, tag corpus.Span) (v float64, written string, ok bool, err error) {
	s, has := corpus.XMLAttr(t, a)
	if s = strings.TrimSpace(s); !has || s == "" {
		return 0, "", false, nil
	}
	v, perr := strconv.ParseFloat(s, 64)
	if perr != nil || math.IsInf(v, 0) || math.IsNaN(v) {
		return 0, "", false, sc.fail(tag.Start, "%s %q is no number", a, s)
	}
	return v, s, true, nil
}

func (sc *trsScanner) scan() error {
	x := corpus.NewXMLScanner(sc.text)
	for seen := false; ; {
		tok, raw, err := x.Next()
		if err == io.EOF {
			if !seen {
				return &corpus.InputError{File: sc.name, Msg: "no XML elements: a Transcriber file is a <Trans>"}
			}
			return nil
		}
		if err != nil {
			return x.Error(sc.name, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			el := t.Name.Local
			if !seen && el != "Trans" {
				return sc.fail(raw.Start, "not a Transcriber file: the root element is <%s>, not <Trans>", el)
			}
			seen = true
			if err := sc.open(t, raw); err != nil {
				return err
			}
		case xml.EndElement:
			if t.Name.Local == "Turn" && sc.inTurn {
				sc.closeTurn(raw)
			}
		case xml.CharData:
			if sc.inTurn && len(sc.utts) > sc.turnFirst {
				u := &sc.utts[len(sc.utts)-1]
				u.fields = append(u.fields, corpus.XMLCharData(sc.text, raw))
			}
		}
	}
}

func (sc *trsScanner) open(t xml.StartElement, tag corpus.Span) error {
	attr := func(a string) string { v, _ := corpus.XMLAttr(t, a); return strings.TrimSpace(v) }
	switch t.Name.Local {
	case "Speaker":
		id, name := attr("id"), strings.Join(strings.Fields(attr("name")), " ")
		if name == "" {
			name = id
		}
		if _, dup := sc.speakers[id]; !dup && name != "" {
			sc.speakers[id] = name
			sc.roster = append(sc.roster, corpus.Participant{Name: name, Line: corpus.LineAt(sc.text, tag.Start)})
		}
	case "Episode":
		if sc.program == "" {
			sc.program, sc.airDate = attr("program"), attr("air_date")
		}
	case "Turn":
		if sc.inTurn {
			return nil // the DTD lets no turn hold another
		}
		start, written, _, err := sc.seconds(t, "startTime", tag)
		if err != nil {
			return err
		}
		end, _, hasEnd, err := sc.seconds(t, "endTime", tag)
		if err != nil {
			return err
		}
		if !hasEnd {
			end = start
		}
		sc.turns++
		sc.inTurn, sc.turnWho, sc.turnFirst, sc.who = true, strings.Fields(attr("speaker")), len(sc.utts), 0
		sc.at, sc.atText, sc.turnEnd = start, written, end
		sc.begin(tag)
	case "Sync":
		if !sc.inTurn {
			return nil
		}
		if v, written, ok, err := sc.seconds(t, "time", tag); err != nil {
			return err
		} else if ok {
			sc.at, sc.atText = v, written
		}
		sc.begin(tag)
	case "Who":
		if !sc.inTurn {
			return nil
		}
		nb, err := strconv.Atoi(attr("nb"))
		if err != nil || nb < 1 || nb > max(len(sc.turnWho), 1) {
			return sc.fail(tag.Start, "<Who nb=%q> names no speaker of its turn, which has %d (speaker=%q)", attr("nb"), len(sc.turnWho), strings.Join(sc.turnWho, " "))
		}
		sc.who = nb - 1
		sc.begin(tag)
	case "Event", "Comment", "Background":
		kind, body := corpus.Editorial, "desc"
		switch {
		case t.Name.Local == "Background":
			kind, body = corpus.Stage, "type"
		case t.Name.Local == "Event" && (attr("type") == "noise" || attr("type") == ""):
			kind = corpus.Stage // the DTD's default type is noise
		}
		sc.notes = append(sc.notes, corpus.Note{Kind: kind, Anchor: tag, Body: corpus.TrimSpan(sc.text, corpus.XMLAttrSpan(sc.text, tag, body)), Extent: tag})
	}
	return nil
}

// begin starts an utterance of the current speaker at the tag.
func (sc *trsScanner) begin(tag corpus.Span) {
	id, speaker := "", "Unknown"
	if sc.who < len(sc.turnWho) {
		id = sc.turnWho[sc.who]
		speaker = id
		if n, ok := sc.speakers[id]; ok {
			speaker = n
		}
	}
	if n := len(sc.utts); n > sc.turnFirst {
		sc.utts[n-1].u.Text.End = tag.Start
	}
	cue := id
	if cue == "" {
		cue = speaker
	}
	sc.utts = append(sc.utts, trsUtterance{speaker: speaker, turn: sc.turns, u: corpus.Utterance{
		Cue: tag, CueName: cue, Text: tag, Time: sc.atText, Start: sc.at,
	}})
}

// closeTurn ends the open turn at its end tag and times its utterances:
// each ends where the next one later than it starts, the last at the
// turn's end.
func (sc *trsScanner) closeTurn(tag corpus.Span) {
	sc.inTurn = false
	us := sc.utts[sc.turnFirst:]
	if len(us) == 0 {
		return
	}
	us[len(us)-1].u.Text.End = tag.End
	end := sc.turnEnd
	for i := len(us) - 1; i >= 0; i-- {
		if i+1 < len(us) && us[i+1].u.Start > us[i].u.Start {
			end = us[i+1].u.Start
		}
		us[i].u.End = max(end, us[i].u.Start)
	}
}

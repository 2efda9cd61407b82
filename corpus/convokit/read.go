package convokit

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"

	"parley/corpus"
)

// Read reads utterances in ConvoKit's layout (utterances.jsonl):
// JSON Lines, one JSON object a line, with the members "id", "speaker",
// "conversation_id", "reply_to", "timestamp", "text" and optionally
// "meta". name is used in errors and outputs only.
//
// The rules:
//
//  1. Each line that is not blank holds one JSON object, an utterance;
//     utterances are taken in file order (not by reply_to or timestamp).
//     A line that is not one whole JSON object is an error.
//  2. The speaker is "speaker" (or "user", as ConvoKit before 2.0 wrote
//     it): a string, a number, or an object with an "id". Its value is the
//     utterance's Cue. A line without a speaker, or with an empty one, is
//     an error.
//  3. The text is "text", a string; a line without it is an error. The
//     utterance's Text is the string's contents as written in the file,
//     inside its quotes, escapes and all. Speech is the Text less its
//     notes (bracketed insertions, "[laughter]"; parenthesised stage
//     directions, "(APPLAUSE)") and less the escapes that stand for no
//     part of a word: "\n", "\t" and the like separate speech, and so do
//     "\u" escapes of white space and of punctuation outside a word
//     (" \u2014 "); of "\"" the backslash is dropped. A "\u" escape of a
//     letter or of punctuation inside a word (ensure_ascii's "don\u2019t")
//     stays in the speech as written, so its word counts once; only its
//     spelling shows the escape. "\\" and "\/" stay as written too, so a
//     path or a URL is one token.
//  4. Consecutive utterances of one speaker are one turn, within one
//     conversation: where "conversation_id" (or "root") changes, a turn
//     ends. Utterances of several conversations make one Document.
//  5. "timestamp" is kept as the utterance's Time as given; a number (or a
//     string that reads as one) is also its Start and End, in seconds: a
//     point in time.
//  6. "id", "reply_to" and "meta" are not read.
//
// A file without utterances is an error.
func Read(name string, src []byte, opt corpus.Options) (*corpus.Document, error) {
	if err := corpus.CheckText(name, src); err != nil {
		return nil, err
	}
	text := string(src)
	type utt struct {
		speaker   string
		cue, txt  corpus.Span
		reach     corpus.Span
		line      int
		conv      string
		time      string
		seconds   float64
		escapes   []corpus.Span
		newConvo  bool
		hasSecond bool
	}
	var utts []utt
	prevConv := ""
	for i, ln := range corpus.SplitLines(text) {
		if i == 0 && strings.HasPrefix(text, "\ufeff") {
			ln.Start += len("\ufeff")
		}
		if corpus.TrimSpan(text, ln).Len() == 0 {
			continue
		}
		line := i + 1
		fail := func(format string, args ...any) error {
			return &corpus.InputError{File: name, Line: line, Msg: fmt.Sprintf(format, args...)}
		}
		m, err := corpus.JSONMembers(text, ln)
		if errors.Is(err, corpus.ErrNotJSONObject) {
			return nil, fail("%v: each line of a ConvoKit file is one utterance, {...}", err)
		}
		if err != nil {
			return nil, fail("%v", err)
		}
		spk, ok := m["speaker"]
		if !ok {
			spk, ok = m["user"]
		}
		if !ok {
			return nil, fail(`no "speaker": a ConvoKit utterance names its speaker`)
		}
		speaker, cue, ok := convoSpeaker(text, spk)
		if !ok {
			return nil, fail(`"speaker" is %s, not a string or an object with an "id"`, corpus.JSONExcerpt(spk.In(text)))
		}
		if strings.TrimSpace(speaker) == "" {
			return nil, fail(`empty "speaker"`)
		}
		t, ok := m["text"]
		if !ok {
			return nil, fail(`no "text": a ConvoKit utterance has its text`)
		}
		if text[t.Start] != '"' {
			return nil, fail(`"text" is %s, not a string`, corpus.JSONExcerpt(t.In(text)))
		}
		u := utt{speaker: strings.TrimSpace(speaker), cue: cue, txt: corpus.Span{Start: t.Start + 1, End: t.End - 1}, reach: ln, line: line}
		u.escapes = corpus.JSONEscapes(text, u.txt)
		c, ok := m["conversation_id"]
		if !ok {
			c = m["root"]
		}
		u.conv, _ = corpus.JSONScalar(c.In(text))
		u.newConvo = len(utts) > 0 && u.conv != prevConv
		prevConv = u.conv
		if ts, ok := m["timestamp"]; ok {
			u.time, _ = corpus.JSONScalar(ts.In(text))
			if f, err := strconv.ParseFloat(strings.TrimSpace(u.time), 64); err == nil && !math.IsInf(f, 0) && !math.IsNaN(f) {
				u.seconds, u.hasSecond = f, true
			}
		}
		utts = append(utts, u)
	}

	b := corpus.NewBuilder(name, "convokit", text)
	fields := make([]corpus.Span, len(utts))
	for i, u := range utts {
		fields[i] = u.txt
	}
	b.FieldNotes(fields)
	for _, u := range utts {
		if u.newConvo {
			b.Break()
		}
		ut := corpus.Utterance{Cue: u.cue, Text: u.txt, Line: u.line, Time: u.time}
		if u.hasSecond {
			ut.Start, ut.End = u.seconds, u.seconds
		}
		ut.Speech = corpus.CutSpeech(text, b.SpeechIn(u.txt), u.escapes)
		b.Add(u.speaker, ut, u.reach)
	}
	return b.Document("no utterances: the file has no JSON lines")
}

// Detect is sure of a .jsonl file whose first line that is not
// blank is a JSON object with a "speaker" and a "text", and takes any
// other .jsonl file as one it could read.
func Detect(name string, src []byte) int {
	if !corpus.HasExt(name, ".jsonl") {
		return 0
	}
	line := string(corpus.FirstLine(bytes.TrimPrefix(src, []byte("\ufeff"))))
	if m, err := corpus.JSONMembers(line, corpus.Span{Start: 0, End: len(line)}); err == nil {
		if _, ok := m["speaker"]; ok {
			if _, ok := m["text"]; ok {
				return 2
			}
		}
	}
	return 1
}

// convoSpeaker returns the speaker a "speaker" value names and the span of
// the name in src: a string's contents, a number, or the "id" of an
// object.
func convoSpeaker(src string, v corpus.Span) (string, corpus.Span, bool) {
	raw := v.In(src)
	if strings.HasPrefix(raw, "{") {
		m, err := corpus.JSONMembers(src, v)
		id, ok := m["id"]
		if err != nil || !ok || strings.HasPrefix(id.In(src), "{") {
			return "", corpus.Span{}, false
		}
		v, raw = id, id.In(src)
	}
	name, ok := corpus.JSONScalar(raw)
	if !ok || raw == "null" || raw == "true" || raw == "false" {
		return "", corpus.Span{}, false
	}
	if strings.HasPrefix(raw, `"`) {
		v = corpus.Span{Start: v.Start + 1, End: v.End - 1}
	}
	return name, v, true
}

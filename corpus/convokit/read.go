package convokit

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

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
		m, err := jsonMembers(text, ln)
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
			return nil, fail(`"speaker" is %s, not a string or an object with an "id"`, jsonExcerpt(spk.In(text)))
		}
		if strings.TrimSpace(speaker) == "" {
			return nil, fail(`empty "speaker"`)
		}
		t, ok := m["text"]
		if !ok {
			return nil, fail(`no "text": a ConvoKit utterance has its text`)
		}
		if text[t.Start] != '"' {
			return nil, fail(`"text" is %s, not a string`, jsonExcerpt(t.In(text)))
		}
		u := utt{speaker: strings.TrimSpace(speaker), cue: cue, txt: corpus.Span{Start: t.Start + 1, End: t.End - 1}, reach: ln, line: line}
		u.escapes = jsonEscapes(text, u.txt)
		c, ok := m["conversation_id"]
		if !ok {
			c = m["root"]
		}
		u.conv, _ = jsonScalar(c.In(text))
		u.newConvo = len(utts) > 0 && u.conv != prevConv
		prevConv = u.conv
		if ts, ok := m["timestamp"]; ok {
			u.time, _ = jsonScalar(ts.In(text))
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
	if m, err := jsonMembers(line, corpus.Span{Start: 0, End: len(line)}); err == nil {
		if _, ok := m["speaker"]; ok {
			if _, ok := m["text"]; ok {
				return 2
			}
		}
	}
	return 1
}

// jsonMembers reads src[s], which must hold one JSON object and nothing
// else, and returns the span in src of each member's value (the last, for
// a key given twice).
func jsonMembers(src string, s corpus.Span) (map[string]corpus.Span, error) {
	dec := json.NewDecoder(strings.NewReader(s.In(src)))
	tok, err := dec.Token()
	if err != nil {
		return nil, jsonError(dec, err)
	}
	if d, ok := tok.(json.Delim); !ok || d != '{' {
		return nil, errors.New("not a JSON object: each line of a ConvoKit file is one utterance, {...}")
	}
	out := map[string]corpus.Span{}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, jsonError(dec, err)
		}
		key, _ := tok.(string) // a key is a string, or Token fails
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return nil, jsonError(dec, err)
		}
		end := s.Start + int(dec.InputOffset())
		out[key] = corpus.Span{Start: end - len(raw), End: end}
	}
	if _, err := dec.Token(); err != nil {
		return nil, jsonError(dec, err)
	}
	end := int(dec.InputOffset())
	if _, err := dec.Token(); err != io.EOF {
		rest := s.In(src)[end:]
		return nil, fmt.Errorf("more than one JSON value on the line (column %d)", end+len(rest)-len(strings.TrimLeft(rest, " \t\r"))+1)
	}
	return out, nil
}

// jsonError says what is wrong with a line's JSON.
func jsonError(dec *json.Decoder, err error) error {
	var se *json.SyntaxError
	switch {
	case errors.As(err, &se):
		return fmt.Errorf("bad JSON near column %d: %v", se.Offset+1, err)
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		return errors.New("bad JSON: the object does not end on its line (JSON Lines has one whole object a line)")
	}
	return fmt.Errorf("bad JSON near column %d: %v", dec.InputOffset()+1, err)
}

// jsonScalar returns the value of a JSON string, number or boolean as a
// string (a string decoded, the others as written), "" for null; ok is
// false for anything else.
func jsonScalar(raw string) (string, bool) {
	switch {
	case raw == "" || raw == "null":
		return "", true
	case raw[0] == '"':
		var s string
		err := json.Unmarshal([]byte(raw), &s)
		return s, err == nil
	case raw[0] == '{' || raw[0] == '[':
		return "", false
	}
	return raw, true
}

// convoSpeaker returns the speaker a "speaker" value names and the span of
// the name in src: a string's contents, a number, or the "id" of an
// object.
func convoSpeaker(src string, v corpus.Span) (string, corpus.Span, bool) {
	raw := v.In(src)
	if strings.HasPrefix(raw, "{") {
		m, err := jsonMembers(src, v)
		id, ok := m["id"]
		if err != nil || !ok || strings.HasPrefix(id.In(src), "{") {
			return "", corpus.Span{}, false
		}
		v, raw = id, id.In(src)
	}
	name, ok := jsonScalar(raw)
	if !ok || raw == "null" || raw == "true" || raw == "false" {
		return "", corpus.Span{}, false
	}
	if strings.HasPrefix(raw, `"`) {
		v = corpus.Span{Start: v.Start + 1, End: v.End - 1}
	}
	return name, v, true
}

// jsonEscapes returns the escapes in the JSON string contents s that are
// not speech as written: the backslash of \"; the whole of \n \r
// \t \b \f; the whole of a \u escape (or surrogate pair) for white space,
// a control character, or punctuation or a symbol that does not stand
// between two letters or digits ("\u201cso\u201d", " \u2014 "). A \u
// escape of a letter, a digit, or punctuation inside a word ("don\u2019t",
// "caf\u00e9") stays in the speech as written, so that its word counts
// once, and so do \\ and \/, so that a path or a URL stays one token.
func jsonEscapes(src string, s corpus.Span) []corpus.Span {
	var cuts []corpus.Span
	for i := s.Start; i+1 < s.End; i++ {
		if src[i] != '\\' {
			continue
		}
		switch src[i+1] {
		case '"':
			cuts = append(cuts, corpus.Span{Start: i, End: i + 1})
			i++
		case '\\', '/':
			i++
		case 'n', 'r', 't', 'b', 'f':
			cuts = append(cuts, corpus.Span{Start: i, End: i + 2})
			i++
		case 'u':
			r, n := jsonRune(src[i:s.End])
			if n == 0 {
				i++
				continue
			}
			switch {
			case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r):
			case unicode.IsSpace(r) || unicode.IsControl(r):
				cuts = append(cuts, corpus.Span{Start: i, End: i + n})
			default:
				before, _ := utf8.DecodeLastRuneInString(src[s.Start:i])
				after, _ := utf8.DecodeRuneInString(src[i+n : s.End])
				if !isWordRune(before) || !isWordRune(after) {
					cuts = append(cuts, corpus.Span{Start: i, End: i + n})
				}
			}
			i += n - 1
		}
	}
	return cuts
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// jsonRune decodes the \u escape that opens s, taking a surrogate pair as
// one rune, and returns the rune and the escape's length; n is 0 if s
// opens with no \u escape.
func jsonRune(s string) (r rune, n int) {
	hex := func(s string) (rune, bool) {
		if len(s) < 6 || s[0] != '\\' || s[1] != 'u' {
			return 0, false
		}
		v, err := strconv.ParseUint(s[2:6], 16, 32)
		return rune(v), err == nil
	}
	r, ok := hex(s)
	if !ok {
		return 0, 0
	}
	if utf16.IsSurrogate(r) {
		if r2, ok := hex(s[6:]); ok {
			if d := utf16.DecodeRune(r, r2); d != unicode.ReplacementChar {
				return d, 12
			}
		}
	}
	return r, 6
}

// jsonExcerpt returns a JSON value for an error message, shortened.
func jsonExcerpt(raw string) string {
	if r := []rune(raw); len(r) > 40 {
		return string(r[:40]) + "…"
	}
	return raw
}

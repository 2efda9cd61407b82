package jsondoc

import (
	"errors"
	"fmt"
	"sort"
	"strings"

	"parley/corpus"
)

// Read reads a transcript held in JSON: a speech-to-text result
// (Deepgram, AssemblyAI, Amazon Transcribe and Connect, Rev.ai, Google,
// Azure, Speechmatics, Whisper and WhisperX), an archive's transcript
// (Oyez's sections of turns), an array of {"speaker", "text"} objects,
// or JSON Lines of such objects. name is used in errors and outputs,
// and its ending says whether the file is JSON Lines; opt.SpeakerKey and
// opt.TextKey name the members that hold the speaker and the text where
// they are not the usual ones.
//
// The rules:
//
//  1. The file is one JSON value (RFC 8259; a byte order mark first is
//     allowed), or several one after another: a ".jsonl" or ".ndjson"
//     file, or any file with more than one, is JSON Lines, whose values
//     must be objects and are read as the elements of one array. Arrays
//     and objects nested more than 1000 deep are an error. A member is
//     found by its name as written, else by one that differs only in
//     case and in the "_" and "-" between words: "speaker_label",
//     "speakerLabel" and "SpeakerLabel" are one name.
//  2. The utterances are the objects of one array, found by structure
//     wherever it is in the document. Arrays at one path, with the
//     indices taken as one ("sections[].turns[]"), are one array, in
//     document order. An object has a speaker when a speaker member
//     (rule 6) holds a name or a number, and a text when a text member
//     (rule 7) holds a string or joined words. The array read is the one
//     rule 3 finds, else rule 4's, else rule 5's. In it an object without
//     a text is no utterance, and one without a speaker is "Unknown"'s,
//     unless another object of the array with a speaker has the same text
//     and start: it restates that one and is no utterance (Google's
//     diarized results end with one that repeats every word with its
//     speaker tag).
//  3. An array whose objects, at least half of them, have a speaker and
//     a text. Among several: one whose texts are utterances rather than
//     single words (an array is of words when nine in ten of its texts
//     that hold a word are one word, as a recogniser's words[] are), then
//     one that lies in no other's objects (so an utterance's words[] is
//     never the utterance array), then the one with the most texts, then
//     the first. AssemblyAI's utterances[] so win over its words[], and
//     Deepgram's results.utterances[] over its channels' words[].
//  4. Timed speaker segments joined with timed words: an array of
//     segments (at least half with a speaker and a start, fewer with a
//     text) and one of words (at least half with a text and a start,
//     fewer with a speaker), as Amazon Transcribe's
//     speaker_labels.segments[] and items[] (each preferred as in rule
//     3). Each word goes to the segment that starts last at or before the
//     word's start (the one whose time range holds it, where segments do
//     not overlap; in a gap, the one before), else to the first; a word
//     without a start (punctuation) goes with the word before it. Each
//     run of words of one segment is an utterance, timed as its segment.
//  5. Unless opt.SpeakerKey is set, an array whose objects, at least
//     half, have a text (preferred as in rule 3): the speaker is then
//     "Unknown".
//  6. The speaker is the first of "speaker", "speaker_name",
//     "speaker_label", "participant", "name", "role", "speaker_id",
//     "participant_id" and "speaker_tag" (or opt.SpeakerKey alone; a
//     dotted key, "speaker.name", leads into objects) that holds a
//     non-empty string, or an object with a "name", "label" or "id"; else
//     the first that holds a number; where the object has none, its
//     first alternative's (rule 7; Speechmatics's). A "speaker_tag" of 0
//     is none (Google numbers speakers from 1). A bare index, a number or
//     a single capital letter, is written "Speaker 0", "Speaker A"
//     (Deepgram's 0 and 1, AssemblyAI's "A" and "B"); "UU" (Speechmatics's
//     speaker not identified) is "Unknown"; any other label is kept as
//     written ("SPEAKER_00", "spk_1"). The value as written is the
//     utterance's Cue and CueName.
//  7. The text is the first of "text", "transcript", "content",
//     "utterance", "value", "punctuated_word", "word", "display",
//     "dialogue" and "speech" (or opt.TextKey alone) that holds a string;
//     else the string of the object's first alternative, the first object
//     of its "alternatives" or "nBest" (Azure's, whose "display" is the
//     punctuated form); else the words of the first of those members, or
//     of "words", "elements", "text_blocks" and "items", that holds an
//     array of objects with texts (a word's text found the same way),
//     joined. Of joined words, those whose "type" is not "text", "punct",
//     "pronunciation", "punctuation" or "word" are tags, not speech, and
//     are editorial notes (Rev.ai's "<inaudible>").
//  8. Speech is the text strings' contents as written in the file, less
//     notes (bracketed insertions, "[laughter]"; parenthesised stage
//     directions, "(inaudible)", within one string) and less the escapes
//     that stand for no part of a word, as corpus.JSONEscapes has it. The
//     utterance's Text runs from its first string's contents to its
//     last's, its Line is the line where its text begins.
//  9. An utterance's start is the first of "start", "start_time",
//     "begin", "ts", "timestamp", "start_offset", "start_ms",
//     "begin_offset_millis", "offset", "offset_milliseconds" and
//     "offset_in_ticks", its end the first of "end", "end_time", "stop",
//     "end_ts", "end_offset", "end_ms" and "end_offset_millis", else its
//     start plus the first of "duration", "duration_milliseconds" and
//     "duration_in_ticks"; for joined words without their own, the first
//     word's start and the last word's end. The members named in
//     milliseconds ("ms", "millis", "milliseconds") are in milliseconds,
//     those in ticks in 100-nanosecond ticks; "offset" and "duration"
//     are read only as durations written with their unit, never as bare
//     numbers (which Azure's SDK writes in ticks). A string of seconds
//     with an "s" ("1.300s"), an ISO 8601 duration ("PT1M2.5S"), an
//     object of "seconds" and "nanos" (Google's), or a clock time
//     "hh:mm:ss", "mm:ss" (".mmm" or ",mmm" after) is in seconds. Any
//     other number, or a string that holds one, is in seconds, except
//     where every such time of the file is a whole number and the
//     largest exceeds 86400 (a day in seconds) or the median utterance
//     (end less start, else the next start less its start) exceeds 600
//     (ten minutes), or 10 where the utterances are ten or more single
//     words (no word lasts ten seconds): then all of them are
//     milliseconds (AssemblyAI's); whole numbers that all lie between
//     1e9 and 1e10 are Unix times in seconds all the same. The start as
//     written is the utterance's Time; Start and End its timing in
//     seconds, End the Start where there is no end.
//  10. Consecutive utterances of one speaker are one turn; nothing else
//     (a section, a channel, metadata) is read.
//
// Bad JSON is an error on the line where it goes wrong, and so is a
// value of JSON Lines that is not an object. A file without an array of
// utterances, or whose utterances hold no word, is an error.
func Read(name string, src []byte, opt corpus.Options) (*corpus.Document, error) {
	if err := corpus.CheckText(name, src); err != nil {
		return nil, err
	}
	text := string(src)
	values, err := parse(text, false)
	if err != nil {
		var se *syntaxError
		if !errors.As(err, &se) {
			se = &syntaxError{msg: err.Error()}
		}
		return nil, &corpus.InputError{File: name, Line: corpus.LineAt(text, se.off), Msg: "bad JSON: " + se.msg}
	}
	root, err := rootOf(name, text, values)
	if err != nil {
		return nil, err
	}
	k := keysFor(opt)
	gs := groups(text, root, k)
	c, ok := choose(gs, k)
	if !ok {
		return nil, &corpus.InputError{File: name, Msg: noUtterances(k, gs)}
	}
	var utts []utterance
	words := false
	if c.utts != nil {
		utts, words = fromObjects(text, c.utts, k), c.utts.words() && len(c.utts.objs) >= minWords
	} else {
		utts = joinByTime(text, c.segments, c.timedWds, k)
	}
	return build(name, text, utts, words)
}

// minWords is how many single-word texts an array needs for its times
// to be judged as a recogniser's words are (milliseconds): a few short
// texts are as likely utterances with placeholder words.
const minWords = 10

// rootOf returns the document's root: its one value, or for JSON Lines
// an array of its values.
func rootOf(name, text string, values []node) (*node, error) {
	if len(values) == 0 {
		return nil, &corpus.InputError{File: name, Msg: "no JSON value in the file"}
	}
	if len(values) == 1 && !jsonLines(name) {
		return &values[0], nil
	}
	for _, v := range values {
		if v.kind != jsonObject {
			return nil, &corpus.InputError{File: name, Line: corpus.LineAt(text, v.span.Start), Msg: fmt.Sprintf("%s is not a JSON object: a JSON Lines file holds one object a line", corpus.JSONExcerpt(v.raw(text)))}
		}
	}
	return &node{kind: jsonArray, span: corpus.Span{Start: 0, End: len(text)}, kids: values}, nil
}

func jsonLines(name string) bool { return corpus.HasExt(name, ".jsonl", ".ndjson") }

// noUtterances says why no array of utterances was found.
func noUtterances(k keys, gs []*group) string {
	var what string
	if k.named {
		what = fmt.Sprintf("no array of objects with a %q member (the speaker key) and a text", k.speaker[0])
	} else {
		what = fmt.Sprintf("no array of utterances: no objects with a speaker (%s) and a text (%s, or joined %s)", quoteList(k.speaker), quoteList(k.text), quoteList(k.words))
	}
	if len(gs) == 0 {
		return what + "; the file has no array of objects"
	}
	var paths []string
	for _, g := range gs[:min(len(gs), 4)] {
		name := g.name()
		if name == "[]" {
			name += " (the top level)"
		}
		paths = append(paths, name)
	}
	if len(gs) > 4 {
		paths = append(paths, "...")
	}
	what += "; the file's arrays of objects are " + strings.Join(paths, ", ")
	for _, g := range gs {
		if g.most(g.prof.speakers) && g.most(g.prof.starts) && !g.most(g.prof.texts) {
			what += "; " + g.name() + " holds timed speaker segments without text (a diarization), and no array of timed words goes with them"
			break
		}
	}
	return what + "; name the members with --speaker-key and --text-key"
}

func quoteList(list []string) string {
	q := make([]string, len(list))
	for i, s := range list {
		q[i] = fmt.Sprintf("%q", s)
	}
	return strings.Join(q, ", ")
}

// utterance is one utterance as found, before the Builder takes it.
type utterance struct {
	speaker    speakerValue // name "" for none
	text       textValue
	start, end moment
	from       int // where its object (or first word) starts, for its reach
}

// fromObjects reads the utterances of the objects of g (Read's rules 3
// and 5).
func fromObjects(src string, g *group, k keys) []utterance {
	restated := restatements(src, g, k)
	var out []utterance
	for _, obj := range g.objs {
		t, ok := k.textOf(src, obj)
		if !ok {
			continue
		}
		sp, spoken := k.speakerOf(src, obj)
		start := timeOf(src, obj, startKeys)
		if !spoken && start.ok && restated[said{t.said(src), start.value}] {
			continue
		}
		u := utterance{speaker: sp, text: t, from: obj.span.Start}
		u.start, u.end = start, endOf(src, obj, start)
		if !u.start.ok {
			for _, w := range t.words {
				if m := timeOf(src, w, startKeys); m.ok {
					u.start = m
					break
				}
			}
		}
		if !u.end.ok {
			for i := len(t.words) - 1; i >= 0; i-- {
				if m := endOf(src, t.words[i], timeOf(src, t.words[i], startKeys)); m.ok {
					u.end = m
					break
				}
			}
		}
		out = append(out, u)
	}
	return out
}

// said is an object's text and start (as read, "0.3s" and "0.300s"
// alike), by which one restating another is known.
type said struct {
	text  string
	start float64
}

// restatements returns what the objects of g with a speaker say and
// when: an object without a speaker that says the same at the same time
// restates one of them and is no utterance of its own. Google's
// diarized results end with one result that repeats every word of the
// earlier ones, each now with its speaker tag.
func restatements(src string, g *group, k keys) map[said]bool {
	if g.prof.speakers == 0 || g.prof.speakers == len(g.objs) {
		return nil
	}
	out := map[said]bool{}
	for _, obj := range g.objs {
		if _, ok := k.speakerOf(src, obj); !ok {
			continue
		}
		t, ok := k.textOf(src, obj)
		start := timeOf(src, obj, startKeys)
		if ok && start.ok {
			out[said{t.said(src), start.value}] = true
		}
	}
	return out
}

// joinByTime reads the utterances of timed speaker segments and timed
// words (Read's rule 4).
func joinByTime(src string, segs, wds *group, k keys) []utterance {
	type segment struct {
		speaker    speakerValue
		start, end moment
	}
	segments := make([]segment, len(segs.objs))
	spans := make([][2]moment, len(segs.objs))
	for i, obj := range segs.objs {
		s := &segments[i]
		s.speaker, _ = k.speakerOf(src, obj)
		s.start = timeOf(src, obj, startKeys)
		s.end = endOf(src, obj, s.start)
		spans[i] = [2]moment{s.start, s.end}
	}
	starts := make([]moment, len(wds.objs))
	for i, w := range wds.objs {
		starts[i] = timeOf(src, w, startKeys)
	}
	ms := milliseconds(spans, starts, false)

	// segmentAt returns the segment a word starting at t goes to: the one
	// that starts last at or before it, else the first.
	var byStart []int
	for i, s := range segments {
		if s.start.ok {
			byStart = append(byStart, i)
		}
	}
	sort.SliceStable(byStart, func(a, b int) bool {
		return segments[byStart[a]].start.seconds(ms) < segments[byStart[b]].start.seconds(ms)
	})
	segmentAt := func(t float64) int {
		if len(byStart) == 0 {
			return 0
		}
		k := sort.Search(len(byStart), func(i int) bool { return segments[byStart[i]].start.seconds(ms) > t })
		return byStart[max(k-1, 0)]
	}
	var out []utterance
	cur := -1 // the segment of the word before
	for i, w := range wds.objs {
		f, speech := k.wordText(src, w)
		if f == nil {
			continue
		}
		seg := cur
		if starts[i].ok || seg < 0 {
			seg = segmentAt(starts[i].seconds(ms))
		}
		if seg != cur || len(out) == 0 {
			s := segments[seg]
			out = append(out, utterance{speaker: s.speaker, start: s.start, end: s.end, from: w.span.Start})
			cur = seg
		}
		t := &out[len(out)-1].text
		if speech {
			t.fields, t.words = append(t.fields, f), append(t.words, w)
		} else {
			t.tags = append(t.tags, f)
		}
	}
	return out
}

// build makes the document of the utterances; words: they are single
// words, a recogniser's, for the file's unit of time.
func build(name, text string, utts []utterance, words bool) (*corpus.Document, error) {
	spans := make([][2]moment, len(utts))
	for i, u := range utts {
		spans[i] = [2]moment{u.start, u.end}
	}
	ms := milliseconds(spans, nil, words)

	b := corpus.NewBuilder(name, "json", text)
	starts := corpus.LineStarts(text)
	var fields []corpus.Span
	for _, u := range utts {
		for _, f := range u.text.fields {
			fields = append(fields, f.contents())
		}
		for _, tag := range u.text.tags {
			b.AddNotes(tagNote(text, tag))
		}
	}
	b.FieldNotes(fields)
	for i, u := range utts {
		next := len(text)
		if i+1 < len(utts) {
			next = utts[i+1].from
		}
		ut := corpus.Utterance{Cue: u.speaker.cue, CueName: u.speaker.written}
		if fs := u.text.fields; len(fs) > 0 {
			ut.Text = corpus.Span{Start: fs[0].contents().Start, End: fs[len(fs)-1].contents().End}
			ut.Line = sort.SearchInts(starts, ut.Text.Start+1)
		}
		for _, f := range u.text.fields {
			c := f.contents()
			ut.Speech = append(ut.Speech, corpus.CutSpeech(text, b.SpeechIn(c), corpus.JSONEscapes(text, c))...)
		}
		ut.Time = u.start.written
		if u.start.ok {
			ut.Start = u.start.seconds(ms)
			ut.End = ut.Start
		}
		if u.end.ok {
			ut.End = u.end.seconds(ms)
		}
		speaker := u.speaker.name
		if speaker == "" {
			speaker = "Unknown"
		}
		b.Add(speaker, ut, corpus.Span{Start: u.from, End: max(next, u.from)})
	}
	return b.Document("no speech: the utterances' texts hold no words")
}

// tagNote is the editorial note of a word that is a tag ("<inaudible>"):
// its string's contents, its body what the brackets hold.
func tagNote(text string, tag *node) corpus.Note {
	c := corpus.TrimSpan(text, tag.contents())
	body := c
	if s := c.In(text); len(s) >= 2 && strings.ContainsRune("<[(", rune(s[0])) && strings.ContainsRune(">])", rune(s[len(s)-1])) {
		body = corpus.TrimSpan(text, corpus.Span{Start: c.Start + 1, End: c.End - 1})
	}
	return corpus.Note{Kind: corpus.Editorial, Anchor: c, Body: body, Extent: c}
}

package jsondoc

import (
	"fmt"
	"strings"
	"testing"

	"parley/corpus"
	"parley/corpus/corpustest"
)

// structured checks what every document Read returns must be; a JSON
// utterance's cue (its speaker member) stands apart from its text.
func structured(t testing.TB, d *corpus.Document) {
	t.Helper()
	corpustest.CheckStructured(t, d, []byte(d.Source))
	if d.Format != "json" {
		t.Errorf("Format %q", d.Format)
	}
}

func runCases(t *testing.T, name string, cases []corpustest.Case) {
	t.Helper()
	corpustest.RunCasesWith(t, cases, Read, name, corpustest.Turns, structured)
}

func TestRead(t *testing.T) {
	runCases(t, "t.json", []corpustest.Case{
		{
			Name:  "a plain array of speaker and text; one speaker's utterances in a row are one turn",
			Src:   `[{"speaker": "Ann", "text": "Hello."}, {"speaker": "Ann", "text": "Anyone?"}, {"speaker": "Bo", "text": "Yes."}]`,
			Turns: "ann=Hello. / Anyone?; bo=Yes.",
		},
		{
			Name: "speaker members in order of preference: a name beats a number",
			Src: `[{"speaker": 1, "speaker_name": "Lisa", "text": "a"}, {"speaker_label": "spk_1", "text": "b"},` +
				`{"participant": "P3", "text": "c"}, {"name": "Dee", "text": "d"}, {"role": "user", "text": "e"},` +
				`{"speaker": "", "name": "Eve", "text": "f"}]`,
			Turns: "lisa=a; spk_1=b; p3=c; dee=d; user=e; eve=f",
		},
		{
			Name:  "a diarizer's index is Speaker N; other labels as written",
			Src:   `[{"speaker": 0, "text": "a"}, {"speaker": "A", "text": "b"}, {"speaker": "SPEAKER_00", "text": "c"}, {"speaker": "2", "text": "d"}, {"speaker": "a", "text": "e"}]`,
			Turns: "speaker 0=a; speaker a=b; speaker_00=c; speaker 2=d; a=e",
		},
		{
			Name:  "a speaker object's name, else label, else id",
			Src:   `[{"speaker": {"id": 7, "name": "Roberts"}, "text": "a"}, {"speaker": {"label": "Judge"}, "text": "b"}, {"speaker": {"id": "s3"}, "text": "c"}, {"speaker": {"id": 4}, "text": "d"}]`,
			Turns: "roberts=a; judge=b; s3=c; speaker 4=d",
		},
		{
			Name: "text members in order of preference, and a first alternative",
			Src: `[{"speaker": "A", "transcript": "one", "value": "no"}, {"speaker": "B", "content": "two"}, {"speaker": "A", "utterance": "three"},` +
				`{"speaker": "B", "value": "four"}, {"speaker": "A", "alternatives": [{"transcript": "five", "confidence": 0.9}, {"transcript": "fife"}]}]`,
			Turns: "speaker a=one; speaker b=two; speaker a=three; speaker b=four; speaker a=five",
		},
		{
			Name:  "chat messages: role and content",
			Src:   `{"messages": [{"role": "user", "content": "What is a quorum?"}, {"role": "assistant", "content": "The least number of members present."}]}`,
			Turns: "user=What is a quorum?; assistant=The least number of members present.",
		},
		{
			Name: "joined words: a word's punctuated form first; tags are notes",
			Src: `{"monologues": [{"speaker": 1, "elements": [{"type": "text", "value": "Thanks"}, {"type": "punct", "value": " "},` +
				`{"type": "unknown", "value": "<inaudible>"}, {"type": "text", "value": "all"}, {"type": "punct", "value": "."}]},` +
				`{"speaker": 2, "words": [{"word": "so", "punctuated_word": "So,"}, {"word": "yes"}, {"text": "indeed"}, {"confidence": 1}]}]}`,
			Turns: "speaker 1=Thanks|all|.; speaker 2=So,|yes|indeed",
			Notes: "editorial:inaudible@1",
		},
		{
			Name: "utterances win over the words of the same speakers (AssemblyAI)",
			Src: `{"text": "Hi there. Bye.", "words": [{"text": "Hi", "speaker": "A"}, {"text": "there.", "speaker": "A"}, {"text": "Bye.", "speaker": "B"}],` +
				`"utterances": [{"speaker": "A", "text": "Hi there.", "words": [{"text": "Hi", "speaker": "A"}, {"text": "there.", "speaker": "A"}]},` +
				`{"speaker": "B", "text": "Bye.", "words": [{"text": "Bye.", "speaker": "B"}]}]}`,
			Turns: "speaker a=Hi there.; speaker b=Bye.",
		},
		{
			Name: "utterances win over a channel's words (Deepgram)",
			Src: `{"results": {"channels": [{"alternatives": [{"transcript": "Yes. No way.", "words": [{"word": "yes", "punctuated_word": "Yes.", "speaker": 0},` +
				`{"word": "no", "punctuated_word": "No", "speaker": 1}, {"word": "way", "punctuated_word": "way.", "speaker": 1}]}]}],` +
				`"utterances": [{"transcript": "Yes.", "speaker": 0}, {"transcript": "No way.", "speaker": 1}]}}`,
			Turns: "speaker 0=Yes.; speaker 1=No way.",
		},
		{
			Name:  "words alone, where nothing else carries speakers, make the turns",
			Src:   `{"words": [{"word": "yes", "speaker": 0}, {"word": "indeed", "speaker": 0}, {"word": "no", "speaker": 1}]}`,
			Turns: "speaker 0=yes / indeed; speaker 1=no",
		},
		{
			Name: "turns across sections are one sequence (Oyez)",
			Src: `{"transcript": {"sections": [{"turns": [{"speaker": {"name": "Roberts"}, "text_blocks": [{"text": "We will hear argument."}, {"text": "Mr. Carvin."}]},` +
				`{"speaker": {"name": "Carvin"}, "text_blocks": [{"text": "Thank you."}]}]},` +
				`{"turns": [{"speaker": {"name": "Carvin"}, "text_blocks": [{"text": "And in rebuttal."}]}, {"speaker": null, "text_blocks": [{"text": "Counsel --"}]}]}]}}`,
			Turns: "roberts=We will hear argument.|Mr. Carvin.; carvin=Thank you. / And in rebuttal.; unknown=Counsel --",
		},
		{
			Name:  "an array nested deep in the document",
			Src:   `{"data": {"job": {"output": [{"result": {"x": 1}}, {"transcript": {"lines": [{"speaker": "A", "text": "deep"}]}}]}}}`,
			Turns: "speaker a=deep",
		},
		{
			Name:  "without speakers, one Unknown speaker",
			Src:   `{"segments": [{"start": 0, "end": 2.5, "text": " First."}, {"start": 2.5, "end": 4, "text": " Second."}]}`,
			Turns: "unknown=First. / Second.",
		},
		{
			Name:  "an object without a speaker among those with one is Unknown's; one without text is none",
			Src:   `[{"speaker": "A", "text": "a"}, {"text": "b"}, {"speaker": "B"}, {"speaker": "A", "text": ""}, {"speaker": "A", "text": "c"}]`,
			Turns: "speaker a=a; unknown=b; speaker a=c",
		},
		{
			Name: "timed speaker segments and timed words are joined by time (Amazon Transcribe)",
			Src: `{"results": {"transcripts": [{"transcript": "Hi. Yes, sure."}],` +
				`"speaker_labels": {"speakers": 2, "segments": [{"start_time": "0.5", "end_time": "1.0", "speaker_label": "spk_0", "items": [{"start_time": "0.5", "end_time": "1.0", "speaker_label": "spk_0"}]},` +
				`{"start_time": "1.2", "end_time": "3.0", "speaker_label": "spk_1", "items": []}]},` +
				`"items": [{"start_time": "0.5", "end_time": "1.0", "alternatives": [{"confidence": "0.99", "content": "Hi"}], "type": "pronunciation"},` +
				`{"alternatives": [{"confidence": "0.0", "content": "."}], "type": "punctuation"},` +
				`{"start_time": "1.2", "end_time": "1.5", "alternatives": [{"content": "Yes"}], "type": "pronunciation"},` +
				`{"alternatives": [{"content": ","}], "type": "punctuation"},` +
				`{"start_time": "2.0", "end_time": "2.4", "alternatives": [{"content": "sure"}], "type": "pronunciation"},` +
				`{"alternatives": [{"content": "."}], "type": "punctuation"}]}}`,
			Turns: "spk_0=Hi|.; spk_1=Yes|,|sure|.",
		},
		{
			Name: "a word outside every segment goes to the last segment before it, or the first",
			Src: `{"segments": [{"start": 1, "end": 2, "speaker": "A"}, {"start": 3, "end": 4, "speaker": "B"}],` +
				`"items": [{"start": 0.5, "content": "early"}, {"start": 1.5, "content": "in"}, {"start": 2.5, "content": "gap"}, {"start": 3.5, "content": "late"}, {"start": 9, "content": "after"}]}`,
			Turns: "speaker a=early|in|gap; speaker b=late|after",
		},
		{
			Name:  "audio segments with their own transcripts are utterances",
			Src:   `{"results": {"transcripts": [{"transcript": "Hi. Hello."}], "audio_segments": [{"id": 0, "transcript": "Hi.", "start_time": "0.1", "end_time": "0.6", "speaker_label": "spk_0", "items": [0]}, {"id": 1, "transcript": "Hello.", "start_time": "0.9", "end_time": "1.4", "speaker_label": "spk_1", "items": [1]}]}}`,
			Turns: "spk_0=Hi.; spk_1=Hello.",
		},
		{
			Name:  "bracketed insertions and stage directions within a text are notes",
			Src:   `[{"speaker": "A", "text": "Well [laughter] I think (inaudible) so (and I mean it)."}, {"speaker": "B", "text": "[crosstalk]"}, {"speaker": "A", "text": "Go on."}]`,
			Turns: "speaker a=Well|I think|so (and I mean it). / Go on.",
			Notes: "editorial:laughter@1 stage:inaudible@1 editorial:crosstalk@1",
		},
		{
			Name:  "escapes: a line break separates speech, a quote's backslash is cut, an escaped letter stays",
			Src:   `[{"speaker": "A", "text": "one\ntwo \"three\" caf\u00e9 \u2014 end"}]`,
			Turns: `speaker a=one|two|"three|" caf\u00e9|end`,
		},
		{
			Name: "member names in any case and joining of words (Amazon Connect's PascalCase)",
			Src: `{"Participants": [{"ParticipantId": "AGENT"}], "Transcript": [{"ParticipantId": "AGENT", "Content": "Hello.", "BeginOffsetMillis": 0},` +
				`{"ParticipantId": "CUSTOMER", "Content": "Hi."}, {"participant_id": "AGENT", "CONTENT": "Bye."}]}`,
			Turns: "agent=Hello.; customer=Hi.; agent=Bye.",
		},
		{
			Name:  "identifiers after names: speaker_id, participant_id",
			Src:   `[{"speaker_id": "Speaker 1", "text": "a"}, {"speaker_name": "Ann", "speakerId": "S0", "text": "b"}, {"participantId": "P2", "text": "c"}]`,
			Turns: "speaker 1=a; ann=b; p2=c",
		},
		{
			Name: "Google: speaker tag 0 is none, and the last result's words restating the others' with their tags are read once",
			Src: `{"results": [{"alternatives": [{"transcript": "hi there", "words": [{"startTime": "0s", "endTime": "0.3s", "word": "hi", "speakerTag": 0},` +
				`{"startTime": "0.3s", "endTime": "0.6s", "word": "there", "speakerTag": 0}]}]},` +
				`{"alternatives": [{"transcript": "", "words": [{"startTime": "0s", "endTime": "0.300s", "word": "hi", "speakerTag": 1},` +
				`{"startTime": "0.300s", "endTime": "0.600s", "word": "there", "speakerTag": 2}]}]}]}`,
			Turns: "speaker 1=hi; speaker 2=there",
		},
		{
			Name: "Speechmatics: the speaker beside each alternative's content; UU is a speaker not known",
			Src: `{"results": [{"type": "word", "start_time": 0.1, "end_time": 0.3, "alternatives": [{"content": "Hello", "speaker": "S1"}]},` +
				`{"type": "speaker_change", "start_time": 0.3, "end_time": 0.3},` +
				`{"type": "word", "start_time": 0.5, "end_time": 0.7, "alternatives": [{"content": "first", "speaker": "S2"}], "entity_class": "ordinal", "type": "entity"},` +
				`{"type": "word", "start_time": 0.8, "end_time": 0.9, "alternatives": [{"content": "Hi", "speaker": "UU"}]}]}`,
			Turns: "s1=Hello; s2=first; unknown=Hi",
		},
		{
			Name: "Azure: the first of nBest, its display form; numeric speakers",
			Src: `{"combinedRecognizedPhrases": [{"channel": 0, "display": "Run Alabama. 0"}], "recognizedPhrases": [` +
				`{"speaker": 1, "offset": "PT0.04S", "nBest": [{"lexical": "run alabama", "display": "Run Alabama.", "words": [{"word": "run"}, {"word": "alabama"}]}]},` +
				`{"speaker": 2, "offset": "PT2.28S", "nBest": [{"lexical": "zero", "display": "0"}]}]}`,
			Turns: "speaker 1=Run Alabama.; speaker 2=0",
		},
		{
			Name:  "other names for the words spoken: dialogue, speech",
			Src:   `[{"start": "00:02.72", "speaker": "Tutor", "dialogue": "Click the pencil."}, {"speaker": "Student", "speech": "Ok."}]`,
			Turns: "tutor=Click the pencil.; student=Ok.",
		},
		{
			Name:  "a byte order mark, white space, CRLF",
			Src:   "\ufeff\r\n[\r\n {\"speaker\": \"A\",\r\n  \"text\": \"x\"}\r\n]\r\n",
			Turns: "speaker a=x",
		},
	})
}

func TestReadJSONLines(t *testing.T) {
	runCases(t, "t.jsonl", []corpustest.Case{
		{
			Name:  "JSON Lines of participant and utterance, blank lines skipped",
			Src:   "{\"participant\": \"P1\", \"utterance\": \"I shop on Saturdays.\"}\n\n{\"participant\": \"P2\", \"utterance\": \"Me too (laughs).\"}\n",
			Turns: "p1=I shop on Saturdays.; p2=Me too|.",
			Notes: "stage:laughs@2",
		},
		{
			Name:  "one line is one utterance",
			Src:   `{"speaker": "A", "text": "only"}`,
			Turns: "speaker a=only",
		},
	})
	// Several values one after another are JSON Lines whatever the name.
	runCases(t, "t.json", []corpustest.Case{{
		Name:  "values one after another",
		Src:   `{"speaker": "A", "text": "x"} {"speaker": "B", "text": "y"}`,
		Turns: "speaker a=x; speaker b=y",
	}})
}

func TestReadOptions(t *testing.T) {
	src := `{"log": [{"who": {"full": "Ann"}, "said": "Hello.", "speaker": "X", "text": "no"}, {"who": {"full": "Bo"}, "said": [{"w": "Hi"}, {"word": "there"}]}]}`
	for _, c := range []struct {
		opt  corpus.Options
		want string
	}{
		{corpus.Options{SpeakerKey: "who.full", TextKey: "said"}, "ann=Hello.; bo=there"},
		{corpus.Options{SpeakerKey: "who.full"}, "ann=no"},
		{corpus.Options{}, "speaker x=no"},
	} {
		d, err := Read("t.json", []byte(src), c.opt)
		if err != nil {
			t.Errorf("%+v: %v", c.opt, err)
			continue
		}
		structured(t, d)
		if got, _ := corpustest.Turns(d); got != c.want {
			t.Errorf("%+v: turns %s, want %s", c.opt, got, c.want)
		}
	}
	// A speaker key named must be found: no Unknown speaker then.
	_, err := Read("t.json", []byte(`[{"text": "x"}]`), corpus.Options{SpeakerKey: "who"})
	if !corpus.IsInputError(err) || !strings.Contains(err.Error(), `no array of objects with a "who" member`) {
		t.Errorf("an absent speaker key: %v", err)
	}
}

// TestReadTimes checks each utterance's Time, Start and End.
func TestReadTimes(t *testing.T) {
	for _, c := range []struct {
		name, src string
		want      string // "Time Start-End" an utterance, space separated
	}{
		{"seconds", `[{"speaker": "A", "text": "a", "start": 0.5, "end": 2}, {"speaker": "B", "text": "b", "start": 2.25, "end": 3}]`, "0.5@0.500-2.000 2.25@2.250-3.000"},
		{"whole seconds", `[{"speaker": "A", "text": "a", "start": 0, "end": 2}, {"speaker": "B", "text": "b", "start": 2, "end": 30}]`, "0@0.000-2.000 2@2.000-30.000"},
		{"milliseconds: the median utterance is over 600", `{"utterances": [{"speaker": "A", "text": "a", "start": 170, "end": 25140}]}`, "170@0.170-25.140"},
		{"milliseconds: past a day's seconds", `[{"speaker": "A", "text": "a", "start": 90000, "end": 90400}, {"speaker": "B", "text": "b", "start": 90400, "end": 90500}]`, "90000@90.000-90.400 90400@90.400-90.500"},
		{"milliseconds without ends: by the next start", `[{"speaker": "A", "text": "a", "ts": 0}, {"speaker": "B", "text": "b", "ts": 4000}, {"speaker": "A", "text": "c", "ts": 9000}]`, "0@0.000-0.000 4000@4.000-4.000 9000@9.000-9.000"},
		{"a fraction anywhere makes all seconds", `[{"speaker": "A", "text": "a", "start": 0, "end": 1000}, {"speaker": "B", "text": "b", "start": 1000.5, "end": 2000}]`, "0@0.000-1000.000 1000.5@1000.500-2000.000"},
		{"Unix seconds", `[{"speaker": "A", "text": "a", "timestamp": 1475020102}, {"speaker": "B", "text": "b", "timestamp": 1475020110}]`, "1475020102@1475020102.000-1475020102.000 1475020110@1475020110.000-1475020110.000"},
		{"strings of numbers and clock times", `[{"speaker": "A", "text": "a", "start_time": "1.5", "end_time": "2"}, {"speaker": "B", "text": "b", "start": "01:02:03.5", "end": "62:04"}, {"speaker": "A", "text": "c", "start": "00:00:07,250"}]`, "1.5@1.500-2.000 01:02:03.5@3723.500-3724.000 00:00:07,250@7.250-7.250"},
		{"what is no time is kept as written", `[{"speaker": "A", "text": "a", "timestamp": "2016-10-04T19:00:00"}, {"speaker": "B", "text": "b", "start": "1:75"}, {"speaker": "A", "text": "c", "start": true}]`, "2016-10-04T19:00:00@0.000-0.000 1:75@0.000-0.000 @0.000-0.000"},
		{"joined words: the first word's start, the last word's end", `[{"speaker": "A", "elements": [{"value": "a", "ts": 1.5, "end_ts": 1.7}, {"value": "b"}, {"value": "c", "ts": 2.5, "end_ts": 3.25}, {"value": "."}]}]`, "1.5@1.500-3.250"},
		{"an utterance's own times first", `[{"speaker": "A", "start": 1, "stop": 9, "text_blocks": [{"text": "a", "start": 2, "stop": 3}]}]`, "1@1.000-9.000"},
		{"no times", `[{"speaker": "A", "text": "a"}]`, "@0.000-0.000"},
		{"milliseconds where the member's name says so", `[{"speaker": "A", "text": "a", "start_ms": 0, "end_ms": 8500}, {"speaker": "B", "text": "b", "BeginOffsetMillis": 9000, "EndOffsetMillis": 25000}]`, "0@0.000-8.500 9000@9.000-25.000"},
		{"durations written with their unit: 1.3s, ISO 8601, seconds and nanos", `[{"speaker": "A", "text": "a", "startTime": "1.300s", "endTime": "2s"}, {"speaker": "B", "text": "b", "offset": "PT1M2.5S", "duration": "PT0.5S"}, {"speaker": "A", "text": "c", "start_time": {"seconds": "3", "nanos": 500000000}, "end_time": {"seconds": 4}}, {"speaker": "B", "text": "d", "start_time": {}}]`, "1.300s@1.300-2.000 PT1M2.5S@62.500-63.000 3.5s@3.500-4.000 0s@0.000-0.000"},
		{"ticks; a bare number under offset is none (Azure's SDK writes ticks there)", `[{"speaker": "A", "text": "a", "offsetInTicks": 400000.0, "durationInTicks": 21800000.0}, {"speaker": "B", "text": "b", "Offset": 1300000, "Duration": 57200000}]`, "400000.0@0.040-2.220 @0.000-0.000"},
		{"a fixed unit leaves the rest to the file's", `[{"speaker": "A", "text": "a", "start": "00:01:00", "end": 61}, {"speaker": "B", "text": "b", "start": 61, "end": 62}]`, "00:01:00@60.000-61.000 61@61.000-62.000"},
		{"a recogniser's words in whole milliseconds, without utterances", `{"words": [` + strings.TrimSuffix(strings.Repeat(`{"text": "w", "start": 170, "end": 718, "speaker": "A"}, `, 10), ", ") + `]}`, strings.TrimSuffix(strings.Repeat("170@0.170-0.718 ", 10), " ")},
		{"a few one-word utterances in whole seconds stay seconds", `{"words": [` + strings.TrimSuffix(strings.Repeat(`{"text": "w", "start": 170, "end": 718, "speaker": "A"}, `, 9), ", ") + `]}`, strings.TrimSuffix(strings.Repeat("170@170.000-718.000 ", 9), " ")},
	} {
		t.Run(c.name, func(t *testing.T) {
			d, err := Read("t.json", []byte(c.src), corpus.Options{})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, tr := range d.Turns {
				for _, u := range tr.Utterances {
					got = append(got, fmt.Sprintf("%s@%.3f-%.3f", u.Time, u.Start, u.End))
				}
			}
			if strings.Join(got, " ") != c.want {
				t.Errorf("times %s, want %s", strings.Join(got, " "), c.want)
			}
		})
	}
}

// TestReadSpans checks where each utterance's cue, text and line point.
func TestReadSpans(t *testing.T) {
	src := "{\"utterances\": [\n" +
		"  {\"start\": 1.5,\n   \"text\": \"Hello there.\",\n   \"speaker\": 0},\n" +
		"  {\"speaker\": {\"name\": \"Jo\u00e9\"}, \"words\": [{\"text\": \"Hi\"}, {\"text\": \"you\"}]},\n" +
		"  {\"text\": \"Who?\"}\n]}\n"
	d, err := Read("t.json", []byte(src), corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, tr := range d.Turns {
		for _, u := range tr.Utterances {
			got = append(got, fmt.Sprintf("L%d %s cue=%q(%s) text=%q", u.Line, tr.Speaker, u.Cue.In(src), u.CueName, u.Text.In(src)))
		}
	}
	want := []string{
		`L3 speaker 0 cue="0"(0) text="Hello there."`,
		`L5 joé cue="Joé"(Joé) text="Hi\"}, {\"text\": \"you"`,
		`L6 unknown cue=""(Unknown) text="Who?"`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("utterances\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	var speakers []string
	for _, s := range d.Speakers {
		speakers = append(speakers, fmt.Sprintf("%s/%s/%s", s.ID, s.Name, strings.Join(s.Forms, ",")))
	}
	if w := "speaker 0/Speaker 0/0 joé/Joé/Joé unknown/Unknown/Unknown"; strings.Join(speakers, " ") != w {
		t.Errorf("speakers %q, want %q", strings.Join(speakers, " "), w)
	}
	if tr := d.Turns[0]; tr.FirstLine != 3 || tr.LastLine != 3 {
		t.Errorf("turn 1 on lines %d-%d, want 3-3", tr.FirstLine, tr.LastLine)
	}
}

func TestReadErrors(t *testing.T) {
	corpustest.RunErrors(t, []corpustest.ErrorCase{
		{Name: "a trailing comma", Src: "[\n {\"speaker\": \"A\", \"text\": \"x\"},\n]\n", Line: 3, Msg: "bad JSON: unexpected ']' where a value should be"},
		{Name: "a missing comma", Src: "{\"utterances\": [\n {\"speaker\": \"A\"\n  \"text\": \"x\"}]}", Line: 3, Msg: "bad JSON: expected ',' or '}' after an object member, found '\"'"},
		{Name: "a file cut short", Src: "[\n {\"speaker\": \"A\", \"text\": \"x\"},\n {\"speaker\": \"B\", \"te", Line: 3, Msg: "bad JSON: the file ends inside a string"},
		{Name: "single quotes", Src: "[{'speaker': 'A'}]", Line: 1, Msg: "bad JSON: expected a member name in double quotes, found '''"},
		{Name: "too deep", Src: strings.Repeat("[", 1001) + strings.Repeat("]", 1001), Line: 1, Msg: "nested more than 1000 deep"},
		{Name: "no array at all", Src: `{"speaker": "A", "text": "x"}`, Line: 0, Msg: "no array of utterances: no objects with a speaker (\"speaker\", \"speaker_name\", \"speaker_label\", \"participant\", \"name\", \"role\", \"speaker_id\", \"participant_id\", \"speaker_tag\") and a text (\"text\", \"transcript\", \"content\", \"utterance\", \"value\", \"punctuated_word\", \"word\", \"display\", \"dialogue\", \"speech\", or joined \"words\", \"elements\", \"text_blocks\", \"items\"); the file has no array of objects"},
		{Name: "arrays without speakers or texts", Src: `{"a": [{"id": 1}], "b": {"c": [{"x": [{"y": 2}]}]}}`, Line: 0, Msg: "the file's arrays of objects are a[], b.c[], b.c[].x[]; name the members with --speaker-key and --text-key"},
		{Name: "speaker segments without words", Src: `{"segments": [{"speaker": "A", "start": 0, "end": 1}]}`, Line: 0, Msg: "no array of utterances"},
		{Name: "a diarization alone", Src: `[{"label": "0", "speaker": "SPEAKER_00", "start": 2.86, "end": 4.85}]`, Line: 0, Msg: "the file's arrays of objects are [] (the top level); [] holds timed speaker segments without text (a diarization), and no array of timed words goes with them"},
		{Name: "empty texts everywhere", Src: `[{"speaker": "A", "text": ""}, {"speaker": "B", "text": "  "}, {"speaker": "A", "text": "[laughter]"}]`, Line: 0, Msg: "no speech: the utterances' texts hold no words"},
		{Name: "an array of strings", Src: `["A: hello", "B: hi"]`, Line: 0, Msg: "the file has no array of objects"},
		{Name: "a byte order mark only", Src: "\ufeff\n", Line: 0, Msg: "no JSON value in the file"},
		{Name: "empty", Src: " \n", Line: 0, Msg: "empty file"},
		{Name: "not UTF-8", Src: "[{\"speaker\": \"A\",\n\"text\": \"caf\xe9\"}]", Line: 2, Msg: "not UTF-8"},
	}, Read, "t.json")
	corpustest.RunErrors(t, []corpustest.ErrorCase{
		{Name: "a line that is no object", Src: "{\"speaker\": \"A\", \"text\": \"x\"}\n[\"B\", \"y\"]\n", Line: 2, Msg: `["B", "y"] is not a JSON object: a JSON Lines file holds one object a line`},
		{Name: "bad JSON on a line", Src: "{\"speaker\": \"A\", \"text\": \"x\"}\n\n{\"speaker\": \"A\" \"text\": \"x\"}\n", Line: 3, Msg: "bad JSON"},
	}, Read, "t.jsonl")
}

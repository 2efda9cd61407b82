package jsondoc

import (
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"parley/corpus"
	"parley/corpus/corpustest"
)

// samples are the files of testdata, one for each layout Read is made
// for: hand-made but for the one README.md names.
var samples = []string{
	"plain-array.json",       // [{"speaker", "text", "start", "end"}], with notes and escapes
	"oyez-argument.json",     // transcript.sections[].turns[] with speaker objects and text_blocks
	"whisperx-segments.json", // segments[] with words[] and SPEAKER_00 labels
	"revai-monologues.json",  // monologues[] of elements, speaker numbers and names, a tag
	"utterances-ms.json",     // utterances[] timed in whole milliseconds, speaker letters
	"chat-participants.jsonl",
	"speaker-objects.json", // turns[] with "speaker": {"id", "name"}, clock times
	// Speechmatics's results[] of words, the speaker beside each
	// alternative's content; real, see testdata/README.md.
	"speechmatics-two-speakers.json",
}

// readSample reads a file of testdata and checks the document.
// (corpustest.ReadTestdata asks for the cue at the start of the text,
// which a JSON member is not.)
func readSample(t testing.TB, file string) *corpus.Document {
	t.Helper()
	src, err := os.ReadFile(filepath.Join("testdata", file))
	if err != nil {
		t.Fatal(err)
	}
	d, err := Read(file, src, corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	structured(t, d)
	return d
}

func TestGolden(t *testing.T) {
	for _, file := range samples {
		t.Run(file, func(t *testing.T) {
			corpustest.CheckGolden(t, corpustest.GoldenFile(file), corpustest.SpeechListing(readSample(t, file)))
		})
	}
}

// wordRE counts words as the ground truth of the shared corpora does
// (Python's \w+(?:[.'’:]\w+|(?<=\d),(?=\d)\w+)*, without the look-behind).
var wordRE = regexp.MustCompile(`[\pL\pN\pM_]+(?:[.'’:][\pL\pN\pM_]+|,[0-9][\pL\pN\pM_]*)*`)

// counts renders a document's turns and words per speaker by wordRE as
// "Name turns/words", in order of first turn.
func counts(d *corpus.Document) []string {
	turns, words := map[string]int{}, map[string]int{}
	for _, tr := range d.Turns {
		turns[tr.Speaker]++
		for _, u := range tr.Utterances {
			for _, s := range u.Speech {
				words[tr.Speaker] += len(wordRE.FindAllString(s.In(d.Source), -1))
			}
		}
	}
	var out []string
	for _, s := range d.Speakers {
		out = append(out, s.Name+" "+strconv.Itoa(turns[s.ID])+"/"+strconv.Itoa(words[s.ID]))
	}
	return out
}

// TestGoldenShared reads the real speech-to-text results of
// ../shared/corpora/stt-json and compares each with its listing and with
// turns and words per speaker counted without the reader, by a few lines
// of Python over the raw structure (AssemblyAI's utterances[].text with
// "Speaker " and the letter; Deepgram's results.utterances[].transcript
// with "Speaker " and the number; Amazon's results.items[] given to the
// speaker_labels.segments[] whose [start_time, end_time] holds each
// word's start, punctuation to the word before), one speaker's pieces
// in a row one turn, words by the truth files' rule.
func TestGoldenShared(t *testing.T) {
	for _, c := range []struct {
		file       string
		want       []string
		start, end float64 // the first utterance's timing
	}{
		{"assemblyai_utterances.json", []string{"Speaker A 1/60"}, 0.17, 25.14},
		{"deepgram_dg_speakers.json", []string{"Speaker 0 2/46", "Speaker 1 4/123", "Speaker 2 2/57"}, 3.04, 3.54},
		{"aws_transcribe_speaker-identification.json", []string{"spk_0 4/205", "spk_1 2/96", "spk_2 1/53"}, 0.49, 7.2},
	} {
		t.Run(c.file, func(t *testing.T) {
			src := corpustest.ReadShared(t, filepath.Join("stt-json", c.file))
			d, err := Read(c.file, src, corpus.Options{})
			if err != nil {
				t.Fatal(err)
			}
			structured(t, d)
			if got := counts(d); !reflect.DeepEqual(got, c.want) {
				t.Errorf("turns/words per speaker %q, want %q", got, c.want)
			}
			if u := d.Turns[0].Utterances[0]; u.Start != c.start || u.End != c.end {
				t.Errorf("first utterance at %v-%v, want %v-%v", u.Start, u.End, c.start, c.end)
			}
			corpustest.CheckGolden(t, corpustest.GoldenFile(c.file), corpustest.SpeechListing(d))
		})
	}
}

// TestSamplesCounts checks each hand-made sample's turns and words per
// speaker against counts made without the reader (Python's json over the
// raw structure, notes taken out by a regular expression).
func TestSamplesCounts(t *testing.T) {
	for _, c := range []struct {
		file string
		want string
	}{
		// "Sen." and "Gov." are titles; the empty text is no utterance.
		{"plain-array.json", "Moderator 1/14 Alvarez 2/19 Chen 1/11"},
		// Roberts's last turn of the first section and his first of the
		// second are one turn; the null speaker is Unknown.
		{"oyez-argument.json", "John G. Roberts, Jr. 2/24 Michael A. Carvin 1/23 Donald B. Verrilli, Jr. 1/10 Unknown 1/1"},
		{"whisperx-segments.json", "SPEAKER_00 2/9 SPEAKER_01 2/17"},
		{"revai-monologues.json", "Interviewer 2/5 Speaker 1 1/4"},
		{"utterances-ms.json", "Speaker A 2/18 Speaker B 2/24"},
		{"chat-participants.jsonl", "P1 1/12 Facilitator 1/6 P2 1/4"},
		{"speaker-objects.json", "Margaret Hale 2/12 John Thornton 1/15"},
		// The full stop, an item of its own without a word, is no utterance.
		{"speechmatics-two-speakers.json", "S1 1/2 S2 1/2"},
	} {
		d := readSample(t, c.file)
		if got := strings.Join(counts(d), " "); got != c.want {
			t.Errorf("%s: %s, want %s", c.file, got, c.want)
		}
	}
}

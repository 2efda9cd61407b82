package jsondoc

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"parley/corpus"
	"parley/corpus/corpustest"
)

func TestDetect(t *testing.T) {
	// pad is metadata that pushes what follows past the head Detect reads.
	pad := `{"metadata": {"note": "` + strings.Repeat("x", headSize) + `"}, `
	corpustest.RunDetect(t, Detect, []corpustest.DetectCase{
		{Name: "a plain array", File: "a.json", Src: `[{"speaker": "A", "text": "x"}]`, Want: 2},
		{Name: "nested, cut by the head", File: "a.json", Src: `{"transcript": {"sections": [{"turns": [{"speaker": {"name": "A"}, "text_blocks": [{"text": "x"}]}, {"speaker": {"name": "B"}, "text_bl`, Want: 2},
		{Name: "a recogniser's words with speakers", File: "a.JSON", Src: `{"results": {"channels": [{"alternatives": [{"words": [{"word": "a", "speaker": 0}, {"word": "b", "speaker": 1}`, Want: 2},
		{Name: "timed speaker segments, words later", File: "a.json", Src: `{"results": {"speaker_labels": {"segments": [{"start_time": "0.1", "speaker_label": "spk_0"}, {"start_time": "2.1", "speaker_label": "spk_1"}]}}}`, Want: 2},
		{Name: "JSON Lines in a .json", File: "a.json", Src: "{\"speaker\": \"A\", \"text\": \"x\"}\n{\"speaker\": \"B\", \"text\": \"y\"}\n", Want: 2},
		{Name: "PascalCase members", File: "a.json", Src: `{"Transcript": [{"ParticipantId": "AGENT", "Content": "x"}]}`, Want: 2},
		{Name: "speakers and texts in nBest", File: "a.json", Src: `{"recognizedPhrases": [{"speaker": 1, "nBest": [{"display": "x"}]}]}`, Want: 2},
		{Name: "a byte order mark", File: "a.json", Src: "\ufeff[{\"role\": \"user\", \"content\": \"x\"}]", Want: 2},
		{Name: "utterances beyond the head", File: "a.json", Src: pad + `"utterances": [{"speaker": "A", "text": "x"}]}`, Want: 1},
		{Name: "package metadata", File: "package.json", Src: `{"name": "x", "version": "1.0.0", "contributors": [{"name": "Ann", "email": "a@x.org"}]}`, Want: 1},
		{Name: "an array of strings", File: "a.json", Src: `["A: hi", "B: ho"]`, Want: 1},
		{Name: "texts without speakers", File: "a.json", Src: `{"segments": [{"text": "a"}]}`, Want: 1},
		{Name: "bad JSON that opens as JSON", File: "a.json", Src: `{"a": 1,}`, Want: 1},
		{Name: "not JSON", File: "a.json", Src: "SMITH: Hello.\n", Want: 0},
		{Name: "a bracketed heading", File: "a.json", Src: "\n[House Hearing, 118 Congress]\n", Want: 0},
		{Name: "empty", File: "a.json", Src: "", Want: 0},
		{Name: "JSON Lines of participant and utterance", File: "a.jsonl", Src: `{"participant": "P1", "utterance": "x"}` + "\n", Want: 2},
		{Name: "ND-JSON with words", File: "a.ndjson", Src: "\n" + `{"speaker_label": "spk_0", "words": [{"text": "x"}]}`, Want: 2},
		{Name: "ConvoKit's speaker and text are convokit's", File: "a.jsonl", Src: `{"id": "1", "speaker": "A", "conversation_id": "1", "text": "x"}`, Want: 0},
		{Name: "ConvoKit's old user and text are convokit's", File: "a.jsonl", Src: `{"user": "A", "text": "x"}`, Want: 0},
		{Name: "JSON Lines of other objects", File: "a.jsonl", Src: `{"who": "A", "said": "x"}`, Want: 1},
		{Name: "JSON Lines that are not JSON", File: "a.jsonl", Src: "A: x\n", Want: 0},
		{Name: "JSON in a text file", File: "a.txt", Src: `[{"speaker": "A", "text": "x"}]`, Want: 0},
		{Name: "JSON in an XML file", File: "a.xml", Src: `[{"speaker": "A", "text": "x"}]`, Want: 0},
	})
}

// TestDetectSamples: Detect is sure of every hand-made sample.
func TestDetectSamples(t *testing.T) {
	for _, f := range samples {
		src, err := os.ReadFile(filepath.Join("testdata", f))
		if err != nil {
			t.Fatal(err)
		}
		if got := Detect(f, src); got != 2 {
			t.Errorf("%s: Detect = %d, want 2", f, got)
		}
	}
}

// TestDetectOtherFormats: the readers' own samples of other formats are
// not JSON transcripts, whatever their names.
func TestDetectOtherFormats(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("..", "*", "testdata", "*.*"))
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, f := range files {
		if strings.Contains(f, "jsondoc") || strings.HasSuffix(f, ".golden") {
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		n++
		want := 0
		if got := Detect(f, src); got != want {
			t.Errorf("%s: Detect = %d, want %d", f, got, want)
		}
		// Named .json, a file that is not JSON is no transcript.
		if got := Detect(strings.TrimSuffix(f, filepath.Ext(f))+".json", src); got != 0 && !corpus.HasExt(f, ".jsonl") {
			t.Errorf("%s named .json: Detect = %d, want 0", f, got)
		}
	}
	if n < 5 {
		t.Errorf("only %d samples of other formats", n)
	}
	corpustest.CheckCorpusTestdataRejected(t, Detect)
}

// TestSharedCorpora: of the real transcripts, Detect takes the
// speech-to-text results for sure and nothing else; Read reads any of
// them without failing other than with an *InputError.
func TestSharedCorpora(t *testing.T) {
	corpustest.SkipWithoutShared(t)
	for _, f := range []string{"assemblyai_utterances.json", "deepgram_dg_speakers.json", "aws_transcribe_speaker-identification.json"} {
		src := corpustest.ReadShared(t, filepath.Join("stt-json", f))
		if got := Detect(f, src); got != 2 {
			t.Errorf("%s: Detect = %d, want 2", f, got)
		}
	}
	corpustest.CheckSharedCorporaRejected(t, Detect, Read, func(t testing.TB, d *corpus.Document) {
		corpustest.CheckStructured(t, d, []byte(d.Source))
	})
}

package jsondoc

import (
	"os"
	"path/filepath"
	"testing"

	"parley/corpus"
	"parley/corpus/corpustest"
)

// FuzzRead feeds the reader arbitrary text, as a .json and as a .jsonl
// file. Read must not panic; it returns a document that
// corpustest.CheckStructured accepts, or an *InputError. Detect must not
// panic either, and gives 0, 1 or 2.
func FuzzRead(f *testing.F) {
	corpustest.AddSeeds(f, samples, []string{
		`[{"speaker": "A", "text": "x [y] (laughs) \u00e9\"\n"}]`,
		`{"u": [{"speaker": {"name": {"x": 1}, "id": 2.5e3}, "words": [{"type": "unknown", "value": "<x>"}, {"word": ""}]}]}`,
		`{"s": [{"speaker_label": "a", "start_time": "1:00"}], "items": [{"start_time": "x", "alternatives": [{"content": "w"}]}, {"alternatives": []}]}`,
		`[{"speaker": 1, "text": "a", "start": 1e999, "end": -0}, {"text": "b", "ts": 99999999999}]`,
		"\ufeff{\"a\":1}\n[2]\n",
		`[[[[{"speaker": "A", "text": "x"}]]]]`,
		`{"a": [1, {"b": "\ud800"}, tru`,
		`[{"speaker": "A", "text": "x"}]]`,
		"",
	})
	for _, name := range []string{"assemblyai_utterances.json", "deepgram_dg_speakers.json"} {
		if src, err := os.ReadFile(filepath.Join(corpustest.SharedCorpora, "stt-json", name)); err == nil {
			f.Add(src)
		}
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		for _, name := range []string{"fuzz.json", "fuzz.jsonl"} {
			if s := Detect(name, src); s < 0 || s > 2 {
				t.Fatalf("Detect(%s) = %d", name, s)
			}
			d, err := Read(name, src, corpus.Options{})
			if err != nil {
				if !corpus.IsInputError(err) || d != nil {
					t.Fatalf("%v, %v; want no document and an *InputError", d, err)
				}
				continue
			}
			corpustest.CheckStructured(t, d, src)
		}
	})
}

package formats

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"parley/corpus"
)

// TestDetectSharedCorpora checks that detection picks the right reader
// for every file in ../shared/corpora, and that a file in a layout parley
// does not read yet is refused with an error saying so ("pending").
func TestDetectSharedCorpora(t *testing.T) {
	root := filepath.Join("..", "..", "..", "shared", "corpora")
	if _, err := os.Stat(root); err != nil {
		t.Skip("../shared/corpora is absent")
	}
	want := func(path string) string {
		switch {
		case strings.HasSuffix(path, "1947-10-14-stalin-labour-mps.txt"),
			strings.Contains(path, "frus-memcons") && strings.HasSuffix(path, ".txt"):
			return "record"
		case strings.Contains(path, "debates-2020-rev"), strings.Contains(path, "tinyshakespeare"),
			strings.Contains(path, "interviews"), strings.Contains(path, "podcasts-md"):
			return "script"
		case strings.Contains(path, "debates-2016-csv"):
			return "table"
		case strings.Contains(path, "un-general-debates"):
			return "plain"
		case strings.Contains(path, "ParlaMint"):
			return "tei"
		case strings.Contains(path, "stt-json/"):
			return "json"
		case strings.Contains(path, "twfy_"):
			return "hansard"
		case strings.Contains(path, "frus-memcons/") && strings.HasSuffix(path, ".xml"):
			return "tei-document"
		case strings.HasSuffix(path, ".eaf"):
			return "elan"
		case strings.HasSuffix(path, ".exb"):
			return "exmaralda"
		case strings.HasSuffix(path, ".vtt"):
			return "webvtt"
		case strings.HasSuffix(path, ".srt"):
			return "srt"
		case strings.Contains(path, "plays") && strings.HasSuffix(path, ".fountain"):
			return "screenplay"
		case strings.Contains(path, "plays") && strings.HasSuffix(path, ".txt"):
			return "play"
		}
		return "?"
	}
	counts := map[string]int{}
	err := filepath.WalkDir(root, func(path string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() || IsReadme(e.Name()) {
			return err
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		w := want(path)
		if _, ok := recognisePending(path); ok {
			if w != "pending" {
				t.Errorf("%s: taken for a layout not read yet, want %q", path, w)
			}
			if _, err := Read(path, src, corpus.Options{}); !corpus.IsInputError(err) || !strings.Contains(err.Error(), "does not read yet") {
				t.Errorf("%s: %v, want an error saying it is not read yet", path, err)
			}
			counts["pending"]++
			return nil
		}
		f, sure := Detect(path, src)
		if f.Name != w || sure == 0 {
			t.Errorf("%s: detected %q (%d), want %q", path, f.Name, sure, w)
		}
		counts[f.Name]++
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("files by format: %v", counts)
	if counts["plain"] < 10000 || counts["script"] < 5 || counts["record"] < 1 {
		t.Errorf("files by format: %v", counts)
	}
}

func TestReadWithErrors(t *testing.T) {
	if _, err := readOne("x.txt", []byte("Just prose, no cues.\n"), corpus.Options{}); !corpus.IsInputError(err) || !strings.Contains(err.Error(), "no speaker cues found and no format matches") {
		t.Errorf("no format: %v", err)
	}
	if _, err := readOne("x.txt", []byte("text\n"), corpus.Options{Format: "klingon"}); !corpus.IsInputError(err) || !strings.Contains(err.Error(), `unknown format "klingon"`) {
		t.Errorf("unknown format: %v", err)
	}
	d, err := readOne("notes.txt", []byte("Just prose.\n"), corpus.Options{Format: "plain"})
	if err != nil || d.Speakers[0].Name != "Unknown" {
		t.Errorf("plain: %v %+v", err, d)
	}
	d, err = readOne("ARG_01_1946.txt", []byte("We speak.\n"), corpus.Options{})
	if err != nil || d.Speakers[0].Name != "ARG" || d.Meta["session"] != "01" || d.Date != "1946" {
		t.Errorf("UN file: %v %+v", err, d)
	}
	if _, err := readOne("x.txt", []byte("We speak.\n"), corpus.Options{NamePattern: "{speaker}-{year}.txt"}); !corpus.IsInputError(err) || !strings.Contains(err.Error(), "does not fit") {
		t.Errorf("pattern mismatch: %v", err)
	}
}

// readOne reads a file that holds one document.
func readOne(name string, src []byte, opt corpus.Options) (*corpus.Document, error) {
	docs, err := Read(name, src, opt)
	if err != nil {
		return nil, err
	}
	if len(docs) != 1 {
		return nil, fmt.Errorf("%s: %d documents, want 1", name, len(docs))
	}
	return docs[0], nil
}

// TestReadDetects checks that Read picks each format's reader for a small
// file in it.
func TestReadDetects(t *testing.T) {
	for _, tc := range []struct{ name, src, format string }{
		{"s.txt", "A:\nx\nB:\ny\nA:\nz\n", "script"},
		{corpus.SampleName, string(corpus.Sample()), "record"},
		{"ross.cha", "@UTF8\n@Begin\n@Participants:\tCHI Ross Target_Child\n*CHI:\thi .\n@End\n", "chat"},
		{"play.xml", `<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><sp who="#a"><p>x</p></sp></body></text></TEI>`, "tei"},
		{"film.srt", "1\n00:00:01,000 --> 00:00:02,000\nJOHN: Hi.\n", "srt"},
		{"meeting.vtt", "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nAnn: Hi.\n", "webvtt"},
		{"whisperx.txt", "1\n00:00:00,031 --> 00:00:02,500\n[SPEAKER_00]: Hi.\n\n2\n00:00:02,500 --> 00:00:03,000\n[SPEAKER_01]: Yes.\n", "srt"},
		{"captions.txt", "WEBVTT\nKind: captions\n\n00:00:01.000 --> 00:00:02.000\n>> Hi.\n", "webvtt"},
		{"utterances.jsonl", `{"id": "u1", "speaker": "A", "text": "x", "conversation_id": "u1"}` + "\n", "convokit"},
		{"d.csv", "Speaker,Text\nA,x\n", "table"},
		{"scene.fountain", "INT. HOUSE - DAY\n\nJOHN\nHello.\n", "screenplay"},
		{"play.txt", "ACT I.\n\nROPER.\n\nHello.\n\nLILY.\n\nHi.\n\nROPER.\n\nBye.\n\nLILY.\n\nSo.\n\nROPER.\n\nWell.\n\nLILY.\n\nYes.\n\nROPER.\n\nNo.\n\nLILY.\n\nGo.\n", "play"},
		{"memcon.txt", "MEMORANDUM OF CONVERSATION, February 21, 1972\n\nPresent: Mao Zedong, Zhou Enlai, Kissinger\n\nMAO ZEDONG: Our friend.\nKissinger: Yes.\nZhou Enlai: Then let us begin.\n", "script"},
	} {
		d, err := readOne(tc.name, []byte(tc.src), corpus.Options{})
		if err != nil || d.Format != tc.format {
			t.Errorf("%s: read as %v (%v), want %s", tc.name, d, err, tc.format)
			continue
		}
		if tc.name == corpus.SampleName && len(d.Turns) != 44 {
			t.Errorf("the record: %d turns, want 44", len(d.Turns))
		}
	}
}

// TestDetectDramaSamples checks that the drama readers' hand-made samples
// are detected as theirs, with no flags.
func TestDetectDramaSamples(t *testing.T) {
	for _, tc := range []struct{ path, format string }{
		{"../play/testdata/abbreviated.txt", "play"},
		{"../play/testdata/names-above.txt", "play"},
		{"../play/testdata/italic.txt", "play"},
		{"../screenplay/testdata/centred.txt", "screenplay"},
		{"../screenplay/testdata/pdf.txt", "screenplay"},
		{"../screenplay/testdata/fountain.fountain", "screenplay"},
		{"../screenplay/testdata/canal.txt", "screenplay"},
		{"../screenplay/testdata/tabs.txt", "screenplay"},
		{"../screenplay/testdata/lock.txt", "screenplay"},
		{"../screenplay/testdata/sofa.txt", "screenplay"},
	} {
		src, err := os.ReadFile(tc.path)
		if err != nil {
			t.Fatal(err)
		}
		if f, sure := Detect(tc.path, src); f.Name != tc.format {
			t.Errorf("%s: detected %q (%d), want %q", tc.path, f.Name, sure, tc.format)
		}
	}
}

// TestDetectNotPlays checks that no hand-made memorandum, record,
// interview or deposition of the play reader's samples is read as a play.
func TestDetectNotPlays(t *testing.T) {
	paths, err := filepath.Glob("../play/testdata/not-plays/*.txt")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no samples: %v", err)
	}
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if f, sure := Detect(p, src); f.Name == "play" || f.Name == "screenplay" {
			t.Errorf("%s: detected %q (%d)", p, f.Name, sure)
		}
	}
}

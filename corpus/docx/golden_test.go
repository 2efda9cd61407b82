package docx

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"parley/corpus/corpustest"
)

// The samples of testdata, made by testdata/gen.go: an oral history with
// bold "Interviewer:" and "Delgado:" labels, a footnote, tracked changes,
// a header and a footer; a focus group as a table of time, speaker and
// speech; a radio interview (.odt) with the speakers' names in bold and
// no colon.
var samples = []struct {
	file, title string
	// cues are the lines the text must hold, as a text reader's cues.
	cues []string
	// absent is text that must not be in it: a header's, a deletion's, a
	// heading row's.
	absent []string
}{
	{"oral-history.docx", "Oral History Interview: Rosa Delgado",
		[]string{"Interviewer: Thank you for sitting down", "Delgado: I was sixteen. They didn’t", "[1: Richard A. Shaw Frozen Foods, later closed in 1990.]"},
		[]string{"Cannery Workers", "Maybe fifteen", "PAGE", "Page 1"}},
	{"focus-group.docx", "Focus group 3 transcript",
		[]string{"[00:00:04] Moderator: Okay, we’re recording.", "[00:00:46] P2: The 41 after nine", "[inaudible] and that was in the cold."},
		[]string{"Speaker", "Transcript\n"}},
	{"radio-interview.odt", "Morning Edition: the new ferry line",
		[]string{"Jonas Berg: Good morning.", "Ana Petrović: Good morning, Jonas. Yes, we finished the pier on Friday,  just in time.", "[1: The council approved the plans in May 2019.]"},
		[]string{"Radio Nord transcripts"}},
}

// TestGolden converts each sample and compares its text with
// testdata/NAME.text.golden (go test ./corpus/docx -update rewrites
// them).
func TestGolden(t *testing.T) {
	for _, s := range samples {
		t.Run(s.file, func(t *testing.T) {
			src, err := os.ReadFile(filepath.Join("testdata", s.file))
			if err != nil {
				t.Fatal(err)
			}
			text, err := Text(s.file, src)
			if err != nil {
				t.Fatal(err)
			}
			corpustest.CheckGolden(t, filepath.Join("testdata", strings.TrimSuffix(s.file, filepath.Ext(s.file))+".text.golden"), text)
			for _, c := range s.cues {
				if !strings.Contains(text, "\n"+c) {
					t.Errorf("no line %q", c)
				}
			}
			for _, a := range s.absent {
				if strings.Contains(text, a) {
					t.Errorf("%q is in the text", a)
				}
			}
			if got := Title(src); got != s.title {
				t.Errorf("Title = %q, want %q", got, s.title)
			}
			if got := Detect(s.file, src); got != 2 {
				t.Errorf("Detect = %d, want 2", got)
			}
		})
	}
}

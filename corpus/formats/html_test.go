package formats

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"parley/corpus"
)

// TestReadHTML reads the saved pages of corpus/html's testdata through
// detection: each is converted, its text's layout detected and read. The
// words per speaker were counted by hand from the pages (white-space
// separated pieces holding a letter or digit).
func TestReadHTML(t *testing.T) {
	for _, tc := range []struct {
		file, format, title, turns string
		words                      map[string]int
	}{
		{
			file: "hearing-page.html", format: "html+hearing",
			title: "Hearing: Broadband Mapping & the Digital Divide | Committee on Commerce",
			turns: "luján thune luján okonkwo thune okonkwo luján fischer okonkwo luján",
			words: map[string]int{"luján": 57, "thune": 27, "okonkwo": 49, "fischer": 22},
		},
		{
			file: "interview-page.html", format: "html+script",
			title: "Oral History: Rosa Delgado on the 1970 Cannery Strike",
			turns: "interviewer respondent interviewer respondent interviewer respondent interviewer",
			words: map[string]int{"interviewer": 24, "respondent": 67},
		},
		{
			file: "gpo-pre-page.htm", format: "html+hearing",
			title: "BORDER SECURITY TECHNOLOGY",
			turns: "barragan higgins barragan ekwueme barragan correa ekwueme",
			words: map[string]int{"barragan": 44, "higgins": 10, "ekwueme": 22, "correa": 6},
		},
	} {
		t.Run(tc.file, func(t *testing.T) {
			src, err := os.ReadFile(filepath.Join("..", "html", "testdata", tc.file))
			if err != nil {
				t.Fatal(err)
			}
			if f, sure := Detect(tc.file, src); f.Name != "html" || sure != 2 {
				t.Errorf("detected %s (%d), want html", f.Name, sure)
			}
			d, err := readOne(tc.file, src, corpus.Options{})
			if err != nil {
				t.Fatal(err)
			}
			if d.Format != tc.format || d.Title != tc.title || d.Name != tc.file {
				t.Errorf("format %q title %q name %q, want %q %q %q", d.Format, d.Title, d.Name, tc.format, tc.title, tc.file)
			}
			var seq []string
			words := map[string]int{}
			for _, tr := range d.Turns {
				seq = append(seq, tr.Speaker)
				for _, u := range tr.Utterances {
					for _, s := range u.Speech {
						for _, w := range strings.Fields(s.In(d.Source)) {
							if strings.ContainsAny(strings.ToLower(w), "abcdefghijklmnopqrstuvwxyz0123456789áéíóú") {
								words[tr.Speaker]++
							}
						}
					}
				}
			}
			if got := strings.Join(seq, " "); got != tc.turns {
				t.Errorf("turns\n got %s\nwant %s", got, tc.turns)
			}
			for id, n := range tc.words {
				if words[id] != n {
					t.Errorf("%s: %d words, want %d", id, words[id], n)
				}
			}
		})
	}
	page, err := os.ReadFile(filepath.Join("..", "html", "testdata", "interview-page.html"))
	if err != nil {
		t.Fatal(err)
	}
	if d, err := readOne("saved.txt", page, corpus.Options{}); err != nil || d.Format != "html+script" || d.Name != "saved.txt" {
		t.Errorf("a page saved as .txt: %v, %+v", err, d)
	}
	dep := "<html><body><p><b>DIRECT EXAMINATION</b></p><p><b>BY MR. SMITH:</b></p><p><b>Q.</b> Did you sign it?</p><p><b>A.</b> I did.</p>" +
		"<p><b>MS. JONES:</b> Objection.</p><p><b>THE WITNESS:</b> I signed it.</p></body></html>"
	if d, err := readOne("depo.html", []byte(dep), corpus.Options{}); err != nil || d.Format != "html+deposition" || len(d.Turns) != 4 || d.Turns[0].Speaker != "smith" || d.Turns[2].Speaker != "jones" {
		t.Errorf("a deposition page: %v, %+v", err, d)
	}
	if _, err := readOne("empty.html", []byte("<html><script>x</script></html>"), corpus.Options{}); !corpus.IsInputError(err) || !strings.Contains(err.Error(), "no text") {
		t.Errorf("empty page: %v", err)
	}
	if _, err := readOne("prose.html", []byte("<p>Just prose.</p>"), corpus.Options{}); !corpus.IsInputError(err) || !strings.Contains(err.Error(), "no speaker cues") {
		t.Errorf("prose page: %v", err)
	}
}

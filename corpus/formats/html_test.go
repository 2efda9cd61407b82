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
		// Hearing pages of four content systems, written with their turns
		// and words per speaker (counted from the paragraphs the pages
		// were made from) before they were read: bold labels inside <p>
		// with a members-present and a witness list in the header; a
		// <span class="speaker"> in rows; a <dt>/<dd> list; a table of
		// speaker and remarks cells.
		{
			file: "statehouse-committee.html", format: "html+script",
			title: "HB 2041 Hearing Transcript – Joint Committee on Water Resources",
			turns: "gutiérrez al-hakim gutiérrez moss chen moss chen smith bradley smith gutiérrez",
			words: map[string]int{"gutiérrez": 65, "al-hakim": 26, "moss": 53, "chen": 19, "smith": 37, "bradley": 11},
		},
		{
			file: "council-meeting.html", format: "html+script",
			title: "City Council - Special Meeting - Minutes and Transcript",
			turns: "bass the clerk ito the clerk ramírez the clerk bass hill wu ito wu bass ramírez bass",
			words: map[string]int{"bass": 64, "the clerk": 9, "ito": 15, "ramírez": 13, "hill": 31, "wu": 26},
		},
		{
			file: "commission-hearing.html", format: "html+hearing",
			title: "Evidentiary Hearing, Docket 25-07-011 | Public Utilities Commission",
			turns: "ross adeyemi patel park patel grant patel adeyemi park",
			words: map[string]int{"ross": 18, "adeyemi": 19, "patel": 27, "park": 50, "grant": 11},
		},
		{
			file: "subcommittee-table.html", format: "html+hearing",
			title: "Grid Reliability After Winter Storms | Subcommittee on Energy",
			turns: "gutiérrez durbin gutiérrez nakamura okafor nakamura gutiérrez",
			words: map[string]int{"gutiérrez": 62, "durbin": 15, "nakamura": 47, "okafor": 10},
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

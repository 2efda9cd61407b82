package screenplay

import (
	"strings"
	"testing"

	"parley/corpus/corpustest"
)

func TestRead(t *testing.T) {
	for _, tc := range []struct {
		name, src, want string
	}{
		{"one cue", "JOHN\nHello.\n", "john: Hello."},
		{"extensions are one speaker", "JOHN (V.O.)\nOne.\n\nMARY\nTwo.\n\nJOHN (CONT'D)\nThree.\n\nJOHN (O.S.)\nFour.\n", "john: One. | mary: Two. | john: Three. Four."},
		{"lower-case extension", "JOHN (cont'd)\nOne.\n", "john: One."},
		{"titles kept", "MRS. SMITH\nOne.\n\nSMITH\nTwo.\n", "mrs. smith: One. | smith: Two."},
		{"parenthetical is no speech", "JOHN\n(beat)\nOne.\n(quietly)\nTwo.\n", "john: One. Two."},
		{"parenthetical over two lines", "JOHN\n(quietly,\n to her)\nOne.\n", "john: One."},
		{"dialogue ends at a blank line", "JOHN\nOne.\n\nHe leaves.\n", "john: One."},
		{"action between cues of one speaker", "JOHN\nOne.\n\nHe sits.\n\nJOHN\nTwo.\n", "john: One. Two."},
		{"a cue needs a blank line before it", "He shouts\nSTOP\nthe car.\n\nJOHN\nOne.\n", "john: One."},
		{"a cue needs dialogue right below it", "BANG!\n\nJOHN\nOne.\n", "john: One."},
		{"caps action line", "The door opens.\n\nSUDDENLY\n\nJOHN\nOne.\n", "john: One."},
		{"scene heading is no cue", "INT. HOUSE - DAY\nRain.\n\nEXT. GARDEN\nSun.\n\nJOHN\nOne.\n", "john: One."},
		{"forced scene heading", ".FLASHBACK\nRain.\n\nJOHN\nOne.\n", "john: One."},
		{"transition is no cue", "JOHN\nOne.\n\nCUT TO:\n\nMARY\nTwo.\n", "john: One. | mary: Two."},
		{"fade out is no cue", "JOHN\nOne.\n\nFADE OUT.\n", "john: One."},
		{"forced transition", "JOHN\nOne.\n\n> BURN TO WHITE.\n\nMARY\nTwo.\n", "john: One. | mary: Two."},
		{"centred text", "> INTERMISSION <\n\nJOHN\nOne.\n", "john: One."},
		{"forced character in mixed case", "@McCLANE\nYippee.\n", "mcclane: Yippee."},
		{"dual dialogue", "BRICK\nOne.\n\nSTEEL ^\nTwo.\n", "brick: One. | steel: Two."},
		{"note in dialogue", "JOHN\nOne [[check]] two.\n", "john: One two."},
		{"note on its own line in dialogue", "JOHN\nOne.\n[[check this]]\nTwo.\n", "john: One. Two."},
		{"boneyard", "/* JOHN\nCut. */\n\nMARY\nKept. /* not this */\n", "mary: Kept."},
		{"section and synopsis", "# Act one\n\n= They meet.\n\nJOHN\nOne.\n", "john: One."},
		{"Note: and Source: in dialogue", "JOHN\nNote: this is speech.\nSource: so is this.\n", "john: Note: this is speech. Source: so is this."},
		{"time and URL", "JOHN\nAt 10:30 see http://example.com.\n", "john: At 10:30 see http://example.com."},
		{"a name line ending in a colon", "NARRATOR:\nThis is not Fountain.\n\nJOHN\nOne.\n", "john: One."},
		{"title page", "Title: The Test\nAuthor: Me\n\nJOHN\nOne.\n", "john: One."},
		{"title page value over lines", "Title:\n\tTHE TEST\nDraft date: March 3, 2020\n\nJOHN\nOne.\n", "john: One."},
		{"page number and more in dialogue", "                    JOHN\n          One.\n                    (MORE)\n                                        2.\n                    JOHN (CONT'D)\n          Two.\n\n                    MARY\n          Three.\n", "john: One. Two. | mary: Three."},
		{"indented: action at the margin ends dialogue", "                    JOHN\n          One.\nHe leaves.\n                    MARY\n          Two.\n", "john: One. | mary: Two."},
		{"CRLF", "JOHN\r\nOne.\r\n\r\nMARY\r\nTwo.\r\n", "john: One. | mary: Two."},
		{"the end is back matter", "JOHN\nOne.\n\nTHE END\n\nCredits.\n", "john: One."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			corpustest.CheckSpeeches(t, corpustest.NoOptions(Read), "t.fountain", tc.src, tc.want)
		})
	}
}

func TestReadTitlePage(t *testing.T) {
	d, err := Read("t.fountain", []byte("Title:\n\t_**THE TEST**_\nCredit: by\nAuthor: Ann Lee\nDraft date: March 3, 2020\n[[a note]]\n\nJOHN\nOne.\n"))
	if err != nil {
		t.Fatal(err)
	}
	if d.Title != "THE TEST" || d.Date != "2020-03-03" || d.Meta["author"] != "Ann Lee" || d.Meta["credit"] != "by" {
		t.Errorf("title %q date %q meta %v", d.Title, d.Date, d.Meta)
	}
	if got := d.Front.In(d.Source); !strings.HasPrefix(got, "Title:") || !strings.HasSuffix(got, "[[a note]]") {
		t.Errorf("front %q", got)
	}
	if d.Speakers[0].Name != "John" {
		t.Errorf("speaker %+v", d.Speakers[0])
	}
}

func TestReadErrors(t *testing.T) {
	corpustest.CheckRejected(t, corpustest.NoOptions(Read), "t.fountain", "", "\x00", "Just prose.\n", "INT. HOUSE - DAY\n\nRain.\n", "JOHN\n\nHello.\n")
}

package screenplay

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"parley/corpus/corpustest"
)

// pageSamples are plain-text screenplays as people get them, copied from a
// PDF or a script site: no title page, a page number alone at the top
// right and at page breaks, "(MORE)" and "(CONT'D)" across a break,
// parentheticals on their own lines, names with accents and extensions,
// and action at the margin naming characters in capitals. The turns were
// written down by reading each sample before the reader was run on it.
var pageSamples = []struct {
	file  string
	turns []string // "speaker: speech"
}{
	// Spaces; a page number, then a slugline as the second line; SUPER:;
	// a name with an accent; (MORE)/(CONT'D) over a break with blank lines
	// around the page number; a second scene.
	{"canal.txt", []string{
		"élodie: I told you already. I'm not coming back tonight, not after what he said. No. Listen to me, Margaux.",
		"officer brennan: Ma'am? Ma'am, a word.",
		"élodie: What is it now?",
		"officer brennan: You dropped this back at the lock. It's got your name on it, and an address in Lyon.",
		"élodie: Merci.",
		"radio: Unit nine, respond.",
		"officer brennan: Nine. Go ahead.",
	}},
	// Tabs; no slugline at all; a transition at the right; a page
	// number right after (MORE) with no blank line; two cues of one
	// speaker with only action between them make one turn.
	{"tabs.txt", []string{
		"jean-luc: They were out of leeks. I got shallots instead.",
		"marguerite: Shallots are not leeks.",
		"jean-luc: No. They are shallots. You could say thank you.",
		"marguerite: Thank you, Jean-Luc. For the shallots.",
		"jean-luc: Tomorrow. Or the day after.",
		"marguerite: Jean-Luc.",
		"jean-luc: Tomorrow. I promise.",
	}},
	// A PDF's left margin kept (action at column 15, dialogue at 26,
	// names at 37); a running page header; a slugline as the first line;
	// names with a title ("MRS. ADEYEMI").
	{"lock.txt", []string{
		"mrs. adeyemi: Mr. Lund? I'm from the Canal Trust. We wrote to you in March, and again in May.",
		"henrik: I read them.",
		"mrs. adeyemi: Then you know why I'm here.",
		"henrik: Forty-one years I have opened this gate. Forty-one.",
		"mrs. adeyemi: The survey says the gate is unsafe.",
		"henrik: The survey was written by a boy from Leeds.",
		"mrs. adeyemi: Dr. Hale is fifty-two. And he is from Hull.",
	}},
	// No slugline; narrow indents (names at 20, dialogue at 10); action
	// at the margin right after dialogue with no blank line; a group cue
	// ("BOTH"); (MORE) and a page number with no blank lines.
	{"sofa.txt", []string{
		"josé: Mum says you have to drive me.",
		"zoë: Mum says a lot of things.",
		"josé: It's the final. Please.",
		"zoë: Fine. But you're paying for petrol, and you're not touching the radio.",
		"josé: Deal.",
		"both: Mum!",
		"zoë: And bring your boots this time, because I am not driving back for them again.",
		"josé: They're in the car!",
	}},
}

// TestPageSamples reads each sample and checks its turns, that Detect is
// sure of it, and that no action line is speech.
func TestPageSamples(t *testing.T) {
	for _, tc := range pageSamples {
		t.Run(tc.file, func(t *testing.T) {
			src, err := os.ReadFile(filepath.Join("testdata", tc.file))
			if err != nil {
				t.Fatal(err)
			}
			if got := Detect(tc.file, src); got != 2 {
				t.Errorf("Detect = %d, want 2", got)
			}
			d, err := Read(tc.file, src)
			if err != nil {
				t.Fatal(err)
			}
			corpustest.CheckDocument(t, d, []byte(d.Source))
			var got []string
			for _, tn := range d.Turns {
				got = append(got, tn.Speaker+": "+corpustest.TurnSpeech(d, tn))
			}
			if g, w := strings.Join(got, "\n"), strings.Join(tc.turns, "\n"); g != w {
				t.Errorf("turns:\n got\n%s\nwant\n%s", g, w)
			}
		})
	}
}

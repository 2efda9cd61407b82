package screenplay

import (
	"testing"

	"parley/corpus/corpustest"
)

// TestReadPageTraps checks plain-text screenplays' page furniture and
// names as PDF copies give them. The wants were written before the
// reader was changed for them.
func TestReadPageTraps(t *testing.T) {
	const (
		cue   = "                         "
		talk  = "          "
		paren = "                  "
	)
	for _, tc := range []struct {
		name, src, want string
	}{
		{"page number shapes at a break",
			cue + "ANNA\n" + talk + "One,\n" + cue + "- 24 -\n" + talk + "two,\n" + cue + "Page 25\n" + talk + "three.\n\nShe goes.\n\n" + cue + "MARK\n" + talk + "Four.\n\nHe stays.\n",
			"anna: One, two, three. | mark: Four."},
		{"a running header after (MORE)",
			cue + "ANNA\n" + talk + "One,\n" + cue + "(MORE)\n" + cue + "  BLUE REVISED 3/2/21     24.\n" + cue + "ANNA (CONT'D)\n" + talk + "two.\n\nShe goes.\n\n" + cue + "MARK\n" + talk + "Three.\n",
			"anna: One, two. | mark: Three."},
		{"Mc in a name in capitals",
			cue + "McCLANE\n" + talk + "Yippee.\n\nHe runs.\n\n" + cue + "MacGREGOR\n" + talk + "Stop.\n\nHe stops.\n",
			"mcclane: Yippee. | macgregor: Stop."},
		{"a slugline as the first line",
			"EXT. CANAL PATH - NIGHT\n\nFog.\n\n" + cue + "ANNA\n" + talk + "One.\n\n" + cue + "MARK\n" + paren + "(beat)\n" + talk + "Two.\n",
			"anna: One. | mark: Two."},
		{"starting mid-speech: the orphan lines are no one's",
			talk + "and that is why I left.\n\n" + cue + "ANNA\n" + talk + "One.\n\nShe goes.\n\n" + cue + "MARK\n" + talk + "Two.\n",
			"anna: One. | mark: Two."},
		{"SUPER: at the margin and over a name",
			"SUPER: \"PARIS, 1968\"\n\n" + cue + "SUPER:\n" + talk + "Three days later\n\n" + cue + "ANNA\n" + talk + "One.\n\nShe goes.\n\n" + cue + "MARK\n" + talk + "Two.\n",
			"anna: One. | mark: Two."},
		{"a parenthetical opening a line of dialogue",
			cue + "ANNA\n" + talk + "(laughing) No way.\n" + talk + "(beat)\n" + talk + "Really.\n\nShe goes.\n\n" + cue + "MARK\n" + paren + "(to her)\n" + talk + "Yes (I think) way.\n",
			"anna: No way. Really. | mark: Yes (I think) way."},
		{"centred names: a long one stands left of the short ones",
			cue + "ANNA\n" + talk + "One.\n\nShe goes.\n\n" + "              OFFICER BRENNAN\n" + talk + "Two.\n\nHe stays.\n\n" + cue + "ANNA\n" + talk + "Three.\n",
			"anna: One. | officer brennan: Two. | anna: Three."},
		{"an extension in lower case and two of them",
			cue + "ANNA (cont'd)\n" + talk + "One.\n\nShe goes.\n\n" + cue + "MARK (V.O.) (CONT'D)\n" + talk + "Two.\n",
			"anna: One. | mark: Two."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			corpustest.CheckSpeeches(t, corpustest.NoOptions(Read), "t.txt", tc.src, tc.want)
		})
	}
}

package play

import (
	"strings"
	"testing"

	"parley/corpus"
	"parley/corpus/corpustest"
)

// TestReadSongs checks the verse after a direction mid-speech: the
// speaker's unless the direction says that others sing.
func TestReadSongs(t *testing.T) {
	const verse = "\n\n  If you would only, only love me;\n  Wait but a little for me!\n\n"
	for _, tc := range []struct {
		name, src, want, note string
	}{
		{"the couples sing: a note",
			"DAPHNE.\n\nOh! I thought I'd gone to bed!\n\n  [_The couples, swaying, half sing, half murmur, the refrain._]" + verse + "LILY.\n\nWhat's this?\n",
			"daphne: Oh! I thought I'd gone to bed! | lily: What's this?", "If you would only, only love me;"},
		{"another speaker sings: a note",
			"LILY.\n\nListen.\n\n  [_ROPER sings, thumping the table._]" + verse + "LILY.\n\nWell.\n\nROPER.\n\nNo.\n",
			"lily: Listen. Well. | roper: No.", "If you would only, only love me;"},
		{"the speaker sings: speech",
			"LILY.\n\nListen.\n\n  [_She sings, he accompanying her._]" + verse + "ROPER.\n\nNo.\n\nLILY.\n\nYes.\n",
			"lily: Listen. If you would only, only love me; Wait but a little for me! | roper: No. | lily: Yes.", ""},
		{"sung to another: speech",
			"LILY.\n\nListen.\n\n  [_Singing to ROPER._]" + verse + "ROPER.\n\nNo.\n\nLILY.\n\nYes.\n",
			"lily: Listen. If you would only, only love me; Wait but a little for me! | roper: No. | lily: Yes.", ""},
		{"a direction under the cue: the speaker's song",
			"LILY.\n\n[_The couples dance as she sings._]" + verse + "ROPER.\n\nNo.\n\nLILY.\n\nYes.\n",
			"lily: If you would only, only love me; Wait but a little for me! | roper: No. | lily: Yes.", ""},
		{"no singing in the direction: speech",
			"LILY.\n\nListen.\n\n  [_They all sit down._]" + verse + "ROPER.\n\nNo.\n\nLILY.\n\nYes.\n",
			"lily: Listen. If you would only, only love me; Wait but a little for me! | roper: No. | lily: Yes.", ""},
		{"the speaker resumes at the margin",
			"DAPHNE.\n\nOh!\n\n  [_They all sing the refrain._]" + verse + "So there.\n\nLILY.\n\nWhat?\n\nDAPHNE.\n\nYes.\n",
			"daphne: Oh! So there. | lily: What? | daphne: Yes.", "Wait but a little for me!"},
		{"a direction within the verse",
			"DAPHNE.\n\nOh!\n\n  [_The couples sing._]\n\n  If you would [_louder_] only love me;\n\nLILY.\n\nWhat?\n",
			"daphne: Oh! | lily: What?", "If you would"},
		{"verse at the margin stays (no sign of where the song ends)",
			"DAPHNE.\n\nOh!\n\n[_They all sing._]\n\nIf you would only love me;\n\nLILY.\n\nWhat?\n\nDAPHNE.\n\nYes.\n",
			"daphne: Oh! If you would only love me; | lily: What? | daphne: Yes.", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := corpustest.CheckSpeeches(t, corpustest.NoOptions(Read), "t.txt", tc.src, tc.want)
			if tc.note != "" && !hasStageNote(d, tc.note) {
				t.Errorf("no stage note holding %q", tc.note)
			}
		})
	}
}

func hasStageNote(d *corpus.Document, s string) bool {
	for _, n := range d.Notes {
		if n.Kind == corpus.Stage && strings.Contains(n.Body.In(d.Source), s) {
			return true
		}
	}
	return false
}

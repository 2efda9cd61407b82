package script

import (
	"testing"

	"parley/corpus"
)

// FuzzRead checks that Read never panics, returns input errors only, and
// keeps every document's invariants (spans in range, in order, speech
// clear of cues and notes).
func FuzzRead(f *testing.F) {
	for _, s := range []string{
		"Susan Page:\nGood evening. [crosstalk 00:07:53]\n\nKamala Harris:\nThank you.\n",
		"Smith: Hello\nJones: Hi\n",
		"---\ntitle: x\nspeakers:\n  - Ann\n---\nHello there, this is a talk.\n\nQ: Why?\n\nA: Because.\n",
		"**Ann:** \\[00:01\\] Hi [link](http://x.y) <b>b</b>\n\n**Bob:** \\[laughs\\]\n\n## H\n\n**Ann:** Bye.\n",
		"Speaker 1  0:03\nHi.\n\nSpeaker 2  0:05\nHo.\n",
		"[10:02:11] Ann: a\n[10:02:12] Bob: b\n",
		"A:\n\nB:\n(LAUGHTER)\n",
		"Interviewee: Jane\nQ: x?\nA: y.\nQ: z?\n",
	} {
		f.Add(s)
	}
	for _, c := range layoutCases() {
		f.Add(c.src)
	}
	f.Fuzz(func(t *testing.T, src string) {
		d, err := Read("fuzz.md", []byte(src))
		if err != nil {
			if !corpus.IsInputError(err) {
				t.Fatalf("not an input error: %v", err)
			}
			return
		}
		checkDoc(t, d)
	})
}

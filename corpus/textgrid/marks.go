package textgrid

import (
	"strings"

	"parley/corpus"
)

// silenceLabels are the labels aligners and transcribers give an interval
// of silence where they leave none empty: HTK's and the Montreal Forced
// Aligner's "sp" (short pause) and "sil", "<sil>", BAS's "<p:>", SPPAS's
// "#".
var silenceLabels = corpus.WordSet(`sp sil <sil> <sp> <p:> #`)

// silence reports whether an interval's text is a silence label, no one's
// words (rule 3).
func silence(s string) bool {
	return silenceLabels[strings.ToLower(strings.TrimSpace(s))]
}

// braceNotes returns the codes and comments in braces within the fields
// of speech, "{LG}", "{OOV}", "{unclear}" (rule 5), as editorial notes:
// aligners' dictionaries write noises and unknown words so, and
// transcribers their comments. A brace that does not close on its line is
// speech.
func braceNotes(text string, fields []corpus.Span) []corpus.Note {
	var notes []corpus.Note
	for _, f := range fields {
		for i := f.Start; i < f.End; i++ {
			if text[i] != '{' {
				continue
			}
			j := i + 1
			for j < f.End && text[j] != '}' && text[j] != '{' && text[j] != '\n' {
				j++
			}
			if j >= f.End || text[j] != '}' {
				continue
			}
			anchor := corpus.Span{Start: i, End: j + 1}
			notes = append(notes, corpus.Note{Kind: corpus.Editorial, Anchor: anchor, Body: corpus.TrimSpan(text, corpus.Span{Start: i + 1, End: j}), Extent: anchor})
			i = j
		}
	}
	return notes
}

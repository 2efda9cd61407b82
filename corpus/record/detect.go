package record

import (
	"bytes"
	"strings"

	"parley/corpus"
)

// detectBytes is how much of a file Detect reads.
const detectBytes = 64 << 10

// Detect is sure of a text with a cue of reported speech in its first 64
// KB, unless the text also looks like a script ("Name:" lines), which the
// script reader claims.
func Detect(name string, src []byte) int {
	if !corpus.HasExt(name, ".txt", "") {
		return 0
	}
	if len(src) > detectBytes {
		cut := bytes.LastIndexByte(src[:detectBytes], '\n')
		if cut < 0 {
			cut = detectBytes
		}
		src = src[:cut]
	}
	docs, err := Read(name, src)
	if err != nil {
		return 0
	}
	if corpus.LooksLikeScript(string(src)) || !dense(docs) {
		return 1
	}
	return 2
}

// dense reports whether cues open a quarter of the paragraphs of the
// conversations at least, as in a record, where nearly every paragraph
// has its speaker; a play or a novel whose stage directions hold a cue or
// two does not.
func dense(docs []*corpus.Document) bool {
	for _, d := range docs {
		cueLines := map[int]bool{}
		for _, t := range d.Turns {
			for _, u := range t.Utterances {
				cueLines[u.Line] = true
			}
		}
		from := d.Turns[0].Utterances[0].Cue.Start
		to := len(d.Source)
		if d.Back.Len() > 0 {
			to = d.Back.Start
		}
		paragraphs := 0
		for _, ln := range corpus.SplitLines(d.Source[from:to]) {
			if strings.TrimSpace(ln.In(d.Source[from:to])) != "" {
				paragraphs++
			}
		}
		if len(cueLines) < 2 || len(cueLines)*4 < paragraphs {
			return false
		}
	}
	return true
}

package stages

import (
	"context"

	"parley/corpus"
)

// Summarize fills each document's reading summary: it counts the text's
// words by what the reader took them for (Reading.Words: speech, cues,
// notes, front and back matter, other) with the tokenize stage's word
// rule, so that every count agrees with the speakers' words, and then
// checks the reading (Reading.Warnings; see corpus.Check).
//
// It runs after the tokenize stage: the speech words are the turns'
// words. It owns Reading.Words and Reading.Warnings and sets
// Reading.Format from Document.Format where the loader left it empty.
type Summarize struct {
	tok *Tokenize
}

// NewSummarize returns a summarize stage that counts words as tok does.
func NewSummarize(tok *Tokenize) *Summarize { return &Summarize{tok: tok} }

// Name returns "summarize".
func (*Summarize) Name() string { return "summarize" }

// Apply counts doc's words and checks its reading.
func (s *Summarize) Apply(ctx context.Context, doc *corpus.Document) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	r := &doc.Reading
	if r.Format == "" {
		r.Format = doc.Format
	}
	var w corpus.WordCounts
	for _, t := range doc.Turns {
		w.Speech += t.Words()
	}
	for _, p := range doc.Parts() {
		var n *int
		switch p.Kind {
		case corpus.CuePart:
			if r.Markup {
				continue // a timing line, a tag, a JSON member: syntax
			}
			n = &w.Cues
		case corpus.NotePart:
			n = &w.Notes
		case corpus.FrontPart:
			n = &w.Front
		case corpus.BackPart:
			n = &w.Back
		case corpus.OtherPart:
			if r.Markup {
				continue
			}
			n = &w.Other
		default: // speech, counted by its turns; note markers, no words
			continue
		}
		if hasAlnum(doc.Source[p.Start:p.End]) {
			*n += s.tok.CountWords(doc.Source, p.Span)
		}
	}
	r.Words = w
	r.Warnings = corpus.Check(doc)
	return nil
}

// CountWords returns the number of words the tokenize stage finds in the
// span s of src: the one word rule, for text that is not speech.
func (t *Tokenize) CountWords(src string, s corpus.Span) int {
	n := 0
	for _, tok := range AppendTokens(nil, src, s) {
		if tok.Word {
			n++
		}
	}
	return n
}

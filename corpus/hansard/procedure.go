package hansard

import (
	"regexp"
	"strings"
	"unicode"

	"parley/corpus"
)

// chorus matches a paragraph that is a group's interjection written into a
// speech: "Honourable members—Hear, hear!", "Opposition senators—Shame!".
var chorus = regexp.MustCompile(`^\p{Lu}\p{Ll}+(?:\s+\p{Ll}+)?\s+(?:members|senators)\s*[—–]`)

// recordParagraphs takes out of an utterance's speech the paragraphs that
// are the record's rather than the speaker's (rule 6 of Read), and returns
// them as narration notes: a procedural formula alone in its paragraph
// (corpus.IsProcedureFormula), and a group's interjection written into
// the speech (chorus); a paragraph of punctuation only is dropped. A
// paragraph is the runs of one block; its text is read with its
// references decoded and its white space folded.
func (u *utterance) recordParagraphs(text string, ent corpus.XMLEntities) []corpus.Note {
	var notes []corpus.Note
	kept := u.runs[:0]
	for i := 0; i < len(u.runs); {
		j := i + 1
		for j < len(u.runs) && u.runs[j].Block == u.runs[i].Block {
			j++
		}
		var b strings.Builder
		for _, r := range u.runs[i:j] {
			b.WriteString(ent.Decode(r.Span.In(text)))
		}
		switch p := fold(b.String()); {
		case corpus.IsProcedureFormula(p) || chorus.MatchString(p):
			body := corpus.TrimSpan(text, corpus.Span{Start: u.runs[i].Span.Start, End: u.runs[j-1].Span.End})
			notes = append(notes, corpus.Note{Kind: corpus.Narration, Anchor: body, Body: body, Extent: body})
		case strings.IndexFunc(p, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) < 0:
			// Punctuation alone (the dash after "Opposition members
			// interjecting—") is no one's speech.
		default:
			kept = append(kept, u.runs[i:j]...)
		}
		i = j
	}
	u.runs = kept
	return notes
}

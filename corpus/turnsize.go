package corpus

import "fmt"

// MaxTurnWords is the most words one turn may have. The longest speeches
// on record (filibusters of a day, a leader's eight hours at the UN) run
// to a few hundred thousand words; a "turn" of millions is a file whose
// line breaks or speaker cues were lost, and analysing it would take
// gigabytes for a report of one speaker saying everything.
const MaxTurnWords = 1_000_000

// CheckTurnSize returns an *InputError naming the first turn of d longer
// than MaxTurnWords, or nil. Words are counted roughly, as runs of
// characters other than white space in the turn's speech, which is fast
// and never fewer than the tokenizer's words by much.
func CheckTurnSize(d *Document) error {
	for _, t := range d.Turns {
		words := 0
		for _, u := range t.Utterances {
			for _, s := range u.Speech {
				words += countRuns(s.In(d.Source))
			}
		}
		if words > MaxTurnWords {
			name := t.Speaker
			if sp, ok := d.Speaker(t.Speaker); ok {
				name = sp.Name
			}
			return &InputError{File: d.Name, Line: t.FirstLine, Msg: fmt.Sprintf(
				"turn %d (%s) has about %d words, more than the %d a turn may have; are the file's line breaks or speaker cues missing?",
				t.Index, name, words, MaxTurnWords)}
		}
	}
	return nil
}

// countRuns counts the runs of bytes other than ASCII white space.
func countRuns(s string) int {
	n, in := 0, false
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ' ', '\t', '\n', '\r', '\f', '\v':
			in = false
		default:
			if !in {
				n++
				in = true
			}
		}
	}
	return n
}

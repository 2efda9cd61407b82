package record

import (
	"strings"

	"parley/corpus"
)

// detectBytes is how much of a file Detect reads.
const detectBytes = 16 << 10

// Detect is sure of a text with a cue of reported speech in its first 16
// KB where cues open a quarter of the paragraphs of the conversation,
// unless the conversation also looks like a script ("Name:" lines), which
// the script reader claims. The fields of a memorandum's or a telegram's
// header ("SUBJECT:", "PARTICIPANTS:", "FROM:", "REF:") and its
// distribution ("Copies to:") stand outside the conversation and count
// for no script; with Detect at 2, record, before script in the formats'
// list, wins the tie.
func Detect(name string, src []byte) int {
	if !corpus.HasExt(name, ".txt", "") {
		return 0
	}
	src = corpus.Head(src, detectBytes)
	docs, err := Read(name, src)
	if err != nil {
		return 0
	}
	if !dense(docs) && !headed(docs) {
		return 1
	}
	for _, d := range docs {
		if corpus.LooksLikeScript(conversation(d)) {
			return 1
		}
	}
	return 2
}

// conversation returns the text of a document's conversation: from its
// first cue to its back matter.
func conversation(d *corpus.Document) string {
	to := len(d.Source)
	if d.Back.Len() > 0 {
		to = d.Back.Start
	}
	return d.Source[d.Turns[0].Utterances[0].Cue.Start:to]
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
		// A paragraph opens on a line after a blank line or after a line
		// that ends a sentence: a hard-wrapped paragraph counts once.
		paragraphs, prev := 0, ""
		for _, ln := range corpus.SplitLines(d.Source[from:to]) {
			t := strings.TrimSpace(ln.In(d.Source[from:to]))
			if t != "" && (prev == "" || strings.ContainsAny(prev[len(prev)-1:], ".!?:\"”)]")) {
				paragraphs++
			}
			prev = t
		}
		if len(cueLines) < 2 || len(cueLines)*4 < paragraphs {
			return false
		}
	}
	return true
}

// headed reports whether each record has the heading of a record or a
// memorandum or telegram ("Memorandum of Conversation", "TELEGRAM") and
// six cues at least, of two speakers or more: a memorandum in which one
// speaker holds forth for many paragraphs is as surely a record as one
// whose every paragraph has a cue.
func headed(docs []*corpus.Document) bool {
	for _, d := range docs {
		if !recordHeading(d.Title) && !documentRe.MatchString(d.Title) || len(d.Speakers) < 2 {
			return false
		}
		cues := 0
		for _, t := range d.Turns {
			cues += len(t.Utterances)
		}
		if cues < 6 {
			return false
		}
	}
	return true
}

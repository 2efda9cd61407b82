// Package screenplay reads screenplays: Fountain (".fountain") and plain-text
// screenplays in the same shape, typed or extracted from a PDF with the
// character names centred and the dialogue indented.
//
// It is one of parley's readers: it turns a file into a corpus.Document
// (speakers, turns, notes, front matter) for the stages. Each character cue
// starts an utterance; scene headings, action, transitions, parentheticals
// and Fountain's notes and boneyard become the document's notes, never
// speech. It imports parley/corpus and no other reader.
package screenplay

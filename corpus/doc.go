// Package corpus is parley's data model, and what its transcript readers
// share.
//
// It sits at the bottom of the pipeline: a reader turns the bytes of a
// transcript into a Document (metadata, roster, speakers, turns, editorial
// notes), and every later layer (stages, analysis, reports) works on that
// Document. Every span is a pair of byte offsets into Document.Source, so any
// number in a report can be traced back to a line of the input.
//
// The readers live in packages below this one, one a layout, as image/png
// sits beside image (corpus/record, corpus/script, corpus/table,
// corpus/tei...), and corpus/formats lists them and detects a file's
// layout. What they share is here: the Builder that makes a Document (and,
// for the tier formats, DocumentInTimeOrder, which merges tiers by time),
// the text primitives (names and labels, bracketed and stage notes, front
// matter, the checks of a reading), and those of the structured formats:
// JSON values with their spans (JSONMembers, JSONEscapes), an XML scanner
// that keeps each token's span and knows a DTD's entities (XMLScanner,
// XMLEntities, XMLRoot), and markup speech (Builder.MarkupSpeech).
//
// Document.Reading says how a document was read: by which reader and why,
// how its words divide among speech, cues, notes and matter, and what in
// the reading looks wrong. Parts and ReadLines give what the reader took
// each stretch and each line of the text for (parley inspect prints them),
// and Check holds every check of a reading, whatever its layout.
//
// The package imports nothing of parley's and no NLP or plotting library.
// Readers never modify their input and never panic on it: bad input yields an
// *InputError naming the file and line.
package corpus

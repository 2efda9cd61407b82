// Package corpus is parley's data model and its transcript readers.
//
// It sits at the bottom of the pipeline: a reader turns the bytes of a
// transcript into a Document (metadata, roster, speakers, turns, editorial
// notes), and every later layer (stages, analysis, reports) works on that
// Document. Every span is a pair of byte offsets into Document.Source, so any
// number in a report can be traced back to a line of the input.
//
// The package imports nothing of parley's and no NLP or plotting library.
// Readers never modify their input and never panic on it: bad input yields an
// *InputError naming the file and line.
package corpus

// Package stages is parley's pipeline: the Stage contract and the stages
// that annotate a corpus.Document after a reader has built it.
//
// The pipeline runs read → tokenize → count: a corpus reader builds the
// Document, the stages of a Pipeline annotate it in order (Default builds
// the standard one), and the analysis package counts the annotated
// documents into tallies. Stages hold their expensive handles (prose's
// models) and are built once per process, then shared.
package stages

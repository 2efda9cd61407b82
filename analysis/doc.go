// Package analysis computes statistics over annotated documents: it is the
// "count" step of the pipeline (read → tokenize → count) and the scores
// computed from counts.
//
// Counts come first and are mergeable: a Tally of one document, of a
// thousand, or of shards counted on many machines adds up with Merge to the
// same totals. Shares, means and (later) keyness are computed only from
// merged tallies, never stored in them. The package depends on corpus
// alone and on no NLP or plotting library.
package analysis

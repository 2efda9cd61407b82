// Package formats is the list of transcript formats parley reads and the
// loader that picks one for each file.
//
// It sits above the readers: the data model and the text primitives are in
// package corpus, each reader below corpus (or, for the oldest readers, in
// corpus itself), and this package lists them in one place (All), detects a
// file's format by its name and content (Detect), and reads files,
// directories and glob patterns into documents (ReadPaths). cmd/parley and
// the callers of the stages use it; no reader imports it.
package formats

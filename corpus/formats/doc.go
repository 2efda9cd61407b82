// Package formats is the list of transcript formats parley reads and the
// loader that picks one for each file.
//
// It sits above the readers: the data model and the text primitives are in
// package corpus, each reader below corpus (or, for the oldest readers, in
// corpus itself), and this package lists them in one place (All), detects a
// file's format by its name and content (Detect), and reads files,
// directories and glob patterns into documents (ReadPaths), recording in
// each document's Reading which reader read it and why (the formats that
// detected it and how surely, --format, or its file name); each Format
// carries its reader's Methods paragraph for the reports. Before any
// reader sees a file, Decode converts it to UTF-8 (UTF-16, Windows-1252,
// Latin-1, or the --encoding named), and a binary format (a Word file's
// zip) is detected on the bytes. cmd/parley and
// the callers of the stages use it; no reader imports it.
package formats

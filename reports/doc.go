// Package reports writes what parley finds: a Markdown report, a JSON
// document of the same content, and tidy CSV tables, all deterministic
// (same input, byte-identical output) and free of timestamps and absolute
// paths.
//
// It sits on top of analysis and corpus and below the CLI: the CLI builds
// an Input from the read, annotated and counted documents and calls Write,
// or one of the single writers (Markdown, JSON, TurnsCSV...) directly.
package reports

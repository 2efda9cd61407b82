// Package table reads delimited tables with one utterance a row (CSV, or
// TSV) into corpus documents (Read), and detects such a file (Detect):
// the header names a speaker and a text column, and consecutive rows of
// one speaker make one turn.
//
// Every span points into the file, inside a quoted cell's quotes, and a
// doubled quotation mark counts once as speech. It sits below
// corpus/formats, which lists the formats and detects them; it imports
// corpus and no other reader.
package table

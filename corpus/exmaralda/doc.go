// Package exmaralda reads EXMARaLDA basic transcriptions (.exb, the
// Hamburg partitur editor's files) into corpus documents (Read), and
// detects such a file (Detect): a speaker table, a common timeline, and a
// tier of events per speaker, with tiers of descriptions and annotations
// beside them.
//
// The tiers follow one another in the file, so the events of all
// speakers are put in the timeline's order before they make turns, and
// every span still points into the XML file. It sits below
// corpus/formats, which lists the formats and detects them; it imports
// corpus and no other reader.
package exmaralda

// Package transcriber reads Transcriber transcriptions (.trs, the XML
// that Transcriber and TranscriberAG write for broadcast and interview
// recordings) into corpus documents (Read), and detects such a file
// (Detect): a list of speakers, and turns of speech timed by Sync points,
// with Who marks splitting overlapping speech and Event and Comment
// elements for noises and remarks.
//
// The file's order is the conversation's, and every span points into the
// XML file. It sits below corpus/formats, which lists the formats and
// detects them; it imports corpus and no other reader.
package transcriber

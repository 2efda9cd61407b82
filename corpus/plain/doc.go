// Package plain reads plain text without cues as the speech of one
// speaker (Read), the speaker named by the file's name: by a pattern the
// user gives (corpus.Options.NamePattern), or by DefaultNamePattern, the
// UN General Debate Corpus's "ARG_01_1946.txt". Named claims a file by
// such a name; Detect claims no file by its content, since a record whose
// cues were not found should be an error, not one long speech.
//
// It sits below corpus/formats, which lists the formats and detects them;
// it imports corpus and no other reader.
package plain

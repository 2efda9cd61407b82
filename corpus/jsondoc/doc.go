// Package jsondoc reads transcripts held in JSON into corpus documents
// (Read), and detects such a file (Detect): speech-to-text results
// (Deepgram, AssemblyAI, Amazon Transcribe and Connect, Rev.ai, Google,
// Azure, Speechmatics, Whisper and WhisperX), archives' transcripts
// (Oyez's sections of turns), plain arrays of {"speaker", "text"}
// objects and JSON Lines of them. It finds the array of utterance
// objects by structure wherever it stands in the document, and the
// speaker, text and times by the members such files use, however their
// names are cased.
//
// The file is parsed once into a tree that keeps each value's span, so
// speech is the text strings as written in the file, less notes and
// escapes, and every span points into the file. It sits below
// corpus/formats, which lists the formats and detects them; it imports
// corpus and no other reader. ConvoKit's JSON Lines (a "speaker" and a
// "text" on each line) are corpus/convokit's.
package jsondoc

// Package convokit reads ConvoKit's utterances (utterances.jsonl, JSON
// Lines: one utterance an object, with its speaker, conversation and text)
// into corpus documents (Read), and detects such a file (Detect).
//
// Speech is the text string as written in the file, less its notes and
// less the JSON escapes that stand for no part of a word, so that every
// span still points into the file. It sits below corpus/formats, which
// lists the formats and detects them; it imports corpus and no other
// reader.
package convokit

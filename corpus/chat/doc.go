// Package chat reads TalkBank CHAT transcripts (.cha, as CHILDES and the
// other TalkBank corpora hold them) into corpus documents (Read), and
// detects such a file (Detect): each main tier ("*CHI:") is an utterance
// of a participant on the "@Participants" roster.
//
// CHAT's codes are not speech: bracketed codes are notes or cut, fillers,
// pauses, terminators and time bullets are cut, and the words a code
// refers to stay speech, as they were said. Every span points into the
// file. It sits below corpus/formats, which lists the formats and detects
// them; it imports corpus and no other reader.
package chat

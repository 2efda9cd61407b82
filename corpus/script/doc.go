// Package script reads scripts and transcripts whose speakers are named by
// labels opening lines: "Name: text" in any case, diarised "SPEAKER_00:",
// Markdown "**Name:**", Rev's "Name (00:03):", Otter's name and timestamp
// above the text, timestamped logs "[00:01:02] Name: text", Q/A
// interviews, plays set as "Name:" above verse. It sits below corpus/formats
// and above corpus, whose label rules (corpus.ParseLabel,
// corpus.SpeakerLines) it uses; it imports no other reader.
package script

// Package subtitles reads timed subtitles into corpus documents: WebVTT
// (ReadWebVTT, as players, YouTube, Teams and Zoom write it) and SubRip
// (ReadSRT, as films and speech-to-text tools write it).
//
// The two formats share one reader: a file is a list of cues, each a
// timing and lines of payload; the speaker of a cue's text is named by a
// voice tag, a speaker label at the start of a line, or left unnamed
// after a caption's ">>" or a dialogue dash. Consecutive cues of one
// speaker make one turn, and every utterance keeps its cue's time, so
// that speaking time per speaker can be summed. It sits below
// corpus/formats, which lists the formats and detects them; it imports
// corpus and no other reader.
package subtitles

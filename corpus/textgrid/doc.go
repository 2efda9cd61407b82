// Package textgrid reads Praat TextGrids saved as text, in the long or
// the short format, into corpus documents (Read), and detects such a file
// (Detect): each interval tier named by a speaker holds that speaker's
// speech, one utterance an interval; tiers of words, phones, comments and
// the like, and point tiers, are notes, or, where a speaker has no other
// tier, the words are the speech.
//
// The tiers follow one another in the file, so the intervals of all
// speakers are put in time order before they make turns, and every span
// still points into the file. It sits below corpus/formats, which lists
// the formats and detects them (and converts a grid saved in UTF-16 to
// UTF-8 first); it imports corpus and no other reader.
package textgrid

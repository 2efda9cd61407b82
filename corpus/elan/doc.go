// Package elan reads ELAN annotation documents (.eaf, the Max Planck
// Institute's annotation tool for audio and video) into corpus documents
// (Read), and detects such a file (Detect): each independent tier of a
// participant holds that speaker's utterances, timed by the document's
// time slots; the tiers that depend on it (words, glosses, translations,
// parts of speech) and the tiers of gestures and the like are notes.
//
// The tiers follow one another in the file, so the utterances of all
// speakers are put in time order before they make turns, and every span
// still points into the XML file. It sits below corpus/formats, which
// lists the formats and detects them; it imports corpus and no other
// reader.
package elan

// Package hearing reads the transcripts of legislative hearings as the US
// Government Publishing Office prints them: paragraphs opening with the
// speaker's title and name and a period ("Mr. SMITH.", "Senator
// Feinstein.", "The CHAIRMAN."), prepared statements inserted for the
// record, and the cover, contents and appendix around the hearing.
//
// It is a reader of its own, not a part of corpus/deposition: a hearing
// has no margin numbers, no Q. and A. and no BY lines, and its cue is a
// paragraph's opening name and period, where a court transcript's is a
// line's label and colon; the two share only what package corpus gives.
// It imports only corpus; corpus/formats lists it.
package hearing

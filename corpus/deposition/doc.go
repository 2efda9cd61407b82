// Package deposition reads question-and-answer transcripts as court
// reporters write them: depositions, trial and hearing testimony, with
// margin line numbers, "Q." and "A." lines attributed through "BY MR.
// SMITH:" and the sworn witness, and colloquy by name ("THE COURT:",
// "MS. JONES: Objection.").
//
// It sits below package corpus's format list (corpus/formats), beside the
// other readers, and imports only corpus: Detect says whether a text is in
// this layout, Read turns it into a corpus.Document whose spans are byte
// offsets into the text as given.
package deposition

// Package play reads printed plays: Project Gutenberg texts and other
// editions where a speaker's name in capitals, with a period, opens each
// speech ("ROPER.", "MRS. UPJOHN. [_Aside._] ...", "Ham." where a
// dramatis personae names Hamlet), or stands alone on a centred line above
// it.
//
// It is one of parley's readers: it turns a file into a corpus.Document
// (roster, speakers, turns, notes, front and back matter) for the stages.
// Stage directions (in brackets, italic paragraphs, parentheses where the
// edition puts them there), act and scene headings, the dramatis personae
// and the Gutenberg header and licence are never speech. It imports
// parley/corpus and no other reader.
package play

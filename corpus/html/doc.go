// Package html turns a saved web page that holds a transcript (a hearing
// record, an interview, a court transcript) into the plain text the text
// readers read.
//
// It sits below corpus/formats beside the readers and imports only corpus
// and the standard library: Text extracts the text, with the speakers'
// names that the page sets in bold written as cues; Detect says whether a
// file is a page. The html format in corpus/formats converts a page with
// Text, detects which text layout the result is in (a script, a hearing,
// a deposition, a record...) and reads it so. Since decoding character
// references and dropping markup cannot keep byte offsets, the Document's
// Source is the extracted text, not the page: every span, line number and
// error line refers to that text.
package html

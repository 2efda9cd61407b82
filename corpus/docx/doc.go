// Package docx turns a word processor's file that holds a transcript (an
// interview, a memorandum of conversation, a hearing typed up in Word or
// LibreOffice) into the plain text the text readers read: Word's .docx
// (Office Open XML) and OpenDocument's .odt, both zip archives of XML.
//
// It sits below corpus/formats beside the readers and imports only corpus
// and the standard library. Text extracts the body's paragraphs in order,
// one to a line, with a speaker's name that a paragraph opens with in
// bold, or that fills a table's first column, written as a cue ("Name:
// text"), and the footnotes in the bracketed form every text reader takes
// for notes; Detect says whether a file is such a document; Title gives
// its title from the file's properties. The formats layer converts the
// file with Text, detects which text layout the result is in (a script, a
// record, a play, a hearing...) and reads it so, as it does a web page
// (corpus/html). The zip's bytes cannot be pointed into, so the Document's
// Source is the extracted text: every span, line number and error line
// refers to that text.
package docx

// Package hansard reads parliamentary debates exported as Hansard XML
// into corpus documents (Read), and detects such a file (Detect): the
// ParlParse (TheyWorkForYou) debates of the UK Parliament (<publicwhip>,
// a <speech speakername="..."> of <p> paragraphs; OpenAustralia writes
// them under <debates>) and the Australian Parliament's Hansard
// (<hansard>, speeches, questions, answers, interjections and
// continuations each opening with a <talker>, in the layout of 1981-1997,
// the <para> layout of 1998-2013 and the <talk.text> layout since).
//
// Speech is the character data of a speech's paragraphs, less the
// talker's details, headings, timestamps, procedural paragraphs and
// bracketed insertions, and every span points into the XML file. It sits
// below corpus/formats, which lists the formats and detects them; it
// imports corpus and no other reader. ParlaMint's TEI is corpus/tei's,
// Akoma Ntoso's debates corpus/akomantoso's.
package hansard

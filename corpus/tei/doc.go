// Package tei reads transcripts marked up in TEI XML into corpus
// documents (Read), and detects such a file (Detect): a play's speeches
// (<sp> with <speaker>, <l>, <p> and <stage>) and a parliament's
// utterances (<u who="#...">, in the ParlaMint manner). A TEI document
// without speeches (a memorandum of conversation in a documentary edition,
// <div type="document">) it renders as text instead (DocumentText,
// DetectDocument), for corpus/formats to read with the text readers.
//
// Speech is the character data inside an utterance, less the elements
// that are not speech (speaker labels, stage directions, notes, gaps,
// deletions), and every span points into the XML file. It sits below
// corpus/formats, which lists the formats and detects them; it imports
// corpus and no other reader.
package tei

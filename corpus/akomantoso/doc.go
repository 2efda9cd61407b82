// Package akomantoso reads parliamentary debates marked up in Akoma Ntoso
// (the OASIS LegalDocML vocabulary, versions 1.0, 2.0 and 3.0) into corpus
// documents (Read), and detects such a file (Detect): an <akomaNtoso>
// root holding a <debate> whose <debateBody> has speeches (<speech
// by="#eId">), questions and answers, as the Hansards of Kenya, South
// Africa and other parliaments publish them.
//
// Speech is the character data of a speech, less its <from> cue, its
// headings, its narrative, scene and remark elements (notes) and its
// bracketed insertions, and every span points into the XML file. It sits
// below corpus/formats, which lists the formats and detects them; it
// imports corpus and no other reader.
package akomantoso

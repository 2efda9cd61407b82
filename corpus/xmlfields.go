package corpus

// The helpers below serve the readers of XML formats of transcription
// tools (corpus/elan, corpus/exmaralda, corpus/transcriber), whose files
// are told by their root element and whose speech is the character data
// of one element a field (an annotation's value, an event, the text after
// a <Sync/>).

// xmlRootHead is how much of a file DetectXMLRoot reads: the XML
// declaration, a comment or two and a DOCTYPE come before the root.
const xmlRootHead = 4096

// DetectXMLRoot is the detector of an XML format told by its root
// element: sure (2) of a file whose root element (XMLRoot, in its first 4
// KiB) is root, whatever its name; 1 for any other file whose name ends
// in ext (HasExt); else 0.
func DetectXMLRoot(name string, src []byte, root, ext string) int {
	if XMLRoot(src[:min(len(src), xmlRootHead)]) == root {
		return 2
	}
	if HasExt(name, ext) {
		return 1
	}
	return 0
}

// XMLSpeech returns the speech of the fields of character data of an
// utterance (the spans of its text, XMLCharData), in order: each field's
// speech (SpeechIn) less the character and entity references in it
// (XMLReferences), which are markup. The notes within the fields are the
// Builder's already (FieldNotes).
func (b *Builder) XMLSpeech(fields []Span) []Span {
	text := b.Source()
	var speech []Span
	for _, f := range fields {
		speech = append(speech, CutSpeech(text, b.SpeechIn(f), XMLReferences(text, f))...)
	}
	return speech
}

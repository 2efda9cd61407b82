package formats

import (
	"parley/corpus"
)

// pending is a layout parley recognises but does not read yet: rather than
// read such a file wrongly (a JSON transcript as one speech, an XML file as
// "no speaker cues"), Read says what it is and that it is not read.
type pending struct {
	what string // "a PDF"
	exts []string
}

// pendingLayouts are the layouts whose readers are still to come, known by
// their endings.
var pendingLayouts = []pending{
	{what: "a Word 97–2003 or RTF document", exts: []string{".doc", ".rtf"}},
	{what: "a PDF", exts: []string{".pdf"}},
}

// recognisePending returns what a file is if it is in a layout parley does
// not read yet.
func recognisePending(name string) (string, bool) {
	for _, p := range pendingLayouts {
		if corpus.HasExt(name, p.exts...) {
			return p.what, true
		}
	}
	return "", false
}

// pendingError is the error for a file in a layout not read yet.
func pendingError(name, what string) error {
	return &corpus.InputError{File: name, Msg: "this is " + what + ", a layout parley recognises but does not read yet; export the transcript as text (Name: text), CSV (speaker,text) or WebVTT, or name a format with --format"}
}

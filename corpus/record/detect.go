package record

import "parley/corpus"

// Detect is sure of a text with a cue of reported speech, unless the text
// also looks like a script ("Name:" lines), which the script reader
// claims.
func Detect(name string, src []byte) int {
	if !corpus.HasExt(name, ".txt", "") {
		return 0
	}
	if _, err := Read(name, src); err == nil {
		if corpus.LooksLikeScript(string(src)) {
			return 1
		}
		return 2
	}
	return 0
}

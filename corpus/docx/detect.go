package docx

import (
	"bytes"

	"parley/corpus"
)

// Detect is sure (2) of a zip archive that is a Word document (it holds
// word/document.xml, or [Content_Types].xml and _rels/.rels) or an
// OpenDocument text (its mimetype entry says so, and it holds
// content.xml), whatever its name; it reads the zip's directory at the
// file's end, and inflates nothing but the few bytes of an OpenDocument's
// mimetype. A file named .docx or .odt that is no such archive could be
// one (1), so that Text says what is wrong with it; anything else is not
// (0, at the cost of comparing four bytes for a file that is no zip).
func Detect(name string, src []byte) int {
	if bytes.HasPrefix(src, []byte(zipMagic)) {
		if a, err := openArchive(name, src); err == nil && a.kind() != "" {
			return 2
		}
	}
	if corpus.HasExt(name, ".docx", ".odt") {
		return 1
	}
	return 0
}

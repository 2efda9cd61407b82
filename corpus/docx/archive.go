package docx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"path"
	"strings"

	"parley/corpus"
)

// The limits on what Text reads of a zip, so that a zip bomb (a small
// file that inflates to gigabytes) or a directory of millions of entries
// is an error, not an exhausted machine.
const (
	// maxUnpacked is how many bytes Text inflates in all, over every
	// part it reads.
	maxUnpacked = 64 << 20
	// maxEntries is how many entries the zip may list.
	maxEntries = 10000
)

// The zip's first bytes (a local file header), and the media type an
// OpenDocument text's "mimetype" entry holds.
const (
	zipMagic = "PK\x03\x04"
	odtType  = "application/vnd.oasis.opendocument.text"
)

// archive is an open Word or OpenDocument file.
type archive struct {
	name  string // the file's, for errors
	zip   *zip.Reader
	files map[string]*zip.File // by name; the first of duplicates
	// left is how many bytes may still be inflated (maxUnpacked).
	left int64
}

// openArchive opens src as a zip, or gives the *corpus.InputError that
// says why it is none.
func openArchive(name string, src []byte) (*archive, error) {
	if !bytes.HasPrefix(src, []byte(zipMagic)) {
		msg := "not a zip archive, as a .docx or .odt file is"
		switch {
		case bytes.HasPrefix(src, []byte("\xd0\xcf\x11\xe0")):
			msg += " (this is an OLE file: a Word 97-2003 .doc, or an encrypted document); save it as .docx without a password"
		case bytes.HasPrefix(src, []byte("{\\rtf")):
			msg += " (this is an RTF file); save it as .docx"
		}
		return nil, &corpus.InputError{File: name, Msg: msg}
	}
	zr, err := zip.NewReader(bytes.NewReader(src), int64(len(src)))
	if err != nil {
		return nil, &corpus.InputError{File: name, Msg: "corrupt zip archive: " + strings.TrimPrefix(err.Error(), "zip: ")}
	}
	if len(zr.File) > maxEntries {
		return nil, &corpus.InputError{File: name, Msg: fmt.Sprintf("the zip archive lists %d entries, more than the %d a document may have", len(zr.File), maxEntries)}
	}
	a := &archive{name: name, zip: zr, files: map[string]*zip.File{}, left: maxUnpacked}
	for _, f := range zr.File {
		if _, dup := a.files[f.Name]; !dup {
			a.files[f.Name] = f
		}
	}
	return a, nil
}

// has reports whether the archive holds an entry of that name.
func (a *archive) has(name string) bool {
	_, ok := a.files[name]
	return ok
}

// read inflates the entry of that name; ok is false if there is none.
// A corrupt entry, or one that would pass maxUnpacked, is an
// *corpus.InputError.
func (a *archive) read(name string) (data []byte, ok bool, err error) {
	f, ok := a.files[name]
	if !ok {
		return nil, false, nil
	}
	rc, err := f.Open()
	if err != nil {
		return nil, true, a.corrupt(name, err)
	}
	defer rc.Close()
	data, err = io.ReadAll(io.LimitReader(rc, a.left+1))
	if err != nil {
		return nil, true, a.corrupt(name, err)
	}
	if int64(len(data)) > a.left {
		return nil, true, &corpus.InputError{File: a.name, Msg: fmt.Sprintf("%s inflates to more than %d MB, with the parts read before it (a zip bomb?)", name, maxUnpacked>>20)}
	}
	a.left -= int64(len(data))
	return data, true, nil
}

func (a *archive) corrupt(entry string, err error) error {
	return &corpus.InputError{File: a.name, Msg: fmt.Sprintf("corrupt zip archive: %s: %s", entry, strings.TrimPrefix(err.Error(), "zip: "))}
}

// kind says what the archive is: "docx", "odt", or "" for neither. A
// Word file holds word/document.xml (or names its main part in
// _rels/.rels); an OpenDocument text has a "mimetype" entry of
// odtType (or of its template or master document) and content.xml.
func (a *archive) kind() string {
	if a.has("word/document.xml") || a.has("[Content_Types].xml") && a.has("_rels/.rels") {
		return "docx"
	}
	if f, ok := a.files["mimetype"]; ok && a.has("content.xml") && f.UncompressedSize64 < 256 {
		if rc, err := f.Open(); err == nil {
			head, _ := io.ReadAll(io.LimitReader(rc, 256))
			rc.Close()
			if strings.HasPrefix(strings.TrimSpace(string(head)), odtType) {
				return "odt"
			}
		}
	}
	return ""
}

// relationships reads a relationships part (_rels/.rels,
// word/_rels/document.xml.rels) and returns the target of each type, by
// the type's last path element ("officeDocument", "footnotes"), resolved
// against base; the first of each type.
func (a *archive) relationships(part, base string) (map[string]string, error) {
	data, ok, err := a.read(part)
	if err != nil || !ok {
		return nil, err
	}
	out := map[string]string{}
	err = decodeXML(a.name, part, data, func(tok xml.Token) {
		t, ok := tok.(xml.StartElement)
		if !ok || t.Name.Local != "Relationship" {
			return
		}
		typ, target := attr(t, "Type"), attr(t, "Target")
		if attr(t, "TargetMode") == "External" || target == "" {
			return
		}
		key := typ[strings.LastIndexByte(typ, '/')+1:]
		if _, dup := out[key]; dup {
			return
		}
		if strings.HasPrefix(target, "/") {
			out[key] = strings.TrimPrefix(target, "/")
		} else {
			out[key] = path.Join(base, target)
		}
	})
	return out, err
}

// decodeXML runs fn on each token of an XML part. Malformed XML is an
// *corpus.InputError naming the part and its line.
func decodeXML(file, part string, data []byte, fn func(xml.Token)) error {
	dec := xml.NewDecoder(bytes.NewReader(data))
	dec.CharsetReader = func(charset string, r io.Reader) (io.Reader, error) {
		if strings.EqualFold(charset, "utf-8") || strings.EqualFold(charset, "utf8") {
			return r, nil
		}
		return nil, fmt.Errorf("the encoding %q, where parley reads UTF-8", charset)
	}
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			msg := err.Error()
			var se *xml.SyntaxError
			if errors.As(err, &se) {
				msg = se.Msg
			}
			line := corpus.LineAt(string(data), int(dec.InputOffset()))
			return &corpus.InputError{File: file, Msg: fmt.Sprintf("%s, line %d: malformed XML: %s", part, line, msg)}
		}
		fn(tok)
	}
}

// attr returns the value of the attribute of that local name, whatever
// its namespace, or "".
func attr(t xml.StartElement, local string) string {
	v, _ := corpus.XMLAttr(t, local)
	return v
}

// partParser is what a part's tokens go to through walk.feed: the
// elements and the character data of the story it reads.
type partParser interface {
	start(t xml.StartElement)
	end(t xml.EndElement)
	chars(s string)
}

// walk is the depth a parser stands at in its part, and the skipped
// element it is in: a parser skips an element it has no text of
// (skipHere, in its start), and nothing inside it, nor its end, reaches
// the parser.
type walk struct {
	depth int // of the open element, 1 for the root
	skip  int // depth of the outermost skipped element open, 0 if none
}

// feed counts tok's depth and hands it to p, unless it is within a
// skipped element: a start tag at its own depth, an end tag at its
// element's.
func (w *walk) feed(p partParser, tok xml.Token) {
	switch t := tok.(type) {
	case xml.StartElement:
		w.depth++
		if w.skip == 0 {
			p.start(t)
		}
	case xml.EndElement:
		switch {
		case w.skip == 0:
			p.end(t)
		case w.depth == w.skip:
			w.skip = 0
		}
		w.depth--
	case xml.CharData:
		if w.skip == 0 {
			p.chars(string(t))
		}
	}
}

// skipHere skips the element just opened.
func (w *walk) skipHere() { w.skip = w.depth }

package formats

import (
	"path/filepath"
	"slices"
	"strings"

	"parley/corpus"
	"parley/corpus/docx"
	"parley/corpus/html"
	"parley/corpus/tei"
)

// readHTML reads a saved web page: html.Text extracts its text, the text
// formats (those that read .txt files) detect the layout of that text as
// they would a .txt file's, and the one most sure reads it. The
// documents' Source is the extracted text, their Format names both steps
// ("html+script", "html+hearing"), and their Title is the page's <title>
// where the text gives none.
func readHTML(name string, src []byte, opt corpus.Options) ([]*corpus.Document, error) {
	return readConverted(name, "html", []byte(html.Text(string(src))), html.Title(string(src)), opt,
		"the page holds no text once its markup, scripts and navigation are dropped",
		`the page's text has no speaker cues that a text format reads ("Mr. SMITH:", "Q." and "A.", "SMITH says that ..."); names in bold followed by a colon are cues`)
}

// readDocx reads a Word or OpenDocument file: docx.Text extracts its
// paragraphs (a bold label opening one as a cue, a speaker table's rows
// as "Name: text"), the text formats detect and read that text as a .txt
// file's, and the documents' Format names both steps ("docx+script").
func readDocx(name string, src []byte, opt corpus.Options) ([]*corpus.Document, error) {
	text, err := docx.Text(name, src)
	if err != nil {
		return nil, err
	}
	return readConverted(name, "docx", []byte(text), docx.Title(src), opt, "no text in the document", `the document's text has no speaker cues that a text format reads ("Smith:", "SMITH says that ...", "Q." and "A."); a bold name opening a paragraph, or a table of speaker and text columns, is a cue`)
}

// readTEIDocument reads a TEI document without speeches (a memorandum of
// conversation in the FRUS edition): tei.DocumentText renders its
// paragraphs and notes as the edition's text would print them, and the
// text formats read that ("tei+record").
func readTEIDocument(name string, src []byte, opt corpus.Options) ([]*corpus.Document, error) {
	if err := corpus.CheckText(name, src); err != nil {
		return nil, err
	}
	text, err := tei.DocumentText(name, src)
	if err != nil {
		return nil, err
	}
	return readConverted(name, "tei", []byte(text), "", opt, "no text in the document", `the document's text has no speaker cues that a text format reads ("The Secretary said that ...", "SMITH:")`)
}

// readConverted reads text converted from another format (kind: "html",
// "docx") with the text format that detects it most surely, as it would a
// .txt file; empty and none are the errors for no text and for text no
// format reads. The documents' Format names both steps, and title is
// their Title where the text gives none.
func readConverted(name, kind string, text []byte, title string, opt corpus.Options, empty, none string) ([]*corpus.Document, error) {
	if len(strings.TrimSpace(string(text))) == 0 {
		return nil, &corpus.InputError{File: name, Msg: empty}
	}
	asText := strings.TrimSuffix(name, filepath.Ext(name)) + ".txt"
	best, sure := Format{}, 0
	for _, f := range All() {
		if f.Binary || f.Name == "html" || !slices.Contains(f.Exts, ".txt") {
			continue
		}
		if s := f.Detect(asText, text); s > sure {
			best, sure = f, s
		}
	}
	if sure == 0 {
		return nil, &corpus.InputError{File: name, Msg: none}
	}
	docs, err := best.Read(name, text, opt)
	if err != nil {
		return nil, err
	}
	for _, d := range docs {
		d.Format = kind + "+" + d.Format
		if d.Title == "" {
			d.Title = title
		}
	}
	return docs, nil
}

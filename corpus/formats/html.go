package formats

import (
	"path/filepath"
	"slices"
	"strings"

	"parley/corpus"
	"parley/corpus/html"
)

// readHTML reads a saved web page: html.Text extracts its text, the text
// formats (those that read .txt files) detect the layout of that text as
// they would a .txt file's, and the one most sure reads it. The
// documents' Source is the extracted text, their Format names both steps
// ("html+script", "html+hearing"), and their Title is the page's <title>
// where the text gives none.
func readHTML(name string, src []byte, opt corpus.Options) ([]*corpus.Document, error) {
	text := []byte(html.Text(string(src)))
	if len(text) == 0 {
		return nil, &corpus.InputError{File: name, Msg: "the page holds no text once its markup, scripts and navigation are dropped"}
	}
	asText := strings.TrimSuffix(name, filepath.Ext(name)) + ".txt"
	best, sure := Format{}, 0
	for _, f := range All() {
		if f.Name == "html" || !slices.Contains(f.Exts, ".txt") {
			continue
		}
		if s := f.Detect(asText, text); s > sure {
			best, sure = f, s
		}
	}
	if sure == 0 {
		return nil, &corpus.InputError{File: name, Msg: `the page's text has no speaker cues that a text format reads ("Mr. SMITH:", "Q." and "A.", "SMITH says that ..."); names in bold followed by a colon are cues`}
	}
	docs, err := best.Read(name, text, opt)
	if err != nil {
		return nil, err
	}
	title := html.Title(string(src))
	for _, d := range docs {
		d.Format = "html+" + d.Format
		if d.Title == "" {
			d.Title = title
		}
	}
	return docs, nil
}

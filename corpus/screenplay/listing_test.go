package screenplay

import (
	"parley/corpus"
	"parley/corpus/corpustest"
)

// listing renders what the reader made of a document for its golden files.
func listing(d *corpus.Document) string {
	return corpustest.ListingForm{Meta: true}.Render(d)
}

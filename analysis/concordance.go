package analysis

import (
	"strings"
	"unicode/utf8"

	"parley/corpus"
)

// QueryWord is one token of a concordance query. A word token matches it
// if its Norm equals Norm (the word itself, case folded) or, where Term is
// set, its Term equals Term (any word with the same stem). Where Punct is
// set, the query's token is punctuation inside it (the hyphen of
// "post-war", two words), and only that punctuation matches.
type QueryWord struct {
	Norm, Term string
	Punct      string
}

// Hit is one line of a concordance: a match of the query in speech, with
// its context.
type Hit struct {
	Document string
	Turn     int
	Line     int // source line of the match's first word
	Speaker  string
	// Left and Right are up to the requested number of tokens of speech
	// before and after the match, within the turn; Match is the matched
	// words as written.
	Left, Match, Right string
}

// Concordance finds the query, a word or a phrase, in the speech of the
// documents (never in cues or notes) and returns each match with context
// tokens on either side, in document and source order. A phrase matches
// consecutive words with no punctuation between them but the query's own.
func Concordance(docs []*corpus.Document, query []QueryWord, context int) []Hit {
	if len(query) == 0 {
		return nil
	}
	var hits []Hit
	for _, d := range docs {
		for _, t := range d.Turns {
			toks := t.Tokens
			for i := range toks {
				if !matchAt(toks, i, query) {
					continue
				}
				end := i + len(query)
				hits = append(hits, Hit{
					Document: d.Name, Turn: t.Index, Line: d.Line(toks[i].Start), Speaker: t.Speaker,
					Left:  joinTokens(toks[max(0, i-context):i]),
					Match: joinTokens(toks[i:end]),
					Right: joinTokens(toks[end:min(len(toks), end+context)]),
				})
			}
		}
	}
	return hits
}

func matchAt(toks []corpus.Token, i int, q []QueryWord) bool {
	if i+len(q) > len(toks) {
		return false
	}
	for k, w := range q {
		t := toks[i+k]
		if w.Punct != "" {
			if t.Word || t.Text != w.Punct || t.Start != toks[i+k-1].End {
				return false
			}
			continue
		}
		if !t.Word || !(t.Norm == w.Norm || w.Term != "" && t.Term == w.Term) {
			return false
		}
		if k > 0 && q[k-1].Punct != "" && t.Start != toks[i+k-1].End {
			return false
		}
	}
	return true
}

// joinTokens writes tokens as text: a space between words, none between
// tokens that touch in the source ("post-war"), before closing punctuation
// or after opening punctuation.
func joinTokens(toks []corpus.Token) string {
	var b strings.Builder
	for i, t := range toks {
		if i > 0 && t.Start != toks[i-1].End && !noSpaceBefore(t.Text) && !noSpaceAfter(toks[i-1].Text) {
			b.WriteByte(' ')
		}
		b.WriteString(t.Text)
	}
	return b.String()
}

func noSpaceBefore(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return len(s) <= 3 && strings.ContainsRune(",.;:!?)]}%”’", r)
}

func noSpaceAfter(s string) bool {
	return s == "(" || s == "[" || s == "{" || s == "“" || s == "‘"
}

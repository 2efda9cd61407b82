package stages

import (
	"context"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/jdkato/prose/v3/tokenize"

	"parley/corpus"
)

// Tokenize splits each turn's speech into tokens with prose's tokenizer
// and stores them in Turn.Tokens. Only the utterances' Speech spans are
// tokenized, so cue framing and editorial notes never become tokens.
//
// prose follows the Penn Treebank in splitting clitics ("did" "n’t",
// "Union" "’s"); Tokenize joins them back, so a word keeps its inner
// apostrophe ("didn’t", "Union’s"); a clitic that cannot be joined (a
// footnote marker or a closing quote stands between) is not a word.
// Quotation marks at a word's edges are
// not part of it ("'quoted" is "quoted"). A token is a word if it holds a
// letter or a digit; anything else is punctuation.
type Tokenize struct {
	tok *tokenize.Tokenizer
}

// NewTokenize returns a tokenize stage.
func NewTokenize() *Tokenize {
	return &Tokenize{tok: tokenize.New()}
}

// Name returns "tokenize".
func (*Tokenize) Name() string { return "tokenize" }

// Apply tokenizes every turn of doc.
func (t *Tokenize) Apply(ctx context.Context, doc *corpus.Document) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	for i := range doc.Turns {
		if err := ctx.Err(); err != nil {
			return err
		}
		turn := &doc.Turns[i]
		turn.Tokens = turn.Tokens[:0]
		for _, u := range turn.Utterances {
			for _, s := range u.Speech {
				turn.Tokens = t.appendTokens(turn.Tokens, doc.Source, s)
			}
		}
	}
	return nil
}

// appendTokens tokenizes the span s of src and appends its tokens.
func (t *Tokenize) appendTokens(out []corpus.Token, src string, s corpus.Span) []corpus.Token {
	first := len(out)
	for _, pt := range t.tok.Tokenize(src[s.Start:s.End]) {
		start := s.Start + pt.Start
		end := start + len(pt.Text)
		if isClitic(pt.Text) && (isNegation(pt.Text) || start > 0 && !isSpaceByte(src[start-1])) {
			if n := len(out); n > first && out[n-1].End == start && out[n-1].Word && endsAlnum(out[n-1].Text) {
				out[n-1].End = end
				out[n-1].Text = src[out[n-1].Start:end]
			} else {
				// Cut off from its word by a note or a quotation mark
				// ("Union[footnoteRef:1]’s", "“Pravda”’s"): the word
				// counts already, the clitic is not another.
				out = append(out, corpus.Token{Span: corpus.Span{Start: start, End: end}, Text: pt.Text})
			}
			continue
		}
		start, end = trimQuotes(src, start, end)
		if start == end {
			continue
		}
		text := src[start:end]
		out = append(out, corpus.Token{Span: corpus.Span{Start: start, End: end}, Text: text, Word: hasAlnum(text)})
	}
	return out
}

// isClitic reports whether a token has the shape of a contraction prose
// split off the word before it: "’s", "'re", "n’t" and the like. After
// white space the same shape is a quoted word ("'quoted").
func isClitic(s string) bool {
	if isNegation(s) {
		return true
	}
	r, size := utf8.DecodeRuneInString(s)
	if r != '\'' && r != '’' || size == len(s) {
		return false
	}
	r2, _ := utf8.DecodeRuneInString(s[size:])
	return unicode.IsLetter(r2)
}

// trimQuotes narrows [start, end) past quotation marks and brackets at
// its edges ("(Bevin)" is "Bevin"), unless that would leave nothing.
func trimQuotes(src string, start, end int) (int, int) {
	const quotes = "'\"‘’“”`()[]{}"
	s := src[start:end]
	t := strings.TrimLeft(s, quotes)
	t = strings.TrimRight(t, quotes)
	if t == "" {
		return start, end
	}
	i := strings.Index(s, t)
	return start + i, start + i + len(t)
}

// isNegation reports whether s is "n't" (in any case, either apostrophe),
// which is never a word of its own.
func isNegation(s string) bool {
	ls := strings.ToLower(s)
	return ls == "n't" || ls == "n’t"
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

func endsAlnum(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func hasAlnum(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

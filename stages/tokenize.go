package stages

import (
	"context"
	"html"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"parley/corpus"
)

// Tokenize splits each turn's speech into tokens by parley's word rule
// (see AppendTokens) and stores them in Turn.Tokens. Only the utterances'
// Speech spans are tokenized, so cue framing and editorial notes never
// become tokens.
//
// A word is a word-boundary segment of Unicode Standard Annex #29, as ICU
// and so tidytext's unnest_tokens find them, that holds a letter or a
// digit: inner apostrophes join ("don't", "Stalin’s"), and so do inner
// periods between letters ("U.S", "i.e") and periods and commas between
// digits ("3.5", "1,000"); hyphens and dashes split ("health-care" is two
// words); a currency sign or a quotation mark is no part of a word ("$100"
// is one word, "100"). The rule is the same for every format, since every
// reader's speech goes through this stage; Turn.Words counts its words.
//
// A note inside a word does not make two words of it: in
// "Union[footnoteRef:1]’s" the speech reads "Union’s", one word, so the
// "’s" after the marker is a token but no word.
type Tokenize struct{}

// NewTokenize returns a tokenize stage.
func NewTokenize() *Tokenize { return &Tokenize{} }

// Name returns "tokenize".
func (*Tokenize) Name() string { return "tokenize" }

// Apply tokenizes every turn of doc: it sets each turn's Tokens, and
// WordCount to the number of word tokens among them.
func (t *Tokenize) Apply(ctx context.Context, doc *corpus.Document) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	// Where the notes stand: a word is joined across a gap between two
	// speech spans only where a note fills it ("Union[footnoteRef:1]’s")
	// or a markup reference to a letter or an apostrophe does
	// ("that&apos;s", "caf&#233;"), not where other markup does (the JSON
	// between two words of a speech-to-text result, "banks&mdash;a").
	anchors := make([]int, 0, len(doc.Notes))
	for _, n := range doc.Notes {
		anchors = append(anchors, n.Anchor.Start)
	}
	sort.Ints(anchors)
	noteIn := func(from, to int) bool {
		k := sort.SearchInts(anchors, from)
		return k < len(anchors) && anchors[k] < to
	}
	// Turns are tokenized each on its own, a long document's on every core.
	return eachTurn(ctx, len(doc.Turns), func(i int) {
		turn := &doc.Turns[i]
		// Room for the tokens at once, rather than grown by doubling:
		// English speech runs to a token every five or six bytes.
		bytes := 0
		for _, u := range turn.Utterances {
			for _, s := range u.Speech {
				bytes += s.Len()
			}
		}
		if want := bytes/5 + 4; cap(turn.Tokens) < want {
			turn.Tokens = make([]corpus.Token, 0, want)
		}
		turn.Tokens = turn.Tokens[:0]
		for _, u := range turn.Utterances {
			for k, s := range u.Speech {
				first := len(turn.Tokens)
				turn.Tokens = AppendTokens(turn.Tokens, doc.Source, s)
				if k > 0 && (noteIn(u.Speech[k-1].End, s.Start) || wordReference(doc.Source[u.Speech[k-1].End:s.Start])) {
					turn.Tokens = joinAcrossNote(turn.Tokens, first, doc.Source, u.Speech[k-1].End, s.End)
				}
			}
		}
		turn.WordCount = 0
		for _, t := range turn.Tokens {
			if t.Word {
				turn.WordCount++
			}
		}
	})
}

// joinAcrossNote handles the tokens from first on, of a Speech span
// ending at end that follows a note ending the span before it at prevEnd.
// If the word before the note and the text after it are one word once the
// note is taken out, the tokens that continue the word become one token
// that is no word.
func joinAcrossNote(toks []corpus.Token, first int, src string, prevEnd, end int) []corpus.Token {
	if first == 0 || first == len(toks) {
		return toks
	}
	w, next := toks[first-1], toks[first]
	// The note must touch both: "Union[footnoteRef:1]’s", not
	// "peace[footnoteRef:1] is" (a span may have been trimmed of space).
	if !w.Word || w.End != prevEnd || next.Start <= prevEnd || isSpace(src[prevEnd]) || isSpace(src[next.Start-1]) {
		return toks
	}
	to := continuation(w.Text, src, next.Start, end)
	if to == next.Start {
		return toks
	}
	k := first
	for k < len(toks) && toks[k].Start < to {
		to = max(to, toks[k].End) // never part of a token
		k++
	}
	toks[first] = corpus.Token{Span: corpus.Span{Start: next.Start, End: to}, Text: src[next.Start:to]}
	return append(toks[:first+1], toks[k:]...)
}

func isSpace(b byte) bool { return b < utf8.RuneSelf && asciiClass[b] == wbSpace }

// wordReference reports whether gap is one XML or HTML character
// reference that stands for a letter, a digit or an apostrophe: a part of
// the word around it that a markup reader cut from speech as written.
func wordReference(gap string) bool {
	if len(gap) < 3 || len(gap) > 12 || gap[0] != '&' || gap[len(gap)-1] != ';' || strings.IndexByte(gap[1:], '&') >= 0 {
		return false
	}
	ch := html.UnescapeString(gap)
	r, size := utf8.DecodeRuneInString(ch)
	if ch == gap || size != len(ch) {
		return false // no reference, or one that stands for more than a character
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) || r == '\'' || r == '’'
}

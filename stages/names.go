package stages

import (
	"strings"

	"parley/corpus"
)

// nameTokens returns toks as the entity rules read them: names as they are
// written, where the word rule sees several words. A hyphenated compound
// ("Guinea-Bissau", "Anglo-Soviet", "African-American") is one token, and
// so is an abbreviation with its final period ("U.S.", "Mr."): a word that
// holds a period already, or a title that is written with one. An initial
// keeps its period apart ("J" "." in "Donald J. Trump", "Petrov, N. V."),
// as prose's tokenizer, whose tokens the tagger was trained on, has it. Words are counted from the turn's
// own tokens; these serve to find names only. Words on either side of a
// line break within a paragraph are made adjacent (joinWrappedLines).
// toks is not changed; if nothing joins, it is returned as it is.
func nameTokens(src string, toks []corpus.Token) []corpus.Token {
	var out []corpus.Token
	for i := 0; i < len(toks); i++ {
		broken := false
		if k := glued(toks[i].Text); k > 0 {
			// "House.It": two sentences whose full stop lost its space.
			if out == nil {
				out = append(make([]corpus.Token, 0, len(toks)+2), toks[:i]...)
			}
			t := toks[i]
			out = append(out,
				corpus.Token{Span: corpus.Span{Start: t.Start, End: t.Start + k}, Text: t.Text[:k], Word: true},
				corpus.Token{Span: corpus.Span{Start: t.Start + k, End: t.Start + k + 1}, Text: "."},
				corpus.Token{Span: corpus.Span{Start: t.Start + k + 1, End: t.End}, Text: t.Text[k+1:], Word: true})
			continue
		}
		j := i
		if toks[i].Word {
			// word ("-" word)*, the hyphen perhaps ending a line
			// ("Boutros-\nGhali")
			for j+2 < len(toks) && toks[j+1].Text == "-" && toks[j+2].Word &&
				toks[j].End == toks[j+1].Start && (toks[j+1].End == toks[j+2].Start || toks[j+2].Start-toks[j+1].End <= 3 && lineWrap(src[toks[j+1].End:toks[j+2].Start])) {
				broken = broken || toks[j+1].End != toks[j+2].Start
				j += 2
			}
			// and an abbreviation's period
			if j+1 < len(toks) && toks[j+1].Text == "." && toks[j].End == toks[j+1].Start && abbreviation(toks[j].Text) {
				j++
			}
		}
		if j == i && out == nil {
			continue
		}
		if out == nil {
			out = append(make([]corpus.Token, 0, len(toks)), toks[:i]...)
		}
		t := toks[i]
		if j > i {
			t.End = toks[j].End
			t.Text = src[t.Start:t.End]
			if broken {
				t.Text = strings.Join(strings.Fields(t.Text), "") // "Boutros-Ghali"
			}
		}
		out = append(out, t)
		i = j
	}
	if out == nil {
		return joinWrappedLines(src, toks, true)
	}
	return joinWrappedLines(src, out, false)
}

// joinWrappedLines makes the words on either side of a line break inside a
// paragraph ("Ali\nTreki", "the South\nAsian Association") as adjacent
// as words one space apart: the second word's Start moves back to one
// past the first's End, so that a name the line breaks is still one run.
// The moved Start then points into the white space (a mention's span is
// trimmed back to the word; see Entities.find); End and Text are as
// written. A blank line (a paragraph break) keeps words apart. toks is
// copied before it is changed if shared is set.
func joinWrappedLines(src string, toks []corpus.Token, shared bool) []corpus.Token {
	for k := 1; k < len(toks); k++ {
		a, b := toks[k-1], toks[k]
		if b.Start <= a.End+1 || b.Start-a.End > 8 || b.Start > len(src) || !lineWrap(src[a.End:b.Start]) {
			continue
		}
		if shared {
			toks = append([]corpus.Token(nil), toks...)
			shared = false
		}
		toks[k].Start = a.End + 1
	}
	return toks
}

// lineWrap reports whether gap is white space holding one line break.
func lineWrap(gap string) bool {
	breaks := 0
	for _, r := range gap {
		switch r {
		case '\n':
			breaks++
		case ' ', '\t', '\r':
		default:
			return false
		}
	}
	return breaks == 1
}

// glued returns the offset of the full stop in a word made of two
// sentences' words run together ("House.It", "Paris.The"), or 0: a
// lower-case letter, a period, then a capital and a lower-case letter, with
// two letters or more before it. "U.S.", "e.g.", "Mr.Smith" and
// "example.com" are not split.
func glued(w string) int {
	k := strings.IndexByte(w, '.')
	if k < 2 || k+2 >= len(w) || strings.Count(w, ".") != 1 {
		return 0
	}
	a, b, c := w[k-1], w[k+1], w[k+2]
	if a >= 'a' && a <= 'z' && w[k-2] >= 'a' && w[k-2] <= 'z' && b >= 'A' && b <= 'Z' && c >= 'a' && c <= 'z' {
		return k
	}
	return 0
}

// abbreviation reports whether a word followed by a period is abbreviated
// by it: "U.S", "Mr".
func abbreviation(w string) bool {
	return strings.Contains(w, ".") || corpus.IsTitle(w+".") || w == "St" || w == "Mt" || w == "Ft"
}

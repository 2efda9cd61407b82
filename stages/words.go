package stages

import (
	"unicode"
	"unicode/utf8"

	"parley/corpus"
)

// AppendTokens splits the span s of src into tokens and appends them to
// dst. It is parley's one word rule, used for every format.
//
// Tokens are the word-boundary segments of Unicode Standard Annex #29 as
// ICU applies them (and so as stringi, tidytext's unnest_tokens and
// tokenizers::tokenize_words do), white space left out. A token is a word
// (Token.Word) if it holds a letter (or a letter number, "Ⅻ") or a digit;
// any other token is
// punctuation or a symbol, one character each ("." "." "." for an
// ellipsis). Within a segment:
//
//   - letters and digits run together ("1940s", "COVID19");
//   - an inner apostrophe (' or ’), period, middle dot or at sign between
//     letters joins them: "don't", "Stalin’s", "U.S" (the final period is
//     punctuation), "i.e", "end.Next", "www.example.com", "mail@example.com";
//   - an inner period, comma, semicolon or apostrophe between digits joins
//     them: "3.5", "1,000,000";
//   - underscores (any connector punctuation) join: "snake_case";
//   - anything else splits: hyphens and dashes ("health-care" is two words,
//     "1938–1946" two numbers), slashes ("and/or"), colons ("10:30", "a:b"),
//     an apostrophe between a digit and a letter ("1940's" is "1940" and
//     "s"), a sign before a number ("$100" is "$" and the word "100"), and
//     quotation marks at a word's edges ("workers’" is "workers" and "’").
//
// Combining marks, format characters and zero-width joiners belong to the
// character before them. Han ideographs and hiragana are a word each (ICU
// would consult a dictionary; parley does not); katakana run together.
// Where ICU counts a segment without a letter or digit as a word (a run
// of underscores, "@" before a name), parley does not; Hebrew's rules for
// quotation marks inside words (UAX #29's WB7a-c) are not applied.
//
// AppendTokens never fails: any string, valid UTF-8 or not, has tokens,
// each a non-empty span of s, in order and without overlap.
func AppendTokens(dst []corpus.Token, src string, s corpus.Span) []corpus.Token {
	i := s.Start
	for i < s.End {
		c, n := classAt(src, i, s.End)
		if c == wbSpace {
			i += n
			continue
		}
		start := i
		i = skipExtend(src, i+n, s.End)
		word := c.isWord()
		if c.joins() {
			i = segmentEnd(src, c, i, s.End)
			word = word || hasAlnum(src[start:i]) // "_id"
		}
		dst = append(dst, corpus.Token{Span: corpus.Span{Start: start, End: i}, Text: src[start:i], Word: word})
	}
	return dst
}

// wbClass is a character's Word_Break property, as far as parley's rule
// tells them apart.
type wbClass uint8

const (
	wbOther        wbClass = iota // punctuation, symbols, emoji: a segment each
	wbSpace                       // white space and line ends: between segments
	wbLetter                      // ALetter (and Hebrew_Letter)
	wbNumeric                     // decimal digits
	wbKatakana                    // katakana
	wbIdeographic                 // Han and hiragana: a segment each
	wbExtendNumLet                // underscore and the other connectors
	wbMidLetter                   // joins letters: middle dots
	wbMidNum                      // joins digits: comma, semicolon
	wbMidNumLet                   // joins either: period, apostrophes
	wbExtend                      // combining marks, format characters, ZWJ
)

// isWord reports whether a segment opening with c holds a letter or digit.
// A segment opening with a connector may go on to hold one ("_id"); see
// segmentEnd.
func (c wbClass) isWord() bool {
	return c == wbLetter || c == wbNumeric || c == wbKatakana || c == wbIdeographic
}

// joins reports whether a character of class c may join the next one.
func (c wbClass) joins() bool {
	return c == wbLetter || c == wbNumeric || c == wbKatakana || c == wbExtendNumLet
}

// asciiClass holds the classes of the ASCII characters, the common case.
var asciiClass = func() [utf8.RuneSelf]wbClass {
	var t [utf8.RuneSelf]wbClass
	for r := range t {
		t[r] = runeClass(rune(r))
	}
	return t
}()

// classAt returns the class of the character at src[i] and its length.
func classAt(src string, i, end int) (wbClass, int) {
	if b := src[i]; b < utf8.RuneSelf {
		return asciiClass[b], 1
	}
	r, n := utf8.DecodeRuneInString(src[i:end])
	return runeClass(r), n
}

func runeClass(r rune) wbClass {
	switch r {
	case '.', '\'', '‘', '’', '\u2024', '\ufe52', '\uff07', '\uff0e':
		return wbMidNumLet
	case ',', ';', '\u037e', '\u0589', '\u060c', '\u060d', '\u066c', '\u07f8', '\u2044', '\ufe10', '\ufe14', '\ufe50', '\ufe54', '\uff0c', '\uff1b':
		return wbMidNum
	case '\u00b7', '\u0387', '\u055f', '\u05f4', '\u2027', '\ufe13', '@':
		return wbMidLetter
	case '\u202f':
		return wbExtendNumLet // narrow no-break space: "1 000"
	case '\u200d', '\ufe0f', '\ufe0e':
		return wbExtend
	}
	switch {
	case r < utf8.RuneSelf:
		switch {
		case r == ' ' || r >= '\t' && r <= '\r':
			return wbSpace
		case r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z':
			return wbLetter
		case r >= '0' && r <= '9':
			return wbNumeric
		case r == '_':
			return wbExtendNumLet
		}
		return wbOther
	case unicode.IsSpace(r) || r == '\u2028' || r == '\u2029':
		return wbSpace
	case unicode.In(r, unicode.Mn, unicode.Me, unicode.Mc, unicode.Cf):
		return wbExtend
	case unicode.IsLetter(r) || unicode.Is(unicode.Nl, r): // and letter numbers: "Ⅻ"
		switch {
		case unicode.Is(unicode.Katakana, r):
			return wbKatakana
		case unicode.In(r, unicode.Han, unicode.Hiragana):
			return wbIdeographic
		}
		return wbLetter
	case unicode.IsDigit(r):
		return wbNumeric
	case unicode.Is(unicode.Pc, r):
		return wbExtendNumLet
	}
	return wbOther
}

// skipExtend returns the offset past the combining marks, format
// characters and joiners at src[i:end], which belong to the character
// before them.
func skipExtend(src string, i, end int) int {
	for i < end && src[i] >= utf8.RuneSelf {
		c, n := classAt(src, i, end)
		if c != wbExtend {
			break
		}
		i += n
	}
	return i
}

// segmentEnd returns the end of the segment whose last character, of
// class last, ends at i.
func segmentEnd(src string, last wbClass, i, end int) int {
	for i < end {
		c, n := classAt(src, i, end)
		next := skipExtend(src, i+n, end)
		switch {
		case joinsDirectly(last, c):
			last, i = c, next
			continue
		case c == wbMidLetter || c == wbMidNum || c == wbMidNumLet:
			// Joins only between two letters or two digits: look past it.
			if next < end {
				c2, n2 := classAt(src, next, end)
				if last == wbLetter && c2 == wbLetter && c != wbMidNum ||
					last == wbNumeric && c2 == wbNumeric && c != wbMidLetter {
					last, i = c2, skipExtend(src, next+n2, end)
					continue
				}
			}
		}
		return i
	}
	return i
}

// joinsDirectly reports whether a character of class b continues a
// segment whose last character is of class a (UAX #29's WB5, WB8-10, WB13,
// WB13a-b).
func joinsDirectly(a, b wbClass) bool {
	switch a {
	case wbLetter, wbNumeric:
		return b == wbLetter || b == wbNumeric || b == wbExtendNumLet
	case wbKatakana:
		return b == wbKatakana || b == wbExtendNumLet
	case wbExtendNumLet:
		return b == wbLetter || b == wbNumeric || b == wbKatakana || b == wbExtendNumLet
	}
	return false
}

// continuation returns where the word segment ending with word would end
// if src[i:end] followed it directly: i if it would end with word.
func continuation(word, src string, i, end int) int {
	last := wbOther
	for w := word; w != ""; {
		r, n := utf8.DecodeLastRuneInString(w)
		if last = runeClass(r); last != wbExtend {
			break
		}
		w = w[:len(w)-n]
	}
	if !last.joins() {
		return i
	}
	return segmentEnd(src, last, i, end)
}

// hasAlnum reports whether s holds a letter (a letter number, "Ⅻ", too)
// or a digit.
func hasAlnum(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Nl, r) {
			return true
		}
	}
	return false
}

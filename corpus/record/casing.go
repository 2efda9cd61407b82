package record

import (
	"strings"

	"parley/corpus"
)

// lowerWords are the words that a text in capitals writes in lower case
// once decapitalised (see decap): the words of a cue's verb and
// complementizer, pronouns, articles and other function words. Every
// other word is taken for a name and title-cased.
var lowerWords = corpus.WordSet(`the a an and or but nor that this these those to of in on at by for
	with from as into about over after before than then also further again finally next later
	first only not no so if whether how what when why where who whom which while
	he she it we they you him her them us me his its our their your my
	is was were be been being had has have having do does did would could should will can
	shall may might must
	this morning afternoon evening today yesterday tomorrow tonight
	himself herself themselves ourselves myself`)

// inCapitals reports whether the prose of s (its lines of six words or
// more) is written in capitals: lines nine tenths in capitals hold two
// thirds of its ASCII letters or more, 60 letters at least. A telegram's
// heading and source note in mixed case above and below a text in
// capitals do not change it.
func inCapitals(s string) bool {
	capsLetters, letters := 0, 0
	for _, line := range strings.Split(s, "\n") {
		if len(strings.Fields(line)) < 6 {
			continue
		}
		upper, n := 0, 0
		for i := 0; i < len(line); i++ {
			c := line[i]
			switch {
			case c >= 'A' && c <= 'Z':
				upper++
				n++
			case c >= 'a' && c <= 'z':
				n++
			}
		}
		letters += n
		if upper*10 >= n*9 {
			capsLetters += n
		}
	}
	return letters >= 60 && capsLetters*3 >= letters*2
}

// decap returns a text in capitals in mixed case, byte for byte, so that
// offsets stay offsets. Words are lower-cased but for "I", initials, the
// first word of a sentence, titles and offices ("Ambassador", "Mr."),
// and the words taken for names, title-cased wherever they stand: up to
// three words before a reporting verb ("GROMYKO THEN ASKED", "THE
// FOREIGN MINISTER SAID"), after a title or an office, and after a verb
// of meeting ("I SAW KUZNETSOV"), none of them a function word (see
// lowerWords). "I TOLD GROMYKO THAT" becomes "I told Gromyko that". Only
// ASCII letters of words in capitals change; a word in mixed case ("From
// the Embassy") stays as written.
func decap(s string) string {
	type tok struct {
		start, end int
		w          string // lower case
		sentence   bool   // opens a sentence or a paragraph
		initial    bool   // "A." of "A.A. GROMYKO"
		joined     bool   // only spaces (or an initial's period) since the word before
	}
	var toks []tok
	sentence := true
	joined := false
	for i := 0; i < len(s); {
		c := s[i]
		if !isASCIILetter(c) {
			switch {
			case c == '.' && (i+1 >= len(s) || s[i+1] == ' ' || s[i+1] == '\n') && !(i >= 2 && isASCIILetter(s[i-1]) && !isASCIILetter(s[i-2])):
				// A period after a word of two letters or more, or after
				// a paragraph's number: a sentence ends ("U.S." does not).
				sentence = true
			case c == '!' || c == '?' || c == ':':
				sentence = true
			case c == '\n' && (i+1 < len(s) && s[i+1] == '\n' || i > 0 && s[i-1] == '\n'):
				// A blank line: a paragraph begins. (A line break alone
				// may be a hard wrap.)
				sentence = true
			}
			if c != ' ' && c != '.' && c != '\n' {
				joined = false
			}
			i++
			continue
		}
		j := i
		for j < len(s) && (isASCIILetter(s[j]) || (s[j] == '\'' || s[j] == '-') && j+1 < len(s) && isASCIILetter(s[j+1])) {
			j++
		}
		w := strings.ToLower(s[i:j])
		toks = append(toks, tok{i, j, w, sentence, j-i == 1 && j < len(s) && s[j] == '.', joined && !sentence})
		sentence, joined = false, true
		i = j
	}
	function := func(w string) bool {
		return lowerWords[w] || reportingVerbs[w] || objectVerbs[w] || framingVerbs[w] || cueAdverbs[w] || ingVerbs[w]
	}
	title := func(w string) bool {
		if a, ok := officeAbbreviations[w]; ok {
			w = a
		}
		return honorifics[w] || officeHeads[w] || officeWords[w] && w != "first" && w != "state" && w != "party" || corpus.IsTitle(w)
	}
	names := map[string]bool{}
	// mark takes the words before (dir -1) or after (dir 1) token k for
	// names, up to three, while they are joined and no function words.
	mark := func(k, dir int) {
		for n, m := 0, k; n < 3; n++ {
			next := m + dir
			if next < 0 || next >= len(toks) || !(dir > 0 && toks[next].joined || dir < 0 && toks[m].joined) {
				return
			}
			m = next
			if function(toks[m].w) {
				return
			}
			if dir > 0 && strings.HasSuffix(toks[m].w, "ed") {
				return // "THE PRESIDENT HOPED": a verb, no name
			}
			if !toks[m].initial && !title(toks[m].w) {
				names[toks[m].w] = true
			}
		}
	}
	for k, t := range toks {
		switch {
		case reportingVerbs[t.w]:
			b := k
			for b > 0 && cueAdverbs[toks[b-1].w] && toks[b].joined {
				b--
			}
			mark(b, -1)
		case title(t.w):
			mark(k, 1)
		case t.w == "saw" || t.w == "met" || t.w == "visited" || t.w == "received" || t.w == "on" && k > 0 && toks[k-1].w == "called" || t.w == "to" || t.w == "with":
			// "I SAW KUZNETSOV", "THE LETTER TO KHRUSHCHEV", "TALKS
			// WITH GROMYKO": a person or a place, capitalised either way.
			mark(k, 1)
		}
	}
	b := []byte(s)
	for _, t := range toks {
		if strings.ToUpper(s[t.start:t.end]) != s[t.start:t.end] {
			continue // a word in mixed case is as written
		}
		keep := t.sentence || t.initial || t.w == "i" || names[t.w] || title(t.w)
		for k := t.start; k < t.end; k++ {
			if k > t.start || !keep {
				b[k] = toLowerASCII(b[k])
			}
		}
	}
	return string(b)
}

func isASCIILetter(c byte) bool { return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' }

func toLowerASCII(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// titles are the honorifics and offices stripped from speaker names
// ("Comrade STALIN" is the speaker "stalin"). Matched case-insensitively.
var titles = map[string]bool{
	"comrade": true, "comrades": true, "generalissimo": true, "marshal": true,
	"general": true, "mr": true, "mr.": true, "mrs": true, "mrs.": true,
	"ms": true, "ms.": true, "miss": true, "dr": true, "dr.": true, "sir": true,
	"lord": true, "lady": true, "professor": true, "prof.": true,
	"president": true, "premier": true, "chairman": true, "ambassador": true,
	"senator": true, "deputy": true, "minister": true, "secretary": true,
	"citizen": true, "monsieur": true, "herr": true, "signor": true, "vice": true,
	// Parliaments' and councils' forms of address ("The Hon. Member",
	// "Cllr Helen Abebe").
	"hon": true, "hon.": true, "cllr": true, "cllr.": true, "councillor": true,
}

// IsTitle reports whether w is an honorific or office that parley strips
// from speakers' names ("Comrade", "Generalissimo", "Mr."), in any case.
func IsTitle(w string) bool { return titles[strings.ToLower(w)] }

// WordSet returns the set of the white-space separated words in words.
func WordSet(words string) map[string]bool {
	set := map[string]bool{}
	for _, w := range strings.Fields(words) {
		set[w] = true
	}
	return set
}

// SkipSpaces returns the offset of the first byte at or after i in line
// that is not a space or a tab.
func SkipSpaces(line string, i int) int {
	for i < len(line) && (line[i] == ' ' || line[i] == '\t') {
		i++
	}
	return i
}

// StartsUpper reports whether w begins with an upper-case letter.
func StartsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// IsCaps reports whether w is a word in capitals of two letters or more.
func IsCaps(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters >= 2
}

// SpeakerID returns the identity of a speaker named name: the name with
// leading titles stripped, white space folded and case folded ("Comrade
// STALIN" and "Comrade Stalin" are both "stalin"). A bare title gives "".
func SpeakerID(name string) string {
	f := strings.Fields(name)
	for len(f) > 1 && titles[strings.ToLower(f[0])] {
		f = f[1:]
	}
	if len(f) == 1 && titles[strings.ToLower(f[0])] {
		return ""
	}
	return strings.ToLower(strings.Join(f, " "))
}

// StripTitles returns name without its leading titles, as written.
func StripTitles(name string) string {
	f := strings.Fields(name)
	for len(f) > 1 && titles[strings.ToLower(f[0])] {
		f = f[1:]
	}
	return strings.Join(f, " ")
}

var roman = WordSet(`ii iii iv vi vii viii ix xi xii xiii xiv xv xvi`)

// TitleCase returns s with each word's first letter in upper case and the
// rest in lower case, keeping short function words in lower case except at
// the start ("RECORD OF CONVERSATION" -> "Record of Conversation").
func TitleCase(s string) string {
	small := map[string]bool{"a": true, "an": true, "and": true, "as": true, "at": true, "by": true, "for": true, "in": true, "of": true, "on": true, "or": true, "the": true, "to": true, "with": true, "from": true}
	words := strings.Fields(s)
	for i, w := range words {
		lw := strings.ToLower(w)
		if roman[lw] && i > 0 {
			words[i] = strings.ToUpper(lw) // King Richard II
			continue
		}
		if i > 0 && small[lw] {
			words[i] = lw
			continue
		}
		var b strings.Builder
		up := true
		for _, r := range lw {
			if up && unicode.IsLetter(r) {
				b.WriteRune(unicode.ToUpper(r))
				up = false
				continue
			}
			if r == '-' {
				up = true
			}
			if (r == '\'' || r == '’') && b.Len() == 1 {
				up = true // O'Brien, D’Arcy
			}
			b.WriteRune(r)
		}
		words[i] = b.String()
	}
	return strings.Join(words, " ")
}

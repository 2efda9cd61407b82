package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// titles are the honorifics and offices stripped from speaker names
// ("Comrade STALIN" is the speaker "stalin", "Rep. AL-HAKIM" "al-hakim",
// "Chair GUTIÉRREZ" "gutiérrez"). Matched case-insensitively; an
// abbreviation is listed with and without its period. It is a list of
// forms of address, civil, legislative, judicial and clerical, not of one
// document's words. Words that are also ordinary labels on their own
// ("Speaker 1", "Member") are not in it.
var titles = WordSet(`
	comrade comrades generalissimo marshal general sir lord lady citizen
	monsieur herr signor madam madame
	mr mr. mrs mrs. ms ms. miss dr dr. professor prof prof.
	president premier minister secretary ambassador deputy vice
	chairman chairwoman chairperson chair
	senator sen sen. representative rep rep. congressman congresswoman
	delegate del. assemblymember assemblyman assemblywoman
	councilmember councilman councilwoman councillor councilor
	alderman alderwoman alderperson commissioner supervisor
	governor gov gov. mayor
	hon hon. honorable honourable cllr cllr.
	judge justice magistrate
	rev rev. reverend
	officer detective det. sergeant sgt sgt. constable inspector agent
	captain capt capt. lieutenant lt lt. colonel col col. major corporal cpl cpl. admiral
	commander cmdr cmdr.`)

// titlePhrases are titles of two words whose first word is no title by
// itself: "Ranking Member Durbin" is the speaker "durbin", "Chief Justice
// Roberts" "roberts". "The" before
// a title ("The Hon. Jane Roe") is stripped with it where a name
// follows; "The Court", "The Chairman" stay as written.
var titlePhrases = map[string]map[string]bool{
	"ranking":    {"member": true},
	"chief":      {"justice": true, "judge": true},
	"presiding":  {"judge": true, "justice": true},
	"lieutenant": {"governor": true, "gov.": true},
	"attorney":   {"general": true},
	"majority":   {"leader": true, "whip": true},
	"minority":   {"leader": true, "whip": true},
}

// named reports whether f holds a word that is no title.
func named(f []string) bool {
	for _, w := range f {
		if !titles[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

// titleCount returns how many of f's leading words are titles, leaving at
// least one word.
func titleCount(f []string) int {
	n := 0
	for n < len(f)-1 {
		w := strings.ToLower(f[n])
		switch {
		case titles[w]:
			n++
		case titlePhrases[w][strings.ToLower(f[n+1])] && n+2 < len(f):
			n += 2
		case w == "the" && titles[strings.ToLower(f[n+1])] && named(f[n+2:]):
			n += 2
		default:
			return n
		}
	}
	return n
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
	f = f[titleCount(f):]
	if len(f) == 1 && titles[strings.ToLower(f[0])] {
		return ""
	}
	return strings.ToLower(strings.Join(f, " "))
}

// StripTitles returns name without its leading titles, as written.
func StripTitles(name string) string {
	f := strings.Fields(name)
	return strings.Join(f[titleCount(f):], " ")
}

var roman = WordSet(`ii iii iv vi vii viii ix xi xii xiii xiv xv xvi`)

// titleSmall are the function words TitleCase keeps in lower case.
var titleSmall = WordSet(`a an and as at by for in of on or the to with from`)

// TitleCase returns s with each word's first letter in upper case and the
// rest in lower case, keeping short function words in lower case except at
// the start ("RECORD OF CONVERSATION" -> "Record of Conversation").
func TitleCase(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		lw := strings.ToLower(w)
		if roman[lw] && i > 0 {
			words[i] = strings.ToUpper(lw) // King Richard II
			continue
		}
		if i > 0 && titleSmall[lw] {
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

// OfficeLabel reports whether a speaker's name is an office's label whose
// titles, once StripTitles took them, would leave a fragment: "The
// Minister for Roads" would be "for Roads", and "The MINISTER OF SPORT",
// printed in capitals, "OF SPORT". A reader keeps such a name whole, as
// it does an office (Builder.AddAs).
func OfficeLabel(name string) bool {
	rest := StripTitles(name)
	if rest == strings.Join(strings.Fields(name), " ") {
		return false
	}
	first, _, _ := strings.Cut(rest, " ")
	r, _ := utf8.DecodeRuneInString(first)
	return unicode.IsLower(r) || officeConnectives[strings.ToLower(first)]
}

// officeConnectives join an office's title to what it is of; no name
// begins with one.
var officeConnectives = WordSet(`of for in on to and at with`)

package akomantoso

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"parley/corpus"
)

// address is the form of address before an office ("The Speaker", "Mr.
// Speaker").
var address = regexp.MustCompile(`(?i)^(?:the|mr\.?|madam|madame|mister)\s+`)

// sameOffice reports whether two names name one office, whatever the form
// of address: "The Speaker" and "Mr. Speaker" do, "The Deputy Speaker"
// and "Speaker" do not.
func sameOffice(a, b string) bool {
	oa, ob := officeCore(a), officeCore(b)
	return oa != "" && strings.EqualFold(oa, ob)
}

// officeCore is the office a name names without its form of address
// ("Speaker" of "Mr. Speaker", of "The Speaker" and of "Speaker"), or "".
func officeCore(name string) string {
	o := corpus.PresidingOffice(name)
	if o == "" {
		o = corpus.PresidingOffice("The " + name)
	}
	return address.ReplaceAllString(o, "")
}

// displayName is a TLCPerson's showAs as a person's name: one written
// family name first ("Ascencio Mansilla, don Gabriel") turned forename
// first ("Gabriel Ascencio Mansilla", the form of address before the
// forename dropped), and words printed in capitals ("Mr M R MDAKANE", "The
// MINISTER OF SPORT") in title case ("Mr M R Mdakane", "The Minister of
// Sport"), short ones ("YB", "MP") but titles kept as printed.
func displayName(showAs string) string {
	name := strings.TrimSpace(showAs)
	if family, given, ok := strings.Cut(strings.TrimSuffix(name, "."), ","); ok && !strings.ContainsAny(name, "()") {
		g := strings.Fields(given)
		if len(g) > 0 && forenameAddress[strings.ToLower(g[0])] {
			g = g[1:]
		}
		if nameWords(strings.Fields(family)) && nameWords(g) && !corpus.IsTitle(strings.Fields(family)[0]) {
			name = strings.Join(g, " ") + " " + fold(family)
		}
	}
	words := strings.Fields(name)
	for i, w := range words {
		letters := 0
		for _, r := range w {
			if unicode.IsLetter(r) {
				letters++
			}
		}
		switch {
		case !corpus.IsCaps(w):
		case i > 0 && (corpus.IsOfficeConnective(w) || strings.EqualFold(w, "the")):
			words[i] = strings.ToLower(w)
		case letters < 3 && !corpus.IsTitle(w):
		default:
			words[i] = corpus.TitleCase(w)
		}
	}
	return strings.Join(words, " ")
}

// forenameAddress are the forms of address written before a forename ("don
// Gabriel").
var forenameAddress = corpus.WordSet(`don doña dom dona`)

// nameWords reports whether words are a name's: one to four, each
// capitalised, none in capitals (post-nominals: "Ruth Mwangi, MP").
func nameWords(words []string) bool {
	if len(words) == 0 || len(words) > 4 {
		return false
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || corpus.IsCaps(w) {
			return false
		}
	}
	return true
}

var trailingParen = regexp.MustCompile(`\s*\(([^()]*(?:\([^()]*\)[^()]*)*)\)\s*$`)

// fold folds white space to single spaces and trims it.
func fold(s string) string { return strings.Join(strings.Fields(s), " ") }

package akomantoso

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"parley/corpus"
)

// office matches the name of a presiding officer's office: "The
// Speaker", "The Deputy Speaker", "Madam Speaker", "The Temporary
// Chairperson", with any parenthesis after it ("The Speaker (Hon.
// Muturi)").
var office = regexp.MustCompile(`(?i)^((?:the|mr\.?|madam|madame|mister)\s+(?:(?:deputy|acting|temporary|assistant|second|first|lord)\s+)*(?:speaker|president|chair|chairman|chairwoman|chairperson)(?:\s+of\s+[^()]+)?)\s*(\([^()]*\))?$`)

// officeName returns the office a name names, without any parenthesis
// after it, or "".
func officeName(name string) string {
	m := office.FindStringSubmatch(fold(name))
	if m == nil {
		return ""
	}
	return strings.TrimSpace(m[1])
}

// roleLabel reports whether a name is an office's label whose titles, once
// the Builder stripped them, would leave a fragment: "The Minister for
// Roads" would be "for Roads", so it is kept whole as an office is.
func roleLabel(name string) bool {
	rest := corpus.StripTitles(name)
	r, _ := utf8.DecodeRuneInString(rest)
	return rest != fold(name) && unicode.IsLower(r)
}

var trailingParen = regexp.MustCompile(`\s*\(([^()]*(?:\([^()]*\)[^()]*)*)\)\s*$`)

// fold folds white space to single spaces and trims it.
func fold(s string) string { return strings.Join(strings.Fields(s), " ") }

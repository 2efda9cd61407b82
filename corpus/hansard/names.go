package hansard

import (
	"regexp"
	"strings"

	"parley/corpus"
)

// talker is who a speech, question, answer, interjection or
// continuation is by, as the file gives it.
type talker struct {
	// display is the name as printed: <name role="display"> ("Mr
	// SMITH", "The DEPUTY SPEAKER"), an attribution's text in the
	// <talk.text> layout, ParlParse's speakername.
	display string
	// metadata is <name role="metadata"> ("Smith, Tony, MP",
	// "Somlyay, Alex (The DEPUTY SPEAKER)", "SPEAKER, The").
	metadata string
	// id is the person's identifier: <name.id> or an attribution's href
	// (a PHID, "10000" for any presiding officer), ParlParse's person_id
	// or speakerid.
	id string
	// fields are what the talker says of the person besides the name:
	// <party>, <electorate> (not "N/A").
	fields map[string]string
	// peer: a member of the House of Lords in ParlParse, whose title is
	// the name (rule 3 of Read).
	peer bool
}

func (t talker) empty() bool { return t.display == "" && t.metadata == "" && t.id == "" }

// postNominals are the letters after a member's name in the metadata
// name ("Smith, Tony, MP").
var postNominals = corpus.WordSet(`mp mla mlc mhr qc kc sc`)

var trailingParen = regexp.MustCompile(`\s*\(([^()]*)\)\s*$`)

// metadataName reads a metadata name as the person's name, forename
// first: "Smith, Tony, MP" is "Tony Smith", "O'Brien, Sen Kerry" "Sen
// Kerry O'Brien" (the Builder strips the title), "SPEAKER, The" "The
// SPEAKER"; a parenthesis after it ("Somlyay, Alex (The DEPUTY
// SPEAKER)") is returned apart.
func metadataName(m string) (name, paren string) {
	m = fold(m)
	if p := trailingParen.FindStringSubmatchIndex(m); p != nil {
		paren = strings.TrimSpace(m[p[2]:p[3]])
		m = m[:p[0]]
	}
	parts := strings.Split(m, ",")
	for i := range parts {
		parts[i] = strings.TrimSpace(parts[i])
	}
	for len(parts) > 1 && (parts[len(parts)-1] == "" || postNominals[strings.ToLower(strings.TrimRight(parts[len(parts)-1], "."))]) {
		parts = parts[:len(parts)-1]
	}
	// Post-nominals written without their comma: "Naidoo, Kavitha MP".
	if last := strings.Fields(parts[len(parts)-1]); len(parts) > 1 && len(last) > 1 && postNominals[strings.ToLower(strings.TrimRight(last[len(last)-1], "."))] {
		parts[len(parts)-1] = strings.Join(last[:len(last)-1], " ")
	}
	if len(parts) == 1 {
		return parts[0], paren
	}
	return fold(strings.Join(parts[1:], " ") + " " + parts[0]), paren
}

// talkerOffice returns the office a talker holds as its name, or "": its
// display name's, else its metadata name's parenthesis or the metadata
// name's own ("SPEAKER, The").
func talkerOffice(t talker) string {
	if o := corpus.PresidingOffice(t.display); o != "" {
		return o
	}
	name, paren := metadataName(t.metadata)
	if o := corpus.PresidingOffice(paren); o != "" {
		return o
	}
	return corpus.PresidingOffice(name)
}

// officeID is the speaker ID of an office: its name in lower case, so
// that "The DEPUTY SPEAKER" keeps its "deputy", which the Builder would
// strip as a title.
func officeID(o string) string { return strings.ToLower(fold(o)) }

// personName is the person a metadata name gives (metadataName), a family
// name printed in capitals, as the historic record prints it ("BARTON,
// Edmund"), in title case: Edmund Barton.
func personName(metadata string) string {
	name, _ := metadataName(metadata)
	family, given, ok := strings.Cut(fold(metadata), ",")
	if !ok || !corpus.IsCaps(family) || corpus.IsCaps(given) {
		return name
	}
	family = strings.TrimSpace(trailingParen.ReplaceAllString(family, ""))
	return strings.Replace(name, family, corpus.TitleCase(family), 1)
}

// fold folds white space to single spaces and trims it.
func fold(s string) string { return strings.Join(strings.Fields(s), " ") }

package record

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"parley/corpus"
)

// cast is who may speak in a record: the names a cue may open with, each
// mapped to the speaker it names, and the offices ("the Secretary") that
// stand for a participant.
type cast struct {
	// alias maps a name's key (see key) to the speaker's name as the
	// record first gives it in full ("gromyko" -> "A.A. Gromyko").
	alias map[string]string
	// surnames lists the speakers a surname alone may name ("gromyko",
	// "zhou"), so that it names a speaker only when it names one.
	surnames map[string][]string
	// offices maps an office ("secretary", "foreign minister") to the
	// speakers the record gives it; one speaker resolves the office.
	offices map[string][]string
	// officeSpeakers holds the offices that are speakers in their own
	// right ("the president" in a record that never names him).
	officeSpeakers map[string]bool
}

func newCast() *cast {
	return &cast{alias: map[string]string{}, surnames: map[string][]string{}, offices: map[string][]string{}, officeSpeakers: map[string]bool{}}
}

// key returns the identity of a name: titles and initials stripped, case
// folded ("A.A. Gromyko" and "Mr. Gromyko" are both "gromyko").
func key(name string) string {
	f := strings.Fields(corpus.StripTitles(name))
	for len(f) > 1 && isInitials(f[0]) {
		f = f[1:]
	}
	if len(f) == 1 && corpus.IsTitle(f[0]) {
		return ""
	}
	return strings.ToLower(strings.Join(f, " "))
}

// isInitials reports whether w is one initial or several ("A.", "A.B.",
// "J.V.").
func isInitials(w string) bool {
	if len(w) < 2 || w[len(w)-1] != '.' {
		return false
	}
	for _, part := range strings.Split(strings.TrimSuffix(w, "."), ".") {
		r, size := utf8.DecodeRuneInString(part)
		if size != len(part) || !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// add makes name a speaker: its full key and its surname name it.
func (c *cast) add(name string) {
	// "A.A. Gromyko" is Gromyko, as "Gromyko" and "Mr. Gromyko" are.
	f := strings.Fields(name)
	for len(f) > 1 && isInitials(f[0]) {
		f = f[1:]
	}
	name = strings.Join(f, " ")
	k := key(name)
	if k == "" {
		return
	}
	if _, ok := c.alias[k]; !ok {
		c.alias[k] = name
	}
	if f := strings.Fields(k); len(f) > 1 {
		// The surname alone, last ("Gromyko") or, in a name of two
		// words, first ("Zhou" of "Zhou Enlai").
		parts := []string{f[len(f)-1]}
		if len(f) == 2 && !isInitials(f[0]) {
			parts = append(parts, f[0])
		}
		for _, p := range parts {
			if !slices.Contains(c.surnames[p], c.alias[k]) {
				c.surnames[p] = append(c.surnames[p], c.alias[k])
			}
		}
	}
}

// addOffice records that the participant name holds office ("Rusk" is
// the Secretary); name "" makes the office a speaker of its own.
func (c *cast) addOffice(office, name string) {
	o := officeKey(office)
	if o == "" {
		return
	}
	if name == "" {
		c.officeSpeakers[o] = true
		return
	}
	keys := officeKeys(o)
	if f := fullOffice(office); f != "" && f != o {
		// "Minister of Finance" beside "Prime Minister": the office in
		// full tells two ministers apart.
		keys = append(keys, f)
	}
	for _, k := range keys {
		if !slices.Contains(c.offices[k], name) {
			c.offices[k] = append(c.offices[k], name)
		}
	}
}

// fullOffice returns an office with its of-phrase, in lower case ("minister
// of finance", "secretary of state"), or "" if it has none.
func fullOffice(office string) string {
	var f []string
	for _, w := range strings.Fields(strings.ToLower(office)) {
		if w == "the" && len(f) == 0 || honorifics[w] {
			continue
		}
		if a, ok := officeAbbreviations[w]; ok {
			w = a
		}
		f = append(f, w)
	}
	for i, w := range f {
		if (w == "of" || w == "for") && i > 0 && officeHeads[f[i-1]] && i+1 < len(f) {
			return strings.Join(f, " ")
		}
	}
	return ""
}

// officeKeys returns an office and its shorter forms: "soviet foreign
// minister", "foreign minister", "minister". A rank is part of the office
// ("under secretary" is not "secretary").
func officeKeys(o string) []string {
	f := strings.Fields(o)
	out := []string{o}
	for i := 0; i+1 < len(f) && !rankWords[f[i]]; i++ {
		out = append(out, strings.Join(f[i+1:], " "))
	}
	return out
}

// rankWords make an office of their own: "Vice President", "Under
// Secretary", "Deputy Foreign Minister".
var rankWords = corpus.WordSet(`vice under assistant deputy acting first second executive special associate`)

// lookup returns the speaker a name names, if any.
func (c *cast) lookup(name string) (string, bool) {
	k := key(name)
	if k == "" {
		return "", false
	}
	if n, ok := c.alias[k]; ok {
		return n, true
	}
	if list := c.surnames[k]; len(list) == 1 {
		return list[0], true
	}
	// "Nikita Khrushchev" where the cast has "Khrushchev".
	if f := strings.Fields(k); len(f) > 1 {
		if n, ok := c.alias[f[len(f)-1]]; ok {
			return n, true
		}
	}
	return "", false
}

// office returns the speaker an office names: the one participant who
// holds it, or the office itself ("The President") where the record makes
// it a speaker or gives it to no one or to several.
func (c *cast) office(office string) (name string, ok bool) {
	o := officeKey(office)
	if list := c.offices[o]; len(list) == 1 {
		return list[0], true
	}
	if c.officeSpeakers[o] || len(c.offices[o]) > 1 {
		return officeName(o), true
	}
	return "", false
}

// officeName is the display form of an office held by no one named: "The
// Secretary".
func officeName(o string) string {
	return "The " + corpus.TitleCase(o)
}

// names returns the speakers' names in sorted order.
func (c *cast) names() []string {
	var out []string
	seen := map[string]bool{}
	for _, n := range c.alias {
		if !seen[n] {
			seen[n] = true
			out = append(out, n)
		}
	}
	sort.Strings(out)
	return out
}

// officeAbbreviations are the written short forms of offices.
var officeAbbreviations = map[string]string{
	"amb.": "ambassador", "amb": "ambassador", "sec.": "secretary", "secy.": "secretary",
	"sen.": "senator", "gen.": "general", "pres.": "president", "rep.": "representative",
	"adm.": "admiral", "dep.": "deputy", "min.": "minister", "gov.": "governor",
	"col.": "colonel", "capt.": "captain", "cdr.": "commander", "lt.": "lieutenant",
	"ambassadors": "ambassador", "senators": "senator", "congressmen": "congressman",
	"representatives": "representative", "generals": "general", "ministers": "minister",
	"secretaries": "secretary",
}

// officeHeads are the words an office ends with ("the Foreign
// Minister", "the Soviet Ambassador"). Honorifics ("Mr.", "Comrade") are
// no offices.
var officeHeads = corpus.WordSet(`president secretary ambassador chairman minister premier
	chancellor speaker senator congressman congresswoman representative governor director
	counselor counsellor commissioner delegate general admiral marshal pope king queen shah emperor
	prince princess mayor leader adviser advisor commander colonel captain lieutenant envoy
	attorney-general secretary-general chief head judge justice deputy consul chargé
	interpreter spokesman officer side delegation government`)

// officeWords may stand before an office's head ("Vice", "Foreign",
// "Under"); any capitalised word may too, as a national adjective
// ("Soviet").
var officeWords = corpus.WordSet(`vice foreign prime under assistant deputy first acting
	executive general special permanent high lord state defense defence interior
	finance national security party`)

var honorifics = corpus.WordSet(`mr mr. mrs mrs. ms ms. miss dr dr. sir lady lord dame comrade comrades monsieur
	herr signor madame mme mme. citizen messrs messrs. professor prof. prof`)

// officeKey returns an office in its lower-case, unabbreviated form:
// "Amb." is "ambassador", "Foreign Minister" is "foreign minister".
func officeKey(office string) string {
	var f []string
	for _, w := range strings.Fields(strings.ToLower(office)) {
		if w == "the" || honorifics[w] {
			continue
		}
		if a, ok := officeAbbreviations[w]; ok {
			w = a
		}
		f = append(f, w)
	}
	// "Secretary of State", "Assistant Secretary for European Affairs":
	// the office is what comes before "of" or "for".
	for i, w := range f {
		if (w == "of" || w == "for" || w == "to") && i > 0 && officeHeads[f[i-1]] {
			f = f[:i]
			break
		}
	}
	if len(f) == 0 || !officeHeads[f[len(f)-1]] {
		return ""
	}
	return strings.Join(f, " ")
}

package play

import (
	"regexp"
	"slices"
	"strings"

	"parley/corpus"
)

// personaeHeading matches the heading of a dramatis personae, upper-cased
// and stripped of emphasis.
var personaeHeading = regexp.MustCompile(`^(?:DRAMATIS PERSON(?:AE|Æ)|(?:THE\s+)?(?:PERSONS|CHARACTERS|PERSONAGES)(?:\s+(?:OF|IN)\s+THE\s+(?:PLAY|DRAMA|COMEDY|TRAGEDY|PIECE))?(?:\s+REPRESENTED)?|(?:THE\s+)?CAST(?:\s+OF\s+CHARACTERS)?)[.:]?$`)

// personae is a play's dramatis personae.
type personae struct {
	first, last int // the lines of the list, heading included
	people      []corpus.Participant
	// words are each entry's name words, upper-cased, and roles the
	// words of its gloss.
	words, roles [][]string
}

// readPersonae finds the dramatis personae among lines[from:to]: its
// heading, then entries up to a heading, a line cue, prose (a line of
// more than twelve words), a paragraph in italics at the margin, or two
// blank lines. An entry names one person or several ("DOUGLAS GLYNN,
// ALBERT PALK, }"), in capitals with a gloss after a comma or in
// parentheses ("POLONIUS, Lord Chamberlain", "LUIGI (_Maitre d'hotel_)"),
// or in mixed case with the gloss after the first comma.
func readPersonae(lines []line, from, to int) (personae, bool) {
	var p personae
	head := -1
	for i := from; i < to; i++ {
		if personaeHeading.MatchString(plainUpper(lines[i].text)) {
			head = i
			break
		}
	}
	if head < 0 {
		return p, false
	}
	p.first, p.last = head, head
	blanks := 0
	for i := head + 1; i < to; i++ {
		l := lines[i]
		if l.blank() {
			if blanks++; blanks == 2 && len(p.people) > 0 {
				break
			}
			continue
		}
		blanks = 0
		t := l.text
		if isHeading(t) || len(strings.Fields(t)) > 12 || (l.indent == 0 && strings.HasPrefix(t, "_") && len(p.people) > 0) {
			break
		}
		if c, ok := parseCue(t); ok && c.period && len(p.people) > 0 && (c.rest == "" || len(strings.Fields(c.rest)) >= 4 && lines[i-1].blank()) {
			break // a cue: the play has begun
		}
		if strings.HasPrefix(t, "(") && len(p.people) > 0 {
			// A gloss on a line of its own belongs to the entry above.
			k := len(p.people) - 1
			p.people[k].Role = strings.TrimSpace(p.people[k].Role + " " + gloss(t))
			p.roles[k] = append(p.roles[k], upperWords(gloss(t))...)
			p.last = i
			continue
		}
		names, role := parseEntry(t)
		for _, n := range names {
			p.people = append(p.people, corpus.Participant{Name: n, Role: role, Line: i + 1})
			p.words = append(p.words, upperWords(n))
			p.roles = append(p.roles, upperWords(role))
		}
		p.last = i
	}
	return p, len(p.people) > 0
}

// parseEntry reads one line of a dramatis personae into its names and
// gloss.
func parseEntry(t string) (names []string, role string) {
	t = strings.NewReplacer("}", ",", "{", ",").Replace(t)
	var glosses []string
	// Parenthesised glosses.
	for {
		i := strings.IndexByte(t, '(')
		if i < 0 {
			break
		}
		j := strings.IndexByte(t[i:], ')')
		if j < 0 {
			glosses = append(glosses, gloss(t[i:]))
			t = t[:i]
			break
		}
		glosses = append(glosses, gloss(t[i:i+j+1]))
		t = t[:i] + "," + t[i+j+1:]
	}
	var pieces []string
	for _, piece := range strings.Split(t, ",") {
		for _, p := range strings.Split(" "+piece+" ", " and ") {
			if p = strings.Trim(strings.TrimSpace(p), "._*;:"); p != "" && p != "and" {
				pieces = append(pieces, p)
			}
		}
	}
	var roles []string // the glosses after a comma, before those in parentheses
	caps := false
	for _, p := range pieces {
		if isCapsName(p) {
			caps = true
		}
	}
	for i, p := range pieces {
		switch {
		case caps && isCapsName(p), !caps && i == 0:
			names = append(names, strings.Join(strings.Fields(p), " "))
		default:
			roles = append(roles, p)
		}
	}
	return names, strings.Join(append(roles, glosses...), "; ")
}

// gloss returns the text of a parenthesised gloss without its
// parentheses and emphasis.
func gloss(t string) string {
	return strings.Join(strings.Fields(strings.NewReplacer("_", "", "(", "", ")", "").Replace(t)), " ")
}

// plainUpper returns t upper-cased, white space folded, emphasis and
// brackets around it dropped.
func plainUpper(t string) string {
	return strings.ToUpper(strings.Join(strings.Fields(strings.Trim(t, "_*[]=# ")), " "))
}

// upperWords returns the words of s upper-cased, without the periods and
// punctuation around them.
func upperWords(s string) []string {
	var out []string
	for _, w := range strings.Fields(strings.ToUpper(s)) {
		if w = strings.Trim(w, ".,;:!?'’\"_()[]"); w != "" {
			out = append(out, w)
		}
	}
	return out
}

// match says how a cue's name matched a roster entry.
type match int

const (
	noMatch match = iota
	// fullName: the name or some of its words ("ROPER" for "LIONEL
	// ROPER", "MRS. STIDULPH" for "THE HON. MRS. ARTHUR STIDULPH").
	fullName
	// abbreviated: a word of the name cut short ("Ham." for "HAMLET").
	abbreviated
	// office: a word of the gloss ("King" for "CLAUDIUS, King of
	// Denmark"), which names the person only as the text calls them.
	office
)

// resolve returns the entry a cue's name stands for and how it matched;
// noMatch when no single entry fits.
func (p personae) resolve(name string) (int, match) {
	w := upperWords(name)
	if len(w) == 0 {
		return -1, noMatch
	}
	unique := func(fits func(k int) bool) int {
		found := -1
		for k := range p.people {
			if fits(k) {
				if found >= 0 {
					return -2
				}
				found = k
			}
		}
		return found
	}
	within := func(words, in []string) bool {
		for _, x := range words {
			if !slices.Contains(in, x) {
				return false
			}
		}
		return true
	}
	if k := unique(func(k int) bool { return strings.Join(p.words[k], " ") == strings.Join(w, " ") }); k >= 0 {
		return k, fullName
	}
	if k := unique(func(k int) bool { return within(w, p.words[k]) }); k >= 0 {
		return k, fullName
	} else if k == -2 {
		return -1, noMatch // "STIDULPH" is the Colonel or his wife
	}
	if len(w) == 1 && len(w[0]) >= 2 {
		prefix := func(words []string) bool {
			for _, x := range words {
				if len(x) > len(w[0]) && strings.HasPrefix(x, w[0]) {
					return true
				}
			}
			return false
		}
		if k := unique(func(k int) bool { return len(p.words[k]) > 0 && prefix(p.words[k][:1]) }); k >= 0 {
			return k, abbreviated
		}
		if k := unique(func(k int) bool { return prefix(p.words[k]) }); k >= 0 {
			return k, abbreviated
		}
	}
	if k := unique(func(k int) bool { return len(w) == 1 && len(p.roles[k]) > 0 && p.roles[k][0] == w[0] }); k >= 0 {
		return k, office
	}
	if k := unique(func(k int) bool { return within(w, p.roles[k]) }); k >= 0 {
		return k, office
	}
	return -1, noMatch
}

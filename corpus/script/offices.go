package script

import (
	"strings"

	"parley/corpus"
)

// addressWords are the article and forms of address that open an office
// as labels write it ("The SPEAKER", "Mr SPEAKER", "Madam Chair").
var addressWords = corpus.WordSet(`the mr mrs ms madam madame mister`)

// officeKey returns the key an office is looked up by: its words in lower
// case without an article or a form of address ("The SPEAKER", "Mr
// SPEAKER" and "Madam Speaker" are "speaker", a roster's "in the Chair"
// "chair"), or "" for a name of more than three words or none.
func officeKey(name string) string {
	f := strings.Fields(strings.ToLower(name))
	if len(f) > 2 && f[0] == "in" && f[1] == "the" {
		f = f[1:] // a roster's "(in the Chair)"
	}
	// Not "Deputy" or "Vice": the Deputy Speaker is not the Speaker.
	for len(f) > 1 && addressWords[strings.TrimSuffix(f[0], ".")] {
		f = f[1:]
	}
	if len(f) == 0 || len(f) > 3 {
		return ""
	}
	return strings.Join(f, " ")
}

// bareOffice returns an office's name without the article and forms of
// address that open it ("Madam SPEAKER" is "SPEAKER"; see officeKey).
func bareOffice(name string) string {
	f := strings.Fields(name)
	for len(f) > 1 && addressWords[strings.TrimSuffix(strings.ToLower(f[0]), ".")] {
		f = f[1:]
	}
	return strings.Join(f, " ")
}

// officeHolders returns who holds the offices the text names before the
// conversation (front, a span of text) and in its roster, by officeKey: an
// office with the person in parentheses ("The SPEAKER (Hon. Rajiv Menon)
// took the chair"), a person with the office in parentheses ("Cllr Helen
// Abebe (Chair)"), and labels that name both with an office of two words
// or more ("The Minister for Health (Dr Ōtsuka):", for a later "The
// Minister for Health:"; a later "Caller:" is another caller). Before the
// conversation, the parenthesis names the person where it opens with a
// title or the office with "The"; "Kissinger (National Security
// Adviser)" names the office. An office named for two people is left out.
func officeHolders(text string, front corpus.Span, roster []corpus.Participant, labels []corpus.LabelLine) map[string]string {
	holders := map[string]string{}
	clash := map[string]bool{}
	add := func(office, person string) {
		person = holderName(person)
		k := officeKey(office)
		if k == "" || corpus.SpeakerID(person) == "" || k == corpus.SpeakerID(person) {
			return
		}
		if p, ok := holders[k]; ok && corpus.SpeakerID(p) != corpus.SpeakerID(person) {
			clash[k] = true
		}
		holders[k] = person
	}
	for _, p := range roster {
		if p.Role != "" && personName(p.Name) {
			add(p.Role, p.Name)
		}
	}
	for _, ln := range corpus.SplitLines(front.In(text)) {
		line := ln.In(front.In(text))
		for i := strings.IndexByte(line, '('); i >= 0; {
			e := strings.IndexByte(line[i:], ')')
			if e < 0 {
				break
			}
			before, inner := wordsBefore(line[:i]), strings.TrimSpace(line[i+1:i+e])
			switch {
			case personName(inner) && before != "" && (titled(inner) || strings.HasPrefix(before, "The ")):
				add(before, inner)
			case personName(before) && officeKey(inner) != "":
				add(inner, before)
			}
			next := strings.IndexByte(line[i+e:], '(')
			if next < 0 {
				break
			}
			i += e + next
		}
	}
	for _, l := range labels {
		line := l.Line.In(text)
		name := strings.Join(strings.Fields(l.Label.Name.In(line)), " ")
		// An office of two words or more ("The Minister for Health");
		// not a role that many hold in turn ("Caller (Fatima, Leeds)").
		if corpus.RolePerson(name, l.Label.Role.In(line)) != "" && len(strings.Fields(officeKey(name))) >= 2 {
			add(name, l.Name)
		}
	}
	for k := range clash {
		delete(holders, k)
	}
	return holders
}

// wordsBefore returns the capitalised words (and an article) that end s,
// three at most beside the article: "The SPEAKER" of "... The SPEAKER ",
// "" if the word before the end is not capitalised.
func wordsBefore(s string) string {
	f := strings.Fields(s)
	k := len(f)
	for k > 0 && len(f)-k < 4 && corpus.StartsUpper(f[k-1]) && !strings.ContainsAny(f[k-1], ":,;") {
		k--
	}
	return strings.Join(f[k:], " ")
}

// holderName returns a holder's name without the titles and articles
// that open it ("Senator the Hon. Sue Lines" is "Sue Lines").
func holderName(s string) string {
	f := strings.Fields(s)
	for len(f) > 1 && (corpus.IsTitle(f[0]) || strings.EqualFold(f[0], "the")) {
		f = f[1:]
	}
	return strings.Join(f, " ")
}

// titled reports whether a name opens with a title or honorific ("Hon.
// Rajiv Menon", "Dr Ōtsuka").
func titled(name string) bool {
	f := strings.Fields(name)
	return len(f) > 1 && (corpus.IsTitle(f[0]) || corpus.Honorific(name) != 0)
}

// personName reports whether s names a person: two to five words, each
// capitalised, the first perhaps a title ("Hon. Rajiv Menon", "Cllr Helen
// Abebe", "Ms O'Connell").
func personName(s string) bool {
	f := strings.Fields(s)
	if len(f) < 2 || len(f) > 5 {
		return false
	}
	for k, w := range f {
		if k > 0 && w == "the" && corpus.IsTitle(f[k-1]) {
			continue // "Senator the Hon. Sue Lines"
		}
		if !corpus.StartsUpper(w) || strings.ContainsAny(w, ",;:()0123456789") {
			return false
		}
	}
	return true
}

// headerPeople returns the people a header block before the conversation
// (before first) names by their role ("Interviewer: John Smith",
// "Interviewee: Dr. Jane Doe"): a field whose value is a person's name,
// two to five capitalised words.
func headerPeople(text string, body []corpus.Span, first int) []string {
	var out []string
	for _, ln := range body {
		if ln.Start >= first {
			break
		}
		line := ln.In(text)
		l, ok := corpus.ParseLabel(line)
		if !ok || !l.Colon || !l.Rest {
			continue
		}
		if v := strings.TrimSpace(line[l.End:]); personName(v) {
			out = append(out, v)
		}
	}
	return out
}

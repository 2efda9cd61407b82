package stages

// The people of a document: who its titles, full names and speakers say
// they are, and how each is known (linkPeople, surname).

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"parley/corpus"
)

// linkPeople names the people of ms as the document knows them. A person
// is known by surname ("Ernest Bevin", "Mr. Bevin" are Bevin), unless the
// document names two people of that surname in full ("Indira Gandhi",
// "Rajiv Gandhi"): then each is known by full name, and the bare surname
// names either, which its entity says ("Gandhi (Indira or Rajiv)"), or,
// where a speaker has that surname, the speaker: in a debate of Clinton's,
// "Clinton" and "Hillary Clinton" are the speaker and "Bill Clinton" is
// not. A given name alone is the one person the document names in full
// with it ("Donald": Donald Trump, known as Trump).
func linkPeople(ms []corpus.Mention, speakers []corpus.Speaker) {
	names := make([][]string, len(ms))
	given := map[string]map[string]int{} // folded surname -> given names as written -> mentions
	for i, m := range ms {
		if m.Label != corpus.Person {
			continue
		}
		names[i] = personWords(m.Text)
		if n := names[i]; len(n) >= 2 {
			sur := Fold(n[len(n)-1])
			if given[sur] == nil {
				given[sur] = map[string]int{}
			}
			given[sur][n[0]]++
		}
	}
	// The surname each given name goes with: the one of four in five of
	// its full names or more ("Donald Trump", not a stray "Donald Trump
	// Iraq"), else none.
	byGiven := map[string]string{}
	{
		counts := map[string]map[string]int{} // folded given -> surname -> mentions
		for sur, gs := range given {
			for g, c := range gs {
				if counts[Fold(g)] == nil {
					counts[Fold(g)] = map[string]int{}
				}
				counts[Fold(g)][sur] += c
			}
		}
		for g, surs := range counts {
			best, most, all := "", 0, 0
			for sur, c := range surs {
				all += c
				if c > most || c == most && sur < best {
					best, most = sur, c
				}
			}
			if most*5 >= all*4 {
				byGiven[g] = best
			}
		}
	}
	for i := range ms {
		if n := names[i]; len(n) == 1 && given[Fold(n[0])] == nil {
			if sur := byGiven[Fold(n[0])]; sur != "" {
				given[sur][n[0]]++ // "Hillary" counts for Hillary Clinton
			}
		}
	}
	// The given name of the speaker of each surname, where two people
	// share it: the speaker's own, else the one the document names most.
	speakerGiven := map[string]string{}
	for _, sp := range speakers {
		f := strings.Fields(sp.Name)
		if len(f) == 0 {
			continue
		}
		sur := Fold(stripPossessive(f[len(f)-1]))
		if len(given[sur]) < 2 {
			continue
		}
		if len(f) >= 2 {
			speakerGiven[sur] = Fold(f[0])
			continue
		}
		best, most := "", 0
		for g, c := range given[sur] {
			if c > most || c == most && g < best {
				best, most = g, c
			}
		}
		speakerGiven[sur] = Fold(best)
	}
	resolve := func(g, sur, known string) string {
		if len(given[sur]) < 2 || speakerGiven[sur] == Fold(g) {
			return known
		}
		return g + " " + known
	}
	for i := range ms {
		n := names[i]
		if len(n) == 0 {
			continue
		}
		if len(n) >= 2 {
			ms[i].Entity = resolve(n[0], Fold(n[len(n)-1]), ms[i].Entity)
			continue
		}
		w := Fold(n[0])
		if gs := given[w]; gs != nil {
			if _, ok := speakerGiven[w]; !ok && len(gs) >= 2 {
				list := make([]string, 0, len(gs))
				for g := range gs {
					list = append(list, g)
				}
				sort.Strings(list)
				ms[i].Entity += " (" + strings.Join(list, " or ") + ")"
			}
			continue
		}
		if sur := byGiven[w]; sur != "" {
			ms[i].Entity = resolve(n[0], sur, surnameOf(names, sur))
		}
	}
}

// surnameOf returns the entity that the full-name mentions of the folded
// surname sur carry: the surname as written ("Trump").
func surnameOf(names [][]string, sur string) string {
	for _, n := range names {
		if len(n) >= 2 && Fold(n[len(n)-1]) == sur {
			return surname(strings.Join(n, " "))
		}
	}
	return sur
}

// personWords returns a person mention's words without titles, initials
// and a possessive: "Mrs. Indira Gandhi's" is Indira Gandhi, "Donald J"
// (before ". Trump") is Donald.
func personWords(text string) []string {
	var out []string
	f := strings.Fields(text)
	for k := len(f) - 1; k >= 0; k-- {
		if isTitle(f[k]) || isTitle(strings.TrimSuffix(f[k], ".")) {
			f = f[k+1:] // "Prime Minister Lester B. Pearson": after the titles
			break
		}
	}
	for _, w := range f {
		if isTitle(w) || isTitle(strings.TrimSuffix(w, ".")) || strings.HasSuffix(w, ".") && len(w) <= 3 || utf8.RuneCountInString(w) == 1 {
			continue
		}
		if n := len(out); n > 0 && (particles[out[n-1]] || regnal(w)) {
			out[n-1] += " " + w // "de Gaulle", "Mohammed VI": one word of the name
			continue
		}
		out = append(out, w)
	}
	if len(out) > 0 {
		out[len(out)-1] = stripPossessiveAsWritten(out[len(out)-1])
	}
	return out
}

// knownPeople maps the folded names of speakers and roster participants
// to their display names.
func knownPeople(doc *corpus.Document) map[string]string {
	people := map[string]string{}
	for _, p := range doc.Roster {
		people[corpus.SpeakerID(p.Name)] = strings.Join(strings.Fields(p.Name), " ")
	}
	for _, s := range doc.Speakers {
		people[s.ID] = s.Name
	}
	return people
}

// byPartOfName maps the first and the last word of each speaker's name
// (case folded) to the speaker's display name, where that word belongs to
// one speaker only: "trump" and "donald" are Donald J. Trump. One-word
// names map to themselves.
func byPartOfName(doc *corpus.Document) map[string]string {
	owners := map[string]map[string]bool{}
	for _, s := range doc.Speakers {
		f := strings.Fields(s.Name)
		if len(f) == 0 {
			continue
		}
		for _, w := range []string{f[0], f[len(f)-1]} {
			w = Fold(w)
			if owners[w] == nil {
				owners[w] = map[string]bool{}
			}
			owners[w][s.Name] = true
		}
	}
	out := map[string]string{}
	for w, names := range owners {
		if len(names) == 1 {
			for n := range names {
				out[w] = n
			}
		}
	}
	return out
}

// titledPeople maps each title to the person a title standing alone
// means in the document ("the Generalissimo": Stalin): the one surname
// the document writes after a rank or honorific, at least twice. turns
// are the turns' tokens as the rules read them (nameTokens).
// An office ("the Minister", "the President") alone is whoever holds it
// in the sentence's world, rarely the one the document names with it
// ("Prime Minister Putin" in a debate answered by the Minister), and a
// title written before several names, or before one only once, names no
// one alone.
func titledPeople(turns [][]corpus.Token) map[string]string {
	counts := map[string]map[string]int{}
	for _, toks := range turns {
		for i := 0; i+1 < len(toks); i++ {
			a, b := toks[i], toks[i+1]
			if !a.Word || !b.Word || !isTitle(a.Text) || !startsUpper(a.Text) || !startsUpper(b.Text) || isTitle(b.Text) ||
				isNotName(Fold(b.Text)) || phraseHeads[Fold(b.Text)] != "" {
				continue // "General Assembly" is no General
			}
			title := Fold(a.Text)
			if counts[title] == nil {
				counts[title] = map[string]int{}
			}
			counts[title][surname(b.Text)]++
		}
	}
	out := map[string]string{}
	for title, names := range counts {
		if len(names) != 1 || offices[title] || strings.ContainsRune(title, '-') {
			continue
		}
		for name, n := range names {
			if n >= 2 {
				out[title] = name
			}
		}
	}
	return out
}

// surname returns the name a person is known by: the last word, without
// a possessive, in the case written unless it is in capitals.
func surname(name string) string {
	f := strings.Fields(name)
	last := f[len(f)-1]
	if len(f) >= 2 && givenAfter(last) {
		// "Chou En-lai", "Mao Tse-tung", "Ban Ki-moon": the family name
		// comes first and the hyphenated given name last, so the person
		// is known by the whole name.
		return strings.Join(f, " ")
	}
	if len(f) >= 2 && (particles[f[len(f)-2]] || regnal(last)) {
		last = f[len(f)-2] + " " + last // "de Gaulle", "bin Laden", "Mohammed VI"
	}
	last = strings.TrimSuffix(stripPossessiveAsWritten(last), ".")
	if isAcronym(last) {
		return corpus.TitleCase(last)
	}
	return last
}

// peerage are the titles of peers, whose names hold "of" and a place.
var peerage = wordSet(`lord baroness lady viscount viscountess earl countess baron duke duchess marquess`)

// offices are the titles that a person holds for a time, which alone
// name the holder of the moment, not a person the document names.
var offices = wordSet(`president premier minister secretary ambassador deputy vice
	chairman chairwoman chairperson chair senator representative congressman
	congresswoman delegate councillor councilor commissioner governor mayor judge
	justice magistrate officer detective sergeant constable inspector agent
	speaker member director chancellor prosecutor attorney`)

// honorifics are titles of rank and religion that stand before a name in
// speech ("Pandit Nehru", "King Hussein", "Sheikh Hasina"), beside the
// titles that readers strip from speaker cues (corpus.IsTitle), where
// they would take "King" from a play's "KING LEAR".
var honorifics = wordSet(`pandit shaheed mahatma sheikh sheikha ayatollah imam rabbi pope
	king queen prince princess emperor empress tsar czar shah sultan emir
	archbishop bishop cardinal director father mother sister brother baroness
	viscount viscountess earl countess baron duke duchess marquess dame
	chancellor envoy samdech hadj haji hajji`)

// isTitle reports whether w is a title or an honorific.
func isTitle(w string) bool {
	if corpus.IsTitle(w) || honorifics[strings.ToLower(w)] {
		return true
	}
	k := strings.LastIndexByte(w, '-')
	return k > 0 && isTitle(w[k+1:]) && isTitle(w[:k]) // "Vice-President", "Secretary-General"
}

// givenAfter reports whether w is a Chinese or Korean given name
// written with a hyphen and a small second syllable ("En-lai",
// "Ki-moon"), which follows the family name.
func givenAfter(w string) bool {
	a, b, ok := strings.Cut(w, "-")
	if !ok || a == "" || b == "" || strings.Contains(b, "-") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(b)
	return startsUpper(a) && unicode.IsLower(r) && utf8.RuneCountInString(a) <= 5 && utf8.RuneCountInString(b) <= 5
}

// regnal reports whether w is a regnal number in capitals ("II", "VI",
// "XIV"): "Mohammed VI" is known by both words.
func regnal(w string) bool {
	w = strings.TrimSuffix(strings.TrimSuffix(w, "’s"), "'s")
	return len(w) >= 2 && numeral(w) && isAcronym(w) && !strings.ContainsAny(w, "0123456789")
}

// particles are the lower-case words inside people's names: "Charles de
// Gaulle", "Osama bin Laden", "Vincent van Gogh".
var particles = wordSet(`bin ibn bint van von de da di du del della der den ter al el do dos das`)

// withParticles extends the capitalised run toks[i:i+n] over a name
// particle and the capitalised word after it.
func withParticles(toks []corpus.Token, i, n int) int {
	for k := i + n; k+1 < len(toks) && particles[toks[k].Text] && toks[k].Start == toks[k-1].End+1; {
		m := capsRun(toks, k+1)
		if m == 0 || toks[k+1].Start != toks[k].End+1 {
			break
		}
		n = k + 1 + m - i
		k = i + n
	}
	return n
}

// personEvidence returns the folded words that the document writes as
// parts of people's names: the speakers' and the roster's names, a name
// after a title ("President Biden"), and a full name that opens with a
// first name ("Joe Biden", "Susan Page"); and, of those, the surnames:
// the last words of the speakers' names and of those full names.
func (e *Entities) personEvidence(doc *corpus.Document, turns [][]corpus.Token) (ev, surnames map[string]bool) {
	ev, surnames = map[string]bool{}, map[string]bool{}
	for _, s := range doc.Speakers {
		f := strings.Fields(s.Name)
		for _, w := range f {
			if w := Fold(w); !isNotName(w) && !isTitle(w) {
				ev[w] = true // not "Hon. Members", a speaker of Hansard
			}
		}
		if len(f) > 0 && !isTitle(f[len(f)-1]) {
			surnames[Fold(f[len(f)-1])] = true
		}
	}
	for _, p := range doc.Roster {
		for _, w := range strings.Fields(p.Name) {
			ev[Fold(w)] = true
		}
	}
	for _, toks := range turns {
		for i := 0; i < len(toks); i++ {
			n := capsRun(toks, i)
			if n < 2 {
				continue
			}
			from := -1
			if w := Fold(toks[i].Text); isTitle(toks[i].Text) || e.first.has(w) && !e.common.has(w) {
				from = i + 1
			}
			for k := max(from, i); from >= 0 && k < i+n; k++ {
				if w := stripPossessive(Fold(toks[k].Text)); toks[k].Word && !isTitle(toks[k].Text) && !isNotName(w) && !e.stop[w] {
					ev[w] = true
					if k == i+n-1 && k > i {
						surnames[w] = true
					}
				}
			}
			if from > i+1 || from >= 0 && !isTitle(toks[i].Text) {
				ev[Fold(toks[i].Text)] = true
			}
			i += n - 1
		}
	}
	return ev, surnames
}

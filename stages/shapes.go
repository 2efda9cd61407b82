package stages

// Names known by their shape: a court case, a firm joined by "&", a
// state by its formal name, a town in a place's context, an electoral
// district, a body named after its country.

import (
	"strings"

	"parley/corpus"
)

// eventNouns, written in lower case after a place and a determiner, make
// it the name of an event: "the Geneva talks", "the Madrid meeting", "the
// Doha round".
var eventNouns = wordSet(`meeting meetings conference summit talks negotiations round
	process communique communiqué consensus declaration`)

// treatyNouns, written in lower case after a name, make it the name of a
// treaty: "the EEA agreement", "the Camp David accords".
var treatyNouns = wordSet(`agreement agreements accord accords treaty pact protocol`)

// administration reports whether the body name toks[i:i+n] is a
// government named by its leader or country ("the Trump Administration",
// "the United States Administration"): the name before the head is the
// mention (gn words of the gazetteer, or a person the document names).
func administration(toks []corpus.Token, i, n, gn int, ev map[string]bool) bool {
	switch Fold(toks[i+n-1].Text) {
	case "administration", "campaign", "presidency":
	default:
		return false
	}
	if gn == n-1 {
		return true
	}
	for k := i; k < i+n-1; k++ {
		if toks[k].Word && !ev[stripPossessive(Fold(toks[k].Text))] {
			return false
		}
	}
	return true
}

// smallPlaceHeads are the heads of geographic names that are often
// written small.
var smallPlaceHeads = wordSet(`sea ocean peninsula river desert strait islands`)

// placePrepositions put a place after them: "in Kenosha", "from
// Scranton".
var placePrepositions = wordSet(`in from to at near outside around across toward towards
	into via through`)

// town returns the length of a town of the gazetteer's towns at toks[i]
// (the capitalised run is run words long) where the sentence makes it a
// place: after a preposition of place, or before a comma and a place
// ("Scranton, Pennsylvania"). A word the document gives to a person is
// none.
func (e *Entities) town(toks []corpus.Token, i, run int, ev map[string]bool) int {
	if run > 4 {
		return 0
	}
	n := run
	words := make([]string, 0, n)
	for k := i; k < i+n; k++ {
		words = append(words, toks[k].Text)
	}
	if !e.towns.has(aliasKey(words)) {
		return 0
	}
	for k := i; k < i+n; k++ {
		if ev[stripPossessive(Fold(toks[k].Text))] {
			return 0
		}
	}
	if i > 0 && placePrepositions[toks[i-1].Text] {
		return n
	}
	if k := i + n; k+1 < len(toks) && toks[k].Text == "," {
		if _, ent, ok := e.gazMatch(toks, k+1); ok && ent.label == corpus.Place {
			return n
		}
	}
	if e.listedWithPlaces(toks, i, n) {
		return n
	}
	return 0
}

// listedWithPlaces reports whether toks[i:i+n] stands in a list between
// places, joined by commas or "and": "Tel Aviv, Pretoria, Salisbury and
// Lisbon" (a place before it and one after).
func (e *Entities) listedWithPlaces(toks []corpus.Token, i, n int) bool {
	before := false
	if i >= 2 && toks[i-1].Text == "," {
		for k := max(0, i-5); k < i-1; k++ {
			if m, ent, ok := e.gazMatch(toks, k); ok && k+m == i-1 && ent.label == corpus.Place {
				before = true
			}
		}
	}
	k := i + n
	if !before || k+1 >= len(toks) || toks[k].Text != "," && toks[k].Text != "and" {
		return false
	}
	_, ent, ok := e.gazMatch(toks, k+1)
	return ok && ent.label == corpus.Place
}

// placeKinds, in lower case before "of", say that the name after is a
// place: "the island of Barbuda", "the town of Srebrenica".
var placeKinds = wordSet(`island islands city town towns village villages region
	province district county port capital peninsula valley territory
	municipality prefecture governorate enclave suburb neighbourhood neighborhood`)

// stateForms are the nouns of a state's formal name: "Republic of",
// "Kingdom of".
var stateForms = wordSet(`republic kingdom state principality sultanate emirate duchy
	commonwealth federation union`)

// stateName matches a state's formal name at toks[i]: capitalised words
// ending in a form of state ("Federal Republic", "People's Republic"),
// "of", then a place of the gazetteer. It returns the length and the
// place.
func (e *Entities) stateName(toks []corpus.Token, i int) (int, gazEntry, bool) {
	k := i
	for k < len(toks) && k-i < 4 && toks[k].Word && startsUpper(toks[k].Text) && (k == i || toks[k].Start == toks[k-1].End+1) {
		if stateForms[Fold(toks[k].Text)] {
			break
		}
		k++
	}
	if k+2 >= len(toks) || !stateForms[Fold(toks[k].Text)] || toks[k+1].Text != "of" || toks[k+1].Start != toks[k].End+1 || toks[k+2].Start != toks[k+1].End+1 {
		return 0, gazEntry{}, false
	}
	if i > 0 && toks[i-1].Text == "of" {
		return 0, gazEntry{}, false // "Secretary of State of the United States"
	}
	j := k + 2
	if toks[j].Text == "the" && j+1 < len(toks) {
		j++
	}
	n, ent, ok := e.gazMatch(toks, j)
	if !ok || ent.label != corpus.Place {
		return 0, gazEntry{}, false
	}
	return j + n - i, ent, true
}

// countryBody returns the length of a body's name that ends in a
// country's acronym, "UK" or "USA", at toks[i] ("Oil and Gas UK",
// "Cancer Research UK"), or 0.
func countryBody(toks []corpus.Token, i int) int {
	n := capsRun(toks, i)
	end := i + n
	if n == 1 && end+2 < len(toks) && toks[end].Text == "and" && toks[end].Start == toks[end-1].End+1 {
		end += 1 + capsRun(toks, end+1) // "Oil and Gas UK"
	}
	if end-i < 2 || end > len(toks) {
		return 0
	}
	switch toks[end-1].Text {
	case "UK", "USA":
	default:
		return 0
	}
	if toks[i].Text == "UK" || toks[i].Text == "USA" || isTitle(toks[i].Text) {
		return 0
	}
	return end - i
}

// genericBody reports whether the body name toks[i:i+n] is a kind of
// body, not a name: a modifier of kind and the head alone ("the Select
// Committee", "a Joint Committee").
func genericBody(toks []corpus.Token, i, n int) bool {
	return n == 2 && genericModifiers[Fold(toks[i].Text)]
}

// genericModifiers make a head noun a kind of body.
var genericModifiers = wordSet(`select standing joint`)

// ampersandName returns the length of a name of capitalised runs joined
// by "&" at toks[i], or 0.
func ampersandName(toks []corpus.Token, i int) int {
	n := capsRun(toks, i)
	if n == 0 {
		return 0
	}
	end := i + n
	for end+1 < len(toks) && toks[end].Text == "&" && toks[end].Start == toks[end-1].End+1 && toks[end+1].Start == toks[end].End+1 {
		m := capsRun(toks, end+1)
		if m == 0 {
			break
		}
		end += 1 + m
	}
	if end == i+n {
		return 0
	}
	return end - i
}

// caseName returns the length of a court case's name at toks[i] ("Roe v.
// Wade", "Brown v. Board of Education"), or 0: a capitalised run, "v."
// or "vs." (or "v"), and another.
func caseName(toks []corpus.Token, i int) int {
	a := capsRun(toks, i)
	for k := i + 1; k+1 < i+a; k++ {
		if toks[k].Text == "V" || toks[k].Text == "Vs" {
			return a // "Roe V. Wade", "Roe V Wade": a run with a capital V
		}
	}
	k := i + a
	if a == 0 || k >= len(toks) || toks[k].Start != toks[k-1].End+1 {
		return 0
	}
	switch toks[k].Text {
	case "v", "vs", "v.", "vs.", "V", "V.":
	default:
		return 0
	}
	k++
	if k < len(toks) && toks[k].Text == "." && toks[k].Start == toks[k-1].End {
		k++
	}
	if k >= len(toks) || toks[k].Start != toks[k-1].End+1 {
		return 0
	}
	b := capsRun(toks, k)
	if b == 0 {
		return 0
	}
	if m, _ := headPhrase(toks, k); m > b {
		b = m // "Board of Education"
	}
	return k + b - i
}

// districtName returns the length of an electoral district's name at
// toks[i]: capitalised runs joined by "and" ("Orkney and Shetland",
// "West Aberdeenshire and Kincardine").
func districtName(toks []corpus.Token, i int) int {
	n := capsRun(toks, i)
	for n > 0 && i+n+1 < len(toks) && toks[i+n].Text == "and" && toks[i+n].Start == toks[i+n-1].End+1 && toks[i+n+1].Start == toks[i+n].End+1 {
		m := capsRun(toks, i+n+1)
		if m == 0 {
			break
		}
		n += 1 + m
	}
	return n
}

// leaderNouns, after a capitalised word and a determiner, make it the
// leader's name: "the Vorster regime", "the Thatcher government".
var leaderNouns = wordSet(`regime government administration cabinet presidency era years`)

// domain reports whether w is a web address ("JoeBiden.com"), no name.
func domain(w string) bool {
	k := strings.LastIndexByte(strings.TrimSuffix(w, "."), '.')
	if k <= 0 {
		return false
	}
	tld := strings.TrimSuffix(w[k+1:], ".")
	return len(tld) >= 2 && len(tld) <= 4 && strings.ToLower(tld) == tld && !strings.ContainsAny(tld, "0123456789")
}

// docSymbol reports whether toks[i] is part of a document symbol
// ("A/75/982", "S/RES/2334"): a word touching a slash.
func docSymbol(toks []corpus.Token, i int) bool {
	return i > 0 && toks[i-1].Text == "/" && toks[i-1].End == toks[i].Start ||
		i+1 < len(toks) && toks[i+1].Text == "/" && toks[i].End == toks[i+1].Start
}

package stages

import (
	"strings"

	"parley/corpus"
)

// A name of a body, a law or an event is known by its head noun, the last
// capitalised word before any "of ..." that follows it: "Green Climate
// Fund", "Ministry of Foreign Affairs", "Paris Agreement", "Charter of
// the United Nations", "World War II". Such a name is one mention, taken
// whole, even where a shorter name ("Paris", "United Nations") stands
// inside it; the head alone ("the Fund", "the Treaty") is a common noun.
// English names bodies, laws and events this way, so the heads are a
// closed list rather than knowledge of any one document.
var phraseHeads = headLabels(map[corpus.EntityLabel]string{
	corpus.Organisation: `university college school academy institute institution
			foundation library museum hospital clinic church corporation company inc
			ltd llc plc gmbh group association federation society league alliance
			court tribunal agency administration embassy consulate authority
			commission service services network press times post journal airlines
			airways railways laboratory laboratories labs fund bank council
			assembly committee union organization organisation movement party
			ministry department office bureau secretariat parliament congress
			senate front army navy forces corps board centre center programme
			forum coalition cooperation caucus mission panel news guard force
			operation chamber marines
			motors pharmaceuticals technologies petroleum communications
			enterprises holdings studios`,
	// Spelt "programme", a programme of the UN is a body (UNDP, WFP);
	// spelt "program", a law's (the Paycheck Protection Program).
	corpus.Facility: `hall garden gardens palace tower building stadium
			airport square bridge cemetery`,
	corpus.Law: `agreement agreements accord accords treaty treaties pact
			convention conventions protocol act charter declaration agenda plan
			initiative strategy framework bill amendment resolution resolutions
			doctrine goals compact covenant statute code constitution law deal
			program appeal message consensus`,
	corpus.Event: `war wars revolution crisis summit conference olympics games
			decade depression day dialogue`,
	corpus.Place: `peninsula sea ocean gulf bay strait straits canal river lake
			mountains valley desert heights islands coast avenue street boulevard
			park forest hemisphere`,
})

func headLabels(lists map[corpus.EntityLabel]string) map[string]corpus.EntityLabel {
	out := map[string]corpus.EntityLabel{}
	for label, words := range lists {
		for _, w := range strings.Fields(words) {
			out[w] = label
		}
	}
	return out
}

// inHeads are the bodies whose names say where they work, with "in":
// "United Nations Mission for the Referendum in Western Sahara", "Office
// in Nairobi" (but "the University of Utah in Salt Lake City" is two).
var inHeads = wordSet(`mission operation office force forces committee commission
	agency centre center`)

// prefixHeads open the name of an event: "Hurricane Dorian", "Operation
// Desert Storm".
var prefixHeads = wordSet(`hurricane typhoon cyclone storm operation`)

// placePrefixes open the name of a geographic feature: "River Plate",
// "Lake Victoria", "Mount Kenya".
var placePrefixes = wordSet(`river lake mount mt. cape`)

// connectors join the parts of a long name: "Ministry of Foreign
// Affairs", "Food and Drug Administration", "Commission on Human Rights".
var connectors = wordSet(`of for on and the de du des la le del da`)

// selfNamed are the words that name a body alone, which "and" does not
// join to the next one: "the Government and Security Council", "People
// and Parliament".
var selfNamed = wordSet(`government governments people peoples state states`)

// tailConnectors join parts only after an "of"-part: "Convention on the
// Rights of Persons with Disabilities". "in" is none: "the University of
// Utah in Salt Lake City" is two names; the gazetteer knows the bodies
// whose names hold it ("Organization for Security and Co-operation in
// Europe").
var tailConnectors = wordSet(`with against to`)

// headPhrase returns the length in tokens and the label of the name of a
// body, law or event that starts at toks[i], or 0. Its capitalised parts
// are joined by "and" ("Food and Drug Administration") or, after the
// head, by "of", "for", "on" ("Ministry of Foreign Affairs", "Treaty of
// Versailles", "Commission on Presidential Debates"). A name needs a word
// before its head or a part after it: a head alone is none. A law or
// event may end in a number ("World War II", "Agenda 2030", "Resolution
// 435").
func headPhrase(toks []corpus.Token, i int) (int, corpus.EntityLabel) {
	n := capsRun(toks, i)
	if n == 0 {
		return 0, ""
	}
	if w := toks[i].Text; n > 1 && strings.Contains(w, "-") && participles[w[strings.LastIndexByte(w, '-')+1:]] {
		return 0, "" // "the British-based New Economics Foundation": the name starts after it
	}
	var label corpus.EntityLabel
	end, tail := 0, false
	headWord := "" // the head, for "in"
	headOf := func(from, to int) corpus.EntityLabel {
		w := Fold(toks[to-1].Text)
		if stripPossessive(w) != w && to < len(toks) {
			return phraseHeads[stripPossessive(w)]
		}
		return phraseHeads[w]
	}
	if l := headOf(i, i+n); l != "" {
		label, end, headWord = l, i+n, Fold(toks[i+n-1].Text)
	} else if n >= 2 && numeral(toks[i+n-1].Text) {
		if l := headOf(i, i+n-1); l != "" && l != corpus.Organisation {
			return n, l // "World War II", written as one run
		}
	}
	if n > 1 && label == "" && prefixHeads[Fold(toks[i].Text)] {
		return n, corpus.Event // "Hurricane Dorian", "Operation Warp Speed"
	}
	if n > 1 && label == "" && placePrefixes[Fold(toks[i].Text)] {
		return n, corpus.Place // "River Plate", "Lake Chad", "Mount Everest"
	}
	for k := i + n; k < len(toks) && !strings.HasSuffix(Fold(toks[k-1].Text), "'s"); {
		// connector words, then a capitalised run
		c := k
		for c < len(toks) && c-k < 2 && toks[c].Word && (connectors[toks[c].Text] || (tail || label == corpus.Law) && tailConnectors[toks[c].Text] || c == k && toks[c].Text == "in" && inHeads[headWord]) && toks[c].Start == toks[c-1].End+1 {
			c++
		}
		if c == k || c >= len(toks) || toks[c].Start != toks[c-1].End+1 || toks[k].Text == "the" {
			break // "since the Second World War the United Nations": two names
		}
		m := capsRun(toks, c)
		if m == 0 && label != "" && toks[c-1].Text == "of" && numeral(toks[c].Text) {
			m = 1 // "Group of 15"
		}
		if m > 0 && possessive(toks[c+m-1].Text) {
			// A possessive inside the part joins the words after it
			// ("Council of People's Commissars"), but not a state's
			// formal name ("the People's Assembly of the People's
			// Republic of Bulgaria": two names).
			p := c + m
			if p >= len(toks) || toks[p].Start != toks[p-1].End+1 || capsRun(toks, p) == 0 || stateForms[Fold(toks[p].Text)] {
				break
			}
			m += capsRun(toks, p)
		}
		if m == 0 {
			break
		}
		and := toks[k].Text == "and"
		if and && c-k > 1 {
			break // "University and the Foundation": two names
		}
		if l := headOf(c, c+m); and && l != "" && label == "" {
			if k-i == 1 && selfNamed[Fold(toks[i].Text)] || l == corpus.Place {
				break // "Government and Parliament of Iceland", "Bougainville and Solomon Islands": two names
			}
			label, end = l, c+m // "Food and Drug Administration"
		} else if label != "" && (!and || tail && end == k) {
			end, tail = c+m, true // the head's "of"-part: "Ministry of Trade and Industry"
		} else if !and {
			break
		}
		k = c + m
	}
	if label == "" || end == i+1 && n == 1 {
		return 0, "" // no head, or the head alone
	}
	caps := true
	for k := i; k < end && caps; k++ {
		caps = !toks[k].Word || connectors[toks[k].Text] || isAcronym(toks[k].Text)
	}
	if caps && end-i > 1 {
		return 0, "" // a line in capitals ("CALLED THE CITY FOUR TIMES") has no names by case
	}
	if label == corpus.Organisation && ordinal(toks[i].Text) && sittingHeads[headWord] {
		label = corpus.Event // "the Twenty-fourth Congress of the Communist Party": a sitting, not the body
	}
	if end-i >= 3 && Fold(toks[end-1].Text) == "action" && toks[end-2].Text == "of" {
		label = corpus.Law // "Almaty Programme of Action", "Plan of Action": a document
	}
	if label != corpus.Organisation && end < len(toks) && toks[end].Start == toks[end-1].End+1 && numeral(toks[end].Text) {
		end++
	}
	return end - i, label
}

// participles make a compound adjective of the name before them, which
// is no part of the name after: "British-based", "Saudi-led",
// "state-owned".
var participles = wordSet(`based led owned run made backed sponsored funded born speaking brokered`)

// sittingHeads are the bodies whose numbered sittings are events: "the
// Twentieth Congress", "the Third Plenum" (but "the Fourth Committee" is a
// body).
var sittingHeads = wordSet(`congress plenum session`)

// ordinal reports whether w is an ordinal number, in words or digits:
// "Third", "Twenty-fourth", "24th".
func ordinal(w string) bool {
	w = Fold(w)
	if i := strings.LastIndexByte(w, '-'); i >= 0 {
		w = w[i+1:]
	}
	for _, suf := range []string{"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "teenth", "tieth", "hundredth"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	if len(w) > 2 && w[0] >= '0' && w[0] <= '9' {
		switch w[len(w)-2:] {
		case "st", "nd", "rd", "th":
			return true
		}
	}
	return false
}

// numeral reports whether w is a number in digits or in Roman numerals
// ("435", "2030", "II").
func numeral(w string) bool {
	if w == "" {
		return false
	}
	digits, roman := true, true
	for _, r := range w {
		digits = digits && r >= '0' && r <= '9'
		roman = roman && strings.ContainsRune("IVXLC", r)
	}
	return digits || roman
}

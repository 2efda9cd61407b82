package record

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"parley/corpus"
)

// reportingVerbs are the verbs that make "NAME verb" a speaker cue:
// verbs of saying and speech acts, present and past. Verbs of thinking
// ("thinks", "believes", "understands") are not among them: in reported
// speech "Comrade Stalin thinks that ..." is what Stalin says, not a cue.
var reportingVerbs = corpus.WordSet(`
		says said asks asked answers answered declares declared notes noted
		remarks remarked adds added replies replied specifies specified
		continues continued thanks thanked expresses expressed sets puts
		raises poses introduces introduced apologizes apologises apologized
		apologised states stated stresses stressed emphasizes emphasises
		emphasized emphasised explains explained observes observed objects
		objected interjects interjected interrupts interrupted inquires
		inquired enquires enquired responds responded repeats repeated
		proposes proposed suggests suggested insists insisted confirms
		confirmed concludes concluded recalls recalled points pointed
		comments commented mentions mentioned informs informed reports
		reported requests requested promises promised warns warned welcomes
		welcomed greets greeted protests protested agrees agreed
		summarizes summarises summarized summarised clarifies clarified
		underlines underlined assures assured reiterates reiterated
		tells told jokes joked retorts retorted rejoins rejoined wonders
		wondered urges urged argues argued acknowledges acknowledged admits
		admitted concedes conceded counters countered indicates indicated
		maintains maintained predicts predicted reminds reminded refers
		referred cites cited quotes quoted describes described asserts
		asserted affirms affirmed denies denied disagrees disagreed
		exclaims exclaimed invites invited advises advised recommends
		recommended calls`)

// objectVerbs take an addressee before "that" ("told him that", "assured
// the Secretary that").
var objectVerbs = corpus.WordSet(`tells told assures assured reminds reminded informs informed
	warns warned advises advised promises promised asks asked urges urged`)

// ingVerbs end a cue of the shape "opened the conversation by saying
// that".
var ingVerbs = corpus.WordSet(`saying asking noting observing recalling stating stressing
	emphasizing emphasising pointing expressing referring suggesting explaining remarking
	replying answering adding declaring commenting mentioning inquiring repeating
	reiterating indicating telling assuring`)

// cueAdverbs may stand between a name and its verb ("The Secretary then
// said"). "always", "never" and the like may not: "Zilliacus always said
// that" is what someone says of Zilliacus.
var cueAdverbs = corpus.WordSet(`then also further again finally next later subsequently thereupon
	now immediately briefly first lastly thereafter afterwards smilingly`)

// answerNouns make "X's answer was that" a cue.
var answerNouns = corpus.WordSet(`answer reply response comment reaction rejoinder retort`)

// questionVerbs take "a question" as part of the cue ("PARKIN sets a
// question to Comrade Stalin: ...").
var questionVerbs = map[string]bool{"sets": true, "puts": true, "raises": true, "poses": true, "asks": true, "asked": true}

// notNames are capitalised words that open sentences and are no
// speaker's name ("Nothing said about ...").
var notNames = corpus.WordSet(`the this that these those it they we you there here both each all some
	one nothing something everything anything nobody somebody everybody anybody everyone someone
	no neither either another other others many most few such what which who whoever whatever
	he she i his her their our my its if when while as but and or so yet however also then
	thus therefore moreover meanwhile later earlier today yesterday tomorrow later in on at
	for to from with by of after before during since until unless although though because
	mr mrs ms dr`)

// kind says what a cue's subject is.
type kind int

const (
	named   kind = iota // a name: "Comrade STALIN", "Mr. Khrushchev"
	office              // an office: "The Secretary"
	pronoun             // "He", "She": the current speaker, or the other party
	first               // "I": the author of a first-person record
)

// cue is a speaker cue found in a line.
type cue struct {
	start, end int // the framing, as offsets into the line
	nameStart  int // where the subject (with its titles) begins
	nameEnd    int
	kind       kind
	name       string      // the speaker's name, resolved through the cast; "" for a pronoun or "I"
	written    string      // the name without titles, as written
	candidate  string      // in the learning pass, the key of a name not yet in the cast
	caps       bool        // the name is written in capitals
	stage      corpus.Span // a stage direction after the name, if any
	framing    bool        // a cue inside speech (", the President said,"): the current speaker's only
	prefix     string      // the titles and office before the name, as written ("Secretary")
}

// parser finds cues against a cast.
type parser struct {
	cast *cast
	// newCaps takes any name in capitals for a speaker (the learning
	// pass at a paragraph's start); learn takes any capitalised name or
	// office as a candidate.
	newCaps, learn bool
}

// parse reads a speaker cue at offset pos of line. A cue is
//
//	[intro ", "] SUBJECT [(stage direction)] [adverb] VERB [extension] [that[,] | : | ,]
//
// where intro is a short opening phrase ("Answering to Parkin, ", "After
// lunch, "), SUBJECT is a name in capitals ("ZILLIACUS", "MAO ZEDONG"), a
// name in the cast with any titles and initials ("Mr. Khrushchev", "A.A.
// Gromyko"), an office ("the Foreign Minister"), "He"/"She" or "I"; VERB
// is one of reportingVerbs, "went on (to say)", "... by saying", or "'s
// answer was"; and the extension takes "a question", "out", an addressee
// ("told him that", "to Comrade Stalin:") or a second verb ("continues
// his remarks and says"). The complementizer "that" and a comma after it
// belong to the framing; "whether", "how" and the like do not, since they
// carry the content of a question.
func (p *parser) parse(line string, pos int, intro bool) (cue, bool) {
	if c, ok := p.parseAt(line, pos, pos); ok || !intro {
		return c, ok
	}
	if j, participial, ok := introPhrase(line, pos); ok {
		c, ok := p.parseAt(line, pos, j)
		// A record in capitals ("Answering to Parkin, Comrade STALIN
		// says") opens cues with participles only.
		if !ok || !participial && c.caps {
			return c, false
		}
		if !participial && c.end > 0 && line[c.end-1] == ',' {
			// "Although ... failed, the President said, he hoped": a
			// parenthesis; the clause before it is speech.
			c.start = j
		}
		return c, true
	}
	return cue{}, false
}

// parseAt reads a cue whose framing starts at start and whose subject
// (with its titles) starts at i.
func (p *parser) parseAt(line string, start, i int) (cue, bool) {
	c := cue{start: start, nameStart: i}
	j, ok := p.subject(line, i, &c)
	if !ok {
		return c, false
	}
	c.nameEnd = j
	i = j
	// A stage direction.
	k := corpus.SkipSpaces(line, i)
	if k < len(line) && line[k] == '(' {
		if e := strings.IndexAny(line[k+1:], "()"); e >= 0 && line[k+1+e] == ')' && e <= 60 {
			c.stage = span(k, k+1+e+1)
			i = k + 1 + e + 1
		}
	}
	end, ok := verbPhrase(line, i)
	if !ok {
		return c, false
	}
	if k := corpus.SkipSpaces(line, end); !c.caps && k < len(line) && line[k] == ',' {
		// "However, the President said, he ...": the comma closes the
		// framing (records in capitals keep "says," to the speech).
		end = k + 1
	}
	c.end = end
	return c, true
}

// subject reads the subject of a cue at i into c and returns the offset
// after it.
func (p *parser) subject(line string, i int, c *cue) (int, bool) {
	w, j := word(line, i)
	if w == "" {
		return i, false
	}
	switch w {
	case "He", "She":
		c.kind = pronoun
		return j, true
	case "I":
		c.kind = first
		return j, true
	case "The", "the", "THE":
		// "THE PRIME MINISTER said", as British minutes write offices.
		if e, name, ok := p.office(line, j); ok {
			c.kind, c.name, c.written = office, name, strings.Join(strings.Fields(line[i:e]), " ")
			return e, true
		} else if p.learn && name != "" {
			c.kind, c.candidate, c.written = office, "the "+name, strings.Join(strings.Fields(line[i:e]), " ")
			return e, true
		}
		return i, false
	}
	// Titles, honorifics and offices before the name.
	for {
		w, j := word(line, i)
		if w == "" || !isPrefix(line, i, w, j) {
			break
		}
		if lw := strings.ToLower(w); j < len(line) && line[j] == '.' && (officeAbbreviations[lw+"."] != "" || honorifics[lw+"."]) {
			j++
		}
		if j >= len(line) || line[j] != ' ' {
			break
		}
		i = corpus.SkipSpaces(line, j)
	}
	// Initials.
	nameFrom := i
	c.prefix = strings.TrimSpace(line[c.nameStart:i])
	for {
		k, ok := initialAt(line, i)
		if !ok {
			break
		}
		i = k
	}
	w, j = word(line, i)
	if w == "" || !corpus.StartsUpper(w) && !particleName(line, w, j) && !particleWord(w) {
		return i, false
	}
	if corpus.IsCaps(w) && i == nameFrom {
		c.caps = true
		i = j
		for {
			k := corpus.SkipSpaces(line, i)
			w2, j2 := word(line, k)
			if k == i || w2 == "" || !corpus.IsCaps(w2) {
				break
			}
			i = j2
		}
	} else {
		// The longest name in the cast of up to three words.
		best, longest := -1, -1
		k := i
		for n := 0; n < 3; n++ {
			w2, j2 := word(line, k)
			if w2 == "" || !corpus.StartsUpper(w2) && !particleName(line, w2, j2) && !particleWord(w2) || strings.ContainsAny(w2, "'’") || notNames[strings.ToLower(w2)] && n == 0 && nameFrom == c.nameStart {
				break
			}
			if _, ok := p.cast.lookup(line[nameFrom:j2]); ok {
				best = j2
			}
			longest = j2
			if j2 >= len(line) || line[j2] != ' ' {
				break
			}
			k = j2 + 1
		}
		switch {
		case best >= 0:
			i = best
		case p.learn && longest >= 0:
			// A candidate: the word before the verb ends it.
			i = longest
			for i > nameFrom {
				if _, ok := verbPhrase(line, i); ok {
					break
				}
				k := strings.LastIndexByte(line[nameFrom:i], ' ')
				if k < 0 {
					return i, false
				}
				i = nameFrom + k
			}
			c.candidate = key(line[nameFrom:i])
		default:
			return i, false
		}
	}
	c.written = strings.TrimSpace(line[nameFrom:i])
	if c.caps {
		c.written = line[nameFrom:i]
	}
	k := key(c.written)
	if k == "" || utf8.RuneCountInString(k) < 2 {
		return i, false
	}
	if name, ok := p.cast.lookup(c.written); ok {
		c.name, c.candidate = name, ""
	} else if !(c.caps && p.newCaps) && c.candidate == "" {
		return i, false
	}
	return i, true
}

// office reads an office after "the" at i ("Foreign Minister", "Soviet
// Ambassador"): up to four capitalised words, the longest that ends in an
// office. It returns the offset after it and the speaker it names; with
// ok false, name is the office's key if it is an office the cast does not
// know.
func (p *parser) office(line string, i int) (end int, name string, ok bool) {
	k := corpus.SkipSpaces(line, i)
	if k == i {
		return i, "", false
	}
	var words []string
	bestEnd, bestKey := -1, ""
	for n := 0; n < 4; n++ {
		w, j := word(line, k)
		if w == "" || !corpus.StartsUpper(w) && !(n > 0 && collectives[w]) {
			break
		}
		if j < len(line) && line[j] == '.' && officeAbbreviations[strings.ToLower(w)+"."] != "" {
			j++
			w += "."
		}
		words = append(words, w)
		if o := officeKey(strings.Join(words, " ")); o != "" {
			bestEnd, bestKey = j, o
		}
		if j >= len(line) || line[j] != ' ' {
			break
		}
		k = j + 1
	}
	if bestEnd < 0 {
		return i, "", false
	}
	// "the Secretary of State", "the Minister of Foreign Affairs".
	if j, ok := phrase(line, bestEnd, "of"); ok {
		k, words := j, 0
		for {
			k2 := corpus.SkipSpaces(line, k)
			w, j2 := word(line, k2)
			if k2 == k || w == "" || !corpus.StartsUpper(w) && !(words > 0 && (w == "of" || w == "and" || w == "the")) || words == 5 {
				break
			}
			k, words = j2, words+1
		}
		if words > 0 {
			bestEnd = k
		}
	}
	if list := p.cast.offices[fullOffice(line[corpus.SkipSpaces(line, i):bestEnd])]; len(list) == 1 {
		// "the Minister of Finance" where the cast has one.
		return bestEnd, list[0], true
	}
	if n, ok := p.cast.office(bestKey); ok {
		return bestEnd, n, true
	}
	return bestEnd, bestKey, false
}

// collectives are the speakers in lower case that a record of talks
// between states names by their side: "the Chinese side", "the Soviet
// delegation".
var collectives = corpus.WordSet(`side delegation government`)

// isPrefix reports whether the word w at line[i:j] is a title, honorific
// or office that may stand before a name ("Comrade", "Mr.", "Amb.",
// "Foreign Minister").
func isPrefix(line string, i int, w string, j int) bool {
	lw := strings.ToLower(w)
	if j < len(line) && line[j] == '.' {
		if corpus.IsTitle(lw+".") || honorifics[lw+"."] || officeAbbreviations[lw+"."] != "" {
			return true
		}
	}
	if !corpus.StartsUpper(w) {
		return false
	}
	return corpus.IsTitle(lw) || honorifics[lw] || officeHeads[lw] || officeWords[lw]
}

// initialAt matches an initial ("A." or "A.B." with an optional space)
// at i and returns the offset after it.
func initialAt(line string, i int) (int, bool) {
	r, size := utf8.DecodeRuneInString(line[i:])
	if !unicode.IsUpper(r) || i+size >= len(line) || line[i+size] != '.' {
		return i, false
	}
	j := i + size + 1
	if j < len(line) && line[j] == ' ' {
		j++
	}
	return j, true
}

// aside returns the offset after a short aside set off by commas at i
// (", summing up,", ", in reply,"): one to four words in lower case; i
// itself where there is none.
func aside(line string, i int) int {
	if i >= len(line) || line[i] != ',' {
		return i
	}
	e := strings.IndexByte(line[i+1:], ',')
	if e <= 0 || e > 32 {
		return i
	}
	words := strings.Fields(line[i+1 : i+1+e])
	if len(words) == 0 || len(words) > 4 {
		return i
	}
	for _, w := range words {
		if !isLowerWord(w) || strings.ContainsAny(w, ".;:!?\"") {
			return i
		}
	}
	return i + 1 + e + 1
}

// verbPhrase reads what follows a cue's subject at i: [adverb] VERB
// [extension] [complementizer], and returns the offset after it.
func verbPhrase(line string, i int) (int, bool) {
	// "X's answer was that".
	if k := possessive(line, i); k > i {
		w, j := word(line, corpus.SkipSpaces(line, k))
		if answerNouns[w] {
			if j2, ok := phrase(line, j, "was"); ok {
				return complementizer(line, j2), true
			}
		}
		return i, false
	}
	// A short aside between the subject and the verb: "The Prime
	// Minister, summing up, said that", "Mr. Mwangi, in reply, said".
	i = aside(line, i)
	k := corpus.SkipSpaces(line, i)
	if k == i {
		return i, false
	}
	verb, j := word(line, k)
	for n := 0; n < 2 && cueAdverbs[verb]; n++ {
		k2 := corpus.SkipSpaces(line, j)
		if k2 == j {
			return i, false
		}
		k = k2
		verb, j = word(line, k)
	}
	switch {
	case reportingVerbs[verb]:
		i = j
	case verb == "went" || verb == "goes":
		j2, ok := phrase(line, j, "on")
		if !ok {
			return i, false
		}
		i = j2
		for _, p := range []string{"to say", "to add", "to note", "to state", "to ask", "to explain", "saying"} {
			if j3, ok := phrase(line, i, p); ok {
				i = j3
				break
			}
		}
		return complementizer(line, i), true
	default:
		// "opened the conversation by saying that", "nodded and said".
		if !isLowerWord(verb) {
			return i, false
		}
		if j2, ok := byVerb(line, j); ok {
			return complementizer(line, j2), true
		}
		if j2, ok := secondVerb(line, k-1); ok && j2 > j {
			return complementizer(line, j2), true
		}
		// "saw Kuznetsov this morning and told him that": a second verb
		// after a short object of any case.
		if j2, v, ok := objectAnd(line, j); ok {
			if objectVerbs[v] {
				if j3, ok := addressee(line, j2); ok {
					j2 = j3
				}
			}
			return complementizer(line, j2), true
		}
		return i, false
	}
	if verb == "points" || verb == "pointed" {
		j2, ok := phrase(line, i, "out")
		if !ok {
			return i, false
		}
		i = j2
	}
	if questionVerbs[verb] {
		for _, q := range []string{"a question", "the question", "questions", "a few questions", "some questions"} {
			if j2, ok := phrase(line, i, q); ok {
				i = j2
				break
			}
		}
	}
	// "concluded (the conversation) by recalling that".
	if j2, ok := byVerb(line, i); ok {
		i = j2
	}
	// "... and says" after up to three lower-case words.
	if j2, ok := secondVerb(line, i); ok {
		i = j2
	} else if j2, ok := greetedAnd(line, i); ok && greetingVerbs[verb] {
		i = j2
	}
	// An addressee before "that": "told him that".
	if objectVerbs[verb] {
		if j2, ok := addressee(line, i); ok {
			i = j2
		}
	}
	// An addressee before a colon.
	if j2, ok := phrase(line, i, "to"); ok {
		k, words := j2, 0
		for {
			w, j3 := word(line, corpus.SkipSpaces(line, k))
			if w == "" || !corpus.StartsUpper(w) || words == 4 {
				break
			}
			k, words = j3, words+1
		}
		k = corpus.SkipSpaces(line, k)
		if words > 0 && k < len(line) && line[k] == ':' {
			i = k
		}
	}
	return complementizer(line, i), true
}

// complementizer returns the offset after a cue's ":" or "that[,]" at i,
// or i.
func complementizer(line string, i int) int {
	// "said, with a smile, that": an aside before the complementizer is
	// framing too.
	if a := aside(line, i); a > i {
		if j, ok := phrase(line, a, "that"); ok {
			return j
		}
	}
	k := corpus.SkipSpaces(line, i)
	if k < len(line) && line[k] == ':' {
		return k + 1
	}
	if j, ok := phrase(line, i, "that"); ok {
		if k := corpus.SkipSpaces(line, j); k < len(line) && line[k] == ',' {
			return k + 1
		}
		return j
	}
	return i
}

// possessive returns the offset after "'s" or "’s" at i, or i.
func possessive(line string, i int) int {
	for _, p := range []string{"'s", "’s"} {
		if strings.HasPrefix(line[i:], p) {
			return i + len(p)
		}
	}
	return i
}

// byVerb matches up to five lower-case words, then "by" and a reporting
// verb in -ing ("the conversation by saying"), at i.
func byVerb(line string, i int) (int, bool) {
	j, ok := lowerWordsTo(line, i, 6, "by", 0)
	if !ok {
		return i, false
	}
	v, j2 := word(line, corpus.SkipSpaces(line, j))
	if !ingVerbs[v] {
		return i, false
	}
	if v == "pointing" {
		if j3, ok := phrase(line, j2, "out"); ok {
			j2 = j3
		}
	}
	return j2, true
}

// lowerWordsTo walks up to max words in lower case at i, each after white
// space, to the word stop with at least before words ahead of it, and
// returns the offset after stop; false at a word that is not in lower
// case, at "that", or after max words.
func lowerWordsTo(line string, i, max int, stop string, before int) (int, bool) {
	k := i
	for n := 0; n < max; n++ {
		k2 := corpus.SkipSpaces(line, k)
		if k2 == k {
			return i, false
		}
		w, j := word(line, k2)
		if w == "" || !isLowerWord(w) {
			return i, false
		}
		if w == stop && n >= before {
			return j, true
		}
		if w == "that" {
			return i, false
		}
		k = j
	}
	return i, false
}

// addressee matches an addressee of up to four words and "that" at i
// ("him that", "the Secretary that", "Gromyko that") and returns the
// offset before "that".
func addressee(line string, i int) (int, bool) {
	k := i
	for n := 0; n < 4; n++ {
		k2 := corpus.SkipSpaces(line, k)
		if k2 == k {
			return i, false
		}
		w, j := word(line, k2)
		if w == "" {
			return i, false
		}
		if w == "that" {
			if n == 0 {
				return i, false
			}
			return k, true
		}
		if isLowerWord(w) && !(w == "him" || w == "her" || w == "them" || w == "us" || w == "me" || w == "the" || w == "you") {
			return i, false
		}
		k = j
	}
	return i, false
}

// introPhrase matches a short opening phrase ending in a comma at i
// ("Answering to Parkin, ", "After lunch, ", "In reply to the
// President's query whether ..., ") and returns the offset after it, and
// whether it is participial ("Answering ...").
func introPhrase(line string, i int) (int, bool, bool) {
	w, _ := word(line, i)
	if w == "" || !corpus.StartsUpper(w) {
		return i, false, false
	}
	rest := line[i:]
	e := strings.IndexAny(rest, ",.;:!?")
	if e < 0 || rest[e] != ',' || e > 140 || len(strings.Fields(rest[:e])) > 22 {
		return i, false, false
	}
	participial := len(w) >= 5 && strings.HasSuffix(w, "ing")
	if participial && e > 80 {
		return i, false, false
	}
	return corpus.SkipSpaces(line, i+e+1), participial, true
}

// secondVerb matches "( word){1,3} and VERB" at i and returns the offset
// after the verb.
func secondVerb(line string, i int) (int, bool) {
	j, ok := lowerWordsTo(line, i, 4, "and", 1)
	if !ok {
		return i, false
	}
	k3 := corpus.SkipSpaces(line, j)
	if v, j3 := word(line, k3); k3 > j && reportingVerbs[v] {
		return j3, true
	}
	return i, false
}

// particleName reports whether the word w ending at j is a particle of a
// name before a capitalised word ("von Brentano", "de Gaulle").
func particleName(line, w string, j int) bool {
	if !particles[w] || w == "of" || w == "y" || j >= len(line) || line[j] != ' ' {
		return false
	}
	next, _ := word(line, j+1)
	return corpus.StartsUpper(next)
}

// particleWord reports whether w is a surname that opens with a particle
// joined to it ("al-Sadr", "el-Baradei", "bin-Talal", "d'Estaing"): a
// name, though it begins in lower case.
func particleWord(w string) bool {
	for _, p := range []string{"al-", "el-", "ad-", "as-", "ash-", "bin-", "ibn-", "abu-", "d'", "d’", "l'", "l’"} {
		if strings.HasPrefix(w, p) && len(w) > len(p) && corpus.StartsUpper(w[len(p):]) {
			return true
		}
	}
	return false
}

// greetingVerbs take a person before a second verb of saying: "welcomed
// Mr. Mwangi and said that", "thanks N.S. Khrushchev and says that".
var greetingVerbs = corpus.WordSet(`thanks thanked welcomes welcomed greets greeted`)

// greetedAnd matches the person a greeting verb takes and a second
// reporting verb after "and" at i ("Mr. Mwangi and said", "the Prime
// Minister and said"): up to five words, each capitalised, initials or
// "the", and returns the offset after the second verb.
func greetedAnd(line string, i int) (int, bool) {
	k := i
	for n := 0; n < 6; n++ {
		k2 := corpus.SkipSpaces(line, k)
		if k2 == k {
			return i, false
		}
		if _, ok := initialAt(line, k2); ok && n < 5 {
			// "N.S." or "N. S.": initials, one word.
			for {
				j, ok := initialAt(line, k2)
				if !ok {
					break
				}
				k2 = j
			}
			k = len(strings.TrimRight(line[:k2], " "))
			continue
		}
		w, j := word(line, k2)
		if w == "" {
			return i, false
		}
		if w == "and" && n > 0 {
			k3 := corpus.SkipSpaces(line, j)
			v, j3 := word(line, k3)
			if k3 > j && reportingVerbs[v] && isLowerWord(v) {
				return j3, true
			}
			return i, false
		}
		if n == 5 || !(corpus.StartsUpper(w) || w == "the") {
			return i, false
		}
		k = j
	}
	return i, false
}

// objectAnd matches up to ten words of any case without punctuation
// between them, then "and" and a reporting verb, at i ("Kuznetsov this
// morning and told", "the President's letter to Khrushchev this morning
// and told"); it returns the offset after the verb and the verb.
func objectAnd(line string, i int) (int, string, bool) {
	k := i
	for n := 0; n < 11; n++ {
		k2 := corpus.SkipSpaces(line, k)
		if k2 == k {
			return i, "", false
		}
		if j, ok := initialAt(line, k2); ok {
			for ok {
				k2 = j
				j, ok = initialAt(line, k2)
			}
			k = len(strings.TrimRight(line[:k2], " "))
			continue
		}
		w, j := word(line, k2)
		if w == "" || w == "that" {
			return i, "", false
		}
		if w == "and" && n > 0 {
			k3 := corpus.SkipSpaces(line, j)
			v, j3 := word(line, k3)
			if k3 > j && reportingVerbs[v] {
				return j3, v, true
			}
			return i, "", false
		}
		k = possessive(line, j) // "the President's letter"
	}
	return i, "", false
}

// phrase matches " p" (white space, then the words of p) at i, ending at a
// word boundary, and returns the offset after it.
func phrase(line string, i int, p string) (int, bool) {
	k := corpus.SkipSpaces(line, i)
	if k == i || !strings.HasPrefix(line[k:], p) {
		return i, false
	}
	j := k + len(p)
	if j < len(line) {
		r, _ := utf8.DecodeRuneInString(line[j:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return i, false
		}
	}
	return j, true
}

// word returns the word at i (letters, with inner apostrophes, hyphens and
// a trailing period of an abbreviation such as "Mr.") and the offset after
// it; "" if there is none.
func word(line string, i int) (string, int) {
	j := i
	for j < len(line) {
		r, size := utf8.DecodeRuneInString(line[j:])
		if unicode.IsLetter(r) {
			j += size
			continue
		}
		if (r == '\'' || r == '’' || r == '-') && j > i && j+size < len(line) {
			r2, _ := utf8.DecodeRuneInString(line[j+size:])
			if unicode.IsLetter(r2) && !(r != '-' && (line[j+size:] == "s" || strings.HasPrefix(line[j+size:], "s ") || strings.HasPrefix(line[j+size:], "s,"))) {
				j += size
				continue
			}
		}
		break
	}
	if j > i && j < len(line) && line[j] == '.' && corpus.IsTitle(line[i:j+1]) {
		j++
	}
	return line[i:j], j
}

func isLowerWord(w string) bool {
	for _, r := range w {
		if unicode.IsUpper(r) {
			return false
		}
	}
	return w != ""
}

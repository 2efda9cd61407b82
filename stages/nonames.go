package stages

// Capitalised words that are no names: the vocabulary and tests by which
// the entity stage tells a common word, a title or an interjection from a
// name.

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"parley/corpus"
)

// notNames are capitalized words that are no names: months, days, and the
// names of creeds and movements, which are common nouns here.
var notNames = wordSet(`i january february march april may june july august member
	september october november december monday tuesday wednesday thursday
	friday saturday sunday marxist marxists marxism communist communists
	communism socialist socialists socialism bolshevik bolsheviks fascist
	fascists fascism capitalist capitalists labourites labourite god sir
	madam mister war peace east west north south government governments
	ministry committee committees council councils party parties state
	states republic union people presidium commissar commissars commission
	affairs ministers board bank assembly regional city district zone
	department bureau industry industries movement movements leader leaders
	chairman deputy secretary general president head countries country
	worker workers building central control democrat democrats development
	economy finance left right nationalities occupation period region
	relations resistance society transport defence defense trade labour
	thank thanks okay yes no well look listen folks organization
	organisation organizations organisations islands nations assembly
	agenda declaration charter convention treaty summit conference
	excellency excellencies majesty highness holiness
	islam islamic islamophobia christianity judaism hinduism buddhism quran
	qur'an koran bible torah gospel earth almighty allah internet ebola
	nazism fascism zionism colonialism imperialism apartheid
	eastern western northern southern republican republicans easter christmas
	thanksgiving ramadan eid diwali hanukkah passover`)

// lowerWords returns the folded words that the document's speech writes
// in lower case somewhere: common words, whatever case they take at the
// head of a sentence.
func lowerWords(doc *corpus.Document) map[string]bool {
	lower := map[string]bool{}
	for _, t := range doc.Turns {
		for _, tok := range t.Tokens {
			if r, _ := utf8.DecodeRuneInString(tok.Text); tok.Word && unicode.IsLower(r) {
				lower[Fold(tok.Text)] = true
			}
		}
	}
	return lower
}

// isNotName reports whether the folded word w is one of notNames or its
// plural ("Saturdays", "Socialists").
func isNotName(w string) bool {
	return notNames[w] || len(w) > 2 && w[len(w)-1] == 's' && notNames[w[:len(w)-1]]
}

// interjections are words that stand alone at the head of a sentence in
// speech (interjections, backchannels, replies and greetings: "Sorry,
// go on.", "Mm-hm.", "Fantastic."), where the tagger takes them, written
// with a capital, for proper nouns. A closed class of English, so a list;
// only ones that are no one's name ("Hope", "Grace" are left out). They
// are no name alone; within a longer name ("Great Britain") they are.
var interjections = wordSet(`sorry fantastic anyway wow great yep yeah yup nope
	welcome please mm mmm mm-hm mhm uh uh-huh um umm hmm hm hi hello hey bye
	goodbye good excellent fair true oh ah aha ahh oops ok alright sure
	absolutely exactly indeed certainly definitely totally cheers congratulations
	bravo gosh jeez whoa wait ugh huh eh er erm ooh wonderful brilliant awesome
	cool perfect lovely terrific super amazing furthermore moreover
	meanwhile nevertheless nonetheless anyhow otherwise firstly secondly
	thirdly fourthly fifthly sixthly lastly`)

// lyAdverb reports whether the folded word w is an adverb in -ly of seven
// letters or more with an adverb's ending ("Basically", "Honestly",
// "Hopefully"), which no first name or surname of that length has.
func lyAdverb(w string) bool {
	if utf8.RuneCountInString(w) < 7 {
		return false
	}
	for _, end := range []string{"ally", "ously", "ently", "antly", "ively", "ately", "fully", "stly", "ckly", "efly", "ghtly"} {
		if strings.HasSuffix(w, end) {
			return true
		}
	}
	return false
}

// camelCase reports whether w has a capital after a lower-case letter
// ("JavaScript", "NiceGUI", "LedgerX"): the name of a product or a firm,
// not a person, except after the prefixes of surnames ("McCain",
// "MacArthur", "DeSantis", "LeBron", "DiCaprio").
func camelCase(w string) bool {
	for _, p := range []string{"Mc", "Mac", "De", "Di", "Da", "La", "Le", "Du", "Van", "Von"} {
		if rest, ok := strings.CutPrefix(w, p); ok && rest != "" && unicode.IsUpper([]rune(rest)[0]) {
			w = rest
			break
		}
	}
	prevLower := false
	for _, r := range w {
		if prevLower && unicode.IsUpper(r) {
			return true
		}
		prevLower = unicode.IsLower(r)
	}
	return false
}

// acronymPlural reports whether w is an acronym's plural ("NGOs",
// "SDRs"), a common noun.
func acronymPlural(w string) bool {
	return len(w) > 2 && w[len(w)-1] == 's' && isAcronym(w[:len(w)-1])
}

// thingAcronyms are acronyms of English that name things, not bodies
// (of the economy, health, computing and daily life): an unknown acronym
// is taken for an organisation ("VOKS"), these never, nor one letter
// repeated ("FFFF").
var thingAcronyms = wordSet(`ai am pm da gdp gnp sids ldc ldcs lldc lldcs oda ndc ndcs sdg
	ppe eez hiv aids dna ict sme smes ceo tv usd wmd wmds icbm icbms ai covid
	sars mers ebola lgbt lgbti lgbtq lgbtqi ipcc
	cpu cpus gpu gpus ssd ssds hdd ram rom usb api apis url urls html css json xml
	sql http https tcp dns ssl tls vpn os ui ux pc pcs ml faq diy bmx atm pin
	sms gps hd dvd cd lcd led pdf csv ok mp mps mep meps msp msps lsd ccs hipc hipcs`)

// auxiliaries open questions before a name: "Do Donald Trump and you
// agree?", "Will Congress act?".
var auxiliaries = wordSet(`do does did is are was were will would can could should shall
	has have had may might must`)

// adverbsBeforeNames are the adverbs and conjunctions that open a
// sentence before a titled name ("Now President Trump", "Neither Senator
// Harris"), written with a capital there.
var adverbsBeforeNames = wordSet(`now then neither nor either so yet also still even just
	only perhaps maybe today yesterday tonight`)

// commonWord reports whether the folded word w is a common word: the
// document or English writes it in lower case, or its singular, or every
// part of it ("E-Commerce", a single letter counting as a part).
func (e *Entities) commonWord(w string, lower map[string]bool) bool {
	if lower[w] || e.common.has(w) || len(w) > 3 && w[len(w)-1] == 's' && e.common.has(w[:len(w)-1]) {
		return true
	}
	if !strings.Contains(w, "-") {
		return false
	}
	for _, p := range strings.Split(w, "-") {
		if utf8.RuneCountInString(p) > 1 && !lower[p] && !e.common.has(p) {
			return false
		}
	}
	return true
}

// determiners precede common nouns, never a person's name.
var determiners = wordSet(`the a an this that these those our my your his her its their
	every each no any some`)

// notName reports whether any word of toks is in notNames ("Deputy Head").
func notName(toks []corpus.Token) bool {
	for _, t := range toks {
		if isNotName(stripPossessive(Fold(t.Text))) {
			return true
		}
	}
	return false
}

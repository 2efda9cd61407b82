package stages

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/jdkato/prose/v3/ner"
	"github.com/jdkato/prose/v3/tag"
	"github.com/jdkato/prose/v3/token"

	"parley/corpus"
)

// Entities finds the named entities mentioned in speech and in the
// footnotes, and stores them in Document.Mentions and
// Document.EditorialMentions. Run it after tokenize.
//
// prose's recogniser alone gets about half of the 1947 record's entities
// wrong (it reads "ZILLIACUS" as a place and "Bevin" as a country), so the
// stage leans on knowledge and rules, in this order, at each word:
//
//  1. Names known by their shape: an electoral district after "the Member
//     for", a court case ("Roe v. Wade"), a place after its kind ("the
//     island of Barbuda"), a state by its formal name ("Federal Republic
//     of Cameroon"), a sea or river with a small head ("the North sea"), a
//     firm joined by "&"; then a name of a body, law, event or place by
//     its head noun, taken whole ("Green Climate Fund", "Charter of the
//     United Nations", "World War II", "Strait of Hormuz"; phrases.go),
//     unless the gazetteer knows as long a name there.
//  2. The gazetteer (gazetteer/places.txt, generated from open data, then
//     gazetteer/entities.txt, then any file the user adds), longest alias
//     first: "Great Britain" and "UK" are Britain, "Soviet Union’s" the
//     Soviet Union. A one-word place that opens a full name ("Charlotte
//     Smith") is left to the person rules.
//  3. A name after a title is a person, titles stripped: "Comrade Stalin",
//     "Trade Minister Wilson" is Wilson. A rank or honorific alone ("the
//     Generalissimo") is the one person the document names with it twice;
//     an office alone ("the Minister") is no one, unless a speaker is
//     called by it ("The President" of a memorandum).
//  4. The speakers and the roster are people, in any case.
//  5. A compound adjective is its parts: "Anglo-Soviet" mentions the
//     British and the Soviets; "Biden-Harris" two people.
//  6. A town of gazetteer/towns.txt is a place where the sentence says
//     so ("in Kenosha", "Scranton, Pennsylvania").
//  7. Any other run of capitalized words is a person (an organisation if
//     an acronym, "VOKS") if the document gives evidence of a person (a
//     full name opening with a first name, a title before it, a speaker),
//     or else if it is no common word (of the document or of English, or
//     after a determiner), prose tags it a proper noun, and it does not
//     open a sentence or prose's recogniser marks it as an entity.
//
// Then people are linked within the document (linkPeople): a person is
// known by surname ("Ernest Bevin" is Bevin) unless two people share it,
// a given name alone is the person the document names in full with it,
// and a speaker's name in their own turn is the recorder's framing of
// reported speech, not a mention, and is dropped. Each mention says which
// rule found it (corpus.MentionSource).
type Entities struct {
	// FoldGroups folds group adjectives into the places of the
	// gazetteer's "fold" lines: "British" is then a mention of Britain.
	FoldGroups bool
	// Aliases, if set, name people mentioned in any document by their
	// canonical names: the speaker alias file, so that "Trump" in a
	// debate where he does not speak is Donald J. Trump, as in one where
	// he does.
	Aliases *corpus.Aliases

	stop   map[string]bool // the shipped stopwords
	common wordList        // English common words (gazetteer/common-words.txt)
	first  wordList        // first names (gazetteer/first-names.txt)
	gaz    *Gazetteer
	towns  wordList // places only in context (gazetteer/towns.txt)
	tagger *tag.Tagger
	ner    *ner.Extracter
}

// NewEntities returns an entities stage with the shipped gazetteer; prose's
// models load once per process.
func NewEntities() (*Entities, error) {
	g, err := NewGazetteer()
	if err != nil {
		return nil, err
	}
	tg, err := tag.New()
	if err != nil {
		return nil, fmt.Errorf("loading prose's tagger: %w", err)
	}
	ex, err := ner.New()
	if err != nil {
		return nil, fmt.Errorf("loading prose's entity model: %w", err)
	}
	return &Entities{stop: NewNormalize().stop, common: newWordList(commonWordsFile), first: newWordList(firstNamesFile), gaz: g, towns: newWordList(townsFile), tagger: tg, ner: ex}, nil
}

// Gazetteer returns the stage's gazetteer, to add entries to before use.
func (e *Entities) Gazetteer() *Gazetteer { return e.gaz }

// Name returns "entities".
func (*Entities) Name() string { return "entities" }

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

// Apply finds the document's mentions. It replaces any found before.
func (e *Entities) Apply(ctx context.Context, doc *corpus.Document) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	people := knownPeople(doc)
	titled := titledPeople(doc)
	known := byPartOfName(doc)
	lower := lowerWords(doc)
	ev, surnames := e.personEvidence(doc)
	doc.Mentions = doc.Mentions[:0]
	for _, t := range doc.Turns {
		if err := ctx.Err(); err != nil {
			return err
		}
		for _, m := range e.find(doc.Source, nameTokens(doc.Source, t.Tokens), people, titled, lower, ev, surnames, false) {
			m.Turn, m.Speaker = t.Index, t.Speaker
			doc.Mentions = append(doc.Mentions, m)
		}
	}
	linkPeople(doc.Mentions, doc.Speakers)
	kept := doc.Mentions[:0]
	for _, m := range doc.Mentions {
		speaker := ""
		if s, ok := doc.Speaker(m.Speaker); ok {
			speaker = s.Name
		}
		{
			if place, ok := e.gaz.folds[m.Entity]; ok && e.FoldGroups && m.Label == corpus.Group {
				m.Entity, m.Label = place, corpus.Place
			}
			if m.Label == corpus.Person {
				if full, ok := known[Fold(m.Entity)]; ok {
					m.Entity = full // "Trump", "Joe": Donald J. Trump, Joe Biden
				}
				if full, ok := e.Aliases.Canonical(m.Entity); ok {
					m.Entity = full
				}
			}
			if m.Label == corpus.Person && (m.Entity == speaker || corpus.SpeakerID(m.Entity) == m.Speaker) {
				continue // the framing of reported speech
			}
			kept = append(kept, m)
		}
	}
	doc.Mentions = kept
	doc.EditorialMentions = doc.EditorialMentions[:0]
	seen := map[corpus.Span]bool{}
	var toks []corpus.Token
	for _, n := range doc.Notes {
		if n.Kind != corpus.Footnote || n.Body.Len() == 0 || seen[n.Body] {
			continue
		}
		seen[n.Body] = true
		toks = AppendTokens(toks[:0], doc.Source, n.Body)
		for _, m := range e.find(doc.Source, nameTokens(doc.Source, toks), people, titled, lower, ev, surnames, true) {
			if place, ok := e.gaz.folds[m.Entity]; ok && e.FoldGroups && m.Label == corpus.Group {
				m.Entity, m.Label = place, corpus.Place
			}
			m.Note = n.Number
			doc.EditorialMentions = append(doc.EditorialMentions, m)
		}
	}
	return nil
}

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
			ms[i].Entity = resolve(n[0], sur, surnameOf(ms, names, sur))
		}
	}
}

// surnameOf returns the entity that the full-name mentions of the folded
// surname sur carry: the surname as written ("Trump").
func surnameOf(ms []corpus.Mention, names [][]string, sur string) string {
	for i, n := range names {
		if len(n) >= 2 && Fold(n[len(n)-1]) == sur {
			return surname(strings.Join(n, " "))
		}
		_ = ms[i]
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
// the document writes after a rank or honorific, at least twice.
// An office ("the Minister", "the President") alone is whoever holds it
// in the sentence's world, rarely the one the document names with it
// ("Prime Minister Putin" in a debate answered by the Minister), and a
// title written before several names, or before one only once, names no
// one alone.
func titledPeople(doc *corpus.Document) map[string]string {
	counts := map[string]map[string]int{}
	for _, t := range doc.Turns {
		toks := nameTokens(doc.Source, t.Tokens)
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
		if len(names) != 1 || offices[title] {
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
	last = strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(last, "’s"), "'s"), "'")
	last = strings.TrimSuffix(strings.TrimSuffix(last, "’"), ".")
	if isAcronym(last) {
		return corpus.TitleCase(last)
	}
	return last
}

// find returns the mentions among toks, in order.
//
// In a footnote (editorial) a title alone resolves to no one, since the
// notes' titles are offices ("Minister of Finance"), and a note that opens
// "Surname, Given Names" names one person, by the surname.
func (e *Entities) find(src string, toks []corpus.Token, people, titled map[string]string, lower, ev, surnames map[string]bool, editorial bool) []corpus.Mention {
	if len(toks) == 0 {
		return nil
	}
	// prose's tagger and recogniser are most of the stage's cost when run
	// on every token (370 ms for the record, 90% of it in the
	// recogniser), so they run only where rule 4 needs them, on a few
	// tokens around the candidate.
	pt := make([]token.Token, len(toks))
	for i, t := range toks {
		pt[i] = token.Token{Text: t.Text, Start: t.Start}
	}

	var out []corpus.Mention
	mention := func(from, to int, entity string, label corpus.EntityLabel, source corpus.MentionSource) {
		span := corpus.Span{Start: toks[from].Start, End: toks[to-1].End}
		for span.Start < span.End && unicode.IsSpace(rune(src[span.Start])) {
			span.Start++ // a word joined across a line (joinWrappedLines)
		}
		text := span.In(src)
		if strings.Contains(text, "-\n") || strings.Contains(text, "-\r") {
			text = hyphenBreaks.Replace(text)
		}
		out = append(out, corpus.Mention{Span: span, Text: strings.Join(strings.Fields(text), " "), Entity: entity, Label: label, Source: source})
	}
	i := 0
	if editorial && len(toks) > 2 && toks[0].Word && startsUpper(toks[0].Text) && toks[1].Text == "," && capsRun(toks, 2) > 0 {
		// A biographical note: "Slánský, Rudolf (1901-1952) - ...".
		mention(0, 1, surname(toks[0].Text), corpus.Person, corpus.FromDocument)
		i = 2 + capsRun(toks, 2)
	}
	for i < len(toks) {
		if !toks[i].Word || docSymbol(toks, i) || domain(toks[i].Text) {
			i++
			continue
		}
		if !startsUpper(toks[i].Text) {
			// Only the gazetteer finds a name at a small word: one with a
			// capital later ("east European") or a body's long name
			// written small ("the world health organization").
			if next := i+1 < len(toks) && startsUpper(toks[i+1].Text); next || i+1 < len(toks) && e.gaz.first[Fold(toks[i].Text)]+strings.Count(toks[i].Text, "-") >= 3 {
				if n, ent, ok := e.gazMatch(toks, i); ok && (next || ent.label == corpus.Organisation) {
					mention(i, i+n, ent.entity, ent.label, corpus.FromGazetteer)
					i += n
					continue
				}
			}
			i++
			continue
		}
		// An electoral district: "the hon. Member for Bolton West".
		if n := districtName(toks, i); n > 0 && i >= 2 && toks[i-1].Text == "for" && strings.EqualFold(toks[i-2].Text, "member") && !e.stop[Fold(toks[i].Text)] {
			mention(i, i+n, joinText(toks[i:i+n]), corpus.Place, corpus.FromTitle)
			i += n
			continue
		}
		// A court case: "Roe v. Wade", "Brown v. Board of Education".
		if n := caseName(toks, i); n > 0 {
			mention(i, i+n, joinText(toks[i:i+n]), corpus.Law, corpus.FromHead)
			i += n
			continue
		}
		// A place named after its kind: "the island of Barbuda", "the city
		// of Charlottesville", "the province of Helmand".
		if i >= 2 && toks[i-1].Text == "of" && placeKinds[toks[i-2].Text] && !e.stop[Fold(toks[i].Text)] {
			if n := capsRun(toks, i); n > 0 && !notName(toks[i:i+n]) {
				if gn, ent, ok := e.gazMatch(toks, i); ok && gn == n {
					mention(i, i+n, ent.entity, ent.label, corpus.FromGazetteer)
				} else {
					mention(i, i+n, joinText(toks[i:i+n]), corpus.Place, corpus.FromHead)
				}
				i += n
				continue
			}
		}
		// A state by its form and name: "Federal Republic of Cameroon",
		// "People's Republic of China", "Kingdom of Lesotho" are the
		// place the gazetteer knows by the name after "of".
		if n, ent, ok := e.stateName(toks, i); ok {
			mention(i, i+n, ent.entity, ent.label, corpus.FromGazetteer)
			i += n
			continue
		}
		// A sea, a river or a peninsula written with a small head: "the
		// North sea" (as Hansard has it), "the Sinai peninsula", "the
		// Mekong river".
		if i+1 < len(toks) && capsRun(toks, i) == 1 && smallPlaceHeads[toks[i+1].Text] && toks[i+1].Start == toks[i].End+1 && !e.stop[Fold(toks[i].Text)] {
			head := toks[i+1].Text
			mention(i, i+2, toks[i].Text+" "+strings.ToUpper(head[:1])+head[1:], corpus.Place, corpus.FromHead)
			i += 2
			continue
		}
		// A firm's name: capitalised words joined by "&" ("Johnson &
		// Johnson", "Procter & Gamble").
		if n := ampersandName(toks, i); n > 0 {
			mention(i, i+n, joinText(toks[i:i+n]), corpus.Organisation, corpus.FromHead)
			i += n
			continue
		}
		// 1. A name of a body, law or event, taken whole, unless the
		// gazetteer knows as long a name here; then the gazetteer,
		// longest alias first.
		gn, ent, gok := e.gazMatch(toks, i)
		// A body named after the country it serves: "Oil and Gas UK",
		// "Age UK", "Energy UK".
		if n := countryBody(toks, i); n > 0 && n > gn {
			mention(i, i+n, joinText(toks[i:i+n]), corpus.Organisation, corpus.FromHead)
			i += n
			continue
		}
		if n, label := headPhrase(toks, i); n > 0 && n > gn && !e.stop[Fold(toks[i].Text)] && !administration(toks, i, n, gn, ev) && !genericBody(toks, i, n) {
			name := joinText(toks[i : i+n])
			if k := strings.LastIndexByte(name, ' '); k >= 0 {
				name = name[:k+1] + stripPossessiveAsWritten(name[k+1:])
			}
			mention(i, i+n, name, label, corpus.FromHead)
			i += n
			continue
		}
		if gok && gn == 1 && ent.label == corpus.Place && e.first.has(Fold(toks[i].Text)) && capsRun(toks, i) > 1 {
			if k, _, ok := e.gazMatch(toks, i+1); !ok || k == 0 {
				gok = false // "Charlotte Smith", "Florence Nightingale": a person
			}
		}
		if n, ent, ok := gn, ent, gok; ok {
			if k := i + n; k < len(toks) && eventNouns[toks[k].Text] && toks[k].Start == toks[k-1].End+1 && ent.label == corpus.Place && (i == 0 || determiners[Fold(toks[i-1].Text)]) {
				// "the Geneva talks", "the Vienna meeting": an event
				// named by its place.
				mention(i, k+1, joinText(toks[i:k+1]), corpus.Event, corpus.FromHead)
				i = k + 1
				continue
			}
			if k := i + n; k+1 < len(toks) && (toks[k].Text == "resolution" || toks[k].Text == "decision") && numeral(toks[k+1].Text) && ent.label == corpus.Organisation {
				// "Security Council resolution 242": a document, with
				// nothing inside it mentioned.
				mention(i, k+2, joinText(toks[i:k+2]), corpus.Law, corpus.FromHead)
				i = k + 2
				continue
			}
			if k := i + n; k < len(toks) && treatyNouns[toks[k].Text] && toks[k].Start == toks[k-1].End+1 && ent.label != corpus.Group {
				// "the EEA agreement", "the Nkomati accord": a treaty
				// named by its place or parties, not a mention of them.
				mention(i, k+1, joinText(toks[i:k+1]), corpus.Law, corpus.FromHead)
				i = k + 1
				continue
			}
			mention(i, i+n, ent.entity, ent.label, corpus.FromGazetteer)
			i += n
			continue
		}
		run := capsRun(toks, i)
		if run == 0 {
			i++
			continue
		}
		if run > 1 && (e.stop[Fold(toks[i].Text)] || auxiliaries[Fold(toks[i].Text)] && opensSentence(toks, i)) {
			i++ // "And President Trump", "The Soviet Union", "Do Donald Trump": from the next word
			continue
		}
		run = withParticles(toks, i, run)
		// A ticket of two people the document knows by surname: "Trump
		// Pence", "Biden Harris".
		if run == 2 && surnames[Fold(toks[i].Text)] && surnames[stripPossessive(Fold(toks[i+1].Text))] {
			for k := i; k < i+2; k++ {
				mention(k, k+1, surname(toks[k].Text), corpus.Person, corpus.FromDocument)
			}
			i += 2
			continue
		}
		// 2. Titles, then a name.
		last := -1
		for k := i; k < i+run; k++ {
			if isTitle(toks[k].Text) {
				last = k
			}
		}
		if last >= 0 && last+1 < i+run {
			name := toks[last+1 : i+run]
			if peerage[Fold(toks[last].Text)] && i+run+1 < len(toks) && toks[i+run].Text == "of" && toks[i+run].Start == toks[i+run-1].End+1 && toks[i+run+1].Start == toks[i+run].End+1 {
				// A peer's title: "Lord Wallace of Tankerness", "Baroness
				// Hale of Richmond", known by the whole.
				if m := capsRun(toks, i+run+1); m > 0 {
					end := i + run + 1 + m
					mention(last, end, joinText(toks[last+1:end]), corpus.Person, corpus.FromTitle)
					i = end
					continue
				}
			}
			nameOf := false // "President Kim of the World Bank": a person of a body
			for _, t := range name {
				nameOf = nameOf || t.Word && !e.commonWord(stripPossessive(Fold(t.Text)), lower)
			}
			if !notName(name) && !(i+run < len(toks) && toks[i+run].Text == "of" && !nameOf) {
				from := i // not a stopword before the title ("Now President Trump")
				for from < last && (e.stop[Fold(toks[from].Text)] || interjections[Fold(toks[from].Text)] || adverbsBeforeNames[Fold(toks[from].Text)]) {
					from++
				}
				// A body before the title is its own mention: "CDC
				// Director Redfield", "UN Secretary-General Guterres".
				first := from
				for first < last && !isTitle(toks[first].Text) {
					first++
				}
				if first > from {
					if k, ent, ok := e.gazMatch(toks, from); ok && k <= first-from {
						mention(from, from+k, ent.entity, ent.label, corpus.FromGazetteer)
						from = first
					} else if first-from == 1 && isAcronym(toks[from].Text) && !thingAcronyms[Fold(toks[from].Text)] {
						mention(from, from+1, toks[from].Text, corpus.Organisation, corpus.FromModel)
						from = first
					}
				}
				mention(from, i+run, surname(joinText(name)), corpus.Person, corpus.FromTitle)
			}
			i += run
			continue
		}
		if last >= 0 {
			if name := titled[Fold(toks[last].Text)]; name != "" && run == 1 && !editorial {
				mention(i, i+1, name, corpus.Person, corpus.FromTitle)
			}
			i += run
			continue
		}
		// 3. Speakers and the roster.
		if name, ok := people[corpus.SpeakerID(stripPossessive(Fold(joinText(toks[i:i+run]))))]; ok {
			mention(i, i+run, name, corpus.Person, corpus.FromSpeaker)
			i += run
			continue
		}
		if run == 1 {
			if name, ok := people[stripPossessive(Fold(toks[i].Text))]; ok {
				mention(i, i+1, name, corpus.Person, corpus.FromSpeaker)
				i++
				continue
			}
		}
		// 5. Compound adjectives.
		if run == 1 && strings.Contains(toks[i].Text, "-") {
			parts := strings.Split(toks[i].Text, "-")
			found := false
			off := toks[i].End - len(toks[i].Text) // as written, not joined across a line

			for _, p := range parts {
				span := corpus.Span{Start: off, End: off + len(p)}
				if ent, ok := e.gaz.lookup([]string{p}); ok {
					out = append(out, corpus.Mention{Span: span, Text: p, Entity: ent.entity, Label: ent.label, Source: corpus.FromGazetteer})
					found = true
				} else if name, ok := people[Fold(p)]; ok {
					out = append(out, corpus.Mention{Span: span, Text: p, Entity: name, Label: corpus.Person, Source: corpus.FromSpeaker})
					found = true
				} else if ev[Fold(p)] && startsUpper(p) && !isNotName(Fold(p)) {
					// "Biden-Harris", "Trump-Pence": a ticket of two people
					out = append(out, corpus.Mention{Span: span, Text: p, Entity: p, Label: corpus.Person, Source: corpus.FromDocument})
					found = true
				}
				off += len(p) + 1
			}
			if found {
				i++
				continue
			}
		}
		// A town the sentence makes a place: "in Kenosha", "Scranton,
		// Pennsylvania" (the gazetteer's towns are too many to be places
		// wherever they stand).
		if n := e.town(toks, i, run, ev); n > 0 {
			mention(i, i+n, joinText(toks[i:i+n]), corpus.Place, corpus.FromGazetteer)
			i += n
			continue
		}
		// 4. Other proper nouns, by the tagger.
		if source := e.properName(toks, pt, i, run, lower, ev); source != "" {
			label := corpus.Person
			name := surname(joinText(toks[i : i+run]))
			if run == 1 && isAcronym(toks[i].Text) {
				if w := Fold(toks[i].Text); thingAcronyms[w] || strings.ContainsAny(w, "0123456789") || strings.Count(w, w[:1]) == len(w) {
					i++ // "GDP", "COVID-19", "COP28": a thing, not a body
					continue
				}
				label, name = corpus.Organisation, toks[i].Text
			}
			from := i
			if label == corpus.Person && i > 0 && particles[toks[i-1].Text] && toks[i-1].End+1 == toks[i].Start && (i < 2 || !startsUpper(toks[i-2].Text)) {
				from, name = i-1, toks[i-1].Text+" "+name // "de Gaulle said"
			}
			mention(from, i+run, name, label, source)
			i += run
			continue
		}
		i++ // "The Soviet Union": try again from "Soviet"
	}
	sort.SliceStable(out, func(a, b int) bool { return out[a].Start < out[b].Start })
	return out
}

// gazMatch tries the gazetteer's aliases at toks[i], longest first, over
// consecutive words: the folded words are joined once, and each shorter
// alias's key is a prefix of the joined words.
//
// A country's plural ("the two Germanys", "both Koreas") is the country.
func (e *Entities) gazMatch(toks []corpus.Token, i int) (int, gazEntry, bool) {
	return e.gaz.match(toks, i)
}

// match is gazMatch over g.
func (g *Gazetteer) match(toks []corpus.Token, i int) (int, gazEntry, bool) {
	w0 := Fold(toks[i].Text)
	most := max(g.first[w0], g.first[stripPossessive(w0)])
	if most == 0 {
		// "Somaliaís": a possessive whose apostrophe a conversion from
		// Windows-1252 turned into "í", as in parts of the UN corpus.
		if stem, ok := strings.CutSuffix(toks[i].Text, "ís"); ok && len(stem) > 2 && startsUpper(stem) {
			if ent, found := g.lookup([]string{stem}); found {
				return 1, ent, true
			}
		}
		if sing, ok := strings.CutSuffix(toks[i].Text, "s"); ok && len(sing) > 2 && startsUpper(sing) {
			if ent, found := g.lookup([]string{sing}); found && ent.label == corpus.Place {
				return 1, ent, true
			}
		}
		return 0, gazEntry{}, false
	}
	var words [16]string // as written
	var ends [16]int     // where each folded word ends in joined
	var b strings.Builder
	n := 0
	for k := i; k < len(toks) && n < min(most, len(words)); k++ {
		if !toks[k].Word || k > i && toks[k].Start != toks[k-1].End+1 {
			break
		}
		if n > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(Fold(toks[k].Text))
		words[n], ends[n] = toks[k].Text, b.Len()
		n++
	}
	joined := b.String()
	for ; n >= 1; n-- {
		key := joined[:ends[n-1]]
		start := 0
		if n > 1 {
			start = ends[n-2] + 1
		}
		if last := key[start:]; stripPossessive(last) != last {
			key = key[:start] + stripPossessive(last)
		}
		if ent, found := g.lookupKey(key, words[:n]); found {
			return n, ent, true
		}
	}
	return 0, gazEntry{}, false
}

// capsRun returns how many consecutive capitalized words start at toks[i]
// (0 if toks[i] is not one), separated by single spaces. A possessive ends
// the run: "Stalin’s Scenario" names Stalin.
//
// An initial with its period stays inside the run, "." token and all:
// "Franklin D. Roosevelt" is one run of four tokens, "N. S. Khrushchev"
// one of five.
func capsRun(toks []corpus.Token, i int) int {
	n := 0
	for k := i; k < len(toks); k++ {
		t := toks[k]
		if !t.Word || !startsUpper(t.Text) || k > i && t.Start != toks[k-1].End+1 {
			break
		}
		n++
		if possessive(t.Text) {
			break
		}
		if initial(toks, k) {
			n++ // its period; the run goes on after it
			k++
		}
	}
	return n
}

// possessive reports whether w ends in a possessive that ends a name
// ("Stalin’s", "Cripps'"), but not a plural's ("Soviets'").
func possessive(w string) bool {
	switch {
	case strings.HasSuffix(w, "'s"), strings.HasSuffix(w, "’s"), strings.HasSuffix(w, "'S"), strings.HasSuffix(w, "’S"):
		return len(w) > 2
	case strings.HasSuffix(w, "'"), strings.HasSuffix(w, "’"):
		return !strings.HasSuffix(w, "s'") && !strings.HasSuffix(w, "s’") && len(w) > 1
	}
	return false
}

// initial reports whether toks[k] is a middle initial: one capital letter,
// its period touching it, and a capitalised word a space after.
func initial(toks []corpus.Token, k int) bool {
	if k+2 >= len(toks) || utf8.RuneCountInString(toks[k].Text) != 1 {
		return false
	}
	dot, next := toks[k+1], toks[k+2]
	return dot.Text == "." && dot.Start == toks[k].End && next.Word && startsUpper(next.Text) && next.Start == dot.End+1
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

// properName decides rule 4 for the run toks[i:i+n], saying by which
// evidence it is a name ("" if it is none). A stopword, a
// common noun of notNames, or a word before "of" ("Head of the Soviet
// government") is no name.
func (e *Entities) properName(toks []corpus.Token, pt []token.Token, i, n int, lower, ev map[string]bool) corpus.MentionSource {
	for k := i; k < i+n; k++ {
		w := stripPossessive(Fold(toks[k].Text))
		if (isNotName(w) || e.stop[w]) && !particles[toks[k].Text] {
			return ""
		}
	}
	if n == 1 && len([]rune(toks[i].Text)) < 2 {
		return ""
	}
	if w := Fold(toks[i].Text); n == 1 && (interjections[w] || lyAdverb(w) || phraseHeads[stripPossessive(w)] != "" || numeral(toks[i].Text) || acronymPlural(toks[i].Text) || camelCase(toks[i].Text) && !ev[w]) {
		return ""
	}
	// Inside a name of an office or body: "Minister of Finance".
	if i >= 2 && toks[i-1].Text == "of" && startsUpper(toks[i-2].Text) {
		return ""
	}
	for _, part := range strings.Split(toks[i].Text, "-") {
		if isNotName(Fold(part)) {
			return "" // "March-June"
		}
	}
	// The document's evidence of people: a word it writes after a title
	// or in a full name ("President Biden", "Joe Biden") is a name
	// wherever it stands ("the Biden plan"). Without it, a word the
	// document or English writes in lower case is a common word written
	// with a capital ("Security", "the Bill", "Coronavirus"), and a word
	// after a determiner no person's name ("the Sudan" is the
	// gazetteer's).
	known := true
	for k := i; k < i+n; k++ {
		known = known && ev[stripPossessive(Fold(toks[k].Text))]
	}
	if known {
		return corpus.FromDocument
	}
	// A word before "of" names an office ("Head of the Soviet
	// government"), unless a first name opens it ("Dick Durbin of
	// Illinois").
	if i+n < len(toks) && toks[i+n].Text == "of" && !(n >= 2 && e.first.has(Fold(toks[i].Text))) {
		return ""
	}
	// A run that ends in a place is the place with a modifier ("Blue
	// Pacific", "Northern Ireland" is the gazetteer's): the loop finds it.
	for k := i + 1; k < i+n; k++ {
		if _, _, ok := e.gazMatch(toks, k); ok {
			return ""
		}
	}
	particle := false
	for k := i; k < i+n; k++ {
		particle = particle || particles[toks[k].Text]
	}
	ledBy := i+n < len(toks) && leaderNouns[toks[i+n].Text] // "the Vorster regime"
	if i > 0 && determiners[Fold(toks[i-1].Text)] && !(n == 1 && isAcronym(toks[i].Text)) && !particle && !ledBy {
		return "" // but "a Osama bin Laden"
	}
	common := !(n >= 2 && e.first.has(Fold(toks[i].Text))) // "Paddy Tipping", "Rose Bush"
	for k := i; k < i+n && common; k++ {
		w := stripPossessive(Fold(toks[k].Text))
		common = e.commonWord(w, lower)
	}
	if common {
		return ""
	}
	// The tagger reads two words either side; the recogniser its tags.
	from, to := max(0, i-4), min(len(pt), i+n+4)
	window := append([]token.Token(nil), pt[from:to]...)
	e.tagger.TagTokens(window)
	for k := i; k < i+n; k++ {
		if toks[k].Word && !particles[toks[k].Text] && !strings.HasPrefix(window[k-from].Tag, "NNP") {
			return ""
		}
	}
	if !opensSentence(toks, i) || n == 1 && isAcronym(toks[i].Text) {
		return corpus.FromModel // an acronym's capitals are no sentence case
	}
	// Opening a sentence, a capital is no evidence.
	e.ner.Label(window)
	if l := window[i-from].Label; l != "" && l != "O" {
		return corpus.FromModel
	}
	return ""
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
	return 0
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

// leaderNouns, after a capitalised word and a determiner, make it the
// leader's name: "the Vorster regime", "the Thatcher government".
var leaderNouns = wordSet(`regime government administration cabinet presidency era years`)

// hyphenBreaks joins a word hyphenated across a line.
var hyphenBreaks = strings.NewReplacer("-\r\n", "-", "-\n", "-")

// determiners precede common nouns, never a person's name.
var determiners = wordSet(`the a an this that these those our my your his her its their
	every each no any some`)

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

// personEvidence returns the folded words that the document writes as
// parts of people's names: the speakers' and the roster's names, a name
// after a title ("President Biden"), and a full name that opens with a
// first name ("Joe Biden", "Susan Page"); and, of those, the surnames:
// the last words of the speakers' names and of those full names.
func (e *Entities) personEvidence(doc *corpus.Document) (ev, surnames map[string]bool) {
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
	for _, t := range doc.Turns {
		toks := nameTokens(doc.Source, t.Tokens)
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

// opensSentence reports whether toks[i] begins a sentence: it is the
// first token, or follows ".", "?", "!", ":" or an opening quote.
func opensSentence(toks []corpus.Token, i int) bool {
	for k := i - 1; k >= 0; k-- {
		switch toks[k].Text {
		case "“", "\"", "‘", "(", "[":
			continue
		case ".", "?", "!", ":", "…":
			return true
		}
		return false
	}
	return true
}

// notName reports whether any word of toks is in notNames ("Deputy Head").
func notName(toks []corpus.Token) bool {
	for _, t := range toks {
		if isNotName(stripPossessive(Fold(t.Text))) {
			return true
		}
	}
	return false
}

// stripPossessiveAsWritten drops a possessive from w, keeping its case.
func stripPossessiveAsWritten(w string) string {
	for _, end := range []string{"’s", "'s", "’", "'"} {
		if s, ok := strings.CutSuffix(w, end); ok && s != "" {
			return s
		}
	}
	return w
}

// joinText joins the words of toks by single spaces, an initial's period
// to its letter ("Franklin D. Roosevelt").
func joinText(toks []corpus.Token) string {
	var b strings.Builder
	for i, t := range toks {
		if i > 0 && t.Text != "." {
			b.WriteByte(' ')
		}
		b.WriteString(t.Text)
	}
	return b.String()
}

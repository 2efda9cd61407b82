package stages

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"
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
	famous wordList // surnames of famous people (gazetteer/famous-surnames.txt)
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
	return &Entities{stop: NewNormalize().stop, common: newWordList(commonWordsFile), first: newWordList(firstNamesFile), gaz: g, towns: newWordList(townsFile), famous: newWordList(famousFile), tagger: tg, ner: ex}, nil
}

// Gazetteer returns the stage's gazetteer, to add entries to before use.
func (e *Entities) Gazetteer() *Gazetteer { return e.gaz }

// Name returns "entities".
func (*Entities) Name() string { return "entities" }

// Apply finds the document's mentions. It replaces any found before.
func (e *Entities) Apply(ctx context.Context, doc *corpus.Document) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	turns := make([][]corpus.Token, len(doc.Turns)) // each turn's tokens as the rules read them
	if err := eachTurn(ctx, len(turns), func(k int) { turns[k] = nameTokens(doc.Source, doc.Turns[k].Tokens) }); err != nil {
		return err
	}
	// What the whole document says of names, gathered at once: each part
	// only reads the document.
	dn := &docNames{}
	var known map[string]string
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done(); dn.titled = titledPeople(turns) }()
	go func() { defer wg.Done(); dn.lower = lowerWords(doc) }()
	dn.people = knownPeople(doc)
	dn.ev, dn.surnames = e.personEvidence(doc, turns)
	known = byPartOfName(doc)
	wg.Wait()
	doc.Mentions = doc.Mentions[:0]
	found, err := e.findTurns(ctx, doc, turns, dn)
	if err != nil {
		return err
	}
	n := 0
	for _, f := range found {
		n += len(f)
	}
	doc.Mentions = slices.Grow(doc.Mentions, n)
	for k, t := range doc.Turns {
		for _, m := range found[k] {
			m.Turn, m.Speaker = t.Index, t.Speaker
			doc.Mentions = append(doc.Mentions, m)
		}
	}
	linkPeople(doc.Mentions, doc.Speakers)
	kept := doc.Mentions[:0]
	names := doc.SpeakerNames()
	for _, m := range doc.Mentions {
		speaker := names[m.Speaker]
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
		for _, m := range e.find(doc.Source, nameTokens(doc.Source, toks), dn, true) {
			if place, ok := e.gaz.folds[m.Entity]; ok && e.FoldGroups && m.Label == corpus.Group {
				m.Entity, m.Label = place, corpus.Place
			}
			m.Note = n.Number
			doc.EditorialMentions = append(doc.EditorialMentions, m)
		}
	}
	return nil
}

// docNames is what the whole document tells the rules about names: its
// speakers and roster (people), the person a title alone stands for
// (titled), the words it writes in lower case (lower), and the words and
// surnames it gives to people (ev, surnames).
type docNames struct {
	people, titled      map[string]string
	lower, ev, surnames map[string]bool
}

// find returns the mentions among toks, in order.
//
// In a footnote (editorial) a title alone resolves to no one, since the
// notes' titles are offices ("Minister of Finance"), and a note that opens
// "Surname, Given Names" names one person, by the surname.
func (e *Entities) find(src string, toks []corpus.Token, dn *docNames, editorial bool) []corpus.Mention {
	people, titled, lower, ev, surnames := dn.people, dn.titled, dn.lower, dn.ev, dn.surnames
	if len(toks) == 0 {
		return nil
	}
	// prose's tagger and recogniser are most of the stage's cost when run
	// on every token (370 ms for the record, 90% of it in the
	// recogniser), so they run only where rule 4 needs them, on a few
	// tokens around the candidate (see properName).

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
				if n, ent, ok := e.gazMatch(toks, i); ok && (next || ent.label == corpus.Organisation) && !e.longerAt(toks, i+1, n) {
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
		// A common noun's possessive opens a body's name: "the Children's
		// Defense Fund", "the Workers' Party" (not "Canada's Foreign
		// Ministry", a place's).
		if w := toks[i].Text; gn == 0 && i+1 < len(toks) && capsRun(toks, i) == 1 && (possessive(w) || strings.HasSuffix(w, "s'") || strings.HasSuffix(w, "s’")) && toks[i+1].Start == toks[i].End+1 && e.commonWord(stripPossessive(Fold(strings.TrimRight(w, "'’"))), lower) {
			n, label := headPhrase(toks, i+1)
			if n == 0 && capsRun(toks, i+1) == 1 && phraseHeads[Fold(toks[i+1].Text)] == corpus.Organisation {
				n, label = 1, corpus.Organisation // "the People's Assembly"
			}
			if n > 0 && label == corpus.Organisation {
				if k, _, ok := e.gazMatch(toks, i+1); !ok || k < n {
					mention(i, i+1+n, joinText(toks[i:i+1+n]), label, corpus.FromHead)
					i += 1 + n
					continue
				}
			}
		}
		if n, label := headPhrase(toks, i); n > 0 && n > gn && !e.stop[Fold(toks[i].Text)] && !administration(toks, i, n, gn, ev) && !genericBody(toks, i, n) && !(gok && e.onPlace(toks, i+gn, i+n)) {
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
		if source := e.properName(toks, i, run, lower, ev); source != "" {
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

// onPlace reports whether toks[k:end] is "on" and a place's name and no
// more: a known body's name does not run on into what it deals with
// ("the Security Council on Portugal": two names).
func (e *Entities) onPlace(toks []corpus.Token, k, end int) bool {
	if k+1 >= end || toks[k].Text != "on" {
		return false
	}
	n, ent, ok := e.gazMatch(toks, k+1)
	return ok && ent.label == corpus.Place && k+1+n == end
}

// findTurns returns each turn's mentions, in turn order: for a long
// document the turns are shared out among the cores (find reads only the
// document's facts and the stage's lists, so the result is the same).
func (e *Entities) findTurns(ctx context.Context, doc *corpus.Document, turns [][]corpus.Token, dn *docNames) ([][]corpus.Mention, error) {
	found := make([][]corpus.Mention, len(turns))
	err := eachTurn(ctx, len(turns), func(k int) {
		found[k] = e.find(doc.Source, turns[k], dn, false)
	})
	if err != nil {
		return nil, err
	}
	return found, nil
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
		comma := k > i && toks[k].Text == "," && toks[k].Start == toks[k-1].End
		afterComma := k > i && toks[k-1].Text == "," && toks[k].Start == toks[k-1].End+1
		if !comma && (!toks[k].Word || k > i && toks[k].Start != toks[k-1].End+1 && !afterComma) {
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

// longerAt reports whether the gazetteer knows a name at toks[k] at
// least n words long: "the Netherlands Antilles" is the Antilles, not
// "the Netherlands" and a stray word.
func (e *Entities) longerAt(toks []corpus.Token, k, n int) bool {
	if k >= len(toks) {
		return false
	}
	m, _, ok := e.gazMatch(toks, k)
	return ok && m >= n
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

// citedAuthor reports whether toks[i] is a surname before its initials,
// as a bibliography writes it: "Golubovich, V. I.".
func citedAuthor(toks []corpus.Token, i int) bool {
	if i+3 >= len(toks) || toks[i+1].Text != "," {
		return false
	}
	k := i + 2
	return utf8.RuneCountInString(toks[k].Text) == 1 && startsUpper(toks[k].Text) && toks[k+1].Text == "." && toks[k+1].Start == toks[k].End
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

// properName decides rule 4 for the run toks[i:i+n], saying by which
// evidence it is a name ("" if it is none). A stopword, a
// common noun of notNames, or a word before "of" ("Head of the Soviet
// government") is no name.
func (e *Entities) properName(toks []corpus.Token, i, n int, lower, ev map[string]bool) corpus.MentionSource {
	for k := i; k < i+n; k++ {
		w := stripPossessive(Fold(toks[k].Text))
		if (isNotName(w) || e.stop[w]) && !particles[toks[k].Text] && !initial(toks, k) {
			return "" // but "V. I. Lenin"
		}
	}
	long := false // initials alone ("L. F.") name nobody
	for k := i; k < i+n; k++ {
		long = long || toks[k].Word && utf8.RuneCountInString(toks[k].Text) > 1
	}
	if !long {
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
	// A first name opens a person's name ("Paddy Tipping", "Rose Bush")
	// unless it is a common word too and so is the last word ("Green
	// Growth", "Grace Period").
	w0, wn := stripPossessive(Fold(toks[i].Text)), stripPossessive(Fold(toks[i+n-1].Text))
	common := !(n >= 2 && e.first.has(w0) && !(e.commonWord(w0, lower) && e.commonWord(wn, lower)))
	for k := i; k < i+n && common; k++ {
		w := stripPossessive(Fold(toks[k].Text))
		common = e.commonWord(w, lower)
	}
	if common {
		return ""
	}
	// Initials before a name make it a person's: "V. I. Lenin".
	if n > 2 && initial(toks, i) && !initial(toks, i+n-1) {
		return corpus.FromModel
	}
	// A famous surname alone needs no tagger: "Lenin", "Adenauer".
	if w := stripPossessive(Fold(toks[i].Text)); n == 1 && !isAcronym(toks[i].Text) && !e.first.has(w) && e.famous.has(w) {
		return corpus.FromGazetteer
	}
	// The tagger reads two words either side; the recogniser its tags.
	from, to := max(0, i-4), min(len(toks), i+n+4)
	window := make([]token.Token, to-from)
	for k := range window {
		window[k] = token.Token{Text: toks[from+k].Text, Start: toks[from+k].Start}
	}
	e.tagger.TagTokens(window)
	for k := i; k < i+n; k++ {
		if toks[k].Word && !particles[toks[k].Text] && !initial(toks, k) && !strings.HasPrefix(window[k-from].Tag, "NNP") {
			return ""
		}
	}
	// A lone word that nothing else calls a person's name (no title,
	// first name, speaker, full name in the document or famous surname,
	// all above) is one if it is a possessive
	// ("Nasser's policy", "Cripps' plan"), after a particle ("de
	// Gaulle"), before a leader noun ("the Vorster regime"), cited with
	// initials ("Golubovich, V. I."), or if prose's
	// recogniser says so; otherwise it is a firm, a field or a village
	// that no list holds ("Gazprom", "Tormore", "Srebrenica"), and no
	// mention: a person it would be wrong about more often than right.
	if w := stripPossessive(Fold(toks[i].Text)); n == 1 && !isAcronym(toks[i].Text) && !e.first.has(w) {
		switch {
		case possessive(toks[i].Text), strings.HasSuffix(toks[i].Text, "'"), strings.HasSuffix(toks[i].Text, "’"),
			i+1 < len(toks) && toks[i+1].Start == toks[i].End && (toks[i+1].Text == "'" || toks[i+1].Text == "’"),
			i > 0 && particles[toks[i-1].Text], ledBy, citedAuthor(toks, i):
		default:
			e.ner.Label(window)
			if !strings.HasSuffix(window[i-from].Label, "PERSON") {
				return ""
			}
			return corpus.FromModel
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

// hyphenBreaks joins a word hyphenated across a line.
var hyphenBreaks = strings.NewReplacer("-\r\n", "-", "-\n", "-")

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

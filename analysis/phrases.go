package analysis

import (
	"context"
	"iter"
	"path/filepath"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"parley/corpus"
)

// PhraseTally counts the candidate keyphrases of one or more documents,
// bigrams and trigrams, with the position totals their association scores
// need. Its zero value is an empty tally ready for Merge; tallies merge by
// adding, so the phrases of merged tallies score as those of one document
// made of all.
//
// A position is a run of two (or three) word tokens next to each other in
// one stretch of speech: within one Speech span of an utterance, with only
// white space between them, no blank line. Punctuation, a footnote marker,
// a stage direction, a cue or a turn boundary ends a run. A candidate is
// a position whose first and last words are keyword candidates (Token.Term
// not ""); the inner word of a trigram may be any word ("members of
// parliament").
//
// A candidate's key is its words' terms ("soviet union"); an inner word
// that is no keyword candidate stands as its Norm ("member of
// parliament").
//
// Every string is interned in the tally's Lexicon, so a candidate costs a
// few integers: most candidates of a large corpus are used once, or always
// in one form by one speaker, and hold that form and speaker alone; only
// those whose uses differ have entries in the tally's counts of forms and
// speakers by candidate.
type PhraseTally struct {
	// Pairs is the number of bigram positions, Triples of trigram
	// positions, candidates or not.
	Pairs, Triples int

	lex *Lexicon // terms, norms and speaker IDs
	// pairFirst counts, for each term, the bigram positions whose first
	// word has that term; pairLast those whose second word has it.
	// tripleHead counts, for the first two words of a trigram position
	// keyed as above ("member of"), the trigram positions that start with
	// them; only heads whose first word is a keyword candidate are kept.
	// tripleLast counts, for each term, the trigram positions whose third
	// word has that term.
	pairFirst, pairLast, tripleLast map[uint32]int
	tripleHead                      map[[2]uint32]int
	// cands counts the candidates by key; formUses and speakerUses count
	// the uses of those whose uses differ in form or speaker.
	cands       map[phraseKey]phraseCount
	formUses    map[candForm]int
	speakerUses map[candSpeaker]int
	// spill, if set, holds the counts in their place: see SpillUses.
	spill *phraseSpill
	err   error // of a merge that could not spill
}

// candForm is a candidate and one of its forms; candSpeaker a candidate
// and one of its speakers.
type (
	candForm struct {
		cand, form phraseKey
	}
	candSpeaker struct {
		cand    phraseKey
		speaker uint32
	}
)

// phraseKey holds a phrase's words, as lexicon IDs: terms for a key,
// norms for a form. A bigram's third word is noWord.
type phraseKey [3]uint32

const noWord = ^uint32(0)

func (k phraseKey) words() int {
	if k[2] == noWord {
		return 2
	}
	return 3
}

// phraseCount holds the counts of one candidate phrase, in 24 bytes: a
// large corpus has millions of candidates. While every use has one form
// and one speaker, form and speaker hold them; once uses differ, spilled
// is set and the tally's formUses and speakerUses count them. A count
// past 2³² uses of one phrase (as many words as four thousand years of a
// parliament) would wrap; no corpus comes near.
type phraseCount struct {
	n       uint32
	speaker uint32
	form    phraseKey
	spilled bool
}

// add counts n uses of the candidate in one form by one speaker.
func (p *PhraseTally) add(key, form phraseKey, speaker uint32, n int) {
	if p.spill != nil {
		p.spill.add(key, form, speaker, uint32(n))
		return
	}
	c := p.cands[key]
	if !c.spilled && (c.n == 0 || c.form == form && c.speaker == speaker) {
		c.form, c.speaker = form, speaker
		c.n += uint32(n)
		p.cands[key] = c
		return
	}
	p.spillCand(key, &c)
	c.n += uint32(n)
	p.cands[key] = c
	p.formUses[candForm{key, form}] += n
	p.speakerUses[candSpeaker{key, speaker}] += n
}

// spillCand moves a candidate's single form and speaker into formUses and
// speakerUses; the caller stores c.
func (p *PhraseTally) spillCand(key phraseKey, c *phraseCount) {
	if c.spilled {
		return
	}
	c.spilled = true
	if c.n > 0 {
		p.formUses[candForm{key, c.form}] += int(c.n)
		p.speakerUses[candSpeaker{key, c.speaker}] += int(c.n)
	}
}

// PhraseOptions select and order phrases.
type PhraseOptions struct {
	// MinFreq is the least count a phrase needs; 0 (or less) means 2.
	MinFreq int
	// Top is how many phrases to keep; 0 keeps all.
	Top int
}

// Phrase is one ranked keyphrase.
type Phrase struct {
	// Terms are the key's words: the stems, an inner word that is no
	// keyword candidate as its Norm (["member", "of", "parliament"]).
	Terms []string
	// Form is the most frequent surface form ("soviet union"), Forms the
	// others, most frequent first, ties in alphabetical order.
	Form  string
	Forms []string
	Count int
	// G2 is Dunning's log-likelihood of the association, signed like
	// Keyness.G2: negative where the words meet less often than chance
	// would have them. For a bigram w1 w2 it is computed over the bigram
	// positions from the table
	//
	//	                 first is w1    first is not w1
	//	second is w2         a               b
	//	second is not w2   c - a           d - b
	//
	// where c positions start with w1 and d do not; for a trigram, over
	// the trigram positions, with its first two words as one unit in the
	// place of w1 and the third word in the place of w2.
	G2 float64
	// Speakers are those who use the phrase, most uses first, ties by ID.
	Speakers []PhraseSpeaker
}

// PhraseSpeaker is one speaker's use of a phrase.
type PhraseSpeaker struct {
	ID    string
	Count int
}

// CountPhrases tallies the candidate phrases of one annotated document.
// Run the tokenize and normalize stages first: without Term set no word is
// a candidate. A nil document gives an empty tally.
func CountPhrases(d *corpus.Document) *PhraseTally {
	p := &PhraseTally{}
	p.Add(d)
	return p
}

// Add counts the candidate phrases of one more annotated document into p,
// as Merge(CountPhrases(d)) would, without a tally in between.
func (p *PhraseTally) Add(d *corpus.Document) {
	_ = p.AddContext(context.Background(), d)
}

// AddContext is Add that stops when ctx is done, every thousand turns or
// so, with ctx's error; p then holds part of d and is to be closed, not
// used.
func (p *PhraseTally) AddContext(ctx context.Context, d *corpus.Document) error {
	p.init()
	if d == nil {
		return nil
	}
	for i, turn := range d.Turns {
		if i%cancelEvery == 0 && ctx.Err() != nil {
			return ctx.Err()
		}
		p.countTurn(d.Source, turn)
	}
	if p.spill != nil {
		p.spill.flush()
	}
	return nil
}

func (p *PhraseTally) init() {
	if p.lex == nil {
		p.lex = NewLexicon()
	}
	if p.pairFirst == nil {
		p.pairFirst, p.pairLast, p.tripleLast = map[uint32]int{}, map[uint32]int{}, map[uint32]int{}
		p.tripleHead = map[[2]uint32]int{}
		p.cands = map[phraseKey]phraseCount{}
		p.formUses, p.speakerUses = map[candForm]int{}, map[candSpeaker]int{}
	}
}

// countTurn counts the positions of one turn.
func (p *PhraseTally) countTurn(src string, turn corpus.Turn) {
	toks := turn.Tokens
	seg := phraseSegments(turn)
	// joined[k] reports whether tokens k-1 and k form a bigram position.
	// A part of a hyphenated compound is two words or more to the word
	// count, but no phrase's word: "improve Anglo-Soviet" gives no
	// "improve anglo".
	joined := make([]bool, len(toks))
	for k := 1; k < len(toks); k++ {
		a, b := toks[k-1], toks[k]
		joined[k] = phraseWord(a) && phraseWord(b) && !inCompound(toks, k-1) && !inCompound(toks, k) &&
			seg(a.Span) >= 0 && seg(a.Span) == seg(b.Span) && phraseGap(src, a.End, b.Start)
	}
	// The lexicon's IDs of each token's term (noWord: none) and norm,
	// looked up once for the phrases that use them.
	lex := p.lex
	ids := make([][2]uint32, len(toks)) // term+1 and norm+1; 0: not yet
	lookup := func(k int) *[2]uint32 {
		id := &ids[k]
		if id[0] == 0 {
			id[0], id[1] = noWord, lex.ID(toks[k].Norm)+1
			if toks[k].Term != "" {
				id[0] = lex.ID(toks[k].Term) + 1
			}
		}
		return id
	}
	term := func(k int) uint32 {
		if t := lookup(k)[0]; t != noWord {
			return t - 1
		}
		return noWord
	}
	norm := func(k int) uint32 { return lookup(k)[1] - 1 }
	speaker := noWord
	for k := 1; k < len(toks); k++ {
		if !joined[k] {
			continue
		}
		first, last := term(k-1), term(k)
		p.Pairs++
		if first != noWord {
			p.pairFirst[first]++
		}
		if last != noWord {
			p.pairLast[last]++
		}
		if speaker == noWord && first != noWord && last != noWord {
			speaker = lex.ID(turn.Speaker)
		}
		if first != noWord && last != noWord {
			form := phraseKey{norm(k - 1), norm(k), noWord}
			p.add(phraseKey{first, last, noWord}, form, speaker, 1)
		}
		if k < 2 || !joined[k-1] {
			continue
		}
		first = term(k - 2)
		p.Triples++
		if last != noWord {
			p.tripleLast[last]++
		}
		if first == noWord {
			continue
		}
		mid := term(k - 1)
		if mid == noWord {
			mid = norm(k - 1) // an inner word that is no keyword candidate stands as its Norm
		}
		p.tripleHead[[2]uint32{first, mid}]++
		if last != noWord {
			if speaker == noWord {
				speaker = lex.ID(turn.Speaker)
			}
			form := phraseKey{norm(k - 2), norm(k - 1), norm(k)}
			p.add(phraseKey{first, mid, last}, form, speaker, 1)
		}
	}
}

// phraseSegments returns a function giving the index of the turn's
// Speech span that holds a token's span, or -1 if none does.
func phraseSegments(turn corpus.Turn) func(corpus.Span) int {
	var spans []corpus.Span
	for _, u := range turn.Utterances {
		spans = append(spans, u.Speech...)
	}
	sort.SliceStable(spans, func(i, j int) bool { return spans[i].Start < spans[j].Start })
	return func(s corpus.Span) int {
		// The last span starting at or before s; spans do not overlap.
		i := sort.Search(len(spans), func(i int) bool { return spans[i].Start > s.Start }) - 1
		if i < 0 || s.End > spans[i].End || s.Start > s.End {
			return -1
		}
		return i
	}
}

// inCompound reports whether toks[k] touches a hyphen that joins it to
// another word ("post" and "war" in "post-war").
func inCompound(toks []corpus.Token, k int) bool {
	hyphen := func(h, w int) bool {
		return h >= 0 && w >= 0 && h < len(toks) && w < len(toks) && toks[h].Text == "-" && toks[w].Word
	}
	t := toks[k]
	return k+2 < len(toks) && toks[k+1].Start == t.End && toks[k+2].Start == toks[k+1].End && hyphen(k+1, k+2) ||
		k >= 2 && toks[k-1].End == t.Start && toks[k-2].End == toks[k-1].Start && hyphen(k-1, k-2)
}

// phraseWord reports whether a token can be part of a phrase: a
// normalized word with no white space in it (keys join words with one
// space).
func phraseWord(t corpus.Token) bool {
	return t.Word && t.Norm != "" && !hasSpace(t.Norm) && !hasSpace(t.Term)
}

// hasSpace reports whether s holds white space, ASCII or not.
func hasSpace(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= utf8.RuneSelf:
			return strings.ContainsFunc(s[i:], unicode.IsSpace)
		case c == ' ' || c >= '\t' && c <= '\r':
			return true
		}
	}
	return false
}

// phraseGap reports whether src[from:to] is white space without a blank
// line: words a line break apart may still form a phrase, words a
// paragraph apart do not.
func phraseGap(src string, from, to int) bool {
	if from < 0 || from > to || to > len(src) {
		return false
	}
	gap := src[from:to]
	if strings.TrimFunc(gap, unicode.IsSpace) != "" {
		return false
	}
	return strings.Count(gap, "\n") < 2
}

// Merge adds o's counts to p. Either may be the zero value; o is left as
// it was and shares no counts with p afterwards.
func (p *PhraseTally) Merge(o *PhraseTally) {
	if p == nil || o == nil {
		return
	}
	p.init()
	if o.lex == nil {
		p.Pairs += o.Pairs
		p.Triples += o.Triples
		return
	}
	if o == p {
		o = p.clone()
		defer o.Close()
	}
	if o.spill != nil && p.spill == nil {
		// A tally merged with a spilling one spills too.
		if err := p.SpillUses(filepath.Dir(o.spill.path)); err != nil {
			p.err = err
			return
		}
	}
	p.Pairs += o.Pairs
	p.Triples += o.Triples
	id := func(x uint32) uint32 { return x }
	if o.lex != p.lex {
		tr := p.lex.translate(o.lex)
		id = func(x uint32) uint32 {
			if x == noWord {
				return x
			}
			return tr.strs[x]
		}
	}
	key := func(k phraseKey) phraseKey { return phraseKey{id(k[0]), id(k[1]), id(k[2])} }
	for t, n := range o.pairFirst {
		p.pairFirst[id(t)] += n
	}
	for t, n := range o.pairLast {
		p.pairLast[id(t)] += n
	}
	for t, n := range o.tripleLast {
		p.tripleLast[id(t)] += n
	}
	for h, n := range o.tripleHead {
		p.tripleHead[[2]uint32{id(h[0]), id(h[1])}] += n
	}
	if o.spill != nil { // and so p.spill too
		for k, n := range o.spill.counts {
			p.spill.counts[key(k)] += n
		}
		o.spill.each(func(kind uint32, k phraseKey, words [3]uint32, n uint32) {
			if kind == spillForm {
				p.spill.forms[candForm{key(k), key(words)}] += n
			} else {
				p.spill.speakers[candSpeaker{key(k), id(words[0])}] += n
			}
		})
		if o.spill.err != nil && p.spill.err == nil {
			p.spill.err = o.spill.err
		}
		p.spill.flush()
		return
	}
	for k, oc := range o.cands {
		if oc.n == 0 {
			continue
		}
		k = key(k)
		if !oc.spilled {
			p.add(k, key(oc.form), id(oc.speaker), int(oc.n))
			continue
		}
		if p.spill != nil {
			p.spill.counts[k] += oc.n
			continue
		}
		c := p.cands[k]
		p.spillCand(k, &c)
		c.n += oc.n
		p.cands[k] = c
	}
	for f, n := range o.formUses {
		if p.spill != nil {
			p.spill.forms[candForm{key(f.cand), key(f.form)}] += uint32(n)
			continue
		}
		p.formUses[candForm{key(f.cand), key(f.form)}] += n
	}
	for k, n := range o.speakerUses {
		if p.spill != nil {
			p.spill.speakers[candSpeaker{key(k.cand), id(k.speaker)}] += uint32(n)
			continue
		}
		p.speakerUses[candSpeaker{key(k.cand), id(k.speaker)}] += n
	}
	if p.spill != nil {
		p.spill.flush()
	}
}

// clone returns a copy of p that shares no counts with it (a spilling
// tally's copy spills to a file of its own; Close it).
func (p *PhraseTally) clone() *PhraseTally {
	c := &PhraseTally{lex: p.lex}
	c.init()
	c.Merge(&PhraseTally{Pairs: p.Pairs, Triples: p.Triples, lex: p.lex,
		pairFirst: p.pairFirst, pairLast: p.pairLast, tripleLast: p.tripleLast, tripleHead: p.tripleHead,
		cands: p.cands, formUses: p.formUses, speakerUses: p.speakerUses})
	if p.spill != nil {
		if err := c.SpillUses(filepath.Dir(p.spill.path)); err != nil {
			return c
		}
		for k, n := range p.spill.counts {
			c.spill.counts[k] += n
		}
		p.spill.each(func(kind uint32, k phraseKey, words [3]uint32, n uint32) {
			if kind == spillForm {
				c.spill.forms[candForm{k, words}] += n
			} else {
				c.spill.speakers[candSpeaker{k, words[0]}] += n
			}
		})
		c.spill.flush()
	}
	return c
}

// Phrases ranks the phrases counted at least opt.MinFreq times by
// association, strongest first; ties go to the more frequent, then by
// form, then by terms. Bigrams and trigrams share one ranking.
func (p *PhraseTally) Phrases(opt PhraseOptions) []Phrase {
	if p == nil {
		return nil
	}
	minFreq := opt.MinFreq
	if minFreq <= 0 {
		minFreq = 2
	}
	// Candidates are scored and filtered as indexes; only those ranked
	// high enough are given their strings, forms and speakers.
	type scored struct {
		key phraseKey
		n   int
		g2  float64
	}
	var all []scored
	for k, n := range p.counts() {
		if n < minFreq {
			continue
		}
		var g2 float64
		if k.words() == 2 {
			g2 = phraseG2(n, p.pairFirst[k[0]], p.pairLast[k[1]], p.Pairs)
		} else {
			g2 = phraseG2(n, p.tripleHead[[2]uint32{k[0], k[1]}], p.tripleLast[k[2]], p.Triples)
		}
		all = append(all, scored{k, n, g2})
	}
	// Keyphrases: the words go together more often than chance (G² > 0),
	// and a pair that only ever occurs inside one longer phrase ("british
	// working" when every use is in "british working class") is dropped.
	inside := map[[2]uint32]int{} // pair -> largest count of a triple holding it
	for _, sc := range all {
		if k := sc.key; k.words() == 3 {
			for _, pair := range [][2]uint32{{k[0], k[1]}, {k[1], k[2]}} {
				inside[pair] = max(inside[pair], sc.n)
			}
		}
	}
	kept := all[:0]
	for _, sc := range all {
		if sc.g2 <= 0 || sc.key.words() == 2 && inside[[2]uint32{sc.key[0], sc.key[1]}] >= sc.n {
			continue
		}
		kept = append(kept, sc)
	}
	// Ranked by G² and count, cut after the last tied with the last kept,
	// then given their forms and ranked in full (the form and terms are
	// the last tie-breaks, so this order refines the first).
	before := func(a, b scored) int {
		switch {
		case a.g2 != b.g2:
			return boolOrder(a.g2 > b.g2)
		case a.n != b.n:
			return boolOrder(a.n > b.n)
		}
		return 0
	}
	sort.Slice(kept, func(i, j int) bool { return before(kept[i], kept[j]) < 0 })
	n := len(kept)
	if opt.Top > 0 && n > opt.Top {
		n = opt.Top
		for n < len(kept) && before(kept[n-1], kept[n]) == 0 {
			n++
		}
	}
	kept = kept[:n]
	if len(kept) == 0 {
		return nil
	}
	keys := make([]phraseKey, len(kept))
	for i, sc := range kept {
		keys[i] = sc.key
	}
	forms, speakers := p.usesOfAll(keys)
	out := make([]Phrase, len(kept))
	for i, sc := range kept {
		out[i] = p.phrase(sc.key, sc.n, sc.g2, forms[i], speakers[i])
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		switch {
		case a.G2 != b.G2:
			return a.G2 > b.G2
		case a.Count != b.Count:
			return a.Count > b.Count
		case a.Form != b.Form:
			return a.Form < b.Form
		}
		return strings.Join(a.Terms, " ") < strings.Join(b.Terms, " ")
	})
	if opt.Top > 0 && len(out) > opt.Top {
		out = out[:opt.Top]
	}
	return out
}

// phraseG2 returns the signed G² of a phrase seen a times among n
// positions, first of which start with its first word (or head) and last
// of which end with its last word; 0 if the counts do not make a table.
func phraseG2(a, first, last, n int) float64 {
	if a < 0 || a > first || a > last || first > n || last-a > n-first {
		return 0
	}
	return NewKeyness(a, last-a, first, n-first).G2
}

// phrase returns the Phrase of a candidate, its strings looked up, from
// its counts of forms and speakers.
func (p *PhraseTally) phrase(key phraseKey, n int, g2 float64, formCounts, speakers map[string]int) Phrase {
	forms := rankCounts(formCounts)
	ph := Phrase{Terms: p.words(key), Count: n, G2: g2}
	if len(forms) > 0 {
		ph.Form = forms[0]
	}
	if len(forms) > 1 {
		ph.Forms = forms[1:]
	}
	for _, id := range rankCounts(speakers) {
		ph.Speakers = append(ph.Speakers, PhraseSpeaker{ID: id, Count: speakers[id]})
	}
	return ph
}

// usesOf returns a candidate's counts of forms (norms joined by a space)
// and of speakers.
func (p *PhraseTally) usesOf(key phraseKey) (forms, speakers map[string]int) {
	f, s := p.usesOfAll([]phraseKey{key})
	return f[0], s[0]
}

// usesOfAll returns usesOf for each of the candidates, with one pass over
// the counts of those whose uses differ.
func (p *PhraseTally) usesOfAll(keys []phraseKey) (forms, speakers []map[string]int) {
	forms, speakers = make([]map[string]int, len(keys)), make([]map[string]int, len(keys))
	at := map[phraseKey][]int{}
	for i, k := range keys {
		forms[i], speakers[i] = map[string]int{}, map[string]int{}
		if p.spill != nil {
			if p.spill.counts[k] > 0 {
				at[k] = append(at[k], i)
			}
			continue
		}
		c := p.cands[k]
		switch {
		case c.n == 0:
		case c.spilled:
			at[k] = append(at[k], i)
		default:
			forms[i][p.keyString(c.form)] = int(c.n)
			speakers[i][p.lex.String(c.speaker)] = int(c.n)
		}
	}
	if len(at) == 0 {
		return forms, speakers
	}
	if p.spill != nil {
		p.spill.each(func(kind uint32, k phraseKey, words [3]uint32, n uint32) {
			for _, i := range at[k] {
				if kind == spillForm {
					forms[i][p.keyString(words)] += int(n)
				} else {
					speakers[i][p.lex.String(words[0])] += int(n)
				}
			}
		})
		return forms, speakers
	}
	for f, n := range p.formUses {
		for _, i := range at[f.cand] {
			forms[i][p.keyString(f.form)] += n
		}
	}
	for s, n := range p.speakerUses {
		for _, i := range at[s.cand] {
			speakers[i][p.lex.String(s.speaker)] += n
		}
	}
	return forms, speakers
}

// words returns a key's or form's words.
func (p *PhraseTally) words(k phraseKey) []string {
	out := make([]string, k.words())
	for i := range out {
		out[i] = p.lex.String(k[i])
	}
	return out
}

func (p *PhraseTally) keyString(k phraseKey) string { return strings.Join(p.words(k), " ") }

// counts yields each candidate's key and count.
func (p *PhraseTally) counts() iter.Seq2[phraseKey, int] {
	return func(yield func(phraseKey, int) bool) {
		if p.spill != nil {
			for k, n := range p.spill.counts {
				if !yield(k, int(n)) {
					return
				}
			}
			return
		}
		for k, c := range p.cands {
			if !yield(k, int(c.n)) {
				return
			}
		}
	}
}

package analysis

import (
	"sort"
	"strings"
	"unicode"

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
// Keys are the words' terms joined by one space ("soviet union"); an inner
// word that is no keyword candidate stands as its Norm ("member of
// parliament").
type PhraseTally struct {
	// Pairs is the number of bigram positions, Triples of trigram
	// positions, candidates or not.
	Pairs, Triples int
	// PairFirst counts, for each term, the bigram positions whose first
	// word has that term; PairLast those whose second word has it.
	PairFirst, PairLast map[string]int
	// TripleHead counts, for the first two words of a trigram position
	// keyed as above ("member of"), the trigram positions that start with
	// them; only heads whose first word is a keyword candidate are kept.
	// TripleLast counts, for each term, the trigram positions whose third
	// word has that term.
	TripleHead, TripleLast map[string]int
	// Bigrams and Trigrams count the candidates by key.
	Bigrams, Trigrams map[string]*PhraseCount
}

// PhraseCount holds the counts of one candidate phrase.
//
// Most candidates of a large corpus are used once, or always in one form
// by one speaker; two maps for each would hold most of the memory of the
// corpus's counts. So while every use has one form and one speaker, the
// maps stay nil and the form and speaker are kept alone; Uses gives the
// counts either way.
type PhraseCount struct {
	Count int
	// Forms counts the surface forms: the words' Norm joined by one
	// space ("soviet union's").
	Forms map[string]int
	// Speakers counts the uses by speaker ID.
	Speakers map[string]int

	form, speaker string // every use's, while Forms and Speakers are nil
}

// Uses returns the counts of forms and of speakers.
func (c *PhraseCount) Uses() (forms, speakers map[string]int) {
	if c.Forms == nil && c.Speakers == nil {
		if c.Count == 0 {
			return map[string]int{}, map[string]int{}
		}
		return map[string]int{c.form: c.Count}, map[string]int{c.speaker: c.Count}
	}
	return c.Forms, c.Speakers
}

// spill moves a single form and speaker into the maps.
func (c *PhraseCount) spill() {
	if c.Forms != nil || c.Speakers != nil {
		if c.Forms == nil {
			c.Forms = map[string]int{}
		}
		if c.Speakers == nil {
			c.Speakers = map[string]int{}
		}
		return
	}
	c.Forms, c.Speakers = map[string]int{}, map[string]int{}
	if c.Count > 0 {
		c.Forms[c.form] = c.Count
		c.Speakers[c.speaker] = c.Count
	}
	c.form, c.speaker = "", ""
}

// add counts n uses in one form by one speaker.
func (c *PhraseCount) add(form, speaker string, n int) {
	single := c.Forms == nil && c.Speakers == nil
	if single && (c.Count == 0 || c.form == form && c.speaker == speaker) {
		c.form, c.speaker = form, speaker
		c.Count += n
		return
	}
	c.spill()
	c.Count += n
	c.Forms[form] += n
	c.Speakers[speaker] += n
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
	p.init()
	if d == nil {
		return p
	}
	for _, turn := range d.Turns {
		p.countTurn(d.Source, turn)
	}
	return p
}

func (p *PhraseTally) init() {
	if p.PairFirst == nil {
		p.PairFirst = map[string]int{}
	}
	if p.PairLast == nil {
		p.PairLast = map[string]int{}
	}
	if p.TripleHead == nil {
		p.TripleHead = map[string]int{}
	}
	if p.TripleLast == nil {
		p.TripleLast = map[string]int{}
	}
	if p.Bigrams == nil {
		p.Bigrams = map[string]*PhraseCount{}
	}
	if p.Trigrams == nil {
		p.Trigrams = map[string]*PhraseCount{}
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
	for k := 1; k < len(toks); k++ {
		if !joined[k] {
			continue
		}
		first, last := toks[k-1], toks[k]
		p.Pairs++
		if first.Term != "" {
			p.PairFirst[first.Term]++
		}
		if last.Term != "" {
			p.PairLast[last.Term]++
		}
		if first.Term != "" && last.Term != "" {
			key := first.Term + " " + last.Term
			p.Bigrams[key] = addPhraseUse(p.Bigrams[key], first.Norm+" "+last.Norm, turn.Speaker)
		}
		if k < 2 || !joined[k-1] {
			continue
		}
		first, mid := toks[k-2], toks[k-1]
		p.Triples++
		if last.Term != "" {
			p.TripleLast[last.Term]++
		}
		if first.Term == "" {
			continue
		}
		head := first.Term + " " + phraseKeyWord(mid)
		p.TripleHead[head]++
		if last.Term != "" {
			key := head + " " + last.Term
			p.Trigrams[key] = addPhraseUse(p.Trigrams[key], first.Norm+" "+mid.Norm+" "+last.Norm, turn.Speaker)
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
	return t.Word && t.Norm != "" &&
		!strings.ContainsFunc(t.Norm, unicode.IsSpace) && !strings.ContainsFunc(t.Term, unicode.IsSpace)
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

// phraseKeyWord is a word as a phrase key holds it: its term, or its Norm when
// it is no keyword candidate.
func phraseKeyWord(t corpus.Token) string {
	if t.Term != "" {
		return t.Term
	}
	return t.Norm
}

func addPhraseUse(c *PhraseCount, form, speaker string) *PhraseCount {
	if c == nil {
		c = &PhraseCount{}
	}
	c.add(form, speaker, 1)
	return c
}

// Merge adds o's counts to p. Either may be the zero value, or have nil
// maps; o is left as it was and shares nothing with p afterwards.
func (p *PhraseTally) Merge(o *PhraseTally) {
	if p == nil || o == nil {
		return
	}
	p.init()
	p.Pairs += o.Pairs
	p.Triples += o.Triples
	addPhraseCounts(p.PairFirst, o.PairFirst)
	addPhraseCounts(p.PairLast, o.PairLast)
	addPhraseCounts(p.TripleHead, o.TripleHead)
	addPhraseCounts(p.TripleLast, o.TripleLast)
	mergePhraseCounts(p.Bigrams, o.Bigrams)
	mergePhraseCounts(p.Trigrams, o.Trigrams)
}

func addPhraseCounts(dst, src map[string]int) {
	for k, n := range src {
		dst[k] += n
	}
}

func mergePhraseCounts(dst, src map[string]*PhraseCount) {
	for key, oc := range src {
		if oc == nil {
			continue
		}
		c := dst[key]
		if c == nil {
			c = &PhraseCount{}
			dst[key] = c
		}
		if oc.Forms == nil && oc.Speakers == nil {
			if oc.Count > 0 {
				c.add(oc.form, oc.speaker, oc.Count)
			}
			continue
		}
		c.spill()
		c.Count += oc.Count
		addPhraseCounts(c.Forms, oc.Forms)
		addPhraseCounts(c.Speakers, oc.Speakers)
	}
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
	var out []Phrase
	for key, c := range p.Bigrams {
		terms := strings.Split(key, " ")
		if c == nil || c.Count < minFreq || len(terms) != 2 {
			continue
		}
		g2 := phraseG2(c.Count, p.PairFirst[terms[0]], p.PairLast[terms[1]], p.Pairs)
		out = append(out, newPhrase(terms, c, g2))
	}
	for key, c := range p.Trigrams {
		terms := strings.Split(key, " ")
		if c == nil || c.Count < minFreq || len(terms) != 3 {
			continue
		}
		head := terms[0] + " " + terms[1]
		g2 := phraseG2(c.Count, p.TripleHead[head], p.TripleLast[terms[2]], p.Triples)
		out = append(out, newPhrase(terms, c, g2))
	}
	out = keyphrases(out)
	sort.Slice(out, func(i, j int) bool {
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

// keyphrases keeps the phrases whose words go together more often than
// chance (G² > 0) and drops a pair that only ever occurs inside one
// longer phrase: "british working" when every use is in "british working
// class".
func keyphrases(all []Phrase) []Phrase {
	inside := map[string]int{} // pair -> largest count of a triple holding it
	for _, ph := range all {
		if len(ph.Terms) == 3 {
			for _, pair := range []string{ph.Terms[0] + " " + ph.Terms[1], ph.Terms[1] + " " + ph.Terms[2]} {
				inside[pair] = max(inside[pair], ph.Count)
			}
		}
	}
	var out []Phrase
	for _, ph := range all {
		if ph.G2 <= 0 || len(ph.Terms) == 2 && inside[ph.Terms[0]+" "+ph.Terms[1]] >= ph.Count {
			continue
		}
		out = append(out, ph)
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

func newPhrase(terms []string, c *PhraseCount, g2 float64) Phrase {
	formCounts, speakers := c.Uses()
	forms := rankCounts(formCounts)
	ph := Phrase{Terms: terms, Count: c.Count, G2: g2}
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

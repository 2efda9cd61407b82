package analysis

import (
	"fmt"
	"sort"
	"strings"
)

// This file lets the external tests (package analysis_test) see and build
// a PhraseTally's counts, which are interned and unexported.

// PhraseUses returns the uses of the candidate with the key ("soviet
// union", terms joined by a space): its count, forms and speakers; n is 0
// where p has no such candidate.
func PhraseUses(p *PhraseTally, key string) (n int, forms, speakers map[string]int) {
	for k, c := range p.counts() {
		if p.keyString(k) == key {
			fc, sc := p.usesOf(k)
			return c, fc, sc
		}
	}
	return 0, nil, nil
}

// PhraseKeys returns the keys of p's candidates, sorted.
func PhraseKeys(p *PhraseTally) []string {
	var keys []string
	for k := range p.counts() {
		keys = append(keys, p.keyString(k))
	}
	sort.Strings(keys)
	return keys
}

// PairFirst returns the number of bigram positions whose first word has
// the term.
func PairFirst(p *PhraseTally, term string) int {
	if p.lex == nil {
		return 0
	}
	id, ok := p.lex.lookup(term)
	if !ok {
		return 0
	}
	return p.pairFirst[id]
}

// PhraseDump renders every count of p in a fixed order, so that two
// tallies with the same counts and different lexicons compare equal.
func PhraseDump(p *PhraseTally) string {
	var b strings.Builder
	fmt.Fprintf(&b, "pairs %d triples %d\n", p.Pairs, p.Triples)
	var lines []string
	if p.lex != nil {
		s := p.lex.String
		for t, n := range p.pairFirst {
			lines = append(lines, fmt.Sprintf("first %s %d", s(t), n))
		}
		for t, n := range p.pairLast {
			lines = append(lines, fmt.Sprintf("last %s %d", s(t), n))
		}
		for t, n := range p.tripleLast {
			lines = append(lines, fmt.Sprintf("tripleLast %s %d", s(t), n))
		}
		for h, n := range p.tripleHead {
			lines = append(lines, fmt.Sprintf("head %s %s %d", s(h[0]), s(h[1]), n))
		}
		for k, n := range p.counts() {
			forms, speakers := p.usesOf(k)
			lines = append(lines, fmt.Sprintf("cand %s %d %v %v", p.keyString(k), n, forms, speakers))
		}
	}
	sort.Strings(lines)
	b.WriteString(strings.Join(lines, "\n"))
	return b.String()
}

// HandPhrase is one candidate of a tally built by hand.
type HandPhrase struct {
	Key             string // terms joined by a space
	Count           int
	Forms, Speakers map[string]int
}

// HandPhraseTally builds a tally from its counts, keyed by strings as in
// PhraseDump.
func HandPhraseTally(pairs, triples int, pairFirst, pairLast, tripleHead, tripleLast map[string]int, cands []HandPhrase) *PhraseTally {
	p := &PhraseTally{Pairs: pairs, Triples: triples}
	p.init()
	id := p.lex.ID
	for t, n := range pairFirst {
		p.pairFirst[id(t)] = n
	}
	for t, n := range pairLast {
		p.pairLast[id(t)] = n
	}
	for t, n := range tripleLast {
		p.tripleLast[id(t)] = n
	}
	for h, n := range tripleHead {
		w := strings.Fields(h)
		p.tripleHead[[2]uint32{id(w[0]), id(w[1])}] = n
	}
	key := func(s string) phraseKey {
		k := phraseKey{noWord, noWord, noWord}
		for i, w := range strings.Fields(s) {
			k[i] = id(w)
		}
		return k
	}
	for _, hc := range cands {
		k := key(hc.Key)
		c := phraseCount{n: uint32(hc.Count)}
		if hc.Forms == nil && hc.Speakers == nil {
			c.form, c.speaker = k, id("")
			p.cands[k] = c
			continue
		}
		c.spilled = true
		p.cands[k] = c
		for f, n := range hc.Forms {
			p.formUses[candForm{k, key(f)}] = n
		}
		for s, n := range hc.Speakers {
			p.speakerUses[candSpeaker{k, id(s)}] = n
		}
	}
	return p
}

// Quantile7 is quantile7, for the tests.
var Quantile7 = quantile7

package analysis

import (
	"math"
	"reflect"
	"testing"
)

// twoSpeakers builds a tally by hand: ann says "ship" 6 times and "cat"
// once in 20 words; bob says "cat" 5 times and "ship" once in 30 words.
func twoSpeakers() *Tally {
	lex := NewLexicon()
	sp := func(id string, words int, terms map[string]int) *SpeakerTally {
		s := newSpeakerTally(lex, id, id, 1)
		s.Words = words
		for w, n := range terms {
			if n > 1 {
				addTerm(s, w, w+"s", n-1)
			}
			addTerm(s, w, w, 1)
		}
		return s
	}
	return &Tally{Words: 50, lex: lex, Speakers: map[string]*SpeakerTally{
		"ann": sp("ann", 20, map[string]int{"ship": 6, "cat": 1, "sea": 2}),
		"bob": sp("bob", 30, map[string]int{"cat": 5, "ship": 1, "dog": 1}),
	}}
}

func TestSpeakerKeywords(t *testing.T) {
	ks := twoSpeakers().SpeakerKeywords(KeywordOptions{MinFreq: 1})
	var got []string
	for _, k := range ks {
		got = append(got, k.Target+":"+k.Term)
	}
	// Speakers in the order of the speaker table (bob has more words);
	// bob's "dog" (1 use) is kept, p unlimited since MaxP is 0.
	want := []string{"bob:cat", "bob:dog", "ann:ship", "ann:sea"}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("keywords %v, want %v", got, want)
	}
	k := ks[2]
	if k.A != 6 || k.B != 1 || k.C != 20 || k.D != 30 {
		t.Errorf("ship counts a b c d = %d %d %d %d, want 6 1 20 30", k.A, k.B, k.C, k.D)
	}
	if want := NewKeyness(6, 1, 20, 30); k.Keyness != want {
		t.Errorf("ship keyness %+v, want %+v", k.Keyness, want)
	}
	if k.Form != "ships" || !reflect.DeepEqual(k.Forms, []string{"ship"}) {
		t.Errorf("ship forms %q %q, want ships [ship]", k.Form, k.Forms)
	}
	// Both speakers use "ship": idf = log10(2/2) = 0. Only ann says "sea".
	if k.TFIDF != 0 || math.Abs(ks[3].TFIDF-2*math.Log10(2)) > 1e-12 {
		t.Errorf("tf-idf ship %v, sea %v", k.TFIDF, ks[3].TFIDF)
	}
}

func TestSpeakerKeywordsOptions(t *testing.T) {
	tl := twoSpeakers()
	if ks := tl.SpeakerKeywords(KeywordOptions{MinFreq: 2}); len(ks) != 3 {
		t.Errorf("MinFreq 2: %d keywords, want 3 (dog dropped)", len(ks))
	}
	for _, k := range tl.SpeakerKeywords(KeywordOptions{MaxP: 0.05}) {
		if k.P > 0.05 {
			t.Errorf("MaxP 0.05 kept %s with p %.3f", k.Term, k.P)
		}
	}
	if ks := tl.SpeakerKeywords(KeywordOptions{Top: 1}); len(ks) != 2 || ks[0].Term != "cat" || ks[1].Term != "ship" {
		t.Errorf("Top 1: %+v", ks)
	}
	neg := tl.SpeakerKeywords(KeywordOptions{Negative: true, Top: 1})
	if len(neg) != 2 || neg[0].Target != "bob" || neg[0].Term != "ship" || neg[0].G2 >= 0 || neg[0].A != 1 {
		t.Errorf("Negative: %+v, want bob's ship first with G² < 0", neg)
	}
	if neg[1].Target != "ann" || neg[1].Term != "cat" {
		t.Errorf("Negative: ann's least used should be cat, got %+v", neg[1])
	}
	one := &Tally{Speakers: map[string]*SpeakerTally{"ann": twoSpeakers().Speakers["ann"]}}
	if ks := one.SpeakerKeywords(KeywordOptions{}); ks != nil {
		t.Errorf("one speaker has no one to compare with: %+v", ks)
	}
}

func TestDocumentKeywords(t *testing.T) {
	a, b := twoSpeakers(), twoSpeakers()
	sea, _ := b.lex.lookup("sea")
	delete(b.Speakers["ann"].terms, sea)
	ks := DocumentKeywords([]string{"a.txt", "b.txt"}, []*Tally{a, b}, KeywordOptions{})
	if len(ks) == 0 || ks[0].Target != "a.txt" || ks[0].Term != "sea" || ks[0].A != 2 || ks[0].B != 0 || ks[0].C != 50 || ks[0].D != 50 {
		t.Errorf("document keywords %+v, want a.txt's sea 2/0 of 50/50", ks)
	}
}

func TestSpeakerKeywordsByTFIDF(t *testing.T) {
	ks := twoSpeakers().SpeakerKeywords(KeywordOptions{ByTFIDF: true, MinFreq: 1})
	var got []string
	for _, k := range ks {
		got = append(got, k.Target+":"+k.Term)
	}
	// ann's "sea" (idf log10 2) outranks "ship", used by both (idf 0).
	want := []string{"bob:dog", "bob:cat", "ann:sea", "ann:ship"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("by tf-idf %v, want %v", got, want)
	}
}

// addTerm counts n uses of term by s, in the word form.
func addTerm(s *SpeakerTally, term, form string, n int) {
	t := s.lex.ID(term)
	s.terms[t] += uint32(n)
	s.forms[s.lex.pair(t, s.lex.ID(form))] += uint32(n)
}

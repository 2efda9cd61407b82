package analysis_test

import (
	"context"
	"flag"
	"fmt"
	"math"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"parley/analysis"
	"parley/corpus"
	"parley/corpus/record"
	"parley/stages"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

func g2Near(a, b, tol float64) bool { return math.Abs(a-b) <= tol }

// phraseByForm returns the phrase with the given form, and whether there
// is one.
func phraseByForm(phrases []analysis.Phrase, form string) (analysis.Phrase, bool) {
	for _, ph := range phrases {
		if ph.Form == form {
			return ph, true
		}
	}
	return analysis.Phrase{}, false
}

// TestPhraseG2ByHand counts a tiny record with six bigram positions, one
// per sentence: "soviet union" twice, "soviet people", "trade union",
// "trade talks", "british people". With w1 = soviet and w2 = union,
// a = 2 (soviet union), b = 1 (union after another word), c = 3 (soviet
// first), d = 3 (another word first), N = 6; every expected cell is
// 3·3/6 = 1.5, so
//
//	G² = 2(2 ln(2/1.5) + 1 ln(1/1.5) + 1 ln(1/1.5) + 2 ln(2/1.5))
//	   = 8 ln(4/3) + 4 ln(2/3) = 2.301457 - 1.621860 = 0.679596,
//
// positive since union follows soviet in 2 of 3 positions and other words
// in 1 of 3.
func TestPhraseG2ByHand(t *testing.T) {
	src := "Attendants: Ann.\n" +
		"ANN says that, Soviet Union. Soviet Union. Soviet people. Trade union. Trade talks. British people.\n"
	p := analysis.CountPhrases(annotated(t, "tiny.txt", []byte(src)))
	if p.Pairs != 6 || p.Triples != 0 {
		t.Fatalf("pairs, triples = %d %d, want 6 0", p.Pairs, p.Triples)
	}
	// Of the five pairs, "soviet people" and "trade union" meet less often
	// than chance (G² < 0) and are no keyphrases.
	phrases := p.Phrases(analysis.PhraseOptions{MinFreq: 1})
	var forms []string
	for _, ph := range phrases {
		forms = append(forms, ph.Form)
	}
	if strings.Join(forms, ",") != "british people,trade talks,soviet union" {
		t.Errorf("phrases seen once or more: %q, want british people, trade talks, soviet union", forms)
	}
	ph, ok := phraseByForm(phrases, "soviet union")
	if !ok {
		t.Fatalf("no soviet union in %+v", phrases)
	}
	if ph.Count != 2 || !reflect.DeepEqual(ph.Terms, []string{"soviet", "union"}) {
		t.Errorf("soviet union: count %d terms %q, want 2 [soviet union]", ph.Count, ph.Terms)
	}
	if want := 8*math.Log(4.0/3) + 4*math.Log(2.0/3); !g2Near(ph.G2, want, 1e-9) || !g2Near(ph.G2, 0.679596, 1e-6) {
		t.Errorf("soviet union: G2 = %.6f, want %.6f", ph.G2, want)
	}
	// The default MinFreq of 2 leaves only the phrase seen twice.
	if def := p.Phrases(analysis.PhraseOptions{}); len(def) != 1 || def[0].Form != "soviet union" {
		t.Errorf("default options: %+v, want soviet union alone", def)
	}
}

// TestPhraseG2Trigram scores a trigram from a tally made by hand: 6
// trigram positions, 2 start with "member of", 3 end with parliament, 2
// are "members of parliament". a = 2, b = 1, c = 2, d = 4; expected
// cells 1, 2, 1, 2; G² = 2(2 ln 2 + ln(1/2) + 0 + 3 ln(3/2)) = 3.819085.
func TestPhraseG2Trigram(t *testing.T) {
	p := analysis.HandPhraseTally(0, 6, nil, nil,
		map[string]int{"member of": 2, "trade with": 4},
		map[string]int{"parliament": 3, "britain": 3},
		[]analysis.HandPhrase{
			{Key: "member of parliament", Count: 2, Forms: map[string]int{"members of parliament": 2}, Speakers: map[string]int{"lee": 1, "bing": 1}},
		})
	got := p.Phrases(analysis.PhraseOptions{})
	want := []analysis.Phrase{{
		Terms: []string{"member", "of", "parliament"}, Form: "members of parliament", Count: 2,
		Speakers: []analysis.PhraseSpeaker{{ID: "bing", Count: 1}, {ID: "lee", Count: 1}},
	}}
	if len(got) != 1 || !g2Near(got[0].G2, 3.819085, 1e-6) {
		t.Fatalf("phrases = %+v, want one with G2 3.819085", got)
	}
	got[0].G2 = 0
	if !reflect.DeepEqual(got, want) {
		t.Errorf("phrases = %+v\nwant %+v", got, want)
	}
}

// TestPhraseBoundaries shows that no phrase crosses a footnote marker,
// punctuation, a stage direction, an elision, an editorial insertion, a
// cue or a blank line: "Soviet" and "Union" stand side by side in every
// sentence, always with one of these between them, while "union policy"
// runs freely.
func TestPhraseBoundaries(t *testing.T) {
	src := "Attendants: Ann and Bob.\n" +
		"ANN says that, the Soviet[footnoteRef:1] Union policy is clear. [1: Soviet Union policy, a note.]\n" +
		"BOB answers that, the Soviet. Union policy is clear; the Soviet, Union policy (delegates smile) Soviet (smiling) Union policy.\n" +
		"Bob adds that the Soviet\n" +
		"Bob says that, Union policy is the Soviet\n" +
		"\n" +
		"Union policy. Soviet […] Union policy [signature] Soviet\n" +
		"ANN answers that, Union policy. The Anglo-Soviet Union policy.\n"
	d := annotated(t, "boundaries.txt", []byte(src))
	p := analysis.CountPhrases(d)
	for _, k := range analysis.PhraseKeys(p) {
		// A hyphenated compound's parts are words, but no phrase's.
		if strings.Contains(k, "soviet") || strings.Contains(k, "anglo") {
			t.Errorf("phrase %q crosses a boundary", k)
		}
	}
	if n, _, _ := analysis.PhraseUses(p, "union polici"); n != 9 {
		t.Errorf("union policy: %d uses, want 9", n)
	}
	if _, _, speakers := analysis.PhraseUses(p, "union polici"); !reflect.DeepEqual(speakers, map[string]int{"ann": 3, "bob": 6}) {
		t.Errorf("union policy speakers: %v, want ann 3, bob 6", speakers)
	}
	if n := analysis.PairFirst(p, "soviet"); n != 0 {
		t.Errorf("%d bigram positions start with soviet, want 0", n)
	}
}

// TestPhraseSpeechSpans builds a document by hand: the same words in one
// Speech span make a phrase, split between two utterances' spans they do
// not, though only a space lies between.
func TestPhraseSpeechSpans(t *testing.T) {
	src := "labour party labour party"
	toks := []corpus.Token{
		{Span: corpus.Span{Start: 0, End: 6}, Text: "labour", Word: true, Norm: "labour", Term: "labour"},
		{Span: corpus.Span{Start: 7, End: 12}, Text: "party", Word: true, Norm: "party", Term: "parti"},
		{Span: corpus.Span{Start: 13, End: 19}, Text: "labour", Word: true, Norm: "labour", Term: "labour"},
		{Span: corpus.Span{Start: 20, End: 25}, Text: "party", Word: true, Norm: "party", Term: "parti"},
	}
	one := &corpus.Document{Source: src, Turns: []corpus.Turn{{
		Index: 1, Speaker: "lee", Tokens: toks,
		Utterances: []corpus.Utterance{{Speech: []corpus.Span{{Start: 0, End: 25}}}},
	}}}
	if n, _, _ := analysis.PhraseUses(analysis.CountPhrases(one), "labour parti"); n != 2 {
		t.Errorf("one span: labour party %d uses, want 2", n)
	}
	if n, _, _ := analysis.PhraseUses(analysis.CountPhrases(one), "parti labour"); n != 1 {
		t.Errorf("one span: party labour %d uses, want 1", n)
	}
	split := &corpus.Document{Source: src, Turns: []corpus.Turn{{
		Index: 1, Speaker: "lee", Tokens: toks,
		Utterances: []corpus.Utterance{
			{Speech: []corpus.Span{{Start: 0, End: 9}, {Start: 9, End: 12}}},
			{Speech: []corpus.Span{{Start: 13, End: 25}}},
		},
	}}}
	p := analysis.CountPhrases(split)
	if keys := analysis.PhraseKeys(p); p.Pairs != 1 || !reflect.DeepEqual(keys, []string{"labour parti"}) {
		t.Errorf("split spans: %d pairs, bigrams %v, want only one labour party", p.Pairs, keys)
	}
	if n, _, _ := analysis.PhraseUses(p, "labour parti"); n != 1 {
		t.Errorf("split spans: labour party %d uses, want 1", n)
	}
}

// TestPhrasesSample checks the 1947 record against what a historian of it
// expects to surface.
func TestPhrasesSample(t *testing.T) {
	p := analysis.CountPhrases(sample(t))
	phrases := p.Phrases(analysis.PhraseOptions{})
	top := map[string]bool{}
	for _, ph := range phrases[:min(10, len(phrases))] {
		top[ph.Form] = true
	}
	for _, f := range []string{"soviet union", "great britain", "united states", "labour party", "working class"} {
		if !top[f] {
			t.Errorf("%q is not among the top 10 phrases", f)
		}
	}
	for _, f := range []string{"british government", "commercial treaty", "communist parties", "economic crisis",
		"united nations", "east european countries", "raw materials", "british working class"} {
		if _, ok := phraseByForm(phrases, f); !ok {
			t.Errorf("%q is not among the phrases", f)
		}
	}
	su, _ := phraseByForm(phrases, "soviet union")
	want := analysis.Phrase{
		Terms: []string{"soviet", "union"}, Form: "soviet union", Forms: []string{"soviet union's"}, Count: 30,
		Speakers: []analysis.PhraseSpeaker{{"stalin", 19}, {"lee", 4}, {"zilliacus", 3}, {"bing", 2}, {"parkin", 2}},
	}
	su.G2 = 0
	if !reflect.DeepEqual(su, want) {
		t.Errorf("soviet union = %+v\nwant %+v", su, want)
	}
	// "Keep Left group" is only in a footnote's body, which is no speech.
	if n, _, _ := analysis.PhraseUses(p, "keep left"); n != 0 {
		t.Errorf("keep left, from a footnote, counted as speech")
	}
	for i, ph := range phrases {
		uses := 0
		for _, s := range ph.Speakers {
			uses += s.Count
		}
		if ph.Count < 2 || uses != ph.Count || len(ph.Terms) < 2 || len(ph.Terms) > 3 ||
			len(strings.Fields(ph.Form)) != len(ph.Terms) || math.IsNaN(ph.G2) {
			t.Errorf("phrase %d: %+v", i, ph)
		}
		if i > 0 && phrases[i-1].G2 < ph.G2 {
			t.Errorf("phrase %d (%s, %.3f) ranks after a weaker one (%s, %.3f)", i, ph.Form, ph.G2, phrases[i-1].Form, phrases[i-1].G2)
		}
	}
	if again := analysis.CountPhrases(sample(t)).Phrases(analysis.PhraseOptions{}); !reflect.DeepEqual(again, phrases) {
		t.Error("a second count of the sample ranks its phrases differently")
	}
	if got := p.Phrases(analysis.PhraseOptions{Top: 5}); !reflect.DeepEqual(got, phrases[:5]) {
		t.Errorf("Top 5 = %v, want the first five of all", got)
	}
	if got := p.Phrases(analysis.PhraseOptions{MinFreq: 2}); !reflect.DeepEqual(got, phrases) {
		t.Error("MinFreq 2 differs from the default")
	}
}

// TestPhrasesMergeParts splits the sample between turns: the merged
// tallies of the parts equal the whole's, and so does the ranking.
func TestPhrasesMergeParts(t *testing.T) {
	d := sample(t)
	whole := analysis.CountPhrases(d)
	for _, cut := range []int{1, 22, 43} {
		first, second := *d, *d
		first.Turns, second.Turns = d.Turns[:cut], d.Turns[cut:]
		var m analysis.PhraseTally
		m.Merge(analysis.CountPhrases(&first))
		m.Merge(analysis.CountPhrases(&second))
		if analysis.PhraseDump(&m) != analysis.PhraseDump(whole) {
			t.Errorf("cut at %d: merged tally differs from the whole's", cut)
		}
		if !reflect.DeepEqual(m.Phrases(analysis.PhraseOptions{}), whole.Phrases(analysis.PhraseOptions{})) {
			t.Errorf("cut at %d: merged ranking differs from the whole's", cut)
		}
	}
}

// TestPhrasesMergeDocuments merges the tallies of two records and compares
// them with one record holding both conversations.
func TestPhrasesMergeDocuments(t *testing.T) {
	const header = "Attendants: Ann, Bob and Cy.\n"
	a := "ANN says that, the Soviet Union wants trade. The Soviet Union wants a trade agreement.\n" +
		"BOB answers that, a trade agreement helps the working class. Great Britain needs trade.\n"
	b := "CY says that, Great Britain and the Soviet Union need a trade agreement.\n" +
		"BOB answers that, the working class of Great Britain wants peace.\n"
	var m analysis.PhraseTally
	m.Merge(analysis.CountPhrases(annotated(t, "a.txt", []byte(header+a))))
	m.Merge(analysis.CountPhrases(annotated(t, "b.txt", []byte(header+b))))
	both := analysis.CountPhrases(annotated(t, "both.txt", []byte(header+a+b)))
	if got, want := analysis.PhraseDump(&m), analysis.PhraseDump(both); got != want {
		t.Errorf("merged tally\n%s\nwant\n%s", got, want)
	}
	got, want := m.Phrases(analysis.PhraseOptions{}), both.Phrases(analysis.PhraseOptions{})
	if !reflect.DeepEqual(got, want) {
		t.Errorf("merged ranking\n%+v\nwant\n%+v", got, want)
	}
	ta, ok := phraseByForm(got, "trade agreement")
	if !ok || ta.Count != 3 || !reflect.DeepEqual(ta.Speakers, []analysis.PhraseSpeaker{{"ann", 1}, {"bob", 1}, {"cy", 1}}) {
		t.Errorf("trade agreement = %+v, want 3 uses, one each", ta)
	}
}

// TestPhraseMergeZero merges into zero values and nil maps, merges nil,
// and checks that the result shares nothing with its sources.
func TestPhraseMergeZero(t *testing.T) {
	src := analysis.CountPhrases(sample(t))
	want := analysis.CountPhrases(sample(t))
	var z analysis.PhraseTally
	z.Merge(src)
	z.Merge(&analysis.PhraseTally{})
	z.Merge(nil)
	if analysis.PhraseDump(&z) != analysis.PhraseDump(want) {
		t.Error("zero value merged with a tally differs from it")
	}
	z.Merge(src)
	if analysis.PhraseDump(src) != analysis.PhraseDump(want) {
		t.Error("changing the merged tally changed its source")
	}
	var nilTally *analysis.PhraseTally
	nilTally.Merge(src)
	if nilTally.Phrases(analysis.PhraseOptions{}) != nil {
		t.Error("a nil tally has phrases")
	}
	odd := analysis.HandPhraseTally(0, 0, nil, nil, nil, nil, []analysis.HandPhrase{{Key: "a b"}, {Key: "c d", Count: 3}})
	odd.Merge(analysis.HandPhraseTally(0, 0, nil, nil, nil, nil, []analysis.HandPhrase{{Key: "a b", Count: 2}}))
	if n, _, _ := analysis.PhraseUses(odd, "a b"); n != 2 {
		t.Errorf("merge into an empty count: %d uses, want 2", n)
	}
	twice := analysis.CountPhrases(sample(t))
	twice.Merge(twice)
	n, _, speakers := analysis.PhraseUses(twice, "soviet union")
	if twice.Pairs != 2*want.Pairs || n != 60 || speakers["stalin"] != 38 {
		t.Errorf("self-merge: %d pairs, soviet union %d uses, speakers %v", twice.Pairs, n, speakers)
	}
}

// TestPhrasesOdd ranks tallies no document would give: counts that do
// not make a table, keys of the wrong length, empty documents.
func TestPhrasesOdd(t *testing.T) {
	p := analysis.HandPhraseTally(3, 0, map[string]int{"x": 1}, nil, nil, nil, []analysis.HandPhrase{
		{Key: "x y", Count: 5},   // more uses than positions
		{Key: "v w", Count: 2},   // no margins at all
		{Key: "a b c", Count: 9}, // nor here, among no trigram positions
	})
	// Tables that make no sense score 0, and a phrase without positive
	// association is no keyphrase.
	if got := p.Phrases(analysis.PhraseOptions{}); len(got) != 0 {
		t.Fatalf("phrases = %+v, want none", got)
	}
	if got := analysis.CountPhrases(nil).Phrases(analysis.PhraseOptions{}); got != nil {
		t.Errorf("nil document: %+v", got)
	}
	empty := analysis.CountPhrases(&corpus.Document{Turns: []corpus.Turn{{Tokens: []corpus.Token{
		{Span: corpus.Span{Start: 5, End: 2}, Word: true, Norm: "a", Term: "a"},
		{Span: corpus.Span{Start: 0, End: 9}, Word: true, Norm: "b", Term: "b"},
	}}}})
	if empty.Pairs != 0 {
		t.Errorf("tokens outside the source make %d pairs", empty.Pairs)
	}
}

// TestPhrasesGolden compares the top 30 phrases of the 1947 record with
// testdata/phrases.golden; go test -update rewrites it.
func TestPhrasesGolden(t *testing.T) {
	phrases := analysis.CountPhrases(sample(t)).Phrases(analysis.PhraseOptions{Top: 30})
	var b strings.Builder
	fmt.Fprintf(&b, "# Top 30 phrases of %s (MinFreq 2): rank, form, count, G², speakers; other forms\n", corpus.SampleName)
	for i, ph := range phrases {
		var sp []string
		for _, s := range ph.Speakers {
			sp = append(sp, fmt.Sprintf("%s:%d", s.ID, s.Count))
		}
		fmt.Fprintf(&b, "%2d  %-26s %3d %8.3f  %s", i+1, ph.Form, ph.Count, ph.G2, strings.Join(sp, " "))
		if len(ph.Forms) > 0 {
			fmt.Fprintf(&b, "; %s", strings.Join(ph.Forms, ", "))
		}
		b.WriteString("\n")
	}
	checkGolden(t, filepath.Join("testdata", "phrases.golden"), b.String())
}

// Phrases ranks the repeated word pairs and triples of a record by how
// strongly their words attract each other.
func ExamplePhraseTally_Phrases() {
	src := "Attendants: Ann and Bob.\n" +
		"ANN says that, the Labour Party wants a trade agreement.\n" +
		"BOB answers that, the Labour Party and the Soviet Union agree: a trade agreement helps both.\n" +
		"ANN says that, the Soviet Union trades with Great Britain.\n"
	d, err := record.ReadOne("talk.txt", []byte(src))
	if err != nil {
		fmt.Println(err)
		return
	}
	if err := stages.Default().Run(context.Background(), []*corpus.Document{d}); err != nil {
		fmt.Println(err)
		return
	}
	for _, ph := range analysis.CountPhrases(d).Phrases(analysis.PhraseOptions{}) {
		fmt.Printf("%-16s %d %6.3f %v\n", ph.Form, ph.Count, ph.G2, ph.Speakers)
	}
	// Output:
	// labour party     2 13.590 [{ann 1} {bob 1}]
	// soviet union     2 13.590 [{ann 1} {bob 1}]
	// trade agreement  2  9.771 [{ann 1} {bob 1}]
}

// BenchmarkPhrases counts and ranks the phrases of the tokenized sample.
func BenchmarkPhrases(b *testing.B) {
	d := sample(b)
	words := analysis.Count(d).Words
	var phrases []analysis.Phrase
	for b.Loop() {
		phrases = analysis.CountPhrases(d).Phrases(analysis.PhraseOptions{})
	}
	if len(phrases) < 30 || phrases[0].Form != "soviet union" || phrases[0].Count != 30 {
		b.Fatalf("%d phrases, first %+v; want soviet union, 30 uses, first of 30 or more", len(phrases), phrases[:min(1, len(phrases))])
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}

// TestPhrasesDropFragments checks that a pair used only inside a longer
// phrase is not listed beside it.
func TestPhrasesDropFragments(t *testing.T) {
	phrases := analysis.CountPhrases(sample(t)).Phrases(analysis.PhraseOptions{})
	for _, form := range []string{"british working class", "east european countries", "working class"} {
		if _, ok := phraseByForm(phrases, form); !ok {
			t.Errorf("%q missing", form)
		}
	}
	for _, form := range []string{"british working", "east european", "nine communist"} {
		if _, ok := phraseByForm(phrases, form); ok {
			t.Errorf("fragment %q listed", form)
		}
	}
}

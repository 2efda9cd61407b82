package analysis_test

import (
	"context"
	"fmt"
	"math"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"parley/analysis"
	"parley/corpus"
	"parley/corpus/record"
	"parley/stages"
)

// checkEpisodes checks what must hold of any segmentation of d: the
// episodes are numbered from 1, cover its turns in order without gap or
// overlap, and add up its words; their lines, speakers and keywords agree
// with their turns. what names the case in errors.
func checkEpisodes(t testing.TB, what string, d *corpus.Document, eps []analysis.Episode) {
	t.Helper()
	if len(d.Turns) == 0 {
		if eps != nil {
			t.Errorf("%s: no turns gives %d episodes, want nil", what, len(eps))
		}
		return
	}
	next, words := 0, 0 // next is the index into d.Turns of the next episode's first turn
	for i, e := range eps {
		if e.Index != i+1 {
			t.Errorf("%s: episode %d has Index %d", what, i+1, e.Index)
		}
		if next >= len(d.Turns) || e.FirstTurn != d.Turns[next].Index {
			t.Errorf("%s: episode %d starts at turn %d, want the turn after the previous episode", what, e.Index, e.FirstTurn)
			return
		}
		last := next
		for last < len(d.Turns) && d.Turns[last].Index != e.LastTurn {
			last++
		}
		if last == len(d.Turns) {
			t.Errorf("%s: episode %d ends at turn %d, not at or after its first", what, e.Index, e.LastTurn)
			return
		}
		turns := d.Turns[next : last+1]
		w, bySpeaker := 0, map[string]int{}
		for _, tr := range turns {
			w += tr.Words()
			bySpeaker[tr.Speaker] += tr.Words()
		}
		if e.Words != w {
			t.Errorf("%s: episode %d has %d words, its turns %d", what, e.Index, e.Words, w)
		}
		if e.FirstLine != turns[0].FirstLine || e.LastLine != turns[len(turns)-1].LastLine {
			t.Errorf("%s: episode %d lines %d-%d, its turns %d-%d", what, e.Index, e.FirstLine, e.LastLine, turns[0].FirstLine, turns[len(turns)-1].LastLine)
		}
		if len(e.Speakers) != len(bySpeaker) {
			t.Errorf("%s: episode %d has %d speakers, its turns %d", what, e.Index, len(e.Speakers), len(bySpeaker))
		}
		share := 0.0
		for j, s := range e.Speakers {
			share += s.Share
			if s.Words != bySpeaker[s.ID] {
				t.Errorf("%s: episode %d: %s has %d words, the turns say %d", what, e.Index, s.ID, s.Words, bySpeaker[s.ID])
			}
			if j > 0 {
				p := e.Speakers[j-1]
				if p.Words < s.Words || p.Words == s.Words && p.ID >= s.ID {
					t.Errorf("%s: episode %d: speakers out of order: %v", what, e.Index, e.Speakers)
				}
			}
		}
		if e.Words > 0 && math.Abs(share-1) > 1e-9 {
			t.Errorf("%s: episode %d: shares sum to %v", what, e.Index, share)
		}
		target := fmt.Sprintf("episode %d", e.Index)
		for j, k := range e.Keywords {
			if k.Target != target || k.G2 <= 0 || k.A < 2 || k.C != e.Words || k.A+k.B > 0 && k.Form == "" {
				t.Errorf("%s: episode %d: keyword %+v", what, e.Index, k)
			}
			if j > 0 && e.Keywords[j-1].G2 < k.G2 {
				t.Errorf("%s: episode %d: keywords not by G²", what, e.Index)
			}
		}
		words += w
		next = last + 1
	}
	if next != len(d.Turns) {
		t.Errorf("%s: episodes end before the last turn (%d of %d covered)", what, next, len(d.Turns))
	}
	for _, e := range eps {
		for _, k := range e.Keywords {
			if k.C+k.D != words {
				t.Errorf("%s: episode %d: keyword %s compares %d+%d words, the document has %d", what, e.Index, k.Term, k.C, k.D, words)
			}
		}
	}
}

// checkMinimum checks that every episode meets MinTurns and MinWords, as
// it must whenever the document has more than one episode.
func checkMinimum(t testing.TB, what string, eps []analysis.Episode, minTurns, minWords int) {
	t.Helper()
	if len(eps) < 2 {
		return
	}
	for _, e := range eps {
		if e.LastTurn-e.FirstTurn+1 < minTurns || e.Words < minWords {
			t.Errorf("%s: episode %d (turns %d-%d, %d words) is shorter than %d turns or %d words",
				what, e.Index, e.FirstTurn, e.LastTurn, e.Words, minTurns, minWords)
		}
	}
}

func hasKeyword(eps []analysis.Episode, terms ...string) bool {
	for _, e := range eps {
		for _, k := range e.Keywords {
			if slices.Contains(terms, k.Term) {
				return true
			}
		}
	}
	return false
}

// TestEpisodesSample checks the episodes of the 1947 record against what a
// reader of it sees: a handful of episodes, one on the treaty, one on
// the Comintern.
func TestEpisodesSample(t *testing.T) {
	d := sample(t)
	eps := analysis.Episodes(d, analysis.EpisodeOptions{})
	checkEpisodes(t, "sample", d, eps)
	checkMinimum(t, "sample", eps, 3, 150)
	if len(eps) < 4 || len(eps) > 10 {
		t.Fatalf("%d episodes, want 4 to 10", len(eps))
	}
	if eps[0].FirstTurn != 1 || eps[len(eps)-1].LastTurn != 44 {
		t.Errorf("episodes span turns %d-%d, want 1-44", eps[0].FirstTurn, eps[len(eps)-1].LastTurn)
	}
	if !hasKeyword(eps, "comintern") {
		t.Error("no episode has the keyword comintern")
	}
	if !hasKeyword(eps, "treati", "agreement") {
		t.Error("no episode has the keyword treaty or agreement")
	}
	for _, e := range eps {
		if len(e.Keywords) != 6 {
			t.Errorf("episode %d has %d keywords, want the default 6", e.Index, len(e.Keywords))
		}
	}
	// Nothing in the result may depend on map order.
	for range 3 {
		if again := analysis.Episodes(d, analysis.EpisodeOptions{}); !reflect.DeepEqual(again, eps) {
			t.Fatal("a second run gives other episodes")
		}
	}
}

// episodeTable formats episodes as testdata/episodes.golden has them.
func episodeTable(eps []analysis.Episode) string {
	var b strings.Builder
	fmt.Fprintf(&b, "# Episodes of %s (default options): episode, turns, lines, words; speakers (share of words); keywords (G²)\n", corpus.SampleName)
	for _, e := range eps {
		var sp, kw []string
		for _, s := range e.Speakers {
			sp = append(sp, fmt.Sprintf("%s %.1f%%", s.ID, 100*s.Share))
		}
		for _, k := range e.Keywords {
			kw = append(kw, fmt.Sprintf("%s %.2f", k.Form, k.G2))
		}
		fmt.Fprintf(&b, "%d  turns %2d-%-2d  lines %2d-%-2d  %4d words\n    %s\n    %s\n",
			e.Index, e.FirstTurn, e.LastTurn, e.FirstLine, e.LastLine, e.Words, strings.Join(sp, ", "), strings.Join(kw, ", "))
	}
	return b.String()
}

// TestEpisodesGolden compares the episodes of the 1947 record with
// testdata/episodes.golden; go test -update rewrites it.
func TestEpisodesGolden(t *testing.T) {
	checkGolden(t, filepath.Join("testdata", "episodes.golden"), episodeTable(analysis.Episodes(sample(t), analysis.EpisodeOptions{})))
}

var (
	catWords  = strings.Fields("cat kitten whiskers purr mouse milk fur claws tail paws litter meow")
	shipWords = strings.Fields("ship sails harbour anchor mast deck crew captain port hull voyage waves")
)

// topicRecord returns a record of len(topics) turns, Ann and Bob in turn;
// turn i speaks 30 words of topics[i], in an order that varies from turn
// to turn, with "weather" every tenth word whatever the topic.
func topicRecord(topics ...[]string) string {
	var b strings.Builder
	b.WriteString("Attendants: Ann and Bob.\n")
	for i, words := range topics {
		b.WriteString([]string{"ANN says that, ", "BOB answers that, "}[i%2])
		for j := range 30 {
			w := words[(i*5+j*7)%len(words)]
			if j%10 == 9 {
				w = "weather"
			}
			b.WriteString(w)
			b.WriteString(" ")
		}
		b.WriteString("the end.\n")
	}
	return b.String()
}

// TestEpisodesTwoTopics splits a talk whose first half is all about cats
// and second half all about ships between the halves.
func TestEpisodesTwoTopics(t *testing.T) {
	var topics [][]string
	for range 6 {
		topics = append(topics, catWords)
	}
	for range 6 {
		topics = append(topics, shipWords)
	}
	d := annotated(t, "topics.txt", []byte(topicRecord(topics...)))
	eps := analysis.Episodes(d, analysis.EpisodeOptions{})
	checkEpisodes(t, "two topics", d, eps)
	if len(eps) != 2 || eps[0].LastTurn != 6 || eps[1].FirstTurn != 7 {
		t.Fatalf("episodes %s, want turns 1-6 and 7-12", turnRanges(eps))
	}
	for i, vocab := range [][]string{catWords, shipWords} {
		e := eps[i]
		if len(e.Keywords) == 0 {
			t.Errorf("episode %d has no keywords", e.Index)
		}
		for _, k := range e.Keywords {
			if !slices.Contains(vocab, k.Form) {
				t.Errorf("episode %d has keyword %q, not of its topic", e.Index, k.Form)
			}
		}
		if len(e.Speakers) != 2 || e.Speakers[0].ID != "ann" || e.Speakers[0].Words != e.Speakers[1].Words {
			t.Errorf("episode %d speakers %+v, want ann and bob with equal words", e.Index, e.Speakers)
		}
	}
}

// TestEpisodesThreeTopics finds a topic in the middle too, though one
// turn about ships mentions birds.
func TestEpisodesThreeTopics(t *testing.T) {
	birdWords := strings.Fields("bird feather nest wing beak song egg flight sparrow robin perch flock")
	var topics [][]string
	for i := range 18 {
		switch {
		case i < 6:
			topics = append(topics, catWords)
		case i < 12:
			topics = append(topics, birdWords)
		default:
			topics = append(topics, shipWords)
		}
	}
	topics[14] = append(slices.Clone(birdWords[:4]), shipWords...)
	d := annotated(t, "topics.txt", []byte(topicRecord(topics...)))
	eps := analysis.Episodes(d, analysis.EpisodeOptions{})
	checkEpisodes(t, "three topics", d, eps)
	if got := turnRanges(eps); got != "1-6 7-12 13-18" {
		t.Errorf("episodes %s, want 1-6 7-12 13-18", got)
	}
}

// TestEpisodesMerge has two turns about birds between six about cats and
// six about ships: an episode of their own, if short ones may stand, else
// part of the neighbour whose words they share.
func TestEpisodesMerge(t *testing.T) {
	birdWords := strings.Fields("bird feather nest wing beak song egg flight sparrow robin perch flock")
	for _, c := range []struct {
		shared []string
		want   string
	}{
		{catWords[:6], "1-8 9-14"},
		{shipWords[:6], "1-6 7-14"},
	} {
		var topics [][]string
		for range 6 {
			topics = append(topics, catWords)
		}
		for range 2 {
			topics = append(topics, append(slices.Clone(birdWords), c.shared...))
		}
		for range 6 {
			topics = append(topics, shipWords)
		}
		d := annotated(t, "topics.txt", []byte(topicRecord(topics...)))
		what := "birds with " + c.shared[0]
		// Blocks of 30 terms, a turn's worth, see the two turns apart.
		eps := analysis.Episodes(d, analysis.EpisodeOptions{Window: 10, Block: 3, MinTurns: 1, MinWords: 1})
		checkEpisodes(t, what, d, eps)
		if got := turnRanges(eps); !strings.Contains(" "+got+" ", " 7-8 ") {
			t.Errorf("%s, short episodes allowed: %s, want one of turns 7-8", what, got)
		}
		eps = analysis.Episodes(d, analysis.EpisodeOptions{Window: 10, Block: 3})
		checkEpisodes(t, what, d, eps)
		if got := turnRanges(eps); got != c.want {
			t.Errorf("%s: %s, want %s", what, got, c.want)
		}
	}
}

func turnRanges(eps []analysis.Episode) string {
	var s []string
	for _, e := range eps {
		s = append(s, fmt.Sprintf("%d-%d", e.FirstTurn, e.LastTurn))
	}
	return strings.Join(s, " ")
}

// TestEpisodesSmall checks documents too small to tile: one episode of
// all their turns, without keywords (there is nothing to compare it
// with); no turns, no episodes.
func TestEpisodesSmall(t *testing.T) {
	tiny := annotated(t, "tiny.txt", []byte("Attendants: Ann and Bob.\n"+
		"ANN says that, the cat sat on the mat.\n"+
		"BOB answers that, the cat didn’t.\n"+
		"Ann says that, it did; the mat is the cat’s.\n"))
	eps := analysis.Episodes(tiny, analysis.EpisodeOptions{})
	checkEpisodes(t, "tiny", tiny, eps)
	want := []analysis.Episode{{
		Index: 1, FirstTurn: 1, LastTurn: 3, FirstLine: 2, LastLine: 4, Words: 16,
		Speakers: []analysis.EpisodeSpeaker{{ID: "ann", Words: 13, Share: 13.0 / 16}, {ID: "bob", Words: 3, Share: 3.0 / 16}},
	}}
	if !reflect.DeepEqual(eps, want) {
		t.Errorf("tiny:\n got %+v\nwant %+v", eps, want)
	}

	// Untokenized turns have no words and no terms.
	bare := &corpus.Document{Turns: []corpus.Turn{{Index: 1, Speaker: "ann", FirstLine: 3, LastLine: 3}, {Index: 2, Speaker: "bob", FirstLine: 4, LastLine: 5}}}
	eps = analysis.Episodes(bare, analysis.EpisodeOptions{})
	checkEpisodes(t, "bare", bare, eps)
	if len(eps) != 1 || eps[0].Words != 0 || eps[0].Speakers[0].Share != 0 {
		t.Errorf("bare: %+v, want one episode of no words", eps)
	}

	for _, d := range []*corpus.Document{nil, {}, {Name: "empty.txt", Turns: []corpus.Turn{}}} {
		if eps := analysis.Episodes(d, analysis.EpisodeOptions{}); eps != nil {
			t.Errorf("Episodes(%+v) = %+v, want nil", d, eps)
		}
	}
}

// TestEpisodesOptions runs the 1947 record with options from the
// sensible to the absurd: the episodes always cover the turns, and merging
// always leaves them long enough.
func TestEpisodesOptions(t *testing.T) {
	d := sample(t)
	for _, opt := range []analysis.EpisodeOptions{
		{Window: 10, Block: 3},
		{Window: 1, Block: 1},
		{Window: 1, Block: 1, MinTurns: 1, MinWords: 1},
		{Window: 30, Block: 8, MinTurns: 5, MinWords: 400, Keywords: 2},
		{Window: -5, Block: -1, MinTurns: -3, MinWords: -150, Keywords: -6},
		{Window: 2000, Block: 1},
		{Window: math.MaxInt, Block: math.MaxInt, MinTurns: math.MaxInt, MinWords: math.MaxInt, Keywords: math.MaxInt},
		{MinWords: 5000},
	} {
		what := fmt.Sprintf("%+v", opt)
		eps := analysis.Episodes(d, opt)
		checkEpisodes(t, what, d, eps)
		minTurns, minWords := max(opt.MinTurns, 0), max(opt.MinWords, 0)
		if minTurns == 0 {
			minTurns = 3
		}
		if minWords == 0 {
			minWords = 150
		}
		checkMinimum(t, what, eps, minTurns, minWords)
		if opt.Keywords > 0 {
			for _, e := range eps {
				if len(e.Keywords) > opt.Keywords {
					t.Errorf("%s: episode %d has %d keywords", what, e.Index, len(e.Keywords))
				}
			}
		}
	}
	if eps := analysis.Episodes(d, analysis.EpisodeOptions{MinWords: 5000}); len(eps) != 1 {
		t.Errorf("MinWords 5000: %d episodes, want 1", len(eps))
	}
	if eps := analysis.Episodes(d, analysis.EpisodeOptions{Window: 1000}); len(eps) != 1 {
		t.Errorf("Window 1000: %d episodes, want 1 (too few pseudo-sentences for two blocks)", len(eps))
	}
}

// Episodes finds where a conversation changes topic and what each part is
// about.
func ExampleEpisodes() {
	var b strings.Builder
	b.WriteString("Attendants: Ann and Bob.\n")
	for i := range 12 {
		speech := "The cat chased a mouse; the kitten drank milk and purred by the fire. "
		if i >= 6 {
			speech = "The ship left the harbour; the crew raised the sails and the anchor. "
		}
		fmt.Fprintf(&b, "%s says that, %s\n", []string{"ANN", "BOB"}[i%2], strings.Repeat(speech, 3))
	}
	d, err := record.ReadOne("talk.txt", []byte(b.String()))
	if err != nil {
		fmt.Println(err)
		return
	}
	if err := stages.Default().Run(context.Background(), []*corpus.Document{d}); err != nil {
		fmt.Println(err)
		return
	}
	for _, e := range analysis.Episodes(d, analysis.EpisodeOptions{Keywords: 3}) {
		fmt.Printf("episode %d: turns %d-%d, lines %d-%d, %d words;", e.Index, e.FirstTurn, e.LastTurn, e.FirstLine, e.LastLine, e.Words)
		for _, k := range e.Keywords {
			fmt.Printf(" %s", k.Form)
		}
		fmt.Println()
	}
	// Output:
	// episode 1: turns 1-6, lines 2-7, 252 words; cat chased drank
	// episode 2: turns 7-12, lines 8-13, 234 words; anchor crew harbour
}

// BenchmarkEpisodes segments the tokenized sample.
func BenchmarkEpisodes(b *testing.B) {
	d := sample(b)
	var eps []analysis.Episode
	for b.Loop() {
		eps = analysis.Episodes(d, analysis.EpisodeOptions{})
	}
	checkEpisodes(b, "sample", d, eps)
	if len(eps) < 4 || len(eps) > 10 || !hasKeyword(eps, "comintern") {
		b.Fatalf("episodes %s, want 4 to 10, one with the keyword comintern", turnRanges(eps))
	}
	b.ReportMetric(float64(analysis.Count(d).Words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}

// TestCountsCancelled checks that the long counts stop on a done context
// with its error, and count in full on a live one.
func TestCountsCancelled(t *testing.T) {
	d := sample(t)
	ctx, cancel := context.WithCancel(context.Background())
	if eps, err := analysis.EpisodesContext(ctx, d, analysis.EpisodeOptions{}); err != nil || len(eps) < 4 {
		t.Errorf("live context: %d episodes, %v", len(eps), err)
	}
	cancel()
	if eps, err := analysis.EpisodesContext(ctx, d, analysis.EpisodeOptions{}); err != context.Canceled || eps != nil {
		t.Errorf("done context: %d episodes, %v; want none and context.Canceled", len(eps), err)
	}
	var p analysis.PhraseTally
	if err := p.AddContext(ctx, d); err != context.Canceled {
		t.Errorf("phrases on a done context: %v", err)
	}
	if err := p.AddContext(context.Background(), d); err != nil {
		t.Errorf("phrases on a live context: %v", err)
	}
}

package analysis_test

import (
	"math"
	"testing"

	"parley/analysis"
)

func TestShareIntervals(t *testing.T) {
	d := sample(t)
	var s analysis.ShareSample
	s.Add(d)
	iv, r := s.Intervals(analysis.BootstrapOptions{})
	if r != 1000 {
		t.Errorf("%d resamples, want 1000", r)
	}
	tally := analysis.Count(d)
	for _, row := range tally.SpeakerTable() {
		i, ok := iv[row.ID]
		if !ok || !(i.Low <= row.Share && row.Share <= i.High) || i.High-i.Low <= 0 {
			t.Errorf("%s: share %.4f, interval %+v", row.Name, row.Share, i)
		}
	}
	// Stalin's 2,203 words of 4,062 in 18 long turns of 44: an interval
	// of 0.265 to 0.760; R's sample() over turns.csv, 5,000 resamples,
	// gives 0.264 to 0.763.
	if st := iv["stalin"]; math.Abs(st.Low-0.264) > 0.01 || math.Abs(st.High-0.763) > 0.01 {
		t.Errorf("Stalin's interval %+v", st)
	}
	again, _ := s.Intervals(analysis.BootstrapOptions{})
	if again["stalin"] != iv["stalin"] {
		t.Errorf("not deterministic: %+v, then %+v", iv["stalin"], again["stalin"])
	}
	other, _ := s.Intervals(analysis.BootstrapOptions{Seed: 2})
	if other["stalin"] == iv["stalin"] {
		t.Errorf("the seed changes nothing")
	}
	// Out of the shares: no interval, and the others' shares of the rest.
	none, _ := s.Intervals(analysis.BootstrapOptions{InShares: func(id string) bool { return id != "stalin" }})
	// R gives Zilliacus 0.106 to 0.717 of the words but Stalin's.
	if _, ok := none["stalin"]; ok || math.Abs(none["zilliacus"].Low-0.106) > 0.015 || math.Abs(none["zilliacus"].High-0.717) > 0.015 {
		t.Errorf("without Stalin: %+v", none)
	}
	// Merged samples are the sum of their documents.
	var m analysis.ShareSample
	m.Merge(&s)
	if mi, _ := m.Intervals(analysis.BootstrapOptions{}); mi["stalin"] != iv["stalin"] {
		t.Errorf("merged: %+v, want %+v", mi["stalin"], iv["stalin"])
	}
}

func TestQuantile7(t *testing.T) {
	// R: quantile(c(1, 2, 3, 4, 10), c(0.025, 0.975)) gives 1.1 and 9.4.
	lo, hi := analysis.Quantile7([]float64{1, 2, 3, 4, 10}, 0.025), analysis.Quantile7([]float64{1, 2, 3, 4, 10}, 0.975)
	if math.Abs(lo-1.1) > 1e-12 || math.Abs(hi-9.4) > 1e-12 {
		t.Errorf("quantiles %g, %g; want 1.1, 9.4", lo, hi)
	}
}

func TestKeywordStability(t *testing.T) {
	d := sample(t)
	lex := analysis.NewLexicon()
	tally := analysis.CountWith(lex, d)
	var s analysis.TurnTerms
	s.Add(d, lex)
	opt := analysis.KeywordOptions{MinFreq: 2, Top: 10, MaxQ: 0.05}
	kws := tally.SpeakerKeywords(opt)
	st, r := tally.KeywordStability(&s, kws, opt, analysis.BootstrapOptions{})
	if r != analysis.StabilityResamples || len(st) != len(kws) {
		t.Fatalf("%d resamples, %d stabilities for %d keywords", r, len(st), len(kws))
	}
	for _, k := range kws {
		v := st[[2]string{k.Target, k.Term}]
		if v < 0 || v > 1 {
			t.Errorf("%s %s: stability %g", k.Target, k.Term, v)
		}
	}
	// Bing's export (6 of his 378 words, in 4 turns, against 1 of the
	// others' 3,684) stays in 61% of the resamples (a resample leaves a
	// given one of his 4 turns out a third of the time); Zilliacus's
	// "form" (2 against 0, q 0.04) in 30%.
	if v := st[[2]string{"bing", "export"}]; v < 0.5 {
		t.Errorf("Bing's export: stability %g", v)
	}
	if v := st[[2]string{"zilliacus", "form"}]; v > 0.45 {
		t.Errorf("Zilliacus's form: stability %g", v)
	}
	again, _ := tally.KeywordStability(&s, kws, opt, analysis.BootstrapOptions{})
	for k, v := range st {
		if again[k] != v {
			t.Fatalf("not deterministic: %v %g then %g", k, v, again[k])
		}
	}
}

// TestKeywordsOnly checks that Only computes the listed targets' keywords
// as the full computation does, and no others'.
func TestKeywordsOnly(t *testing.T) {
	d := sample(t)
	tally := analysis.CountWith(analysis.NewLexicon(), d)
	opt := analysis.KeywordOptions{MinFreq: 2, Top: 5, MaxQ: 1}
	var want []analysis.Keyword
	for _, k := range tally.SpeakerKeywords(opt) {
		if k.Target == "bing" || k.Target == "lee" {
			want = append(want, k)
		}
	}
	opt.Only = []string{"lee", "bing"}
	got := tally.SpeakerKeywords(opt)
	if len(got) != len(want) || len(want) == 0 {
		t.Fatalf("%d keywords, want %d", len(got), len(want))
	}
	for i := range got {
		if got[i].Target != want[i].Target || got[i].Term != want[i].Term || got[i].Q != want[i].Q {
			t.Errorf("%d: %+v, want %+v", i, got[i], want[i])
		}
	}
}

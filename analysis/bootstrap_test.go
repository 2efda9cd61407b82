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

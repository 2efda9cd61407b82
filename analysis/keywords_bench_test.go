package analysis_test

import (
	"testing"

	"parley/analysis"
)

// BenchmarkSpeakerKeywords computes every speaker's keywords of the
// counted sample, without cuts, from its tally.
func BenchmarkSpeakerKeywords(b *testing.B) {
	t := analysis.Count(sample(b))
	var ks []analysis.Keyword
	for b.Loop() {
		ks = t.SpeakerKeywords(analysis.KeywordOptions{MaxP: 1})
	}
	if len(ks) < 800 || ks[0].Target != "stalin" || ks[0].Form != "america" {
		b.Fatalf("%d keywords, first %+v", len(ks), ks[0])
	}
}

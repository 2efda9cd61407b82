package akomantoso

import (
	"testing"

	"parley/corpus/corpustest"
)

// The hand-made samples: a sitting of 3.0 in a Kenyan Hansard's shape,
// and a debate of 2.0 (prefixed, ids not eIds) in a South African one's.
var samples = []string{"ke-national-assembly.xml", "za-akn2.xml"}

func TestGolden(t *testing.T) {
	corpustest.RunGolden(t, samples, Read, corpustest.SpeechListing, corpustest.CheckInvariants)
}

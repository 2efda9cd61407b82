package hansard

import (
	"testing"

	"parley/corpus/corpustest"
)

// The hand-made samples: a House of Representatives sitting in the
// Australian layout of 2006-2013, a Senate sitting in the layout of 2014
// on, and a Commons debate in ParlParse's.
var samples = []string{"au-house-2009.xml", "au-senate-2016.xml", "twfy-commons-handmade.xml"}

func TestGolden(t *testing.T) {
	corpustest.RunGolden(t, samples, Read, corpustest.SpeechListing, corpustest.CheckInvariants)
}

// TestAustralianTally checks the turns and words per speaker of the
// House sample against those counted from its XML by a script of its
// own (who holds the floor at each <para>, by the talker's display name).
func TestAustralianTally(t *testing.T) {
	d := corpustest.ReadTestdata(t, "au-house-2009.xml", Read)
	if got, want := speakerTally(d), "anne hartley 2/28; daniel okafor 4/79; harry jenkins 1/9; petra lindqvist 2/47; the deputy speaker 2/17"; got != want {
		t.Errorf("turns and words per speaker\n got %s\nwant %s", got, want)
	}
}

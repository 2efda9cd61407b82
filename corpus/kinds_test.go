package corpus

import "testing"

func TestKindOf(t *testing.T) {
	for _, tc := range []struct {
		name string
		want SpeakerKind
	}{
		{"Stalin", KindPerson}, {"Donald J. Trump", KindPerson}, {"The President", KindPerson},
		{"The Vice President", KindPerson}, {"The Bearded Waiter", KindPerson}, {"Interviewer", KindPerson},
		{"Mrs. Upjohn", KindPerson}, {"Chorus", KindPerson}, {"Q", KindLabel}, {"Thomas", KindPerson}, {"Charles", KindPerson},
		{"SPEAKER_00", KindLabel}, {"Speaker 2", KindLabel}, {"spk_1", KindLabel}, {"Speaker A", KindLabel}, {"A", KindLabel}, {"S1", KindLabel},
		{"Audience", KindGroup}, {"Candidates", KindGroup}, {"The Men", KindGroup}, {"Some of the Ladies", KindGroup},
		{"Other Ladies", KindGroup}, {"The Four Beauties", KindGroup}, {"Patrons Three and Four", KindGroup},
		{"Von Rettenmayer and Bland", KindGroup}, {"Several Hon. Members", KindGroup}, {"Hon. Members", KindGroup}, {"Both", KindGroup},
		{"Unknown", KindUnknown}, {"New Speaker", KindUnknown}, {"Unidentified Male", KindUnknown}, {"Question", KindUnknown},
		{"Unknown Speaker 3", KindUnknown}, {"Female Speaker", KindUnknown}, {"Man 1", KindUnknown}, {"CALLER", KindUnknown},
		{"Reporter", KindUnknown}, {"Reporters", KindGroup}, {"Some Hon. Members", KindGroup}, {"Multiple Speakers", KindGroup},
		{"Interpreter", KindPerson}, {"Moderator", KindPerson}, {"Narrator", KindPerson}, {"SPEAKER_01", KindLabel}, {"spk1", KindLabel}, {"Audience Member", KindUnknown}, {"Male Voice", KindUnknown}, {"", KindUnknown},
	} {
		if got := KindOf(tc.name); got != tc.want {
			t.Errorf("KindOf(%q) = %s, want %s", tc.name, got, tc.want)
		}
	}
}

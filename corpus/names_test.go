package corpus

import "testing"

func TestSpeakerIDTitles(t *testing.T) {
	for _, c := range []struct{ name, id, strip string }{
		{"Comrade STALIN", "stalin", "STALIN"},
		{"Rep. AL-HAKIM", "al-hakim", "AL-HAKIM"},
		{"REP AL-HAKIM", "al-hakim", "AL-HAKIM"},
		{"Representative Al-Hakim", "al-hakim", "Al-Hakim"},
		{"Chair GUTIÉRREZ", "gutiérrez", "GUTIÉRREZ"},
		{"CHAIRWOMAN Gutiérrez", "gutiérrez", "Gutiérrez"},
		{"Chairperson Lee", "lee", "Lee"},
		{"Sen. Lucía Gutiérrez", "lucía gutiérrez", "Lucía Gutiérrez"},
		{"SEN GUTIÉRREZ", "gutiérrez", "GUTIÉRREZ"},
		{"Hon. John T. Doe", "john t. doe", "John T. Doe"},
		{"The Hon. Jane Roe", "jane roe", "Jane Roe"},
		{"THE HONORABLE ELENA VÁSQUEZ", "elena vásquez", "ELENA VÁSQUEZ"},
		{"The Honourable Judge Roe", "roe", "Roe"},
		{"Madam Chair Okafor", "okafor", "Okafor"},
		{"Councilmember Ito", "ito", "Ito"},
		{"Councillor Ito", "ito", "Ito"},
		{"Commissioner Park", "park", "Park"},
		{"JUDGE VÁSQUEZ", "vásquez", "VÁSQUEZ"},
		{"Justice Alito", "alito", "Alito"},
		{"Chief Justice Roberts", "roberts", "Roberts"},
		{"Chief Bromwell", "chief bromwell", "Chief Bromwell"}, // "Chief" alone is no title
		{"Presiding Judge Ng", "ng", "Ng"},
		{"Governor Reyes", "reyes", "Reyes"},
		{"Gov. Reyes", "reyes", "Reyes"},
		{"gov reyes", "reyes", "reyes"},
		{"Mayor Bass", "bass", "Bass"},
		{"Rev. King", "king", "King"},
		{"Delegate Norton", "norton", "Norton"},
		{"Assemblymember Wicks", "wicks", "Wicks"},
		{"Alderman Hopkins", "hopkins", "Hopkins"},
		{"Vice Chair Moss", "moss", "Moss"},
		{"Ranking Member Durbin", "durbin", "Durbin"},
		{"RANKING MEMBER DURBIN", "durbin", "DURBIN"},
		{"Lieutenant Governor Ruiz", "ruiz", "Ruiz"},
		{"Attorney General Bondi", "bondi", "Bondi"},
		{"Majority Leader Thune", "thune", "Thune"},
		{"Del. Norton", "norton", "Norton"},
		{"Benicio Del Toro", "benicio del toro", "Benicio Del Toro"},
		{"Amartya Sen", "amartya sen", "Amartya Sen"},
		{"HON JANE ROE", "jane roe", "JANE ROE"},
		{"Rev Hill", "hill", "Hill"},
		{"Madam Speaker", "speaker", "Speaker"},
		// Offices alone stay as written.
		{"The Court", "the court", "The Court"},
		{"THE CHAIRMAN", "the chairman", "THE CHAIRMAN"},
		{"The Vice Chair", "the vice chair", "The Vice Chair"},
		{"Chair", "", "Chair"},
		{"Ranking Member", "ranking member", "Ranking Member"},
		{"Speaker 1", "speaker 1", "Speaker 1"},
		{"The Witness", "the witness", "The Witness"},
	} {
		if got := SpeakerID(c.name); got != c.id {
			t.Errorf("SpeakerID(%q) = %q, want %q", c.name, got, c.id)
		}
		if got := StripTitles(c.name); got != c.strip {
			t.Errorf("StripTitles(%q) = %q, want %q", c.name, got, c.strip)
		}
	}
}

func TestOfficeLabel(t *testing.T) {
	for name, want := range map[string]bool{
		"The Minister for Roads":  true,
		"The MINISTER OF SPORT":   true,
		"Mr. Smith":               false,
		"Tony Smith":              false,
		"The Speaker":             false,
		"Minister Wang":           false,
		"The Deputy Minister for": true,
	} {
		if got := OfficeLabel(name); got != want {
			t.Errorf("OfficeLabel(%q) = %v, want %v", name, got, want)
		}
	}
}

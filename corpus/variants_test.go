package corpus

import (
	"strings"
	"testing"
)

func TestIsNameVariant(t *testing.T) {
	for _, tc := range []struct {
		short, long string
		want        bool
	}{
		{"Kwame", "Kwame Mensah", true},
		{"KWAME", "Kwame Mensah", true},
		{"Smith", "Dr. Jane Smith", true},
		{"Dr. Smith", "Dr. Jane Smith", true},
		{"ADEYEMI", "OLUWASEUN ADEYEMI", true},
		{"Premier Zhou", "Zhou Enlai", true},
		{"LM", "Léa Moreau", true},
		{"L.M.", "Léa Moreau", true},
		{"RN", "Rustam Nazarov", true},
		{"Mr. Jones", "Tom Jones", true},
		{"Jones", "Mary Jones", true},
		{"Ms. Jones", "Ms. Mary Jones", true},
		// Not variants.
		{"Mrs. Jones", "Tom Jones", false}, // a woman's title, the surname, a man's name
		{"Mrs. Jones", "Mr. Tom Jones", false},
		{"Mr. Jones", "Mrs. Mary Jones", false},
		{"Lee", "Ann", false},
		{"Ann Lee", "Ann Lee Ray", false}, // two words is no short form
		{"Peter", "Friar Peter", false},   // a role's name
		{"Capulet", "Second Capulet", false},
		{"York", "Duke of York", false},
		{"Henry", "King Henry VI", false},
		{"LR", "Léa Moreau", false},
		{"lm", "Léa Moreau", false}, // initials are written in capitals
		{"LMN", "Léa Moreau", false},
		{"Speaker", "Speaker 1", false},
	} {
		if got := IsNameVariant(tc.short, tc.long); got != tc.want {
			t.Errorf("IsNameVariant(%q, %q) = %v, want %v", tc.short, tc.long, got, tc.want)
		}
	}
}

// variantDoc builds a document whose turns are the labels given, one
// word of speech each, with the Builder's identities.
func variantDoc(labels ...string) *Document {
	src := ""
	for _, l := range labels {
		src += l + ": word\n"
	}
	b := NewBuilder("x.txt", "script", src)
	pos := 0
	for _, l := range labels {
		cue := Span{Start: pos, End: pos + len(l) + 1}
		speech := Span{Start: cue.End + 1, End: cue.End + 5}
		b.Add(l, Utterance{Cue: cue, Text: Span{Start: cue.Start, End: speech.End}, Speech: []Span{speech}}, Span{Start: cue.Start, End: speech.End + 1})
		pos = speech.End + 1
	}
	d, err := b.Document("empty")
	if err != nil {
		panic(err)
	}
	return d
}

func speakerSeq(d *Document) string {
	var out []string
	for _, t := range d.Turns {
		out = append(out, t.Speaker)
	}
	var names []string
	for _, s := range d.Speakers {
		names = append(names, s.Name)
	}
	return strings.Join(out, ",") + " / " + strings.Join(names, ",")
}

func TestJoinNameVariants(t *testing.T) {
	for _, tc := range []struct {
		labels []string
		people []string
		want   string
	}{
		{[]string{"Kwame Mensah", "Ama Owusu", "Kwame", "Owusu"}, nil,
			"kwame mensah,ama owusu,kwame mensah,ama owusu / Kwame Mensah,Ama Owusu"},
		// The short form first, the full name later.
		{[]string{"Smith", "Jones", "Dr. Jane Smith"}, nil,
			"jane smith,jones,jane smith / Jane Smith,Jones"},
		// Two full names fit "Ann": she stays Ann.
		{[]string{"Ann Lee", "Ann Ray", "Ann", "Bob"}, nil,
			"ann lee,ann ray,ann,bob / Ann Lee,Ann Ray,Ann,Bob"},
		// Consecutive turns that become one speaker's join.
		{[]string{"Kwame Mensah", "Kwame", "Ama"}, nil,
			"kwame mensah,ama / Kwame Mensah,Ama"},
		// The people the front matter names.
		{[]string{"Priya", "Samuel", "Priya"}, []string{"Priya Raman", "Samuel Okoro"},
			"priya raman,samuel okoro,priya raman / Priya Raman,Samuel Okoro"},
		{[]string{"Cllr Price", "Chair"}, []string{"Cllr Tom Price"},
			"tom price,chair / Tom Price,Chair"},
		// A role's name is no person's full name.
		{[]string{"Friar Peter", "Peter", "Second Capulet", "Capulet"}, nil,
			"friar peter,peter,second capulet,capulet / Friar Peter,Peter,Second Capulet,Capulet"},
		{[]string{"Tom Jones", "Mrs. Jones", "Tom Jones"}, nil,
			"tom jones,jones,tom jones / Tom Jones,Jones"},
		{[]string{"Speaker 1", "Speaker 2", "Speaker"}, nil,
			"speaker 1,speaker 2,speaker / Speaker 1,Speaker 2,Speaker"},
	} {
		d := variantDoc(tc.labels...)
		JoinNameVariants(d, tc.people)
		if got := speakerSeq(d); got != tc.want {
			t.Errorf("%v:\n got %s\nwant %s", tc.labels, got, tc.want)
		}
		for i, tr := range d.Turns {
			if tr.Index != i+1 {
				t.Errorf("%v: turn %d has index %d", tc.labels, i+1, tr.Index)
			}
		}
	}
}

func TestRolePerson(t *testing.T) {
	for _, tc := range []struct{ name, role, want string }{
		{"The Minister for Health", "(Dr Ōtsuka)", "Dr Ōtsuka"},
		{"The Hon. Member for Kingsford", "(Ms O'Connell)", "Ms O'Connell"},
		{"Caller", "(Fatima, Leeds)", "Fatima"},
		{"Interviewer", "(Jane Doe)", "Jane Doe"},
		{"The SPEAKER", "(Hon. Rajiv Menon)", "Hon. Rajiv Menon"},
		// The label names the person.
		{"Chris Wallace", "(Moderator)", ""},
		{"Ms KOVAČ", "(Fenner—Minister for Housing)", ""},
		{"Bob", "(Moderator)", ""},
		{"ADEYEMI", "(voice-over)", ""},
		{"JOHN", "(V.O.)", ""},
		{"Caller", "(on the line)", ""},
		{"The Minister", "", ""},
		{"ANN LEE", ", CHANNEL 7 ANCHOR", ""},
	} {
		if got := RolePerson(tc.name, tc.role); got != tc.want {
			t.Errorf("RolePerson(%q, %q) = %q, want %q", tc.name, tc.role, got, tc.want)
		}
	}
}

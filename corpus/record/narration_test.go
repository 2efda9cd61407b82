package record

import (
	"strings"
	"testing"
)

func TestIsNarration(t *testing.T) {
	for s, want := range map[string]bool{
		"The Secretary and the Minister then discussed the schedule for the autumn.": true,
		"The Secretary and Gromyko agreed that the talks should go on.":              true,
		"There was some discussion of the situation in Laos.":                        true,
		"It was agreed that officials should prepare a note.":                        true,
		"Tea was served.":                  true,
		"The meeting ended at 12.15 p.m.":  true,
		"The Ambassador nodded.":           true,
		"Stavrou laughed.":                 true,
		"Both sides agreed to meet again.": true,
		"Without replying directly to the Secretary, Mr. Gromyko entered into a history of disarmament discussions.": true,
		// Speech in reported form, and cues, are no narration.
		"The US wants to humiliate the USSR and this cannot be accepted.": false,
		"The Ambassador said that he appreciated this.":                   false,
		"Stavrou laughed at the idea that Greece would give way.":         false,
		"Britain and France agreed on nothing.":                           true, // two subjects: a joint statement
		"He said that England and France had discussed it.":               false,
	} {
		if got := isNarration(s); got != want {
			t.Errorf("isNarration(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestReadNarration(t *testing.T) {
	src := "MEMORANDUM OF CONVERSATION\n\nPARTICIPANTS\nThe Secretary\nAmbassador Dobrynin\n\n" +
		"The Secretary said that he would look into the matter. The Ambassador nodded.\n\n" +
		"Ambassador Dobrynin said that Moscow would ask every week. Tea was served.\n\n" +
		"The Secretary and the Ambassador then discussed the schedule.\n\n" +
		"The Secretary said that he would call.\n"
	d, err := ReadOne("m.txt", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if got := turnsSummary(d); got != "the secretary [The Secretary said that] 6\ndobrynin [Ambassador Dobrynin said that] 5\nthe secretary [The Secretary said that] 3\n" {
		t.Errorf("turns\n%s", got)
	}
	n := 0
	for _, note := range d.Notes {
		if note.Kind == "narration" {
			n++
		}
	}
	if n != 3 {
		t.Errorf("%d narration notes, want 3", n)
	}
}

func TestUnwrapOpenEnd(t *testing.T) {
	// Paragraphs set apart by blank lines, wrapped near 100 columns; a
	// line that ends with "The" goes on below, whatever the next word.
	line := "The Prime Minister said that the British Government were reviewing all overseas expenditure and that"
	src := line + "\nhe could not give an undertaking.\n\n" +
		"Mr. Mwangi said that his Government would welcome this, but prefer thirty. The\n" +
		"Foreign Secretary said that he would see what could be done about the training of the officers there.\n\n" +
		line + "\nhe hoped for the best.\n\n" + line + "\nhe hoped again.\n\n" + line + "\nhe hoped once more.\n\n" + line + "\nthat was all.\n"
	got := unwrap(src)
	if !strings.Contains(got, "prefer thirty. The Foreign Secretary said") {
		t.Errorf("a line ending in 'The' was not joined:\n%s", got)
	}
	if len(got) != len(src) {
		t.Errorf("unwrap changed the length: %d, %d", len(got), len(src))
	}
}

func TestBookHead(t *testing.T) {
	for line, want := range map[string]bool{
		"218                 Foreign Relations, 1961-1963, Volume XVI": true,
		"Foreign Relations, 1961-1963, Volume XVI          219":        true,
		"The Secretary said that 218 of them had gone.":                false,
		"12 of the delegates agreed.":                                  false,
	} {
		if got := pageHead(line); got != want {
			t.Errorf("pageHead(%q) = %v, want %v", line, got, want)
		}
	}
}

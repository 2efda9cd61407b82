package corpus

import "testing"

func TestIsProcedureFormula(t *testing.T) {
	for s, want := range map[string]bool{
		// The Australian Hansard's and ParlParse's.
		"Question agreed to.": true, "Question negatived.": true, "Amendments agreed to.": true, "Clause 3 as amended agreed to.": true,
		"Debate (on motion by Mr Pyne) adjourned.": true, "Debate interrupted.": true,
		"Ordered that the report be made a parliamentary paper.": true, "Leave granted.": true, "Leave not granted.": true,
		"Bills read a first time.": true, "Quorum formed.": true, "Progress reported": true,
		// ParlaMint's Westminster formulae.
		"Question put.": true, "Question put and agreed to.": true, "Question put accordingly and agreed to.": true, "Question put forthwith.": true,
		"Question accordingly agreed to.": true, "Motion, by leave, withdrawn.": true, "Amendment by leave withdrawn.": true,
		"Resolved,": true, "Ordered,": true, "Bill read the third time and passed.": true,
		// A member's words.
		"I move that the bill be read a second time.": false, "The question is that the motion be agreed to.": false,
		"Question agreed to, I think.": false, "Debate adjourned and the House rose.": false, "question agreed to.": false,
		" Question agreed to.": false, "": false,
	} {
		if got := IsProcedureFormula(s); got != want {
			t.Errorf("IsProcedureFormula(%q) = %v, want %v", s, got, want)
		}
	}
}

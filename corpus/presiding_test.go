package corpus

import "testing"

func TestPresidingOffice(t *testing.T) {
	for in, want := range map[string]string{
		"The SPEAKER": "The SPEAKER", "The ACTING DEPUTY PRESIDENT": "The ACTING DEPUTY PRESIDENT", "Madam Deputy Speaker": "Madam Deputy Speaker",
		"The Temporary Chairman of Committees": "The Temporary Chairman of Committees", "The ACTING SPEAKER (Mr Jenkins)": "The ACTING SPEAKER",
		"The  Speaker\n(Hon. Muturi)": "The Speaker", "Mr. Speaker": "Mr. Speaker",
		"Mr SMITH": "", "The Clerk": "", "Mr Speaker Smith": "", "Speaker": "", "": "",
	} {
		if got := PresidingOffice(in); got != want {
			t.Errorf("PresidingOffice(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestIsOfficeConnective(t *testing.T) {
	for w, want := range map[string]bool{"of": true, "FOR": true, "And": true, "the": false, "Minister": false, "": false} {
		if got := IsOfficeConnective(w); got != want {
			t.Errorf("IsOfficeConnective(%q) = %v, want %v", w, got, want)
		}
	}
}

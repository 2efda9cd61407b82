package deposition

import "testing"

func TestPageRe(t *testing.T) {
	for s, want := range map[string]bool{
		"Page 12": true, "page 12 of 40": true, "- 12 -": true, "00012": true,
		"Vol. 3 - Page 413": true, "Volume II, page 7": true, "p. 14": true,
		"Page one of the exhibit": false, "Volume of sales": false, "12": false,
	} {
		if got := pageRe.MatchString(s); got != want {
			t.Errorf("pageRe(%q) = %v, want %v", s, got, want)
		}
	}
}

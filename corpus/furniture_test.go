package corpus

import (
	"sort"
	"strings"
	"testing"
)

func TestIsPageNumber(t *testing.T) {
	for line, want := range map[string]bool{
		"12": true, " - 12 - ": true, "Page 3": true, "page 3 of 40": true, "(12)": true, "p. 12": true, "P.3": true,
		"12 apples": false, "1994 was hard": false, "Page three": false, "": false,
	} {
		if got := IsPageNumber(line); got != want {
			t.Errorf("IsPageNumber(%q) = %v, want %v", line, got, want)
		}
	}
}

func TestPageHeads(t *testing.T) {
	for _, tc := range []struct {
		src  string
		want string // the heads' keys, sorted, "|" between
	}{
		{"Achterberg interview - page 1 of 3 - CONFIDENTIAL\ntext.\nAchterberg interview - page 2 of 3 - CONFIDENTIAL\nmore.\n",
			"achterberg interview - page of - confidential"},
		{"Mensah interview – CONFIDENTIAL\nx.\nMensah interview – CONFIDENTIAL\ny.\nMensah interview – CONFIDENTIAL\n",
			"mensah interview – confidential"},
		{"Mensah interview – CONFIDENTIAL\nx.\nMensah interview – CONFIDENTIAL\n", ""},
		// A line that repeats as it is, numbers and all, is no page's.
		{"3 KING HENRY VI\nverse\n3 KING HENRY VI\nverse\n", ""},
		{"And so farewell\nAnd so farewell\nAnd so farewell\n", ""},
		// One occurrence is no running head.
		{"Smith interview - page 1\ntext.\n", ""},
		// A sentence is none.
		{"We met on 3 May.\nWe met on 4 May.\n", ""},
	} {
		var keys []string
		for k := range PageHeads(tc.src, SplitLines(tc.src)) {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		if got := strings.Join(keys, "|"); got != tc.want {
			t.Errorf("PageHeads(%q) = %q, want %q", tc.src, got, tc.want)
		}
	}
}

func TestRunningHeads(t *testing.T) {
	src := "VIENNA SUMMIT\ntext.\nVIENNA SUMMIT\nA participant line\nA participant line\nA participant line\nx\n"
	heads := RunningHeads(src, nil, nil, 3)
	if !heads["vienna summit"] || !heads["a participant line"] || len(heads) != 2 {
		t.Errorf("RunningHeads = %v", heads)
	}
	if heads := RunningHeads(src, nil, nil, 0); heads["a participant line"] {
		t.Errorf("plain 0 counts plain lines: %v", heads)
	}
}

func TestPageHeadsCapitalTitleTwice(t *testing.T) {
	src := "INTERVIEWER: One.\nPORT OF AMSTERDAM ORAL HISTORY - Achterberg, J.\nACHTERBERG: Two.\nPORT OF AMSTERDAM ORAL HISTORY - Achterberg, J.\nINTERVIEWER: Three - and four - said twice.\nINTERVIEWER: Three - and four - said twice.\n"
	var plain []Span
	for _, ln := range SplitLines(src) {
		if !strings.Contains(ln.In(src), ":") {
			plain = append(plain, ln)
		}
	}
	heads := PageHeads(src, plain)
	if !heads[RunningHeadKey("PORT OF AMSTERDAM ORAL HISTORY - Achterberg, J.")] {
		t.Errorf("a title in capitals twice is no running head: %v", heads)
	}
	if k := RunningHeadKey("He left. She stayed."); k != "" {
		t.Errorf("a sentence has a key %q", k)
	}
}

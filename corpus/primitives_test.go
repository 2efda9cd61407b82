package corpus

import "testing"

func TestHead(t *testing.T) {
	for _, c := range []struct {
		s    string
		n    int
		want string
	}{
		{"ab\ncd\n", 10, "ab\ncd\n"},
		{"ab\ncd\nef", 7, "ab\ncd\n"},
		{"ab\ncd\nef", 5, "ab\n"},
		{"abcdef", 3, "abc"}, // no line feed: cut at n
		{"\nabcdef", 3, "\nab"},
	} {
		if got := Head(c.s, c.n); got != c.want {
			t.Errorf("Head(%q, %d) = %q, want %q", c.s, c.n, got, c.want)
		}
		if got := string(Head([]byte(c.s), c.n)); got != c.want {
			t.Errorf("Head([]byte(%q), %d) = %q, want %q", c.s, c.n, got, c.want)
		}
	}
}

func TestColumns(t *testing.T) {
	for ws, want := range map[string]int{"": 0, "   ": 3, "\t": 8, "  \t": 8, "\t  ": 10, "\f  ": 2, " \t\t": 16} {
		if got := Columns(ws); got != want {
			t.Errorf("Columns(%q) = %d, want %d", ws, got, want)
		}
	}
}

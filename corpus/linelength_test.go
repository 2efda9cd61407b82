package corpus

import (
	"strings"
	"testing"
)

func TestCheckLineLength(t *testing.T) {
	tests := []struct {
		name string
		src  string
		max  int
		want string // "" for no error
	}{
		{"short lines", "SMITH: Hello.\nJONES: Hi.\n", 20, ""},
		{"exactly the limit", strings.Repeat("a", 20) + "\nb\n", 20, ""},
		{"no final break", "a\n" + strings.Repeat("a", 20), 20, ""},
		{"second line too long", "a\n" + strings.Repeat("a", 2048) + "\nb\n", 1024, "f.txt:2: line 2 has 2 KB, more than the 1 KB a line may have (--max-line-kb)"},
		{"one line, no break", strings.Repeat("a", 3000), 1024, "f.txt:1: line 1 has 2 KB"},
		{"CR endings are lines", strings.Repeat(strings.Repeat("a", 900)+"\r", 5), 1024, ""},
		{"CRLF endings", strings.Repeat(strings.Repeat("a", 900)+"\r\n", 5), 1024, ""},
		{"CR-ended line too long", "a\r" + strings.Repeat("a", 2048) + "\r", 1024, "f.txt:1: line 1 has 2 KB"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := CheckLineLength("f.txt", []byte(tc.src), tc.max)
			switch {
			case tc.want == "" && err != nil:
				t.Errorf("error %v, want none", err)
			case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
				t.Errorf("error %v, want %q", err, tc.want)
			case tc.want != "" && !IsInputError(err):
				t.Errorf("%v is no input error", err)
			}
		})
	}
	if err := CheckLineLength("f.txt", []byte(strings.Repeat("a", 1000)), 0); err != nil {
		t.Errorf("0 is the default limit, got %v", err)
	}
}

func BenchmarkCheckLineLength(b *testing.B) {
	src := []byte(strings.Repeat(strings.Repeat("word ", 20)+"\n", 100_000)) // 10 MB
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		if err := CheckLineLength("f.txt", src, 1<<20); err != nil {
			b.Fatal(err)
		}
	}
}

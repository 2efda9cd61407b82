package corpus

import "testing"

func TestSpanIn(t *testing.T) {
	src := "Comrade STALIN"
	tests := []struct {
		s    Span
		want string
	}{
		{Span{8, 14}, "STALIN"},
		{Span{0, 0}, ""},
		{Span{3, 2}, ""},
		{Span{-1, 3}, ""},
		{Span{8, 15}, ""},
	}
	for _, tt := range tests {
		if got := tt.s.In(src); got != tt.want {
			t.Errorf("%v.In = %q, want %q", tt.s, got, tt.want)
		}
	}
	if n := (Span{8, 14}).Len(); n != 6 {
		t.Errorf("Len = %d, want 6", n)
	}
}

func TestDocumentLine(t *testing.T) {
	d := &Document{Source: "ab\ncd\r\n\nef"}
	for off, want := range []int{1, 1, 1, 2, 2, 2, 2, 3, 4, 4} {
		if got := d.Line(off); got != want {
			t.Errorf("Line(%d) = %d, want %d", off, got, want)
		}
	}
}

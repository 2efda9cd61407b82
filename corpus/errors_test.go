package corpus

import (
	"errors"
	"fmt"
	"strings"
	"testing"
)

func TestCheckText(t *testing.T) {
	tests := []struct {
		name string
		in   string
		line int    // 0 for no error, -1 for an error without a line
		msg  string // a part of the message
	}{
		{"text", "Comrade STALIN says that x.\n", 0, ""},
		{"utf-8 beyond ASCII", "Gomułka, Władysław – “Józef”\n", 0, ""},
		{"no final newline", "x", 0, ""},
		{"NUL byte", "line one\nline two\x00\n", 2, "binary file (NUL byte)"},
		{"NUL byte on the first line", "\x00", 1, "binary file"},
		{"invalid UTF-8 on line 3", "one\ntwo\nthr\xe9e\nfour\n", 3, "not UTF-8 text (invalid byte 0xe9)"},
		{"truncated sequence at the end", "one\n\xe2\x80", 2, "invalid byte 0xe2"},
		{"Latin-1 after CRLF lines", "a\r\nb\r\n\xa0c\r\n", 3, "invalid byte 0xa0"},
		{"empty file", "", -1, "empty file"},
		{"white space only", " \t\r\n\n ", -1, "empty file"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := CheckText("in.txt", []byte(tt.in))
			if tt.line == 0 {
				if err != nil {
					t.Fatalf("CheckText = %v, want nil", err)
				}
				return
			}
			var ie *InputError
			if !errors.As(err, &ie) {
				t.Fatalf("CheckText = %v, want an *InputError", err)
			}
			wantLine := max(tt.line, 0)
			if ie.File != "in.txt" || ie.Line != wantLine || !strings.Contains(ie.Msg, tt.msg) {
				t.Errorf("CheckText = %+v, want line %d and a message with %q", ie, wantLine, tt.msg)
			}
		})
	}
}

func TestInputError(t *testing.T) {
	tests := []struct {
		err  *InputError
		want string
	}{
		{&InputError{File: "record.txt", Line: 12, Msg: "binary file"}, "record.txt:12: binary file"},
		{&InputError{File: "record.txt", Msg: "empty file"}, "record.txt: empty file"},
		{&InputError{File: "dir/a b.txt", Line: 1, Msg: "x"}, "dir/a b.txt:1: x"},
	}
	for _, tt := range tests {
		if got := tt.err.Error(); got != tt.want {
			t.Errorf("Error() = %q, want %q", got, tt.want)
		}
	}
	wrapped := fmt.Errorf("stage entities: %w", tests[0].err)
	if !IsInputError(wrapped) || !IsInputError(tests[1].err) {
		t.Error("IsInputError does not see an *InputError, wrapped or not")
	}
	if IsInputError(errors.New("disk full")) || IsInputError(nil) {
		t.Error("IsInputError reports an internal error as an input error")
	}
}

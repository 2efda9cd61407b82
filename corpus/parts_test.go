package corpus_test

import (
	"parley/corpus"
	"parley/corpus/script"
	"strings"
	"testing"
)

func TestReadLines(t *testing.T) {
	src := "Transcript of a talk\n" + // 1 front
		"\n" + // 2 blank
		"Susan Page:\n" + // 3 cue alone
		"Good evening. [crosstalk 00:07:53]\n" + // 4 speech with a note
		"(APPLAUSE)\n" + // 5 a note alone
		"MAO ZEDONG: We agree.\r\n" + // 6 cue and speech, CRLF
		"   \n" + // 7 white space only
		"Kamala Harris:\n" + // 8
		"Thank you." // 9 no final newline
	d, err := script.Read("talk.txt", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	var kinds, who []string
	for _, lr := range d.ReadLines() {
		kinds = append(kinds, string(lr.Kind))
		if len(lr.Speakers) > 0 {
			who = append(who, strings.Join(lr.Speakers, "+"))
		}
		if lr.Span.In(d.Source) != strings.TrimSuffix(strings.Split(src, "\n")[lr.Line-1], "\r") {
			t.Errorf("line %d: span %q", lr.Line, lr.Span.In(d.Source))
		}
	}
	if got, want := strings.Join(kinds, ""), "F CSNC CS"; got != want {
		t.Errorf("kinds %q, want %q", got, want)
	}
	if got, want := strings.Join(who, ","), "susan page,mao zedong,kamala harris"; got != want {
		t.Errorf("speakers %q, want %q", got, want)
	}
	if n := len(d.ReadLines()); n != 9 {
		t.Errorf("%d lines, want 9", n)
	}
	if lines := (&corpus.Document{}).ReadLines(); len(lines) != 0 {
		t.Errorf("an empty text has lines: %v", lines)
	}
	if lines := (&corpus.Document{Source: "a\n"}).ReadLines(); len(lines) != 1 || lines[0].Kind != corpus.OtherLine {
		t.Errorf("a text of one line: %+v", lines)
	}
}

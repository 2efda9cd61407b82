package jsondoc

import (
	"errors"
	"strings"
	"testing"

	"parley/corpus"
)

// render writes a parsed value back as kinds and spans, members by key.
func render(src string, n *node) string {
	switch n.kind {
	case jsonObject:
		var parts []string
		for i := range n.kids {
			parts = append(parts, n.keys[i]+":"+render(src, &n.kids[i]))
		}
		return "{" + strings.Join(parts, " ") + "}"
	case jsonArray:
		var parts []string
		for i := range n.kids {
			parts = append(parts, render(src, &n.kids[i]))
		}
		return "[" + strings.Join(parts, " ") + "]"
	}
	return n.raw(src)
}

func TestParse(t *testing.T) {
	for _, c := range []struct{ src, want string }{
		{`{"a": [1, -2.5e3, "x\"y", true, null], "b\u00e9": {}}`, `{a:[1 -2.5e3 "x\"y" true null] bé:{}}`},
		{"\ufeff [ ]\n", `[]`},
		{`{"a":1}` + "\n" + `{"a":2}`, `{a:1} {a:2}`},
		{`"s" 0 false`, `"s" 0 false`},
		{`{"k": 1, "k": 2}`, `{k:1 k:2}`},
	} {
		values, err := parse(c.src, false)
		if err != nil {
			t.Errorf("parse(%q): %v", c.src, err)
			continue
		}
		var got []string
		for i := range values {
			got = append(got, render(c.src, &values[i]))
		}
		if strings.Join(got, " ") != c.want {
			t.Errorf("parse(%q) = %s, want %s", c.src, strings.Join(got, " "), c.want)
		}
	}
	values, _ := parse(`{"k": 1, "k": 2}`, false)
	if v := values[0].member("k"); v.raw(`{"k": 1, "k": 2}`) != "2" {
		t.Errorf("a key given twice: the last wins, got %v", v)
	}
}

func TestParseErrors(t *testing.T) {
	for _, c := range []struct {
		src string
		off int
		msg string
	}{
		{`{"a": 1,}`, 8, "expected a member name in double quotes, found '}'"},
		{`[1 2]`, 3, "expected ',' or ']' after an array element, found '2'"},
		{`{"a" 1}`, 5, "expected ':' after the member name, found '1'"},
		{`{"a": 1 "b": 2}`, 8, "expected ',' or '}' after an object member"},
		{`[01]`, 1, "a malformed number"},
		{`[1.]`, 1, "a malformed number 1.]"},
		{`[-]`, 1, "a malformed number"},
		{`[1e]`, 1, "a malformed number"},
		{`["a\x"]`, 4, `invalid escape \x in a string`},
		{`["\u12G4"]`, 6, `a \u escape needs four hexadecimal digits`},
		{"[\"a\nb\"]", 3, "a line break inside a string"},
		{"[\"a\tb\"]", 3, "a control character inside a string"},
		{`[tru]`, 1, "unexpected 't' where a value should be"},
		{`[nul`, 4, "the file ends inside a value"},
		{`{"a": [1, 2`, 11, "the file ends inside an array"},
		{`{"a": "b`, 8, "the file ends inside a string"},
		{`{"a"`, 4, "the file ends inside an object"},
		{`[1, 2, ]`, 7, "unexpected ']' where a value should be"},
		{`'a'`, 0, "unexpected ''' where a value should be"},
		{`[é]`, 1, "unexpected 'é' where a value should be"},
	} {
		_, err := parse(c.src, false)
		var se *syntaxError
		if !errors.As(err, &se) {
			t.Errorf("parse(%q): %v, want a syntax error", c.src, err)
			continue
		}
		if se.off != c.off || !strings.Contains(se.msg, c.msg) {
			t.Errorf("parse(%q): %q at %d, want %q at %d", c.src, se.msg, se.off, c.msg, c.off)
		}
	}
}

func TestParseDepth(t *testing.T) {
	ok := strings.Repeat("[", maxDepth) + strings.Repeat("]", maxDepth)
	if _, err := parse(ok, false); err != nil {
		t.Errorf("%d levels: %v", maxDepth, err)
	}
	for _, src := range []string{
		strings.Repeat("[", maxDepth+1) + strings.Repeat("]", maxDepth+1),
		strings.Repeat(`{"a":`, 100000),
	} {
		_, err := parse(src, false)
		var se *syntaxError
		if !errors.As(err, &se) || !strings.Contains(se.msg, "nested more than 1000 deep") {
			t.Errorf("too deep: %v", err)
		}
	}
}

// TestParsePartial: a head of a file keeps what it holds, and its cut
// value as far as the containers go.
func TestParsePartial(t *testing.T) {
	for _, c := range []struct{ src, want string }{
		{`{"a": [{"s": "A", "t": "one"}, {"s": "B", "t": "tw`, `{a:[{s:"A" t:"one"} {s:"B"}]}`},
		{`{"a": [1, 2, 3`, `{a:[1 2]}`},
		{`{"a": tr`, `{}`},
		{`[{"a": 1}] {"b": [`, `[{a:1}] {b:[]}`},
		{`"a string cut`, ``},
	} {
		values, err := parse(c.src, true)
		if err != nil {
			t.Errorf("parse(%q, partial): %v", c.src, err)
			continue
		}
		var got []string
		for i := range values {
			got = append(got, render(c.src, &values[i]))
		}
		if strings.Join(got, " ") != c.want {
			t.Errorf("parse(%q, partial) = %s, want %s", c.src, strings.Join(got, " "), c.want)
		}
	}
	if _, err := parse(`{"a": 1,}`, true); err == nil {
		t.Error("a head with bad JSON: no error")
	}
}

func TestSameName(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"speaker_label", "speakerLabel", true},
		{"SpeakerLabel", "speaker-label", true},
		{"BeginOffsetMillis", "begin_offset_millis", true},
		{"nBest", "n_best", true},
		{"_start_", "start", true},
		{"start", "starts", false},
		{"startTime", "start", false},
		{"", "_", true},
		{"Caf\u00e9", "caf\u00e9", true},
		{"caf\u00c9", "caf\u00e9", false},
	} {
		if got := sameName(c.a, c.b); got != c.want {
			t.Errorf("sameName(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
	n := node{kind: jsonObject, keys: []string{"Speaker", "speaker"}, kids: []node{{kind: jsonNumber, span: corpus.Span{Start: 0, End: 1}}, {kind: jsonNumber, span: corpus.Span{Start: 1, End: 2}}}}
	if m := n.member("speaker"); m != &n.kids[1] {
		t.Errorf("member: the name as written wins")
	}
	if m := n.member("SPEAKER"); m != &n.kids[1] {
		t.Errorf("member: the last of loose matches wins")
	}
}

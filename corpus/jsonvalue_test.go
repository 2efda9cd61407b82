package corpus

import (
	"errors"
	"reflect"
	"strings"
	"testing"
)

func TestJSONMembers(t *testing.T) {
	src := `x {"a": 1, "b": {"c": [1, "}"]}, "a": "two"} y`
	m, err := JSONMembers(src, Span{Start: 2, End: len(src) - 2})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for k, s := range m {
		got[k] = s.In(src)
	}
	if want := map[string]string{"a": `"two"`, "b": `{"c": [1, "}"]}`}; !reflect.DeepEqual(got, want) {
		t.Errorf("members %q, want %q", got, want)
	}
	for _, c := range []struct{ src, msg string }{
		{`["a"]`, "not a JSON object"},
		{`{"a": 1`, "the object does not end on its line"},
		{`{"a": 1,}`, "bad JSON near column 9"},
		{`{"a": 1} {}`, "more than one JSON value on the line (column 10)"},
		{`{"a": "\x"}`, "bad JSON near column"},
	} {
		_, err := JSONMembers(c.src, Span{Start: 0, End: len(c.src)})
		if err == nil || !strings.Contains(err.Error(), c.msg) {
			t.Errorf("JSONMembers(%q): %v, want %q", c.src, err, c.msg)
		}
	}
	if _, err := JSONMembers(`"a"`, Span{Start: 0, End: 3}); !errors.Is(err, ErrNotJSONObject) {
		t.Errorf("a string: %v, want ErrNotJSONObject", err)
	}
}

func TestJSONScalar(t *testing.T) {
	for _, c := range []struct {
		raw, want string
		ok        bool
	}{
		{`"caf\u00e9 \"x\""`, `café "x"`, true},
		{`12.5`, `12.5`, true},
		{`true`, `true`, true},
		{`null`, ``, true},
		{``, ``, true},
		{`{"a": 1}`, ``, false},
		{`[1]`, ``, false},
		{`"\x"`, ``, false},
	} {
		if got, ok := JSONScalar(c.raw); got != c.want || ok != c.ok {
			t.Errorf("JSONScalar(%q) = %q, %v; want %q, %v", c.raw, got, ok, c.want, c.ok)
		}
	}
}

// TestJSONEscapes shows which escapes are cut from speech: the cuts are
// marked with | in the string's contents as written.
func TestJSONEscapes(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{`one\ntwo\tthree`, `one|\n|two|\t|three`},
		{`say \"so\"`, `say |\|"so|\|"`},
		{`don\u2019t caf\u00e9`, `don\u2019t caf\u00e9`},
		{`\u201cso\u201d \u2014 end`, `|\u201c|so|\u201d| |\u2014| end`},
		{`a\u00a0b`, `a|\u00a0|b`},
		{`a\\b \/c`, `a\\b \/c`},
		{`x \ud83d\ude00 y`, `x |\ud83d\ude00| y`},
		{`broken \u00`, `broken \u00`},
		{`lone \ud83d x`, `lone |\ud83d| x`},
	} {
		s := Span{Start: 0, End: len(c.in)}
		var b strings.Builder
		pos := 0
		for _, cut := range JSONEscapes(c.in, s) {
			b.WriteString(c.in[pos:cut.Start] + "|" + c.in[cut.Start:cut.End] + "|")
			pos = cut.End
		}
		b.WriteString(c.in[pos:])
		if got := b.String(); got != c.want {
			t.Errorf("JSONEscapes(%s) = %s, want %s", c.in, got, c.want)
		}
	}
}

func TestJSONRune(t *testing.T) {
	for _, c := range []struct {
		in string
		r  rune
		n  int
	}{
		{`\u00e9x`, 'é', 6},
		{`\ud83d\ude00`, '😀', 12},
		{`\ud83dx`, 0xd83d, 6},
		{`\u00`, 0, 0},
		{`\n`, 0, 0},
		{`\uZZZZ`, 0, 0},
	} {
		if r, n := JSONRune(c.in); r != c.r || n != c.n {
			t.Errorf("JSONRune(%q) = %q, %d; want %q, %d", c.in, r, n, c.r, c.n)
		}
	}
}

func TestJSONExcerpt(t *testing.T) {
	if got := JSONExcerpt(strings.Repeat("é", 41)); got != strings.Repeat("é", 40)+"…" {
		t.Errorf("JSONExcerpt = %q", got)
	}
	if got := JSONExcerpt(`{"a": 1}`); got != `{"a": 1}` {
		t.Errorf("JSONExcerpt = %q", got)
	}
}

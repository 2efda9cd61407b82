package play

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"

	"parley/corpus"
)

var update = flag.Bool("update", false, "rewrite golden files")

// listing renders what the reader made of a document, for checking line by
// line against the source.
func listing(d *corpus.Document) string {
	var b strings.Builder
	lines := func(s corpus.Span) string {
		if s.Len() == 0 {
			return "none"
		}
		return fmt.Sprintf("lines %d-%d", d.Line(s.Start), d.Line(s.End-1))
	}
	fmt.Fprintf(&b, "name: %s\nformat: %s\ntitle: %s\ndate: %s\n", d.Name, d.Format, d.Title, d.Date)
	keys := make([]string, 0, len(d.Meta))
	for k := range d.Meta {
		keys = append(keys, k)
	}
	sortStrings(keys)
	for _, k := range keys {
		fmt.Fprintf(&b, "meta %s: %s\n", k, d.Meta[k])
	}
	fmt.Fprintf(&b, "front: %s\nback: %s\n", lines(d.Front), lines(d.Back))
	fmt.Fprintf(&b, "roster: %d\n", len(d.Roster))
	for _, p := range d.Roster {
		fmt.Fprintf(&b, "  L%d %s", p.Line, p.Name)
		if p.Role != "" {
			fmt.Fprintf(&b, " (%s)", p.Role)
		}
		b.WriteString("\n")
	}
	fmt.Fprintf(&b, "speakers: %d\n", len(d.Speakers))
	for _, s := range d.Speakers {
		fmt.Fprintf(&b, "  %s %q forms %q\n", s.ID, s.Name, s.Forms)
	}
	fmt.Fprintf(&b, "turns: %d\n", len(d.Turns))
	for _, t := range d.Turns {
		fmt.Fprintf(&b, "%3d %-10s L%d-%d utterances %d\n", t.Index, t.Speaker, t.FirstLine, t.LastLine, len(t.Utterances))
		for _, u := range t.Utterances {
			fmt.Fprintf(&b, "      L%-3d %q | %s\n", u.Line, u.Cue.In(d.Source), speechText(d, u))
		}
	}
	fmt.Fprintf(&b, "notes: %d\n", len(d.Notes))
	for _, n := range d.Notes {
		fmt.Fprintf(&b, "  %-9s L%-3d turn %2d %q\n", n.Kind, n.Line, n.Turn, clip(d.NoteText(n), 60))
	}
	return b.String()
}

func sortStrings(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

// speechText joins an utterance's speech spans with single spaces.
func speechText(d *corpus.Document, u corpus.Utterance) string {
	var parts []string
	for _, s := range u.Speech {
		parts = append(parts, s.In(d.Source))
	}
	return strings.Join(strings.Fields(strings.Join(parts, " ")), " ")
}

// turnSpeech joins the speech of a turn's utterances.
func turnSpeech(d *corpus.Document, t corpus.Turn) string {
	var parts []string
	for _, u := range t.Utterances {
		parts = append(parts, speechText(d, u))
	}
	return strings.Join(strings.Fields(strings.Join(parts, " ")), " ")
}

func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}

// checkGolden compares got with the golden file, or rewrites it under
// -update.
func checkGolden(t *testing.T, golden, got string) {
	t.Helper()
	if *update {
		if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -run %s -update to create it)", err, t.Name())
	}
	if string(want) == got {
		return
	}
	wl, gl := strings.Split(string(want), "\n"), strings.Split(got, "\n")
	for i := 0; i < len(wl) || i < len(gl); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			t.Errorf("listing differs from %s at line %d; run with -update and review the diff:\nwant %s\ngot  %s", golden, i+1, w, g)
			return
		}
	}
}

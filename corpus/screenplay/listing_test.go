package screenplay

import (
	"fmt"
	"sort"
	"strings"

	"parley/corpus"
	"parley/corpus/corpustest"
)

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
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Fprintf(&b, "meta %s: %s\n", k, d.Meta[k])
	}
	fmt.Fprintf(&b, "front: %s\nback: %s\n", lines(d.Front), lines(d.Back))
	fmt.Fprintf(&b, "speakers: %d\n", len(d.Speakers))
	for _, s := range d.Speakers {
		fmt.Fprintf(&b, "  %s %q forms %q\n", s.ID, s.Name, s.Forms)
	}
	fmt.Fprintf(&b, "turns: %d\n", len(d.Turns))
	for _, t := range d.Turns {
		fmt.Fprintf(&b, "%3d %-10s L%d-%d utterances %d\n", t.Index, t.Speaker, t.FirstLine, t.LastLine, len(t.Utterances))
		for _, u := range t.Utterances {
			fmt.Fprintf(&b, "      L%-3d %q | %s\n", u.Line, u.Cue.In(d.Source), corpustest.SpeechText(d, u))
		}
	}
	fmt.Fprintf(&b, "notes: %d\n", len(d.Notes))
	for _, n := range d.Notes {
		fmt.Fprintf(&b, "  %-9s L%-3d turn %2d %q\n", n.Kind, n.Line, n.Turn, corpustest.Clip(d.NoteText(n), 60))
	}
	return b.String()
}

// turnSpeech joins the speech of a turn's utterances.
func turnSpeech(d *corpus.Document, t corpus.Turn) string {
	var parts []string
	for _, u := range t.Utterances {
		parts = append(parts, corpustest.SpeechText(d, u))
	}
	return strings.Join(strings.Fields(strings.Join(parts, " ")), " ")
}

package reports

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"parley/corpus"
)

// InspectLegend explains the marks of Inspect's left margin.
const InspectLegend = `Each line is marked by what the reader took it for:
  C  a speaker cue (speech may follow on the line), with the speaker beside it
  S  speech
  N  notes only (footnotes, stage directions, insertions)
  F  front matter (header, title, roster)
  B  back matter (closing formulae, distribution list)
  -  none of these: text the reader passed over, or markup
`

// maxMarginName is the widest speaker name Inspect's margin shows.
const maxMarginName = 14

// Inspect writes a document as it was read: its reading summary (the
// reader and why, the share of words read as speech, cues, notes and
// matter, the speakers, the warnings), then every line of the source with
// a margin that gives its number, its mark (see InspectLegend) and, on a
// cue line, the speaker: "  12 C Gromyko  | Gromyko said that ...".
func Inspect(w io.Writer, d *corpus.Document) error {
	var b strings.Builder
	fmt.Fprintf(&b, "== %s\n", d.Name)
	fmt.Fprintf(&b, "reader:   %s, %s\n", readerOf(d), d.Reading.Reason())
	fmt.Fprintf(&b, "words:    %s\n", wordShares(d.Reading.Words, "the text's"))
	turns := "turns"
	if len(d.Turns) == 1 {
		turns = "turn"
	}
	fmt.Fprintf(&b, "speakers: %s; %d %s\n", speakerList(d), len(d.Turns), turns)
	if len(d.Reading.Warnings) == 0 {
		b.WriteString("warnings: none\n")
	}
	for _, wn := range d.Reading.Warnings {
		fmt.Fprintf(&b, "warning:  %s\n", wn.Msg)
	}
	b.WriteString("\n")
	lines := d.ReadLines()
	names := map[string]string{}
	width := 0
	for _, s := range d.Speakers {
		names[s.ID] = s.Name
	}
	margins := make([]string, len(lines))
	for i, lr := range lines {
		var who []string
		for _, id := range lr.Speakers {
			n, ok := names[id]
			if !ok {
				n = id
			}
			if len(who) == 0 || who[len(who)-1] != n {
				who = append(who, n)
			}
		}
		margins[i] = clipRunes(strings.Join(who, "/"), maxMarginName)
		width = max(width, utf8.RuneCountInString(margins[i]))
	}
	digits := len(fmt.Sprint(len(lines)))
	for i, lr := range lines {
		pad := width - utf8.RuneCountInString(margins[i])
		text := strings.TrimRight(lr.Span.In(d.Source), " \t")
		line := fmt.Sprintf("%*d %c %s%s | %s", digits, lr.Line, lr.Kind, margins[i], strings.Repeat(" ", pad), text)
		b.WriteString(strings.TrimRight(line, " "))
		b.WriteByte('\n')
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// clipRunes shortens s to n runes, the last an ellipsis.
func clipRunes(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

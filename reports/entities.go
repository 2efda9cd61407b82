package reports

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"

	"parley/analysis"
	"parley/corpus"
)

// speakerOrder returns the speaker IDs in the order of the speaker table.
func speakerOrder(in Input) []string {
	var ids []string
	for _, r := range in.Tally.SpeakerTable() {
		ids = append(ids, r.ID)
	}
	return ids
}

// EntitiesCSV writes data/entities.csv: per document, each speaker's
// mentions of each entity, then the footnotes' (with an empty speaker).
// Columns: document, speaker, entity, label, mentions, forms (as written,
// "|"-separated, most frequent first).
func EntitiesCSV(w io.Writer, in Input) error {
	cw := newCSV(w)
	cw.Write([]string{"document", "speaker", "entity", "label", "mentions"})
	if in.Entities == nil {
		return flush(cw)
	}
	for _, d := range in.Docs {
		// Counted here, one document at a time, rather than kept for
		// every document of a large corpus.
		t := analysis.CountEntities(d)
		rows := t.SpeakerEntities(speakerOrder(in), 0)
		rows = append(rows, t.EditorialRows()...)
		names := d.SpeakerNames()
		for _, r := range rows {
			speaker := ""
			if r.Speaker != "" {
				speaker = nameOf(names, r.Speaker)
			}
			cw.Write([]string{d.Name, speaker, r.Entity, string(r.Label), strconv.Itoa(r.Mentions)})
		}
	}
	return flush(cw)
}

// MentionsCSV writes data/mentions.csv: every mention, in source order:
// those in speech with their turn and speaker, then those in footnotes
// with neither. Columns: document, turn, line, speaker, entity, label,
// text, source (the evidence that found it: gazetteer, head, title,
// speaker, document or model; see corpus.MentionSource).
func MentionsCSV(w io.Writer, in Input) error { return writeDocTable(w, in, mentionsTable) }

var mentionsTable = docTable{
	name:   "data/mentions.csv",
	header: []string{"document", "turn", "line", "speaker", "entity", "label", "text", "source"},
	rows: func(cw *csv.Writer, d *corpus.Document, _ []analysis.Episode) {
		names := d.SpeakerNames()
		for _, m := range d.Mentions {
			cw.Write([]string{d.Name, strconv.Itoa(m.Turn), strconv.Itoa(d.Line(m.Start)), nameOf(names, m.Speaker), m.Entity, string(m.Label), m.Text, string(m.Source)})
		}
		for _, m := range d.EditorialMentions {
			cw.Write([]string{d.Name, "", strconv.Itoa(d.Line(m.Start)), "", m.Entity, string(m.Label), m.Text, string(m.Source)})
		}
	},
}

// EntitiesText writes each speaker's entities as aligned text, top per
// speaker (0: all).
func EntitiesText(w io.Writer, in Input, top int) error {
	var b strings.Builder
	rows := [][]string{{"speaker", "entity", "label", "mentions", "forms"}}
	for _, r := range in.Entities.SpeakerEntities(speakerOrder(in), top) {
		rows = append(rows, []string{speakerDisplay(in, r.Speaker), r.Entity, string(r.Label), strconv.Itoa(r.Mentions), strings.Join(r.Forms, ", ")})
	}
	writeAligned(&b, rows, map[int]bool{0: true, 1: true, 2: true, 4: true})
	_, err := io.WriteString(w, b.String())
	return err
}

var entityLabels = []corpus.EntityLabel{corpus.Person, corpus.Place, corpus.Organisation, corpus.Group}

// writeEntities writes the report's entity section.
func writeEntities(b *strings.Builder, in Input) {
	t := in.Entities
	if t == nil {
		return
	}
	order := speakerOrder(in)
	b.WriteString("## Entities\n\n")
	b.WriteString("Who names which people, places, organisations and groups (nationalities such as \"British\", kept apart from places), and which laws, treaties and events (named whole: the Paris Agreement is no mention of Paris), in speech only: cue framing and footnotes are left out, and a speaker's own name in their turn is the recorder's framing, not a mention. Aliases are merged (Great Britain, UK and United Kingdom are Britain; USSR is the Soviet Union; USA, US and America are the United States; England and Russia stay apart). Data: `data/entities.csv`, `data/mentions.csv`.\n\n")
	shown := order
	if len(shown) > maxSpeakerSections {
		shown = shown[:maxSpeakerSections]
	}
	// Laws, treaties and events have a column of their own where a
	// speaker names any: named whole, they are no mention of the places
	// and bodies in their names.
	others := false
	for _, r := range t.SpeakerEntities(shown, 0) {
		others = others || r.Label == corpus.Law || r.Label == corpus.Event
	}
	b.WriteString("| Speaker | People | Places | Organisations | Groups |")
	if others {
		b.WriteString(" Laws and events |")
	}
	b.WriteString("\n|:--|:--|:--|:--|:--|")
	if others {
		b.WriteString(":--|")
	}
	b.WriteString("\n")
	for _, id := range shown {
		cells := map[corpus.EntityLabel][]string{}
		var other []string
		for _, r := range t.SpeakerEntities([]string{id}, 0) {
			switch {
			case r.Label == corpus.Law || r.Label == corpus.Event:
				if len(other) < 5 {
					other = append(other, fmt.Sprintf("%s %d", r.Entity, r.Mentions))
				}
			case len(cells[r.Label]) < 5:
				cells[r.Label] = append(cells[r.Label], fmt.Sprintf("%s %d", r.Entity, r.Mentions))
			}
		}
		fmt.Fprintf(b, "| %s |", mdEscape(speakerDisplay(in, id)))
		for _, l := range entityLabels {
			fmt.Fprintf(b, " %s |", mdEscape(strings.Join(cells[l], ", ")))
		}
		if others {
			fmt.Fprintf(b, " %s |", mdEscape(strings.Join(other, ", ")))
		}
		b.WriteString("\n")
	}
	b.WriteString("\n")
	if len(order) > len(shown) {
		fmt.Fprintf(b, "The %d speakers with the most words are shown; all %d are in `data/entities.csv`.\n\n", len(shown), len(order))
	}

	net := t.Network(shown)
	if len(net) > 0 {
		named := map[string]bool{}
		for _, m := range net {
			named[m.To] = true
		}
		var cols []string
		for _, id := range order {
			if named[id] {
				cols = append(cols, id)
			}
		}
		cell := map[[2]string]int{}
		for _, m := range net {
			cell[[2]string{m.From, m.To}] = m.Mentions
		}
		b.WriteString("Who mentions whom: rows name the speaker, columns the speaker named, cells the mentions.\n\n| Speaker |")
		for _, c := range cols {
			fmt.Fprintf(b, " %s |", mdEscape(speakerDisplay(in, c)))
		}
		b.WriteString("\n|:--|" + strings.Repeat("--:|", len(cols)) + "\n")
		for _, from := range order {
			fmt.Fprintf(b, "| %s |", mdEscape(speakerDisplay(in, from)))
			for _, to := range cols {
				if n := cell[[2]string{from, to}]; n > 0 {
					fmt.Fprintf(b, " %d |", n)
				} else {
					b.WriteString(" |")
				}
			}
			b.WriteString("\n")
		}
		b.WriteString("\n")
	}

	if pairs := t.CoOccurrences(2, 10); len(pairs) > 0 {
		b.WriteString("Named together in the same turn (at least two turns):\n\n| Entities | Turns |\n|:--|--:|\n")
		for _, p := range pairs {
			fmt.Fprintf(b, "| %s and %s | %d |\n", mdEscape(p.A.Entity), mdEscape(p.B.Entity), p.Turns)
		}
		b.WriteString("\n")
	}

	if only := t.EditorialOnly(); len(only) > 0 {
		var people []string
		others := 0
		for _, r := range only {
			if r.Label == corpus.Person {
				people = append(people, mdEscape(r.Entity))
			} else {
				others++
			}
		}
		fmt.Fprintf(b, "Named only in the editors' footnotes, never in speech: %d people", len(people))
		if len(people) > 0 {
			fmt.Fprintf(b, " (%s)", strings.Join(people, ", "))
		}
		fmt.Fprintf(b, " and %d other entities.\n\n", others)
	}
}

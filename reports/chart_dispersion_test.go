package reports

import (
	"bytes"
	"context"
	"reflect"
	"slices"
	"strings"
	"testing"

	"parley/analysis"
	"parley/corpus"
	"parley/corpus/record"
	"parley/stages"
)

func TestDispersionChartRenders(t *testing.T) {
	in := sampleKeywordInput(t)
	svg := renderSVG(t, "dispersion", in)
	if !bytes.Equal(svg, renderSVG(t, "dispersion", in)) {
		t.Errorf("SVG differs between two renders")
	}
	for _, want := range []string{"Words into the conversation", "america", "bloc"} {
		if !bytes.Contains(svg, []byte(want)) {
			t.Errorf("SVG lacks %q", want)
		}
	}
	var b bytes.Buffer
	if ok, err := WriteChart(&b, kindNamed(t, "dispersion"), sampleInput(t), ChartOptions{}, "svg"); ok || err != nil {
		t.Errorf("no keywords: ok %v, err %v", ok, err)
	}
}

// TestDispersionRowsSample checks the rows on the bundled record: the
// eight strongest keyword terms of `parley keywords`, by first use, at
// positions found a second way: from each turn's start (the words of the
// turns before it) and the word's place in the turn.
func TestDispersionRowsSample(t *testing.T) {
	in := sampleKeywordInput(t)
	rows, total := dispersionRows(in)
	if total != in.Tally.Words {
		t.Errorf("total %d words, the tally counts %d", total, in.Tally.Words)
	}
	var forms []string
	for _, r := range rows {
		forms = append(forms, r.Form)
	}
	// By G² these are export, united, increase, states, purchasing, bloc,
	// america, labour; the chart orders them by first use.
	if got, want := strings.Join(forms, " "), "labour states united increase export purchasing bloc america"; got != want {
		t.Errorf("rows %s\nwant %s", got, want)
	}
	want := map[string][]int{}
	start := 0
	for _, turn := range in.Docs[0].Turns {
		nth := 0
		for _, tok := range turn.Tokens {
			if !tok.Word {
				continue
			}
			want[tok.Term] = append(want[tok.Term], start+nth)
			nth++
		}
		start += turn.Words()
	}
	for i, r := range rows {
		if !slices.Equal(r.Positions, want[r.Term]) {
			t.Errorf("%s at %v, want %v", r.Form, r.Positions, want[r.Term])
		}
		// Every use the tally counts is marked.
		uses := 0
		for _, s := range in.Tally.Speakers {
			uses += s.Term(r.Term)
		}
		if len(r.Positions) != uses {
			t.Errorf("%s: %d marks, %d uses", r.Form, len(r.Positions), uses)
		}
		if i > 0 && rows[i-1].Positions[0] >= r.Positions[0] {
			t.Errorf("%s (first at %d) after %s (first at %d)", r.Form, r.Positions[0], rows[i-1].Form, rows[i-1].Positions[0])
		}
	}
}

// TestDispersionRowsHandMade checks selection and order on a record small
// enough to count by hand, with keywords whose order by G² is not their
// order of first use, one term listed twice, and one never used.
func TestDispersionRowsHandMade(t *testing.T) {
	src := "RECORD OF A TALK\nAttendants: Smith and Jones.\nSMITH says that zebras eat mangoes.\nJONES says that apples, and zebras, differ.\nEnd of conversation.\n"
	d, err := record.ReadOne("talk.txt", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if err := stages.Default().Run(context.Background(), []*corpus.Document{d}); err != nil {
		t.Fatal(err)
	}
	term := func(norm string) string {
		for _, turn := range d.Turns {
			for _, tok := range turn.Tokens {
				if tok.Norm == norm {
					return tok.Term
				}
			}
		}
		t.Fatalf("no %q in %q", norm, src)
		return ""
	}
	in := Input{Docs: []*corpus.Document{d}, Tally: analysis.Count(d), Keywords: []analysis.Keyword{
		{Target: "smith", Term: term("mangoes"), Form: "mangoes", Keyness: analysis.Keyness{G2: 9}},
		{Target: "smith", Term: term("zebras"), Form: "zebra-weak", Keyness: analysis.Keyness{G2: 0.5}},
		{Target: "jones", Term: term("apples"), Form: "apples", Keyness: analysis.Keyness{G2: 5}},
		{Target: "jones", Term: "unused", Form: "unused", Keyness: analysis.Keyness{G2: 4}},
		{Target: "jones", Term: term("zebras"), Form: "zebras", Keyness: analysis.Keyness{G2: 1}},
	}}
	rows, total := dispersionRows(in)
	// Words: zebras(0) eat(1) mangoes(2) | apples(3) and(4) zebras(5) differ(6).
	want := []dispersionRow{
		{Term: term("zebras"), Form: "zebras", Positions: []int{0, 5}},
		{Term: term("mangoes"), Form: "mangoes", Positions: []int{2}},
		{Term: term("apples"), Form: "apples", Positions: []int{3}},
	}
	if total != 7 || !reflect.DeepEqual(rows, want) {
		t.Errorf("got %d words, rows %+v\nwant 7 words, rows %+v", total, rows, want)
	}

	// Labels belong to their rows (the bug of NLTK's dispersion_plot):
	// the first row at the top, each tick label at its lane.
	p, xr := dispersionPlot(rows, total, nil)
	labels := tickLabels(p.Y)
	for i, l := range xr.lanes {
		if labels[l.y] != rows[i].Form || !slices.Equal(l.positions, rows[i].Positions) {
			t.Errorf("lane at %v labelled %q with %v, want %q with %v", l.y, labels[l.y], l.positions, rows[i].Form, rows[i].Positions)
		}
		if i > 0 && l.y >= xr.lanes[i-1].y {
			t.Errorf("%s not below %s", rows[i].Form, rows[i-1].Form)
		}
	}

	// Only the strongest dispersionTerms are drawn.
	var many []analysis.Keyword
	for i := range dispersionTerms + 2 {
		many = append(many, analysis.Keyword{Term: term("zebras"), Form: "zebras", Keyness: analysis.Keyness{G2: float64(i)}})
	}
	in.Keywords = append(many, in.Keywords...)
	if rows, _ := dispersionRows(in); len(rows) != 3 {
		t.Errorf("%d rows for three distinct terms", len(rows))
	}
	if rows, _ := dispersionRows(Input{Docs: in.Docs}); rows != nil {
		t.Errorf("rows without keywords: %v", rows)
	}
}

func TestDispersionRowsCap(t *testing.T) {
	in := sampleKeywordInput(t)
	rows, _ := dispersionRows(in)
	if len(rows) != dispersionTerms {
		t.Fatalf("%d rows, want %d", len(rows), dispersionTerms)
	}
	// The rows are the strongest terms: none left out is stronger than
	// the weakest drawn.
	drawn := map[string]bool{}
	for _, r := range rows {
		drawn[r.Term] = true
	}
	weakest := 1e9
	for _, k := range in.Keywords {
		if drawn[k.Term] {
			weakest = min(weakest, best(in.Keywords, k.Term))
		}
	}
	for _, k := range in.Keywords {
		if !drawn[k.Term] && k.G2 > weakest {
			t.Errorf("%s (G² %.2f) left out, %.2f drawn", k.Form, k.G2, weakest)
		}
	}
}

// best returns a term's largest G² among keywords.
func best(ks []analysis.Keyword, term string) float64 {
	g := 0.0
	for _, k := range ks {
		if k.Term == term {
			g = max(g, k.G2)
		}
	}
	return g
}

// TestEpisodeBands checks that the bands tile the conversation as the
// timeline's do: from word 0 to the last, each starting where the last
// ended, at a turn's start.
func TestEpisodeBands(t *testing.T) {
	in := sampleInput(t)
	total := float64(in.Tally.Words)
	bands := episodeBands(in.Docs[0], in.Episodes[0], total)
	if len(bands) != len(in.Episodes[0]) || len(bands) < 2 {
		t.Fatalf("%d bands for %d episodes", len(bands), len(in.Episodes[0]))
	}
	starts := map[float64]bool{}
	pos := 0.0
	for _, turn := range in.Docs[0].Turns {
		starts[pos] = true
		pos += float64(turn.Words())
	}
	for i, b := range bands {
		if b.index != i+1 || b.start >= b.end || !starts[b.start] {
			t.Errorf("band %d: %+v", i, b)
		}
		if i > 0 && b.start != bands[i-1].end {
			t.Errorf("band %d starts at %v, band %d ends at %v", i, b.start, i-1, bands[i-1].end)
		}
	}
	if bands[0].start != 0 || bands[len(bands)-1].end != total {
		t.Errorf("bands from %v to %v, want 0 to %v", bands[0].start, bands[len(bands)-1].end, total)
	}
}

// TestEpisodeBandsOne checks that a conversation of one episode gets no
// band: a lone shaded band numbered "1" would divide nothing.
func TestEpisodeBandsOne(t *testing.T) {
	in := sampleInput(t)
	one := []analysis.Episode{{Index: 1, FirstTurn: in.Docs[0].Turns[0].Index, LastTurn: in.Docs[0].Turns[len(in.Docs[0].Turns)-1].Index}}
	if bands := episodeBands(in.Docs[0], one, float64(in.Tally.Words)); bands != nil {
		t.Errorf("one episode: bands %+v, want none", bands)
	}
}

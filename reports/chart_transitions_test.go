package reports

import (
	"bytes"
	"fmt"
	"image/color"
	"math"
	"testing"

	"gonum.org/v1/plot/vg"

	"parley/analysis"
	"parley/corpus"
	"parley/corpus/record"
)

// turnsBy makes a document whose turns are by the given speakers, in order.
func turnsBy(speakers ...string) *corpus.Document {
	d := &corpus.Document{}
	for i, s := range speakers {
		d.Turns = append(d.Turns, corpus.Turn{Index: i + 1, Speaker: s})
	}
	return d
}

func TestTransitionCounts(t *testing.T) {
	tests := []struct {
		name string
		docs []*corpus.Document
		want [][]int
	}{
		{
			// a→b, b→a, a→c.
			name: "four turns",
			docs: []*corpus.Document{turnsBy("a", "b", "a", "c")},
			want: [][]int{{0, 1, 1}, {1, 0, 0}, {0, 0, 0}},
		},
		{
			// The first document ends with c, the second starts with c:
			// no c→c. In the second, c→a counts; a→x and x→a do not.
			name: "two documents and a stranger",
			docs: []*corpus.Document{turnsBy("a", "b", "a", "c"), turnsBy("c", "a", "x", "a")},
			want: [][]int{{0, 1, 1}, {1, 0, 0}, {1, 0, 0}},
		},
		{
			name: "one turn",
			docs: []*corpus.Document{turnsBy("a")},
			want: [][]int{{0, 0, 0}, {0, 0, 0}, {0, 0, 0}},
		},
	}
	for _, tc := range tests {
		got := transitionCounts(tc.docs, []string{"a", "b", "c"})
		if fmt.Sprint(got) != fmt.Sprint(tc.want) {
			t.Errorf("%s: %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestTransitionCountsSample(t *testing.T) {
	in := sampleInput(t)
	rows := in.Tally.SpeakerTable()
	ids := make([]string, len(rows))
	at := map[string]int{}
	for i, r := range rows {
		ids[i] = r.ID
		at[r.Name] = i
	}
	counts := transitionCounts(in.Docs, ids)
	turns := in.Docs[0].Turns
	first, last := turns[0].Speaker, turns[len(turns)-1].Speaker
	total := 0
	for i, r := range rows {
		out, into := 0, 0
		for j := range rows {
			out += counts[i][j]
			into += counts[j][i]
		}
		total += out
		// Every turn but the last is followed; every turn but the first
		// follows one.
		if want := r.Turns - b2i(r.ID == last); out != want {
			t.Errorf("%s is followed %d times, want %d", r.Name, out, want)
		}
		if want := r.Turns - b2i(r.ID == first); into != want {
			t.Errorf("%s follows %d times, want %d", r.Name, into, want)
		}
	}
	if total != len(turns)-1 {
		t.Errorf("%d transitions, want %d", total, len(turns)-1)
	}
	// Counted by hand in data/turns.csv.
	for _, c := range []struct {
		from, to string
		want     int
	}{
		{"Stalin", "Zilliacus", 7}, {"Zilliacus", "Stalin", 9}, {"Stalin", "Bing", 3},
		{"Stalin", "Parkin", 3}, {"Champion", "Stalin", 2}, {"Lee", "Thomas", 1}, {"Stalin", "Stalin", 0},
	} {
		if got := counts[at[c.from]][at[c.to]]; got != c.want {
			t.Errorf("%s followed by %s %d times, want %d", c.from, c.to, got, c.want)
		}
	}
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func TestTransitionsChart(t *testing.T) {
	in := sampleInput(t)
	for _, width := range []vg.Length{60 * vg.Millimeter, 0, 180 * vg.Millimeter} {
		svg := turnChartSVG(t, "transitions", in, width)
		if !bytes.Equal(svg, turnChartSVG(t, "transitions", in, width)) {
			t.Errorf("width %v: SVG differs between two renders", width)
		}
		for _, want := range []string{">Turn by</text>", ">Followed by</text>", ">Stalin</text>", ">Champion</text>", ">9</text>", ">7</text>"} {
			if !bytes.Contains(svg, []byte(want)) {
				t.Errorf("width %v: SVG lacks %s", width, want)
			}
		}
	}
	// At one column the grid fills the width and is square.
	width := 3.5 * vg.Inch
	p, height, ok := transitionsChart(in, width)
	if !ok {
		t.Fatal("no transitions chart")
	}
	a := transitionDataArea(p, width, height)
	if d := math.Abs(float64(a.Size().X - a.Size().Y)); d > 0.01 {
		t.Errorf("grid %v × %v, not square", a.Size().X, a.Size().Y)
	}
	// A wide chart stops the cells growing: as tall at 180 mm as at
	// 150 mm.
	_, h150, _ := transitionsChart(in, 150*vg.Millimeter)
	_, h180, _ := transitionsChart(in, 180*vg.Millimeter)
	if h150 != h180 || h180 <= height {
		t.Errorf("heights %v at 89 mm, %v at 150 mm, %v at 180 mm", height, h150, h180)
	}
}

func TestTransitionsNoData(t *testing.T) {
	one, err := record.ReadOne("one.txt", []byte("RECORD OF A TALK\nAttendants: Smith.\nSMITH says that it is fine.\nEnd of conversation.\n"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		in   Input
	}{
		{"no tally", Input{}},
		{"no speakers", Input{Tally: &analysis.Tally{}}},
		{"one speaker", Input{Docs: []*corpus.Document{one}, Tally: analysis.Count(one)}},
	}
	for _, tc := range tests {
		if _, _, ok := transitionsChart(tc.in, 3.5*vg.Inch); ok {
			t.Errorf("%s: a chart without data", tc.name)
		}
	}
}

func TestTransitionShade(t *testing.T) {
	if got := transitionShade(0); got != rgb(0xFF, 0xFF, 0xFF) {
		t.Errorf("shade of 0 is %v, want white", got)
	}
	if got := transitionShade(1); got != blues[len(blues)-1] {
		t.Errorf("shade of 1 is %v, want the ramp's darkest", got)
	}
	// Darker with every step, so that grayscale keeps the order.
	prev := 2.0
	for k := 0; k <= 100; k++ {
		l := luminance(transitionShade(float64(k) / 100))
		if l >= prev {
			t.Errorf("shade of %v is no darker than the one before (luminance %.4f, then %.4f)", float64(k)/100, prev, l)
		}
		prev = l
	}
}

func TestTransitionInk(t *testing.T) {
	tests := []struct {
		bg   color.Color
		want color.Color
	}{
		{color.White, ink},
		{transitionShade(0.1), ink},
		{transitionShade(0.5), ink},
		{transitionShade(0.8), color.White},
		{transitionShade(1), color.White},
	}
	for _, tc := range tests {
		if got := textOn(tc.bg); got != tc.want {
			t.Errorf("text on %v is %v, want %v", tc.bg, got, tc.want)
		}
	}
}

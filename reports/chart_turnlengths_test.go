package reports

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"gonum.org/v1/plot/vg"

	"parley/analysis"
)

// turnChartSVG draws a chart kind as SVG at the given width; it fails the
// test if the chart has no data.
func turnChartSVG(t *testing.T, name string, in Input, width vg.Length) []byte {
	t.Helper()
	var b bytes.Buffer
	ok, err := WriteChart(&b, kindNamed(t, name), in, ChartOptions{Width: width}, "svg")
	if err != nil || !ok {
		t.Fatalf("%s: ok %v, err %v", name, ok, err)
	}
	return b.Bytes()
}

func TestTurnLengthsChart(t *testing.T) {
	in := sampleInput(t)
	for _, width := range []vg.Length{60 * vg.Millimeter, 0, 180 * vg.Millimeter} {
		svg := turnChartSVG(t, "turn-lengths", in, width)
		if !bytes.Equal(svg, turnChartSVG(t, "turn-lengths", in, width)) {
			t.Errorf("width %v: SVG differs between two renders", width)
		}
		// 1 to 595 words: a log scale, said so, with plain labels.
		for _, want := range []string{">Words per turn (log scale)</text>", ">1</text>", ">10</text>", ">100</text>", ">Stalin</text>", ">Champion</text>"} {
			if !bytes.Contains(svg, []byte(want)) {
				t.Errorf("width %v: SVG lacks %s", width, want)
			}
		}
	}
}

func TestTurnLengthsData(t *testing.T) {
	in := sampleInput(t)
	got := turnLengths(in)
	table := in.Tally.SpeakerTable()
	if len(got) != len(table) {
		t.Fatalf("%d speakers, want %d", len(got), len(table))
	}
	for i, r := range table {
		s := got[i]
		if s.ID != r.ID || s.Name != r.Name {
			t.Errorf("row %d is %s, want %s (speaker-table order)", i, s.ID, r.ID)
		}
		var want []int
		for _, turn := range in.Docs[0].Turns {
			if turn.Speaker == r.ID {
				want = append(want, turn.Words())
			}
		}
		if !slices.Equal(s.Words, want) {
			t.Errorf("%s: turn lengths %v, want %v", r.Name, s.Words, want)
		}
		sum := 0
		for _, w := range s.Words {
			sum += w
		}
		if len(s.Words) != r.Turns || sum != r.Words {
			t.Errorf("%s: %d turns of %d words, the speaker table says %d of %d", r.Name, len(s.Words), sum, r.Turns, r.Words)
		}
	}
	// Checked by hand against the words column of data/turns.csv.
	if want := []int{5, 10, 36, 206, 49, 95, 1, 300, 45}; got[1].Name != "Zilliacus" || !slices.Equal(got[1].Words, want) {
		t.Errorf("second row %s %v, want Zilliacus %v", got[1].Name, got[1].Words, want)
	}
}

func TestTurnStrip(t *testing.T) {
	tests := []struct {
		words          []int
		median, q1, q3 float64
		box            bool
	}{
		{[]int{9, 1, 5, 3, 7}, 5, 3, 7, true}, // the hinges share the median
		{[]int{4, 1, 3, 2, 6, 5}, 3.5, 2, 5, true},
		{[]int{4, 1, 3, 2}, 2.5, 1.5, 3.5, false}, // too few turns for a box
		{[]int{7}, 7, 7, 7, false},
	}
	for _, tc := range tests {
		s := newTurnStrip(tc.words, 0)
		if s.median != tc.median || s.q1 != tc.q1 || s.q3 != tc.q3 || s.box != tc.box {
			t.Errorf("%v: median %v, hinges %v %v, box %v; want %v, %v %v, %v", tc.words, s.median, s.q1, s.q3, s.box, tc.median, tc.q1, tc.q3, tc.box)
		}
	}
}

func TestTurnStripOffsets(t *testing.T) {
	up, down := turnStripLevels[1], turnStripLevels[2]
	tests := []struct {
		xs   []vg.Length
		want []float64
	}{
		{[]vg.Length{0, 10, 20}, []float64{0, 0, 0}},                         // apart: all on the centre line
		{[]vg.Length{0, 0, 0, 10, 10.5}, []float64{0, up, down, 0, up}},      // ties spread out
		{[]vg.Length{0, 1, 2, 3}, []float64{0, up, down, 0}},                 // the fourth clears the first
		{[]vg.Length{0, 0.5, 1, 1.5}, []float64{0, up, down, 0}},             // none clears: the farthest
		{[]vg.Length{0, 0.5, 1, 1.5, 2}, []float64{0, up, down, 0, up}},      // and so on, in turn
		{[]vg.Length{}, []float64{}},                                         // nothing
		{[]vg.Length{5}, []float64{0}},                                       // one dot
		{[]vg.Length{0, 2.9, 5.8, 8.7, 11.6}, []float64{0, up, 0, up, 0}},    // each clears the one before last
		{[]vg.Length{0, 3, 6}, []float64{0, 0, 0}},                           // a gap exactly wide enough
		{[]vg.Length{0, 2.99, 3}, []float64{0, up, 0}},                       // just short of it
		{[]vg.Length{0, 1, 1, 1, 1, 1}, []float64{0, up, down, 0, up, down}}, // ties cycle
	}
	for _, tc := range tests {
		if got := turnStripOffsets(tc.xs, 3); !slices.Equal(got, tc.want) {
			t.Errorf("turnStripOffsets(%v, 3) = %v, want %v", tc.xs, got, tc.want)
		}
	}
}

func TestDecadeTicks(t *testing.T) {
	labels := func(dt decadeTicks, min, max float64) string {
		var ls []string
		for _, tk := range dt.Ticks(min, max) {
			if tk.Label != "" {
				ls = append(ls, tk.Label)
			}
		}
		return strings.Join(ls, " ")
	}
	tests := []struct {
		dt       decadeTicks
		min, max float64
		want     string
	}{
		{decadeTicks{}, 0.77, 773, "1 10 100"},
		{decadeTicks{twoFive: true}, 0.77, 773, "1 2 5 10 20 50 100 200 500"},
		{decadeTicks{}, 3, 60, "5 10 20 50"}, // one power of ten: 2× and 5× too
		{decadeTicks{}, 1, 1000, "1 10 100 1000"},
	}
	for _, tc := range tests {
		if got := labels(tc.dt, tc.min, tc.max); got != tc.want {
			t.Errorf("%+v.Ticks(%v, %v) labels %q, want %q", tc.dt, tc.min, tc.max, got, tc.want)
		}
	}
	if n := len(decadeTicks{}.Ticks(1, 100)); n != 19 {
		t.Errorf("1 to 100 has %d ticks, want 19 (1–9, 10–90, 100)", n)
	}
}

func TestTurnLengthsNoData(t *testing.T) {
	tests := []struct {
		name string
		in   Input
	}{
		{"no tally", Input{}},
		{"no turns", Input{Tally: &analysis.Tally{}}},
		{"no words", smallInput(t)}, // untokenized: every turn has 0 words
	}
	for _, tc := range tests {
		if _, _, ok := turnLengthsChart(tc.in, 3.5*vg.Inch); ok {
			t.Errorf("%s: a chart without data", tc.name)
		}
	}
}

// TestLastAt draws each place's last dot only: the same x on the same
// level is one dot; the same x on another level, or another x, is not.
func TestLastAt(t *testing.T) {
	xs := []vg.Length{1, 1, 1, 1, 2, 3, 3}
	offs := []float64{0, 0.19, -0.19, 0, 0, 0, 0.19}
	want := []bool{false, true, true, true, true, true, true}
	for i := range xs {
		if got := lastAt(xs, offs, i); got != want[i] {
			t.Errorf("dot %d (x %v, level %v): lastAt %v, want %v", i, xs[i], offs[i], got, want[i])
		}
	}
}

package reports

import (
	"bytes"
	"math"
	"strings"
	"testing"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgsvg"

	"parley/analysis"
)

// sampleKeywordInput is sampleInput with the report's default keywords:
// each speaker's top ten, used at least twice, p at most 0.05.
func sampleKeywordInput(t testing.TB) Input {
	t.Helper()
	in := sampleInput(t)
	in.KeywordOptions = analysis.KeywordOptions{MinFreq: 2, Top: 10, MaxP: 0.05}
	in.Keywords = in.Tally.SpeakerKeywords(in.KeywordOptions)
	return in
}

// renderSVG draws a chart kind as SVG at the default width.
func renderSVG(t *testing.T, name string, in Input) []byte {
	t.Helper()
	var b bytes.Buffer
	ok, err := WriteChart(&b, kindNamed(t, name), in, ChartOptions{}, "svg")
	if err != nil || !ok {
		t.Fatalf("%s: ok %v, err %v", name, ok, err)
	}
	return b.Bytes()
}

func TestKeynessChartRenders(t *testing.T) {
	in := sampleKeywordInput(t)
	svg := renderSVG(t, "keyness", in)
	if !bytes.Equal(svg, renderSVG(t, "keyness", in)) {
		t.Errorf("SVG differs between two renders")
	}
	for _, want := range []string{"Stalin", "Lee", "america", "Signed log-likelihood G²", "−10"} {
		if !bytes.Contains(svg, []byte(want)) {
			t.Errorf("SVG lacks %q", want)
		}
	}
	if bytes.Contains(svg, []byte("Parkin")) {
		t.Errorf("SVG draws a fifth speaker")
	}
}

// TestKeynessPanels checks the chart's data against the keyword tables
// of `parley keywords` and `parley keywords --negative --top 3` on the
// bundled record.
func TestKeynessPanels(t *testing.T) {
	in := sampleKeywordInput(t)
	got := keynessPanels(in)
	// Each speaker's bars top to bottom, "+" positive, "-" negative.
	want := []string{
		"Stalin: +america +part +agreement +continue +deliveries -increase -labour -export",
		"Zilliacus: +head +place +visited +representatives +communists -united -relations -british",
		"Bing: +export +increase +purchasing +production +significant -party -agreement",
		"Lee: +labour +trends +group +order +party -britain",
	}
	if len(got) != len(want) {
		t.Fatalf("%d panels, want %d", len(got), len(want))
	}
	for i, p := range got {
		s := p.Name + ":"
		for _, k := range p.Bars {
			sign := "+"
			if k.G2 < 0 {
				sign = "-"
			}
			s += " " + sign + k.Form
		}
		if s != want[i] {
			t.Errorf("panel %d:\n got %s\nwant %s", i, s, want[i])
		}
	}
	rows := in.Tally.SpeakerTable()
	for i, p := range got {
		if p.ID != rows[i].ID {
			t.Errorf("panel %d is %s, want %s (speaker-table order)", i, p.ID, rows[i].ID)
		}
		for j, k := range p.Bars {
			if k.Target != p.ID {
				t.Errorf("%s: bar %s is %s's keyword", p.ID, k.Form, k.Target)
			}
			if j > 0 && p.Bars[j-1].G2 < k.G2 {
				t.Errorf("%s: bars not by signed G²: %s %.2f above %s %.2f", p.ID, p.Bars[j-1].Form, p.Bars[j-1].G2, k.Form, k.G2)
			}
			// The sign is the keyness's: recompute it from the counts.
			if g := analysis.NewKeyness(k.A, k.B, k.C, k.D).G2; math.Abs(g-k.G2) > 1e-9 || g == 0 {
				t.Errorf("%s: %s G² %v, recomputed %v", p.ID, k.Form, k.G2, g)
			}
			if k.G2 < 0 && float64(k.A)/float64(k.C) >= float64(k.B)/float64(k.D) {
				t.Errorf("%s: negative keyword %s is not rarer in the speaker", p.ID, k.Form)
			}
		}
	}
	if g := got[0].Bars[len(got[0].Bars)-1]; g.Form != "export" || math.Abs(g.G2-(-10.96)) > 0.005 {
		t.Errorf("Stalin's last bar %s %.2f, want export -10.96", g.Form, g.G2)
	}
}

func TestKeynessPanelsEdges(t *testing.T) {
	if ps := keynessPanels(Input{}); ps != nil {
		t.Errorf("no tally: %v", ps)
	}
	// With --negative the report's keywords are all negative: the panels
	// then hold only the computed negative bars, never one twice.
	in := sampleKeywordInput(t)
	in.KeywordOptions.Negative = true
	in.Keywords = in.Tally.SpeakerKeywords(in.KeywordOptions)
	for _, p := range keynessPanels(in) {
		if len(p.Bars) > keynessNegative {
			t.Errorf("%s: %d bars", p.ID, len(p.Bars))
		}
		for _, k := range p.Bars {
			if k.G2 >= 0 {
				t.Errorf("%s: %s positive", p.ID, k.Form)
			}
		}
	}
}

// TestKeynessPlotsLabels checks that every bar is labelled with its own
// keyword, and that the panels share one x scale with one axis.
func TestKeynessPlotsLabels(t *testing.T) {
	ps := keynessPanels(sampleKeywordInput(t))
	plots, bars := keynessPlots(ps)
	for i, p := range plots {
		labels := tickLabels(p.Y)
		if len(bars[i]) != len(ps[i].Bars) {
			t.Fatalf("panel %d: %d bars for %d keywords", i, len(bars[i]), len(ps[i].Bars))
		}
		for j, b := range bars[i] {
			k := ps[i].Bars[j]
			if b.g2 != k.G2 || labels[b.y] != clipName(k.Form, 16) {
				t.Errorf("panel %d: bar %.2f labelled %q, want %.2f %q", i, b.g2, labels[b.y], k.G2, k.Form)
			}
			if j > 0 && b.y >= bars[i][j-1].y {
				t.Errorf("panel %d: %s not below %s", i, k.Form, ps[i].Bars[j-1].Form)
			}
		}
		if p.X.Min != plots[0].X.Min || p.X.Max != plots[0].X.Max {
			t.Errorf("panel %d: x from %v to %v, panel 0 from %v to %v", i, p.X.Min, p.X.Max, plots[0].X.Min, plots[0].X.Max)
		}
		if last := i == len(plots)-1; (p.X.Label.Text != "") != last {
			t.Errorf("panel %d: x label %q", i, p.X.Label.Text)
		}
	}
}

// tickLabels returns an axis's tick labels by value.
func tickLabels(a plot.Axis) map[float64]string {
	m := map[float64]string{}
	for _, tk := range a.Tick.Marker.Ticks(a.Min, a.Max) {
		m[tk.Value] = tk.Label
	}
	return m
}

// TestStackCanvases checks the stack's layout: data areas share their
// left and right edges whatever their labels, and their heights follow
// the weights.
func TestStackCanvases(t *testing.T) {
	ps := keynessPanels(sampleKeywordInput(t))
	plots, _ := keynessPlots(ps)
	titles := make([]string, len(ps))
	weights := make([]float64, len(ps))
	for i, p := range ps {
		titles[i] = p.Name
		weights[i] = float64(len(p.Bars))
	}
	c := draw.New(vgsvg.New(3.5*vg.Inch, 5*vg.Inch))
	cs := stackCanvases(c, plots, titles, weights)
	var dcs []draw.Canvas
	for i, p := range plots {
		dcs = append(dcs, p.DataCanvas(cs[i]))
		if cs[i].Min.X < c.Min.X-0.01 || cs[i].Max.X > c.Max.X+0.01 || cs[i].Min.Y < c.Min.Y-0.01 || cs[i].Max.Y > c.Max.Y+0.01 {
			t.Errorf("panel %d at %v, outside %v", i, cs[i].Rectangle, c.Rectangle)
		}
		if i > 0 && cs[i].Max.Y > cs[i-1].Min.Y {
			t.Errorf("panel %d overlaps panel %d", i, i-1)
		}
	}
	perRow := (dcs[0].Max.Y - dcs[0].Min.Y) / vg.Length(weights[0])
	for i, dc := range dcs {
		if d := math.Abs(float64(dc.Min.X-dcs[0].Min.X)) + math.Abs(float64(dc.Max.X-dcs[0].Max.X)); d > 0.01 {
			t.Errorf("panel %d: data area from %v to %v, panel 0 from %v to %v", i, dc.Min.X, dc.Max.X, dcs[0].Min.X, dcs[0].Max.X)
		}
		if r := (dc.Max.Y - dc.Min.Y) / vg.Length(weights[i]); math.Abs(float64(r-perRow)) > 0.01 {
			t.Errorf("panel %d: %v per row, panel 0 %v", i, r, perRow)
		}
	}
}

func TestSignedTicks(t *testing.T) {
	var labels []string
	for _, tk := range (signedTicks{}).Ticks(-12, 23) {
		if tk.Label != "" {
			labels = append(labels, tk.Label)
		}
	}
	if got := strings.Join(labels, " "); got != "−10 0 10 20" {
		t.Errorf("labels %q", got)
	}
}

func TestFitText(t *testing.T) {
	long := "The Right Honourable Member for Ebbw Vale"
	if got := fitText(long, 8, 10*vg.Inch); got != long {
		t.Errorf("fits, yet shortened to %q", got)
	}
	got := fitText(long, 8, 1*vg.Inch)
	if textWidth(got, 8) > 1*vg.Inch || !strings.HasSuffix(got, "…") || !strings.HasPrefix(long, strings.TrimSuffix(got, "…")) {
		t.Errorf("fitText to 1 in: %q, %v wide", got, textWidth(got, 8))
	}
}

package reports

import (
	"bytes"
	"context"
	"image/png"
	"strings"
	"testing"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"

	"parley/analysis"
	"parley/corpus"
	"parley/corpus/record"
	"parley/stages"
)

// sampleInput reads, annotates and counts the bundled record.
func sampleInput(t testing.TB) Input {
	t.Helper()
	d, err := record.ReadOne(corpus.SampleName, corpus.Sample())
	if err != nil {
		t.Fatal(err)
	}
	if err := stages.Default().Run(context.Background(), []*corpus.Document{d}); err != nil {
		t.Fatal(err)
	}
	return Input{Docs: []*corpus.Document{d}, Tally: analysis.Count(d), Episodes: [][]analysis.Episode{analysis.Episodes(d, analysis.EpisodeOptions{})}}
}

func kindNamed(t *testing.T, name string) ChartKind {
	for _, k := range ChartKinds() {
		if k.Name == name {
			return k
		}
	}
	t.Fatalf("no chart kind %q", name)
	return ChartKind{}
}

func TestChartFormats(t *testing.T) {
	in := sampleInput(t)
	k := kindNamed(t, "speakers")
	render := func(format string, opt ChartOptions) []byte {
		var b bytes.Buffer
		ok, err := WriteChart(&b, k, in, opt, format)
		if err != nil || !ok {
			t.Fatalf("%s: ok %v, err %v", format, ok, err)
		}
		return b.Bytes()
	}
	svg := render("svg", ChartOptions{})
	if !bytes.HasPrefix(svg, []byte("<?xml")) || !bytes.Contains(svg, []byte(`width="252.28pt"`)) {
		t.Errorf("SVG is not one journal column (89 mm) wide: %.200s", svg)
	}
	if !bytes.Equal(svg, render("svg", ChartOptions{})) {
		t.Errorf("SVG differs between two renders")
	}
	pdf := render("pdf", ChartOptions{})
	if !bytes.HasPrefix(pdf, []byte("%PDF")) || !bytes.Contains(pdf, []byte("/CreationDate (D:20000101000000")) {
		t.Errorf("PDF without the fixed date: %q", pdf[:min(len(pdf), 400)])
	}
	if !bytes.Equal(pdf, render("pdf", ChartOptions{})) {
		t.Errorf("PDF differs between two renders")
	}
	img, err := png.Decode(bytes.NewReader(render("png", ChartOptions{Width: 2 * vg.Inch, DPI: 150})))
	if err != nil {
		t.Fatal(err)
	}
	if w := img.Bounds().Dx(); w != 300 {
		t.Errorf("PNG 2 in wide at 150 dpi is %d pixels, want 300", w)
	}
	var b bytes.Buffer
	if _, err := WriteChart(&b, k, in, ChartOptions{}, "gif"); err == nil || !strings.Contains(err.Error(), "gif") {
		t.Errorf("unknown format: %v", err)
	}
}

func TestFixPDFDate(t *testing.T) {
	in := []byte("x /CreationDate (D:20261125203012) /ModDate (D:20261125203013) y")
	got := string(fixPDFDate(in))
	want := "x /CreationDate (D:20000101000000) /ModDate (D:20000101000000) y"
	if got != want || len(got) != len(in) {
		t.Errorf("got %q", got)
	}
}

func TestChartsWithoutData(t *testing.T) {
	empty := Input{Tally: &analysis.Tally{}}
	for _, k := range ChartKinds() {
		var b bytes.Buffer
		ok, err := WriteChart(&b, k, empty, ChartOptions{}, "svg")
		if ok || err != nil || b.Len() != 0 {
			t.Errorf("%s on no data: ok %v err %v, %d bytes", k.Name, ok, err, b.Len())
		}
	}
}

// TestTicks checks the axis labels: whole numbers on count axes, however
// short the range, and no floating-point noise on any axis.
func TestTicks(t *testing.T) {
	labels := func(ts []plot.Tick) string {
		var out []string
		for _, t := range ts {
			if t.Label != "" {
				out = append(out, t.Label)
			}
		}
		return strings.Join(out, " ")
	}
	for _, c := range []struct {
		name     string
		m        plot.Ticker
		min, max float64
		want     string
	}{
		{"one turn each: 0 and 1, not 0.4 and 1.2000000000000002", countTicks{}, 0, 1.3, "0 1"},
		{"three turns", countTicks{}, 0, 3.9, "0 1 2 3"},
		{"a long count axis", countTicks{}, 0, 1300, "0 400 800 1200"},
		{"a short axis keeps the decimals of its step, no more", plainTicks{}, 0, 1.3, "0.0 0.4 0.8 1.2"},
		{"a signed axis", plainTicks{}, -12, 30, "-10 10 30"},
	} {
		if got := labels(c.m.Ticks(c.min, c.max)); got != c.want {
			t.Errorf("%s: %T.Ticks(%g, %g) = %q, want %q", c.name, c.m, c.min, c.max, got, c.want)
		}
	}
}

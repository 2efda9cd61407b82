package reports

import (
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

func sansAt(size vg.Length) font.Font { return font.From(sans, size) }

// panelPlot is a row of plots side by side, drawn as one plot.
type panelPlot struct {
	plots  []*plot.Plot
	shares []float64 // each panel's share of the width
}

// panels lays plots side by side in one chart. The result is a plot whose
// Draw draws the panels; it has no axes of its own.
func panels(width, height vg.Length, ps []*plot.Plot, shares []float64) *plot.Plot {
	host := plot.New()
	host.HideAxes()
	host.Add(panelPlot{plots: ps, shares: shares})
	return host
}

// Plot draws the panels, aligned so their data areas share a baseline.
func (pp panelPlot) Plot(c draw.Canvas, _ *plot.Plot) {
	c = draw.Crop(c, 0, -8, 0, -4) // room for the last tick label and the top bar's label
	x := c.Min.X
	w := c.Max.X - c.Min.X
	for i, p := range pp.plots {
		pw := vg.Length(pp.shares[i]) * w
		sub := draw.Canvas{Canvas: c.Canvas, Rectangle: vg.Rectangle{Min: vg.Point{X: x, Y: c.Min.Y}, Max: vg.Point{X: x + pw, Y: c.Max.Y}}}
		p.Draw(sub)
		x += pw
	}
}

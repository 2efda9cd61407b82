package reports

import (
	"math"
	"sort"
	"strings"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"parley/analysis"
)

// What the keyness chart shows: a column holds about four panels of eight
// bars, so the chart draws the first keynessSpeakers speakers of the
// speaker table (most words first) that have keywords, each with its
// keynessPositive strongest positive and keynessNegative strongest
// negative keywords. The other speakers are in data/keywords.csv.
const (
	keynessSpeakers = 4
	keynessPositive = 5
	keynessNegative = 3
)

// The keyness chart's colours: positive bars dark blue, negative bars
// orange, which differ in hue and, for grayscale prints, in lightness.
var (
	keynessPosColor = okabeIto[0]
	keynessNegColor = okabeIto[1]
)

// keynessPanel is one speaker's panel of the keyness chart.
type keynessPanel struct {
	ID, Name string
	// Bars are the panel's keywords top to bottom: by signed G², the
	// strongest positive first and the strongest negative last, ties by
	// form and term.
	Bars []analysis.Keyword
}

// keynessPanels selects the keyness chart's data. The positive keywords
// are those of in.Keywords (the speaker's first keynessPositive with G² >
// 0, as in data/keywords.csv); the negative ones are computed from the
// tally with the report's MaxP and a MinFreq of 2 in the reference.
func keynessPanels(in Input) []keynessPanel {
	if in.Tally == nil {
		return nil
	}
	// The maps are only looked up, in speaker-table order.
	pos := map[string][]analysis.Keyword{}
	for _, k := range in.Keywords {
		if k.G2 > 0 && len(pos[k.Target]) < keynessPositive {
			pos[k.Target] = append(pos[k.Target], k)
		}
	}
	neg := map[string][]analysis.Keyword{}
	o := in.KeywordOptions
	// The negative keywords of the speakers the chart may show: the
	// first compared ones, five times as many as its panels.
	var only []string
	for _, r := range comparedSpeakers(in) {
		if len(only) == 5*keynessSpeakers {
			break
		}
		only = append(only, r.ID)
	}
	for _, k := range in.Tally.SpeakerKeywords(analysis.KeywordOptions{Negative: true, Top: keynessNegative, MinFreq: 2, MaxP: o.MaxP, MaxQ: o.MaxQ, MinLogRatio: o.MinLogRatio,
		Exclude: o.Exclude, IncludePseudo: o.IncludePseudo, KeepSpeakerNames: o.KeepSpeakerNames, Only: only}) {
		if k.G2 < 0 && len(neg[k.Target]) < keynessNegative {
			neg[k.Target] = append(neg[k.Target], k)
		}
	}
	var out []keynessPanel
	for _, r := range in.Tally.SpeakerTable() {
		if len(out) == keynessSpeakers {
			break
		}
		bars := append(append([]analysis.Keyword(nil), pos[r.ID]...), neg[r.ID]...)
		if len(bars) == 0 {
			continue
		}
		sort.SliceStable(bars, func(i, j int) bool {
			a, b := bars[i], bars[j]
			if a.G2 != b.G2 {
				return a.G2 > b.G2
			}
			return a.Form < b.Form || a.Form == b.Form && a.Term < b.Term
		})
		out = append(out, keynessPanel{ID: r.ID, Name: r.Name, Bars: bars})
	}
	return out
}

// keynessChart draws each selected speaker's keywords as diverging
// horizontal bars of signed G², one small panel per speaker, stacked in
// speaker-table order on a shared x scale whose axis is drawn only under
// the last panel.
func keynessChart(in Input, width vg.Length) (*plot.Plot, vg.Length, bool) {
	ps := keynessPanels(in)
	if len(ps) == 0 {
		return nil, 0, false
	}
	plots, _ := keynessPlots(ps)
	titles := make([]string, len(ps))
	weights := make([]float64, len(ps))
	rows := 0
	for i, panel := range ps {
		titles[i] = clipName(panel.Name, 30)
		weights[i] = float64(len(panel.Bars))
		rows += len(panel.Bars)
	}
	const pitch = 0.145 * vg.Inch // per bar: 7 pt labels with air between
	n := vg.Length(len(ps))
	height := vg.Length(rows)*pitch + n*(stackTitleSize+stackTitleGap) + (n-1)*stackGap + 0.45*vg.Inch
	return stack(plots, titles, weights), height, true
}

// keynessPlots returns the panels' plots, on one x scale, and their
// plotters, so that a test can check each label against its bar.
func keynessPlots(ps []keynessPanel) ([]*plot.Plot, []keynessBars) {
	lo, hi := 0.0, 0.0
	for _, p := range ps {
		for _, k := range p.Bars {
			lo, hi = min(lo, k.G2), max(hi, k.G2)
		}
	}
	pad := 0.02 * (hi - lo) // the longest bars stop short of the edges
	plots := make([]*plot.Plot, len(ps))
	bars := make([]keynessBars, len(ps))
	for i, panel := range ps {
		n := len(panel.Bars)
		names := make([]string, n)
		for j, k := range panel.Bars {
			y := n - 1 - j // the first bar at the top
			names[y] = clipName(k.Form, 16)
			bars[i] = append(bars[i], keynessBar{y: float64(y), g2: k.G2})
		}
		p := newPlot("")
		p.NominalY(names...)
		p.Add(bars[i])
		p.X.Min, p.X.Max = lo-pad, hi+pad
		if lo == 0 {
			p.X.Min = 0
		}
		if hi == 0 {
			p.X.Max = 0
		}
		p.X.Padding = 0
		if i < len(ps)-1 {
			p.HideX()
		} else {
			p.X.Label.Text = "Signed log-likelihood G²"
			p.X.Tick.Marker = signedTicks{}
		}
		plots[i] = p
	}
	return plots, bars
}

// keynessBar is one bar of a keyness panel: its row and its signed G².
type keynessBar struct {
	y, g2 float64
}

// keynessBars is the plotter of one keyness panel: its bars and the zero
// line.
type keynessBars []keynessBar

// Plot draws the bars, then the zero line over their ends.
func (kb keynessBars) Plot(c draw.Canvas, p *plot.Plot) {
	trX, trY := p.Transforms(&c)
	h := (trY(1) - trY(0)) * 0.68
	x0 := trX(0)
	for _, b := range kb {
		y := trY(b.y)
		col := keynessPosColor
		if b.g2 < 0 {
			col = keynessNegColor
		}
		x1 := trX(b.g2)
		r := vg.Rectangle{Min: vg.Point{X: min(x0, x1), Y: y - h/2}, Max: vg.Point{X: max(x0, x1), Y: y + h/2}}
		c.FillPolygon(col, rectPoints(r))
	}
	c.StrokeLine2(draw.LineStyle{Color: ink, Width: vg.Points(0.5)}, x0, c.Min.Y, x0, c.Max.Y)
}

// DataRange is the values, with zero, by the rows.
func (kb keynessBars) DataRange() (xmin, xmax, ymin, ymax float64) {
	ymin, ymax = -0.5, 0.5
	for _, b := range kb {
		xmin, xmax = min(xmin, b.g2), max(xmax, b.g2)
		ymin, ymax = min(ymin, b.y-0.5), max(ymax, b.y+0.5)
	}
	return xmin, xmax, ymin, ymax
}

// signedTicks are plainTicks with a true minus sign ("−10").
type signedTicks struct{}

// Ticks returns the ticks between min and max.
func (signedTicks) Ticks(min, max float64) []plot.Tick {
	ts := plainTicks{}.Ticks(min, max)
	for i := range ts {
		ts[i].Label = strings.Replace(ts[i].Label, "-", "−", 1)
	}
	return ts
}

// The stack's panel titles: the axis label's size, left-aligned over the
// panel, with a small gap below and a larger one above.
const (
	stackTitleSize vg.Length = 8 // points, as vg.Length counts
	stackTitleGap  vg.Length = 2
	stackGap       vg.Length = 4
)

// stackPlot is a column of plots, one above the other, drawn as one plot:
// the vertical counterpart of panelPlot.
type stackPlot struct {
	plots   []*plot.Plot
	titles  []string
	weights []float64
}

// stack lays plots one above the other in one chart, each under its title
// (titles[i], none if ""). The data areas share their left and right edges, so the
// plots can share an x scale; their heights are in proportion to weights
// (the number of rows, say, so that rows are the same height in every
// panel). The result has no axes of its own.
func stack(ps []*plot.Plot, titles []string, weights []float64) *plot.Plot {
	host := plot.New()
	host.HideAxes()
	host.X.Padding, host.Y.Padding = 0, 0 // the stack sets its own margins
	host.Add(stackPlot{plots: ps, titles: titles, weights: weights})
	return host
}

// Plot draws the titles and the panels.
func (sp stackPlot) Plot(c draw.Canvas, p *plot.Plot) {
	c = draw.Crop(c, 1, -2, 1, -1) // a little air at the edges
	sty := draw.TextStyle{Color: ink, Font: sansAt(stackTitleSize), XAlign: draw.XLeft, YAlign: draw.YTop, Handler: p.Title.TextStyle.Handler}
	cs := stackCanvases(c, sp.plots, sp.titles, sp.weights)
	for i, pl := range sp.plots {
		if sp.titles[i] != "" {
			c.FillText(sty, vg.Point{X: c.Min.X, Y: cs[i].Max.Y + stackTitleGap + stackTitleSize}, fitText(sp.titles[i], stackTitleSize, c.Max.X-c.Min.X))
		}
		pl.Draw(cs[i])
	}
}

// stackCanvases returns the canvases of stacked plots, top to bottom, each
// below room for its title. Every plot's data area spans the same x range
// of c; data heights are in proportion to weights.
func stackCanvases(c draw.Canvas, ps []*plot.Plot, titles []string, weights []float64) []draw.Canvas {
	n := len(ps)
	// The room each plot takes around its data area does not depend on the
	// canvas's height, so it is measured on the whole canvas.
	top := make([]vg.Length, n)
	bottom := make([]vg.Length, n)
	room := c.Max.Y - c.Min.Y - vg.Length(n-1)*stackGap
	sum := 0.0
	for i, p := range ps {
		dc := p.DataCanvas(c)
		top[i], bottom[i] = c.Max.Y-dc.Max.Y, dc.Min.Y-c.Min.Y
		room -= top[i] + bottom[i] + stackTitleRoom(titles[i])
		sum += weights[i]
	}
	out := make([]draw.Canvas, n)
	y := c.Max.Y
	for i := range ps {
		h := room * vg.Length(weights[i]/sum)
		y -= stackTitleRoom(titles[i])
		out[i] = draw.Canvas{Canvas: c.Canvas, Rectangle: vg.Rectangle{
			Min: vg.Point{X: c.Min.X, Y: y - top[i] - h - bottom[i]},
			Max: vg.Point{X: c.Max.X, Y: y},
		}}
		y = out[i].Min.Y - stackGap
	}
	// Line up the data areas: on the widest tick labels at the left, the
	// farthest overhanging ones at the right. The room a plot's axes take
	// varies a little with the canvas, so a few rounds settle it.
	for range 4 {
		left, right := vg.Length(math.Inf(-1)), vg.Length(math.Inf(1))
		dcs := make([]draw.Canvas, n)
		for i, p := range ps {
			dcs[i] = p.DataCanvas(out[i])
			left, right = max(left, dcs[i].Min.X), min(right, dcs[i].Max.X)
		}
		for i := range out {
			out[i].Min.X += left - dcs[i].Min.X
			out[i].Max.X += right - dcs[i].Max.X
		}
	}
	return out
}

// stackTitleRoom is the height a panel's title takes.
func stackTitleRoom(title string) vg.Length {
	if title == "" {
		return 0
	}
	return stackTitleSize + stackTitleGap
}

// fitText shortens s with clipName until it is at most width wide at the
// given size.
func fitText(s string, size, width vg.Length) string {
	for n := len([]rune(s)); n > 1 && textWidth(s, size) > width; n-- {
		s = clipName(s, n)
	}
	return s
}

package reports

import (
	"fmt"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// speakersChart draws words and turns per speaker as two panels of
// horizontal bars sharing the speakers' axis, the most words at the top.
func speakersChart(in Input, width vg.Length) (*plot.Plot, vg.Length, bool) {
	rows := chartSpeakers(in, maxChartSpeakers)
	if len(rows) == 0 {
		return nil, 0, false
	}
	n := len(rows)
	names := make([]string, n)
	words := make(plotter.Values, n)
	turns := make(plotter.Values, n)
	for i, r := range rows {
		k := n - 1 - i // the first row at the top
		names[k] = clipName(r.Name, 18)
		words[k] = float64(r.Words)
		turns[k] = float64(r.Turns)
	}
	height := vg.Length(n)*0.2*vg.Inch + 0.75*vg.Inch
	bar := min(0.13*vg.Inch, (height-0.75*vg.Inch)/vg.Length(n)*0.7)

	left := newPlot("")
	left.X.Label.Text = "Words"
	left.NominalY(names...)
	wb, err := plotter.NewBarChart(words, bar)
	if err != nil {
		return nil, 0, false
	}
	wb.Horizontal = true
	wb.Color = mainColor
	wb.LineStyle.Width = 0
	left.Add(wb)
	left.X.Min = 0
	// Each share's 95% bootstrap interval, as an error bar over the bar's
	// end: the interval of shares times the words in shares. The share's
	// label stands past it.
	shared := float64(in.Tally.SharedWords())
	var errs errorPoints
	shares := make([]string, n)
	xys := make(plotter.XYs, n)
	right0 := 0.0
	for i, r := range rows {
		k := n - 1 - i
		shares[k] = shareText(r)
		end := words[k]
		if iv, ok := in.ShareIntervals[r.ID]; ok && r.InShares && shared > 0 {
			lo, hi := iv.Low*shared, iv.High*shared
			errs.XYs = append(errs.XYs, plotter.XY{X: words[k], Y: float64(k)})
			errs.XErrors = append(errs.XErrors, struct{ Low, High float64 }{min(0, lo-words[k]), max(0, hi-words[k])})
			end = max(end, hi)
		}
		xys[k] = plotter.XY{X: end, Y: float64(k)}
		right0 = max(right0, end)
	}
	left.X.Max = right0 * 1.3 // room for the share labels
	if len(errs.XYs) > 0 {
		if eb, err := plotter.NewXErrorBars(errs); err == nil {
			eb.LineStyle.Width = vg.Points(0.6)
			eb.LineStyle.Color = ink
			eb.CapWidth = bar * 0.5
			left.Add(eb)
		}
	}
	addLabels(left, xys, shares)

	right := newPlot("")
	right.X.Label.Text = "Turns"
	right.NominalY(names...)
	right.HideY()
	tb, err := plotter.NewBarChart(turns, bar)
	if err != nil {
		return nil, 0, false
	}
	tb.Horizontal = true
	tb.Color = okabeIto[1]
	tb.LineStyle.Width = 0
	right.Add(tb)
	right.X.Min = 0
	maxTurns := 0.0
	counts := make([]string, n)
	txys := make(plotter.XYs, n)
	for k := range turns {
		maxTurns = max(maxTurns, turns[k])
		counts[k] = fmt.Sprint(turns[k])
		txys[k] = plotter.XY{X: turns[k], Y: float64(k)}
	}
	right.X.Max = maxTurns * 1.3
	addLabels(right, txys, counts)

	return panels(width, height, []*plot.Plot{left, right}, []float64{0.62, 0.38}), height, true
}

// addLabels writes small labels just right of the points.
func addLabels(p *plot.Plot, xys plotter.XYs, text []string) {
	l, err := plotter.NewLabels(plotter.XYLabels{XYs: xys, Labels: text})
	if err != nil {
		return
	}
	for i := range l.TextStyle {
		l.TextStyle[i].Font.Size = 6.5
		l.TextStyle[i].Font = sansAt(6.5)
		l.TextStyle[i].Color = ink
		l.TextStyle[i].YAlign = draw.YCenter
	}
	l.Offset = vg.Point{X: 2}
	p.Add(l)
}

// errorPoints are points with horizontal errors, for plotter.XErrorBars.
type errorPoints struct {
	plotter.XYs
	plotter.XErrors
}

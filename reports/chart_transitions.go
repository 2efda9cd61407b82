package reports

import (
	"image/color"
	"math"
	"strconv"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/recorder"

	"parley/corpus"
)

// transitionCounts returns how often a turn of speaker ids[i] is directly
// followed by a turn of speaker ids[j], as counts[i][j]. Pairs are counted
// within each document, never from one document's last turn to the
// next one's first; a pair with a speaker not in ids is not counted.
func transitionCounts(docs []*corpus.Document, ids []string) [][]int {
	at := make(map[string]int, len(ids))
	for i, id := range ids {
		at[id] = i
	}
	counts := make([][]int, len(ids))
	for i := range counts {
		counts[i] = make([]int, len(ids))
	}
	for _, d := range docs {
		for k := 1; k < len(d.Turns); k++ {
			i, ok := at[d.Turns[k-1].Speaker]
			j, ok2 := at[d.Turns[k].Speaker]
			if ok && ok2 {
				counts[i][j]++
			}
		}
	}
	return counts
}

// transitionsChart draws the turn-transition matrix as a heatmap: one row
// per speaker of a turn, one column per speaker of the next turn, both in
// speaker-table order (the first at the top and at the left), each cell
// shaded in proportion to its count (white for none, the darkest blue for
// the most) and labelled with it. The cells are square, at most half an
// inch; the height follows from the width.
func transitionsChart(in Input, width vg.Length) (*plot.Plot, vg.Length, bool) {
	if in.Tally == nil {
		return nil, 0, false
	}
	rows := chartSpeakers(in, 12)
	n := len(rows)
	if n < 2 {
		return nil, 0, false
	}
	ids := make([]string, n)
	for i, r := range rows {
		ids[i] = r.ID
	}
	hm := transitionGrid{counts: transitionCounts(in.Docs, ids)}
	for _, row := range hm.counts {
		for _, c := range row {
			hm.max = max(hm.max, c)
		}
	}
	if hm.max == 0 {
		return nil, 0, false
	}

	p := newPlot("")
	rowNames := make([]string, n) // the first row at the top
	colNames := make([]string, n)
	for i, r := range rows {
		rowNames[n-1-i] = clipName(r.Name, 18)
		colNames[i] = clipName(r.Name, 18)
	}
	p.NominalY(rowNames...)
	p.NominalX(colNames...)
	p.X.Padding, p.Y.Padding = vg.Points(2), vg.Points(3) // between the names and the grid
	p.X.Label.Text = "Followed by"
	p.Y.Label.Text = "Turn by"
	p.Add(hm)
	p.X.Min, p.X.Max = -0.5, float64(n)-0.5
	p.Y.Min, p.Y.Max = -0.5, float64(n)-0.5

	// Turned column names take no width, so the grid's width is known
	// before deciding how to set them.
	turnColumnNames(p, true)
	const probe = 4 * vg.Inch
	cellOf := func(w vg.Length) vg.Length { return transitionDataArea(p, w, probe).Size().X / vg.Length(n) }
	cell := cellOf(width)
	if cell < transitionMinCell {
		// Many speakers: smaller names, so that neighbours do not touch.
		size := max(cell*0.8, vg.Points(4))
		p.X.Tick.Label.Font.Size, p.Y.Tick.Label.Font.Size = size, size
		turnColumnNames(p, true)
		cell = cellOf(width)
	}
	// A wide chart does not blow the grid up: the cells stop growing and
	// the grid, with its names, is centred.
	inner := width - vg.Length(n)*(cell-min(cell, transitionMaxCell))
	cell = min(cell, transitionMaxCell)
	// Column names stand upright if every one fits its column.
	widest := vg.Length(0)
	for _, name := range colNames {
		widest = max(widest, textWidth(name, p.X.Tick.Label.Font.Size))
	}
	if widest <= cell-vg.Points(5) {
		turnColumnNames(p, false)
	}
	// The data area's height grows with the chart's, its width does not:
	// pick the height that makes it square.
	a := transitionDataArea(p, inner, probe)
	height := probe + a.Size().X - a.Size().Y
	if inner < width {
		host := plot.New()
		host.HideAxes()
		host.X.Padding, host.Y.Padding = 0, 0
		host.Add(transitionCentred{plot: p, width: inner})
		return host, height, true
	}
	return p, height, true
}

// The cells' sides: below the minimum the names shrink, above the
// maximum the grid stops growing.
const (
	transitionMinCell = 3 * vg.Millimeter
	transitionMaxCell = 0.5 * vg.Inch
	// transitionMinText is the smallest count worth writing in a cell.
	transitionMinText = 4.5
)

// turnColumnNames sets the column names turned to read upwards, or
// upright.
func turnColumnNames(p *plot.Plot, turned bool) {
	l := &p.X.Tick.Label
	if turned {
		l.Rotation, l.XAlign, l.YAlign = math.Pi/2, draw.XRight, draw.YCenter
		p.X.Padding = vg.Points(2) + l.FontExtents().Descent // turned names reach up by their descent
		return
	}
	l.Rotation, l.XAlign, l.YAlign = 0, draw.XCenter, draw.YTop
	p.X.Padding = vg.Points(2)
}

// transitionCentred draws a plot of the given width in the middle of the
// canvas.
type transitionCentred struct {
	plot  *plot.Plot
	width vg.Length
}

// Plot draws the plot, centred.
func (cp transitionCentred) Plot(c draw.Canvas, _ *plot.Plot) {
	x := c.Min.X + (c.Size().X-cp.width)/2
	c.Rectangle = vg.Rectangle{Min: vg.Point{X: x, Y: c.Min.Y}, Max: vg.Point{X: x + cp.width, Y: c.Max.Y}}
	cp.plot.Draw(c)
}

// transitionDataArea returns the rectangle p's data would take in a
// chart of the given size.
func transitionDataArea(p *plot.Plot, width, height vg.Length) vg.Rectangle {
	c := draw.Canvas{Canvas: new(recorder.Canvas), Rectangle: vg.Rectangle{Max: vg.Point{X: width, Y: height}}}
	return p.DataCanvas(c).Rectangle
}

// transitionGrid is the plotter of the transitions chart: an n×n grid of
// counts, row i drawn at y = n-1-i so that the first row is at the top.
type transitionGrid struct {
	counts [][]int
	max    int
}

// Plot fills each cell with the colour of its count, writes the count in
// white or ink, whichever stands out more, and draws the grid's lines.
func (g transitionGrid) Plot(c draw.Canvas, p *plot.Plot) {
	trX, trY := p.Transforms(&c)
	n := len(g.counts)
	cell := min(trX(1)-trX(0), trY(1)-trY(0))
	// The counts are 7 pt, or smaller to fit the cells with some air; in
	// cells too small for a legible count the shade alone tells it.
	size := min(vg.Points(7), cell*0.55)
	if w := textWidth(strconv.Itoa(g.max), size); w > cell-vg.Points(3) {
		size *= (cell - vg.Points(3)) / w
	}
	legible := size >= transitionMinText
	for i, row := range g.counts {
		y := trY(float64(n - 1 - i))
		for j, count := range row {
			if count == 0 {
				continue
			}
			x := trX(float64(j))
			fill := transitionShade(float64(count) / float64(g.max))
			r := vg.Rectangle{Min: vg.Point{X: x - cell/2, Y: y - cell/2}, Max: vg.Point{X: x + cell/2, Y: y + cell/2}}
			c.FillPolygon(fill, rectPoints(r))
			if !legible {
				continue
			}
			sty := draw.TextStyle{Color: textOn(fill), Font: sansAt(size), XAlign: draw.XCenter, YAlign: draw.YCenter, Handler: p.Title.TextStyle.Handler}
			c.FillText(sty, vg.Point{X: x, Y: y}, strconv.Itoa(count))
		}
	}
	// The grid: faint lines between and around the cells, so that empty
	// cells read as cells.
	grid := draw.LineStyle{Color: faint, Width: vg.Points(0.5)}
	for k := 0; k <= n; k++ {
		x := trX(float64(k) - 0.5)
		y := trY(float64(k) - 0.5)
		c.StrokeLine2(grid, x, trY(-0.5), x, trY(float64(n)-0.5))
		c.StrokeLine2(grid, trX(-0.5), y, trX(float64(n)-0.5), y)
	}
}

// GlyphBoxes keep a little room above and right of the grid, so that its
// outer lines are not cut at the chart's edge.
func (transitionGrid) GlyphBoxes(*plot.Plot) []plot.GlyphBox {
	r := vg.Rectangle{Max: vg.Point{X: vg.Points(1), Y: vg.Points(1)}}
	return []plot.GlyphBox{{X: 1, Y: 1, Rectangle: r}}
}

// DataRange is the grid's cells.
func (g transitionGrid) DataRange() (xmin, xmax, ymin, ymax float64) {
	n := float64(len(g.counts))
	return -0.5, n - 0.5, -0.5, n - 0.5
}

// transitionShade returns the colour of a cell at t, from 0 (white) to 1
// (darkest), along blues.
func transitionShade(t float64) color.RGBA { return rampAt(blues, t) }

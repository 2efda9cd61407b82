package reports

import (
	"image/color"
	"math"
	"slices"
	"strconv"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// turnLengthRow are one speaker's turn lengths.
type turnLengthRow struct {
	ID, Name string
	// Words are the words of each of the speaker's turns, documents in
	// input order, turns in document order.
	Words []int
}

// turnLengths returns the words per turn of each speaker of the speaker
// table, in its order. Turns of speakers not in the table are left out.
func turnLengths(in Input) []turnLengthRow {
	rows := chartSpeakers(in, maxChartSpeakers)
	out := make([]turnLengthRow, len(rows))
	at := make(map[string]int, len(rows))
	for i, r := range rows {
		out[i] = turnLengthRow{ID: r.ID, Name: r.Name}
		at[r.ID] = i
	}
	for _, d := range in.Docs {
		for _, t := range d.Turns {
			// A turn without words (only "[crosstalk]", say) has no length
			// to show, and would forbid the log scale.
			if i, ok := at[t.Speaker]; ok && t.Words() > 0 {
				out[i].Words = append(out[i].Words, t.Words())
			}
		}
	}
	return out
}

// minBoxTurns is the fewest turns a speaker needs for a box: the
// quartiles of four or fewer points say little more than the points.
const minBoxTurns = 5

// turnLengthsChart draws each speaker's turn lengths as a strip of dots,
// one per turn, with the median as a tick and, for speakers with enough
// turns, a box from the lower to the upper quartile. One row per speaker,
// the most words at the top. The words axis is logarithmic when every
// turn has words and the longest is 20 or more times the shortest.
func turnLengthsChart(in Input, width vg.Length) (*plot.Plot, vg.Length, bool) {
	if in.Tally == nil {
		return nil, 0, false
	}
	speakers := turnLengths(in)
	n := len(speakers)
	names := make([]string, n)
	sp := turnStripPlot{dot: draw.GlyphStyle{Color: mainColor, Radius: vg.Points(1.5), Shape: draw.CircleGlyph{}}}
	lo, hi := math.Inf(1), math.Inf(-1)
	for i, s := range speakers {
		k := n - 1 - i // the first row at the top
		names[k] = clipName(s.Name, 18)
		if len(s.Words) == 0 {
			continue
		}
		st := newTurnStrip(s.Words, float64(k))
		sp.strips = append(sp.strips, st)
		lo, hi = min(lo, st.sorted[0]), max(hi, st.sorted[len(st.sorted)-1])
	}
	if len(sp.strips) == 0 || hi == 0 {
		return nil, 0, false // no turns, or no words (untokenized)
	}
	p := newPlot("")
	p.NominalY(names...)
	p.Add(sp)
	p.Y.Min, p.Y.Max = -0.5, float64(n)-0.5
	if lo >= 1 && hi/lo >= 20 {
		p.X.Scale = plot.LogScale{}
		p.X.Label.Text = "Words per turn (log scale)"
		p.X.Min, p.X.Max = lo/1.3, hi*1.3
		// Label 2× and 5× too where a decade is wide enough for them.
		nameWidth := vg.Length(0)
		for _, name := range names {
			nameWidth = max(nameWidth, textWidth(name, p.Y.Tick.Label.Font.Size))
		}
		decade := (width - nameWidth - 0.3*vg.Inch) / vg.Length(math.Log10(p.X.Max/p.X.Min))
		p.X.Tick.Marker = decadeTicks{twoFive: decade >= 1.2*vg.Inch}
	} else {
		p.X.Label.Text = "Words per turn"
		p.X.Min, p.X.Max = 0, max(hi*1.05, 1)
	}
	height := vg.Length(n)*0.2*vg.Inch + 0.75*vg.Inch
	return p, height, true
}

// turnStrip is one speaker's row of the turn-lengths chart.
type turnStrip struct {
	row    float64   // the row's position on the y axis
	sorted []float64 // the turn lengths, ascending
	median float64
	q1, q3 float64 // the hinges, Tukey's lower and upper quartiles
	box    bool
}

func newTurnStrip(words []int, row float64) turnStrip {
	s := turnStrip{row: row, box: len(words) >= minBoxTurns}
	for _, w := range words {
		s.sorted = append(s.sorted, float64(w))
	}
	slices.Sort(s.sorted)
	m := len(s.sorted)
	s.median = turnMedian(s.sorted)
	s.q1 = turnMedian(s.sorted[:(m+1)/2]) // halves share the median when m is odd
	s.q3 = turnMedian(s.sorted[m/2:])
	return s
}

// turnMedian returns the median of sorted values.
func turnMedian(sorted []float64) float64 {
	m := len(sorted)
	if m%2 == 1 {
		return sorted[m/2]
	}
	return (sorted[m/2-1] + sorted[m/2]) / 2
}

// turnStripLevels are the vertical offsets a dot may take, as fractions of
// the row spacing, in the order they are tried.
var turnStripLevels = [...]float64{0, 0.19, -0.19}

// turnStripOffsets places the dots at xs (ascending, in canvas units) on
// the strip's levels: each on the first level where it clears the last
// dot placed there by gap, else on the level whose last dot is farthest
// away (of equals, the one used least recently). Dots that do not touch
// stay on the centre line; only close or equal values spread out, always
// the same way for the same input.
func turnStripOffsets(xs []vg.Length, gap vg.Length) []float64 {
	out := make([]float64, len(xs))
	var last [len(turnStripLevels)]vg.Length
	var when [len(turnStripLevels)]int // 1 + the index of the last dot placed, 0 for none
	for i, x := range xs {
		best := 0
		for l := range turnStripLevels {
			if when[l] == 0 || x-last[l] >= gap {
				best = l
				break
			}
			if d, bd := x-last[l], x-last[best]; d > bd || d == bd && when[l] < when[best] {
				best = l
			}
		}
		out[i] = turnStripLevels[best]
		last[best], when[best] = x, i+1
	}
	return out
}

// turnStripPlot is the plotter of the turn-lengths chart.
type turnStripPlot struct {
	strips []turnStrip
	dot    draw.GlyphStyle
}

// Plot draws each strip's box and median, then its dots on top, each
// with a white halo so that touching dots stay apart.
func (sp turnStripPlot) Plot(c draw.Canvas, p *plot.Plot) {
	trX, trY := p.Transforms(&c)
	band := trY(1) - trY(0)
	thin := draw.LineStyle{Color: ink, Width: vg.Points(0.5)}
	thick := draw.LineStyle{Color: ink, Width: vg.Points(1.2)}
	halo := draw.GlyphStyle{Color: color.White, Radius: sp.dot.Radius + vg.Points(0.4), Shape: draw.CircleGlyph{}}
	for _, s := range sp.strips {
		y := trY(s.row)
		if s.box {
			r := vg.Rectangle{Min: vg.Point{X: trX(s.q1), Y: y - 0.36*band}, Max: vg.Point{X: trX(s.q3), Y: y + 0.36*band}}
			c.FillPolygon(faint, rectPoints(r))
			c.StrokeLines(thin, append(rectPoints(r), r.Min))
		}
		x := trX(s.median)
		c.StrokeLine2(thick, x, y-0.36*band, x, y+0.36*band)
		xs := make([]vg.Length, len(s.sorted))
		for i, v := range s.sorted {
			xs[i] = trX(v)
		}
		offs := turnStripOffsets(xs, 2*halo.Radius)
		for i, off := range offs {
			if lastAt(xs, offs, i) {
				pt := vg.Point{X: xs[i], Y: y + vg.Length(off)*band}
				c.DrawGlyphNoClip(halo, pt)
				c.DrawGlyphNoClip(sp.dot, pt)
			}
		}
	}
}

// lastAt reports whether dot i is the last of the dots at its place (the
// same x, on the same level). Equal values are next to one another in xs,
// and each dot drawn again at one place covers itself and whatever was
// drawn over it since, so drawing only the last gives the same picture:
// a strip of thousands of turns draws each place once, not each turn.
func lastAt(xs []vg.Length, offs []float64, i int) bool {
	for j := i + 1; j < len(xs) && xs[j] == xs[i]; j++ {
		if offs[j] == offs[i] {
			return false
		}
	}
	return true
}

// DataRange is the turn lengths by the rows.
func (sp turnStripPlot) DataRange() (xmin, xmax, ymin, ymax float64) {
	xmin, xmax = math.Inf(1), math.Inf(-1)
	ymin, ymax = math.Inf(1), math.Inf(-1)
	for _, s := range sp.strips {
		xmin, xmax = min(xmin, s.sorted[0]), max(xmax, s.sorted[len(s.sorted)-1])
		ymin, ymax = min(ymin, s.row), max(ymax, s.row)
	}
	return xmin, xmax, ymin, ymax
}

// decadeTicks mark the powers of ten between min and max, labelled as plain
// numbers (1, 10, 100), with unlabelled minor ticks at their multiples.
type decadeTicks struct {
	// twoFive labels the 2× and 5× ticks too (2, 5, 20, 50). They are
	// labelled anyway when fewer than three powers of ten fall in the
	// range.
	twoFive bool
}

// Ticks returns the ticks between min and max, which must be positive.
func (dt decadeTicks) Ticks(min, max float64) []plot.Tick {
	first, last := int(math.Floor(math.Log10(min))), int(math.Ceil(math.Log10(max)))
	powers := 0
	for e := first; e <= last; e++ {
		if v := math.Pow(10, float64(e)); v >= min && v <= max {
			powers++
		}
	}
	var ts []plot.Tick
	for e := first; e <= last; e++ {
		for m := 1; m <= 9; m++ {
			v := float64(m) * math.Pow(10, float64(e))
			if v < min || v > max {
				continue
			}
			t := plot.Tick{Value: v}
			if m == 1 || (dt.twoFive || powers < 3) && (m == 2 || m == 5) {
				t.Label = strconv.FormatFloat(v, 'f', -1, 64)
			}
			ts = append(ts, t)
		}
	}
	return ts
}

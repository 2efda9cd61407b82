package reports

import (
	"fmt"
	"image/color"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"parley/analysis"
)

// timelineChart draws the first document's turns along its words, one
// lane per speaker of that document (most words at the top), with the
// topic episodes as shaded bands.
func timelineChart(in Input, width vg.Length) (*plot.Plot, vg.Length, bool) {
	if len(in.Docs) == 0 || len(in.Docs[0].Turns) == 0 {
		return nil, 0, false
	}
	d := in.Docs[0]
	// The first document's speakers, in the order of the speaker table.
	speaks := map[string]bool{}
	for _, t := range d.Turns {
		speaks[t.Speaker] = true
	}
	var rows []analysis.SpeakerRow
	for _, r := range in.Tally.SpeakerTable() {
		if speaks[r.ID] {
			rows = append(rows, r)
		}
	}
	lanes := map[string]int{}
	var names []string
	for i, r := range rows {
		lanes[r.ID] = len(rows) - 1 - i
	}
	names = make([]string, len(rows))
	for i, r := range rows {
		names[len(rows)-1-i] = clipName(r.Name, 18)
	}
	tl := timeline{lanes: lanes, colors: map[string]color.Color{}}
	for i, r := range rows {
		tl.colors[r.ID] = speakerColor(i)
	}
	pos := 0.0
	for _, t := range d.Turns {
		w := float64(t.Words())
		tl.turns = append(tl.turns, span{t.Speaker, pos, pos + w})
		pos += w
	}
	tl.total = pos
	if len(in.Episodes) > 0 {
		tl.episodes = episodeBands(d, in.Episodes[0], tl.total)
	}
	p := newPlot("")
	p.X.Label.Text = "Words into the conversation"
	p.NominalY(names...)
	p.Add(tl)
	p.X.Min, p.X.Max = 0, tl.total
	p.Y.Min, p.Y.Max = -0.5, float64(len(rows))-0.5
	if len(tl.episodes) > 0 {
		p.Y.Max += 0.6 // room for the episode numbers
	}
	height := vg.Length(len(rows))*0.2*vg.Inch + 0.8*vg.Inch
	return p, height, true
}

type span struct {
	speaker    string
	start, end float64
}

type episodeBand struct {
	index      int
	start, end float64
}

// timeline is the plotter of the timeline chart.
type timeline struct {
	turns    []span
	episodes []episodeBand
	lanes    map[string]int
	colors   map[string]color.Color
	total    float64
}

// Plot draws the episode bands, then the turns.
func (tl timeline) Plot(c draw.Canvas, p *plot.Plot) {
	trX, trY := p.Transforms(&c)
	drawEpisodeBands(c, p, trX, tl.episodes)
	h := (trY(1) - trY(0)) * 0.7
	// A lane's turns that touch or overlap on the page (a long
	// conversation's, a point apart) are filled as one rectangle: the same
	// picture, drawn once.
	open := map[string]*vg.Rectangle{} // each lane's rectangle not yet filled
	var order []string                 // the lanes in the order of their open rectangles
	fill := func(speaker string) {
		c.FillPolygon(tl.colors[speaker], rectPoints(*open[speaker]))
		delete(open, speaker)
	}
	for _, t := range tl.turns {
		y := trY(float64(tl.lanes[t.speaker]))
		x0, x1 := trX(t.start), trX(t.end)
		if x1-x0 < 0.6 {
			x1 = x0 + 0.6 // a one-word turn stays visible
		}
		if r := open[t.speaker]; r != nil && x0 <= r.Max.X {
			r.Max.X = max(r.Max.X, x1)
			continue
		}
		if open[t.speaker] != nil {
			fill(t.speaker)
		}
		open[t.speaker] = &vg.Rectangle{Min: vg.Point{X: x0, Y: y - h/2}, Max: vg.Point{X: x1, Y: y + h/2}}
		order = append(order, t.speaker)
	}
	for _, speaker := range order {
		if open[speaker] != nil {
			fill(speaker)
		}
	}
}

// DataRange is the conversation's words by the lanes.
func (tl timeline) DataRange() (xmin, xmax, ymin, ymax float64) {
	return 0, tl.total, -0.5, float64(len(tl.lanes)) - 0.5
}

// drawEpisodeBands shades every other topic episode across the data area
// and numbers each at the top, where the number fits its band; the
// timeline and dispersion charts share them, so they read together.
func drawEpisodeBands(c draw.Canvas, p *plot.Plot, trX func(float64) vg.Length, episodes []episodeBand) {
	for i, e := range episodes {
		if i%2 == 0 {
			r := vg.Rectangle{Min: vg.Point{X: trX(e.start), Y: c.Min.Y}, Max: vg.Point{X: trX(e.end), Y: c.Max.Y}}
			c.FillPolygon(faint, c.ClipPolygonXY(rectPoints(r)))
		}
		label := fmt.Sprint(e.index)
		if trX(e.end)-trX(e.start) < textWidth(label, 6.5)+2 {
			continue // too narrow to number without overlapping
		}
		sty := draw.TextStyle{Color: ink, Font: sansAt(6.5), XAlign: draw.XCenter, YAlign: draw.YTop, Handler: p.Title.TextStyle.Handler}
		c.FillText(sty, vg.Point{X: (trX(e.start) + trX(e.end)) / 2, Y: c.Max.Y - 1}, label)
	}
}

func rectPoints(r vg.Rectangle) []vg.Point {
	return []vg.Point{r.Min, {X: r.Max.X, Y: r.Min.Y}, r.Max, {X: r.Min.X, Y: r.Max.Y}}
}

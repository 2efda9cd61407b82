package reports

import (
	"fmt"
	"image/color"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"parley/analysis"
	"parley/corpus"
)

// maxTimelineDocs is the most documents the timeline chart draws, one
// panel each (small multiples).
const maxTimelineDocs = 8

// chartDocs returns the indexes of the documents the timeline chart
// draws: the one Input.ChartDocument names; else every document of a
// conversation (two speakers or more) up to maxTimelineDocs, in order;
// of a corpus too large for the report's document sections
// (MaxDocSections, whose documents past the first let go of their turns'
// words as they are counted), the first. A corpus of one speaker per
// document (the UN debates) has none: its turns follow no conversation.
func chartDocs(in Input) []int {
	var out []int
	docs := in.Docs
	if in.ChartDocument == "" && oneSpeakerEach(docs) {
		return nil
	}
	if len(docs) > MaxDocSections && in.ChartDocument == "" {
		docs = docs[:1]
	}
	for i, d := range docs {
		if in.ChartDocument != "" {
			if d.Name == in.ChartDocument {
				return []int{i}
			}
			continue
		}
		if len(d.Turns) == 0 || d.Lightened() || len(d.Speakers) < 2 && len(docs) > 1 {
			continue
		}
		if out = append(out, i); len(out) == maxTimelineDocs {
			break
		}
	}
	return out
}

// oneSpeakerEach reports whether docs are several, each of one speaker
// or none: speeches, not conversations.
func oneSpeakerEach(docs []*corpus.Document) bool {
	if len(docs) < 2 {
		return false
	}
	for _, d := range docs {
		if len(d.Speakers) > 1 {
			return false
		}
	}
	return true
}

// timelineChart draws each chosen document's turns along its words (see
// chartDocs), one lane per speaker of the document (most words at the
// top), with its topic episodes as shaded bands: one panel a document,
// titled with its name when there are several.
func timelineChart(in Input, width vg.Length) (*plot.Plot, vg.Length, bool) {
	docs := chartDocs(in)
	if len(docs) == 0 {
		return nil, 0, false
	}
	var ps []*plot.Plot
	var titles []string
	var weights []float64
	height := vg.Length(0)
	for k, i := range docs {
		var eps []analysis.Episode
		if i < len(in.Episodes) {
			eps = in.Episodes[i]
		}
		p, lanes := timelinePlot(in, in.Docs[i], eps)
		if len(docs) > 1 && k < len(docs)-1 {
			p.X.Label.Text = ""
		}
		ps = append(ps, p)
		title := ""
		if len(docs) > 1 {
			title = in.Docs[i].Name
		}
		titles = append(titles, title)
		weights = append(weights, float64(lanes))
		height += vg.Length(lanes)*0.2*vg.Inch + 0.5*vg.Inch
	}
	height += 0.3 * vg.Inch
	if len(ps) == 1 {
		return ps[0], height, true
	}
	return stack(ps, titles, weights), height, true
}

// timelinePlot is one document's timeline, and its number of lanes.
func timelinePlot(in Input, d *corpus.Document, eps []analysis.Episode) (*plot.Plot, int) {
	// The document's speakers, in the order of the speaker table.
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
	for i, r := range rows {
		lanes[r.ID] = len(rows) - 1 - i
	}
	names := make([]string, len(rows))
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
	tl.episodes = episodeBands(d, eps, tl.total)
	p := newPlot("")
	p.X.Label.Text = "Words into the conversation"
	p.NominalY(names...)
	p.Add(tl)
	p.X.Min, p.X.Max = 0, max(tl.total, 1)
	p.Y.Min, p.Y.Max = -0.5, float64(len(rows))-0.5
	if len(tl.episodes) > 0 {
		p.Y.Max += 0.6 // room for the episode numbers
	}
	return p, len(rows)
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

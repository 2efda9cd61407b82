package reports

import (
	"math"
	"sort"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"parley/analysis"
	"parley/corpus"
)

// dispersionTerms is how many keyword terms the dispersion chart follows.
const dispersionTerms = 8

// dispersionRow is one row of the dispersion chart: a keyword term and
// where it occurs in the first document.
type dispersionRow struct {
	// Term is the stem; Form labels the row, the form of the term's
	// strongest keyword.
	Term, Form string
	// Positions are the term's occurrences, each as the number of words
	// before it in the document (counted over the turns in order), in
	// increasing order.
	Positions []int
}

// dispersionRows selects the dispersion chart's data from the first
// document: the dispersionTerms strongest distinct keyword terms of
// in.Keywords (by |G²|, ties by form, then term) that occur in it, in the
// order of their first occurrence; and the document's number of words.
func dispersionRows(in Input) ([]dispersionRow, int) {
	docs := chartDocs(in)
	if len(docs) == 0 {
		return nil, 0
	}
	return dispersionRowsOf(in, docs[0])
}

// dispersionRowsOf is dispersionRows of the document in.Docs[i].
func dispersionRowsOf(in Input, i int) ([]dispersionRow, int) {
	if len(in.Docs) == 0 || len(in.Keywords) == 0 {
		return nil, 0
	}
	ks := append([]analysis.Keyword(nil), in.Keywords...)
	sort.SliceStable(ks, func(i, j int) bool {
		a, b := math.Abs(ks[i].G2), math.Abs(ks[j].G2)
		if a != b {
			return a > b
		}
		return ks[i].Form < ks[j].Form || ks[i].Form == ks[j].Form && ks[i].Term < ks[j].Term
	})
	var rank []dispersionRow
	row := map[string]int{} // term -> index in rank; only looked up
	for _, k := range ks {
		if _, ok := row[k.Term]; !ok && k.Term != "" {
			row[k.Term] = len(rank)
			rank = append(rank, dispersionRow{Term: k.Term, Form: k.Form})
		}
	}
	total := 0
	word := func(term string) {
		if i, ok := row[term]; ok && term != "" {
			rank[i].Positions = append(rank[i].Positions, total)
		}
		total++
	}
	if in.FirstTerms != nil && i == 0 {
		for _, terms := range in.FirstTerms {
			for _, term := range terms {
				word(term)
			}
		}
	} else {
		for _, t := range in.Docs[i].Turns {
			for _, tok := range t.Tokens {
				if tok.Word {
					word(tok.Term)
				}
			}
		}
	}
	var rows []dispersionRow
	for _, r := range rank {
		if len(r.Positions) > 0 && len(rows) < dispersionTerms {
			rows = append(rows, r)
		}
	}
	// First positions differ, as a word has one term.
	sort.Slice(rows, func(i, j int) bool { return rows[i].Positions[0] < rows[j].Positions[0] })
	return rows, total
}

// dispersionChart draws where the strongest keywords occur in the first
// document: one row per term (the first used at the top), a tick per use
// along the conversation's words, over the topic episodes' bands as in
// the timeline chart.
func dispersionChart(in Input, width vg.Length) (*plot.Plot, vg.Length, bool) {
	docs := chartDocs(in)
	if len(docs) > maxDispersionDocs {
		docs = docs[:maxDispersionDocs]
	}
	var ps []*plot.Plot
	var titles []string
	var weights []float64
	height := vg.Length(0.3 * vg.Inch)
	for _, i := range docs {
		rows, total := dispersionRowsOf(in, i)
		if len(rows) == 0 || total == 0 {
			continue
		}
		var eps []analysis.Episode
		if i < len(in.Episodes) {
			eps = in.Episodes[i]
		}
		p, _ := dispersionPlot(rows, total, episodeBands(in.Docs[i], eps, float64(total)))
		ps = append(ps, p)
		titles = append(titles, in.Docs[i].Name)
		weights = append(weights, float64(len(rows)))
		height += vg.Length(len(rows))*0.2*vg.Inch + 0.5*vg.Inch
	}
	if len(ps) == 0 {
		return nil, 0, false
	}
	if len(ps) == 1 {
		titles[0] = ""
	}
	for k := range ps[:len(ps)-1] {
		ps[k].X.Label.Text = ""
	}
	return stack(ps, titles, weights), height, true // a stack for the margins, too
}

// maxDispersionDocs is the most documents the dispersion chart draws, a
// panel each.
const maxDispersionDocs = 4

// dispersionPlot lays the rows out on a plot, the first row at the top,
// each labelled on the y axis at its lane's value; it returns the plotter
// too, so that a test can check each label against its ticks.
func dispersionPlot(rows []dispersionRow, total int, bands []episodeBand) (*plot.Plot, xray) {
	n := len(rows)
	names := make([]string, n)
	xr := xray{lanes: make([]xrayLane, n), episodes: bands, total: float64(total)}
	for i, r := range rows {
		y := n - 1 - i
		names[y] = clipName(r.Form, 16)
		xr.lanes[i] = xrayLane{y: float64(y), positions: r.Positions}
	}
	p := newPlot("")
	p.X.Label.Text = "Words into the conversation"
	p.NominalY(names...)
	p.Add(xr)
	p.X.Min, p.X.Max = 0, float64(total)
	p.Y.Min, p.Y.Max = -0.5, float64(n)-0.5
	if len(bands) > 0 {
		p.Y.Max += 0.6 // room for the episode numbers
	}
	return p, xr
}

// episodeBands returns the episodes of d as spans of its words, as the
// timeline and dispersion charts draw them; none for a conversation of
// one episode, where one band would divide nothing.
func episodeBands(d *corpus.Document, eps []analysis.Episode, total float64) []episodeBand {
	if len(eps) < 2 {
		return nil
	}
	starts := map[int]float64{} // turn index -> words before it; only looked up
	pos := 0.0
	for _, t := range d.Turns {
		starts[t.Index] = pos
		pos += float64(t.Words())
	}
	var out []episodeBand
	for _, e := range eps {
		end := total
		if next, ok := starts[e.LastTurn+1]; ok {
			end = next
		}
		out = append(out, episodeBand{e.Index, starts[e.FirstTurn], end})
	}
	return out
}

// xrayLane is one term's row: its y value and its positions.
type xrayLane struct {
	y         float64
	positions []int
}

// xray is the plotter of the dispersion chart.
type xray struct {
	lanes    []xrayLane
	episodes []episodeBand
	total    float64
}

// Plot draws the episode bands and numbers, then a tick per occurrence.
func (xr xray) Plot(c draw.Canvas, p *plot.Plot) {
	trX, trY := p.Transforms(&c)
	drawEpisodeBands(c, p, trX, xr.episodes)
	h := (trY(1) - trY(0)) * 0.7
	sty := draw.LineStyle{Color: ink, Width: vg.Points(0.6)}
	for _, l := range xr.lanes {
		y := trY(l.y)
		// A run of ticks each within a tenth of a point (a third of a
		// pixel at 300 dpi) of the last is drawn as the band the lines
		// cover, so that a long document's thousands of uses draw as
		// what the page shows, not one line each.
		xs := make([]vg.Length, len(l.positions))
		for i, pos := range l.positions {
			xs[i] = trX(float64(pos))
		}
		for i := 0; i < len(xs); {
			j := i + 1
			for j < len(xs) && xs[j]-xs[j-1] < 0.1 {
				j++
			}
			if j == i+1 {
				c.StrokeLine2(sty, xs[i], y-h/2, xs[i], y+h/2)
			} else {
				r := vg.Rectangle{Min: vg.Point{X: xs[i] - sty.Width/2, Y: y - h/2}, Max: vg.Point{X: xs[j-1] + sty.Width/2, Y: y + h/2}}
				c.FillPolygon(sty.Color, rectPoints(r))
			}
			i = j
		}
	}
}

// DataRange is the conversation's words by the lanes.
func (xr xray) DataRange() (xmin, xmax, ymin, ymax float64) {
	return 0, xr.total, -0.5, float64(len(xr.lanes)) - 0.5
}

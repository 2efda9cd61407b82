package reports

import (
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
)

// GroupWords is one unit the documents are compared in (a document, or a
// --group-by group), with its size.
type GroupWords struct {
	Name      string
	Documents int
	Words     int
}

// maxGroupBars is the most groups the groups chart draws.
const maxGroupBars = 60

// groupsChart draws the words of each group (or document) the corpus is
// compared in, in the order of first appearance (a year's, a session's):
// the corpus view of speeches, one speaker per file, where a timeline of
// turns would mean nothing.
func groupsChart(in Input, width vg.Length) (*plot.Plot, vg.Length, bool) {
	groups := in.Groups
	if len(groups) < 2 {
		return nil, 0, false
	}
	if len(groups) > maxGroupBars {
		groups = groups[:maxGroupBars]
	}
	n := len(groups)
	names := make([]string, n)
	words := make(plotter.Values, n)
	for i, g := range groups {
		k := n - 1 - i // the first group at the top
		names[k] = clipName(g.Name, 22)
		words[k] = float64(g.Words)
	}
	height := vg.Length(n)*0.16*vg.Inch + 0.75*vg.Inch
	bar := min(0.11*vg.Inch, (height-0.75*vg.Inch)/vg.Length(n)*0.7)
	p := newPlot("")
	p.X.Label.Text = "Words"
	p.NominalY(names...)
	b, err := plotter.NewBarChart(words, bar)
	if err != nil {
		return nil, 0, false
	}
	b.Horizontal = true
	b.Color = mainColor
	b.LineStyle.Width = 0
	p.Add(b)
	p.X.Min = 0
	return p, height, true
}

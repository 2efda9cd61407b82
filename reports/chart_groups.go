package reports

import (
	"strings"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"parley/analysis"
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

// groupTermsRows is the most terms the group-terms chart follows.
const groupTermsRows = 16

// groupTerms selects the group-terms chart's rows: the groups' keywords,
// two of each group in the groups' order, until groupTermsRows distinct
// terms; each row gives the term's form and its rate per 10,000 words in
// every group.
func groupTerms(in Input) (forms []string, rates [][]float64) {
	if len(in.Groups) < 2 || len(in.GroupTallies) != len(in.Groups) || in.GroupBy == "" {
		return nil, nil
	}
	byGroup := map[string][]analysis.Keyword{}
	for _, k := range in.DocumentKeywords {
		byGroup[k.Target] = append(byGroup[k.Target], k)
	}
	var terms []string
	seen := map[string]bool{}
	for _, g := range in.Groups {
		taken := 0
		for _, k := range byGroup[g.Name] {
			if taken == 2 || len(terms) == groupTermsRows {
				break
			}
			if !seen[k.Term] {
				seen[k.Term] = true
				terms = append(terms, k.Term)
				forms = append(forms, k.Form)
				taken++
			}
		}
	}
	for _, term := range terms {
		row := make([]float64, len(in.Groups))
		for j, g := range in.Groups {
			if s, ok := in.GroupTallies[j].Speakers[g.Name]; ok && g.Words > 0 {
				row[j] = 10000 * float64(s.Term(term)) / float64(g.Words)
			}
		}
		rates = append(rates, row)
	}
	return forms, rates
}

// groupTermsChart draws the groups' keywords over the groups (years,
// sessions) as a heatmap: a row per term, a column per group in order,
// each cell shaded by the term's rate per 10,000 words in the group
// against its highest rate in any group, so that each row shows when its
// term rises and falls.
func groupTermsChart(in Input, width vg.Length) (*plot.Plot, vg.Length, bool) {
	forms, rates := groupTerms(in)
	if len(forms) == 0 {
		return nil, 0, false
	}
	n, m := len(forms), len(in.Groups)
	groups := min(m, maxGroupBars)
	rowNames := make([]string, n)
	for i, f := range forms {
		rowNames[n-1-i] = clipName(f, 16) // the first row at the top
	}
	colNames := make([]string, groups)
	for j, g := range in.Groups[:groups] {
		colNames[j] = clipName(strings.TrimPrefix(g.Name, in.GroupBy+" "), 12)
	}
	p := newPlot("")
	p.NominalY(rowNames...)
	p.NominalX(colNames...)
	p.X.Tick.Label.Font.Size = min(p.X.Tick.Label.Font.Size, vg.Points(max(4, 400/float64(groups))))
	turnColumnNames(p, true)
	p.X.Label.Text = in.GroupBy
	p.Add(termGrid{rates: rates, cols: groups})
	p.X.Min, p.X.Max = -0.5, float64(groups)-0.5
	p.Y.Min, p.Y.Max = -0.5, float64(n)-0.5
	height := vg.Length(n)*0.16*vg.Inch + 1.1*vg.Inch
	return p, height, true
}

// termGrid is the plotter of the group-terms heatmap.
type termGrid struct {
	rates [][]float64 // rows top to bottom
	cols  int
}

// Plot shades each cell by its rate against its row's highest.
func (g termGrid) Plot(c draw.Canvas, p *plot.Plot) {
	trX, trY := p.Transforms(&c)
	n := len(g.rates)
	for i, row := range g.rates {
		most := 0.0
		for _, v := range row[:g.cols] {
			most = max(most, v)
		}
		y := float64(n - 1 - i)
		for j, v := range row[:g.cols] {
			if v <= 0 || most <= 0 {
				continue
			}
			r := vg.Rectangle{
				Min: vg.Point{X: trX(float64(j) - 0.5), Y: trY(y - 0.45)},
				Max: vg.Point{X: trX(float64(j) + 0.5), Y: trY(y + 0.45)},
			}
			c.FillPolygon(rampAt(entityRamp, v/most), rectPoints(r))
		}
	}
}

// DataRange is the grid's.
func (g termGrid) DataRange() (xmin, xmax, ymin, ymax float64) {
	return -0.5, float64(g.cols) - 0.5, -0.5, float64(len(g.rates)) - 0.5
}

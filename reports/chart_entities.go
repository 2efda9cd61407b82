package reports

import (
	"image/color"
	"math"
	"slices"
	"sort"
	"strconv"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"parley/analysis"
	"parley/corpus"
)

// entityColumns is how many entities the heatmap shows.
const entityColumns = 10

// entityGrid is the data behind the entity heatmap: speakers by entities,
// mentions in the cells.
type entityGrid struct {
	// Speakers are the IDs of the speakers who mention any entity, in
	// speaker-table order (most words first); Names are their display
	// names.
	Speakers, Names []string
	// Columns are the most mentioned entities over all speakers, grouped
	// by label in the order of entityLabels, each group sorted by mentions
	// (ties by name).
	Columns []analysis.EntityKey
	// Counts[i][j] is how often Speakers[i] mentions Columns[j].
	Counts [][]int
	// Max is the largest count in the grid.
	Max int
	// Rates, when set (ChartOptions.EntityRates), are the mentions per
	// 1,000 of the speaker's words, drawn instead of the counts; MaxRate
	// is the largest.
	Rates   [][]float64
	MaxRate float64
}

// cell returns a cell's shade and text: the count, or the rate.
func (g entityGrid) cell(i, j int) (color.Color, string, bool) {
	if g.Counts[i][j] == 0 {
		return nil, "", false
	}
	if g.Rates != nil {
		return entityShadeRate(g.Rates[i][j], g.MaxRate), strconv.FormatFloat(g.Rates[i][j], 'f', 1, 64), true
	}
	return entityShade(g.Counts[i][j], g.Max), strconv.Itoa(g.Counts[i][j]), true
}

// widest is the widest text a cell holds.
func (g entityGrid) widest() string {
	if g.Rates != nil {
		return strconv.FormatFloat(g.MaxRate, 'f', 1, 64)
	}
	return strconv.Itoa(g.Max)
}

// entityGridOf selects the heatmap's rows, columns and cells: the top
// entities by mentions over all speakers (ties by name, then label), and
// the speakers who mention anything. ok is false when there are no
// mentions.
func entityGridOf(in Input, top int) (g entityGrid, ok bool) {
	if in.Entities == nil || in.Tally == nil {
		return g, false
	}
	var ids, names []string
	for _, r := range chartSpeakers(in, maxChartSpeakers) {
		if len(in.Entities.Speakers[r.ID]) > 0 {
			ids = append(ids, r.ID)
			names = append(names, r.Name)
		}
	}
	rows := in.Entities.SpeakerEntities(ids, 0)
	total := map[analysis.EntityKey]int{}
	cell := map[string]map[analysis.EntityKey]int{}
	for _, r := range rows {
		if !slices.Contains(entityLabels, r.Label) {
			continue // who names whom and what: not laws, events, languages
		}
		total[r.EntityKey] += r.Mentions
		if cell[r.Speaker] == nil {
			cell[r.Speaker] = map[analysis.EntityKey]int{}
		}
		cell[r.Speaker][r.EntityKey] += r.Mentions
	}
	keys := make([]analysis.EntityKey, 0, len(total))
	for k, n := range total {
		if n > 0 {
			keys = append(keys, k)
		}
	}
	if len(keys) == 0 {
		return g, false
	}
	sort.Slice(keys, func(i, j int) bool {
		a, b := keys[i], keys[j]
		if total[a] != total[b] {
			return total[a] > total[b]
		}
		return entityKeyLess(a, b)
	})
	if top > 0 && len(keys) > top {
		keys = keys[:top]
	}
	// Group the chosen columns by label; within a label, keep the order
	// by mentions.
	sort.SliceStable(keys, func(i, j int) bool {
		a, b := entityLabelRank(keys[i].Label), entityLabelRank(keys[j].Label)
		if a != b {
			return a < b
		}
		return keys[i].Label < keys[j].Label // unknown labels, by name
	})
	g = entityGrid{Speakers: ids, Names: names, Columns: keys, Counts: make([][]int, len(ids))}
	for i, id := range ids {
		g.Counts[i] = make([]int, len(keys))
		for j, k := range keys {
			n := cell[id][k]
			g.Counts[i][j] = n
			g.Max = max(g.Max, n)
		}
	}
	if in.Charts.EntityRates {
		g.Rates = make([][]float64, len(ids))
		for i, id := range ids {
			g.Rates[i] = make([]float64, len(keys))
			words := in.Tally.Speakers[id].Words
			for j, n := range g.Counts[i] {
				if words > 0 {
					g.Rates[i][j] = 1000 * float64(n) / float64(words)
				}
				g.MaxRate = max(g.MaxRate, g.Rates[i][j])
			}
		}
	}
	return g, true
}

func entityKeyLess(a, b analysis.EntityKey) bool {
	if a.Entity != b.Entity {
		return a.Entity < b.Entity
	}
	return a.Label < b.Label
}

// entityLabelRank is a label's place in entityLabels; unknown labels
// come last.
func entityLabelRank(l corpus.EntityLabel) int {
	for i, x := range entityLabels {
		if x == l {
			return i
		}
	}
	return len(entityLabels)
}

// entityGroupNames are the column groups' headings, longest first: a
// heading takes the first that fits above its columns.
var entityGroupNames = map[corpus.EntityLabel][]string{
	corpus.Person:       {"People"},
	corpus.Place:        {"Places"},
	corpus.Organisation: {"Organisations", "Orgs"},
	corpus.Group:        {"Groups"},
}

// entitiesChart draws the entity heatmap: one row per speaker who
// mentions anything (most words at the top), one column per entity of
// the top ten, the mentions in each cell.
//
// The columns are grouped by label (people, places, organisations,
// groups), each group headed by its name over a rule and set off by thin
// lines, rather than marked by a suffix on each name: a suffix would
// lengthen every rotated label, while a group heading says once that
// "British" is a group and "Britain" a place, and puts like with like.
//
// The shade of a cell grows with the logarithm of its count: one speaker
// (Stalin on the sample) names far more than the rest, and a linear scale
// would leave most cells near white. Every count is printed, so the
// shade only guides the eye and needs no key.
func entitiesChart(in Input, width vg.Length) (*plot.Plot, vg.Length, bool) {
	g, ok := entityGridOf(in, entityColumns)
	if !ok {
		return nil, 0, false
	}
	lay := entityLayoutOf(g, width)
	p := newPlot("")
	p.HideAxes()
	p.X.Padding, p.Y.Padding = 0, 0
	p.Add(entityHeatmap{grid: g})
	return p, lay.height, true
}

// The heatmap's type sizes and spacings.
const (
	entityLabelSize  = 7   // speaker and entity names, as tick labels
	entityCountSize  = 6.5 // the counts in the cells
	entityHeadSize   = 6.5 // the group headings
	entityPad        = 3   // between a name and the grid
	entityHeadGap    = 1.5 // between a heading and its rule
	entityRuleGap    = 2.5 // between the rules and the grid
	entityRuleInset  = 1.5 // a rule stops short of its group's edges
	entityMinRowSize = 11
	entityMaxRowSize = 16
)

// entityLayout places the heatmap's parts in a canvas of a given width.
// Lengths are from the canvas's left and top edges.
type entityLayout struct {
	height    vg.Length
	left      vg.Length // the grid's left edge
	top       vg.Length // the grid's top edge, below the headings
	cell, row vg.Length // a cell's width and height
	labelSize vg.Length // the entity names' size, shrunk if needed
	countSize vg.Length // the counts' size, shrunk to fit the cells
	angle     float64   // the entity names' rotation
	labels    []string  // the entity names as drawn
	labelGap  vg.Length // from the grid's bottom to the names' anchors
	below     vg.Length // the names' extent below their anchors
	heads     []entityHead
}

// entityHead is a group heading: its columns, text and place.
type entityHead struct {
	first, last int // columns
	text        string
	x0, x1      vg.Length // the text's extent
	size        vg.Length
}

func entityTextHeight(size vg.Length) vg.Length {
	face := font.DefaultCache.Lookup(sans, size)
	e := face.Extents()
	return e.Ascent + e.Descent
}

// entityLayoutOf lays out the grid at the given width. The entity names
// go below the grid: level (broken onto two lines at a space if need be)
// when every name fits under its column, else at 45° if the columns are
// wide enough for parallel names not to touch, else upright at 90°,
// shrunk if even that is too tight. The left margin is wide enough for
// the speakers' names and for the slanted names of the first columns;
// the rows' height follows the cells' width.
func entityLayoutOf(g entityGrid, width vg.Length) entityLayout {
	n := len(g.Columns)
	var lay entityLayout
	nameW := vg.Length(0)
	for _, s := range g.Names {
		nameW = max(nameW, textWidth(clipName(s, 18), entityLabelSize))
	}
	const margin = 1 // at the left and right edges
	names := make([]string, n)
	for j, k := range g.Columns {
		names[j] = clipName(k.Entity, 22)
	}
	place := func(angle float64, size vg.Length) {
		sin, cos := vg.Length(math.Sin(angle)), vg.Length(math.Cos(angle))
		h := entityTextHeight(size)
		left := margin + nameW + entityPad
		for j := range n {
			// A slanted name's left end lies w·cos+h/2·sin left of its
			// column's middle, which is at left + (j+½)·(width-left-margin)/n.
			// (Level names are centred within their columns.)
			if angle == 0 {
				continue
			}
			f := (vg.Length(j) + 0.5) / vg.Length(n)
			ext := margin + textWidth(names[j], size)*cos + h/2*sin
			if need := (ext - f*(width-margin)) / (1 - f); need > left {
				left = need
			}
		}
		lay.left, lay.angle, lay.labelSize = left, angle, size
		lay.cell = (width - left - margin) / vg.Length(n)
		lay.labels = names
		lay.labelGap = h/2*cos + 1.5
		lay.below = 0
		for j := range n {
			lay.below = max(lay.below, textWidth(names[j], size)*sin+h/2*cos)
		}
	}
	// Level names first, where every one fits its column.
	place(0, entityLabelSize)
	if level, ok := entityWrap(names, lay.cell-2, entityLabelSize); ok {
		lay.labels = level
		lay.labelGap = 2
		lay.below = 0
		for _, l := range level {
			lay.below = max(lay.below, entityStyle(entityLabelSize, ink).Height(l))
		}
	} else {
		// Parallel names a column apart are cell·sin(angle) apart; they
		// must be a line's height apart not to touch.
		line := entityTextHeight(entityLabelSize) + 0.5
		place(math.Pi/4, entityLabelSize)
		if lay.cell*vg.Length(math.Sin(math.Pi/4)) < line {
			place(math.Pi/2, entityLabelSize)
			if lay.cell < line {
				place(math.Pi/2, max(4, entityLabelSize*lay.cell/line))
			}
		}
	}
	lay.row = min(max(0.75*lay.cell, entityMinRowSize), entityMaxRowSize)
	lay.countSize = entityCountSize
	if w := textWidth(g.widest(), entityCountSize); w > lay.cell-3 {
		lay.countSize = max(4, entityCountSize*(lay.cell-3)/w)
	}
	lay.heads = entityHeads(g, lay)
	lay.top = entityTextHeight(entityHeadSize) + entityHeadGap + entityRuleGap
	lay.height = lay.top + vg.Length(len(g.Speakers))*lay.row + lay.labelGap + lay.below + margin
	return lay
}

// entityWrap returns the names as level labels no wider than w, each on
// one line or broken at the space that best balances two; ok is false if
// some name does not fit even so.
func entityWrap(names []string, w, size vg.Length) (out []string, ok bool) {
	out = make([]string, len(names))
	for j, s := range names {
		if textWidth(s, size) <= w {
			out[j] = s
			continue
		}
		best := vg.Length(math.Inf(1))
		for i, r := range s {
			if r != ' ' {
				continue
			}
			a, b := s[:i], s[i+1:]
			if wide := max(textWidth(a, size), textWidth(b, size)); wide < best {
				best, out[j] = wide, a+"\n"+b
			}
		}
		if best > w {
			return nil, false
		}
	}
	return out, true
}

// entityStyle is the heatmap's text style at a size and colour.
func entityStyle(size vg.Length, c color.Color) draw.TextStyle {
	return draw.TextStyle{Color: c, Font: sansAt(size), Handler: plot.DefaultTextHandler}
}

// entityHeads places the group headings over the grid.
func entityHeads(g entityGrid, lay entityLayout) []entityHead {
	var heads []entityHead
	for j, k := range g.Columns {
		if len(heads) > 0 && g.Columns[heads[len(heads)-1].first].Label == k.Label {
			heads[len(heads)-1].last = j
			continue
		}
		heads = append(heads, entityHead{first: j, last: j})
	}
	names := func(h entityHead) []string {
		l := g.Columns[h.first].Label
		if s, ok := entityGroupNames[l]; ok {
			return s
		}
		return []string{string(l)}
	}
	gridW := lay.cell * vg.Length(len(g.Columns))
	const gap = 6 // between headings
	for _, size := range []vg.Length{entityHeadSize, 6, 5.5, 5} {
		for short := range 2 {
			total := vg.Length(0)
			for i := range heads {
				s := names(heads[i])
				heads[i].text = s[min(short, len(s)-1)]
				heads[i].size = size
				total += textWidth(heads[i].text, size) + gap
			}
			if total-gap > gridW && !(short == 1 && size == 5) {
				continue
			}
			// Centre each heading over its columns, then push apart from
			// the left, then back from the right edge.
			for i := range heads {
				mid := lay.left + lay.cell*(vg.Length(heads[i].first+heads[i].last+1)/2)
				w := textWidth(heads[i].text, size)
				heads[i].x0, heads[i].x1 = mid-w/2, mid+w/2
			}
			edge := lay.left
			for i := range heads {
				if heads[i].x0 < edge {
					heads[i].x1 += edge - heads[i].x0
					heads[i].x0 = edge
				}
				edge = heads[i].x1 + gap
			}
			edge = lay.left + gridW
			for i := len(heads) - 1; i >= 0; i-- {
				if heads[i].x1 > edge {
					heads[i].x0 -= heads[i].x1 - edge
					heads[i].x1 = edge
				}
				edge = heads[i].x0 - gap
			}
			return heads
		}
	}
	return heads
}

// entityRamp is the part of blues a count can take: its lightest stop is
// dark enough to tell a single mention from an empty, white cell.
var entityRamp = blues[2:]

// entityShade returns the colour of a cell of n mentions, the largest
// being most: white for none, then along entityRamp by log n / log most.
func entityShade(n, most int) color.Color {
	if n <= 0 {
		return color.White
	}
	t := 1.0
	if most > 1 {
		t = math.Log(float64(n)) / math.Log(float64(most))
	}
	return rampAt(entityRamp, t)
}

// entityShadeRate is entityShade for a rate: linear in rate / most.
func entityShadeRate(rate, most float64) color.Color {
	if rate <= 0 {
		return color.White
	}
	t := 1.0
	if most > 0 {
		t = rate / most
	}
	return rampAt(entityRamp, t)
}

// entityHeatmap is the plotter of the entity heatmap. It fills its canvas,
// laying itself out for the canvas's width.
type entityHeatmap struct {
	grid entityGrid
}

// Plot draws the headings, the cells with their counts, the lines between
// groups, and the speakers' and entities' names.
func (hm entityHeatmap) Plot(c draw.Canvas, p *plot.Plot) {
	g := hm.grid
	lay := entityLayoutOf(g, c.Max.X-c.Min.X)
	x := func(l vg.Length) vg.Length { return c.Min.X + l }
	y := func(l vg.Length) vg.Length { return c.Max.Y - l } // from the top
	thin := draw.LineStyle{Color: ink, Width: vg.Points(0.5)}
	bottom := lay.top + vg.Length(len(g.Speakers))*lay.row

	for _, h := range lay.heads {
		sty := entityStyle(h.size, ink)
		sty.XAlign, sty.YAlign = draw.XCenter, draw.YBottom
		ruleY := y(lay.top - entityRuleGap)
		c.FillText(sty, vg.Point{X: x((h.x0 + h.x1) / 2), Y: ruleY + entityHeadGap}, h.text)
		c.StrokeLine2(thin, x(lay.left+lay.cell*vg.Length(h.first)+entityRuleInset), ruleY,
			x(lay.left+lay.cell*vg.Length(h.last+1)-entityRuleInset), ruleY)
	}

	for i := range g.Speakers {
		top := lay.top + vg.Length(i)*lay.row
		sty := entityStyle(entityLabelSize, ink)
		sty.XAlign, sty.YAlign = draw.XRight, draw.YCenter
		c.FillText(sty, vg.Point{X: x(lay.left - entityPad), Y: y(top + lay.row/2)}, clipName(g.Names[i], 18))
		for j := range g.Counts[i] {
			bg, text, ok := g.cell(i, j)
			if !ok {
				continue
			}
			// A hairline of white between cells keeps equal neighbours apart.
			const gap = 0.25
			r := vg.Rectangle{
				Min: vg.Point{X: x(lay.left+vg.Length(j)*lay.cell) + gap, Y: y(top+lay.row) + gap},
				Max: vg.Point{X: x(lay.left+vg.Length(j+1)*lay.cell) - gap, Y: y(top) - gap},
			}
			c.FillPolygon(bg, rectPoints(r))
			sty := entityStyle(lay.countSize, textOn(bg))
			sty.XAlign, sty.YAlign = draw.XCenter, draw.YCenter
			c.FillText(sty, vg.Point{X: (r.Min.X + r.Max.X) / 2, Y: (r.Min.Y + r.Max.Y) / 2}, text)
		}
	}

	// Thin lines between groups, over the cells; a hairline frame keeps
	// white cells inside the grid.
	for _, h := range lay.heads[1:] {
		lx := x(lay.left + lay.cell*vg.Length(h.first))
		c.StrokeLine2(thin, lx, y(lay.top), lx, y(bottom))
	}
	frame := draw.LineStyle{Color: color.Gray{Y: 0xB0}, Width: vg.Points(0.4)}
	c.StrokeLines(frame, []vg.Point{
		{X: x(lay.left), Y: y(lay.top)}, {X: x(lay.left + lay.cell*vg.Length(len(g.Columns))), Y: y(lay.top)},
		{X: x(lay.left + lay.cell*vg.Length(len(g.Columns))), Y: y(bottom)}, {X: x(lay.left), Y: y(bottom)},
		{X: x(lay.left), Y: y(lay.top)},
	})

	for j, l := range lay.labels {
		sty := entityStyle(lay.labelSize, ink)
		sty.XAlign, sty.YAlign, sty.Rotation = draw.XRight, draw.YCenter, lay.angle
		if lay.angle == 0 {
			sty.XAlign, sty.YAlign = draw.XCenter, draw.YTop
		}
		c.FillText(sty, vg.Point{X: x(lay.left + (vg.Length(j)+0.5)*lay.cell), Y: y(bottom + lay.labelGap)}, l)
	}
}

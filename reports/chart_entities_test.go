package reports

import (
	"bytes"
	"context"
	"math"
	"sort"
	"strings"
	"testing"

	"gonum.org/v1/plot/vg"

	"parley/analysis"
	"parley/corpus"
	"parley/corpus/record"
	"parley/stages"
)

// entitySampleInput reads the bundled record, finds its entities and
// counts them.
func entitySampleInput(t *testing.T) Input {
	t.Helper()
	d, err := record.ReadOne(corpus.SampleName, corpus.Sample())
	if err != nil {
		t.Fatal(err)
	}
	e, err := stages.NewEntities()
	if err != nil {
		t.Fatal(err)
	}
	if err := stages.New(stages.NewNormalize(), e).Run(context.Background(), []*corpus.Document{d}); err != nil {
		t.Fatal(err)
	}
	return Input{Docs: []*corpus.Document{d}, Tally: analysis.Count(d), Entities: analysis.CountEntities(d)}
}

func entityChartKind(t *testing.T) ChartKind {
	t.Helper()
	for _, k := range ChartKinds() {
		if k.Name == "entities" {
			return k
		}
	}
	t.Fatal("no chart kind entities")
	return ChartKind{}
}

func TestEntityGridOnSample(t *testing.T) {
	in := entitySampleInput(t)
	g, ok := entityGridOf(in, entityColumns)
	if !ok {
		t.Fatal("no grid for the sample")
	}

	// Columns: the top ten, grouped by label, by mentions within a label.
	want := []analysis.EntityKey{
		{Entity: "Stalin", Label: corpus.Person},
		{Entity: "Britain", Label: corpus.Place},
		{Entity: "Soviet Union", Label: corpus.Place},
		{Entity: "United States", Label: corpus.Place},
		{Entity: "Labour Party", Label: corpus.Organisation},
		{Entity: "Comintern", Label: corpus.Organisation},
		{Entity: "Communist Parties", Label: corpus.Organisation},
		{Entity: "British", Label: corpus.Group},
		{Entity: "Soviet", Label: corpus.Group},
		{Entity: "American", Label: corpus.Group},
	}
	if len(g.Columns) != len(want) {
		t.Fatalf("columns = %v, want %v", g.Columns, want)
	}
	for j := range want {
		if g.Columns[j] != want[j] {
			t.Errorf("column %d = %v, want %v", j, g.Columns[j], want[j])
		}
	}

	// The columns are the ten most mentioned, counted here from the raw
	// tally: none left out has more mentions than any taken.
	total := map[analysis.EntityKey]int{}
	for _, m := range in.Entities.Speakers {
		for k, c := range m {
			total[k] += c.Mentions
		}
	}
	taken := map[analysis.EntityKey]bool{}
	least := math.MaxInt
	for _, k := range g.Columns {
		taken[k] = true
		least = min(least, total[k])
	}
	for k, n := range total {
		if !taken[k] && n > least {
			t.Errorf("%v (%d mentions) left out, but a column has %d", k, n, least)
		}
	}
	for j := 1; j < len(g.Columns); j++ {
		a, b := g.Columns[j-1], g.Columns[j]
		if a.Label == b.Label && total[a] < total[b] {
			t.Errorf("%v (%d) before %v (%d)", a, total[a], b, total[b])
		}
	}

	// Rows: the speakers who mention anything, in speaker-table order.
	var rows []string
	for _, r := range in.Tally.SpeakerTable() {
		if len(in.Entities.Speakers[r.ID]) > 0 {
			rows = append(rows, r.Name)
		}
	}
	if strings.Join(g.Names, ",") != strings.Join(rows, ",") {
		t.Errorf("rows = %v, want %v", g.Names, rows)
	}
	if len(g.Names) == 0 || g.Names[0] != "Stalin" {
		t.Errorf("first row = %v, want Stalin", g.Names)
	}

	// Cells: each the speaker's mentions of the entity.
	cell := func(name, entity string) int {
		for i, s := range g.Names {
			for j, k := range g.Columns {
				if s == name && k.Entity == entity {
					return g.Counts[i][j]
				}
			}
		}
		t.Fatalf("no cell %s × %s", name, entity)
		return 0
	}
	if n := cell("Stalin", "Britain"); n != 32 {
		t.Errorf("Stalin × Britain = %d, want 32", n)
	}
	if n := cell("Stalin", "Soviet Union"); n != 24 {
		t.Errorf("Stalin × Soviet Union = %d, want 24", n)
	}
	if n := cell("Stalin", "Stalin"); n != 0 {
		t.Errorf("Stalin × Stalin = %d, want 0 (a speaker's own name is framing)", n)
	}
	most := 0
	for i, id := range g.Speakers {
		for j, k := range g.Columns {
			n := 0
			if c := in.Entities.Speakers[id][k]; c != nil {
				n = c.Mentions
			}
			if g.Counts[i][j] != n {
				t.Errorf("%s × %s = %d, want %d", id, k.Entity, g.Counts[i][j], n)
			}
			most = max(most, n)
		}
	}
	if g.Max != most || g.Max != 32 {
		t.Errorf("max = %d, want %d (and 32)", g.Max, most)
	}
}

func TestEntityGridTies(t *testing.T) {
	// Ties in mentions go by name; the columns then group by label. The
	// second speaker mentions nothing and gets no row.
	in := smallInput(t)
	speakers := in.Tally.SpeakerTable()
	if len(speakers) < 2 {
		t.Fatalf("speakers = %v, want two", speakers)
	}
	first := speakers[0].ID
	in.Entities = &analysis.EntityTally{Speakers: map[string]map[analysis.EntityKey]*analysis.EntityCount{
		first: {
			{Entity: "Zeta", Label: corpus.Place}:     {Mentions: 2},
			{Entity: "Alpha", Label: corpus.Group}:    {Mentions: 2},
			{Entity: "Mid", Label: corpus.Place}:      {Mentions: 2},
			{Entity: "Bob", Label: corpus.Person}:     {Mentions: 1},
			{Entity: "Most", Label: corpus.Place}:     {Mentions: 5},
			{Entity: "Dropped", Label: corpus.Person}: {Mentions: 1},
		},
	}}
	g, ok := entityGridOf(in, 5)
	if !ok {
		t.Fatal("no grid")
	}
	var got []string
	for _, k := range g.Columns {
		got = append(got, k.Entity)
	}
	// Top five by mentions, ties by name: Most, Alpha, Mid, Zeta, Bob.
	if want := "Bob,Most,Mid,Zeta,Alpha"; strings.Join(got, ",") != want {
		t.Errorf("columns = %s, want %s", strings.Join(got, ","), want)
	}
	if strings.Join(g.Speakers, ",") != first {
		t.Errorf("rows = %v, want only %s", g.Speakers, first)
	}
}

func TestEntitiesChartNoData(t *testing.T) {
	in := entitySampleInput(t)
	in.Entities = nil
	if _, _, ok := entitiesChart(in, 3.5*vg.Inch); ok {
		t.Error("chart drawn without an entity tally")
	}
	in.Entities = &analysis.EntityTally{}
	if _, _, ok := entitiesChart(in, 3.5*vg.Inch); ok {
		t.Error("chart drawn without mentions")
	}
}

func TestEntitiesChartIsDeterministic(t *testing.T) {
	in := entitySampleInput(t)
	kind := entityChartKind(t)
	var first []byte
	for i := range 2 {
		var b bytes.Buffer
		ok, err := WriteChart(&b, kind, in, ChartOptions{}, "svg")
		if err != nil || !ok {
			t.Fatalf("WriteChart = %v, %v", ok, err)
		}
		for _, want := range []string{"<svg", "Communist Parties", "Organisations", ">32<"} {
			if !bytes.Contains(b.Bytes(), []byte(want)) {
				t.Errorf("SVG lacks %q", want)
			}
		}
		if i == 0 {
			first = b.Bytes()
		} else if !bytes.Equal(first, b.Bytes()) {
			t.Error("two renders of the same input differ")
		}
	}
}

// TestEntityLayoutFits checks at several widths that nothing is clipped
// or overlaps: names inside the canvas, slanted names a line apart,
// headings apart and over the grid.
func TestEntityLayoutFits(t *testing.T) {
	g, ok := entityGridOf(entitySampleInput(t), entityColumns)
	if !ok {
		t.Fatal("no grid")
	}
	for _, mm := range []float64{40, 60, 89, 120, 180} {
		width := vg.Length(mm) * vg.Millimeter
		lay := entityLayoutOf(g, width)
		gridRight := lay.left + lay.cell*vg.Length(len(g.Columns))
		if gridRight > width+1e-6 || lay.cell <= 0 || lay.height <= 0 {
			t.Errorf("%vmm: grid [%v, %v] (cell %v, height %v) outside the canvas", mm, lay.left, gridRight, lay.cell, lay.height)
		}
		for _, s := range g.Names {
			if w := textWidth(clipName(s, 18), entityLabelSize); lay.left-entityPad-w < 0 {
				t.Errorf("%vmm: speaker %q clipped", mm, s)
			}
		}
		sin, cos := vg.Length(math.Sin(lay.angle)), vg.Length(math.Cos(lay.angle))
		h := entityTextHeight(lay.labelSize)
		for j, l := range lay.labels {
			mid := lay.left + (vg.Length(j)+0.5)*lay.cell
			var w vg.Length
			for _, line := range strings.Split(l, "\n") {
				w = max(w, textWidth(line, lay.labelSize))
			}
			if lay.angle == 0 {
				if w > lay.cell {
					t.Errorf("%vmm: level name %q wider than its column", mm, l)
				}
				continue
			}
			if mid-w*cos-h/2*sin < 0 {
				t.Errorf("%vmm: name %q clipped at the left", mm, l)
			}
		}
		if lay.angle != 0 && lay.cell*sin < h {
			t.Errorf("%vmm: slanted names %v apart, want at least %v", mm, lay.cell*sin, h)
		}
		for i, hd := range lay.heads {
			if hd.x0 < lay.left-1e-6 || hd.x1 > gridRight+1e-6 {
				t.Errorf("%vmm: heading %q [%v, %v] outside the grid [%v, %v]", mm, hd.text, hd.x0, hd.x1, lay.left, gridRight)
			}
			if i > 0 && hd.x0 < lay.heads[i-1].x1 {
				t.Errorf("%vmm: headings %q and %q overlap", mm, lay.heads[i-1].text, hd.text)
			}
		}
		if len(lay.heads) != 4 {
			t.Errorf("%vmm: %d headings, want 4", mm, len(lay.heads))
		}
	}
}

func TestEntityShade(t *testing.T) {
	if entityShade(0, 32) != entityShade(0, 1) || luminance(entityShade(0, 32)) != 1 {
		t.Error("empty cells are not white")
	}
	// Darker with every count: the order survives grayscale.
	prev := 1.0
	for n := 1; n <= 32; n++ {
		l := luminance(entityShade(n, 32))
		if l >= prev {
			t.Errorf("shade of %d (luminance %.3f) not darker than of %d (%.3f)", n, l, n-1, prev)
		}
		prev = l
	}
	if textOn(entityShade(32, 32)) != entityShade(0, 1) {
		t.Error("count on the darkest cell is not white")
	}
	if textOn(entityShade(1, 32)) != ink {
		t.Error("count on the lightest cell is not ink")
	}
	// The ramp's stops fall in luminance too.
	l := make([]float64, len(entityRamp))
	for i, c := range entityRamp {
		l[i] = luminance(c)
	}
	if !sort.SliceIsSorted(l, func(i, j int) bool { return l[i] > l[j] }) {
		t.Errorf("ramp luminances %v do not fall", l)
	}
}

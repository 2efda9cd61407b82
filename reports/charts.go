package reports

import (
	"bytes"
	"fmt"
	"image/color"
	"io"
	"math"
	"regexp"
	"strconv"
	"strings"
	"sync"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
	"gonum.org/v1/plot/vg/vgpdf"
	"gonum.org/v1/plot/vg/vgsvg"

	"parley/analysis"
)

// ChartOptions say how charts are drawn. The zero value draws one journal
// column wide (89 mm, 3.5 in) as SVG, with PNGs at 300 dpi.
type ChartOptions struct {
	// Width is the chart's width; heights follow from the content.
	Width vg.Length
	// Formats are the files to write for each chart: "svg", "pdf", "png".
	Formats []string
	// DPI is the resolution of PNGs.
	DPI int
	// EntityRates draws the entity heatmap's mentions per 1,000 of each
	// speaker's words, not the counts: speakers who say much and little
	// compared (--entity-rates).
	EntityRates bool
}

func (o ChartOptions) width() vg.Length {
	if o.Width <= 0 {
		return 89 * vg.Millimeter
	}
	return o.Width
}

func (o ChartOptions) dpi() int {
	if o.DPI <= 0 {
		return 300
	}
	return o.DPI
}

func (o ChartOptions) formats() []string {
	if len(o.Formats) == 0 {
		return []string{"svg"}
	}
	return o.Formats
}

// ChartKind is one kind of chart parley draws.
type ChartKind struct {
	// Name is the chart's name on the command line and its file's base
	// name ("speakers" -> charts/speakers.svg).
	Name string
	// Caption says what is plotted and from which data file.
	Caption string
	// build draws the chart for the input at the given width, and returns
	// its height; ok is false when the input has no data for it.
	build func(in Input, width vg.Length) (p *plot.Plot, height vg.Length, ok bool)
}

// ChartKinds returns every kind of chart, in the report's order.
func ChartKinds() []ChartKind {
	return []ChartKind{
		{Name: "speakers", Caption: "Words (left, with each speaker's share of the words and, as an error bar, its 95% bootstrap interval; groups and unknown speakers have none) and turns (right) per speaker, sorted by words (at most the 20 with the most). Data: `data/speakers.csv`.", build: speakersChart},
		{Name: "timeline", Caption: "The conversation turn by turn: one lane per speaker, each bar a turn, its length the turn's words, along the conversation's words; shaded bands are the topic episodes, numbered, where there are two or more. A corpus has a panel per conversation (up to eight; --document picks one); speeches, one speaker per file, have none. Data: `data/turns.csv`, `data/episodes.csv`.", build: timelineChart},
		{Name: "group-terms", Caption: "The groups' keywords across the groups (--group-by), two of each group's strongest in the groups' order: a row per term, a cell per group shaded by the term's rate per 10,000 words there, against its highest rate in any group, so that a row shows when its term rises and falls. Data: `data/keywords.csv` (level group).", build: groupTermsChart},
		{Name: "groups", Caption: "Words per document, or per group of documents (--group-by), in the order the corpus first has them (at most 60). Data: `data/document_fields.csv`, `data/documents.csv`.", build: groupsChart},
		{Name: "turn-lengths", Caption: "Turn lengths in words per speaker: each dot a turn (turns without words left out), the box the middle half of the turns (from five turns), the line the median; at most the 20 speakers with the most words. Data: `data/turns.csv`.", build: turnLengthsChart},
		{Name: "transitions", Caption: "Who follows whom: the number of times a turn of the row's speaker is followed by a turn of the column's speaker, among the 12 speakers with the most words at most. Data: `data/turns.csv`.", build: transitionsChart},
		{Name: "keyness", Caption: "Each speaker's top keywords against the other speakers, by signed log-likelihood G²: a bar right of zero is a term the speaker uses more than the others, left of zero (a negative keyword) one the speaker uses less, or never, than the others' rate would have it; only terms that pass the report's cuts (q, p, frequency) are drawn. Data: `data/keywords.csv`.", build: keynessChart},
		{Name: "dispersion", Caption: "Where the strongest keywords occur along the conversation (a lexical dispersion or x-ray plot): one row per term, one mark per use, in words into the conversation; a corpus has a panel per conversation (up to four; --document picks one). Data: `data/tokens.csv`, `data/turns.csv`.", build: dispersionChart},
		{Name: "entities", Caption: "Mentions of the most mentioned entities by speaker (at most the 20 speakers with the most words); with --entity-rates, mentions per 1,000 of the speaker's words. Data: `data/entities.csv`, `data/speakers.csv`.", build: entitiesChart},
	}
}

// ChartKindNames returns the names of the chart kinds.
func ChartKindNames() []string {
	var names []string
	for _, k := range ChartKinds() {
		names = append(names, k.Name)
	}
	return names
}

// WriteChart draws the chart of the given kind in one format ("svg",
// "pdf" or "png") to w. It returns false, and writes nothing, if the input
// has no data for the chart.
func WriteChart(w io.Writer, kind ChartKind, in Input, opt ChartOptions, format string) (bool, error) {
	p, h, ok := in.buildChart(kind, opt.width())
	if !ok {
		return false, nil
	}
	return true, render(w, p, opt.width(), h, format, opt.dpi())
}

// ChartFormats returns the formats a chart is drawn in.
func ChartFormats() []string { return []string{"svg", "pdf", "png"} }

// chartCache holds the charts a report has built, so that asking whether
// a chart has data, embedding it in the Markdown and drawing it in each
// format build it once; it may be used from several goroutines.
type chartCache struct {
	mu    sync.Mutex
	built map[chartKey]*builtChart
}

type chartKey struct {
	name  string
	width vg.Length
}

type builtChart struct {
	once   sync.Once
	p      *plot.Plot
	height vg.Length
	ok     bool
}

// buildChart builds the chart of kind k at the width, once per cache.
func (in Input) buildChart(k ChartKind, width vg.Length) (*plot.Plot, vg.Length, bool) {
	if in.charts == nil {
		return k.build(in, width)
	}
	c := in.charts
	c.mu.Lock()
	key := chartKey{k.Name, width}
	b := c.built[key]
	if b == nil {
		b = &builtChart{}
		c.built[key] = b
	}
	c.mu.Unlock()
	b.once.Do(func() { b.p, b.height, b.ok = k.build(in, width) })
	return b.p, b.height, b.ok
}

// render draws p at width×height in one format.
func render(w io.Writer, p *plot.Plot, width, height vg.Length, format string, dpi int) error {
	var c interface {
		vg.CanvasSizer
		io.WriterTo
	}
	switch format {
	case "svg":
		c = vgsvg.New(width, height)
	case "pdf":
		pdf := vgpdf.New(width, height)
		pdf.EmbedFonts(true)
		c = pdf
	case "png":
		c = vgimg.PngCanvas{Canvas: vgimg.NewWith(vgimg.UseWH(width, height), vgimg.UseDPI(dpi), vgimg.UseBackgroundColor(color.White))}
	default:
		return fmt.Errorf("unknown chart format %q (want svg, pdf or png)", format)
	}
	p.Draw(draw.New(c))
	if format != "pdf" {
		_, err := c.WriteTo(w)
		return err
	}
	var b bytes.Buffer
	if _, err := c.WriteTo(&b); err != nil {
		return err
	}
	_, err := w.Write(fixPDFDate(b.Bytes()))
	return err
}

var pdfDate = regexp.MustCompile(`/(CreationDate|ModDate) \(D:[0-9]{14}`)

// fixPDFDate replaces the time the PDF library stamps into a PDF with a
// fixed one of the same length, so that offsets stay right and the same
// input gives the same bytes.
func fixPDFDate(b []byte) []byte {
	return pdfDate.ReplaceAllFunc(b, func(m []byte) []byte {
		i := bytes.Index(m, []byte("(D:")) + 3
		return append(m[:i:i], []byte("20000101000000")...)
	})
}

// The shared style: sans-serif text sized for a journal column, thin
// lines, and the Okabe–Ito colours, which stay distinct for colour-blind
// readers and, in the order used here, in grayscale.
var (
	sans      = font.Font{Typeface: "Liberation", Variant: "Sans"}
	ink       = color.Gray{Y: 0x20}
	faint     = color.Gray{Y: 0xE8}
	okabeIto  = []color.Color{rgb(0x00, 0x72, 0xB2), rgb(0xE6, 0x9F, 0x00), rgb(0x00, 0x9E, 0x73), rgb(0xCC, 0x79, 0xA7), rgb(0x56, 0xB4, 0xE9), rgb(0xD5, 0x5E, 0x00), rgb(0xF0, 0xE4, 0x42), rgb(0x00, 0x00, 0x00)}
	mainColor = okabeIto[0]
)

func rgb(r, g, b uint8) color.RGBA { return color.RGBA{R: r, G: g, B: b, A: 0xFF} }

// blues is the heatmaps' sequential ramp (ColorBrewer's Blues), from white
// to dark, every channel falling from one stop to the next, so that the
// lightness falls steadily and the order of the counts survives printing
// in gray.
var blues = []color.RGBA{
	rgb(0xFF, 0xFF, 0xFF), rgb(0xDE, 0xEB, 0xF7), rgb(0xC6, 0xDB, 0xEF), rgb(0x9E, 0xCA, 0xE1),
	rgb(0x6B, 0xAE, 0xD6), rgb(0x42, 0x92, 0xC6), rgb(0x21, 0x71, 0xB5), rgb(0x08, 0x51, 0x9C), rgb(0x08, 0x30, 0x6B),
}

// rampAt returns the colour of ramp at t, from 0 (its first stop) to 1
// (its last), interpolated between stops.
func rampAt(ramp []color.RGBA, t float64) color.RGBA {
	t = min(max(t, 0), 1) * float64(len(ramp)-1)
	k := min(int(t), len(ramp)-2)
	f := t - float64(k)
	a, b := ramp[k], ramp[k+1]
	mix := func(x, y uint8) uint8 { return uint8(math.Round(float64(x) + f*(float64(y)-float64(x)))) }
	return rgb(mix(a.R, b.R), mix(a.G, b.G), mix(a.B, b.B))
}

// luminance returns a colour's relative luminance as WCAG defines it, 0
// for black to 1 for white.
func luminance(c color.Color) float64 {
	r, g, b, _ := c.RGBA()
	lin := func(v uint32) float64 {
		s := float64(v) / 0xFFFF
		if s <= 0.04045 {
			return s / 12.92
		}
		return math.Pow((s+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(r) + 0.7152*lin(g) + 0.0722*lin(b)
}

// textOn returns the colour for text on a cell of colour bg: white or
// ink, whichever contrasts more (WCAG).
func textOn(bg color.Color) color.Color {
	l := luminance(bg)
	if 1.05/(l+0.05) > (l+0.05)/(luminance(ink)+0.05) {
		return color.White
	}
	return ink
}

// maxChartSpeakers is the most speakers a chart shows one per row, those
// with the most words: beyond it a chart is no longer readable at a
// column's width (a corpus of the UN's 193 delegations, say).
const maxChartSpeakers = 20

// chartSpeakers returns the speaker table cut to its first n rows.
func chartSpeakers(in Input, n int) []analysis.SpeakerRow {
	rows := in.Tally.SpeakerTable()
	if len(rows) > n {
		rows = rows[:n]
	}
	return rows
}

// speakerColor returns the colour of the i-th speaker (in speaker-table
// order); beyond the palette, speakers share a gray.
func speakerColor(i int) color.Color {
	if i < len(okabeIto) {
		return okabeIto[i]
	}
	return color.Gray{Y: 0x80}
}

// newPlot returns a plot in the shared style.
func newPlot(title string) *plot.Plot {
	p := plot.New()
	p.Title.Text = title
	p.Title.TextStyle.Font = font.From(sans, 9)
	p.Title.TextStyle.Color = ink
	for _, a := range []*plot.Axis{&p.X, &p.Y} {
		a.Label.TextStyle.Font = font.From(sans, 8)
		a.Label.TextStyle.Color = ink
		a.Tick.Label.Font = font.From(sans, 7)
		a.Tick.Label.Color = ink
		a.LineStyle.Width = vg.Points(0.5)
		a.LineStyle.Color = ink
		a.Tick.LineStyle.Width = vg.Points(0.5)
		a.Tick.LineStyle.Color = ink
	}
	p.Legend.TextStyle.Font = font.From(sans, 7)
	p.X.Tick.Marker = countTicks{}
	p.Y.Tick.Marker = countTicks{}
	return p
}

// plainTicks are gonum's default ticks, labelled as plain numbers ("2000",
// not "2000.00"), to the decimals their step takes ("1.2", not
// "1.2000000000000002").
type plainTicks struct{}

// Ticks returns the ticks between min and max.
func (plainTicks) Ticks(min, max float64) []plot.Tick {
	ts := plot.DefaultTicks{}.Ticks(min, max)
	var labelled []float64
	for _, t := range ts {
		if t.Label != "" {
			labelled = append(labelled, t.Value)
		}
	}
	prec, step := 0, 1.0
	if len(labelled) >= 2 {
		step = labelled[1] - labelled[0]
		for prec < 6 && math.Abs(step*math.Pow10(prec)-math.Round(step*math.Pow10(prec))) > 1e-6 {
			prec++
		}
	}
	for i, t := range ts {
		if t.Label == "" {
			continue
		}
		v := t.Value
		if math.Abs(v) < 1e-6*step {
			v = 0 // "0", not "-0.0" from a sum's rounding
		}
		ts[i].Label = strconv.FormatFloat(v, 'f', prec, 64)
	}
	return ts
}

// countTicks label whole numbers only, for an axis of counts (words,
// turns): plainTicks with the ticks between whole numbers unlabelled,
// and on a range too short for two such labels, a label at each whole
// number in it (0 and 1 on an axis up to 1.3, not 0, 0.4, 0.8 and 1.2).
type countTicks struct{}

// Ticks returns the ticks between min and max.
func (countTicks) Ticks(min, max float64) []plot.Tick {
	ts := plainTicks{}.Ticks(min, max)
	labelled := 0
	for i := range ts {
		if ts[i].Label == "" {
			continue
		}
		if v := ts[i].Value; math.Abs(v-math.Round(v)) > 1e-9*math.Max(1, math.Abs(v)) {
			ts[i].Label = ""
			continue
		}
		ts[i].Label = strconv.FormatFloat(math.Round(ts[i].Value)+0, 'f', 0, 64) // +0: "0", not "-0"
		labelled++
	}
	if labelled >= 2 {
		return ts
	}
	var whole []plot.Tick
	for v := math.Ceil(min); v <= max && len(whole) <= 10; v++ {
		whole = append(whole, plot.Tick{Value: v, Label: strconv.FormatFloat(v+0, 'f', 0, 64)}) // +0: "0", not "-0"
	}
	if len(whole) >= 2 && len(whole) <= 10 {
		return whole
	}
	return ts
}

// textWidth returns how wide s is in the tick font.
func textWidth(s string, size vg.Length) vg.Length {
	face := font.DefaultCache.Lookup(sans, size)
	return face.Width(s)
}

// clipName shortens a long name for an axis label so that it never
// overlaps: to max characters, with an ellipsis.
func clipName(s string, max int) string {
	r := []rune(s)
	if len(r) <= max {
		return s
	}
	return strings.TrimSpace(string(r[:max-1])) + "…"
}

package reports

import (
	"bytes"
	"slices"
	"strconv"
	"strings"
	"testing"

	"parley/analysis"
	"parley/corpus"
)

// TestChartDocs checks which documents the timeline and dispersion charts
// draw: each conversation of a small corpus (up to eight), the one
// --document names, the first of a corpus too large for document
// sections, and none of a corpus of speeches, one speaker each.
func TestChartDocs(t *testing.T) {
	in := corpusInput(t, 3)
	if got := chartDocs(in); !slices.Equal(got, []int{0, 1, 2}) {
		t.Errorf("three conversations: %v", got)
	}
	in.ChartDocument = in.Docs[1].Name
	if got := chartDocs(in); !slices.Equal(got, []int{1}) {
		t.Errorf("--document %s: %v", in.ChartDocument, got)
	}
	in.ChartDocument = ""
	many := corpusInput(t, MaxDocSections+1)
	if got := chartDocs(many); !slices.Equal(got, []int{0}) {
		t.Errorf("%d documents: %v", len(many.Docs), got)
	}
	speeches := Input{Tally: &analysis.Tally{}}
	for _, name := range []string{"a.txt", "b.txt"} {
		d := &corpus.Document{Name: name, Speakers: []corpus.Speaker{{ID: "x", Name: "X"}}, Turns: []corpus.Turn{{Index: 1, Speaker: "x", WordCount: 5}}}
		speeches.Docs = append(speeches.Docs, d)
	}
	if got := chartDocs(speeches); len(got) != 0 {
		t.Errorf("speeches: %v", got)
	}
	// The timeline of three conversations has three titled panels.
	var b bytes.Buffer
	if ok, err := WriteChart(&b, kindNamed(t, "timeline"), in, ChartOptions{}, "svg"); err != nil || !ok {
		t.Fatalf("timeline: %v %v", ok, err)
	}
	for _, d := range in.Docs {
		if !strings.Contains(b.String(), ">"+d.Name+"<") {
			t.Errorf("the timeline has no panel titled %s", d.Name)
		}
	}
}

// TestGroupsChart draws words per group, and nothing for one group.
func TestGroupsChart(t *testing.T) {
	in := sampleInput(t)
	k := kindNamed(t, "groups")
	var b bytes.Buffer
	if ok, _ := WriteChart(&b, k, in, ChartOptions{}, "svg"); ok {
		t.Error("a groups chart of one document")
	}
	in.Groups = []GroupWords{{"year 1985", 10, 5000}, {"year 1986", 12, 6100}}
	if ok, err := WriteChart(&b, k, in, ChartOptions{}, "svg"); !ok || err != nil || !strings.Contains(b.String(), ">year 1986<") {
		t.Errorf("groups chart: %v %v", ok, err)
	}
}

// TestEntityRates checks the heatmap's cells per 1,000 words: Stalin's 32
// mentions of Britain in 2,203 words are 14.5.
func TestEntityRates(t *testing.T) {
	in := corpusInput(t, 1)
	in.Charts.EntityRates = true
	g, ok := entityGridOf(in, entityColumns)
	if !ok {
		t.Fatal("no grid")
	}
	i, j := slices.Index(g.Speakers, "stalin"), slices.IndexFunc(g.Columns, func(k analysis.EntityKey) bool { return k.Entity == "Britain" })
	if _, text, _ := g.cell(i, j); text != "14.5" {
		t.Errorf("Stalin's Britain: %q per 1,000 words, want 14.5 (%d mentions)", text, g.Counts[i][j])
	}
}

// TestGroupTerms checks the group-terms chart's rows: each group's two
// strongest keywords, with their rates per 10,000 words in every group.
func TestGroupTerms(t *testing.T) {
	in := corpusInput(t, 2)
	lex := analysis.NewLexicon()
	in.GroupBy = "part"
	for i, d := range in.Docs {
		g := &analysis.Tally{}
		name := "part " + strconv.Itoa(i+1)
		g.MergeAsOne(analysis.CountWith(lex, d), name)
		in.Groups = append(in.Groups, GroupWords{Name: name, Documents: 1, Words: g.Words})
		in.GroupTallies = append(in.GroupTallies, g)
	}
	// The second document lacks the first's last turn: its keywords
	// against the first are few; make each group's own by hand.
	in.DocumentKeywords = []analysis.Keyword{{Target: "part 1", Term: "britain", Form: "britain"}, {Target: "part 2", Term: "soviet", Form: "soviet"}}
	forms, rates := groupTerms(in)
	if strings.Join(forms, " ") != "britain soviet" || len(rates) != 2 || len(rates[0]) != 2 {
		t.Fatalf("rows %v, rates %v", forms, rates)
	}
	s := in.GroupTallies[0].Speakers["part 1"]
	if want := 10000 * float64(s.Term("britain")) / float64(in.Groups[0].Words); rates[0][0] != want || want == 0 {
		t.Errorf("britain in part 1: %g per 10,000, want %g", rates[0][0], want)
	}
	var b bytes.Buffer
	if ok, err := WriteChart(&b, kindNamed(t, "group-terms"), in, ChartOptions{}, "svg"); !ok || err != nil {
		t.Errorf("group-terms chart: %v %v", ok, err)
	}
}

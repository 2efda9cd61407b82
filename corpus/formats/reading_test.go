package formats

import (
	"reflect"
	"strings"
	"testing"

	"parley/corpus"
)

// TestReadSaysWhy checks that every document read says which reader read
// it and why that one.
func TestReadSaysWhy(t *testing.T) {
	script := "A:\nx\nB:\ny\nA:\nz\n"
	for _, tc := range []struct {
		name, src string
		opt       corpus.Options
		want      corpus.Reading
		reason    string
	}{
		{"s.txt", script, corpus.Options{},
			corpus.Reading{Format: "script", Why: corpus.ByDetection, Detection: []corpus.Detection{{Format: "script", Sure: 2}}, Encoding: UTF8},
			"detected (script sure)"},
		{"s.txt", script, corpus.Options{Format: "plain"},
			corpus.Reading{Format: "plain", Why: corpus.ByFlag, Encoding: UTF8}, "named with --format"},
		{"ARG_01_1946.txt", script, corpus.Options{},
			corpus.Reading{Format: "plain", Why: corpus.ByFileName, Encoding: UTF8}, "claimed by its file name"},
		{"speech.txt", "Just prose.\n", corpus.Options{NamePattern: "{speaker}.txt"},
			corpus.Reading{Format: "plain", Why: corpus.ByNamePattern, Encoding: UTF8}, "no format detected it; --name-pattern names its one speaker"},
		{"d.csv", "Speaker,Text\nA,x\n", corpus.Options{},
			corpus.Reading{Format: "table", Why: corpus.ByDetection, Detection: []corpus.Detection{{Format: "table", Sure: 2}}, Encoding: UTF8, Markup: true},
			"detected (table sure)"},
	} {
		d, err := readOne(tc.name, []byte(tc.src), tc.opt)
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		if !reflect.DeepEqual(d.Reading, tc.want) {
			t.Errorf("%s %+v: reading %+v, want %+v", tc.name, tc.opt, d.Reading, tc.want)
		}
		if got := d.Reading.Reason(); got != tc.reason {
			t.Errorf("%s: reason %q, want %q", tc.name, got, tc.reason)
		}
	}
}

// TestDetectionsListsEveryCandidate checks that a file two formats could
// read lists both, in the list's order, and is read by the surer.
func TestDetectionsListsEveryCandidate(t *testing.T) {
	d, err := readOne(corpus.SampleName, corpus.Sample(), corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if d.Reading.Format != "record" || len(d.Reading.Detection) == 0 || d.Reading.Detection[0].Format != "record" {
		t.Errorf("the sample: %+v", d.Reading)
	}
	if got := d.Reading.Reason(); !strings.HasPrefix(got, "detected (record sure") {
		t.Errorf("reason %q", got)
	}
}

// TestEveryFormatHasMethods checks that every reader describes itself for
// a report's Methods, as one paragraph.
func TestEveryFormatHasMethods(t *testing.T) {
	for _, f := range All() {
		if len(f.Methods) < 100 || strings.Contains(f.Methods, "\n") || !strings.HasSuffix(f.Methods, ".") {
			t.Errorf("%s: Methods is not one paragraph: %q", f.Name, f.Methods)
		}
	}
}

func TestMethodsComposite(t *testing.T) {
	html, _ := Lookup("html")
	script, _ := Lookup("script")
	if got := Methods("html+script"); got != html.Methods+" "+script.Methods || html.Methods == "" || script.Methods == "" {
		t.Errorf("Methods(html+script) = %q", got)
	}
	if got := Methods("klingon"); got != "" {
		t.Errorf("Methods(klingon) = %q", got)
	}
}

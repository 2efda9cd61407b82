package main

import (
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// dataPackage is the part of datapackage.json the test reads.
type dataPackage struct {
	Profile   string `json:"profile"`
	Resources []struct {
		Name, Path, Profile string
		Dialect             struct {
			Delimiter      string `json:"delimiter"`
			LineTerminator string `json:"lineTerminator"`
		} `json:"dialect"`
		Schema struct {
			Fields []struct {
				Name, Type  string
				Constraints struct {
					Enum []string `json:"enum"`
				} `json:"constraints"`
			} `json:"fields"`
			MissingValues []string `json:"missingValues"`
			PrimaryKey    []string `json:"primaryKey"`
			ForeignKeys   []struct {
				Fields    []string `json:"fields"`
				Reference struct {
					Resource string   `json:"resource"`
					Fields   []string `json:"fields"`
				} `json:"reference"`
			} `json:"foreignKeys"`
		} `json:"schema"`
	} `json:"resources"`
}

// TestDataPackage reads every table of two reports (the 1947 record, and
// a corpus of two documents with metadata and --group-by) back through
// datapackage.json, as frictionless validate would: each file is
// described, its header is its schema's fields, every value parses as its
// field's type and lies in its enum, primary keys are unique, and
// foreign keys find their rows.
func TestDataPackage(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct {
		name string
		args []string
	}{
		{"sample", nil},
		{"corpus", []string{"--group-by", "year", "--min-freq", "1", "--max-q", "1", "testdata/inputs/corpus"}},
		// Real corpora of every kind, where ../shared has them: tables,
		// subtitles, JSON, XML, plays, records, interviews.
		{"shared", []string{"--keep-going", "../../../shared/corpora/debates-2016-csv", "../../../shared/corpora/debates-2020-rev",
			"../../../shared/corpora/annotation", "../../../shared/corpora/frus-memcons", "../../../shared/corpora/interviews",
			"../../../shared/corpora/parliament", "../../../shared/corpora/plays", "../../../shared/corpora/podcasts-md",
			"../../../shared/corpora/stt-json", "../../../shared/corpora/subtitles"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if tc.name == "shared" {
				if _, err := os.Stat("../../../shared/corpora"); err != nil {
					t.Skip("no ../shared/corpora")
				}
			}
			out := filepath.Join(dir, tc.name)
			if code, _, stderr := runParley(t, append([]string{"analyze", "-o", out}, tc.args...)...); code != 0 && code != 3 {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			b, err := os.ReadFile(filepath.Join(out, "datapackage.json"))
			if err != nil {
				t.Fatal(err)
			}
			var pkg dataPackage
			if err := json.Unmarshal(b, &pkg); err != nil {
				t.Fatal(err)
			}
			if pkg.Profile != "tabular-data-package" {
				t.Errorf("profile %q", pkg.Profile)
			}
			described := map[string]bool{}
			rows := map[string][]map[string]string{}
			for _, r := range pkg.Resources {
				described[r.Path] = true
				f, err := os.Open(filepath.Join(out, r.Path))
				if err != nil {
					t.Fatalf("%s: %v", r.Name, err)
				}
				recs, err := csv.NewReader(f).ReadAll()
				f.Close()
				if err != nil {
					t.Fatalf("%s: %v", r.Path, err)
				}
				var names []string
				for _, fd := range r.Schema.Fields {
					names = append(names, fd.Name)
				}
				if !slices.Equal(recs[0], names) {
					t.Errorf("%s: header %v, schema %v", r.Path, recs[0], names)
					continue
				}
				keys := map[string]bool{}
				for i, rec := range recs[1:] {
					row := map[string]string{}
					for k, v := range rec {
						fd := r.Schema.Fields[k]
						row[fd.Name] = v
						if slices.Contains(r.Schema.MissingValues, v) {
							continue
						}
						if !parses(fd.Type, v) {
							t.Errorf("%s:%d: %s %q is no %s", r.Path, i+2, fd.Name, v, fd.Type)
						}
						if e := fd.Constraints.Enum; len(e) > 0 && !slices.Contains(e, v) {
							t.Errorf("%s:%d: %s %q not in %v", r.Path, i+2, fd.Name, v, e)
						}
					}
					if pk := r.Schema.PrimaryKey; len(pk) > 0 {
						key := keyOf(row, pk)
						if keys[key] {
							t.Errorf("%s:%d: primary key %v %q twice", r.Path, i+2, pk, key)
						}
						keys[key] = true
					}
					rows[r.Name] = append(rows[r.Name], row)
				}
			}
			for _, r := range pkg.Resources {
				for _, k := range r.Schema.ForeignKeys {
					have := map[string]bool{}
					for _, row := range rows[k.Reference.Resource] {
						have[keyOf(row, k.Reference.Fields)] = true
					}
					for i, row := range rows[r.Name] {
						if !have[keyOf(row, k.Fields)] {
							t.Errorf("%s row %d: %v %q not in %s", r.Path, i+2, k.Fields, keyOf(row, k.Fields), k.Reference.Resource)
							break
						}
					}
				}
			}
			// Every table of the report is described.
			tables, _ := filepath.Glob(filepath.Join(out, "data", "*.csv"))
			for _, p := range tables {
				if rel := "data/" + filepath.Base(p); !described[rel] {
					t.Errorf("%s is not in datapackage.json", rel)
				}
			}
			if len(tables) < 15 {
				t.Errorf("%d tables", len(tables))
			}
		})
	}
}

func keyOf(row map[string]string, fields []string) string {
	var parts []string
	for _, f := range fields {
		parts = append(parts, row[f])
	}
	return strings.Join(parts, "\x00")
}

// parses reports whether v is a value of the Table Schema type.
func parses(typ, v string) bool {
	switch typ {
	case "integer":
		_, err := strconv.ParseInt(v, 10, 64)
		return err == nil
	case "number":
		_, err := strconv.ParseFloat(v, 64)
		return err == nil
	case "boolean":
		return v == "TRUE" || v == "FALSE"
	case "date":
		_, err := time.Parse("2006-01-02", v)
		return err == nil
	case "string":
		return true
	}
	return false
}

// TestReportJSONSchema validates report.json, of the sample and of a
// corpus with metadata, skipped files and groups, against the JSON Schema
// shipped in reports/report.schema.json, and checks that its speakers
// join the tables: every speaker named in report.json is a speaker of
// speakers.csv.
func TestReportJSONSchema(t *testing.T) {
	c := jsonschema.NewCompiler()
	sch, err := c.Compile("../../reports/report.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.txt")
	os.WriteFile(bad, []byte("\x00"), 0o644)
	for _, tc := range []struct {
		name string
		args []string
	}{
		{"sample", nil},
		{"corpus", []string{"--group-by", "year", "--min-freq", "1", "--max-q", "1", "--keep-going", "testdata/inputs/corpus", bad}},
		{"shared", []string{"--keep-going", "../../../shared/corpora/debates-2020-rev", "../../../shared/corpora/annotation",
			"../../../shared/corpora/parliament", "../../../shared/corpora/stt-json", "../../../shared/corpora/subtitles"}},
	} {
		if _, err := os.Stat("../../../shared/corpora"); err != nil && tc.name == "shared" {
			continue
		}
		out := filepath.Join(dir, tc.name)
		if code, _, stderr := runParley(t, append([]string{"analyze", "-o", out}, tc.args...)...); code != 0 && code != 3 {
			t.Fatalf("%s: exit %d: %s", tc.name, code, stderr)
		}
		f, err := os.Open(filepath.Join(out, "report.json"))
		if err != nil {
			t.Fatal(err)
		}
		doc, err := jsonschema.UnmarshalJSON(f)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		if err := sch.Validate(doc); err != nil {
			t.Errorf("%s: report.json does not follow its schema: %v", tc.name, err)
		}
		speakers, _ := os.ReadFile(filepath.Join(out, "data", "speakers.csv"))
		recs, _ := csv.NewReader(strings.NewReader(string(speakers))).ReadAll()
		names := map[string]bool{}
		for _, r := range recs[1:] {
			names[r[1]] = true
		}
		b, _ := os.ReadFile(filepath.Join(out, "report.json"))
		var r struct {
			Speakers []struct{ Name string }
			Keywords []struct{ Speaker string }
			Phrases  []struct {
				Speakers []struct{ Speaker string }
			}
			Documents []struct {
				Turns []struct{ Speaker string }
			}
		}
		json.Unmarshal(b, &r)
		check := func(where, name string) {
			if name != "" && !names[name] {
				t.Errorf("%s: %s names %q, which speakers.csv has not", tc.name, where, name)
			}
		}
		for _, s := range r.Speakers {
			check("speakers", s.Name)
		}
		for _, k := range r.Keywords {
			check("keywords", k.Speaker)
		}
		for _, p := range r.Phrases {
			for _, s := range p.Speakers {
				check("phrases", s.Speaker)
			}
		}
		for _, d := range r.Documents {
			for _, tu := range d.Turns {
				check("turns", tu.Speaker)
			}
		}
	}
}

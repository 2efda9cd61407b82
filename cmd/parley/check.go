package main

import (
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"

	"parley/corpus"
	"parley/corpus/formats"
	"parley/reports"
)

// flagError is a flag with a value parley cannot take: exit 2, before any
// input is read.
type flagError struct {
	flag, msg string
}

func (e *flagError) Error() string { return "--" + e.flag + ": " + e.msg }

// check returns the first flag whose value is out of range or unknown.
// It reads no input: a run with a bad flag fails at once, not after the
// analysis.
func (c *common) check() error {
	switch {
	case c.top < 0:
		return &flagError{"top", fmt.Sprintf("%d: the number of keywords per speaker is 0 (all) or more", c.top)}
	case c.minFreq < 0:
		return &flagError{"min-freq", fmt.Sprintf("%d: the least number of uses is 0 or more", c.minFreq)}
	case !(c.maxP > 0 && c.maxP <= 1):
		return &flagError{"max-p", fmt.Sprintf("%g: a p-value cut is above 0 and at most 1", c.maxP)}
	case !(c.chartWidth >= 20 && c.chartWidth <= 1000):
		return &flagError{"chart-width", fmt.Sprintf("%g: a chart is 20 to 1000 mm wide (89: one journal column, 183: two)", c.chartWidth)}
	case c.maxFileMB < 0:
		return &flagError{"max-file-mb", fmt.Sprintf("%d: the largest file is 1 MB or more (0: the default, %d)", c.maxFileMB, corpus.DefaultMaxFileBytes>>20)}
	case c.maxLineKB < 0 || c.maxLineKB > 1<<20:
		return &flagError{"max-line-kb", fmt.Sprintf("%d: the longest line is 1 KB to 1048576 KB (0: the default, %d)", c.maxLineKB, corpus.DefaultMaxLineBytes>>10)}
	case c.chartDPI < 36 || c.chartDPI > 2400:
		return &flagError{"chart-dpi", fmt.Sprintf("%d: a PNG's resolution is 36 to 2400 dots per inch", c.chartDPI)}
	}
	for _, f := range c.chartFormats {
		if !slices.Contains(reports.ChartFormats(), f) {
			return &flagError{"chart-format", fmt.Sprintf("%q: the formats are %s", f, strings.Join(reports.ChartFormats(), ", "))}
		}
	}
	if c.format != "" {
		if _, ok := formats.Lookup(c.format); !ok {
			return &flagError{"format", fmt.Sprintf("%q: the formats are %s", c.format, strings.Join(formats.Names(), ", "))}
		}
	}
	return nil
}

// checkGroupBy returns an error if --group-by names a field that no
// document and no speaker of the paths has (a year falls back on the
// dates), listing the fields there are. It reads the files before the
// analysis does, up to the first document with the field: one file, as a
// rule, and for a field no document has, the reading alone, not the
// analysis. A file that cannot be read is left for the analysis to
// report.
func (c *common) checkGroupBy(paths []string) error {
	if c.groupBy == "" {
		return nil
	}
	have := map[string]bool{}
	errFound := errors.New("found")
	each := func(fn func(*corpus.Document) error) error {
		return formats.EachSkipping(paths, c.readOptions(), fn, func(string, error) {})
	}
	if len(paths) == 0 {
		each = func(fn func(*corpus.Document) error) error {
			return c.each(nil, fn) // the sample
		}
	}
	err := each(func(d *corpus.Document) error {
		for k, v := range d.Meta {
			if v != "" {
				have[k] = true
			}
		}
		if d.Date != "" {
			have["year"] = true
		}
		for _, s := range d.Speakers {
			for k, v := range s.Meta {
				if v != "" {
					have[k] = true
				}
			}
		}
		if have[c.groupBy] {
			return errFound
		}
		return nil
	})
	if err != nil {
		return nil // found, or a failure the analysis will report
	}
	if have[c.groupBy] {
		return nil
	}
	var fields []string
	for k := range have {
		fields = append(fields, k)
	}
	sort.Strings(fields)
	there := "the documents have no fields (a metadata.csv, a table's columns or --name-pattern give them)"
	if len(fields) > 0 {
		there = "the fields are " + strings.Join(fields, ", ")
	}
	return &flagError{"group-by", fmt.Sprintf("no document or speaker has the field %q; %s", c.groupBy, there)}
}

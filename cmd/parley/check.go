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
	case c.resamples < 50 || c.resamples > 100_000:
		return &flagError{"resamples", fmt.Sprintf("%d: the bootstrap takes 50 to 100000 resamples (1000: the default)", c.resamples)}
	case !(c.maxQ > 0 && c.maxQ <= 1):
		return &flagError{"max-q", fmt.Sprintf("%g: a q-value (false discovery rate) cut is above 0 and at most 1", c.maxQ)}
	case !(c.minLogRatio >= 0):
		return &flagError{"min-log-ratio", fmt.Sprintf("%g: the least |Log Ratio| is 0 or more", c.minLogRatio)}
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

// checkFields returns an error if --group-by names a field that no
// document and no speaker of the paths has (a year falls back on the
// dates), listing the fields there are, or if --exclude-speaker names no
// speaker. It reads the files before the analysis does, up to the first
// document with the field and the speakers: one file, as a rule, and for
// a field no document has, the reading alone, not the analysis. A file
// that cannot be read is left for the analysis to report.
func (c *common) checkFields(paths []string) error {
	excluded := map[string]bool{} // the --exclude-speaker names, folded, until found
	if c.speakerAliases == "" {   // aliases may give other names
		for _, n := range c.exclude {
			excluded[strings.ToLower(strings.TrimSpace(n))] = true
		}
	}
	if c.groupBy == "" && len(excluded) == 0 && c.document == "" {
		return nil
	}
	docFound := c.document == ""
	var docNames []string
	have := map[string]bool{}
	var speakers []string
	seen := map[string]bool{}
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
		if d.Name == c.document {
			docFound = true
		}
		if len(docNames) < 20 {
			docNames = append(docNames, d.Name)
		}
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
			if !seen[s.Name] {
				seen[s.Name] = true
				speakers = append(speakers, s.Name)
			}
			for _, n := range append([]string{s.ID, s.Name}, s.Forms...) {
				delete(excluded, strings.ToLower(n))
			}
		}
		if (c.groupBy == "" || have[c.groupBy]) && len(excluded) == 0 && docFound {
			return errFound
		}
		return nil
	})
	if err != nil {
		return nil // found, or a failure the analysis will report
	}
	if !docFound {
		return &flagError{"document", fmt.Sprintf("%q is no document of the input; the documents are %s (named as given on the command line)", c.document, strings.Join(docNames, ", "))}
	}
	if len(excluded) > 0 {
		var names []string
		for n := range excluded {
			names = append(names, n)
		}
		sort.Strings(names)
		sort.Strings(speakers)
		list := speakers
		if len(list) > 20 {
			list = append(list[:20:20], fmt.Sprintf("and %d more", len(speakers)-20))
		}
		return &flagError{"exclude-speaker", fmt.Sprintf("no speaker is named %q; the speakers are %s", names[0], strings.Join(list, ", "))}
	}
	if c.groupBy == "" || have[c.groupBy] {
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

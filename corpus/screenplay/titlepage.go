package screenplay

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"parley/corpus"
)

// titleKeys are the keys that open a Fountain title page ("Title:",
// "Draft date:"), lower-cased. A file whose first line opens with another
// key is not taken to have a title page (a "Name: text" script).
var titleKeys = map[string]bool{
	"title": true, "credit": true, "author": true, "authors": true, "source": true,
	"draft date": true, "date": true, "contact": true, "copyright": true,
	"notes": true, "revision": true, "written by": true, "episode": true, "series": true,
}

var (
	titleKey = regexp.MustCompile(`^([A-Za-z][A-Za-z ]{0,20}):\s*(.*)$`)
	// usDate is a draft date in figures, month first as Fountain's own
	// examples write it ("1/27/2012").
	usDate = regexp.MustCompile(`\b(\d{1,2})/(\d{1,2})/(\d{4})\b`)
)

// numericDate returns a date written "M/D/YYYY" as YYYY-MM-DD, or "".
func numericDate(v string) string {
	m := usDate.FindStringSubmatch(v)
	if m == nil {
		return ""
	}
	mo, _ := strconv.Atoi(m[1])
	d, _ := strconv.Atoi(m[2])
	y, _ := strconv.Atoi(m[3])
	t := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)
	if t.Year() != y || int(t.Month()) != mo || t.Day() != d {
		return "" // "13/1/2012": not month first
	}
	return t.Format("2006-01-02")
}

// titlePage is a Fountain title page: key/value lines before the first
// blank line, a value running on over indented lines.
type titlePage struct {
	lines  int // how many lines it takes, from the first
	span   corpus.Span
	keys   []string // lower-cased, in order
	values map[string]string
}

// readTitlePage reads the title page at the start of lines, if there is one.
func readTitlePage(lines []line) (titlePage, bool) {
	first := 0
	for first < len(lines) && lines[first].blank {
		first++
	}
	if first == len(lines) {
		return titlePage{}, false
	}
	m := titleKey.FindStringSubmatch(lines[first].text)
	if m == nil || !titleKeys[strings.ToLower(m[1])] {
		return titlePage{}, false
	}
	tp := titlePage{values: map[string]string{}}
	key := ""
	i := first
	for ; i < len(lines) && !lines[i].blank; i++ {
		l := lines[i]
		if m := titleKey.FindStringSubmatch(l.text); m != nil && l.indent == 0 {
			key = strings.ToLower(m[1])
			if _, seen := tp.values[key]; !seen {
				tp.keys = append(tp.keys, key)
			}
			tp.values[key] = join(tp.values[key], m[2])
			continue
		}
		tp.values[key] = join(tp.values[key], l.text)
	}
	tp.lines = i
	tp.span = corpus.Span{Start: lines[first].span.Start, End: lines[i-1].span.End}
	return tp, true
}

// join adds a line of a value to what came before it, emphasis marks
// dropped and white space folded.
func join(value, more string) string {
	more = strings.Trim(strings.TrimSpace(more), "*_")
	return strings.Join(strings.Fields(value+" "+more), " ")
}

// metadata returns the title, date (YYYY-MM-DD, "" where none is given)
// and the other fields of the page, keyed by their lower-cased keys.
func (tp titlePage) metadata() (title, date string, meta map[string]string) {
	meta = map[string]string{}
	for _, k := range tp.keys {
		v := tp.values[k]
		switch {
		case k == "title":
			title = v
		case k == "draft date" || k == "date":
			if date = corpus.FindDate(strings.ToLower(v)); date == "" {
				date = numericDate(v)
			}
			meta[k] = v
		case v != "":
			meta[k] = v
		}
	}
	return title, date, meta
}

package jsondoc

import (
	"math"
	"sort"
	"strconv"
	"strings"
)

// timeUnit is the unit of a time member's bare numbers.
type timeUnit uint8

const (
	// byFile: seconds, or milliseconds where the file's whole numbers
	// say so (milliseconds).
	byFile timeUnit = iota
	// millis: the member's name says milliseconds ("start_ms",
	// Amazon's "BeginOffsetMillis").
	millis
	// ticks: 100-nanosecond ticks, Azure's "offsetInTicks".
	ticks
	// writtenOnly: only a duration written as one ("PT2.18S", "2.18s",
	// "00:02.18") is read, never a bare number: Azure's batch results
	// write "offset" and "duration" so, its SDK's JSON the same names
	// as numbers of ticks.
	writtenOnly
)

// timeKey is a member that times an utterance or a word.
type timeKey struct {
	name string
	unit timeUnit
}

// The members that time an utterance or a word, in order of preference
// (matched as node.member matches names, "startTime" for
// "start_time"); an utterance without an end and with a duration ends
// at its start plus its duration.
var (
	startKeys = []timeKey{
		{"start", byFile}, {"start_time", byFile}, {"begin", byFile}, {"ts", byFile}, {"timestamp", byFile},
		{"start_offset", byFile}, {"start_ms", millis}, {"begin_offset_millis", millis},
		{"offset", writtenOnly}, {"offset_milliseconds", millis}, {"offset_in_ticks", ticks},
	}
	endKeys = []timeKey{
		{"end", byFile}, {"end_time", byFile}, {"stop", byFile}, {"end_ts", byFile},
		{"end_offset", byFile}, {"end_ms", millis}, {"end_offset_millis", millis},
	}
	durationKeys = []timeKey{{"duration", writtenOnly}, {"duration_milliseconds", millis}, {"duration_in_ticks", ticks}}
)

// moment is a time as the file writes it and as read.
type moment struct {
	written string  // as written: a string's contents decoded, a number's digits
	value   float64 // in seconds where fixed, else in the file's unit
	integer bool    // a bare number (or a string of one) without fraction or exponent
	// fixed: the unit is known whatever the file's other times are (a
	// clock time, a duration written with its unit, seconds and nanos, a
	// member whose name gives the unit), and value is in seconds.
	fixed bool
	ok    bool // the value reads as a time
}

// timeOf reads the first of keys that obj has as a moment: a number, a
// string, or an object of "seconds" and "nanos" (a protocol buffer
// Duration, as Google's client libraries write word times). A bare
// number under a writtenOnly key is passed over.
func timeOf(src string, obj *node, keys []timeKey) moment {
	for _, k := range keys {
		v := obj.member(k.name)
		switch {
		case v == nil:
		case v.kind == jsonObject:
			if secs, ok := protoDuration(src, v); ok {
				return moment{written: strconv.FormatFloat(secs, 'f', -1, 64) + "s", value: secs, fixed: true, ok: true}
			}
		case v.kind == jsonNumber && k.unit == writtenOnly:
		case v.kind == jsonNumber || v.kind == jsonString:
			return readMoment(src, v, k.unit)
		}
	}
	return moment{}
}

// endOf reads an object's end: its end member, else its start plus its
// duration, where both are in one unit.
func endOf(src string, obj *node, start moment) moment {
	m := timeOf(src, obj, endKeys)
	if m.ok || !start.ok {
		return m
	}
	d := timeOf(src, obj, durationKeys)
	if !d.ok || d.fixed != start.fixed {
		return m
	}
	return moment{value: start.value + d.value, integer: start.integer && d.integer, fixed: start.fixed, ok: true}
}

// readMoment reads a number, or a string that holds a number, a number
// of seconds with its unit ("1.300s", as Google's REST API writes
// durations), an ISO 8601 duration ("PT2.18S", Azure's) or a clock time,
// as a moment; a bare number is in unit.
func readMoment(src string, v *node, unit timeUnit) moment {
	written := v.raw(src)
	if v.kind == jsonString {
		written, _ = v.str(src)
	}
	m := moment{written: written}
	s := strings.TrimSpace(written)
	if f, integer, ok := decimal(s); ok {
		switch unit {
		case byFile:
			m.value, m.integer, m.ok = f, integer, true
		case millis:
			m.value, m.fixed, m.ok = f/1000, true, true
		case ticks:
			m.value, m.fixed, m.ok = f/1e7, true, true
		}
		return m
	}
	if f, ok := withSeconds(s); ok {
		m.value, m.fixed, m.ok = f, true, true
		return m
	}
	if f, ok := isoDuration(s); ok {
		m.value, m.fixed, m.ok = f, true, true
		return m
	}
	if f, ok := clock(s); ok {
		m.value, m.fixed, m.ok = f, true, true
	}
	return m
}

// withSeconds reads a decimal number of seconds followed by "s"
// ("1.300s", "0s").
func withSeconds(s string) (float64, bool) {
	num, ok := strings.CutSuffix(s, "s")
	if !ok {
		return 0, false
	}
	f, _, ok := decimal(num)
	return f, ok
}

// isoDuration reads an ISO 8601 duration of hours, minutes and seconds,
// "PT1H2M3.5S" (any of the three, in that order), as seconds.
func isoDuration(s string) (float64, bool) {
	rest, ok := strings.CutPrefix(s, "PT")
	if !ok || rest == "" {
		return 0, false
	}
	secs := 0.0
	for _, u := range []struct {
		unit  string
		scale float64
	}{{"H", 3600}, {"M", 60}, {"S", 1}} {
		num, after, found := strings.Cut(rest, u.unit)
		if !found {
			continue
		}
		f, _, ok := decimal(num)
		if !ok || f < 0 || strings.ContainsAny(num, "+-eE") {
			return 0, false
		}
		secs += f * u.scale
		rest = after
	}
	if rest != "" {
		return 0, false
	}
	return secs, true
}

// protoDuration reads an object of "seconds" (a number or a string of
// one) and "nanos", either left out where zero, as seconds; an object
// with any other member is not one.
func protoDuration(src string, obj *node) (float64, bool) {
	secs := 0.0
	for i, key := range obj.keys {
		v := &obj.kids[i]
		var f float64
		var ok bool
		switch v.kind {
		case jsonNumber:
			f, _, ok = decimal(v.raw(src))
		case jsonString:
			s, _ := v.str(src)
			f, _, ok = decimal(strings.TrimSpace(s))
		}
		switch {
		case !ok:
			return 0, false
		case key == "seconds":
			secs += f
		case key == "nanos":
			secs += f / 1e9
		default:
			return 0, false
		}
	}
	return secs, true
}

// decimal reads a plain decimal number ("12", "-0.5", "1e3"), not Go's
// other spellings (hexadecimal, "Inf", "NaN", underscores), and says
// whether it is written without fraction or exponent.
func decimal(s string) (f float64, integer, ok bool) {
	if s == "" {
		return 0, false, false
	}
	integer = true
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
		case c == '-' || c == '+':
			if i > 0 && s[i-1] != 'e' && s[i-1] != 'E' {
				return 0, false, false
			}
		case c == '.' || c == 'e' || c == 'E':
			integer = false
		default:
			return 0, false, false
		}
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsInf(f, 0) || math.IsNaN(f) {
		return 0, false, false
	}
	return f, integer, true
}

// clock reads "hh:mm:ss", "mm:ss" or "h:mm:ss.mmm" (a comma for the
// point, as SubRip writes it, too) as seconds.
func clock(s string) (float64, bool) {
	parts := strings.Split(s, ":")
	if len(parts) < 2 || len(parts) > 3 {
		return 0, false
	}
	last := strings.Replace(parts[len(parts)-1], ",", ".", 1)
	whole, frac, _ := strings.Cut(last, ".")
	parts[len(parts)-1] = whole
	secs := 0.0
	for i, p := range parts {
		if p == "" || len(p) > 6 || strings.Trim(p, "0123456789") != "" {
			return 0, false
		}
		n, _ := strconv.Atoi(p)
		if i > 0 && n >= 60 {
			return 0, false
		}
		secs = secs*60 + float64(n)
	}
	if frac != "" {
		if len(frac) > 9 || strings.Trim(frac, "0123456789") != "" {
			return 0, false
		}
		f, _ := strconv.ParseFloat("0."+frac, 64)
		secs += f
	}
	return secs, true
}

// milliseconds decides, once for the file, whether its times (the
// utterances' starts and ends, spans, and any others) are milliseconds:
// every time whose unit is not fixed is a whole number (no fraction), and
// either the largest exceeds a day in seconds (86400) or
// the median length of an utterance (its end less its start, else the
// next start less its start) exceeds ten minutes (600), or, where the
// utterances are single words (words), ten seconds, which no word
// lasts. Whole numbers that all lie between 1e9 and 1e10 are Unix times
// in seconds, not milliseconds.
func milliseconds(spans [][2]moment, others []moment, words bool) bool {
	bare := func(m moment) bool { return m.ok && !m.fixed }
	lo, hi, seen, whole := math.Inf(1), math.Inf(-1), false, true
	see := func(m moment) {
		if bare(m) {
			lo, hi, seen, whole = min(lo, m.value), max(hi, m.value), true, whole && m.integer
		}
	}
	for _, s := range spans {
		see(s[0])
		see(s[1])
	}
	for _, m := range others {
		see(m)
	}
	if !seen || !whole {
		return false
	}
	if lo >= 1e9 && hi < 1e10 {
		return false
	}
	if hi > 86400 {
		return true
	}
	var lengths []float64
	for i, s := range spans {
		switch {
		case bare(s[0]) && bare(s[1]):
			lengths = append(lengths, s[1].value-s[0].value)
		case bare(s[0]) && i+1 < len(spans) && bare(spans[i+1][0]):
			lengths = append(lengths, spans[i+1][0].value-s[0].value)
		}
	}
	if len(lengths) == 0 {
		return false
	}
	sort.Float64s(lengths)
	limit := 600.0
	if words {
		limit = 10
	}
	return lengths[len(lengths)/2] > limit
}

// seconds returns a moment in seconds, given the file's unit.
func (m moment) seconds(ms bool) float64 {
	if ms && !m.fixed {
		return m.value / 1000
	}
	return m.value
}

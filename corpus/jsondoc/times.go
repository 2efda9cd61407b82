package jsondoc

import (
	"math"
	"sort"
	"strconv"
	"strings"
)

// The members that time an utterance or a word, in order of preference.
var (
	startKeys = []string{"start", "start_time", "startTime", "begin", "ts", "timestamp"}
	endKeys   = []string{"end", "end_time", "endTime", "stop", "end_ts"}
)

// moment is a time as the file writes it and as read.
type moment struct {
	written string  // as written: a string's contents decoded, a number's digits
	value   float64 // in the file's unit: seconds, or milliseconds for some integers
	integer bool    // a number (or a string of one) without fraction or exponent
	clock   bool    // hh:mm:ss or mm:ss, always seconds
	ok      bool    // the value reads as a time
}

// timeOf reads the first of keys that obj has as a moment.
func timeOf(src string, obj *node, keys []string) moment {
	for _, k := range keys {
		if v := obj.member(k); v != nil && (v.kind == jsonNumber || v.kind == jsonString) {
			return readMoment(src, v)
		}
	}
	return moment{}
}

// readMoment reads a number, or a string that holds a number or a clock
// time, as a moment.
func readMoment(src string, v *node) moment {
	written := v.raw(src)
	if v.kind == jsonString {
		written, _ = v.str(src)
	}
	m := moment{written: written}
	s := strings.TrimSpace(written)
	if f, integer, ok := decimal(s); ok {
		m.value, m.integer, m.ok = f, integer, true
		return m
	}
	if f, ok := clock(s); ok {
		m.value, m.clock, m.ok = f, true, true
	}
	return m
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

// milliseconds decides, once for the file, whether its times are
// milliseconds: every time is a whole number (no clock, no fraction), and
// either the largest exceeds a day in seconds (86400) or the median
// length of an utterance (its end less its start, else the next start
// less its start) exceeds ten minutes (600). Whole numbers that all lie
// between 1e9 and 1e10 are Unix times in seconds, not milliseconds.
func milliseconds(times []moment, spans [][2]moment) bool {
	lo, hi, seen := math.Inf(1), math.Inf(-1), false
	for _, m := range times {
		if !m.ok {
			continue
		}
		if !m.integer {
			return false
		}
		lo, hi, seen = min(lo, m.value), max(hi, m.value), true
	}
	if !seen {
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
		case s[0].ok && s[1].ok:
			lengths = append(lengths, s[1].value-s[0].value)
		case s[0].ok && i+1 < len(spans) && spans[i+1][0].ok:
			lengths = append(lengths, spans[i+1][0].value-s[0].value)
		}
	}
	if len(lengths) == 0 {
		return false
	}
	sort.Float64s(lengths)
	return lengths[len(lengths)/2] > 600
}

// seconds returns a moment in seconds, given the file's unit.
func (m moment) seconds(ms bool) float64 {
	if ms && !m.clock {
		return m.value / 1000
	}
	return m.value
}

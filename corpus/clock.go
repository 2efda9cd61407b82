package corpus

import (
	"regexp"
	"strconv"
	"strings"
)

var clockTime = regexp.MustCompile(`^(\d{1,3}):(\d{2})(?::(\d{2}))?$`)

// ClockSeconds reads a time of day as a parliament's record writes it
// ("14:01:00", "12:31", ParlParse's "014:30:00"), white space around it
// allowed, as seconds after midnight. Hours past 24, minutes or seconds
// past 59, and anything else are no time of day.
func ClockSeconds(s string) (float64, bool) {
	m := clockTime.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return 0, false
	}
	h, _ := strconv.Atoi(m[1])
	mi, _ := strconv.Atoi(m[2])
	sec := 0
	if m[3] != "" {
		sec, _ = strconv.Atoi(m[3])
	}
	if h > 24 || mi > 59 || sec > 59 {
		return 0, false
	}
	return float64(h*3600 + mi*60 + sec), true
}

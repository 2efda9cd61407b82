package corpus

import "testing"

func TestClockSeconds(t *testing.T) {
	for in, want := range map[string]float64{
		"14:01:00": 50460, "12:31": 45060, "014:30:00": 52200, " 9:05 ": 32700, "24:00": 86400, "0:00:59": 59,
		"25:00": -1, "12:60": -1, "12:00:60": -1, "1200": -1, "12:5": -1, "2020-03-12T14:30:00": -1, "": -1, "1234:00": -1,
	} {
		got, ok := ClockSeconds(in)
		if !ok {
			got = -1
		}
		if got != want {
			t.Errorf("ClockSeconds(%q) = %v, want %v", in, got, want)
		}
	}
}

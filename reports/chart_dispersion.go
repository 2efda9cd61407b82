package reports

import (
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
)

// dispersionChart is not drawn yet.
func dispersionChart(in Input, width vg.Length) (*plot.Plot, vg.Length, bool) {
	return nil, 0, false
}

package reports

import (
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
)

// entitiesChart is not drawn yet.
func entitiesChart(in Input, width vg.Length) (*plot.Plot, vg.Length, bool) {
	return nil, 0, false
}

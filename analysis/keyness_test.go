package analysis

import (
	"math"
	"testing"
)

func near(a, b, tol float64) bool { return math.Abs(a-b) <= tol }

// TestKeynessPublished checks G² against the worked example of the UCREL
// log-likelihood wizard (https://ucrel.lancs.ac.uk/llwizard.html, as used
// in Lancaster's corpus linguistics course): a word seen 52 times in
// 50,000 words and 57 times in 75,000 has LL +2.65, below the 3.84 of
// p < 0.05. The wizard sums two cells; the four-cell form adds 0.005.
func TestKeynessPublished(t *testing.T) {
	k := NewKeyness(52, 57, 50000, 75000)
	if !near(k.G2, 2.65, 0.01) {
		t.Errorf("G2 = %.4f, want +2.65", k.G2)
	}
	if k.P < 0.05 {
		t.Errorf("p = %.4f, want > 0.05", k.P)
	}
}

// TestKeynessByHand checks a small table worked through by hand:
// a=10, b=5, c=100, d=200. Expected cells: E1 = 100*15/300 = 5,
// E2 = 10, E3 = 100*285/300 = 95, E4 = 190.
// G² = 2(10 ln 2 + 5 ln .5 + 90 ln(90/95) + 195 ln(195/190))
//
//	= 2(6.93147 - 3.46574 - 4.86605 + 5.06522) = 7.32981.
//
// Log Ratio = log2((10/100)/(5/200)) = log2(4) = 2. p = P(χ²₁ > 7.32879)
// = erfc(sqrt(7.32981/2)) = 0.006782.
func TestKeynessByHand(t *testing.T) {
	k := NewKeyness(10, 5, 100, 200)
	if !near(k.G2, 7.32981, 1e-4) {
		t.Errorf("G2 = %.5f, want 7.32981", k.G2)
	}
	if !near(k.LogRatio, 2, 1e-12) {
		t.Errorf("LogRatio = %v, want 2", k.LogRatio)
	}
	if !near(k.P, 0.006782, 1e-6) {
		t.Errorf("P = %.6f, want 0.006782", k.P)
	}
	// Swapping target and reference flips both signs.
	r := NewKeyness(5, 10, 200, 100)
	if !near(r.G2, -k.G2, 1e-9) || !near(r.LogRatio, -2, 1e-12) || !near(r.P, k.P, 1e-12) {
		t.Errorf("swapped: %+v", r)
	}
}

func TestKeynessEdges(t *testing.T) {
	tests := []struct {
		name       string
		a, b, c, d int
		sign       float64
		logRatio   float64
	}{
		{"only in target", 4, 0, 100, 100, 1, math.Log2(4 / 0.5)},
		{"only in reference", 0, 4, 100, 100, -1, math.Log2(0.5 / 4)},
		{"equal rates", 2, 4, 100, 200, 0, 0},
		{"no reference", 3, 0, 100, 0, 0, 0},
		{"absent", 0, 0, 100, 100, 0, 0},
	}
	for _, tc := range tests {
		k := NewKeyness(tc.a, tc.b, tc.c, tc.d)
		if math.IsNaN(k.G2) || math.IsNaN(k.P) || math.IsNaN(k.LogRatio) || math.IsInf(k.LogRatio, 0) {
			t.Errorf("%s: not finite: %+v", tc.name, k)
		}
		if tc.sign == 0 && !near(k.G2, 0, 1e-9) || tc.sign*k.G2 < 0 {
			t.Errorf("%s: G2 = %v, want sign %v", tc.name, k.G2, tc.sign)
		}
		if !near(k.LogRatio, tc.logRatio, 1e-9) {
			t.Errorf("%s: LogRatio = %v, want %v", tc.name, k.LogRatio, tc.logRatio)
		}
	}
}

// TestBenjaminiHochberg checks q-values against R's p.adjust(p, "BH").
func TestBenjaminiHochberg(t *testing.T) {
	for _, tc := range []struct{ p, q []float64 }{
		{[]float64{0.01, 0.04, 0.03, 0.005}, []float64{0.02, 0.04, 0.04, 0.02}},
		{[]float64{0.5, 0.9, 1}, []float64{1, 1, 1}},
		// R: p.adjust(c(0.001, 0.008, 0.039, 0.041, 0.042, 0.06, 0.074, 0.205), "BH")
		{[]float64{0.001, 0.008, 0.039, 0.041, 0.042, 0.06, 0.074, 0.205}, []float64{0.008, 0.032, 0.0672, 0.0672, 0.0672, 0.08, 0.0845714, 0.205}},
		{nil, []float64{}},
	} {
		got := BenjaminiHochberg(tc.p)
		if len(got) != len(tc.q) {
			t.Fatalf("%v: %v", tc.p, got)
		}
		for i := range got {
			if math.Abs(got[i]-tc.q[i]) > 1e-6 {
				t.Errorf("BH(%v)[%d] = %g, want %g", tc.p, i, got[i], tc.q[i])
			}
		}
	}
}

// TestBIC checks Wilson's BIC: |G²| − ln N.
func TestBIC(t *testing.T) {
	k := NewKeyness(10, 0, 2203, 1859)
	if want := math.Abs(k.G2) - math.Log(2203+1859); math.Abs(k.BIC-want) > 1e-9 || math.Abs(k.BIC-3.949) > 0.001 {
		t.Errorf("BIC = %g, want %g (3.949)", k.BIC, want)
	}
}

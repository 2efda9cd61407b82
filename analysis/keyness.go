package analysis

import "math"

// Keyness compares a term's frequency in a target (a speaker, a document)
// with its frequency in a reference (everyone else), from the four raw
// counts of the contingency table in the notation of Rayson and Garside
// (2000) and the UCREL log-likelihood wizard:
//
//	              target   reference
//	term            A          B
//	other words   C - A      D - B
//	total           C          D
type Keyness struct {
	A, B, C, D int
	// G2 is the log-likelihood over all four cells (as AntConc computes
	// it), signed: positive where the term is relatively more frequent in
	// the target than in the reference, negative where less.
	G2 float64
	// P is G2's p-value against the chi-squared distribution with one
	// degree of freedom.
	P float64
	// LogRatio is Hardie's (2014) effect size, the binary log of the ratio
	// of relative frequencies; a zero count is taken as 0.5 so that the
	// ratio stays finite. Each unit doubles the ratio.
	LogRatio float64
	// BIC is Wilson's (2013) Bayesian information criterion for the
	// comparison, an approximation of the log Bayes factor against the
	// hypothesis of no difference: |G2| − ln(C + D), for one degree of
	// freedom. Over 2 is positive evidence, over 6 strong, over 10 very
	// strong (Raftery 1995); below 0 the evidence favours no difference,
	// whatever p says of a large corpus.
	BIC float64
}

// NewKeyness computes the keyness of a term counted a times in a target of
// c words and b times in a reference of d words. Counts must satisfy
// 0 <= a <= c and 0 <= b <= d; with c or d zero there is nothing to
// compare and the scores are zero, P one.
func NewKeyness(a, b, c, d int) Keyness {
	k := Keyness{A: a, B: b, C: c, D: d, P: 1}
	if c <= 0 || d <= 0 || a+b == 0 {
		return k
	}
	n := float64(c + d)
	row1, row2 := float64(a+b), float64(c+d-a-b)
	cells := [4]struct{ o, e float64 }{
		{float64(a), float64(c) * row1 / n},
		{float64(b), float64(d) * row1 / n},
		{float64(c - a), float64(c) * row2 / n},
		{float64(d - b), float64(d) * row2 / n},
	}
	g2 := 0.0
	for _, x := range cells {
		if x.o > 0 {
			g2 += x.o * math.Log(x.o/x.e)
		}
	}
	g2 = max(2*g2, 0) // rounding can leave a tiny negative
	if float64(a)/float64(c) < float64(b)/float64(d) {
		g2 = -g2
	}
	k.G2 = g2
	k.P = math.Erfc(math.Sqrt(math.Abs(g2) / 2))
	fa, fb := float64(a), float64(b)
	if fa == 0 {
		fa = 0.5
	}
	if fb == 0 {
		fb = 0.5
	}
	k.LogRatio = math.Log2((fa / float64(c)) / (fb / float64(d)))
	k.BIC = math.Abs(g2) - math.Log(n)
	return k
}

package analysis

import (
	"cmp"
	"math"
	"slices"
	"sort"
)

// KeywordOptions select and order keywords.
type KeywordOptions struct {
	// MinFreq is the least number of times the target must use a term
	// (a); 0 means 1. For negative keywords it applies to the reference
	// (b) instead.
	MinFreq int
	// Top is how many keywords to keep per target; 0 keeps all.
	Top int
	// MaxP keeps only keywords with a p-value at most MaxP; 0 means 1
	// (keep all).
	MaxP float64
	// MaxQ keeps only keywords whose q-value (Keyword.Q) is at most
	// MaxQ: a false discovery rate, over each target's tested terms; 0
	// means 1 (keep all).
	MaxQ float64
	// MinLogRatio keeps only keywords whose Log Ratio is at least this
	// far from 0 (1: twice as frequent, or half); 0 keeps all.
	MinLogRatio float64
	// Negative asks for negative keywords: the terms the target uses
	// least against the reference, most negative G² first.
	Negative bool
	// ByTFIDF ranks by tf-idf instead of G² (ties by G², then as usual):
	// the second view, of the terms most particular to each target.
	ByTFIDF bool
	// Exclude lists speakers (by ID) left out of the comparison, as
	// targets and from the reference: a moderator, an interpreter.
	Exclude []string
	// IncludePseudo compares the pseudo-speakers (corpus.SpeakerKind's
	// groups and unknown speakers) too; by default they are left out.
	IncludePseudo bool
	// KeepSpeakerNames keeps the terms of the speakers' names
	// (Tally.NameTerms) as keyword candidates.
	KeepSpeakerNames bool
	// Only, if set, lists the targets whose keywords are wanted (a
	// chart's few speakers); the others are computed for none, but are
	// still the reference.
	Only []string
}

// Compared reports whether a speaker takes part in speaker comparisons
// and shares under opt: one who speaks, is no pseudo-speaker (unless
// opt.IncludePseudo) and is not excluded.
func (opt KeywordOptions) Compared(s *SpeakerTally) bool {
	if s.Words == 0 || s.Kind.Pseudo() && !opt.IncludePseudo {
		return false
	}
	for _, id := range opt.Exclude {
		if id == s.ID {
			return false
		}
	}
	return true
}

// Keyword is one term's keyness for one target.
type Keyword struct {
	// Target is the speaker's ID, "episode N" for an episode's keywords,
	// or the document's name for document
	// keyness.
	Target string
	// Term is the stem counted; Form is its most frequent word
	// ("negotiations"), Forms the others, most frequent first.
	Term  string
	Form  string
	Forms []string
	Keyness
	// Q is the Benjamini–Hochberg (1995) adjusted p-value: the least
	// false discovery rate at which the term is a keyword, among the
	// target's tested terms (every term the target uses MinFreq times or
	// more; for negative keywords, that the reference uses so), in both
	// directions.
	Q float64
	// TFIDF is the term's count for the target times log10(N/df), with
	// the targets as the documents: N of them, df using the term (the
	// scheme of quanteda's dfm_tfidf defaults).
	TFIDF float64
	// FormCounts are the target's uses of Form and of each of Forms, in
	// their order (the reference's, for a negative keyword the target
	// never uses).
	FormCounts []int
}

// termTable is what keyness is computed from: for each target, its term
// counts, size in words, and the words behind each term (pairs of the
// lexicon), all keyed by one lexicon's IDs.
type termTable struct {
	lex   *Lexicon
	ids   []string
	terms []counts
	words []int
	// forms nil leaves the keywords' forms out (Form is ""): a
	// bootstrap's resamples rank terms only.
	forms []counts
	// done, if not nil, stops keywords early when it is closed (a
	// context's Done): keywords then returns what it has, for the caller
	// to drop.
	done <-chan struct{}
	// skip holds terms that are no keyword candidates: the speakers'
	// names (Tally.NameTerms).
	skip map[uint32]bool
}

// SpeakerKeywords compares each speaker with all the other speakers
// together, term by term: a is the speaker's count of the term, b the
// others', c and d the speaker's and the others' numbers of words (all
// words, stopwords included, as AntConc and WordSmith count corpus size).
// The speakers compared are those opt.Compared takes: tf-idf's N counts
// them only, not a pseudo-speaker or one who says nothing. Speakers come
// in the order of SpeakerTable, keywords by G² (strongest first), then by
// a, then by form.
func (t *Tally) SpeakerKeywords(opt KeywordOptions) []Keyword {
	tt := termTable{lex: t.lex}
	if !opt.KeepSpeakerNames {
		tt.skip = t.nameTerms
	}
	for _, r := range t.SpeakerTable() {
		s := t.Speakers[r.ID]
		if !opt.Compared(s) {
			continue
		}
		tt.ids = append(tt.ids, s.ID)
		tt.terms = append(tt.terms, s.terms)
		tt.words = append(tt.words, s.Words)
		tt.forms = append(tt.forms, s.forms)
	}
	return tt.keywords(opt)
}

// DocumentKeywords compares each document with all the others together;
// tallies[i] is the tally of the document named names[i].
func DocumentKeywords(names []string, tallies []*Tally, opt KeywordOptions) []Keyword {
	var tt termTable
	for i, t := range tallies {
		if t.lex == nil {
			t = &Tally{Words: t.Words}
		}
		if tt.lex == nil {
			tt.lex = t.lex
		}
		one := &Tally{lex: tt.lex}
		one.MergeAsOne(t, names[i])
		terms, forms := counts{}, counts{}
		if s := one.Speakers[names[i]]; s != nil {
			terms, forms = s.terms, s.forms
		}
		if !opt.KeepSpeakerNames {
			for id := range one.nameTerms {
				if tt.skip == nil {
					tt.skip = map[uint32]bool{}
				}
				tt.skip[id] = true
			}
		}
		tt.ids = append(tt.ids, names[i])
		tt.terms = append(tt.terms, terms)
		tt.words = append(tt.words, t.Words)
		tt.forms = append(tt.forms, forms)
	}
	return tt.keywords(opt)
}

func (tt termTable) keywords(opt KeywordOptions) []Keyword {
	if len(tt.ids) < 2 {
		return nil
	}
	minFreq := max(opt.MinFreq, 1)
	maxP, maxQ := opt.MaxP, opt.MaxQ
	if maxP <= 0 {
		maxP = 1
	}
	if maxQ <= 0 {
		maxQ = 1
	}
	total, df := map[uint32]int{}, map[uint32]int{}
	allWords := 0
	for i := range tt.ids {
		for w, n := range tt.terms[i] {
			total[w] += int(n)
			if n > 0 {
				df[w]++
			}
		}
		allWords += tt.words[i]
	}
	n := float64(len(tt.ids))
	var only map[string]bool
	if len(opt.Only) > 0 {
		only = map[string]bool{}
		for _, id := range opt.Only {
			only[id] = true
		}
	}
	var out []Keyword
	for i, id := range tt.ids {
		if only != nil && !only[id] {
			continue
		}
		if tt.done != nil && i%64 == 0 {
			select {
			case <-tt.done:
				return out
			default:
			}
		}
		var rows []Keyword
		var terms []uint32 // rows[x]'s term
		// A keyword is a term the target uses (minFreq is at least 1);
		// a negative keyword may be one it never uses.
		each := func(yield func(uint32, int) bool) {
			if opt.Negative {
				for w, tot := range total {
					if !yield(w, tot) {
						return
					}
				}
				return
			}
			for w := range tt.terms[i] {
				if !yield(w, total[w]) {
					return
				}
			}
		}
		// Every term tested is in the family the q-values correct for,
		// whichever direction it leans.
		type tested struct {
			w uint32
			k Keyness
		}
		var family []tested
		for w, tot := range each {
			a := int(tt.terms[i][w])
			b := tot - a
			if opt.Negative && b < minFreq || !opt.Negative && a < minFreq {
				continue
			}
			if tt.skip != nil && tt.skip[w] {
				continue
			}
			family = append(family, tested{w, NewKeyness(a, b, tt.words[i], allWords-tt.words[i])})
		}
		ps := make([]float64, len(family))
		for x, f := range family {
			ps[x] = f.k.P
		}
		qs := BenjaminiHochberg(ps)
		for x, f := range family {
			k := f.k
			if opt.Negative != (k.G2 < 0) || k.G2 == 0 || k.P > maxP || qs[x] > maxQ || math.Abs(k.LogRatio) < opt.MinLogRatio {
				continue
			}
			rows = append(rows, Keyword{
				Target: id, Term: tt.lex.String(f.w), Keyness: k, Q: qs[x],
				TFIDF: float64(k.A) * math.Log10(n/float64(df[f.w])),
			})
			terms = append(terms, f.w)
		}
		// Forms are looked up only for the rows kept: the rows are ranked
		// without them, cut after the last row tied with the last kept,
		// given their forms, and ranked again in full (the form is the
		// last tie-break, so the order refines the first one).
		order := make([]int, len(rows))
		for x := range order {
			order[x] = x
		}
		before := func(p, q Keyword) int {
			switch {
			case opt.ByTFIDF && p.TFIDF != q.TFIDF:
				return boolOrder(p.TFIDF > q.TFIDF)
			case p.G2 != q.G2:
				if opt.Negative {
					return boolOrder(p.G2 < q.G2)
				}
				return boolOrder(p.G2 > q.G2)
			case p.A != q.A:
				return boolOrder(p.A > q.A)
			}
			return 0
		}
		sort.Slice(order, func(x, y int) bool { return before(rows[order[x]], rows[order[y]]) < 0 })
		keep := len(order)
		if opt.Top > 0 && keep > opt.Top {
			keep = opt.Top
			for keep < len(order) && before(rows[order[keep-1]], rows[order[keep]]) == 0 {
				keep++
			}
		}
		kept := make([]Keyword, keep)
		for x, o := range order[:keep] {
			k := rows[o]
			if tt.forms == nil { // forms not asked for (a resample's keywords)
				kept[x] = k
				continue
			}
			k.Form, k.Forms, k.FormCounts = topForms(tt.termForms(terms[o], tt.forms[i:i+1]))
			if k.Form == "" { // a negative keyword the target never uses
				k.Form, k.Forms, k.FormCounts = topForms(tt.termForms(terms[o], tt.forms))
			}
			kept[x] = k
		}
		sort.SliceStable(kept, func(x, y int) bool {
			p, q := kept[x], kept[y]
			if c := before(p, q); c != 0 {
				return c < 0
			}
			return p.Form < q.Form || p.Form == q.Form && p.Term < q.Term
		})
		rows = kept
		if opt.Top > 0 && len(rows) > opt.Top {
			rows = rows[:opt.Top]
		}
		out = append(out, rows...)
	}
	return out
}

// termForms returns the words behind the term in the targets' forms,
// with their counts summed.
func (tt termTable) termForms(term uint32, of []counts) map[string]int {
	m := map[string]int{}
	for _, p := range tt.lex.termPairs[term] {
		for _, forms := range of {
			if n := forms[p]; n > 0 {
				m[tt.lex.String(tt.lex.pairs[p][1])] += int(n)
			}
		}
	}
	return m
}

// topForms returns the most frequent form and the others, most frequent
// first, ties in alphabetical order, and the counts of all, in order.
func topForms(forms map[string]int) (string, []string, []int) {
	ranked := rankCounts(forms)
	if len(ranked) == 0 {
		return "", nil, nil
	}
	counts := make([]int, len(ranked))
	for i, f := range ranked {
		counts[i] = forms[f]
	}
	return ranked[0], ranked[1:], counts
}

// BenjaminiHochberg returns the q-values of the p-values ps, in their
// order: p × m / rank, made monotone from the largest p down and capped
// at 1 (Benjamini and Hochberg 1995; R's p.adjust(p, "BH")). A term whose
// q is at most α is a discovery at a false discovery rate of α.
func BenjaminiHochberg(ps []float64) []float64 {
	m := len(ps)
	// Ties get one q whatever their order, so an unstable sort does.
	type ranked struct {
		p float64
		i int32
	}
	order := make([]ranked, m)
	for i, p := range ps {
		order[i] = ranked{p, int32(i)}
	}
	slices.SortFunc(order, func(a, b ranked) int { return cmp.Compare(a.p, b.p) })
	qs := make([]float64, m)
	least := 1.0
	for r := m - 1; r >= 0; r-- {
		least = math.Min(least, order[r].p*float64(m)/float64(r+1))
		qs[order[r].i] = least
	}
	return qs
}

// rankCounts returns the keys of m with a positive count, largest count
// first, ties in alphabetical order.
func rankCounts(m map[string]int) []string {
	keys := make([]string, 0, len(m))
	for k, n := range m {
		if n > 0 {
			keys = append(keys, k)
		}
	}
	sort.Slice(keys, func(i, j int) bool {
		if m[keys[i]] != m[keys[j]] {
			return m[keys[i]] > m[keys[j]]
		}
		return keys[i] < keys[j]
	})
	return keys
}

// boolOrder is -1 where p comes first, else 1.
func boolOrder(first bool) int {
	if first {
		return -1
	}
	return 1
}

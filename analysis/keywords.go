package analysis

import (
	"math"
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
	// Negative asks for negative keywords: the terms the target uses
	// least against the reference, most negative G² first.
	Negative bool
	// ByTFIDF ranks by tf-idf instead of G² (ties by G², then as usual):
	// the second view, of the terms most particular to each target.
	ByTFIDF bool
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
	// TFIDF is the term's count for the target times log10(N/df), with
	// the targets as the documents: N of them, df using the term (the
	// scheme of quanteda's dfm_tfidf defaults).
	TFIDF float64
}

// termTable is what keyness is computed from: for each target, its term
// counts, size in words, and the words behind each term (pairs of the
// lexicon), all keyed by one lexicon's IDs.
type termTable struct {
	lex   *Lexicon
	ids   []string
	terms []counts
	words []int
	forms []counts
	// done, if not nil, stops keywords early when it is closed (a
	// context's Done): keywords then returns what it has, for the caller
	// to drop.
	done <-chan struct{}
}

// SpeakerKeywords compares each speaker with all the other speakers
// together, term by term: a is the speaker's count of the term, b the
// others', c and d the speaker's and the others' numbers of words (all
// words, stopwords included, as AntConc and WordSmith count corpus size).
// Speakers come in the order of SpeakerTable, keywords by G² (strongest
// first), then by a, then by form.
func (t *Tally) SpeakerKeywords(opt KeywordOptions) []Keyword {
	tt := termTable{lex: t.lex}
	for _, r := range t.SpeakerTable() {
		s := t.Speakers[r.ID]
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
	maxP := opt.MaxP
	if maxP <= 0 {
		maxP = 1
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
	var out []Keyword
	for i, id := range tt.ids {
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
		for w, tot := range each {
			a := int(tt.terms[i][w])
			b := tot - a
			if opt.Negative && b < minFreq || !opt.Negative && a < minFreq {
				continue
			}
			k := NewKeyness(a, b, tt.words[i], allWords-tt.words[i])
			if opt.Negative != (k.G2 < 0) || k.G2 == 0 || k.P > maxP {
				continue
			}
			rows = append(rows, Keyword{
				Target: id, Term: tt.lex.String(w), Keyness: k,
				TFIDF: float64(a) * math.Log10(n/float64(df[w])),
			})
			terms = append(terms, w)
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
			k.Form, k.Forms = topForms(tt.termForms(terms[o], tt.forms[i:i+1]))
			if k.Form == "" { // a negative keyword the target never uses
				k.Form, k.Forms = topForms(tt.termForms(terms[o], tt.forms))
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
// first, ties in alphabetical order.
func topForms(forms map[string]int) (string, []string) {
	ranked := rankCounts(forms)
	if len(ranked) == 0 {
		return "", nil
	}
	return ranked[0], ranked[1:]
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

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
// counts, size in words, and the words behind each term.
type termTable struct {
	ids   []string
	terms []map[string]int
	words []int
	forms []map[string]map[string]int
}

// SpeakerKeywords compares each speaker with all the other speakers
// together, term by term: a is the speaker's count of the term, b the
// others', c and d the speaker's and the others' numbers of words (all
// words, stopwords included, as AntConc and WordSmith count corpus size).
// Speakers come in the order of SpeakerTable, keywords by G² (strongest
// first), then by a, then by form.
func (t *Tally) SpeakerKeywords(opt KeywordOptions) []Keyword {
	var tt termTable
	for _, r := range t.SpeakerTable() {
		s := t.Speakers[r.ID]
		tt.ids = append(tt.ids, s.ID)
		tt.terms = append(tt.terms, s.Terms)
		tt.words = append(tt.words, s.Words)
		tt.forms = append(tt.forms, s.Forms)
	}
	return tt.keywords(opt)
}

// DocumentKeywords compares each document with all the others together;
// tallies[i] is the tally of the document named names[i].
func DocumentKeywords(names []string, tallies []*Tally, opt KeywordOptions) []Keyword {
	var tt termTable
	for i, t := range tallies {
		terms, forms := map[string]int{}, map[string]map[string]int{}
		for _, s := range t.Speakers {
			for w, n := range s.Terms {
				terms[w] += n
			}
			for term, fs := range s.Forms {
				for f, n := range fs {
					addForm(forms, term, f, n)
				}
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
	maxP := opt.MaxP
	if maxP <= 0 {
		maxP = 1
	}
	total, df := map[string]int{}, map[string]int{}
	allWords := 0
	for i := range tt.ids {
		for w, n := range tt.terms[i] {
			total[w] += n
			if n > 0 {
				df[w]++
			}
		}
		allWords += tt.words[i]
	}
	n := float64(len(tt.ids))
	var out []Keyword
	for i, id := range tt.ids {
		var rows []Keyword
		for w, tot := range total {
			a := tt.terms[i][w]
			b := tot - a
			if opt.Negative && b < minFreq || !opt.Negative && a < minFreq {
				continue
			}
			k := NewKeyness(a, b, tt.words[i], allWords-tt.words[i])
			if opt.Negative != (k.G2 < 0) || k.G2 == 0 || k.P > maxP {
				continue
			}
			form, forms := topForms(tt.forms[i][w])
			if form == "" { // a negative keyword the target never uses
				form, forms = topForms(mergedForms(tt.forms, w))
			}
			rows = append(rows, Keyword{
				Target: id, Term: w, Form: form, Forms: forms, Keyness: k,
				TFIDF: float64(a) * math.Log10(n/float64(df[w])),
			})
		}
		sort.Slice(rows, func(x, y int) bool {
			p, q := rows[x], rows[y]
			if opt.ByTFIDF && p.TFIDF != q.TFIDF {
				return p.TFIDF > q.TFIDF
			}
			if p.G2 != q.G2 {
				if opt.Negative {
					return p.G2 < q.G2
				}
				return p.G2 > q.G2
			}
			if p.A != q.A {
				return p.A > q.A
			}
			return p.Form < q.Form || p.Form == q.Form && p.Term < q.Term
		})
		if opt.Top > 0 && len(rows) > opt.Top {
			rows = rows[:opt.Top]
		}
		out = append(out, rows...)
	}
	return out
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

func mergedForms(all []map[string]map[string]int, term string) map[string]int {
	m := map[string]int{}
	for _, forms := range all {
		for f, n := range forms[term] {
			m[f] += n
		}
	}
	return m
}

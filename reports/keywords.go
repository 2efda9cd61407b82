package reports

import (
	"cmp"
	"fmt"
	"io"
	"strconv"
	"strings"

	"parley/analysis"
	"parley/corpus"
)

// KeywordsCSV writes data/keywords.csv: one row per keyword of each
// speaker against the other speakers, then (for several documents) of each
// document against the others. Columns: document, speaker, term (the most
// frequent form), stem, forms (the other forms, "|"-separated), a, b, c, d
// (the four counts: the term in the target and the reference, the words of
// the target and of the reference), g2 (signed log-likelihood), p,
// log_ratio, tfidf. Speaker rows of a corpus of several documents have an
// empty document; document rows an empty speaker.
func KeywordsCSV(w io.Writer, in Input) error {
	cw := newCSV(w)
	cw.Write([]string{"level", "document", "speaker", "group", "rank", "term", "stem", "a", "b", "c", "d", "g2", "p", "q", "bic", "log_ratio", "tfidf", "stability"})
	for _, r := range keywordRows(in) {
		k := r.k
		cw.Write([]string{
			r.level, r.doc, r.speaker, r.group, strconv.Itoa(r.rank), k.Form, k.Term,
			strconv.Itoa(k.A), strconv.Itoa(k.B), strconv.Itoa(k.C), strconv.Itoa(k.D),
			decimal(k.G2, 3), csvP(k.P), csvP(k.Q), decimal(k.BIC, 3), decimal(k.LogRatio, 3), decimal(k.TFIDF, 3), stabilityOf(in, r),
		})
	}
	return flush(cw)
}

// KeywordFormsCSV writes the words behind each keyword of KeywordsCSV,
// one row a form: level, document, speaker, group, stem, form, count (the
// target's uses of the form).
func KeywordFormsCSV(w io.Writer, in Input) error {
	cw := newCSV(w)
	cw.Write([]string{"level", "document", "speaker", "group", "stem", "form", "count"})
	for _, r := range keywordRows(in) {
		k := r.k
		for i, f := range append([]string{k.Form}, k.Forms...) {
			n := ""
			if i < len(k.FormCounts) {
				n = strconv.Itoa(k.FormCounts[i])
			}
			cw.Write([]string{r.level, r.doc, r.speaker, r.group, k.Term, f, n})
		}
	}
	return flush(cw)
}

// stabilityOf is a speaker keyword's stability, as a fraction with three
// decimals, or "" (a document's or group's keyword, or none computed).
func stabilityOf(in Input, r keywordRow) string {
	if v, ok := in.Stability[[2]string{r.k.Target, r.k.Term}]; ok && r.level == "speaker" {
		return strconv.FormatFloat(v, 'f', 3, 64)
	}
	return ""
}

// keywordRow is one keyword as the keyword tables give it: its level
// ("speaker", "document" or "group"), where its comparison is made, and
// its rank in its target's list (1 the strongest).
type keywordRow struct {
	level, doc, speaker, group string
	rank                       int
	k                          analysis.Keyword
}

// keywordRows returns the keyword tables' rows: each speaker's (against
// the other speakers of the corpus; the document is named when there is
// one), then each document's or group's.
func keywordRows(in Input) []keywordRow {
	var rows []keywordRow
	doc := ""
	if len(in.Docs) == 1 {
		doc = in.Docs[0].Name
	}
	rank := 0
	for i, k := range in.Keywords {
		if i == 0 || k.Target != in.Keywords[i-1].Target {
			rank = 0
		}
		rank++
		rows = append(rows, keywordRow{"speaker", doc, speakerDisplay(in, k.Target), "", rank, k})
	}
	for i, k := range in.DocumentKeywords {
		if i == 0 || k.Target != in.DocumentKeywords[i-1].Target {
			rank = 0
		}
		rank++
		r := keywordRow{"document", k.Target, "", "", rank, k}
		if in.GroupBy != "" {
			// The group's value ("2020" of "year 2020"): the field is
			// the run's --group-by, one for every row.
			r.level, r.doc, r.group = "group", "", strings.TrimPrefix(k.Target, in.GroupBy+" ")
		}
		rows = append(rows, r)
	}
	return rows
}

// KeywordsText writes each speaker's keywords as aligned text.
func KeywordsText(w io.Writer, in Input) error {
	var b strings.Builder
	of := map[string][]analysis.Keyword{}
	for _, g := range groupKeywords(in.Keywords) {
		of[g[0].Target] = g
	}
	var best map[string]analysis.Keyword
	for _, r := range comparedSpeakers(in) {
		g := of[r.ID]
		if len(g) == 0 {
			if best == nil {
				best = strongest(in)
			}
			if k, ok := best[r.ID]; ok && len(in.Keywords) > 0 {
				fmt.Fprintf(&b, "%s (%d words; the other speakers %d): no term passes the cuts; the strongest, %s, has G2 %+.2f, p %s, q %s\n\n", r.Name, k.C, k.D, k.Form, k.G2, pValue(k.P), pValue(k.Q))
			}
			continue
		}
		k := g[0]
		fmt.Fprintf(&b, "%s (%d words; the other speakers %d)\n", speakerDisplay(in, k.Target), k.C, k.D)
		rows := [][]string{{"keyword", "a", "b", "G2", "p", "q", "BIC", "log ratio", "tf-idf", "stable", "other forms"}}
		for _, k := range g {
			st := ""
			if v, ok := in.Stability[[2]string{k.Target, k.Term}]; ok {
				st = fmt.Sprintf("%.0f%%", 100*v)
			}
			rows = append(rows, []string{
				k.Form, strconv.Itoa(k.A), strconv.Itoa(k.B), fmt.Sprintf("%+.2f", k.G2), pValue(k.P), pValue(k.Q),
				decimal(k.BIC, 2), fmt.Sprintf("%+.2f", k.LogRatio), fmt.Sprintf("%.2f", k.TFIDF), st, strings.Join(k.Forms, ", "),
			})
		}
		writeAligned(&b, rows, map[int]bool{0: true, 10: true})
		b.WriteByte('\n')
	}
	if len(in.Keywords) == 0 {
		b.WriteString("no keywords: fewer than two speakers, or none passes --min-freq, --max-q (false discovery rate; --max-q 1 ranks every term) and --max-p\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// groupKeywords splits keywords into runs of one target, in order.
func groupKeywords(ks []analysis.Keyword) [][]analysis.Keyword {
	var out [][]analysis.Keyword
	for i, k := range ks {
		if i == 0 || k.Target != ks[i-1].Target {
			out = append(out, nil)
		}
		out[len(out)-1] = append(out[len(out)-1], k)
	}
	return out
}

// speakerDisplay returns a speaker's display name from the tally.
func speakerDisplay(in Input, id string) string {
	if s, ok := in.Tally.Speakers[id]; ok {
		return s.Name
	}
	return id
}

// csvP formats a p- or q-value for the tables: a number as every CSV
// reader parses one, to three significant digits ("0.0014", "4.63e-06",
// "0" below what a float64 holds).
func csvP(p float64) string { return strconv.FormatFloat(p, 'g', 3, 64) }

// pValue formats a p-value with four decimals, or in scientific notation
// below 0.001.
func pValue(p float64) string {
	if p == 0 {
		return "<1e-300" // below what a float64 holds
	}
	if p >= 0.001 {
		return strconv.FormatFloat(p, 'f', 4, 64)
	}
	return strconv.FormatFloat(p, 'e', 2, 64)
}

// writeAligned writes rows as columns separated by two spaces; the
// columns in left are left-aligned, the others right-aligned.
func writeAligned(b *strings.Builder, rows [][]string, left map[int]bool) {
	var width []int
	for _, r := range rows {
		for i, c := range r {
			if i >= len(width) {
				width = append(width, 0)
			}
			width[i] = max(width[i], len([]rune(c)))
		}
	}
	for _, r := range rows {
		var line strings.Builder
		for i, c := range r {
			pad := strings.Repeat(" ", width[i]-len([]rune(c)))
			if i > 0 {
				line.WriteString("  ")
			}
			if left[i] {
				line.WriteString(c + pad)
			} else {
				line.WriteString(pad + c)
			}
		}
		b.WriteString(strings.TrimRight(line.String(), " ") + "\n")
	}
}

// maxSpeakerSections is the most speakers whose keywords and entities the
// report shows, those with the most words; the data files have them all.
const maxSpeakerSections = 20

// writeKeywords writes the report's keyword section.
func writeKeywords(b *strings.Builder, in Input) {
	if len(in.Keywords) == 0 && len(in.DocumentKeywords) == 0 && !in.DocumentKeywordsOmitted {
		return
	}
	o := in.KeywordOptions
	b.WriteString("## Keywords\n\n")
	fmt.Fprintf(b, "What each speaker says more than the others together: terms (Snowball stems, shown by their most frequent form) ranked by signed log-likelihood G² (Dunning 1993; Rayson and Garside 2000), with its p-value, the q-value that corrects it for the many terms tested (Benjamini and Hochberg 1995, over each speaker's terms used %d times or more), Wilson's BIC (over 2: positive evidence, over 6: strong), Hardie's Log Ratio (each unit doubles the relative frequency) and the four counts (*a* the speaker's uses, *b* the others', against *c* and *d* words). Cue framing, every speaker's names, editorial notes and stopwords are left out. At least %d uses, q ≤ %s%s, top %s per speaker. Data: `data/keywords.csv`, the forms in `data/keyword_forms.csv`.\n\n",
		max(o.MinFreq, 1), max(o.MinFreq, 1), maxPText(o.MaxQ), keywordCutsText(o), topText(o.Top))
	if in.StabilityResamples == 0 && in.StabilityOmitted {
		b.WriteString("*Stability* (how often a keyword stays among its speaker's top keywords when the turns are resampled) is not computed for a corpus this large: each resample would test every term of every speaker again.\n\n")
	}
	if in.StabilityResamples > 0 {
		fmt.Fprintf(b, "*Stability* is how often a keyword stays among its speaker's top %s when each document's turns are resampled with replacement (%s resamples, seed %d) and the keywords computed again with the same cuts: a keyword under 50%% owes its place to a turn or two.\n\n",
			topText(cmp.Or(o.Top, 10)), commaInt(in.StabilityResamples), in.Bootstrap.Seed)
	}
	if len(in.Keywords) == 0 {
		b.WriteString("No speaker's term passes the cuts: with few words per speaker, none is distinct at this false discovery rate. `--max-q 1` ranks every term.\n\n")
	}
	tfidf := map[string][]string{}
	for _, k := range in.TFIDFKeywords {
		tfidf[k.Target] = append(tfidf[k.Target], k.Form)
	}
	groups := groupKeywords(in.Keywords)
	of := map[string][]analysis.Keyword{}
	for _, g := range groups {
		of[g[0].Target] = g
	}
	// Every speaker compared has a section, the keywords or a word of why
	// there are none, in the order of the speaker table.
	var best map[string]analysis.Keyword
	shown := 0
	for _, r := range comparedSpeakers(in) {
		if shown == maxSpeakerSections {
			fmt.Fprintf(b, "The %d speakers with the most words are shown; all are in `data/keywords.csv`.\n\n", maxSpeakerSections)
			break
		}
		shown++
		g := of[r.ID]
		if len(g) == 0 {
			if best == nil {
				best = strongest(in)
			}
			k, ok := best[r.ID]
			if !ok {
				continue
			}
			fmt.Fprintf(b, "**%s** (%d words, against %d): no term passes the cuts; the strongest, *%s*, has G² %+.2f, p %s, q %s.\n\n",
				mdEscape(r.Name), k.C, k.D, mdEscape(k.Form), k.G2, pValue(k.P), pValue(k.Q))
		} else {
			fmt.Fprintf(b, "**%s** (%d words, against %d):\n\n", mdEscape(speakerDisplay(in, g[0].Target)), g[0].C, g[0].D)
			keywordTable(b, g, in.Stability)
		}
		if forms := tfidf[r.ID]; len(forms) > 0 {
			fmt.Fprintf(b, "By tf-idf (speakers as documents): %s.\n\n", mdEscape(strings.Join(forms, ", ")))
		}
	}
	if in.DocumentKeywordsOmitted {
		fmt.Fprintf(b, "The %d documents are not compared one by one; compare groups of them with --group-by FIELD (year, party...).\n\n", len(in.Docs))
	}
	for _, g := range groupKeywords(in.DocumentKeywords) {
		what := "Document `" + g[0].Target + "`"
		if in.GroupBy != "" {
			what = "Group " + mdEscape(g[0].Target)
		}
		fmt.Fprintf(b, "**%s** (%d words, against %d in the others):\n\n", what, g[0].C, g[0].D)
		keywordTable(b, g, nil)
	}
}

// comparedSpeakers returns the rows of the speaker table whose speakers
// the keywords compare, in order.
func comparedSpeakers(in Input) []analysis.SpeakerRow {
	var out []analysis.SpeakerRow
	for _, r := range in.Tally.SpeakerTable() {
		if in.KeywordOptions.Compared(in.Tally.Speakers[r.ID]) {
			out = append(out, r)
		}
	}
	return out
}

// strongest returns each compared speaker's strongest term without the
// cuts of q, p and Log Ratio: what a speaker without keywords comes
// closest with.
func strongest(in Input) map[string]analysis.Keyword {
	o := in.KeywordOptions
	o.MaxP, o.MaxQ, o.MinLogRatio, o.Top, o.ByTFIDF = 0, 0, 0, 1, false
	have := map[string]bool{}
	for _, k := range in.Keywords {
		have[k.Target] = true
	}
	for _, r := range comparedSpeakers(in) {
		if !have[r.ID] {
			o.Only = append(o.Only, r.ID)
		}
	}
	out := map[string]analysis.Keyword{}
	for _, k := range in.Tally.SpeakerKeywords(o) {
		out[k.Target] = k
	}
	return out
}

func keywordTable(b *strings.Builder, g []analysis.Keyword, stability map[[2]string]float64) {
	b.WriteString("| Keyword | a | b | G² | p | q | BIC | Log Ratio | tf-idf | Stability | Other forms |\n|:--|--:|--:|--:|--:|--:|--:|--:|--:|--:|:--|\n")
	for _, k := range g {
		st := ""
		if v, ok := stability[[2]string{k.Target, k.Term}]; ok {
			st = fmt.Sprintf("%.0f%%", 100*v)
		}
		fmt.Fprintf(b, "| %s | %d | %d | %+.2f | %s | %s | %s | %+.2f | %.2f | %s | %s |\n",
			mdEscape(k.Form), k.A, k.B, k.G2, pValue(k.P), pValue(k.Q), decimal(k.BIC, 2), k.LogRatio, k.TFIDF, st, mdEscape(strings.Join(k.Forms, ", ")))
	}
	b.WriteString("\n")
}

func maxPText(p float64) string {
	if p <= 0 || p >= 1 {
		return "1"
	}
	return strconv.FormatFloat(p, 'g', -1, 64)
}

// keywordCutsText gives the cuts besides q's: ", p ≤ 0.01, |Log Ratio|
// ≥ 1", or "".
func keywordCutsText(o analysis.KeywordOptions) string {
	var s string
	if o.MaxP > 0 && o.MaxP < 1 {
		s += ", p ≤ " + maxPText(o.MaxP)
	}
	if o.MinLogRatio > 0 {
		s += ", |Log Ratio| ≥ " + strconv.FormatFloat(o.MinLogRatio, 'g', -1, 64)
	}
	return s
}

func topText(n int) string {
	if n <= 0 {
		return "all"
	}
	return strconv.Itoa(n)
}

// ConcordanceText writes concordance hits as aligned lines: where, who,
// then the match between its left and right context.
func ConcordanceText(w io.Writer, docs []*corpus.Document, hits []analysis.Hit) error {
	var b strings.Builder
	many := len(docs) > 1
	byName := map[string]*corpus.Document{}
	left := 0
	for _, h := range hits {
		left = max(left, len([]rune(h.Left)))
	}
	for _, h := range hits {
		where := fmt.Sprintf("%d", h.Line)
		if many {
			where = h.Document + ":" + where
		}
		sep := " "
		if h.Right == "" || strings.ContainsAny(h.Right[:1], ",.;:!?)]}%") {
			sep = ""
		}
		fmt.Fprintf(&b, "%6s  %-12s %*s [%s]%s%s\n", where, clip(speakerOf(docs, byName, h), 12), left, h.Left, h.Match, sep, h.Right)
	}
	fmt.Fprintf(&b, "%d matches\n", len(hits))
	_, err := io.WriteString(w, b.String())
	return err
}

// ConcordanceCSV writes concordance hits: document, turn, line, speaker,
// left, match, right.
func ConcordanceCSV(w io.Writer, docs []*corpus.Document, hits []analysis.Hit) error {
	cw := newCSV(w)
	cw.Write([]string{"document", "turn", "line", "speaker", "left", "match", "right"})
	byName := map[string]*corpus.Document{}
	for _, h := range hits {
		cw.Write([]string{h.Document, strconv.Itoa(h.Turn), strconv.Itoa(h.Line), speakerOf(docs, byName, h), h.Left, h.Match, h.Right})
	}
	return flush(cw)
}

// speakerOf returns a hit's speaker's name, from docs indexed by name
// (byName, filled on first use: a corpus's thousands of hits look up
// thousands of documents).
func speakerOf(docs []*corpus.Document, byName map[string]*corpus.Document, h analysis.Hit) string {
	if len(byName) == 0 {
		for _, d := range docs {
			if _, ok := byName[d.Name]; !ok {
				byName[d.Name] = d
			}
		}
	}
	if d, ok := byName[h.Document]; ok {
		return speakerName(d, h.Speaker)
	}
	return h.Speaker
}

// PhrasesCSV writes data/phrases.csv: the keyphrases, strongest first.
// Columns: phrase (the most frequent form), terms (the key, stems joined
// by spaces), words (2 or 3), count, g2 (association), forms (the other
// forms, "|"-separated), speakers (ID:count, "|"-separated, most first).
func PhrasesCSV(w io.Writer, in Input) error {
	cw := newCSV(w)
	cw.Write([]string{"phrase", "terms", "words", "count", "g2"})
	for _, ph := range in.Phrases {
		cw.Write([]string{ph.Form, strings.Join(ph.Terms, " "), strconv.Itoa(len(ph.Terms)), strconv.Itoa(ph.Count), decimal(ph.G2, 3)})
	}
	return flush(cw)
}

// PhraseSpeakersCSV writes who uses each keyphrase of PhrasesCSV, one row
// a speaker, most uses first: phrase, speaker, count.
func PhraseSpeakersCSV(w io.Writer, in Input) error {
	cw := newCSV(w)
	cw.Write([]string{"phrase", "speaker", "count"})
	for _, ph := range in.Phrases {
		for _, s := range ph.Speakers {
			cw.Write([]string{ph.Form, speakerDisplay(in, s.ID), strconv.Itoa(s.Count)})
		}
	}
	return flush(cw)
}

// PhraseFormsCSV writes the forms each keyphrase of PhrasesCSV takes, one
// row a form, the phrase's own first: phrase, form.
func PhraseFormsCSV(w io.Writer, in Input) error {
	cw := newCSV(w)
	cw.Write([]string{"phrase", "form"})
	for _, ph := range in.Phrases {
		for _, f := range append([]string{ph.Form}, ph.Forms...) {
			cw.Write([]string{ph.Form, f})
		}
	}
	return flush(cw)
}

// phraseSpeakers lists who uses a phrase: "Stalin:19|Lee:4".
func phraseSpeakers(in Input, ph analysis.Phrase, sep, colon string) string {
	var parts []string
	for _, s := range ph.Speakers {
		parts = append(parts, speakerDisplay(in, s.ID)+colon+strconv.Itoa(s.Count))
	}
	return strings.Join(parts, sep)
}

// writePhrases writes the report's keyphrase section.
func writePhrases(b *strings.Builder, in Input) {
	if len(in.Phrases) == 0 {
		return
	}
	b.WriteString("## Keyphrases\n\n")
	b.WriteString("Two- and three-word phrases whose words go together more often than chance, by log-likelihood G² of association (Dunning 1993) over the phrase positions in speech; a phrase never crosses punctuation, a note or a turn. Pairs used only inside a longer phrase are left out. Data: `data/phrases.csv`.\n\n")
	b.WriteString("| Phrase | Uses | G² | Who uses it |\n|:--|--:|--:|:--|\n")
	for _, ph := range in.Phrases {
		fmt.Fprintf(b, "| %s | %d | %.1f | %s |\n", mdEscape(ph.Form), ph.Count, ph.G2, mdEscape(phraseSpeakers(in, ph, ", ", " ")))
	}
	b.WriteString("\n")
}

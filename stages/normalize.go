package stages

import (
	"bufio"
	"context"
	_ "embed"
	"fmt"
	"io"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kljensen/snowball/english"

	"parley/corpus"
)

//go:embed stopwords/english.txt
var englishStopwords string

// Normalize prepares tokens for keyword analysis: it sets Token.Norm (the
// word case folded, apostrophes straightened) and Token.Term (its Snowball
// English stem), leaving Term empty for the words that are no keyword
// candidates:
//
//   - stopwords (stopwords/english.txt, plus any the user adds), unless
//     written in capitals ("US" is the United States);
//   - words without a letter ("1947", "20%");
//   - speakers' names, with the titles before them ("Comrade Stalin",
//     "Generalissimo Stalin"): in reported speech "Comrade Stalin thinks
//     that ..." is the recorder's framing, and who mentions whom is the
//     entity stage's business; a capitalized title alone ("the
//     Generalissimo") names someone too, while "his comrades" is a word;
//   - the verb of saying or thinking after a speaker's name, past an
//     adverb ("thinks" in "Comrade Stalin thinks that", "said" in
//     "Zilliacus always said that"), for the same reason.
//
// Word counts do not change: Normalize marks tokens, it removes none.
type Normalize struct {
	stop map[string]bool
	// KeepNames keeps the speakers' names, their titles and the verbs of
	// saying after them as terms (--keep-speaker-names).
	KeepNames bool
	first     wordList // first names (gazetteer/first-names.txt)
}

// NewNormalize returns a normalize stage with the shipped English
// stopwords.
func NewNormalize() *Normalize {
	n := &Normalize{stop: map[string]bool{}, first: newWordList(firstNamesFile)}
	// The shipped list is known to parse.
	n.AddStopwords(strings.NewReader(englishStopwords), "stopwords/english.txt")
	return n
}

// AddStopwords adds the words read from r, in the format of
// stopwords/english.txt: words separated by white space, "#" to the end
// of a line a comment. name is used in errors.
func (n *Normalize) AddStopwords(r io.Reader, name string) error {
	sc := bufio.NewScanner(r)
	line := 0
	for sc.Scan() {
		line++
		text, _, _ := strings.Cut(sc.Text(), "#")
		for _, w := range strings.Fields(text) {
			n.stop[Fold(w)] = true
		}
	}
	if err := sc.Err(); err != nil {
		return &corpus.InputError{File: name, Line: line + 1, Msg: fmt.Sprintf("reading stopwords: %v", err)}
	}
	return nil
}

// Name returns "normalize".
func (*Normalize) Name() string { return "normalize" }

// Stem returns the stem of any word, stopword or not ("negoti" for
// "Negotiations"): what a query for the word should match in Token.Term.
func (n *Normalize) Stem(word string) string {
	return english.Stem(Fold(word), true)
}

// Term returns the term a word counts as ("negoti" for "Negotiations"),
// or "" if it is a stopword or has no letter. It knows nothing of
// speakers, so it serves queries such as a concordance's.
func (n *Normalize) Term(word string) string {
	w := Fold(word)
	if n.stop[w] || !hasLetter(w) {
		return ""
	}
	return english.Stem(w, true)
}

// Apply sets Norm and Term on every token of doc. Run it after tokenize.
func (n *Normalize) Apply(ctx context.Context, doc *corpus.Document) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	names := speakerWords(doc)
	defer func() { doc.NameTerms = n.nameTerms(doc, names) }()
	if n.KeepNames {
		names = nil
	}
	// Stemming is most of the stage's work, and a document repeats its
	// words: each distinct word is stemmed once.
	terms := map[string]string{}
	// Each distinct form is stored once: a long document repeats its words
	// thousands of times, and a string per token would cost more memory
	// than the tokens.
	type folded struct {
		norm string
		stop bool
	}
	norms := map[string]folded{}
	for i := range doc.Turns {
		toks := doc.Turns[i].Tokens
		framing := make([]bool, len(toks))
		for k := range toks {
			t := &toks[k]
			t.Norm, t.Term, t.Stop = "", "", false
			if t.Word {
				f, ok := norms[t.Text]
				if !ok {
					f.norm = Fold(t.Text)
					f.stop = n.stop[f.norm] && !isAcronym(t.Text)
					norms[t.Text] = f
				}
				t.Norm, t.Stop = f.norm, f.stop
			}
		}
		for k := range toks {
			if !names[strings.TrimSuffix(strings.TrimSuffix(toks[k].Norm, "'s"), "'")] {
				continue
			}
			framing[k] = true
			// Titles before the name: "Comrade", "Generalissimo".
			for j := k - 1; j >= 0 && toks[j].Word && corpus.IsTitle(toks[j].Norm); j-- {
				framing[j] = true
			}
			// The verb after it, past adverbs: "always said", "thinks".
			j := k + 1
			for j < len(toks) && toks[j].Word && framingAdverbs[toks[j].Norm] {
				j++
			}
			if j < len(toks) && framingVerbs[toks[j].Norm] {
				framing[j] = true
			}
		}
		for k := range toks {
			// A capitalized title alone names someone ("the Generalissimo");
			// in lower case it is a word ("his comrades").
			if toks[k].Word && corpus.IsTitle(toks[k].Norm) && startsUpper(toks[k].Text) {
				framing[k] = true
			}
		}
		for k := range toks {
			if !toks[k].Word || framing[k] {
				continue
			}
			if isAcronym(toks[k].Text) {
				toks[k].Term = english.Stem(toks[k].Norm, true)
				continue
			}
			term, ok := terms[toks[k].Norm]
			if !ok {
				term = n.Term(toks[k].Norm)
				terms[toks[k].Norm] = term
			}
			toks[k].Term = term
		}
	}
	return nil
}

// framingVerbs follow a speaker's name in the recorder's framing of
// reported speech: verbs of saying and of thinking.
var framingVerbs = wordSet(`says said asks asked answers answered declares declared
	notes noted remarks remarked adds added replies replied specifies specified
	continues continued thanks thanked expresses expressed stresses stressed
	emphasizes emphasises explains explained believes believed thinks thought
	understands understood considers considered feels felt knows knew
	remembers remembered hopes hoped doubts doubted agrees agreed supports
	supported apologizes apologises excludes excluded spoke speaks`)

// framingAdverbs may stand between a name and its framing verb.
var framingAdverbs = wordSet(`always repeatedly certainly fully also still never often`)

// nameTerms returns the terms of the names doc's speakers go by: the
// words of their names (names, from speakerWords), and each capitalized
// word the speech puts right before one of those that is a first name,
// or stands there twice ("Donald Trump", "Hillary Clinton", "Lester
// Holt" where Trump, Clinton and Holt speak) and is no title or stopword.
// Sorted.
func (n *Normalize) nameTerms(doc *corpus.Document, names map[string]bool) []string {
	words := map[string]bool{}
	for w := range names {
		words[w] = true
	}
	before := map[string]int{}
	for i := range doc.Turns {
		toks := doc.Turns[i].Tokens
		for k := 1; k < len(toks); k++ {
			p := toks[k-1]
			if !toks[k].Word || !p.Word || !names[toks[k].Norm] || names[p.Norm] || !startsUpper(p.Text) ||
				corpus.IsTitle(p.Norm) || n.stop[p.Norm] || toks[k-1].End != toks[k].Start-1 {
				continue
			}
			before[p.Norm]++
		}
	}
	for w, c := range before {
		if c >= 2 || n.first.has(w) {
			words[w] = true
		}
	}
	terms := map[string]bool{}
	for w := range words {
		if t := n.Term(w); t != "" {
			terms[t] = true
		}
	}
	out := make([]string, 0, len(terms))
	for t := range terms {
		out = append(out, t)
	}
	sort.Strings(out)
	return out
}

// speakerWords returns the words of the speakers' names as their cues
// write them, titles left out, case folded.
func speakerWords(doc *corpus.Document) map[string]bool {
	words := map[string]bool{}
	for _, s := range doc.Speakers {
		for _, f := range append([]string{s.Name}, s.Forms...) {
			for _, w := range strings.Fields(f) {
				if w = Fold(strings.Trim(w, ".,")); !corpus.IsTitle(w) {
					words[w] = true
				}
			}
		}
	}
	return words
}

// Fold case folds a word and straightens its apostrophes, as Token.Norm
// holds words.
func Fold(w string) string {
	// Most words are ASCII: lower case already, or only to lower.
	upper := false
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return strings.ReplaceAll(strings.ToLower(w), "’", "'")
		}
		upper = upper || 'A' <= c && c <= 'Z'
	}
	if !upper {
		return w
	}
	return strings.ToLower(w)
}

// isAcronym reports whether a word is written in capitals, two letters or
// more ("US", "USSR"): never a stopword.
func isAcronym(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

func wordSet(words string) map[string]bool {
	set := map[string]bool{}
	for _, w := range strings.Fields(words) {
		set[w] = true
	}
	return set
}

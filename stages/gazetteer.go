package stages

import (
	"bufio"
	_ "embed"
	"fmt"
	"io"
	"strings"

	"parley/corpus"
)

//go:embed gazetteer/entities.txt
var shippedGazetteer string

// Gazetteer maps aliases to canonical entities: "Great Britain", "UK" and
// "United Kingdom" are all the place Britain. See gazetteer/entities.txt
// for the format and the shipped entries.
type Gazetteer struct {
	entries map[string]gazEntry // alias key (words case folded, one space) -> entry
	maxLen  int                 // the most words in an alias
	folds   map[string]string   // group -> the place it folds into
}

type gazEntry struct {
	entity string
	label  corpus.EntityLabel
	// exact holds the alias as written when it is in capitals ("US"): it
	// then matches only as written.
	exact string
}

// NewGazetteer returns the shipped gazetteer.
func NewGazetteer() (*Gazetteer, error) {
	g := &Gazetteer{entries: map[string]gazEntry{}, folds: map[string]string{}}
	if err := g.Add(strings.NewReader(shippedGazetteer), "stages/gazetteer/entities.txt"); err != nil {
		return nil, err
	}
	return g, nil
}

var labels = map[string]corpus.EntityLabel{
	"person": corpus.Person, "place": corpus.Place, "organisation": corpus.Organisation,
	"organization": corpus.Organisation, "group": corpus.Group,
}

// Add reads entries in the gazetteer format ("label: Canonical = alias =
// ...") from r; a later alias overrides an earlier one. name is used in
// errors, which are *corpus.InputError values naming the line.
func (g *Gazetteer) Add(r io.Reader, name string) error {
	sc := bufio.NewScanner(r)
	line := 0
	for sc.Scan() {
		line++
		text, _, _ := strings.Cut(sc.Text(), "#")
		if strings.TrimSpace(text) == "" {
			continue
		}
		lab, rest, ok := strings.Cut(text, ":")
		if ok && strings.TrimSpace(strings.ToLower(lab)) == "fold" {
			names := strings.Split(rest, "=")
			if len(names) != 2 || strings.TrimSpace(names[0]) == "" || strings.TrimSpace(names[1]) == "" {
				return &corpus.InputError{File: name, Line: line, Msg: `want "fold: Group = Place"`}
			}
			g.folds[strings.Join(strings.Fields(names[0]), " ")] = strings.Join(strings.Fields(names[1]), " ")
			continue
		}
		label, known := labels[strings.ToLower(strings.TrimSpace(lab))]
		if !ok || !known {
			return &corpus.InputError{File: name, Line: line, Msg: `want "label: Canonical = alias = ...", with a label of person, place, organisation or group (or "fold: Group = Place")`}
		}
		names := strings.Split(rest, "=")
		canonical := strings.Join(strings.Fields(names[0]), " ")
		if canonical == "" {
			return &corpus.InputError{File: name, Line: line, Msg: "no canonical name after the label"}
		}
		for _, alias := range names {
			words := strings.Fields(alias)
			if len(words) == 0 {
				return &corpus.InputError{File: name, Line: line, Msg: `empty alias (two "=" in a row?)`}
			}
			e := gazEntry{entity: canonical, label: label}
			a := strings.Join(words, " ")
			if isAcronym(a) {
				e.exact = a
			}
			g.entries[aliasKey(words)] = e
			g.maxLen = max(g.maxLen, len(words))
		}
	}
	if err := sc.Err(); err != nil {
		return &corpus.InputError{File: name, Line: line + 1, Msg: fmt.Sprintf("reading: %v", err)}
	}
	return nil
}

// aliasKey folds words into a lookup key: case folded, apostrophes
// straight, a possessive dropped from the last word.
func aliasKey(words []string) string {
	k := make([]string, len(words))
	for i, w := range words {
		k[i] = Fold(w)
	}
	k[len(k)-1] = stripPossessive(k[len(k)-1])
	return strings.Join(k, " ")
}

// stripPossessive drops "'s" or a final "'" from a folded word.
func stripPossessive(w string) string {
	if s, ok := strings.CutSuffix(w, "'s"); ok && s != "" {
		return s
	}
	if s, ok := strings.CutSuffix(w, "'"); ok && s != "" {
		return s
	}
	return w
}

// lookup returns the entry for words as written, if an alias matches.
func (g *Gazetteer) lookup(words []string) (gazEntry, bool) {
	e, ok := g.entries[aliasKey(words)]
	if !ok {
		return e, false
	}
	if e.exact != "" {
		last := len(words) - 1
		written := strings.Join(append(append([]string(nil), words[:last]...), stripPossessive(strings.ReplaceAll(words[last], "’", "'"))), " ")
		return e, written == e.exact
	}
	for _, w := range words {
		if startsUpper(w) {
			return e, true // "east European", not "labour party"
		}
	}
	return e, false
}

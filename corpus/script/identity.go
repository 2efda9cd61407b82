package script

import (
	"strings"

	"parley/corpus"
)

// honorifics says which titles name a man and which a woman: "MR. JONES"
// and "MS. JONES" in one interview are two people, though the speaker's
// identity otherwise leaves titles out ("Vice President Mike Pence" is
// "Mike Pence").
var honorifics = map[string]byte{
	"mr": 'm', "mister": 'm', "sir": 'm', "lord": 'm', "monsieur": 'm', "herr": 'm', "signor": 'm', "señor": 'm', "senor": 'm',
	"mrs": 'f', "ms": 'f', "miss": 'f', "lady": 'f', "dame": 'f', "madame": 'f', "mme": 'f', "mlle": 'f', "frau": 'f', "signora": 'f', "señora": 'f', "senora": 'f',
}

// honorific returns 'm' or 'f' for a name that opens with a man's or a
// woman's title, 0 else.
func honorific(name string) byte {
	f := strings.Fields(name)
	if len(f) < 2 {
		return 0
	}
	return honorifics[strings.TrimSuffix(strings.ToLower(f[0]), ".")]
}

// titledIDs returns the identities to use, by label index, where labels
// of one identity name both a man and a woman ("MR. JONES", "MS.
// JONES"): the name with its title, case folded and without the title's
// period ("ms jones"). Labels of such an identity without a title keep
// it.
func titledIDs(labels []corpus.LabelLine) map[int]string {
	kinds := map[string]byte{}
	mixed := map[string]bool{}
	for _, l := range labels {
		h := honorific(l.Name)
		if h == 0 {
			continue
		}
		if k, ok := kinds[l.ID]; ok && k != h {
			mixed[l.ID] = true
		}
		kinds[l.ID] = h
	}
	if len(mixed) == 0 {
		return nil
	}
	out := map[int]string{}
	for i, l := range labels {
		if mixed[l.ID] && honorific(l.Name) != 0 {
			f := strings.Fields(strings.ToLower(l.Name))
			f[0] = strings.TrimSuffix(f[0], ".")
			out[i] = strings.Join(f, " ")
		}
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

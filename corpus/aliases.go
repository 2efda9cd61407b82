package corpus

import (
	"fmt"
	"io"
	"strings"

	"go.yaml.in/yaml/v3"
)

// Aliases merges the names of one speaker, across documents and within
// one: "Vice President Joe Biden", "Joe Biden" and "Biden" are Joe Biden.
// Names match by speaker identity (titles stripped, case folded), so
// "BIDEN" and "Mr Biden" match "Biden" too.
type Aliases struct {
	canonical map[string]string // speaker ID -> canonical display name
}

// ReadAliases reads a YAML alias file: a mapping from each speaker's
// canonical name to a list of the other names it goes by.
//
//	Joe Biden: [Vice President Joe Biden, Biden]
//	Donald J. Trump:
//	  - President Donald J. Trump
//	  - Trump
//
// name is used in errors, which are *InputError values with the line.
func ReadAliases(r io.Reader, name string) (*Aliases, error) {
	src, err := io.ReadAll(r)
	if err != nil {
		return nil, &InputError{File: name, Msg: err.Error()}
	}
	var root yaml.Node
	if err := yaml.Unmarshal(src, &root); err != nil {
		return nil, &InputError{File: name, Msg: "not YAML: " + err.Error()}
	}
	a := &Aliases{canonical: map[string]string{}}
	if len(root.Content) == 0 {
		return a, nil
	}
	m := root.Content[0]
	if m.Kind != yaml.MappingNode {
		return nil, &InputError{File: name, Line: m.Line, Msg: "want a mapping from canonical names to lists of aliases"}
	}
	for i := 0; i+1 < len(m.Content); i += 2 {
		key, val := m.Content[i], m.Content[i+1]
		canon := strings.Join(strings.Fields(key.Value), " ")
		if key.Kind != yaml.ScalarNode || canon == "" {
			return nil, &InputError{File: name, Line: key.Line, Msg: "a canonical name must be a plain name"}
		}
		names := []*yaml.Node{key}
		switch val.Kind {
		case yaml.SequenceNode:
			names = append(names, val.Content...)
		case yaml.ScalarNode:
			if val.Value != "" {
				names = append(names, val)
			}
		default:
			return nil, &InputError{File: name, Line: val.Line, Msg: fmt.Sprintf("the aliases of %q must be a list of names", canon)}
		}
		for _, n := range names {
			id := SpeakerID(n.Value)
			if n.Kind != yaml.ScalarNode || id == "" {
				return nil, &InputError{File: name, Line: n.Line, Msg: "an alias must be a plain name"}
			}
			if prev, ok := a.canonical[id]; ok && prev != canon {
				return nil, &InputError{File: name, Line: n.Line, Msg: fmt.Sprintf("%q is an alias of both %q and %q", n.Value, prev, canon)}
			}
			a.canonical[id] = canon
		}
	}
	return a, nil
}

// Apply renames the speakers of d that have aliases to their canonical
// names and joins what that makes one: two speakers become one, and
// consecutive turns of one speaker become one turn (renumbered, with the
// notes' turns placed anew).
func (a *Aliases) Apply(d *Document) {
	if a == nil || len(a.canonical) == 0 {
		return
	}
	renameSpeakers(d, func(s Speaker) (string, string, bool) {
		canon, ok := a.canonical[s.ID]
		return SpeakerID(canon), canon, ok
	})
}

// Canonical returns the canonical name of a name, if the file gives one
// (by speaker identity: "President Trump" matches "Trump").
func (a *Aliases) Canonical(name string) (string, bool) {
	if a == nil {
		return "", false
	}
	c, ok := a.canonical[SpeakerID(name)]
	return c, ok
}

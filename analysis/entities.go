package analysis

import (
	"sort"
	"strings"

	"parley/corpus"
)

// EntityKey identifies an entity: its canonical name and label.
type EntityKey struct {
	Entity string
	Label  corpus.EntityLabel
}

// EntityCount counts the mentions of one entity and the forms they take.
type EntityCount struct {
	Mentions int
	Forms    map[string]int // as written, e.g. "Great Britain", "UK"
}

// EntityTally counts entity mentions: per speaker in speech, in the
// editorial notes, and entities named together in one turn. Its zero value
// is an empty tally ready for Merge; tallies merge by adding.
type EntityTally struct {
	// Speakers maps a speaker ID to that speaker's mentions.
	Speakers map[string]map[EntityKey]*EntityCount
	// Editorial counts the mentions in footnotes.
	Editorial map[EntityKey]*EntityCount
	// together counts, for each pair of entities (the smaller key
	// first, each as its index in keys), the turns that mention both: a
	// long speech names scores of entities and so a thousand pairs, and
	// an index pair is 8 bytes where two keys are 48 and their strings.
	together map[[2]uint32]int
	keys     []EntityKey
	keyIDs   map[EntityKey]uint32
	strs     map[string]string // see intern
	// People maps the speakers' display names to their IDs, to tell which
	// person mentions are of speakers.
	People map[string]string
}

func (t *EntityTally) init() {
	if t.Speakers == nil {
		t.Speakers = map[string]map[EntityKey]*EntityCount{}
	}
	if t.Editorial == nil {
		t.Editorial = map[EntityKey]*EntityCount{}
	}
	if t.together == nil {
		t.together = map[[2]uint32]int{}
		t.keyIDs = map[EntityKey]uint32{}
	}
	if t.strs == nil {
		t.strs = map[string]string{}
	}
	if t.People == nil {
		t.People = map[string]string{}
	}
}

// CountEntities tallies one document's mentions (run the entities stage
// first).
func CountEntities(d *corpus.Document) *EntityTally {
	t := &EntityTally{}
	t.init()
	for _, s := range d.Speakers {
		t.People[s.Name] = s.ID
	}
	byTurn := map[int]map[EntityKey]bool{}
	for _, m := range d.Mentions {
		k := EntityKey{m.Entity, m.Label}
		if t.Speakers[m.Speaker] == nil {
			t.Speakers[m.Speaker] = map[EntityKey]*EntityCount{}
		}
		addMention(t.Speakers[m.Speaker], k, m.Text, 1)
		if byTurn[m.Turn] == nil {
			byTurn[m.Turn] = map[EntityKey]bool{}
		}
		byTurn[m.Turn][k] = true
	}
	for _, m := range d.EditorialMentions {
		addMention(t.Editorial, EntityKey{m.Entity, m.Label}, m.Text, 1)
	}
	for _, keys := range byTurn {
		list := sortedKeys(keys)
		ids := make([]uint32, len(list))
		for i, k := range list {
			ids[i] = t.keyID(k)
		}
		for i := range ids {
			for j := i + 1; j < len(ids); j++ {
				t.together[[2]uint32{ids[i], ids[j]}]++
			}
		}
	}
	return t
}

func addMention(m map[EntityKey]*EntityCount, k EntityKey, form string, n int) {
	c := m[k]
	if c == nil {
		c = &EntityCount{Forms: map[string]int{}}
		m[k] = c
	}
	c.Mentions += n
	if form != "" {
		c.Forms[form] += n
	}
}

// mergeCounts adds src's counts to dst, its strings interned.
func (t *EntityTally) mergeCounts(dst, src map[EntityKey]*EntityCount) {
	for k, c := range src {
		if c == nil {
			continue
		}
		d := dst[k]
		if d == nil {
			k.Entity = t.intern(k.Entity)
			d = &EntityCount{Forms: map[string]int{}}
			dst[k] = d
		}
		d.Mentions += c.Mentions
		for f, n := range c.Forms {
			d.Forms[t.intern(f)] += n
		}
	}
}

// Merge adds o's counts to t.
func (t *EntityTally) Merge(o *EntityTally) {
	t.init()
	if o == nil {
		return
	}
	for id, m := range o.Speakers {
		if t.Speakers[id] == nil {
			t.Speakers[t.intern(id)] = map[EntityKey]*EntityCount{}
		}
		t.mergeCounts(t.Speakers[id], m)
	}
	t.mergeCounts(t.Editorial, o.Editorial)
	if o.together != nil {
		ids := make([]uint32, len(o.keys))
		for i, k := range o.keys {
			k.Entity = t.intern(k.Entity)
			ids[i] = t.keyID(k)
		}
		for k, n := range o.together {
			t.together[[2]uint32{ids[k[0]], ids[k[1]]}] += n
		}
	}
	for name, id := range o.People {
		t.People[t.intern(name)] = t.intern(id)
	}
}

// intern returns the tally's copy of s, making one if it has none. Every
// string the tally keeps goes through it: a document's strings are cut
// from its text, which a corpus's tally must not hold; and a map keeps the
// key of its latest assignment, not its first, so a copy made only for a
// new key would be replaced by the next document's.
func (t *EntityTally) intern(s string) string {
	if c, ok := t.strs[s]; ok {
		return c
	}
	c := strings.Clone(s)
	t.strs[c] = c
	return c
}

// keyID returns k's index in t.keys, adding it if new.
func (t *EntityTally) keyID(k EntityKey) uint32 {
	id, ok := t.keyIDs[k]
	if !ok {
		id = uint32(len(t.keys))
		t.keyIDs[k] = id
		t.keys = append(t.keys, k)
	}
	return id
}

// Together returns the number of turns that mention both entities.
func (t *EntityTally) Together(a, b EntityKey) int {
	if less(b, a) {
		a, b = b, a
	}
	ia, ok := t.keyIDs[a]
	ib, ok2 := t.keyIDs[b]
	if !ok || !ok2 {
		return 0
	}
	return t.together[[2]uint32{ia, ib}]
}

func less(a, b EntityKey) bool {
	if a.Entity != b.Entity {
		return a.Entity < b.Entity
	}
	return a.Label < b.Label
}

func sortedKeys(set map[EntityKey]bool) []EntityKey {
	list := make([]EntityKey, 0, len(set))
	for k := range set {
		list = append(list, k)
	}
	sort.Slice(list, func(i, j int) bool { return less(list[i], list[j]) })
	return list
}

// EntityRow is one speaker's mentions of one entity.
type EntityRow struct {
	Speaker string // ID; "" for the editorial notes
	EntityKey
	Mentions int
	// Forms are the forms written, most frequent first.
	Forms []string
}

// SpeakerEntities returns each speaker's entities, most mentioned first
// (ties by name, then label), speakers in the order given; top limits the
// rows per speaker (0: all).
func (t *EntityTally) SpeakerEntities(speakers []string, top int) []EntityRow {
	var out []EntityRow
	for _, id := range speakers {
		out = append(out, rows(id, t.Speakers[id], top)...)
	}
	return out
}

func rows(id string, m map[EntityKey]*EntityCount, top int) []EntityRow {
	var rs []EntityRow
	for k, c := range m {
		rs = append(rs, EntityRow{Speaker: id, EntityKey: k, Mentions: c.Mentions, Forms: rankCounts(c.Forms)})
	}
	sort.Slice(rs, func(i, j int) bool {
		if rs[i].Mentions != rs[j].Mentions {
			return rs[i].Mentions > rs[j].Mentions
		}
		return less(rs[i].EntityKey, rs[j].EntityKey)
	})
	if top > 0 && len(rs) > top {
		rs = rs[:top]
	}
	return rs
}

// EditorialRows returns the footnotes' entities, most mentioned first.
func (t *EntityTally) EditorialRows() []EntityRow {
	return rows("", t.Editorial, 0)
}

// EditorialOnly returns the entities the footnotes name and no one
// mentions in speech, most mentioned first.
func (t *EntityTally) EditorialOnly() []EntityRow {
	spoken := map[EntityKey]bool{}
	for _, m := range t.Speakers {
		for k := range m {
			spoken[k] = true
		}
	}
	only := map[EntityKey]*EntityCount{}
	for k, c := range t.Editorial {
		if !spoken[k] {
			only[k] = c
		}
	}
	return rows("", only, 0)
}

// Mentioning is one cell of the who-mentions-whom network: how often one
// speaker names another.
type Mentioning struct {
	From, To string // speaker IDs
	Mentions int
}

// Network returns who names whom among the speakers: for each speaker, the
// mentions of each other speaker in their speech, in the order of
// speakers, then of the one named. A speaker's own name in their turn is
// the framing of reported speech and is not counted (the entities stage
// drops it).
func (t *EntityTally) Network(speakers []string) []Mentioning {
	rank := make(map[string]int, len(speakers))
	for i, id := range speakers {
		if _, ok := rank[id]; !ok {
			rank[id] = i
		}
	}
	var out []Mentioning
	for _, from := range speakers {
		// Each speaker's mentions are read once, not once per speaker
		// they might name: a corpus of thousands of speakers.
		named := map[int]int{} // rank of the speaker named -> mentions
		for k, c := range t.Speakers[from] {
			if k.Label != corpus.Person {
				continue
			}
			if to, ok := t.People[k.Entity]; ok {
				if r, ok := rank[to]; ok {
					named[r] += c.Mentions
				}
			}
		}
		ranks := make([]int, 0, len(named))
		for r, n := range named {
			if n > 0 {
				ranks = append(ranks, r)
			}
		}
		sort.Ints(ranks)
		for _, r := range ranks {
			out = append(out, Mentioning{From: from, To: speakers[r], Mentions: named[r]})
		}
	}
	return out
}

// Pair is two entities named in the same turns.
type Pair struct {
	A, B  EntityKey
	Turns int
}

// CoOccurrences returns the entity pairs named together in at least
// minTurns turns, most turns first (ties by names); top limits them (0:
// all).
func (t *EntityTally) CoOccurrences(minTurns, top int) []Pair {
	var out []Pair
	for k, n := range t.together {
		if n >= minTurns {
			out = append(out, Pair{A: t.keys[k[0]], B: t.keys[k[1]], Turns: n})
		}
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		switch {
		case a.Turns != b.Turns:
			return a.Turns > b.Turns
		case a.A != b.A:
			return less(a.A, b.A)
		}
		return less(a.B, b.B)
	})
	if top > 0 && len(out) > top {
		out = out[:top]
	}
	return out
}

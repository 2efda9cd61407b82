package analysis

import (
	"reflect"
	"testing"

	"parley/corpus"
)

// entityDoc builds a document with mentions by hand: ann names bob and
// Britain in turn 1, bob names ann and Britain twice in turn 2 (once as
// "UK"), a footnote names Beria.
func entityDoc() *corpus.Document {
	m := func(turn int, speaker, text, entity string, label corpus.EntityLabel) corpus.Mention {
		return corpus.Mention{Text: text, Entity: entity, Label: label, Turn: turn, Speaker: speaker}
	}
	return &corpus.Document{
		Speakers: []corpus.Speaker{{ID: "ann", Name: "Ann"}, {ID: "bob", Name: "Bob"}},
		Mentions: []corpus.Mention{
			m(1, "ann", "Bob", "Bob", corpus.Person),
			m(1, "ann", "Britain", "Britain", corpus.Place),
			m(2, "bob", "Ann", "Ann", corpus.Person),
			m(2, "bob", "Britain", "Britain", corpus.Place),
			m(2, "bob", "UK", "Britain", corpus.Place),
		},
		EditorialMentions: []corpus.Mention{{Text: "Beria", Entity: "Beria", Label: corpus.Person, Note: 2}},
	}
}

func TestEntityTally(t *testing.T) {
	tl := CountEntities(entityDoc())
	rows := tl.SpeakerEntities([]string{"bob", "ann"}, 0)
	var got []string
	for _, r := range rows {
		got = append(got, r.Speaker+":"+r.Entity+"/"+string(r.Label))
	}
	want := []string{"bob:Britain/place", "bob:Ann/person", "ann:Bob/person", "ann:Britain/place"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("rows %v, want %v", got, want)
	}
	if rows[0].Mentions != 2 || !reflect.DeepEqual(rows[0].Forms, []string{"Britain", "UK"}) {
		t.Errorf("bob's Britain: %+v", rows[0])
	}
	net := tl.Network([]string{"ann", "bob"})
	if !reflect.DeepEqual(net, []Mentioning{{"ann", "bob", 1}, {"bob", "ann", 1}}) {
		t.Errorf("network %+v", net)
	}
	pairs := tl.CoOccurrences(1, 0)
	if len(pairs) != 2 || pairs[0].A.Entity != "Ann" || pairs[0].B.Entity != "Britain" || pairs[0].Turns != 1 {
		t.Errorf("pairs %+v", pairs)
	}
	only := tl.EditorialOnly()
	if len(only) != 1 || only[0].Entity != "Beria" {
		t.Errorf("editorial only %+v", only)
	}
	// Merging a tally with itself doubles every count.
	var m EntityTally
	m.Merge(tl)
	m.Merge(tl)
	if n := m.Speakers["bob"][EntityKey{"Britain", corpus.Place}].Mentions; n != 4 {
		t.Errorf("merged bob's Britain %d, want 4", n)
	}
	if n := m.Together(EntityKey{"Britain", corpus.Place}, EntityKey{"Ann", corpus.Person}); n != 2 {
		t.Errorf("merged pairs: Ann and Britain together in %d turns, want 2", n)
	}
	m.Merge(nil)
	m.Merge(&EntityTally{})
}

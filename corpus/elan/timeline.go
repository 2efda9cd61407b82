package elan

import (
	"sort"

	"parley/corpus"
)

// The formats of tiers (ELAN, EXMARaLDA, Praat) hold each speaker's
// speech on a tier of its own, one tier after another, so the file's
// order is not the conversation's. The utterances of all tiers are put in
// time order before the Builder joins them into turns, and the notes are
// placed in turns by what they annotate or by their time, not by where
// they stand in the file. (This file is the same in corpus/elan,
// corpus/exmaralda and corpus/textgrid, which may not import one another.)

// timedUtterance is an utterance of a tier before the tiers are merged.
type timedUtterance struct {
	speaker string // the speaker's name as written
	u       corpus.Utterance
	// key and end are where the utterance starts and ends in the file's
	// order of time (seconds, or a timeline's points); tier is the tier's
	// place in the file, which orders utterances that start together.
	key, end float64
	tier     int
}

// timedNote is a note of a tier and what places it in a turn.
type timedNote struct {
	note corpus.Note
	// owner is the index, among the utterances given to buildTimed, of
	// the utterance the note annotates; -1 for none.
	owner int
	// speaker is the speaker whose tier the note is on, "" for none; key
	// its start in the order of time, if timed.
	speaker string
	key     float64
	timed   bool
}

// buildTimed adds the utterances to b in time order (by key; of those
// that start together, the speaker's who was speaking first, then by tier
// and place in the file) and the notes, finishes the document, and
// places each note in a turn: a note inside an utterance's Text in that
// utterance's turn (or where its time puts it, if the utterance made
// none); a note that annotates an utterance in its turn; any other timed
// note in the turn of the speaker's own utterance under way at its time,
// else of the utterance under way then (the last begun, if several), else
// of the last utterance begun by then; a note before every utterance, or
// without a time, in none. A turn's lines are the first and last of its
// utterances wherever they stand. emptyMsg is the error for a document
// without speech.
func buildTimed(b *corpus.Builder, utts []timedUtterance, notes []timedNote, emptyMsg string) (*corpus.Document, error) {
	order := make([]int, len(utts))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool {
		a, c := utts[order[i]], utts[order[j]]
		if a.key != c.key {
			return a.key < c.key
		}
		if a.tier != c.tier {
			return a.tier < c.tier
		}
		return a.u.Text.Start < c.u.Text.Start
	})
	// Of utterances that start together, the speaker already speaking
	// (the last to have said a word) goes on first.
	src, current := b.Source(), ""
	for i := 0; i < len(order); {
		j := i
		for j < len(order) && utts[order[j]].key == utts[order[i]].key {
			j++
		}
		group := order[i:j]
		sort.SliceStable(group, func(x, y int) bool {
			return utts[group[x]].speaker == current && utts[group[y]].speaker != current
		})
		for _, k := range group {
			if corpus.HasWord(src, utts[k].u.Speech) {
				current = utts[k].speaker
			}
		}
		i = j
	}
	for _, i := range order {
		b.Add(utts[i].speaker, utts[i].u, utts[i].u.Text)
	}
	for _, n := range notes {
		b.AddNotes(n.note)
	}
	d, err := b.Document(emptyMsg)
	if err != nil {
		return nil, err
	}
	placeTimed(d, utts, notes)
	return d, nil
}

// keptUtterance is an utterance that made it into a turn.
type keptUtterance struct {
	text     corpus.Span
	turn     int // 1-based
	key, end float64
}

func placeTimed(d *corpus.Document, utts []timedUtterance, notes []timedNote) {
	byText := make(map[int]int, len(utts)) // Text.Start -> index in utts
	for i, u := range utts {
		byText[u.u.Text.Start] = i
	}
	var kept []keptUtterance               // in document (time) order
	bySpeaker := map[string][]int{}        // speaker as written -> indexes in kept
	turnOf := make(map[int]int, len(utts)) // index in utts -> turn
	for k := range d.Turns {
		t := &d.Turns[k]
		for j, u := range t.Utterances {
			i := byText[u.Text.Start]
			turnOf[i] = t.Index
			bySpeaker[utts[i].speaker] = append(bySpeaker[utts[i].speaker], len(kept))
			kept = append(kept, keptUtterance{text: u.Text, turn: t.Index, key: utts[i].key, end: utts[i].end})
			first, last := d.Line(u.Text.Start), d.Line(max(u.Text.End-1, u.Text.Start))
			if j == 0 || first < t.FirstLine {
				t.FirstLine = first
			}
			if j == 0 || last > t.LastLine {
				t.LastLine = last
			}
		}
	}
	inSource := make([]int, len(utts)) // indexes in utts, by Text
	for i := range inSource {
		inSource[i] = i
	}
	sort.Slice(inSource, func(i, j int) bool { return utts[inSource[i]].u.Text.Start < utts[inSource[j]].u.Text.Start })

	// lastBegun returns the index in kept of the last utterance of ks (a
	// list of indexes in kept) begun by key, or -1.
	lastBegun := func(ks []int, key float64) int {
		k := sort.Search(len(ks), func(i int) bool { return kept[ks[i]].key > key }) - 1
		if k < 0 {
			return -1
		}
		return ks[k]
	}
	all := make([]int, len(kept))
	for i := range all {
		all[i] = i
	}
	// running[j] is the latest end of kept[0..j]: while it is past a
	// time, an utterance begun by kept[j] is still under way then.
	running := make([]float64, len(kept))
	for j, u := range kept {
		running[j] = u.end
		if j > 0 {
			running[j] = max(running[j], running[j-1])
		}
	}
	byTime := func(speaker string, key float64) int {
		if k := lastBegun(bySpeaker[speaker], key); speaker != "" && k >= 0 && kept[k].end > key {
			return kept[k].turn
		}
		k := lastBegun(all, key)
		if k < 0 {
			return 0
		}
		for j := k; j >= 0 && running[j] > key; j-- {
			if kept[j].end > key {
				return kept[j].turn
			}
		}
		return kept[k].turn
	}

	info := make(map[corpus.Span]timedNote, len(notes))
	for _, n := range notes {
		if _, ok := info[n.note.Anchor]; !ok {
			info[n.note.Anchor] = n
		}
	}
	for i := range d.Notes {
		n := &d.Notes[i]
		n.Turn = 0
		at := n.Anchor.Start
		// A note inside an utterance (a bracket in its speech) is in its
		// turn, or if it made none, where its time puts it.
		if k := sort.Search(len(inSource), func(k int) bool { return utts[inSource[k]].u.Text.End > at }); k < len(inSource) && utts[inSource[k]].u.Text.Start <= at {
			i := inSource[k]
			if n.Turn = turnOf[i]; n.Turn == 0 {
				n.Turn = byTime(utts[i].speaker, utts[i].key)
			}
			continue
		}
		tn, ok := info[n.Anchor]
		switch {
		case !ok:
		case tn.owner >= 0 && turnOf[tn.owner] > 0:
			n.Turn = turnOf[tn.owner]
		case tn.timed:
			n.Turn = byTime(tn.speaker, tn.key)
		}
	}
}

package corpus

import "sort"

// The formats of tiers (ELAN, EXMARaLDA, Praat) hold each speaker's
// speech on a tier of its own, one tier after another, so the file's
// order is not the conversation's. Their readers give the utterances and
// notes of every tier to Builder.DocumentInTimeOrder, which puts the
// utterances in time order before the turns are made, and places the
// notes in turns by what they annotate or by their time, not by where
// they stand in the file.

// TierUtterance is an utterance of one tier of a file of tiers, before the
// tiers are merged.
type TierUtterance struct {
	// Speaker is the speaker's name as written, as Builder.Add takes it.
	Speaker   string
	Utterance Utterance
	// From and To are where the utterance starts and ends in the file's
	// order of time: seconds, or any numbers that order as the times do
	// (the points of a timeline). Utterance.Start and End are not read.
	From, To float64
	// Tier is the tier's place in the file, which orders utterances that
	// start together.
	Tier int
}

// TierNote is a note of a tier, with what places it in a turn. The zero
// value but for Note is a note that annotates no utterance and has no
// time, which DocumentInTimeOrder puts in no turn unless it stands inside
// an utterance's Text.
type TierNote struct {
	Note Note
	// Annotates is the utterance the note annotates, counted from 1 among
	// those given to DocumentInTimeOrder (Note.Turn's count); 0 for none.
	Annotates int
	// Speaker is the speaker whose tier the note is on (as written), ""
	// for none.
	Speaker string
	// At is the note's start in the order of time of TierUtterance.From;
	// it is read only where Timed is set.
	At    float64
	Timed bool
}

// DocumentInTimeOrder is Document for a file of tiers: it adds the
// utterances to b in time order and the notes, finishes the document as
// Document does (emptyMsg is the error for a document without speech),
// and then places each note in a turn and sets the turns' lines. b must
// hold no utterance added otherwise (its notes, as FieldNotes and AddNotes
// give them, stay), and no two utterances' Texts may start at one offset.
//
// The utterances go in by From; of those that start together, first the
// speaker's who was already speaking (the last, in that order, to have
// said a word), then by Tier, then by where Text starts in the file.
//
// A note inside an utterance's Text (a bracket in its speech) is in that
// utterance's turn, or where the utterance's time puts it if it made none.
// Any other note is placed by its TierNote, the first given with its
// Anchor: a note that annotates an utterance that made a turn is in that
// turn; else a timed note is in the turn of its speaker's own utterance
// under way at its time, else of the utterance under way then (the last
// begun, if several), else of the last utterance begun by then; a note
// before every utterance, or without a time, is in none (Turn 0).
//
// A turn's lines are the first and the last of its utterances', wherever
// they stand in the file.
func (b *Builder) DocumentInTimeOrder(utts []TierUtterance, notes []TierNote, emptyMsg string) (*Document, error) {
	order := make([]int, len(utts))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool {
		a, c := utts[order[i]], utts[order[j]]
		if a.From != c.From {
			return a.From < c.From
		}
		if a.Tier != c.Tier {
			return a.Tier < c.Tier
		}
		return a.Utterance.Text.Start < c.Utterance.Text.Start
	})
	// Of utterances that start together, the speaker already speaking
	// (the last to have said a word) goes on first.
	src, current := b.Source(), ""
	for i := 0; i < len(order); {
		j := i
		for j < len(order) && utts[order[j]].From == utts[order[i]].From {
			j++
		}
		group := order[i:j]
		sort.SliceStable(group, func(x, y int) bool {
			return utts[group[x]].Speaker == current && utts[group[y]].Speaker != current
		})
		for _, k := range group {
			if HasWord(src, utts[k].Utterance.Speech) {
				current = utts[k].Speaker
			}
		}
		i = j
	}
	for _, i := range order {
		b.Add(utts[i].Speaker, utts[i].Utterance, utts[i].Utterance.Text)
	}
	for _, n := range notes {
		b.AddNotes(n.Note)
	}
	d, err := b.Document(emptyMsg)
	if err != nil {
		return nil, err
	}
	placeInTime(d, utts, notes)
	return d, nil
}

// keptUtterance is an utterance that made it into a turn.
type keptUtterance struct {
	text     Span
	turn     int // 1-based
	from, to float64
}

// placeInTime sets the lines of d's turns and the turns of its notes, as
// DocumentInTimeOrder says, for the utterances and notes it was given.
func placeInTime(d *Document, utts []TierUtterance, notes []TierNote) {
	byText := make(map[int]int, len(utts)) // Text.Start -> index in utts
	for i, u := range utts {
		byText[u.Utterance.Text.Start] = i
	}
	var kept []keptUtterance               // in document (time) order
	bySpeaker := map[string][]int{}        // speaker as written -> indexes in kept
	turnOf := make(map[int]int, len(utts)) // index in utts -> turn
	for k := range d.Turns {
		t := &d.Turns[k]
		for j, u := range t.Utterances {
			i := byText[u.Text.Start]
			turnOf[i] = t.Index
			bySpeaker[utts[i].Speaker] = append(bySpeaker[utts[i].Speaker], len(kept))
			kept = append(kept, keptUtterance{text: u.Text, turn: t.Index, from: utts[i].From, to: utts[i].To})
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
	sort.Slice(inSource, func(i, j int) bool {
		return utts[inSource[i]].Utterance.Text.Start < utts[inSource[j]].Utterance.Text.Start
	})

	// lastBegun returns the index in kept of the last utterance of ks (a
	// list of indexes in kept) begun by at, or -1.
	lastBegun := func(ks []int, at float64) int {
		k := sort.Search(len(ks), func(i int) bool { return kept[ks[i]].from > at }) - 1
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
		running[j] = u.to
		if j > 0 {
			running[j] = max(running[j], running[j-1])
		}
	}
	byTime := func(speaker string, at float64) int {
		if k := lastBegun(bySpeaker[speaker], at); speaker != "" && k >= 0 && kept[k].to > at {
			return kept[k].turn
		}
		k := lastBegun(all, at)
		if k < 0 {
			return 0
		}
		for j := k; j >= 0 && running[j] > at; j-- {
			if kept[j].to > at {
				return kept[j].turn
			}
		}
		return kept[k].turn
	}

	info := make(map[Span]TierNote, len(notes))
	for _, n := range notes {
		if _, ok := info[n.Note.Anchor]; !ok {
			info[n.Note.Anchor] = n
		}
	}
	for i := range d.Notes {
		n := &d.Notes[i]
		n.Turn = 0
		at := n.Anchor.Start
		// A note inside an utterance (a bracket in its speech) is in its
		// turn, or if it made none, where its time puts it.
		if k := sort.Search(len(inSource), func(k int) bool { return utts[inSource[k]].Utterance.Text.End > at }); k < len(inSource) && utts[inSource[k]].Utterance.Text.Start <= at {
			i := inSource[k]
			if n.Turn = turnOf[i]; n.Turn == 0 {
				n.Turn = byTime(utts[i].Speaker, utts[i].From)
			}
			continue
		}
		tn, ok := info[n.Anchor]
		switch {
		case !ok:
		case tn.Annotates > 0 && turnOf[tn.Annotates-1] > 0:
			n.Turn = turnOf[tn.Annotates-1]
		case tn.Timed:
			n.Turn = byTime(tn.Speaker, tn.At)
		}
	}
}

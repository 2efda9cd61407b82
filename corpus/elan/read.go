package elan

import (
	"encoding/xml"
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"

	"parley/corpus"
)

// Format is the reader's name, as --format takes it and Document.Format
// records it.
const Format = "elan"

// Read reads an ELAN annotation document (.eaf, EAF 2.x and 3.x). name is
// used in errors and outputs only; opt is not consulted.
//
// The rules:
//
//  1. The root is <ANNOTATION_DOCUMENT>. The <TIME_ORDER>'s <TIME_SLOT>s
//     give the times, in the HEADER's TIME_UNITS (milliseconds unless it
//     says "PAL-frames", 25 a second, or "NTSC-frames", 29.97). A slot
//     without a TIME_VALUE (unaligned) takes, as a start, the time of the
//     last slot before it in the TIME_ORDER that has one, and as an end
//     the time of the first after it.
//  2. A <TIER> without PARENT_REF is independent; one with it depends on
//     the tier it names. An independent tier is a speaker's speech unless
//     its TIER_ID or LINGUISTIC_TYPE_REF has a word that names a layer of
//     annotation rather than speech ("gestures", "words", "pos", "phones",
//     "translation", "comments", "notes"...; see layerWords). Its speaker
//     is its PARTICIPANT, or the TIER_ID where PARTICIPANT is empty
//     ("K-Spch"; the tier "default", which ELAN makes for a new document,
//     is the speech of "Unknown"); tiers of one PARTICIPANT are one
//     speaker. A tier's ID and type are read as words, split at what is
//     not a letter or digit and where a capital follows a small letter
//     ("orthT" is "orth", "t"). Every other tier is annotation.
//  3. Each annotation of a speech tier (an <ALIGNABLE_ANNOTATION>, from
//     TIME_SLOT_REF1 to TIME_SLOT_REF2) is one utterance: its cue the
//     start tag, its Text the element, its speech the text of its
//     <ANNOTATION_VALUE>, its Start and End in seconds and its Time
//     REF1's TIME_VALUE as written.
//     Where the value is empty but a dependent tier of words or tokens
//     ("words", "tokens"; see wordTierWords) holds words under it, those
//     words are its speech, joined in file order: its cue is the first
//     word's start tag and its Text runs from the first word's
//     annotation to the last's (which must follow one another in the
//     file).
//     A speech tier of reference labels (its ID or type has "ref", as
//     Toolbox, FLEx and language-documentation corpora name it,
//     "ref@JAI" with values such as "KIL061212_001") that has a tier of
//     text or of words below it is spoken the same way whatever its
//     values hold: its speech is the annotations under it on the first
//     tier below of text ("orth", "tx", "transcription"...; see
//     textTierWords), else of words; the label is no one's speech, and an
//     annotation with nothing under it is no utterance. Without a
//     PARTICIPANT, its speaker is the part of a layer@speaker TIER_ID after
//     the "@" ("ref@JAI" is JAI's).
//  4. The utterances of all speech tiers are merged in time order (by
//     start; of those that start together, the speaker's who was
//     speaking first, then by the tiers' order in the file), so that overlapping
//     speech of two speakers gives alternating turns by start;
//     consecutive utterances of one speaker make one turn.
//  5. Bracketed insertions ("[laughs]") and parenthesised stage directions
//     ("(inaudible)", "((coughs))") in speech are notes; character and
//     entity references ("&apos;", as ELAN writes every apostrophe) are
//     markup, cut from speech, so that a word written with one
//     ("that&apos;s") is in two pieces, "that" and "s".
//  6. Each annotation value of every other tier is a note: of a gesture,
//     action, noise or event tier, or a tier below one, a stage note;
//     else (translations, glosses, parts of speech, words, phonetics,
//     comments) an editorial note. A <REF_ANNOTATION> annotates the
//     annotation its ANNOTATION_REF names, an alignable annotation of a
//     dependent tier the annotation of the parent tier under way at its
//     start; a note is in the turn of the speech it annotates, through
//     any number of tiers, else in the turn under way at its time.
//  7. The file has no title, and its DATE is when the file was saved,
//     not when the conversation was, so it is not the document's date.
//
// Malformed XML is an error on the line where the parser stopped. An
// annotation whose time slot or referent the file does not have, an
// ALIGNABLE_ANNOTATION without both slot references, a REF_ANNOTATION
// without ANNOTATION_REF, references or PARENT_REFs that run in a circle,
// a TIME_VALUE that is no number, unknown TIME_UNITS, and a file without
// a speech tier annotation that has words are errors.
func Read(name string, src []byte, opt corpus.Options) (*corpus.Document, error) {
	if err := corpus.CheckText(name, src); err != nil {
		return nil, err
	}
	text := string(src)
	doc, err := scanEAF(name, text)
	if err != nil {
		return nil, err
	}
	if err := doc.resolve(); err != nil {
		return nil, err
	}
	return doc.build()
}

// Detect is sure of a file whose root element is <ANNOTATION_DOCUMENT>,
// whatever its name, and takes any other .eaf file as one it could read.
func Detect(name string, src []byte) int {
	return corpus.DetectXMLRoot(name, src, "ANNOTATION_DOCUMENT", ".eaf")
}

// eafTier is a <TIER>.
type eafTier struct {
	id, participant, typ, parentID string
	off                            int   // where its start tag is, for errors
	parent                         int   // the parent tier's index, -1 for an independent tier
	anns                           []int // its annotations, in file order
	speech                         bool
	ref                            bool            // a speech tier of reference labels, its speech on a tier below (rule 3)
	kind                           corpus.NoteKind // of its annotations' notes, if not speech
}

// eafAnnotation is an ALIGNABLE_ANNOTATION or a REF_ANNOTATION.
type eafAnnotation struct {
	id       string
	tier     int
	pos      int             // its place among its tier's annotations
	tag      corpus.Span     // the start tag
	elem     corpus.Span     // the element
	values   [][]corpus.Span // the character data of each ANNOTATION_VALUE
	ts1, ts2 string          // an alignable annotation's slots
	ref      string          // a REF_ANNOTATION's referent
	aligned  bool            // an ALIGNABLE_ANNOTATION

	start, end float64 // seconds
	time       string  // the start slot's TIME_VALUE as written
	parent     int     // the annotation it annotates, -1 for none
	owner      int     // the speech annotation it is (or annotates), -1 for none
	state      int8    // resolving its time (timeOf): 0 not yet, 1 under way, 2 done; 3 its owner too (ownerOf)
}

// eafSlot is a TIME_SLOT.
type eafSlot struct {
	value   string // as written, "" if unaligned
	off     int    // where its tag is; its line is counted for an error only, a file having thousands of slots
	seconds float64
	has     bool
}

// eafDoc is what the scanner found in the file.
type eafDoc struct {
	name, text string
	units      string
	unitsLine  int
	slots      []eafSlot
	slotIndex  map[string]int
	tiers      []eafTier
	anns       []eafAnnotation
	annIndex   map[string]int
	// before and after give, for each slot, the time in seconds of the
	// last aligned slot at or before it and of the first at or after it.
	before, after []float64
}

func (d *eafDoc) fail(off int, format string, args ...any) error {
	return &corpus.InputError{File: d.name, Line: corpus.LineAt(d.text, off), Msg: fmt.Sprintf(format, args...)}
}

// scanEAF reads the file's elements once.
func scanEAF(name, text string) (*eafDoc, error) {
	d := &eafDoc{name: name, text: text, slotIndex: map[string]int{}, annIndex: map[string]int{}}
	sc := corpus.NewXMLScanner(text)
	type frame struct {
		name  string
		start int
	}
	var stack []frame
	tier, ann, value := -1, -1, -1 // the open ones, -1 for none
	for seen := false; ; {
		tok, raw, err := sc.Next()
		if err == io.EOF {
			if !seen {
				return nil, &corpus.InputError{File: name, Msg: "no XML elements: an ELAN file is an <ANNOTATION_DOCUMENT>"}
			}
			return d, nil
		}
		if err != nil {
			return nil, sc.Error(name, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			el := t.Name.Local
			if !seen && el != "ANNOTATION_DOCUMENT" {
				return nil, d.fail(raw.Start, "not an ELAN file: the root element is <%s>, not <ANNOTATION_DOCUMENT>", el)
			}
			seen = true
			stack = append(stack, frame{el, raw.Start})
			attr := func(a string) string { v, _ := corpus.XMLAttr(t, a); return v }
			switch {
			case el == "HEADER" && d.unitsLine == 0:
				d.units, d.unitsLine = attr("TIME_UNITS"), corpus.LineAt(text, raw.Start)
			case el == "TIME_SLOT":
				id := attr("TIME_SLOT_ID")
				if _, dup := d.slotIndex[id]; !dup {
					d.slotIndex[id] = len(d.slots)
				}
				v, has := corpus.XMLAttr(t, "TIME_VALUE")
				d.slots = append(d.slots, eafSlot{value: strings.TrimSpace(v), off: raw.Start, has: has})
			case el == "TIER" && tier < 0:
				tier = len(d.tiers)
				d.tiers = append(d.tiers, eafTier{
					id: attr("TIER_ID"), participant: strings.TrimSpace(attr("PARTICIPANT")), typ: attr("LINGUISTIC_TYPE_REF"),
					parentID: attr("PARENT_REF"), off: raw.Start, parent: -1,
				})
			case (el == "ALIGNABLE_ANNOTATION" || el == "REF_ANNOTATION") && tier >= 0 && ann < 0:
				ann = len(d.anns)
				a := eafAnnotation{id: attr("ANNOTATION_ID"), tier: tier, pos: len(d.tiers[tier].anns), tag: raw, aligned: el == "ALIGNABLE_ANNOTATION", parent: -1, owner: -1}
				if a.aligned {
					a.ts1, a.ts2 = attr("TIME_SLOT_REF1"), attr("TIME_SLOT_REF2")
					if a.ts1 == "" || a.ts2 == "" {
						return nil, d.fail(raw.Start, "an ALIGNABLE_ANNOTATION needs TIME_SLOT_REF1 and TIME_SLOT_REF2")
					}
				} else if a.ref = attr("ANNOTATION_REF"); a.ref == "" {
					return nil, d.fail(raw.Start, "a REF_ANNOTATION needs an ANNOTATION_REF")
				}
				if _, dup := d.annIndex[a.id]; !dup && a.id != "" {
					d.annIndex[a.id] = ann
				}
				d.anns = append(d.anns, a)
				d.tiers[tier].anns = append(d.tiers[tier].anns, ann)
			case el == "ANNOTATION_VALUE" && ann >= 0 && value < 0:
				value = len(stack)
				d.anns[ann].values = append(d.anns[ann].values, nil)
			}
		case xml.EndElement:
			if len(stack) == 0 {
				continue // the decoder does not let this happen
			}
			open := stack[len(stack)-1]
			switch {
			case len(stack) == value:
				value = -1
			case ann >= 0 && (open.name == "ALIGNABLE_ANNOTATION" || open.name == "REF_ANNOTATION"):
				d.anns[ann].elem = corpus.Span{Start: open.start, End: raw.End}
				ann = -1
			case tier >= 0 && open.name == "TIER":
				tier = -1
			}
			stack = stack[:len(stack)-1]
		case xml.CharData:
			if value >= 0 && len(stack) == value {
				a := &d.anns[ann]
				a.values[len(a.values)-1] = append(a.values[len(a.values)-1], corpus.XMLCharData(text, raw))
			}
		}
	}
}

// unitSeconds returns the length in seconds of one of the TIME_UNITS.
func (d *eafDoc) unitSeconds() (float64, error) {
	switch strings.ToLower(strings.TrimSpace(d.units)) {
	case "", "milliseconds":
		return 0.001, nil
	case "pal-frames":
		return 1.0 / 25, nil
	case "ntsc-frames":
		return 1 / 29.97, nil
	}
	return 0, &corpus.InputError{File: d.name, Line: d.unitsLine, Msg: fmt.Sprintf("TIME_UNITS %q: parley reads milliseconds, PAL-frames and NTSC-frames", d.units)}
}

// resolve sets the tiers' parents and kinds and the annotations' times,
// parents and owners (rules 1, 2 and 6).
func (d *eafDoc) resolve() error {
	unit, err := d.unitSeconds()
	if err != nil {
		return err
	}
	for i := range d.slots {
		s := &d.slots[i]
		if s.has && s.value != "" {
			v, err := strconv.ParseFloat(s.value, 64)
			if err != nil || math.IsInf(v, 0) || math.IsNaN(v) {
				return d.fail(s.off, "TIME_VALUE %q is no number", s.value)
			}
			s.seconds = v * unit
		} else {
			s.has = false
		}
	}
	n := len(d.slots)
	d.before, d.after = make([]float64, n), make([]float64, n)
	hasBefore, hasAfter := make([]bool, n), make([]bool, n)
	for i, s := range d.slots {
		switch {
		case s.has:
			d.before[i], hasBefore[i] = s.seconds, true
		case i > 0:
			d.before[i], hasBefore[i] = d.before[i-1], hasBefore[i-1]
		}
	}
	for i := n - 1; i >= 0; i-- {
		switch {
		case d.slots[i].has:
			d.after[i], hasAfter[i] = d.slots[i].seconds, true
		case i < n-1:
			d.after[i], hasAfter[i] = d.after[i+1], hasAfter[i+1]
		}
	}
	for i := range d.slots {
		switch {
		case !hasBefore[i]:
			d.before[i] = d.after[i] // 0 if no slot is aligned
		case !hasAfter[i]:
			d.after[i] = d.before[i]
		}
	}

	byID := map[string]int{}
	for i, t := range d.tiers {
		if _, dup := byID[t.id]; !dup {
			byID[t.id] = i
		}
	}
	for i := range d.tiers {
		t := &d.tiers[i]
		if t.parentID == "" {
			continue
		}
		p, ok := byID[t.parentID]
		if !ok {
			return d.fail(t.off, "PARENT_REF %q of tier %q names no tier", t.parentID, t.id)
		}
		t.parent = p
	}
	for i := range d.tiers {
		// A chain of parents longer than the tiers runs in a circle.
		stage := false
		p := i
		for n := 0; p >= 0; n++ {
			if n > len(d.tiers) {
				return d.fail(d.tiers[i].off, "the PARENT_REFs of tier %q run in a circle", d.tiers[i].id)
			}
			stage = stage || hasWordOf(stageWords, d.tiers[p].id, d.tiers[p].typ)
			p = d.tiers[p].parent
		}
		t := &d.tiers[i]
		t.speech = t.parent < 0 && !hasWordOf(layerWords, t.id, t.typ)
		t.kind = corpus.Editorial
		if stage {
			t.kind = corpus.Stage
		}
	}
	for i := range d.tiers {
		t := &d.tiers[i]
		t.ref = t.speech && hasWordOf(refWords, t.id, t.typ) && d.hasTierBelow(i, textTierWords, wordTierWords)
	}

	for i := range d.anns {
		if err := d.timeOf(i); err != nil {
			return err
		}
	}
	// An alignable annotation of a dependent tier annotates the parent
	// tier's annotation under way at its start: the last to start by then.
	starts := make([][]int, len(d.tiers)) // each tier's annotations by start
	for ti, t := range d.tiers {
		s := append([]int(nil), t.anns...)
		sort.SliceStable(s, func(i, j int) bool { return d.anns[s[i]].start < d.anns[s[j]].start })
		starts[ti] = s
	}
	for i := range d.anns {
		a := &d.anns[i]
		p := d.tiers[a.tier].parent
		if !a.aligned || p < 0 {
			continue
		}
		s := starts[p]
		k := sort.Search(len(s), func(k int) bool { return d.anns[s[k]].start > a.start }) - 1
		if k >= 0 {
			a.parent = s[k]
		}
	}
	for i := range d.anns {
		d.ownerOf(i, len(d.anns))
	}
	return nil
}

// timeOf sets annotation i's times: an alignable one's from its slots, a
// REF_ANNOTATION's from its referent's.
func (d *eafDoc) timeOf(i int) error {
	a := &d.anns[i]
	switch a.state {
	case 2:
		return nil
	case 1:
		return d.fail(a.tag.Start, "the ANNOTATION_REFs from annotation %q run in a circle", a.id)
	}
	a.state = 1
	if a.aligned {
		s1, ok1 := d.slotIndex[a.ts1]
		s2, ok2 := d.slotIndex[a.ts2]
		switch {
		case !ok1:
			return d.fail(a.tag.Start, "TIME_SLOT_REF1 %q names no TIME_SLOT", a.ts1)
		case !ok2:
			return d.fail(a.tag.Start, "TIME_SLOT_REF2 %q names no TIME_SLOT", a.ts2)
		}
		a.start, a.end = d.before[s1], d.after[s2]
		if d.slots[s1].has {
			a.time = d.slots[s1].value
		}
	} else {
		r, ok := d.annIndex[a.ref]
		if !ok {
			return d.fail(a.tag.Start, "ANNOTATION_REF %q names no annotation", a.ref)
		}
		if err := d.timeOf(r); err != nil {
			return err
		}
		a = &d.anns[i]
		a.start, a.end, a.time, a.parent = d.anns[r].start, d.anns[r].end, d.anns[r].time, r
	}
	a.state = 2
	return nil
}

// ownerOf sets and returns the speech annotation that annotation i is or
// annotates, through its parents; depth bounds the walk, so that parents
// in a circle (a REF_ANNOTATION of a tier's child) own nothing.
func (d *eafDoc) ownerOf(i, depth int) int {
	a := &d.anns[i]
	switch {
	case a.state == 3 || depth <= 0:
		return a.owner
	case d.tiers[a.tier].speech:
		a.owner = i
	case a.parent >= 0:
		a.owner = d.ownerOf(a.parent, depth-1)
	}
	a.state = 3
	return a.owner
}

// words reports whether an annotation's values hold a word.
func (d *eafDoc) words(a *eafAnnotation) bool {
	for _, v := range a.values {
		if corpus.HasWord(d.text, v) {
			return true
		}
	}
	return false
}

// fields returns the character data of an annotation's values.
func fields(a *eafAnnotation) []corpus.Span {
	var out []corpus.Span
	for _, v := range a.values {
		out = append(out, v...)
	}
	return out
}

// hasTierBelow reports whether a tier directly below tier ti has a word of
// one of the sets in its ID or type.
func (d *eafDoc) hasTierBelow(ti int, sets ...map[string]bool) bool {
	for _, set := range sets {
		for _, t := range d.tiers {
			if t.parent == ti && hasWordOf(set, t.id, t.typ) {
				return true
			}
		}
	}
	return false
}

// joinedWords returns the annotations below the speech annotation i that
// hold its speech (rule 3), in file order, or nil: those of the first tier
// directly below its own whose ID or type has a word of one of the sets
// (tried in order) and that hold words under it. They must follow one
// another in their tier, so that the utterance's Text, from the first to
// the last, holds no one else's.
func (d *eafDoc) joinedWords(i int, children map[int][]int, sets ...map[string]bool) []int {
	for _, set := range sets {
		for ti, t := range d.tiers {
			if t.parent != d.anns[i].tier || !hasWordOf(set, t.id, t.typ) {
				continue
			}
			var out []int
			words := false
			for _, c := range children[i] {
				if d.anns[c].tier == ti {
					out = append(out, c)
					words = words || d.words(&d.anns[c])
				}
			}
			sort.Ints(out)
			for k := 1; k < len(out); k++ {
				if d.anns[out[k]].pos != d.anns[out[k-1]].pos+1 {
					words = false // another's words among them: no one run of the file
				}
			}
			if words {
				return out
			}
		}
	}
	return nil
}

// build makes the document: the utterances, the notes, the turns.
func (d *eafDoc) build() (*corpus.Document, error) {
	text := d.text
	b := corpus.NewBuilder(d.name, Format, text)
	children := map[int][]int{} // annotation -> the annotations that annotate it
	for i, a := range d.anns {
		if a.parent >= 0 {
			children[a.parent] = append(children[a.parent], i)
		}
	}
	type plan struct {
		ann      int
		cue, txt corpus.Span
		fields   []corpus.Span
		speaker  string
	}
	var plans []plan
	asSpeech := map[int]bool{} // annotations of words read as speech
	var all []corpus.Span
	for i := range d.anns {
		a := &d.anns[i]
		t := d.tiers[a.tier]
		if !t.speech {
			continue
		}
		speaker := t.speakerName()
		p := plan{ann: i, cue: a.tag, txt: a.elem, fields: fields(a), speaker: speaker}
		var ws []int
		switch {
		case t.ref:
			// A reference label ("A_001") is no one's speech: the tier below
			// holds it, or the annotation has none.
			p.fields = nil
			ws = d.joinedWords(i, children, textTierWords, wordTierWords)
		case !d.words(a):
			ws = d.joinedWords(i, children, wordTierWords)
		}
		if ws != nil {
			first, last := d.anns[ws[0]], d.anns[ws[len(ws)-1]]
			p.cue, p.txt, p.fields = first.tag, corpus.Span{Start: first.tag.Start, End: max(last.elem.End, first.elem.End)}, nil
			for _, w := range ws {
				asSpeech[w] = true
				p.fields = append(p.fields, fields(&d.anns[w])...)
			}
		}
		all = append(all, p.fields...)
		plans = append(plans, p)
	}
	b.FieldNotes(all)

	uttOf := map[int]int{} // speech annotation -> its utterance, counted from 1 (TierNote.Annotates)
	var utts []corpus.TierUtterance
	for _, p := range plans {
		a := d.anns[p.ann]
		uttOf[p.ann] = len(utts) + 1
		utts = append(utts, corpus.TierUtterance{
			Speaker:   p.speaker,
			Utterance: corpus.Utterance{Cue: p.cue, CueName: p.speaker, Text: p.txt, Speech: b.XMLSpeech(p.fields), Time: a.time, Start: a.start, End: a.end},
			From:      a.start, To: a.end, Tier: a.tier,
		})
	}

	var notes []corpus.TierNote
	for i := range d.anns {
		a := &d.anns[i]
		t := d.tiers[a.tier]
		if t.speech || asSpeech[i] {
			continue
		}
		annotates, speaker := uttOf[a.owner], "" // 0 for an owner of -1
		if root := d.tiers[d.rootTier(a.tier)]; root.speech {
			speaker = root.speakerName()
		} else {
			speaker = root.participant
		}
		for _, v := range a.values {
			if len(v) == 0 {
				continue
			}
			anchor := corpus.TrimSpan(text, corpus.Span{Start: v[0].Start, End: v[len(v)-1].End})
			if anchor.Len() == 0 {
				continue
			}
			n := corpus.Note{Kind: t.kind, Anchor: anchor, Body: anchor, Extent: anchor}
			notes = append(notes, corpus.TierNote{Note: n, Annotates: annotates, Speaker: speaker, At: a.start, Timed: true})
		}
	}
	return b.DocumentInTimeOrder(utts, notes, "no speech: no annotation with words on a speaker's tier (an independent <TIER> that is not one of gestures, words, glosses or the like)")
}

// speakerName returns the name of a speech tier's speaker: its
// PARTICIPANT, else its TIER_ID; of a tier of reference labels named in
// the layer@speaker way ("ref@JAI"), the speaker after the "@". The tier
// ELAN gives a new document, "default", names no one: its speaker is
// "Unknown".
func (t eafTier) speakerName() string {
	if t.participant != "" {
		return t.participant
	}
	id := strings.TrimSpace(t.id)
	if layer, who, ok := strings.Cut(id, "@"); ok && t.ref && hasWordOf(refWords, layer) && strings.TrimSpace(who) != "" {
		return strings.TrimSpace(who)
	}
	if id == defaultTier {
		return "Unknown"
	}
	return id
}

// rootTier returns the independent tier above tier i (i itself if it is
// one).
func (d *eafDoc) rootTier(i int) int {
	for n := 0; d.tiers[i].parent >= 0 && n <= len(d.tiers); n++ {
		i = d.tiers[i].parent
	}
	return i
}

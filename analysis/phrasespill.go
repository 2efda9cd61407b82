package analysis

import (
	"bufio"
	"encoding/binary"
	"errors"
	"io"
	"os"
)

// A large corpus has millions of candidate phrases, most used once, and
// the forms and speakers of their uses are needed only for the few that
// rank at the top, which is known only once every document is counted.
// A spilling tally keeps each candidate's count in memory and writes the
// forms and speakers of its uses to a file, a document at a time (summed
// within the document); Phrases ranks the candidates by their counts and
// reads the file once for the uses of those it keeps. The phrases are
// the same as an in-memory tally's.

// phraseSpill is a spilling tally's file and counts.
type phraseSpill struct {
	path   string
	f      *os.File
	w      *bufio.Writer
	counts map[phraseKey]uint32
	// The uses of the document being counted, until flushed.
	forms    map[candForm]uint32
	speakers map[candSpeaker]uint32
	err      error
}

// spillRecord is the size of one record of the file: a kind (form or
// speaker), the candidate's key, the form's three words or the speaker,
// and the number of uses.
const spillRecord = 32

const (
	spillForm    = 0
	spillSpeaker = 1
)

// SpillUses makes p spill (see above) to a new file in dir (the system's
// temporary directory if ""); what p has counted so far goes to the file
// too. Call Close once its phrases are taken, to remove the file; Err
// reports a failure to write or read it.
func (p *PhraseTally) SpillUses(dir string) error {
	p.init()
	if p.spill != nil {
		return nil
	}
	f, err := os.CreateTemp(dir, "parley-phrases-*.bin")
	if err != nil {
		return err
	}
	s := &phraseSpill{path: f.Name(), f: f, w: bufio.NewWriterSize(f, 1<<20), counts: map[phraseKey]uint32{}}
	s.reset()
	for k, c := range p.cands {
		s.counts[k] += c.n
		if !c.spilled {
			s.forms[candForm{k, c.form}] += c.n
			s.speakers[candSpeaker{k, c.speaker}] += c.n
		}
	}
	for f, n := range p.formUses {
		s.forms[f] += uint32(n)
	}
	for sp, n := range p.speakerUses {
		s.speakers[sp] += uint32(n)
	}
	p.spill = s
	p.cands, p.formUses, p.speakerUses = map[phraseKey]phraseCount{}, map[candForm]int{}, map[candSpeaker]int{}
	s.flush()
	return s.err
}

// Err returns the first error writing or reading a spilling tally's file.
func (p *PhraseTally) Err() error {
	switch {
	case p == nil:
		return nil
	case p.err != nil:
		return p.err
	case p.spill != nil:
		return p.spill.err
	}
	return nil
}

// Close removes a spilling tally's file; its phrases cannot be taken
// afterwards. It does nothing to a tally that does not spill.
func (p *PhraseTally) Close() error {
	if p == nil || p.spill == nil {
		return nil
	}
	s := p.spill
	s.f.Close()
	err := os.Remove(s.path)
	if s.err == nil {
		s.err = errors.New("phrase tally closed")
	}
	return err
}

func (s *phraseSpill) reset() {
	s.forms, s.speakers = map[candForm]uint32{}, map[candSpeaker]uint32{}
}

// add counts n uses of a candidate in one form by one speaker.
func (s *phraseSpill) add(key, form phraseKey, speaker uint32, n uint32) {
	s.counts[key] += n
	s.forms[candForm{key, form}] += n
	s.speakers[candSpeaker{key, speaker}] += n
}

// flush writes the uses counted since the last flush.
func (s *phraseSpill) flush() {
	if s.err != nil {
		s.reset()
		return
	}
	var rec [spillRecord]byte
	put := func(kind uint32, key phraseKey, words [3]uint32, n uint32) {
		le := binary.LittleEndian
		le.PutUint32(rec[0:], kind)
		for i := range 3 {
			le.PutUint32(rec[4+4*i:], key[i])
			le.PutUint32(rec[16+4*i:], words[i])
		}
		le.PutUint32(rec[28:], n)
		if _, err := s.w.Write(rec[:]); err != nil && s.err == nil {
			s.err = err
		}
	}
	for f, n := range s.forms {
		put(spillForm, f.cand, f.form, n)
	}
	for sp, n := range s.speakers {
		put(spillSpeaker, sp.cand, [3]uint32{sp.speaker, 0, 0}, n)
	}
	s.reset()
}

// each calls fn for every record of the file, in the order written.
func (s *phraseSpill) each(fn func(kind uint32, key phraseKey, words [3]uint32, n uint32)) {
	s.flush()
	if s.err == nil {
		s.err = s.w.Flush()
	}
	if s.err != nil {
		return
	}
	r := bufio.NewReaderSize(io.NewSectionReader(s.f, 0, 1<<62), 1<<20)
	var rec [spillRecord]byte
	le := binary.LittleEndian
	for {
		if _, err := io.ReadFull(r, rec[:]); err != nil {
			if err != io.EOF {
				s.err = err
			}
			return
		}
		var key phraseKey
		var words [3]uint32
		for i := range 3 {
			key[i] = le.Uint32(rec[4+4*i:])
			words[i] = le.Uint32(rec[16+4*i:])
		}
		fn(le.Uint32(rec[0:]), key, words, le.Uint32(rec[28:]))
	}
}

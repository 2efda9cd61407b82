package deposition

import (
	"regexp"
	"strings"

	"parley/corpus"
)

// parsed is what the walk over the lines finds.
type parsed struct {
	cues  []cueAt
	notes []corpus.Note
	back  int // where the back matter starts; -1 for none
	title string
}

var whereuponRe = regexp.MustCompile(`^(?:WHEREUPON|Whereupon|P ?R ?O ?C ?E ?E ?D ?I ?N ?G ?S|\* \* \*|\*\*\*)[,:.]?$`)

// parse walks the lines of masked text, finding the cues, the notes and
// the back matter.
func parse(masked string, lines []line, numbered bool) parsed {
	p := parsed{back: -1}
	text := func(i int) string { return lines[i].text.In(masked) }
	note := func(kind corpus.NoteKind, s corpus.Span) {
		p.notes = append(p.notes, corpus.Note{Kind: kind, Anchor: s, Extent: s, Body: s})
	}
	// noteLines makes lines first..last one note, or on numbered pages one
	// note a line, so that no margin number stands inside a note's text.
	noteLines := func(kind corpus.NoteKind, first, last int, body func(corpus.Span) corpus.Span) {
		if !numbered || first == last {
			s := corpus.Span{Start: lines[first].text.Start, End: lines[last].text.End}
			p.notes = append(p.notes, corpus.Note{Kind: kind, Anchor: s, Extent: s, Body: body(s)})
			return
		}
		for j := first; j <= last; j++ {
			switch s := lines[j].text; {
			case s.Len() == 0:
			case lines[j].furniture:
				note(corpus.Editorial, s) // a page break inside
			default:
				p.notes = append(p.notes, corpus.Note{Kind: kind, Anchor: s, Extent: s, Body: body(s)})
			}
		}
	}
	same := func(s corpus.Span) corpus.Span { return s }
	inParens := func(s corpus.Span) corpus.Span {
		t := s.In(masked)
		from, to := s.Start, s.End
		if strings.HasPrefix(t, "(") {
			from++
		}
		if k := strings.LastIndexByte(t, ')'); k >= 0 {
			to = s.Start + k
		}
		return corpus.TrimSpan(masked, corpus.Span{Start: from, End: max(from, to)})
	}

	// Labels in capitals count as speakers when they recur; the cue form
	// of Q and A is the letter and one space only where no other is used.
	labels := map[string]int{}
	periods := map[string]int{} // "Mr. Smith." labels
	dotted, single := 0, 0
	for i, l := range lines {
		if l.furniture {
			continue
		}
		t := text(i)
		if m := labelRe.FindStringSubmatch(t); m != nil && classify(m[1]) == maybe {
			labels[strings.ToUpper(strings.Join(strings.Fields(m[1]), " "))]++
		}
		if m := periodLabelRe.FindStringSubmatch(t); m != nil {
			periods[strings.ToUpper(strings.Join(strings.Fields(m[1]), " "))]++
		}
		if isQA(t) {
			dotted++
		} else if qaSingleRe.MatchString(t) && t[0] == 'Q' {
			single++
		}
	}
	singleMode := dotted == 0 && single >= 2
	intros := witnesses(masked, lines)
	// witnessAt names the witness at line i: the one whose swearing-in
	// (from the "(Witness sworn)" before it) came last, or the first to
	// be sworn (who answers the clerk before the reporter names them),
	// or the caption's.
	var caption string
	witnessAt := func(i int) string {
		name := ""
		for _, w := range intros {
			if w.from <= i {
				name = w.name
			}
		}
		if name == "" && len(intros) > 0 {
			name = intros[0].name
		}
		return or(or(name, caption), Witness)
	}

	var examiner string
	pendingBy := false
	lastQA := byte(0)
	// labelCue takes the label of line i, its cue end bytes into the
	// line's text, for a cue of the witness or of the speaker it names.
	labelCue := func(i int, label string, end int, k labelKind) {
		start := lines[i].text.Start
		c := cueAt{cue: corpus.Span{Start: start, End: start + end}, form: label, line: i}
		if k == isWitness {
			c.who = witnessAt(i)
		} else {
			c.who = speakerName(label)
		}
		lastQA = 0
		p.cues = append(p.cues, c)
	}
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		t := text(i)
		if l.furniture {
			if t != "" {
				note(corpus.Editorial, l.text)
			}
			continue
		}
		if t == "" {
			continue
		}
		started := len(p.cues) > 0
		if started && (backRe.MatchString(t) || certifyRe.MatchString(t)) {
			p.back = l.whole.Start
			break
		}
		if m := byRe.FindStringSubmatch(t); m != nil {
			examiner = speakerName(m[1])
			pendingBy = false
			note(corpus.Editorial, l.text)
			continue
		}
		if pendingBy {
			pendingBy = false
			if m := examinerRe.FindStringSubmatch(t); m != nil {
				examiner = speakerName(m[1])
				note(corpus.Editorial, l.text)
				continue
			}
		}
		if isExamHeading(t) {
			note(corpus.Editorial, l.text)
			pendingBy = strings.HasSuffix(t, " BY") || strings.HasSuffix(t, " BY:")
			continue
		}
		if whereuponRe.MatchString(t) {
			note(corpus.Editorial, l.text)
			continue
		}
		if _, last, ok := swearing(masked, lines, i); ok {
			noteLines(corpus.Editorial, i, last, same)
			i = last
			continue
		}
		if _, last, ok := whereupon(masked, lines, i); ok {
			noteLines(corpus.Editorial, i, last, same)
			i = last
			continue
		}
		if witnessHeaderRe.MatchString(t) {
			note(corpus.Editorial, l.text) // "WITNESS: JOHN DOE"
			continue
		}
		if t[0] == '(' {
			if last, ok := parenthetical(masked, lines, i); ok {
				noteLines(corpus.Stage, i, last, inParens)
				i = last
				continue
			}
		}
		if isQA(t) || singleMode && qaSingleRe.MatchString(t) && (t[0] == 'Q' || lastQA == 'Q') {
			n := 1
			for n < len(t) && (t[n] == '.' || t[n] == ':' || t[n] == ' ' || t[n] == '\t') {
				n++
			}
			label := strings.TrimRight(t[:n], " \t")
			c := cueAt{cue: corpus.Span{Start: l.text.Start, End: l.text.Start + len(label)}, form: t[:1], line: i}
			if m := qByRe.FindStringSubmatchIndex(t[n:]); t[0] == 'Q' && m != nil {
				examiner = speakerName(t[n+m[2] : n+m[3]])
				at := corpus.Span{Start: l.text.Start + n, End: l.text.Start + n + m[1]}
				note(corpus.Editorial, at)
			}
			if t[0] == 'Q' {
				c.who, c.byLine = or(examiner, Examiner), examiner != ""
			} else {
				c.who = witnessAt(i)
			}
			lastQA = t[0]
			p.cues = append(p.cues, c)
			continue
		}
		if m := labelRe.FindStringSubmatchIndex(t); m != nil {
			label := strings.Join(strings.Fields(t[m[2]:m[3]]), " ")
			k := classify(label)
			if k == maybe && labels[strings.ToUpper(label)] < 2 {
				k = notLabel
			}
			if k != notLabel {
				labelCue(i, label, strings.IndexByte(t[m[3]:], ':')+m[3]+1, k)
				continue
			}
		}
		if m := periodLabelRe.FindStringSubmatchIndex(t); m != nil {
			label := strings.Join(strings.Fields(t[m[2]:m[3]]), " ")
			if periods[strings.ToUpper(label)] >= 2 {
				labelCue(i, label, m[3]+1, classify(label))
				continue
			}
		}
		if started && l.indent >= 8 && isHeading(t) {
			note(corpus.Editorial, l.text)
			continue
		}
		if !started {
			if p.title == "" && isTitle(t) {
				p.title = strings.Join(strings.Fields(t), " ")
			}
			if m := captionWitnessRe.FindStringSubmatch(t); m != nil && caption == "" && !strings.HasPrefix(m[1], "THE ") {
				caption = cleanName(m[1])
			}
		}
	}
	// An examiner named in full on the BY line ("BY MR. THOMAS BRENNAN:")
	// is the speaker whose colloquy label ends that name ("MR. BRENNAN:").
	said := map[string]string{} // folded -> as written
	for _, c := range p.cues {
		if !c.byLine {
			said[strings.ToLower(c.who)] = c.who
		}
	}
	for k, c := range p.cues {
		who := strings.ToLower(c.who)
		if _, ok := said[who]; !c.byLine || ok {
			continue
		}
		best := ""
		for w := range said {
			if strings.HasSuffix(who, " "+w) && len(w) > len(best) {
				best = w
			}
		}
		if best != "" {
			p.cues[k].who = said[best]
		}
	}
	resolvePresiders(masked, lines, &p)
	return p
}

// intro is a witness's swearing-in.
type intro struct {
	from   int // the line it starts on: "(Witness sworn)" before the name, or the name
	name   string
	called bool // named when called, not sworn
}

// witnesses finds the witnesses sworn or called in the text, in order:
// "JOHN DOE, having been first duly sworn, ...", "DIRECT EXAMINATION OF
// JOHN DOE", "The People call John Doe.", "WITNESS: JOHN DOE". A
// "(Witness sworn)" up to fifteen lines before a sworn name starts the
// witness's testimony; a calling starts it at once.
func witnesses(masked string, lines []line) []intro {
	var out []intro
	for i, l := range lines {
		if l.furniture || l.text.Len() == 0 {
			continue
		}
		t := l.text.In(masked)
		name := ""
		if n, _, ok := swearing(masked, lines, i); ok {
			name = n
		} else if n, _, ok := whereupon(masked, lines, i); ok {
			name = n
		} else if n := calledAt(masked, lines, i); n != "" && !(isQA(t) && t[0] == 'A') {
			// "MR. SMITH: The People call Dmitri Sokolov.": the witness
			// answers from the calling on, before or without an oath
			// naming them.
			out = append(out, intro{from: i, name: n, called: true})
			continue
		} else if isExamHeading(t) {
			if m := captionWitnessRe.FindStringSubmatch(t); m != nil && !strings.HasPrefix(m[1], "THE ") {
				name = cleanName(m[1])
			}
		}
		if name == "" {
			continue
		}
		w := intro{from: i, name: name}
		for j := i - 1; j >= 0 && j >= i-15; j-- {
			if lt := lines[j].text.In(masked); strings.HasPrefix(lt, "(") && swornRe.MatchString(lt) {
				w.from = j
				break
			}
		}
		out = append(out, w)
	}
	// A witness called by a shorter name than the oath gives ("The
	// government calls Mary Johnson." before "MARY ELLEN JOHNSON, called
	// as a witness, ...") is one witness, by the oath's name.
	for k := 0; k+1 < len(out); k++ {
		if out[k].called && !out[k+1].called && sameSurname(out[k].name, out[k+1].name) {
			out[k].name = out[k+1].name
		}
	}
	return out
}

// sameSurname reports whether two names end in the same word, without
// regard to case.
func sameSurname(a, b string) bool {
	fa, fb := strings.Fields(a), strings.Fields(b)
	return len(fa) > 0 && len(fb) > 0 && strings.EqualFold(strings.Trim(fa[len(fa)-1], ".,"), strings.Trim(fb[len(fb)-1], ".,"))
}

func or(s, otherwise string) string {
	if s == "" {
		return otherwise
	}
	return s
}

// isQA reports whether a line opens with a question or answer cue
// ("Q.", "A:", "Q  "), and not with "A.M." or the like.
func isQA(t string) bool {
	return qaRe.MatchString(t) && !(len(t) > 2 && t[1] == '.' && isLetter(t[2]))
}

func isLetter(c byte) bool { return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' }

// isExamHeading reports whether a line is an examination heading:
// "DIRECT EXAMINATION", "CROSS-EXAMINATION (Continued)", "EXAMINATION
// BY", "DIRECT EXAMINATION OF JOHN DOE".
func isExamHeading(t string) bool {
	if !strings.Contains(t, "EXAMINATION") || strings.ContainsAny(t, "0123456789") || len(strings.Fields(t)) > 10 {
		return false
	}
	head, _, _ := strings.Cut(t, "(")
	return !hasLower(head)
}

// isHeading reports whether a line is a heading in capitals: no lower-case
// letter, four letters or more, no colon cue.
func isHeading(t string) bool {
	if hasLower(t) || t[0] == '(' {
		return false
	}
	letters := 0
	for i := 0; i < len(t); i++ {
		if t[i] >= 'A' && t[i] <= 'Z' {
			letters++
		}
	}
	return letters >= 4
}

// isTitle reports whether a line in capitals names the transcript.
func isTitle(t string) bool {
	if hasLower(t) {
		return false
	}
	for _, w := range []string{"DEPOSITION", "TESTIMONY", "PROCEEDINGS", "TRANSCRIPT", "TRIAL", "HEARING"} {
		if strings.Contains(t, w) {
			return true
		}
	}
	return false
}

// cleanName folds a witness's name: white space, and a trailing comma or
// period that is no initial's.
func cleanName(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	s = strings.TrimRight(s, ", ")
	for _, suffix := range []string{" TAKEN", " VOLUME", " VOL.", " ON", " HELD"} {
		if i := strings.Index(s, suffix); i > 0 {
			s = s[:i]
		}
	}
	return s
}

// swearing reads the swearing-in that opens at line i: a name and a
// comma ("JOHN DOE," or "JOHN DOE, having been first duly sworn,") with
// the oath within the next lines. It returns the name and the last line
// of the swearing-in.
func swearing(masked string, lines []line, i int) (string, int, bool) {
	t := lines[i].text.In(masked)
	m := witnessLineRe.FindStringSubmatch(t)
	if m == nil {
		return "", 0, false
	}
	name, rest := m[1], strings.TrimSpace(m[2])
	if hasLower(name) {
		// A name in mixed case only with the oath's own words after it.
		if !strings.HasPrefix(rest, "having been") && !strings.HasPrefix(rest, "called as a witness") && !strings.HasPrefix(rest, "being first") {
			return "", 0, false
		}
	} else if rest != "" && !isLowerStart(rest) && !strings.HasPrefix(rest, "having") {
		return "", 0, false
	}
	window, last, sworn := rest, i, swornRe.MatchString(rest)
	for j, lt := range following(masked, lines, i, 4) {
		window += " " + lt
		if swornRe.MatchString(lt) {
			sworn, last = true, j
		}
		if strings.HasSuffix(lt, "follows:") || strings.HasSuffix(lt, "follows.") {
			last = j
			break
		}
	}
	if !sworn {
		return "", 0, false
	}
	return cleanName(name), last, true
}

func isLowerStart(s string) bool { return s != "" && s[0] >= 'a' && s[0] <= 'z' }

// parenthetical reads a parenthetical event that opens line i, on it or
// over up to eight lines: "(Whereupon, a recess was taken.)". It must
// close at a line's end. It returns its last line.
func parenthetical(masked string, lines []line, i int) (int, bool) {
	depth := 0
	for j := i; j < len(lines) && j <= i+8; j++ {
		l := lines[j]
		if l.furniture {
			continue
		}
		if j > i && l.text.Len() > 0 {
			if t := l.text.In(masked); isQA(t) || labelRe.MatchString(t) {
				return 0, false
			}
		}
		for k := l.text.Start; k < l.text.End; k++ {
			switch masked[k] {
			case '(':
				depth++
			case ')':
				depth--
				if depth == 0 {
					rest := strings.TrimSpace(masked[k+1 : l.text.End])
					if rest != "" && rest != "." {
						return 0, false
					}
					return j, true
				}
			}
		}
	}
	return 0, false
}

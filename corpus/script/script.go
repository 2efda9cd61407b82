package script

import (
	"regexp"
	"sort"
	"strings"
	"unicode/utf8"

	"parley/corpus"
)

// Format is the name of the format, as --format takes it.
const Format = "script"

// Methods describes how Read reads a file, for a report's Methods section.
const Methods = `The transcript was read as a script: a speaker's turn began at a line ` +
	`opening with the speaker's label, in any of the shapes transcripts use ("Name: text" in any ` +
	`case, "Speaker 1:", "SPEAKER_00:", "[Name]:", ">> NAME:", "Q." and "A.", Markdown "**Name:**", "Name (00:03):", ` +
	`"[00:01:02] Name:", chat and IRC logs, a name and a timestamp alone on a line above the text, or, where ` +
	`no label had a colon, a name in mixed case alone on a line above the speech, recurring, or above a time ` +
	`alone on its line). A transcript's line numbers ("01 ANN:") were not speech. In a transcript in ` +
	`conversation analysis's notation (timed pauses such as "(0.5)"), square brackets marked overlapping talk, ` +
	`which was speech, and pauses and double parentheses ("((laughs))") were notes. ` +
	`A label was taken for a speaker's when it opened two lines or more, was named in a participants ` +
	`line or the file's front matter, or, opening one line only, had a speaker's shape of its own or ` +
	`stood in a short exchange; headings and fields ("Note:", "Source:", "Date:"), sentences with a ` +
	`colon, times and URLs were never labels, nor was a label inside a paragraph or a verse where the ` +
	`speakers' labels stood apart. Labels differing only in case or in a title were one speaker, except ` +
	`that a woman's title kept two speakers of one surname apart ("MS. JONES", "MR. JONES", "LADY ` +
	`CAPULET", "CAPULET"). One person named in several ways in one document was one speaker: a surname, a ` +
	`given name or initials alone ("Smith:", "Kwame:", "LM:", "Premier Zhou:") were the speaker whose full ` +
	`name they shortened ("Dr. Jane Smith:", "Kwame Mensah:", "Léa Moreau:", "Zhou Enlai:") or the person the ` +
	`front matter or a roster named ("host: Priya Raman"), where exactly one full name fitted and no woman's ` +
	`title stood against it; names of roles ("Friar Peter", "Second Capulet") were never shortened so. An ` +
	`office or role with the person in parentheses ("The Minister for Health (Dr Ōtsuka):", "Caller ` +
	`(Fatima, Leeds):") was that person's label, a role after a comma (">> ANN LEE, CHANNEL 7 ANCHOR:") ` +
	`was left out of the name, and an office the text said someone held ("The SPEAKER (Hon. Rajiv Menon) ` +
	`took the chair", "Present: Cllr Helen Abebe (Chair)") was that person's. A press briefing's "Q" set off ` +
	`by spaces was a speaker "Q", each question a turn of its own. ` +
	`Lines without a label continued the current speaker's turn, and consecutive ` +
	`turns of one speaker were joined; a label followed by no words (only "[laughs]") started no turn. ` +
	`In a talk with questions from the floor ("Q:" and "A:" only) whose front matter named one speaker, ` +
	`the unlabelled talk before the first question and the answers were that speaker's. The labels, ` +
	`their timestamps, bracketed insertions ("[crosstalk]"), parenthesised stage directions ` +
	`("(laughs)"), Markdown headings, links, images and markup, editors' lines ("Note: ...", "Item 4: ..."), ` +
	`a parenthesis alone on a line ("(BEGIN VIDEO CLIP)"), interjection lines ("Opposition members ` +
	`interjecting—"), a parliament's procedural lines ("Question agreed to.", "Debate adjourned."), a minute's timed events ("10:20 The meeting adjourned."), a subject's heading between speeches ("Regional Roads"), in timestamped logs the lines opening with their own time (joins, actions) and short ` +
	`event lines in capitals ("LOS"), and page furniture (page numbers alone on a line, running heads and ` +
	`footers) were not counted as speech, and furniture did not end a turn. Text before the first label (YAML front matter, titles, a header block of ` +
	`fields) was front matter; a closing heading, source line, credit or "END" line after the last turn ` +
	`was back matter.`

// Read reads a script or transcript whose speakers are named by labels at
// the start of lines (see Methods, and corpus.SpeakerLines for which labels
// are speakers'). name is used in errors and outputs only. A text with no
// speaker label is an *corpus.InputError.
func Read(name string, src []byte) (*corpus.Document, error) {
	if err := corpus.CheckText(name, src); err != nil {
		return nil, err
	}
	text := string(src)
	b := corpus.NewBuilder(name, Format, text)
	yaml := corpus.YAMLFrontMatter(text)
	var body []corpus.Span
	for _, ln := range corpus.SplitLines(text) {
		if ln.Start >= yaml.End {
			body = append(body, ln)
		}
	}
	brackets := corpus.ScanBrackets(text)
	masked := corpus.Mask(text, brackets)

	// Who the text says takes part: a participants line, the front
	// matter's speakers.
	known := map[string]bool{}
	title, date, speakers, people := frontFields(yaml.In(text))
	people = append(people, speakers...)
	for _, s := range speakers {
		known[corpus.SpeakerID(s)] = true
	}
	var roster []corpus.Participant
	for _, ln := range body {
		if r, ok := corpus.ParseRoster(masked, ln); ok {
			roster = r
			b.SetRoster(roster)
			for _, p := range roster {
				known[corpus.SpeakerID(p.Name)] = true
				people = append(people, p.Name)
			}
			break
		}
	}

	labels := corpus.SpeakerLines(text, body, known)
	if len(labels) == 0 {
		return nil, &corpus.InputError{File: name, Msg: `no speaker labels found: a script needs lines that open with a speaker's name and a colon, such as "Smith: Hello" or "Susan Page:" above the text`}
	}
	cues := make([]corpus.Span, len(labels))
	for i, l := range labels {
		cues[i] = cueSpan(text, l)
	}
	// Brackets that belong to a label ("[SPEAKER_00]:", "[00:01:02] Ann:")
	// are no notes, nor is a Markdown link's text.
	var notes []corpus.Note
	var overlapMarks []corpus.Span // a conversation analyst's overlap brackets
	ca := analystsTranscript(text)
	for _, n := range brackets {
		if !linkText(text, n) && !overlapsAny(n.Anchor, cues) && !overlapsAny(n.Extent, cues) {
			if ca && n.Kind == corpus.Editorial && !corpus.IsStageDirection(n.Body.In(text)) {
				// "[well I- ]": overlapping talk, speech; the brackets
				// are the transcriber's, no words.
				overlapMarks = append(overlapMarks, corpus.Span{Start: n.Anchor.Start, End: n.Anchor.Start + 1}, corpus.Span{Start: n.Anchor.End - 1, End: n.Anchor.End})
				continue
			}
			notes = append(notes, n)
		}
	}

	first := cues[0].Start
	back := backMatter(text, body, labels[len(labels)-1].Line.End)
	holders := officeHolders(text, corpus.Span{Start: yaml.End, End: first}, roster, labels)
	people = append(people, headerPeople(text, body, first)...)
	// A talk with questions from the floor: the one speaker the front
	// matter names gives the unlabelled talk before the first "Q:" and
	// the answers labelled "A:".
	talker, talk := "", first
	if len(speakers) == 1 && questionsAndAnswers(labels) {
		talker, talk = speakers[0], talkStart(text, body, first)
	}
	lineNotes, cuts := lineApparatus(text, body, labels, talk, back)
	cuts = append(cuts, lineNumbers(text, body, labels)...)
	cuts = append(cuts, overlapMarks...)
	notes = append(notes, lineNotes...)
	b.AddNotes(notes...)
	b.StageNotes(corpus.Mask(text, notes), corpus.Span{Start: talk, End: back})
	cuts = append(cuts, markup(text, corpus.Span{Start: talk, End: back})...)
	sortSpans(cuts)

	frontTitle, frontDate := corpus.FrontMetadata(masked, corpus.Span{Start: yaml.End, End: first})
	if title == "" {
		title = frontTitle
	}
	if title == "" {
		title = headingTitle(text, body, first)
	}
	if date == "" {
		date = frontDate
	}
	b.SetMetadata(title, date)
	if talk < first {
		span := corpus.Span{Start: talk, End: first}
		if speech := subtract(text, b.SpeechIn(span), cuts); corpus.HasWord(text, speech) {
			b.Add(talker, corpus.Utterance{Cue: corpus.Span{Start: talk, End: talk}, Text: corpus.TrimSpan(text, span), Speech: speech}, span)
		} else {
			talk = first
		}
	}
	b.SetMatter(corpus.Span{Start: 0, End: talk}, corpus.Span{Start: back, End: len(text)})

	// A label followed by no words ("**Tim Smith:** \[laughs\]", "Q: ...")
	// starts no turn: it becomes a note, and the turns around it may join.
	speech := func(k, next int) []corpus.Span {
		return subtract(text, b.SpeechIn(corpus.Span{Start: cues[k].End, End: next}), cuts)
	}
	keep := make([]bool, len(labels))
	var wordless []corpus.Note
	for k := range labels {
		next := back
		if k+1 < len(labels) {
			next = cues[k+1].Start
		}
		if keep[k] = corpus.HasWord(text, speech(k, next)); !keep[k] {
			name := corpus.Span{Start: labels[k].Line.Start + labels[k].Label.Name.Start, End: labels[k].Line.Start + labels[k].Label.Name.End}
			all := corpus.TrimSpan(text, corpus.Span{Start: cues[k].Start, End: next})
			wordless = append(wordless, corpus.Note{Kind: corpus.Editorial, Anchor: all, Extent: all, Body: name})
		}
	}
	b.AddNotes(wordless...)
	titled := titledIDs(labels)
	ids := map[string]bool{}
	for _, l := range labels {
		ids[l.ID] = true
	}
	for k, l := range labels {
		if !keep[k] {
			continue
		}
		next := back
		for j := k + 1; j < len(labels); j++ {
			if keep[j] {
				next = cues[j].Start
				break
			}
		}
		u := corpus.Utterance{
			Cue:    cues[k],
			Text:   corpus.TrimSpan(text, corpus.Span{Start: cues[k].Start, End: next}),
			Speech: speech(k, next),
			Time:   l.Label.Time.In(l.Line.In(text)),
		}
		reach := corpus.Span{Start: cues[k].Start, End: next}
		// Each of a press briefing's questions is a turn, though two
		// follow one another: they are different reporters'.
		if l.ID == "q" && spacedLabel(text, l) {
			b.Break()
		}
		holder, office := holders[officeKey(l.Name)]
		if !office && l.ID != officeKey(l.Name) && ids[officeKey(l.Name)] {
			// "The SPEAKER", "Madam SPEAKER" and "Mr SPEAKER" are one
			// office where no one is named for it.
			holder, office = bareOffice(l.Name), true
		}
		switch id, ok := titled[k]; {
		case office:
			u.CueName = l.Name
			b.Add(holder, u, reach)
		case ok:
			u.CueName = l.Name
			b.AddAs(id, displayName(l.Name), u, reach)
		case talker != "" && answers[l.ID]:
			u.CueName = l.Name
			b.Add(talker, u, reach)
		default:
			b.Add(l.Name, u, reach)
		}
	}
	d, err := b.Document("no speaker label is followed by speech")
	if err != nil {
		return nil, err
	}
	corpus.JoinNameVariants(d, people)
	return d, nil
}

// spacedLabel reports whether a label is set off from its text by white
// space, not a colon (a press briefing's "Q    Mr. Secretary, ...").
func spacedLabel(text string, l corpus.LabelLine) bool {
	line := l.Line.In(text)
	return l.Label.Name.End < len(line) && (line[l.Label.Name.End] == ' ' || line[l.Label.Name.End] == '\t') &&
		!strings.Contains(line[l.Label.Name.End:l.Label.End], ":")
}

// questions and answers are the labels of a Q&A ("Q:", "A:").
var (
	questions = map[string]bool{"q": true, "question": true, "audience": true, "audience member": true}
	answers   = map[string]bool{"a": true, "answer": true}
)

// questionsAndAnswers reports whether the labels are a Q&A's only, and
// answers among them.
func questionsAndAnswers(labels []corpus.LabelLine) bool {
	a := false
	for _, l := range labels {
		if !questions[l.ID] && !answers[l.ID] {
			return false
		}
		a = a || answers[l.ID]
	}
	return a
}

// talkStart returns where an unlabelled talk before the first label (at
// first) begins: at the first line that reads as prose, a sentence of
// five words or more; first if there is none. Headings, links, fields
// and titles before it stay front matter.
func talkStart(text string, body []corpus.Span, first int) int {
	for _, ln := range body {
		if ln.Start >= first {
			break
		}
		line := strings.TrimSpace(ln.In(text))
		if _, ok := heading(line); ok || rule(line) || bareLink(line) || len(strings.Fields(line)) < 5 {
			continue
		}
		if l, ok := corpus.ParseLabel(line); ok && l.Colon {
			continue
		}
		if r, _ := utf8.DecodeLastRuneInString(line); strings.ContainsRune(".?!…\"”)", r) {
			return corpus.TrimSpan(text, ln).Start
		}
	}
	return first
}

// cueSpan returns the span of a label line's cue: the label from the
// line's first non-blank byte to its end, trailing white space left out.
func cueSpan(text string, l corpus.LabelLine) corpus.Span {
	line := l.Line.In(text)
	start := len(line) - len(strings.TrimLeft(line, " \t"))
	return corpus.TrimSpan(text, corpus.Span{Start: l.Line.Start + start, End: l.Line.Start + l.Label.End})
}

// backMatter returns where the back matter begins: at the first line
// after the last label (which ends at after) that is a Markdown heading, a
// thematic break, a field or source line ("Source: ..."), a credit
// ("Transcribed by ...", a briefing's "END 1:32 P.M. EDT") or a line that
// says the recording ended ("Session ends 7:42 pm."); at the end of the
// text if there is none.
func backMatter(text string, body []corpus.Span, after int) int {
	for _, ln := range body {
		if ln.Start < after {
			continue
		}
		line := ln.In(text)
		if _, ok := heading(line); ok || rule(line) || closing(line) {
			return ln.Start
		}
		if l, ok := corpus.ParseLabel(line); ok && l.Colon && corpus.IsHeadingLabel(l.Name.In(line)) {
			return ln.Start
		}
	}
	return len(text)
}

// closingPhrases open the credits and closing lines of a transcript.
var closingPhrases = []string{"transcribed by", "transcript by", "transcription by", "transcript provided by",
	"end of transcript", "end of interview", "end of recording", "end of the interview", "end of the transcript",
	"copyright", "©", "(end)", "[end"}

// endsRe is a line that says the recording or the meeting ended ("Session
// ends 7:42 pm.", "Recording stopped.", "The meeting was adjourned at
// 9.15.", "Interview concluded."), or a programme's credit ("Science Hour
// is produced by ..."): after the last label, the transcript's close.
var endsRe = regexp.MustCompile(`(?i)^\s*(?:the\s+)?(?:session|recording|interview|meeting|call|tape|hearing|broadcast|programme|program|show|podcast|episode)\s+(?:ends|ended|concluded|closes|closed|stopped|stops|was\s+(?:adjourned|concluded|closed|ended)|adjourned)\b|^\s*[^.!?]{0,60}\s+(?:is|was)\s+(?:produced|presented|recorded|transcribed)\s+by\b`)

// closing reports whether line opens a transcript's closing credits.
func closing(line string) bool {
	if endsRe.MatchString(line) && len(strings.Fields(line)) <= 10 {
		return true
	}
	// A briefing's "END 1:32 P.M. EDT".
	if f := strings.Fields(line); len(f) > 0 && len(f) <= 4 && f[0] == "END" && (len(f) == 1 || strings.ContainsAny(f[1], "0123456789")) {
		return true
	}
	// Set off by dashes or stars as often as not: "– end of recording –",
	// "*** END OF TRANSCRIPT ***".
	lower := strings.ToLower(strings.Trim(line, " \t-–—*=~_#"))
	if lower != strings.ToLower(strings.TrimSpace(line)) && endsRe.MatchString(lower) && len(strings.Fields(lower)) <= 10 {
		return true
	}
	for _, p := range closingPhrases {
		if strings.HasPrefix(lower, p) {
			return true
		}
	}
	return false
}

// lineApparatus finds the lines of the conversation (from first to back)
// that are no speech though they hold no label: Markdown headings, links
// alone on a line, fields ("Note: ...", "Item 5: ..."), Markdown labels
// that name no speaker ("**Break:** ..."), interjection lines
// ("Opposition members interjecting—"), and in a log whose labels open
// with their time, lines that open with their own time (a chat's "[09:02]
// Ann has joined", "[09:01] * ann waves") and short lines in capitals
// ("LOS", "END OF TAPE"), as editorial notes; a parenthesis alone on a
// line ("(BEGIN VIDEO CLIP)", "(Tape 44/2)") as a stage note; page
// numbers alone on a line (but the first line below a label alone on its
// line, which answers it) and running heads or footers with page numbers
// (corpus.PageHeads) as furniture; thematic breaks and timestamps
// alone on a line as cuts.
func lineApparatus(text string, body []corpus.Span, labels []corpus.LabelLine, first, back int) (notes []corpus.Note, cuts []corpus.Span) {
	var plain []corpus.Span // the lines that hold no label
	k, logged := 0, 0
	for _, l := range labels {
		if l.Label.Time.Len() > 0 && l.Label.Time.Start < l.Label.Name.Start {
			logged++
		}
	}
	for _, ln := range body {
		for k < len(labels) && labels[k].Line.Start < ln.Start {
			k++
		}
		if k == len(labels) || labels[k].Line != ln {
			plain = append(plain, ln)
		}
	}
	logLayout := logged*2 > len(labels)
	heads := corpus.PageHeads(text, plain)
	k = 0
	for bi, ln := range body {
		if ln.Start < first || ln.Start >= back {
			continue
		}
		for k < len(labels) && labels[k].Line.Start < ln.Start {
			k++
		}
		if k < len(labels) && labels[k].Line == ln {
			continue
		}
		// The first line below a label alone on its line is its speech,
		// a number too ("Joe Biden:" then "12").
		belowLabel := k > 0 && !labels[k-1].Label.Rest && corpus.DirectlyBelow(text, labels[k-1].Line, ln)
		line := ln.In(text)
		s := corpus.TrimSpan(text, ln)
		note := func(body corpus.Span) {
			notes = append(notes, corpus.Note{Kind: corpus.Editorial, Anchor: s, Extent: s, Body: body})
		}
		if h, ok := heading(line); ok {
			note(corpus.Span{Start: ln.Start + h.Start, End: ln.Start + h.End})
			continue
		}
		if rule(line) || corpus.IsTimestamp(line) {
			cuts = append(cuts, s)
			continue
		}
		if bareLink(line) || footnoteDefinition(line) || interjection(line) || procedural(line) || timedEvent(line) ||
			subjectHeading(text, body, bi, labels) ||
			logLayout && (corpus.StartsWithTime(line) || eventLine(line)) {
			note(s)
			continue
		}
		if t := strings.TrimSpace(line); len(t) > 2 && t[0] == '(' && strings.IndexByte(t, ')') == len(t)-1 {
			inner := corpus.TrimSpan(text, corpus.Span{Start: s.Start + 1, End: s.End - 1})
			notes = append(notes, corpus.Note{Kind: corpus.Stage, Anchor: s, Extent: s, Body: inner})
			continue
		}
		if corpus.IsPageNumber(line) && !belowLabel || heads[corpus.RunningHeadKey(line)] {
			notes = append(notes, corpus.Note{Kind: corpus.Furniture, Anchor: s, Extent: s, Body: s})
			continue
		}
		if l, ok := corpus.ParseLabel(line); ok && l.Colon && (corpus.IsHeadingLabel(l.Name.In(line)) || l.Markup != "" || bareLink(line[l.End:])) {
			note(s)
		}
	}
	return notes, cuts
}

// pauseRe is a timed pause as conversation analysts write it: "(0.5)",
// "(1.2)".
var pauseRe = regexp.MustCompile(`\(\d{1,2}\.\d{1,2}\)`)

// analystsTranscript reports whether text is transcribed in conversation
// analysis's notation (Jefferson's): two timed pauses or more. There,
// square brackets mark overlapping talk, which is speech, not an editor's
// insertion.
func analystsTranscript(text string) bool {
	return len(pauseRe.FindAllStringIndex(text[:min(len(text), 64<<10)], 2)) >= 2
}

// lineNumbers returns the line numbers that open the lines of a numbered
// transcript ("01 ANN:   so", "08        work to finish"), to be cut from
// speech: where half the labels or more carry one, every line's number is
// the transcript's, not anyone's words.
func lineNumbers(text string, body []corpus.Span, labels []corpus.LabelLine) []corpus.Span {
	numbered := 0
	for _, l := range labels {
		if l.Label.Number.Len() > 0 {
			numbered++
		}
	}
	if numbered == 0 || numbered*2 < len(labels) {
		return nil
	}
	var out []corpus.Span
	for _, ln := range body {
		line := ln.In(text)
		i := corpus.SkipSpaces(line, 0)
		d := 0
		for i+d < len(line) && d < 5 && line[i+d] >= '0' && line[i+d] <= '9' {
			d++
		}
		if d == 0 || d > 4 || i+d < len(line) && line[i+d] != ' ' && line[i+d] != '\t' {
			continue
		}
		out = append(out, corpus.Span{Start: ln.Start + i, End: ln.Start + i + d})
	}
	return out
}

// interjection reports whether line reports an interjection, as Hansard
// writes it: six words at most, the last "interjecting" ("Opposition
// members interjecting—", "Mr Smith interjecting.").
func interjection(line string) bool {
	f := strings.Fields(line)
	return len(f) > 0 && len(f) <= 6 && strings.EqualFold(strings.TrimRight(f[len(f)-1], ".—–-"), "interjecting")
}

// proceduralRe is a parliament's record of what the House did, on a line
// of its own, as Westminster Hansards print it in italics: "Question
// agreed to.", "Debate adjourned.", "Bill read a second time.", "Sitting
// suspended from 1.00 pm to 2.00 pm.", "The House divided.". These are the
// genre's fixed formulae, not one document's words.
var proceduralRe = regexp.MustCompile(`(?i)^\s*(?:question (?:agreed to|negatived|put(?: and passed)?|resolved in the (?:affirmative|negative))|(?:motion|amendment|amendments|bill|resolution|clause|schedule) (?:agreed to|negatived|withdrawn|carried|passed)|debate (?:adjourned|resumed|interrupted)|bill read a (?:first|second|third) time(?: and passed)?|sitting suspended\b.*|the house divided|house adjourned\b.*|division(?: no\. ?\d+)?|ayes,? \d+|noes,? \d+)\.?\s*$`)

// timedEventRe is a minute's line of what the meeting did, at a time:
// "10:20 The meeting adjourned.", "11.05 Recess.", "2:15 pm Session
// resumed".
var timedEventRe = regexp.MustCompile(`(?i)\b(?:adjourn|resum|recess|reconven|suspend|break\b|closed\b|opened\b|began\b|ended\b)`)

// timedEvent reports whether line opens with a clock time and tells what
// the meeting did then (see timedEventRe), in a dozen words at most.
func timedEvent(line string) bool {
	return corpus.StartsWithTime(line) && len(strings.Fields(line)) <= 12 && timedEventRe.MatchString(line)
}

// subjectHeading reports whether the line body[k] is a subject's heading
// between a transcript's speeches, as Hansard and minutes print them
// ("Regional Roads", "Hospital Waiting Lists"): two to six capitalised
// words (small words aside) with no punctuation, a paragraph of its own,
// with a labelled line as the next text.
func subjectHeading(text string, body []corpus.Span, k int, labels []corpus.LabelLine) bool {
	t := strings.TrimSpace(body[k].In(text))
	words := strings.Fields(t)
	if len(words) < 2 || len(words) > 6 || strings.ContainsAny(t, ".,;:!?\"()[]") {
		return false
	}
	for _, w := range words {
		if !corpus.StartsUpper(w) && !smallWords[strings.ToLower(w)] {
			return false
		}
	}
	if k <= 0 || k+2 >= len(body) || strings.TrimSpace(body[k-1].In(text)) != "" || strings.TrimSpace(body[k+1].In(text)) != "" {
		return false
	}
	next := body[k+2]
	// The labels are in source order.
	i := sort.Search(len(labels), func(i int) bool { return labels[i].Line.Start >= next.Start })
	return i < len(labels) && labels[i].Line == next
}

// smallWords may stand in lower case inside a heading ("Return of the
// Land", "Questions on Notice").
var smallWords = corpus.WordSet(`a an and as at by for from in into of on or the to with`)

// procedural reports whether line is a parliament's procedural record
// (see proceduralRe).
func procedural(line string) bool { return proceduralRe.MatchString(line) }

// eventLine reports whether line is a log's event: four words at most,
// in capitals, ending in no sentence punctuation ("LOS", "AOS", "END OF
// TAPE").
func eventLine(line string) bool {
	f := strings.Fields(line)
	if len(f) == 0 || len(f) > 4 || strings.ContainsAny(line, ".?!,:") {
		return false
	}
	for _, w := range f {
		if !corpus.IsCaps(w) {
			return false
		}
	}
	return true
}

// headingTitle returns the text of the first Markdown heading before the
// conversation, or "".
func headingTitle(text string, body []corpus.Span, first int) string {
	for _, ln := range body {
		if ln.Start >= first {
			break
		}
		if h, ok := heading(ln.In(text)); ok {
			return strings.Join(strings.Fields(h.In(ln.In(text))), " ")
		}
	}
	return ""
}

// overlapsAny reports whether s overlaps one of spans, which are sorted
// and do not overlap one another.
func overlapsAny(s corpus.Span, spans []corpus.Span) bool {
	k := sort.Search(len(spans), func(i int) bool { return spans[i].End > s.Start })
	return k < len(spans) && spans[k].Start < s.End
}

func sortSpans(s []corpus.Span) {
	sort.Slice(s, func(i, j int) bool { return s[i].Start < s[j].Start })
}

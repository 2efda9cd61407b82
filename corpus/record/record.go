package record

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"parley/corpus"
)

// Methods describes how the record reader reads a file, for the Methods
// section of a report.
const Methods = `Records of conversation in reported or narrated speech (Soviet-style records, memoranda of conversation, cables, minutes) were read with parley's record reader. Each heading "Record of conversation", "Memorandum of conversation" (or "Record of a meeting", "Minutes of ...") that followed a conversation began a document of its own, unless it stood inside a sentence or carried a page's number (a running head). The participants were taken from roster lines ("Attendants: ...", "Present from the Chinese side: ...") or a PARTICIPANTS or PRESENT block before the conversation, in one column or two (one side to a column, read left column first), with their offices ("Secretary Rusk", "Foreign Minister Gromyko") and the glosses in parentheses on the line below an entry ("The Prime Minister" over "(Mr. Harold Wilson)" made Wilson the Prime Minister); a name also became a speaker when it was written in capitals before a reporting verb at the start of a paragraph, or when it opened paragraphs or sentences with a reporting verb at least twice (with a participants list, paragraphs only). A speaker cue was such a name, with any titles, initials and stage direction, or an office ("The Secretary", resolved to the one participant who held it, else kept as the office), followed by an optional adverb ("then"), a reporting verb (says, replied, told him, went on to say, opened the conversation by saying, "X's answer was", "welcomed Mr. Mwangi and said", "saw Kuznetsov this morning and told him") and its complementizer ("that", a colon); it stood at the start of a paragraph (after any paragraph number or short opening phrase such as "After lunch,") or of a sentence. "He said that", "he continued" and parentheses such as ", the President said," were framing of the current speaker's words and began no turn, except where the record had just told of another participant's act ("Mr. Gromyko entered into a history of ...", itself narration), whom "he" then meant; in a first-person record "I" was the author (from the signature or a "From:" line, else "the author") and "he" the other party where there was only one. A text in capitals throughout (a telegram) was read in mixed case, the words before reporting verbs, after titles and after verbs of meeting ("I SAW KUZNETSOV") being taken for names. The header of a memorandum or telegram ("SUBJECT:", "FROM:", "REF:") was front matter; the conversation ran from the first cue to a closing formula ("End of conversation"), a heading in capitals, the writer's comment, a distribution or drafting line ("Copies to:", "Drafted by") after the last cue, a signature (a name, initials, a cable's name in capitals, with any date below it), the notes section or the end of the text; what came before was front matter and what came after back matter. A comment paragraph between cues ("Comment: ...") and a section's heading in mixed case ("Access") were editorial notes, not speech, and so were the record's sentences of narration: two participants as one subject ("The Secretary and the Minister then discussed ..."), an impersonal account ("There was some discussion of ...", "It was agreed that ...", "Tea was served."), and a participant's act that is no speech, as a whole sentence ("The Ambassador nodded."). In a file of several records, the lines in capitals or of a date just above a record's heading began that record. Each cue began an utterance that ran to the next cue, and consecutive utterances of one speaker formed one turn. Footnote markers ("[1]", "[footnoteRef:1]", asterisks, superscript digits, numbers glued to a word such as "Senate22", a typescript's "1/") and bodies, elisions, editorial insertions, stage directions and page furniture (running heads, with or without a page's number, page numbers such as "-2-" and "Page 2 of 3", classification markings such as SECRET, separator lines) were notes, never speech, wherever they stood, and did not interrupt a turn; hard-wrapped paragraphs were joined before cues were sought. The title was the heading of the record and the date the first full date before the conversation.`

// Read reads an archival record of conversation in reported or narrated
// speech: the bundled 1947 record ("Comrade STALIN says that, ...",
// "ZILLIACUS answers that ..."), a memorandum of conversation ("The
// Secretary said that ...", "Gromyko replied ..."), a first-person cable
// ("I told him that ... He said that ..."). name is used in errors and
// outputs only. A file that holds several records (a dossier, a volume)
// gives one document for each; a file with one gives one document.
//
// The rules, in the order they apply:
//
//  1. Records. A line that opens with "Record of conversation",
//     "Memorandum of conversation", "Minutes of a meeting" (and the like,
//     after any number: "89. Memorandum of Conversation") begins a record,
//     if a conversation stands between it and the previous one; text
//     without a conversation before a heading is the next record's front
//     matter. With several records, each document's Source is its own
//     record, its Name is name#N, and its Meta gives "part" and "line",
//     the line of the file where it begins. A heading inside a sentence
//     (the line before unfinished, the line after in lower case) or
//     with a page's number is a running head; one after an unfinished
//     line begins a record where a record's head follows it (a date, a
//     field "SUBJECT:", a participants heading). The lines just above a
//     heading that are in capitals or a date ("DEPARTMENT OF STATE",
//     "SECRET") begin the record with it.
//  2. Apparatus. Footnote markers "[footnoteRef:N]" and bodies "[N: ...]"
//     (brackets nest inside a body), and "[N]" with a body "[N] ..." at
//     the start of a line, become one footnote Note, linked by N; "[…]"
//     is an elision; any other bracketed insertion ("[signature]") is
//     editorial. Inside the conversation, superscript digits, asterisks
//     and numbers glued to a word ("Senate22", "Senate.22") are footnote
//     markers, lines opening with "*" or a superscript are footnote
//     bodies, as is a line opening with the number of a marker still
//     without a body ("22 Hearings before ..."); page furniture is a
//     Furniture note: a page number alone on a line or glued to a line's
//     start or end, a classification ("SECRET", "Top Secret"), a
//     separator line ("---- Footnotes ----"), and a running head (a short
//     line that repeats three times, or twice with page numbers, or one
//     that ends in a page's number: "Memorandum of Conversation, May 3,
//     1962, page 2"). A typescript's marker "1/" after a word and its
//     body "1/ ..." at a line's start are a footnote. None of
//     it is speech, wherever it stands, and none of it ends a turn. A
//     hard-wrapped text has its paragraphs joined first (see unwrap), so
//     that a paragraph is a line below.
//  3. Participants. A roster line ("Attendants:", "Present:",
//     "Participants:" and a few more, with names split at commas and
//     "and", a parenthesis being the role), or a block under a heading
//     alone on its line ("PARTICIPANTS", "PRESENT"): one participant or a
//     list under a plural title ("Senators Mansfield, Humphrey") to a
//     line, with headings of sides ("United States", "USSR") skipped and
//     glosses after commas and in parentheses taken for roles. Offices
//     before a name ("Secretary Rusk", "Foreign Minister Gromyko", "Amb.
//     Thompson") are kept for resolving offices, with their of-phrase
//     ("Minister of Finance" is not the Prime Minister); an office alone
//     ("The President") is a participant as it stands. Roster lines may
//     name a side ("Present from the Chinese side:", "From the Soviet
//     side:"), one to a line; a list split at semicolons glosses after
//     commas ("Marshal Chen Yi, Vice Premier; ..."). A block may stand in
//     two columns separated by runs of spaces, one side to a column (a
//     British record's Present block): the left column is read first,
//     then the right. A line in parentheses is the gloss of the entry
//     above it ("The Prime Minister" / "(Mr. Harold Wilson)": the office
//     is Wilson's; "Mr. Kamau Mwangi" / "(Minister of Finance)").
//  4. Speakers. A name in capitals with a reporting verb at a paragraph's
//     start ("Comrade STALIN (smiling) says") introduces that name; so do
//     a name or an office in mixed case that opens two paragraphs or
//     sentences with a reporting verb (two paragraphs where the record
//     names its participants). Participants and names so introduced are
//     the cast; a name in the cast in any case, with or without titles and
//     initials ("Champion", "Comrade Stalin", "Mr. Khrushchev", "A.A.
//     Gromyko"), or its surname alone where it names one speaker, is a
//     cue subject. An office ("the Secretary", "the Foreign Minister") is
//     the one participant who holds it (by the block, a gloss "Dobrynin,
//     Soviet Ambassador", a parenthesis "The Prime Minister (Mr.
//     Macmillan)", or a cue "Secretary Rusk said"), else the office itself
//     ("The President"); both forms are one speaker. A side ("the Chinese
//     side", "the Soviet delegation") is an office of its own.
//  5. Cues. A cue is a subject, an optional stage direction and adverb
//     ("then", "also", "further"; not "always"), and a reporting verb
//     (see reportingVerbs; "went on to say", "opened the conversation by
//     saying", "nodded and said", "X's answer was") with its extension
//     ("sets a question to Comrade Stalin:", "told him", "points out")
//     and a following "that," or ":"; a greeting's person ("welcomed Mr.
//     Mwangi and said that") or a short object ("saw Kuznetsov this
//     morning and told him that") before a second reporting verb is part
//     of the cue. It stands at the start of a
//     paragraph (after a paragraph number "1." and any short opening
//     phrase "After lunch, "; in a record in capitals only a participial
//     one, "Answering to Parkin, ") or of a sentence. Nothing else starts
//     a turn: not a name mid-sentence, not a name before a colon, not a
//     verb of thinking ("Comrade Stalin thinks that").
//  6. Framing. "He"/"She" with a reporting verb at a sentence's start
//     ("He said that", "He added") continues the current speaker; so do
//     ", he said," and ", the President said," inside a sentence where
//     they name the current speaker, and "according to X", ", says X,",
//     "Continues X:". In a first-person record (two "I" cues, or one and
//     a named author) "I" is the author, named by a "From:" line, a
//     heading "Memorandum ... by ... (Thompson)" or the signature, else
//     "the author", and "he" is the other party when the cast (or the
//     opening account, "I called on Foreign Minister Gromyko") holds only
//     one.
//     Framing is cue, not speech; it begins an utterance but no turn.
//  7. Conversation. It runs from the first cue to the first paragraph that
//     closes it ("End of conversation.", "Recorded by ...", a heading in
//     capitals such as "MARKING", the notes' separator when no cue
//     follows, a signature: a name, initials "J. O. W.", a cable's name in
//     capitals "THOMPSON", with any date below it; after the last cue, the
//     writer's comment "5. Comment: ...", a distribution or drafting line
//     "Copies to:", "Drafted by"), or to the end of the text. A comment
//     between cues is an editorial note, as is a section's heading in
//     mixed case ("Access": six words at most, capitalised, unpunctuated)
//     between cues. A heading in
//     capitals that cues follow ends it only in a record whose speakers
//     are in capitals, and not if it has a number (a page's head); else it
//     is a section's heading, an editorial note. What comes before is front
//     matter, what comes after is back matter.
//     A memorandum's or a telegram's header fields ("SUBJECT:", "FROM:
//     AMEMBASSY MOSCOW", "REF:") are front matter like any line before
//     the first cue. A text in capitals throughout (a telegram) is read
//     as if in mixed case (see decap): its offsets, spans and speech are
//     the text's own.
//  8. Turns. Each cue starts an utterance, which runs to the next cue; a
//     paragraph without a cue continues the current utterance.
//     Consecutive utterances of one speaker form one turn.
//  9. Stage directions. A parenthesis after a cue's name, and a
//     parenthesis in speech that holds a word of reaction ("(delegates
//     smile)"), is a stage Note, not speech.
//  10. Identity. A speaker's ID is the name with titles stripped and case
//     folded ("stalin"); the display name is the roster's spelling, else
//     the name in title case ("Stalin"), an office "The Secretary".
//  11. Metadata. The title is the front-matter line that opens with
//     "Record of", "Minutes of", "Memorandum of" (and the like, without
//     its number); the date is the first full date in the front matter, as
//     YYYY-MM-DD.
//
// A text with no cue is an error.
func Read(name string, src []byte) ([]*corpus.Document, error) {
	if err := corpus.CheckText(name, src); err != nil {
		return nil, err
	}
	text := string(src)
	heads := runningHeads(text)
	parts := splitRecords(text)
	if len(parts) == 1 {
		d, err := read(name, text, heads)
		if err != nil {
			return nil, err
		}
		return []*corpus.Document{d}, nil
	}
	type part struct {
		from int // offset in text
		doc  *corpus.Document
	}
	var got []part
	from := 0
	for i, p := range parts {
		d, err := read(name, text[from:p.End], heads)
		if err != nil {
			if i < len(parts)-1 {
				continue // front matter of the next record
			}
			if len(got) == 0 {
				return nil, err
			}
			// A last part without a conversation is the back matter of
			// the record before it.
			last := &got[len(got)-1]
			if last.doc, err = read(name, text[last.from:p.End], heads); err != nil {
				return nil, err
			}
			break
		}
		got = append(got, part{from, d})
		from = p.End
	}
	if len(got) == 0 {
		return nil, &corpus.InputError{File: name, Msg: noCues}
	}
	if len(got) == 1 {
		d, err := read(name, text, heads)
		if err != nil {
			return nil, err
		}
		return []*corpus.Document{d}, nil
	}
	docs := make([]*corpus.Document, len(got))
	for i, p := range got {
		p.doc.Name = fmt.Sprintf("%s#%d", name, i+1)
		p.doc.Meta = map[string]string{"part": strconv.Itoa(i + 1), "line": strconv.Itoa(1 + strings.Count(text[:p.from], "\n"))}
		docs[i] = p.doc
	}
	return docs, nil
}

// ReadOne reads a file that holds one record, as Read does, and returns
// its document; a file of several records is an error.
func ReadOne(name string, src []byte) (*corpus.Document, error) {
	docs, err := Read(name, src)
	if err != nil {
		return nil, err
	}
	if len(docs) != 1 {
		return nil, &corpus.InputError{File: name, Msg: fmt.Sprintf("%d records in one file; read it with record.Read", len(docs))}
	}
	return docs[0], nil
}

const noCues = `no speaker cues found: a record needs paragraphs that open with a speaker and a reporting verb, such as "Comrade STALIN says that, ...", "ZILLIACUS answers that ..." or "The Secretary said that ..."`

// at is a cue in the text: the offset of its line and the speaker it
// gives.
type at struct {
	cue
	off     int // offset of the line in the text
	speaker string
}

// read reads one record.
func read(name, text string, heads map[string]bool) (*corpus.Document, error) {
	b := corpus.NewBuilder(name, "record", text)
	notes, furniture := apparatus(text, heads)
	all := append(append([]corpus.Note(nil), notes...), furniture...)
	masked := corpus.Mask(text, all)
	// written is the text as written, for the title: a telegram in
	// capitals is read as one in mixed case (see decap).
	var written string
	if inCapitals(masked) {
		written = masked
		masked = unwrap(decap(masked))
	} else {
		masked = unwrap(masked)
		written = masked
	}
	lines := corpus.SplitLines(masked)
	cast := newCast()

	// The participants count only before the first cue in capitals, where
	// the conversation begins at the latest.
	caps := &parser{cast: cast, newCaps: true}
	firstCaps := len(lines)
	for li, ln := range lines {
		s := ln.In(masked)
		if c, ok := caps.parse(s, corpus.SkipSpaces(s, 0), true); ok && c.caps {
			firstCaps = li
			break
		}
	}
	roster, entries, taken := participants(masked, lines, firstCaps)
	for _, e := range append(append([]entry(nil), entries...), account(masked, lines[:firstCaps], taken)...) {
		if e.officeOnly() {
			// "The Prime Minister (Mr. Macmillan)": the gloss names the
			// holder.
			if n := splitOffice(lastGloss(e.role)); n.name != "" && n.office == "" && isHonorific(lastGloss(e.role)) && isName(n.name) {
				cast.add(n.name)
				cast.addOffice(e.office, cast.alias[key(n.name)])
				continue
			}
			cast.addOffice(e.office, "")
			continue
		}
		cast.add(e.name)
		if e.office != "" {
			cast.addOffice(e.office, cast.alias[key(e.name)])
		}
		// "Anatoliy F. Dobrynin, Soviet Ambassador": an office in the
		// gloss.
		for _, part := range strings.Split(e.role, ", ") {
			if part != e.office && officeKey(part) != "" {
				cast.addOffice(part, cast.alias[key(e.name)])
			}
		}
	}
	// Names in capitals that open a paragraph with a reporting verb.
	for li, ln := range lines {
		if taken[li] {
			continue
		}
		s := ln.In(masked)
		if c, ok := caps.parse(s, paragraphStart(s), true); ok && c.caps && c.name == "" {
			cast.add(c.written)
		}
	}
	learnNames(cast, masked, lines, taken, len(entries) > 0)

	// The cues of each line, with their speakers.
	author, signature := findAuthor(masked, lines, cast)
	p := &parser{cast: cast}
	perLine := make([][]cue, len(lines))
	iCues := 0
	for li, ln := range lines {
		if taken[li] {
			continue
		}
		perLine[li] = lineCues(p, ln.In(masked))
		for _, c := range perLine[li] {
			if c.kind == first && !c.framing {
				iCues++
			}
		}
	}
	firstPerson := iCues >= 2 || iCues == 1 && author != ""
	if firstPerson && author == "" {
		author = "the author"
	} else if firstPerson {
		cast.add(author)
	}
	other := ""
	if firstPerson {
		var others []string
		for _, n := range cast.names() {
			if key(n) != key(author) {
				others = append(others, n)
			}
		}
		if len(others) == 1 {
			other = others[0]
		} else if len(others) == 0 {
			other = namedOther(masked, lines, taken, author)
		}
	}
	lastCue, capsCues, allCues := -1, 0, 0
	for li := range perLine {
		if len(perLine[li]) > 0 {
			lastCue = li
		}
		for _, c := range perLine[li] {
			allCues++
			if c.caps {
				capsCues++
			}
		}
	}
	// In a record whose speakers are in capitals ("Comrade STALIN says")
	// a heading in capitals ends the conversation ("MARKING"); in one in
	// mixed case it is a section's or a page's heading where cues follow.
	capsRecord := capsCues*2 >= allCues && capsCues > 0

	// The conversation: cues from the first cue to the closing paragraph.
	var cues []at
	var sections []corpus.Note
	bodyEnd := len(text)
	started := false
	current, lastOther := "", ""
	for li, ln := range lines {
		if taken[li] {
			continue
		}
		var here []at
		refs := referents(p, ln.In(masked))
		for _, c := range perLine[li] {
			// A participant's act told before this cue ("Mr. Gromyko
			// entered into a history of ...") makes them the one "he"
			// refers to.
			for len(refs) > 0 && refs[0].at < c.start {
				if refs[0].name != "" && refs[0].name != author {
					current, lastOther = refs[0].name, refs[0].name
				}
				refs = refs[1:]
			}
			sp := c.name
			switch c.kind {
			case first:
				if !firstPerson {
					continue
				}
				sp = author
			case pronoun:
				switch {
				case firstPerson && other != "":
					sp = other
				case current != "" && current != author:
					sp = current
				case firstPerson && lastOther != "":
					// "I told him that ... He replied that ...": after the
					// author, "he" is the other party who spoke last.
					sp = lastOther
				default:
					continue
				}
			}
			if sp == "" {
				if c.candidate != "" || c.written == "" {
					continue
				}
				sp = c.written
			}
			if c.framing && sp != current {
				continue
			}
			here = append(here, at{c, ln.Start, sp})
			current = sp
			if sp != author {
				lastOther = sp
			}
		}
		for _, r := range refs {
			if r.name != "" && r.name != author && started {
				current, lastOther = r.name, r.name
			}
		}
		if !started && len(here) == 0 {
			continue
		}
		s := ln.In(masked)
		if started && len(here) == 0 && (closingRe.MatchString(s) || li > lastCue && afterwordRe.MatchString(s) || capsHeading(s) && (li > lastCue || capsRecord && !strings.ContainsAny(s, "0123456789")) || li > lastCue && notesHeading(ln.In(text)) || li == signature) {
			bodyEnd = ln.Start
			break
		}
		if started && len(here) == 0 && (capsHeading(s) || commentRe.MatchString(s) || li < lastCue && sectionHeading(s)) {
			// A section's heading or the writer's comment inside the
			// conversation: no speech.
			h := corpus.TrimSpan(text, ln)
			sections = append(sections, corpus.Note{Kind: corpus.Editorial, Anchor: h, Extent: h, Body: h})
		}
		started = true
		cues = append(cues, here...)
	}
	if len(cues) == 0 {
		return nil, &corpus.InputError{File: name, Msg: noCues}
	}
	bodyStart := cues[0].off + cues[0].start
	b.SetRoster(roster)
	b.SetMatter(span(0, bodyStart), span(bodyEnd, len(text)))
	title, date := corpus.FrontMetadata(written, corpus.TrimSpan(text, span(0, bodyStart)))
	if h, hl := headingTitle(written, span(0, bodyStart)); h != "" && (title == "" || hl < titleLine(written, span(0, bodyStart), title)) {
		// "89. Memorandum of Conversation" before a subtitle that
		// FrontMetadata takes for the title.
		title = h
	}
	b.SetMetadata(title, date)

	// The apparatus: every bracket note, and the furniture and markers
	// within the conversation.
	b.AddNotes(notes...)
	b.AddNotes(sections...)
	for _, n := range furniture {
		if n.Anchor.Start >= bodyStart && n.Anchor.Start < bodyEnd && !overlapsAny(n.Extent, notes) {
			b.AddNotes(n)
		}
	}
	// Stage directions, in cues and in speech.
	for _, c := range cues {
		if c.stage.Len() > 0 {
			s := span(c.off+c.stage.Start, c.off+c.stage.End)
			b.AddNotes(corpus.Note{Kind: corpus.Stage, Anchor: s, Extent: s, Body: corpus.TrimSpan(text, span(s.Start+1, s.End-1))})
		}
	}
	b.StageNotes(masked, span(bodyStart, bodyEnd))
	// Narration between the speeches ("Tea was served.").
	framings := make([]corpus.Span, len(cues))
	for i, c := range cues {
		framings[i] = span(c.off+c.start, c.off+c.end)
	}
	b.AddNotes(narration(masked, span(bodyStart, bodyEnd), framings)...)

	// Utterances, joined into turns by the Builder.
	for i, c := range cues {
		start := c.off + c.start
		next := bodyEnd
		if i+1 < len(cues) {
			next = cues[i+1].off + cues[i+1].start
		}
		u := corpus.Utterance{
			Cue:     span(start, c.off+c.end),
			CueName: strings.Join(strings.Fields(masked[c.off+c.nameStart:c.off+c.nameEnd]), " "),
			Text:    corpus.TrimSpan(text, span(start, next)),
		}
		u.Speech = b.SpeechIn(span(u.Cue.End, u.Text.End))
		b.Add(c.speaker, u, span(start, next))
	}
	return b.Document(noCues)
}

// learnNames adds to the cast the names and offices in mixed case that
// open two paragraphs or sentences with a reporting verb (a name, two
// paragraphs where the record lists its participants), or one paragraph
// with a title or initials and a complementizer ("Comrade Molotov says
// that").
func learnNames(cast *cast, masked string, lines []corpus.Span, taken map[int]bool, listed bool) {
	p := &parser{cast: cast, learn: true}
	count, spelled := map[string]int{}, map[string]string{}
	links := map[string]map[string]string{} // office -> key -> name: "Secretary Rusk"
	for li, ln := range lines {
		if taken[li] {
			continue
		}
		s := ln.In(masked)
		starts := append([]int{paragraphStart(s)}, sentenceStarts(s)...)
		for k, pos := range starts {
			c, ok := p.parse(s, pos, true)
			if !ok || k > 0 && listed && c.kind != office {
				// With a list of participants, a name not on it must
				// open paragraphs: one that opens sentences only is
				// someone the speakers tell of.
				continue
			}
			if o := officeKey(c.prefix); o != "" && c.kind == named && (cast.officeSpeakers[o] || len(cast.offices[o]) == 0) {
				n := c.name
				if n == "" {
					n = c.written
				}
				if links[o] == nil {
					links[o] = map[string]string{}
				}
				links[o][key(n)] = n
			}
			if c.candidate == "" {
				continue
			}
			count[c.candidate]++
			if k == 0 && c.kind == named && (c.prefix != "" || c.written != "" && isInitials(strings.Fields(c.written)[0])) && c.end > 0 && complemented(s, c.end) {
				// "Comrade Molotov says that", "A.B. Smith replied that"
				// opening a paragraph: a title or initials and a
				// complementizer make a speaker of one cue.
				count[c.candidate]++
			}
			if _, ok := spelled[c.candidate]; !ok {
				spelled[c.candidate] = c.written
			}
		}
	}
	var keys []string
	for k, n := range count {
		if n >= 2 {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	// An office that a cue gives with one name ("Secretary Rusk said")
	// is that participant ("The Secretary" is Rusk).
	var offices []string
	for o := range links {
		offices = append(offices, o)
	}
	sort.Strings(offices)
	for _, o := range offices {
		if len(links[o]) != 1 {
			continue
		}
		for _, n := range links[o] {
			cast.add(n)
			delete(cast.officeSpeakers, o)
			cast.addOffice(o, cast.alias[key(n)])
		}
	}
	for _, k := range keys {
		if o, ok := strings.CutPrefix(k, "the "); ok && officeKey(o) != "" {
			cast.addOffice(o, "")
			continue
		}
		cast.add(spelled[k])
	}
}

// lineCues returns the cues in one paragraph, in order: at its start, at
// the start of each sentence, and the framing inside sentences.
func lineCues(p *parser, s string) []cue {
	var cs []cue
	start := corpus.SkipSpaces(s, 0)
	if c, ok := p.parse(s, paragraphStart(s), true); ok {
		c.start = start
		cs = append(cs, c)
	}
	for _, pos := range sentenceStarts(s) {
		if len(cs) > 0 && pos < cs[len(cs)-1].end {
			continue
		}
		if c, ok := p.parse(s, pos, true); ok {
			cs = append(cs, c)
		} else if c, ok := according(p, s, pos); ok {
			cs = append(cs, c)
		} else if c, ok := framingAt(p, s, pos); ok {
			cs = append(cs, c) // "Continues Stalin: ..."
		}
	}
	starts := append([]int{paragraphStart(s)}, sentenceStarts(s)...)
	for _, pos := range clauseStarts(s) {
		if jointSubject(s, starts, pos) {
			continue // "The Secretary and the Ambassador agreed": one act of two
		}
		if c, ok := p.parse(s, pos, false); ok && (c.kind == named || c.kind == office) && pastVerb(s, c.nameEnd) {
			cs = append(cs, c)
		}
	}
	return mergeFraming(cs, framingCues(p, s))
}

// subjectRe is a sentence's subject alone: a name or an office of up to
// four capitalised words ("The Secretary", "Mr. Kohler").
var subjectRe = regexp.MustCompile(`^(?:The\s+|the\s+)?\p{Lu}[\p{L}.'’\-]*(?:\s+\p{Lu}[\p{L}.'’\-]*){0,3}$`)

// jointSubject reports whether the clause at pos follows " and " after a
// sentence's subject alone, so that it is the second half of a joint
// subject ("The Secretary and the Ambassador agreed that"), no clause.
func jointSubject(s string, starts []int, pos int) bool {
	if pos < len(" and ") || s[pos-len(" and "):pos] != " and " {
		return false
	}
	from := 0
	for _, st := range starts {
		if st <= pos-len(" and ") && st > from {
			from = st
		}
	}
	return subjectRe.MatchString(strings.TrimSpace(s[from : pos-len(" and ")]))
}

// referent is a participant a sentence tells of, at an offset of its line.
type referent struct {
	at   int
	name string
}

// actVerbs are the verbs of a participant's talk told, not reported, with
// the preposition they take: no speech, but the participant is the one the
// next "he" means ("Mr. Gromyko entered into a history of disarmament ...
// He said that ..."). Other acts ("took", "handed") name no talker.
var actVerbs = map[string]string{"entered": "into", "launched": "into", "embarked": "on", "went": "into"}

// referents returns the participants that sentences of s tell of as
// subjects of an act (see actVerbs), after any opening phrase ("Without
// replying directly to the Secretary, Mr. Gromyko entered into ...").
func referents(p *parser, s string) []referent {
	var out []referent
	for _, pos := range append([]int{paragraphStart(s)}, sentenceStarts(s)...) {
		at := pos
		// An opening phrase up to a comma, of up to twelve words.
		if e := strings.IndexByte(s[pos:], ','); e > 0 && e < 100 && !strings.ContainsAny(s[pos:pos+e], ".;:") {
			if k := corpus.SkipSpaces(s, pos+e+1); k < len(s) {
				at = k
			}
		}
		for _, i := range []int{pos, at} {
			var c cue
			j, ok := p.subject(s, i, &c)
			if !ok || (c.kind != named && c.kind != office) || c.name == "" {
				continue
			}
			w, k := word(s, corpus.SkipSpaces(s, j))
			if prep, ok := actVerbs[w]; ok {
				if _, ok := phrase(s, k, prep); ok {
					out = append(out, referent{at: i, name: c.name})
					break
				}
			}
		}
	}
	sort.Slice(out, func(a, b int) bool { return out[a].at < out[b].at })
	return out
}

// clauseStarts returns the offsets in s where a clause joined to the one
// before begins: after "; ", ", and ", " and ", ", but ", ", whereupon ".
func clauseStarts(s string) []int {
	var out []int
	for _, sep := range []string{"; ", ", and ", " and ", ", but ", ", whereupon ", ", to which "} {
		for i := 0; ; {
			k := strings.Index(s[i:], sep)
			if k < 0 {
				break
			}
			i += k + len(sep)
			if i < len(s) && (corpus.StartsUpper(s[i:]) || strings.HasPrefix(s[i:], "the ")) {
				out = append(out, i)
			}
		}
	}
	sort.Ints(out)
	uniq := out[:0]
	for i, p := range out {
		if i == 0 || p != out[i-1] {
			uniq = append(uniq, p)
		}
	}
	return uniq
}

// pastVerb reports whether the verb after a cue's subject at i is in the
// past tense ("said", "replied"), as a narrated record writes it; joined
// clauses of a record in the present tense are no cues.
func pastVerb(s string, i int) bool {
	w, j := word(s, corpus.SkipSpaces(s, i))
	if cueAdverbs[w] {
		w, _ = word(s, corpus.SkipSpaces(s, j))
	}
	return strings.HasSuffix(w, "ed") || w == "said" || w == "told" || w == "went"
}

// paragraphStart returns where a paragraph's text begins, after white
// space and a paragraph number ("1.", "(a)", "II.").
func paragraphStart(s string) int {
	i := corpus.SkipSpaces(s, 0)
	if m := numberingRe.FindStringIndex(s[i:]); m != nil {
		return i + m[1]
	}
	return i
}

// mergeFraming returns the cues and the framing cues in order, leaving
// out any that overlaps one before it (cues first, framing after).
func mergeFraming(cs, framing []cue) []cue {
	all := append(append([]cue(nil), cs...), framing...)
	sort.SliceStable(all, func(i, j int) bool {
		if all[i].start != all[j].start {
			return all[i].start < all[j].start
		}
		return !all[i].framing && all[j].framing
	})
	var out []cue
	for _, c := range all {
		if n := len(out); n > 0 && c.start < out[n-1].end {
			continue
		}
		out = append(out, c)
	}
	return out
}

func overlapsAny(s corpus.Span, notes []corpus.Note) bool {
	for _, n := range notes {
		for _, x := range []corpus.Span{n.Anchor, n.Extent} {
			if s.Start < x.End && x.Start < s.End {
				return true
			}
		}
	}
	return false
}

// namedOther returns the one person a first-person record names with a
// title or an office in its first lines of prose ("I asked Ambassador
// Dobrynin to call"), or "" where it names none or several.
func namedOther(masked string, lines []corpus.Span, taken map[int]bool, author string) string {
	found := map[string]string{}
	prose := 0
	for li, ln := range lines {
		if taken[li] {
			continue
		}
		s := ln.In(masked)
		if len(strings.Fields(s)) < 6 {
			continue
		}
		for i := 0; i < len(s); {
			w, j := word(s, i)
			if w == "" {
				i++
				continue
			}
			if isPrefix(s, i, w, j) && (i == 0 || s[i-1] == ' ') {
				k := j
				for {
					if k < len(s) && s[k] == '.' {
						k++
					}
					k2 := corpus.SkipSpaces(s, k)
					w2, j2 := word(s, k2)
					if k2 == k || w2 == "" || !isPrefix(s, k2, w2, j2) {
						break
					}
					k = j2
				}
				k2 := corpus.SkipSpaces(s, k)
				if n, j2 := word(s, k2); k2 > k && n != "" && corpus.StartsUpper(n) && !isPrefix(s, k2, n, j2) && key(n) != key(author) {
					found[key(n)] = n
					i = j2
					continue
				}
			}
			i = j
		}
		if prose++; prose == 3 {
			break
		}
	}
	if len(found) != 1 {
		return ""
	}
	for _, n := range found {
		return n
	}
	return ""
}

// lastGloss returns the last part of a role ("Prime Minister, Mr.
// Macmillan" gives "Mr. Macmillan").
func lastGloss(role string) string {
	if k := strings.LastIndex(role, ", "); k >= 0 {
		return role[k+2:]
	}
	return role
}

// complemented reports whether a cue ending at end closes with a
// complementizer ("that", ":") or opens a reported question ("whether",
// "if", "how").
func complemented(s string, end int) bool {
	if s[end-1] == ':' || strings.HasSuffix(strings.TrimRight(s[:end], ", "), "that") {
		return true
	}
	w, _ := word(s, corpus.SkipSpaces(s, end))
	return w == "whether" || w == "if" || w == "how" || w == "why" || w == "what" || w == "when"
}

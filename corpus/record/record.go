package record

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"parley/corpus"
)

// Read reads an archival record of a conversation in reported
// speech, such as the bundled 1947 record ("Comrade STALIN says that, ...",
// "ZILLIACUS answers that ..."). name is used in errors and outputs only.
//
// The rules, in the order they apply:
//
//  1. Apparatus. Footnote markers "[footnoteRef:N]" and bodies "[N: ...]"
//     (brackets nest inside a body) become one footnote Note, linked by N;
//     "[…]" is an elision; any other bracketed insertion ("[signature]") is
//     editorial. None of it is speech, wherever it stands.
//  2. Roster. A line "Attendants:", "Present:", "Participants:" (and a few
//     more) before the conversation lists participants, split at commas
//     and "and"; a parenthesis after a name is the role ("Hughes
//     (secretary of delegation)").
//  3. Speakers. A paragraph is a line. A paragraph that opens with a name in
//     capitals, an optional title and stage direction, then a reporting
//     verb ("Comrade STALIN (smiling) says") introduces that name as a
//     speaker. Names in the roster and names so introduced are the known
//     speakers; a known name in any case ("Champion", "Comrade Stalin")
//     with a reporting verb is a cue too.
//  4. Cues. A cue stands at the start of a paragraph, after an opening
//     participial phrase ("Answering to Parkin, Comrade STALIN says that,"),
//     or at the start of a sentence ("... capitalism. Comrade STALIN says
//     that ..."). Nothing else is a cue: not a name mid-sentence ("asks
//     whether Generalissimo Stalin believes"), not a name before a colon
//     ("a question to Comrade Stalin: whether"), not a verb of thinking
//     ("Comrade Stalin thinks that"), not an adverb between name and verb
//     ("Zilliacus always said that"). The verbs are listed in
//     reportingVerbs; a cue's framing runs from its start through the
//     verb, its extension ("sets a question to Comrade Stalin:", "continues
//     his remarks and says") and a following "that," or ":".
//  5. Conversation. It runs from the first cue to the first paragraph that
//     closes it ("End of conversation.", "Recorded by ...") or is a
//     heading in capitals ("MARKING"), or to the end of the text. What
//     comes before is front matter, what comes after is back matter.
//  6. Turns. Each cue starts an utterance, which runs to the next cue; a
//     paragraph without a cue continues the current utterance.
//     Consecutive utterances of one speaker form one turn.
//  7. Stage directions. A parenthesis after a cue's name, and a
//     parenthesis in speech that holds a word of reaction ("(delegates
//     smile)"; see stageWords), is a stage Note, not speech.
//  8. Identity. A speaker's ID is the name with titles stripped and case
//     folded ("stalin"); the display name is the roster's spelling, else
//     the name in title case ("Stalin").
//  9. Metadata. The title is the front-matter line that opens with
//     "Record of", "Minutes of", "Transcript of" (and the like); the date
//     is the first full date in the front matter, as YYYY-MM-DD.
//
// A text with no cue is an error.
func Read(name string, src []byte) ([]*corpus.Document, error) {
	d, err := read(name, src)
	if err != nil {
		return nil, err
	}
	return []*corpus.Document{d}, nil
}

// ReadOne reads a file that holds one record, as Read does, and returns
// its document.
func ReadOne(name string, src []byte) (*corpus.Document, error) {
	docs, err := Read(name, src)
	if err != nil {
		return nil, err
	}
	return docs[0], nil
}

func read(name string, src []byte) (*corpus.Document, error) {
	if err := corpus.CheckText(name, src); err != nil {
		return nil, err
	}
	text := string(src)
	b := corpus.NewBuilder(name, "record", text)
	masked := b.BracketNotes()
	lines := corpus.SplitLines(masked)
	var roster []corpus.Participant

	// Roster and the speakers introduced in capitals. The roster counts
	// only before the first cue in capitals, where the conversation begins
	// at the latest.
	known := map[string]bool{}
	firstCaps := len(lines)
	for li, ln := range lines {
		s := ln.In(masked)
		if c, ok := parseCue(s, corpus.SkipSpaces(s, 0), known, true, true); ok && c.caps {
			firstCaps = li
			break
		}
	}
	rosterLine := -1
	for li, ln := range lines[:firstCaps] {
		if found, ok := corpus.ParseRoster(masked, ln); ok {
			rosterLine = li
			for _, p := range found {
				p.Line = li + 1
				roster = append(roster, p)
				if id := corpus.SpeakerID(p.Name); id != "" {
					known[id] = true
				}
			}
			break
		}
	}
	for li, ln := range lines {
		if li == rosterLine {
			continue
		}
		s := ln.In(masked)
		if c, ok := parseCue(s, corpus.SkipSpaces(s, 0), known, true, true); ok && c.caps {
			known[c.id] = true
		}
	}

	// The conversation: cues from the first cue to the closing paragraph.
	type at struct {
		cue
		line int // 0-based
		off  int // offset of the line in the text
	}
	var cues []at
	bodyEnd := len(text)
	started := false
	for li, ln := range lines {
		if li == rosterLine {
			continue
		}
		s := ln.In(masked)
		cs := lineCues(s, known)
		if !started && len(cs) == 0 {
			continue
		}
		if started && len(cs) == 0 && closesConversation(s) {
			bodyEnd = ln.Start
			break
		}
		started = true
		for _, c := range cs {
			cues = append(cues, at{c, li, ln.Start})
		}
	}
	if len(cues) == 0 {
		return nil, &corpus.InputError{File: name, Msg: `no speaker cues found: a record needs paragraphs that open with a speaker and a reporting verb, such as "Comrade STALIN says that, ..." or "ZILLIACUS answers that ..."`}
	}
	bodyStart := cues[0].off + cues[0].start
	b.SetRoster(roster)
	b.SetMatter(span(0, bodyStart), span(bodyEnd, len(text)))
	b.SetMetadata(corpus.FrontMetadata(masked, corpus.TrimSpan(text, span(0, bodyStart))))

	// Stage directions, in cues and in speech.
	for _, c := range cues {
		if c.stage.Len() > 0 {
			s := span(c.off+c.stage.Start, c.off+c.stage.End)
			b.AddNotes(corpus.Note{Kind: corpus.Stage, Anchor: s, Extent: s, Body: corpus.TrimSpan(text, span(s.Start+1, s.End-1))})
		}
	}
	b.StageNotes(masked, span(bodyStart, bodyEnd))

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
			Line:    c.line + 1,
		}
		u.Speech = b.SpeechIn(span(u.Cue.End, u.Text.End))
		b.Add(c.name, u, span(start, next))
	}
	return b.Document("no speaker cues found")
}

// lineCues returns the cues in one paragraph, in order: at its start, and
// at the start of each sentence.
func lineCues(s string, known map[string]bool) []cue {
	var cs []cue
	p := corpus.SkipSpaces(s, 0)
	if c, ok := parseCue(s, p, known, true, false); ok {
		cs = append(cs, c)
	}
	for _, p := range sentenceStarts(s) {
		if len(cs) > 0 && p < cs[len(cs)-1].end {
			continue
		}
		if c, ok := parseCue(s, p, known, true, false); ok {
			cs = append(cs, c)
		}
	}
	return cs
}

// sentenceStarts returns the offsets in s where a sentence begins after
// another: past ".", "!" or "?", any closing quotes or brackets, and white
// space, at an upper-case letter.
func sentenceStarts(s string) []int {
	var out []int
	for i := 0; i < len(s); i++ {
		if s[i] != '.' && s[i] != '!' && s[i] != '?' {
			continue
		}
		if s[i] == '.' && abbreviationBefore(s, i) {
			continue
		}
		j := i + 1
		for j < len(s) {
			if strings.HasPrefix(s[j:], "”") || strings.HasPrefix(s[j:], "’") {
				j += len("”")
				continue
			}
			if s[j] == '"' || s[j] == '\'' || s[j] == ')' || s[j] == ']' {
				j++
				continue
			}
			break
		}
		k := corpus.SkipSpaces(s, j)
		if k > j && k < len(s) && corpus.StartsUpper(s[k:]) {
			out = append(out, k)
		}
		i = j - 1
	}
	return out
}

// abbreviations end with a period that does not end a sentence.
var abbreviations = corpus.WordSet(`mr mrs ms dr prof gen col lt sgt capt cmdr adm rev hon sen rep gov st jr sr messrs mme mlle no nos vs cf etc viz ibid`)

// abbreviationBefore reports whether the period at s[i] ends an
// abbreviation ("Mr.") or an initial ("J.V.") rather than a sentence.
func abbreviationBefore(s string, i int) bool {
	j := i
	for j > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:j])
		if !unicode.IsLetter(r) {
			break
		}
		j -= size
	}
	w := s[j:i]
	if utf8.RuneCountInString(w) == 1 && corpus.StartsUpper(w) {
		return true
	}
	return abbreviations[strings.ToLower(w)]
}

var closingRe = regexp.MustCompile(`(?i)^\s*(end of (the )?(conversation|record|meeting|transcript|session|interview|talks?)\b|recorded by\b|the record was (made|taken) by\b)`)

// closesConversation reports whether a paragraph without a cue ends the
// conversation: a closing formula or a heading in capitals.
func closesConversation(s string) bool {
	if closingRe.MatchString(s) {
		return true
	}
	t := strings.TrimSpace(s)
	if t == "" || strings.ContainsAny(t[:1], "([") || strings.ContainsAny(t[len(t)-1:], ".!?,;:)]") {
		// "(LAUGHTER)" is a stage direction, "USSR!" speech.
		return false
	}
	letters := 0
	for _, r := range s {
		if r >= 'a' && r <= 'z' {
			return false
		}
		if r >= 'A' && r <= 'Z' {
			letters++
		}
	}
	return letters >= 3 && len(strings.Fields(s)) <= 12
}

// span returns the span [start, end).
func span(start, end int) corpus.Span { return corpus.Span{Start: start, End: end} }

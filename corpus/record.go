package corpus

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// RecordMethods describes the record reader for a report's Methods: how
// ReadRecord found cues, speech and notes, as a paper would say it.
const RecordMethods = "A speaker cue is a name (with any title, such as \"Comrade\", and any stage direction) followed by a reporting verb (\"says\", \"asks\", \"answers\", \"declares\", \"notes\", \"remarks\", \"adds\", \"replies\", \"specifies\", \"continues\", \"thanks\", \"expresses\", \"sets a question\", ...), at the start of a paragraph, after an opening phrase (\"Answering to Parkin, ...\"), or at the start of a sentence. Names in capitals and names on the roster are speakers; a name mid-sentence, a verb of thinking (\"thinks\", \"believes\") or an adverb between name and verb (\"always said\") makes no cue. A paragraph without a cue continues the current speaker; consecutive utterances of one speaker form one turn. The conversation runs from the first cue to a closing formula (\"End of conversation.\") or a heading in capitals."

// ReadRecord reads an archival record of a conversation in reported
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
func ReadRecord(name string, src []byte) (*Document, error) {
	if err := CheckText(name, src); err != nil {
		return nil, err
	}
	text := string(src)
	b := NewBuilder(name, "record", text)
	masked := b.BracketNotes()
	lines := SplitLines(masked)
	var roster []Participant

	// Roster and the speakers introduced in capitals. The roster counts
	// only before the first cue in capitals, where the conversation begins
	// at the latest.
	known := map[string]bool{}
	firstCaps := len(lines)
	for li, ln := range lines {
		s := ln.In(masked)
		if c, ok := parseCue(s, skipSpaces(s, 0), known, true, true); ok && c.caps {
			firstCaps = li
			break
		}
	}
	rosterLine := -1
	for li, ln := range lines[:firstCaps] {
		if found, ok := ParseRoster(masked, ln); ok {
			rosterLine = li
			for _, p := range found {
				p.Line = li + 1
				roster = append(roster, p)
				if id := SpeakerID(p.Name); id != "" {
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
		if c, ok := parseCue(s, skipSpaces(s, 0), known, true, true); ok && c.caps {
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
		return nil, &InputError{File: name, Msg: `no speaker cues found: a record needs paragraphs that open with a speaker and a reporting verb, such as "Comrade STALIN says that, ..." or "ZILLIACUS answers that ..."`}
	}
	bodyStart := cues[0].off + cues[0].start
	b.SetRoster(roster)
	b.SetMatter(Span{0, bodyStart}, Span{bodyEnd, len(text)})
	b.SetMetadata(FrontMetadata(masked, TrimSpan(text, Span{0, bodyStart})))

	// Stage directions, in cues and in speech.
	for _, c := range cues {
		if c.stage.Len() > 0 {
			s := Span{c.off + c.stage.Start, c.off + c.stage.End}
			b.AddNotes(Note{Kind: Stage, Anchor: s, Extent: s, Body: TrimSpan(text, Span{s.Start + 1, s.End - 1})})
		}
	}
	b.StageNotes(masked, Span{bodyStart, bodyEnd})

	// Utterances, joined into turns by the Builder.
	for i, c := range cues {
		start := c.off + c.start
		next := bodyEnd
		if i+1 < len(cues) {
			next = cues[i+1].off + cues[i+1].start
		}
		u := Utterance{
			Cue:     Span{start, c.off + c.end},
			CueName: strings.Join(strings.Fields(masked[c.off+c.nameStart:c.off+c.nameEnd]), " "),
			Text:    TrimSpan(text, Span{start, next}),
			Line:    c.line + 1,
		}
		u.Speech = b.SpeechIn(Span{u.Cue.End, u.Text.End})
		b.Add(c.name, u, Span{start, next})
	}
	return b.Document("no speaker cues found")
}

// lineCues returns the cues in one paragraph, in order: at its start, and
// at the start of each sentence.
func lineCues(s string, known map[string]bool) []cue {
	var cs []cue
	p := skipSpaces(s, 0)
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
		k := skipSpaces(s, j)
		if k > j && k < len(s) && StartsUpper(s[k:]) {
			out = append(out, k)
		}
		i = j - 1
	}
	return out
}

// abbreviations end with a period that does not end a sentence.
var abbreviations = wordSet(`mr mrs ms dr prof gen col lt sgt capt cmdr adm rev hon sen rep gov st jr sr messrs mme mlle no nos vs cf etc viz ibid`)

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
	if utf8.RuneCountInString(w) == 1 && StartsUpper(w) {
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

var rosterRe = regexp.MustCompile(`(?i)^\s*(attendants|attending|present|participants|participating|in attendance|also present)\s*:\s*(.+?)\s*$`)

// parseRoster reads a roster line ("Attendants: Zilliacus, White, ...
// and Hughes (secretary of delegation).").
func ParseRoster(masked string, ln Span) ([]Participant, bool) {
	m := rosterRe.FindStringSubmatch(ln.In(masked))
	if m == nil {
		return nil, false
	}
	list := strings.TrimRight(m[2], ". ")
	var out []Participant
	for _, part := range splitList(list) {
		name, role := part, ""
		if i := strings.IndexByte(part, '('); i >= 0 {
			name = part[:i]
			role = strings.TrimSpace(strings.Trim(part[i:], "() "))
		}
		name = strings.Join(strings.Fields(name), " ")
		if name == "" {
			continue
		}
		out = append(out, Participant{Name: name, Role: role})
	}
	return out, len(out) > 0
}

// splitList splits "A, B, C and D (x, y)" at commas and "and" outside
// parentheses.
func splitList(s string) []string {
	var parts []string
	depth, from := 0, 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '(':
			depth++
		case ')':
			depth--
		case ',', ';':
			if depth == 0 {
				parts = append(parts, s[from:i])
				from = i + 1
			}
		case ' ':
			if depth == 0 && strings.HasPrefix(s[i:], " and ") {
				parts = append(parts, s[from:i])
				from = i + len(" and ")
				i += len(" and ") - 1
			}
		}
	}
	parts = append(parts, s[from:])
	for i := range parts {
		parts[i] = strings.TrimSpace(parts[i])
	}
	return parts
}

var (
	titleRe = regexp.MustCompile(`^(record|records|minutes|transcript|memorandum|protocol|notes) of `)
	months  = map[string]int{"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12}
	dateRes = []*regexp.Regexp{
		// Matched against lower-cased text: (?i) would make them several
		// times slower.
		regexp.MustCompile(`\b(january|february|march|april|may|june|july|august|september|october|november|december)\s*,?\s*(\d{1,2})(?:st|nd|rd|th)?\s*,?\s*(\d{4})\b`),
		regexp.MustCompile(`\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(january|february|march|april|may|june|july|august|september|october|november|december)\s*,?\s*(\d{4})\b`),
		regexp.MustCompile(`\b(\d{4})-(\d{2})-(\d{2})\b`),
	}
)

// frontMetadata finds the title and date in the front matter, line by
// line: the title is the first line that opens with "Record of" (or
// "Minutes of", ...); the date is the first full date on any line.
func FrontMetadata(masked string, front Span) (title, date string) {
	for _, ln := range SplitLines(front.In(masked)) {
		line := strings.TrimSpace(ln.In(front.In(masked)))
		lower := strings.ToLower(line)
		if title == "" && titleRe.MatchString(lower) {
			title = strings.Join(strings.Fields(line), " ")
		}
		if date == "" && hasYear(lower) {
			date = FindDate(lower)
		}
	}
	return title, date
}

// findDate returns the earliest full date in a lower-cased line, as
// YYYY-MM-DD, or "".
func FindDate(line string) string {
	best, date := -1, ""
	for k, re := range dateRes {
		m := re.FindStringSubmatchIndex(line)
		if m == nil || (best >= 0 && m[0] >= best) {
			continue
		}
		g := func(i int) string { return line[m[2*i]:m[2*i+1]] }
		var y, mo, d int
		switch k {
		case 0:
			mo, d, y = months[g(1)], atoi(g(2)), atoi(g(3))
		case 1:
			d, mo, y = atoi(g(1)), months[g(2)], atoi(g(3))
		default:
			y, mo, d = atoi(g(1)), atoi(g(2)), atoi(g(3))
		}
		if t := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC); t.Year() != y || int(t.Month()) != mo || t.Day() != d {
			continue // "February 31"
		}
		best, date = m[0], fmt.Sprintf("%04d-%02d-%02d", y, mo, d)
	}
	return date
}

// hasYear reports whether s holds a run of four digits.
func hasYear(s string) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			if run++; run == 4 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// mask returns src with every bracketed note (and any byte order mark
// and no-break space) blanked to spaces, byte for byte, so that offsets
// into the result are offsets into src and no cue is
// found inside the apparatus.
func Mask(src string, notes []Note) string {
	b := []byte(src)
	// A byte order mark and no-break spaces are white space to the
	// reader.
	for _, ws := range []string{"\ufeff", "\u00a0"} {
		for i := 0; ; {
			k := strings.Index(src[i:], ws)
			if k < 0 {
				break
			}
			for j := i + k; j < i+k+len(ws); j++ {
				b[j] = ' '
			}
			i += k + len(ws)
		}
	}
	for _, n := range notes {
		for _, s := range n.extents() {
			for i := s.Start; i < s.End; i++ {
				if b[i] != '\n' {
					b[i] = ' '
				}
			}
		}
	}
	return string(b)
}

// splitLines returns the span of each line of s, without its "\n" or a
// trailing "\r".
func SplitLines(s string) []Span {
	var out []Span
	start := 0
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == '\n' {
			end := i
			if end > start && s[end-1] == '\r' {
				end--
			}
			if i < len(s) || start < len(s) {
				out = append(out, Span{start, end})
			}
			start = i + 1
		}
	}
	return out
}

func sortNotes(notes []Note) {
	sort.SliceStable(notes, func(i, j int) bool {
		a, b := notes[i], notes[j]
		if a.Anchor.Start != b.Anchor.Start {
			return a.Anchor.Start < b.Anchor.Start
		}
		return a.Number < b.Number
	})
}

func hasAnchor(notes []Note, s Span) bool {
	for _, n := range notes {
		if n.Anchor == s {
			return true
		}
	}
	return false
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

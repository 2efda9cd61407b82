package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// LabelLine is a line of text that opens with a speaker's label.
type LabelLine struct {
	// Line is the line, without its line break.
	Line Span
	// Label is the label; its spans are offsets into the line.
	Label Label
	// Name is the speaker's name as the label writes it ("Susan Page",
	// "SPEAKER_00"); ID is the speaker's identity (SpeakerID), so that
	// "INTERVIEWER" and "interviewer" are one speaker.
	Name, ID string
}

// roleFields are the field words that also name a role in a
// conversation: "Subject:" once is a memo's field, "Subject:" opening
// every other line the interview's subject.
var roleFields = map[string]bool{"subject": true, "participant": true}

// manyLabels is how many lines the repeated labels of a document must open
// before a label that opens one line only needs a shape of its own to
// count ("Speaker 3:", "JONES:", "Ann (00:03):"): a one-off "Break:" among
// forty lines of two speakers is no speaker; "Jones: Hi." in a five-line
// exchange is.
const manyLabels = 8

// SpeakerLines returns the lines among lines (spans of text) that open
// with a speaker's label, in order. It reads the labels with ParseLabel
// and decides for the document as a whole which of them name speakers:
//
//   - never a heading or field word ("Note:", "Source:", "Step 2:"; see
//     IsHeadingLabel), a name that reads as a sentence ("The point is:"),
//     or a label whose text is a bare URL ("Podcast: https://...");
//   - a label that opens two lines or more, or whose ID is known (a
//     roster, a participants line), always, and so a role that is also a
//     field word ("Subject:", "Participant:") only then; so is a full
//     name that opens one line only where a repeated label shortens it
//     ("**Adaeze Okonkwo:**" once, "**Adaeze:**" after; IsNameVariant);
//   - a label that opens one line only, when the document's repeated
//     labels open few lines (under manyLabels: a short exchange), or when
//     its shape is a speaker's whatever the document ("Speaker 3:",
//     "[Ann]:", ">> JONES:", a name in capitals, a name alone on its line
//     where the document's speakers are written so, a timestamp with
//     speech after it: "Ann (00:03): Yes, I think so.", a full name with
//     a sentence after it: "Audience Member: What about taxes?"; but not
//     "**Break:** [07:13] to [08:53]");
//   - but not a label with speech after it on its line where nine in ten
//     of the repeated labels stand alone on theirs (a verse "Farewell:
//     the leisure..." in a play set as "Name:" above the verse), nor one
//     inside a paragraph where nine in ten open one ("Here cousin:" in a
//     verse speech), nor one right below a name alone on its line, unless
//     its shape is a speaker's or it is known;
//   - nor a field of a header block before the conversation
//     ("Interviewee: Jane Doe", "Location: Jackson"): a label opening
//     the text with a capitalised short text that ends in no sentence
//     punctuation, with a blank line between it and the conversation.
//
// Where fewer than two labels are found so, a transcript that names its
// speakers alone on their lines with no colon is read (bareNameLines).
//
// A label of an office or role with the person in parentheses names the
// person (RolePerson: "The Minister for Health (Dr Ōtsuka):" is Dr
// Ōtsuka's). known may be nil.
func SpeakerLines(text string, lines []Span, known map[string]bool) []LabelLine {
	out := speakerLines(text, lines, known)
	if len(out) < 2 {
		if bare := bareNameLines(text, lines); bare != nil {
			return bare
		}
	}
	return out
}

// bareNameLines returns the lines of a transcript that names its speakers
// on lines of their own with no colon, the speech below ("Interviewer" /
// "How long have you lived here?"; Google Meet's and YouTube's "Ann Lee" /
// "0:05" / "Hi."): a line of one to four capitalised words that ends in
// no punctuation, opens a paragraph or stands above a time alone on its
// line, and has text right below it. The layout holds where two names or
// more recur so and open one paragraph in three or more; nil where it
// does not, so that a one-off heading ("Background") is no speaker.
func bareNameLines(text string, lines []Span) []LabelLine {
	var cands []LabelLine
	count := map[string]int{}
	timedIDs := map[string]bool{}
	paragraphs := 0
	// The lines may leave out the blank ones: a gap of two line breaks or
	// more, or a blank line, sets a paragraph apart.
	blankBefore := func(i int) bool {
		return i == 0 || strings.TrimSpace(lines[i-1].In(text)) == "" || strings.Count(text[lines[i-1].End:lines[i].Start], "\n") >= 2
	}
	for i, ln := range lines {
		line := ln.In(text)
		t := strings.TrimSpace(line)
		if t == "" {
			continue
		}
		opens := blankBefore(i)
		if opens {
			paragraphs++
		}
		// Names in capitals, or centred, above the speech are a play's or
		// a screenplay's layout, which their readers read.
		if i+1 >= len(lines) || strings.TrimSpace(lines[i+1].In(text)) == "" || blankBefore(i+1) || !bareName(t) ||
			strings.ToUpper(t) == t || len(line)-len(strings.TrimLeft(line, " \t")) > 2 {
			continue
		}
		timed := IsTimestamp(strings.TrimSpace(lines[i+1].In(text)))
		if !opens && !timed {
			continue
		}
		start := strings.Index(line, t)
		l := Label{Name: Span{start, start + len(t)}, End: len(line)}
		id := SpeakerID(t)
		if id == "" {
			id = strings.ToLower(t)
		}
		if timed {
			l.Time = Span{} // the time is on the line below, a cut of its own
			timedIDs[id] = true
		}
		cands = append(cands, LabelLine{Line: ln, Label: l, Name: t, ID: id})
		count[id]++
	}
	// A name above a time alone on its line is a speaker's; one above
	// the speech only where it recurs.
	var out []LabelLine
	ids := map[string]bool{}
	for _, c := range cands {
		if count[c.ID] >= 2 || timedIDs[c.ID] {
			out = append(out, c)
			ids[c.ID] = true
		}
	}
	if len(ids) < 2 || len(out) < 3 || len(timedIDs) == 0 && len(out)*3 < paragraphs {
		return nil
	}
	return out
}

// bareName reports whether t could be a speaker's name alone on its line:
// one to four words, each capitalised or a number ("Speaker 2"), at most
// 40 bytes, ending in no punctuation, no heading word or time.
func bareName(t string) bool {
	if len(t) > 40 || IsHeadingLabel(t) || IsTimestamp(t) {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(t)
	if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
		return false
	}
	words := strings.Fields(t)
	if len(words) > 4 {
		return false
	}
	for k, w := range words {
		first := firstRune(w)
		if !(unicode.IsUpper(first) || k > 0 && unicode.IsDigit(first)) {
			return false
		}
	}
	return true
}

func speakerLines(text string, lines []Span, known map[string]bool) []LabelLine {
	var cands []LabelLine
	count := map[string]int{}
	for _, ln := range lines {
		line := ln.In(text)
		l, ok := ParseLabel(line)
		if !ok {
			continue
		}
		name := strings.Join(strings.Fields(l.Name.In(line)), " ")
		if l.Time.Len() > 0 {
			name = chatSender(name)
		}
		// An office or role with the person in parentheses: "The
		// Minister for Health (Dr Ōtsuka):", "Caller (Fatima, Leeds):".
		if p := RolePerson(name, l.Role.In(line)); p != "" {
			name = p
		}
		// A log's line opens with its time, then the speaker: "[03
		// 04:05:06] CC:" is the capsule communicator, not a copy.
		logLine := l.Time.Len() > 0 && l.Time.Start < l.Name.Start
		if !logLine && IsHeadingLabel(name) && !roleFields[strings.ToLower(name)] || sentenceName(name) || bareURL(line[l.End:]) {
			continue
		}
		// The line below a name alone on its line is that speaker's
		// speech ("AUFIDIUS:" then "Farewell: the leisure...", "BRUTUS:"
		// then "Come:"), unless its shape is a speaker's.
		if n := len(cands); n > 0 && !speakerShape(l, name) && l.Time.Len() == 0 {
			if p := cands[n-1]; p.Label.Colon && !p.Label.Rest && DirectlyBelow(text, p.Line, ln) {
				continue
			}
		}
		id := SpeakerID(name)
		if id == "" {
			id = strings.ToLower(name)
		}
		cands = append(cands, LabelLine{Line: ln, Label: l, Name: name, ID: id})
		count[id]++
	}
	repeated, alone, colonless, upper, opening, firstRepeated := 0, 0, 0, 0, 0, len(cands)
	for i, c := range cands {
		if count[c.ID] >= 2 {
			repeated++
			if opensParagraph(text, c.Line) {
				opening++
			}
			if !c.Label.Colon {
				colonless++
			}
			if c.Label.Colon && !c.Label.Rest {
				alone++
			}
			if unicode.IsUpper(firstRune(c.Name)) {
				upper++
			}
			firstRepeated = min(firstRepeated, i)
		}
	}
	// Where nine in ten of the repeated labels stand alone on their line
	// above the speech (Rev, plays), a label with speech after it on the
	// line is a verse or a sentence ("Farewell: the leisure and the
	// fearful time") unless its shape says otherwise.
	aloneLayout := repeated > 0 && alone*10 >= repeated*9
	// Where nine in ten open a paragraph, one inside a paragraph is
	// speech ("Here cousin:" in the middle of a verse speech).
	paragraphLayout := repeated > 0 && opening*10 >= repeated*9
	// A header block opening the text, two labelled fields or more one
	// below the other ("Interviewer: John Smith" / "Interviewee: Jane
	// Doe"), then a break, then the conversation: front matter, even
	// where its labels speak later.
	header := 0
	for header < len(cands) && headerField(cands[header].Line.In(text)[cands[header].Label.End:]) &&
		(header == 0 || DirectlyBelow(text, cands[header-1].Line, cands[header].Line)) {
		header++
	}
	if header < 2 || header+2 > len(cands) || DirectlyBelow(text, cands[header-1].Line, cands[header].Line) {
		// Not two fields, no conversation after them, or no break
		// between: a chat's "Ann: Hello Bob" / "Bob: Hi Ann" / ...
		header = 0
	}
	var out []LabelLine
	for i, c := range cands {
		switch {
		case i < header:
			continue
		case aloneLayout && c.Label.Rest && !known[c.ID] && !speakerShape(c.Label, c.Name) && c.Label.Time.Len() == 0,
			paragraphLayout && !opensParagraph(text, c.Line) && !known[c.ID] && !speakerShape(c.Label, c.Name) && c.Label.Time.Len() == 0:
			continue
		case known[c.ID] || count[c.ID] >= 2:
		case fullFormOfRepeated(c, cands, count):
			// "**Adaeze Okonkwo:**" once, then "**Adaeze:**" many times.
		case roleFields[c.ID]:
			continue // "Subject: a meeting" once is a memo's field
		case !c.Label.Colon && !speakerShape(c.Label, c.Name) && (repeated == 0 || colonless*2 < repeated):
			// "Lunch 12:30" once: a name and a time one space apart
			// count only where the name recurs, or where the speakers
			// are labelled so.
			continue
		case upper*2 > repeated && unicode.IsLower(firstRune(c.Name)):
			// A one-off "brave Titus:" where the speakers' names are
			// capitalised.
			continue
		case i < firstRepeated && firstRepeated < len(cands) && headerField(c.Line.In(text)[c.Label.End:]) &&
			blankLineIn(text[c.Line.End:cands[firstRepeated].Line.Start]):
			continue
		case repeated < manyLabels, speakerShape(c.Label, c.Name), c.Label.Colon && !c.Label.Rest && alone*2 >= repeated,
			c.Label.Time.Len() > 0 && !marker(c.Line.In(text)[c.Label.End:]),
			fullName(c.Name) && sentence(c.Line.In(text)[c.Label.End:]),
			// "The Hon. Member for Lowther (Mrs Fitzgerald-Osei):": an
			// office with the person who holds it.
			RolePerson(c.Label.Name.In(c.Line.In(text)), c.Label.Role.In(c.Line.In(text))) != "",
			// "Mr Papadopoulos: Rubbish!": a title and a name, opening
			// its paragraph.
			titledName(c.Name) && opensParagraph(text, c.Line):
		default:
			continue
		}
		out = append(out, c)
	}
	return out
}

// titledName reports whether a label's name is a title and a capitalised
// name of one to three words ("Mr Papadopoulos", "Dr Jane Smith", "Sen.
// Ortiz"): a person's, whatever the document.
func titledName(name string) bool {
	words := strings.Fields(name)
	if len(words) < 2 || len(words) > 4 || !IsTitle(words[0]) {
		return false
	}
	for _, w := range words[1:] {
		if !unicode.IsUpper(firstRune(w)) || IsTitle(w) && w == words[len(words)-1] {
			return false
		}
	}
	return true
}

// fullFormOfRepeated reports whether a label that opens one line names in
// full the person a repeated label shortens ("Adaeze Okonkwo" of
// "Adaeze:", "Léa Moreau" of "LM:"; see IsNameVariant).
func fullFormOfRepeated(c LabelLine, cands []LabelLine, count map[string]int) bool {
	if !fullNameCore(nameCore(c.ID)) {
		return false
	}
	for _, o := range cands {
		if count[o.ID] >= 2 && IsNameVariant(o.Name, c.Name) {
			return true
		}
	}
	return false
}

// RolePerson returns the person a label's role in parentheses names
// where the label names an office or a role and the parenthesis the
// person holding it: "The Minister for Health (Dr Ōtsuka)" is Dr Ōtsuka,
// "The Hon. Member for Kingsford (Ms O'Connell)" Ms O'Connell, "Caller
// (Fatima, Leeds)" Fatima (a name, then a place). It returns "" where the
// label names the person ("Chris Wallace (Moderator)", "Ms KOVAČ
// (Fenner—Minister for Housing)") or the parenthesis names none
// ("(voice-over)"). name is the label's name, role its parenthesis.
func RolePerson(name, role string) string {
	if !strings.HasPrefix(role, "(") || !strings.HasSuffix(role, ")") {
		return ""
	}
	inner := strings.TrimSpace(role[1 : len(role)-1])
	head, _, comma := strings.Cut(inner, ",")
	words := strings.Fields(head)
	if len(words) == 0 || len(words) > 4 {
		return ""
	}
	for _, w := range words {
		if !StartsUpper(w) || !nameWord(w) {
			return ""
		}
	}
	outer := strings.Fields(name)
	if len(outer) == 0 || IsTitle(outer[0]) || Honorific(name) != 0 {
		return "" // "Ms KOVAČ (Fenner—...)": the name is the person's
	}
	titled := len(words) > 1 && (IsTitle(words[0]) || honorifics[strings.TrimSuffix(strings.ToLower(words[0]), ".")] != 0)
	office := strings.EqualFold(outer[0], "the") || len(outer) == 1
	switch {
	case titled && office, office && len(words) >= 2, comma && len(outer) == 1:
		return strings.Join(words, " ")
	}
	return ""
}

// opensParagraph reports whether line ln of text opens a paragraph: the
// text's first line, or one after a blank line.
func opensParagraph(text string, ln Span) bool {
	before := strings.TrimRight(text[:ln.Start], " \t\r")
	if strings.TrimSpace(before) == "" {
		return true
	}
	if !strings.HasSuffix(before, "\n") {
		return false
	}
	before = strings.TrimRight(before[:len(before)-1], " \t\r")
	return strings.HasSuffix(before, "\n") || strings.TrimSpace(before) == ""
}

// blankLineIn reports whether s, the text from one line's end to another
// line's start, holds a blank line.
func blankLineIn(s string) bool {
	parts := strings.Split(s, "\n")
	for _, ln := range parts[1 : len(parts)-1] {
		if strings.TrimSpace(ln) == "" {
			return true
		}
	}
	return false
}

// DirectlyBelow reports whether line b comes right after line a in text,
// with no line between.
func DirectlyBelow(text string, a, b Span) bool {
	gap := text[a.End:b.Start]
	return gap == "\n" || gap == "\r\n"
}

// chatSender returns the sender a chat log's label names: "Ann" for
// Zoom's "From Ann to Everyone" or "From Ann"; the name as it is else.
func chatSender(name string) string {
	rest, ok := strings.CutPrefix(name, "From ")
	if !ok {
		return name
	}
	if k := strings.Index(rest, " to "); k > 0 {
		rest = rest[:k]
	}
	return rest
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// speakerShape reports whether a label is a speaker's by its shape alone:
// brackets or chevrons, a name and a timestamp alone on a line set apart
// by two spaces or brackets (Otter's "Ann  0:03", Descript's "Ann
// [00:03]"; "Lunch 12:30" is no label), a number ("Speaker 3",
// "SPEAKER_02"), or a name in capitals of two letters or more.
func speakerShape(l Label, name string) bool {
	if l.Bracket || l.Chevron || !l.Colon && l.Time.Start-l.Name.End >= 2 {
		return true
	}
	letters := 0
	for _, r := range name {
		if unicode.IsDigit(r) {
			return true
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2 && strings.ToUpper(name) == name && strings.ToLower(name) != name
}

// nameParticles are the lower-case words a name may hold ("Charles de
// Gaulle", "First Citizen of Rome").
var nameParticles = WordSet(`of the de del della der den di du da dos das van von le la al el bin ibn y e and`)

// sentenceName reports whether a label's name reads as a sentence rather
// than a name: three words or more, one after the first in lower case and
// no particle ("The point is", "so what I mean"), nor the "for" of an
// office before a capitalised word ("The Minister for Health").
func sentenceName(name string) bool {
	words := strings.Fields(name)
	if len(words) < 3 {
		return false
	}
	for k, w := range words[1:] {
		if w == "for" && k+2 < len(words) && StartsUpper(words[k+2]) {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsLower(r) && !nameParticles[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

// bareURL reports whether s is one URL and nothing else.
func bareURL(s string) bool {
	s = strings.Trim(strings.TrimSpace(s), "<>")
	lower := strings.ToLower(s)
	return (strings.HasPrefix(lower, "http://") || strings.HasPrefix(lower, "https://") || strings.HasPrefix(lower, "www.")) && !strings.ContainsAny(s, " \t")
}

// headerField reports whether the text after a label is a header field's
// value ("Jane Doe", "May 5, 2004", "Jackson, Mississippi") rather than
// speech ("hi", "Welcome everyone"): six words at most, each capitalised,
// a number or a particle, ending in no sentence punctuation.
func headerField(s string) bool {
	s = strings.TrimSpace(s)
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 6 {
		return false
	}
	if r, _ := utf8.DecodeLastRuneInString(s); strings.ContainsRune(".?!…\"”'’)-–—", r) {
		return false
	}
	for _, w := range words {
		r := firstRune(strings.TrimLeft(w, "(\"“'‘"))
		if unicode.IsLower(r) && !nameParticles[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// fullName reports whether a name reads as a person's or a role's full
// name: two to four words, each capitalised or a particle ("Audience
// Member", "Jane Doe", "Charles de Gaulle"; not "Break").
func fullName(name string) bool {
	words := strings.Fields(name)
	if len(words) < 2 || len(words) > 4 {
		return false
	}
	for _, w := range words {
		if !unicode.IsUpper(firstRune(w)) && !nameParticles[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// sentence reports whether s reads as speech: three words or more,
// ending in sentence punctuation.
func sentence(s string) bool {
	s = strings.TrimSpace(s)
	if len(strings.Fields(s)) < 3 {
		return false
	}
	// A sentence ends on the line, or the line wraps after one has
	// ended ("Yes. Long grass does hold more ticks, that's").
	if strings.Contains(s, ". ") || strings.Contains(s, "? ") || strings.Contains(s, "! ") {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".?!…\"”", r)
}

// marker reports whether the text after a label reads as an editor's
// marker rather than speech: timestamps and three words at most, ending
// in no sentence punctuation ("[07:13] to [08:53]").
func marker(s string) bool {
	var words []string
	for _, w := range strings.Fields(s) {
		if !IsTimestamp(w) {
			words = append(words, w)
		}
	}
	if len(words) > 3 {
		return false
	}
	if len(words) == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(words[len(words)-1])
	return !strings.ContainsRune(".?!…\"”'’", r)
}

// looksLikeScriptBytes is how much of a text LooksLikeScript reads.
const looksLikeScriptBytes = 64 << 10

// LooksLikeScript reports whether a text is a script or transcript whose
// lines open with speakers' labels (see SpeakerLines), judging by its
// first 64 KB: two labelled lines or more, of two speakers or more (or
// three lines of one), and one labelled line in twenty units of text at
// least (paragraphs, and lines after a line that ends a sentence, so that
// hard-wrapped text counts as written); where no label repeats, one in
// two (a short exchange: "Smith: Hello" / "Jones: Hi"). A Markdown
// file's YAML front matter is left out.
func LooksLikeScript(s string) bool {
	s = Head(s, looksLikeScriptBytes)
	// The lines, and the units of text a label could open: a paragraph,
	// or a line after one that ends a sentence (so that hard-wrapped text
	// counts as written, a paragraph a unit).
	var lines []Span
	units, open := 0, true
	body := YAMLFrontMatter(s).End
	for _, ln := range SplitLines(s) {
		if ln.Start < body {
			continue
		}
		t := strings.TrimSpace(ln.In(s))
		if t == "" {
			open = true
			continue
		}
		if open {
			units++
		}
		r, _ := utf8.DecodeLastRuneInString(t)
		open = strings.ContainsRune(".?!…:\"”'’)]", r)
		lines = append(lines, ln)
	}
	labels := SpeakerLines(s, lines, nil)
	ids := map[string]int{}
	for _, l := range labels {
		ids[l.ID]++
	}
	repeated := false
	for _, n := range ids {
		repeated = repeated || n >= 2
	}
	switch {
	case len(labels) < 2, len(ids) < 2 && len(labels) < 3, len(labels)*20 < units:
		return false
	case !repeated:
		return len(labels)*2 >= units
	}
	return true
}

// YAMLFrontMatter returns the span of a Markdown file's YAML front matter:
// a first line "---", the fields, and a closing line "---" or "..." within
// the first 200 lines (or TOML's, between lines "+++"); an empty span at 0
// if there is none.
func YAMLFrontMatter(s string) Span {
	s0 := strings.TrimPrefix(s, "\ufeff")
	bom := len(s) - len(s0)
	fence := ""
	for _, f := range []string{"---", "+++"} {
		if strings.HasPrefix(s0, f+"\n") || strings.HasPrefix(s0, f+"\r\n") {
			fence = f
		}
	}
	if fence == "" {
		return Span{}
	}
	for k, ln := range SplitLines(s0) {
		if k > 200 {
			break
		}
		if k > 0 {
			if t := strings.TrimRight(ln.In(s0), " \t"); t == fence || fence == "---" && t == "..." {
				end := ln.End
				if end < len(s0) && s0[end] == '\r' {
					end++
				}
				if end < len(s0) && s0[end] == '\n' {
					end++
				}
				return Span{0, bom + end}
			}
		}
	}
	return Span{}
}

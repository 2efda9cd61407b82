package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Label is a speaker label found at the start of a line by ParseLabel.
// Its spans are offsets into the line.
type Label struct {
	// Name is the speaker's name as written, without markup, brackets,
	// timestamp or colon ("Speaker 1", "SPEAKER_00", "Mr. SMITH").
	Name Span
	// Role is a parenthesis after the name that is no timestamp
	// ("(Moderator)", "(V.O.)", "(Ms O'Connell)"), or a role after a comma
	// where captions and rush transcripts write one (">> ANN LEE, CHANNEL
	// 7 ANCHOR:"; the span holds the comma); empty if none.
	Role Span
	// Time is a timestamp in the label, before or after the name
	// ("00:03", "03 04:05:06"); empty if none.
	Time Span
	// Number is a transcript's line number before the label ("01" of
	// "01 ANN: so"); empty if none.
	Number Span
	// End is where the label ends: past its colon, closing markup and the
	// white space after it, where speech begins.
	End int
	// Colon reports whether the label ends in a colon (or its Markdown
	// equivalent); a label without one is a name and a timestamp alone on
	// a line, as Otter writes it ("Speaker 1  0:03").
	Colon bool
	// Rest reports whether the line goes on after the label.
	Rest bool
	// Markup is the Markdown emphasis around the label ("**", "__", "*",
	// "_"), or "".
	Markup string
	// Bracket reports whether the name stands in square brackets
	// ("[SPEAKER_00]:"); Chevron whether caption chevrons or a dialogue
	// dash open the line (">> NAME:", "- JOHN:").
	Bracket, Chevron bool
}

// maxLabelWords is the most words a speaker's name in a label may have
// ("Vice President Joe Biden", "First Citizen of Rome").
const maxLabelWords = 6

// ParseLabel reads a speaker label at the start of line (after any
// indentation), in any of the shapes transcripts use:
//
//	Name: text                     Susan Page: Good evening.
//	NAME: text, name: text         MAO ZEDONG: ..., interviewer: ...
//	Label with digits              Speaker 1: ..., SPEAKER_00: ...
//	Brackets                       [SPEAKER_00]: ..., [Ann]: ...
//	Caption chevrons and dashes    >> NAME: ..., - JOHN: ...
//	Markdown                       **Name:** ..., **Name**: ..., __Name:__ ...
//	Timestamp after the name       Name (00:03): ..., Name [00:03:12]: ..., Name: (00:03)
//	Timestamp before the name      [00:01:02] Name: ..., [03 04:05:06] CDR: ..., 00:01:02 Name: ...
//	IRC nicks                      <ann> hello, [10:02] <Bob> hi
//	Name and timestamp alone       Speaker 1  0:03   (Otter: the text follows below)
//	Timestamp and name alone       00:00:05 Speaker 2 (Word, Stream: the text below)
//	Name, a tab, the text          John<TAB>Hello there (a table pasted as text)
//	Q. and A.                      Q. Where were you born? / A. In Ohio.
//	                               Ann Lee [00:03:12] (Descript)
//	Role in parentheses            Chris Wallace (Moderator): ...
//	Role after a comma             >> ANN LEE, CHANNEL 7 ANCHOR: ... (chevrons, or all in capitals)
//	Q or A, a tab or spaces        Q    Mr. Secretary, ... (press briefings; no colon)
//
// The name begins with a letter, holds letters, digits, and inner
// periods, apostrophes, hyphens, underscores and spaces, and has at most
// six words. A colon that does not end the label is no label: not a time
// ("10:30"), not a URL ("http://"), not "a:b". ParseLabel only reads the
// shape; whether a label names a speaker is the reader's decision (a
// label that opens several lines, and is no heading such as "Note:"; see
// IsHeadingLabel).
func ParseLabel(line string) (Label, bool) {
	if l, ok := parseLabel(line); ok {
		return l, true
	}
	return trailingTimeLabel(line)
}

// trailingTimeLabel reads a name and a timestamp alone on a line, one
// space between them ("Ann Lee 00:03:12", as Trint writes it), which the
// name's own reading takes for a word of the name.
func trailingTimeLabel(line string) (Label, bool) {
	t := strings.TrimRight(line, " \t\r")
	k := strings.LastIndexAny(t, " \t")
	if k > 0 && meridiem(t[k+1:]) {
		k = strings.LastIndexAny(t[:k], " \t")
	}
	if k < 0 || !isTimestamp(t[k+1:]) {
		return Label{}, false
	}
	start := SkipSpaces(line, 0)
	if start >= k {
		return Label{}, false
	}
	// Zoom's "[Ann Lee] 10:02:11".
	name := strings.TrimRight(line[start:k], " \t")
	bracket := strings.HasPrefix(name, "[") && strings.HasSuffix(name, "]")
	if bracket {
		start++
		name = name[1 : len(name)-1]
	}
	end, ok := labelName(line[:start+len(name)], start)
	if !ok || end != start+len(name) {
		return Label{}, false
	}
	return Label{Name: Span{start, end}, Time: Span{k + 1, len(t)}, End: len(line), Bracket: bracket}, true
}

// meridiem reports whether s is "AM" or "PM" as clocks write them.
func meridiem(s string) bool {
	switch strings.ToLower(s) {
	case "am", "pm", "a.m.", "p.m.":
		return true
	}
	return false
}

func parseLabel(line string) (Label, bool) {
	var l Label
	// An emoji before the label ("🎙️ Ann: ...") is decoration.
	i := skipSymbols(line, SkipSpaces(line, 0))
	// Caption chevrons, a dialogue dash.
	if strings.HasPrefix(line[i:], ">>") {
		i = SkipSpaces(line, i+2)
		l.Chevron = true
	} else if strings.HasPrefix(line[i:], "- ") || strings.HasPrefix(line[i:], "– ") {
		_, size := utf8.DecodeRuneInString(line[i:])
		i = SkipSpaces(line, i+size)
		l.Chevron = true
	}
	// A transcript's line number before the label ("01 ANN:   so what",
	// "12  I: And then?"), as conversation analysts and qualitative
	// researchers number their lines.
	if n := lineNumber(line[i:]); n > 0 {
		l.Number = Span{i, i + n}
		i = SkipSpaces(line, i+n)
	}
	// A timestamp before the name.
	if t, j, ok := leadingTime(line, i); ok {
		l.Time = t
		i = SkipSpaces(line, j)
		// "00:00:03 - Ann: ...", "[00:03] | Ann: ..."
		for _, sep := range []string{"- ", "– ", "— ", "| "} {
			if strings.HasPrefix(line[i:], sep) {
				i = SkipSpaces(line, i+len(sep))
				break
			}
		}
		// A rush transcript's timecode, then the chevrons: "[14:02:11]
		// >> NAME:".
		if !l.Chevron && strings.HasPrefix(line[i:], ">>") {
			i = SkipSpaces(line, i+2)
			l.Chevron = true
		}
	}
	// An IRC log's nick: "<ann> hello", "[10:02] <Bob> hi".
	if i < len(line) && line[i] == '<' {
		end, ok := labelName(line, i+1)
		if !ok || end >= len(line) || line[end] != '>' || strings.ContainsAny(line[i+1:end], " \t") || l.Time.Len() == 0 && htmlTag(line[i+1:end]) {
			return l, false
		}
		l.Name, l.Bracket, l.Colon = Span{i + 1, end}, true, true
		l.End = SkipSpaces(line, end+1)
		if l.End == end+1 && l.End < len(line) {
			return l, false // "<a>b": markup, not a nick
		}
		l.Rest = strings.TrimSpace(line[l.End:]) != ""
		return l, true
	}
	// Markdown emphasis around the label.
	mark := ""
	for _, m := range []string{"**", "__", "*", "_"} {
		if strings.HasPrefix(line[i:], m) {
			mark = m
			l.Markup = m
			i += len(m)
			break
		}
	}
	// An interview's "Q." and "A." ("Q. Where were you born?"), as oral
	// histories and depositions write them.
	if mark == "" && l.Time.Len() == 0 && len(line)-i > 3 && (line[i] == 'Q' || line[i] == 'A') && line[i+1] == '.' && (line[i+2] == ' ' || line[i+2] == '\t') {
		l.Name, l.Colon = Span{i, i + 1}, true
		l.End = SkipSpaces(line, i+2)
		l.Rest = l.End < len(line)
		return l, l.Rest
	}
	// A press briefing's "Q" (or an interview's "A") set off from the
	// text by a tab or two spaces or more, with no colon.
	if mark == "" && l.Time.Len() == 0 && spacedQA(line[i:]) {
		l.Name, l.Colon = Span{i, i + 1}, true
		l.End = SkipSpaces(line, i+1)
		l.Rest = true
		return l, true
	}
	bracket := false
	if mark == "" && i < len(line) && line[i] == '[' {
		bracket = true
		l.Bracket = true
		i++
	}
	start := i
	end, ok := labelName(line, i)
	if !ok {
		return l, false
	}
	l.Name = Span{start, end}
	i = end
	closeMark := func() bool {
		if mark != "" && strings.HasPrefix(line[i:], mark) {
			i += len(mark)
			mark = ""
			return true
		}
		return false
	}
	if bracket {
		if i >= len(line) || line[i] != ']' {
			return l, false
		}
		i++
	}
	closeMark()
	// A role after a comma: ">> ANN LEE, CHANNEL 7 ANCHOR:".
	if mark == "" && !bracket {
		if e, ok := commaRole(line, i, l.Chevron || isCapsName(l.Name.In(line))); ok {
			l.Role = Span{i, e}
			i = e
		}
	}
	// A role or a timestamp after the name.
	for n := 0; n < 2; n++ {
		k := SkipSpaces(line, i)
		if k >= len(line) || (line[k] != '(' && line[k] != '[') {
			break
		}
		closer := byte(')')
		if line[k] == '[' {
			closer = ']'
		}
		e := strings.IndexByte(line[k+1:], closer)
		if e < 0 || e > 40 {
			break
		}
		inner := Span{k + 1, k + 1 + e}
		if isTimestamp(inner.In(line)) {
			if l.Time.Len() > 0 {
				break
			}
			l.Time = inner
		} else if closer == ')' && l.Role.Len() == 0 && !strings.Contains(inner.In(line), ":") {
			l.Role = Span{k, k + 1 + e + 1}
		} else if closer == ')' && l.Role.Len() > 0 && line[l.Role.Start] == ',' && !strings.Contains(inner.In(line), ":") {
			// ", CORRESPONDENT (voice-over)": the comma's role stays the
			// role, the parenthesis is part of the label.
		} else {
			break
		}
		i = k + 1 + e + 1
		closeMark()
	}
	// So is one after the name ("Ann 🌸:").
	k := skipSymbols(line, SkipSpaces(line, i))
	if k > SkipSpaces(line, i) {
		k = SkipSpaces(line, k)
	}
	switch {
	case k < len(line) && line[k] == ':', strings.HasPrefix(line[k:], "："):
		i = k + 1
		wide := line[k] != ':' // CJK text follows a full-width colon unspaced
		if wide {
			i = k + len("：")
		}
		l.Colon = true
		// "**Name:**Text": the markup closing after the colon ends the
		// label.
		closed := closeMark()
		// "Name: (00:03)", "**Name:** \[01:46\]": a timestamp after the
		// colon, in Markdown perhaps with its brackets escaped.
		if l.Time.Len() == 0 {
			if t, j, ok := bracketedTime(line, SkipSpaces(line, i)); ok {
				l.Time = t
				i = j
			}
		}
		// The colon must end the label: "10:30", "http://" and "a:b" are
		// no labels.
		if !wide && !closed && i < len(line) && line[i] != ' ' && line[i] != '\t' && !(mark != "" && strings.HasPrefix(line[i:], mark)) {
			return l, false
		}
	case mark == "" && !bracket && l.Time.Len() == 0 && i < len(line) && line[i] == '\t' && k < len(line) && StartsUpper(l.Name.In(line)):
		// A name, a tab, the text: a two-column table pasted as text
		// ("John<TAB>Hello there").
		l.End = k
		l.Rest = true
		return l, true
	case mark == "" && !bracket && k > i+1 && k < len(line):
		// Otter: the name, two spaces or more, a timestamp, the line's end.
		if t := strings.TrimRight(line[k:], " \t\r"); isTimestamp(t) && l.Time.Len() == 0 {
			l.Time = Span{k, k + len(t)}
			l.End = len(line)
			return l, true
		}
		return l, false
	case l.Time.Start > l.Name.Start && l.Role.Len() == 0 && !bracket && mark == "" && strings.TrimSpace(line[k:]) == "":
		// Descript: the name and a bracketed timestamp alone on a line
		// ("Ann Lee [00:03:12]"), the text below.
		l.End = len(line)
		return l, true
	case l.Time.Len() > 0 && l.Time.End <= l.Name.Start && l.Role.Len() == 0 && !bracket && mark == "" && strings.TrimSpace(line[k:]) == "" && StartsUpper(l.Name.In(line)) && !clockSuffix(l.Name.In(line)):
		// Word's and Stream's transcripts: a timestamp and the name
		// alone on a line ("00:00:05 Speaker 2"), the text below.
		l.End = len(line)
		return l, true
	default:
		return l, false
	}
	if mark != "" {
		if !strings.HasPrefix(line[SkipSpaces(line, i):], mark) {
			return l, false
		}
		i = SkipSpaces(line, i) + len(mark)
	}
	l.End = SkipSpaces(line, i)
	l.Rest = strings.TrimSpace(line[l.End:]) != ""
	return l, true
}

// spacedQA reports whether s opens with a press briefing's "Q" (or "A")
// and a tab or two spaces or more before the text, or "Q", one space and a
// capital, as the White House's text transcripts print a question ("Q
// Mr. Secretary, ..."): no English sentence opens with a lone "Q". A lone
// "A" and one space opens too many ("A man ..."), so it needs the wider
// gap.
func spacedQA(s string) bool {
	if len(s) < 3 || s[0] != 'Q' && s[0] != 'A' {
		return false
	}
	k := SkipSpaces(s, 1)
	if s[0] == 'Q' && k == 2 && StartsUpper(s[2:]) {
		return true
	}
	return k < len(s) && (s[1] == '\t' || k >= 3) && s[k] != ':'
}

// maxRoleWords is the most words a role after a comma may have
// ("CHANNEL 7 CHIEF POLITICAL CORRESPONDENT").
const maxRoleWords = 5

// commaRole reads a role after a comma at i of line, up to the label's
// colon (", CHANNEL 7 ANCHOR:"), and returns where it ends, before the
// colon. The role's words are capitalised or numbers, and in capitals
// where caps says the name is (so "Well, I think:" is no label).
func commaRole(line string, i int, caps bool) (int, bool) {
	if !caps || i >= len(line) || line[i] != ',' {
		return i, false
	}
	// The role ends at the colon, or at a parenthesis before it
	// (", CHANNEL 7 CORRESPONDENT (voice-over):").
	e := strings.IndexByte(line[i:], ':')
	if e < 0 {
		return i, false
	}
	if p := strings.IndexByte(line[i:i+e], '('); p > 0 {
		e = p
		for e > 1 && line[i+e-1] == ' ' {
			e--
		}
	}
	role := line[i+1 : i+e]
	words := strings.Fields(role)
	if len(words) == 0 || len(words) > maxRoleWords || strings.ContainsAny(role, ",;()[]\"?!") {
		return i, false
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) || strings.ToUpper(w) != w {
			return i, false
		}
	}
	return i + e, true
}

// labelName reads a label's name at i and returns where it ends.
func labelName(line string, i int) (int, bool) {
	r, _ := utf8.DecodeRuneInString(line[i:])
	if !unicode.IsLetter(r) {
		return i, false
	}
	words, j, end := 0, i, i
	for j < len(line) {
		// One word.
		w := j
		for j < len(line) {
			r, size := utf8.DecodeRuneInString(line[j:])
			if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' || unicode.Is(unicode.Mn, r) {
				j += size
				continue
			}
			if (r == '.' || r == '\'' || r == '’' || r == '-') && j > w {
				j += size
				continue
			}
			break
		}
		if j == w {
			break
		}
		words++
		end = j
		if words > maxLabelWords {
			return i, false
		}
		if sentenceEnd(line[w:j]) {
			break // "Recorded 3 March 1950. Note:": a sentence, then a heading
		}
		if j+1 < len(line) && line[j] == ' ' && line[j+1] != ' ' && line[j+1] != '(' && line[j+1] != '[' {
			r, _ := utf8.DecodeRuneInString(line[j+1:])
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				j++
				continue
			}
		}
		// A doubled space inside a name ("LADY  CAPULET"), but not the
		// two spaces before Otter's timestamp.
		if k := SkipSpaces(line, j); k > j+1 && k <= j+3 && k < len(line) && line[j] == ' ' {
			if r, _ := utf8.DecodeRuneInString(line[k:]); unicode.IsLetter(r) {
				j = k
				continue
			}
		}
		break
	}
	if end == i {
		return i, false
	}
	name := line[i:end]
	lower := strings.ToLower(name)
	if strings.HasPrefix(lower, "http") || strings.HasPrefix(lower, "www.") || strings.HasPrefix(lower, "mailto") {
		return i, false
	}
	return end, true
}

// bracketedTime reads a timestamp in parentheses or brackets at i, the
// brackets perhaps escaped as Markdown writes them ("\[01:46\]"), and
// returns it and where the closing bracket ends.
func bracketedTime(line string, i int) (Span, int, bool) {
	escaped := strings.HasPrefix(line[i:], `\[`)
	if escaped {
		i++
	}
	if i >= len(line) || line[i] != '(' && line[i] != '[' {
		return Span{}, i, false
	}
	closer := ")"
	if line[i] == '[' {
		closer = "]"
		if escaped {
			closer = `\]`
		}
	}
	e := strings.Index(line[i+1:], closer)
	if e < 0 || !isTimestamp(line[i+1:i+1+e]) {
		return Span{}, i, false
	}
	return Span{i + 1, i + 1 + e}, i + 1 + e + len(closer), true
}

// sentenceEnd reports whether a word of a label ends a sentence: it ends
// in a period and is no abbreviation, initial or title ("Mr.", "J.",
// "Sen.", "U.S."), so a name cannot go on past it ("1950.", "places.").
func sentenceEnd(w string) bool {
	if !strings.HasSuffix(w, ".") {
		return false
	}
	core := strings.TrimSuffix(w, ".")
	if IsTitle(w) || IsTitle(core) || strings.Contains(core, ".") {
		return false
	}
	letters, upper := 0, false
	for k, r := range core {
		if !unicode.IsLetter(r) {
			return true // "1950."
		}
		if k == 0 {
			upper = unicode.IsUpper(r)
		}
		letters++
	}
	return !(upper && letters <= 4)
}

// lineNumber returns the length of a line number opening s: one to four
// digits and two spaces or a tab ("01  ANN:"), or one space before a name
// in capitals or a one- or two-letter label ("12 I:", "3 ANN:"); 0 if
// there is none. A number and a word in lower case or a sentence ("3
// questions: ...") is no line number.
func lineNumber(s string) int {
	d := 0
	for d < len(s) && d < 5 && s[d] >= '0' && s[d] <= '9' {
		d++
	}
	if d == 0 || d > 4 || d >= len(s) || s[d] != ' ' && s[d] != '\t' {
		return 0
	}
	k := SkipSpaces(s, d)
	if k >= len(s) {
		return 0
	}
	if s[d] == '\t' || k >= d+2 {
		return d
	}
	// One space: the label after it must look like one.
	w := k
	for w < len(s) && (s[w] >= 'A' && s[w] <= 'Z') {
		w++
	}
	if w > k && w < len(s) && s[w] == ':' {
		return d
	}
	return 0
}

// clockSuffixes follow a clock time ("1:04 P.M. EDT", "10:30 am UTC"):
// no speaker's name.
var clockSuffixes = WordSet(`am pm a.m. p.m. a.m p.m edt est edst cet cest bst gmt utc pst pdt cst cdt mst mdt ist jst aest`)

// clockSuffix reports whether a name after a time is the time's suffix.
func clockSuffix(name string) bool {
	f := strings.Fields(strings.ToLower(name))
	return len(f) > 0 && clockSuffixes[f[0]]
}

// leadingTime reads a timestamp that opens a label: "[00:01:02]",
// "[03 04:05:06]", "(00:01)", or a bare "00:01:02" followed by a space.
func leadingTime(line string, i int) (Span, int, bool) {
	if i < len(line) && (line[i] == '[' || line[i] == '(') {
		closer := byte(']')
		if line[i] == '(' {
			closer = ')'
		}
		e := strings.IndexByte(line[i+1:], closer)
		if e > 0 && (isTimestamp(line[i+1:i+1+e]) || dateTimeLen(line[i+1:i+1+e]) == e) {
			return Span{i + 1, i + 1 + e}, i + 1 + e + 1, true
		}
		return Span{}, i, false
	}
	// A chat export's date and time: "12/03/2021, 10:02 - Ann: ...".
	if n := dateTimeLen(line[i:]); n > 0 {
		j := SkipSpaces(line, i+n)
		for _, dash := range []string{"- ", "– ", "— "} {
			if strings.HasPrefix(line[j:], dash) {
				return Span{i, i + n}, j + len(dash), true
			}
		}
		if j > i+n {
			return Span{i, i + n}, j, true
		}
		return Span{}, i, false
	}
	j := i
	for j < len(line) && (line[j] >= '0' && line[j] <= '9' || line[j] == ':' || line[j] == '.' || line[j] == ',') {
		j++
	}
	if j > i && j < len(line) && (line[j] == ' ' || line[j] == '\t') && strings.Contains(line[i:j], ":") && isTimestamp(line[i:j]) {
		return Span{i, j}, j, true
	}
	return Span{}, i, false
}

// StartsWithTime reports whether line opens with a timestamp as logs
// write them ("[09:01] * ann waves", "10:02:11 Ann joined", "12/03/2021,
// 10:02 - ..."), after any indentation.
func StartsWithTime(line string) bool {
	_, _, ok := leadingTime(line, SkipSpaces(line, 0))
	return ok
}

// dateTimeLen returns the length of the date and time that open s, as
// chat exports and logs write them ("12/03/2021, 10:02", "2021-03-12
// 10:02:33", "3/12/21, 9:02 PM"), or 0.
func dateTimeLen(s string) int {
	// The date: three runs of digits joined by "/", "." or "-".
	i, runs := 0, 0
	for runs < 3 {
		j := i
		for j < len(s) && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		if j == i || j-i > 4 {
			return 0
		}
		i, runs = j, runs+1
		if runs < 3 {
			if i >= len(s) || !strings.ContainsRune("/.-", rune(s[i])) {
				return 0
			}
			i++
		}
	}
	if i < len(s) && s[i] == ',' {
		i++
	}
	k := SkipSpaces(s, i)
	if k == i {
		return 0
	}
	// The time, perhaps with AM or PM.
	j := k
	for j < len(s) && (s[j] >= '0' && s[j] <= '9' || s[j] == ':') {
		j++
	}
	if !isTimestamp(s[k:j]) {
		return 0
	}
	for _, m := range []string{" AM", " PM", " am", " pm", "AM", "PM", "am", "pm", " a.m.", " p.m."} {
		if strings.HasPrefix(s[j:], m) {
			return j + len(m)
		}
	}
	return j
}

// IsTimestamp reports whether s, perhaps in parentheses or brackets
// (escaped as Markdown writes them, "\[01:46\]"), is a clock time or
// elapsed time as transcripts write them (see isTimestamp), or a date and
// time ("12/03/2021, 10:02").
func IsTimestamp(s string) bool {
	s = strings.TrimSpace(s)
	for _, p := range [][2]string{{`\[`, `\]`}, {"[", "]"}, {"(", ")"}} {
		if strings.HasPrefix(s, p[0]) && strings.HasSuffix(s, p[1]) && len(s) >= len(p[0])+len(p[1]) {
			s = strings.TrimSpace(s[len(p[0]) : len(s)-len(p[1])])
			break
		}
	}
	return isTimestamp(s) || s != "" && dateTimeLen(s) == len(s)
}

// isTimestamp reports whether s is a clock time or elapsed time as
// transcripts write them: "0:03", "00:03:12", "00:03:12.500",
// "00:03:12,500", a mission-elapsed "03 04:05:06" (days, then time), or
// a clock's "10:02 AM".
func isTimestamp(s string) bool {
	s = strings.TrimSpace(s)
	// A clock's "10:02 AM", "9:02pm".
	if k := strings.LastIndexAny(s, "0123456789"); k >= 0 && k+1 < len(s) && meridiem(strings.TrimSpace(s[k+1:])) {
		s = s[:k+1]
		if h, _, ok := strings.Cut(s, ":"); !ok || len(h) > 2 || strings.Contains(h, " ") {
			return false
		}
	}
	if d, rest, ok := strings.Cut(s, " "); ok {
		if !IsDigits(d) || len(d) > 3 {
			return false
		}
		s = rest
	}
	if frac := strings.LastIndexAny(s, ".,"); frac > 0 {
		if !IsDigits(s[frac+1:]) {
			return false
		}
		s = s[:frac]
	}
	parts := strings.Split(s, ":")
	if len(parts) < 2 || len(parts) > 3 {
		return false
	}
	for k, p := range parts {
		if !IsDigits(p) || len(p) > 2 && !(k == 0 && len(p) <= 3) {
			return false
		}
		if k > 0 && len(p) != 2 {
			return false
		}
	}
	return true
}

// htmlTags are the HTML elements that could open a line of a text file
// as "<p>", which is no IRC nick.
var htmlTags = WordSet(`a abbr b big blockquote body br center cite code dd div dl dt em font
	h1 h2 h3 h4 h5 h6 head header hr html i img li nav ol p pre q s small span strong sub sup
	table tbody td th thead title tr u ul v c ruby rt lang`)

// htmlTag reports whether a name in angle brackets is an HTML or WebVTT
// tag ("p", "c.yellow").
func htmlTag(name string) bool {
	name, _, _ = strings.Cut(strings.ToLower(name), ".")
	return htmlTags[name]
}

// headingLabels are words that open a line with a colon without naming a
// speaker: a memo's fields, an editor's remarks, a source line.
var headingLabels = WordSet(`
	note notes nb source sources subject re date time place location venue
	from to cc bcc title transcript transcription attendees present
	participants participant attendants attending keywords tags summary abstract update edit
	edited warning caution disclaimer copyright link url web website email
	phone tel fax address topic topics agenda episode chapter part section
	example examples step steps action actions decision decisions outcome
	outcomes todo task tasks resolution introduction conclusion conclusions
	overview background synopsis biography bio contents abstract keywords
	sponsor sponsors credits music recorded published posted category
	description duration length language format file filename
	speakers author authors by photo image caption credit via categories
	media video audio slides code repo github twitter
	chapters contents index references footnote footnotes
	appendix figure table ps pps item extract excerpt fragment segment clip
	tape track side reel datum data sample citation citations original`)

// IsHeadingLabel reports whether a label's name is a word that opens
// headings, memo fields and editorial remarks rather than naming a speaker
// ("Note:", "Source:", "Subject:"), in any case, perhaps numbered ("Step
// 2:", "Part IV:", "Note 3:").
func IsHeadingLabel(name string) bool {
	f := strings.Fields(strings.ToLower(name))
	if len(f) == 3 && f[0] == "agenda" && f[1] == "item" {
		f = f[1:] // "Agenda item 4"
	}
	if len(f) == 2 && (IsDigits(f[1]) || isRoman(f[1]) || len(f[1]) == 1) {
		f = f[:1]
	}
	return len(f) == 1 && headingLabels[f[0]]
}

// isRoman reports whether s is a Roman numeral in lower case ("iv").
func isRoman(s string) bool {
	return s != "" && strings.Trim(s, "ivxlc") == ""
}

// skipSymbols returns the offset past the emoji at i of line (symbols,
// their modifiers and variation selectors, joiners) and the spaces after
// them; i if there is none.
func skipSymbols(line string, i int) int {
	j := i
	for j < len(line) {
		r, size := utf8.DecodeRuneInString(line[j:])
		if !unicode.In(r, unicode.So, unicode.Sk, unicode.Mn, unicode.Me) && r != '\u200d' {
			break
		}
		j += size
	}
	if j == i {
		return i
	}
	return SkipSpaces(line, j)
}

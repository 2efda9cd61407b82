package chat

import (
	"fmt"
	"strconv"
	"strings"

	"parley/corpus"
)

// Read reads a transcript in TalkBank's CHAT format (.cha, as CLAN
// writes it for CHILDES and the other TalkBank corpora). name is used in
// errors and outputs only; opt is not consulted.
//
// The rules:
//
//  1. The file is made of lines: headers ("@Begin", "@Date:\t..."), main
//     tiers ("*CHI:\t...") and dependent tiers ("%mor:\t..."). A line that
//     opens with a tab or a space continues the line above. Blank lines are
//     passed over; any other line is an error.
//  2. The roster is "@Participants:", entries "CODE [Name] Role" separated
//     by commas ("CHI Ross Target_Child, MOT Mother"), underscores read as
//     spaces. A speaker is named by the participant's name ("Ross"), else
//     by the role ("Mother"), else, where two participants would share a
//     name or the code is on no roster, by the code ("INV1"). The code
//     stays the utterance's CueName, so it is among the speaker's Forms.
//     A roster entry's Role is the role where the name is not the role.
//  3. "@Date:\t14-JAN-1997" is the document's date (1997-01-14); CHAT has
//     no title. The headers before the first main tier (@Languages, @ID,
//     @Media...) are front matter and not read further; from the first
//     header after the last main tier ("@End") on is back matter.
//  4. Each main tier is one utterance; its cue is "*CHI:" and its text the
//     tier with its continuation lines. Consecutive tiers of one speaker
//     make one turn.
//  5. CHAT codes in a main tier are not speech:
//     - "[: target]", "[= explanation]", "[=? alternative]" and
//     "[% comment]" are editorial notes, "[=! laughs]" a stage note; every
//     other bracketed code ("[/]", "[//]", "[*]", "[+ gram]", "[>]") is
//     cut. The words a code refers to stay speech: "<I want> [/] I want"
//     counts both "I want"s, as they were said; only the angle brackets
//     are cut.
//     - "&=laughs" is a stage note ("laughs"); other "&" forms (fillers
//     "&-uh", fragments "&+fr", "&~", "&*") are cut.
//     - "xxx", "yyy" and "www" (unintelligible, untranscribed), "0" and
//     omitted words ("0is"), pauses ("(.)", "(2.5)"), terminators and
//     linkers (".", "?", "!", "+...", "+/.", "++") and the markers "„"
//     and "‡" are cut.
//     - A word keeps its letters but not its special-form suffix
//     ("doggie@c" is "doggie") nor sounds left unsaid at its edges
//     ("(be)cause" is "cause", "goin(g)" is "goin"); a word with unsaid
//     sounds inside ("som(e)thing") is left whole.
//     - Time bullets ("\x15" 1234_5678 "\x15", in milliseconds) are cut;
//     the first one's start and the last one's end are the utterance's
//     Start and End, in seconds.
//  6. "%com:" dependent tiers and "@Comment:" headers are editorial notes;
//     the other dependent tiers (%mor, %gra, %pho, %act...) are skipped.
//
// A main tier without a colon after its code, and a line of none of the
// kinds of rule 1, are errors on their line; so is a text without a main
// tier.
func Read(name string, src []byte, opt corpus.Options) (*corpus.Document, error) {
	if err := corpus.CheckText(name, src); err != nil {
		return nil, err
	}
	text := string(src)
	blocks, err := chatBlocks(name, text)
	if err != nil {
		return nil, err
	}
	b := corpus.NewBuilder(name, "chat", text)

	var mains []int // indexes of main tiers in blocks
	var roster []chatParticipant
	var date string
	for i, bl := range blocks {
		switch {
		case bl.kind == '*':
			mains = append(mains, i)
		case bl.kind == '@' && strings.EqualFold(bl.code, "Participants") && roster == nil:
			roster = chatRoster(text, bl.body)
		case bl.kind == '@' && strings.EqualFold(bl.code, "Date") && date == "":
			date = chatDate(bl.body.In(text))
		case bl.kind == '@' && strings.EqualFold(bl.code, "Comment"), bl.kind == '%' && strings.EqualFold(bl.code, "com"):
			if bl.body.Len() > 0 {
				b.AddNotes(corpus.Note{Kind: corpus.Editorial, Anchor: bl.span, Body: bl.body, Extent: bl.span})
			}
		}
	}
	if len(mains) == 0 {
		return nil, &corpus.InputError{File: name, Msg: `no main tiers found: a CHAT transcript needs speaker lines such as "*CHI:", a tab and "more cookie ."`}
	}
	back := len(text)
	for _, bl := range blocks[mains[len(mains)-1]+1:] {
		if bl.kind == '@' {
			back = bl.span.Start
			break
		}
	}
	b.SetMatter(corpus.Span{Start: 0, End: blocks[mains[0]].span.Start}, corpus.Span{Start: back, End: len(text)})
	b.SetMetadata("", date)

	names := map[string]string{} // code -> the name the speaker goes by
	var participants []corpus.Participant
	for _, p := range roster {
		names[p.code] = p.Name
		participants = append(participants, p.Participant)
	}
	b.SetRoster(participants)

	for k, i := range mains {
		bl := blocks[i]
		next := back
		if k+1 < len(mains) {
			next = blocks[mains[k+1]].span.Start
		}
		u := corpus.Utterance{Cue: bl.label, CueName: bl.code, Text: bl.span}
		var cuts []corpus.Span
		cuts, u.Start, u.End = chatCodes(b, text, bl.body)
		u.Speech = corpus.SpeechLess(text, bl.body, cuts)
		speaker, ok := names[bl.code]
		if !ok {
			speaker = bl.code
		}
		b.Add(speaker, u, corpus.Span{Start: bl.span.Start, End: next})
	}
	d, err := b.Document("no main tiers found")
	if err != nil {
		return nil, err
	}
	// A speaker on no roster goes by the code as written ("CHI", not the
	// Builder's title case "Chi").
	for i, s := range d.Speakers {
		if len(s.Forms) > 0 {
			if _, ok := names[s.Forms[0]]; !ok {
				d.Speakers[i].Name = s.Forms[0]
			}
		}
	}
	return d, nil
}

// Detect is sure of a text that opens as CHAT files do ("@UTF8",
// "@Begin"), and takes any .cha file as possibly CHAT.
func Detect(name string, src []byte) int {
	s := strings.TrimPrefix(string(src[:min(len(src), 64)]), "\ufeff")
	if strings.HasPrefix(s, "@UTF8") || strings.HasPrefix(s, "@Begin") {
		return 2
	}
	if corpus.HasExt(name, ".cha") {
		return 1
	}
	return 0
}

// chatBlock is one line of a CHAT file with its continuation lines: a
// header, a main tier or a dependent tier.
type chatBlock struct {
	kind  byte        // '@', '*' or '%'
	span  corpus.Span // the whole block, trimmed
	label corpus.Span // "*CHI:", "%mor:", "@Date:", "@Begin"
	code  string
	body  corpus.Span // what follows the label, trimmed
}

// chatBlocks splits text into blocks. A main tier without a colon after
// its code, and a line that is none of the kinds, are errors.
func chatBlocks(name, text string) ([]chatBlock, error) {
	var blocks []chatBlock
	for n, ln := range corpus.SplitLines(text) {
		if n == 0 && strings.HasPrefix(text, "\ufeff") {
			ln.Start += len("\ufeff")
		}
		line := text[ln.Start:ln.End]
		if strings.TrimSpace(line) == "" {
			continue
		}
		switch c := line[0]; c {
		case ' ', '\t':
			if k := len(blocks) - 1; k >= 0 {
				blocks[k].span.End = corpus.TrimSpan(text, ln).End
				blocks[k].body = corpus.TrimSpan(text, corpus.Span{Start: blocks[k].label.End, End: blocks[k].span.End})
			}
			continue
		case '@', '*', '%':
			colon := strings.IndexByte(line, ':')
			if c == '*' && (colon <= 1 || strings.ContainsAny(line[1:colon], " \t")) {
				return nil, &corpus.InputError{File: name, Line: n + 1, Msg: fmt.Sprintf(`main tier %q has no colon after the speaker's code (write "*CHI:", a tab and the words)`, chatShort(line))}
			}
			if colon < 0 || strings.ContainsAny(line[1:colon], "\t") {
				// "@Begin", "@End", "@New Episode", a dependent tier without
				// its colon: a label with no body. (A header's name may hold
				// spaces: "@Time Duration:".)
				colon = len(strings.TrimRight(line, " \t")) - 1
			}
			s := corpus.TrimSpan(text, ln)
			label := corpus.Span{Start: ln.Start, End: ln.Start + colon + 1}
			blocks = append(blocks, chatBlock{
				kind:  c,
				span:  s,
				label: label,
				code:  strings.TrimSuffix(text[label.Start+1:label.End], ":"),
				body:  corpus.TrimSpan(text, corpus.Span{Start: label.End, End: s.End}),
			})
		default:
			return nil, &corpus.InputError{File: name, Line: n + 1, Msg: fmt.Sprintf(`line %q is no CHAT line: a line opens with "*" (a main tier), "%%" (a dependent tier), "@" (a header) or a tab (a continuation)`, chatShort(line))}
		}
	}
	return blocks, nil
}

// chatParticipant is a roster entry with its speaker code.
type chatParticipant struct {
	corpus.Participant
	code string
}

// chatRoster reads the entries of "@Participants:" in s of text: "CODE
// Name Role" or "CODE Role". An entry goes by its name, else its role,
// else, where two entries would share one, by its code; the role is kept
// where it is not the name.
func chatRoster(text string, s corpus.Span) []chatParticipant {
	var out []chatParticipant
	seen := map[string]int{} // speaker ID -> entries going by it
	for pos := s.Start; pos < s.End; {
		end := strings.IndexByte(text[pos:s.End], ',')
		if end < 0 {
			end = s.End
		} else {
			end += pos
		}
		entry := corpus.TrimSpan(text, corpus.Span{Start: pos, End: end})
		pos = end + 1
		f := strings.Fields(entry.In(text))
		if len(f) == 0 {
			continue
		}
		p := chatParticipant{code: f[0], Participant: corpus.Participant{Line: corpus.LineAt(text, entry.Start)}}
		switch {
		case len(f) == 1:
			p.Name = f[0]
		case len(f) == 2:
			p.Name = strings.ReplaceAll(f[1], "_", " ")
		default:
			p.Name = strings.ReplaceAll(strings.Join(f[1:len(f)-1], " "), "_", " ")
			p.Role = strings.ReplaceAll(f[len(f)-1], "_", " ")
		}
		seen[corpus.SpeakerID(p.Name)]++
		out = append(out, p)
	}
	for i, p := range out {
		if seen[corpus.SpeakerID(p.Name)] > 1 {
			if p.Role == "" {
				out[i].Role = p.Name
			}
			out[i].Name = p.code
		}
	}
	return out
}

var chatMonths = map[string]string{
	"JAN": "01", "FEB": "02", "MAR": "03", "APR": "04", "MAY": "05", "JUN": "06",
	"JUL": "07", "AUG": "08", "SEP": "09", "OCT": "10", "NOV": "11", "DEC": "12",
}

// chatDate turns CHAT's "14-JAN-1997" into "1997-01-14", or gives "".
func chatDate(s string) string {
	f := strings.Split(strings.TrimSpace(s), "-")
	if len(f) != 3 || len(f[0]) < 1 || len(f[0]) > 2 || len(f[2]) != 4 || !corpus.IsDigits(f[0]) || !corpus.IsDigits(f[2]) {
		return ""
	}
	m, ok := chatMonths[strings.ToUpper(f[1])]
	if !ok {
		return ""
	}
	day, _ := strconv.Atoi(f[0])
	if day < 1 || day > 31 {
		return ""
	}
	return fmt.Sprintf("%s-%s-%02d", f[2], m, day)
}

// chatCodes finds the CHAT codes in the body s of a main tier (rule 5 of
// Read): it adds the ones that are notes to b, and returns the spans
// of all of them, for cutting from speech, and the tier's timing in
// seconds from its time bullets (zero without).
func chatCodes(b *corpus.Builder, text string, s corpus.Span) (cuts []corpus.Span, start, end float64) {
	note := func(kind corpus.NoteKind, anchor, body corpus.Span) {
		b.AddNotes(corpus.Note{Kind: kind, Anchor: anchor, Body: corpus.TrimSpan(text, body), Extent: anchor})
		cuts = append(cuts, anchor)
	}
	cut := func(from, to int) {
		if from < to {
			cuts = append(cuts, corpus.Span{Start: from, End: to})
		}
	}
	timed := false
	for i := s.Start; i < s.End; {
		c := text[i]
		if corpus.IsSpace(c) {
			i++
			continue
		}
		if c == '\x15' {
			j := strings.IndexByte(text[i+1:s.End], '\x15')
			if j < 0 {
				cut(i, i+1)
				i++
				continue
			}
			bullet := corpus.Span{Start: i, End: i + 1 + j + 1}
			if from, to, ok := chatBullet(text[i+1 : i+1+j]); ok {
				if !timed {
					start, timed = from, true
				}
				end = to
			}
			cut(bullet.Start, bullet.End)
			i = bullet.End
			continue
		}
		if c == '[' {
			if j := strings.IndexByte(text[i+1:s.End], ']'); j >= 0 {
				code := corpus.Span{Start: i, End: i + 1 + j + 1}
				inner := text[i+1 : i+1+j]
				switch {
				case strings.HasPrefix(inner, "=!"):
					note(corpus.Stage, code, corpus.Span{Start: i + 3, End: code.End - 1})
				case strings.HasPrefix(inner, "=?"):
					note(corpus.Editorial, code, corpus.Span{Start: i + 3, End: code.End - 1})
				case strings.HasPrefix(inner, "="), strings.HasPrefix(inner, ":"), strings.HasPrefix(inner, "%"):
					note(corpus.Editorial, code, corpus.Span{Start: i + 2, End: code.End - 1})
				default:
					cut(code.Start, code.End)
				}
				i = code.End
				continue
			}
		}
		// A word or another code: up to white space, a bracket or a bullet.
		j := i + 1
		for j < s.End && !corpus.IsSpace(text[j]) && text[j] != '[' && text[j] != '\x15' {
			j++
		}
		ws, we := i, j
		for ws < we && text[ws] == '<' {
			ws++
		}
		for we > ws && text[we-1] == '>' {
			we--
		}
		cut(i, ws) // the angle brackets of a code's scope, "<I want> [/]"
		cut(we, j)
		i = j
		if ws == we {
			continue
		}
		w := text[ws:we]
		switch {
		case strings.HasPrefix(w, "&="):
			note(corpus.Stage, corpus.Span{Start: ws, End: we}, corpus.Span{Start: ws + 2, End: we})
		case w[0] == '&', w[0] == '0', w[0] == '+',
			w == "." || w == "?" || w == "!" || w == "„" || w == "‡",
			chatUnintelligible[strings.ToLower(w)], chatPause(w):
			cut(ws, we)
		default:
			if k := strings.IndexByte(w, '@'); k > 0 {
				cut(ws+k, we)
				we = ws + k
				w = w[:k]
			}
			// Sounds left unsaid at the word's edges: "(be)cause", "goin(g)".
			if w[0] == '(' {
				if k := strings.IndexByte(w, ')'); k > 0 && k+1 < len(w) {
					cut(ws, ws+k+1)
					ws += k + 1
					w = w[k+1:]
				}
			}
			if w[len(w)-1] == ')' {
				if k := strings.LastIndexByte(w, '('); k > 0 {
					cut(ws+k, we)
				}
			}
		}
	}
	return cuts, start, end
}

var chatUnintelligible = map[string]bool{"xxx": true, "yyy": true, "www": true}

// chatPause reports whether w is a pause: "(.)", "(..)", "(2.5)", "(1:02.5)".
func chatPause(w string) bool {
	if len(w) < 3 || w[0] != '(' || w[len(w)-1] != ')' {
		return false
	}
	for i := 1; i < len(w)-1; i++ {
		if c := w[i]; c != '.' && c != ':' && (c < '0' || c > '9') {
			return false
		}
	}
	return true
}

// chatBullet reads the inside of a time bullet, "1234_5678" (or with a
// media file name before it), as seconds.
func chatBullet(s string) (start, end float64, ok bool) {
	f := strings.Split(s, "_")
	if len(f) < 2 || !corpus.IsDigits(f[len(f)-2]) || !corpus.IsDigits(f[len(f)-1]) {
		return 0, 0, false
	}
	from, err1 := strconv.ParseInt(f[len(f)-2], 10, 64)
	to, err2 := strconv.ParseInt(f[len(f)-1], 10, 64)
	if err1 != nil || err2 != nil {
		return 0, 0, false
	}
	return float64(from) / 1000, float64(to) / 1000, true
}

// chatShort gives a line for an error message: trimmed, and cut after 40
// runes.
func chatShort(line string) string {
	r := []rune(strings.TrimSpace(line))
	if len(r) <= 40 {
		return string(r)
	}
	return string(r[:40]) + "…"
}

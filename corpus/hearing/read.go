package hearing

import (
	"regexp"
	"sort"
	"strings"

	"parley/corpus"
)

var (
	// insertRe marks a bracketed note that introduces material inserted
	// for the record: "[The prepared statement of Mr. Smith follows:]".
	insertRe = regexp.MustCompile(`(?i)\bfollows?\s*[:.]?\s*$|\bfollowing\s+(?:was|were)\s+(?:submitted|received)`)
	// adjournRe marks the adjournment that ends the hearing.
	adjournRe = regexp.MustCompile(`(?i)^[\[(]\s*whereupon\b.*\badjourn`)
	// appendixRe matches the headings of the appendix.
	appendixRe = regexp.MustCompile(`^(?:A ?P ?P ?E ?N ?D ?I ?X|APPENDIX(?: [A-Z0-9]+)?|(?:ADDITIONAL )?(?:MATERIALS?|SUBMISSIONS?|QUESTIONS(?: AND ANSWERS)?) (?:SUBMITTED )?FOR THE RECORD|QUESTIONS AND ANSWERS|<all>)$`)
	// ruleRe matches a rule line ("__________", "-----", "=====") and
	// GPO's markers in angle brackets ("<GRAPHIC(S) NOT AVAILABLE IN TIFF
	// FORMAT>").
	ruleRe = regexp.MustCompile(`^(?:[_\-=*.\s]{3,}|<[^<>]{1,80}>)$`)
)

// paragraph is a cue found at the start of a paragraph.
type cueAt struct {
	cue
	at corpus.Span // the cue in the source
}

// Read reads a hearing transcript in the Government Publishing Office's
// layout. name is used in errors and outputs only.
//
// The rules (see Methods for the same in prose):
//
//  1. A paragraph starts after a blank line or on an indented line. A cue
//     opens a paragraph: a title and a name ("Mr. SMITH.", "Senator
//     Feinstein.", "Chairman Graham.", "Ms. JACKSON LEE of Texas.") or an
//     office ("The CHAIRMAN.", "The Clerk."), then a period or a colon and
//     the speech; a colon may end the line, the speech following below
//     (as a saved page's bold names are written). A title before an
//     office ("Mr. President.") is no cue, nor is a name and a period
//     alone on a line (a play's character).
//  2. The speaker is the name without its title, so "Mr. WRAY." and
//     "Director Wray." are one speaker. "The CHAIRMAN." (or Chairwoman,
//     Chair) is the member the opening account names as presiding ("Hon.
//     Lindsey Graham, Chairman of the Committee, presiding"; "Senators
//     Graham [presiding], ..."), matched to the name the other cues use;
//     where none is named it stays The Chairman.
//  3. Speech runs from the cue to the next; consecutive cues of one
//     speaker are one turn.
//  4. Notes, never speech: bracketed insertions, over several lines if
//     need be ("[Laughter.]", "[The prepared statement of Mr. Smith
//     follows:]"); the material such a bracket introduces, up to the next
//     cue; parenthesised reactions; headings in capitals and rule lines.
//  5. Text before the first cue is front matter (cover, contents, who
//     met); from the adjournment ("[Whereupon, at 12:47 p.m., the hearing
//     was adjourned.]") or an appendix heading on is back matter. The
//     title is the cover's first heading in capitals, the date the first
//     full date of the front matter.
//
// A text with no cue is an error.
func Read(name string, src []byte) (*corpus.Document, error) {
	if err := corpus.CheckText(name, src); err != nil {
		return nil, err
	}
	text := string(src)
	b := corpus.NewBuilder(name, "hearing", text)
	masked := b.BracketNotes()
	brackets := longBrackets(masked)
	b.AddNotes(brackets...)
	masked = corpus.Mask(masked, brackets)
	lines := corpus.SplitLines(masked)

	cues, back := findCues(text, masked, lines)
	if len(cues) == 0 {
		return nil, &corpus.InputError{File: name, Msg: `no speaker cues found: a hearing needs paragraphs that open with a title and a name and a period, such as "Mr. SMITH." or "The CHAIRMAN."`}
	}
	end := len(text)
	if back >= 0 {
		end = back
		b.SetMatter(corpus.Span{Start: 0, End: cues[0].at.Start}, corpus.Span{Start: back, End: len(text)})
	} else {
		b.SetMatter(corpus.Span{Start: 0, End: cues[0].at.Start}, corpus.Span{})
	}
	front := corpus.Span{Start: 0, End: cues[0].at.Start}
	_, date := corpus.FrontMetadata(masked, front)
	b.SetMetadata(title(masked, lines, front), date)

	chair := chairOf(text[:front.End], cues)
	conv := corpus.Span{Start: cues[0].at.Start, End: end}
	b.AddNotes(inserted(text, masked, cues, conv, b)...)
	b.AddNotes(headings(masked, lines, conv, cues)...)
	b.StageNotes(masked, conv)
	for k, c := range cues {
		next := end
		if k+1 < len(cues) {
			next = cues[k+1].at.Start
		}
		u := corpus.Utterance{Cue: c.at, CueName: c.label}
		u.Speech = b.SpeechIn(corpus.Span{Start: c.at.End, End: next})
		if len(u.Speech) == 0 {
			continue
		}
		u.Text = corpus.Span{Start: c.at.Start, End: u.Speech[len(u.Speech)-1].End}
		who := display(c.name)
		if c.name == "" {
			who = display(c.label)
			if c.chair && chair != "" {
				who = chair
			}
		}
		b.Add(who, u, corpus.Span{Start: c.at.Start, End: next})
	}
	return b.Document("no speaker cues found")
}

// findCues finds the cues at paragraph starts, up to the back matter, and
// where the back matter starts (-1 for none).
func findCues(text, masked string, lines []corpus.Span) ([]cueAt, int) {
	var cues []cueAt
	blank := true
	for i, ln := range lines {
		raw := ln.In(masked)
		s := corpus.TrimSpan(masked, ln)
		t := s.In(masked)
		if len(cues) > 0 {
			orig := corpus.TrimSpan(text, ln).In(text)
			if adjournRe.MatchString(orig) || appendixRe.MatchString(t) {
				return cues, ln.Start
			}
		}
		if t == "" {
			blank = true
			continue
		}
		indented := strings.HasPrefix(raw, "  ") || strings.HasPrefix(raw, "\t")
		start := blank || indented || i == 0
		blank = false
		if !start {
			continue
		}
		c, ok := parseCue(t)
		if !ok {
			continue
		}
		cues = append(cues, cueAt{cue: c, at: corpus.Span{Start: s.Start, End: s.Start + c.end}})
	}
	return cues, -1
}

// longBrackets finds the bracketed insertions that run over several lines
// of one paragraph ("[The prepared statement of Mr. Wray appears as a
// submission\nfor the record.]"), which corpus's scan, line by line,
// leaves as text: an outermost bracket pair over one to eight line
// breaks and no paragraph's end. It matches the brackets in one pass,
// with a stack of the open ones, so that a line of a million "[" is
// read in linear time.
func longBrackets(masked string) []corpus.Note {
	type open struct{ at, line int }
	var (
		notes []corpus.Note
		stack []open
		line  int
		taken = -1 // the end of the last note: brackets inside it are no notes
	)
	// A pair closes when its "]" comes; the outermost pairs of a nest
	// close last, so the pairs are kept and chosen once all are known.
	type pair struct{ start, end int }
	var pairs []pair
	for j := 0; j < len(masked); j++ {
		switch masked[j] {
		case '[':
			stack = append(stack, open{j, line})
		case ']':
			if len(stack) == 0 {
				continue
			}
			o := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if line > o.line && line-o.line <= 8 {
				pairs = append(pairs, pair{o.at, j + 1})
			}
		case '\n':
			line++
			if j+1 < len(masked) && strings.TrimSpace(lineAt(masked, j+1)) == "" {
				stack = stack[:0] // a paragraph's end closes no bracket
			}
		}
	}
	sort.Slice(pairs, func(a, b int) bool { return pairs[a].start < pairs[b].start })
	for _, p := range pairs {
		if p.start < taken {
			continue
		}
		s := corpus.Span{Start: p.start, End: p.end}
		notes = append(notes, corpus.Note{Kind: corpus.Editorial, Anchor: s, Extent: s, Body: corpus.TrimSpan(masked, corpus.Span{Start: p.start + 1, End: p.end - 1})})
		taken = p.end
	}
	return notes
}

// lineAt returns the line that starts at off.
func lineAt(s string, off int) string {
	if k := strings.IndexByte(s[off:], '\n'); k >= 0 {
		return s[off : off+k]
	}
	return s[off:]
}

// inserted makes a note of the material each "[... follows:]" bracket
// introduces, from the bracket to the next cue.
func inserted(text, masked string, cues []cueAt, conv corpus.Span, b *corpus.Builder) []corpus.Note {
	var notes []corpus.Note
	k := 0
	for i := conv.Start; i < conv.End; {
		open := strings.IndexByte(text[i:conv.End], '[')
		if open < 0 {
			break
		}
		open += i
		close := strings.IndexByte(text[open:conv.End], ']')
		if close < 0 {
			break
		}
		close += open
		i = close + 1
		if !insertRe.MatchString(text[open+1 : close]) {
			continue
		}
		for k < len(cues) && cues[k].at.Start <= close {
			k++
		}
		to := conv.End
		if k < len(cues) {
			to = cues[k].at.Start
		}
		if s := corpus.TrimSpan(text, corpus.Span{Start: close + 1, End: to}); s.Len() > 0 {
			notes = append(notes, corpus.Note{Kind: corpus.Editorial, Anchor: s, Extent: s, Body: s})
			i = to
		}
	}
	return notes
}

// headings makes notes of the lines in capitals and the rule lines of the
// conversation that are no cue: "STATEMENT OF HON. CHRISTOPHER A. WRAY".
func headings(masked string, lines []corpus.Span, conv corpus.Span, cues []cueAt) []corpus.Note {
	var notes []corpus.Note
	for _, ln := range lines {
		s := corpus.TrimSpan(masked, ln)
		if s.Start < conv.Start || s.End > conv.End || s.Len() == 0 {
			continue
		}
		t := s.In(masked)
		if ruleRe.MatchString(t) || isCapsLine(t) {
			if _, ok := parseCue(t); ok {
				continue
			}
			notes = append(notes, corpus.Note{Kind: corpus.Editorial, Anchor: s, Extent: s, Body: s})
		}
	}
	return notes
}

// isCapsLine reports whether a line is a heading in capitals: two words
// or more of letters, in capitals but for a word's one or two small
// letters ("Ph.D.", "McCAIN", "Jr.").
func isCapsLine(t string) bool {
	words := 0
	for _, w := range strings.Fields(t) {
		lower, upper := 0, 0
		for i := 0; i < len(w); i++ {
			switch c := w[i]; {
			case c >= 'a' && c <= 'z':
				lower++
			case c >= 'A' && c <= 'Z':
				upper++
			}
		}
		if lower > 2 || lower > 0 && upper == 0 || lower >= upper && lower > 0 {
			return false
		}
		if upper > 0 && len(w) > 1 {
			words++
		}
	}
	return words >= 2
}

// chairOf finds who presides in the front matter and returns the name the
// cues know them by: the longest cue name that ends their name ("Jackson
// Lee" for Sheila Jackson Lee), else their surname.
func chairOf(front string, cues []cueAt) string {
	flat := strings.Join(strings.Fields(front), " ")
	m := presidingRe.FindStringSubmatch(flat)
	if m == nil {
		return ""
	}
	full := strings.ToLower(m[1])
	best := ""
	for _, c := range cues {
		n := strings.ToLower(strings.Join(strings.Fields(c.name), " "))
		if n != "" && (full == n || strings.HasSuffix(full, " "+n)) && len(n) > len(best) {
			best = n
		}
	}
	if best == "" {
		f := strings.Fields(m[1])
		return display(f[len(f)-1])
	}
	for _, c := range cues {
		if strings.ToLower(strings.Join(strings.Fields(c.name), " ")) == best {
			return display(c.name)
		}
	}
	return display(best)
}

// title returns the cover's first heading in capitals, with the lines in
// capitals that continue it.
func title(masked string, lines []corpus.Span, front corpus.Span) string {
	var parts []string
	for _, ln := range lines {
		if ln.Start >= front.End {
			break
		}
		t := strings.TrimSpace(ln.In(masked))
		if t == "" || !isCapsLine(t) || coverWord(t) {
			if len(parts) > 0 {
				break
			}
			continue
		}
		parts = append(parts, t)
	}
	return strings.Join(strings.Fields(strings.Join(parts, " ")), " ")
}

var coverRe = regexp.MustCompile(`^(?:S\. HRG\.|H\.R\.|SERIAL NO|HEARING|BEFORE THE|UNITED STATES|HOUSE OF|ONE HUNDRED|FIRST SESSION|SECOND SESSION|COMMITTEE|SUBCOMMITTEE|C O N T E N T S|CONTENTS|U\.S\. GOVERNMENT)`)

func coverWord(t string) bool { return coverRe.MatchString(t) || ruleRe.MatchString(t) }

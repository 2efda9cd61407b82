package screenplay

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// kind is what a line of a screenplay is.
type kind int

const (
	action kind = iota
	cueLine
	dialogue
	parenthetical
	heading    // a scene heading ("INT. HOUSE - DAY", ".FORCED")
	transition // "CUT TO:", "FADE OUT.", "> forced"
	centred    // "> THE END <"
	section    // "# Act one"
	synopsis   // "= They meet."
	furniture  // page breaks ("==="), page numbers, "(MORE)", "CONTINUED:"
)

// element is a run of lines of one kind; a cue is one line.
type element struct {
	kind        kind
	first, last int // line indexes, inclusive
	name, ext   string
}

// layout is how a screenplay is laid out on the page.
type layout struct {
	// indented is a plain-text screenplay: names centred, dialogue
	// indented, action at the margin. Else every element may stand at
	// the margin, as Fountain allows, and blank lines separate them.
	indented bool
	// cueAt and speechAt are the least indentation of a name and of
	// dialogue in an indented screenplay (see findLayout).
	cueAt, speechAt int
}

var (
	sceneHeading = regexp.MustCompile(`^(?:\d+[A-Z]?\s+)?(?:INT|EXT|EST|INT\.?/EXT|EXT\.?/INT|I/E)(?:\.|\s|$)`)
	// pageNumber matches a page number alone on its line, as a PDF's
	// text gives it: "23.", "23A.", "- 23 -", "Page 23", "p. 23", "23 of
	// 120".
	pageNumber = regexp.MustCompile(`^(?:-\s*)?(?:(?:[Pp]age|PAGE|[Pp]\.)\s*)?\d+[A-Z]?\.?(?:\s*-)?(?:\s+of\s+\d+)?$`)
)

// notNames are the screenplay's words that stand in capitals on a line
// of their own and are never a character: transitions without a colon,
// shots and page furniture. Matched on a name's first words.
var notNames = []string{
	"THE END", "END OF", "FADE IN", "FADE OUT", "FADE TO", "FADE UP", "CUT TO", "SMASH CUT", "MATCH CUT",
	"JUMP CUT", "DISSOLVE", "BLACKOUT", "BLACK", "OVER BLACK", "INTERCUT", "MONTAGE", "END MONTAGE",
	"SERIES OF SHOTS", "BACK TO", "CONTINUOUS", "LATER", "CONTINUED", "MORE", "SUPER", "TITLE CARD",
	"FLASHBACK", "END FLASHBACK", "FREEZE FRAME", "INSERT", "ANGLE ON", "CLOSE ON", "CLOSE UP", "POV",
	"WIDE SHOT", "OPENING CREDITS", "END CREDITS", "ESTABLISHING", "THE BEGINNING",
}

// characterName reads a character cue: a name in capitals (digits, ".",
// "'", "-", "&", "#" allowed; at most five words), or any name forced with
// "@", then optional extensions in parentheses ("(V.O.)", "(cont'd)") and
// Fountain's dual-dialogue caret.
func characterName(t string) (name, ext string, ok bool) {
	t = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(t), "^"))
	forced := strings.HasPrefix(t, "@")
	if forced {
		t = t[1:]
	}
	name = t
	if k := strings.IndexByte(t, '('); k >= 0 {
		name, ext = strings.TrimSpace(t[:k]), strings.TrimSpace(t[k:])
		if !strings.HasSuffix(ext, ")") || strings.Count(ext, "(") != strings.Count(ext, ")") || len(ext) > 40 {
			return "", "", false
		}
	}
	if name == "" || utf8.RuneCountInString(name) > 40 || len(strings.Fields(name)) > 5 {
		return "", "", false
	}
	if forced {
		return name, ext, true
	}
	letters := 0
	for k, r := range name {
		switch {
		case unicode.IsLetter(r):
			if unicode.IsLower(r) && !inScotsPrefix(name, k) {
				return "", "", false
			}
			letters++
		case unicode.IsDigit(r), r == ' ', r == '\'', r == '’', r == '-', r == '&', r == '#', r == '/':
		case r == '.':
		default:
			return "", "", false
		}
	}
	if letters < 2 || strings.HasPrefix(name, ".") || sceneHeading.MatchString(name) {
		return "", "", false
	}
	words := strings.Fields(strings.TrimRight(name, ".!"))
	for _, nn := range notNames {
		nw := strings.Fields(nn)
		if len(words) >= len(nw) && strings.Join(words[:len(nw)], " ") == nn {
			return "", "", false
		}
	}
	return name, ext, true
}

// inScotsPrefix reports whether the lower-case letter at k is the "c"
// or "ac" of a name in capitals that opens with "Mc" or "Mac" ("McCLANE",
// "MacGREGOR"), as screenplays print them.
func inScotsPrefix(name string, k int) bool {
	w := k
	for w > 0 && name[w-1] != ' ' {
		w--
	}
	word := name[w:]
	for _, p := range []string{"Mc", "Mac"} {
		if strings.HasPrefix(word, p) && k-w < len(p) && len(word) > len(p)+1 && word[len(p)] >= 'A' && word[len(p)] <= 'Z' {
			return true
		}
	}
	return false
}

// kindOf says what a line that is no cue and stands outside dialogue is.
func kindOf(t string) kind {
	switch {
	case strings.HasPrefix(t, "#"):
		return section
	case strings.HasPrefix(t, "==="):
		return furniture
	case strings.HasPrefix(t, "="):
		return synopsis
	case strings.HasPrefix(t, ">") && strings.HasSuffix(t, "<"):
		return centred
	case strings.HasPrefix(t, ">"):
		return transition
	case strings.HasPrefix(t, ".") && !strings.HasPrefix(t, ".."), sceneHeading.MatchString(t):
		return heading
	case pageNumber.MatchString(t):
		return furniture
	}
	upper := strings.ToUpper(t) == t
	bare := strings.Trim(t, "() ")
	switch {
	case upper && (bare == "MORE" || bare == "CONTINUED" || bare == "CONTINUED:" || bare == "CONT'D"):
		return furniture
	case upper && strings.HasSuffix(t, "TO:"), upper && (strings.HasPrefix(t, "FADE ") || strings.HasPrefix(t, "CUT TO")):
		return transition
	}
	return action
}

// isParenthetical reports whether a dialogue line opens a parenthetical.
func isParenthetical(t string) bool { return strings.HasPrefix(t, "(") }

// leadingParen returns the length of a parenthetical that opens a line of
// dialogue and closes before its end ("(laughing) No way."), the rest of
// the line being dialogue; 0 if there is none.
func leadingParen(t string) int {
	if !strings.HasPrefix(t, "(") {
		return 0
	}
	k := strings.IndexAny(t[1:], "()")
	if k < 0 || t[1+k] != ')' || strings.TrimSpace(t[2+k:]) == "" {
		return 0
	}
	return k + 2
}

// findLayout tells an indented screenplay from one at the margin: it is
// indented when at least two lines that could be names stand six columns
// or more beyond the text right below them. Names then stand at least as
// far in as the least indented of those, and dialogue two columns short
// of the least indented line below them at most.
func findLayout(lines []line) layout {
	lay, n := layout{cueAt: -1, speechAt: -1}, 0
	for i, l := range lines {
		if l.blank || l.notes {
			continue
		}
		if _, _, ok := characterName(l.text); !ok {
			continue
		}
		j := nextText(lines, i)
		if j < 0 || lines[j].indent+6 > l.indent {
			continue
		}
		n++
		if lay.cueAt < 0 || l.indent < lay.cueAt {
			lay.cueAt = l.indent
		}
		if lay.speechAt < 0 || lines[j].indent < lay.speechAt {
			lay.speechAt = lines[j].indent
		}
	}
	if n < 2 {
		return layout{}
	}
	lay.indented = true
	lay.speechAt = max(0, lay.speechAt-2)
	return lay
}

// nextText returns the index of the line after i that holds text, skipping
// lines of notes alone; -1 if a blank line or the end comes first.
func nextText(lines []line, i int) int {
	for j := i + 1; j < len(lines); j++ {
		switch {
		case lines[j].blank:
			return -1
		case !lines[j].notes:
			return j
		}
	}
	return -1
}

// isCue reports whether line i is a character cue: a name, with dialogue
// right below it; in Fountain a blank line before it, in an indented
// screenplay the name centred beyond the dialogue.
func isCue(lines []line, i int, afterBlank bool, lay layout) (name, ext string, ok bool) {
	l := lines[i]
	name, ext, ok = characterName(l.text)
	if !ok {
		return "", "", false
	}
	j := nextText(lines, i)
	if j < 0 {
		return "", "", false
	}
	if lay.indented {
		// Centred names stand further in the shorter they are: a long
		// name ("OFFICER BRENNAN") may stand left of the column the short
		// ones set, but always well beyond its dialogue.
		ok = (l.indent >= lay.cueAt || l.indent >= lay.speechAt+6) && lines[j].indent+4 <= l.indent && lines[j].indent >= lay.speechAt
	} else {
		ok = afterBlank
	}
	return name, ext, ok
}

// scan finds the elements of the screenplay in lines.
func scan(lines []line, lay layout) []element {
	var out []element
	add := func(k kind, i int) {
		if n := len(out); n > 0 && out[n-1].kind == k && k != cueLine && out[n-1].last == i-1 {
			out[n-1].last = i
			return
		}
		out = append(out, element{kind: k, first: i, last: i})
	}
	afterBlank := true
	for i := 0; i < len(lines); {
		l := lines[i]
		if l.blank {
			afterBlank = true
			i++
			continue
		}
		if l.notes {
			i++
			continue
		}
		name, ext, ok := isCue(lines, i, afterBlank, lay)
		if !ok {
			add(kindOf(l.text), i)
			afterBlank = false
			i++
			continue
		}
		out = append(out, element{kind: cueLine, first: i, last: i, name: name, ext: ext})
		j, more := i+1, false
		for j < len(lines) && !lines[j].blank {
			d := lines[j]
			if d.notes {
				j++
				continue
			}
			if lay.indented {
				if d.indent < lay.speechAt {
					break // action at the margin
				}
				if _, _, ok := isCue(lines, j, true, lay); ok {
					break
				}
			}
			if kindOf(d.text) == furniture || more {
				// A page number or "(MORE)" at a page break; after
				// "(MORE)", the speech goes on under the next page's cue
				// ("ANNA (CONT'D)"), and what stands before it is the
				// page's furniture (a running header).
				if isMore(d.text) {
					more = true
				}
				add(furniture, j)
				j++
				continue
			}
			if !isParenthetical(d.text) || leadingParen(d.text) > 0 {
				add(dialogue, j)
				j++
				continue
			}
			// A parenthetical runs to the line that closes it, over at
			// most three lines.
			k := j
			for k < len(lines) && k < j+3 && !lines[k].blank && !strings.HasSuffix(lines[k].text, ")") {
				k++
			}
			if k == len(lines) || k == j+3 || lines[k].blank {
				k = j
			}
			for ; j <= k; j++ {
				add(parenthetical, j)
			}
		}
		afterBlank = false
		i = j
	}
	return out
}

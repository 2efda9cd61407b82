package play

import (
	"regexp"
	"strings"

	"parley/corpus"
)

var (
	// singing matches the words of a stage direction that say someone
	// sings.
	singing = regexp.MustCompile(`(?i)\b(?:sing|sings|singing|sang|sung|chant|chants|chanting|chorus|refrain|hum|hums|humming|croon|croons|crooning)\b`)
	// groupSingers matches the words of a direction that name a group of
	// people, or more than one, as its subject.
	groupSingers = regexp.MustCompile(`(?i)\b(?:all|both|everybody|everyone|together|they|the\s+(?:couples|others|company|chorus|crowd|guests|dancers|men|ladies|women|girls|boys|party|rest|pair|two|three|four))\b`)
)

// songNotes finds the verse that others than the speaker sing, inside a
// speech: where a stage-direction paragraph that is not the speech's
// first ("[_With their hands on each other's shoulders, the couples half
// sing, half murmur, the refrain._]") says that others sing (see
// othersSing), the verse paragraphs right after it, up to the next cue,
// direction or paragraph at the speech's margin, are stage notes (their
// text the body), not the speaker's words. Verse is told from speech by
// its indentation alone: every line of the paragraph indented beyond the
// speech's first line. Where a direction names no other singer ("[_He
// sings._]"), or the verse stands at the speech's margin, the verse stays
// the speaker's: the rule gives words away only where the edition shows
// both who sings and where the song is.
func songNotes(r reading, text string, regionEnd func(int) int, speechStart map[int]bool) []corpus.Note {
	var notes []corpus.Note
	lines := r.lines
	keys := map[string]bool{}
	for _, cu := range r.cues {
		keys[cu.key] = true
	}
	for _, cu := range r.cues {
		end := regionEnd(cu.line)
		if end > len(lines) {
			end = len(lines)
		}
		// The cue's own paragraph (with the speech, where it runs on
		// below the cue) is none of them.
		paras := paragraphs(lines, cu.line, end)
		margin := lines[cu.line].indent // an inline cue's speech
		if cu.shape != inline {
			j := nextText(lines, cu.line, end, end)
			if j < 0 {
				continue
			}
			margin = lines[j].indent
		}
		for k := 1; k < len(paras); k++ {
			p := paras[k]
			if speechStart[p.first] || !isDirectionParagraph(p.span(lines).In(text)) || !othersSing(p.span(lines).In(text), cu.key, keys) {
				continue
			}
			for k+1 < len(paras) && isVerse(lines, paras[k+1], margin, text) {
				k++
				s := paras[k].span(lines)
				notes = append(notes, corpus.Note{Kind: corpus.Stage, Anchor: s, Extent: s, Body: s})
			}
		}
	}
	return notes
}

// isDirectionParagraph reports whether a paragraph is a stage direction
// as a whole: in square brackets (closed at its end or left open), in
// parentheses, or in italics.
func isDirectionParagraph(t string) bool {
	return strings.HasPrefix(t, "[") || strings.HasPrefix(t, "(") && strings.HasSuffix(t, ")") || isItalicParagraph(t)
}

// othersSing reports whether a direction says that someone other than
// the speaker (key) sings: it holds a word of singing, and in the same
// sentence a group ("the couples", "all", "they") or another speaker's
// name as printed in capitals, not as the one addressed ("to ROPER").
func othersSing(dir, key string, keys map[string]bool) bool {
	// (Emphasis marks out: "_The couples" holds no word boundary.)
	dir = strings.NewReplacer("_", " ", "*", " ").Replace(dir)
	for _, s := range sentences(dir) {
		if !singing.MatchString(s) {
			continue
		}
		if groupSingers.MatchString(s) {
			return true
		}
		for k := range keys {
			if k == key {
				continue
			}
			for i := strings.Index(s, k); i >= 0; {
				before := strings.ToLower(strings.TrimRight(s[:i], " ,"))
				after := i + len(k)
				whole := (i == 0 || !isWordByte(s[i-1])) && (after == len(s) || !isWordByte(s[after]))
				if whole && !strings.HasSuffix(before, " to") && !strings.HasSuffix(before, " at") && !strings.HasSuffix(before, " towards") && !strings.HasSuffix(before, " for") && before != "to" {
					return true
				}
				j := strings.Index(s[after:], k)
				if j < 0 {
					break
				}
				i = after + j
			}
		}
	}
	return false
}

// sentences cuts a direction at its periods, semicolons and exclamation
// marks.
func sentences(t string) []string {
	return strings.FieldsFunc(t, func(r rune) bool { return r == '.' || r == ';' || r == '!' || r == '?' })
}

// isVerse reports whether a paragraph is verse set off from the speech:
// no direction, no cue, and every line indented beyond the speech's
// margin.
func isVerse(lines []line, p paragraph, margin int, text string) bool {
	if isDirectionParagraph(p.span(lines).In(text)) {
		return false
	}
	for i := p.first; i <= p.last; i++ {
		if lines[i].indent <= margin {
			return false
		}
	}
	return true
}

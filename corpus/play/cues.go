package play

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"parley/corpus"
)

// lineCue is what a line opens with, if it opens with a speaker's name.
type lineCue struct {
	name   string // as printed, without the closing period
	caps   bool   // the name is in capitals
	period bool   // a period closes the name (or the direction after it)
	// dir is a stage direction between the name and the period, as
	// offsets into the line ("[aside]" in "HAMLET [aside]. Text"); both
	// zero if none.
	dirStart, dirEnd int
	end              int    // where the cue ends in the line
	rest             string // the text after the cue, trimmed
	restAt           int    // where rest starts in the line
}

// abbreviations are the words in capitals that a period does not close as
// a name ("MRS. UPJOHN.", "THE HON. ARTHUR STIDULPH."), besides the
// titles corpus.IsTitle knows.
var abbreviations = map[string]bool{"HON.": true, "ST.": true, "REV.": true, "CAPT.": true, "COL.": true, "GEN.": true, "SGT.": true, "LT.": true, "JR.": true, "SR.": true, "MME.": true, "MLLE.": true, "M.": true}

// notNames are words that open a line in capitals with a period and are
// not a name: interjections and the like, which a speech may open with.
var notNames = map[string]bool{"NOTE": true, "SOURCE": true, "SEE": true, "CHAPTER": true, "PAGE": true, "FIG": true, "TABLE": true, "THE": true, "A": true, "AN": true, "AND": true, "OF": true, "I": true, "O": true, "OH": true, "AH": true, "NO": true, "YES": true, "WELL": true, "OK": true, "NOW": true, "SO": true, "WHAT": true, "WHY": true, "HA": true, "HE": true, "SHE": true, "WE": true, "YOU": true, "IT": true}

// memoFields are the labels of a memorandum's or a record's header
// ("SUBJECT", "PARTICIPANTS") and its classification marks, which stand in
// capitals on a line of their own as a cue does and are never a
// character.
var memoFields = map[string]bool{
	"SUBJECT": true, "SUBJ": true, "PARTICIPANTS": true, "PARTICIPANT": true, "ATTENDEES": true, "PRESENT": true,
	"DATE": true, "PLACE": true, "FROM": true, "TO": true, "CC": true, "RE": true, "DISTRIBUTION": true, "COPIES": true,
	"COPIES TO": true, "CLASSIFICATION": true, "SECRET": true, "TOP SECRET": true, "CONFIDENTIAL": true,
	"UNCLASSIFIED": true, "RESTRICTED": true, "LIMITED OFFICIAL USE": true, "DRAFTED BY": true, "APPROVED BY": true,
}

// isMemoWord reports whether a name in capitals is a memo's field label or
// mark, or a record's heading ("MEMORANDUM OF CONVERSATION", "RECORD OF
// CONVERSATION OF A.A. GROMYKO WITH ...").
func isMemoWord(name string) bool {
	u := strings.ToUpper(strings.Join(strings.Fields(name), " "))
	return memoFields[u] || strings.HasPrefix(u, "MEMORANDUM") || strings.HasPrefix(u, "RECORD OF") || strings.Contains(u, "CONVERSATION")
}

// parseCue reads a cue at the start of a line's text t: a name in capitals
// of up to eight words (several names joined by commas or "AND"), or an abbreviated name in mixed case of up to two
// ("Ham.", "First Clo."), then an optional stage direction ("[aside]",
// "(aside)", "_aside_", after a comma or not), then a period; or a name
// in capitals alone on the line, without a period. rest is what follows.
func parseCue(t string) (lineCue, bool) {
	var c lineCue
	i, words := 0, 0
	for words < 8 {
		w, j := capsWord(t, i)
		if w == "" {
			break
		}
		words++
		i = j
		if strings.HasSuffix(w, ".") && !corpus.IsTitle(w) && !abbreviations[w] {
			c.period = true
			break
		}
		if i < len(t) && t[i] == ',' {
			// Several speakers at once: "JIMMIE, MRS. UPJOHN, AND ROPER.".
			if k := corpus.SkipSpaces(t, i+1); k > i+1 {
				if w2, _ := capsWord(t, k); w2 != "" {
					i = k
					continue
				}
			}
			break
		}
		if k := corpus.SkipSpaces(t, i); k > i && k < len(t) && t[k] != '[' && t[k] != '(' && t[k] != '_' {
			i = k
			continue
		}
		break
	}
	if words > 0 {
		c.caps = true
	} else {
		// An abbreviated name in mixed case: "Ham.", "First Clo.".
		for words < 2 {
			w, j := mixedWord(t, i)
			if w == "" {
				break
			}
			words++
			i = j
			if strings.HasSuffix(w, ".") {
				c.period = true
				break
			}
			if j < len(t) && t[j] == ' ' {
				i = j + 1
				continue
			}
			break
		}
	}
	if words == 0 {
		return c, false
	}
	c.name = strings.TrimRight(strings.TrimSpace(t[:i]), ".")
	if notNames[strings.ToUpper(c.name)] || isMemoWord(c.name) || letters(c.name) < 2 {
		return c, false
	}
	c.end = i
	if !c.period {
		// A direction, then the period: "HAMLET [aside]." or "HAMLET,
		// _aside_.".
		k := corpus.SkipSpaces(t, i)
		if k < len(t) && t[k] == ',' {
			k = corpus.SkipSpaces(t, k+1)
		}
		if e, ok := direction(t, k); ok {
			if p := corpus.SkipSpaces(t, e); p < len(t) && t[p] == '.' {
				c.dirStart, c.dirEnd, c.period, c.end = k, e, true, p+1
			} else if p == len(t) {
				c.dirStart, c.dirEnd, c.end = k, e, p
			}
		}
	}
	c.restAt = corpus.SkipSpaces(t, c.end)
	c.rest = t[c.restAt:]
	if c.rest != "" && c.restAt == c.end && c.period {
		return c, false // "MR.X": no space after the period
	}
	if !c.period && (c.rest != "" || !c.caps) {
		return c, false // a name without a period stands alone, in capitals
	}
	return c, true
}

// direction matches a bracketed, parenthesised or italic stage direction
// at i and returns the offset after it.
func direction(t string, i int) (int, bool) {
	if i >= len(t) {
		return i, false
	}
	close := map[byte]byte{'[': ']', '(': ')', '_': '_'}[t[i]]
	if close == 0 {
		return i, false
	}
	j := strings.IndexByte(t[i+1:], close)
	if j < 0 || j > 80 {
		return i, false
	}
	return i + 1 + j + 1, true
}

// capsWord returns the word in capitals at i (letters and digits, inner
// apostrophes and hyphens, a closing period; "&" and "AND" join names) and the offset
// after it.
func capsWord(t string, i int) (string, int) {
	if strings.HasPrefix(t[i:], "& ") {
		return "&", i + 1
	}
	j, upper := i, 0
	for j < len(t) {
		r, size := utf8.DecodeRuneInString(t[j:])
		switch {
		case unicode.IsUpper(r):
			upper++
		case unicode.IsDigit(r): // "2ND OFFICER"
		case (r == '\'' || r == '’' || r == '-') && j > i:
		default:
			goto done
		}
		j += size
	}
done:
	if upper == 0 {
		return "", i
	}
	if j < len(t) {
		if r, _ := utf8.DecodeRuneInString(t[j:]); unicode.IsLetter(r) {
			return "", i // "McCLANE", "Hamlet": not in capitals
		}
	}
	if j < len(t) && t[j] == '.' {
		j++
	}
	return t[i:j], j
}

// mixedWord returns a capitalised word at i ("Ham.", "First") and the
// offset after it.
func mixedWord(t string, i int) (string, int) {
	r, size := utf8.DecodeRuneInString(t[i:])
	if !unicode.IsUpper(r) {
		return "", i
	}
	j := i + size
	for j < len(t) {
		r, size := utf8.DecodeRuneInString(t[j:])
		if !unicode.IsLower(r) {
			break
		}
		j += size
	}
	if j == i+size && (j >= len(t) || t[j] != '.') {
		return "", i
	}
	if j < len(t) && t[j] == '.' {
		j++
	}
	return t[i:j], j
}

func letters(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

// isCapsName reports whether s is written in capitals (its letters, "MRS."
// included, all upper case) and holds two letters or more.
func isCapsName(s string) bool {
	return letters(s) >= 2 && strings.ToUpper(s) == s && strings.ToLower(s) != s
}

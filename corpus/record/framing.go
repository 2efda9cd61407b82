package record

import (
	"regexp"
	"strings"

	"parley/corpus"
)

// framingVerbs make a parenthesis inside a sentence framing (", he
// said,", ", says Stalin,").
var framingVerbs = corpus.WordSet(`says said adds added continues continued states stated notes noted
	declares declared emphasizes emphasized emphasises emphasised stresses stressed replies
	replied observes observed insists insisted explains explained remarks remarked argues
	argued suggests suggested answers answered asks asked recalls recalled repeats repeated
	concludes concluded went goes thinks thought believes believed feels felt`)

// framingCues finds the framing inside the sentences of a line: ", he
// said,", ", the President said,", ", Mr. Khrushchev said,", ", says
// Stalin,", ", according to Stalin,". Each is a cue of the speaker it
// names, to be kept only where that is the current speaker.
func framingCues(p *parser, s string) []cue {
	var out []cue
	for i := 0; i < len(s); i++ {
		if s[i] != ',' {
			continue
		}
		k := corpus.SkipSpaces(s, i+1)
		if k == i+1 || k >= len(s) {
			continue
		}
		if w, j := word(s, k); w == "but" || w == "and" {
			// "but, Mr. Khrushchev said, he ..."
			if j < len(s) && s[j] == ',' {
				k = corpus.SkipSpaces(s, j+1)
			}
		}
		c, ok := framingAt(p, s, k)
		if !ok {
			c, ok = according(p, s, k)
		}
		if ok {
			out = append(out, c)
			i = c.end - 1
		}
	}
	return out
}

// framingAt reads ", SUBJECT VERB," or ", VERB SUBJECT," at k.
func framingAt(p *parser, s string, k int) (cue, bool) {
	c := cue{start: k, nameStart: k, framing: true}
	w, j := word(s, k)
	subjEnd := -1
	switch {
	case w == "he" || w == "she":
		c.kind, subjEnd = pronoun, j
	case framingVerbs[strings.ToLower(w)] && w != "went" && w != "goes" && (isLowerWord(w) || corpus.StartsUpper(w) && isLowerWord(w[1:])):
		// ", says Stalin,": the verb first.
		c2 := cue{start: k, framing: true}
		n := corpus.SkipSpaces(s, j)
		c2.nameStart = n
		e, ok := p.subject(s, n, &c2)
		if !ok || c2.kind == first || c2.kind == pronoun || c2.name == "" {
			return c, false
		}
		// ", says Stalin," ", continues Stalin:" ", continues Stalin."
		if t := corpus.SkipSpaces(s, e); t < len(s) && (s[t] == ',' || s[t] == ':' || s[t] == '.') {
			c2.nameEnd, c2.end = e, t+1
			return c2, true
		}
		return c, false
	default:
		e, ok := p.subject(s, k, &c)
		if !ok || c.kind == first || c.name == "" && c.kind != pronoun {
			return c, false
		}
		subjEnd = e
	}
	c.nameEnd = subjEnd
	v, j2 := word(s, corpus.SkipSpaces(s, subjEnd))
	if cueAdverbs[v] {
		v, j2 = word(s, corpus.SkipSpaces(s, j2))
	}
	if !framingVerbs[v] {
		return c, false
	}
	if v == "went" || v == "goes" {
		var ok bool
		if j2, ok = phrase(s, j2, "on"); !ok {
			return c, false
		}
	}
	if e := corpus.SkipSpaces(s, j2); e < len(s) && s[e] == ',' {
		c.end = e + 1
		return c, true
	}
	return c, false
}

var accordingRe = regexp.MustCompile(`^(?i:according) to\s`)

// according reads "according to X," at k: framing of X's words.
func according(p *parser, s string, k int) (cue, bool) {
	m := accordingRe.FindStringIndex(s[k:])
	if m == nil {
		return cue{}, false
	}
	c := cue{start: k, framing: true}
	n := k + m[1]
	c.nameStart = n
	e, ok := p.subject(s, n, &c)
	if !ok || c.kind == first || c.kind == pronoun || c.name == "" {
		return cue{}, false
	}
	if t := corpus.SkipSpaces(s, e); t < len(s) && s[t] == ',' {
		c.nameEnd, c.end = e, t+1
		return c, true
	}
	return cue{}, false
}

// authorRe is a header line that names the writer of a first-person
// record.
var authorRe = regexp.MustCompile(`(?i)^\s*(?:from|by|author|written by|drafted by)\s*:\s*(.+?)\s*$`)

// writerRe is a document heading that names its writer in parentheses
// after "by" or "From".
var writerRe = regexp.MustCompile(`(?i)^\s*(?:\d+\.\s+)?(?:memorandum|telegram|letter|cable|airgram|note|despatch|dispatch|report)\b.*?\b(?:by|from)\b[^()]*\(([^()]+)\)`)

// institutions are words of a sender that is no person ("Embassy in
// Moscow").
var institutions = corpus.WordSet(`embassy amembassy department ministry mission delegation office
	secretariat consulate legation usdel bureau committee government agency station`)

// findAuthor returns the writer of a record: the name in a "From:" line
// of the header, else the signature, a name alone on the record's last
// line of text; and the signature's line (0-based), or -1.
func findAuthor(masked string, lines []corpus.Span, cast *cast) (string, int) {
	author, signature := "", -1
	for li, ln := range lines {
		if li >= 30 {
			break
		}
		if m := authorRe.FindStringSubmatch(ln.In(masked)); m != nil {
			if n := personName(m[1]); n != "" {
				author = n
				break
			}
		}
		// "Memorandum for the Record by the Ambassador to the Soviet
		// Union (Thompson)", "Telegram From the Secretary of State
		// (Rusk) to the Department of State".
		if m := writerRe.FindStringSubmatch(ln.In(masked)); m != nil {
			if n := personName(m[1]); n != "" {
				author = n
				break
			}
		}
	}
	cable := cableHeader(masked, lines)
	for li := len(lines) - 1; li >= 0; li-- {
		t := strings.TrimSpace(lines[li].In(masked))
		if t == "" {
			continue
		}
		if dateLine(t) {
			// "12 October 1965" below the signature.
			signature = li
			continue
		}
		if initialsRe.MatchString(t) {
			// "J. O. W.": a signature of initials names no author.
			signature = li
			break
		}
		if len(strings.Fields(t)) <= 5 && !strings.ContainsAny(t, "!?:;") {
			s := strings.TrimPrefix(t, "/s/")
			n := personName(s)
			if n == "" && cable && corpus.IsCaps(s) && len(strings.Fields(s)) == 1 && !classificationRe.MatchString(s) {
				// A cable is signed in capitals: "THOMPSON".
				n = corpus.TitleCase(strings.TrimRight(s, "."))
			}
			if n != "" {
				signature = li
				if author == "" {
					author = n
				}
			}
		}
		break
	}
	if n, ok := cast.lookup(author); ok {
		author = n
	}
	return author, signature
}

// personName returns the name in a sender or signature ("Llewellyn E.
// Thompson", "Secretary Rusk", "Foy D. Kohler, Ambassador"), or "".
func personName(s string) string {
	if k := strings.IndexAny(s, ",("); k >= 0 {
		s = s[:k]
	}
	s = strings.TrimRight(strings.TrimSpace(s), ".")
	e := splitOffice(s)
	if e.officeOnly() {
		return ""
	}
	for _, w := range strings.Fields(strings.ToLower(e.name)) {
		if institutions[w] {
			return ""
		}
	}
	f := strings.Fields(e.name)
	if len(f) == 0 || len(f) > 4 || !isName(e.name) || corpus.IsCaps(e.name) && len(f) == 1 {
		return ""
	}
	return e.name
}

// initialsRe is a signature of initials: "J. O. W.", "A.G.".
var initialsRe = regexp.MustCompile(`^(?:\p{Lu}\.\s?){2,4}$`)

// dateLine reports whether a line is a date alone ("12 October 1965",
// "Moscow, March 3, 1962").
func dateLine(t string) bool {
	t = strings.TrimSuffix(t, ".")
	return len(strings.Fields(t)) <= 5 && !strings.ContainsAny(t, ".!?;") && corpus.FindDate(strings.ToLower(t)) != ""
}

// cableHeaderRe is a field of a telegram's header: "FROM: AMEMBASSY
// MOSCOW", "TO: SECSTATE WASHDC", "REF: DEPTEL 1542".
var cableHeaderRe = regexp.MustCompile(`^\s*(?:FROM|FM|TO|REF|REFS|INFO|SUBJ|SUBJECT)\s*:|^\s*(?:TELEGRAM|CABLE|Telegram|Cable)\b`)

// cableHeader reports whether a record opens with a telegram's header,
// in its first 30 lines.
func cableHeader(masked string, lines []corpus.Span) bool {
	for li, ln := range lines {
		if li >= 30 {
			break
		}
		if cableHeaderRe.MatchString(ln.In(masked)) {
			return true
		}
	}
	return false
}

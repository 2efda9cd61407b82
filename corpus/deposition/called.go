package deposition

import (
	"iter"
	"regexp"
	"strings"

	"parley/corpus"
)

var (
	// callRe finds a witness called to testify: "The People call Dmitri
	// Sokolov.", "Plaintiff calls Jane Roe.", "the defense calls as its
	// next witness Dr. Amara Osei", "we'd like to call Officer Ruiz to the
	// stand". The name is capitalized words (two or more, or one after a
	// title), and ends the sentence or comes before "to the stand", "as
	// a witness", "please" or "Your Honor": "We call your attention to
	// Exhibit 4" names no one.
	callRe = regexp.MustCompile(`\b(?:(?i:the)\s+)?(?i:people|state|government|prosecution|commonwealth|united\s+states|city|county|defen[cs]e|plaintiffs?|defendants?|petitioners?|respondents?|claimants?|complainants?|applicants?|appellants?|employer|union|agency|we|I)(?:'d|’d|'ll|’ll)?\s+(?i:would\s+|will\s+|shall\s+|wish\s+to\s+|intends?\s+to\s+)?(?i:now\s+|next\s+|then\s+)?(?i:like\s+to\s+)?(?i:re)?(?i:calls?)\s+(?:(?i:as\s+)?(?i:its|their|our|my|the|his|her)\s+(?i:next|first|final|last|only|second|third)\s+witness,?\s+|(?i:to\s+the\s+(?:witness\s+)?stand),?\s+)?` +
		calledTail)
	// nextWitnessRe finds a witness named as the next: "Our next witness
	// is Laura Chen.", "the People's first witness, Dmitri Sokolov."
	nextWitnessRe = regexp.MustCompile(`(?i:\b(?:next|first|final|last|only)\s+witness)(?:\s+(?i:is|will\s+be|would\s+be)|\s*,)\s+` + calledTail)
	// witnessHeaderRe is a heading naming the witness whose testimony
	// follows: "WITNESS: DMITRI SOKOLOV", "Witness: Jane Roe (resumed)".
	witnessHeaderRe = regexp.MustCompile(`^(?:(?i:people|plaintiff|plaintiffs|defense|defence|defendant|defendants|government|state|prosecution|respondent|petitioner)(?:'S|'s|’S|’s|S'|s'|S’|s’)?\s+)?(?i:witness)\s*:\s*(` + calledName + `)\s*(?:\((?i:resumed|recalled|continued|cont'd)\)\.?)?$`)
)

var (
	// whereuponSwornRe finds a witness sworn in a line that opens with
	// "Whereupon": "WHEREUPON, DMITRI SOKOLOV, having been first duly
	// sworn, ...", "(Whereupon, Jane Roe was sworn.)".
	whereuponSwornRe = regexp.MustCompile(`^\(?(?i:whereupon),?\s+(` + calledName + `),?\s+(?i:having\s+been|was|were|is|being|called|a\s+witness|first|duly)\b.*(?i:sworn|affirmed|called\s+as\s+a\s+witness)`)
	// examNameRe finds the witness who opens an examination heading:
	// "DMITRI SOKOLOV - DIRECT EXAMINATION BY MS. TORRES".
	examNameRe = regexp.MustCompile(`^(` + calledName + `)\s*(?:[-–—,:]|\s)\s*(?:(?i:direct|cross|redirect|recross|re-direct|re-cross|voir\s+dire)[\s-]*)?(?:EXAMINATION|Examination)\b`)
)

// calledTail is a called witness's name, a title before it, and what may
// follow it: the sentence's end, "to the stand", "as a witness",
// "please", "Your Honor".
const calledTail = `((?:(?i:mr|mrs|ms|miss|dr|officer|detective|sergeant|sgt|agent|special\s+agent|deputy|trooper|lieutenant|lt|captain|professor|investigator|nurse)\.?\s+)?` + calledName + `)` +
	`(?:\s*,\s*(?:M\.D\.|Ph\.D\.|Jr\.|Sr\.|III|II))?\s*(?:[.;!]|,|$|\s+(?i:to\s+the\s+(?:witness\s+)?stand|as\s+(?:a|an|its|their|our|the|his|her)\b|please\b|your\s+honor))`

// calledName is a witness's name as the calling gives it: capitalized
// words and initials, particles inside ("Maria de la Rosa").
const calledName = `\p{Lu}[\p{L}'’\-]*\.?(?:\s+(?:\p{Lu}[\p{L}'’\-]*\.?|de|la|del|van|von|der|da|di|du|le|y)){0,4}`

// indexWords are the headings of an index of witnesses ("WITNESS:
// DIRECT CROSS REDIRECT") and the small words a transcript in capitals
// puts after "call" ("WE CALL IT THE BLUE ROOM"): no one's name.
var indexWords = corpus.WordSet(`DIRECT CROSS REDIRECT RECROSS PAGE PAGES EXAMINATION VOIR DIRE
	FOR THE PEOPLE PLAINTIFF DEFENDANT DEFENSE STATE INDEX NONE
	IT THAT THIS THESE THOSE THEM HIM HER ME US YOU YOUR MY OUR HIS THEIR
	UP OUT BACK OFF ON IN AT TO AND OR A AN HONOR COURT`)

// whereupon reads a swearing-in that opens line i with "Whereupon" and
// the witness's name, on it or over up to three lines more:
// "WHEREUPON, DMITRI SOKOLOV, having been first duly sworn, testified as
// follows:". It returns the name and the last line.
func whereupon(masked string, lines []line, i int) (string, int, bool) {
	t := lines[i].text.In(masked)
	if !strings.HasPrefix(strings.ToLower(strings.TrimPrefix(t, "(")), "whereupon") {
		return "", 0, false
	}
	window, last := t, i
	for j, lt := range following(masked, lines, i, 3) {
		if whereuponSwornRe.MatchString(window) {
			break
		}
		window += " " + lt
		last = j
	}
	m := whereuponSwornRe.FindStringSubmatch(window)
	if m == nil {
		return "", 0, false
	}
	name := calledClean(m[1])
	if name == "" {
		return "", 0, false
	}
	// The oath ends where it says so: "testified as follows:".
	for j := i; j <= last; j++ {
		if lt := lines[j].text.In(masked); strings.HasSuffix(lt, "follows:") || strings.HasSuffix(lt, "follows.") || strings.HasSuffix(lt, ")") || strings.HasSuffix(lt, "sworn.") {
			return name, j, true
		}
	}
	return name, last, true
}

// following yields the lines after line i, up to line i+n, that go on
// its paragraph: furniture and blank lines passed over, ending before a
// line that opens a question, an answer or a labelled turn.
func following(masked string, lines []line, i, n int) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		for j := i + 1; j < len(lines) && j <= i+n; j++ {
			if lines[j].furniture || lines[j].text.Len() == 0 {
				continue
			}
			lt := lines[j].text.In(masked)
			if isQA(lt) || labelRe.MatchString(lt) || !yield(j, lt) {
				return
			}
		}
	}
}

// examWords are the words before "EXAMINATION" that name no witness
// ("FURTHER DIRECT EXAMINATION", "CONTINUED CROSS-EXAMINATION"), cut
// from the end of a name before it.
var examWords = corpus.WordSet(`DIRECT CROSS REDIRECT RECROSS FURTHER CONTINUED RESUMED RE-DIRECT
	RE-CROSS DIRE VOIR RE CROSS- DEPOSITION OF`)

// calledAt returns the witness that line i (with the line after it, for
// a calling broken between them) calls to testify, or names in a
// heading, with titles stripped; "" for none.
func calledAt(masked string, lines []line, i int) string {
	t := lines[i].text.In(masked)
	lower := strings.ToLower(t)
	if !strings.Contains(lower, "call") && !strings.Contains(lower, "witness") && !strings.Contains(lower, "examination") {
		return ""
	}
	if m := witnessHeaderRe.FindStringSubmatch(t); m != nil {
		return calledClean(m[1])
	}
	if m := examNameRe.FindStringSubmatch(t); m != nil && !hasLower(m[1]) {
		f := strings.Fields(m[1])
		for len(f) > 0 && examWords[strings.ToUpper(strings.Trim(f[len(f)-1], "-,:"))] {
			f = f[:len(f)-1]
		}
		if name := calledClean(strings.Join(f, " ")); name != "" {
			return name
		}
	}
	if !strings.Contains(lower, "call") && !strings.Contains(lower, "witness") {
		return ""
	}
	window := t
	for _, lt := range following(masked, lines, i, 2) {
		window += " " + lt
		break
	}
	for _, re := range []*regexp.Regexp{callRe, nextWitnessRe} {
		for _, m := range re.FindAllStringSubmatchIndex(window, -1) {
			if m[0] >= len(t) {
				break
			}
			if name := calledClean(window[m[2]:m[3]]); name != "" {
				return name
			}
		}
	}
	return ""
}

// calledClean folds a called witness's name: a parenthetical cut, its
// titles stripped; a name of index words, or of one word with no title
// before it, is none.
func calledClean(name string) string {
	if k := strings.IndexByte(name, '('); k >= 0 {
		name = name[:k]
	}
	f := strings.Fields(strings.TrimRight(name, ".,; "))
	if len(f) == 0 {
		return ""
	}
	for _, w := range f {
		if indexWords[strings.ToUpper(strings.Trim(w, ".,"))] {
			return ""
		}
	}
	if len(f) < 2 {
		return "" // "Plaintiff calls Roe." may be a party, "we call Exhibit" a thing
	}
	return cleanName(speakerName(strings.Join(f, " ")))
}

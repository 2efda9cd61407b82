package record

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"parley/corpus"
)

// sentenceStarts returns the offsets in s where a sentence begins after
// another: past ".", "!" or "?", any closing quotes or brackets, and white
// space, at an upper-case letter.
func sentenceStarts(s string) []int {
	var out []int
	for i := 0; i < len(s); i++ {
		if s[i] != '.' && s[i] != '!' && s[i] != '?' {
			continue
		}
		if s[i] == '.' && abbreviationBefore(s, i) && !acronymEnd(s, i) {
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
		k := corpus.SkipSpaces(s, j)
		if k > j && k < len(s) && corpus.StartsUpper(s[k:]) {
			out = append(out, k)
		}
		i = j - 1
	}
	return out
}

// abbreviations end with a period that does not end a sentence.
var abbreviations = corpus.WordSet(`mr mrs ms dr prof gen col lt sgt capt cmdr adm rev hon sen rep gov st jr sr messrs mme mlle no nos vs cf etc viz ibid amb sec secy pres`)

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
	if utf8.RuneCountInString(w) == 1 && corpus.StartsUpper(w) {
		return true
	}
	return abbreviations[strings.ToLower(w)]
}

// closingRe is a paragraph that closes a conversation: "End of
// conversation.", "Recorded by ...", "The meeting ended at 12.15 p.m.".
var closingRe = regexp.MustCompile(`(?i)^\s*(end of (the )?(conversation|record|meeting|transcript|session|interview|talks?)\b|recorded by\b|the record was (made|taken) by\b|the (meeting|conversation|talks?|discussion|session|interview) (ended|closed|concluded|rose|adjourned|broke up|terminated)\b)`)

// afterwordRe is a paragraph that follows a record's conversation: the
// writer's comment on it ("5. Comment: ..."), its distribution and its
// drafting ("Copies to:", "cc:", "Drafted by ...").
var afterwordRe = regexp.MustCompile(`(?i)^\s*(?:\d{1,3}\.\s+)?(?:comment\s*:|distribution\s*:|copies to\s*:|cc\s*:|drafted by\b|approved by\b|cleared by\b|clearances?\s*:)`)

// commentRe is the writer's comment inside a record ("Comment: ...",
// "3. COMMENT: ..."): not speech, wherever it stands.
var commentRe = regexp.MustCompile(`(?i)^\s*(?:\d{1,3}\.\s+)?comment\s*:`)

// sectionHeading reports whether a paragraph between cues is a section's
// heading in mixed case ("Access", "Laos and Viet-Nam", "II. Germany"):
// six words at most, capitalised but for function words, with no
// punctuation at its end.
func sectionHeading(s string) bool {
	t := strings.TrimSpace(s)
	if m := numberingRe.FindStringIndex(t); m != nil {
		t = t[m[1]:]
	}
	f := strings.Fields(t)
	if len(f) == 0 || len(f) > 6 || strings.ContainsAny(t[len(t)-1:], ".!?,;:)]\"”") || strings.ContainsAny(t[:1], "([") {
		return false
	}
	for i, w := range f {
		if !corpus.StartsUpper(w) && !(i > 0 && lowerWords[w]) {
			return false
		}
	}
	return true
}

// capsHeading reports whether a paragraph is a heading in capitals
// ("MARKING"), which ends the conversation; one with a number ("412
// FOREIGN RELATIONS, 1961-1963") does so only where no cue follows it,
// since between two cues it is a page's running head.
func capsHeading(s string) bool {
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

// span returns the span [start, end).
func span(start, end int) corpus.Span { return corpus.Span{Start: start, End: end} }

// acronymEnd reports whether the period at s[i] ends an acronym such as
// "U.S." before a new sentence: the word after it is one that opens
// sentences ("The", "He", "She", "I"), not a surname after initials
// ("J.V. Stalin").
func acronymEnd(s string, i int) bool {
	if i < 3 || s[i-2] != '.' {
		return false
	}
	w, _ := word(s, corpus.SkipSpaces(s, i+1))
	return w == "The" || w == "He" || w == "She" || w == "I"
}

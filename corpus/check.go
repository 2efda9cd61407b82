package corpus

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The checks of a reading are here, in one place, and know no layout: they
// look at the words the reader took for speech (Reading.Words, counted by
// the summarize stage) and at the lines, whatever the reader.

// minSpeechShare is the least share of a text's words read as speech
// before Check warns: a transcript is mostly speech, and a reading that
// leaves most of it as front matter or skipped text has likely missed its
// cues.
const minSpeechShare = 0.5

// maxListed is how many lines a warning lists.
const maxListed = 5

// minLabelShare is the least share of a text's cue lines that an unread
// label must open before Check calls it a speaker's: a name missed as a
// speaker opens many lines, while a word of speech that happens to stand
// before a colon ("Farewell: the leisure...", in verse) opens few among
// thousands of cues.
const minLabelShare = 0.01

// minTurnMarks is how many lines opening with a change-of-speaker mark
// (">>", as captions write it) make a text look like dialogue.
const minTurnMarks = 3

var (
	// colonLabel is a line opening with a label and a colon, the shape of
	// a script's or an interview's cue in any case and markup: "Smith:",
	// "Speaker 1:", "[SPEAKER_00]:", ">> NAME:", "**Smith:**",
	// "__Smith__:", "Smith (00:03):". The colon is followed by white
	// space or the line's end, so times ("10:30") and URLs ("http://")
	// are no labels.
	colonLabel = regexp.MustCompile(`^(?:>>\s*)?(?:\*\*|__)?\[?(\p{L}[\p{L}\p{N}.'’_\- ]{0,40}?)\]?(?:\s*[(\[]\d{1,2}:\d{2}(?::\d{2})?[)\]])?(?:\*\*|__)?:(?:\*\*|__)?(?:\s|$)`)
	// dotLabel is a name in capitals and a period opening a line: a
	// play's cue ("HAMLET. To be", "MRS. MILLER.").
	dotLabel = regexp.MustCompile(`^(\p{Lu}[\p{Lu}.'’\- ]{1,40})\.(?:\s|$)`)
	// reportLabel is a name and a verb of saying opening a line: the cue
	// of a record in reported or narrated speech ("Gromyko said that",
	// "The Secretary replied", "Comrade STALIN says").
	reportLabel = regexp.MustCompile(`^((?:[\p{Lu}][\p{L}.'’\-]*\s+){0,3}[\p{Lu}][\p{L}.'’\-]*)\s+(?:said|says|replied|replies|asked|asks|answered|answers|noted|notes|stated|states|added|adds|remarked|remarks|continued|continues|observed|observes|declared|declares|agreed|agrees|responded|responds|interjected|interjects)\b`)
	// aloneLabel is a name in capitals alone on a line, with an optional
	// extension ("(V.O.)", "(CONT'D)"): a screenplay's cue, when a blank
	// line comes before it and its speech right after.
	aloneLabel = regexp.MustCompile(`^(\p{Lu}[\p{Lu}\p{N}.'’\- ]{0,40}?)\s*(?:\([\p{Lu}.'’ ]{1,12}\))?\s*\^?$`)
)

// fieldNames are the labels of metadata fields and headings, which open
// lines with a colon or a period in any layout and name no speaker. This
// is a list of the fields of documents in general (mail headers, archival
// headers, Markdown front matter, plays' and screenplays' headings), not
// of any one document.
var fieldNames = map[string]bool{
	"note": true, "notes": true, "source": true, "sources": true, "date": true, "time": true,
	"subject": true, "from": true, "to": true, "cc": true, "bcc": true, "re": true,
	"title": true, "location": true, "place": true, "participants": true, "present": true,
	"attendants": true, "attendees": true, "speakers": true, "transcript": true, "translation": true,
	"copy": true, "page": true, "file": true, "summary": true, "keywords": true, "tags": true,
	"author": true, "authors": true, "published": true, "duration": true, "episode": true,
	"url": true, "link": true, "links": true, "description": true, "category": true,
	"categories": true, "layout": true, "type": true, "media": true, "classification": true,
	"distribution": true, "drafted by": true, "approved by": true, "see": true, "also": true,
	"editor": true, "editors": true, "language": true,
	"act": true, "scene": true, "chapter": true, "part": true, "book": true,
	"section": true, "appendix": true, "contents": true, "index": true, "prologue": true,
	"epilogue": true, "footnotes": true, "int": true, "ext": true, "the end": true, "end": true,
	"fade in": true, "fade out": true, "cut to": true, "dramatis personae": true, "persons": true,
	"characters": true, "cast": true, "warning": true, "caution": true, "example": true,
	"update": true, "edit": true, "ps": true, "p.s": true, "nb": true, "n.b": true,
	// Bylines and a court record's appearances ("BY: ANA TORRES, DEPUTY
	// DISTRICT ATTORNEY", "REPORTED BY:").
	"by": true, "reported by": true, "appearances": true,
}

// headerFields are the fields of a document's header that no character
// or participant is called ("Title:", "Source:", "Copyright:"): a speaker
// of that name, with few turns, is a header misread. Fields that are also
// characters' names ("Page", "Time" in Shakespeare) are not here.
var headerFields = map[string]bool{
	"title": true, "source": true, "sources": true, "copyright": true, "contact": true, "credit": true,
	"author": true, "authors": true, "date": true, "subject": true, "from": true, "to": true, "cc": true,
	"bcc": true, "re": true, "note": true, "notes": true, "url": true, "link": true, "links": true,
	"tags": true, "keywords": true, "summary": true, "description": true, "transcript": true,
	"published": true, "duration": true, "episode": true, "layout": true, "category": true,
	"categories": true, "drafted by": true, "approved by": true, "classification": true,
	"distribution": true, "language": true, "license": true, "licence": true,
}

// maxFieldTurns is the most turns a speaker named like a header field may
// have for Check to call it a header misread.
const maxFieldTurns = 2

// label is one line that opens with what looks like a speaker's label.
type label struct {
	line  int
	text  string // the label as written ("Smith:")
	id    string // the name folded ("smith")
	taken bool   // the line holds cue text
}

// Check returns the warnings about how d was read, in this order:
//
//   - LittleSpeech: under half of the text's words outside the speaker
//     cues were read as speech (only once Reading.Words has been counted);
//   - OneSpeaker: one speaker has all the speech, yet the text looks like
//     dialogue: two or more label-like names each open several lines,
//     several label-like lines were not read as cues, or several lines
//     open with a change-of-speaker mark (">>");
//   - UnreadLabels: lines open with a label that looks like a speaker's
//     ("Smith:", "HAMLET.", "**Smith:**") but were not read as cues. A
//     label looks like a speaker's when the same name opens another line
//     too, or names a speaker, and opens at least one in a hundred of the
//     cue lines; metadata fields ("Note:", "Source:"), titles alone
//     ("MRS.") and headings ("ACT I.") do not. A name and a verb of
//     saying ("Gromyko said", a record's cue) is a label too, and so is
//     a name in capitals alone on a line between a blank line and a line
//     of text (a screenplay's "CHALF").
//   - FieldSpeakers: speakers with a turn or two are named like a
//     header's fields ("Title", "Source", "Copyright"): a header's lines
//     were read as cues.
//
// It reads each line once.
func Check(d *Document) []Warning {
	var out []Warning
	w := d.Reading.Words
	// The cues' words (names, timestamps) are the layout's, not text the
	// reader could have lost: the share is of the words outside them. In
	// markup the notes are the format's own layers (an annotation's
	// translation, gloss and word tiers) and the matter its header (a TEI
	// header's title and sources), no text a missed cue left out.
	text := w.Total() - w.Cues
	if d.Reading.Markup {
		text -= w.Notes + w.Front + w.Back
	}
	if text > 0 && float64(w.Speech)/float64(text) < minSpeechShare {
		share := func(n int) string { return pct(float64(n) / float64(text)) }
		out = append(out, Warning{Kind: LittleSpeech, Msg: fmt.Sprintf(
			"only %s of the text's %d words outside speaker cues were read as speech (front matter %s, back matter %s, notes %s, other %s): the reader may have missed the speaker cues",
			share(w.Speech), text, share(w.Front), share(w.Back), share(w.Notes), share(w.Other))})
	}
	labels, marks, cueLines := findLabels(d)
	uses := map[string]int{}
	for _, l := range labels {
		uses[l.id]++
	}
	speaker := map[string]bool{}
	for _, s := range d.Speakers {
		speaker[s.ID] = true
		speaker[foldLabel(s.Name)] = true
	}
	repeated := 0
	for _, n := range uses {
		if n >= 2 {
			repeated++
		}
	}
	var unread []label
	for _, l := range labels {
		if !l.taken && (uses[l.id] >= 2 || speaker[l.id]) && float64(uses[l.id]) >= minLabelShare*float64(cueLines) {
			unread = append(unread, l)
		}
	}
	if len(d.Speakers) == 1 && (repeated >= 2 || len(unread) >= 2 || marks >= minTurnMarks) {
		var why string
		switch {
		case repeated >= 2:
			why = fmt.Sprintf("%d label-like names open several lines each", repeated)
		case len(unread) >= 2:
			why = fmt.Sprintf("%d lines open with a speaker-like label that was not read as a cue", len(unread))
		default:
			why = fmt.Sprintf("%d lines open with a change-of-speaker mark (\">>\")", marks)
		}
		out = append(out, Warning{Kind: OneSpeaker, Msg: fmt.Sprintf(
			"one speaker (%s) has all the speech, but the text looks like dialogue: %s", d.Speakers[0].Name, why)})
	}
	if len(unread) > 0 {
		out = append(out, unreadWarning(unread))
	}
	turns := map[string]int{}
	for _, t := range d.Turns {
		turns[t.Speaker]++
	}
	var fields []string
	for _, sp := range d.Speakers {
		if (headerFields[sp.ID] || headerFields[strings.ToLower(sp.Name)]) && turns[sp.ID] <= maxFieldTurns {
			fields = append(fields, fmt.Sprintf("%q", sp.Name))
		}
	}
	if len(fields) > 0 {
		out = append(out, Warning{Kind: FieldSpeakers, Msg: fmt.Sprintf(
			"%d speakers are named like a header's fields (%s): lines of a header may have been read as cues", len(fields), strings.Join(fields[:min(len(fields), maxListed)], ", "))})
	}
	return out
}

// unreadWarning is the warning about labels not read as cues, listing up
// to maxListed of them.
func unreadWarning(unread []label) Warning {
	var lines []int
	var shown []string
	for _, l := range unread[:min(len(unread), maxListed)] {
		lines = append(lines, l.line)
		shown = append(shown, fmt.Sprintf("line %d %q", l.line, l.text))
	}
	more := ""
	if n := len(unread) - maxListed; n > 0 {
		more = fmt.Sprintf(" and %d more", n)
	}
	what := "lines open"
	if len(unread) == 1 {
		what = "line opens"
	}
	return Warning{Kind: UnreadLabels, Lines: lines, Msg: fmt.Sprintf(
		"%d %s with what looks like a speaker's label but was not read as a cue: %s%s",
		len(unread), what, strings.Join(shown, ", "), more)}
}

// findLabels returns the lines of d that open with a label, in order; how
// many lines open with a change-of-speaker mark (">>") and no label; and
// how many lines hold a cue.
func findLabels(d *Document) (out []label, marks, cueLines int) {
	lines := d.ReadLines()
	for i, lr := range lines {
		if lr.Cue {
			cueLines++
		}
		line := strings.TrimSpace(lr.Span.In(d.Source))
		if strings.HasPrefix(line, ">>") && !colonLabel.MatchString(line) {
			marks++
		}
		if line == "" || line[0] == '<' || line[0] == '@' || line[0] == '%' || line[0] == '*' && !strings.HasPrefix(line, "**") {
			continue // markup, CHAT headers and tiers
		}
		if lr.Kind == NoteLine {
			continue // the reader took the whole line for a note ("BY MS. NAKAMURA:", a heading)
		}
		m := colonLabel.FindStringSubmatchIndex(line)
		if m == nil {
			m = dotLabel.FindStringSubmatchIndex(line)
		}
		if m == nil {
			if m = reportLabel.FindStringSubmatchIndex(line); m != nil && (pronouns[strings.ToLower(strings.Fields(line)[0])] || infinitiveAfter(line, m[1])) {
				m = nil
			}
		}
		if m == nil && (i == 0 || lines[i-1].Kind == BlankLine) && i+1 < len(lines) && lines[i+1].Kind != BlankLine {
			m = aloneLabel.FindStringSubmatchIndex(line)
		}
		if m == nil {
			continue
		}
		name := strings.TrimSpace(line[m[2]:m[3]])
		if !nameLike(name) {
			continue
		}
		if SpeakerID(name) == "" || initialsOnly(name) {
			continue // a title alone ("MRS." of "MRS. UPJOHN (LILY's mother)"), an honorific ("H.E.")
		}
		if vocative(name) {
			continue // an address to the audience ("LADIES AND GENTLEMEN:", "Excellencies:")
		}
		id := foldLabel(name)
		if fieldNames[id] || fieldNames[firstWord(id)] {
			continue
		}
		out = append(out, label{line: lr.Line, text: strings.TrimSpace(line[:m[1]]), id: id, taken: lr.Cue})
	}
	return out, marks, cueLines
}

// infinitiveAfter reports whether the verb of a report label ending at end
// of line takes an infinitive ("Lesotho continues to support ..."): a
// sentence, not a cue.
func infinitiveAfter(line string, end int) bool {
	rest := strings.Fields(line[end:])
	return len(rest) > 0 && strings.ToLower(rest[0]) == "to"
}

// initialsOnly reports whether a name is only initials or an abbreviation
// with periods ("H.E.", "U.N."), which names no speaker.
func initialsOnly(name string) bool {
	parts := strings.Split(strings.Trim(strings.TrimSpace(name), "."), ".")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if n := utf8.RuneCountInString(strings.TrimSpace(p)); n == 0 || n > 2 {
			return false
		}
	}
	return true
}

// vocativeWords are words that address an audience rather than name a
// speaker ("Ladies and gentlemen:", "Excellencies:", "Dear colleagues:").
var vocativeWords = WordSet(`ladies gentlemen excellencies excellency colleagues friends delegates brothers sisters comrades everyone everybody dear distinguished`)

// vocative reports whether a label addresses an audience.
func vocative(name string) bool {
	for _, w := range strings.Fields(strings.ToLower(name)) {
		if vocativeWords[strings.Trim(w, ".,")] {
			return true
		}
	}
	return false
}

// nameBreaks splits a label's words at underscores and hyphens.
var nameBreaks = strings.NewReplacer("_", " ", "-", " ")

// nameLike reports whether a label's text has the shape of a name: up to
// five words, each opening with a capital or a digit, or a particle
// ("de", "van"); not a roman numeral.
func nameLike(s string) bool {
	words := strings.Fields(nameBreaks.Replace(s))
	if len(words) == 0 || len(words) > 5 {
		return false
	}
	for i, w := range words {
		r := []rune(w)[0]
		switch {
		case unicode.IsUpper(r), unicode.IsDigit(r) && i > 0:
		case i > 0 && particles[strings.ToLower(w)]:
		default:
			return false
		}
	}
	return !romanNumeral(strings.Trim(words[len(words)-1], "."))
}

// pronouns are the capitalised words that open a sentence of reported
// speech without naming anyone ("He said that").
var pronouns = map[string]bool{
	"he": true, "she": true, "it": true, "they": true, "we": true, "i": true, "you": true,
	"this": true, "that": true, "these": true, "those": true, "there": true, "here": true,
	"then": true, "one": true, "everyone": true, "everybody": true, "nobody": true,
	"someone": true, "somebody": true, "all": true, "both": true, "each": true, "who": true,
	"what": true, "which": true, "and": true, "but": true, "so": true, "as": true, "if": true,
	"when": true, "later": true, "finally": true, "also": true,
}

// particles are the lower-case words of names ("Charles de Gaulle").
var particles = map[string]bool{"de": true, "da": true, "di": true, "du": true, "van": true, "von": true, "der": true, "den": true, "del": true, "la": true, "le": true, "of": true, "the": true, "bin": true, "al": true, "y": true}

// romanNumeral reports whether s is a roman numeral ("IV"), the number of
// an act or a section.
func romanNumeral(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !strings.ContainsRune("IVXLC", r) {
			return false
		}
	}
	return true
}

// foldLabel folds a label's name for comparing its uses: case folded,
// titles dropped ("INTERVIEWER" and "Interviewer" are one).
func foldLabel(s string) string { return SpeakerID(s) }

func firstWord(s string) string {
	if i := strings.IndexAny(s, " ."); i > 0 {
		return s[:i]
	}
	return s
}

package hansard

import (
	"bytes"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"unicode"

	"parley/corpus"
)

// Format is the name of the format, as documents and --format give it.
const Format = "hansard"

// Read reads a parliamentary debate exported as Hansard XML: ParlParse's
// (TheyWorkForYou's) XML of the UK Parliament's debates, root
// <publicwhip> (OpenAustralia's, root <debates>), or the Australian
// Parliament's Hansard, root <hansard>, and any file whose speeches follow
// its talker pattern. name is used in
// errors and outputs only; opt is not consulted.
//
// The rules:
//
//  1. In ParlParse's XML each <speech> (and a written answer's <ques> and
//     <reply>) with a speakername is one utterance of that speaker, its
//     cue the start tag, its Text the element; its time attribute
//     ("014:30:00") is the utterance's Time. A <speech nospeaker="true">
//     is no one's: it holds procedure ("Motion made, and Question
//     proposed...", "[Sir Nicholas Winterton in the Chair]"), and each of
//     its paragraphs is a note, not speech. So is a <p class="italic">
//     in anyone's speech ("indicated assent.", "rose—", "Question put and
//     agreed to."): it reports what happened, and a speech of nothing
//     else gives its speaker no turn. Headings (<major-heading>,
//     <minor-heading>, <oral-heading>) and divisions are not speech. A
//     peer (a speakerid of the Lords, a speech id of the Lords' series)
//     goes by the speakername whole: the title is the name ("Lord
//     Myners", "Baroness O'Cathain").
//  2. In the Australian Hansard each <speech>, <question>, <answer>,
//     <interjection>, <continue> and <motionnospeech> is someone's,
//     named by its <talker> (inside <talk.start> or not): its cue is the
//     start tag through the talker, its Time the talker's <time.stamp>.
//     An interjection is a turn of its own; after it the speech's speaker
//     resumes, in an utterance whose cue is the interjection's end tag. A
//     continuation is its talker's (the original speaker's) and the
//     speech's text after it is too. A <continue> without a talker is the
//     speaker's it continues. The layout of 1981-1997 is read alike: its
//     <interject> is an interjection, its <name nameid="..."> a talker's
//     display name and name.id, its <debate><title> a heading, and the
//     root's date ("04/06/1981"), chamber and numbers the sitting's.
//  3. A talker's speaker is, for a presiding officer, the person the
//     sitting's narration says took that chair, where it names one only
//     ("The SPEAKER (Hon. Tony Smith) took the chair ..."), else the
//     office as the file names it ("The SPEAKER", "The DEPUTY SPEAKER",
//     "The PRESIDENT"; by its display name, else the office its metadata
//     name gives: "SPEAKER, The", "Somlyay, Alex (The DEPUTY SPEAKER)"), kept
//     whole as the speaker's identity ("the deputy speaker"). Anyone else
//     is the person its metadata name gives, forename first ("Smith, Tony,
//     MP" is Tony Smith; a family name in capitals, as the historic record
//     prints it, in title case: "BARTON, Edmund" is Edmund Barton);
//     lacking one, the metadata name of another talker with its
//     <name.id>, else of the talkers with its display name where they are
//     one person; else its display name ("Mr SMITH"); else its
//     name.id; else Unknown. A name that is an office's label, which the
//     Builder would strip to a fragment ("The Minister for Health" to "for
//     Health"), is kept whole as an office is. The display name as printed
//     is the CueName.
//     ParlParse's speakername is a display name, its person_id a name.id.
//  4. In the layout of 2014 on (<talk.text> of HTML-like <p> and <span>),
//     an attribution <a type="Member...|Office..." href="PHID"> names
//     the speaker of the text after it: at the start of a speech it is
//     part of the cue, which then runs on, over the electorate, the
//     ministerial title and the <span class="HPS-Time"> (the utterance's
//     Time where the talker gives none), to the first letter or digit;
//     within a speech it opens an utterance of its own (an interjection
//     written inline), whose speaker its text and href name. A span of an
//     attribution's class without its <a> (<span
//     class="HPS-OfficeInterjecting">The SPEAKER:</span>, as the record
//     prints the chair's words) is an attribution too.
//  5. Speech is the character data inside an utterance, except in the
//     talker, <time.stamp>, <page.no>, headings (<debateinfo>,
//     <subdebateinfo>, a heading style of <p>), a division's lists, and
//     the electorate, ministerial title and time spans. <inline>,
//     <phrase>, <i> and other inline markup is text. Spans point into the
//     source, where a reference cannot be read as what it stands for, so
//     every character and entity reference is cut from speech: one outside
//     a word ("&mdash;", "&quot;", "&#160;") parts the words it stands
//     between; one inside a word ("caf&#233;s", "don&#8217;t") leaves the
//     word's pieces touching the cut, which the tokenizer joins into one.
//     The entities a DOCTYPE declares (ParlParse's &mdash;, &pound;) and
//     HTML's are known.
//  6. Notes: a paragraph outside every speech (the business start, a
//     division's "The House divided.", "Question agreed to."), a <para
//     class="italic"> within one ("Honourable members interjecting—"),
//     a motion's own paragraphs after the mover's words, and the
//     <talk.text> layout's "... interjecting—" spans are narration; one
//     wholly in brackets is an editorial note. So are the record's words
//     in a speech's own paragraphs: a procedural formula alone in its
//     paragraph ("Question agreed to.", "Debate (on motion by Mr Pyne)
//     adjourned.", "Leave granted.") and a group's interjection written
//     into the speech ("Honourable members—Hear, hear!") are narration; a
//     parenthesis set in italics ("(Time expired)") is an editorial note;
//     a paragraph of punctuation only is no one's. Within speech,
//     bracketed insertions ("[Interruption.]", even split over <i>
//     elements) are editorial notes and parenthesised stage directions
//     ("(Laughter)") stage notes.
//  7. Consecutive utterances of one speaker make one turn. The first
//     heading (ParlParse's first heading, the first <debateinfo> title),
//     its bracketed insertions dropped, is the title; the date is the
//     session header's <date>, else the date in ParlParse's ids, else one
//     in the file name. The session header's chamber, parliament, session
//     and period numbers, and ParlParse's series ("westminhall"), are the
//     document's metadata. All before the first utterance is front
//     matter, all after the last back matter. A time of day is kept as
//     written in Time, and as seconds after midnight in both Start and
//     End: a point in time, not a duration.
//
// Malformed XML is an error on the line where the parser stopped
// (undefined entities included), and so is a file without speech.
func Read(name string, src []byte, opt corpus.Options) (*corpus.Document, error) {
	if err := corpus.CheckText(name, src); err != nil {
		return nil, err
	}
	text := string(src)
	sc := &scanner{text: text, ent: corpus.NewXMLEntities(), meta: map[string]string{}}
	if err := sc.scan(name); err != nil {
		return nil, err
	}
	sort.SliceStable(sc.utts, func(i, j int) bool { return sc.utts[i].text.Start < sc.utts[j].text.Start })
	for i := range sc.utts {
		sc.utts[i].trimCue(text)
	}

	b := corpus.NewBuilder(name, Format, text)
	for i := range sc.utts {
		sc.notes = append(sc.notes, sc.utts[i].recordParagraphs(text, sc.ent)...)
	}
	b.AddNotes(sc.notes...)
	utts := make([]corpus.MarkupUtterance, len(sc.utts))
	for i, u := range sc.utts {
		utts[i] = corpus.MarkupUtterance{Utterance: corpus.Utterance{Cue: u.cue, Text: u.text, Time: u.time}, Runs: u.runs}
	}
	reach := b.MarkupSpeech(utts, sc.ent)

	date := sc.date
	if date == "" {
		date = fileDate.FindString(filepath.Base(name))
	}
	b.SetMetadata(sc.title, date)
	if len(sc.meta) > 0 {
		b.SetMeta(sc.meta)
	}

	names := newResolver(sc.utts)
	holders := officeHolders(sc.notes, text)
	for i, u := range sc.utts {
		ut := utts[i].Utterance
		if s, ok := corpus.ClockSeconds(u.time); ok {
			ut.Start, ut.End = s, s
		}
		sp := names.speaker(u.who)
		ut.CueName = sp.cue
		if !sp.office && !sp.whole {
			for _, k := range []string{"party", "electorate"} {
				b.SetSpeakerMeta(sp.name, k, u.who.fields[k])
			}
		}
		if person := holders[strings.ToLower(sp.name)]; sp.office && person != "" {
			b.Add(person, ut, reach[i]) // "The SPEAKER (Hon. Tony Smith) took the chair"
		} else if sp.office || sp.whole {
			b.AddAs(sp.id, sp.name, ut, reach[i])
		} else {
			b.Add(sp.name, ut, reach[i])
		}
	}
	return b.Document("no speeches found: Hansard XML has <speech> elements by a named speaker (ParlParse's speakername, or a <talker>)")
}

var fileDate = regexp.MustCompile(`\d{4}-\d{2}-\d{2}`)

// trimCue ends the cue of an utterance opened by an attribution at its
// first letter or digit (rule 4 of Read), and drops any speech the cue
// covers.
func (u *utterance) trimCue(text string) {
	if u.attrib {
		for len(u.runs) > 0 {
			r := &u.runs[0]
			if r.Span.End <= u.cue.End {
				u.runs = u.runs[1:]
				continue
			}
			start := max(r.Span.Start, u.cue.End)
			k := strings.IndexFunc(text[start:r.Span.End], func(c rune) bool { return unicode.IsLetter(c) || unicode.IsDigit(c) })
			if k < 0 {
				u.cue.End = r.Span.End
				u.runs = u.runs[1:]
				continue
			}
			u.cue.End = start + k
			// A reference opening the run ("&#8212;I") is cut whole.
			if a := strings.LastIndexByte(text[start:start+k], '&'); a >= 0 && !strings.Contains(text[start+a:start+k], ";") {
				u.cue.End = start + a
			}
			break
		}
	}
	kept := u.runs[:0]
	for _, r := range u.runs {
		if r.Span.End <= u.cue.End {
			continue
		}
		r.Span.Start = max(r.Span.Start, u.cue.End)
		kept = append(kept, r)
	}
	u.runs = kept
	u.text.End = max(u.text.End, u.cue.End)
}

// speaker is who an utterance is by, as Read adds it.
type speaker struct {
	id, name, cue string
	office        bool // a presiding officer: id and name as given (Builder.AddAs)
	whole         bool // a peer: id and name as given, the title being the name
}

// resolver names the talkers of one file (rule 3 of Read).
type resolver struct {
	byID map[string]string // name.id (upper case) -> the person
	// byDisplay maps a display name (lower case) to the person the
	// talkers with a metadata name print so, "" where it is two people's.
	byDisplay map[string]string
}

func newResolver(utts []utterance) resolver {
	r := resolver{byID: map[string]string{}, byDisplay: map[string]string{}}
	for _, u := range utts {
		w := u.who
		if w.metadata == "" || talkerOffice(w) != "" {
			continue
		}
		person := personName(w.metadata)
		if k := strings.ToUpper(w.id); w.id != "" && r.byID[k] == "" {
			r.byID[k] = person
		}
		if w.display != "" {
			k := strings.ToLower(w.display)
			if p, seen := r.byDisplay[k]; seen && p != person {
				person = ""
			}
			r.byDisplay[k] = person
		}
	}
	return r
}

func (r resolver) speaker(w talker) speaker {
	cue := w.display
	if cue == "" {
		cue = w.metadata
	}
	if o := talkerOffice(w); o != "" {
		if cue == "" {
			cue = o
		}
		return speaker{id: officeID(o), name: o, cue: cue, office: true}
	}
	name := personName(w.metadata)
	for _, n := range []string{r.byID[strings.ToUpper(w.id)], r.byDisplay[strings.ToLower(w.display)], w.display, w.id, "Unknown"} {
		if name == "" {
			name = n
		}
	}
	if cue == "" {
		cue = name
	}
	if corpus.OfficeLabel(name) {
		return speaker{id: officeID(name), name: fold(name), cue: cue, office: true}
	}
	if w.peer {
		return speaker{id: officeID(name), name: fold(name), cue: cue, whole: true}
	}
	return speaker{name: name, cue: cue}
}

// Detect is sure of an .xml file whose root is ParlParse's <publicwhip>
// (or OpenAustralia's <debates> of ParlParse speeches, a speakername in
// its head), or a <hansard> that shows the Australian layout near its
// start (a <session.header>, a <chamber.xscript>, a <talker>), and takes
// any other <hansard> root as possibly one. It reads the file's head only.
func Detect(name string, src []byte) int {
	if !corpus.HasExt(name, ".xml") {
		return 0
	}
	head := corpus.Head(src, 16<<10)
	switch corpus.XMLRoot(head) {
	case "publicwhip":
		return 2
	case "debates":
		// OpenAustralia writes ParlParse's XML under a <debates> root.
		if bytes.Contains(head, []byte("<speech ")) && bytes.Contains(head, []byte("speakername=")) {
			return 2
		}
	case "hansard":
		for _, s := range []string{"<session.header", "<chamber.xscript", "<talker"} {
			if bytes.Contains(head, []byte(s)) {
				return 2
			}
		}
		return 1
	}
	return 0
}

// tookTheChair is the record's line naming who holds an office in the
// sitting: "The SPEAKER (Hon. Tony Smith) took the chair at 09:00",
// "[Sir Nicholas Winterton in the Chair]" is ParlParse's and names no office.
var tookTheChair = regexp.MustCompile(`(?i)\b(the\s+(?:deputy\s+)?(?:speaker|president|chair(?:man)?|chairperson|chair of committees))\s*\(([^()]{3,80})\)\s+took\s+the\s+chair`)

// tags are the markup inside a note's body.
var tags = regexp.MustCompile(`<[^<>]*>`)

// officeHolders returns the person each office names in the sitting's
// narration (rule 3), by the office in lower case ("the speaker"), where
// one person only is named for it: an office two people took in turn
// stays the office.
func officeHolders(notes []corpus.Note, text string) map[string]string {
	out := map[string]string{}
	seen := map[string]bool{}
	for _, n := range notes {
		if n.Kind != corpus.Narration {
			continue
		}
		// The narration's own markup ("The SPEAKER (</span><span>Hon.
		// Tony Smith</span>) took the chair") is set aside.
		body := fold(tags.ReplaceAllString(n.Body.In(text), " "))
		for _, m := range tookTheChair.FindAllStringSubmatch(body, -1) {
			office := strings.ToLower(strings.Join(strings.Fields(m[1]), " "))
			person := strings.Join(strings.Fields(m[2]), " ")
			if seen[office] && out[office] != person {
				out[office] = "" // two holders: ambiguous
				continue
			}
			seen[office] = true
			out[office] = person
		}
	}
	return out
}

package deposition

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"parley/corpus"
)

var (
	// qaRe matches a question or answer cue: "Q.", "A:", or the letter
	// followed by two spaces or a tab.
	qaRe = regexp.MustCompile(`^([QA])(?:[.:]|  |\t)[ \t]*`)
	// qaSingleRe is the letter and one space ("Q Did you..."), which a
	// transcript that writes its cues so uses throughout.
	qaSingleRe = regexp.MustCompile(`^([QA]) [^ \t]`)
	// byRe matches the line that names the examining attorney: "BY MR.
	// SMITH:", "EXAMINATION BY MS. JONES:", "CROSS-EXAMINATION BY MR. X",
	// "BY THE COURT:". A trailing page number (an index entry) is no match.
	byRe = regexp.MustCompile(`^(?:\p{Lu}[\p{Lu}'’()\- ]*EXAMINATION(?:\s*\([\p{L}'’. ]+\))?\s+)?(?:QUESTIONS\s+)?(?:BY|By)\s+((?:(?i:mr|ms|mrs|miss|dr|judge|attorney|counsel|special agent|agent|detective|officer)\.?\s+\p{Lu}[\p{L}'’.\-]*(?:\s+\p{Lu}[\p{L}'’.\-]*){0,3})|THE\s+\p{Lu}+)\s*:?\s*(?:\((?i:continuing|continued|cont'd|resumed)\)\.?)?$`)
	// qByRe matches the examiner named inside a question, Texas style:
	// "Q. (BY MR. SMITH) Did you ...".
	qByRe = regexp.MustCompile(`^\((?i:by)\s+((?i:mr|ms|mrs|miss|dr)\.?\s+\p{Lu}[\p{L}'’.\-]*(?:\s+\p{Lu}[\p{L}'’.\-]*){0,3})\)`)
	// examinerRe matches the examiner's name alone, the line after an
	// "EXAMINATION BY" line that broke before it.
	examinerRe = regexp.MustCompile(`^((?i:mr|ms|mrs|miss|dr|judge)\.?\s+\p{Lu}[\p{L}'’.\-]*(?:\s+\p{Lu}[\p{L}'’.\-]*){0,3})\s*:?$`)
	// labelRe matches a colloquy label and its colon: "MR. SMITH:", "THE
	// COURT:", "JUROR NO. 3:", "The Witness:".
	labelRe = regexp.MustCompile(`^(\p{Lu}[\p{L}.'’\-]*(?:[ \t]+[\p{L}0-9][\p{L}0-9.'’\-]*){0,5})[ \t]*:(?:[ \t]|$)`)
	// periodLabelRe matches colloquy with a period, as the transcripts of
	// congressional interviews write it: "Mr. Heaphy.  Let's go off the
	// record.", "The Witness.  Yes."
	periodLabelRe = regexp.MustCompile(`^((?i:mr|ms|mrs|miss|dr)\.\s+\p{Lu}[\p{L}'’\-]*(?:\s+\p{Lu}[\p{L}'’\-]*){0,2}|(?i:the)\s+(?i:witness|deponent|court|reporter|clerk|chairman|chairwoman|chair|videographer|interpreter))\.[ \t]+\S`)
	// swornRe finds the oath in the lines after a witness's name.
	swornRe = regexp.MustCompile(`(?i)\b(?:duly sworn|sworn|affirmed|testified as follows|called as a witness|examined and testified)\b`)
	// witnessLineRe matches the name that opens the swearing-in: "JOHN
	// DOE," or "JOHN DOE, M.D.," alone or before "having been ...".
	witnessLineRe = regexp.MustCompile(`^(\p{Lu}[\p{L}.'’\-]*(?:\s+\p{Lu}[\p{L}.'’\-]*){1,5}?)\s*(?:,\s*(?:M\.D\.|Ph\.D\.|Jr\.|Sr\.|III|II|Esq\.|D\.O\.))?\s*,\s*(.*)$`)
	// captionWitnessRe finds the witness in the caption: "DEPOSITION OF
	// JOHN DOE", "The deposition of MARGARET A. KOWALSKI,", "DIRECT
	// EXAMINATION OF JOHN DOE".
	captionWitnessRe = regexp.MustCompile(`(?i:deposition|testimony|examination|statement)\s+(?i:of)\s+(\p{Lu}[\p{Lu}.'’\-]*(?:\s+\p{Lu}[\p{Lu}.'’\-]*){1,5})`)
	// backRe matches the headings that open the back matter.
	backRe = regexp.MustCompile(`^(?:(?:(?:COURT |SHORTHAND |OFFICIAL )?REPORTER'?S?'? |DEPONENT'?S? |WITNESS'? )?C ?E ?R ?T ?I ?F ?I ?C ?A ?T ?(?:E|I ?O ?N)(?: OF [A-Z ]+)?|ERRATA(?: SHEET)?|(?:ACKNOWLEDGE?MENT|DECLARATION|SIGNATURE) OF (?:DEPONENT|WITNESS)|WITNESS SIGNATURE PAGE|STATE OF [A-Z][A-Z ]+\)\s*(?:SS?\.?:?)?)$`)
	// certifyRe matches the reporter's certificate that opens without a
	// heading: "I, JANE ROE, a Certified Shorthand Reporter, ...".
	certifyRe = regexp.MustCompile(`^I,\s+[A-Z][A-Za-z.'’\- ]+,\s+(?:a |an |the )?(?i:certified|registered|notary|court reporter|official|shorthand|csr|rpr|do hereby)`)
)

// titleWords open a colloquy label that is surely a speaker's ("MR.
// SMITH:", "JUDGE ROE:"), and are stripped from the speaker's name.
var titleWords = corpus.WordSet(`MR MS MRS MISS DR JUDGE JUSTICE CHIEF HON HONORABLE
	SENATOR REPRESENTATIVE CHAIRMAN CHAIRWOMAN CHAIR COMMISSIONER GENERAL
	SPECIAL AGENT DETECTIVE OFFICER SERGEANT SGT LT CAPTAIN ATTORNEY
	PROFESSOR PROF MAYOR GOVERNOR SECRETARY AMBASSADOR COUNCILMEMBER
	COUNCILMAN COUNCILWOMAN ARBITRATOR MEDIATOR REFEREE MAGISTRATE`)

// roleWords are speakers by office, with or without "THE": "THE
// VIDEOGRAPHER:", "INTERPRETER:".
var roleWords = corpus.WordSet(`COURT VIDEOGRAPHER REPORTER INTERPRETER CLERK BAILIFF JUROR
	JURORS FOREPERSON DEFENDANT PLAINTIFF DEPONENT MARSHAL DEPUTY
	PROSECUTOR MODERATOR OPERATOR`)

// notLabels are words of the caption, appearances and index that take a
// colon ("APPEARANCES:", "ON BEHALF OF THE PLAINTIFF:", "REPORTED BY:")
// and never name a speaker.
var notLabels = corpus.WordSet(`APPEARANCES APPEARANCE APPEARING PRESENT BEHALF FOR BY OF
	INDEX EXHIBIT EXHIBITS PAGE PAGES LINE DATE DATED TIME PLACE TAKEN
	REPORTED BEFORE RE CASE ALSO STIPULATIONS STIPULATED NOTE NOTES SUBJECT
	TO FROM CC WITNESS WITNESSES ADDRESS TELEPHONE PHONE FAX EMAIL E-MAIL
	COUNTY STATE LOCATION VOLUME DOCKET ATTORNEYS COUNSEL PLAINTIFFS
	DEFENDANTS PLAINTIFF'S DEFENDANT'S HELD AT ON IN AND`)

// parenWords open a reporter's parenthetical inside speech
// ("(indicating)", "(no response)", "(sic)").
var parenWords = corpus.WordSet(`INDICATING INDICATES INDICATED NONVERBAL NON-VERBAL NO SIC
	WITNESS DEPONENT PAUSE PAUSING INAUDIBLE UNINTELLIGIBLE LAUGHTER
	LAUGHING CROSSTALK SIMULTANEOUS READING NODS NODDING SHAKES SHAKING
	GESTURES GESTURING DEMONSTRATING COMPLIES OFF DISCUSSION BRIEF SHORT
	RECESS COUNSEL PHONETIC PHONETICALLY SPELLED INTERRUPTION OVERLAPPING
	SOTTO WHEREUPON EXHIBIT DOCUMENT HANDING HANDS THROUGH INTERPRETED VIA
	REPORTER'S REPORTER NOTE`)

// word folds a label's word for the word lists: upper case, without a
// trailing period.
func word(w string) string { return strings.TrimSuffix(strings.ToUpper(w), ".") }

// labelKind says what a colloquy label is.
type labelKind int

const (
	notLabel  labelKind = iota
	maybe               // a name in capitals: a speaker if it recurs
	sure                // a title or an office: a speaker
	isWitness           // "THE WITNESS:", "THE DEPONENT:"
)

// classify says whether label (without its colon) names a speaker.
func classify(label string) labelKind {
	f := strings.Fields(label)
	if len(f) == 0 || len(f) > 6 {
		return notLabel
	}
	caps := !hasLower(label)
	first := word(f[0])
	if first == "THE" && len(f) == 2 {
		if w := word(f[1]); w == "WITNESS" || w == "DEPONENT" {
			return isWitness
		}
	}
	for _, w := range f {
		if notLabels[word(w)] {
			return notLabel
		}
	}
	if first == "THE" {
		if len(f) == 1 || len(f) > 3 || !caps && !allCapitalized(f[1:]) {
			return notLabel
		}
		return sure
	}
	if len(f) == 1 && (first == "Q" || first == "A") {
		return notLabel
	}
	if !caps {
		// Mixed case counts only after a title: "Mr. Smith:".
		if titleWords[first] && len(f) > 1 && len(f) <= 4 && allCapitalized(f[1:]) {
			return sure
		}
		return notLabel
	}
	if titleWords[first] && len(f) > 1 || roleWords[first] {
		return sure
	}
	return maybe
}

func allCapitalized(words []string) bool {
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// speakerName is the name a speaker is known by: the label without its
// titles ("CHIEF JUSTICE ROBERTS" is ROBERTS), an office as written ("THE
// COURT").
func speakerName(label string) string {
	f := strings.Fields(label)
	for len(f) > 1 && titleWords[word(f[0])] {
		f = f[1:]
	}
	return strings.Join(f, " ")
}

// isReaderParen reports whether a parenthesis in speech is the reporter's
// ("(indicating)") rather than the speaker's words.
func isReaderParen(inner string) bool {
	f := strings.Fields(inner)
	if len(f) == 0 || len(f) > 8 {
		return false
	}
	return parenWords[word(strings.Trim(f[0], ",.;:"))]
}

package deposition

import (
	"regexp"
	"strings"

	"parley/corpus"
)

// presiderTitle is an office before a presider's name.
const presiderTitle = `(?i:judge|justice|magistrate|commissioner|arbitrator|hearing officer|hearing examiner|referee|special master|chairman|chairwoman|chairperson|chair)`

// The presiding officer as the front matter names them. A name: capitalized
// words and initials, with the particles of surnames ("de la Cruz").
const presiderName = `(\p{Lu}[\p{L}'’.\-]*(?:[ \t]+(?:\p{Lu}[\p{L}'’.\-]*|de|la|del|van|von|der|da|di|du|le|y)){0,5})`

var (
	// honRe finds a name after an honorific: "BEFORE THE HONORABLE ELENA
	// VÁSQUEZ, JUDGE", "BEFORE: HON. JOHN T. DOE, U.S. DISTRICT JUDGE",
	// "The Honorable Mary de la Cruz, presiding". What follows the name
	// says the office.
	honRe = regexp.MustCompile(`(?:\b(?i:the)[ \t]+)?\b(?i:hon\.|honorable|honourable)[ \t]+` + presiderName + `(.*)$`)
	// judgePresidingRe finds an office and a name, presiding: "JUDGE
	// ROBERT KIM presiding", "Commissioner Grace Park, presiding",
	// "Before: Judge Robert Kim", "Before: Arbitrator Susan Patel".
	judgePresidingRe = regexp.MustCompile(`(?:\b(` + presiderTitle + `)[ \t]+` + presiderName + `(?:,?[ \t]*(?:JR|SR|Jr|Sr|II|III)\.?)?[ \t]*,?[ \t]*\(?(?i:presiding)\b)|(?:^(?i:before|present)[ \t]*:?[ \t]*(?:(?i:the)[ \t]+)?(` + presiderTitle + `)[ \t]+` + presiderName + `)`)
	// beforeRe finds a name and its office after "BEFORE:" or
	// "PRESIDING:": "BEFORE: SUSAN PATEL, ARBITRATOR".
	beforeRe = regexp.MustCompile(`^(?i:before|presiding|present)[ \t]*:?[ \t]+` + presiderName + `[ \t]*,[ \t]*(.*)$`)
	// officeFieldRe finds an office and a colon, then the name:
	// "ARBITRATOR: Susan Patel", "Hearing Officer: Hon. Mark Chen".
	officeFieldRe = regexp.MustCompile(`^(?i:(arbitrator|hearing officer|presiding officer|hearing examiner|administrative law judge|presiding judge|judge|referee|special master|mediator|presiding))[ \t]*:[ \t]*(?:(?:(?i:the)[ \t]+)?(?i:hon\.|honorable|honourable|judge)[ \t]+)?` + presiderName + `[ \t]*(?:,.*)?$`)
	// openRe is a line that breaks before the name: "BEFORE:", "BEFORE THE
	// HONORABLE".
	openRe = regexp.MustCompile(`(?i)^(?:before|presiding|present)[ \t]*:?$|\b(?:hon\.|honorable|honourable)$`)
	// beforeOpenRe is a line that opens with "BEFORE" or "PRESIDING".
	beforeOpenRe = regexp.MustCompile(`^(?i:before|presiding|present)\b`)
	// honCountRe counts the honorifics of a line: a panel of judges
	// ("BEFORE: HON. A, HON. B, HON. C") has no one presider.
	honCountRe = regexp.MustCompile(`\b(?i:hon\.|honorable|honourable)[ \t]`)
	// courtRoleRe finds the abbreviations of a judge's office: "J.S.C.",
	// "A.J.S.C.", "P.J.", "ALJ".
	courtRoleRe = regexp.MustCompile(`\b(?:A\.)?J\.[SCDA]\.C\.|\bP\.J\.|\bALJ\b|\bJ\.C\.C\.`)
	// reporterRe tells the reporter a deposition is taken before from a
	// presiding officer: "BEFORE: Jane Roe, CSR, Notary Public".
	reporterRe = regexp.MustCompile(`(?i)\b(?:reporter|csr|rpr|rmr|crr|notary|stenograph|court reporting)`)
)

// surnameParticles open a surname: "de la Cruz", "van der Berg".
var surnameParticles = corpus.WordSet(`de la del della van von der den da di du le st. st mac`)

// judgeTitles open a judge's label by name: "JUDGE KIM:".
var judgeTitles = corpus.WordSet(`JUDGE MAGISTRATE`)

// stopWords end a presider's name: the words of the office after it
// ("ELENA VÁSQUEZ JUDGE PRESIDING").
var stopWords = corpus.WordSet(`JUDGE JUSTICE PRESIDING DISTRICT SUPERIOR CIRCUIT COUNTY COURT
	MAGISTRATE ARBITRATOR HEARING OFFICER EXAMINER REFEREE MEDIATOR CHIEF SENIOR
	ASSOCIATE U.S. UNITED STATES OF AND THE IN FOR CHAIR CHAIRMAN CHAIRWOMAN
	COMMISSIONER J.S.C. A.J.S.C. P.J. ALJ`)

// presiding are the offices that speak for the one who presides, as a
// label names them after "THE": "THE COURT:", "THE ARBITRATOR:". The value
// is the office they resolve through.
var presiding = map[string]string{
	"COURT": "COURT", "JUDGE": "COURT", "MAGISTRATE": "COURT", "ADMINISTRATIVE LAW JUDGE": "COURT",
	"ARBITRATOR": "ARBITRATOR", "HEARING OFFICER": "HEARING OFFICER",
	"PRESIDING OFFICER": "PRESIDING OFFICER", "HEARING EXAMINER": "HEARING EXAMINER",
	"REFEREE": "REFEREE", "SPECIAL MASTER": "SPECIAL MASTER", "MEDIATOR": "MEDIATOR",
	"CHAIR": "CHAIR", "CHAIRMAN": "CHAIR", "CHAIRWOMAN": "CHAIR", "CHAIRPERSON": "CHAIR",
	"PRESIDING JUDGE": "COURT", "MAGISTRATE JUDGE": "COURT", "COMMISSIONER": "COMMISSIONER",
	"PRESIDING COMMISSIONER": "COMMISSIONER",
}

// officeOf returns the presiding office a label names ("THE COURT",
// "The Arbitrator"), or "".
func officeOf(label string) string {
	f := strings.Fields(strings.ToUpper(label))
	if len(f) < 2 || f[0] != "THE" {
		return ""
	}
	return presiding[strings.Join(f[1:], " ")]
}

// roleOf says which office the words after a presider's name give them:
// "ARBITRATOR", "HEARING OFFICER", the court by default; "" for a
// reporter. sure is false where the words name no office.
func roleOf(rest string) (office string, sure bool) {
	r := strings.ToLower(rest)
	switch {
	case reporterRe.MatchString(rest) || strings.Contains(r, "attorney") || strings.Contains(r, "counsel"):
		return "", false
	case strings.Contains(r, "arbitrator"):
		return "ARBITRATOR", true
	case strings.Contains(r, "hearing officer"):
		return "HEARING OFFICER", true
	case strings.Contains(r, "presiding officer"):
		return "PRESIDING OFFICER", true
	case strings.Contains(r, "hearing examiner"):
		return "HEARING EXAMINER", true
	case strings.Contains(r, "special master"):
		return "SPECIAL MASTER", true
	case strings.Contains(r, "referee"):
		return "REFEREE", true
	case strings.Contains(r, "mediator"):
		return "MEDIATOR", true
	case strings.Contains(r, "chair"):
		return "CHAIR", true
	case strings.Contains(r, "commissioner"):
		return "COMMISSIONER", true
	case strings.Contains(r, "judge") || strings.Contains(r, "justice") || strings.Contains(r, "magistrate") || strings.Contains(r, "presiding") || courtRoleRe.MatchString(rest):
		return "COURT", true
	}
	return "COURT", false
}

// presiderIn reads one line of the front matter (with the lines that
// continue it) for a presiding officer: their office and full name.
func presiderIn(t string) (office, name string) {
	t = strings.Join(strings.Fields(t), " ")
	if len(honCountRe.FindAllStringIndex(t, 3)) > 1 {
		return "", ""
	}
	if m := officeFieldRe.FindStringSubmatch(t); m != nil {
		office, _ := roleOf(m[1])
		if strings.EqualFold(m[1], "presiding") {
			office = "COURT"
		}
		return office, presiderClean(m[2])
	}
	if m := honRe.FindStringSubmatch(t); m != nil {
		// An honorific alone makes a presider after "BEFORE": "HON. JANE
		// ROE, District Attorney" in the appearances presides over nothing.
		name, tail := splitOffice(m[1])
		office, sure := roleOf(tail + m[2])
		if office == "" || !sure && !beforeOpenRe.MatchString(t) {
			return "", ""
		}
		return office, presiderClean(name)
	}
	if m := judgePresidingRe.FindStringSubmatch(t); m != nil {
		office, _ := roleOf(m[1] + m[3])
		return office, presiderClean(m[2] + m[4])
	}
	if m := beforeRe.FindStringSubmatch(t); m != nil {
		if office, sure := roleOf(m[2]); sure {
			return office, presiderClean(m[1])
		}
	}
	return "", ""
}

// splitOffice splits a name where the words of an office begin
// ("ROBERT KIM JUDGE PRESIDING"): the name, and the words from there.
func splitOffice(name string) (string, string) {
	f := strings.Fields(name)
	for k, w := range f {
		if stopWords[strings.ToUpper(strings.Trim(w, ",.;:()"))] {
			return strings.Join(f[:k], " "), " " + strings.Join(f[k:], " ")
		}
	}
	return name, ""
}

// presiderClean cuts a presider's name at the first word of an office
// and drops trailing punctuation; a name of one letter is none.
func presiderClean(name string) string {
	f := strings.Fields(name)
	for k, w := range f {
		if stopWords[strings.ToUpper(strings.Trim(w, ",.;:()"))] {
			f = f[:k]
			break
		}
	}
	s := strings.TrimRight(strings.Join(f, " "), ",.;: ")
	if len([]rune(s)) < 2 {
		return ""
	}
	return s
}

// presiders finds who presides, as the front matter (lines before first)
// names them: office ("COURT", "ARBITRATOR") to full name. A line that
// breaks before the name ("BEFORE:", "BEFORE THE HONORABLE") is read
// with the two lines after it.
func presiders(masked string, lines []line, first int) (out map[string]string, panel bool) {
	out = map[string]string{}
	for i := 0; i < first && i < len(lines); i++ {
		if lines[i].furniture || lines[i].text.Len() == 0 {
			continue
		}
		t := lines[i].text.In(masked)
		if openRe.MatchString(t) {
			for j, n := i+1, 0; j < first && n < 2; j++ {
				if lines[j].furniture || lines[j].text.Len() == 0 {
					continue
				}
				t += " " + lines[j].text.In(masked)
				n++
			}
		}
		if len(honCountRe.FindAllStringIndex(t, 3)) > 1 {
			panel = true
		}
		if office, name := presiderIn(t); office != "" && name != "" && out[office] == "" {
			out[office] = name
		}
	}
	return out, panel
}

// resolvePresiders gives each cue of a presiding office ("THE COURT:")
// the name the front matter gives that office, or, where it names one
// presider only, that one's: the surname the other cues use ("JUDGE
// VÁSQUEZ:" is VÁSQUEZ), else the name's last word. Offices the record
// names no one for keep their label.
func resolvePresiders(masked string, lines []line, p *parsed) {
	if len(p.cues) == 0 {
		return
	}
	pres, panel := presiders(masked, lines, p.cues[0].line)
	byLabel := len(pres) == 0 && !panel
	if byLabel {
		// No caption names the judge, but one judge speaks by name
		// ("JUDGE KIM:") beside "THE COURT:": the court is that judge. A
		// panel ("JUDGE A:", "JUDGE B:") names no one.
		judges := map[string]string{}
		for _, c := range p.cues {
			if f := strings.Fields(c.form); len(f) > 1 && judgeTitles[word(f[0])] {
				judges[strings.ToLower(c.who)] = c.who
			}
		}
		for _, who := range judges {
			if len(judges) == 1 {
				pres["COURT"] = who
			}
		}
	}
	if len(pres) == 0 {
		return
	}
	var only string
	names := map[string]bool{}
	for _, n := range pres {
		names[strings.ToLower(n)] = true
		only = n
	}
	if len(names) > 1 || byLabel {
		only = "" // a judge known by their label is the court's only
	}
	for k, c := range p.cues {
		office := officeOf(c.form)
		if office == "" {
			office = officeOf(c.who) // a question "BY THE COURT:"
		}
		if office == "" {
			continue
		}
		full := pres[office]
		if full == "" {
			full = only
		}
		if full != "" {
			p.cues[k].who = surname(full, p.cues)
		}
	}
}

// surname returns the name the cues know a presider by: the longest cue
// name that ends their full name ("DE LA CRUZ" of "MARY ANN DE LA CRUZ"),
// else the last word of the name that is no suffix ("Jr.", "III").
func surname(full string, cues []cueAt) string {
	lf := strings.ToLower(full)
	best := ""
	for _, c := range cues {
		w := strings.ToLower(c.who)
		if officeOf(c.form) == "" && (lf == w || strings.HasSuffix(lf, " "+w)) && len(w) > len(best) {
			best = c.who
		}
	}
	if best != "" {
		return best
	}
	f := strings.Fields(full)
	for len(f) > 1 {
		switch strings.ToUpper(strings.TrimRight(f[len(f)-1], ".,")) {
		case "JR", "SR", "II", "III", "IV", "ESQ":
			f = f[:len(f)-1]
			continue
		}
		break
	}
	// The particles before the last word belong to the surname: "DE LA
	// CRUZ", "van der Berg".
	k := len(f) - 1
	for k > 1 && surnameParticles[strings.ToLower(f[k-1])] {
		k--
	}
	return strings.TrimRight(strings.Join(f[k:], " "), ".,")
}

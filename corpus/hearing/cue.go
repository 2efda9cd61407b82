package hearing

import (
	"regexp"
	"strings"
	"unicode"
)

// The cue's parts. A title: the honorifics and offices GPO prints before
// a name. A name: one to three capitalized words (capitals throughout in
// the older style: "McCONNELL", "JACKSON LEE"), with "de" or "van" inside.
const (
	titlePat = `Mr\.|Mrs\.|Ms\.|Miss|Dr\.|Senator|Sen\.|Representative|Rep\.|Hon\.|Rev\.|Councilmember|Councilman|Councilwoman|Councillor|Assemblymember|Assemblyman|Assemblywoman|Alderman|Alderwoman|Supervisor|Madam Chair|Madam Chairwoman|Congressman|Congresswoman|Delegate|Chairman|Chairwoman|Chairperson|Chair|Vice Chairman|Vice Chairwoman|Vice Chair|Ranking Member|Director|Deputy Director|Secretary|Deputy Secretary|Under Secretary|Assistant Secretary|Attorney General|Ambassador|General|Admiral|Lieutenant Governor|Governor|Mayor|Judge|Chief Justice|Justice|Commissioner|Administrator|Professor|Dean|Chief|Sheriff|Colonel|Captain|Sergeant`
	namePat  = `\p{Lu}[\p{L}'’\-]*(?:\s+(?:\p{Lu}[\p{L}'’\-]*|de|van|von|la|del|da|di)){0,2}`
	// statePat is the state GPO adds to tell members of one name apart:
	// "Mr. SMITH of New Jersey".
	statePat = `\s+of\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?`
	// officePat is an office that speaks by itself: "The CHAIRMAN.".
	officePat = `(?:Acting\s+|Vice\s+)?(?i:chairman|chairwoman|chairperson|chair)|(?i:clerk)|(?i:presiding officer)|(?i:witness)`
	// chorusPat is the members or the room answering together: "Voices.
	// Aye.", "Several Voices. No."
	chorusPat = `(?:A\s+|Several\s+|Many\s+)?(?:VOICES?|Voices?)|(?:Several|All)\s+Members`
)

var (
	// cueRe matches a cue at a paragraph's start, with the period or colon
	// that ends it; text follows on the line, or for a colon on the lines
	// below.
	cueRe = regexp.MustCompile(`^(?:((?:` + titlePat + `|` + capsTitlePat + `)\s+(?:` + namePat + `)(?:` + statePat + `)?)|((?:The|THE)\s+(?:` + officePat + `)|` + chorusPat + `))[ \t]*([.:])(?:[ \t]+(\S)|[ \t]*$)`)
	// colonLabelRe matches any label and colon opening a line, for telling
	// a hearing from a script.
	colonLabelRe = regexp.MustCompile(`^[A-Z][\w.'’\- ]{0,40}:(?:\s|$)`)
	// presidingRe finds who presides in the opening account: "Hon.
	// Lindsey Graham, Chairman of the Committee, presiding", "Senator
	// Susan M. Collins (chairman of the committee) presiding", "Senators
	// Graham [presiding], Grassley, ...".
	presidingRe = regexp.MustCompile(`(?:Hon\.|Honorable|Senators?|Sen\.|Representatives?|Rep\.|Congressman|Congresswoman|Chairman|Chairwoman|Chairperson|Chair|Commissioner|Councilmember|Mr\.|Mrs\.|Ms\.|Dr\.)\s+((?:\p{Lu}[\p{L}.'’\-]*\s+){0,3}?\p{Lu}[\p{L}'’\-]+)\s*(?:,[^,\n]{1,80},\s*|\[[^\]\n]{0,80}\]\s*|\([^)\n]{0,80}\)\s*)?(?:\[\s*)?presiding`)
)

// offices are words that are no one's name after a title: "Mr.
// President." is an address, not a cue.
var offices = map[string]bool{
	"president": true, "vice": true, "chairman": true, "chairwoman": true, "chair": true,
	"speaker": true, "secretary": true, "senator": true, "leader": true, "members": true,
	"member": true, "ambassador": true, "director": true, "general": true, "justice": true,
}

// cue is a speaker cue found at a paragraph's start.
type cue struct {
	label string // as written, without the period: "Mr. SMITH", "The CHAIRMAN"
	name  string // the name without its title: "SMITH"; "" for an office
	chair bool   // the chair's office
	end   int    // the cue's length in the line, its period or colon included
	alone bool   // a colon ends the line: the speech is on the lines below
}

// parseCue reads a cue at the start of line.
func parseCue(line string) (cue, bool) {
	m := cueRe.FindStringSubmatchIndex(line)
	if m == nil {
		return cue{}, false
	}
	c := cue{end: m[7], alone: m[8] < 0}
	if c.alone && line[m[6]] == '.' {
		// "MRS. UPJOHN." alone on a line is a play's character, not a
		// hearing's cue.
		return cue{}, false
	}
	if m[2] >= 0 {
		c.label = strings.Join(strings.Fields(line[m[2]:m[3]]), " ")
		c.name = stripTitle(c.label)
		f := strings.Fields(c.name)
		if offices[strings.ToLower(f[0])] || len(f[len(f)-1]) == 1 {
			// "Mr. President." is an address; "Dr. Adaeze O." an initial.
			return cue{}, false
		}
	} else {
		c.label = strings.Join(strings.Fields(line[m[4]:m[5]]), " ")
		office := strings.ToLower(c.label)
		c.chair = (strings.Contains(office, "chair") || strings.Contains(office, "presiding officer")) && !strings.Contains(office, "acting") && !strings.Contains(office, "vice")
	}
	return c, true
}

var titleRe = regexp.MustCompile(`^(?:` + titlePat + `|` + capsTitlePat + `)\s+`)

// capsTitlePat is titlePat in capitals, as transcripts that write their
// labels in capitals have it: "CHAIR GUTIÉRREZ:", "REP. AL-HAKIM:".
var capsTitlePat = strings.ToUpper(titlePat)

// stripTitle returns a label without its title: "Senator Feinstein" is
// Feinstein, "Ranking Member Durbin" Durbin.
func stripTitle(label string) string {
	return strings.TrimSpace(titleRe.ReplaceAllString(label, ""))
}

// display writes a name in the older capitals in title case, keeping the
// capitals after Mc and Mac ("McCONNELL" is McConnell).
func display(name string) string {
	words := strings.Fields(name)
	for i, w := range words {
		switch {
		case len(w) > 3 && strings.HasPrefix(w, "Mc") && strings.ToUpper(w[2:]) == w[2:]:
			words[i] = "Mc" + w[2:3] + strings.ToLower(w[3:])
		case len(w) > 4 && strings.HasPrefix(w, "Mac") && strings.ToUpper(w[3:]) == w[3:]:
			words[i] = "Mac" + w[3:4] + strings.ToLower(w[4:])
		case len(w) > 1 && strings.ToUpper(w) == w:
			r := []rune(strings.ToLower(w))
			for k := range r {
				if k == 0 || r[k-1] == '\'' || r[k-1] == '’' || r[k-1] == '-' {
					r[k] = unicode.ToUpper(r[k])
				}
			}
			words[i] = string(r)
		}
	}
	return strings.Join(words, " ")
}

package record

import (
	"regexp"
	"strings"
	"unicode"

	"parley/corpus"
)

// blockHeadingRe is a line that opens a block of participants, one or a
// few to a line below it: "PARTICIPANTS", "Present:", "Persons present",
// "The following were present:".
var blockHeadingRe = regexp.MustCompile(`(?i)^\s*(participants|present|persons present|attendants|attending|in attendance|also present|participating|those present|(?:the following|there) were (?:also )?present|present were|present at the (?:meeting|conversation) were)\s*:?\s*$`)

// officeSymbolRe is an office symbol before a participant ("D—Mr.
// Akalovsky", "EUR/SOV - Mr. Kohler").
var officeSymbolRe = regexp.MustCompile(`^[A-Z][A-Z/]{0,9}\s*[—–-]\s*`)

// entry is one participant as a roster or block gives it.
type entry struct {
	name   string // the name, honorifics and office stripped ("Gromyko"), or the office itself ("The President")
	office string // the office as written ("Foreign Minister"), or ""
	role   string // the gloss: office, parenthesis, words after a comma
}

// officeOnly reports whether the entry is an office with no person's name
// ("The President", "The Secretary").
func (e entry) officeOnly() bool { return e.office != "" && e.name == officeName(officeKey(e.office)) }

// participants reads the participants of a record from its front
// matter: a block under a heading ("PARTICIPANTS", then "United States",
// "Secretary Rusk", "Amb. Thompson (part-time)", ...) or a roster line
// ("Attendants: Zilliacus, White, ... and Hughes (secretary of
// delegation)."). It returns the roster and the lines it takes (0-based),
// which are not conversation.
func participants(masked string, lines []corpus.Span, upTo int) ([]corpus.Participant, []entry, map[int]bool) {
	taken := map[int]bool{}
	var roster []corpus.Participant
	var entries []entry
	for li := 0; li < upTo && li < len(lines); li++ {
		ln := lines[li]
		if list, ok := rosterLine(ln.In(masked)); ok {
			// "PARTICIPANTS:   U.S.        USSR" over a line of two
			// columns of participants: the label blanked, a block in
			// columns.
			raw := ln.In(masked)
			blanked := strings.Repeat(" ", len(raw)-len(list)) + list
			if cells := columns(blanked); len(cells) == 2 && columnEntries(blanked) && li+1 < len(lines) && len(columns(lines[li+1].In(masked))) == 2 && columnEntries(lines[li+1].In(masked)) {
				taken[li] = true
				b := &block{taken: taken}
				b.read(masked, lines, li, blanked)
				return b.roster, b.entries, taken
			}
			for lj := li; lj < len(lines) && lj < upTo; lj++ {
				line := strings.TrimSpace(lines[lj].In(masked))
				if line == "" {
					continue
				}
				list, ok := rosterLine(line)
				if !ok {
					if lj == li {
						continue
					}
					// "Participants: The Secretary" with more participants
					// on the lines below, one to a line.
					es, ok := parseEntries(line)
					if !ok || !hasOffice(line) && len(strings.Fields(line)) > 3 || strings.TrimSpace(lines[lj-1].In(masked)) == "" {
						break
					}
					taken[lj] = true
					for _, e := range es {
						entries = append(entries, e)
						roster = append(roster, corpus.Participant{Name: e.name, Role: e.role, Line: lj + 1})
					}
					continue
				}
				taken[lj] = true
				es, ps := rosterEntries(list)
				for i, e := range es {
					entries = append(entries, e)
					ps[i].Line = lj + 1
					roster = append(roster, ps[i])
				}
			}
			return roster, entries, taken
		}
		if !blockHeadingRe.MatchString(ln.In(masked)) {
			continue
		}
		taken[li] = true
		b := &block{taken: taken}
		b.read(masked, lines, li+1, "")
		return b.roster, b.entries, taken
	}
	return nil, nil, taken
}

// block is a participants block as it is read: its entries, and the
// lines it takes.
type block struct {
	entries []entry
	roster  []corpus.Participant
	taken   map[int]bool
}

// add adds the entries of one line of the block, or of one column of it;
// a line in parentheses is the gloss of the entry above it ("The Prime
// Minister" / "(Mr. Harold Wilson)"); a side's heading adds none.
func (b *block) add(line string, lj int) {
	if g, ok := parenLine(line); ok {
		if n := len(b.entries); n > 0 {
			b.entries[n-1].role = joinRole(b.entries[n-1].role, g)
			b.roster[n-1].Role = joinRole(b.roster[n-1].Role, g)
		}
		return
	}
	es, ok := parseEntries(line)
	if !ok {
		return
	}
	for _, e := range es {
		b.entries = append(b.entries, e)
		b.roster = append(b.roster, corpus.Participant{Name: e.name, Role: e.role, Line: lj + 1})
	}
}

// read reads the block's lines from line from on, first standing for that
// line's text if set (a roster line with its label blanked). A block in
// two columns (one side left, the other right) is read column by column:
// the left column, then the right.
func (b *block) read(masked string, lines []corpus.Span, from int, first string) {
	twoColumns := false
	var cells []cell // the cells of the lines in columns, at their offsets
	var rows []int   // the line of each cell
	right := -1      // where the right column begins: its leftmost second cell
	for lj := from; lj < len(lines); lj++ {
		raw := lines[lj].In(masked)
		if lj == from && first != "" {
			raw = first
		}
		line := strings.TrimSpace(raw)
		if line == "" {
			// A blank line between the sides of a block: the block goes
			// on if an entry with an honorific or an office follows.
			next := ""
			if lj+1 < len(lines) {
				next = lines[lj+1].In(masked)
			}
			if (len(b.entries) > 0 || twoColumns) && !hasOffice(strings.TrimSpace(next)) && !(twoColumns && columnEntries(next)) {
				break
			}
			continue
		}
		cs := columns(raw)
		if _, paren := parenLine(line); !twoColumns && len(cs) == 2 && columnEntries(raw) && !paren {
			if _, gloss := parenLine(cs[1].text); !gloss {
				// "Mr. Bohlen[3] (part-time)" masked is one entry
				// with its gloss, no two columns.
				twoColumns = true
			}
		}
		if twoColumns {
			if !columnEntries(raw) {
				break
			}
			b.taken[lj] = true
			if len(cs) == 2 && (right < 0 || cs[1].at < right) && !isGroupName(cs[1].text) {
				right = cs[1].at
			}
			for _, c := range cs {
				cells = append(cells, c)
				rows = append(rows, lj)
			}
			continue
		}
		if _, ok := parenLine(line); ok && len(b.entries) > 0 {
			b.taken[lj] = true
			b.add(line, lj)
			continue
		}
		if _, ok := parseEntries(line); !ok {
			if isGroupHeading(line, lj+1 < len(lines) && hasOffice(strings.TrimSpace(lines[lj+1].In(masked)))) {
				b.taken[lj] = true
				continue
			}
			break
		}
		b.taken[lj] = true
		b.add(line, lj)
	}
	// The left column, then the right; a cell a little left of the right
	// column's start is still in it.
	for _, side := range []bool{false, true} {
		for i, c := range cells {
			if (right >= 0 && c.at >= right-2) == side {
				b.add(c.text, rows[i])
			}
		}
	}
}

// parseEntries reads one line of a participants block: one participant
// with a gloss ("Mr. Sukhodrev, Interpreter, USSR Ministry of Foreign
// Affairs", "Amb. Thompson (part-time)"), or a list under a plural title
// ("Senators Mansfield, Humphrey, Russell").
func parseEntries(line string) ([]entry, bool) {
	line = strings.TrimRight(line, ".;, ")
	line = officeSymbolRe.ReplaceAllString(line, "")
	if line == "" || len(strings.Fields(line)) > 40 {
		return nil, false
	}
	parts := splitParts(line)
	var out []entry
	plural := "" // the plural title of a list ("Senators")
	for i, part := range parts {
		name, paren := part, ""
		if k := strings.IndexByte(part, '('); k >= 0 {
			name, paren = strings.TrimSpace(part[:k]), strings.Trim(strings.TrimSpace(part[k:]), "()")
		}
		f := strings.Fields(name)
		if len(f) > 0 && isPluralTitle(f[0]) {
			plural = officeAbbreviations[strings.ToLower(f[0])]
			name = strings.Join(f[1:], " ")
		}
		e := splitOffice(name)
		if e.office == "" && plural != "" && e.name != "" {
			e.office = corpus.TitleCase(plural)
		}
		officeOnly := e.officeOnly()
		person := isName(e.name) || officeOnly
		gloss := false
		switch {
		case i == 0:
			if !person {
				return nil, false
			}
		case plural == "":
			// "Mr. Sukhodrev, Interpreter, USSR Ministry of Foreign
			// Affairs": after a comma, a participant of his own needs
			// an honorific or an office, and a name.
			gloss = !person || officeOnly || e.office == "" && !isHonorific(name)
		default:
			gloss = !person
		}
		if gloss {
			last := &out[len(out)-1]
			// "The Secretary of the Treasury, Douglas Hale": the office,
			// then the person who holds it.
			if i == 1 && last.officeOnly() && isName(name) && e.office == "" {
				last.name = strings.Join(strings.Fields(name), " ")
				continue
			}
			last.role = joinRole(last.role, part)
			continue
		}
		e.role = joinRole(e.office, paren)
		out = append(out, e)
	}
	if len(out) == 0 {
		return nil, false
	}
	// A group heading ("United States") has no office, honorific or gloss.
	if len(out) == 1 && out[0].office == "" && out[0].role == "" && !isHonorific(line) && len(parts) == 1 {
		return out, !isGroupName(line)
	}
	return out, true
}

// splitOffice splits "Foreign Minister Gromyko" into the office and the
// name; honorifics are dropped ("Mr. Bohlen" is "Bohlen"); an office
// alone ("The President") is its own name.
func splitOffice(s string) entry {
	f := strings.Fields(s)
	var office []string
	i := 0
	if i < len(f) && strings.EqualFold(f[i], "the") {
		i++
	}
	for i < len(f) {
		w := strings.ToLower(f[i])
		if honorifics[w] {
			i++
			continue
		}
		if a, ok := officeAbbreviations[w]; ok {
			w = a
		}
		if officeHeads[w] || officeWords[w] || corpus.IsTitle(w) || (i+1 < len(f) && isOfficeAhead(f[i:])) {
			office = append(office, f[i])
			i++
			continue
		}
		break
	}
	// "The Secretary of State": the office goes on through "of", up to a
	// name that ends the entry ("Minister of Finance Hassan al-Sadr").
	if len(office) > 0 && i < len(f) && (f[i] == "of" || f[i] == "for") {
		j := i
		for j < len(f) {
			w := strings.ToLower(f[j])
			if j > i && !officeDomains[w] && isName(strings.Join(f[j:], " ")) && !anyDomain(f[j:]) {
				break
			}
			j++
		}
		office = append(office, f[i:j]...)
		i = j
	}
	e := entry{office: strings.Join(office, " "), name: strings.Join(f[i:], " ")}
	if e.name == "" && officeKey(e.office) != "" {
		e.name = officeName(officeKey(e.office))
	}
	if e.name != "" && officeKey(e.office) == "" {
		// "Comrade", "Generalissimo": titles, no office to resolve.
		e.office = ""
	}
	return e
}

// officeDomains are the words of what an office is of ("Minister of
// Finance", "Secretary of the Treasury", "Minister for Foreign Affairs"):
// an entry's office runs on through them, and a name begins after them.
var officeDomains = corpus.WordSet(`of for the and state foreign affairs finance treasury defense defence
	war navy army air interior home justice commerce trade industry labor labour agriculture health
	education economy economic planning information culture energy transport communications
	development cooperation security external internal public works mines power water finances
	national commonwealth colonies colonial relations overseas budget`)

// anyDomain reports whether any of f is an office's domain word: "European
// Affairs" ends an office, not a name.
func anyDomain(f []string) bool {
	for _, w := range f {
		if officeDomains[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

// isOfficeAhead reports whether the capitalised word f[0] is a modifier
// of an office that follows ("Soviet Foreign Minister").
func isOfficeAhead(f []string) bool {
	for k := 1; k < len(f) && k < 4; k++ {
		w := strings.ToLower(f[k])
		if a, ok := officeAbbreviations[w]; ok {
			w = a
		}
		if officeHeads[w] {
			return corpus.StartsUpper(f[0])
		}
		if !officeWords[w] {
			return false
		}
	}
	return false
}

// isName reports whether s looks like a person's name: one to five
// capitalised words or initials, with particles ("de", "van").
func isName(s string) bool {
	f := strings.Fields(s)
	if len(f) == 0 || len(f) > 5 {
		return false
	}
	for _, w := range f {
		if particles[strings.ToLower(w)] || particleWord(w) {
			continue
		}
		r := []rune(w)
		if !unicode.IsUpper(r[0]) || len(r) > 2 && r[len(r)-1] == '.' && !isInitials(w) {
			return false
		}
		for _, c := range r {
			if unicode.IsDigit(c) {
				return false
			}
		}
	}
	return !particles[strings.ToLower(f[0])] || len(f) > 1
}

var particles = corpus.WordSet(`de da del della der den di du la le van von y bin ibn al el of`)

func isHonorific(s string) bool {
	f := strings.Fields(s)
	return len(f) > 0 && (honorifics[strings.ToLower(f[0])] || officeKey(strings.Join(f[:1], " ")) != "")
}

func isPluralTitle(w string) bool {
	a, ok := officeAbbreviations[strings.ToLower(w)]
	return ok && strings.ToLower(w) != a && !strings.HasSuffix(w, ".")
}

func hasOffice(line string) bool {
	es, ok := parseEntries(line)
	return ok && len(es) > 0 && (es[0].office != "" || isHonorific(line))
}

// groupNames are the sides a participants block is divided into.
var groupNames = corpus.WordSet(`us u.s. usa ussr uk u.k. soviet american british french german chinese`)

// isGroupName reports whether a line names a side rather than a person:
// in capitals ("USSR"), a side ("American Side"), a state ("United
// States", "Soviet Union", "United Kingdom").
func isGroupName(line string) bool {
	l := strings.ToLower(strings.TrimRight(strings.TrimSpace(line), ":"))
	if strings.HasSuffix(l, " side") || strings.HasSuffix(l, " delegation") || strings.HasSuffix(l, " party") || groupNames[l] {
		return true
	}
	if strings.HasPrefix(l, "united ") || strings.HasSuffix(l, " union") || strings.HasSuffix(l, " states") || strings.HasSuffix(l, " republic") || strings.HasSuffix(l, " kingdom") {
		return true
	}
	return strings.ToUpper(line) == line && len(strings.Fields(line)) <= 3
}

// isGroupHeading reports whether a line that is no entry heads a group
// of entries: a side, or a bare phrase before a line with an office.
func isGroupHeading(line string, officeNext bool) bool {
	if strings.HasSuffix(line, ":") && len(strings.Fields(line)) <= 4 {
		return true
	}
	return isGroupName(line) || officeNext && isName(line) && len(strings.Fields(line)) <= 3
}

// splitParts splits a line at commas and semicolons outside parentheses.
func splitParts(s string) []string {
	parts := corpus.SplitParts(s)
	var out []string
	for _, p := range parts {
		// "Dirksen and Saltonstall": "and" joins two names of a list.
		if k := strings.Index(p, " and "); k > 0 && isPerson(p[:k]) && isPerson(p[k+5:]) {
			out = append(out, p[:k], p[k+5:])
			continue
		}
		p = strings.TrimPrefix(p, "and ")
		if p != "" {
			out = append(out, p)
		}
	}
	return out
}

func joinRole(a, b string) string {
	a, b = strings.TrimSpace(a), strings.TrimSpace(b)
	switch {
	case a == "":
		return b
	case b == "":
		return a
	}
	return a + ", " + b
}

// accountRe finds who met whom in a record's opening account: "I called
// on Foreign Minister Gromyko", "Comrade Stalin received Ambassador
// Smith", "a conversation with the Prime Minister".
var (
	accountName = `((?:(?:the|The)\s+)?(?:[A-Z][\p{L}.'’-]*\s+){0,3}[A-Z][\p{L}'’-]*[\p{L}])`
	accountRe   = regexp.MustCompile(`\b(?:saw|met|met with|called on|called upon|received|visited|talked with|spoke with|lunched with|dined with|(?i:conversation|talk|talks|meeting|interview|discussion)s? (?i:with|between))\s+` + accountName + `(?:\s+and\s+` + accountName + `)?`)
	receiverRe  = regexp.MustCompile(accountName + `\s+(?:received|met with|called on)\b`)
)

// account returns the people the opening account of a record names: in
// the first three lines of prose (six words or more) before the
// conversation, who received, met or called on whom.
func account(masked string, lines []corpus.Span, taken map[int]bool) []entry {
	var out []entry
	seen := 0
	for li, ln := range lines {
		if taken[li] || li > 60 {
			continue
		}
		s := ln.In(masked)
		if len(strings.Fields(s)) < 6 {
			continue
		}
		for _, m := range accountRe.FindAllStringSubmatch(s, -1) {
			out = appendAccount(out, m[1:]...)
		}
		for _, m := range receiverRe.FindAllStringSubmatch(s, -1) {
			out = appendAccount(out, m[1])
		}
		if seen++; seen == 3 {
			break
		}
	}
	return out
}

func appendAccount(out []entry, names ...string) []entry {
	for _, n := range names {
		n = strings.TrimSuffix(strings.TrimSuffix(strings.TrimSpace(n), "'s"), "’s")
		if n == "" {
			continue
		}
		e := splitOffice(n)
		if e.name == "" || notNames[strings.ToLower(strings.Fields(e.name)[0])] && e.office == "" || !isName(e.name) || isGroupName(e.name) {
			continue
		}
		out = append(out, e)
	}
	return out
}

// isPerson reports whether s names a participant: a name with any
// honorific or office ("Mr. Bundy", "Foreign Minister Gromyko"), or an
// office alone ("The President").
func isPerson(s string) bool {
	e := splitOffice(s)
	return isName(e.name) || e.officeOnly()
}

// cell is a column's text on a line of a block in columns, and where it
// begins: the byte offset on the line, or, once placed in its column,
// the line.
type cell struct {
	text string
	at   int
}

// columns splits a line of a block into its columns: runs of text
// separated by three spaces or more, or a tab.
func columns(line string) []cell {
	var out []cell
	for i := 0; i < len(line); {
		if line[i] == ' ' || line[i] == '\t' {
			i++
			continue
		}
		j := i
		for j < len(line) && line[j] != '\t' && !strings.HasPrefix(line[j:], "   ") {
			j++
		}
		out = append(out, cell{strings.TrimSpace(line[i:j]), i})
		i = j
	}
	return out
}

// columnEntries reports whether a line holds one or two columns of a
// participants block, each a participant, a gloss in parentheses or a
// side's heading ("United Kingdom", "USSR").
func columnEntries(line string) bool {
	cells := columns(line)
	if len(cells) == 0 || len(cells) > 2 {
		return false
	}
	for _, c := range cells {
		if _, ok := parenLine(c.text); ok {
			continue
		}
		if strings.Contains(c.text, ":") {
			// "COPIES TO:   S/S, EUR": a field of the header.
			return false
		}
		if _, ok := parseEntries(c.text); !ok && !isGroupName(c.text) {
			return false
		}
	}
	return true
}

// parenLine returns the gloss of a line that is one parenthesis ("(Mr.
// Harold Wilson)", "(Minister of Finance)").
func parenLine(line string) (string, bool) {
	if len(line) < 3 || line[0] != '(' || line[len(line)-1] != ')' || strings.IndexByte(line[1:], '(') >= 0 {
		return "", false
	}
	return strings.TrimSpace(line[1 : len(line)-1]), true
}

// sideRosterRe is a roster line of one side: "Present from the Chinese
// side: ...", "From the Soviet side: ...", "On the American side: ...",
// "Soviet side: ...".
var sideRosterRe = regexp.MustCompile(`(?i)^\s*(?:(?:also\s+)?present\s+|participating\s+)?(?:(?:from|on|for)\s+the\s+)?[\p{L}.\-]+(?:\s+[\p{L}.\-]+)?\s+(?:side|delegation|party)\s*[:\-–—]\s*(.+?)\s*$`)

// rosterLine returns the list of a roster line ("Present: A, B and C",
// "From the Soviet side: A, B").
func rosterLine(line string) (string, bool) {
	if m := sideRosterRe.FindStringSubmatchIndex(line); m != nil && !strings.Contains(line[:m[2]], ",") {
		// The list opens with a person ("Counsellor N.G. Sudarikov"),
		// not with speech ("The Chinese side: we agree").
		list := line[m[2]:m[3]]
		if parts := splitParts(list); len(parts) > 0 {
			first := parts[0]
			if k := strings.IndexByte(first, '('); k >= 0 {
				first = first[:k]
			}
			if isPerson(strings.TrimRight(strings.TrimSpace(first), ".")) {
				return list, true
			}
		}
	}
	probe := corpus.Span{Start: 0, End: len(line)}
	if _, ok := corpus.ParseRoster(line, probe); ok {
		return line[strings.IndexByte(line, ':')+1:], true
	}
	return "", false
}

// rosterEntries reads the list of a roster line: split at commas and
// "and", a parenthesis being the role. A list split at semicolons is read
// part by part, after any side ("from the Soviet side - ..."): a part
// that glosses its name after a comma is one participant ("Marshal Chen
// Yi, Vice Premier"), any other a list ("Comrades Zhou Enlai, Peng
// Dehuai").
func rosterEntries(list string) ([]entry, []corpus.Participant) {
	var es []entry
	var ps []corpus.Participant
	if !strings.Contains(list, ";") {
		return listEntries(list)
	}
	for _, part := range strings.Split(strings.TrimRight(strings.TrimSpace(list), "."), ";") {
		part = strings.TrimSpace(part)
		if m := sidePrefixRe.FindStringIndex(part); m != nil {
			part = part[m[1]:] // "from the Soviet side - Comrades ..."
		}
		if len(splitParts(part)) > 1 && !glossed(part) {
			e, p := listEntries(part)
			es, ps = append(es, e...), append(ps, p...)
			continue
		}
		got, ok := parseEntries(part)
		if !ok {
			continue
		}
		for _, e := range got {
			es = append(es, e)
			ps = append(ps, corpus.Participant{Name: e.name, Role: e.role})
		}
	}
	return es, ps
}

// sidePrefixRe opens a part of a roster with the side it lists: "from
// the Soviet side -", "on the Chinese side:".
var sidePrefixRe = regexp.MustCompile(`(?i)^(?:(?:from|on|for)\s+the\s+[\p{L}.\-]+(?:\s+[\p{L}.\-]+)?\s+(?:side|delegation|party)\s*[:\-–—,]?\s*|[\p{L}.\-]+(?:\s+[\p{L}.\-]+)?\s+(?:side|delegation|party)\s*[:\-–—]\s*)`)

// glossed reports whether a part of a roster glosses its first name
// after a comma ("Marshal Chen Yi, Vice Premier"): an item after the
// first is an office alone or no person.
func glossed(part string) bool {
	for i, item := range splitParts(part) {
		if k := strings.IndexByte(item, '('); k >= 0 {
			item = strings.TrimSpace(item[:k])
		}
		e := splitOffice(item)
		if i > 0 && (!isPerson(item) || e.officeOnly()) {
			return true
		}
	}
	return false
}

// listEntries reads a roster's list of names split at commas and "and",
// a parenthesis being the role.
func listEntries(list string) ([]entry, []corpus.Participant) {
	var es []entry
	var ps []corpus.Participant
	line := "Present: " + list
	found, _ := corpus.ParseRoster(line, corpus.Span{Start: 0, End: len(line)})
	for _, p := range found {
		e := splitOffice(p.Name)
		if e.name == "" {
			continue
		}
		e.role = joinRole(e.office, p.Role)
		es = append(es, e)
		ps = append(ps, corpus.Participant{Name: p.Name, Role: p.Role})
	}
	return es, ps
}

package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// titles are the honorifics and offices stripped from speaker names
// ("Comrade STALIN" is the speaker "stalin", "Rep. AL-HAKIM" "al-hakim",
// "Chair GUTIÉRREZ" "gutiérrez"). Matched case-insensitively; an
// abbreviation is listed with and without its period. It is a list of
// forms of address, civil, legislative, judicial and clerical, not of one
// document's words. Words that are also ordinary labels on their own
// ("Speaker 1", "Member") are not in it.
var titles = wordSet(`
	comrade comrades generalissimo marshal general sir lord lady citizen
	monsieur herr signor madam madame
	mr mr. mrs mrs. ms ms. miss dr dr. professor prof prof.
	president premier minister secretary ambassador deputy vice
	chairman chairwoman chairperson chair
	senator sen sen. representative rep rep. congressman congresswoman
	delegate del. assemblymember assemblyman assemblywoman
	councilmember councilman councilwoman councillor councilor
	alderman alderwoman alderperson commissioner supervisor
	governor gov gov. mayor
	hon hon. honorable honourable
	judge justice magistrate
	rev rev. reverend`)

// titlePhrases are titles of two words whose first word is no title by
// itself: "Ranking Member Durbin" is the speaker "durbin", "Chief Justice
// Roberts" "roberts". "The" before
// a title ("The Hon. Jane Roe") is stripped with it where a name
// follows; "The Court", "The Chairman" stay as written.
var titlePhrases = map[string]map[string]bool{
	"ranking":    {"member": true},
	"chief":      {"justice": true, "judge": true},
	"presiding":  {"judge": true, "justice": true},
	"lieutenant": {"governor": true, "gov.": true},
	"attorney":   {"general": true},
	"majority":   {"leader": true, "whip": true},
	"minority":   {"leader": true, "whip": true},
}

// named reports whether f holds a word that is no title.
func named(f []string) bool {
	for _, w := range f {
		if !titles[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

// titleCount returns how many of f's leading words are titles, leaving at
// least one word.
func titleCount(f []string) int {
	n := 0
	for n < len(f)-1 {
		w := strings.ToLower(f[n])
		switch {
		case titles[w]:
			n++
		case titlePhrases[w][strings.ToLower(f[n+1])] && n+2 < len(f):
			n += 2
		case w == "the" && titles[strings.ToLower(f[n+1])] && named(f[n+2:]):
			n += 2
		default:
			return n
		}
	}
	return n
}

// IsTitle reports whether w is an honorific or office that parley strips
// from speakers' names ("Comrade", "Generalissimo", "Mr."), in any case.
func IsTitle(w string) bool { return titles[strings.ToLower(w)] }

// reportingVerbs are the verbs that make "NAME verb" a speaker cue:
// verbs of saying and speech acts, present and past. Verbs of thinking
// ("thinks", "believes", "understands") are not among them: in reported
// speech "Comrade Stalin thinks that ..." is what Stalin says, not a cue.
var reportingVerbs = wordSet(`
		says said asks asked answers answered declares declared notes noted
		remarks remarked adds added replies replied specifies specified
		continues continued thanks thanked expresses expressed sets puts
		raises poses introduces introduced apologizes apologises apologized
		apologised states stated stresses stressed emphasizes emphasises
		emphasized emphasised explains explained observes observed objects
		objected interjects interjected interrupts interrupted inquires
		inquired enquires enquired responds responded repeats repeated
		proposes proposed suggests suggested insists insisted confirms
		confirmed concludes concluded recalls recalled points pointed
		comments commented mentions mentioned informs informed reports
		reported requests requested promises promised warns warned welcomes
		welcomed greets greeted protests protested agrees agreed
		summarizes summarises summarized summarised clarifies clarified
		underlines underlined assures assured reiterates reiterated`)

func wordSet(words string) map[string]bool {
	set := map[string]bool{}
	for _, w := range strings.Fields(words) {
		set[w] = true
	}
	return set
}

// questionVerbs take "a question" as part of the cue ("PARKIN sets a
// question to Comrade Stalin: ...").
var questionVerbs = map[string]bool{"sets": true, "puts": true, "raises": true, "poses": true, "asks": true, "asked": true}

// cue is a speaker cue found in a line.
type cue struct {
	start, end int // the framing, as offsets into the line
	nameStart  int // where the name (with its titles) begins
	nameEnd    int
	id         string // titles stripped, case folded
	name       string // the name without titles, as written
	caps       bool   // the name is written in capitals
	stage      Span   // a stage direction after the name, if any
}

// parseCue reads a speaker cue at offset pos of line. A cue is
//
//	[intro ", "] [titles] NAME [(stage direction)] VERB [extension] [that[,] | :]
//
// where intro is a participial phrase ("Answering to Parkin, "), NAME is a
// name in capitals ("ZILLIACUS", "MAO ZEDONG") or a name in known, VERB is
// one of reportingVerbs, and the extension takes "a question", "out",
// an addressee before a colon ("to Comrade Stalin:") or a second verb
// ("continues his remarks and says"). The complementizer "that" and a
// comma after it belong to the framing; "whether", "how" and the like do
// not, since they carry the content of a question.
func parseCue(line string, pos int, known map[string]bool, intro, newCaps bool) (cue, bool) {
	if c, ok := parseCueAt(line, pos, pos, known, newCaps); ok || !intro {
		return c, ok
	}
	if j, ok := introPhrase(line, pos); ok {
		return parseCueAt(line, pos, j, known, newCaps)
	}
	return cue{}, false
}

// parseCueAt reads a cue whose framing starts at start and whose name
// (with its titles) starts at i.
func parseCueAt(line string, start, i int, known map[string]bool, newCaps bool) (cue, bool) {
	c := cue{start: start}
	c.nameStart = i
	// Titles.
	for {
		w, j := word(line, i)
		if w == "" || !titles[strings.ToLower(w)] || j >= len(line) || line[j] != ' ' {
			break
		}
		i = skipSpaces(line, j)
	}
	// The name.
	nameFrom := i
	w, j := word(line, i)
	if w == "" || !StartsUpper(w) {
		return c, false
	}
	if IsCaps(w) {
		c.caps = true
		i = j
		for {
			k := skipSpaces(line, i)
			w2, j2 := word(line, k)
			if k == i || w2 == "" || !IsCaps(w2) {
				break
			}
			i = j2
		}
	} else {
		// The longest known name of up to three words.
		best := -1
		k := i
		for n := 0; n < 3; n++ {
			w2, j2 := word(line, k)
			if w2 == "" || !StartsUpper(w2) {
				break
			}
			if known[SpeakerID(line[nameFrom:j2])] {
				best = j2
			}
			if j2 >= len(line) || line[j2] != ' ' {
				break
			}
			k = j2 + 1
		}
		if best < 0 {
			return c, false
		}
		i = best
	}
	c.name = line[nameFrom:i]
	c.id = SpeakerID(c.name)
	c.nameEnd = i
	if c.id == "" || !(known[c.id] || c.caps && newCaps) || len([]rune(c.id)) < 2 {
		return c, false
	}
	// A stage direction.
	k := skipSpaces(line, i)
	if k < len(line) && line[k] == '(' {
		if e := strings.IndexAny(line[k+1:], "()"); e >= 0 && line[k+1+e] == ')' && e <= 60 {
			c.stage = Span{k, k + 1 + e + 1}
			i = k + 1 + e + 1
		}
	}
	// The verb.
	k = skipSpaces(line, i)
	if k == i {
		return c, false
	}
	verb, j := word(line, k)
	if !reportingVerbs[verb] {
		return c, false
	}
	i = j
	if verb == "points" || verb == "pointed" {
		if j2, ok := phrase(line, i, "out"); ok {
			i = j2
		} else {
			return c, false
		}
	}
	if questionVerbs[verb] {
		for _, q := range []string{"a question", "the question", "questions", "a few questions", "some questions"} {
			if j2, ok := phrase(line, i, q); ok {
				i = j2
				break
			}
		}
	}
	// "... and says" after up to three lower-case words.
	if j2, ok := secondVerb(line, i); ok {
		i = j2
	}
	// An addressee before a colon.
	if j2, ok := phrase(line, i, "to"); ok {
		k, words := j2, 0
		for {
			w, j3 := word(line, skipSpaces(line, k))
			if w == "" || !StartsUpper(w) || words == 4 {
				break
			}
			k, words = j3, words+1
		}
		k = skipSpaces(line, k)
		if words > 0 && k < len(line) && line[k] == ':' {
			i = k
		}
	}
	// The complementizer.
	k = skipSpaces(line, i)
	switch {
	case k < len(line) && line[k] == ':':
		i = k + 1
	default:
		if j2, ok := phrase(line, i, "that"); ok {
			i = j2
			if k := skipSpaces(line, i); k < len(line) && line[k] == ',' {
				i = k + 1
			}
		}
	}
	c.end = i
	return c, true
}

// introPhrase matches a participial phrase ending in a comma at i
// ("Answering to Parkin, ") and returns the offset after it.
func introPhrase(line string, i int) (int, bool) {
	w, _ := word(line, i)
	if len(w) < 5 || !StartsUpper(w) || !strings.HasSuffix(w, "ing") {
		return i, false
	}
	rest := line[i:]
	e := strings.IndexAny(rest, ",.;:!?")
	if e < 0 || rest[e] != ',' || e > 80 {
		return i, false
	}
	return skipSpaces(line, i+e+1), true
}

// secondVerb matches "( word){1,3} and VERB" at i and returns the offset
// after the verb.
func secondVerb(line string, i int) (int, bool) {
	k := i
	for n := 0; n < 4; n++ {
		k2 := skipSpaces(line, k)
		if k2 == k {
			return i, false
		}
		w, j := word(line, k2)
		if w == "" || !isLowerWord(w) {
			return i, false
		}
		if w == "and" && n > 0 {
			k3 := skipSpaces(line, j)
			v, j3 := word(line, k3)
			if k3 > j && reportingVerbs[v] {
				return j3, true
			}
			return i, false
		}
		if w == "that" {
			return i, false
		}
		k = j
	}
	return i, false
}

// phrase matches " p" (white space, then the words of p) at i, ending at a
// word boundary, and returns the offset after it.
func phrase(line string, i int, p string) (int, bool) {
	k := skipSpaces(line, i)
	if k == i || !strings.HasPrefix(line[k:], p) {
		return i, false
	}
	j := k + len(p)
	if j < len(line) {
		r, _ := utf8.DecodeRuneInString(line[j:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return i, false
		}
	}
	return j, true
}

// word returns the word at i (letters, with inner apostrophes, hyphens and
// a trailing period of an abbreviation such as "Mr.") and the offset after
// it; "" if there is none.
func word(line string, i int) (string, int) {
	j := i
	for j < len(line) {
		r, size := utf8.DecodeRuneInString(line[j:])
		if unicode.IsLetter(r) {
			j += size
			continue
		}
		if (r == '\'' || r == '’' || r == '-') && j > i && j+size < len(line) {
			r2, _ := utf8.DecodeRuneInString(line[j+size:])
			if unicode.IsLetter(r2) {
				j += size
				continue
			}
		}
		break
	}
	if j > i && j < len(line) && line[j] == '.' && titles[strings.ToLower(line[i:j+1])] {
		j++
	}
	return line[i:j], j
}

func skipSpaces(line string, i int) int {
	for i < len(line) && (line[i] == ' ' || line[i] == '\t') {
		i++
	}
	return i
}

func StartsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// isCaps reports whether w is a word in capitals of two letters or more.
func IsCaps(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters >= 2
}

func isLowerWord(w string) bool {
	for _, r := range w {
		if unicode.IsUpper(r) {
			return false
		}
	}
	return w != ""
}

// SpeakerID returns the identity of a speaker named name: the name with
// leading titles stripped, white space folded and case folded ("Comrade
// STALIN" and "Comrade Stalin" are both "stalin"). A bare title gives "".
func SpeakerID(name string) string {
	f := strings.Fields(name)
	f = f[titleCount(f):]
	if len(f) == 1 && titles[strings.ToLower(f[0])] {
		return ""
	}
	return strings.ToLower(strings.Join(f, " "))
}

// StripTitles returns name without its leading titles, as written.
func StripTitles(name string) string {
	f := strings.Fields(name)
	return strings.Join(f[titleCount(f):], " ")
}

var roman = wordSet(`ii iii iv vi vii viii ix xi xii xiii xiv xv xvi`)

// TitleCase returns s with each word's first letter in upper case and the
// rest in lower case, keeping short function words in lower case except at
// the start ("RECORD OF CONVERSATION" -> "Record of Conversation").
func TitleCase(s string) string {
	small := map[string]bool{"a": true, "an": true, "and": true, "as": true, "at": true, "by": true, "for": true, "in": true, "of": true, "on": true, "or": true, "the": true, "to": true, "with": true, "from": true}
	words := strings.Fields(s)
	for i, w := range words {
		lw := strings.ToLower(w)
		if roman[lw] && i > 0 {
			words[i] = strings.ToUpper(lw) // King Richard II
			continue
		}
		if i > 0 && small[lw] {
			words[i] = lw
			continue
		}
		var b strings.Builder
		up := true
		for _, r := range lw {
			if up && unicode.IsLetter(r) {
				b.WriteRune(unicode.ToUpper(r))
				up = false
				continue
			}
			if r == '-' {
				up = true
			}
			if (r == '\'' || r == '’') && b.Len() == 1 {
				up = true // O'Brien, D’Arcy
			}
			b.WriteRune(r)
		}
		words[i] = b.String()
	}
	return strings.Join(words, " ")
}

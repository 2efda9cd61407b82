package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// honorifics says which titles name a man and which a woman.
var honorifics = map[string]byte{
	"mr": 'm', "mister": 'm', "sir": 'm', "lord": 'm', "monsieur": 'm', "herr": 'm', "signor": 'm', "señor": 'm', "senor": 'm',
	"mrs": 'f', "ms": 'f', "miss": 'f', "lady": 'f', "dame": 'f', "madame": 'f', "mme": 'f', "mlle": 'f', "frau": 'f', "signora": 'f', "señora": 'f', "senora": 'f',
}

// Honorific returns 'm' for a name that opens with a man's title ("Mr.
// Jones", "Sir John"), 'f' for a woman's ("Mrs. Jones", "Lady Capulet"),
// and 0 else; a title alone is no name and gives 0.
func Honorific(name string) byte {
	f := strings.Fields(name)
	if len(f) < 2 {
		return 0
	}
	return honorifics[strings.TrimSuffix(strings.ToLower(f[0]), ".")]
}

// nameCore returns the words of a speaker's identity or name that name
// the person: titles and honorifics dropped wherever they stand in front
// ("mrs mary jones" is "mary", "jones"), case folded.
func nameCore(name string) []string {
	f := strings.Fields(strings.ToLower(name))
	for len(f) > 0 && (titles[f[0]] || titles[f[0]+"."] || honorifics[strings.TrimSuffix(f[0], ".")] != 0) {
		f = f[1:]
	}
	return f
}

// roleWords make a name a role's, as plays and rosters name their people:
// ranks, orders, kin and ordinals ("Second Capulet", "Young Marcius",
// "Friar Peter", "Duke Vincentio", "Queen Margaret"). Their short forms
// name other people as often as the same one (Peter the servant beside
// Friar Peter), so no short label is taken for theirs.
var roleWords = WordSet(`first second third fourth fifth young old elder younger
	king queen prince princess duke duchess earl count countess marquess marquis baron baroness
	emperor empress archduke cardinal bishop archbishop abbot abbess friar brother sister
	father mother son daughter uncle aunt cousin nurse servant page captain lieutenant
	sergeant officer soldier citizen messenger lady lord saint st st.`)

// fullNameCore reports whether core is the core of a person's full name
// that shorter labels may stand for: two to four words of letters (inner
// periods, apostrophes and hyphens allowed), no particle or function
// word ("duke of york" and "first citizen of rome" are offices), no
// Roman numeral ("king henry vi"), no role word (see roleWords).
func fullNameCore(core []string) bool {
	if len(core) < 2 || len(core) > 4 {
		return false
	}
	for _, w := range core {
		if nameParticles[w] || roman[w] || roleWords[w] || !nameWord(w) {
			return false
		}
	}
	return true
}

// nameWord reports whether w is a word of letters, with inner periods,
// apostrophes and hyphens.
func nameWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsLetter(r) {
		return false
	}
	for _, r := range w {
		if !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) && !strings.ContainsRune(".'’-", r) {
			return false
		}
	}
	return true
}

// initials returns the initials a label writes in capitals ("LM",
// "L.M."), in lower case, or "" if the label is no initials: two or
// three capital letters, each perhaps followed by a period.
func initials(label string) string {
	s := strings.ReplaceAll(strings.TrimSpace(label), ".", "")
	n := utf8.RuneCountInString(s)
	if n < 2 || n > 3 || strings.ToUpper(s) != s {
		return ""
	}
	for _, r := range s {
		if !unicode.IsUpper(r) {
			return ""
		}
	}
	return strings.ToLower(s)
}

// variantMatch reports how the short name short (a one-word core, or
// initials in capitals) names the person whose full name has the core
// long: 's' as the surname (its last word), 'g' as the given name (its
// first), 'i' by initials; 0 if it does not.
func variantMatch(short string, long []string) byte {
	core := nameCore(short)
	if len(core) != 1 || !fullNameCore(long) {
		return 0
	}
	switch w := core[0]; {
	case w == long[len(long)-1]:
		return 's'
	case w == long[0]:
		return 'g'
	}
	if in := initials(strings.Join(strings.Fields(short)[len(strings.Fields(short))-1:], "")); in != "" && utf8.RuneCountInString(in) == len(long) {
		k := 0
		for _, r := range in {
			first, _ := utf8.DecodeRuneInString(long[k])
			if first != r {
				return 0
			}
			k++
		}
		return 'i'
	}
	return 0
}

// IsNameVariant reports whether short names the person named long in a
// shorter form: the surname or the given name alone, with or without a
// title ("Smith" and "Dr. Smith" of "Dr. Jane Smith", "Kwame" of "Kwame
// Mensah", "Premier Zhou" of "Zhou Enlai"), or the initials in capitals
// ("LM" of "Léa Moreau"). long must be a person's full name (see
// JoinNameVariants); a woman's title on one side and none or a man's on
// the other, with the surname, are two people ("Mrs. Jones" is not "Tom
// Jones").
func IsNameVariant(short, long string) bool {
	m := variantMatch(short, nameCore(long))
	if m == 0 {
		return false
	}
	return m != 's' || !honorificClash(Honorific(short), Honorific(long))
}

// honorificClash reports whether the honorifics of a short name (gs) and
// a full one (gl) name different people: two different ones, or a
// woman's on the short name and none on the full name.
func honorificClash(gs, gl byte) bool {
	return gs != 0 && gs != gl && (gl != 0 || gs == 'f')
}

// JoinNameVariants makes one speaker of the names that one person goes
// by in a document: a speaker named by a surname, a given name or
// initials alone ("Smith:", "Kwame:", "LM:", "Premier Zhou:") becomes the
// speaker whose full name it shortens ("Dr. Jane Smith", "Kwame Mensah",
// "Léa Moreau", "Zhou Enlai"), or the person people names (from front
// matter or a roster: "host: Priya Raman" for "Priya:"), where exactly
// one full name fits (see IsNameVariant); "Ann" beside "Ann Lee" and
// "Ann Ray" stays Ann. Consecutive turns that this makes one speaker's
// become one turn. A full name is two to four words of letters: "Speaker
// 1", "Duke of York" and "King Henry VI" name no person here.
func JoinNameVariants(d *Document, people []string) {
	type full struct{ id, name string }
	var fulls []full
	seen := map[string]bool{}
	for _, s := range d.Speakers {
		if fullNameCore(nameCore(s.ID)) && !seen[s.ID] {
			fulls = append(fulls, full{s.ID, s.Name})
			seen[s.ID] = true
		}
	}
	for _, p := range people {
		if id := SpeakerID(p); fullNameCore(nameCore(id)) && !seen[id] {
			fulls = append(fulls, full{id, StripTitles(p)})
			seen[id] = true
		}
	}
	to := map[string]full{}
	for _, s := range d.Speakers {
		if len(nameCore(s.ID)) > 1 {
			continue
		}
		var match []full
		for _, f := range fulls {
			if f.id == s.ID {
				continue
			}
			// Every form of the speaker must fit ("Smith" and "Dr.
			// Smith"); the full name's forms give its honorific.
			ok := len(s.Forms) > 0
			for _, form := range s.Forms {
				ok = ok && (IsNameVariant(form, f.name) || IsNameVariant(form, formOf(d, f.id, f.name)))
			}
			if ok {
				match = append(match, f)
			}
		}
		if len(match) == 1 {
			to[s.ID] = match[0]
		}
	}
	if len(to) == 0 {
		return
	}
	renameSpeakers(d, func(s Speaker) (string, string, bool) {
		f, ok := to[s.ID]
		return f.id, f.name, ok
	})
}

// formOf returns the first form a speaker's cues wrote its name in
// ("Mrs. Mary Jones"), or name if the speaker has none or is no speaker.
func formOf(d *Document, id, name string) string {
	for _, s := range d.Speakers {
		if s.ID == id && len(s.Forms) > 0 {
			return s.Forms[0]
		}
	}
	return name
}

// renameSpeakers gives the speakers of d for which rename says so a new
// identity and name, and joins what that makes one: two speakers become
// one (in the place and with the name of the first), and consecutive turns
// that it makes one speaker's become one turn (renumbered, with the notes' and
// mentions' turns placed anew).
func renameSpeakers(d *Document, rename func(Speaker) (id, name string, ok bool)) {
	newID := map[string]string{} // old ID -> new ID
	var speakers []Speaker
	at := map[string]int{}
	for _, s := range d.Speakers {
		name, id := s.Name, s.ID
		if nid, nname, ok := rename(s); ok {
			name, id = nname, nid
		}
		newID[s.ID] = id
		if k, ok := at[id]; ok {
			for _, f := range s.Forms {
				if !contains(speakers[k].Forms, f) {
					speakers[k].Forms = append(speakers[k].Forms, f)
				}
			}
			continue
		}
		at[id] = len(speakers)
		speakers = append(speakers, Speaker{ID: id, Name: name, Forms: append([]string(nil), s.Forms...)})
	}
	d.Speakers = speakers
	// Join consecutive turns; map old turn indexes to new ones.
	newIndex := make([]int, len(d.Turns)+1)
	var turns []Turn
	renamed := false // the last turn's speaker was renamed
	for _, t := range d.Turns {
		was := t.Speaker
		t.Speaker = newID[t.Speaker]
		now := t.Speaker != was
		// Only turns the renaming makes one speaker's join: two turns of
		// one speaker in a row that were so before (Builder.Break) stay.
		if n := len(turns); n > 0 && turns[n-1].Speaker == t.Speaker && (now || renamed) {
			last := &turns[n-1]
			last.Utterances = append(last.Utterances, t.Utterances...)
			last.Tokens = append(last.Tokens, t.Tokens...)
			last.LastLine = t.LastLine
			newIndex[t.Index] = last.Index
			renamed = renamed || now
			continue
		}
		renamed = now
		newIndex[t.Index] = len(turns) + 1
		t.Index = len(turns) + 1
		turns = append(turns, t)
	}
	d.Turns = turns
	for i := range d.Notes {
		if n := &d.Notes[i]; n.Turn > 0 && n.Turn < len(newIndex) {
			n.Turn = newIndex[n.Turn]
		}
	}
	for i := range d.Mentions {
		if m := &d.Mentions[i]; m.Turn > 0 && m.Turn < len(newIndex) {
			m.Turn = newIndex[m.Turn]
			m.Speaker = newID[m.Speaker]
		}
	}
}

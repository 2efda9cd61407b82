package plain

import (
	"fmt"
	"path/filepath"
	"regexp"
	"strings"

	"parley/corpus"
)

// DefaultNamePattern is the file-name pattern of one-speaker plain-text
// corpora such as the UN General Debate Corpus ("ARG_01_1946.txt"): the
// speaker, the session and the year.
const DefaultNamePattern = "{speaker}_{session}_{year}.txt"

// Read reads plain text without markup as the speech of one speaker:
// the whole text is one turn, paragraph by paragraph. The speaker is named
// by opt.NamePattern applied to the file's base name
// ("{speaker}_{session}_{year}.txt": ARG_01_1946.txt is spoken by ARG,
// with session 01 and year 1946 as metadata; a "year" field also gives the
// date), else by DefaultNamePattern when the name fits it, else "Unknown".
// Bracketed insertions and stage directions are notes, as everywhere.
func Read(name string, src []byte, opt corpus.Options) (*corpus.Document, error) {
	if err := corpus.CheckText(name, src); err != nil {
		return nil, err
	}
	text := string(src)
	b := corpus.NewBuilder(name, "plain", text)
	masked := b.BracketNotes()
	b.StageNotes(masked, corpus.Span{Start: 0, End: len(text)})
	speaker := "Unknown"
	pattern := opt.NamePattern
	if pattern == "" {
		pattern = DefaultNamePattern
	}
	fields, ok := matchNamePattern(pattern, filepath.Base(name))
	if !ok && opt.NamePattern != "" {
		return nil, &corpus.InputError{File: name, Msg: fmt.Sprintf("the file name does not fit the name pattern %q", opt.NamePattern)}
	}
	if ok {
		if s := fields["speaker"]; s != "" {
			speaker = s
		}
		meta := map[string]string{}
		for k, v := range fields {
			if k != "speaker" {
				meta[k] = v
			}
		}
		b.SetMeta(meta)
		if y := fields["year"]; len(y) == 4 {
			b.SetMetadata("", y)
		}
	}
	whole := corpus.TrimSpan(text, corpus.Span{Start: 0, End: len(text)})
	u := corpus.Utterance{Text: whole, Speech: b.SpeechIn(whole)}
	if len(u.Speech) == 0 {
		return nil, &corpus.InputError{File: name, Msg: "no text"}
	}
	b.Add(speaker, u, corpus.Span{Start: 0, End: len(text)})
	d, err := b.Document("no text")
	if err != nil {
		return nil, err
	}
	d.Speakers[0].Name = speaker // as the file names it: "ARG", not "Arg"
	return d, nil
}

// matchNamePattern matches a file name against a pattern of literal text
// and {field}s, and returns the fields.
func matchNamePattern(pattern, name string) (map[string]string, bool) {
	np, ok := defaultPattern, true
	if pattern != DefaultNamePattern {
		np, ok = compileNamePattern(pattern)
	}
	if !ok {
		return nil, false
	}
	m := np.rx.FindStringSubmatch(name)
	if m == nil {
		return nil, false
	}
	fields := map[string]string{}
	for i, n := range np.names {
		fields[n] = m[i+1]
	}
	return fields, true
}

// namePattern is a file-name pattern compiled: its regexp and its fields'
// names, in order.
type namePattern struct {
	rx    *regexp.Regexp
	names []string
}

// defaultPattern is DefaultNamePattern compiled once: the loader asks of
// every .txt file whether its name fits it (Named).
var defaultPattern, _ = compileNamePattern(DefaultNamePattern)

// compileNamePattern compiles a pattern of literal text and {field}s.
func compileNamePattern(pattern string) (namePattern, bool) {
	var re strings.Builder
	var names []string
	re.WriteString("^")
	for p := pattern; p != ""; {
		i := strings.IndexByte(p, '{')
		if i < 0 {
			re.WriteString(regexp.QuoteMeta(p))
			break
		}
		j := strings.IndexByte(p[i:], '}')
		if j < 0 {
			re.WriteString(regexp.QuoteMeta(p))
			break
		}
		re.WriteString(regexp.QuoteMeta(p[:i]))
		names = append(names, p[i+1:i+j])
		re.WriteString(`(.+?)`)
		p = p[i+j+1:]
	}
	re.WriteString("$")
	rx, err := regexp.Compile(re.String())
	if err != nil {
		return namePattern{}, false
	}
	return namePattern{rx: rx, names: names}, true
}

// Named claims a .txt file whose name fits DefaultNamePattern with a
// speaker code in capitals and a numeric session and year
// ("ARG_01_1946.txt"): the file name says who speaks, even where the text
// is in reported speech ("Mr. BEASLEY stated that").
func Named(name string) bool {
	if !corpus.HasExt(name, ".txt") {
		return false
	}
	f, ok := matchNamePattern(DefaultNamePattern, filepath.Base(name))
	return ok && corpus.IsDigits(f["year"]) && corpus.IsDigits(f["session"]) && corpus.IsCaps(f["speaker"])
}

// Detect detects no plain text by its content: other plain text is
// read so only with --format plain or --name-pattern, since a record with
// no cue found should be an error, not one long speech.
func Detect(name string, src []byte) int { return 0 }

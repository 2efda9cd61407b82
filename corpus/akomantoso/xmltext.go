package akomantoso

import (
	"bytes"
	"encoding/xml"
	"io"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"parley/corpus"
)

// The XML text helpers below are the ones corpus/tei has (its reference
// cuts) and corpus/hansard repeats; they belong in corpus once a third
// XML reader wants them.

// newEntities returns the entities a file may use without declaring
// them: HTML's (&mdash;, &nbsp;, &pound;), which exports written by hand
// use. The file's own declarations are added as the decoder meets them
// (declareEntities).
func newEntities() map[string]string {
	m := make(map[string]string, len(xml.HTMLEntity)+8)
	for k, v := range xml.HTMLEntity {
		m[k] = v
	}
	return m
}

var entityDecl = regexp.MustCompile(`<!ENTITY\s+([A-Za-z_][\w.\-]*)\s+(?:"([^"]*)"|'([^']*)')`)

// declareEntities adds the general entities a DOCTYPE's internal subset
// declares, their values with
// character references decoded, to ent.
func declareEntities(ent map[string]string, directive []byte) {
	for _, m := range entityDecl.FindAllSubmatch(directive, -1) {
		v := m[2]
		if v == nil {
			v = m[3]
		}
		ent[string(m[1])] = decodeReferences(string(v), ent)
	}
}

// decodeReferences replaces the character and entity references in s by
// what they stand for, leaving any it does not know as written.
func decodeReferences(s string, ent map[string]string) string {
	if !strings.Contains(s, "&") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '&' {
			if j := strings.IndexByte(s[i:], ';'); j > 1 && j < 40 {
				if r, ok := referenceText(s[i+1:i+j], ent); ok {
					b.WriteString(r)
					i += j
					continue
				}
			}
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// referenceText returns what a reference ("amp", "#233", "#xE9",
// "eacute") stands for.
func referenceText(ref string, ent map[string]string) (string, bool) {
	if strings.HasPrefix(ref, "#") {
		var n uint64
		var err error
		if strings.HasPrefix(ref, "#x") || strings.HasPrefix(ref, "#X") {
			n, err = strconv.ParseUint(ref[2:], 16, 32)
		} else {
			n, err = strconv.ParseUint(ref[1:], 10, 32)
		}
		if err != nil || !utf8.ValidRune(rune(n)) {
			return "", false
		}
		return string(rune(n)), true
	}
	if s, ok := map[string]string{"amp": "&", "lt": "<", "gt": ">", "quot": `"`, "apos": "'"}[ref]; ok {
		return s, true
	}
	s, ok := ent[ref]
	return s, ok && s != ""
}

// referenceCuts returns the character and entity references in the span
// s of text. Every one is cut from speech, since a span cannot read
// "&#233;" as "é": one between two letters ("caf&#233;s", "don&#8217;t")
// leaves the word in pieces that touch the cut, which parley's tokenizer
// counts as one word (stages.Tokenize joins them); one outside a word
// ("&mdash;", "&quot;", "&#160;") parts what it stands between.
func referenceCuts(text string, s corpus.Span, ent map[string]string) []corpus.Span {
	var cuts []corpus.Span
	for i := s.Start; i < s.End; i++ {
		if text[i] != '&' {
			continue
		}
		j := strings.IndexByte(text[i:min(s.End, i+41)], ';')
		if j < 0 {
			continue
		}
		if _, ok := referenceText(text[i+1:i+j], ent); ok {
			cuts = append(cuts, corpus.Span{Start: i, End: i + j + 1})
			i += j
		}
	}
	return cuts
}

// run is a stretch of character data that is speech, and the block
// (paragraph) it stands in: runs of one block are read together for
// bracketed notes, which may cross inline markup ("<i>[</i><i>Interruption.</i><i>]</i>").
type run struct {
	span  corpus.Span
	block int
}

// runNotes adds the bracketed insertions ("[Interruption.]") and
// parenthesised stage directions ("(Laughter)") within the runs to b. It
// reads a view of the text in which only the runs stand, the markup
// between two runs of one block is blank and all else is line breaks, so
// that a note may cross inline markup but never leaves its paragraph.
func runNotes(b *corpus.Builder, runs []run) {
	if len(runs) == 0 {
		return
	}
	src := b.Source()
	view := bytes.Repeat([]byte{'\n'}, len(src))
	for i, r := range runs {
		copy(view[r.span.Start:r.span.End], src[r.span.Start:r.span.End])
		if i > 0 && runs[i-1].block == r.block {
			for k := runs[i-1].span.End; k < r.span.Start; k++ {
				view[k] = ' '
			}
		}
	}
	v := string(view)
	notes := corpus.ScanBrackets(v)
	b.AddNotes(notes...)
	masked := corpus.Mask(v, notes)
	for i := 0; i < len(runs); {
		j := i
		for j+1 < len(runs) && runs[j+1].block == runs[i].block {
			j++
		}
		b.StageNotes(masked, corpus.Span{Start: runs[i].span.Start, End: runs[j].span.End})
		i = j + 1
	}
}

// rootElement returns the local name of the first element of head (a
// file's opening bytes), and of the element after it, or "" where head
// does not show one. It reads no further than that, for a detector.
func rootElement(head []byte) (root, first string) {
	head = bytes.TrimPrefix(head, []byte(corpus.ByteOrderMark))
	d := xml.NewDecoder(bytes.NewReader(head))
	d.Strict = false
	d.CharsetReader = func(_ string, r io.Reader) (io.Reader, error) { return r, nil }
	for {
		tok, err := d.RawToken()
		if err != nil {
			return root, ""
		}
		if t, ok := tok.(xml.StartElement); ok {
			if root != "" {
				return root, t.Name.Local
			}
			root = t.Name.Local
		}
	}
}

// attr returns the value of the attribute of local name name.
func attr(t xml.StartElement, name string) string {
	for _, a := range t.Attr {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

var clock = regexp.MustCompile(`^(\d{1,3}):(\d{2})(?::(\d{2}))?$`)

// clockSeconds reads a time of day ("14:01:00", "12:31") as seconds
// after midnight.
func clockSeconds(s string) (float64, bool) {
	m := clock.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return 0, false
	}
	h, _ := strconv.Atoi(m[1])
	mi, _ := strconv.Atoi(m[2])
	sec := 0
	if m[3] != "" {
		sec, _ = strconv.Atoi(m[3])
	}
	if h > 24 || mi > 59 || sec > 59 {
		return 0, false
	}
	return float64(h*3600 + mi*60 + sec), true
}

// fold folds white space to single spaces and trims it.
func fold(s string) string { return strings.Join(strings.Fields(s), " ") }

// office matches the name of a presiding officer's office: "The
// Speaker", "The Deputy Speaker", "Madam Speaker", "The Temporary
// Chairperson", with any parenthesis after it ("The Speaker (Hon.
// Muturi)").
var office = regexp.MustCompile(`(?i)^((?:the|mr\.?|madam|madame|mister)\s+(?:(?:deputy|acting|temporary|assistant|second|first|lord)\s+)*(?:speaker|president|chair|chairman|chairwoman|chairperson)(?:\s+of\s+[^()]+)?)\s*(\([^()]*\))?$`)

// officeName returns the office a name names, without any parenthesis
// after it, or "".
func officeName(name string) string {
	m := office.FindStringSubmatch(fold(name))
	if m == nil {
		return ""
	}
	return strings.TrimSpace(m[1])
}

// roleLabel reports whether a name is an office's label whose titles, once
// the Builder stripped them, would leave a fragment: "The Minister for
// Roads" would be "for Roads", so it is kept whole as an office is.
func roleLabel(name string) bool {
	rest := corpus.StripTitles(name)
	r, _ := utf8.DecodeRuneInString(rest)
	return rest != fold(name) && unicode.IsLower(r)
}

var trailingParen = regexp.MustCompile(`\s*\(([^()]*(?:\([^()]*\)[^()]*)*)\)\s*$`)

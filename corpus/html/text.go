package html

import (
	stdhtml "html"
	"regexp"
	"strings"
	"unicode"

	"parley/corpus"
)

// Elements whose content is never text.
var rawText = corpus.WordSet(`script style template textarea`)

// dropped are the elements that hold a page's apparatus, not its
// transcript: dropped with all they contain.
var dropped = corpus.WordSet(`head nav header footer aside form select button noscript iframe svg object canvas menu dialog figure figcaption picture video audio`)

// blocks are the elements that start and end a paragraph.
var blocks = corpus.WordSet(`p div li ul ol dl dt dd h1 h2 h3 h4 h5 h6 tr table thead tbody tfoot
	section article main blockquote pre hr address center
	caption fieldset details summary body html`)

// voids have no closing tag.
var voids = corpus.WordSet(`br hr img input meta link area base col embed param source track wbr`)

// cueTags set a speaker's name apart: bold, strong, and any element whose
// class names a speaker (see speakerClass).
var cueTags = corpus.WordSet(`b strong`)

// apparatusRe matches the class, id or role of an element that holds a
// page's apparatus: navigation, menus, breadcrumbs, side bars, banners.
var apparatusRe = regexp.MustCompile(`(?i)^(?:nav|navbar|navigation|menu|breadcrumbs?|sidebar|site-header|site-footer|footer|banner|contentinfo|complementary|search|skip-link|cookie-banner|share|social|updated|entry-meta|post-meta|posted-on|entry-footer|cat-links)$`)

// tag is one start or end tag.
type tag struct {
	name  string // lower case
	end   bool   // "</p>"
	self  bool   // "<br/>"
	attrs string // the attributes as written
}

// attr returns the value of the attribute key in attrs, or "".
func (t tag) attr(key string) string {
	s := t.attrs
	for len(s) > 0 {
		s = strings.TrimLeft(s, " \t\r\n/")
		i := 0
		for i < len(s) && !strings.ContainsRune(" \t\r\n=/>", rune(s[i])) {
			i++
		}
		name := strings.ToLower(s[:i])
		s = strings.TrimLeft(s[i:], " \t\r\n")
		val := ""
		if strings.HasPrefix(s, "=") {
			s = strings.TrimLeft(s[1:], " \t\r\n")
			if len(s) > 0 && (s[0] == '"' || s[0] == '\'') {
				q := s[0]
				j := strings.IndexByte(s[1:], q)
				if j < 0 {
					val, s = s[1:], ""
				} else {
					val, s = s[1:1+j], s[2+j:]
				}
			} else {
				j := 0
				for j < len(s) && !strings.ContainsRune(" \t\r\n>", rune(s[j])) {
					j++
				}
				val, s = s[:j], s[j:]
			}
		}
		if name == key {
			return stdhtml.UnescapeString(val)
		}
		if i == 0 && val == "" {
			if len(s) > 0 {
				s = s[1:]
			}
		}
	}
	return ""
}

// apparatus reports whether an element's class, id or role marks it as
// navigation or the like.
func (t tag) apparatus() bool {
	for _, k := range []string{"role", "id", "class"} {
		for _, v := range strings.Fields(t.attr(k)) {
			if apparatusRe.MatchString(v) {
				return true
			}
		}
	}
	return false
}

// boldRuleRe finds the classes a page's style sheet sets in bold, as
// word processors' exports write them: ".c3{font-weight:700}".
var boldRuleRe = regexp.MustCompile(`\.([A-Za-z_][\w-]*)\s*\{[^{}]*font-weight\s*:\s*(?:bold|bolder|[6-9]00)\b`)

// boldStyleRe finds bold in a style attribute.
var boldStyleRe = regexp.MustCompile(`(?i)font-weight\s*:\s*(?:bold|bolder|[6-9]00)\b`)

// boldStyles returns the classes the page's <style> elements set in bold.
func boldStyles(src string) map[string]bool {
	out := map[string]bool{}
	lower := asciiLower(src[:min(len(src), 256<<10)]) // offsets into lower are offsets into src
	for from := 0; ; {
		k := strings.Index(lower[from:], "<style")
		if k < 0 {
			return out
		}
		start := from + k
		end := strings.Index(lower[start:], "</style")
		if end < 0 {
			end = len(lower) - start
		}
		for _, m := range boldRuleRe.FindAllStringSubmatch(src[start:start+end], -1) {
			out[m[1]] = true
		}
		from = start + end
		if from >= len(lower) {
			return out
		}
	}
}

// bold reports whether an element is a span set in bold by its style or
// by a class the page's style sheet sets in bold.
func (t tag) bold(classes map[string]bool) bool {
	if t.name != "span" && t.name != "font" {
		return false
	}
	if boldStyleRe.MatchString(t.attr("style")) {
		return true
	}
	for _, c := range strings.Fields(t.attr("class")) {
		if classes[c] {
			return true
		}
	}
	return false
}

// endsCell reports whether the element name that opens at src[i:] is
// closed, within 1 KB, just before its table cell is: "<b>ROE</b></td>".
func endsCell(src string, i int, name string) bool {
	window := asciiLower(src[i:min(len(src), i+1024)])
	k := strings.Index(window, "</"+name)
	if k < 0 {
		return false
	}
	rest := window[k+2+len(name):]
	if j := strings.IndexByte(rest, '>'); j >= 0 {
		rest = rest[j+1:]
	}
	return strings.HasPrefix(strings.TrimLeft(rest, " \t\r\n"), "</td")
}

// speakerClass reports whether an element's class marks a speaker's name
// ("speaker", "speaker-name", "transcript__speaker").
func (t tag) speakerClass() bool {
	return strings.Contains(strings.ToLower(t.attr("class")), "speaker")
}

// readTag reads the tag that opens at src[i] == '<'. ok is false for a
// '<' that opens no tag ("a < b"), which is text.
func readTag(src string, i int) (t tag, next int, ok bool) {
	j := i + 1
	if j < len(src) && src[j] == '/' {
		t.end = true
		j++
	}
	k := j
	for k < len(src) && (isAlnum(src[k]) || src[k] == '-' || src[k] == ':') {
		k++
	}
	if k == j || !isAlpha(src[j]) {
		return tag{}, i + 1, false
	}
	t.name = strings.ToLower(src[j:k])
	// The attributes run to the first '>' outside quotes.
	q := byte(0)
	for m := k; m < len(src); m++ {
		c := src[m]
		switch {
		case q != 0:
			if c == q {
				q = 0
			}
		case c == '"' || c == '\'':
			q = c
		case c == '>':
			t.attrs = src[k:m]
			t.self = strings.HasSuffix(t.attrs, "/")
			return t, m + 1, true
		}
	}
	return tag{}, len(src), true // an unclosed tag runs to the end
}

func isAlpha(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
func isAlnum(c byte) bool { return isAlpha(c) || c >= '0' && c <= '9' }

// closeRaw returns the offset just past the end tag "</name" that closes
// a raw text element, or len(src).
func closeRaw(src string, from int, name string) int {
	for i := from; ; {
		k := strings.Index(src[i:], "</")
		if k < 0 {
			return len(src)
		}
		i += k + 2
		if len(src)-i >= len(name) && strings.EqualFold(src[i:i+len(name)], name) {
			end := strings.IndexByte(src[i:], '>')
			if end < 0 {
				return len(src)
			}
			return i + end + 1
		}
	}
}

// Text returns the text of an HTML page, for the text readers:
//
//   - comments, the doctype and processing instructions, scripts, styles
//     and templates are dropped, and so is everything inside head, nav,
//     header, footer, aside, figures and their captions, media, forms,
//     buttons, iframes, SVG, and any element
//     whose role, id or class names navigation, a menu, breadcrumbs, a
//     side bar or a banner; a page that marks its content with one
//     <main> (or one <article>) is read inside it; the page's <title> is
//     kept as the first line;
//   - character references are decoded ("&amp;", "&#8217;", "&nbsp;" as a
//     space);
//   - block elements (p, div, li, h1-h6, tr, blockquote, section...) start
//     and end a paragraph: a blank line between paragraphs; <br> ends a
//     line; table cells are set apart by a space; outside <pre>, runs of
//     white space are one space, and inside it the text stands as written;
//   - a name in b or strong opening a paragraph and ended by a colon or a
//     period inside it or just after it ("<strong>Mr. SMITH:</strong>",
//     "<b>Ann</b>: ..."), or a name alone in an element whose class names
//     a speaker or in a <dt>, is written as that name and a colon on a
//     line of its own, the speech on the lines below; "Q." and "A." (or
//     "Q:", "A:") so set stay inline ("Q. Where were you?"); "Note:",
//     "Source:" and the like in bold make their paragraph a bracketed
//     editorial note.
//
// Malformed markup is read as far as it makes sense: a stray '<' is text,
// an unclosed tag or comment runs to the end. Text never fails.
func Text(src string) string {
	title := Title(src)
	if inner, ok := mainContent(src); ok {
		// A page that marks its content (<main>, or one <article>) holds
		// the transcript there: the rest is the site's (related links,
		// "edited and condensed" notes, sign-up boxes).
		return textOf(inner, title)
	}
	return textOf(src, "")
}

// mainContent returns what the page's one <main> element holds, else what
// its one <article> holds; false if it has neither, or several.
func mainContent(src string) (string, bool) {
	lower := asciiLower(src) // offsets into lower are offsets into src
	for _, name := range []string{"main", "article"} {
		open := "<" + name
		first := indexTag(lower, open, 0)
		if first < 0 || indexTag(lower, open, first+len(open)) >= 0 {
			continue
		}
		start := strings.IndexByte(lower[first:], '>')
		end := strings.LastIndex(lower, "</"+name)
		if start < 0 || end < first+start {
			continue
		}
		return src[first+start+1 : end], true
	}
	return "", false
}

// asciiLower returns s with ASCII letters in lower case, byte for byte
// (strings.ToLower may change a text's length).
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// indexTag returns the offset of the next start tag open ("<main") at or
// after from that is the whole tag name ("<main>", "<main class=..."),
// not a longer one ("<mainframe>"); -1 if none.
func indexTag(lower, open string, from int) int {
	for from < len(lower) {
		k := strings.Index(lower[from:], open)
		if k < 0 {
			return -1
		}
		at := from + k + len(open)
		if at < len(lower) && (lower[at] == '>' || lower[at] == ' ' || lower[at] == '\t' || lower[at] == '\n' || lower[at] == '\r' || lower[at] == '/') {
			return from + k
		}
		from = at
	}
	return -1
}

// textOf is Text over src; title, if not "", is the page's title, from
// outside src.
func textOf(src, pageTitle string) string {
	w := writer{note: -1, head: -1}
	boldClasses := boldStyles(src)
	title := pageTitle
	dropName, dropDepth := "", 0
	cueName, cueDepth, cueStart := "", 0, -1
	byClass := false // the cue element is marked by its class, not bold
	// A table whose first column is headed "Speaker" has the speakers'
	// labels in its first cells; cell counts a row's cells.
	speakerTable, cell, thStart := false, 0, -1
	pre := 0
	for i := 0; i < len(src); {
		c := src[i]
		if c != '<' {
			j := strings.IndexByte(src[i:], '<')
			if j < 0 {
				j = len(src) - i
			}
			if dropDepth == 0 {
				w.text(stdhtml.UnescapeString(src[i:i+j]), pre > 0)
			}
			i += j
			continue
		}
		switch {
		case strings.HasPrefix(src[i:], "<!--"):
			end := strings.Index(src[i+4:], "-->")
			if end < 0 {
				return w.String()
			}
			i += 4 + end + 3
			continue
		case strings.HasPrefix(src[i:], "<!") || strings.HasPrefix(src[i:], "<?"):
			end := strings.IndexByte(src[i:], '>')
			if end < 0 {
				return w.String()
			}
			i += end + 1
			continue
		}
		t, next, ok := readTag(src, i)
		if !ok {
			if dropDepth == 0 {
				w.text("<", pre > 0)
			}
			i = next
			continue
		}
		i = next
		if !t.end && !t.self && (rawText[t.name] || t.name == "title") {
			end := closeRaw(src, i, t.name)
			if t.name == "title" && title == "" {
				body := src[i:end]
				if k := strings.LastIndex(body, "</"); k >= 0 {
					body = body[:k]
				}
				title = cleanTitle(body)
			}
			i = end
			continue
		}
		if dropDepth > 0 {
			if t.name == dropName && !voids[t.name] && !t.self {
				if t.end {
					dropDepth--
				} else {
					dropDepth++
				}
			}
			continue
		}
		if !t.end && !t.self && !voids[t.name] && (dropped[t.name] || t.apparatus()) {
			dropName, dropDepth = t.name, 1
			continue
		}
		switch {
		case cueStart >= 0 && t.name == cueName:
			if !t.end {
				cueDepth++
				break
			}
			if cueDepth--; cueDepth > 0 {
				break
			}
			i = w.cue(cueStart, src, i, byClass)
			cueName, cueStart = "", -1
			if blocks[t.name] || t.name == "td" || t.name == "th" {
				w.glue = w.atParagraph()
			}
		case t.name == "br":
			w.brk(1)
		case t.name == "td" || t.name == "th":
			w.text(" ", false)
			switch {
			case t.name == "th" && !t.end:
				thStart = len(w.buf)
			case t.name == "th" && thStart >= 0:
				// A column headed "Speaker" holds the speakers' labels.
				if speakerColumn[strings.ToLower(strings.TrimSpace(string(w.buf[thStart:])))] && cell == 0 {
					speakerTable = true
				}
				thStart = -1
				cell++
			case t.name == "td" && !t.end:
				cell++
			}
			if !t.end && (t.speakerClass() || t.name == "td" && speakerTable && cell == 1) && cueStart < 0 {
				cueName, cueDepth, cueStart, byClass = t.name, 1, len(w.buf), true
			}
		case t.name == "pre":
			w.brk(2)
			if t.end {
				pre = max(pre-1, 0)
			} else {
				pre++
			}
		case blocks[t.name]:
			if cueStart >= 0 {
				cueName, cueDepth, cueStart = "", 0, -1
			}
			switch {
			case t.name == "tr":
				cell = 0
			case t.name == "table" && t.end:
				speakerTable = false
			}
			if headings[t.name] && t.end && w.head >= 0 {
				w.headEnd = len(bytesTrimRight(w.buf))
			}
			w.brk(2)
			if headings[t.name] && !t.end {
				w.head, w.headEnd, w.headAny = len(w.buf), -1, true
			}
			if !t.end && (t.speakerClass() || t.name == "dt") {
				// <p class="speaker">Mr. SMITH</p>, <dt>SMITH</dt><dd>...:
				// the element is the label.
				cueName, cueDepth, cueStart, byClass = t.name, 1, len(w.buf), true
			}
		case !t.end && cueStart < 0 && (cueTags[t.name] || t.speakerClass() || t.bold(boldClasses)) && w.atParagraph():
			// A name in bold alone in a row's first cell needs no colon:
			// <tr><td><b>Sen. ROE</b></td><td>Hello.</td></tr>.
			alone := cell == 1 && endsCell(src, i, t.name)
			cueName, cueDepth, cueStart, byClass = t.name, 1, len(w.buf), t.speakerClass() || alone
		}
	}
	w.closeNote()
	out := w.String()
	if title != "" && !strings.HasPrefix(out, title) {
		out = title + "\n\n" + out
	}
	return out
}

// writer builds the text: white space folded, paragraph breaks kept.
type writer struct {
	buf []byte
	// cues counts the speakers' labels written.
	cues int
	// head is where a paragraph that may be a heading starts (an h1-h6,
	// or a paragraph that opens with bold that is no label), and headEnd
	// where the heading element ended (-1 while it is open); headAny
	// allows a heading in any case (h1-h6), not only in capitals. -1 for
	// none.
	head, headEnd int
	headAny       bool
	// note is where an editorial paragraph's "[" stands ("Note: ..."), to
	// be closed at the paragraph's end; -1 for none.
	note int
	// glue holds the paragraph after a label written as a block of its
	// own (<p class="speaker">) to its line: the next break is a line's.
	glue bool
}

// atParagraph reports whether nothing has been written since the last
// paragraph or line break.
func (w *writer) atParagraph() bool {
	return len(w.buf) == 0 || w.buf[len(w.buf)-1] == '\n'
}

// text writes s: as it stands inside <pre>, else with white space folded
// and none at a line's start.
func (w *writer) text(s string, pre bool) {
	s = strings.ReplaceAll(s, "\u00a0", " ")
	if strings.TrimSpace(s) != "" {
		w.glue = false
	}
	if pre {
		w.buf = append(w.buf, strings.ReplaceAll(s, "\r\n", "\n")...)
		return
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' {
			if n := len(w.buf); n > 0 && w.buf[n-1] != ' ' && w.buf[n-1] != '\n' {
				w.buf = append(w.buf, ' ')
			}
			continue
		}
		w.buf = append(w.buf, c)
	}
}

// brk ends the line (n = 1) or the paragraph (n = 2): trailing spaces
// dropped, and at least n line breaks at the end, unless nothing has been
// written.
func (w *writer) brk(n int) {
	if w.glue {
		n = 1
	}
	if n == 2 {
		w.closeNote()
		w.heading()
	}
	for len(w.buf) > 0 && (w.buf[len(w.buf)-1] == ' ' || w.buf[len(w.buf)-1] == '\t') {
		w.buf = w.buf[:len(w.buf)-1]
	}
	if len(w.buf) == 0 {
		return
	}
	have := 0
	for k := len(w.buf) - 1; k >= 0 && w.buf[k] == '\n'; k-- {
		have++
	}
	for ; have < n; have++ {
		w.buf = append(w.buf, '\n')
	}
}

// labelRe matches what a cue element may hold: a name of up to six words
// with its colon or period.
var labelRe = regexp.MustCompile(`^([\p{Lu}\[][\p{L}\p{N}.'’\-\[\]_ ]{0,60}?)\s*([:.])$`)

// cue rewrites the cue element's text written from start, with a colon or
// period that follows the element in src at i, as a speaker's label, if
// it is one. It returns where reading src goes on.
func (w *writer) cue(start int, src string, i int, byClass bool) int {
	label := strings.TrimSpace(string(w.buf[start:]))
	if byClass && label != "" && !strings.HasSuffix(label, ":") && !strings.HasSuffix(label, ".") && (i >= len(src) || src[i] != ':' && src[i] != '.') {
		// An element whose class names a speaker needs no colon.
		label += ":"
	}
	j := i
	for j < len(src) && (src[j] == ' ' || src[j] == '\t') {
		j++
	}
	if j < len(src) && (src[j] == ':' || src[j] == '.') && !strings.HasSuffix(label, ":") && !strings.HasSuffix(label, ".") {
		label += src[j : j+1]
		j++
	} else {
		j = i
	}
	m := labelRe.FindStringSubmatch(label)
	if m != nil && m[2] == ":" && editorial[strings.ToLower(strings.Fields(m[1] + " x")[0])] && w.note < 0 {
		w.buf = append(append(w.buf[:start], '['), label+" "...)
		w.note = start
		return j
	}
	if m == nil || !isName(m[1]) {
		if label != "" && w.atLineStart(start) {
			w.head, w.headEnd, w.headAny = start, len(bytesTrimRight(w.buf)), false
		}
		return i
	}
	w.cues++
	name := strings.TrimSpace(m[1])
	w.buf = w.buf[:start]
	if name == "Q" || name == "A" {
		w.buf = append(w.buf, name+m[2]+" "...)
		return j
	}
	w.buf = append(w.buf, name+":"...)
	// A time after the name stays on its line: "Ann Lee: (00:05)".
	if ts := timeRe.FindStringSubmatchIndex(src[j:]); ts != nil {
		w.buf = append(w.buf, " "+src[j+ts[2]:j+ts[3]]...)
		j += ts[3]
	}
	w.buf = append(w.buf, '\n')
	return j
}

// headings are the elements of a heading.
var headings = corpus.WordSet(`h1 h2 h3 h4 h5 h6`)

// speakerColumn are the headings of a table's column of speakers.
var speakerColumn = corpus.WordSet(`speaker speakers name member witness participant who`)

// atLineStart reports whether start is at a paragraph's or line's start.
func (w *writer) atLineStart(start int) bool {
	return start == 0 || w.buf[start-1] == '\n'
}

// heading writes the paragraph that ends here in brackets, as an
// editorial note, if it is a heading inside the transcript: after a
// speaker's label, a paragraph that is all an h1-h6 element, or all bold
// in capitals ("PANEL ONE", "STATEMENT OF DR. HANNAH MOSS"), so that no
// text reader takes it for the speech before it. The headings a court
// transcript's reader reads ("DIRECT EXAMINATION OF JOHN DOE", "BY MR.
// SMITH") stay as they are.
func (w *writer) heading() {
	head, end, any := w.head, w.headEnd, w.headAny
	w.head = -1
	if head < 0 || w.cues == 0 || w.note >= 0 || head > len(w.buf) {
		return
	}
	body := bytesTrimRight(w.buf)
	if end >= 0 && end != len(body) || len(body) <= head {
		return
	}
	t := strings.TrimSpace(string(body[head:]))
	if t == "" || strings.ContainsAny(t, "[]\n") || strings.HasSuffix(t, ":") || len(strings.Fields(t)) > 14 ||
		strings.Contains(t, "EXAMINATION") || strings.HasPrefix(t, "BY ") {
		return
	}
	letters, lower := 0, false
	for _, r := range t {
		if unicode.IsLetter(r) {
			letters++
			lower = lower || unicode.IsLower(r)
		}
	}
	if letters < 4 || lower && !any {
		return
	}
	w.buf = append(append(append(w.buf[:head], '['), t...), ']')
}

// particles may stand in lower case inside a name ("Mr. SMITH of Ohio",
// "Ursula von der Leyen").
var particles = corpus.WordSet(`of de van von der den la le del da di du y`)

// notNames are the words a page sets in bold with a colon that name no
// speaker ("Note:", "Source:").
var notNames = corpus.WordSet(`note notes source sources update updated transcript date time
	location summary abstract warning disclaimer caption editor photo video
	audio tags share contents index agenda present participants attendees
	subject re from to cc published posted by and witnesses members
	panel staff guests absent excused attendance speakers commissioners
	councilmembers`)

// isName reports whether a label is a speaker's name: up to six words,
// each capitalized (or a number, or a particle inside), and not a word of
// the page's apparatus.
func isName(label string) bool {
	f := strings.Fields(label)
	if len(f) == 0 || len(f) > 6 || len(f) == 1 && notNames[strings.ToLower(f[0])] {
		return false
	}
	for k, w := range f {
		r := w[0]
		if r >= 'a' && r <= 'z' && (k == 0 || k == len(f)-1 || !particles[w]) {
			return false
		}
	}
	return true
}

// editorial are the bold labels that open an editor's remark, not a
// speaker's turn ("Note:", "Editor's note:"): the paragraph is written
// in brackets, which the text readers take as an editorial note.
var editorial = corpus.WordSet(`note editor's editor’s source correction update updated disclaimer`)

// closeNote closes the editorial paragraph opened at w.note: one line,
// no brackets inside, and a "]".
func (w *writer) closeNote() {
	if w.note < 0 {
		return
	}
	body := w.buf[w.note+1:]
	out := body[:0]
	for _, c := range body {
		switch c {
		case '\n':
			c = ' '
		case '[', ']':
			continue
		}
		out = append(out, c)
	}
	w.buf = append(w.buf[:w.note+1], bytesTrimRight(out)...)
	w.buf = append(w.buf, ']')
	w.note = -1
}

func bytesTrimRight(b []byte) []byte {
	for len(b) > 0 && b[len(b)-1] == ' ' {
		b = b[:len(b)-1]
	}
	return b
}

// timeRe matches a timestamp just after a cue element: "(00:05)",
// "[00:03:12]", "01:02".
var timeRe = regexp.MustCompile(`^[ \t]*(\(\d{1,2}:\d{2}(?::\d{2})?\)|\[\d{1,2}:\d{2}(?::\d{2})?\]|\d{1,2}:\d{2}(?::\d{2})?)(?:[ \t]|$|<)`)

var blankRuns = regexp.MustCompile(`\n[ \t]*\n(?:[ \t]*\n)+`)

// String returns the text: trailing spaces dropped from each line, no
// more than one blank line in a row, and one line break at the end.
func (w *writer) String() string {
	lines := strings.Split(string(w.buf), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " \t\r")
	}
	s := blankRuns.ReplaceAllString(strings.Join(lines, "\n"), "\n\n")
	s = strings.Trim(s, "\n")
	if s == "" {
		return ""
	}
	return s + "\n"
}

// Title returns the text of a page's <title>, white space folded, or "".
func Title(src string) string {
	lower := asciiLower(src[:min(len(src), 64<<10)]) // offsets into lower are offsets into src
	k := strings.Index(lower, "<title")
	if k < 0 {
		return ""
	}
	open := strings.IndexByte(lower[k:], '>')
	if open < 0 {
		return ""
	}
	from := k + open + 1
	end := strings.Index(lower[from:], "</title")
	if end < 0 {
		return ""
	}
	return cleanTitle(src[from : from+end])
}

// cleanTitle decodes a title and folds its white space, without the
// dashes and bars a site frames it with (" - Title").
func cleanTitle(s string) string {
	return strings.Trim(strings.Join(strings.Fields(stdhtml.UnescapeString(s)), " "), " -–—|:")
}

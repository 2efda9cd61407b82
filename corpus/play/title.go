package play

import (
	"regexp"
	"strings"
)

// headerField matches a field of a Project Gutenberg header ("Title: ...",
// "Author: ...").
var headerField = regexp.MustCompile(`^(Title|Author|Translator|Editor):\s*(\S.*)$`)

// titleOf returns the play's title and its other metadata: the fields of
// a Project Gutenberg header (lines before from, the work's first line),
// else the first line of the front matter (lines[:frontEnd]), unless it is
// a heading.
func titleOf(lines []line, from, frontEnd int) (title string, meta map[string]string) {
	for _, l := range lines[:from] {
		if m := headerField.FindStringSubmatch(l.text); m != nil {
			if meta == nil {
				meta = map[string]string{}
			}
			key := strings.ToLower(m[1])
			if _, seen := meta[key]; !seen {
				meta[key] = strings.Join(strings.Fields(m[2]), " ")
			}
		}
	}
	if t, ok := meta["title"]; ok {
		delete(meta, "title")
		if len(meta) == 0 {
			meta = nil
		}
		return t, meta
	}
	for _, l := range lines[from:frontEnd] {
		if l.blank() {
			continue
		}
		if !isHeading(l.text) && len(strings.Fields(l.text)) <= 12 {
			title = strings.Join(strings.Fields(l.text), " ")
		}
		break
	}
	return title, meta
}

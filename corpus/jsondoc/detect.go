package jsondoc

import (
	"bytes"
	"strings"

	"parley/corpus"
)

// headSize is how much of a .json file Detect reads.
const headSize = 64 << 10

// Detect judges a file by its name's ending and its head, without
// reading it whole. Of a ".json" file it parses the first 64 KiB (a
// value cut off at the end taken as far as it goes) and is sure where an
// array there holds objects that, at least half of them, have a speaker
// and a text (Read's rules 6 and 7), or a speaker and a start time (timed
// speaker segments, whose words may come later in the file); any other
// file that opens as JSON ("{" and a member name, "[" and a value) it
// could read. Of a ".jsonl" or
// ".ndjson" file it reads the first line that is not blank: an object
// with a speaker member and a text member is sure, any other object
// could be; but an object with "text" and "speaker" (or "user") is
// ConvoKit's utterance, which corpus/convokit reads, and is not taken.
// Other endings are not JSON transcripts.
func Detect(name string, src []byte) int {
	switch {
	case jsonLines(name):
		return detectLines(src)
	case !corpus.HasExt(name, ".json"):
		return 0
	}
	head := string(src[:min(len(src), headSize)])
	values, err := parse(head, true)
	if err != nil || len(values) == 0 {
		if opensAsJSON(head) {
			return 1
		}
		return 0
	}
	root := &values[0]
	if len(values) > 1 {
		root = &node{kind: jsonArray, kids: values}
	}
	for _, g := range groups(head, root, keysFor(corpus.Options{})) {
		if g.most(g.prof.both) || g.most(g.prof.speakers) && g.most(g.prof.starts) {
			return 2
		}
	}
	return 1
}

// opensAsJSON reports whether text opens as a JSON object or array
// does: "{" and a member name or "}", or "[" and a value or "]" (not a
// bracketed heading, "[House Hearing]").
func opensAsJSON(text string) bool {
	s := strings.TrimLeft(strings.TrimPrefix(text, corpus.ByteOrderMark), " \t\r\n")
	if s == "" || s[0] != '{' && s[0] != '[' {
		return false
	}
	rest := strings.TrimLeft(s[1:], " \t\r\n")
	if rest == "" {
		return true
	}
	if s[0] == '{' {
		return rest[0] == '"' || rest[0] == '}'
	}
	return strings.IndexByte(`{["]-0123456789tfn`, rest[0]) >= 0
}

// detectLines judges a JSON Lines file by its first line.
func detectLines(src []byte) int {
	line := string(corpus.FirstLine(bytes.TrimPrefix(src, []byte(corpus.ByteOrderMark))))
	m, err := corpus.JSONMembers(line, corpus.Span{Start: 0, End: len(line)})
	if err != nil {
		return 0
	}
	has := func(keys []string) bool {
		for _, k := range keys {
			if _, ok := m[k]; ok {
				return true
			}
		}
		return false
	}
	if has([]string{"text"}) && has([]string{"speaker", "user"}) {
		return 0 // ConvoKit's, for corpus/convokit
	}
	if has(speakerKeys) && (has(textKeys) || has(wordKeys)) {
		return 2
	}
	return 1
}

package html

import (
	"strings"

	"parley/corpus"
)

// Detect is sure (2) of a file named .html, .htm or .xhtml, and of any
// text that opens (after a byte order mark, white space and comments)
// with "<!DOCTYPE html" or "<html", in any case.
func Detect(name string, src []byte) int {
	if corpus.HasExt(name, ".html", ".htm", ".xhtml") {
		return 2
	}
	head := string(src[:min(len(src), 4096)])
	head = strings.TrimPrefix(head, corpus.ByteOrderMark)
	for {
		head = strings.TrimLeft(head, " \t\r\n")
		if !strings.HasPrefix(head, "<!--") {
			break
		}
		end := strings.Index(head, "-->")
		if end < 0 {
			return 0
		}
		head = head[end+3:]
	}
	lower := strings.ToLower(head[:min(len(head), 14)])
	if strings.HasPrefix(lower, "<!doctype html") || strings.HasPrefix(lower, "<html") && (len(lower) == 5 || strings.ContainsAny(lower[5:6], " \t\r\n>")) {
		return 2
	}
	return 0
}

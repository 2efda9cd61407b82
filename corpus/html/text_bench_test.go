package html

import (
	"strings"
	"testing"
)

// BenchmarkText converts a page of 10,000 paragraphs (about 1 MB) with
// scripts among them; the time must grow with the page, not its square.
func BenchmarkText(b *testing.B) {
	var page strings.Builder
	page.WriteString("<!DOCTYPE html><html><head><title>T</title></head><body>")
	for i := 0; i < 10000; i++ {
		page.WriteString("<p><strong>Mr. SMITH:</strong> Thank you, Mr. Chairman &amp; members.</p><script>var x = 1;</script>\n")
	}
	src := page.String()
	b.SetBytes(int64(len(src)))
	for i := 0; i < b.N; i++ {
		if out := Text(src); strings.Count(out, "Mr. SMITH:\n") != 10000 {
			b.Fatalf("%d cues", strings.Count(out, "Mr. SMITH:\n"))
		}
	}
}

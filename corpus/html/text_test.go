package html

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

var update = flag.Bool("update", false, "rewrite golden files")

func TestText(t *testing.T) {
	for _, tc := range []struct{ name, src, want string }{
		{"paragraphs and entities", "<p>Caf&eacute; &amp; bar&nbsp;&#8212; &#x41;&lt;b&gt;</p><p>Two</p>", "Café & bar — A<b>\n\nTwo\n"},
		{"white space folds; br ends a line", "<p>one\n   two\t three<br>four<br/>five</p>", "one two three\nfour\nfive\n"},
		{"scripts, styles, comments, the head", "<html><head><title>T</title><style>p{}</style></head><body><script>var a = '<p>x</p>';</script><!-- <p>hidden</p> --><p>shown</p></body></html>", "T\n\nshown\n"},
		{"nav, header, footer, aside, forms, apparatus classes", "<header><p>site</p></header><nav><ul><li>menu</li></ul></nav><div class=\"sidebar\"><div>in</div>side</div><form><p>search</p></form><p>text</p><aside>more</aside><footer>(c)</footer><div role=\"navigation\">nav</div>", "text\n"},
		{"lists, headings, table rows", "<h1>Title</h1><ul><li>a</li><li>b</li></ul><table><tr><td>x</td><td>y</td></tr><tr><td>z</td></tr></table>", "Title\n\na\n\nb\n\nx y\n\nz\n"},
		{"pre keeps its layout", "<body><pre>    Mr. SMITH. Thank\nyou.\n\n    Mr. JONES. Yes.</pre></body>", "    Mr. SMITH. Thank\nyou.\n\n    Mr. JONES. Yes.\n"},
		{"strong name and colon is a cue on its own line", "<p><strong>Mr. SMITH:</strong> Thank you.</p>", "Mr. SMITH:\nThank you.\n"},
		{"colon after the bold name", "<p><b>Ann Lee</b>: Hello.</p>", "Ann Lee:\nHello.\n"},
		{"period becomes a colon", "<p><b>Mr. SMITH.</b> Thank you.</p>", "Mr. SMITH:\nThank you.\n"},
		{"a time after the name stays on its line", "<p><strong>Kamala Harris:</strong> (00:05)<br>Thank you.</p><p><b>Ann:</b> [01:02:03] Hi.</p>", "Kamala Harris: (00:05)\nThank you.\n\nAnn: [01:02:03]\nHi.\n"},
		{"Q. and A. stay inline", "<p><b>Q.</b> Where?</p><p><b>A:</b> Home.</p>", "Q. Where?\n\nA: Home.\n"},
		{"a class naming a speaker", "<p><span class=\"speaker-name\">Interviewer:</span> Hi.</p>", "Interviewer:\nHi.\n"},
		{"a paragraph or a cell whose class names a speaker needs no colon", "<p class=\"speaker\">Mr. SMITH</p><p>Thank you.</p><table><tr><td class=\"speaker\">Ann</td><td>Hi.</td></tr></table>", "Mr. SMITH:\nThank you.\n\nAnn:\nHi.\n"},
		{"a definition list's terms are labels", "<dl><dt>SMITH</dt><dd>Hello.</dd><dt>JONES</dt><dd>Hi.</dd></dl>", "SMITH:\nHello.\n\nJONES:\nHi.\n"},
		{"bold inside a paragraph is no cue", "<p>He said <b>Smith:</b> no.</p>", "He said Smith: no.\n"},
		{"a bold sentence is no cue", "<p><b>The committee will come to order.</b></p>", "The committee will come to order.\n"},
		{"bold without a colon is no cue", "<p><b>SMITH</b> said so.</p>", "SMITH said so.\n"},
		{"Note: in bold is an editorial note", "<p><b>Note:</b> edited [lightly]<br>for length.</p><p>x</p>", "[Note: edited lightly for length.]\n\nx\n"},
		{"Source: in bold is an editorial note", "<p><strong>Source:</strong> http://example.com</p>", "[Source: http://example.com]\n"},
		{"a stray < is text; a time is text", "<p>a < b at 10:30</p>", "a < b at 10:30\n"},
		{"unclosed comment runs to the end", "<p>a</p><!-- b", "a\n"},
		{"unclosed tag runs to the end", "<p>a</p><p class=\"x", "a\n"},
		{"nested dropped elements", "<nav><nav>a</nav>b</nav><p>c</p>", "c\n"},
		{"nothing", "<html><body></body></html>", ""},
		{"a heading after a label is an editorial note; before the first, it stays", "<h2>PANEL ONE</h2><p><b>Chair ROE:</b> Hi.</p><p><strong>PANEL TWO</strong></p><h3>Statement of Dr. Moss</h3><p><b>Dr. MOSS:</b> Thanks.</p>", "PANEL ONE\n\nChair ROE:\nHi.\n\n[PANEL TWO]\n\n[Statement of Dr. Moss]\n\nDr. MOSS:\nThanks.\n"},
		{"bold in mixed case, bold with more text, and a court's headings are no headings", "<p><b>Mr. SMITH:</b> Hi.</p><p><b>Thank you all.</b></p><p><b>RECESS</b> was called.</p><p><b>CROSS-EXAMINATION</b></p><p><b>BY MS. JONES</b></p>", "Mr. SMITH:\nHi.\n\nThank you all.\n\nRECESS was called.\n\nCROSS-EXAMINATION\n\nBY MS. JONES\n"},
		{"a header's lists in bold are no labels", "<p><strong>Witnesses:</strong> Dr. Moss</p><p><b>Members:</b> Roe</p><p><b>Panel:</b> one</p>", "Witnesses: Dr. Moss\n\nMembers: Roe\n\nPanel: one\n"},
		{"a table whose first column is headed Speaker", "<table><tr><th>Speaker</th><th>Remarks</th></tr><tr><td>Sen. ROE</td><td>Hello.</td></tr><tr><td>Dr. MOSS:</td><td>Hi.</td></tr></table><table><tr><td>Ann</td><td>x</td></tr></table>", "Speaker Remarks\n\nSen. ROE:\nHello.\n\nDr. MOSS:\nHi.\n\nAnn x\n"},
		{"a name in bold alone in a row's first cell", "<table><tr><td><b>Sen. ROE</b></td><td>Hello.</td></tr><tr><td><strong>Dr. MOSS</strong> </td><td>Hi.</td></tr><tr><td><b>SMITH</b> said</td><td>x</td></tr></table>", "Sen. ROE:\nHello.\n\nDr. MOSS:\nHi.\n\nSMITH said x\n"},
		{"a span in bold by its style or by a class the style sheet sets in bold", "<html><head><style>.c3{font-weight:700}.c0{color:red}</style></head><body><p class=\"c1\"><span class=\"c3\">Rep. AL-HAKIM:</span><span class=\"c0\"> Thank you.</span></p><p><span style=\"font-weight: bold\">Chair ROE:</span> Go on.</p><p><span class=\"c0\">Ann:</span> no.</p></body></html>", "Rep. AL-HAKIM:\nThank you.\n\nChair ROE:\nGo on.\n\nAnn: no.\n"},
		{"a table whose second column is headed Speaker has no labels", "<table><tr><th>Time</th><th>Speaker</th></tr><tr><td>10:30</td><td>Roe</td></tr></table>", "Time Speaker\n\n10:30 Roe\n"},
	} {
		if got := Text(tc.src); got != tc.want {
			t.Errorf("%s:\n got %q\nwant %q", tc.name, got, tc.want)
		}
	}
}

func TestTitle(t *testing.T) {
	if got := Title("<html><head><TITLE>A &amp;\n B</TITLE></head>"); got != "A & B" {
		t.Errorf("Title = %q", got)
	}
	if got := Title("<p>no title</p>"); got != "" {
		t.Errorf("Title = %q", got)
	}
}

func TestDetect(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		want      int
	}{
		{"page.html", "anything", 2},
		{"page.HTM", "anything", 2},
		{"page.xhtml", "anything", 2},
		{"saved.txt", "\ufeff  <!DOCTYPE html>\n<html>", 2},
		{"saved.txt", "<!-- saved from url -->\n<HTML lang=en>", 2},
		{"saved", "<html>", 2},
		{"notes.txt", "The <html> element opens a page.", 0},
		{"notes.txt", "<htmlx>", 0},
		{"play.xml", "<TEI><text/></TEI>", 0},
		{"record.txt", "Comrade STALIN says that x.", 0},
	} {
		if got := Detect(tc.name, []byte(tc.src)); got != tc.want {
			t.Errorf("Detect(%s, %q) = %d, want %d", tc.name, tc.src, got, tc.want)
		}
	}
}

// TestGolden checks the text of the saved pages in testdata.
func TestGolden(t *testing.T) {
	for _, f := range []string{"hearing-page.html", "interview-page.html", "gpo-pre-page.htm", "statehouse-committee.html", "council-meeting.html", "commission-hearing.html", "subcommittee-table.html"} {
		src, err := os.ReadFile(filepath.Join("testdata", f))
		if err != nil {
			t.Fatal(err)
		}
		got := Text(string(src))
		golden := filepath.Join("testdata", strings.TrimSuffix(f, filepath.Ext(f))+".text.golden")
		if *update {
			if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatalf("%v (run go test ./corpus/html -update to create it)", err)
		}
		if got != string(want) {
			t.Errorf("%s: text differs from %s; run with -update and review the diff", f, golden)
		}
	}
}

// FuzzText feeds Text arbitrary input: it must not panic, and text that
// is valid UTF-8 gives valid UTF-8.
func FuzzText(f *testing.F) {
	for _, s := range []string{
		"<p><strong>Mr. SMITH:</strong> x</p>",
		"<p><b>Note:</b> [a<br>b]</p>",
		"<pre>x</pre></pre><pre>",
		"<nav><nav></nav>",
		"<b><b>Q.</b></b>: y",
		"<!--", "<!", "<", "</", "<a href='>", "&#xFFFFFF; &#0; &bogus;",
		"<p><span class=speaker>A</span>.</p><title>x",
		"<p><b>A:</b> x</p><h2>PANEL</h2><p><b>HEAD</b></p><b>NOTE</b>",
		"<table><tr><th>Speaker</th><td>x</td></tr><tr><td>Ann</td><td>y</td></tr></table><td>z",
	} {
		f.Add(s)
	}
	if src, err := os.ReadFile("testdata/hearing-page.html"); err == nil {
		f.Add(string(src))
	}
	f.Fuzz(func(t *testing.T, src string) {
		out := Text(src)
		if utf8.ValidString(src) && !utf8.ValidString(out) {
			t.Fatalf("invalid UTF-8 out of valid input: %q", out)
		}
		Title(src)
		Detect("f.txt", []byte(src))
	})
}

func TestTextMainContent(t *testing.T) {
	page := `<html><head><title>Interview</title></head><body><div class="top">Sign up for our newsletter</div>` +
		`<main><p><b>Interviewer:</b> How did it start?</p><p><b>Ana:</b> With a letter.</p></main>` +
		`<div><p>This interview has been edited and condensed.</p><p>More interviews</p></div></body></html>`
	got := Text(page)
	if !strings.Contains(got, "Interview") || !strings.Contains(got, "With a letter.") || strings.Contains(got, "condensed") || strings.Contains(got, "newsletter") {
		t.Errorf("Text kept the page around <main>:\n%s", got)
	}
	figure := `<p><b>Ann:</b> Yes.</p><figure><img src="a.jpg"><figcaption>Ann at the loom. Photo: K. W.</figcaption></figure><p><b>Ben:</b> No.</p>`
	if got := Text(figure); strings.Contains(got, "loom") {
		t.Errorf("a figure's caption is speech: %q", got)
	}
	two := `<html><body><article><p>One.</p></article><article><p>Two.</p></article></body></html>`
	if got := Text(two); !strings.Contains(got, "One.") || !strings.Contains(got, "Two.") {
		t.Errorf("two articles: %q", got)
	}
}

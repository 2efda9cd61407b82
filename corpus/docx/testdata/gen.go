//go:build ignore

// gen writes the sample Word and OpenDocument files of this folder, so
// that a reviewer can see how they were made and make them again:
//
//	cd corpus/docx/testdata && go run gen.go
//
// The interviews are made up for the tests. Each file is laid out as the
// word processors lay such a file out: oral-history.docx with bold
// "Interviewer:" labels (one by the Strong style), a footnote, tracked
// changes, a header and a footer; focus-group.docx as a table of time,
// speaker and speech with a heading row; radio-interview.odt with the
// speakers' names in bold (an automatic text style) and no colon.
package main

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"log"
	"os"
	"strings"
	"time"
)

func main() {
	write("oral-history.docx", oralHistory())
	write("focus-group.docx", focusGroup())
	write("radio-interview.odt", radioInterview())
}

// entry is one file of a zip.
type entry struct{ name, body string }

// write zips the entries, deflated, with a fixed time so that the files
// come out the same each time.
func write(name string, entries []entry) {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, e := range entries {
		method := zip.Deflate
		if e.name == "mimetype" {
			method = zip.Store // OpenDocument's first entry, stored
		}
		w, err := zw.CreateHeader(&zip.FileHeader{Name: e.name, Method: method, Modified: time.Date(2024, 5, 1, 12, 0, 0, 0, time.UTC)})
		if err != nil {
			log.Fatal(err)
		}
		if _, err := w.Write([]byte(e.body)); err != nil {
			log.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(name, buf.Bytes(), 0o644); err != nil {
		log.Fatal(err)
	}
}

func esc(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(s))
	return b.String()
}

const wNS = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`

// Word's runs and paragraphs.
func r(s string) string { return `<w:r><w:t xml:space="preserve">` + esc(s) + `</w:t></w:r>` }
func rb(s string) string {
	return `<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">` + esc(s) + `</w:t></w:r>`
}
func p(runs ...string) string {
	return `<w:p><w:pPr><w:spacing w:after="120"/><w:rPr><w:b/></w:rPr></w:pPr>` + strings.Join(runs, "") + `</w:p>`
}
func ps(style string, runs ...string) string {
	return `<w:p><w:pPr><w:pStyle w:val="` + style + `"/></w:pPr>` + strings.Join(runs, "") + `</w:p>`
}

func docx(body, footnotes, title string, extra ...entry) []entry {
	overrides := `<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>` +
		`<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>` +
		`<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>`
	rels := `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>`
	if footnotes != "" {
		overrides += `<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>`
		rels += `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>`
	}
	sectRefs := ""
	for i, e := range extra {
		kind := strings.TrimSuffix(strings.TrimPrefix(e.name, "word/"), "1.xml")
		overrides += `<Override PartName="/` + e.name + `" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.` + kind + `+xml"/>`
		rels += `<Relationship Id="rId` + string(rune('3'+i)) + `" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/` + kind + `" Target="` + strings.TrimPrefix(e.name, "word/") + `"/>`
		sectRefs += `<w:` + kind + `Reference w:type="default" r:id="rId` + string(rune('3'+i)) + `"/>`
	}
	out := []entry{
		{"[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
			`<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` + overrides + `</Types>`},
		{"_rels/.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
			`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`},
		{"docProps/core.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
			`<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>` + esc(title) + `</dc:title><dc:creator>parley tests</dc:creator></cp:coreProperties>`},
		{"word/_rels/document.xml.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
			`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` + rels + `</Relationships>`},
		{"word/document.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
			`<w:document ` + wNS + `><w:body>` + body + `<w:sectPr>` + sectRefs + `<w:pgSz w:w="12240" w:h="15840"/></w:sectPr></w:body></w:document>`},
		{"word/styles.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
			`<w:styles ` + wNS + `><w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="22"/></w:rPr></w:rPrDefault></w:docDefaults>` +
			`<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>` +
			`<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>` +
			`<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:rPr><w:b/></w:rPr></w:style>` +
			`<w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/><w:rPr><w:b/><w:bCs/></w:rPr></w:style>` +
			`<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>` +
			`</w:styles>`},
	}
	if footnotes != "" {
		out = append(out, entry{"word/footnotes.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
			`<w:footnotes ` + wNS + `><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>` + footnotes + `</w:footnotes>`})
	}
	return append(out, extra...)
}

func oralHistory() []entry {
	fnRef := `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="1"/></w:r>`
	body := ps("Title", r("Oral History Interview: Rosa Delgado")) +
		p(r("Recorded 12 March 2019 at the Watsonville Public Library, California. Transcribed by J. Ortiz and checked by the narrator.")) +
		p() +
		p(rb("Interviewer:"), r(" Thank you for sitting down with me today. Could you start by telling me where you were born?")) +
		p(rb("Delgado:"), r(" I was born in 1948, in Jalisco, in a little town called Tecolotlán. We came up to Watsonville when I was six, in the summer of ’54.")) +
		p(rb("Interviewer:"), r(" And what brought your family here?")) +
		p(rb("Delgado:"), r(" Work. My father had a cousin at the cannery"), fnRef, r(", and the cousin wrote that they were hiring for the frozen-food line. "), r("[laughs]"), r(" He always said the letter was the best thing that ever came in the mail.")) +
		p(r("We lived in two rooms behind the cousin’s house the first year. My mother took in sewing.")) +
		p(`<w:r><w:rPr><w:rStyle w:val="Strong"/></w:rPr><w:t>Interviewer:</w:t></w:r>`, r(" When did you start working at the cannery yourself?")) +
		p(rb("Delgado:"), r(" I was sixteen. "), `<w:del w:id="7" w:author="J. Ortiz"><w:r><w:delText>Maybe fifteen. </w:delText></w:r></w:del>`, r("They didn’t ask too many questions then. I worked the sorting belt, nights, and went to school in the day.")) +
		p(rb("Interviewer:"), r(" Tell me about the strike.")) +
		p(rb("Delgado:"), r(" That was 1985. They cut our wages from $6.66 to $4.25 an hour, and we walked out. "), `<w:ins w:id="8" w:author="J. Ortiz"><w:r><w:t xml:space="preserve">Almost a thousand of us. </w:t></w:r></w:ins>`, r("Eighteen months. Nobody crossed the line—not one of the women I worked with.")) +
		p(r("People remember the men from the union, but it was the women who held it.")) +
		p(rb("Interviewer:"), r(" What do you remember most from those eighteen months?")) +
		p(rb("Delgado:"), r(" The cold, in the mornings on the line. And the songs."), `<w:r><w:br/></w:r>`, r("We had one that went, “No nos moverán.” We sang it every day.")) +
		p(rb("Interviewer:"), r(" Thank you, Rosa.")) +
		p(rb("Delgado:"), r(" Thank you for asking.")) +
		p() +
		p(r("[End of interview]"))
	footnotes := `<w:footnote w:id="1"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> Richard A. Shaw Frozen Foods, later closed in 1990.</w:t></w:r></w:p></w:footnote>`
	header := entry{"word/header1.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
		`<w:hdr ` + wNS + `><w:p><w:r><w:t>Cannery Workers Oral History Project</w:t></w:r></w:p></w:hdr>`}
	footer := entry{"word/footer1.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
		`<w:ftr ` + wNS + `><w:p><w:r><w:t xml:space="preserve">Page </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:ftr>`}
	return docx(body, footnotes, "Oral History Interview: Rosa Delgado", header, footer)
}

// Word's table cells.
func tc(width string, paras ...string) string {
	return `<w:tc><w:tcPr><w:tcW w:w="` + width + `" w:type="dxa"/></w:tcPr>` + strings.Join(paras, "") + `</w:tc>`
}
func tr(time, speaker string, speech ...string) string {
	var ps []string
	for _, s := range speech {
		ps = append(ps, p(r(s)))
	}
	return `<w:tr>` + tc("1200", p(r(time))) + tc("1600", p(r(speaker))) + tc("6560", ps...) + `</w:tr>`
}

func focusGroup() []entry {
	rows := `<w:tr><w:trPr><w:tblHeader/></w:trPr>` + tc("1200", p(rb("Time"))) + tc("1600", p(rb("Speaker"))) + tc("6560", p(rb("Transcript"))) + `</w:tr>` +
		tr("00:00:04", "Moderator", "Okay, we’re recording. Welcome, everyone, and thanks for coming out on a Tuesday night. Let’s go around and say what bus routes you take.") +
		tr("00:00:19", "P1", "I take the 22 most days, sometimes the 6 when it’s raining.") +
		tr("00:00:27", "P2", "The 41. Every day, both ways.") +
		tr("00:00:31", "P3", "Mostly I drive, honestly. But the 22 on weekends.") +
		tr("00:00:40", "Moderator", "And what’s the one thing you’d change about the service?") +
		tr("00:00:46", "P2", "The 41 after nine at night. It’s every forty minutes, and it doesn’t come on time.", "Last week I waited fifty-five minutes at Grand and 3rd.") +
		tr("", "", "[inaudible] and that was in the cold.") +
		tr("00:01:12", "P1", "Same for the 22. And the shelters—half of them don’t have a roof.") +
		tr("00:01:20", "P3", "I’d want to know when it’s coming. The app says four minutes, then it says twelve.") +
		tr("00:01:31", "Moderator", "So frequency at night, shelters, and real-time information. Does that sound right?") +
		tr("00:01:37", "P2", "Yes.") +
		tr("00:01:38", "P1", "Yeah, that’s it.")
	body := ps("Heading1", r("Focus group 3: transit riders, Eastside")) +
		p(r("Session of 14 November 2023. Participants are identified by number; the moderator is from the city’s transit office.")) +
		`<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="9360" w:type="dxa"/></w:tblPr><w:tblGrid><w:gridCol w:w="1200"/><w:gridCol w:w="1600"/><w:gridCol w:w="6560"/></w:tblGrid>` + rows + `</w:tbl>` +
		p(r("End of transcript."))
	return docx(body, "", "Focus group 3 transcript")
}

const odfNS = `xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3"`

// OpenDocument's paragraphs: a speaker's name in the bold style T1, then
// the speech.
func said(name, speech string) string {
	return `<text:p text:style-name="P1"><text:span text:style-name="T1">` + esc(name) + `</text:span> ` + speech + `</text:p>`
}

func radioInterview() []entry {
	body := `<text:h text:style-name="P2" text:outline-level="1">Morning Edition, 4 June 2021: the new ferry line</text:h>` +
		`<text:p text:style-name="P1">Broadcast on Radio Nord. Guest: Ana Petrović, harbour engineer.</text:p>` +
		`<text:p text:style-name="P1"/>` +
		said("Jonas Berg", "Good morning. The first ferry on the new line to Holmen leaves today at ten. With me is the engineer who built the landing, Ana Petrović. Good morning.") +
		said("Ana Petrović", "Good morning, Jonas. Yes, we finished the pier on Friday, <text:s/>just in time.") +
		said("Jonas Berg", "How long did it take?") +
		said("Ana Petrović", `Two years from the first drawings.<text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p text:style-name="Footnote">The council approved the plans in May 2019.</text:p></text:note-body></text:note> The hard part was the winter. We lost almost three months to ice.`) +
		`<text:p text:style-name="P1">The water here freezes from the shore out,<text:line-break/>and you can’t pour concrete into that.</text:p>` +
		said("Jonas Berg", "People in Holmen have waited a long time for this.") +
		said("Ana Petrović", `They have. Before, it was the bus around the fjord, <text:span text:style-name="T2">ninety minutes</text:span>. Now it’s twenty.`) +
		said("Jonas Berg", "Will it run in winter?") +
		said("Ana Petrović", "That’s the plan. The hull is ice-class, and the pier has heating in the deck.<text:tracked-changes/>") +
		said("Jonas Berg", "Ana Petrović, thank you.") +
		said("Ana Petrović", "Thank you.") +
		`<text:p text:style-name="P1"><text:span text:style-name="T3">Transcript prepared by the newsroom.</text:span></text:p>`
	content := `<?xml version="1.0" encoding="UTF-8"?>` + "\n" +
		`<office:document-content ` + odfNS + `><office:automatic-styles>` +
		`<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Standard"/>` +
		`<style:style style:name="P2" style:family="paragraph" style:parent-style-name="Heading_20_1"><style:text-properties fo:font-size="16pt"/></style:style>` +
		`<style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>` +
		`<style:style style:name="T2" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>` +
		`<style:style style:name="T3" style:family="text"><style:text-properties fo:font-size="9pt"/></style:style>` +
		`</office:automatic-styles><office:body><office:text><text:sequence-decls><text:sequence-decl text:display-outline-level="0" text:name="Illustration"/></text:sequence-decls>` +
		body + `</office:text></office:body></office:document-content>`
	styles := `<?xml version="1.0" encoding="UTF-8"?>` + "\n" +
		`<office:document-styles ` + odfNS + `><office:styles>` +
		`<style:style style:name="Standard" style:family="paragraph"/>` +
		`<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-weight="bold"/></style:style>` +
		`<style:style style:name="Footnote" style:family="paragraph" style:parent-style-name="Standard"/>` +
		`</office:styles><office:master-styles><style:master-page style:name="Standard"><style:header><text:p>Radio Nord transcripts</text:p></style:header></style:master-page></office:master-styles></office:document-styles>`
	meta := `<?xml version="1.0" encoding="UTF-8"?>` + "\n" +
		`<office:document-meta ` + odfNS + `><office:meta><dc:title>Morning Edition: the new ferry line</dc:title></office:meta></office:document-meta>`
	manifest := `<?xml version="1.0" encoding="UTF-8"?>` + "\n" +
		`<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/><manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/><manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/></manifest:manifest>`
	return []entry{
		{"mimetype", "application/vnd.oasis.opendocument.text"},
		{"content.xml", content},
		{"styles.xml", styles},
		{"meta.xml", meta},
		{"META-INF/manifest.xml", manifest},
	}
}

package docx_test

import (
	"archive/zip"
	"bytes"
	"fmt"

	"parley/corpus/docx"
)

// A Word file whose speakers' names are set in bold without a colon: Text
// writes them as the cues a text reader takes, "Name: text".
func ExampleText() {
	const body = `<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Interviewer</w:t></w:r><w:r><w:t xml:space="preserve"> Where did you grow up?</w:t></w:r></w:p>` +
		`<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Ann Lee</w:t></w:r><w:r><w:t xml:space="preserve"> In Leeds. </w:t></w:r><w:del><w:r><w:delText>In York.</w:delText></w:r></w:del></w:p>` +
		`<w:p/>` +
		`<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Interviewer</w:t></w:r><w:r><w:t xml:space="preserve"> And then?</w:t></w:r></w:p>` +
		`<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Ann Lee</w:t></w:r><w:r><w:tab/><w:t>London.</w:t></w:r></w:p>`
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, _ := zw.Create("word/document.xml")
	w.Write([]byte(`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` + body + `</w:body></w:document>`))
	zw.Close()

	text, err := docx.Text("interview.docx", buf.Bytes())
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Print(text)
	// Output:
	// Interviewer: Where did you grow up?
	// Ann Lee: In Leeds.
	//
	// Interviewer: And then?
	// Ann Lee: London.
}

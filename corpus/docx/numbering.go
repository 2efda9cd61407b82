package docx

import (
	"encoding/xml"
	"strings"
	"unicode"
)

// listLevel is one level of a list in numbering.xml: the text Word writes
// before each of its paragraphs, and whether that text is bold.
type listLevel struct {
	text   string // w:lvlText, "%1." for a counter, "Q." for a fixed label
	format string // w:numFmt: "decimal", "bullet", "none"...
	bold   bool
}

// numbering is numbering.xml: each list (w:num) by its ID, the abstract
// list it instances, and the abstract lists' levels by "abstractID/ilvl".
type numbering struct {
	nums   map[string]string
	levels map[string]listLevel
}

// label returns the fixed label a list level puts before a paragraph, and
// whether it is bold: its level text where that is no counter (no "%n")
// and no bullet but words, as a deposition typed with list styles has
// "Q." and "A." for its cues; "" otherwise.
func (n *numbering) label(numID, ilvl string) (string, bool) {
	if n == nil || numID == "" || numID == "0" {
		return "", false
	}
	if ilvl == "" {
		ilvl = "0"
	}
	lvl, ok := n.levels[n.nums[numID]+"/"+ilvl]
	text := strings.TrimSpace(lvl.text)
	if !ok || lvl.format == "bullet" || strings.Contains(text, "%") || strings.IndexFunc(text, unicode.IsLetter) < 0 {
		return "", false
	}
	return text, lvl.bold
}

// readNumbering reads numbering.xml.
func readNumbering(file, part string, data []byte) (*numbering, error) {
	n := &numbering{nums: map[string]string{}, levels: map[string]listLevel{}}
	var abstract, num, key string
	var cur listLevel
	inLvl, rPr := false, false
	err := decodeXML(file, part, data, func(tok xml.Token) {
		switch t := tok.(type) {
		case xml.StartElement:
			if !isWord(t.Name) {
				return
			}
			switch t.Name.Local {
			case "abstractNum":
				abstract = attr(t, "abstractNumId")
			case "num":
				num = attr(t, "numId")
			case "abstractNumId":
				if _, dup := n.nums[num]; num != "" && !dup {
					n.nums[num] = attr(t, "val")
				}
			case "lvl":
				// A level inside a w:num's override is not the abstract
				// list's.
				if num == "" {
					inLvl, key, cur = true, abstract+"/"+attr(t, "ilvl"), listLevel{}
				}
			case "numFmt":
				if inLvl {
					cur.format = attr(t, "val")
				}
			case "lvlText":
				if inLvl {
					cur.text = attr(t, "val")
				}
			case "rPr":
				rPr = inLvl
			case "b":
				if rPr {
					cur.bold = onOff(t)
				}
			}
		case xml.EndElement:
			if !isWord(t.Name) {
				return
			}
			switch t.Name.Local {
			case "lvl":
				if inLvl {
					if _, dup := n.levels[key]; !dup {
						n.levels[key] = cur
					}
				}
				inLvl = false
			case "rPr":
				rPr = false
			case "num":
				num = ""
			case "abstractNum":
				abstract = ""
			}
		}
	})
	return n, err
}

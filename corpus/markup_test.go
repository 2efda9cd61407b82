package corpus

import (
	"encoding/xml"
	"io"
	"strings"
	"testing"
)

// markupUtterances reads each <sp> of src as an utterance whose runs are
// the character data of its <p> paragraphs, as a reader of marked-up
// debates finds them.
func markupUtterances(t *testing.T, src string, ent XMLEntities) []MarkupUtterance {
	t.Helper()
	sc := NewXMLEntityScanner(src, ent)
	var utts []MarkupUtterance
	block, inP := 0, false
	for {
		tok, raw, err := sc.Next()
		if err == io.EOF {
			return utts
		}
		if err != nil {
			t.Fatal(err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			switch tok.Name.Local {
			case "sp":
				utts = append(utts, MarkupUtterance{Utterance: Utterance{Cue: raw, Text: raw}})
			case "p":
				inP = true
				block++
			}
		case xml.EndElement:
			switch {
			case strings.HasPrefix(raw.In(src), "</sp"):
				utts[len(utts)-1].Utterance.Text.End = raw.End
			case strings.HasPrefix(raw.In(src), "</p"):
				inP = false
				block++
			}
		case xml.CharData:
			if inP {
				u := &utts[len(utts)-1]
				u.Runs = append(u.Runs, Run{Span: XMLCharData(src, raw), Block: block})
			}
		}
	}
}

func TestMarkupSpeech(t *testing.T) {
	src := "<!DOCTYPE d [<!ENTITY party \"Labour\">]><d><h>Front</h>\n" +
		"<sp><p>Hello <i>[</i><i>Interruption.</i><i>]</i> caf&#233;s (Laughter) there.</p><p>(Aside</p><p>ends) <![CDATA[R&D]]></p></sp>\n" +
		"<sp><p>Yes&mdash;no &party;</p></sp>\n" +
		"<sp><p> &#8212; </p></sp>\n" +
		"</d>"
	ent := NewXMLEntities()
	utts := markupUtterances(t, src, ent)
	b := NewBuilder("t.xml", "test", src)
	reach := b.MarkupSpeech(utts, ent)

	var speech []string
	for _, u := range utts {
		var pieces []string
		for _, s := range u.Utterance.Speech {
			pieces = append(pieces, s.In(src))
		}
		speech = append(speech, strings.Join(pieces, "|"))
	}
	want := []string{"Hello|caf|s|there.|(Aside|ends)|R&D", "Yes|no", ""}
	if strings.Join(speech, "\n") != strings.Join(want, "\n") {
		t.Errorf("speech\n%s\nwant\n%s", strings.Join(speech, "\n"), strings.Join(want, "\n"))
	}

	// A note crosses inline markup, never a paragraph's end.
	for i, u := range utts {
		b.Add(string(rune('A'+i)), u.Utterance, reach[i])
	}
	d, err := b.Document("none")
	if err != nil {
		t.Fatal(err)
	}
	var notes []string
	for _, n := range d.Notes {
		notes = append(notes, string(n.Kind)+" "+n.Anchor.In(src))
	}
	if w := "editorial [</i><i>Interruption.</i><i>] stage (Laughter)"; strings.Join(notes, " ") != w {
		t.Errorf("notes %q, want %q", strings.Join(notes, " "), w)
	}

	// Front and back matter stand around the utterances with words.
	if got := d.Front.In(src); !strings.HasSuffix(got, "<d><h>Front</h>") {
		t.Errorf("front %q", got)
	}
	if got, w := d.Back.Start, utts[1].Utterance.Text.End+1; got != w {
		t.Errorf("back starts at %d, want %d", got, w)
	}
	// Each utterance reaches to the next one's start.
	for i, r := range reach {
		want := utts[i].Utterance.Text
		if i+1 < len(utts) {
			want.End = utts[i+1].Utterance.Text.Start
		}
		if r != want {
			t.Errorf("reach %d: %v, want %v", i, r, want)
		}
	}
}

func TestMarkupSpeechWithoutWords(t *testing.T) {
	src := "<d><sp><p> &#160; </p></sp></d>"
	b := NewBuilder("t.xml", "test", src)
	utts := markupUtterances(t, src, NewXMLEntities())
	if reach := b.MarkupSpeech(utts, NewXMLEntities()); len(reach) != 1 || reach[0] != utts[0].Utterance.Text {
		t.Errorf("reach %v", reach)
	}
	if _, err := b.Document("no speech"); err == nil {
		t.Error("a document without words")
	}
	if b.doc.Front != (Span{}) || b.doc.Back != (Span{}) {
		t.Errorf("matter set: %v %v", b.doc.Front, b.doc.Back)
	}
}

func TestGrowText(t *testing.T) {
	text := "<n> one <x/>  <i>two\n</i></n>"
	at := func(s string) Span {
		k := strings.Index(text, s)
		return Span{Start: k, End: k + len(s)}
	}
	body := Span{Start: -1, End: -1}
	for _, piece := range []Span{at(" one "), at("  "), at("two\n")} {
		body = GrowText(text, body, piece)
	}
	if got := body.In(text); got != "one <x/>  <i>two" {
		t.Errorf("body %q", got)
	}
	if got := GrowText(text, Span{Start: -1, End: -1}, at("  ")); got.Start >= 0 {
		t.Errorf("white space grew the body: %v", got)
	}
}

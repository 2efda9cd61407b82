package play

import (
	"regexp"
	"strings"
)

var (
	// actHeading matches the headings of acts and scenes and the other
	// divisions of a printed play, upper-cased: "ACT I", "ACT II. SCENE
	// 2.", "SCENE: A DRAWING-ROOM" (ACT and SCENE take a number or
	// punctuation after them: "ACT NOW" is none), and, as the whole line,
	// "THE FIRST ACT", "END OF THE FIRST ACT.", "THE END.", "CURTAIN.".
	actHeading = regexp.MustCompile(`^(?:(?:ACT|SCENE|ACTUS|SCENA|TABLEAU)(?:\s+(?:[IVXLC]+|\d+|ONE|TWO|THREE|FOUR|FIVE|SIX|SEVEN|EIGHT|NINE|TEN|FIRST|SECOND|THIRD|FOURTH|FIFTH|LAST|PRIMUS|SECUNDUS|TERTIUS|QUARTUS|QUINTUS|PRIMA|SECUNDA|TERTIA)\b|\s*[.:—–-]|$)|(?:THE\s+)?(?:FIRST|SECOND|THIRD|FOURTH|FIFTH|SIXTH|SEVENTH|LAST|FINAL)\s+(?:ACT|SCENE)[.:]?$|END\s+OF\s+(?:THE\s+)?(?:PLAY|(?:ACT|SCENE)(?:\s+[IVXLC\d]+)?|[A-Z]+\s+(?:ACT|SCENE))[.!]?$|(?:(?:THE\s+)?END|(?:QUICK\s+|SLOW\s+|THE\s+)?CURTAIN|FINIS|INTERMISSION|INTERVAL)[.!]?$)`)
	// bookHeading matches the headings of a book's apparatus around a
	// play, which stand alone on a line as a cue does.
	bookHeading = regexp.MustCompile(`^(?:CONTENTS|PREFACE|INTRODUCTION|FOREWORD|NOTES?|APPENDIX|FOOTNOTES|ERRATA|TRANSCRIBER'?S NOTES?|DRAMATIS PERSONAE|PERSONS? OF THE PLAY|CHARACTERS|CAST|THE PERSONS|PERSONS REPRESENTED|PROLOGUE|EPILOGUE|INDUCTION)[.:]?$`)
)

// isHeading reports whether a line is a heading of the play or the book,
// never a cue. Emphasis marks and brackets around it are ignored.
func isHeading(t string) bool {
	if !headingWords[firstWord(t)] {
		return false // most lines: no regexp
	}
	t = plainUpper(t)
	return len(strings.Fields(t)) <= 15 && (actHeading.MatchString(t) || bookHeading.MatchString(t) || personaeHeading.MatchString(t))
}

// isEnd reports whether a heading ends the play ("THE END.", "FINIS",
// "CURTAIN").
func isEnd(t string) bool {
	t = strings.ToUpper(strings.Join(strings.Fields(strings.Trim(t, "_*[]=#.! ")), " "))
	return t == "THE END" || t == "END" || t == "FINIS" || t == "END OF THE PLAY" || t == "CURTAIN" || t == "THE CURTAIN"
}

// headingWords are the first words of the headings actHeading and
// bookHeading match.
var headingWords = map[string]bool{
	"ACT": true, "SCENE": true, "ACTUS": true, "SCENA": true, "TABLEAU": true, "THE": true, "END": true,
	"CURTAIN": true, "QUICK": true, "SLOW": true, "FINIS": true, "INTERMISSION": true, "INTERVAL": true,
	"CONTENTS": true, "PREFACE": true, "INTRODUCTION": true, "FOREWORD": true, "NOTE": true, "NOTES": true,
	"APPENDIX": true, "FOOTNOTES": true, "ERRATA": true, "TRANSCRIBER'S": true, "TRANSCRIBERS": true,
	"DRAMATIS": true, "PERSONS": true, "PERSON": true, "PERSONAGES": true, "CHARACTERS": true, "CAST": true, "PROLOGUE": true,
	"EPILOGUE": true, "INDUCTION": true, "FIRST": true, "SECOND": true, "THIRD": true, "FOURTH": true,
	"FIFTH": true, "SIXTH": true, "SEVENTH": true, "LAST": true, "FINAL": true,
}

// firstWord returns the first word of t, upper-cased, past any emphasis
// marks and brackets, up to a space or punctuation.
func firstWord(t string) string {
	i := 0
	for i < len(t) && strings.IndexByte("_*[]=# \t", t[i]) >= 0 {
		i++
	}
	j := i
	for j < len(t) && (t[j] >= 'A' && t[j] <= 'Z' || t[j] >= 'a' && t[j] <= 'z' || t[j] == '\'') {
		j++
	}
	return strings.ToUpper(t[i:j])
}

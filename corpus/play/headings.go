package play

import (
	"regexp"
	"strings"
)

var (
	// actHeading matches the headings of acts and scenes and the other
	// divisions of a printed play, upper-cased: "ACT I", "ACT II. SCENE
	// 2.", "SCENE: A DRAWING-ROOM", "THE FIRST ACT", "END OF THE FIRST
	// ACT.", "THE END.", "CURTAIN.".
	actHeading = regexp.MustCompile(`^(?:(?:ACT|SCENE|ACTUS|SCENA|TABLEAU)(?:[\s.:,;—–-]|$)|THE\s+(?:FIRST|SECOND|THIRD|FOURTH|FIFTH|SIXTH|SEVENTH|LAST|FINAL)\s+(?:ACT|SCENE)\b|END\s+OF\s+(?:THE\s+)?(?:PLAY|ACT|SCENE|[A-Z]+\s+(?:ACT|SCENE))\b|(?:(?:THE\s+)?END|(?:THE\s+)?CURTAIN|(?:QUICK\s+|SLOW\s+)?CURTAIN|FINIS|INTERMISSION|INTERVAL)[.!]?$)`)
	// bookHeading matches the headings of a book's apparatus around a
	// play, which stand alone on a line as a cue does.
	bookHeading = regexp.MustCompile(`^(?:CONTENTS|PREFACE|INTRODUCTION|FOREWORD|NOTES?|APPENDIX|FOOTNOTES|ERRATA|TRANSCRIBER'?S NOTES?|DRAMATIS PERSONAE|PERSONS? OF THE PLAY|CHARACTERS|CAST|THE PERSONS|PERSONS REPRESENTED|PROLOGUE|EPILOGUE|INDUCTION)[.:]?$`)
)

// isHeading reports whether a line is a heading of the play or the book,
// never a cue. Emphasis marks and brackets around it are ignored.
func isHeading(t string) bool {
	t = plainUpper(t)
	return len(strings.Fields(t)) <= 15 && (actHeading.MatchString(t) || bookHeading.MatchString(t))
}

// isEnd reports whether a heading ends the play ("THE END.", "FINIS",
// "CURTAIN").
func isEnd(t string) bool {
	t = strings.ToUpper(strings.Join(strings.Fields(strings.Trim(t, "_*[]=#.! ")), " "))
	return t == "THE END" || t == "END" || t == "FINIS" || t == "END OF THE PLAY" || t == "CURTAIN" || t == "THE CURTAIN"
}

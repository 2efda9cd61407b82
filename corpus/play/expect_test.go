package play

// The first turns of Act I of Pinero's "The 'Mind the Paint' Girl"
// (../shared/corpora/plays), written down by reading the file before the
// reader was run. Identities are the cues as printed, case folded, without
// the closing period.
var paintGirlTurns = []string{
	"roper", "farncombe", "gladys", // 1-3
	"roper", "farncombe", "roper", "farncombe", "roper", "farncombe", // 4-9
	"roper", "farncombe", "roper", "farncombe", "roper", "farncombe", // 10-15
	"roper", "farncombe", "roper", "farncombe", "roper", "farncombe", // 16-21
	"roper", "farncombe", "roper", "farncombe", "roper", "farncombe", // 22-27
	"roper", "farncombe", "roper", "farncombe", "roper", "farncombe", // 28-33
	"roper", "farncombe", "roper", "farncombe", "roper", "farncombe", // 34-39
	"roper", "farncombe", "roper", "farncombe", "roper", "farncombe", // 40-45
	"roper", "farncombe", "roper", // 46-48
	"mrs. upjohn", "roper", "mrs. upjohn", "farncombe", "mrs. upjohn", "roper", // 49-54
}

// paintGirlSpeech is the speech of some of those turns, stage directions
// in brackets left out.
var paintGirlSpeech = map[int]string{
	1:  "Hul-lo! I'm in luck! Just the chap I'm hunting for. How d'ye do, Lord Farncombe?",
	3:  "I'll tell Mrs. Upjohn you're here.",
	4:  "Ta. Phew, it's hot!",
	9:  "She seems to have received a lot of jewellery.",
	20: "He _does_ ask you, through me. He's left all the arrangements to me and Morrie Cooling. Carlton never did anything in his life; _I_ egged him on to this. I've been sweating at it since eleven o'clock this morning. Haven't been near the City; not near it. Well?",
	49: "'Ullo, Uncle!",
	50: "Lord Farncombe----",
}

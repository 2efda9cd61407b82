package screenplay

// The turns of THE LIBRARY FREAK-OUT (../shared/corpora/plays), written
// down by reading the file before the reader was run: every turn of the
// script, consecutive cues of one speaker (with only action between them)
// joined into one turn, as the data model defines a turn; a scene heading
// ends a turn.
var freakOutTurns = []string{
	"chalf", "nar", "yor", "chalf", "charya", // 1-5
	"yor",                                                                               // 6: "Mm-hm yeh okay." and, after action, "Mooooan."
	"chalf",                                                                             // 7: "Nn! Zut." and "Mm-hm yah yep no okay yep _Hush_."
	"patron one",                                                                        // 8
	"chalf",                                                                             // 9
	"nar",                                                                               // 10: (sings) four lines
	"yor",                                                                               // 11: (sings) six lines
	"charya",                                                                            // 12: (a bit loud) No?
	"chalf", "charya", "chalf", "charya", "chalf", "charya", "chalf", "charya", "chalf", // 13-21
	"charya", "chalf", // 22-23
	"patron two", "nar", "charya", "chalf", "charya", // 24-28
	"patrons three and four",           // 29
	"chalf", "charya", "yor", "charya", // 30-33
	"chalf", "charya", // 34-35
	"chalf",                                  // 36: "Yes Dragon." and "Yeep! ..."
	"thrain", "chalf", "nar", "yor", "chalf", // 37-41
	"patron five", // 42
	"charya",      // 43: "I SAID QUIET!"
	// The fire, and a new scene (EXT. LIBRARY--DAY): Charya's next cue
	// starts a turn of its own. (Written first as one turn with 43; a
	// scene heading now ends a turn, as an act heading does in a play.)
	"charya",                             // 44: "Sorry! Sorry burn!"
	"thrain", "chalf", "thrain", "chalf", // 45-48
}

// freakOutSpeech is the speech of some turns, as read.
var freakOutSpeech = map[int]string{
	1:  "Mm-hm, yep burp.",
	6:  "Mm-hm yeh okay. Mooooan.",
	10: "Neema-sasim neema-sah NEEEE-ma-sasim neemasasim, Neema-sasim neema-sah NEEEE-ma-sasim neemasasim--",
	12: "No?",
	17: "Is weird. If not say, will actual--",
	38: "Knew it! _Knew it!_",
	43: "I SAID QUIET!",
	44: "Sorry! Sorry burn!",
	48: "Mm-hm yes true.",
}

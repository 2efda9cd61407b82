package play

// Methods describes how the reader read a file, for the Methods section of
// a report.
const Methods = "The transcript was read as a printed play. " +
	"The Project Gutenberg header (up to \"*** START OF ...\"), the text before the first act or scene heading, and the dramatis personae were front matter, the dramatis personae also serving as the roster; " +
	"a closing \"THE END\" and what followed it, or the Gutenberg licence (from \"*** END OF ...\"), were back matter. " +
	"A speaker cue was a name in capitals ending in a period, on a line of its own above the speech (\"ROPER.\") or opening it (\"LADY BRACKNELL. Good afternoon\"), optionally with a stage direction before the period (\"HAMLET [aside].\"); " +
	"a name in capitals alone on a line directly above its speech, where the name recurred or the dramatis personae named it; " +
	"or a name in mixed case (\"Ham.\", \"Algernon.\") where the edition printed its cues so, which the dramatis personae resolved to one character or which opened three paragraphs or more. " +
	"Act and scene headings (\"ACT II.\", \"THE SECOND ACT\", \"END OF THE FIRST ACT.\") were not cues. " +
	"A speech ran from its cue to the next cue or heading. Stage directions in square brackets (within a paragraph, to its end if unclosed), paragraphs wholly in italics outside a speech's first paragraph, an italic direction after a cue, and parentheses where the edition used no bracketed directions (or where they held italics) were stage notes and not speech; so was verse set off by its indentation after a stage direction within a speech that said others sang (a group, as \"the couples ... sing the refrain\", or another character named in capitals), which was not given to the speaker before the direction. " +
	"A speaker's identity was the name as the cue printed it, titles kept and case folded (MRS. STIDULPH and STIDULPH were two people), an abbreviation taking the identity of the character it resolved to and an office (\"King.\") staying itself; consecutive speeches of one speaker made one turn, and an act or scene heading ended a turn."

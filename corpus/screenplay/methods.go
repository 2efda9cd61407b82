package screenplay

// Methods describes how the reader read a file, for the Methods section of
// a report.
const Methods = "The transcript was read as a screenplay (Fountain or plain text in the same layout). " +
	"A title page of \"Key: value\" lines before the first blank line was taken as front matter and its title, date and other fields as the document's metadata; without one, the text before the first scene heading or transition (a title block) was front matter. " +
	"A speaker cue was a line in capitals standing after a blank line (in a plain-text screenplay, a line indented well beyond the action margin) and followed directly by dialogue, optionally with an extension such as (V.O.), (O.S.) or (CONT'D), which was not part of the name, or a name forced with \"@\"; " +
	"the speech was the dialogue below the cue, up to the next blank line (or, in a plain-text screenplay, up to the next line at the action margin). " +
	"Parentheticals such as \"(beat)\" on lines of their own, or opening a line of dialogue, were stage notes; scene headings (INT., EXT., or forced with \".\"), transitions (CUT TO:, FADE OUT., or forced with \">\"), action, centred text, sections, synopses, page breaks (page numbers, \"(MORE)\", \"CONTINUED:\" and a running head between \"(MORE)\" and the next page's cue), notes in double brackets and boneyard comments were notes and never speech. " +
	"A speaker's identity was the cue's name without its extension, case folded (so that JOHN and JOHN (CONT'D) were one speaker); consecutive cues of one speaker, with only action between them, made one turn, and a scene heading ended a turn. " +
	"A closing \"THE END\" and what followed it were back matter."

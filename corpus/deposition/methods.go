package deposition

// Methods describes, for a report's Methods section, how Read read a
// transcript.
const Methods = "The transcript was read as a court reporter's question-and-answer " +
	"transcript (deposition or trial testimony). Margin line numbers were " +
	"stripped and were neither speech nor notes; on numbered pages, every " +
	"line without a margin number (page numbers, running heads, the " +
	"reporter's headers and footers) was an editorial note, and in " +
	"unnumbered text so were lines reading only a page number (\"Page 12\"). " +
	"A line opening with \"Q.\" or \"A.\" (or \"Q:\", \"A:\", or the letter " +
	"followed by two spaces or a tab) began a question or an answer: a " +
	"question was the examining attorney's, named by the last \"BY MR. " +
	"SMITH:\" or \"EXAMINATION BY\" line, and an answer the witness's, named " +
	"where the witness was sworn (\"JOHN DOE, having been first duly sworn, " +
	"testified as follows:\"), called (\"The People call John Doe.\", " +
	"\"WITNESS: JOHN DOE\"), or in the caption (\"DEPOSITION OF JOHN " +
	"DOE\"), each witness from their calling or swearing-in on; without a " +
	"name they were \"Examiner\" and \"Witness\". A line " +
	"opening with a speaker's label in capitals and a colon (\"MR. SMITH:\", " +
	"\"THE COURT:\", \"THE VIDEOGRAPHER:\") began colloquy by that speaker, " +
	"with \"THE WITNESS:\" resolved to the witness, and \"THE COURT:\" (or " +
	"\"THE ARBITRATOR:\", \"THE HEARING OFFICER:\") to the presider the " +
	"caption named (\"BEFORE THE HONORABLE JANE ROE, JUDGE\"), known by " +
	"the surname their other labels used (\"JUDGE ROE:\"), or, with no " +
	"caption naming one, to the one judge who spoke by name; else it was " +
	"kept as the office; a label counted when it " +
	"opened with a title or \"THE\", or recurred. Each cue's speech ran over " +
	"the following lines up to the next cue, and consecutive utterances of " +
	"one speaker made one turn. Examination headings, \"BY\" lines, the " +
	"swearing-in, parenthetical events on lines of their own (\"(Whereupon, " +
	"a recess was taken.)\", \"(Exhibit 3 marked.)\"), reporter's " +
	"parentheticals in speech (\"(indicating)\") and bracketed insertions " +
	"were notes, never speech. The caption, appearances, index and " +
	"stipulations before the first cue were front matter, and the " +
	"reporter's certificate, errata and signature pages after the testimony " +
	"were back matter."

package hearing

// Methods describes, for a report's Methods section, how Read read a
// hearing transcript.
const Methods = "The transcript was read as a legislative hearing in the US " +
	"Government Publishing Office's layout. A speaker cue was a title and a " +
	"name (\"Mr. SMITH.\", \"Senator Feinstein.\", \"Chairman Graham.\", " +
	"\"Ms. Jackson Lee of Texas.\") or an office (\"The CHAIRMAN.\", \"The " +
	"Clerk.\") opening a paragraph and followed by a period or a colon; the " +
	"speaker was the name without its title, so that \"Mr. WRAY.\" and " +
	"\"Director Wray.\" were one speaker, and \"The CHAIRMAN.\" (or \"The " +
	"PRESIDING OFFICER.\") was the member the opening paragraph named as presiding (\"Hon. Lindsey " +
	"Graham, Chairman of the Committee, presiding\"), or the office where " +
	"it named none. A paragraph without a cue continued the speaker before " +
	"it, and consecutive paragraphs of one speaker made one turn. Bracketed " +
	"insertions (\"[Laughter.]\", \"[No response.]\"), parenthesised " +
	"reactions, headings in capitals, and prepared statements and other " +
	"material inserted for the record (from \"[The prepared statement of " +
	"Mr. Smith follows:]\" to the next cue) were notes, not speech. The " +
	"cover, contents and the account of who met were front matter; the " +
	"adjournment and the appendix after it (submissions and questions for " +
	"the record) were back matter."

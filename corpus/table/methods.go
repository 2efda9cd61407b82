package table

// Methods describes the table reader for a report's Methods: how
// Read found cues, speech and notes, as a paper would say it.
const Methods = "The file was read as a table (CSV, or TSV) with one utterance a row, quoted as RFC 4180 has it: the first row was the header, the speaker and text columns were found by name (by default \"speaker\" and \"text\"), and each later row was an utterance of the speaker its speaker cell named; consecutive rows of one speaker formed one turn. Speech was the text cell less its bracketed insertions (\"[inaudible]\") and parenthesised stage directions (\"(APPLAUSE)\"), which were notes. A date column gave the document's date; other columns were not read."

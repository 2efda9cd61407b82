package plain

// Methods describes the plain reader for a report's Methods: how
// Read found cues, speech and notes, as a paper would say it.
const Methods = "The file was read as plain text spoken by one speaker: the whole text was one turn, paragraph by paragraph, and the speaker was named by the file name (by --name-pattern, or \"{speaker}_{session}_{year}.txt\" as in the UN General Debate Corpus, whose other fields became metadata), else \"Unknown\". Bracketed insertions and parenthesised stage directions were notes, not speech."

package transcriber

// Methods describes the Transcriber reader for a report's Methods: how
// Read found speakers, speech and notes, as a paper would say it.
const Methods = "The file was read as a Transcriber transcription (.trs): the speaker list was the roster and named the speakers; each turn was its speaker's, each stretch between Sync points one utterance timed by them, and in a turn of several speakers (overlapping speech) each Who mark began an utterance of the speaker it numbered; consecutive utterances of one speaker formed one turn, in the file's order. Noise events (an event of no type being a noise, as the DTD has it) and background marks were stage notes, other events and comments editorial notes, as were bracketed insertions and parenthesised stage directions in the text; character references were markup. The episode's program was the title and its air date the date."

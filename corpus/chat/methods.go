package chat

// Methods describes the CHAT reader for a report's Methods: how
// Read found cues, speech and notes, as a paper would say it.
const Methods = "The file was read as TalkBank CHAT: each main tier (\"*CHI:\") was one utterance of the participant its code named on the \"@Participants\" roster (by name, else by role, else by code), and consecutive tiers of one speaker formed one turn. CHAT codes were not speech: explanations, alternatives and comments in brackets were notes, retracing and error codes were cut (the words they mark stayed, as they were said), \"&=laughs\" was a stage note, fillers and fragments, unintelligible \"xxx\", pauses, terminators and time bullets were cut. \"%com\" tiers and \"@Comment\" headers were notes, other dependent tiers were skipped; the headers before the first tier were front matter and \"@End\" began the back matter."

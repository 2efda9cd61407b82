package convokit

// Methods describes the ConvoKit reader for a report's Methods: how
// Read found cues, speech and notes, as a paper would say it.
const Methods = "The file was read as ConvoKit utterances (JSON Lines, one utterance an object, in file order): the \"speaker\" member named the speaker and the \"text\" member held what was said, as written in the file; consecutive utterances of one speaker formed one turn within a conversation, and a change of \"conversation_id\" ended a turn. Speech was the text less bracketed insertions and parenthesised stage directions, which were notes, and less the JSON escapes that stand for no part of a word. The \"timestamp\" was kept as the utterance's time; \"id\", \"reply_to\" and \"meta\" were not read."

package tei

// Methods describes the TEI reader for a report's Methods: how
// Read found cues, speech and notes, as a paper would say it.
const Methods = "The file was read as TEI XML: each <sp> (a play) or <u> (a parliamentary record) outside the header was one utterance of the person its who attribute named (by the header's <persName> or castList <role>, else by its <speaker> text), and consecutive utterances of one speaker formed one turn. Speech was the character data inside the utterance, less <speaker>, <stage>, <note>, <gap>, <incident>, <kinesic>, <vocal>, <del> and <fw> and the editors' side of a <choice>; <stage>, <kinesic>, <vocal> and <incident> were stage notes, <note> editorial notes and <gap> elisions. Everything before the first utterance was front matter and everything after the last back matter; the header's title and date were the document's."

package corpus

import "regexp"

// procedureFormula is the Westminster clerks' formulae for what the House
// did, which a record prints inside a member's speech as plainly as the
// member's words. Each reader matches the whole of a paragraph or piece
// of speech against it, after what folding of white space and decoding
// of references its markup asks.
var procedureFormula = regexp.MustCompile(`^(?:` +
	`(?:Question|Motion|Amendments?|Bill|Resolution|Clauses? [^.]{1,40})(?: as amended)? (?:agreed to|negatived|put|resolved in the (?:affirmative|negative))` +
	`|Question put(?: and agreed to| accordingly(?: and agreed to)?| forthwith)` +
	`|Question accordingly agreed to` +
	`|(?:Motion|Amendment),? by leave,? withdrawn` +
	`|Debate(?: \([^()]{1,80}\))? (?:adjourned|interrupted)` +
	`|Resolved|Ordered(?:,? [Tt]hat .+)?` +
	`|Leave (?:not )?granted` +
	`|Bills? read (?:a|the) (?:first|second|third) time(?: and passed)?` +
	`|Quorum formed|Progress reported` +
	`)[.,:]?$`)

// IsProcedureFormula reports whether s, all of it, is a parliament's
// procedural formula: "Question agreed to.", "Question put and agreed
// to.", "Debate (on motion by Mr Pyne) adjourned.", "Motion, by leave,
// withdrawn.", "Ordered that the report be made a parliamentary paper.",
// "Resolved,", "Leave granted.", "Bill read a second time.". They are the
// clerks' words, not the member's. s is matched as given: a reader folds
// its white space first where the markup may break a line inside it.
func IsProcedureFormula(s string) bool { return procedureFormula.MatchString(s) }

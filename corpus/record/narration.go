package record

import (
	"regexp"
	"strings"

	"parley/corpus"
)

// narrationRes are the sentences of a record that tell what happened and
// report no one's words, as records of conversation write them:
//
//   - two participants as one subject ("The Secretary and the Minister
//     then discussed the schedule.", "Gromyko and Rusk agreed that ..."):
//     a joint act or statement, no one speaker's;
//   - an impersonal account ("There was some discussion of Laos.", "It
//     was agreed that ...", "Tea was served.", "The meeting ended at
//     noon.", "Both sides ...");
//   - a participant's act that is no speech, as the whole sentence
//     ("The Ambassador nodded.", "Stavrou laughed.");
//   - a participant's talk told, not reported ("Mr. Gromyko entered into
//     a history of disarmament discussions.").
//
// They are the genre's formulae, not one document's words.
var narrationRes = []*regexp.Regexp{
	regexp.MustCompile(`^(?:The\s+)?\p{Lu}[\p{L}.'’\-]*(?:\s+\p{Lu}[\p{L}.'’\-]*){0,3}\s+and\s+(?:the\s+)?\p{Lu}[\p{L}.'’\-]*(?:\s+\p{Lu}[\p{L}.'’\-]*){0,3}\s+(?:then\s+|also\s+|briefly\s+|further\s+)?(?:discussed|agreed|exchanged|reviewed|talked|spoke|went|turned|shook|parted|left|considered|touched|concluded)\b`),
	regexp.MustCompile(`^(?:There\s+(?:was|were|followed|ensued)\s+(?:a\s+|an\s+|some\s+)?(?:brief\s+|further\s+|general\s+|long\s+|short\s+|lengthy\s+|inconclusive\s+)?(?:discussion|exchange|conversation|talk|debate)|It\s+was\s+(?:agreed|decided|understood|noted|arranged)\b|(?:Tea|Coffee|Lunch|Dinner|Refreshments)\s+(?:was|were)\s+served|The\s+(?:meeting|conversation|talks|talk|discussion|interview)\s+(?:then\s+)?(?:ended|closed|lasted|began|was\s+adjourned|turned|continued\s+over|broke\s+up)|Both\s+(?:sides|men|parties|delegations)\b)`),
	regexp.MustCompile(`^(?:The\s+)?\p{Lu}[\p{L}.'’\-]*(?:\s+\p{Lu}[\p{L}.'’\-]*){0,3}\s+(?:then\s+)?(?:nodded|laughed|smiled|shrugged|paused|sighed|frowned|left(?:\s+the\s+room)?|entered(?:\s+the\s+room)?|rose|stood\s+up|sat\s+down)\s*[.!]?$`),
	// A participant's act of talk told, not reported: "Without replying
	// directly to the Secretary, Mr. Gromyko entered into a history of
	// disarmament discussions."
	regexp.MustCompile(`^(?:[^,.;:]{1,100},\s*)?(?:the\s+|The\s+)?\p{Lu}[\p{L}.'’\-]*(?:\s+\p{Lu}[\p{L}.'’\-]*){0,3}\s+(?:then\s+)?(?:entered|launched|embarked|went)\s+(?:into|on|upon)\s+(?:a|an|the|some)\s+(?:long\s+|lengthy\s+|detailed\s+|brief\s+)?(?:history|discussion|account|review|explanation|description|exposition|recital|analysis|survey|lecture|monologue|defen[cs]e|attack)\b`),
}

// narration returns the sentences of narration (see narrationRes) in the
// body of the record, as notes; a sentence that holds a cue is none.
func narration(masked string, body corpus.Span, cues []corpus.Span) []corpus.Note {
	var out []corpus.Note
	for _, ln := range corpus.SplitLines(body.In(masked)) {
		from := body.Start + ln.Start
		s := masked[from : body.Start+ln.End]
		starts := append([]int{paragraphStart(s)}, sentenceStarts(s)...)
		for k, st := range starts {
			end := len(s)
			if k+1 < len(starts) {
				end = starts[k+1]
			}
			if st >= end {
				continue
			}
			sent := corpus.TrimSpan(masked, corpus.Span{Start: from + st, End: from + end})
			if sent.Len() == 0 || overlapsSpan(sent, cues) || !isNarration(sent.In(masked)) {
				continue
			}
			out = append(out, corpus.Note{Kind: corpus.Narration, Anchor: sent, Extent: sent, Body: sent})
		}
	}
	return out
}

// isNarration reports whether a sentence is narration (see narrationRes).
func isNarration(sentence string) bool {
	sentence = strings.TrimSpace(sentence)
	for _, re := range narrationRes {
		if re.MatchString(sentence) {
			return true
		}
	}
	return false
}

// overlapsSpan reports whether s overlaps any of spans.
func overlapsSpan(s corpus.Span, spans []corpus.Span) bool {
	for _, c := range spans {
		if s.Start < c.End && c.Start < s.End {
			return true
		}
	}
	return false
}

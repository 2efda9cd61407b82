package corpus

import (
	"regexp"
	"strings"
)

// SpeakerKind says what a speaker's name stands for: one person, or a
// pseudo-speaker that a share of the talk, or a comparison of speakers,
// should not count as one.
type SpeakerKind string

const (
	// KindPerson is one named person, or one person by office or role
	// ("The President", "Interviewer").
	KindPerson SpeakerKind = "person"
	// KindLabel is one person without a name: a diarisation or transcription
	// label ("SPEAKER_00", "Speaker 2", "spk_1", "A").
	KindLabel SpeakerKind = "label"
	// KindGroup is several people speaking as one, or a crowd ("Audience",
	// "Candidates", "Some of the Men", "Smith and Jones").
	KindGroup SpeakerKind = "group"
	// KindUnknown is a speaker the transcript could not, or did not, identify
	// ("Unknown", "New Speaker", "Unidentified Male", "Question"), which
	// may be several people under one name.
	KindUnknown SpeakerKind = "unknown"
)

// Pseudo reports whether the kind is no one person's: a group, or an
// unknown speaker.
func (k SpeakerKind) Pseudo() bool { return k == KindGroup || k == KindUnknown }

// KindOf returns the kind of a speaker by its display name. It reads the
// name's shape only, in English: a speaker no rule takes is a person.
func KindOf(name string) SpeakerKind {
	n := strings.ToLower(strings.Join(strings.Fields(strings.Trim(name, " .:")), " "))
	n = strings.ReplaceAll(n, "’", "'")
	switch {
	case n == "":
		return KindUnknown
	case labelRe.MatchString(n):
		return KindLabel
	case unknownNames[n] || unknownRe.MatchString(n):
		return KindUnknown
	case groupNames[n] || groupRe.MatchString(n):
		return KindGroup
	}
	words := strings.Fields(n)
	last := words[len(words)-1]
	// "The Men", "Some of the Ladies", "Other Ladies", "The Four
	// Beauties": a determiner and a plural head.
	if len(words) >= 2 && quantifiers[words[0]] && (pluralHeads[last] || strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "ss")) {
		return KindGroup
	}
	if pluralHeads[last] && len(words) <= 3 {
		return KindGroup
	}
	return KindPerson
}

var (
	// "speaker_00", "speaker 2", "spk_1", "spkr 3", "s1", "speaker a",
	// "participant 4", and a single letter ("a", as speech-to-text
	// services name speakers).
	labelRe = regexp.MustCompile(`^(?:(?:speaker|spk|spkr|sp|s|participant|person|voice|talker|interlocutor|p)[ _#-]?(?:[0-9]+|[a-z])|[a-z])$`)
	// "unknown speaker 2", "unidentified male", "new speaker", "audience
	// member", "male voice", "off-camera".
	unknownRe = regexp.MustCompile(`^(?:unknown|unidentified|unidentifiable|unclear|inaudible|new speaker|off[ -]camera|off[ -]mic|audience member|member of the (?:audience|public)|(?:male|female|man's|woman's|another|other) voice|(?:male|female|man|woman)(?: [0-9]+)?)\b`)
	// "smith and jones", "smith & jones", "both candidates", "all",
	// "several members", "crowd (chanting)".
	groupRe = regexp.MustCompile(`(?:\band\b|&|\+|/)|^(?:all|both|several|many|multiple|various|some|everyone|everybody|crowd|audience|chorus of)\b`)
)

// unknownNames are speakers named for not being identified: a town hall's
// or a hearing's questioner from the floor is written "Question" or
// "Questioner", whoever asks.
var unknownNames = map[string]bool{
	"?": true, "??": true, "???": true, "xx": true, "xxx": true, "n/a": true,
	"speaker": true, "voice": true, "question": true, "questioner": true,
	// A call-in show's callers, a briefing's reporters: many people under
	// one label.
	"caller": true, "reporter": true, "journalist": true, "audience question": true,
	"unknown": true, "other": true, "someone": true, "somebody": true, "anonymous": true,
}

// groupNames are speakers that are several people.
var groupNames = map[string]bool{
	"audience": true, "the audience": true, "crowd": true, "the crowd": true, "candidates": true,
	"the candidates": true, "members": true, "hon. members": true, "hon members": true,
	"honourable members": true, "honorable members": true, "several hon. members": true,
	"others": true, "panel": true, "the panel": true, "panelists": true, "panellists": true,
	"group": true, "voices": true, "protesters": true, "protestors": true,
	"hecklers": true, "students": true, "children": true, "kids": true, "class": true,
	"the class": true, "everyone": true, "everybody": true, "all": true, "both": true,
	"together": true, "in unison": true, "unison": true, "interruptions": true, "laughter": true,
	"applause": true, "cross-talk": true, "crosstalk": true, "reporters": true, "journalists": true,
	"callers": true, "several senators": true, "senators": true, "members of the committee": true,
}

// quantifiers open a name that, with a plural head, is a group.
var quantifiers = map[string]bool{
	"the": true, "some": true, "other": true, "several": true, "all": true, "many": true,
	"two": true, "three": true, "four": true, "five": true, "various": true, "both": true,
}

// pluralHeads are plural nouns that do not end in "s".
var pluralHeads = map[string]bool{
	"men": true, "women": true, "people": true, "children": true, "gentlemen": true,
	"ladies": true, "folk": true, "folks": true, "crowd": true, "audience": true,
}

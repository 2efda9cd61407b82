package textgrid

import (
	"strings"
	"unicode"
)

// layer is what a tier holds.
type layer uint8

const (
	speechLayer layer = iota // a speaker's speech
	wordLayer                // the words of speech, one an interval
	noteLayer                // anything else: phones, comments, errors...
	stageLayer               // a note layer of what went on besides speech: events, noises, gestures
)

// layers are the words that name a layer rather than a speaker, and the
// layer each names. A speaker's tier is named by the speaker ("Anna") or
// by one of the speech words, and no name of a person is among them.
var layers = map[string]layer{
	"utterance": speechLayer, "utterances": speechLayer, "utt": speechLayer, "transcription": speechLayer,
	"transcript": speechLayer, "text": speechLayer, "speech": speechLayer, "sentence": speechLayer,
	"sentences": speechLayer, "ortho": speechLayer, "orthography": speechLayer, "ipu": speechLayer, "ipus": speechLayer,

	"word": wordLayer, "words": wordLayer, "wd": wordLayer, "token": wordLayer, "tokens": wordLayer,

	"phone": noteLayer, "phones": noteLayer, "phoneme": noteLayer, "phonemes": noteLayer, "phonetic": noteLayer,
	"ipa": noteLayer, "segment": noteLayer, "segments": noteLayer, "syllable": noteLayer, "syllables": noteLayer,
	"syl": noteLayer, "tone": noteLayer, "tones": noteLayer, "tobi": noteLayer, "break": noteLayer, "breaks": noteLayer,
	"pos": noteLayer, "tag": noteLayer, "tags": noteLayer, "lemma": noteLayer, "lemmas": noteLayer, "gloss": noteLayer,
	"glosses": noteLayer, "translation": noteLayer, "translations": noteLayer, "comment": noteLayer,
	"comments": noteLayer, "note": noteLayer, "notes": noteLayer, "remarks": noteLayer, "misc": noteLayer,
	"error": noteLayer, "errors": noteLayer, "mute": noteLayer, "muted": noteLayer,

	"event": stageLayer, "events": stageLayer, "noise": stageLayer, "noises": stageLayer, "sound": stageLayer,
	"sounds": stageLayer, "gesture": stageLayer, "gestures": stageLayer, "action": stageLayer, "actions": stageLayer,
}

// tierRole is what a tier's name says of it.
type tierRole struct {
	speaker string // whose it is, "" for no one's
	layer   layer
}

// roleOf reads a tier's name (rule 2 of Read): a name whose first or last
// word is a layer's is that layer, of the speaker the rest names ("Anna -
// words", "words_Anna", "words"); any other name is a speaker's.
func roleOf(name string) tierRole {
	isSep := func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }
	var words [][2]int // the words of name, as byte ranges
	start := -1
	for i, r := range name {
		switch {
		case isSep(r) && start >= 0:
			words, start = append(words, [2]int{start, i}), -1
		case !isSep(r) && start < 0:
			start = i
		}
	}
	if start >= 0 {
		words = append(words, [2]int{start, len(name)})
	}
	if len(words) == 0 {
		return tierRole{speaker: strings.TrimSpace(name), layer: speechLayer}
	}
	trim := func(s string) string { return strings.TrimFunc(s, isSep) }
	word := func(w [2]int) string { return strings.ToLower(name[w[0]:w[1]]) }
	if last := words[len(words)-1]; hasLayer(word(last)) {
		return tierRole{speaker: trim(name[:last[0]]), layer: layers[word(last)]}
	}
	if first := words[0]; hasLayer(word(first)) {
		return tierRole{speaker: trim(name[first[1]:]), layer: layers[word(first)]}
	}
	return tierRole{speaker: strings.TrimSpace(name), layer: speechLayer}
}

// hasLayer reports whether w names a layer.
func hasLayer(w string) bool {
	_, ok := layers[w]
	return ok
}

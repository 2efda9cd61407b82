package elan

import (
	"strings"
	"unicode"

	"parley/corpus"
)

// layerWords are the words of a tier's ID or linguistic type that say it
// holds no one's speech but a layer of annotation: of the speech (words,
// glosses, parts of speech, phones, translations, comments) or of what
// else went on (gestures, noises). A speaker's tier is named by the
// speaker or by what it holds ("K-Spch", "utterance", "transcription"),
// so none of these words is a name.
var layerWords = corpus.WordSet(`
	word words wd token tokens morph morphs morpheme morphemes gloss glosses ge
	pos tag tags lemma lemmas phone phones phoneme phonemes phonetic phonetics ipa
	syllable syllables syl segment segments translation translations transl ft
	comment comments note notes remark remarks tone tones tobi prosody
	gesture gestures gest action actions nonverbal gaze event events noise noises sound sounds`)

// stageWords are the layer words of tiers of what went on besides speech,
// whose annotations are stage notes (a gesture, a noise).
var stageWords = corpus.WordSet(`gesture gestures gest action actions nonverbal gaze event events noise noises sound sounds`)

// wordTierWords are the layer words of a tier of the words of speech, which
// is the speech where the speaker's own annotation is empty.
var wordTierWords = corpus.WordSet(`word words wd token tokens`)

// nameWords splits a tier's ID or type into its words, lower case: runs of
// letters and digits ("W-RGph" is "w", "rgph"; "part of speech" is "part",
// "of", "speech").
func nameWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// hasWordOf reports whether any of the names has a word of set.
func hasWordOf(set map[string]bool, names ...string) bool {
	for _, n := range names {
		for _, w := range nameWords(n) {
			if set[w] {
				return true
			}
		}
	}
	return false
}

package elan

import (
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
	comment comments note notes remark remarks tone tones tobi prosody ` + stageList)

// stageWords are the layer words of tiers of what went on besides speech,
// whose annotations are stage notes (a gesture, a noise).
var stageWords = corpus.WordSet(stageList)

// stageList is stageWords' words, which layerWords has too.
const stageList = `gesture gestures gest action actions nonverbal gaze event events noise noises sound sounds`

// wordTierWords are the layer words of a tier of the words of speech, which
// is the speech where the speaker's own annotation is empty.
var wordTierWords = corpus.WordSet(`word words wd token tokens`)

// refWords are the words of an independent tier's ID or type that say it
// holds reference labels of the speaker's utterances ("ref@JAI" of type
// "refT", as Toolbox, FLEx and the DoReCo and langdoc corpora have it,
// with values such as "KIL061212_001"), the utterances' text being on a
// tier below it.
var refWords = corpus.WordSet(`ref refs reference references`)

// textTierWords are the words of the ID or type of the tier below a tier
// of reference labels that holds the utterances' text ("orth@JAI",
// "tx@SPK", "transcription").
var textTierWords = corpus.WordSet(`orth ortho orthography orthographic tx txt text transcription transcript utterance utterances utt sentence phrase`)

// defaultTier is the ID of the tier ELAN makes for a new document.
const defaultTier = "default"

// nameWords splits a tier's ID or type into its words, lower case: runs of
// letters and digits, a run also broken where a capital follows a small
// letter ("W-RGph" is "w", "rgph"; "part of speech" is "part", "of",
// "speech"; the type "orthT" is "orth", "t").
func nameWords(s string) []string {
	var words []string
	var cur []rune
	prevLower := false
	for _, r := range s {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			if len(cur) > 0 {
				words, cur = append(words, string(cur)), nil
			}
			prevLower = false
			continue
		}
		if unicode.IsUpper(r) && prevLower && len(cur) > 0 {
			words, cur = append(words, string(cur)), nil
		}
		cur = append(cur, unicode.ToLower(r))
		prevLower = unicode.IsLower(r)
	}
	if len(cur) > 0 {
		words = append(words, string(cur))
	}
	return words
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

package jsondoc

import (
	"strings"

	"parley/corpus"
)

// The member names Read looks for when Options name none, in order of
// preference. A name matches however its words are joined and cased
// (node.member): "speaker_id" is also "speakerId" and "SpeakerId".
var (
	// speakerKeys: a name before an identifier ("speaker_name": "Speaker
	// 1" over "speaker_id": "S0"), Google's "speaker_tag" last.
	speakerKeys = []string{"speaker", "speaker_name", "speaker_label", "participant", "name", "role", "speaker_id", "participant_id", "speaker_tag"}
	// textKeys: "display" is Azure's punctuated form, "dialogue" and
	// "speech" are what some tools call the words spoken.
	textKeys = []string{"text", "transcript", "content", "utterance", "value", "punctuated_word", "word", "display", "dialogue", "speech"}
	// wordKeys are the arrays whose objects' texts, joined, are an
	// utterance's text where it has no text string.
	wordKeys = []string{"words", "elements", "text_blocks", "items"}
	// speakerObjectKeys name the speaker inside a speaker object.
	speakerObjectKeys = []string{"name", "label", "id"}
	// alternativesKeys are the arrays of a recogniser's hypotheses, best
	// first: "alternatives" (Google, Amazon, Speechmatics, Deepgram) and
	// Azure's "nBest".
	alternativesKeys = []string{"alternatives", "n_best"}
	// unknownSpeakers are labels that say the speaker is not known:
	// Speechmatics writes "UU" for a speaker it did not identify.
	unknownSpeakers = map[string]bool{"UU": true}
	// speechTypes are the values of a word object's "type" that mark it
	// as speech (Rev.ai's "text" and "punct", Amazon's "pronunciation"
	// and "punctuation"); a word of another type is a tag, not speech.
	speechTypes = map[string]bool{"text": true, "punct": true, "punctuation": true, "pronunciation": true, "word": true}
)

// keys are the member names an utterance's speaker and text go by.
type keys struct {
	speaker, text []string
	// words are the arrays joined into a text; tokens the members that
	// hold a word's text.
	words, tokens []string
	// named: Options named the speaker member, so an array whose
	// objects lack it is not read as one Unknown speaker's (Read's rule
	// 5).
	named bool
}

// keysFor returns the keys Options ask for: opt.SpeakerKey and
// opt.TextKey in place of the defaults.
func keysFor(opt corpus.Options) keys {
	k := keys{speaker: speakerKeys, text: textKeys, words: wordKeys, tokens: textKeys}
	if s := strings.TrimSpace(opt.SpeakerKey); s != "" {
		k.speaker, k.named = []string{s}, true
	}
	if s := strings.TrimSpace(opt.TextKey); s != "" {
		k.text, k.words = []string{s}, nil
		k.tokens = append([]string{s}, textKeys...)
	}
	return k
}

// lookup returns obj's member key, or where it has none and key is a
// dotted path ("speaker.name"), the member the path leads to; nil if
// neither.
func lookup(obj *node, key string) *node {
	if obj == nil || obj.kind != jsonObject {
		return nil
	}
	if v := obj.member(key); v != nil {
		return v
	}
	head, rest, dotted := strings.Cut(key, ".")
	if !dotted {
		return nil
	}
	return lookup(obj.member(head), rest)
}

// speakerValue is an utterance's speaker.
type speakerValue struct {
	name    string      // as the Builder takes it ("Speaker 0")
	written string      // as the file writes it ("0")
	cue     corpus.Span // where the file writes it
}

// speakerOf returns the speaker of an utterance object: the first of the
// speaker keys that holds a name (a string, or an object's "name",
// "label" or "id"), else the first that holds a number; where the
// object has none, its first alternative's (Speechmatics puts the
// speaker beside each hypothesis's content). Google's "speaker_tag" 0
// is no speaker: Google numbers speakers from 1 and leaves 0 where it
// did not diarize. A label among unknownSpeakers is a speaker without
// a name ("Unknown").
func (k keys) speakerOf(src string, obj *node) (speakerValue, bool) {
	if sp, ok := k.ownSpeaker(src, obj); ok {
		return sp, true
	}
	return k.ownSpeaker(src, firstAlternative(obj))
}

func (k keys) ownSpeaker(src string, obj *node) (speakerValue, bool) {
	var number *node
	for _, key := range k.speaker {
		v := lookup(obj, key)
		if v != nil && v.kind == jsonObject {
			v = firstScalar(src, v, speakerObjectKeys)
		}
		switch {
		case v == nil:
		case v.kind == jsonString:
			if s, _ := v.str(src); strings.TrimSpace(s) != "" {
				sp := speakerValue{name: speakerName(s), written: strings.TrimSpace(s), cue: corpus.TrimSpan(src, v.contents())}
				if unknownSpeakers[sp.written] {
					sp.name = ""
				}
				return sp, true
			}
		case v.kind == jsonNumber && number == nil:
			if sameName(key, "speaker_tag") && v.raw(src) == "0" {
				continue
			}
			number = v
		}
	}
	if number != nil {
		s := number.raw(src)
		return speakerValue{name: "Speaker " + s, written: s, cue: number.span}, true
	}
	return speakerValue{}, false
}

// firstScalar returns the first of obj's members keys that is a
// non-empty string, else the first that is a number, else nil.
func firstScalar(src string, obj *node, keys []string) *node {
	var number *node
	for _, key := range keys {
		v := obj.member(key)
		switch {
		case v == nil:
		case v.kind == jsonString:
			if s, _ := v.str(src); strings.TrimSpace(s) != "" {
				return v
			}
		case v.kind == jsonNumber && number == nil:
			number = v
		}
	}
	return number
}

// speakerName is a speaker label as a name: a diarizer's bare index, a
// number or a single capital letter ("0", "A"), is "Speaker 0",
// "Speaker A"; any other label is as written ("SPEAKER_00", "spk_1").
func speakerName(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if corpus.IsDigits(s) || len(s) == 1 && s[0] >= 'A' && s[0] <= 'Z' {
		return "Speaker " + s
	}
	return s
}

// textValue is an utterance's text: one string, or the words of an array
// joined.
type textValue struct {
	fields []*node // the strings that hold the speech, in order
	words  []*node // a joined text's word objects, for their times
	tags   []*node // strings of the words that are tags, not speech
}

// empty reports whether the text holds no letter or digit.
func (t textValue) empty(src string) bool {
	for _, f := range t.fields {
		if corpus.HasWord(src, []corpus.Span{f.contents()}) {
			return false
		}
	}
	return true
}

// said returns the text's strings decoded, joined by spaces.
func (t textValue) said(src string) string {
	parts := make([]string, len(t.fields))
	for i, f := range t.fields {
		parts[i], _ = f.str(src)
	}
	return strings.Join(parts, " ")
}

// oneWord reports whether the text is a single word: one string without
// white space in it.
func (t textValue) oneWord(src string) bool {
	n := 0
	for _, f := range t.fields {
		s, _ := f.str(src)
		n += len(strings.Fields(s))
	}
	return n <= 1
}

// textOf returns the text of an utterance object: the first of the text
// keys that holds a string; else the string of its first "alternatives"
// (a recogniser's best guess first); else the words of the first of the
// text keys or the word arrays that holds an array of objects with
// texts, joined.
func (k keys) textOf(src string, obj *node) (textValue, bool) {
	if f := firstString(obj, k.text); f != nil {
		return textValue{fields: []*node{f}}, true
	}
	if f := k.alternative(obj); f != nil {
		return textValue{fields: []*node{f}}, true
	}
	for _, list := range [][]string{k.text, k.words} {
		for _, key := range list {
			arr := lookup(obj, key)
			if arr == nil || arr.kind != jsonArray {
				continue
			}
			var t textValue
			for i := range arr.kids {
				w := &arr.kids[i]
				if w.kind != jsonObject {
					continue
				}
				f, speech := k.wordText(src, w)
				switch {
				case f == nil:
				case speech:
					t.fields, t.words = append(t.fields, f), append(t.words, w)
				default:
					t.tags = append(t.tags, f)
				}
			}
			if len(t.fields) > 0 {
				return t, true
			}
		}
	}
	return textValue{}, false
}

// wordText returns the string that holds a word object's text (the first
// of the token keys, else of its first alternative), and whether it is
// speech: a word whose "type" is none of speechTypes is a tag.
func (k keys) wordText(src string, w *node) (*node, bool) {
	f := firstString(w, k.tokens)
	if f == nil {
		f = k.alternative(w)
	}
	if typ, ok := w.member("type").str(src); ok && !speechTypes[typ] {
		return f, false
	}
	return f, true
}

// alternative returns the text string of obj's first alternative, or
// nil.
func (k keys) alternative(obj *node) *node {
	return firstString(firstAlternative(obj), k.tokens)
}

// firstAlternative returns the first object of obj's first array of
// alternatives (alternativesKeys), or nil.
func firstAlternative(obj *node) *node {
	if obj == nil || obj.kind != jsonObject {
		return nil
	}
	for _, key := range alternativesKeys {
		alts := obj.member(key)
		if alts == nil || alts.kind != jsonArray {
			continue
		}
		if len(alts.kids) == 0 || alts.kids[0].kind != jsonObject {
			return nil
		}
		return &alts.kids[0]
	}
	return nil
}

// firstString returns the first of obj's members keys that is a string;
// nil if there is none or obj is nil.
func firstString(obj *node, keys []string) *node {
	for _, key := range keys {
		if v := lookup(obj, key); v != nil && v.kind == jsonString {
			return v
		}
	}
	return nil
}

package stages_test

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"sync"
	"testing"
	"unicode"
	"unicode/utf8"

	"parley/corpus"
	rec "parley/corpus/record"
	"parley/stages"
)

// record reads src as a record and fails the test if the reader rejects it.
func record(t testing.TB, name, src string) *corpus.Document {
	t.Helper()
	d, err := rec.ReadOne(name, []byte(src))
	if err != nil {
		t.Fatalf("ReadRecord(%q): %v", name, err)
	}
	return d
}

// sample reads the bundled 1947 record.
func sample(t testing.TB) *corpus.Document {
	t.Helper()
	return record(t, corpus.SampleName, string(corpus.Sample()))
}

// tokenized reads src and applies the tokenize stage to it.
func tokenized(t testing.TB, src string) *corpus.Document {
	t.Helper()
	d := record(t, "test.txt", src)
	if err := stages.NewTokenize().Apply(context.Background(), d); err != nil {
		t.Fatalf("Apply: %v", err)
	}
	return d
}

// render writes a document's tokens in one line, words bare and
// punctuation in brackets, so a table can state the whole result:
// "I didn’t go [;]".
func render(d *corpus.Document) string {
	var parts []string
	for _, turn := range d.Turns {
		for _, tok := range turn.Tokens {
			if tok.Word {
				parts = append(parts, tok.Text)
			} else {
				parts = append(parts, "["+tok.Text+"]")
			}
		}
	}
	return strings.Join(parts, " ")
}

// checkTokens checks the invariants every tokenized document must keep:
// a token's Text is the source at its span; Word is true exactly when the
// text holds a letter or a digit, unless the token continues the word
// before it across a note; tokens are non-empty, in source order
// and do not overlap; and each lies inside one of its turn's Speech spans,
// so none touches a cue's framing or an editorial note.
func checkTokens(t *testing.T, d *corpus.Document) {
	t.Helper()
	for _, turn := range d.Turns {
		prev := -1
		for k, tok := range turn.Tokens {
			where := func() string { return fmt.Sprintf("%s: turn %d token %d %q", d.Name, turn.Index, k, tok.Text) }
			if tok.Start < 0 || tok.End > len(d.Source) || tok.Start >= tok.End {
				t.Errorf("%s: bad span [%d,%d)", where(), tok.Start, tok.End)
				continue
			}
			if got := d.Source[tok.Start:tok.End]; got != tok.Text {
				t.Errorf("%s: Source[%d:%d] = %q, not its Text", where(), tok.Start, tok.End, got)
			}
			// What continues a word across a note ("’s" in
			// "Union[footnoteRef:1]’s") is no word of its own.
			if want := alnum(tok.Text) && !(k > 0 && continuesAcrossNote(d.Source, turn, turn.Tokens[k-1], tok)); tok.Word != want {
				t.Errorf("%s: Word = %v, want %v", where(), tok.Word, want)
			}
			if tok.Start < prev {
				t.Errorf("%s: starts at %d, before the previous token's end %d", where(), tok.Start, prev)
			}
			prev = tok.End
			if !inSpeech(turn, tok.Span) {
				t.Errorf("%s: [%d,%d) lies outside every Speech span of its turn", where(), tok.Start, tok.End)
			}
			for _, u := range turn.Utterances {
				if overlaps(u.Cue, tok.Span) {
					t.Errorf("%s: overlaps the cue %q", where(), u.Cue.In(d.Source))
				}
			}
			for _, n := range d.Notes {
				if overlaps(n.Anchor, tok.Span) || overlaps(n.Extent, tok.Span) {
					t.Errorf("%s: overlaps the %s note %q", where(), n.Kind, n.Anchor.In(d.Source))
				}
			}
		}
	}
}

func inSpeech(turn corpus.Turn, s corpus.Span) bool {
	for _, u := range turn.Utterances {
		for _, sp := range u.Speech {
			if sp.Start <= s.Start && s.End <= sp.End {
				return true
			}
		}
	}
	return false
}

func overlaps(a, b corpus.Span) bool {
	return a.Len() > 0 && b.Len() > 0 && a.Start < b.End && b.Start < a.End
}

func alnum(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Nl, r) }) >= 0
}

// cue is the framing every one-line test record opens its speech with.
const cue = "Attendants: Smith.\nSMITH says that, "

func TestTokenize(t *testing.T) {
	tests := []struct {
		name   string
		speech string // follows cue on one line
		want   string // as render writes it
	}{
		{
			name:   "brief",
			speech: "I didn’t go; it’s the Soviet Union’s “policy” – 20% of 98,000 (i.e. heart-to-heart).",
			want:   "I didn’t go [;] it’s the Soviet Union’s [“] policy [”] [–] 20 [%] of 98,000 [(] i.e [.] heart [-] to [-] heart [)] [.]",
		},
		{
			name:   "straight contractions",
			speech: "I can't, CAN'T and won't; I'm sure they'll say we're done.",
			want:   "I can't [,] CAN'T and won't [;] I'm sure they'll say we're done [.]",
		},
		{
			name:   "curly contractions",
			speech: "DIDN’T he say it’s fine? They’ll know, I’m told, we’re late.",
			want:   "DIDN’T he say it’s fine [?] They’ll know [,] I’m told [,] we’re late [.]",
		},
		{
			name:   "other contractions",
			speech: "I've seen what he'd do, o’clock, O'Brien, rock ’n’ roll.",
			want:   "I've seen what he'd do [,] o’clock [,] O'Brien [,] rock [’] n [’] roll [.]",
		},
		{
			// An apostrophe joins letters, not a digit and a letter.
			name:   "possessives",
			speech: "Britain's and the USSR’s plans, the 1940’s, Stalin’s view.",
			want:   "Britain's and the USSR’s plans [,] the 1940 [’] s [,] Stalin’s view [.]",
		},
		{
			// A plural possessive's apostrophe is punctuation, not part of the word.
			name:   "plural possessives",
			speech: "the workers’ party and the workers' party and Cripps' plan.",
			want:   "the workers [’] party and the workers ['] party and Cripps ['] plan [.]",
		},
		{
			name:   "contractions inside quotes",
			speech: "“Union’s” and ‘it’s’ and \"don't\" and 'can't'.",
			want:   "[“] Union’s [”] and [‘] it’s [’] and [\"] don't [\"] and ['] can't ['] [.]",
		},
		{
			name:   "quotes",
			speech: "The 'quoted' word, “double” and ‘single’ and \"straight\" and `tick`.",
			want:   "The ['] quoted ['] word [,] [“] double [”] and [‘] single [’] and [\"] straight [\"] and [`] tick [`] [.]",
		},
		{
			name:   "dashes",
			speech: "war – and peace — or - not -- ever—and.",
			want:   "war [–] and peace [—] or [-] not [-] [-] ever [—] and [.]",
		},
		{
			name:   "numbers",
			speech: "1,000,000 and 3.5 and 20% and $100 and 1938–1946 and (1895-1971).",
			want:   "1,000,000 and 3.5 and 20 [%] and [$] 100 and 1938 [–] 1946 and [(] 1895 [-] 1971 [)] [.]",
		},
		{
			name:   "abbreviations",
			speech: "the U.S.A. and Mr. Bevin, i.e. the minister.",
			want:   "the U.S.A [.] and Mr [.] Bevin [,] i.e [.] the minister [.]",
		},
		{
			name:   "compounds",
			speech: "post-war, well-known and heart-to-heart talks.",
			want:   "post [-] war [,] well [-] known and heart [-] to [-] heart talks [.]",
		},
		{
			name:   "white space",
			speech: "a\ttab  two  spaces   three\u00a0nbsp.",
			want:   "a tab two spaces three nbsp [.]",
		},
		{
			name:   "punctuation",
			speech: "– ... ? … x",
			want:   "[–] [.] [.] [.] [?] […] x",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := tokenized(t, cue+tt.speech+"\n")
			if len(d.Turns) != 1 {
				t.Fatalf("got %d turns, want 1", len(d.Turns))
			}
			if got := render(d); got != tt.want {
				t.Errorf("tokens of %q\n got %s\nwant %s", tt.speech, got, tt.want)
			}
			checkTokens(t, d)
		})
	}
}

// TestTokenizeSpeechOnly shows that cue framing (with its stage
// direction), footnote markers and bodies, elisions, insertions, stage
// directions in speech and the matter around the conversation never
// become tokens.
func TestTokenizeSpeechOnly(t *testing.T) {
	src := "Record of a talk, 1 May 1950.\n" +
		"Attendants: Smith and Jones.\n\n" +
		"SMITH (smiling) says that, peace[footnoteRef:1] is [signature] good […] (laughter) indeed. JONES answers that, it’s true.\n" +
		"Smith asks: why?\n" +
		"End of conversation.\n" +
		"[1: A footnote body with words.]\n"
	d := tokenized(t, src)
	var turns []string
	for _, turn := range d.Turns {
		turns = append(turns, turn.Speaker+": "+render(&corpus.Document{Turns: []corpus.Turn{turn}}))
	}
	want := []string{
		"smith: peace is good indeed [.]",
		"jones: it’s true [.]",
		"smith: why [?]",
	}
	if !reflect.DeepEqual(turns, want) {
		t.Errorf("turns\n got %q\nwant %q", turns, want)
	}
	if len(d.Notes) != 5 {
		t.Errorf("got %d notes, want 5 (the test needs every kind of note)", len(d.Notes))
	}
	checkTokens(t, d)
}

// TestTokenizeSample checks the token invariants over the whole sample:
// no token falls in a cue's framing, a footnote or any other note.
func TestTokenizeSample(t *testing.T) {
	d := sample(t)
	if err := stages.NewTokenize().Apply(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	words := 0
	for _, turn := range d.Turns {
		if len(turn.Tokens) == 0 {
			t.Errorf("turn %d has no tokens", turn.Index)
		}
		words += turn.Words()
	}
	// 4052 before hyphens split words (parley 2026-12: "post-war" is
	// two words, as tidytext counts them).
	if words != 4062 {
		t.Errorf("sample has %d words, want 4062", words)
	}
	checkTokens(t, d)
}

// TestTokenizeIdempotent applies the stage twice: the tokens are the same,
// and nothing the stage does not own has changed.
func TestTokenizeIdempotent(t *testing.T) {
	tok := stages.NewTokenize()
	ctx := context.Background()
	d := sample(t)
	if err := tok.Apply(ctx, d); err != nil {
		t.Fatal(err)
	}
	first := copyTokens(d)
	if err := tok.Apply(ctx, d); err != nil {
		t.Fatal(err)
	}
	if second := copyTokens(d); !reflect.DeepEqual(first, second) {
		t.Errorf("applying twice changed the tokens")
	}

	// Stale tokens from elsewhere are replaced, not added to.
	d.Turns[0].Tokens = append(d.Turns[0].Tokens, corpus.Token{Text: "stale", Word: true})
	if err := tok.Apply(ctx, d); err != nil {
		t.Fatal(err)
	}
	if again := copyTokens(d); !reflect.DeepEqual(first, again) {
		t.Errorf("applying to a document with stale tokens did not replace them")
	}

	// Everything but Turn.Tokens and its count of words is as the reader
	// left it.
	fresh := sample(t)
	for i := range d.Turns {
		words := 0
		for _, tok := range d.Turns[i].Tokens {
			if tok.Word {
				words++
			}
		}
		if d.Turns[i].WordCount != words {
			t.Errorf("turn %d: WordCount %d, %d word tokens", i+1, d.Turns[i].WordCount, words)
		}
		d.Turns[i].Tokens, d.Turns[i].WordCount = nil, 0
	}
	if !reflect.DeepEqual(d, fresh) {
		t.Errorf("Apply changed the document beyond Turn.Tokens")
	}
}

func copyTokens(d *corpus.Document) [][]corpus.Token {
	out := make([][]corpus.Token, len(d.Turns))
	for i, turn := range d.Turns {
		out[i] = append([]corpus.Token(nil), turn.Tokens...)
	}
	return out
}

func TestTokenizeCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	d := sample(t)
	err := stages.NewTokenize().Apply(ctx, d)
	if err != context.Canceled {
		t.Fatalf("Apply with a cancelled context = %v, want context.Canceled", err)
	}

	err = stages.Default().Run(ctx, []*corpus.Document{d})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("Run with a cancelled context = %v, want context.Canceled", err)
	}
	if want := "stage tokenize: " + corpus.SampleName + ": context canceled"; err.Error() != want {
		t.Errorf("Run error = %q, want %q", err, want)
	}
}

// TestTokenizeConcurrent uses one stage on several documents at once, as
// the Stage contract allows; run with -race to make it mean something.
func TestTokenizeConcurrent(t *testing.T) {
	tok := stages.NewTokenize()
	want := sample(t)
	if err := tok.Apply(context.Background(), want); err != nil {
		t.Fatal(err)
	}
	docs := make([]*corpus.Document, 4)
	for i := range docs {
		docs[i] = sample(t)
	}
	var wg sync.WaitGroup
	errs := make([]error, len(docs))
	for i, d := range docs {
		wg.Go(func() { errs[i] = tok.Apply(context.Background(), d) })
	}
	wg.Wait()
	for i, d := range docs {
		if errs[i] != nil {
			t.Errorf("document %d: %v", i, errs[i])
		} else if !reflect.DeepEqual(copyTokens(d), copyTokens(want)) {
			t.Errorf("document %d: tokens differ from a serial run", i)
		}
	}
}

// TestTokenizeAcrossNotes shows words next to notes and brackets. A note
// inside a word leaves one word: without the footnote marker the speech
// reads "Union’s", and the "’s" after it is no word. A closing quote or
// bracket is no note: it ends the word, and the "s" after it is one, as
// UAX #29 (and tidytext) has it.
func TestTokenizeAcrossNotes(t *testing.T) {
	tests := []struct {
		name, speech string
		words        string // the words, |-separated
	}{
		{"after a footnote marker", "the Union[footnoteRef:1]’s policy.\n[1: A note.]", "the|Union|policy"},
		{"a note between words", "the Union[footnoteRef:1] policy.\n[1: A note.]", "the|Union|policy"},
		{"after an elision", "the Uni[…]on policy.", "the|Uni|policy"},
		{"after a closing quote", "the “Pravda”’s editor.", "the|Pravda|s|editor"},
		{"after a bracket", "and (Bevin)’s plan.", "and|Bevin|s|plan"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := tokenized(t, cue+tt.speech+"\n")
			checkTokens(t, d)
			var words []string
			for _, tok := range d.Turns[0].Tokens {
				if tok.Word {
					words = append(words, tok.Text)
				}
			}
			if got := strings.Join(words, "|"); got != tt.words {
				t.Errorf("words of %q are %s, want %s", tt.speech, got, tt.words)
			}
		})
	}
}

// BenchmarkTokenize tokenizes the whole sample per iteration. It reuses
// one document, so the turns' token slices keep their capacity and
// nothing is allocated.
func BenchmarkTokenize(b *testing.B) {
	d := sample(b)
	tok := stages.NewTokenize()
	ctx := context.Background()
	words := 0
	for b.Loop() {
		if err := tok.Apply(ctx, d); err != nil {
			b.Fatal(err)
		}
	}
	for _, turn := range d.Turns {
		words += turn.Words()
	}
	if words != 4062 {
		b.Fatalf("sample has %d words, want 4062", words)
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}

// FuzzTokenize checks the token invariants (see checkTokens) on any speech
// the reader accepts.
func FuzzTokenize(f *testing.F) {
	for _, s := range []string{
		"I didn’t go; it’s the Soviet Union’s “policy” – 20% of 98,000 (i.e. heart-to-heart).",
		"the Union[footnoteRef:1]’s policy.\n[1: A note.]",
		"“Pravda”’s and (Bevin)’s and 'can't' and rock ’n’ roll […] (laughter).",
		"a\ttab  two\u00a0spaces\r\nJONES answers that, yes.",
	} {
		f.Add(s)
	}
	tok := stages.NewTokenize()
	f.Fuzz(func(t *testing.T, speech string) {
		d, err := rec.ReadOne("fuzz.txt", []byte(cue+speech+"\n"))
		if err != nil {
			return
		}
		if err := tok.Apply(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		checkTokens(t, d)
	})
}

// ideograph reports whether UAX #29 makes r a word of its own: Han and
// Hiragana, which break between every character.
func ideograph(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana)
}

// continuesAcrossNote reports whether tok opens a Speech span of turn
// right after a note that cut it off from the word prev: the note touches
// both, and the two would be one word without it. An ideograph is a word
// of its own (UAX #29 breaks between ideographs), so "犊*犊" is two words
// whatever stands between them (a fuzz find).
func continuesAcrossNote(src string, turn corpus.Turn, prev, tok corpus.Token) bool {
	touch := func(b byte) bool { return !strings.ContainsRune(" \t\r\n", rune(b)) }
	last, _ := utf8.DecodeLastRuneInString(prev.Text)
	first, _ := utf8.DecodeRuneInString(tok.Text)
	if ideograph(last) || ideograph(first) {
		return false
	}
	for _, u := range turn.Utterances {
		for k := 1; k < len(u.Speech); k++ {
			if u.Speech[k].Start == tok.Start && u.Speech[k-1].End == prev.End && prev.Word &&
				touch(src[prev.End]) && touch(src[tok.Start-1]) {
				return true
			}
		}
	}
	return false
}

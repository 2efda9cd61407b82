package stages_test

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"parley/corpus"
	"parley/corpus/corpustest"
	rec "parley/corpus/record"
	"parley/corpus/script"
	"parley/stages"
)

// goldKey is one (turn, entity, label) of the evaluation set.
type goldKey struct {
	turn          int
	speaker       string
	entity, label string
}

// readGold reads testdata/entities-1947.gold: mention counts by turn,
// entity and label, built by reading the record (see its header).
func readGold(t *testing.T) map[goldKey]int {
	t.Helper()
	f, err := os.Open("testdata/entities-1947.gold")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	gold := map[goldKey]int{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 5 {
			t.Fatalf("gold line %q: want 5 fields", line)
		}
		turn, err1 := strconv.Atoi(f[0])
		n, err2 := strconv.Atoi(f[4])
		if err1 != nil || err2 != nil {
			t.Fatalf("gold line %q", line)
		}
		gold[goldKey{turn, f[1], f[2], f[3]}] += n
	}
	return gold
}

// entitiesOfSample runs the full pipeline over the 1947 record.
func entitiesOfSample(t testing.TB) *corpus.Document {
	t.Helper()
	e, err := stages.NewEntities()
	if err != nil {
		t.Fatal(err)
	}
	d := sample(t)
	if err := stages.New(stages.NewNormalize(), e).Run(context.Background(), []*corpus.Document{d}); err != nil {
		t.Fatal(err)
	}
	return d
}

// score returns precision and recall of got against want, as multisets.
func score[K comparable](got, want map[K]int) (p, r float64, tp, fp, fn int) {
	for k, n := range got {
		tp += min(n, want[k])
		fp += max(n-want[k], 0)
	}
	for k, n := range want {
		fn += max(n-got[k], 0)
	}
	return float64(tp) / float64(tp+fp), float64(tp) / float64(tp+fn), tp, fp, fn
}

// TestEntitiesAgainstGold measures the entity stage against the
// evaluation set, by mention (turn, entity, label, counted) and by type
// (speaker, entity, label): every mention must be found, and no other.
func TestEntitiesAgainstGold(t *testing.T) {
	gold := readGold(t)
	d := entitiesOfSample(t)
	got := map[goldKey]int{}
	for _, m := range d.Mentions {
		switch m.Label {
		case corpus.Law, corpus.Event, corpus.Facility:
			continue // the gold counts no laws, wars or buildings
		}
		got[goldKey{m.Turn, m.Speaker, m.Entity, string(m.Label)}]++
	}
	p, r, tp, fp, fn := score(got, gold)
	t.Logf("mentions: precision %.3f recall %.3f (%d right, %d wrong, %d missed)", p, r, tp, fp, fn)
	types := func(m map[goldKey]int) map[goldKey]int {
		out := map[goldKey]int{}
		for k := range m {
			out[goldKey{0, k.speaker, k.entity, k.label}] = 1
		}
		return out
	}
	tp2, tr2, ttp, tfp, tfn := score(types(got), types(gold))
	t.Logf("types (speaker, entity, label): precision %.3f recall %.3f (%d right, %d wrong, %d missed)", tp2, tr2, ttp, tfp, tfn)
	if fp > 0 || fn > 0 {
		t.Errorf("the 1947 record is no longer exact: %d wrong, %d missed", fp, fn)
	}
	if testing.Verbose() || p < 0.90 || r < 0.90 {
		var diffs []string
		for k, n := range got {
			if n > gold[k] {
				diffs = append(diffs, fmt.Sprintf("wrong  T%d %s %s/%s ×%d", k.turn, k.speaker, k.entity, k.label, n-gold[k]))
			}
		}
		for k, n := range gold {
			if n > got[k] {
				diffs = append(diffs, fmt.Sprintf("missed T%d %s %s/%s ×%d", k.turn, k.speaker, k.entity, k.label, n-got[k]))
			}
		}
		sort.Strings(diffs)
		for _, s := range diffs {
			t.Log(s)
		}
	}
}

// BenchmarkEntities runs the entity stage over the tokenized sample:
// speech and footnotes.
func BenchmarkEntities(b *testing.B) {
	d := sample(b)
	if err := stages.Default().Run(context.Background(), []*corpus.Document{d}); err != nil {
		b.Fatal(err)
	}
	e, err := stages.NewEntities()
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	for b.Loop() {
		if err := e.Apply(ctx, d); err != nil {
			b.Fatal(err)
		}
	}
	people := 0 // of the gold's labels: not the 3 wars
	for _, m := range d.Mentions {
		if m.Label != corpus.Law && m.Label != corpus.Event && m.Label != corpus.Facility {
			people++
		}
	}
	if people != 271 {
		b.Fatalf("%d mentions, want 271", people)
	}
	tokens := 0
	for _, t := range d.Turns {
		tokens += len(t.Tokens)
	}
	b.ReportMetric(float64(tokens)*float64(b.N)/b.Elapsed().Seconds(), "speech-tokens/s")
}

// mentionsOf runs the full pipeline over a small record and returns its
// speech mentions as "text=Entity/label".
func mentionsOf(t testing.TB, src string, fold bool, extra string) []string {
	t.Helper()
	d, err := rec.ReadOne("t.txt", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	e, err := stages.NewEntities()
	if err != nil {
		t.Fatal(err)
	}
	e.FoldGroups = fold
	if extra != "" {
		if err := e.Gazetteer().Add(strings.NewReader(extra), "mine.txt"); err != nil {
			t.Fatal(err)
		}
	}
	if err := stages.New(stages.NewNormalize(), e).Run(context.Background(), []*corpus.Document{d}); err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, m := range d.Mentions {
		out = append(out, m.Text+"="+m.Entity+"/"+string(m.Label))
	}
	return out
}

func TestEntitiesRules(t *testing.T) {
	const head = "Attendants: Smith, Jones.\n"
	tests := []struct {
		name, speech string
		fold         bool
		extra        string
		want         string
	}{
		{"aliases and possessives", "the UK and Great Britain’s trade with the USSR", false, "",
			"UK=Britain/place Great Britain’s=Britain/place USSR=Soviet Union/place"},
		{"an acronym only in capitals", "let us ask the US", false, "", "US=United States/place"},
		{"England and Russia are their own", "England and Russia", false, "", "England=England/place Russia=Russia/place"},
		{"a user's alias file joins them", "England and Russia", false, "place: Britain = England\n", "England=Britain/place Russia=Russia/place"},
		{"titles stripped", "Trade Minister Wilson and Generalissimo Stalin met Comrade Jones", false, "",
			"Trade Minister Wilson=Wilson/person Generalissimo Stalin=Stalin/person Comrade Jones=Jones/person"},
		{"a title alone is whom it precedes", "Generalissimo Stalin spoke, Generalissimo Stalin sat, and the Generalissimo left", false, "",
			"Generalissimo Stalin=Stalin/person Generalissimo Stalin=Stalin/person Generalissimo=Stalin/person"},
		{"name particles stay in the name", "Osama bin Laden and Charles de Gaulle met, and de Gaulle left", false, "",
			"Osama bin Laden=bin Laden/person Charles de Gaulle=de Gaulle/person de Gaulle=de Gaulle/person"},
		{"a ticket of two known people is two mentions", "Joe Biden and Mike Pence: the Biden Pence debate", false, "",
			"Joe Biden=Biden/person Mike Pence=Pence/person Biden=Biden/person Pence=Pence/person"},
		{"a firm's name joined by an ampersand", "Johnson & Johnson", false, "",
			"Johnson & Johnson=Johnson & Johnson/organisation"},
		{"camel case names a product, not a person", "NiceGUI and JavaScript, said McCain", false, "", "McCain=McCain/person"},
		{"regnal numbers and wars", "King Mohammed VI spoke of World War II", false, "",
			"King Mohammed VI=Mohammed VI/person World War II=World War II/event"},
		{"a sea with a small head, a hyphenated common word", "the North sea and E-Commerce", false, "", "North sea=North Sea/place"},
		{"a state by its form and name", "the Federal Republic of Cameroon and the Secretary of State of the United States", false, "",
			"Federal Republic of Cameroon=Cameroon/place United States=United States/place"},
		{"a body that says where it works", "the United Nations Operation in Somalia and the University of Utah in Salt Lake City", false, "",
			"United Nations Operation in Somalia=United Nations Operation in Somalia/organisation University of Utah=University of Utah/organisation Salt Lake City=Salt Lake City/place"},
		{"two bodies joined by and are two", "Aberdeen University and Lloyds Banking Group, the Food and Drug Administration", false, "",
			"Aberdeen University=Aberdeen University/organisation Lloyds Banking Group=Lloyds Banking Group/organisation Food and Drug Administration=Food and Drug Administration/organisation"},
		{"East Asian names, saints' abbreviations", "Chou En-lai met Ban Ki-moon in St. Lucia", false, "",
			"Chou En-lai=Chou En-lai/person Ban Ki-moon=Ban Ki-moon/person St. Lucia=Saint Lucia/place"},
		{"a place named after its kind", "the island of Barbuda and the town of Srebrenica", false, "",
			"Barbuda=Barbuda/place Srebrenica=Srebrenica/place"},
		{"a peer's title holds a place", "Lord Wallace of Tankerness spoke for HM Treasury", false, "",
			"Lord Wallace of Tankerness=Wallace of Tankerness/person HM Treasury=Treasury/organisation"},
		{"a town the sentence makes a place", "I grew up in Scranton, then Kenosha, Wisconsin, and Waterloo said so", false, "",
			"Scranton=Scranton/place Kenosha=Kenosha/place Wisconsin=Wisconsin/place Waterloo=Waterloo/person"},
		{"a body's long name written small", "the world health organization and the labour party", false, "",
			"world health organization=World Health Organization/organisation"},
		{"an event named by its place", "the Geneva talks were held in Geneva", false, "",
			"Geneva talks=Geneva talks/event Geneva=Geneva/place"},
		{"a name hyphenated across a line, a leader's regime, a person of a body", "Boutros-\nGhali spoke of the Vorster regime, and President Kim of the World Bank", false, "",
			"Boutros-Ghali=Boutros-Ghali/person Vorster=Vorster/person President Kim=Kim/person World Bank=World Bank/organisation"},
		{"bodies named after their country, a kind of committee, a resolution", "Oil and Gas UK and Age UK told the Select Committee that Security Council resolution 242 stands, and the UK agreed", false, "",
			"Oil and Gas UK=Oil and Gas UK/organisation Age UK=Age UK/organisation Security Council resolution 242=Security Council resolution 242/law UK=Britain/place"},
		{"a lone unknown word is no person; a famous surname, a possessive and a cited author are", "we met Gazprom about the Tormore field, as Adenauer did in Bonn, and read Vyshinsky's notes and Pashkevich, L. F. on it", false, "",
			"Adenauer=Adenauer/person Bonn=Bonn/place Vyshinsky's=Vyshinsky/person Pashkevich=Pashkevich/person"},
		{"a comma inside a known name, a hyphenated point of the compass", "the United Nations Educational, Scientific and Cultural Organization and the Association of South-East Asian Nations", false, "",
			"United Nations Educational, Scientific and Cultural Organization=UNESCO/organisation Association of South-East Asian Nations=ASEAN/organisation"},
		{"a body named alone is not joined by and; a known body does not run on into a place", "the Government and Parliament of Iceland asked the Security Council on Portugal", false, "",
			"Parliament of Iceland=Parliament of Iceland/organisation Security Council=Security Council/organisation Portugal=Portugal/place"},
		{"the oceans' halves are regions", "the South Pacific and the North Atlantic", false, "",
			"South Pacific=South Pacific/place North Atlantic=North Atlantic/place"},
		{"initials before a name, a numbered sitting, a common noun's possessive opening a body", "as V. I. Lenin said at the Twenty-fourth Congress of the Communist Party, the Children's Defense Fund and the U.S. Marines agree", false, "",
			"V. I. Lenin=Lenin/person Twenty-fourth Congress of the Communist Party=Twenty-fourth Congress of the Communist Party/event Children's Defense Fund=Children's Defense Fund/organisation U.S. Marines=U.S. Marines/organisation"},
		{"places joined by and, a town listed between places, a compound adjective before a body", "Bougainville and Solomon Islands, like Tel Aviv, Salisbury and Lisbon, heard the British-based New Economics Foundation in Washington, D.C.", false, "",
			"Bougainville=Bougainville/place Solomon Islands=Solomon Islands/place Tel Aviv=Tel Aviv/place Salisbury=Salisbury/place Lisbon=Lisbon/place New Economics Foundation=New Economics Foundation/organisation Washington, D.C.=Washington/place"},
		{"an auxiliary opening a question is no part of a name", "yes. Do Donald Trump and you agree?", false, "", "Donald Trump=Trump/person"},
		{"features named by a prefix, chambers, hemispheres", "the River Plate, Lake Chad, the Chamber of Deputies and the Western Hemisphere", false, "",
			"River Plate=River Plate/place Lake Chad=Lake Chad/place Chamber of Deputies=Chamber of Deputies/organisation Western Hemisphere=Western Hemisphere/place"},
		{"a longer name after a small word", "the Netherlands Antilles and the Netherlands", false, "",
			"Netherlands Antilles=Netherlands Antilles/place the Netherlands=Netherlands/place"},
		{"a hyphenated title", "Vice-President Biden spoke", false, "", "Vice-President Biden=Biden/person"},
		{"a court case is a law", "Roe v. Wade and Roe V. Wade stand", false, "", "Roe v. Wade=Roe v. Wade/law Roe V. Wade=Roe V. Wade/law"},
		{"initials stay in the name", "Franklin D. Roosevelt and N. S. Khrushchev met", false, "",
			"Franklin D. Roosevelt=Roosevelt/person N. S. Khrushchev=Khrushchev/person"},
		{"a body before a title is its own mention", "CDC Director Redfield spoke", false, "",
			"CDC=CDC/organisation Director Redfield=Redfield/person"},
		{"a place named by its head", "the Korean Peninsula and the Strait of Hormuz are far", false, "",
			"Korean Peninsula=Korean Peninsula/place Strait of Hormuz=Strait of Hormuz/place"},
		{"a government named by its country", "the United States Administration agreed", false, "",
			"United States=United States/place"},
		{"a place before a treaty noun names the treaty", "the EEA agreement binds Norway", false, "",
			"EEA agreement=EEA agreement/law Norway=Norway/place"},
		{"the member for a district names a place", "the hon. Member for Bolton West and the member for Orkney and Shetland agree", false, "",
			"Bolton West=Bolton West/place Orkney and Shetland=Orkney and Shetland/place"},
		{"an office alone names no one", "Prime Minister Putin spoke twice, as Prime Minister Putin said, and the Minister answered", false, "",
			"Prime Minister Putin=Putin/person Prime Minister Putin=Putin/person"},
		{"a title before one name once is an office", "President Eisenhower spoke, and the President left", false, "",
			"President Eisenhower=Eisenhower/person"},
		{"own name is framing", "Smith thinks that Jones is right", false, "", "Jones=Jones/person"},
		{"compound adjectives", "Anglo-Soviet relations", false, "", "Anglo=British/group Soviet=Soviet/group"},
		// Two or three words each to the word count, one name each here.
		{"names with hyphens and periods", "Mr. Bevin, the U.S. and Guinea-Bissau", false, "",
			"Mr. Bevin=Bevin/person U.S.=United States/place Guinea-Bissau=Guinea-Bissau/place"},
		{"a possessive ends a name", "he met Jones’s Labour Party", false, "", "Jones’s=Jones/person Labour Party=Labour Party/organisation"},
		{"groups kept apart, or folded", "the British and the Soviet people", true, "",
			"British=Britain/place Soviet=Soviet Union/place"},
		{"sentence-initial The", "they came. The Soviet Union agreed.", false, "", "Soviet Union=Soviet Union/place"},
		{"an unknown name mid-sentence", "it was Bevin who raised it", false, "", "Bevin=Bevin/person"},
		{"no names: creeds, months, offices", "the Marxist party met in October. The Head of the Government spoke", false, "", ""},
		{"no names: interjections and adverbs opening a sentence", "yes. Sorry, go on. Fantastic. Mm-hm. Honestly, it was Bevin", false, "", "Bevin=Bevin/person"},
		{"a body by its head noun; the head alone is none", "the Ford Foundation wrote to Tel Aviv University and the Foundation", false, "",
			"Ford Foundation=Ford Foundation/organisation Tel Aviv University=Tel Aviv University/organisation"},
		{"no names: the plural of one", "every week I take my grandson on Saturdays for the story time, and Bevin", false, "", "Bevin=Bevin/person"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := strings.Join(mentionsOf(t, head+"SMITH says that "+tc.speech+".\nJONES says that yes.\n", tc.fold, tc.extra), " ")
			if got != tc.want {
				t.Errorf("\n got %s\nwant %s", got, tc.want)
			}
		})
	}
}

func TestGazetteerErrors(t *testing.T) {
	g, err := stages.NewGazetteer()
	if err != nil {
		t.Fatal(err)
	}
	for _, bad := range []string{"planet: Mars\n", "place Mars\n", "place: = Mars\n", "place: Mars == Red Planet\n", "fold: British\n"} {
		err := g.Add(strings.NewReader("# ok\nplace: Venus\n"+bad), "mine.txt")
		if !corpus.IsInputError(err) || !strings.Contains(err.Error(), "mine.txt:3:") {
			t.Errorf("%q: error %v, want mine.txt:3: ...", bad, err)
		}
	}
}

// TestEditorialPeopleAreNoOnesMentions checks that the Politburo members
// the header addresses, and the people of the footnotes and distribution
// list, are editorial mentions only.
func TestEditorialPeopleAreNoOnesMentions(t *testing.T) {
	d := entitiesOfSample(t)
	editorial := map[string]bool{}
	for _, m := range d.EditorialMentions {
		editorial[m.Entity] = true
	}
	for _, name := range []string{"Andreyev", "Beria", "Voroshilov", "Zhdanov", "Kaganovich", "Malenkov", "Mikoyan", "Khrushchev", "Bulganin", "Kosygin", "Shvernik", "Kuznetsov", "Popov", "Suslov", "Pollitt", "Togliatti", "Thorez"} {
		if !editorial[name] {
			t.Errorf("%s is not among the footnotes' people", name)
		}
		for _, m := range d.Mentions {
			if m.Entity == name {
				t.Errorf("%s mentioned in speech, turn %d", name, m.Turn)
			}
		}
	}
}

// TestEntitiesSpeakerAliases checks that the speaker alias file names the
// people mentioned too, in a document where they do not speak.
func TestEntitiesSpeakerAliases(t *testing.T) {
	d, err := rec.ReadOne("t.txt", []byte("Attendants: Smith.\nSMITH says that President Trump and Trump's plan failed.\n"))
	if err != nil {
		t.Fatal(err)
	}
	a, err := corpus.ReadAliases(strings.NewReader("Donald J. Trump: [Trump, President Trump]\n"), "a.yaml")
	if err != nil {
		t.Fatal(err)
	}
	e, err := stages.NewEntities()
	if err != nil {
		t.Fatal(err)
	}
	e.Aliases = a
	if err := stages.New(stages.NewNormalize(), e).Run(context.Background(), []*corpus.Document{d}); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, m := range d.Mentions {
		got = append(got, m.Entity)
	}
	if strings.Join(got, "|") != "Donald J. Trump|Donald J. Trump" {
		t.Errorf("mentions %q", got)
	}
}

// TestEntitiesCommonWordsOpeningSentences reads a real technical
// interview, where words the text writes in lower case elsewhere open
// sentences ("Branches tend to fan out", "Makes sense", "Let's"), and
// checks that none of them is taken for a name.
func TestEntitiesCommonWordsOpeningSentences(t *testing.T) {
	src, err := os.ReadFile(filepath.Join(corpustest.SharedCorpora, "interviews", "btc_bram-cohen_merkle-sets_QA.md"))
	if err != nil {
		t.Skip("../shared/corpora is absent")
	}
	d, err := script.Read("btc_bram-cohen_merkle-sets_QA.md", src)
	if err != nil {
		t.Fatal(err)
	}
	e, err := stages.NewEntities()
	if err != nil {
		t.Fatal(err)
	}
	if err := stages.New(stages.NewNormalize(), e).Run(context.Background(), []*corpus.Document{d}); err != nil {
		t.Fatal(err)
	}
	for _, m := range d.Mentions {
		switch m.Text {
		case "Branches", "Makes", "Let's", "Let’s", "Inputs", "Trie":
			t.Errorf("line %d: %q taken for a %s", corpus.LineAt(d.Source, m.Start), m.Text, m.Label)
		}
	}
}

// BenchmarkNewGazetteer loads the shipped gazetteer: the generated places
// and the hand list, which every run pays once.
func BenchmarkNewGazetteer(b *testing.B) {
	for b.Loop() {
		if _, err := stages.NewGazetteer(); err != nil {
			b.Fatal(err)
		}
	}
	if got := mentionsOf(b, "SMITH says that Hong Kong and New Delhi are far.", false, ""); strings.Join(got, " ") != "Hong Kong=Hong Kong/place New Delhi=New Delhi/place" {
		b.Fatalf("mentions %v", got)
	}
}

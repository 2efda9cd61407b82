package main

import (
	"bufio"
	"context"
	"fmt"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"parley/corpus"
	"parley/corpus/formats"
	"parley/stages"
)

// The accuracy test scores parley's reading of the real transcripts in
// ../shared/corpora against truth made blind: by an annotator who never saw
// parley's code or output, from guidelines written first
// (corpus/testdata/truth/GUIDELINES.md). For each file the truth gives the
// turn sequence (speaker and words of each turn) and the words of each
// speaker; the test maps parley's speakers to the truth's by name and
// reports, per file, whether the turn sequence is exact and how far each
// speaker's words are off. The hidden sets the project is judged on are
// scored the same way: turn sequence exact, per-speaker words within 2%.

const truthDir = "../../corpus/testdata/truth"

// sharedCorpora is the shared corpora folder, relative to this package.
var sharedCorpora = filepath.Join("..", "..", "..", "shared", "corpora")

// truthTurn is one turn of the truth.
type truthTurn struct {
	speaker string
	words   int
}

// readTruth reads a truth TSV (comment lines start with '#'; the first
// other line is the header) into rows of named fields.
func readTruth(path string) ([]map[string]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var head []string
	var rows []map[string]string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.HasPrefix(line, "#") || strings.TrimSpace(line) == "" {
			continue
		}
		cells := strings.Split(line, "\t")
		if head == nil {
			head = cells
			continue
		}
		row := map[string]string{}
		for i, h := range head {
			if i < len(cells) {
				row[strings.TrimSpace(h)] = strings.TrimSpace(cells[i])
			}
		}
		rows = append(rows, row)
	}
	return rows, sc.Err()
}

// nameKey folds a speaker's name for matching: titles stripped, case
// folded.
func nameKey(s string) string { return corpus.SpeakerID(s) }

// wordsWithin reports whether the words of one name run within the
// other's ("zhou" within "zhou enlai", "rusk" within "dean rusk").
func wordsWithin(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	return strings.Contains(" "+b+" ", " "+a+" ")
}

// speakerMap maps each of parley's speaker IDs to a truth speaker: the one
// whose name is parley's name, display name or a cue form (titles
// stripped, case folded), else whose words run within parley's or the other
// way round ("Zhou" and "Zhou Enlai"); the truth speakers with most words claim first. A speaker left
// unmapped keeps its own name and counts against the score.
func speakerMap(d *corpus.Document, truthWords map[string]int) map[string]string {
	var truth []string
	for s := range truthWords {
		truth = append(truth, s)
	}
	sort.Slice(truth, func(i, j int) bool {
		if truthWords[truth[i]] != truthWords[truth[j]] {
			return truthWords[truth[i]] > truthWords[truth[j]]
		}
		return truth[i] < truth[j]
	})
	out := map[string]string{}
	taken := map[string]bool{}
	for pass := 0; pass < 2; pass++ {
		for _, ts := range truth {
			if taken[ts] {
				continue
			}
			tk := nameKey(ts)
			for _, sp := range d.Speakers {
				if _, ok := out[sp.ID]; ok {
					continue
				}
				keys := []string{sp.ID, nameKey(sp.Name)}
				for _, f := range sp.Forms {
					keys = append(keys, nameKey(f))
				}
				hit := false
				for _, k := range keys {
					if pass == 0 && k == tk || pass == 1 && k != "" && wordsWithin(k, tk) {
						hit = true
					}
				}
				if hit {
					out[sp.ID] = ts
					taken[ts] = true
					break
				}
			}
		}
	}
	for _, sp := range d.Speakers {
		if _, ok := out[sp.ID]; !ok {
			out[sp.ID] = "?" + sp.Name
		}
	}
	return out
}

// alignUnmatched names the speakers that speakerMap could not match by
// name ("?The Secretary") after the truth speaker they stand beside most
// often, turn for turn, among those no speaker was matched to: an office
// the record never resolves ("The President") is still the one person the
// truth names, and the score should say whether its turns are right. It
// renames seq and words in place.
func alignUnmatched(seq, want []string, words map[string]int) {
	taken := map[string]bool{}
	for _, s := range seq {
		if !strings.HasPrefix(s, "?") {
			taken[s] = true
		}
	}
	type pair struct{ p, t string }
	counts := map[pair]int{}
	for i := 0; i < min(len(seq), len(want)); i++ {
		if strings.HasPrefix(seq[i], "?") && !taken[want[i]] {
			counts[pair{seq[i], want[i]}]++
		}
	}
	var pairs []pair
	for k := range counts {
		pairs = append(pairs, k)
	}
	sort.Slice(pairs, func(i, j int) bool {
		if counts[pairs[i]] != counts[pairs[j]] {
			return counts[pairs[i]] > counts[pairs[j]]
		}
		if pairs[i].p != pairs[j].p {
			return pairs[i].p < pairs[j].p
		}
		return pairs[i].t < pairs[j].t
	})
	rename := map[string]string{}
	for _, pr := range pairs {
		if _, done := rename[pr.p]; done || taken[pr.t] {
			continue
		}
		rename[pr.p] = pr.t
		taken[pr.t] = true
	}
	for i, s := range seq {
		if r, ok := rename[s]; ok {
			seq[i] = r
		}
	}
	for from, to := range rename {
		words[to] += words[from]
		delete(words, from)
	}
}

// editDistance is the Levenshtein distance between two sequences.
func editDistance(a, b []string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			sub := prev[j-1]
			if a[i-1] != b[j-1] {
				sub++
			}
			cur[j] = min(sub, prev[j]+1, cur[j-1]+1)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// score is parley's reading of one file against its truth.
type score struct {
	file               string
	format             string
	truthTurns, turns  int
	distance           int     // edit distance of the speaker sequences; -1 without a sequence
	nameDistance       int     // the same before speakers unmatched by name were aligned
	maxOff             float64 // the largest per-speaker word difference, as a share of the truth's
	wordsOff           float64 // all the speakers' word differences, summed, as a share of the truth's words
	worst              string  // the speaker it is for
	truthWords, words  int
	speakers, tspeaker int
	err                error    // the file could not be read
	perSpeaker         []string // "Rusk 1623/1360": each speaker's words, parley's and the truth's
}

func (s score) String() string {
	if s.err != nil {
		return fmt.Sprintf("%-45s not read: %v", s.file, s.err)
	}
	seq := "n/a"
	if s.distance >= 0 {
		seq = fmt.Sprintf("%d/%d turns, distance %d", s.turns, s.truthTurns, s.distance)
	}
	return fmt.Sprintf("%-45s %-9s %-32s words %6d/%6d  speakers %2d/%2d  worst %+.1f%% (%s)  off %.1f%%",
		s.file, s.format, seq, s.words, s.truthWords, s.speakers, s.tspeaker, 100*s.maxOff, s.worst, 100*s.wordsOff)
}

// scoreFile reads one file and scores it against its truth, the turns TSV
// (the .speakers.tsv beside it is its sum per speaker, for readers).
func scoreFile(t *testing.T, tok *stages.Tokenize, path, turnsTSV string) score {
	t.Helper()
	sc := score{file: filepath.Base(path), distance: -1}
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	docs, err := formats.Read(path, src, corpus.Options{})
	if err != nil {
		sc.err = err
		return sc
	}
	truthWords := map[string]int{}
	var truthSeq []truthTurn
	rows, err := readTruth(turnsTSV)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rows {
		w, _ := strconv.Atoi(r["words"])
		truthSeq = append(truthSeq, truthTurn{r["speaker"], w})
		truthWords[r["speaker"]] += w
	}
	words := map[string]int{}
	var seq []string
	for _, d := range docs {
		sc.format = d.Format
		if err := tok.Apply(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		m := speakerMap(d, truthWords)
		for k, turn := range d.Turns {
			name := m[turn.Speaker]
			words[name] += turn.Words()
			sc.words += turn.Words()
			if n := len(seq); n > 0 && seq[n-1] == name && k > 0 {
				continue // unmapped speakers merged; a document's first turn stays its own (a table's sessions)
			}
			seq = append(seq, name)
		}
		sc.speakers += len(d.Speakers)
	}
	sc.turns = len(seq)
	if truthSeq != nil {
		var want []string
		for _, tt := range truthSeq {
			want = append(want, tt.speaker)
		}
		sc.nameDistance = editDistance(seq, want)
		alignUnmatched(seq, want, words)
		sc.truthTurns = len(want)
		sc.distance = editDistance(seq, want)
	}
	sc.tspeaker = len(truthWords)
	names := map[string]bool{}
	for s := range truthWords {
		names[s] = true
	}
	for s := range words {
		names[s] = true
	}
	var sorted []string
	for s := range names {
		sorted = append(sorted, s)
	}
	sort.Strings(sorted)
	diff := 0.0
	for _, s := range sorted {
		sc.truthWords += truthWords[s]
		off := 1.0
		if truthWords[s] > 0 {
			off = float64(words[s]-truthWords[s]) / float64(truthWords[s])
		} else if words[s] == 0 {
			off = 0
		}
		if math.Abs(off) > math.Abs(sc.maxOff) {
			sc.maxOff, sc.worst = off, s
		}
		sc.perSpeaker = append(sc.perSpeaker, fmt.Sprintf("%s %d/%d", s, words[s], truthWords[s]))
		diff += math.Abs(float64(words[s] - truthWords[s]))
	}
	sc.wordsOff = diff / float64(max(sc.truthWords, 1))
	return sc
}

// TestAccuracySharedCorpora scores every file that has a truth, logs the
// figures, and fails where a file reads worse than it did when its floor
// was set (floors, below).
func TestAccuracySharedCorpora(t *testing.T) {
	if _, err := os.Stat(sharedCorpora); err != nil {
		t.Skip("../shared/corpora is absent")
	}
	truth, err := os.ReadDir(truthDir)
	if err != nil {
		t.Skip("no truth files")
	}
	// The shared files by base name.
	paths := map[string]string{}
	filepath.WalkDir(sharedCorpora, func(path string, e fs.DirEntry, err error) error {
		if err == nil && !e.IsDir() && !strings.Contains(path, "un-general-debates") {
			paths[e.Name()] = path
		}
		return nil
	})
	tok := stages.NewTokenize()
	for _, e := range truth {
		name := e.Name()
		if !strings.HasSuffix(name, ".tsv") || strings.HasSuffix(name, ".speakers.tsv") {
			continue
		}
		base := strings.TrimSuffix(name, ".tsv")
		path, ok := paths[base]
		if !ok {
			t.Errorf("truth %s: no such shared file", name)
			continue
		}
		sc := scoreFile(t, tok, path, filepath.Join(truthDir, name))
		t.Log(sc)
		t.Logf("    words per speaker (parley/truth): %s", strings.Join(sc.perSpeaker, ", "))
		checkFloor(t, sc)
	}

}

// blindDir holds small transcripts in everyday layouts, each with its
// truth beside it (FILE.tsv), written blind by a helper who never saw
// parley's code or output: a stand-in for the hidden sets.
const blindDir = "../../corpus/testdata/blind"

// TestAccuracyBlind scores every transcript of the blind set against its
// truth and reports how many read exactly.
func TestAccuracyBlind(t *testing.T) {
	entries, err := os.ReadDir(blindDir)
	if err != nil {
		t.Skip("no blind set")
	}
	tok := stages.NewTokenize()
	exact, byName, within, n := 0, 0, 0, 0
	for _, e := range entries {
		name := e.Name()
		// A truth file is FILE.tsv beside its FILE; a transcript may be a
		// .tsv too.
		_, truthOf := os.Stat(filepath.Join(blindDir, strings.TrimSuffix(name, ".tsv")))
		if e.IsDir() || strings.HasSuffix(name, ".tsv") && truthOf == nil || strings.HasSuffix(name, ".speakers.tsv") || strings.EqualFold(name, "README.md") {
			continue
		}
		truth := filepath.Join(blindDir, name+".tsv")
		if _, err := os.Stat(truth); err != nil {
			continue
		}
		sc := scoreFile(t, tok, filepath.Join(blindDir, name), truth)
		n++
		if sc.err == nil && sc.nameDistance == 0 && sc.distance == 0 {
			byName++
		}
		if sc.err == nil && sc.distance == 0 {
			exact++
		}
		if sc.err == nil && math.Abs(sc.maxOff) <= 0.02 {
			within++
		}
		t.Log(sc)
		checkFloor(t, sc)
	}
	t.Logf("blind set: %d files, %d with the turn sequence exact (%d with every speaker named as the truth names them), %d with every speaker's words within 2%%", n, exact, byName, within)
}

// floor is the worst reading of a file the test accepts: the edit distance
// of its turn sequence and the largest per-speaker word difference. Each
// is set to what parley achieved when the file's reader was last
// improved, so that a change that reads a file worse fails.
type floor struct {
	distance int
	maxOff   float64
	wordsOff float64 // so that a second speaker lost where one already is fails too
}

// floors, measured on 2026-12-01 when issue 9's readers landed; lower a
// number when a change reads a file better, never raise one without
// saying why. A speaker's words are off by maxOff of the truth's at most
// (1.0 is 100%: a speaker the truth has and parley has not, or the other
// way round).
var floors = map[string]floor{
	"1947-10-14-stalin-labour-mps.txt":             {distance: 0, maxOff: 0.0005, wordsOff: 0.0005},
	"2020_vp_part1.txt":                            {distance: 0, maxOff: 0.0005, wordsOff: 0.0005},
	"archive-translation_direct-labels.txt":        {distance: 0, maxOff: 0.0005, wordsOff: 0.0005},
	"bracket-name-labels.txt":                      {distance: 0, maxOff: 0.0005, wordsOff: 0.0005},
	"british-record_meeting.txt":                   {distance: 0, maxOff: 0.0685, wordsOff: 0.0285},
	"btc_bram-cohen_merkle-sets_QA.md":             {distance: 0, maxOff: 0.0005, wordsOff: 0.0005},
	"btc_livera-bishop_interview.md":               {distance: 0, maxOff: 0.0005, wordsOff: 0.0005},
	"cable_first-person.txt":                       {distance: 0, maxOff: 0.0255, wordsOff: 0.0075},
	"cdp_oakland_captions.vtt":                     {distance: 52, maxOff: 5.8745, wordsOff: 1.7115},
	"changelog_afk-5.md":                           {distance: 0, maxOff: 0.0005, wordsOff: 0.0005},
	"chat-log_timestamps.txt":                      {distance: 0, maxOff: 0.0005, wordsOff: 0.0005},
	"committee-minutes_non-speaker-lines.txt":      {distance: 0, maxOff: 0.0005, wordsOff: 0.0005},
	"congressional-hearing_gpo.txt":                {distance: 0, maxOff: 0.0005, wordsOff: 0.0005},
	"council_chevron-changes.vtt":                  {distance: 14, maxOff: 1.1595, wordsOff: 1.0745},
	"debate.csv":                                   {distance: 0, maxOff: 0.0015, wordsOff: 0.0005},
	"deposition_margin-numbers.txt":                {distance: 0, maxOff: 0.0105, wordsOff: 0.0085},
	"ebScreenplays_THE_LIBRARY_FREAK-OUT.fountain": {distance: 0, maxOff: 0.0005, wordsOff: 0.0005},
	"film_dialogue-dashes.srt":                     {distance: 0, maxOff: 0.0005, wordsOff: 0.0005},
	"focus-group_speaker-n.txt":                    {distance: 0, maxOff: 0.0005, wordsOff: 0.0005},
	"frus1961-63v05_d86.txt":                       {distance: 8, maxOff: 1.0005, wordsOff: 0.0435},
	"frus1961-63v05_d88.txt":                       {distance: 2, maxOff: 0.0305, wordsOff: 0.0245},
	"frus1961-63v05_d89.txt":                       {distance: 2, maxOff: 0.0195, wordsOff: 0.0125},
	"frus1961-63v05_d91.txt":                       {distance: 11, maxOff: 1.0005, wordsOff: 0.2225},
	"gutenberg_pinero_mind-the-paint-girl.txt":     {distance: 6, maxOff: 0.0135, wordsOff: 0.0025},
	"interview_caps-labels-page-footers.txt":       {distance: 0, maxOff: 0.0005, wordsOff: 0.0005},
	"interview_one-line-labels.txt":                {distance: 0, maxOff: 0.0005, wordsOff: 0.0005},
	"lecture_voice-tags.vtt":                       {distance: 0, maxOff: 0.0005, wordsOff: 0.0005},
	"magazine-interview.html":                      {distance: 0, maxOff: 0.1315, wordsOff: 0.1085},
	"memcon_page-furniture.txt":                    {distance: 0, maxOff: 0.0005, wordsOff: 0.0005},
	"mission-log_day-timestamps.txt":               {distance: 0, maxOff: 0.0385, wordsOff: 0.0125},
	"name-bracket-time_own-line.txt":               {distance: 0, maxOff: 0.0005, wordsOff: 0.0005},
	"name-paren-time_podcast.txt":                  {distance: 0, maxOff: 0.0005, wordsOff: 0.0005},
	"oral-history_qa.txt":                          {distance: 0, maxOff: 0.0005, wordsOff: 0.0005},
	"otter_export.txt":                             {distance: 0, maxOff: 0.0005, wordsOff: 0.0005},
	"parliament_electorate-time-labels.txt":        {distance: 0, maxOff: 0.0095, wordsOff: 0.0055},
	"parliament_hansard-questions.txt":             {distance: 0, maxOff: 0.0815, wordsOff: 0.0135},
	"phone-call_surname-two-liners.txt":            {distance: 0, maxOff: 0.0005, wordsOff: 0.0005},
	"play_printed-caps-names.txt":                  {distance: 0, maxOff: 0.0005, wordsOff: 0.0005},
	"podcast_markdown-bold.md":                     {distance: 0, maxOff: 0.0005, wordsOff: 0.0005},
	"press-briefing_q-reporters.txt":               {distance: 0, maxOff: 0.0005, wordsOff: 0.0005},
	"radio-panel_name-labels.txt":                  {distance: 0, maxOff: 0.0005, wordsOff: 0.0005},
	"radio_diarised.srt":                           {distance: 0, maxOff: 0.0005, wordsOff: 0.0005},
	"rev_label-line-times.txt":                     {distance: 0, maxOff: 0.0005, wordsOff: 0.0005},
	"screenplay_last-ferry.fountain":               {distance: 0, maxOff: 0.0005, wordsOff: 0.0005},
	"screenplay_plain-centred.txt":                 {distance: 1, maxOff: 1.0005, wordsOff: 0.0595},
	"soviet-record_gromyko-zhou.txt":               {distance: 0, maxOff: 0.0005, wordsOff: 0.0005},
	"state-hearing_page.html":                      {distance: 0, maxOff: 0.0005, wordsOff: 0.0005},
	"talkpython_525-nicegui.vtt":                   {distance: 0, maxOff: 0.0005, wordsOff: 0.0005},
	"trial_the-court.txt":                          {distance: 0, maxOff: 0.0005, wordsOff: 0.0005},
	"tv-news_double-chevron.txt":                   {distance: 0, maxOff: 0.0005, wordsOff: 0.0005},
	"two-records_one-file.txt":                     {distance: 0, maxOff: 0.0005, wordsOff: 0.0005},
	"us-memcon_rusk-dobrynin.txt":                  {distance: 0, maxOff: 0.0075, wordsOff: 0.0035},
	"whisperx_speaker-underscore.txt":              {distance: 0, maxOff: 0.0005, wordsOff: 0.0005},
	"zoom_transcript.vtt":                          {distance: 0, maxOff: 0.0005, wordsOff: 0.0005},
	// The structured readers (issue 11), measured when they landed.
	"ParlaMint-GB_2017-09-07-commons.xml":        {distance: 0, maxOff: 0.0005, wordsOff: 0.0005},
	"akoma-ntoso_debate.xml":                     {distance: 0, maxOff: 0.0005, wordsOff: 0.0005},
	"assemblyai_ms.json":                         {distance: 0, maxOff: 0.0005, wordsOff: 0.0005},
	"assemblyai_utterances.json":                 {distance: 0, maxOff: 0.0005, wordsOff: 0.0005},
	"aws_transcribe_speaker-identification.json": {distance: 0, maxOff: 0.0005, wordsOff: 0.0005},
	"deepgram_dg_speakers.json":                  {distance: 0, maxOff: 0.0005, wordsOff: 0.0005},
	"elan_example1_poio.eaf":                     {distance: 0, maxOff: 0.0005, wordsOff: 0.0005},
	"elan_translation-tier.eaf":                  {distance: 0, maxOff: 0.0005, wordsOff: 0.0005},
	"focus-group_roles.tsv":                      {distance: 0, maxOff: 0.0005, wordsOff: 0.0005},
	"exmaralda_HardTalk.exb":                     {distance: 0, maxOff: 0.0025, wordsOff: 0.0025},
	"frus1961-63v05_d86.xml":                     {distance: 8, maxOff: 1.0005, wordsOff: 0.0435},
	"frus1961-63v05_d88.xml":                     {distance: 2, maxOff: 0.0305, wordsOff: 0.0245},
	"frus1961-63v05_d89.xml":                     {distance: 2, maxOff: 0.0195, wordsOff: 0.0125},
	"frus1961-63v05_d91.xml":                     {distance: 11, maxOff: 1.0005, wordsOff: 0.2225},
	"hansard-au_interjections.xml":               {distance: 0, maxOff: 0.0175, wordsOff: 0.0095},
	"interview_bold-labels.docx":                 {distance: 0, maxOff: 0.0005, wordsOff: 0.0005},
	"interview_table.docx":                       {distance: 0, maxOff: 0.0005, wordsOff: 0.0005},
	"oral-argument_sections.json":                {distance: 0, maxOff: 0.0005, wordsOff: 0.0005},
	"parliament-export_name-body.csv":            {distance: 0, maxOff: 0.0005, wordsOff: 0.0005},
	"participant-utterance.jsonl":                {distance: 0, maxOff: 0.0005, wordsOff: 0.0005},
	"praat_two-speakers.TextGrid":                {distance: 0, maxOff: 0.0005, wordsOff: 0.0005},
	"revai_monologues.json":                      {distance: 0, maxOff: 0.0005, wordsOff: 0.0005},
	"script_cp1252.txt":                          {distance: 0, maxOff: 0.0005, wordsOff: 0.0005},
	"script_utf16.txt":                           {distance: 0, maxOff: 0.0005, wordsOff: 0.0005},
	"semicolon_export.csv":                       {distance: 0, maxOff: 0.0005, wordsOff: 0.0005},
	"stt_plain-array.json":                       {distance: 0, maxOff: 0.0005, wordsOff: 0.0005},
	"transcriber_overlap.trs":                    {distance: 0, maxOff: 0.0005, wordsOff: 0.0005},
	"twfy_westminster2009-10-29a.xml":            {distance: 0, maxOff: 0.0085, wordsOff: 0.0025},
	"two-sessions.csv":                           {distance: 0, maxOff: 0.0005, wordsOff: 0.0005},
	"whisperx_segments.json":                     {distance: 0, maxOff: 0.0005, wordsOff: 0.0005},
}

func checkFloor(t *testing.T, sc score) {
	t.Helper()
	f, ok := floors[sc.file]
	if !ok {
		return
	}
	if sc.err != nil {
		t.Errorf("%s: %v", sc.file, sc.err)
		return
	}
	if sc.distance > f.distance {
		t.Errorf("%s: turn sequence at distance %d from the truth, floor %d", sc.file, sc.distance, f.distance)
	}
	if math.Abs(sc.maxOff) > f.maxOff+1e-9 {
		t.Errorf("%s: %s's words off by %.2f%%, floor %.2f%%", sc.file, sc.worst, 100*sc.maxOff, 100*f.maxOff)
	}
	if sc.wordsOff > f.wordsOff+1e-9 {
		t.Errorf("%s: the speakers' words off by %.2f%% in all, floor %.2f%%", sc.file, 100*sc.wordsOff, 100*f.wordsOff)
	}
}

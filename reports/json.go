package reports

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"math"
	"strconv"

	"parley/analysis"

	"parley/corpus"
)

type jsonReport struct {
	Parley    jsonParley    `json:"parley"`
	Summary   jsonSummary   `json:"summary"`
	Speakers  []jsonSpeaker `json:"speakers"`
	Keywords  []jsonKeyword `json:"keywords"`
	Phrases   []jsonPhrase  `json:"phrases"`
	Entities  []jsonEntity  `json:"entities"`
	Network   []jsonNetwork `json:"who_mentions_whom"`
	Documents []jsonDoc     `json:"documents"`
}

type jsonEntity struct {
	Speaker  string   `json:"speaker,omitempty"` // empty for the footnotes
	Entity   string   `json:"entity"`
	Label    string   `json:"label"`
	Mentions int      `json:"mentions"`
	Forms    []string `json:"forms"`
}

type jsonNetwork struct {
	From     string `json:"from"`
	To       string `json:"to"`
	Mentions int    `json:"mentions"`
}

type jsonPhrase struct {
	Phrase   string           `json:"phrase"`
	Terms    []string         `json:"terms"`
	Count    int              `json:"count"`
	G2       float64          `json:"g2"`
	Forms    []string         `json:"forms"`
	Speakers []jsonPhraseUser `json:"speakers"`
}

type jsonPhraseUser struct {
	Speaker string `json:"speaker"`
	Count   int    `json:"count"`
}

type jsonKeyword struct {
	Level    string   `json:"level"`
	Document string   `json:"document,omitempty"`
	Speaker  string   `json:"speaker,omitempty"`
	Group    string   `json:"group,omitempty"`
	Rank     int      `json:"rank"`
	Term     string   `json:"term"`
	Stem     string   `json:"stem"`
	Forms    []string `json:"forms"`
	A        int      `json:"a"`
	B        int      `json:"b"`
	C        int      `json:"c"`
	D        int      `json:"d"`
	G2       float64  `json:"g2"`
	P        float64  `json:"p"`
	Q        float64  `json:"q"`
	BIC      float64  `json:"bic"`
	LogRatio float64  `json:"log_ratio"`
	TFIDF    float64  `json:"tfidf"`
	// Stability is a speaker keyword's, as keywords.csv's; null otherwise.
	Stability *float64 `json:"stability"`
}

type jsonParley struct {
	Version string        `json:"version"`
	Stages  []string      `json:"stages"`
	Readers []jsonReader  `json:"readers"`
	Skipped []jsonSkipped `json:"skipped,omitempty"` // files --keep-going passed over
	Options []string      `json:"options"`           // the flags set
	// Bootstrap is how the share intervals were made.
	Bootstrap jsonBootstrap `json:"bootstrap"`
}

type jsonBootstrap struct {
	Resamples int     `json:"resamples"`
	Seed      uint64  `json:"seed"`
	Level     float64 `json:"level"`
}

type jsonSkipped struct {
	File   string `json:"file"`
	Reason string `json:"reason"`
}

// jsonReader is one reader used, with the documents it read.
type jsonReader struct {
	Format    string `json:"format"`
	Documents int    `json:"documents"`
	Methods   string `json:"methods"`
}

// jsonReading is a document's reading summary.
type jsonReading struct {
	Format      string          `json:"format"`
	Why         string          `json:"why"`
	Detection   []jsonDetection `json:"detection"`
	Markup      bool            `json:"markup"`
	Words       jsonWordCounts  `json:"words"`
	SpeechShare float64         `json:"speech_share"`
	Warnings    []jsonWarning   `json:"warnings"`
}

type jsonDetection struct {
	Format string `json:"format"`
	Sure   int    `json:"sure"`
}

type jsonWordCounts struct {
	Total  int `json:"total"`
	Speech int `json:"speech"`
	Cues   int `json:"cues"`
	Notes  int `json:"notes"`
	Front  int `json:"front"`
	Back   int `json:"back"`
	Other  int `json:"other"`
}

type jsonWarning struct {
	Kind    string `json:"kind"`
	Message string `json:"message"`
	Lines   []int  `json:"lines,omitempty"`
}

type jsonSummary struct {
	Documents  int `json:"documents"`
	Speakers   int `json:"speakers"`
	Turns      int `json:"turns"`
	Utterances int `json:"utterances"`
	Words      int `json:"words"`
	Notes      int `json:"notes"`
}

type jsonSpeaker struct {
	ID            string   `json:"id"`
	Name          string   `json:"name"`
	Kind          string   `json:"kind"`
	InShares      bool     `json:"in_shares"`
	Turns         int      `json:"turns"`
	Utterances    int      `json:"utterances"`
	Words         int      `json:"words"`
	Share         *float64 `json:"share"`     // null for a pseudo-speaker
	ShareLow      *float64 `json:"share_low"` // the share's 95% bootstrap interval; null without one
	ShareHigh     *float64 `json:"share_high"`
	Types         int      `json:"types"`
	MeanTurnWords float64  `json:"mean_turn_words"`
	MaxTurnWords  int      `json:"max_turn_words"`
	FirstTurn     int      `json:"first_turn"`
	LastTurn      int      `json:"last_turn"`
}

type jsonDoc struct {
	Name     string            `json:"name"`
	Format   string            `json:"format"`
	Title    string            `json:"title"`
	Date     string            `json:"date"`
	SHA256   string            `json:"sha256"`
	Bytes    int               `json:"bytes"`
	Lines    int               `json:"lines"`
	Reading  jsonReading       `json:"reading"`
	Front    *jsonLines        `json:"front_matter"`
	Back     *jsonLines        `json:"back_matter"`
	Roster   []jsonParticipant `json:"roster"`
	Speakers []jsonDocSpeaker  `json:"speakers"`
	Turns    []jsonTurn        `json:"turns"`
	Notes    []jsonNote        `json:"notes"`
	Episodes []jsonEpisode     `json:"episodes"`
}

type jsonEpisode struct {
	Episode   int                  `json:"episode"`
	FirstTurn int                  `json:"first_turn"`
	LastTurn  int                  `json:"last_turn"`
	FirstLine int                  `json:"first_line"`
	LastLine  int                  `json:"last_line"`
	Words     int                  `json:"words"`
	Speakers  []jsonEpisodeSpeaker `json:"speakers"`
	Keywords  []string             `json:"keywords"`
}

type jsonEpisodeSpeaker struct {
	Speaker string  `json:"speaker"`
	Words   int     `json:"words"`
	Share   float64 `json:"share"`
}

type jsonLines struct {
	FirstLine int `json:"first_line"`
	LastLine  int `json:"last_line"`
}

type jsonParticipant struct {
	Name string `json:"name"`
	Role string `json:"role,omitempty"`
	Line int    `json:"line"`
}

type jsonDocSpeaker struct {
	ID    string   `json:"id"`
	Name  string   `json:"name"`
	Forms []string `json:"forms"`
}

type jsonTurn struct {
	Turn       int             `json:"turn"`
	Speaker    string          `json:"speaker"`
	FirstLine  int             `json:"first_line"`
	LastLine   int             `json:"last_line"`
	Words      int             `json:"words"`
	Utterances []jsonUtterance `json:"utterances"`
	Speech     string          `json:"speech"` // as turns.csv's; its source_text is there only
}

type jsonUtterance struct {
	Line int    `json:"line"`
	Cue  string `json:"cue"`
}

type jsonNote struct {
	Kind   string `json:"kind"`
	Number int    `json:"number,omitempty"`
	Line   int    `json:"line"`
	Turn   int    `json:"turn,omitempty"`
	Text   string `json:"text"`
}

// JSON writes the report's content as one JSON document: the summary, the
// speaker table, and per document its metadata, roster, speakers, turns
// and notes. Fractions are rounded to four decimals, means to one.
func JSON(w io.Writer, in Input) error {
	head, err := jsonHead(in)
	if err != nil {
		return err
	}
	return writeJSONReport(w, head, len(in.Docs), func(w io.Writer) error {
		for i, d := range in.Docs {
			var eps []analysis.Episode
			if i < len(in.Episodes) {
				eps = in.Episodes[i]
			}
			if err := writeJSONDoc(w, i, d, eps); err != nil {
				return err
			}
		}
		return nil
	})
}

// writeJSONReport writes report.json: head (as jsonHead gives it) with
// its empty documents replaced by the n that docs writes.
func writeJSONReport(w io.Writer, head []byte, n int, docs func(io.Writer) error) error {
	if n == 0 {
		_, err := w.Write(head)
		return err
	}
	const empty = "[]\n}\n"
	if !bytes.HasSuffix(head, []byte(empty)) {
		return errors.New("report.json: the documents are not last")
	}
	if _, err := w.Write(head[:len(head)-len(empty)]); err != nil {
		return err
	}
	if _, err := io.WriteString(w, "[\n"); err != nil {
		return err
	}
	if err := docs(w); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n  ]\n}\n")
	return err
}

// writeJSONDoc writes the i-th document's entry of report.json, indented
// as it stands there, after a comma for all but the first.
func writeJSONDoc(w io.Writer, i int, d *corpus.Document, eps []analysis.Episode) error {
	var b bytes.Buffer
	if i > 0 {
		b.WriteString(",\n")
	}
	b.WriteString("    ")
	enc := json.NewEncoder(&b)
	enc.SetIndent("    ", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(jsonDocWithEpisodes(d, eps)); err != nil {
		return err
	}
	_, err := w.Write(bytes.TrimSuffix(b.Bytes(), []byte("\n")))
	return err
}

// jsonHead returns report.json without its documents ("documents": []).
func jsonHead(in Input) ([]byte, error) {
	r := jsonReport{
		Parley:    jsonParley{Version: in.Version, Stages: in.Stages, Readers: []jsonReader{}},
		Speakers:  []jsonSpeaker{},
		Documents: []jsonDoc{},
	}
	for _, u := range readersUsed(in.Docs) {
		jr := jsonReader{Format: u.Name, Documents: u.Docs}
		if in.ReaderMethods != nil {
			jr.Methods = in.ReaderMethods(u.Name)
		}
		r.Parley.Readers = append(r.Parley.Readers, jr)
	}
	for _, sk := range in.Skipped {
		r.Parley.Skipped = append(r.Parley.Skipped, jsonSkipped{File: sk.File, Reason: sk.Reason})
	}
	r.Parley.Options = append([]string{}, in.Options...)
	t := in.Tally
	r.Summary = jsonSummary{Documents: t.Documents, Speakers: len(t.Speakers), Turns: t.Turns, Words: t.Words, Notes: t.Notes}
	for _, s := range t.SpeakerTable() {
		r.Summary.Utterances += s.Utterances
		js := jsonSpeaker{
			ID: s.ID, Name: s.Name, Kind: string(s.Kind), InShares: s.InShares, Turns: s.Turns, Utterances: s.Utterances, Words: s.Words,
			Types: s.Types, MeanTurnWords: round(s.MeanTurnWords, 1),
			MaxTurnWords: s.MaxTurnWords, FirstTurn: s.FirstTurn, LastTurn: s.LastTurn,
		}
		if s.InShares {
			share := round(s.Share, 4)
			js.Share = &share
			if iv, ok := in.ShareIntervals[s.ID]; ok {
				lo, hi := round(iv.Low, 4), round(iv.High, 4)
				js.ShareLow, js.ShareHigh = &lo, &hi
			}
		}
		r.Speakers = append(r.Speakers, js)
	}
	r.Parley.Bootstrap = jsonBootstrap{Resamples: in.Resamples, Seed: in.Bootstrap.Seed, Level: in.Bootstrap.Level}
	r.Keywords = []jsonKeyword{}
	for _, kr := range keywordRows(in) {
		k := kr.k
		forms := k.Forms
		if forms == nil {
			forms = []string{}
		}
		r.Keywords = append(r.Keywords, jsonKeyword{
			Level: kr.level, Document: kr.doc, Speaker: kr.speaker, Group: kr.group, Rank: kr.rank,
			Term: k.Form, Stem: k.Term, Forms: forms,
			A: k.A, B: k.B, C: k.C, D: k.D, G2: round(k.G2, 3), P: sig(k.P, 3), Q: sig(k.Q, 3), BIC: round(k.BIC, 3),
			LogRatio: round(k.LogRatio, 3), TFIDF: round(k.TFIDF, 3), Stability: stabilityPtr(in, kr),
		})
	}
	r.Entities, r.Network = []jsonEntity{}, []jsonNetwork{}
	if in.Entities != nil {
		rows := in.Entities.SpeakerEntities(speakerOrder(in), 0)
		for _, e := range append(rows, in.Entities.EditorialRows()...) {
			speaker := e.Speaker
			if speaker != "" {
				speaker = speakerDisplay(in, speaker)
			}
			r.Entities = append(r.Entities, jsonEntity{Speaker: speaker, Entity: e.Entity, Label: string(e.Label), Mentions: e.Mentions, Forms: e.Forms})
		}
		for _, m := range in.Entities.Network(speakerOrder(in)) {
			r.Network = append(r.Network, jsonNetwork{From: speakerDisplay(in, m.From), To: speakerDisplay(in, m.To), Mentions: m.Mentions})
		}
	}
	r.Phrases = []jsonPhrase{}
	for _, ph := range in.Phrases {
		jp := jsonPhrase{Phrase: ph.Form, Terms: ph.Terms, Count: ph.Count, G2: round(ph.G2, 3), Forms: ph.Forms, Speakers: []jsonPhraseUser{}}
		if jp.Forms == nil {
			jp.Forms = []string{}
		}
		for _, s := range ph.Speakers {
			jp.Speakers = append(jp.Speakers, jsonPhraseUser{Speaker: speakerDisplay(in, s.ID), Count: s.Count})
		}
		r.Phrases = append(r.Phrases, jp)
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(r); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// jsonDocWithEpisodes returns a document's entry of report.json.
func jsonDocWithEpisodes(d *corpus.Document, eps []analysis.Episode) jsonDoc {
	jd := jsonDocument(d)
	names := d.SpeakerNames()
	for _, e := range eps {
		je := jsonEpisode{Episode: e.Index, FirstTurn: e.FirstTurn, LastTurn: e.LastTurn, FirstLine: e.FirstLine, LastLine: e.LastLine, Words: e.Words, Speakers: []jsonEpisodeSpeaker{}, Keywords: []string{}}
		for _, s := range e.Speakers {
			je.Speakers = append(je.Speakers, jsonEpisodeSpeaker{Speaker: nameIn(names, s.ID), Words: s.Words, Share: round(s.Share, 4)})
		}
		for _, k := range e.Keywords {
			je.Keywords = append(je.Keywords, k.Form)
		}
		jd.Episodes = append(jd.Episodes, je)
	}
	return jd
}

func jsonDocument(d *corpus.Document) jsonDoc {
	src := d.SourceSummary()
	j := jsonDoc{
		Name: d.Name, Format: d.Format, Title: d.Title, Date: d.Date, SHA256: src.SHA256,
		Bytes: src.Bytes, Lines: src.Lines,
		Roster: []jsonParticipant{}, Speakers: []jsonDocSpeaker{}, Turns: []jsonTurn{}, Notes: []jsonNote{}, Episodes: []jsonEpisode{},
	}
	rd := d.Reading
	w := rd.Words
	j.Reading = jsonReading{
		Format: readerOf(d), Why: string(rd.Why), Detection: []jsonDetection{}, Markup: rd.Markup,
		Words:       jsonWordCounts{Total: w.Total(), Speech: w.Speech, Cues: w.Cues, Notes: w.Notes, Front: w.Front, Back: w.Back, Other: w.Other},
		SpeechShare: round(w.Share(w.Speech), 4), Warnings: []jsonWarning{},
	}
	for _, det := range rd.Detection {
		j.Reading.Detection = append(j.Reading.Detection, jsonDetection{Format: det.Format, Sure: det.Sure})
	}
	for _, wn := range rd.Warnings {
		j.Reading.Warnings = append(j.Reading.Warnings, jsonWarning{Kind: string(wn.Kind), Message: wn.Msg, Lines: wn.Lines})
	}
	if f, l := lineRange(d, d.Front); f > 0 {
		j.Front = &jsonLines{f, l}
	}
	if f, l := lineRange(d, d.Back); f > 0 {
		j.Back = &jsonLines{f, l}
	}
	for _, p := range d.Roster {
		j.Roster = append(j.Roster, jsonParticipant{Name: p.Name, Role: p.Role, Line: p.Line})
	}
	for _, s := range d.Speakers {
		j.Speakers = append(j.Speakers, jsonDocSpeaker{ID: s.ID, Name: s.Name, Forms: s.Forms})
	}
	names := d.SpeakerNames()
	for _, t := range d.Turns {
		jt := jsonTurn{Turn: t.Index, Speaker: nameIn(names, t.Speaker), FirstLine: t.FirstLine, LastLine: t.LastLine, Words: t.Words(),
			Speech: turnSpeech(d, t)}
		for _, u := range t.Utterances {
			jt.Utterances = append(jt.Utterances, jsonUtterance{Line: u.Line, Cue: u.Cue.In(d.Source)})
		}
		j.Turns = append(j.Turns, jt)
	}
	for _, n := range d.Notes {
		j.Notes = append(j.Notes, jsonNote{Kind: string(n.Kind), Number: n.Number, Line: n.Line, Turn: n.Turn, Text: d.NoteText(n)})
	}
	return j
}

func stabilityPtr(in Input, r keywordRow) *float64 {
	if v, ok := in.Stability[[2]string{r.k.Target, r.k.Term}]; ok && r.level == "speaker" {
		v = round(v, 3)
		return &v
	}
	return nil
}

// nameIn returns the display name of the speaker id in names (a
// document's SpeakerNames), or id: report.json names speakers as the
// tables do, so that the two join.
func nameIn(names map[string]string, id string) string {
	if n, ok := names[id]; ok {
		return n
	}
	return id
}

// sig rounds f to n significant digits.
func sig(f float64, n int) float64 {
	if f == 0 {
		return 0
	}
	v, _ := strconv.ParseFloat(strconv.FormatFloat(f, 'g', n, 64), 64)
	return v
}

func round(f float64, places int) float64 {
	p := math.Pow(10, float64(places))
	return math.Round(f*p) / p
}

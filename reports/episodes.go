package reports

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"

	"parley/analysis"
	"parley/corpus"
)

// EpisodesCSV writes data/episodes.csv: one row per topic episode.
// Columns: document, episode, first_turn, last_turn, first_line,
// last_line, words, speakers (name share, "|"-separated, most words
// first), keywords (the episode's top keywords against the rest of the
// document, "|"-separated, strongest first).
func EpisodesCSV(w io.Writer, in Input) error { return writeDocTable(w, in, episodesTable) }

var episodesTable = docTable{
	name:   "data/episodes.csv",
	header: []string{"document", "episode", "first_turn", "last_turn", "first_line", "last_line", "words"},
	rows: func(cw *csv.Writer, d *corpus.Document, eps []analysis.Episode) {
		for _, e := range eps {
			cw.Write([]string{
				d.Name, strconv.Itoa(e.Index), strconv.Itoa(e.FirstTurn), strconv.Itoa(e.LastTurn),
				strconv.Itoa(e.FirstLine), strconv.Itoa(e.LastLine), strconv.Itoa(e.Words),
			})
		}
	},
}

// EpisodeSpeakersCSV writes each episode's speakers, one row each, most
// words first: document, episode, speaker, words, share (of the
// episode's words).
func EpisodeSpeakersCSV(w io.Writer, in Input) error {
	return writeDocTable(w, in, episodeSpeakersTable)
}

var episodeSpeakersTable = docTable{
	name:   "data/episode_speakers.csv",
	header: []string{"document", "episode", "speaker", "words", "share"},
	rows: func(cw *csv.Writer, d *corpus.Document, eps []analysis.Episode) {
		names := d.SpeakerNames()
		for _, e := range eps {
			for _, s := range e.Speakers {
				cw.Write([]string{d.Name, strconv.Itoa(e.Index), nameOf(names, s.ID), strconv.Itoa(s.Words), fmt.Sprintf("%.4f", s.Share)})
			}
		}
	},
}

// EpisodeKeywordsCSV writes each episode's keywords against the rest of
// its document, one row each: document, episode, rank, term, stem, a,
// b, g2, p.
func EpisodeKeywordsCSV(w io.Writer, in Input) error {
	return writeDocTable(w, in, episodeKeywordsTable)
}

var episodeKeywordsTable = docTable{
	name:   "data/episode_keywords.csv",
	header: []string{"document", "episode", "rank", "term", "stem", "a", "b", "g2", "p"},
	rows: func(cw *csv.Writer, d *corpus.Document, eps []analysis.Episode) {
		for _, e := range eps {
			for i, k := range e.Keywords {
				cw.Write([]string{d.Name, strconv.Itoa(e.Index), strconv.Itoa(i + 1), k.Form, k.Term, strconv.Itoa(k.A), strconv.Itoa(k.B), decimal(k.G2, 3), csvP(k.P)})
			}
		}
	},
}

// episodeSpeakers lists an episode's speakers with their shares of its
// words, at most n of them (0: all), with their names (from
// Document.SpeakerNames).
func episodeSpeakers(names map[string]string, e analysis.Episode, sep string, n int) string {
	var parts []string
	for i, s := range e.Speakers {
		if n > 0 && i == n {
			break
		}
		parts = append(parts, fmt.Sprintf("%s %.1f%%", nameOf(names, s.ID), 100*s.Share))
	}
	return strings.Join(parts, sep)
}

func episodeKeywords(e analysis.Episode, sep string) string {
	var forms []string
	for _, k := range e.Keywords {
		forms = append(forms, k.Form)
	}
	return strings.Join(forms, sep)
}

// writeEpisodes writes the report's episode table for one document.
func writeEpisodes(b *strings.Builder, in Input, d *corpus.Document, eps []analysis.Episode, many bool) {
	if len(eps) == 0 {
		return
	}
	section(b, "Topic episodes", d, many)
	b.WriteString("The conversation split where its vocabulary shifts (TextTiling, Hearst 1997, over the keyword terms; boundaries moved to the nearest turn), with each episode's main speakers and its keywords against the rest of the conversation. Data: `data/episodes.csv`.\n\n")
	b.WriteString("| Episode | Turns | Lines | Words | Speakers | Keywords |\n|--:|:--|:--|--:|:--|:--|\n")
	names := d.SpeakerNames()
	for _, e := range eps {
		fmt.Fprintf(b, "| %d | %d–%d | %d–%d | %d | %s | %s |\n", e.Index, e.FirstTurn, e.LastTurn, e.FirstLine, e.LastLine, e.Words,
			mdEscape(episodeSpeakers(names, e, ", ", 3)), mdEscape(episodeKeywords(e, ", ")))
	}
	b.WriteString("\n")
}

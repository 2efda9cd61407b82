package reports

import (
	"strings"

	"parley/analysis"
	"parley/corpus"
)

// Input is everything a report is made from.
type Input struct {
	// Version is parley's version, printed in the methods section.
	Version string
	// Stages names the pipeline's stages, in order.
	Stages []string
	// Docs are the read and annotated documents.
	Docs []*corpus.Document
	// Tally is the merged count of Docs.
	Tally *analysis.Tally
	// ShareIntervals are the speakers' share intervals over the corpus
	// (analysis.ShareSample.Intervals), made with Bootstrap in Resamples
	// resamples; nil gives none.
	ShareIntervals map[string]analysis.Interval
	// DocSpeakerRows are each document's rows of speakers.csv
	// (DocSpeakerRows), which SpeakersCSV writes after the corpus's for a
	// corpus of several documents; a Spool writes its own.
	DocSpeakerRows [][]string
	Bootstrap      analysis.BootstrapOptions
	Resamples      int
	// Stability is how often each speaker keyword (by target and term)
	// stays among its speaker's keywords across StabilityResamples
	// resamples (analysis.Tally.KeywordStability); nil for none.
	Stability          map[[2]string]float64
	StabilityResamples int
	// StabilityOmitted says the corpus was too large for it
	// (analysis.MaxStabilityTerms, or the stability's work budget).
	StabilityOmitted bool

	// KeywordOptions are those Keywords and DocumentKeywords were
	// computed with, for the methods section.
	KeywordOptions analysis.KeywordOptions
	// Keywords are each speaker's keywords against the other speakers,
	// speakers in the order of the speaker table.
	Keywords []analysis.Keyword
	// TFIDFKeywords are each speaker's top terms by tf-idf, the second
	// view; nil leaves it out.
	TFIDFKeywords []analysis.Keyword
	// GroupBy is the metadata field documents were grouped by for
	// DocumentKeywords ("year"), or "" when each document is compared.
	GroupBy string
	// DocumentKeywords are each document's (or group's) keywords against
	// the others; empty for a single document. DocumentKeywordsOmitted
	// says they were left out for a corpus too large to compare document
	// by document (compare groups instead).
	DocumentKeywordsOmitted bool
	DocumentKeywords        []analysis.Keyword
	// Phrases are the top keyphrases of all documents together.
	Phrases []analysis.Phrase
	// Entities is the merged entity tally; nil leaves entities out.
	Entities *analysis.EntityTally
	// Charts say how the charts are drawn; the zero value draws SVGs one
	// journal column wide.
	Charts ChartOptions
	// charts, if set, keeps the charts built (see Spool.Close).
	charts *chartCache
	// ReaderMethods returns the Methods paragraph of the reader of the
	// given name (formats.Format.Methods); nil, or "", says no more than
	// the reader's name.
	ReaderMethods func(format string) string
	// Skipped are the files --keep-going passed over, with why.
	Skipped []Skipped
	// Groups are the units the documents are compared in (each document,
	// or the --group-by groups), in order, with their sizes; nil for one
	// document, or a corpus too large to compare document by document.
	Groups []GroupWords
	// GroupTallies are the groups' counts, as one speaker each, named as
	// the group (analysis.Tally.MergeAsOne), for the group-terms chart.
	GroupTallies []*analysis.Tally
	// ChartDocument names the document the timeline and dispersion
	// charts draw (--document); "" draws each conversation of the
	// corpus, up to eight, in the timeline, and the first in the
	// dispersion chart.
	ChartDocument string
	// FirstTerms are the first document's words as their terms ("" for a
	// word that is no term), turn by turn: what the dispersion chart
	// reads, kept where the document's tokens are let go of. Nil: the
	// chart reads the first document's tokens.
	FirstTerms [][]string
	// Options are the command's flags as set ("--group-by year"), for the
	// Methods; the others were at their defaults.
	Options []string
	// Episodes are the topic episodes of each document: Episodes[i]
	// belongs to Docs[i]. Nil leaves episodes out.
	Episodes [][]analysis.Episode
}

// Skipped is a file a run passed over: its name and the error that
// kept it out.
type Skipped struct {
	File, Reason string
}

// lineRange returns the first and last line a span covers, 0 0 if empty.
func lineRange(d *corpus.Document, s corpus.Span) (int, int) {
	if s.Len() == 0 {
		return 0, 0
	}
	return d.Line(s.Start), d.Line(s.End - 1)
}

// nameOf returns the display name of a speaker ID from a document's
// SpeakerNames, or the ID.
func nameOf(names map[string]string, id string) string {
	if n, ok := names[id]; ok {
		return n
	}
	return id
}

// speakerName returns the display name of a speaker ID in d.
func speakerName(d *corpus.Document, id string) string {
	if s, ok := d.Speaker(id); ok {
		return s.Name
	}
	return id
}

// silent returns the roster's participants who never speak in d.
func silent(d *corpus.Document) []corpus.Participant {
	var out []corpus.Participant
	for _, p := range d.Roster {
		spoke := false
		for _, s := range d.Speakers {
			if s.ID == corpus.SpeakerID(p.Name) {
				spoke = true
				break
			}
		}
		if !spoke {
			out = append(out, p)
		}
	}
	return out
}

// opening returns the first n words of a turn's speech, with "…" if more
// follow.
func opening(d *corpus.Document, t corpus.Turn, n int) string {
	var words []string
	for _, u := range t.Utterances {
		for _, s := range u.Speech {
			words = append(words, strings.Fields(s.In(d.Source))...)
			if len(words) > n {
				return strings.Join(words[:n], " ") + " …"
			}
		}
	}
	return strings.Join(words, " ")
}

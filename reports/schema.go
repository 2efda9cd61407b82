package reports

import (
	"encoding/json"
	"io"
	"strings"

	"parley/corpus"
)

// A tableSchema describes one of the report's CSV tables as a Frictionless
// Data Table Schema does (https://specs.frictionlessdata.io/table-schema/):
// its columns, in order, their types, and the keys that join the tables.
// Every table's header is its schema's field names (a test holds them
// together), so datapackage.json says what the files hold.
type tableSchema struct {
	Name, Path, Title string
	Fields            []field
	PrimaryKey        []string
	ForeignKeys       []foreignKey
}

// A field is a column: its name, a Table Schema type (string, integer,
// number, boolean, date), what it holds, and for a closed set its values.
type field struct {
	Name        string   `json:"name"`
	Type        string   `json:"type"`
	Description string   `json:"description"`
	Enum        []string `json:"-"`
}

type foreignKey struct {
	Fields    []string `json:"fields"`
	Reference struct {
		Resource string   `json:"resource"`
		Fields   []string `json:"fields"`
	} `json:"reference"`
}

func fk(fields []string, resource string, to []string) foreignKey {
	k := foreignKey{Fields: fields}
	k.Reference.Resource, k.Reference.Fields = resource, to
	return k
}

func str(name, desc string) field     { return field{Name: name, Type: "string", Description: desc} }
func integer(name, desc string) field { return field{Name: name, Type: "integer", Description: desc} }
func number(name, desc string) field  { return field{Name: name, Type: "number", Description: desc} }
func boolean(name, desc string) field { return field{Name: name, Type: "boolean", Description: desc} }

// Shared columns.
var (
	docField     = str("document", "The document: its path as given on the command line (or the bundled sample's name).")
	speakerField = str("speaker", "The speaker's display name, as in speakers.csv.")
	turnField    = integer("turn", "The turn's 1-based position in its document.")
	levelField   = field{Name: "level", Type: "string", Description: "What the row compares: a speaker against the other speakers, a document against the other documents, or a group (--group-by) against the other groups.", Enum: []string{"speaker", "document", "group"}}
	groupField   = str("group", "The group of a group row: the value of the --group-by field (\"2020\" of --group-by year); empty otherwise.")
)

// names returns the values of one of corpus's string kinds, for an enum.
func names[T ~string](values ...T) []string {
	out := make([]string, len(values))
	for i, v := range values {
		out[i] = string(v)
	}
	return out
}

// labelNames are the labels an entity may have, corpus.EntityLabel's.
func labelNames() []string {
	return names(corpus.Person, corpus.Place, corpus.Organisation, corpus.Group, corpus.Law, corpus.Event, corpus.Facility, corpus.Language)
}

// schemas returns the schemas of the report's tables, in the order of
// outputs.
func schemas() []tableSchema {
	return []tableSchema{
		{Name: "turns", Path: "data/turns.csv", Title: "Speaker turns, one row each",
			Fields: []field{docField, turnField, speakerField,
				integer("first_line", "The turn's first line in the source file (1-based)."),
				integer("last_line", "The turn's last line."),
				integer("utterances", "The speaker cues in the turn: each starts an utterance."),
				integer("words", "The words of the turn's speech, as counted (Unicode UAX #29 word segments holding a letter or digit)."),
				str("speech", "The turn's speech as its words were counted: no cue, no editorial note, white space made single spaces."),
				str("source_text", "The turn's lines as the file has them (cues, notes and markup included), line ends as \\n."),
			},
			PrimaryKey: []string{"document", "turn"}, ForeignKeys: []foreignKey{fk([]string{"document"}, "documents", []string{"document"})}},
		{Name: "tokens", Path: "data/tokens.csv", Title: "Tokens of speech, one row each",
			Fields: []field{docField, turnField, speakerField,
				integer("index", "The token's 1-based position in its turn."),
				str("token", "The token as written."),
				str("norm", "The word case folded, apostrophes straightened; empty for punctuation."),
				str("stem", "The word's keyword term (Snowball English stem); empty for a word that is none: a stopword, a number, a speaker's name, reported speech's framing verb."),
				boolean("word", "Whether the token is a word (holds a letter or digit) rather than punctuation."),
				boolean("stopword", "Whether the word is a stopword of the shipped list or the user's."),
				integer("start", "The token's first byte in the document's text (UTF-8, as decoded)."),
				integer("end", "The byte after the token's last."),
			},
			PrimaryKey: []string{"document", "turn", "index"}, ForeignKeys: []foreignKey{fk([]string{"document", "turn"}, "turns", []string{"document", "turn"})}},
		{Name: "speakers", Path: "data/speakers.csv", Title: "Speakers: the corpus's rows, then each document's",
			Fields: []field{
				str("document", "The document of a document's row; empty for the corpus's rows (a run of one document has its rows only, named)."),
				speakerField,
				str("speaker_id", "The speaker's identity: the name with titles stripped, case folded."),
				{Name: "kind", Type: "string", Description: "person (one person), label (one person without a name: SPEAKER_00), group (Audience, Candidates), unknown (Unknown, New Speaker): groups and unknown speakers are pseudo-speakers, out of the shares.", Enum: names(corpus.KindPerson, corpus.KindLabel, corpus.KindGroup, corpus.KindUnknown)},
				integer("turns", "The speaker's turns."),
				integer("utterances", "The speaker's utterances (speaker cues)."),
				integer("words", "The speaker's words."),
				number("share", "The speaker's part of the words of all speakers but pseudo-speakers, 0 to 1; empty for a pseudo-speaker."),
				number("share_low", "The lower end of the share's 95% percentile-bootstrap interval (the turns resampled within documents)."),
				number("share_high", "The upper end of that interval."),
				integer("types", "Distinct words, case folded."),
				number("mean_turn_words", "Mean turn length in words."),
				integer("max_turn_words", "Longest turn in words."),
				integer("first_turn", "The speaker's first turn (within a document; over a corpus, the least of the documents')."),
				integer("last_turn", "The speaker's last turn (over a corpus, the greatest)."),
				number("seconds", "Speaking time in seconds, from the transcript's timings; empty without them."),
			}},
		{Name: "notes", Path: "data/notes.csv", Title: "The editorial apparatus: footnotes, insertions, stage directions",
			Fields: []field{docField,
				{Name: "kind", Type: "string", Description: "The note's kind: footnote, editorial (a bracketed insertion), elision, stage (a stage direction), furniture (page heads, page numbers), narration (a record's narration between speeches).", Enum: names(corpus.Footnote, corpus.Editorial, corpus.Elision, corpus.Stage, corpus.Furniture, corpus.Narration)},
				integer("number", "A footnote's number; empty for other kinds."),
				integer("line", "The line the note is anchored at."),
				integer("anchor_turn", "The turn the note stands in; empty outside the conversation (front and back matter)."),
				str("text", "The note's text, white space folded."),
			}},
		{Name: "documents", Path: "data/documents.csv", Title: "Documents, one row each",
			Fields: []field{docField,
				str("format", "The reader that read it (record, script, table, json...)."),
				str("title", "The title the text gives, or its metadata's."),
				field{Name: "date", Type: "date", Description: "The date the text gives, ISO 8601 (YYYY-MM-DD); empty if none."},
				integer("speakers", "Speakers in the document."),
				integer("turns", "Turns."),
				integer("words", "Words of speech."),
				integer("notes", "Editorial notes."),
				str("why", "Why the reader was chosen: detected, by its file name, by --format, by --name-pattern."),
				integer("text_words", "Every word of the text, speech or not (the reading summary's total)."),
				number("speech_share", "The part of text_words read as speech."),
				integer("warnings", "The reading's warnings; document_warnings.csv has them."),
			},
			PrimaryKey: []string{"document"}},
		{Name: "document_fields", Path: "data/document_fields.csv", Title: "Documents' metadata, one row a field",
			Fields: []field{docField,
				str("field", "The field's name, lower case (year, session, party...): from a metadata.csv beside the files, a table's columns, --name-pattern."),
				str("value", "The field's value, as the source gives it."),
			},
			PrimaryKey: []string{"document", "field"}, ForeignKeys: []foreignKey{fk([]string{"document"}, "documents", []string{"document"})}},
		{Name: "document_warnings", Path: "data/document_warnings.csv", Title: "The reading's warnings, one row each",
			Fields: []field{docField,
				str("kind", "The warning's kind."),
				str("message", "What looks wrong in the reading."),
				integer("first_line", "The first line it points to; empty for the whole text."),
			},
			ForeignKeys: []foreignKey{fk([]string{"document"}, "documents", []string{"document"})}},
		{Name: "keywords", Path: "data/keywords.csv", Title: "Keywords: each speaker's, document's or group's against the others",
			Fields: []field{levelField,
				str("document", "The document a speaker row's comparison is within (named for a run of one document; empty over a corpus), or a document row's document."),
				str("speaker", "The speaker of a speaker row; empty otherwise."),
				groupField,
				integer("rank", "The keyword's rank in its target's list, 1 the strongest."),
				str("term", "The term's most frequent form."),
				str("stem", "The term (Snowball English stem) counted."),
				integer("a", "The target's uses of the term."),
				integer("b", "The others' uses."),
				integer("c", "The target's words."),
				integer("d", "The others' words."),
				number("g2", "Signed log-likelihood G² (Dunning 1993): positive where the target uses the term more."),
				number("p", "G²'s p-value (χ², one degree of freedom), uncorrected."),
				number("q", "The Benjamini–Hochberg (1995) q-value over the target's tested terms (those it uses --min-freq times or more)."),
				number("bic", "Wilson's (2013) BIC, |G²| − ln(c + d): over 2 positive evidence, over 6 strong, over 10 very strong."),
				number("log_ratio", "Hardie's (2014) Log Ratio, log2 of the ratio of relative frequencies (a zero count taken as 0.5)."),
				number("tfidf", "tf-idf with the speakers as documents: a × log10(N/df)."),
				number("stability", "How often a speaker keyword stays among its speaker's top keywords when the turns are resampled (a bootstrap); empty for document and group rows, and for a corpus over five million terms."),
			}},
		{Name: "keyword_forms", Path: "data/keyword_forms.csv", Title: "The words behind each keyword, one row a form",
			Fields: []field{levelField,
				str("document", "As in keywords.csv."), str("speaker", "As in keywords.csv."), groupField,
				str("stem", "The keyword's stem, as in keywords.csv."),
				str("form", "A word counted as the stem."),
				integer("count", "The target's uses of the form."),
			}},
		{Name: "phrases", Path: "data/phrases.csv", Title: "Keyphrases of the corpus",
			Fields: []field{
				str("phrase", "The phrase's most frequent form."),
				str("terms", "Its terms, space-separated."),
				integer("words", "Its length in words (2 or 3)."),
				integer("count", "Its uses."),
				number("g2", "Log-likelihood G² of the words' association (Dunning 1993)."),
			},
			PrimaryKey: []string{"phrase"}},
		{Name: "phrase_speakers", Path: "data/phrase_speakers.csv", Title: "Who uses each keyphrase",
			Fields:      []field{str("phrase", "The phrase, as in phrases.csv."), speakerField, integer("count", "The speaker's uses.")},
			PrimaryKey:  []string{"phrase", "speaker"},
			ForeignKeys: []foreignKey{fk([]string{"phrase"}, "phrases", []string{"phrase"})}},
		{Name: "phrase_forms", Path: "data/phrase_forms.csv", Title: "The forms each keyphrase takes",
			Fields:      []field{str("phrase", "The phrase, as in phrases.csv."), str("form", "A form of it (the phrase's own first).")},
			PrimaryKey:  []string{"phrase", "form"},
			ForeignKeys: []foreignKey{fk([]string{"phrase"}, "phrases", []string{"phrase"})}},
		{Name: "episodes", Path: "data/episodes.csv", Title: "Topic episodes (TextTiling), one row each",
			Fields: []field{docField,
				integer("episode", "The episode's 1-based position in its document."),
				integer("first_turn", "Its first turn."), integer("last_turn", "Its last turn."),
				integer("first_line", "Its first line."), integer("last_line", "Its last line."),
				integer("words", "Its words."),
			},
			PrimaryKey: []string{"document", "episode"}},
		{Name: "episode_speakers", Path: "data/episode_speakers.csv", Title: "Each episode's speakers",
			Fields: []field{docField, integer("episode", "As in episodes.csv."), speakerField,
				integer("words", "The speaker's words in the episode."), number("share", "The speaker's part of the episode's words.")},
			PrimaryKey:  []string{"document", "episode", "speaker"},
			ForeignKeys: []foreignKey{fk([]string{"document", "episode"}, "episodes", []string{"document", "episode"})}},
		{Name: "episode_keywords", Path: "data/episode_keywords.csv", Title: "Each episode's keywords against the rest of its document",
			Fields: []field{docField, integer("episode", "As in episodes.csv."), integer("rank", "1 the strongest."),
				str("term", "The term's most frequent form."), str("stem", "The term."),
				integer("a", "Uses in the episode."), integer("b", "Uses in the rest of the document."),
				number("g2", "Signed log-likelihood G²."), number("p", "G²'s p-value.")},
			PrimaryKey:  []string{"document", "episode", "rank"},
			ForeignKeys: []foreignKey{fk([]string{"document", "episode"}, "episodes", []string{"document", "episode"})}},
		{Name: "entities", Path: "data/entities.csv", Title: "Entities each speaker mentions, and the footnotes'",
			Fields: []field{docField,
				str("speaker", "The speaker who mentions it; empty for the footnotes."),
				str("entity", "The entity's canonical name."),
				field{Name: "label", Type: "string", Description: "What it is.", Enum: labelNames()},
				integer("mentions", "The mentions."),
			}},
		{Name: "mentions", Path: "data/mentions.csv", Title: "Entity mentions, one row each",
			Fields: []field{docField,
				integer("turn", "The turn it is in; empty for a footnote's."),
				integer("line", "Its line."),
				str("speaker", "Who mentions it; empty for a footnote's."),
				str("entity", "The entity's canonical name."),
				field{Name: "label", Type: "string", Description: "What it is.", Enum: labelNames()},
				str("text", "The mention as written."),
				str("source", "The evidence that found it: gazetteer, head, title, speaker, document, model."),
			}},
	}
}

// DataPackage writes datapackage.json: a Frictionless Data Package
// (https://specs.frictionlessdata.io/data-package/) of the report's
// tables, each a tabular data resource with its Table Schema. present
// says which tables the report holds (tokens.csv may be left out).
func DataPackage(w io.Writer, present func(path string) bool) error {
	type dialect struct {
		Delimiter      string `json:"delimiter"`
		LineTerminator string `json:"lineTerminator"`
		QuoteChar      string `json:"quoteChar"`
		DoubleQuote    bool   `json:"doubleQuote"`
		Header         bool   `json:"header"`
	}
	type jsonField struct {
		field
		Constraints *struct {
			Enum []string `json:"enum"`
		} `json:"constraints,omitempty"`
	}
	type schema struct {
		Fields        []jsonField  `json:"fields"`
		MissingValues []string     `json:"missingValues"`
		PrimaryKey    []string     `json:"primaryKey,omitempty"`
		ForeignKeys   []foreignKey `json:"foreignKeys,omitempty"`
	}
	type resource struct {
		Name      string  `json:"name"`
		Path      string  `json:"path"`
		Title     string  `json:"title"`
		Profile   string  `json:"profile"`
		Format    string  `json:"format"`
		Mediatype string  `json:"mediatype"`
		Encoding  string  `json:"encoding"`
		Dialect   dialect `json:"dialect"`
		Schema    schema  `json:"schema"`
	}
	pkg := struct {
		Profile   string     `json:"profile"`
		Name      string     `json:"name"`
		Title     string     `json:"title"`
		Resources []resource `json:"resources"`
	}{Profile: "tabular-data-package", Name: "parley-report", Title: "A parley report's tables"}
	for _, t := range schemas() {
		if !present(t.Path) {
			continue
		}
		r := resource{Name: t.Name, Path: t.Path, Title: t.Title, Profile: "tabular-data-resource", Format: "csv", Mediatype: "text/csv", Encoding: "utf-8",
			Dialect: dialect{Delimiter: ",", LineTerminator: "\r\n", QuoteChar: `"`, DoubleQuote: true, Header: true},
			Schema:  schema{MissingValues: []string{""}, PrimaryKey: t.PrimaryKey}}
		for _, k := range t.ForeignKeys {
			if present("data/" + k.Reference.Resource + ".csv") {
				r.Schema.ForeignKeys = append(r.Schema.ForeignKeys, k)
			}
		}
		for _, f := range t.Fields {
			jf := jsonField{field: f}
			if len(f.Enum) > 0 {
				jf.Constraints = &struct {
					Enum []string `json:"enum"`
				}{f.Enum}
			}
			r.Schema.Fields = append(r.Schema.Fields, jf)
		}
		pkg.Resources = append(pkg.Resources, r)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(pkg)
}

// schemaOf returns the schema of the table at path ("data/turns.csv").
func schemaOf(path string) (tableSchema, bool) {
	for _, t := range schemas() {
		if t.Path == path || strings.TrimPrefix(t.Path, "data/") == path {
			return t, true
		}
	}
	return tableSchema{}, false
}

package reports

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"parley/corpus"
)

// Markdown writes the report: for each document its title and source, a
// summary, the speaker table, the turn sequence and the editorial notes;
// then the methods. It reads well as plain text and on a code-hosting
// site.
func Markdown(w io.Writer, in Input) error {
	var b strings.Builder
	rows := in.Tally.SpeakerTable()
	if len(in.Docs) == 1 {
		d := in.Docs[0]
		fmt.Fprintf(&b, "# %s\n\n", mdEscape(docTitle(d)))
		var meta []string
		if d.Date != "" {
			meta = append(meta, d.Date)
		}
		meta = append(meta, "`"+d.Name+"`", fmt.Sprintf("%d lines", d.SourceSummary().Lines), "read by the "+mdEscape(readerOf(d))+" reader")
		fmt.Fprintf(&b, "%s\n\n", strings.Join(meta, " · "))
	} else {
		fmt.Fprintf(&b, "# parley report: %d documents\n\n", len(in.Docs))
		var used []string
		for _, r := range readersUsed(in.Docs) {
			used = append(used, fmt.Sprintf("%s reader (%s)", mdEscape(r.Name), documents(r.Docs)))
		}
		fmt.Fprintf(&b, "Read by the %s.\n\n", joinAnd(used))
	}
	writeReading(&b, in)

	b.WriteString("## Summary\n\n")
	t := in.Tally
	fmt.Fprintf(&b, "%d speakers took %d turns and spoke %d words", len(t.Speakers), t.Turns, t.Words)
	if len(rows) > 0 {
		top := rows[0]
		fmt.Fprintf(&b, "; %s spoke the most, %d words (%s) in %d turns", top.Name, top.Words, pct(top.Share), top.Turns)
		if len(rows) > 1 {
			rest := 0
			for _, r := range rows[1:] {
				rest += r.Words
			}
			if len(rows) == 2 {
				fmt.Fprintf(&b, ", against %d words from %s", rest, rows[1].Name)
			} else {
				fmt.Fprintf(&b, ", against %d words from the other %d speakers together", rest, len(rows)-1)
			}
		}
	}
	switch t.Notes {
	case 0:
		b.WriteString(". There are no editorial notes.\n\n")
	case 1:
		b.WriteString(". The editorial apparatus holds 1 note, not counted as speech.\n\n")
	default:
		fmt.Fprintf(&b, ". The editorial apparatus holds %d notes, none of them counted as speech.\n\n", t.Notes)
	}
	b.WriteString("| Documents | Speakers | Turns | Utterances | Words | Notes |\n|--:|--:|--:|--:|--:|--:|\n")
	utt := 0
	for _, r := range rows {
		utt += r.Utterances
	}
	fmt.Fprintf(&b, "| %d | %d | %d | %d | %d | %d |\n\n", t.Documents, len(t.Speakers), t.Turns, utt, t.Words, t.Notes)
	if len(in.Docs) <= MaxDocSections {
		for _, d := range in.Docs {
			writeFrame(&b, d, len(in.Docs) > 1)
		}
	}
	writeDocuments(&b, in)

	b.WriteString("## Speakers\n\n")
	fmt.Fprintf(&b, "Sorted by words spoken. *Share* is the speaker's part of the words of all speakers but groups and unknown speakers (whose kind stands in its place), with its 95%% interval: a percentile bootstrap of %s resamples of each document's turns (seed %d), which says how much the share owes to a few long turns; *types* are distinct words (case folded); turn lengths are in words. Data: `data/speakers.csv`.\n\n",
		commaInt(in.Resamples), in.Bootstrap.Seed)
	b.WriteString("| Speaker | Turns | Utterances | Words | Share | 95% interval | | Types | Mean turn | Longest turn | First turn | Last turn |\n")
	b.WriteString("|:--|--:|--:|--:|--:|--:|:--|--:|--:|--:|--:|--:|\n")
	largest := 0.0
	for _, r := range rows {
		largest = max(largest, r.Share)
	}
	for _, r := range rows {
		iv := ""
		if i, ok := in.ShareIntervals[r.ID]; ok && r.InShares {
			iv = intervalText(i)
		}
		fmt.Fprintf(&b, "| %s | %d | %d | %d | %s | %s | %s | %d | %.1f | %d | %d | %d |\n",
			mdEscape(r.Name), r.Turns, r.Utterances, r.Words, shareText(r), iv, bar(r.Share, largest),
			r.Types, r.MeanTurnWords, r.MaxTurnWords, r.FirstTurn, r.LastTurn)
	}
	b.WriteString("\n")
	embedChart(&b, in, "speakers")
	embedChart(&b, in, "turn-lengths")

	writeKeywords(&b, in)
	embedChart(&b, in, "keyness")
	embedChart(&b, in, "groups")
	embedChart(&b, in, "group-terms")
	embedChart(&b, in, "dispersion")
	writePhrases(&b, in)
	writeEntities(&b, in)
	embedChart(&b, in, "entities")
	// A large corpus's turns, notes and episodes are in the data files
	// only: a report of thousands of turn tables is no report.
	shown := in.Docs
	if len(shown) > MaxDocSections {
		shown = nil
		fmt.Fprintf(&b, "## Turns, episodes and notes\n\nThe %d documents' turn sequences, topic episodes and editorial notes are in `data/turns.csv`, `data/episodes.csv` and `data/notes.csv`; the report shows them for corpora of up to %d documents.\n\n", len(in.Docs), MaxDocSections)
	}
	for i, d := range shown {
		if i < len(in.Episodes) {
			writeEpisodes(&b, in, d, in.Episodes[i], len(in.Docs) > 1)
		}
	}
	embedChart(&b, in, "timeline")
	for _, d := range shown {
		writeTurns(&b, d, len(in.Docs) > 1)
	}
	embedChart(&b, in, "transitions")
	for _, d := range shown {
		writeNotes(&b, d, len(in.Docs) > 1)
	}
	writeMethods(&b, in)
	_, err := io.WriteString(w, b.String())
	return err
}

// MaxDocSections is the most documents whose frames, turns, episodes and
// notes the report shows one by one; of a larger corpus it reads only the
// documents' summaries, so that they may be lightened
// (corpus.Document.Lighten) once their rows are written.
const MaxDocSections = 10

// docTitle is a document's title for headings: the title in the text, in
// title case if the text has it in capitals, else the document's name.
func docTitle(d *corpus.Document) string {
	if d.Title == "" {
		return d.Name
	}
	if strings.ToUpper(d.Title) == d.Title {
		return corpus.TitleCase(d.Title)
	}
	return d.Title
}

// writeFrame says where the conversation lies in the document and who
// the roster names.
func writeFrame(b *strings.Builder, d *corpus.Document, many bool) {
	if many {
		fmt.Fprintf(b, "**%s**: ", mdEscape(d.Name))
	}
	first, last := lineRange(d, corpus.Span{Start: d.Front.End, End: d.Back.Start})
	if len(d.Turns) > 0 {
		first = d.Turns[0].FirstLine
		last = d.Turns[len(d.Turns)-1].LastLine
	}
	fmt.Fprintf(b, "The conversation runs from line %d to line %d.", first, last)
	if f, l := lineRange(d, d.Front); f > 0 {
		fmt.Fprintf(b, " Lines %d–%d are front matter (header, title, roster)", f, l)
		if bf, bl := lineRange(d, d.Back); bf > 0 {
			fmt.Fprintf(b, " and lines %d–%d back matter (closing formulae, distribution list)", bf, bl)
		}
		b.WriteString("; neither is anyone's speech.")
	} else if bf, bl := lineRange(d, d.Back); bf > 0 {
		fmt.Fprintf(b, " Lines %d–%d are back matter, not speech.", bf, bl)
	}
	if len(d.Roster) > 0 {
		var names []string
		for _, p := range d.Roster {
			n := p.Name
			if p.Role != "" {
				n += " (" + p.Role + ")"
			}
			names = append(names, mdEscape(n))
		}
		fmt.Fprintf(b, " The roster (line %d) names %s.", d.Roster[0].Line, strings.Join(names, ", "))
		if s := silent(d); len(s) > 0 {
			var quiet []string
			for _, p := range s {
				quiet = append(quiet, mdEscape(p.Name))
			}
			verb := "never speak"
			if len(quiet) == 1 {
				verb = "never speaks"
			}
			fmt.Fprintf(b, " Of them, %s %s.", joinAnd(quiet), verb)
		}
	}
	b.WriteString("\n\n")
}

// section writes a level-two heading, naming the document when the
// report covers many.
func section(b *strings.Builder, title string, d *corpus.Document, many bool) {
	b.WriteString("## " + title)
	if many {
		fmt.Fprintf(b, ": %s", mdEscape(d.Name))
	}
	b.WriteString("\n\n")
}

// writeTurns writes the turn sequence at a glance, one row per turn.
func writeTurns(b *strings.Builder, d *corpus.Document, many bool) {
	section(b, "Turn sequence", d, many)
	b.WriteString("Who held the floor, turn by turn. Words exclude the cue's framing (\"Comrade STALIN says that,\") and the editorial notes. Data: `data/turns.csv`.\n\n")
	b.WriteString("| Turn | Speaker | Lines | Utterances | Words | Opening words |\n|--:|:--|:--|--:|--:|:--|\n")
	names := d.SpeakerNames()
	for _, t := range d.Turns {
		ln := fmt.Sprint(t.FirstLine)
		if t.LastLine != t.FirstLine {
			ln = fmt.Sprintf("%d–%d", t.FirstLine, t.LastLine)
		}
		fmt.Fprintf(b, "| %d | %s | %s | %d | %d | %s |\n", t.Index, mdEscape(nameOf(names, t.Speaker)), ln, len(t.Utterances), t.Words(), mdEscape(opening(d, t, 12)))
	}
	b.WriteString("\n")
}

// writeNotes lists the editorial apparatus: the notes within the
// conversation in full, those in front and back matter by count.
func writeNotes(b *strings.Builder, d *corpus.Document, many bool) {
	section(b, "Editorial notes", d, many)
	kinds := []corpus.NoteKind{corpus.Footnote, corpus.Elision, corpus.Stage, corpus.Editorial, corpus.Furniture, corpus.Narration}
	in, out := map[corpus.NoteKind]int{}, map[corpus.NoteKind]int{}
	for _, n := range d.Notes {
		if n.Turn > 0 {
			in[n.Kind]++
		} else {
			out[n.Kind]++
		}
	}
	b.WriteString("Footnotes, elisions, stage directions and editorial insertions are kept apart from speech. Data: `data/notes.csv`.\n\n")
	b.WriteString("| Kind | In the conversation | In front or back matter |\n|:--|--:|--:|\n")
	for _, k := range kinds {
		if in[k]+out[k] > 0 {
			fmt.Fprintf(b, "| %s | %d | %d |\n", k, in[k], out[k])
		}
	}
	b.WriteString("\n")
	if len(in) == 0 {
		return
	}
	b.WriteString("Notes within the conversation:\n\n| Line | Turn | Speaker | Kind | Note |\n|--:|--:|:--|:--|:--|\n")
	names := d.SpeakerNames()
	for _, n := range d.Notes {
		if n.Turn == 0 {
			continue
		}
		kind := string(n.Kind)
		if n.Kind == corpus.Footnote {
			kind = fmt.Sprintf("footnote %d", n.Number)
		}
		fmt.Fprintf(b, "| %d | %d | %s | %s | %s |\n", n.Line, n.Turn, mdEscape(nameOf(names, d.Turns[n.Turn-1].Speaker)), kind, mdEscape(clip(d.NoteText(n), 160)))
	}
	b.WriteString("\n")
}

func writeMethods(b *strings.Builder, in Input) {
	b.WriteString("## Methods\n\n")
	fmt.Fprintf(b, "- **Software:** parley %s; pipeline read → %s → count.\n", in.Version, strings.Join(in.Stages, " → "))
	options := "none set; every flag at its default"
	if len(in.Options) > 0 {
		quoted := make([]string, len(in.Options))
		for i, o := range in.Options {
			quoted[i] = "`" + o + "`"
		}
		options = strings.Join(quoted, ", ") + "; the others at their defaults"
	}
	fmt.Fprintf(b, "- **Options:** %s.\n", options)
	for _, d := range in.Docs {
		src := d.SourceSummary()
		fmt.Fprintf(b, "- **Input:** `%s`, %d bytes, %d lines, SHA-256 `%s`.\n", d.Name, src.Bytes, src.Lines, src.SHA256)
	}
	for _, sk := range in.Skipped {
		fmt.Fprintf(b, "- **Skipped** (--keep-going): `%s`: %s\n", sk.File, mdEscape(sk.Reason))
	}
	writeReaderMethods(b, in)
	b.WriteString(`- **Reading summary:** each document's words (by the word rule below) were counted by what the reader took them for: speech, speaker cues, notes, front and back matter, and text passed over (for markup formats, whose syntax is no text, neither the cues nor the text passed over). A reading was flagged when under half of the words outside the speaker cues were speech; when one speaker had all the speech of a text that looks like dialogue (two or more label-like names opening several lines each, several such lines not read as cues, or several lines opening with a change-of-speaker mark, ` + "`>>`" + `); when lines opening with what looks like a speaker's label were not read as cues (a name and a colon, "Smith:", ` + "`**Smith:**`" + `, "[SPEAKER_00]:"; a name in capitals and a period, "HAMLET."; a name and a verb of saying, "Gromyko said"; a name in capitals alone between a blank line and its speech), where the label was used more than once or named a speaker and opened at least one in a hundred of the cue lines, and was no metadata field ("Note:", "Source:"), title alone or heading; and when speakers with a turn or two were named like a header's fields ("Title", "Source").
- **Speaker identity:** titles stripped and case folded, so "Comrade STALIN" and "Comrade Stalin" are one speaker; names shown in the roster's spelling where it has them, else in title case.
- **Speakers' kinds and shares:** a speaker named as a group ("Audience", "Candidates", "Some of the Men", "Smith and Jones") or as not identified ("Unknown", "New Speaker", "Unidentified Male", "Question") is a pseudo-speaker, a diarisation label ("SPEAKER_00", "Speaker 2", "A") a person without a name; the kind is in data/speakers.csv. Shares of words are of the words of the speakers who are no pseudo-speakers (with --include-pseudo-speakers, of all). Each share's 95% interval is a percentile bootstrap (Efron and Tibshirani 1993): each document's turns resampled with replacement, as many as it has, the shares computed in every resample, and the 2.5% and 97.5% quantiles taken (R's type 7); the resamples come from a PCG generator with a fixed seed (--seed, --resamples), so the intervals are the same in every run.
- **Editorial apparatus:** footnote markers "[footnoteRef:N]" and bodies "[N: ...]", elisions "[…]", other bracketed insertions, and stage directions ("(smiling)", "(delegates smile)") are notes, never speech.
- **Words:** the speech of each utterance, less the cue's framing ("Comrade STALIN says that,") and the notes, is split at the word boundaries of Unicode UAX #29 as ICU applies them (as tidytext's unnest_tokens counts words). A word is a segment holding a letter or a digit: inner apostrophes and periods join ("didn’t" and "U.S." are one word each), and so do periods and commas between digits ("3.5", "1,000"); hyphens and dashes split ("post-war" is two words); punctuation and signs ("$", "%") are not counted. Types are distinct words, case folded.
- **Keywords:** each word's term is its Snowball English stem, after case folding; stopwords (the Snowball list plus a few modals and connectives, shipped in ` + "`stages/stopwords/english.txt`" + `), words without a letter, speakers' names with their titles ("Comrade Stalin") and the verb of saying or thinking after a speaker's name ("thinks" in "Comrade Stalin thinks that") are no terms; nor, in any document, is any word of any speaker's name, or a first name the speech puts before a speaker's surname ("Donald" of "Donald Trump"), unless --keep-speaker-names. Keyness compares a speaker with all other speakers together (a document with the other documents): signed log-likelihood G² over the four cells of the contingency table (Dunning 1993; Rayson and Garside 2000; as AntConc), its p-value from χ² with one degree of freedom, the q-value of the Benjamini–Hochberg (1995) procedure over every term the speaker uses at least --min-freq times (the terms tested, in either direction), which the default cut (q ≤ 0.05) applies to, Wilson's (2013) BIC, |G²| − ln N, an approximation of the log Bayes factor (over 2 positive evidence, over 6 strong, over 10 very strong; Raftery 1995), Log Ratio (Hardie 2014; a zero count taken as 0.5), and tf-idf with speakers as documents (count × log10(N/df), as quanteda's dfm_tfidf). The speakers compared, and tf-idf's N, are those who speak, less groups and unknown speakers ("Audience", "Unknown", "New Speaker": their kind is in data/speakers.csv) unless --include-pseudo-speakers, and less any --exclude-speaker; the shares of words leave the pseudo-speakers out as well.
`)
	b.WriteString(`- **Entities:** named people, places, organisations and groups in speech and, apart, in the footnotes: a gazetteer with aliases (` + "`stages/gazetteer/entities.txt`" + `, extensible with --aliases), titles before names, the speakers and the roster, and prose v3's part-of-speech tagger and entity recogniser for the remaining proper names (months, days, creeds, offices, and interjections alone such as "Sorry" or "Mm-hm", are none, nor is a word opening a sentence that the text writes in lower case elsewhere; a name ending in the head noun of a body, "Ford Foundation" or "Supreme Court", is an organisation). A speaker's own name in their turn is the framing of reported speech and is not counted. Keyphrases: log-likelihood G² of association (Dunning 1993) of two- and three-word runs. Episodes: TextTiling (Hearst 1997) over the keyword terms, boundaries moved to turns.
`)
	fmt.Fprintf(b, "- **Tables:** %s (UTF-8, RFC 4180, header row); the same content as JSON in `report.json`.\n", tableList())
}

// tableList names the data tables for the methods section.
func tableList() string {
	var names []string
	for _, t := range Tables() {
		names = append(names, "`data/"+t+"`")
	}
	return strings.Join(names, ", ")
}

// mdEscape makes text safe inside a Markdown table cell.
func mdEscape(s string) string { return mdEscaper.Replace(s) }

// mdEscaper is built once: a Replacer builds its tables on first use.
var mdEscaper = strings.NewReplacer("\\", "\\\\", "|", "\\|", "*", "\\*", "_", "\\_", "`", "\\`", "[", "\\[", "]", "\\]", "<", "&lt;", ">", "&gt;", "\n", " ")

func pct(f float64) string { return fmt.Sprintf("%.1f%%", 100*f) }

// bar draws a share as a bar of up to 20 blocks, scaled to the largest.
func bar(share, largest float64) string {
	if largest <= 0 {
		return ""
	}
	n := int(20*share/largest + 0.5)
	if n == 0 && share > 0 {
		n = 1
	}
	return strings.Repeat("█", n)
}

func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return strings.TrimSpace(string(r[:n])) + " …"
}

func joinAnd(items []string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	}
	return strings.Join(items[:len(items)-1], ", ") + " and " + items[len(items)-1]
}

// embedChart shows the chart of the given kind, if it has data, with its
// caption: as an image for SVG or PNG, as a link for PDF only.
func embedChart(b *strings.Builder, in Input, name string) {
	for _, k := range ChartKinds() {
		if k.Name != name || !hasChart(in, k) {
			continue
		}
		formats := in.Charts.formats()
		file := "charts/" + k.Name + "." + formats[0]
		for _, f := range formats {
			if f == "svg" || f == "png" && !strings.HasSuffix(file, ".svg") {
				file = "charts/" + k.Name + "." + f
			}
		}
		caption := "**Figure: " + k.Name + ".** " + k.Caption
		if strings.HasSuffix(file, ".pdf") {
			fmt.Fprintf(b, "[%s chart (PDF)](%s)\n\n%s\n\n", k.Name, file, caption)
			return
		}
		fmt.Fprintf(b, "![%s chart](%s)\n\n%s\n\n", k.Name, file, caption)
	}
}

// commaInt writes n with thousands separated by commas: "1,000".
func commaInt(n int) string {
	s := strconv.Itoa(n)
	if n < 0 {
		return "-" + commaInt(-n)
	}
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

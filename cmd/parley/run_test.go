package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"parley/corpus/corpustest"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"parley/analysis"
	"parley/corpus/formats"
)

// outputs are the files parley analyze writes, relative to -o.
var outputs = []string{"report.md", "report.json", "data/turns.csv", "data/speakers.csv", "data/notes.csv", "data/keywords.csv", "data/phrases.csv", "data/episodes.csv", "data/entities.csv", "data/mentions.csv"}

// runParley runs the command and returns its exit status, stdout and stderr.
func runParley(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := run(context.Background(), args, &stdout, &stderr)
	return code, stdout.String(), stderr.String()
}

// golden compares got with testdata/golden/NAME, or rewrites it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", "golden", name)
	if corpustest.Updating() {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./cmd/parley -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from its golden file; diff it with: go test ./cmd/parley -run %s -update && git diff %s\nfirst difference at line %d",
			name, t.Name(), path, firstDiffLine(got, want))
	}
}

func firstDiffLine(a, b []byte) int {
	al, bl := strings.Split(string(a), "\n"), strings.Split(string(b), "\n")
	for i := 0; i < len(al) && i < len(bl); i++ {
		if al[i] != bl[i] {
			return i + 1
		}
	}
	return min(len(al), len(bl)) + 1
}

// TestAnalyzeSampleGolden runs "parley analyze" on the bundled record and
// checks every output against its golden file.
func TestAnalyzeSampleGolden(t *testing.T) {
	out := filepath.Join(t.TempDir(), "report")
	code, stdout, stderr := runParley(t, "analyze", "-o", out)
	if code != 0 {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	if stderr != "" {
		t.Errorf("stderr not empty: %q", stderr)
	}
	if !strings.Contains(stdout, "8 speakers, 44 turns, 4062 words") || !strings.Contains(stdout, out+"/report.md") {
		t.Errorf("stdout does not summarize the run and say where: %q", stdout)
	}
	for _, name := range outputs {
		if _, err := os.Stat(filepath.Join(out, name)); err != nil {
			t.Errorf("%s not written", name)
		}
	}
	// Every file written, charts included, matches its golden file.
	written := map[string]bool{}
	filepath.WalkDir(out, func(path string, e os.DirEntry, err error) error {
		if err != nil || e.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(out, path)
		written[filepath.ToSlash(rel)] = true
		got, _ := os.ReadFile(path)
		golden(t, "1947/"+filepath.ToSlash(rel), got)
		return nil
	})
	for _, dir := range []string{"charts", "data"} {
		entries, _ := os.ReadDir(filepath.Join("testdata", "golden", "1947", dir))
		for _, e := range entries {
			if !written[dir+"/"+e.Name()] && !corpustest.Updating() {
				t.Errorf("golden file %s/%s has no output any more", dir, e.Name())
			}
		}
	}
}

// TestAnalyzeDeterministic checks that two runs give byte-identical output
// and that nothing in it depends on where it was written.
func TestAnalyzeDeterministic(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a"), filepath.Join(dir, "nested", "b")
	for _, out := range []string{a, b} {
		if code, _, stderr := runParley(t, "analyze", "-o", out); code != 0 {
			t.Fatalf("exit %d: %s", code, stderr)
		}
	}
	for _, name := range outputs {
		x, _ := os.ReadFile(filepath.Join(a, name))
		y, _ := os.ReadFile(filepath.Join(b, name))
		if len(x) == 0 || !bytes.Equal(x, y) {
			t.Errorf("%s: runs differ or are empty", name)
		}
		if bytes.Contains(x, []byte(dir)) {
			t.Errorf("%s holds an absolute path", name)
		}
	}
}

func TestSpeakersText(t *testing.T) {
	code, stdout, stderr := runParley(t, "speakers")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	golden(t, "1947/speakers.txt", []byte(stdout))
}

func TestSpeakersCSVMatchesReportTable(t *testing.T) {
	out := filepath.Join(t.TempDir(), "r")
	if code, _, stderr := runParley(t, "analyze", out, "-o", out, "../../corpus/sample/1947-10-14-stalin-labour-mps.txt"); code != 2 {
		// "out" does not exist as an input: a clear input error, nothing written.
		t.Fatalf("want exit 2 for a missing input, got %d: %s", code, stderr)
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Fatalf("output written despite the error")
	}
	code, csv, stderr := runParley(t, "speakers", "--csv")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if code, _, stderr := runParley(t, "analyze", "-o", out); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	table, _ := os.ReadFile(filepath.Join(out, "data", "speakers.csv"))
	if csv != string(table) {
		t.Errorf("speakers --csv differs from data/speakers.csv:\n%s\n---\n%s", csv, table)
	}
}

// TestAnalyzeFileFlagsAfterPath reads the record from a path, with the
// flag after it, and checks the document is named by the path as given.
func TestAnalyzeFileFlagsAfterPath(t *testing.T) {
	const rel = "../../corpus/sample/1947-10-14-stalin-labour-mps.txt"
	before, err := os.ReadFile(rel)
	if err != nil {
		t.Fatal(err)
	}
	info, _ := os.Stat(rel)
	out := filepath.Join(t.TempDir(), "r")
	code, _, stderr := runParley(t, "analyze", rel, "-o", out)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	turns, _ := os.ReadFile(filepath.Join(out, "data", "turns.csv"))
	if !strings.Contains(string(turns), "\r\n"+rel+",1,Stalin,25,25,1,6,") {
		t.Errorf("turns.csv does not name the document by its path: %.200s", turns)
	}
	after, _ := os.ReadFile(rel)
	info2, _ := os.Stat(rel)
	if !bytes.Equal(before, after) || !info.ModTime().Equal(info2.ModTime()) {
		t.Errorf("parley modified its input")
	}
}

func TestBadInput(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	empty := filepath.Join(dir, "emptydir")
	os.Mkdir(empty, 0o755)
	write("nontext/notes.rtf", []byte("SMITH says that hello.\n"))
	tests := []struct {
		name string
		args []string
		want []string // substrings of stderr
	}{
		{"missing file", []string{filepath.Join(dir, "nope.txt")}, []string{"nope.txt", "no such file"}},
		{"empty directory", []string{empty}, []string{"emptydir", "no transcripts"}},
		{"directory without transcripts", []string{filepath.Join(dir, "nontext")}, []string{"nontext", "no transcripts"}},
		{"binary file", []string{write("bin.txt", []byte("SMITH says that\nhello\x00world\n"))}, []string{"bin.txt:2:", "binary"}},
		{"broken UTF-8", []string{write("broken.txt", []byte("SMITH says that\nna\xc3\xafve caf\xe9\n"))}, []string{"broken.txt:2:", "UTF-8"}},
		{"no speaker cues", []string{write("prose.txt", []byte("It was a dark and stormy night.\nNobody said anything.\n"))}, []string{"prose.txt", "no speaker cues"}},
		{"empty file", []string{write("empty.txt", nil)}, []string{"empty.txt", "empty"}},
		{"one good, one bad", []string{"../../corpus/sample/1947-10-14-stalin-labour-mps.txt", filepath.Join(dir, "bin.txt")}, []string{"bin.txt:2:"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out := filepath.Join(dir, "out-"+strings.ReplaceAll(tc.name, " ", "-"))
			args := append([]string{"analyze", "-o", out}, tc.args...)
			code, stdout, stderr := runParley(t, args...)
			if code != 2 {
				t.Errorf("exit %d, want 2", code)
			}
			if stdout != "" {
				t.Errorf("stdout %q, want nothing", stdout)
			}
			if strings.Count(stderr, "\n") != 1 || !strings.HasPrefix(stderr, "parley: ") {
				t.Errorf("stderr %q, want one line", stderr)
			}
			for _, w := range tc.want {
				if !strings.Contains(stderr, w) {
					t.Errorf("stderr %q lacks %q", stderr, w)
				}
			}
			if _, err := os.Stat(out); !os.IsNotExist(err) {
				t.Errorf("output directory created despite the error")
			}
			if code, _, stderr := runParley(t, append([]string{"speakers"}, tc.args...)...); code != 2 || !strings.Contains(stderr, tc.want[0]) {
				t.Errorf("speakers: exit %d, stderr %q", code, stderr)
			}
		})
	}
}

func TestUsageErrors(t *testing.T) {
	for _, args := range [][]string{{}, {"frobnicate"}, {"analyze", "-x"}, {"speakers", "--nope"}} {
		code, stdout, stderr := runParley(t, args...)
		if code != 2 || stderr == "" || stdout != "" {
			t.Errorf("%q: exit %d, stdout %q, stderr %q; want 2, usage on stderr", args, code, stdout, stderr)
		}
	}
	if code, stdout, _ := runParley(t, "help"); code != 0 || !strings.Contains(stdout, "parley analyze") {
		t.Errorf("help: exit %d, %q", code, stdout)
	}
	if code, stdout, _ := runParley(t, "version"); code != 0 || stdout != "parley "+version+"\n" {
		t.Errorf("version: exit %d, %q", code, stdout)
	}
}

// TestOutputReplacement checks that a rerun replaces the files of the
// earlier report and no others: the user's notes, edited figures and
// tables beside it stay; a file the old report wrote and the new one does
// not goes; a new file that would replace one parley did not write is
// refused. A directory that holds anything else is left alone.
func TestOutputReplacement(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "report")
	if code, _, stderr := runParley(t, "analyze", "-o", out, "--chart-format", "svg", "--chart-format", "png"); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	mine := map[string]string{"mynotes.txt": "notes", "edited/fig1.svg": "<svg/>", "data/my_recode.csv": "a,b"}
	for name, text := range mine {
		os.MkdirAll(filepath.Dir(filepath.Join(out, name)), 0o755)
		os.WriteFile(filepath.Join(out, name), []byte(text), 0o644)
	}
	if code, _, stderr := runParley(t, "analyze", "-o", out); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for name, text := range mine {
		if b, err := os.ReadFile(filepath.Join(out, name)); err != nil || string(b) != text {
			t.Errorf("the user's %s was changed or removed by a rerun: %q, %v", name, b, err)
		}
	}
	if _, err := os.Stat(filepath.Join(out, "charts", "speakers.png")); !os.IsNotExist(err) {
		t.Errorf("a chart of the old report that the new one does not draw survived it")
	}
	if _, err := os.Stat(filepath.Join(out, "charts", "speakers.svg")); err != nil {
		t.Errorf("the new report's chart is missing: %v", err)
	}
	// A file of the user's where the new report would write one of its
	// own: refused, and nothing moved.
	os.WriteFile(filepath.Join(out, "charts", "speakers.png"), []byte("mine"), 0o644)
	if code, _, stderr := runParley(t, "analyze", "-o", out, "--chart-format", "png"); code != 2 || !strings.Contains(stderr, "did not write") {
		t.Errorf("writing over the user's charts/speakers.png: exit %d, %q; want 2 and why", code, stderr)
	}
	if b, _ := os.ReadFile(filepath.Join(out, "charts", "speakers.png")); string(b) != "mine" {
		t.Errorf("the user's charts/speakers.png was replaced")
	}
	os.Remove(filepath.Join(out, "charts", "speakers.png"))
	// A failed run leaves the old report as it was.
	before, _ := os.ReadFile(filepath.Join(out, "report.md"))
	if code, _, _ := runParley(t, "analyze", "-o", out, filepath.Join(dir, "missing.txt")); code != 2 {
		t.Errorf("want exit 2")
	}
	after, _ := os.ReadFile(filepath.Join(out, "report.md"))
	if !bytes.Equal(before, after) {
		t.Errorf("a failed run changed the existing report")
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("temporary directories left behind: %v", entries)
	}

	precious := filepath.Join(dir, "thesis")
	os.MkdirAll(precious, 0o755)
	os.WriteFile(filepath.Join(precious, "chapter1.tex"), []byte("x"), 0o644)
	code, _, stderr := runParley(t, "analyze", "-o", precious)
	if code != 2 || !strings.Contains(stderr, "holds no parley report") {
		t.Errorf("exit %d, stderr %q: want a refusal", code, stderr)
	}
	if _, err := os.Stat(filepath.Join(precious, "chapter1.tex")); err != nil {
		t.Errorf("parley deleted a file it did not write: %v", err)
	}
}

func TestKeywordsText(t *testing.T) {
	code, stdout, stderr := runParley(t, "keywords")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	golden(t, "1947/keywords.txt", []byte(stdout))
}

// TestKeywordsLeaveFramingOut checks, over every term of every speaker
// (no cut by rank, frequency or p), that the cue framing of reported
// speech and the speakers' names never count as keywords.
func TestKeywordsLeaveFramingOut(t *testing.T) {
	code, stdout, stderr := runParley(t, "keywords", "--csv", "--top", "0", "--max-q", "1", "--min-freq", "1")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	rows := strings.Split(strings.TrimSpace(stdout), "\r\n")
	if len(rows) < 500 {
		t.Fatalf("only %d keyword rows without cuts", len(rows))
	}
	banned := map[string]bool{"comrade": true, "says": true, "stalin": true, "generalissimo": true, "zilliacus": true, "bing": true, "allen": true, "parkin": true, "champion": true, "asks": true}
	stalin := 0
	for _, r := range rows[1:] {
		f := strings.Split(r, ",") // level, document, speaker, group, rank, term...
		if f[2] == "Stalin" {
			stalin++
		}
		if banned[f[5]] {
			t.Errorf("%s has the keyword %q: %s", f[2], f[5], r)
		}
	}
	if stalin < 100 {
		t.Errorf("Stalin has only %d keyword rows", stalin)
	}
}

func TestKeywordsStopwordsFlag(t *testing.T) {
	list := filepath.Join(t.TempDir(), "stop.txt")
	os.WriteFile(list, []byte("# mine\nAmerica  part\n"), 0o644)
	code, stdout, stderr := runParley(t, "keywords", "--max-q", "1", "--max-p", "0.05", "--stopwords", list)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if strings.Contains(stdout, "\namerica ") || strings.Contains(stdout, "\npart ") {
		t.Errorf("added stopwords still keywords:\n%s", stdout)
	}
	if !strings.Contains(stdout, "\nagreement ") {
		t.Errorf("other keywords lost:\n%s", stdout)
	}
	code, _, stderr = runParley(t, "keywords", "--stopwords", list+".missing")
	if code != 2 || !strings.Contains(stderr, "stop.txt.missing") {
		t.Errorf("missing stopword list: exit %d, %q", code, stderr)
	}
}

func TestKwic(t *testing.T) {
	tests := []struct {
		query string
		count int
		first string // the first line of output, spaces folded
	}{
		// A stem finds every form: "negotiate" finds "negotiations".
		{"negotiate", 6, "54 Stalin verbally agreed to this, but [negotiations] have failed. The Russians only"},
		{"Comintern", 5, "87 Zilliacus and will be presented as a [Comintern] revival. Again, they will"},
		{"soviet union", 30, ""},
		// Split by the word rule as speech is: three tokens, in a row.
		{"post-war", 1, "49 Stalin the agreement concerns issues of the [post-war] period. This part states that"},
		{"heart-to-heart", 1, ""},
		{"post", 1, "49 Stalin the agreement concerns issues of the [post] -war period. This part"},
		{"zebra", 0, ""},
	}
	for _, tc := range tests {
		code, stdout, stderr := runParley(t, "kwic", tc.query)
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", tc.query, code, stderr)
		}
		lines := strings.Split(strings.TrimSpace(stdout), "\n")
		if last := lines[len(lines)-1]; last != fmt.Sprintf("%d matches", tc.count) {
			t.Errorf("%s: %q, want %d matches", tc.query, last, tc.count)
		}
		if tc.first != "" && strings.Join(strings.Fields(lines[0]), " ") != tc.first {
			t.Errorf("%s: first line %q, want %q", tc.query, lines[0], tc.first)
		}
	}
	// Cues and notes are not speech: "says" stands in 30 cues and in no
	// speech, so only the two "say" of its stem are found; the footnotes'
	// "Bevin" (footnotes 16 and 20) is not found either.
	code, stdout, _ := runParley(t, "kwic", "says")
	if code != 0 || strings.Contains(stdout, "[says]") || !strings.HasSuffix(stdout, "2 matches\n") {
		t.Errorf("kwic says: %q", stdout)
	}
	_, stdout, _ = runParley(t, "kwic", "Bevin")
	if !strings.HasSuffix(stdout, "2 matches\n") {
		t.Errorf("kwic Bevin: %q, want the 2 in speech", stdout)
	}
	if code, _, _ := runParley(t, "kwic"); code != 2 {
		t.Errorf("kwic without a term: exit %d, want 2", code)
	}
}

// TestAnalyzeTwoDocuments reads two records: each document's keywords
// against the other come after the speakers' keywords against each other.
func TestAnalyzeTwoDocuments(t *testing.T) {
	const sample = "../../corpus/sample/1947-10-14-stalin-labour-mps.txt"
	const harbour = "testdata/inputs/harbour-talk.txt"
	out := filepath.Join(t.TempDir(), "r")
	code, stdout, stderr := runParley(t, "analyze", "-o", out, "--max-q", "1", "--max-p", "0.05", sample, harbour)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(stdout, "10 speakers, 48 turns") {
		t.Errorf("stdout %q", stdout)
	}
	md, _ := os.ReadFile(filepath.Join(out, "report.md"))
	if !strings.Contains(string(md), "**Document `"+harbour+"`**") {
		t.Errorf("report lacks the harbour document's keywords")
	}
	csv, _ := os.ReadFile(filepath.Join(out, "data", "keywords.csv"))
	var docRows, speakerRows int
	for _, r := range strings.Split(strings.TrimSpace(string(csv)), "\r\n")[1:] {
		f := strings.Split(r, ",") // level, document, speaker, group, rank, term...
		switch {
		case f[0] == "document" && f[1] == harbour && f[2] == "" && f[5] == "ships":
			docRows++
		case f[0] == "speaker" && f[1] == "" && f[2] != "":
			speakerRows++
		}
	}
	if docRows != 1 || speakerRows == 0 {
		t.Errorf("keywords.csv: %d harbour rows for ships, %d speaker rows; want 1 and some:\n%s", docRows, speakerRows, csv)
	}
}

func TestEntitiesText(t *testing.T) {
	code, stdout, stderr := runParley(t, "entities")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	golden(t, "1947/entities.txt", []byte(stdout))
	// The historian's questions: Stalin talks of Britain and America, the
	// delegates of the Labour Party; Stalin and Zilliacus name Bevin.
	for _, want := range []string{"Stalin     Britain ", "Stalin     United States ", "Zilliacus  Labour Party "} {
		if !strings.Contains(stdout, want) {
			t.Errorf("entities lack %q", want)
		}
	}
	_, csv, _ := runParley(t, "entities", "--csv")
	for _, who := range []string{"Stalin", "Zilliacus"} {
		if !strings.Contains(csv, ","+who+",Bevin,person,1\r\n") {
			t.Errorf("%s does not name Bevin:\n%s", who, csv)
		}
	}
}

func TestEntitiesFlags(t *testing.T) {
	list := filepath.Join(t.TempDir(), "aliases.txt")
	os.WriteFile(list, []byte("# England is Britain here\nplace: Britain = England\n"), 0o644)
	_, stdout, _ := runParley(t, "entities", "--csv", "--top", "0", "--aliases", list)
	if strings.Contains(stdout, ",England,") {
		t.Errorf("England not merged into Britain")
	}
	_, stdout, _ = runParley(t, "entities", "--csv", "--fold-groups")
	if strings.Contains(stdout, ",group,") {
		t.Errorf("groups not folded")
	}
	os.WriteFile(list, []byte("planet: Mars\n"), 0o644)
	code, _, stderr := runParley(t, "entities", "--aliases", list)
	if code != 2 || !strings.Contains(stderr, "aliases.txt:1:") {
		t.Errorf("bad alias file: exit %d, %q", code, stderr)
	}
}

func TestChartCommand(t *testing.T) {
	dir := t.TempDir()
	png := filepath.Join(dir, "speakers.png")
	if code, _, stderr := runParley(t, "chart", "speakers", "-o", png, "--chart-width", "60", "--chart-dpi", "100"); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	b, _ := os.ReadFile(png)
	if !bytes.HasPrefix(b, []byte("\x89PNG")) {
		t.Errorf("not a PNG")
	}
	code, stdout, _ := runParley(t, "chart", "timeline")
	want, _ := os.ReadFile("testdata/golden/1947/charts/timeline.svg")
	if code != 0 || stdout != string(want) {
		t.Errorf("chart timeline to stdout differs from the report's SVG")
	}
	for _, args := range [][]string{{"chart"}, {"chart", "pie"}, {"chart", "speakers", "-o", filepath.Join(dir, "x.gif")}} {
		if code, _, stderr := runParley(t, args...); code != 2 || stderr == "" {
			t.Errorf("%q: exit %d, stderr %q", args, code, stderr)
		}
	}
}

// TestCorpus reads a directory of two debates with a metadata table and a
// speaker alias file, and compares the two years.
func TestCorpus(t *testing.T) {
	out := filepath.Join(t.TempDir(), "r")
	code, stdout, stderr := runParley(t, "analyze", "-o", out, "--speaker-aliases", "testdata/inputs/aliases.yaml", "--group-by", "year", "--min-freq", "1", "--max-q", "1", "testdata/inputs/corpus")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(stdout, "3 speakers, 7 turns") {
		t.Errorf("stdout %q: want Smith's three names merged (3 speakers)", stdout)
	}
	docs, _ := os.ReadFile(filepath.Join(out, "data", "documents.csv"))
	for _, want := range []string{"document,format,title,date,speakers,turns,words,notes,why,text_words,speech_share,warnings\r\n", "testdata/inputs/corpus/first.txt,script,First debate,2020-01-10,3,4,31,"} {
		if !strings.Contains(string(docs), want) {
			t.Errorf("documents.csv lacks %q:\n%s", want, docs)
		}
	}
	fields, _ := os.ReadFile(filepath.Join(out, "data", "document_fields.csv"))
	for _, want := range []string{"document,field,value\r\n", "testdata/inputs/corpus/first.txt,party,open\r\n", "testdata/inputs/corpus/first.txt,year,2020\r\n"} {
		if !strings.Contains(string(fields), want) {
			t.Errorf("document_fields.csv lacks %q:\n%s", want, fields)
		}
	}
	speakers, _ := os.ReadFile(filepath.Join(out, "data", "speakers.csv"))
	if !strings.Contains(string(speakers), "\r\n,Ann Smith,ann smith,person,3,3,22,") || !strings.Contains(string(speakers), "\r\ntestdata/inputs/corpus/first.txt,Ann Smith,ann smith,person,2,2,15,") || strings.Contains(string(speakers), "Senator") {
		t.Errorf("speakers.csv:\n%s", speakers)
	}
	md, _ := os.ReadFile(filepath.Join(out, "report.md"))
	if !strings.Contains(string(md), "**Group year 2020**") || !strings.Contains(string(md), "## Documents") {
		t.Errorf("report lacks the groups' keywords or the documents table")
	}
	code, _, stderr = runParley(t, "speakers", "--speaker-aliases", "testdata/inputs/corpus/metadata.csv", "testdata/inputs/corpus")
	if code != 2 || !strings.Contains(stderr, "metadata.csv") {
		t.Errorf("a bad alias file: exit %d, %q", code, stderr)
	}
}

// TestLargeCorpusBatches reads more documents than the pipeline takes at
// once, so they go in batches and let go of their tokens: the counts must
// be those of each document read alone.
func TestLargeCorpusBatches(t *testing.T) {
	dir := t.TempDir()
	src, err := os.ReadFile("testdata/inputs/harbour-talk.txt")
	if err != nil {
		t.Fatal(err)
	}
	for i := range 12 {
		os.WriteFile(filepath.Join(dir, fmt.Sprintf("talk%02d.txt", i)), src, 0o644)
	}
	out := filepath.Join(t.TempDir(), "r")
	code, stdout, stderr := runParley(t, "analyze", "-o", out, dir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(stdout, "analyzed 12 documents: 2 speakers, 48 turns, 684 words") {
		t.Errorf("stdout %q", stdout)
	}
	turns, _ := os.ReadFile(filepath.Join(out, "data", "turns.csv"))
	if n := strings.Count(string(turns), ",1,Smith,"); n != 12 {
		t.Errorf("%d first turns by Smith, want 12", n)
	}
	if strings.Count(string(turns), ",5,5,1,17,the harbour needs new ships and new cranes. The ships are old and the cranes are broken.,SMITH says") != 12 {
		t.Errorf("turn 1 of every document should have its 17 words, tokens dropped or not:\n%.600s", turns)
	}
	md, _ := os.ReadFile(filepath.Join(out, "report.md"))
	if !strings.Contains(string(md), "The 12 documents' turn sequences") {
		t.Errorf("the report lists the turns of 12 documents")
	}
}

// TestInspectGolden prints the 1947 record and a script as they were
// read, line by line, and checks them against their golden files.
func TestInspectGolden(t *testing.T) {
	for _, tc := range []struct{ golden, path string }{
		{"inspect/1947.txt", ""},
		{"inspect/script-harbour.txt", "../../corpus/testdata/script-harbour.txt"},
	} {
		args := []string{"inspect"}
		if tc.path != "" {
			args = append(args, tc.path)
		}
		code, stdout, stderr := runParley(t, args...)
		if code != 0 || stderr != "" {
			t.Fatalf("%v: exit %d, stderr %q", args, code, stderr)
		}
		golden(t, tc.golden, []byte(stdout))
	}
}

func TestInspectHelp(t *testing.T) {
	code, _, stderr := runParley(t, "inspect", "--help")
	if code != 0 || !strings.Contains(stderr, "Usage: parley inspect") || !strings.Contains(stderr, "C  a speaker cue") || !strings.Contains(stderr, "-format") {
		t.Errorf("exit %d, help %q", code, stderr)
	}
	if code, _, stderr := runParley(t, "inspect", "no-such-file.txt"); code != 2 || !strings.Contains(stderr, "no-such-file.txt") {
		t.Errorf("a missing file: exit %d, %q", code, stderr)
	}
}

// TestWarnings checks that a reading that looks wrong is never silent:
// the warnings go to stderr and into the report's Reading section, and
// the run still succeeds.
func TestWarnings(t *testing.T) {
	// The interview of issue 9 reads right (no warning); forced to be
	// plain text, one speaker has a text that looks like dialogue, and the
	// warnings say so on stderr and in the report.
	input := "testdata/inputs/interview.txt"
	code, _, stderr := runParley(t, "speakers", input)
	if code != 0 || strings.Contains(stderr, "warning") {
		t.Errorf("read as a script: exit %d, %s", code, stderr)
	}
	out := filepath.Join(t.TempDir(), "r")
	code, _, stderr = runParley(t, "analyze", "--format", "plain", "-o", out, input)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, want := range []string{
		"parley: warning: " + input + ": one speaker (Unknown) has all the speech, but the text looks like dialogue",
		"parley: warning: " + input + `: 8 lines open with what looks like a speaker's label but was not read as a cue: line 3 "Interviewer:", line 4 "Respondent:"`,
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	md, _ := os.ReadFile(filepath.Join(out, "report.md"))
	if !strings.Contains(string(md), "**Warnings (2).**") || !strings.Contains(string(md), "read by the plain reader") {
		t.Errorf("the report does not say how the file was read:\n%s", md)
	}
	code, stdout, _ := runParley(t, "inspect", input)
	if code != 0 || !strings.Contains(stdout, " 3 C Interviewer | Interviewer: Thank you") || !strings.Contains(stdout, " 9 C Interviewer | INTERVIEWER:") {
		t.Errorf("inspect: exit %d\n%s", code, stdout)
	}
}

func TestFormatsCommand(t *testing.T) {
	code, stdout, stderr := runParley(t, "formats")
	if code != 0 || stderr != "" {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	lines := strings.Split(strings.TrimSuffix(stdout, "\n"), "\n")
	if len(lines) != len(formats.All())+1 || !strings.HasPrefix(lines[0], "format") {
		t.Fatalf("%d lines, want a header and one a format:\n%s", len(lines), stdout)
	}
	for i, f := range formats.All() {
		if fields := strings.Fields(lines[i+1]); len(fields) == 0 || fields[0] != f.Name {
			t.Errorf("line %d: %q, want the %s format", i+2, lines[i+1], f.Name)
		}
	}
	if code, _, _ := runParley(t, "formats", "extra"); code != 2 {
		t.Errorf("formats with an argument: exit %d, want 2", code)
	}
}

// TestGroupBySpeakerField groups one table's speakers by their party
// column: each party's speech is a group in the report.
func TestGroupBySpeakerField(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "p.csv")
	src := "member;party;speech\nAnn;Labour;railways railways public\nBob;Tory;market market taxes\nAnn;Labour;public railways\nCat;Tory;market taxes\n"
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "out")
	if code, _, stderr := runParley(t, "analyze", "--group-by", "party", "--min-freq", "1", "--max-p", "1", "-o", out, path); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	report, err := os.ReadFile(filepath.Join(out, "report.md"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"**Group party Labour** (5 words, against 5 in the others)", "**Group party Tory** (5 words, against 5 in the others)"} {
		if !strings.Contains(string(report), want) {
			t.Errorf("report lacks %q", want)
		}
	}
}

// TestStagesPerCommand checks that a command runs the entity stage only
// where it prints entities: it is most of a run's time.
func TestStagesPerCommand(t *testing.T) {
	for _, tc := range []struct {
		c    common
		want bool
	}{{common{}, true}, {common{noEntities: true}, false}} {
		l, err := tc.c.load(context.Background(), nil, io.Discard)
		if err != nil {
			t.Fatal(err)
		}
		if got := slices.Contains(l.pipeline.Names(), "entities"); got != tc.want {
			t.Errorf("noEntities %v: stages %v", tc.c.noEntities, l.pipeline.Names())
		}
	}
	// Nor are keyphrases and episodes counted where nothing prints them.
	for _, tc := range []struct {
		c    common
		want bool
	}{{common{}, true}, {common{noPhrases: true, noEpisodes: true}, false}} {
		l, err := tc.c.load(context.Background(), nil, io.Discard)
		if err != nil {
			t.Fatal(err)
		}
		phrases := len(l.phrases.Phrases(analysis.PhraseOptions{})) > 0
		episodes := len(l.episodes) > 0 && len(l.episodes[0]) > 0
		if phrases != tc.want || episodes != tc.want {
			t.Errorf("noPhrases, noEpisodes %v: phrases %v, episodes %v", !tc.want, phrases, episodes)
		}
	}
}

// TestFlagsFirst checks every flag before any input is read: a bad value
// names the flag (exit 2) though the input does not exist either, and
// writes nothing; a --group-by field no document has lists the fields.
func TestFlagsFirst(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "missing.txt")
	out := filepath.Join(dir, "report")
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"analyze", "--top", "-3"}, "--top: -3"},
		{[]string{"analyze", "--chart-width", "0"}, "--chart-width: 0"},
		{[]string{"analyze", "--chart-dpi", "5"}, "--chart-dpi: 5"},
		{[]string{"analyze", "--chart-format", "svg,gif"}, `--chart-format: "gif"`},
		{[]string{"analyze", "--max-p", "0"}, "--max-p: 0"},
		{[]string{"analyze", "--min-freq", "-1"}, "--min-freq: -1"},
		{[]string{"analyze", "--format", "nope"}, `--format: "nope"`},
		{[]string{"keywords", "--top", "-1"}, "--top: -1"},
		{[]string{"chart", "--chart-width", "0", "speakers"}, "--chart-width: 0"},
	} {
		args := append(append([]string(nil), tc.args...), "-o", out, missing)
		if tc.args[0] != "analyze" {
			args = append(append([]string(nil), tc.args...), missing)
		}
		code, _, stderr := runParley(t, args...)
		if code != 2 || !strings.Contains(stderr, tc.want) {
			t.Errorf("%q: exit %d, %q; want 2 and %q", tc.args, code, stderr, tc.want)
		}
		if _, err := os.Stat(out); !os.IsNotExist(err) {
			t.Errorf("%q wrote %s", tc.args, out)
		}
	}
	// A --group-by field no document has is found by reading, before
	// any analysis.
	var phases []string
	onPhase = func(p string) { phases = append(phases, p) }
	code, _, stderr := runParley(t, "analyze", "-o", out, "--group-by", "party")
	onPhase = func(string) {}
	if code != 2 || !strings.Contains(stderr, `no document or speaker has the field "party"; the fields are year`) {
		t.Errorf("--group-by party on the sample: exit %d, %q", code, stderr)
	}
	if len(phases) > 0 {
		t.Errorf("--group-by party was refused after the phases %v", phases)
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Errorf("--group-by party wrote %s", out)
	}
	// Comma lists: both formats drawn; the Methods record the flags set.
	if code, _, stderr := runParley(t, "analyze", "-o", out, "--chart-format", "svg,png", "--top", "5", "--quiet"); code != 0 {
		t.Fatalf("--chart-format svg,png: exit %d, %s", code, stderr)
	}
	if md, _ := os.ReadFile(filepath.Join(out, "report.md")); !strings.Contains(string(md), "- **Options:** `--chart-format svg,png`, `--top 5`; the others at their defaults.") {
		t.Errorf("the Methods do not record the options set")
	}
	for _, f := range []string{"speakers.svg", "speakers.png"} {
		if _, err := os.Stat(filepath.Join(out, "charts", f)); err != nil {
			t.Errorf("--chart-format svg,png: %v", err)
		}
	}
}

// TestKeepGoing reads a corpus with three bad files among good ones:
// without --keep-going the first bad file fails the run; with it, every
// readable file is analysed, each skipped one is listed on stderr and in
// the report's Methods and report.json, and the exit status is 3; with
// nothing to skip it is 0, and with nothing readable 2.
func TestKeepGoing(t *testing.T) {
	dir := t.TempDir()
	corpus := filepath.Join(dir, "corpus")
	os.Mkdir(corpus, 0o755)
	good := "SMITH: We want peace.\nJONES: And trade.\nSMITH: Both, then.\n"
	os.WriteFile(filepath.Join(corpus, "a.txt"), []byte(good), 0o644)
	os.WriteFile(filepath.Join(corpus, "b.txt"), []byte("\x00\x01binary"), 0o644)
	os.WriteFile(filepath.Join(corpus, "c.txt"), []byte("no cues here at all.\n"), 0o644)
	os.WriteFile(filepath.Join(corpus, "d.txt"), []byte("A: hi\n\xff\xfe bad \xc3\xa9\n"), 0o644)
	os.WriteFile(filepath.Join(corpus, "e.txt"), []byte(good), 0o644)
	out := filepath.Join(dir, "report")
	if code, _, stderr := runParley(t, "analyze", "-o", out, corpus); code != 2 || !strings.Contains(stderr, "b.txt:1: binary file") {
		t.Errorf("without --keep-going: exit %d, %q; want 2 and b.txt", code, stderr)
	}
	code, stdout, stderr := runParley(t, "analyze", "--keep-going", "-o", out, corpus)
	if code != 3 || !strings.Contains(stdout, "e.txt: 2 speakers, 6 turns") {
		t.Fatalf("--keep-going: exit %d, %q, %q; want 3 and two documents", code, stdout, stderr)
	}
	for _, f := range []string{"b.txt:1: binary file", "c.txt: no speaker cues", "d.txt:2: not UTF-8", "skipped 3 files"} {
		if !strings.Contains(stderr, f) {
			t.Errorf("stderr lacks %q: %q", f, stderr)
		}
	}
	md, _ := os.ReadFile(filepath.Join(out, "report.md"))
	js, _ := os.ReadFile(filepath.Join(out, "report.json"))
	for _, f := range []string{"b.txt", "c.txt", "d.txt"} {
		if !strings.Contains(string(md), "**Skipped** (--keep-going): `"+filepath.Join(corpus, f)+"`") {
			t.Errorf("the report's Methods do not list %s", f)
		}
		if !strings.Contains(string(js), `"file": "`+filepath.Join(corpus, f)+`"`) {
			t.Errorf("report.json does not list %s", f)
		}
	}
	if code, _, _ := runParley(t, "speakers", "--keep-going", corpus); code != 3 {
		t.Errorf("speakers --keep-going: exit %d, want 3", code)
	}
	// A named file that does not exist is skipped too.
	code, _, stderr = runParley(t, "speakers", "--keep-going", filepath.Join(corpus, "a.txt"), filepath.Join(dir, "gone.txt"))
	if code != 3 || !strings.Contains(stderr, "gone.txt: no such file or directory") {
		t.Errorf("a missing named file with --keep-going: exit %d, %q; want 3", code, stderr)
	}
	if code, _, stderr := runParley(t, "analyze", "--keep-going", "-o", out, filepath.Join(corpus, "a.txt")); code != 0 {
		t.Errorf("--keep-going with nothing to skip: exit %d, %q; want 0", code, stderr)
	}
	bad := filepath.Join(dir, "bad")
	os.Mkdir(bad, 0o755)
	os.WriteFile(filepath.Join(bad, "b.txt"), []byte("\x00"), 0o644)
	if code, _, stderr := runParley(t, "analyze", "--keep-going", "-o", filepath.Join(dir, "r2"), bad); code != 2 || !strings.Contains(stderr, "no file could be read (1 skipped)") {
		t.Errorf("--keep-going with nothing readable: exit %d, %q; want 2", code, stderr)
	}
}

// TestReproducible writes the report of one corpus three times: again,
// on one core, and with its paths given in the other order. Every file is
// the same.
func TestReproducible(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt")
	os.WriteFile(a, []byte("SMITH: The Soviet Union wants trade with Britain.\nJONES: Britain wants peace.\n"), 0o644)
	os.WriteFile(b, []byte("JONES: Peace and trade, said Mr. Attlee.\nSMITH: The United Nations agree.\n"), 0o644)
	report := func(name string, paths ...string) map[string]string {
		out := filepath.Join(dir, name)
		if code, _, stderr := runParley(t, append([]string{"analyze", "-o", out}, paths...)...); code != 0 {
			t.Fatalf("%s: exit %d: %s", name, code, stderr)
		}
		files := map[string]string{}
		filepath.Walk(out, func(path string, fi os.FileInfo, err error) error {
			if err == nil && !fi.IsDir() {
				rel, _ := filepath.Rel(out, path)
				b, _ := os.ReadFile(path)
				files[rel] = string(b)
			}
			return nil
		})
		return files
	}
	want := report("first", a, b)
	procs := runtime.GOMAXPROCS(1)
	one := report("one-core", a, b)
	runtime.GOMAXPROCS(procs)
	for name, got := range map[string]map[string]string{"again": report("again", a, b), "one core": one, "b a": report("reversed", b, a)} {
		if len(got) != len(want) {
			t.Errorf("%s: %d files, want %d", name, len(got), len(want))
		}
		for f, w := range want {
			if got[f] != w {
				t.Errorf("%s: %s differs", name, f)
			}
		}
	}
}

// TestHelpPerCommand checks that each command's --help lists its own
// flags and not the others': no chart flags for speakers, no keyword
// flags for kwic; and an example.
func TestHelpPerCommand(t *testing.T) {
	for _, tc := range []struct {
		cmd        string
		has, lacks []string
	}{
		{"analyze", []string{"-chart-format", "-top", "-group-by", "-aliases", "-keep-going", "Example"}, nil},
		{"speakers", []string{"-csv", "-format", "-keep-going", "Example"}, []string{"-chart-format", "-top", "-aliases", "-stopwords"}},
		{"keywords", []string{"-top", "-negative", "-group-by", "-stopwords", "Example"}, []string{"-chart-format", "-aliases"}},
		{"entities", []string{"-aliases", "-fold-groups", "-top", "Example"}, []string{"-chart-format", "-negative", "-stopwords"}},
		{"kwic", []string{"-width", "-stopwords", "Example"}, []string{"-chart-format", "-top", "-aliases"}},
		{"chart", []string{"-chart-format", "-chart-width", "Example"}, []string{"-csv", "-no-tokens"}},
		{"inspect", []string{"-format", "Example"}, []string{"-top", "-chart-format"}},
	} {
		code, _, stderr := runParley(t, tc.cmd, "--help")
		if code != 0 {
			t.Errorf("%s --help: exit %d", tc.cmd, code)
		}
		for _, f := range tc.has {
			if !strings.Contains(stderr, f) {
				t.Errorf("%s --help lacks %s", tc.cmd, f)
			}
		}
		for _, f := range tc.lacks {
			if strings.Contains(stderr, "  "+f+"\n") || strings.Contains(stderr, "  "+f+" ") {
				t.Errorf("%s --help lists %s, which it does not take", tc.cmd, f)
			}
		}
	}
}

// TestBadInputsMore adds to the bad inputs the command meets: a UTF-16
// transcript is read, a symlink loop in a corpus does not hang the walk, a
// file whose one line is millions of words is refused in seconds, and an
// empty folder is an error naming it.
func TestBadInputsMore(t *testing.T) {
	dir := t.TempDir()
	// UTF-16 LE with a byte order mark, CRLF.
	text := "SMITH: We want peace.\r\nJONES: And trade.\r\n"
	u16 := []byte{0xFF, 0xFE}
	for _, r := range text {
		u16 = append(u16, byte(r), byte(r>>8))
	}
	utf16File := filepath.Join(dir, "utf16.txt")
	os.WriteFile(utf16File, u16, 0o644)
	code, stdout, stderr := runParley(t, "speakers", utf16File)
	if code != 0 || !strings.Contains(stdout, "Smith") || !strings.Contains(stdout, "Jones") {
		t.Errorf("UTF-16: exit %d, %q, %q", code, stdout, stderr)
	}
	// A corpus folder holding a link to itself.
	loop := filepath.Join(dir, "loop")
	os.Mkdir(loop, 0o755)
	os.WriteFile(filepath.Join(loop, "a.txt"), []byte("SMITH: Peace.\nJONES: Trade.\nSMITH: Both.\n"), 0o644)
	if err := os.Symlink(loop, filepath.Join(loop, "again")); err == nil {
		start := time.Now()
		code, stdout, stderr := runParley(t, "speakers", loop)
		if code != 0 || !strings.Contains(stdout, "Smith") || time.Since(start) > 10*time.Second {
			t.Errorf("symlink loop: exit %d after %v, %q, %q", code, time.Since(start), stdout, stderr)
		}
	}
	// Two million words on one line: over the line limit, and with a
	// higher limit, over the turn limit.
	oneLine := filepath.Join(dir, "one-line.txt")
	os.WriteFile(oneLine, bytes.Repeat([]byte("peace "), 2_000_000), 0o644)
	start := time.Now()
	code, _, stderr = runParley(t, "analyze", "--format", "plain", "-o", filepath.Join(dir, "r"), oneLine)
	if code != 2 || !strings.Contains(stderr, "one-line.txt:1: line 1 has 11718 KB, more than the 4096 KB a line may have (--max-line-kb)") {
		t.Errorf("one line of two million words: exit %d, %q", code, stderr)
	}
	code, _, stderr = runParley(t, "analyze", "--format", "plain", "--max-line-kb", "20000", "-o", filepath.Join(dir, "r"), oneLine)
	if code != 2 || !strings.Contains(stderr, "one-line.txt:1: turn 1") || !strings.Contains(stderr, "line breaks or speaker cues missing") {
		t.Errorf("one line of two million words, --max-line-kb 20000: exit %d, %q", code, stderr)
	}
	if took := time.Since(start); took > 10*time.Second {
		t.Errorf("one line of two million words refused after %v", took)
	}
	// A long line is no error in JSON, which is often written so.
	var js strings.Builder
	js.WriteString(`[`)
	for i := range 3000 {
		fmt.Fprintf(&js, `{"speaker": "S%d", "text": "We want peace and trade."},`, i%3)
	}
	js.WriteString(`{"speaker": "S0", "text": "Both."}]`)
	jsonFile := filepath.Join(dir, "one-line.json")
	os.WriteFile(jsonFile, []byte(js.String()), 0o644)
	if code, stdout, stderr := runParley(t, "speakers", "--max-line-kb", "1", jsonFile); code != 0 || !strings.Contains(stdout, "S0") {
		t.Errorf("JSON on one line of %d KB, --max-line-kb 1: exit %d, %q", js.Len()>>10, code, stderr)
	}
	// A file over the size limit is refused before it is read.
	if code, _, stderr := runParley(t, "speakers", "--max-file-mb", "1", oneLine); code != 2 || !strings.Contains(stderr, "one-line.txt: 11 MB, more than the 1 MB a file may have (--max-file-mb)") {
		t.Errorf("--max-file-mb 1: exit %d, %q", code, stderr)
	}
	// An empty folder.
	empty := filepath.Join(dir, "empty")
	os.Mkdir(empty, 0o755)
	if code, _, stderr := runParley(t, "speakers", empty); code != 2 || !strings.Contains(stderr, "empty: directory holds no transcripts") {
		t.Errorf("empty folder: exit %d, %q", code, stderr)
	}
}

// TestTenBadInputs runs the ten inputs a first review tried (issue 13)
// as files: each gives a clear error or the analysis a reader would make
// by hand (speaker, turns and words, from the CSV table). Binary, broken
// UTF-8 and empty files are in TestBadInput, 10,000 speakers and more in
// TestManySpeakers.
func TestTenBadInputs(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name, src string
		want      string // the speakers table's speaker,turns,words, or the error
	}{
		{"blank", "  \n\t\n   \r\n", "error: blank.txt: empty file"},
		{"bom-crlf", "\ufeffSMITH: We want peace.\r\nJONES: And trade.\r\nSMITH: Both.\r\n", "Smith,2,4 Jones,1,2"},
		{"bom-only", "\ufeff", "error: bom-only.txt: empty file"},
		{"footnote", "Comrade STALIN says that the treaty[footnoteRef:1] was signed. [1:  The treaty of 1942, signed in London.\nZILLIACUS answers that Britain agrees.\nComrade STALIN says that this is good.\n", "Stalin,2,7 Zilliacus,1,2"},
		{"brackets", "SMITH: We want (peace and [trade.\nJONES: And ]] trade)).\nSMITH: Both [laughter.\n", "Smith,2,7 Jones,1,2"},
		{"empty-turns", "SMITH:\nJONES: And trade.\nSMITH:   \nJONES:\nSMITH: Both.\n", "Jones,1,2 Smith,1,1"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := filepath.Join(dir, tc.name+".txt")
			os.WriteFile(f, []byte(tc.src), 0o644)
			code, stdout, stderr := runParley(t, "speakers", "--csv", f)
			var got string
			if code != 0 {
				got = fmt.Sprintf("error: %s", strings.TrimPrefix(strings.TrimSpace(strings.ReplaceAll(stderr, dir+"/", "")), "parley: "))
				if code != 2 {
					t.Errorf("exit %d, want 2", code)
				}
			} else {
				var rows []string
				for _, ln := range strings.Split(strings.TrimSpace(stdout), "\n")[1:] {
					c := strings.Split(strings.TrimSpace(ln), ",")
					rows = append(rows, c[1]+","+c[4]+","+c[6]) // speaker, turns, words
				}
				got = strings.Join(rows, " ")
			}
			if got != tc.want {
				t.Errorf("got %q, want %q (stderr %q)", got, tc.want, stderr)
			}
		})
	}
}

// TestHundredMegabytesOneLine reads a 100 MB file without a line break,
// as detected and as each line-based format: refused at once, with the
// line named, and with allocations bounded by a few copies of the file.
// (Before the limits, this run was still going after 12 minutes, at 9 GB.)
func TestHundredMegabytesOneLine(t *testing.T) {
	if testing.Short() {
		t.Skip("a large input")
	}
	dir := t.TempDir()
	in := filepath.Join(dir, "flat.txt")
	if err := os.WriteFile(in, bytes.Repeat([]byte("SMITH: peace and trade "), 100<<20/23), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, format := range []string{"", "script", "record", "plain", "table", "srt", "chat"} {
		args := []string{"analyze", "-o", filepath.Join(dir, "r"), in}
		if format != "" {
			args = append([]string{"analyze", "--format", format}, args[1:]...)
		}
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		start := time.Now()
		code, _, stderr := runParley(t, args...)
		took := time.Since(start)
		runtime.ReadMemStats(&after)
		if code != 2 || !strings.Contains(stderr, "flat.txt:1: line 1 has 102399 KB, more than the 4096 KB a line may have") {
			t.Errorf("--format %q: exit %d, %q", format, code, stderr)
		}
		if took > 5*time.Second {
			t.Errorf("--format %q: refused after %v", format, took)
		}
		alloc := after.TotalAlloc - before.TotalAlloc
		t.Logf("--format %q: refused in %v, %d MB allocated", format, took.Round(time.Millisecond), alloc>>20)
		if alloc > 300<<20 {
			t.Errorf("--format %q: allocated %d MB", format, alloc>>20)
		}
		if _, err := os.Stat(filepath.Join(dir, "r")); err == nil {
			t.Fatalf("--format %q: a report was written", format)
		}
	}
}

// TestUnreadableCorpus analyzes a corpus with an unreadable file, an
// unreadable folder and a named pipe: without --keep-going the run fails
// naming the first the listing meets (exit 2, nothing written); with it
// the rest is analyzed and each is named on stderr and in the Methods
// (exit 3).
func TestUnreadableCorpus(t *testing.T) {
	if !corpustest.PermissionsHold(t) {
		return
	}
	dir := t.TempDir()
	corpus := filepath.Join(dir, "corpus")
	os.Mkdir(corpus, 0o755)
	corpustest.UnreadableCorpus(t, corpus, "SMITH: We want peace.\nJONES: And trade.\nSMITH: Both, then.\n")
	pipe := syscall.Mkfifo(filepath.Join(corpus, "d.txt"), 0o644) == nil
	out := filepath.Join(dir, "report")
	if code, _, stderr := runParley(t, "analyze", "-o", out, corpus); code != 2 || !strings.Contains(stderr, "sub: permission denied") {
		t.Errorf("without --keep-going: exit %d, %q; want 2 naming sub", code, stderr)
	}
	if _, err := os.Stat(out); err == nil {
		t.Errorf("a report was written")
	}
	code, stdout, stderr := runParley(t, "analyze", "--keep-going", "-o", out, corpus)
	if code != 3 || !strings.Contains(stdout, "a.txt: 2 speakers, 3 turns") {
		t.Fatalf("--keep-going: exit %d, %q, %q", code, stdout, stderr)
	}
	want := []string{"b.txt: permission denied", "sub: permission denied (a folder: its files were not read)"}
	if pipe {
		want = append(want, "d.txt: not a regular file (a named pipe)")
	}
	md, _ := os.ReadFile(filepath.Join(out, "report.md"))
	for _, w := range want {
		if !strings.Contains(stderr, w) {
			t.Errorf("stderr lacks %q: %q", w, stderr)
		}
		if f := strings.SplitN(w, ":", 2)[0]; !strings.Contains(string(md), "`"+filepath.Join(corpus, f)+"`") {
			t.Errorf("the Methods do not name %s", f)
		}
	}
}

// TestNeverWritesInput points the output at the input in every way a
// command line can: each is refused (exit 2) with the input unchanged, or
// the report's own files are passed over as input.
func TestNeverWritesInput(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "a.txt")
	text := "SMITH: We want peace.\nJONES: And trade.\nSMITH: Both.\n"
	os.WriteFile(in, []byte(text), 0o644)
	r := filepath.Join(dir, "r")
	if code, _, stderr := runParley(t, "analyze", "-o", r, in); code != 0 {
		t.Fatalf("first report: exit %d, %s", code, stderr)
	}
	turns, _ := os.ReadFile(filepath.Join(r, "data", "turns.csv"))
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"analyze", "-o", in, in}, "a.txt: is a file, and a report is a folder"},
		{[]string{"analyze", "-o", filepath.Join(in, "report"), in}, "a.txt/report: not a directory; choose another folder with -o"},
		{[]string{"analyze", "-o", r, r}, "r: is a parley report's folder and holds no transcripts besides its files"},
		{[]string{"analyze", "-o", r, filepath.Join(r, "data", "turns.csv")}, "turns.csv: is an input, and a file the report in the -o folder would replace"},
		{[]string{"chart", "speakers", "--chart-format", "svg", "-o", in, in}, "a.txt: is an input; parley never writes over its input"},
	} {
		code, _, stderr := runParley(t, tc.args...)
		if code != 2 || !strings.Contains(stderr, tc.want) {
			t.Errorf("%q: exit %d, %q; want 2 and %q", tc.args, code, stderr, tc.want)
		}
	}
	if b, _ := os.ReadFile(in); string(b) != text {
		t.Errorf("the input changed: %q", b)
	}
	if b, _ := os.ReadFile(filepath.Join(r, "data", "turns.csv")); !bytes.Equal(b, turns) {
		t.Errorf("the report's table, named as input, changed")
	}
	// A transcript kept in a report's folder is read, the report's files not.
	os.WriteFile(filepath.Join(r, "b.txt"), []byte(text), 0o644)
	if code, stdout, stderr := runParley(t, "analyze", "-o", r, r); code != 0 || !strings.Contains(stdout, "b.txt: 2 speakers, 3 turns") || strings.Count(stdout, "parley: analyzed") != 1 {
		t.Errorf("a report's folder with a transcript: exit %d, %q, %q", code, stdout, stderr)
	}
	// A chart is written whole or not at all: nothing is left beside it.
	svg := filepath.Join(dir, "c.svg")
	if code, _, stderr := runParley(t, "chart", "speakers", "-o", svg, in); code != 0 {
		t.Fatalf("chart: exit %d, %s", code, stderr)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 3 { // a.txt, c.svg, r
		t.Errorf("left beside the chart: %v", entries)
	}
}

// TestSpeakersCSVOfCorpus checks that speakers --csv of a corpus prints
// what data/speakers.csv holds: the corpus's rows, then each document's.
func TestSpeakersCSVOfCorpus(t *testing.T) {
	out := filepath.Join(t.TempDir(), "r")
	if code, _, stderr := runParley(t, "analyze", "-o", out, "testdata/inputs/corpus"); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	code, csv, stderr := runParley(t, "speakers", "--csv", "testdata/inputs/corpus")
	table, _ := os.ReadFile(filepath.Join(out, "data", "speakers.csv"))
	if code != 0 || csv != string(table) || !strings.Contains(csv, "\r\ntestdata/inputs/corpus/second.txt,") {
		t.Errorf("exit %d, %s\nspeakers --csv:\n%s\ndata/speakers.csv:\n%s", code, stderr, csv, table)
	}
}

// TestStatisticsFlags runs the flags of issue 14's statistics: the
// speakers a comparison leaves out, the names it keeps, the shares'
// pseudo-speakers and seed, and the checks of their values.
func TestStatisticsFlags(t *testing.T) {
	// --exclude-speaker: Stalin is no target, and not in the others' words.
	_, csv, _ := runParley(t, "keywords", "--csv", "--exclude-speaker", "stalin")
	if strings.Contains(csv, ",Stalin,") || !strings.Contains(csv, ",Zilliacus,,1,communists,communist,9,0,747,1112,") {
		t.Errorf("--exclude-speaker stalin:\n%.600s", csv)
	}
	// --keep-speaker-names: the reported speech's "Comrade STALIN says"
	// counts, so stalin is a term of Stalin's.
	_, csv, _ = runParley(t, "keywords", "--csv", "--top", "0", "--max-q", "1", "--keep-speaker-names")
	if !strings.Contains(csv, ",Stalin,,") || !strings.Contains(csv, ",stalin,stalin,") {
		t.Errorf("--keep-speaker-names: no stalin term")
	}
	// Pseudo-speakers: out of the shares, in with --include-pseudo-speakers.
	f := filepath.Join(t.TempDir(), "town-hall.txt")
	os.WriteFile(f, []byte("SMITH: We want peace and trade and work.\nAUDIENCE: Hooray, hooray!\nJONES: And trade, and work for all.\nAUDIENCE: Hooray!\nSMITH: Both, then.\n"), 0o644)
	_, csv, _ = runParley(t, "speakers", "--csv", f)
	if !strings.Contains(csv, ",Audience,audience,group,2,2,3,,,,") || !strings.Contains(csv, ",Smith,smith,person,2,2,9,0.6000,") {
		t.Errorf("pseudo-speaker out of the shares:\n%s", csv)
	}
	_, csv, _ = runParley(t, "speakers", "--csv", "--include-pseudo-speakers", f)
	if !strings.Contains(csv, ",Audience,audience,group,2,2,3,0.1667,") {
		t.Errorf("--include-pseudo-speakers:\n%s", csv)
	}
	// The seed: the same, the same intervals; another, others.
	_, a, _ := runParley(t, "speakers", "--csv")
	_, b, _ := runParley(t, "speakers", "--csv")
	_, c, _ := runParley(t, "speakers", "--csv", "--seed", "7")
	if a != b || a == c {
		t.Errorf("seed: same %v, another differs %v", a == b, a != c)
	}
	for _, args := range [][]string{{"--max-q", "0"}, {"--max-q", "1.5"}, {"--min-log-ratio", "-1"}, {"--resamples", "10"}, {"--exclude-speaker", "Nobody"}, {"--document", "nope.txt"}} {
		if code, _, stderr := runParley(t, append([]string{"analyze", "-o", filepath.Join(t.TempDir(), "r")}, args...)...); code != 2 || !strings.Contains(stderr, strings.TrimPrefix(args[0], "--")) {
			t.Errorf("%v: exit %d, %q", args, code, stderr)
		}
	}
}

// TestTokensTable writes data/tokens.csv for a small input, leaves it
// out past tokensAbove (saying so) unless --tokens, and with --no-tokens.
func TestTokensTable(t *testing.T) {
	dir := t.TempDir()
	has := func(out string) bool {
		_, err := os.Stat(filepath.Join(out, "data", "tokens.csv"))
		return err == nil
	}
	out := filepath.Join(dir, "a")
	if code, _, _ := runParley(t, "analyze", "-o", out); code != 0 || !has(out) {
		t.Fatalf("the sample: exit %d, tokens.csv %v", code, has(out))
	}
	if code, _, _ := runParley(t, "analyze", "--no-tokens", "-o", out); code != 0 || has(out) {
		t.Errorf("--no-tokens: exit %d, tokens.csv %v (the earlier report's should go)", code, has(out))
	}
	defer func(n int64) { tokensAbove = n }(tokensAbove)
	tokensAbove = 1 << 10
	code, stdout, stderr := runParley(t, "analyze", "-o", out)
	if code != 0 || has(out) || !strings.Contains(stderr, "data/tokens.csv left out: 0 MB of input") || strings.Contains(stdout, "tokens.csv") {
		t.Errorf("past the limit: exit %d, tokens.csv %v, %q, %q", code, has(out), stdout, stderr)
	}
	if code, _, _ := runParley(t, "analyze", "--tokens", "-o", out); code != 0 || !has(out) {
		t.Errorf("--tokens past the limit: exit %d, tokens.csv %v", code, has(out))
	}
	pkg, _ := os.ReadFile(filepath.Join(out, "datapackage.json"))
	if !strings.Contains(string(pkg), `"data/tokens.csv"`) {
		t.Errorf("datapackage.json does not describe tokens.csv")
	}
}

// TestFullDisk writes reports onto a small tmpfs, where the machine lets
// a test mount one (root, in a container that allows it): a report that
// fits is written; one that does not is refused with exit 2, the earlier
// report as it was and nothing of the new one left.
func TestFullDisk(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "small")
	os.Mkdir(dir, 0o755)
	if out, err := exec.Command("mount", "-t", "tmpfs", "-o", "size=640k", "tmpfs", dir).CombinedOutput(); err != nil {
		t.Skipf("no tmpfs to fill: %v %s", err, out)
	}
	defer exec.Command("umount", dir).Run()
	out := filepath.Join(dir, "report")
	if code, _, stderr := runParley(t, "analyze", "-o", out, "testdata/inputs/harbour-talk.txt"); code != 0 {
		t.Fatalf("a report that fits: exit %d, %s", code, stderr)
	}
	before, _ := os.ReadFile(filepath.Join(out, "report.md"))
	code, _, stderr := runParley(t, "analyze", "-o", out)
	if code != 2 || !strings.Contains(stderr, "no space left on device; nothing was written (an earlier report is as it was)") {
		t.Errorf("a report that does not fit: exit %d, %q", code, stderr)
	}
	if after, _ := os.ReadFile(filepath.Join(out, "report.md")); !bytes.Equal(before, after) {
		t.Errorf("the earlier report changed")
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("left on the disk: %v", entries)
	}
}

// TestReportInsideCorpus writes the report into the corpus's folder and
// runs again: the report's tables are not read as transcripts.
func TestReportInsideCorpus(t *testing.T) {
	corpus := t.TempDir()
	os.WriteFile(filepath.Join(corpus, "a.txt"), []byte("SMITH: We want peace.\nJONES: And trade.\nSMITH: Both.\n"), 0o644)
	out := filepath.Join(corpus, "report")
	for range 2 {
		code, stdout, stderr := runParley(t, "analyze", "-o", out, corpus)
		if code != 0 || !strings.Contains(stdout, "a.txt: 2 speakers, 3 turns") {
			t.Fatalf("exit %d, %q, %q; want a.txt alone", code, stdout, stderr)
		}
	}
}

// TestManySpeakers analyzes a transcript of 50,000 speakers with one turn
// each: looking each turn's speaker up in the list, and the who-names-whom
// network of every pair of speakers, were quadratic (a 100,000-speaker
// file took 96 s); it now takes seconds.
func TestManySpeakers(t *testing.T) {
	if testing.Short() {
		t.Skip("a large input")
	}
	var b strings.Builder
	for i := range 50_000 {
		fmt.Fprintf(&b, "S%d: word %d\n", i, i)
	}
	dir := t.TempDir()
	in := filepath.Join(dir, "many.txt")
	os.WriteFile(in, []byte(b.String()), 0o644)
	start := time.Now()
	code, stdout, stderr := runParley(t, "analyze", "-o", filepath.Join(dir, "r"), in)
	if code != 0 || !strings.Contains(stdout, "50000 speakers, 50000 turns") {
		t.Fatalf("exit %d, %q, %q", code, stdout, stderr)
	}
	if took := time.Since(start); took > 20*time.Second {
		t.Errorf("50,000 speakers took %v", took)
	}
}

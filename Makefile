# parley: discourse analysis of transcripts. `make run` analyzes the bundled
# 1947 record; `make test` runs the whole suite.
GO ?= go
OUT ?= parley-report

.PHONY: run build test bench fmt lint fuzz update-golden clean

run:
	$(GO) run ./cmd/parley analyze -o $(OUT)

build:
	$(GO) build -o bin/parley ./cmd/parley

test:
	$(GO) vet ./...
	$(GO) test -count=1 ./...

bench:
	$(GO) test -run='^$$' -bench=. -benchmem ./...

fmt:
	gofmt -w $$(git ls-files '*.go')

lint:
	@out=$$(gofmt -l $$(git ls-files '*.go')); if [ -n "$$out" ]; then echo "gofmt needed: $$out"; exit 1; fi
	$(GO) vet ./...

# Each reader's fuzz test, briefly; FUZZTIME=5m for a longer run.
FUZZTIME ?= 20s
fuzz:
	$(GO) test ./corpus -run='^$$' -fuzz=FuzzReadRecord -fuzztime=$(FUZZTIME)

update-golden:
	$(GO) test ./... -update

clean:
	rm -rf bin $(OUT)

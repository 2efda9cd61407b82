#!/bin/sh
# make bench-compare: parley's full analysis (with entities) and wink-nlp's
# whole pipeline over the same 10 MB transcript, in one run on this
# machine; prints both rates in tokens per second (wink-nlp's count of the
# file's tokens for both) and their ratio. wink-nlp and its model are
# installed from the npm registry into a temporary folder outside the Go
# module; nothing is written in the repository.
set -eu
cd "$(dirname "$0")"
MB=${MB:-10}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/parley" ../
go run gen.go -mb "$MB" -o "$tmp/input.txt"
npm install --silent --no-audit --no-fund --prefix "$tmp/npm" wink-nlp@2.4.0 wink-eng-lite-web-model@1.8.1 >/dev/null
cp wink.js "$tmp/npm/"
# Each runs RUNS times (default 5), in turns, and the medians are
# compared: one run on a shared machine varies by a tenth.
runs=${RUNS:-5}
: > "$tmp/wink.txt"
: > "$tmp/parley.txt"
for i in $(seq "$runs"); do
	node "$tmp/npm/wink.js" "$tmp/input.txt" >> "$tmp/wink.txt"
	start=$(date +%s.%N)
	"$tmp/parley" analyze --quiet -o "$tmp/report" "$tmp/input.txt" >/dev/null
	end=$(date +%s.%N)
	echo "$start $end" >> "$tmp/parley.txt"
done
python3 - "$tmp/wink.txt" "$tmp/parley.txt" "$(wc -c < "$tmp/input.txt")" <<'PY'
import json, statistics, sys
w = [json.loads(l) for l in open(sys.argv[1])]
p = [float(b) - float(a) for a, b in (l.split() for l in open(sys.argv[2]))]
tokens = w[0]["tokens"]
ws, ps = statistics.median(x["seconds"] for x in w), statistics.median(p)
print(f"input: {int(sys.argv[3]) / 2**20:.1f} MB, {tokens} tokens (wink-nlp's count); medians of {len(p)} runs each")
print(f"wink-nlp 2.4.0 (tokens, sentences, POS, entities): {ws:.2f} s, {tokens / ws:,.0f} tokens/s (runs {min(x['seconds'] for x in w):.2f}-{max(x['seconds'] for x in w):.2f} s)")
print(f"parley analyze (with entities, report and charts):  {ps:.2f} s, {tokens / ps:,.0f} tokens/s (runs {min(p):.2f}-{max(p):.2f} s)")
print(f"ratio: parley is {ws / ps:.2f}x wink-nlp's speed")
PY

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
wink=$(node "$tmp/npm/wink.js" "$tmp/input.txt")
start=$(date +%s.%N)
"$tmp/parley" analyze -o "$tmp/report" "$tmp/input.txt" >/dev/null
end=$(date +%s.%N)
python3 - "$wink" "$start" "$end" "$(wc -c < "$tmp/input.txt")" <<'PY'
import json, sys
w = json.loads(sys.argv[1])
parley = float(sys.argv[3]) - float(sys.argv[2])
tokens = w["tokens"]
print(f"input: {int(sys.argv[4]) / 2**20:.1f} MB, {tokens} tokens (wink-nlp's count)")
print(f"wink-nlp 2.4.0 (tokens, sentences, POS, entities): {w['seconds']:.2f} s, {tokens / w['seconds']:,.0f} tokens/s")
print(f"parley analyze (with entities, report and charts):  {parley:.2f} s, {tokens / parley:,.0f} tokens/s")
print(f"ratio: parley is {w['seconds'] / parley:.2f}x wink-nlp's speed")
PY

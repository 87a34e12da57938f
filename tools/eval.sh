#!/bin/sh
# Re-run the parser on every evaluation article and keep the dumps next to
# them, so a round's changes show as a git diff of testdata/eval/out.
set -e
cd "$(dirname "$0")/.."
go build -o /tmp/dossier-inspect ./tools/inspect
for f in testdata/eval/*.txt; do
	/tmp/dossier-inspect "$f" > "testdata/eval/out/$(basename "$f" .txt).out"
done
go run ./tools/robust testdata/eval/*.txt data/seed.txt | tail -20

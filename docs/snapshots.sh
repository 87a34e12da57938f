#!/usr/bin/env bash
# Rewrites the screens in README.md from what `dossier snapshot` prints today.
#
# A screen is a block like this (the marker names the view, the size, and
# any other snapshot flags, split on spaces):
#
#   <!-- snapshot: timeline 120x40 --country Belgium -->
#   ```text
#   ...what `dossier snapshot --no-color --view timeline --width 120
#      --height 40 --country Belgium` prints...
#   ```
#   <!-- /snapshot -->
#
# Everything between the two markers is replaced; the rest of the file is
# kept byte for byte. TestReadmeSnapshots (go test ./internal/cli) fails
# when a block is out of date. Usage: docs/snapshots.sh [README.md]
set -euo pipefail
set -f # marker flags are split on spaces, never globbed

cd "$(dirname "$0")/.."
readme=${1:-README.md}
[[ -f $readme ]] || { echo "snapshots.sh: no $readme" >&2; exit 1; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# One build for every block: the same program as `go run . snapshot`.
go build -o "$tmp/dossier" .

out=$tmp/readme
: >"$out"
in_block=0 blocks=0 lineno=0
open_re='^<!-- snapshot: (.*) -->$'
while IFS= read -r line || [[ -n $line ]]; do
	lineno=$((lineno + 1))
	if ((in_block)); then
		if [[ $line == '<!-- /snapshot -->' ]]; then
			in_block=0
			printf '%s\n' "$line" >>"$out"
		fi
		continue
	fi
	printf '%s\n' "$line" >>"$out"
	[[ $line =~ $open_re ]] || continue
	read -r view size extra <<<"${BASH_REMATCH[1]}"
	if [[ ! $size =~ ^[0-9]+x[0-9]+$ ]]; then
		echo "snapshots.sh: $readme:$lineno: want '<!-- snapshot: VIEW WxH [flags] -->'" >&2
		exit 1
	fi
	# shellcheck disable=SC2086 # extra holds several flags on purpose
	{
		echo '```text'
		"$tmp/dossier" snapshot --no-color --view "$view" --width "${size%x*}" --height "${size#*x}" $extra
		echo '```'
	} >>"$out"
	in_block=1 blocks=$((blocks + 1))
done <"$readme"

if ((in_block)); then
	echo "snapshots.sh: $readme: a snapshot block is not closed by <!-- /snapshot -->" >&2
	exit 1
fi
cp "$out" "$readme"
echo "snapshots.sh: $blocks screen(s) written to $readme"

#!/usr/bin/env bash
# Corpus scorecard: align every document of tests/corpus (all its languages jointly,
# and each PDF-extracted variant) with PARALIGN and print P, R and F1 per document,
# variant and language pair, then the mean and the minimum.
# usage: tests/corpus/scorecard.sh PARALIGN [--verbose] [--min F] [--doc NAME]...
# With --min F it exits 1 when any paragraph-level pair scores below F.
here=$(cd "$(dirname "$0")" && pwd)
if [ $# -lt 1 ]; then
  echo "usage: $0 PARALIGN [--verbose] [--min F] [--doc NAME]..." >&2
  exit 4
fi
command -v python3 > /dev/null || { echo "SKIP: python3 missing" >&2; exit 77; }
exec python3 "$here/scorecard.py" "$@"

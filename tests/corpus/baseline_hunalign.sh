#!/usr/bin/env bash
# Naive baseline for the corpus scorecard: every non-empty line is a paragraph, and hunalign
# aligns each pair of languages on its own (empty dictionary, -realign, -text output); the
# result is written as TMX and scored with the same gold and table as scorecard.sh.
# hunalign is not part of this project: build it yourself outside the source tree.
# usage: tests/corpus/baseline_hunalign.sh HUNALIGN_BIN [--verbose] [--doc NAME]...
# Exit 77 (SKIP) when the binary is missing.  A report, not a gate.
here=$(cd "$(dirname "$0")" && pwd)
bin=${1:-}
if [ -z "$bin" ] || [ ! -x "$bin" ]; then
  echo "SKIP: no hunalign binary given (usage: $0 HUNALIGN_BIN [--verbose])" >&2
  exit 77
fi
command -v python3 > /dev/null || { echo "SKIP: python3 missing" >&2; exit 77; }
shift
exec python3 "$here/scorecard.py" "$bin" --hunalign "$@"

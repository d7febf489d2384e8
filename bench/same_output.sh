#!/usr/bin/env bash
# bench/same_output.sh: the reader's output is the same as a reference build's.
#
#   bench/same_output.sh [--ref REV | --ref-bin PATH] [--new-bin PATH] [--big]
#
# Runs `paralign paragraphs --format jsonl` with both binaries on every text
# input the project has: the seeds, the corpus (tests/corpus/*/*.txt and its
# PDF extractions */pdf*/*.txt), the accuracy cases (../shared/accuracy/cases)
# and the Bible (../shared/corpora/bible), and compares standard output,
# standard error and the exit code byte for byte.  For a change meant to
# leave behaviour alone (a speed-up, a refactoring).
#
#   --ref REV       the reference: git revision REV (default main), built in
#                   a scratch directory (Release, the CLI only)
#   --ref-bin PATH  the reference: a paralign binary already built
#   --new-bin PATH  the binary to check (default: build/tools/paralign,
#                   built with cmake when missing)
#   --big           also the seeds repeated to about 20 MB each
#
# Exit status: 0 all the same, 1 some output differs (the files are listed),
# 2 usage or a build failed.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
ref_rev=main ref_bin="" new_bin="" big=0
while [ $# -gt 0 ]; do
  case "$1" in
  --ref) ref_rev=$2; shift 2 ;;
  --ref-bin) ref_bin=$2; shift 2 ;;
  --new-bin) new_bin=$2; shift 2 ;;
  --big) big=1; shift ;;
  -h | --help) sed -n '2,22p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
  *) echo "same_output.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
say() { echo "same_output: $*" >&2; }

. "$root/bench/lib/reference.sh"
resolve_binaries

shared=$root/../shared
inputs=()
for f in "$root"/data/seeds/*.txt "$root"/tests/corpus/*/*.txt "$root"/tests/corpus/*/pdf*/*.txt \
  "$shared"/accuracy/cases/*/*.txt "$shared"/corpora/bible/*.txt; do
  [ -f "$f" ] && inputs+=("$f")
done
if [ $big = 1 ]; then
  for f in "$root"/data/seeds/*.txt; do
    big_file=$work/big-$(basename "$f")
    python3 -c 'import sys
one = open(sys.argv[1], "rb").read()
with open(sys.argv[2], "wb") as out:
    n = 0
    while n < 20_000_000:
        out.write(one + b"\n\n")
        n += len(one) + 2' "$f" "$big_file"
    inputs+=("$big_file")
  done
fi

run() { # BINARY FILE TAG
  local rc=0
  "$1" paragraphs --format jsonl "$2" >"$work/$3.out" 2>"$work/$3.err" || rc=$?
  echo "$rc" >"$work/$3.rc"
}

differ=0
for f in "${inputs[@]}"; do
  run "$ref_bin" "$f" ref
  run "$new_bin" "$f" new
  part=$(differing_part)
  if [ -n "$part" ]; then
    echo "DIFFERS ($part): $f"
    differ=$((differ + 1))
  fi
done
echo "same_output: ${#inputs[@]} files compared, $differ differ"
[ $differ = 0 ]

#!/usr/bin/env bash
# bench/same_align.sh: the aligner's output is the same as a reference build's.
#
#   bench/same_align.sh [--ref REV | --ref-bin PATH] [--new-bin PATH] [--quick]
#
# Runs `paralign align` with both binaries on every document set the project
# has and compares the output (TMX; for the Bible also TSV, JSONL and
# sentence units), standard error and the exit code byte for byte: the seed
# pairs, every corpus document in every variant (tests/corpus: the text, its
# PDF extractions, and the PDF and HTML read directly when the build reads
# them), the accuracy cases (../shared/accuracy/cases) and the Bible
# (../shared/corpora/bible, three languages).  For a change meant to leave
# the alignment alone (a speed-up, a refactoring).
#
#   --ref REV       the reference: git revision REV (default main), built in
#                   a scratch directory (Release, the CLI only)
#   --ref-bin PATH  the reference: a paralign binary already built
#   --new-bin PATH  the binary to check (default: build/tools/paralign,
#                   built with cmake when missing)
#   --quick         leave the Bible out
#
# Exit status: 0 all the same, 1 some output differs (the sets are listed),
# 2 usage or a build failed.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
ref_rev=main ref_bin="" new_bin="" quick=0
while [ $# -gt 0 ]; do
  case "$1" in
  --ref) ref_rev=$2; shift 2 ;;
  --ref-bin) ref_bin=$2; shift 2 ;;
  --new-bin) new_bin=$2; shift 2 ;;
  --quick) quick=1; shift ;;
  -h | --help) sed -n '2,23p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
  *) echo "same_align.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
say() { echo "same_align: $*" >&2; }

. "$root/bench/lib/reference.sh"
resolve_binaries

# One set per line: options (comma-free words joined by ':'), then the files,
# tab-separated.
shared=$root/../shared
python3 - "$root" "$shared" "$quick" "$("$new_bin" --version | sed -n 's/^formats://p')" \
  >"$work/sets.tsv" <<'PY'
import glob, json, os, sys
root, shared, quick, formats = sys.argv[1], sys.argv[2], sys.argv[3] == "1", sys.argv[4].split()
def emit(opts, files):
    if all(os.path.isfile(f) for f in files):
        print("\t".join([":".join(opts)] + files))
seeds = os.path.join(root, "data", "seeds")
seed = lambda n: glob.glob(os.path.join(seeds, n + "_*.txt"))[0]
emit(["--langs", "sv,en"], [seed("000"), seed("002")])
emit(["--langs", "sv,lv"], [seed("001"), seed("004")])
def with_gold(folder, gold_folder=None):
    g = json.load(open(os.path.join(gold_folder or folder, "gold.json"), encoding="utf-8"))
    return g["langs"], [os.path.join(folder, g["files"][l]) for l in g["langs"]]
for doc in sorted(glob.glob(os.path.join(root, "tests", "corpus", "*", "gold.json"))):
    d = os.path.dirname(doc)
    langs, files = with_gold(d)
    emit(["--langs", ",".join(langs)], files)
    for v in ("pdf", "pdf-layout"):
        if os.path.isfile(os.path.join(d, v, "gold.json")):
            vl, vf = with_gold(os.path.join(d, v))
            emit(["--langs", ",".join(vl)], vf)
    for v, ext in (("pdf-direct", "pdf"), ("html", "html")):
        if ext in formats:
            emit(["--langs", ",".join(langs)], [os.path.join(d, v, l + "." + ext) for l in langs])
for case in sorted(glob.glob(os.path.join(shared, "accuracy", "cases", "*", "gold.json"))):
    langs, files = with_gold(os.path.dirname(case))
    emit(["--langs", ",".join(langs)], files)
bible = os.path.join(shared, "corpora", "bible")
if not quick:
    files = [os.path.join(bible, l + ".txt") for l in ("sv", "lv", "en")]
    emit(["--langs", "sv,lv,en"], files)
    emit(["--langs", "sv,lv,en", "--format", "tsv"], files)
    emit(["--langs", "sv,lv,en", "--format", "jsonl"], files)
    emit(["--langs", "sv,lv,en", "--units", "sentence"], files)
PY

run() { # BINARY TAG OPTS FILE...
  local bin=$1 tag=$2 opts=$3 rc=0
  shift 3
  # the same output path for both: standard error names it
  rm -rf "$work/run"
  mkdir -p "$work/run"
  # shellcheck disable=SC2086 # the options are words
  "$bin" align ${opts//:/ } --creation-date 20260101T000000Z -o "$work/run/out" "$@" \
    2>"$work/$tag.err" || rc=$?
  echo "$rc" >"$work/$tag.rc"
  if [ -f "$work/run/out" ]; then mv "$work/run/out" "$work/$tag.out"; else : >"$work/$tag.out"; fi
}

differ=0 count=0
while IFS=$'\t' read -r opts files; do
  # shellcheck disable=SC2086 # one word per file (no spaces in the paths)
  set -- $files
  rm -f "$work"/ref.* "$work"/new.*
  run "$ref_bin" ref "$opts" "$@"
  run "$new_bin" new "$opts" "$@"
  count=$((count + 1))
  part=$(differing_part)
  if [ -n "$part" ]; then
    echo "DIFFERS ($part): ${opts//:/ } $*"
    differ=$((differ + 1))
  fi
done <"$work/sets.tsv"
echo "same_align: $count sets compared, $differ differ"
[ $differ = 0 ]

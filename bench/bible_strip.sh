#!/bin/bash
# bible_strip.sh: the Bible benchmark with and without its verse labels.
#
# Aligns ../shared/corpora/bible/{sv,lv,en}.txt in one joint run, scores every
# language pair with tests/eval/score.py, then strips the `Gen 1:1 ` labels
# from all three files (into a scratch dir; the corpus is never copied into
# the project) and does the same again.  Prints F1 per pair, wall time and
# peak memory.  Exit 0 when every F1 >= MIN_F1 (default 0.99), 1 otherwise,
# 77 when the corpus or python3 is missing.
#
# usage: bench/bible_strip.sh [PARALIGN] [CORPUS_DIR]
set -u
ROOT=$(cd "$(dirname "$0")/.." && pwd)
PARALIGN=${1:-${PARALIGN:-$ROOT/build/tools/paralign}}
CORPUS=${2:-${BIBLE_DIR:-$ROOT/../shared/corpora/bible}}
MIN_F1=${MIN_F1:-0.99}
[ -r "$CORPUS/gold.json" ] || { echo "bible_strip: no corpus at $CORPUS, skipped"; exit 77; }
command -v python3 > /dev/null || { echo "bible_strip: no python3, skipped"; exit 77; }
[ -x "$PARALIGN" ] || { echo "bible_strip: $PARALIGN is not built" >&2; exit 2; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
status=0

# run NAME DIR: align DIR/{sv,lv,en}.txt jointly, score against the gold.
run() {
  local name=$1 dir=$2 tmx="$WORK/$1.tmx"
  local t0 t1
  t0=$(date +%s.%N)
  /usr/bin/env time -f "%M" -o "$WORK/$name.mem" "$PARALIGN" align -q --langs sv,lv,en \
    --creation-date 20250101T000000Z -o "$tmx" "$dir/sv.txt" "$dir/lv.txt" "$dir/en.txt" \
    2> "$WORK/$name.err" || { echo "$name: paralign failed: $(cat "$WORK/$name.err")"; status=1; return; }
  t1=$(date +%s.%N)
  printf '%s: %.2f s, %s MB peak\n' "$name" "$(echo "$t1 - $t0" | bc)" \
    "$(( $(tail -1 "$WORK/$name.mem") / 1024 ))"
  python3 "$ROOT/tests/eval/score.py" "$CORPUS/gold.json" "$dir" "$tmx" --json > "$WORK/$name.json"
  python3 - "$WORK/$name.json" "$MIN_F1" "$name" <<'PY' || status=1
import json, sys
res, floor, name = json.load(open(sys.argv[1])), float(sys.argv[2]), sys.argv[3]
bad = 0
for pair, r in res.items():
    ok = r["f1"] >= floor
    bad += not ok
    print(f"  {name} {pair}: F1={r['f1']:.4f} P={r['precision']:.4f} R={r['recall']:.4f} "
          f"{'ok' if ok else 'BELOW ' + str(floor)}")
sys.exit(1 if bad else 0)
PY
}

run labelled "$CORPUS"
mkdir -p "$WORK/stripped"
for l in sv lv en; do
  # `Gen 1:1 `, `1Sam 3:4 `, `Song 2:1 ` at the start of a line
  sed -E 's/^[1-3]?[A-Z][a-z]+ [0-9]+:[0-9]+ //' "$CORPUS/$l.txt" > "$WORK/stripped/$l.txt"
done
cp "$CORPUS/gold.json" "$WORK/stripped/gold.json"
run stripped "$WORK/stripped"
exit $status

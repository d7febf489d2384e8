#!/usr/bin/env bash
# gold_sentence.sh: the hand-made sentence-level gold of the two seed pairs
# (tests/gold/sentence) still holds on the seeds: every snippet is found in
# order (score.py --check), every sentence bead nests in one bead of the
# paragraph gold, and the sentences listed inside a bead are found there.  The same
# holds for every sentence gold of tests/corpus (each document and PDF variant).
# Env: DATA (data/), TESTS (tests/).
set -u
: "${DATA:?}" "${TESTS:?}"
if ! command -v python3 >/dev/null 2>&1; then
  echo "SKIP: python3 is missing" >&2
  exit 77
fi
failures=0
for name in seed_dd2023_sv_en seed_ids2025_sv_lv; do
  gold=$TESTS/gold/sentence/$name.json
  python3 "$TESTS/eval/score.py" --check "$gold" ||
    { echo "FAIL: $name: a snippet is not found in order" >&2; failures=$((failures + 1)); }
  python3 "$TESTS/gold/sentence/check.py" "$gold" "$DATA/gold/$name.json" ||
    { echo "FAIL: $name: sentence gold disagrees with the paragraph gold" >&2; failures=$((failures + 1)); }
done
checked=0
for gold in "$TESTS"/corpus/*/gold.sentence.json "$TESTS"/corpus/*/*/gold.sentence.json; do
  [ -f "$gold" ] || continue
  checked=$((checked + 1))
  python3 "$TESTS/eval/score.py" --check "$gold" > /dev/null ||
    { echo "FAIL: $gold: a snippet is not found in order" >&2; failures=$((failures + 1)); }
  python3 "$TESTS/gold/sentence/check.py" "$gold" "$(dirname "$gold")/gold.json" > /dev/null ||
    { echo "FAIL: $gold: sentence gold disagrees with the paragraph gold" >&2; failures=$((failures + 1)); }
done
[ "$checked" -gt 0 ] || { echo "FAIL: no corpus sentence gold found under $TESTS/corpus" >&2; failures=$((failures + 1)); }
[ "$failures" -eq 0 ] || { echo "gold_sentence.sh: $failures failure(s)" >&2; exit 1; }
echo "gold_sentence.sh: the seed sentence golds and $checked corpus sentence golds hold"

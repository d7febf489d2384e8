#!/usr/bin/env bash
# paragraphs_gold.sh: the reader finds exactly the gold paragraphs of the four
# seeds that have a gold file (boundary precision and recall 1.000), and no page
# footer or link residue is left in any paragraph.
# Env: PARALIGN (the binary), DATA (data/), TESTS (tests/), WORK (scratch dir).
set -u
: "${PARALIGN:?}" "${DATA:?}" "${TESTS:?}" "${WORK:?}"
if ! command -v python3 >/dev/null 2>&1; then
  echo "SKIP: python3 is missing" >&2
  exit 77
fi
rm -rf "$WORK"
mkdir -p "$WORK"
trap 'rm -rf "$WORK"' EXIT

failures=0
check() { # SEED GOLD LANG
  local out="$WORK/$1.jsonl" score
  if ! "$PARALIGN" paragraphs --format jsonl "$DATA/seeds/$1" >"$out" 2>"$WORK/stderr"; then
    echo "FAIL: $1: paralign failed: $(head -c 300 "$WORK/stderr")" >&2
    failures=$((failures + 1))
    return
  fi
  score=$(python3 "$TESTS/eval/score.py" --paragraphs "$DATA/gold/$2.json" "$3" "$out" --verbose)
  echo "$score"
  if ! grep -q 'P=1.000 R=1.000 noise_leaks=0 ' <<<"$score"; then
    echo "FAIL: $1 ($3): paragraphs do not match the gold" >&2
    failures=$((failures + 1))
  fi
}

check 000_99d952fa1365f389.txt seed_dd2023_sv_en sv
check 002_a07fe2476f6a6bb4.txt seed_dd2023_sv_en en
check 001_131cc33483b97d95.txt seed_ids2025_sv_lv sv
check 004_d6c2b8bb3e30ce40.txt seed_ids2025_sv_lv lv

[ "$failures" -eq 0 ] || { echo "paragraphs_gold.sh: $failures failure(s)" >&2; exit 1; }
echo "paragraphs_gold.sh: all seeds match their gold"

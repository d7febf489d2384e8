#!/usr/bin/env bash
# joint_vs_pair.sh: a language pair's translation memory is never worse because a third
# language was aligned with it.  For every document of tests/corpus with three languages
# (clean text, both PDF-extracted variants, both of its printed web page) and, when
# ../shared is there, every accuracy case, the F1 of each pair in the joint run must be
# at least the F1 of that pair aligned alone (tests/eval/joint_vs_pair.py prints both), but for the pairs that
# tests/corpus/FLOORS.tsv holds at a floor of their own (shown, marked, not failed).
# The same for sentence units (--units sentence, scored against gold.sentence.json), but
# for the pairs tests/corpus/JOINT_SENTENCES.tsv lists with the reason; a pair listed there
# that is no longer worse fails too, so that the list only shrinks.
# Env: PARALIGN (the binary), DATA (data/), TESTS (tests/), WORK (scratch).
. "$(dirname "$0")/lib/common.sh"
: "${TESTS:?}"
if ! command -v python3 > /dev/null 2>&1; then
  echo "SKIP: python3 missing, pairs not scored" >&2
  exit 77
fi
sets=()
for gold in "$TESTS"/corpus/*/gold.json "$TESTS"/corpus/*/pdf*/gold.json \
  "$TESTS"/corpus/*/page-pdf*/gold.json; do
  python3 -c 'import json,sys; sys.exit(len(json.load(open(sys.argv[1]))["langs"]) < 3)' \
    "$gold" && sets+=("$(dirname "$gold")")
done
cases=$TESTS/../../shared/accuracy/cases
if [ -d "$cases" ]; then
  for gold in "$cases"/*/gold.json; do sets+=("$(dirname "$gold")"); done
else
  echo "SKIP: no accuracy cases at $cases; the corpus alone is checked" >&2
fi
[ "${#sets[@]}" -gt 0 ] || fail "no three-language document found under $TESTS/corpus"
python3 "$TESTS/eval/joint_vs_pair.py" "$PARALIGN" "${sets[@]}" --held "$TESTS/corpus/FLOORS.tsv" \
  > "$WORK/pairs.txt"
rc=$?
cat "$WORK/pairs.txt"
[ "$rc" -eq 0 ] || fail "some pair scores lower in the joint run than aligned alone"
grep -q '^joint_vs_pair: ' "$WORK/pairs.txt" || fail "no summary line"

sentence_sets=()
for set in "${sets[@]}"; do
  [ -f "$set/gold.sentence.json" ] && sentence_sets+=("$set")
done
[ "${#sentence_sets[@]}" -gt 0 ] || fail "no three-language document with sentence gold under $TESTS/corpus"
python3 "$TESTS/eval/joint_vs_pair.py" "$PARALIGN" "${sentence_sets[@]}" --units sentence \
  --held "$TESTS/corpus/JOINT_SENTENCES.tsv" > "$WORK/sentences.txt"
rc=$?
cat "$WORK/sentences.txt"
[ "$rc" -eq 0 ] || fail "in sentence units, some pair scores lower in the joint run than aligned alone"
grep -q '^joint_vs_pair: ' "$WORK/sentences.txt" || fail "no summary line (sentence units)"
! grep -q 'held, not worse' "$WORK/sentences.txt" ||
  fail "a pair JOINT_SENTENCES.tsv lists is no longer worse jointly: take it off the list"
listed=$(grep -vc '^#' "$TESTS/corpus/JOINT_SENTENCES.tsv")
held=$(grep -c 'worse, held' "$WORK/sentences.txt")
[ "$held" -eq "$listed" ] ||
  fail "JOINT_SENTENCES.tsv lists $listed pairs, $held of them were aligned and found worse"
finish joint_vs_pair.sh

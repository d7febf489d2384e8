#!/usr/bin/env bash
# joint_vs_pair.sh: a language pair's translation memory is never worse because a third
# language was aligned with it.  For every document of tests/corpus with three languages
# (clean text, both PDF-extracted variants, both of its printed web page) and, when
# ../shared is there, every accuracy case, the F1 of each pair in the joint run must be
# at least the F1 of that pair aligned alone (tests/eval/joint_vs_pair.py prints both), but for the pairs that
# tests/corpus/FLOORS.tsv holds at a floor of their own (shown, marked, not failed).
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
finish joint_vs_pair.sh

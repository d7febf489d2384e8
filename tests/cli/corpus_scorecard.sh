#!/usr/bin/env bash
# corpus_scorecard.sh: `paralign align` on every document of tests/corpus (clean text and
# the two PDF-extracted variants) scores F1 >= MIN_F1 on every language pair against the
# documents' structural gold; prints the scorecard table.
# MIN_F1 sits just under the lowest pair measured (0.851, contributor-covenant-2.1 pdf sv-en,
# markdown printed to PDF and extracted without -layout, where a sentence that fills its line
# may or may not end a paragraph): it catches regressions; raise it as the reader improves.
# Env: PARALIGN (the binary), DATA (data/), TESTS (tests/), WORK (scratch).
. "$(dirname "$0")/lib/common.sh"
: "${TESTS:?}"
MIN_F1=0.84
if ! command -v python3 > /dev/null 2>&1; then
  echo "SKIP: python3 missing, corpus not scored" >&2
  exit 77
fi
bash "$TESTS/corpus/scorecard.sh" "$PARALIGN" --min "$MIN_F1" > "$WORK/scorecard.txt"
rc=$?
cat "$WORK/scorecard.txt"
[ "$rc" -eq 0 ] || fail "corpus scorecard: a pair below F1 $MIN_F1 (exit $rc)"
grep -q '^mean F1 ' "$WORK/scorecard.txt" || fail "corpus scorecard: no summary line"
finish corpus_scorecard.sh

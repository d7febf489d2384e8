#!/usr/bin/env bash
# langs_regulation.sh: a regulation in ten languages (tests/fixtures/langs/gdpr:
# en, de, fr, es, fi, et, lt, pl, el, bg; 45 pages each) aligned at once.  Every
# English-other pair scores F1 >= MIN_F1 against the gold made from the act's
# structure, at least MIN_CONSISTENT of the units hold the same text in every
# language (tools/consistency.py), and without --langs every language is
# detected and the output is the same.  The time is measured by bench/run.sh.
# Env: PARALIGN (the binary), DATA (data/), TESTS (tests/), WORK (scratch).
. "$(dirname "$0")/lib/common.sh"
: "${TESTS:?}"
MIN_F1=0.98
MIN_CONSISTENT=0.98
DIR=$TESTS/fixtures/langs/gdpr
LANGS="en de fr es fi et lt pl el bg"
FILES=$(for l in $LANGS; do printf '%s ' "$DIR/$l.txt"; done)
DATE=20260101T000000Z

run align -q --creation-date $DATE --langs "$(echo $LANGS | tr ' ' ,)" -o "$WORK/given.tmx" $FILES
expect_exit langs-given 0
if command -v python3 > /dev/null 2>&1; then
  python3 "$TESTS/eval/score.py" "$DIR/gold.json" "$WORK/given.tmx" > "$WORK/score.txt" ||
    fail "score.py failed"
  grep '^gdpr en-' "$WORK/score.txt"
  awk -v min=$MIN_F1 '/^gdpr en-/ { n++; f = substr($5, 4); if (f + 0 < min + 0) bad++ }
       END { exit (n == 9 && bad == 0) ? 0 : 1 }' "$WORK/score.txt" ||
    fail "an English pair below F1 $MIN_F1 (or not all nine scored)"
  python3 "$TESTS/fixtures/langs/tools/consistency.py" "$DIR/gold.json" "$WORK/given.tmx" \
    --min $MIN_CONSISTENT || fail "fewer than $MIN_CONSISTENT of the units consistent"
else
  skip "python3 missing: F1 and consistency not measured"
fi

run --version
if grep -q "(libexttextcat [0-9]" "$WORK/stdout"; then
  run align -q --creation-date $DATE -o "$WORK/detected.tmx" $FILES
  expect_exit langs-detected 0
  got=$(grep -o 'xml:lang="[^"]*"' "$WORK/detected.tmx" | sort -u | tr '\n' ' ')
  want=$(for l in $LANGS; do echo "xml:lang=\"$l\""; done | sort | tr '\n' ' ')
  [ "$got" = "$want" ] || fail "detected languages: $got"
  cmp -s "$WORK/given.tmx" "$WORK/detected.tmx" ||
    fail "the output differs with and without --langs"
else
  skip "built without libexttextcat: ten languages are not detected"
fi
finish langs_regulation.sh

#!/usr/bin/env bash
# letter_bullets.sh: in languages where "o" is a word (Polish "o" about, Spanish
# "o" or), a wrapped text has lines that open with "o " inside its sentences: they
# are no list whose bullet is the letter o (lib/read/letter_items.c).  The
# regulation of tests/fixtures/langs/gdpr in Polish and Spanish, wrapped at 78
# columns as a PDF's text is (fold -s), reads into the same paragraphs, word for
# word, as the same text with those words spelt "ó" (which opens no list).
# Env: PARALIGN (the binary), DATA (data/), TESTS (tests/), WORK (scratch).
. "$(dirname "$0")/lib/common.sh"
: "${TESTS:?}"
DIR=$TESTS/fixtures/langs/gdpr
MIN_LINES=5 # lines that open with "o ": the check is not empty

for lang in pl es; do
  fold -s -w 78 "$DIR/$lang.txt" | sed 's/ *$//' > "$WORK/$lang.txt"
  n=$(grep -c '^o ' "$WORK/$lang.txt")
  [ "$n" -ge $MIN_LINES ] || fail "$lang: only $n lines open with 'o ' (want $MIN_LINES)"
  sed 's/^o /ó /' "$WORK/$lang.txt" > "$WORK/$lang.no-o.txt"
  run paragraphs --lang "$lang" "$WORK/$lang.txt"
  expect_exit "$lang-with-o" 0
  cut -f6 "$WORK/stdout" > "$WORK/$lang.paragraphs"
  run paragraphs --lang "$lang" "$WORK/$lang.no-o.txt"
  expect_exit "$lang-without-o" 0
  cut -f6 "$WORK/stdout" | sed 's/ ó / o /g; s/^ó /o /' > "$WORK/$lang.no-o.paragraphs"
  cmp -s "$WORK/$lang.paragraphs" "$WORK/$lang.no-o.paragraphs" ||
    fail "$lang: a word 'o' at a line's start was read as a bullet: $(diff "$WORK/$lang.paragraphs" "$WORK/$lang.no-o.paragraphs" | head -4)"
done
finish letter_bullets.sh

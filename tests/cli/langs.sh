#!/usr/bin/env bash
# langs.sh: the languages of the files.  Detected when not given (the 24 EU
# languages with libexttextcat; sv, lv and en without); a file whose language
# cannot be told, or two files read as one language, exit 2 naming the files
# and asking for --langs, and nothing is written ("und" never reaches a TMX);
# --langs and --lang-tags take BCP 47 tags, and an invalid one exits 4.
# Env: PARALIGN (the binary), DATA (data/), TESTS (tests/), WORK (scratch dir).
. "$(dirname "$0")/lib/common.sh"
: "${TESTS:?}"
LANGS=$TESTS/fixtures/langs
DE=$LANGS/gdpr/de.txt FR=$LANGS/gdpr/fr.txt EL=$LANGS/gdpr/el.txt BG=$LANGS/gdpr/bg.txt

langs_of() { # TMX: the languages of its segments, sorted
  grep -o 'xml:lang="[^"]*"' "$1" | sort -u | sed 's/xml:lang="\(.*\)"/\1/' | tr '\n' ' '
}
no_output() { # CASE
  [ -e "$WORK/out.tmx" ] && fail "$1: wrote $WORK/out.tmx"
  ls "$WORK" | grep -q '\.tmp' && fail "$1: left a temporary file"
  return 0
}

run --version
grep -q "language detection:" "$WORK/stdout" || fail "--version does not say what detection knows"
full=0
grep -q "(libexttextcat [0-9]" "$WORK/stdout" && full=1

# --- detection ---------------------------------------------------------------
rm -f "$WORK/out.tmx"
run align -q -o "$WORK/out.tmx" "$DE" "$FR"
if [ $full = 1 ]; then
  expect_exit de-fr-detected 0
  [ "$(langs_of "$WORK/out.tmx")" = "de fr " ] || fail "de-fr: languages $(langs_of "$WORK/out.tmx")"
  grep -q 'lang="und"' "$WORK/out.tmx" && fail "de-fr: und written"
  rm -f "$WORK/out.tmx"
  run align -q -o "$WORK/out.tmx" "$EL" "$BG"
  expect_exit el-bg-detected 0
  [ "$(langs_of "$WORK/out.tmx")" = "bg el " ] || fail "el-bg: languages $(langs_of "$WORK/out.tmx")"
else
  # sv, lv and en only: German and French cannot be told, and say so
  expect_exit de-fr-undetermined 2
  grep -q "de.txt: cannot tell the language" "$WORK/stderr" || fail "de-fr: $(cat "$WORK/stderr")"
  grep -q -- "--langs" "$WORK/stderr" || fail "de-fr: the message does not ask for --langs"
  no_output de-fr-undetermined
  skip "detection of de, fr, el, bg (built without libexttextcat)"
fi

# --- a file whose language cannot be told -----------------------------------
printf '11088/23\n\nCYBER 172 COPS 349\n\n2023-06-26\n' >"$WORK/codes.txt"
rm -f "$WORK/out.tmx"
run align -q -o "$WORK/out.tmx" "$SV23" "$WORK/codes.txt"
expect_exit undetermined 2
grep -q "codes.txt: cannot tell the language of this file" "$WORK/stderr" ||
  fail "undetermined: the message does not name the file: $(cat "$WORK/stderr")"
grep -q -- "--langs sv,LANG" "$WORK/stderr" || fail "undetermined: no --langs example: $(cat "$WORK/stderr")"
no_output undetermined
run check "$SV23" "$WORK/codes.txt"
expect_exit undetermined-check 2
# given, the language is taken as it is
run align -q --langs sv,en -o "$WORK/out.tmx" "$SV23" "$WORK/codes.txt" --force
expect_exit undetermined-given 0
rm -f "$WORK/out.tmx"

# --- two files read as one language ------------------------------------------
cp "$SV25" "$WORK/sv_copy.txt"
run align -q -o "$WORK/out.tmx" "$SV23" "$WORK/sv_copy.txt"
expect_exit same-language 2
grep -q "000_99d952fa1365f389.txt and .*sv_copy.txt both read as 'sv'" "$WORK/stderr" ||
  fail "same-language: the message does not name both files: $(cat "$WORK/stderr")"
no_output same-language

# --- tags ----------------------------------------------------------------------
run align -q --langs sv-SE,EN_gb -o "$WORK/out.tmx" "$SV23" "$EN23"
expect_exit langs-tags 0
[ "$(langs_of "$WORK/out.tmx")" = "en-GB sv-SE " ] || fail "langs-tags: $(langs_of "$WORK/out.tmx")"
run align -q --langs sv,en --lang-tags sv_SE,en-IE -o "$WORK/out.tmx" "$SV23" "$EN23"
expect_exit lang-tags 0
[ "$(langs_of "$WORK/out.tmx")" = "en-IE sv-SE " ] || fail "lang-tags: $(langs_of "$WORK/out.tmx")"
rm -f "$WORK/out.tmx"
for bad in "sv,xx" "svenska,en" "sv,en-" "sv,und"; do
  run align -q --langs "$bad" -o "$WORK/out.tmx" "$SV23" "$EN23"
  expect_exit "langs $bad" 4
  grep -q "is not a language tag" "$WORK/stderr" || fail "langs $bad: $(cat "$WORK/stderr")"
  no_output "langs $bad"
done
run align -q --langs sv,en --lang-tags sv,e -o "$WORK/out.tmx" "$SV23" "$EN23"
expect_exit "lang-tags sv,e" 4
grep -q -- "--lang-tags: 'e' is not a language tag" "$WORK/stderr" || fail "lang-tags: $(cat "$WORK/stderr")"
no_output "lang-tags sv,e"
run paragraphs --lang klingon "$SV23"
expect_exit paragraphs-bad-lang 4

# --- batch: a set whose language cannot be told fails alone ------------------
printf -- '-\t%s\t%s\tgood.tmx\n' "$SV23" "$EN23" >"$WORK/m.tsv"
printf -- '-\t%s\t%s\tbad.tmx\n' "$SV23" "$WORK/codes.txt" >>"$WORK/m.tsv"
run batch -q --jsonl -o "$WORK/batch" "$WORK/m.tsv"
expect_exit batch 1
[ -s "$WORK/batch/good.tmx" ] || fail "batch: the good set was not written"
[ -e "$WORK/batch/bad.tmx" ] && fail "batch: the undetermined set was written"
grep -q '"exit":2,"error":"[^"]*codes.txt: cannot tell the language' "$WORK/stdout" ||
  fail "batch: $(cat "$WORK/stdout")"

finish langs.sh

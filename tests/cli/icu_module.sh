#!/usr/bin/env bash
# icu_module.sh: the paralign tool of a shared build carries ICU in a module
# of its own (paralign-icu.so, lib/text/icu_calls.h), loaded the first time
# the library calls ICU.  A run that needs no ICU (UTF-8 documents of the
# languages of data/lang, with or without a byte order mark, pages that
# declare UTF-8, paragraph units) never loads it; sentence units and
# a charset to convert do, and give what they gave with ICU built in (the
# sentence rows of align_sentences.sh, the charsets of bad_input.sh); without
# the module, the tool says so once, naming the file, the steps that need
# ICU fail with their own message, and the others work as before.
# Env: PARALIGN, DATA, WORK (see lib/common.sh).
. "$(dirname "$0")/lib/common.sh"

module=$(dirname "$PARALIGN")/../lib/paralign-icu.so
if [ ! -f "$module" ]; then
  echo "SKIP: this tool is linked to ICU itself (no $module)" >&2
  exit 77
fi

# loads ARGS...: run paralign under the loader's trace of the files it maps;
# $rc, and whether the ICU module was among them in $loaded (1 or 0).
loads() {
  LD_DEBUG=files "$PARALIGN" "$@" >"$WORK/stdout" 2>"$WORK/stderr"
  rc=$?
  loaded=0
  grep -q 'file=.*paralign-icu\.so' "$WORK/stderr" && loaded=1
}

pair=(--langs sv,en --creation-date 20260101T000000Z "$SV23" "$EN23")
loads align -o "$WORK/para.tmx" "${pair[@]}"
expect_exit "paragraph units" 0
[ "$loaded" = 0 ] || fail "paragraph units of two UTF-8 documents loaded the ICU module"

# UTF-8 needs no converter, whether a byte order mark or a page's charset
# says so (its name is told from "utf-8", "UTF8" ... without ICU).
{ printf '\357\273\277'; cat "$SV23"; } >"$WORK/sv-bom.txt"
loads align -o "$WORK/bom.tmx" --langs sv,en --creation-date 20260101T000000Z \
  "$WORK/sv-bom.txt" "$EN23"
expect_exit "a UTF-8 document with a byte order mark" 0
[ "$loaded" = 0 ] || fail "a UTF-8 document with a byte order mark loaded the ICU module"
cmp -s "$WORK/bom.tmx" "$WORK/para.tmx" || fail "the byte order mark changed the TMX"
loads align -o "$WORK/named.tmx" --encoding UTF_8 "${pair[@]}"
expect_exit "--encoding UTF_8" 0
[ "$loaded" = 0 ] || fail "--encoding UTF_8 loaded the ICU module"
if "$PARALIGN" --version | grep -q '^formats:.* html'; then
  grep -qi '<meta charset="utf-8"' "$DATA/formats/dd2023_sv.html" ||
    fail "the HTML fixture no longer declares its charset"
  loads align -q -o "$WORK/page.tmx" "$DATA/formats/dd2023_sv.html" "$DATA/formats/dd2023_en.html"
  expect_exit "two UTF-8 pages" 0
  [ "$loaded" = 0 ] || fail "two pages that declare UTF-8 loaded the ICU module"
else
  skip "this build reads no HTML"
fi

loads align --units sentence -o "$WORK/sent.tmx" "${pair[@]}"
expect_exit "sentence units" 0
[ "$loaded" = 1 ] || fail "sentence units did not load the ICU module"
n=$(grep -o '<tu[ >]' "$WORK/sent.tmx" | wc -l)
np=$(grep -o '<tu[ >]' "$WORK/para.tmx" | wc -l)
[ "$n" -gt "$np" ] || fail "sentence units: $n units, no more than the $np paragraph units"

# Documents in windows-1252: the converter is ICU's.
for f in "$SV23" "$EN23"; do
  iconv -f UTF-8 -t WINDOWS-1252 "$f" >"$WORK/$(basename "$f")" ||
    fail "iconv could not write the windows-1252 copy of $f"
done
loads align --encoding windows-1252 -o "$WORK/cp1252.tmx" --langs sv,en \
  --creation-date 20260101T000000Z "$WORK/$(basename "$SV23")" "$WORK/$(basename "$EN23")"
expect_exit "a windows-1252 document" 0
[ "$loaded" = 1 ] || fail "--encoding windows-1252 did not load the ICU module"
cmp -s "$WORK/cp1252.tmx" "$WORK/para.tmx" ||
  fail "the windows-1252 copies did not give the TMX of the UTF-8 documents"

# The tool without its module: a copy in a folder with no ../lib.
mkdir -p "$WORK/alone/bin"
cp "$PARALIGN" "$WORK/alone/bin/paralign"
alone=$WORK/alone/bin/paralign
"$alone" align -q -o "$WORK/alone.tmx" "${pair[@]}" >"$WORK/stdout" 2>"$WORK/stderr"
rc=$?
expect_exit "paragraph units without the module" 0
cmp -s "$WORK/alone.tmx" "$WORK/para.tmx" || fail "without the module, the paragraph TMX differs"
[ ! -s "$WORK/stderr" ] || fail "without the module, a paragraph run printed: $(head -c 300 "$WORK/stderr")"

LD_DEBUG=files "$alone" align -q --units sentence -o "$WORK/alone-sent.tmx" "${pair[@]}" \
  >"$WORK/stdout" 2>"$WORK/trace"
rc=$?
if grep -q 'file=.*paralign-icu\.so.*dynamically loaded' "$WORK/trace" &&
  [ "$rc" -eq 0 ]; then
  skip "an installed paralign-icu.so was found in the configured library directory"
else
  grep -v '^ *[0-9]*:' "$WORK/trace" >"$WORK/stderr"
  [ "$rc" -eq 5 ] || fail "sentence units without the module: exit $rc, expected 5"
  [ "$(grep -c 'ICU .* could not be loaded: .*paralign-icu\.so' "$WORK/stderr")" = 1 ] ||
    fail "sentence units without the module: no one message naming paralign-icu.so: $(head -c 400 "$WORK/stderr")"
  grep -q 'no sentence rules from ICU' "$WORK/stderr" ||
    fail "sentence units without the module: the step that failed is not named: $(head -c 400 "$WORK/stderr")"
  [ ! -e "$WORK/alone-sent.tmx" ] || fail "sentence units without the module left an output file"
fi

[ "$failures" -eq 0 ] || exit 1
[ "$skipped" -eq 0 ] || exit 77
echo "icu_module.sh: paragraph units never load the ICU module; sentence units and windows-1252" \
  "documents do; without it, paragraph units work and sentence units fail, saying why"

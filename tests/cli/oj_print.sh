#!/usr/bin/env bash
# oj_print.sh: a regulation as the Official Journal prints it reads as its clean text.
# The GDPR of tests/corpus (sv, lv, en) is laid out as pdftotext gives the OJ's pages
# back (tests/corpus/tools/oj_print.py: wrapped lines, running headers mirrored on
# facing pages, each note at the foot of the page that refers to it, numbered "(1)" as
# the recitals are), in four page sizes; aligned jointly, every unit of the clean text's
# alignment must come out again (markers in brackets set aside: the reader takes them
# out of the print's text where it finds the notes).
# Env: PARALIGN (the binary), DATA (data/), TESTS (tests/), WORK (scratch).
. "$(dirname "$0")/lib/common.sh"
: "${TESTS:?}"
if ! command -v python3 > /dev/null 2>&1; then
  echo "SKIP: python3 missing" >&2
  exit 77
fi
doc=$TESTS/corpus/gdpr
"$PARALIGN" align -q --langs sv,lv,en -o "$WORK/clean.tmx" "$doc/sv.txt" "$doc/lv.txt" \
  "$doc/en.txt" || fail "clean text not aligned"
for size in "92 46" "84 38" "76 34" "100 50"; do
  set -- $size
  dir=$WORK/print-$1x$2
  mkdir -p "$dir"
  for lang in sv lv en; do
    python3 "$TESTS/corpus/tools/oj_print.py" "$doc/$lang.txt" "$lang" "$dir/$lang.txt" \
      --width "$1" --lines "$2" || fail "$lang not laid out"
  done
  "$PARALIGN" align -q --langs sv,lv,en -o "$dir/out.tmx" "$dir/sv.txt" "$dir/lv.txt" \
    "$dir/en.txt" || fail "print $1x$2 not aligned"
  echo "print of $1 columns, $2 lines a page:"
  python3 "$TESTS/eval/same_pairs.py" "$WORK/clean.tmx" "$dir/out.tmx" sv,lv,en ||
    fail "print $1x$2: units of the clean text lost"
  for lang in sv lv en; do
    "$PARALIGN" paragraphs --format jsonl --lang "$lang" "$dir/$lang.txt" > "$dir/$lang.jsonl" ||
      fail "$lang: paragraphs not read"
    if grep -q 'L 119/' "$dir/$lang.jsonl"; then
      fail "print $1x$2, $lang: a running header left in the text"
    fi
  done
done
finish oj_print.sh

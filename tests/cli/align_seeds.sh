#!/usr/bin/env bash
# align_seeds.sh: `paralign align` on the seed pairs scores F1 >= 0.98 against
# the hand-made gold (tests/eval/score.py), and every TMX written here
# validates against the TMX 1.4 DTD shipped in data/tmx/ (xmllint).  Also:
# TSV/JSONL rows, --lang-tags, standard output, determinism, three versions.
# Env: PARALIGN (the binary), DATA (data/), TESTS (tests/), WORK (scratch).
. "$(dirname "$0")/lib/common.sh"
: "${TESTS:?}"
MIN_F1=0.98
DATE=20251120T120000Z
have() { command -v "$1" > /dev/null 2>&1; }
have xmllint || skip "xmllint missing, TMX not validated against the DTD"
have python3 || skip "python3 missing, F1 not scored"

# validate FILE: the TMX is valid TMX 1.4 by the DTD in data/tmx.
validate() {
  have xmllint || return 0
  xmllint --noout --nonet --dtdvalid "$DATA/tmx/tmx14.dtd" "$1" 2> "$WORK/xmllint.err" ||
    fail "$1 does not validate: $(head -c 300 "$WORK/xmllint.err")"
}

# score NAME GOLD TMX: every language pair has F1 >= MIN_F1.
score() {
  have python3 || return 0
  python3 "$TESTS/eval/score.py" "$DATA/gold/$2" "$3" > "$WORK/$1.score" ||
    { fail "$1: score.py failed"; return; }
  cat "$WORK/$1.score"
  awk -v min="$MIN_F1" '{ for (i = 1; i <= NF; i++) if ($i ~ /^F1=/) { f = substr($i, 4);
       n++; if (f + 0 < min + 0) bad++ } } END { exit (n > 0 && bad == 0) ? 0 : 1 }' \
    "$WORK/$1.score" || fail "$1: F1 below $MIN_F1 (or no score)"
}

align_pair() { # NAME LANGS A B GOLD
  "$PARALIGN" align -q --langs "$2" --creation-date "$DATE" -o "$WORK/$1.tmx" "$3" "$4" ||
    { fail "$1: exit $?"; return; }
  validate "$WORK/$1.tmx"
  score "$1" "$5" "$WORK/$1.tmx"
}
align_pair dd2023 sv,en "$SV23" "$EN23" seed_dd2023_sv_en.json
align_pair ids2025 sv,lv "$SV25" "$LV25" seed_ids2025_sv_lv.json

# the same alignment again, to standard output: byte for byte the same
"$PARALIGN" align -q --langs sv,lv --creation-date "$DATE" "$SV25" "$LV25" > "$WORK/stdout.tmx" ||
  fail "stdout: exit $?"
cmp -s "$WORK/stdout.tmx" "$WORK/ids2025.tmx" || fail "output differs between runs"
head -c 3 "$WORK/stdout.tmx" | od -An -tx1 | grep -q 'ef bb bf' && fail "TMX starts with a BOM"

# language tags, and detected languages when --langs is absent
"$PARALIGN" align -q --lang-tags sv-SE,lv-LV -o "$WORK/tags.tmx" "$SV25" "$LV25" ||
  fail "lang-tags: exit $?"
validate "$WORK/tags.tmx"
grep -q 'srclang="sv-SE"' "$WORK/tags.tmx" || fail "lang-tags: srclang is not sv-SE"
grep -q '<tuv xml:lang="lv-LV">' "$WORK/tags.tmx" || fail "lang-tags: no lv-LV tuv"

# one-sided units only with --keep-unaligned
"$PARALIGN" align -q --langs sv,en --keep-unaligned -o "$WORK/keep.tmx" "$SV23" "$EN23" ||
  fail "keep-unaligned: exit $?"
validate "$WORK/keep.tmx"
kept=$(grep -c '<tu ' "$WORK/keep.tmx")
plain=$(grep -c '<tu ' "$WORK/dd2023.tmx")
[ "$kept" -gt "$plain" ] || fail "keep-unaligned: $kept units, not more than $plain"

# TSV and JSONL: one row per unit (plus the TSV header)
"$PARALIGN" align -q --langs sv,lv --format tsv -o "$WORK/ids.tsv" "$SV25" "$LV25" || fail "tsv"
"$PARALIGN" align -q --langs sv,lv --format jsonl -o "$WORK/ids.jsonl" "$SV25" "$LV25" || fail "jsonl"
units=$(grep -c '<tu ' "$WORK/ids2025.tmx")
[ "$(wc -l < "$WORK/ids.tsv")" -eq $((units + 1)) ] || fail "tsv: not $units rows + header"
[ "$(wc -l < "$WORK/ids.jsonl")" -eq "$units" ] || fail "jsonl: not $units rows"
head -1 "$WORK/ids.tsv" | grep -q $'^unit\tscore\tsv_paragraphs\tlv_paragraphs\tsv\tlv$' ||
  fail "tsv: header is $(head -1 "$WORK/ids.tsv")"
if have python3; then
  python3 -c 'import json, sys; [json.loads(l) for l in open(sys.argv[1])]' "$WORK/ids.jsonl" ||
    fail "jsonl: not JSON"
fi

# three versions in one joint run: one tuv per language in every full unit
cp "$SV25" "$WORK/third.txt"
"$PARALIGN" align -q --langs sv,lv,et -o "$WORK/three.tmx" "$SV25" "$LV25" "$WORK/third.txt" ||
  fail "three: exit $?"
validate "$WORK/three.tmx"
grep -q '<tuv xml:lang="et">' "$WORK/three.tmx" || fail "three: no third language"
[ "$(grep -c '<tu ' "$WORK/three.tmx")" -ge "$units" ] || fail "three: fewer units than the pair"

finish align_seeds.sh

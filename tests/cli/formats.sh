#!/usr/bin/env bash
# formats.sh: the seed documents as users get them (data/formats/: printed to
# PDF by Chromium, converted to DOCX and HTML by pandoc; see
# tests/formats/make_fixtures.sh) read to exactly the gold paragraphs of the
# seeds (boundary precision and recall 1.000, no page furniture left), and
# align as well as the seed texts do (F1 from each format >= F1 from text).
# Also: --version lists the formats, --input-format overrides detection,
# paragraphs and check reports say the page or paragraph.
# Skips (77) the formats this build does not read.
# Env: PARALIGN (the binary), DATA (data/), TESTS (tests/), WORK (scratch dir).
. "$(dirname "$0")/lib/common.sh"
: "${TESTS:?}"
if ! command -v python3 >/dev/null 2>&1; then
  skip "python3 is missing"
  exit 77
fi
FX=$DATA/formats
"$PARALIGN" --version >"$WORK/version" || fail "--version: exit $?"
formats=$(sed -n 's/^formats: //p' "$WORK/version")
case " $formats " in *" text "*) ;; *) fail "--version does not list text: $(cat "$WORK/version")" ;; esac
built=()
for f in pdf docx html; do
  case " $formats " in
    *" $f "*) built+=("$f") ;;
    *) skip "$f: not built in" ;;
  esac
done
[ ${#built[@]} -gt 0 ] || { skip "no document format built in"; exit 77; }

# paragraphs_match NAME.EXT GOLD LANG: the reader finds the gold's paragraphs.
paragraphs_match() {
  local out="$WORK/$(basename "$1").jsonl" score
  "$PARALIGN" paragraphs --format jsonl "$FX/$1" >"$out" 2>"$WORK/stderr" ||
    { fail "$1: exit $?: $(head -c 300 "$WORK/stderr")"; return; }
  [ -s "$WORK/stderr" ] && fail "$1: unexpected output on standard error: $(head -c 300 "$WORK/stderr")"
  score=$(python3 "$TESTS/eval/score.py" --paragraphs "$DATA/gold/$2.json" "$3" "$out" --verbose)
  echo "$1: $score" | head -1
  grep -q 'P=1.000 R=1.000 noise_leaks=0 ' <<<"$score" ||
    fail "$1 ($3): paragraphs do not match the gold: $score"
}

# f1 GOLD TMX: the lowest F1 over the gold's language pairs.
f1() {
  python3 "$TESTS/eval/score.py" "$DATA/gold/$1" "$2" |
    awk '{ for (i = 1; i <= NF; i++) if ($i ~ /^F1=/) { f = substr($i, 4) + 0;
           if (!n++ || f < m) m = f } } END { if (n) print m; else print -1 }'
}

# align_f1 NAME LANGS GOLD A B: align, print the F1.
align_f1() {
  "$PARALIGN" align -q --langs "$2" --creation-date 20251120T120000Z -o "$WORK/$1.tmx" "$4" "$5" \
    2>"$WORK/stderr" || { echo -1; return; }
  f1 "$3" "$WORK/$1.tmx"
}

text_dd=$(align_f1 text-dd2023 sv,en seed_dd2023_sv_en.json "$SV23" "$EN23")
text_ids=$(align_f1 text-ids2025 sv,lv seed_ids2025_sv_lv.json "$SV25" "$LV25")
echo "text: F1 $text_dd (dd2023), $text_ids (ids2025)"
for ext in "${built[@]}"; do
  paragraphs_match dd2023_sv.$ext seed_dd2023_sv_en sv
  paragraphs_match dd2023_en.$ext seed_dd2023_sv_en en
  paragraphs_match ids2025_sv.$ext seed_ids2025_sv_lv sv
  paragraphs_match ids2025_lv.$ext seed_ids2025_sv_lv lv
  dd=$(align_f1 $ext-dd2023 sv,en seed_dd2023_sv_en.json "$FX/dd2023_sv.$ext" "$FX/dd2023_en.$ext")
  ids=$(align_f1 $ext-ids2025 sv,lv seed_ids2025_sv_lv.json "$FX/ids2025_sv.$ext" "$FX/ids2025_lv.$ext")
  echo "$ext: F1 $dd (dd2023), $ids (ids2025)"
  awk -v a="$dd" -v b="$text_dd" 'BEGIN { exit !(a >= b && a >= 0) }' ||
    fail "$ext: dd2023 F1 $dd is below the text's $text_dd"
  awk -v a="$ids" -v b="$text_ids" 'BEGIN { exit !(a >= b && a >= 0) }' ||
    fail "$ext: ids2025 F1 $ids is below the text's $text_ids"
done

# the 2023 pair printed on two columns: read column by column, aligned as well
if case " ${built[*]} " in *" pdf "*) true ;; *) false ;; esac; then
  paragraphs_match cases/dd2023_sv-columns.pdf seed_dd2023_sv_en sv
  paragraphs_match cases/dd2023_en-columns.pdf seed_dd2023_sv_en en
  cols=$(align_f1 pdf-columns sv,en seed_dd2023_sv_en.json "$FX/cases/dd2023_sv-columns.pdf" \
    "$FX/cases/dd2023_en-columns.pdf")
  echo "pdf on two columns: F1 $cols (dd2023)"
  awk -v a="$cols" -v b="$text_dd" 'BEGIN { exit !(a >= b && a >= 0) }' ||
    fail "pdf on two columns: F1 $cols is below the text's $text_dd"
fi

# a text version with a version in each format: every reader puts a footnote after the
# paragraph that refers to it (the text's sits where its page break was), so the pair
# aligns as the two texts do
for ext in "${built[@]}"; do
  mixed=$(align_f1 text-$ext sv,en seed_dd2023_sv_en.json "$SV23" "$FX/dd2023_en.$ext")
  echo "text + $ext: F1 $mixed (dd2023)"
  awk -v a="$mixed" -v b="$text_dd" 'BEGIN { exit !(a >= b && a >= 0) }' ||
    fail "text + $ext: dd2023 F1 $mixed is below the texts' $text_dd"
done

# three versions of one document in three formats, aligned jointly
if [ ${#built[@]} -eq 3 ]; then
  run align -q --langs sv,lv,sv -o "$WORK/mixed.tmx" "$FX/ids2025_sv.pdf" "$FX/ids2025_lv.docx" \
    "$FX/ids2025_sv.html"
  expect_exit mixed 0
  [ "$(grep -c '<tu ' "$WORK/mixed.tmx")" -ge 60 ] || fail "mixed: fewer than 60 units"
fi

# ---- what the readers keep of the documents' structure ------------------------------
has() { case " ${built[*]} " in *" $1 "*) return 0 ;; esac; return 1; }
json_field() { # FILE INDEX EXPR: a Python expression over paragraph p of a JSON-lines file
  python3 -c 'import json, sys
p = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")][int(sys.argv[2])]
print(eval(sys.argv[3]))' "$@"
}
if has pdf; then
  # the raised "1" after "2022" is a footnote marker, not part of the year
  out=$WORK/dd2023_sv.pdf.jsonl
  i=$(grep -n 'rådets slutsatser från 2022' "$out" | head -1 | cut -d: -f1)
  [ -n "$i" ] || fail "pdf: no paragraph with 'slutsatser från 2022'"
  [ -n "$i" ] && [ "$(json_field "$out" $((i - 1)) 'p["footnotes"]')" = "[1]" ] ||
    fail "pdf: the marker after 2022 is not footnote 1"
  grep -q '20221' "$out" && fail "pdf: a footnote marker was flattened into a number (20221)"
  grep -q '"kind":"footnote".*"location":"page [0-9]' "$out" || fail "pdf: footnotes without a page"
  grep -q 'file://\|Council conclusions.*[0-9]/[0-9]' "$out" && fail "pdf: Chromium's header or footer left in"
  run paragraphs "$FX/dd2023_sv.pdf"
  grep -qP '^1\tpage 1\theading\t' "$WORK/stdout" || fail "pdf: paragraphs text output has no 'page 1'"
  run paragraphs --input-format text "$FX/dd2023_sv.pdf"
  expect_exit pdf-as-text 2
fi
if has docx; then
  out=$WORK/dd2023_en.docx.jsonl
  [ "$(json_field "$out" 0 'p["location"]')" = "paragraph 1" ] || fail "docx: no paragraph location"
  grep -q '"kind":"footnote","label":"1"' "$out" || fail "docx: footnote 1 not read"
fi
if has html; then
  cp "$FX/dd2023_sv.html" "$WORK/page.txt"
  run paragraphs --input-format html "$WORK/page.txt"
  expect_exit html-forced 0
  grep -q '<' "$WORK/stdout" && fail "html-forced: markup left in the paragraphs"
  run paragraphs --input-format text "$WORK/page.txt"
  grep -q '<h1' "$WORK/stdout" || fail "text-forced: an HTML file read as text keeps its markup"
fi
# batch: formats found per file; a JSON entry may set "input_format"
if [ ${#built[@]} -eq 3 ]; then
  printf '{"langs":["sv","en"],"files":["%s","%s"],"output":"pdf-docx.tmx"}\n' \
    "$FX/dd2023_sv.pdf" "$FX/dd2023_en.docx" >"$WORK/sets.jsonl"
  printf '{"files":["%s","%s"],"output":"bad.tmx","input_format":"rtf"}\n' \
    "$FX/ids2025_sv.html" "$FX/ids2025_lv.html" >>"$WORK/sets.jsonl"
  run batch --jsonl -q -o "$WORK/batch" "$WORK/sets.jsonl"
  expect_exit batch-formats 1
  grep -q '"line":1,.*"status":"ok"' "$WORK/stdout" || fail "batch: the PDF+DOCX set failed"
  grep -q '"line":2,.*input_format' "$WORK/stdout" || fail "batch: a bad input_format not reported"
  [ "$(f1 seed_dd2023_sv_en.json "$WORK/batch/pdf-docx.tmx")" = "1" ] ||
    fail "batch: the PDF+DOCX set does not align as the text does"
fi

run paragraphs --input-format rtf "$SV23"
expect_exit bad-input-format 4
grep -q "input-format" "$WORK/stderr" || fail "bad-input-format: message does not name the option"

# ---- check reports say where a finding is in the original document --------------------
if has pdf && has docx; then
  run check --langs sv,en --format json -o "$WORK/check.json" "$FX/dd2023_sv.pdf" "$FX/dd2023_en.docx"
  [ "$rc" -le 1 ] || fail "check: exit $rc"
  python3 - "$WORK/check.json" <<'EOF' || fail "check: findings without a page (PDF) or paragraph (DOCX)"
import json, re, sys
r = json.load(open(sys.argv[1], encoding="utf-8"))
where = [w for f in r["findings"] for w in f["where"].values()]
assert where, "no findings to look at"
assert all(re.fullmatch(r"page \d+", w["location"]) for f in r["findings"]
           for k, w in f["where"].items() if k.startswith("sv")), "sv locations"
assert all(re.fullmatch(r"paragraph \d+", w["location"]) for f in r["findings"]
           for k, w in f["where"].items() if k.startswith("en")), "en locations"
EOF
  run check --langs sv,en "$FX/dd2023_sv.pdf" "$FX/dd2023_en.docx"
  grep -qE '^ +sv +page [0-9]+ ' "$WORK/stdout" || fail "check text report: no 'sv page N'"
  grep -qE '^ +en +paragraph [0-9]+ ' "$WORK/stdout" || fail "check text report: no 'en paragraph N'"
fi

finish formats.sh

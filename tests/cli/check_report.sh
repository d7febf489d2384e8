#!/usr/bin/env bash
# check_report.sh: `paralign check` end to end: exit codes, the three report
# formats (JSON names as documented, a self-contained HTML page, a readable
# text summary), the seeds and clean corpus documents without errors, damaged seeds
# reported at the right line, and unrelated files as one not-parallel finding.
# Env: PARALIGN (the binary), DATA (data/), TESTS (tests/), WORK (scratch dir).
. "$(dirname "$0")/lib/common.sh"

# json_query FILE PYTHON-EXPR: evaluate an expression over the parsed report `r`.
json_query() {
  python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); print(eval(sys.argv[2]))' "$1" "$2"
}

# ---- help and usage ---------------------------------------------------------------
run check --help
expect_exit help 0
grep -q 'Usage: paralign check' "$WORK/stdout" || fail "help: no usage line"
grep -q -- '--format' "$WORK/stdout" || fail "help: --format not documented"
run check --format pdf "$SV25" "$LV25"
expect_exit bad-format 4

# ---- the seed pairs: no error, documented JSON names ------------------------------
for pair in "$SV25 $LV25 sv,lv" "$SV23 $EN23 sv,en"; do
  set -- $pair
  run check --langs "$3" --format json "$1" "$2"
  expect_exit "seed-$3" 0
  cp "$WORK/stdout" "$WORK/seed.json"
  [ "$(json_query "$WORK/seed.json" 'r["summary"]["errors"]')" = 0 ] || fail "seed-$3: errors"
  [ "$(json_query "$WORK/seed.json" 'sorted(r) == ["files","findings","summary"]')" = True ] ||
    fail "seed-$3: top-level names: $(json_query "$WORK/seed.json" 'sorted(r)')"
  [ "$(json_query "$WORK/seed.json" 'all(set(f) >= {"lang","path","paragraphs"} for f in r["files"])')" = True ] ||
    fail "seed-$3: file names"
  [ "$(json_query "$WORK/seed.json" 'set(r["summary"]) >= {"errors","warnings","infos","units"}')" = True ] ||
    fail "seed-$3: summary names"
  [ "$(json_query "$WORK/seed.json" 'all(set(f) >= {"kind","severity","message","where"} and all(set(w) >= {"line","label","excerpt"} for w in f["where"].values()) for f in r["findings"])')" = True ] ||
    fail "seed-$3: finding names"
done
# The 2023 pair: the English cover page is one info, nothing else.
[ "$(json_query "$WORK/seed.json" '[(f["kind"], f["severity"]) for f in r["findings"] if f["where"]["sv"]["absent"]]')" = "[('missing', 'info')]" ] ||
  fail "seed-sv,en: the cover page is not one info: $(json_query "$WORK/seed.json" 'r["findings"]')"

# ---- clean corpus documents: no error ---------------------------------------------
# A declaration, a charter and a code of conduct, correctly translated: nothing to report
# at error level.  (Other corpus documents hold real differences between their versions,
# a number changed in translation, and are left out here.)
corpus=${TESTS:-}/corpus
if [ -d "$corpus" ]; then
  for doc in udhr:sv,lv,en debian-social-contract:sv,en contributor-covenant-2.1:sv,en; do
    name=${doc%%:*} langs=${doc#*:}
    files=()
    for l in ${langs//,/ }; do files+=("$corpus/$name/$l.txt"); done
    run check --langs "$langs" --format json "${files[@]}"
    cp "$WORK/stdout" "$WORK/clean.json"
    errors=$(json_query "$WORK/clean.json" 'r["summary"]["errors"]')
    [ "$errors" = 0 ] || fail "clean $name: $errors error(s)"
  done
  # Court documents cite "artikel 107.1" in Swedish where the others write
  # "Article 107(1)" and "107. panta 1. punkts": a reference is no difference
  # when another version has its article apart.
  for name in cjeu-judgment-c212-19 cjeu-opinion-c395-18; do
    run check --langs sv,lv,en --format json "$corpus/$name/sv.txt" "$corpus/$name/lv.txt" \
      "$corpus/$name/en.txt"
    cp "$WORK/stdout" "$WORK/court.json"
    split=$(python3 - "$WORK/court.json" <<'PY'
import json, re, sys
out = []
for f in json.load(open(sys.argv[1]))["findings"]:
    if f["kind"] != "number-mismatch":
        continue
    lists = dict(re.findall(r"(\w+) has ([^;]*)", f["message"]))
    for lang, toks in lists.items():
        for t in re.findall(r"\b(\d+)\.\d+\b", toks):
            if any(t in re.split(r", ", v) for k, v in lists.items() if k != lang):
                out.append(f["message"])
print(out)
PY
)
    [ "$split" = "[]" ] || fail "$name: references reported against their parts: $split"
  done
else
  skip "no corpus at $corpus: clean documents not checked"
fi

# ---- a damaged seed: the right kind at the right line ------------------------------
grep -v '^8\. ATBALSTA' "$LV25" >"$WORK/lv-damaged.txt"
line9=$(grep -n '^9\. AICINA' "$WORK/lv-damaged.txt" | cut -d: -f1)
line8=$(grep -n '^8\. STÖDER' "$SV25" | cut -d: -f1)
run check --langs sv,lv --format json "$SV25" "$WORK/lv-damaged.txt"
expect_exit damaged-json 1
cp "$WORK/stdout" "$WORK/damaged.json"
[ "$(json_query "$WORK/damaged.json" '[(f["kind"], f["where"]["lv"]["line"], f["where"]["sv"]["line"]) for f in r["findings"] if f["severity"] == "error"]')" = "[('missing', $line9, $line8)]" ] ||
  fail "damaged: expected one missing error at lv:$line9 sv:$line8, got $(json_query "$WORK/damaged.json" 'r["findings"]')"

# text: a summary, then the finding with both lines
run check --langs sv,lv "$SV25" "$WORK/lv-damaged.txt"
expect_exit damaged-text 1
grep -qE '^[0-9]+ units: 1 error' "$WORK/stdout" || fail "text: no summary line: $(head -5 "$WORK/stdout")"
grep -qE "^error +missing: missing in lv: numbered paragraph 8\." "$WORK/stdout" || fail "text: no finding line"
grep -qE "^ +lv +$line9 " "$WORK/stdout" || fail "text: no lv line $line9"

# html to a file: self-contained, the flagged row present
run check --langs sv,lv --format html -o "$WORK/report.html" "$SV25" "$WORK/lv-damaged.txt"
expect_exit damaged-html 1
[ -s "$WORK/stdout" ] && fail "html: -o also wrote to stdout"
grep -q '<tr class="unit flagged error" data-kinds="missing"' "$WORK/report.html" || fail "html: no flagged row"
grep -qE '<(link|img)|src=|@import|https?://[^"]*\.(css|js)' "$WORK/report.html" && fail "html: external resources"
grep -q '@media print' "$WORK/report.html" || fail "html: no print style"

# ---- unrelated files: one not-parallel finding ------------------------------------
run check --langs sv,en --format json "$STRATEGY" "$EN23"
expect_exit not-parallel 1
cp "$WORK/stdout" "$WORK/np.json"
[ "$(json_query "$WORK/np.json" '[f["kind"] for f in r["findings"]]')" = "['not-parallel']" ] ||
  fail "not-parallel: $(json_query "$WORK/np.json" 'r["findings"]')"

# ---- output errors ---------------------------------------------------------------
run check -o "$WORK/no-such-dir/report.txt" "$SV25" "$LV25"
expect_exit output-missing-dir 3
if [ -w /dev/full ]; then
  "$PARALIGN" check --format html "$SV25" "$LV25" >/dev/full 2>/dev/null
  rc=$?
  expect_exit output-full 3
fi

finish check_report.sh

#!/usr/bin/env bash
# `paralign batch`: a manifest of document sets aligned in parallel; a broken
# set is reported with its line and the others still written; JSON results;
# the GNU parallel recipe of the README.
set -euo pipefail
: "${PARALIGN:?}" "${DATA:?}" "${WORK:?}"
rm -rf "$WORK"
mkdir -p "$WORK"
cd "$WORK"
fail() { echo "FAIL: $*" >&2; exit 1; }
sv23=$(echo "$DATA"/seeds/000_*.txt) en23=$(echo "$DATA"/seeds/002_*.txt)
sv25=$(echo "$DATA"/seeds/001_*.txt) lv25=$(echo "$DATA"/seeds/004_*.txt)

valid_tmx() {
  [ -s "$1" ] || fail "$1 missing or empty"
  xmllint --noout --dtdvalid "$DATA/tmx/tmx14.dtd" "$1" 2>xmllint.err ||
    fail "$1 is not valid TMX: $(head -3 xmllint.err)"
  [ "$(grep -c '<tu[ >]' "$1")" -gt 10 ] || fail "$1 has almost no units"
}

# --- usage and manifest errors -------------------------------------------
"$PARALIGN" batch --help | grep -q MANIFEST || fail "--help does not describe MANIFEST"
set +e
"$PARALIGN" batch 2>/dev/null; [ $? = 4 ] || fail "no manifest: expected exit 4"
"$PARALIGN" batch --jobs 0 x.tsv 2>/dev/null; [ $? = 4 ] || fail "--jobs 0: expected exit 4"
"$PARALIGN" batch --format pdf x.tsv 2>/dev/null; [ $? = 4 ] || fail "--format pdf: expected 4"
"$PARALIGN" batch no-such-manifest.tsv 2>err.txt; [ $? = 2 ] || fail "unreadable manifest: expected 2"
set -e
grep -q "no-such-manifest.tsv" err.txt || fail "the manifest error does not name it"

# --- a broken set among good ones -----------------------------------------
printf '# year\tfiles\n' >m.tsv
printf 'sv,en\t%s\t%s\t2023/sv_en.tmx\n' "$sv23" "$en23" >>m.tsv
printf '\n' >>m.tsv
printf 'sv,lv\t%s\t%s\t2025/missing.tmx\n' "$sv25" "$WORK/no-such-file.txt" >>m.tsv
printf -- '-\t%s\t%s\t2025/sv_lv.tmx\n' "$sv25" "$lv25" >>m.tsv
printf 'sv,en\t%s\n' "$sv23" >>m.tsv
set +e
"$PARALIGN" batch --jobs 2 -o out m.tsv >stdout.txt 2>err.txt
rc=$?
set -e
[ $rc = 1 ] || { cat err.txt >&2; fail "a failed set: expected exit 1, got $rc"; }
valid_tmx out/2023/sv_en.tmx
valid_tmx out/2025/sv_lv.tmx
[ ! -e out/2025/missing.tmx ] || fail "the broken set left an output"
[ -z "$(find out -name '*.tmp-*')" ] || fail "temporary files left behind"
[ ! -s stdout.txt ] || fail "batch without --jsonl printed on stdout"
grep -q "line 4: .*no-such-file.txt" err.txt || fail "the missing file is not reported with line 4"
grep -q "line 6: expected langs" err.txt || fail "the short line 6 is not reported"
grep -q "4 sets, 2 aligned, 2 failed" err.txt || fail "no summary: $(cat err.txt)"

# --- JSON lines in and out, from standard input ----------------------------
{
  printf '{"langs":["sv","en"],"files":["%s","%s"],"output":"a.tmx","id":"dd2023"}\n' "$sv23" "$en23"
  printf '{"langs":"sv,lv","files":["%s","%s"],"output":"b.tmx","id":2}\n' "$sv25" "$WORK/gone.txt"
  printf '{"files":["%s","%s"],"output":"c.tmx"}\n' "$sv25" "$lv25"
  printf '{"files":["%s"],"output":"d.tmx"}\n' "$sv25"
  printf '{"files":["x\\u00e5.txt","y.txt"],"x":{"a":[1,-2.5e3,{"b":null}]},"output":"\\u00e5.tmx","id":{"k":[true]}}\n'
  printf '{"files":["a.txt", \n'
} >m.jsonl
set +e
"$PARALIGN" batch --jsonl -q -o json-out - <m.jsonl >results.jsonl 2>err.txt
rc=$?
set -e
[ $rc = 1 ] || fail "--jsonl with failed sets: expected exit 1, got $rc"
python3 - results.jsonl <<'EOF' || fail "bad --jsonl results: $(cat results.jsonl)"
import json, sys
res = {r["line"]: r for r in map(json.loads, open(sys.argv[1]))}
assert sorted(res) == [1, 2, 3, 4, 5, 6], res
assert res[1]["status"] == "ok" and res[1]["exit"] == 0 and res[1]["id"] == "dd2023", res[1]
assert res[1]["units"] > 10 and res[1]["error"] is None and res[1]["seconds"] >= 0, res[1]
assert res[1]["output"].endswith("json-out/a.tmx"), res[1]
assert res[2]["status"] == "error" and res[2]["exit"] == 2 and res[2]["id"] == 2, res[2]
assert "gone.txt" in res[2]["error"], res[2]
assert res[3]["status"] == "ok", res[3]
assert res[4]["status"] == "error" and "two files" in res[4]["error"], res[4]
assert res[5]["id"] == {"k": [True]} and res[5]["output"].endswith("/\u00e5.tmx"), res[5]
assert res[5]["exit"] == 2 and "x\u00e5.txt" in res[5]["error"], res[5]
assert res[6]["exit"] == 4 and "invalid JSON" in res[6]["error"], res[6]
EOF
valid_tmx json-out/a.tmx
valid_tmx json-out/c.tmx

# --- duplicate outputs and a clean run ------------------------------------
printf 'sv,en\t%s\t%s\tx.tmx\nsv,en\t%s\t%s\tx.tmx\n' "$sv23" "$en23" "$sv23" "$en23" >dup.tsv
set +e
"$PARALIGN" batch -q -o dup dup.tsv 2>err.txt
rc=$?
set -e
[ $rc = 1 ] && grep -q "line 2: .*already written by line 1" err.txt ||
  fail "a duplicate output is not refused (exit $rc): $(cat err.txt)"
printf 'sv,en\t%s\t%s\tok.tsv\n' "$sv23" "$en23" >ok.tsv
"$PARALIGN" batch --format tsv --jobs 1 -o clean ok.tsv 2>err.txt || fail "a clean batch failed"
[ "$(wc -l <clean/ok.tsv)" -gt 10 ] || fail "--format tsv wrote no TSV"

# --- threads give the same output as one job (the library shares no state) --
for i in $(seq 1 9); do printf 'sv,en\t%s\t%s\tt%d.tmx\n' "$sv23" "$en23" "$i"; done >threads.tsv
"$PARALIGN" batch -q --jobs 3 --creation-date 20260101T000000Z -o threads threads.tsv ||
  fail "--jobs 3 failed"
"$PARALIGN" align -q --langs sv,en --creation-date 20260101T000000Z -o single.tmx "$sv23" "$en23"
for i in $(seq 1 9); do
  cmp -s single.tmx threads/t$i.tmx || fail "threads/t$i.tmx differs from a single align"
done

# --- the README's GNU parallel recipe: the manifest split over workers -----
if command -v parallel >/dev/null; then
  for i in $(seq 1 6); do
    printf '{"langs":["sv","lv"],"files":["%s","%s"],"output":"set%d.tmx","id":%d}\n' \
      "$sv25" "$lv25" "$i" "$i"
  done >sets.jsonl
  parallel --pipe -N 2 -j 2 "$PARALIGN" batch --jsonl -q --jobs 1 -o par - \
    <sets.jsonl >par.jsonl 2>err.txt || fail "the GNU parallel recipe failed: $(cat err.txt)"
  python3 -c 'import json,sys; r=[json.loads(l) for l in open(sys.argv[1])]
assert sorted(x["id"] for x in r) == [1,2,3,4,5,6] and all(x["status"] == "ok" for x in r), r' \
    par.jsonl || fail "GNU parallel results: $(cat par.jsonl)"
  for i in $(seq 1 6); do valid_tmx par/set$i.tmx; done
else
  echo "GNU parallel not installed: recipe not tested" >&2
fi
echo ok

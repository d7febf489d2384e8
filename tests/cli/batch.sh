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

# --- an output never replaces an input, the manifest or another output (R2, R3) --
cp "$sv23" sv.txt
cp "$en23" en.txt
cp "$en23" e2.txt
results_of() { # MANIFEST ARGS...: run batch --jsonl; results in res.jsonl, exit in $rc
  local manifest=$1
  shift
  set +e
  "$PARALIGN" batch --jsonl -q "$@" "$manifest" >res.jsonl 2>err.txt
  rc=$?
  set -e
}
status_of() { # LINE: "ok" or the error of that manifest line
  python3 -c 'import json,sys
r = {x["line"]: x for x in map(json.loads, open("res.jsonl"))}[int(sys.argv[1])]
print("ok" if r["status"] == "ok" else "%d %s" % (r["exit"], r["error"]))' "$1"
}
printf 'sv,en\tsv.txt\te2.txt\te2.txt\n' >own.tsv
results_of own.tsv
[ $rc = 1 ] && cmp -s e2.txt "$en23" || fail "own input: exit $rc, or the input was replaced"
[[ "$(status_of 1)" == "4 output e2.txt is one of the set's own input files" ]] ||
  fail "own input: $(status_of 1)"
cp "$sv23" s2.txt
printf 'sv,lv\t%s\t%s\ts2.txt\nsv,en\ts2.txt\ten.txt\tx.tmx\n' "$sv25" "$lv25" >cross.tsv
for jobs in 1 2; do
  results_of cross.tsv --jobs $jobs
  [ $rc = 1 ] && cmp -s s2.txt "$sv23" || fail "cross input, --jobs $jobs: exit $rc or replaced"
  [[ "$(status_of 1)" == "4 output s2.txt is an input file of line 2" && "$(status_of 2)" == ok ]] ||
    fail "cross input, --jobs $jobs: $(status_of 1) / $(status_of 2)"
done
printf 'sv,en\tsv.txt\ten.txt\tmanifest-out.tsv\n' >manifest-out.tsv
results_of manifest-out.tsv
[[ "$(status_of 1)" == "4 output manifest-out.tsv is the manifest" ]] || fail "manifest: $(status_of 1)"
mkdir -p sub
printf 'sv,en\t%s\t%s\tsame.tmx\nsv,lv\t%s\t%s\t./same.tmx\nsv,lv\t%s\t%s\t.//same.tmx\nsv,lv\t%s\t%s\t%s/same.tmx\n' \
  "$sv23" "$en23" "$sv25" "$lv25" "$sv25" "$lv25" "$sv25" "$lv25" "$WORK" >dup2.tsv
results_of dup2.tsv --jobs 1 --absolute-outputs
[ "$(status_of 1)" = ok ] && grep -q 'srclang="sv"' same.tmx && grep -q 'xml:lang="en"' same.tmx ||
  fail "spelled twice: line 1 not written alone: $(status_of 1)"
for line in 2 3 4; do
  [[ "$(status_of $line)" == "4 output "*" is already written by line 1" ]] ||
    fail "spelled twice, line $line: $(status_of $line)"
done
# ... the same under -o, and one file named twice in a set (R23)
printf 'sv,en\t%s\t%s\tx.tmx\nsv,en\t%s\t%s\tsub//x.tmx\n{"files":["sv.txt","./sv.txt"],"output":"y.tmx"}\n' \
  "$sv23" "$en23" "$sv23" "$en23" >dup3.tsv
results_of dup3.tsv -o out-dup
ln -sfn . out-dup/sub 2>/dev/null || true
[[ "$(status_of 3)" == "4 the same file is given twice: sv.txt and ./sv.txt" ]] ||
  fail "same file twice in a set: $(status_of 3)"

# --- outputs stay under the output directory (R4) ---------------------------
cp "$sv23" victim.txt
mkdir -p confined
ln -sfn "$WORK" confined/escape
printf 'sv,en\tsv.txt\ten.txt\t../victim.txt\nsv,en\tsv.txt\ten.txt\tescape/victim.txt\nsv,en\tsv.txt\ten.txt\t%s/victim.txt\nsv,en\tsv.txt\ten.txt\tnew/dir/ok.tmx\n' \
  "$WORK" >escape.tsv
results_of escape.tsv -o confined
cmp -s victim.txt "$sv23" || fail "escape: victim.txt was replaced"
[[ "$(status_of 1)" == "4 output ../victim.txt leaves the output directory ('..')" ]] ||
  fail "escape ..: $(status_of 1)"
[[ "$(status_of 2)" == "4 output escape/victim.txt leads out of the output directory"* ]] ||
  fail "escape by link: $(status_of 2)"
[[ "$(status_of 3)" == "4 output $WORK/victim.txt is an absolute path"* ]] ||
  fail "absolute without --absolute-outputs: $(status_of 3)"
[ "$(status_of 4)" = ok ] && [ -s confined/new/dir/ok.tmx ] || fail "confined output: $(status_of 4)"
[ ! -e new ] || fail "escape: a directory was created outside the output directory"
printf 'sv,en\tsv.txt\ten.txt\t%s/abs.tmx\n' "$WORK" >abs.tsv
results_of abs.tsv -o confined --absolute-outputs
[ "$(status_of 1)" = ok ] && [ -s abs.tmx ] || fail "--absolute-outputs: $(status_of 1)"
# Without -o, the current directory is the output directory.
mkdir -p cwd
printf 'sv,en\t%s\t%s\t../up.tmx\n' "$sv23" "$en23" >cwd/m.tsv
set +e
(cd cwd && "$PARALIGN" batch -q m.tsv 2>/dev/null)
rc=$?
set -e
[ $rc = 1 ] && [ ! -e up.tmx ] || fail "no -o: ../up.tmx was written (exit $rc)"

# --- a FIFO output is written, not waited on (R9) ------------------------------
mkfifo out.fifo
(cat out.fifo >fifo.copy &)
printf 'sv,en\tsv.txt\ten.txt\tout.fifo\n' >fifo.tsv
set +e
timeout 30 "$PARALIGN" batch -q fifo.tsv 2>err.txt
rc=$?
set -e
[ $rc = 0 ] || fail "FIFO output: exit $rc (124: it hung)"
sleep 0.2
grep -q '<tu ' fifo.copy || fail "FIFO output: nothing was written to it"

# --- JSON results are JSON whatever the manifest held (R17) --------------------
bad=$(printf 'sv\377.txt')
cp "$sv23" "$bad"
{
  printf '{"files":["sv.txt","en.txt"],"output":"j1.tmx","id":1.2.3}\n'
  printf '{"files":["sv.txt","en.txt"],"output":"j2.tmx","id":.}\n'
  printf '{"files":["sv.txt","en.txt"],"output":"j3.tmx","id":"\377"}\n'
  printf '{"files":["sv.txt","en.txt"],"output":"j4.tmx","id":[1.5,"x\\u00e5",{"a":null}]}\n'
  printf '{"files":["sv.txt","en.txt"],"output":"j5.tmx","id":"a","id":"b"}\n'
  printf 'sv,en\t%s\ten.txt\tj6.tmx\n' "$bad"
  printf 'sv,en\tsv.txt\tmissing\377.txt\tj7\033[31m.tmx\n'
} >ids.jsonl
results_of ids.jsonl -o json-ids
python3 - <<'PY' || fail "R17: bad results: $(cat res.jsonl)"
import json
lines = open("res.jsonl", "rb").read().decode("utf-8").splitlines()
r = {x["line"]: x for x in map(json.loads, lines)}
assert sorted(r) == [1, 2, 3, 4, 5, 6, 7], sorted(r)
for n in (1, 2, 3, 5):
    assert r[n]["status"] == "error" and r[n]["exit"] == 4 and "invalid JSON" in r[n]["error"], r[n]
assert "id" not in r[1], r[1]
assert r[4]["status"] == "ok" and r[4]["id"] == [1.5, "x\u00e5", {"a": None}], r[4]
assert r[6]["status"] == "ok" and r[7]["status"] == "error" and "\ufffd" in r[7]["error"], (r[6], r[7])
assert r[7]["output"].endswith("j7\u001b[31m.tmx"), r[7]
PY
grep -q $'\033' err.txt && fail "R25: a raw ESC reached the terminal from a manifest line"

# --- what file modes forbid: a set fails alone, with exit 3 --------------------
mkdir -p locked
chmod 555 locked
printf 'sv,en\tsv.txt\ten.txt\tsub/x.tmx\nsv,en\tsv.txt\ten.txt\tok.tmx\n' >locked.tsv
set +e
if [ "$(id -u)" -eq 0 ]; then
  setpriv --bounding-set=-dac_override,-dac_read_search "$PARALIGN" batch --jsonl -q -o locked \
    locked.tsv >res.jsonl 2>err.txt
else
  "$PARALIGN" batch --jsonl -q -o locked locked.tsv >res.jsonl 2>err.txt
fi
rc=$?
set -e
[ $rc = 1 ] && [[ "$(status_of 1)" == "3 "*"cannot create directory: Permission denied" ]] &&
  [[ "$(status_of 2)" == "3 "*"cannot create the output file" ]] ||
  fail "read-only output directory: exit $rc: $(status_of 1) / $(status_of 2)"
chmod 755 locked

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

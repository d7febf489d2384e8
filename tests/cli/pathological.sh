#!/usr/bin/env bash
# pathological.sh: one hostile line costs neither the stack nor quadratic
# time.  A line of 200 000 bullets (R6) or form feeds (R7) crashed the reader;
# combining marks in reverse order (R8), stars, unclosed links and brackets
# before addresses took minutes.  Each is read and checked within a bound,
# and at four times the size in about four times the time.  One such file
# in a batch fails only its own set (R6); a file whose every line looks like
# page furniture keeps its text (R16); numbers moved far or dense in every
# paragraph cost the aligner about what an ordinary pair costs (R10, R11).
# Env: PARALIGN, DATA, WORK (see lib/common.sh).
. "$(dirname "$0")/lib/common.sh"
sanitized() { ldd "$PARALIGN" 2>/dev/null | grep -qE 'lib(asan|tsan|ubsan)'; }
size=400000
limit=20
if sanitized; then
  size=100000
  limit=60
fi

# make NAME BYTES: one line of a pathological shape, about BYTES long.
make() {
  python3 - "$1" "$2" "$WORK/$1-$2.txt" <<'EOF'
import sys
name, n, path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
shapes = {
    "bullets": lambda: "1. Text\n\n" + "- " * (n // 2) + "text\n",
    "bullet-label": lambda: "\u2022 " * (n // 4) + "4. Text\n",
    "form-feeds": lambda: "\f" * n + "text\n",
    "marks": lambda: "Text a" + "\u0301" * (n // 4) + "\u0316" * (n // 4) + " slut.\n",
    "stars": lambda: "*" * n + " Text**1. RUBRIK**\n",
    "links": lambda: "[](" * (n // 3) + "\n",
    "parens": lambda: "1. " + "(" * (n // 2) + ")" * (n // 2) + "\n",
    "sup": lambda: "1. " + "<sup>" * (n // 5) + "\n",
    "deep-labels": lambda: "1.1.1.1.1.1.1.1.1.1 " * (n // 20) + "\n",
}
open(path, "w").write(shapes[name]())
EOF
}

# timed NAME CMD...: seconds (with a 2-decimal fraction) in $secs; fails past $limit.
secs=0
timed() {
  local name=$1 start end
  shift
  start=$(date +%s%N)
  timeout "$limit" "$PARALIGN" "$@" >/dev/null 2>"$WORK/stderr"
  rc=$?
  end=$(date +%s%N)
  secs=$(((end - start) / 10000000))
  [ "$rc" -eq 124 ] && fail "$name: not done within ${limit}s"
  [ "$rc" -gt 128 ] && fail "$name: killed by signal $((rc - 128)): $(head -c 300 "$WORK/stderr")"
}

show() { printf '%d.%02d' $(($1 / 100)) $(($1 % 100)); }
for shape in bullets bullet-label form-feeds marks stars links parens sup deep-labels; do
  make "$shape" $((size / 4))
  make "$shape" "$size"
  small=$WORK/$shape-$((size / 4)).txt big=$WORK/$shape-$size.txt
  cp "$small" "$small.2"
  cp "$big" "$big.2"
  for cmd in paragraphs check; do
    if [ "$cmd" = paragraphs ]; then
      timed "$shape paragraphs" paragraphs "$small"
      t1=$secs
      timed "$shape paragraphs" paragraphs "$big"
    else
      timed "$shape check" check --langs sv,sv "$small" "$small.2"
      t1=$secs
      timed "$shape check" check --langs sv,sv "$big" "$big.2"
    fi
    [ "$rc" -le 1 ] || fail "$shape $cmd: exit $rc: $(head -c 300 "$WORK/stderr")"
    # Four times the input: about four times the time (quadratic would be 16
    # times); on a busy machine short runs are all noise.
    [ "$secs" -le 100 ] || [ "$secs" -le $((8 * t1 + 50)) ] ||
      fail "$shape $cmd: $(show "$secs") s for four times the input of $(show "$t1") s"
    echo "$shape $cmd: $(show "$t1") s, four times the size $(show "$secs") s" >&2
  done
done

# The text survives: the bullets are one list item, the marks are kept.
run paragraphs --format jsonl "$WORK/bullets-$size.txt"
expect_exit bullets-read 0
python3 -c 'import json,sys
items = [json.loads(l) for l in open(sys.argv[1])]
assert [p["kind"] for p in items] == ["heading", "list-item"], [p["kind"] for p in items]
assert items[1]["text"].endswith("- text"), items[1]["text"][-20:]' "$WORK/stdout" ||
  fail "bullets-read: the list item and its text are not kept"
run paragraphs "$WORK/marks-$size.txt"
grep -q 'slut\.' "$WORK/stdout" || fail "marks-read: the text after the marks is lost"

# ---- one hostile file in a batch: its set fails alone, the others are written --
printf 'sv,en\t%s\t%s\tok1.tmx\nsv,en\t%s\t%s\tbad.tmx\nsv,lv\t%s\t%s\tok2.tmx\n' \
  "$SV23" "$EN23" "$SV23" "$WORK/bullets-$size.txt" "$SV25" "$LV25" >"$WORK/crash.tsv"
run batch --jobs 1 --jsonl -o "$WORK/out" "$WORK/crash.tsv"
expect_exit batch-hostile-file 1
[ -s "$WORK/out/ok1.tmx" ] && [ -s "$WORK/out/ok2.tmx" ] ||
  fail "batch-hostile-file: the other sets were not written"
grep -q '"line":2,.*"status":"error"' "$WORK/stdout" ||
  fail "batch-hostile-file: line 2 not reported: $(cat "$WORK/stdout")"

# ---- pairs that cost the aligner far more than their size ---------------------------
# Each is compared with an ordinary pair of the same size and shape, in CPU
# time (user + system, so that a busy machine slows both alike).  Numbered
# paragraphs moved far from their place (one in 25 swapped) made the numbering
# anchors useless: minutes for 20 000 paragraphs, then a refusal as not
# parallel (R10).  Paragraphs of 250 numbers each (a statistical annex, one row
# a paragraph) made every bead of the DP merge hundreds of cues: 7 s for a
# pair of 500 rows, 33 s for three versions, against 0.2 s with words for the
# numbers (R11).
cs=0
cpu_cs() { # NAME ARGS...: paralign's CPU time in centiseconds in $cs, exit status in $rc
  local name=$1 t
  shift
  t=$({
    TIMEFORMAT='%3U %3S'
    time {
      timeout "$limit" "$PARALIGN" "$@" >"$WORK/stdout" 2>"$WORK/stderr"
      echo $? >"$WORK/rc"
    }
  } 2>&1)
  rc=$(cat "$WORK/rc")
  cs=$(echo "$t" | awk '{printf "%d", ($1 + $2) * 100}')
  [ "$rc" -eq 124 ] && fail "$name: not done within ${limit}s"
  [ "$rc" -gt 128 ] && fail "$name: killed by signal $((rc - 128))"
}
# costs NAME CASE ORDINARY: the case costs at most four times the ordinary pair
# (and half a second, below which a run is noise).
costs() {
  [ "$2" -le $((4 * $3 + 50)) ] ||
    fail "$1: $(show "$2") s of CPU against $(show "$3") s for an ordinary pair of the same size"
  echo "$1: $(show "$2") s of CPU, an ordinary pair of the same size $(show "$3") s" >&2
}
pairs=$(dirname "$0")/lib/costly_pairs.py
python3 "$pairs" moved 5000 "$WORK/moved"
cpu_cs moved-inorder align --langs sv,en -o /dev/null "$WORK/moved/sv.txt" "$WORK/moved/en-inorder.txt"
ordinary=$cs
cpu_cs moved-numbers align --langs sv,en -o /dev/null "$WORK/moved/sv.txt" "$WORK/moved/en.txt"
expect_exit moved-numbers 0
grep -qE 'parallelism 0\.(9|8)' "$WORK/stderr" ||
  fail "moved-numbers: parallelism below 0.8: $(head -c 300 "$WORK/stderr")"
costs moved-numbers "$cs" "$ordinary"
python3 "$pairs" dense 500 "$WORK/dense"
d=$WORK/dense
cpu_cs dense-words align -q --langs sv,en -o /dev/null "$d/sv-words.txt" "$d/en-words.txt"
ordinary=$cs
cpu_cs dense-numbers align -q --langs sv,en -o /dev/null "$d/sv.txt" "$d/en.txt"
expect_exit dense-numbers 0
costs dense-numbers "$cs" "$ordinary"
cpu_cs dense-words-3 align -q --langs sv,en,lv -o /dev/null "$d/sv-words.txt" "$d/en-words.txt" \
  "$d/lv-words.txt"
ordinary=$cs
cpu_cs dense-numbers-3 align -q --langs sv,en,lv -o /dev/null "$d/sv.txt" "$d/en.txt" "$d/lv.txt"
expect_exit dense-numbers-3 0
costs dense-numbers-3 "$cs" "$ordinary"
rm -rf "$WORK/moved" "$WORK/dense"

# ---- every line looks like page furniture: kept, with a warning (R16) -------------
python3 -c "import sys; open(sys.argv[1],'w').write(''.join('Text rad %d\n\n%d\n\n\f' % (i, i) for i in range(5)))" \
  "$WORK/hdr.txt"
run paragraphs "$WORK/hdr.txt"
expect_exit furniture-only 0
grep -q 'Text rad 4' "$WORK/stdout" || fail "furniture-only: the text is lost"
grep -qi 'warning: .*hdr.txt: all 10 lines .*page headers, footers or page numbers' "$WORK/stderr" ||
  fail "furniture-only: no warning: $(cat "$WORK/stderr")"

finish pathological.sh

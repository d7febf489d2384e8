#!/usr/bin/env bash
# signals.sh: a signal never leaves a temporary or partial output file, in
# any command and with many worker threads (R12), and the exit status is the
# documented one: 128 + the signal for Ctrl-C or kill, 3 (an output error)
# when a pipe closes or a file size limit is reached (R13).
# Env: PARALIGN, DATA, WORK (see lib/common.sh).
. "$(dirname "$0")/lib/common.sh"
temp_files() { find "$1" \( -name '.paralign-*' -o -name '*.tmp-*' \) 2>/dev/null | head -3; }

sanitized() { ldd "$PARALIGN" 2>/dev/null | grep -qE 'lib(asan|tsan|ubsan)'; }
# Sets big enough that a run lasts a while, small enough to start fast.
head -c 3000 "$SV23" >"$WORK/s.txt"
head -c 3000 "$EN23" >"$WORK/e.txt"
sets=3000
sanitized && sets=600
for i in $(seq 1 $sets); do printf 'sv,en\t%s\t%s\to%d.tmx\n' "$WORK/s.txt" "$WORK/e.txt" "$i"; done \
  >"$WORK/many.tsv"

# interrupt SIGNAL JOBS ROUNDS: send SIGNAL to `batch --jobs JOBS` after a
# random delay, ROUNDS times; every run must end by the signal (128+N) or
# finish (0), with no temporary file left.  (A script's background job
# ignores SIGINT; env restores the default, which paralign then keeps.)
# Where no run was interrupted (a fast machine finished first), up to
# RETRIES more rounds send the signal sooner, so that one unlucky draw
# of the delays does not skip the whole test.
RETRIES=6
interrupt() {
  local sig=$1 jobs=$2 rounds=$3 hit=0 round=0 delay
  local num
  num=$(kill -l "$sig")
  while [ "$round" -lt "$rounds" ] || { [ "$hit" -eq 0 ] && [ "$round" -lt $((rounds + RETRIES)) ]; }; do
    round=$((round + 1))
    delay="0.$((RANDOM % 9 + 1))"
    [ "$round" -le "$rounds" ] || delay=0.0$((RANDOM % 5 + 1))
    rm -rf "$WORK/out"
    env --default-signal="$sig" "$PARALIGN" batch -q --force --jobs "$jobs" -o "$WORK/out" \
      "$WORK/many.tsv" 2>/dev/null &
    local pid=$!
    sleep "$delay"
    kill -"$sig" "$pid" 2>/dev/null
    wait "$pid"
    rc=$?
    [ "$rc" -eq 0 ] || [ "$rc" -eq $((128 + num)) ] ||
      fail "batch --jobs $jobs, SIG$sig: exit $rc, expected $((128 + num))"
    [ "$rc" -ne 0 ] && hit=$((hit + 1))
    local left
    left=$(temp_files "$WORK/out")
    [ -z "$left" ] || fail "batch --jobs $jobs, SIG$sig: temporary files left: $left"
  done
  [ "$hit" -gt 0 ] || skip "batch --jobs $jobs, SIG$sig: every run finished before the signal"
  echo "batch --jobs $jobs, SIG$sig: $hit of $round runs interrupted" >&2
}
# Fewer rounds under a sanitizer (each run is slower; the race is the same).
rounds() { if sanitized; then echo $((($1 + 2) / 3)); else echo "$1"; fi; }
interrupt INT 4 "$(rounds 20)"
interrupt INT 2 "$(rounds 10)"
interrupt TERM 4 "$(rounds 5)"
interrupt HUP 4 "$(rounds 5)"
interrupt USR1 4 "$(rounds 3)"
interrupt INT 1 "$(rounds 3)"

# A signal ignored by whoever started paralign (nohup) stays ignored.
rm -rf "$WORK/out"
head -60 "$WORK/many.tsv" >"$WORK/some.tsv"
(trap '' HUP && exec "$PARALIGN" batch -q --jobs 2 -o "$WORK/out" "$WORK/some.tsv") &
pid=$!
sleep 0.1
kill -HUP "$pid" 2>/dev/null
wait "$pid"
rc=$?
expect_exit nohup-hup-ignored 0
[ "$(find "$WORK/out" -name '*.tmx' | wc -l)" -eq 60 ] || fail "nohup-hup-ignored: not all written"

# align and check interrupted while writing a large output.
yes 'Rådet understryker behovet av starkare och mer strategiska åtgärder.' | head -c 30000000 |
  tr '\n' ' ' >"$WORK/big.txt"
cp "$WORK/big.txt" "$WORK/big2.txt"
for cmd in align check; do
  extra=()
  [ "$cmd" = check ] && extra=(--format html)
  env --default-signal=TERM "$PARALIGN" "$cmd" --langs sv,sv "${extra[@]}" -o "$WORK/big-$cmd.out" \
    "$WORK/big.txt" "$WORK/big2.txt" 2>/dev/null &
  pid=$!
  sleep 0.3
  kill -TERM "$pid" 2>/dev/null
  wait "$pid"
  rc=$?
  if [ "$rc" -eq 143 ]; then
    [ -e "$WORK/big-$cmd.out" ] && fail "$cmd SIGTERM: a partial output was left"
  elif [ "$rc" -ne 0 ] && [ "$rc" -ne 1 ]; then
    fail "$cmd SIGTERM: exit $rc, expected 143"
  fi
  [ -z "$(temp_files "$WORK")" ] || fail "$cmd SIGTERM: temporary files left: $(temp_files "$WORK")"
done

# ---- a closed pipe and a file size limit: exit 3, nothing left (R13) -----------------
python3 -c "import sys; open(sys.argv[2],'w').write(open(sys.argv[1]).read()*300)" "$SV23" \
  "$WORK/big-sv.txt"
{
  printf 'sv,en\t%s\t%s\tfirst.tmx\n' "$SV23" "$EN23"
  for i in $(seq 1 20); do printf 'sv,en\t%s\t%s\tbig%d.tmx\n' "$WORK/big-sv.txt" "$EN23" "$i"; done
} >"$WORK/pipe.tsv"
rm -rf "$WORK/outp"
"$PARALIGN" batch --jsonl -q --force --jobs 2 -o "$WORK/outp" "$WORK/pipe.tsv" 2>"$WORK/stderr" |
  head -1 >/dev/null
rc=${PIPESTATUS[0]}
expect_exit batch-closed-pipe 3
grep -q 'Broken pipe' "$WORK/stderr" || fail "batch-closed-pipe: no message: $(cat "$WORK/stderr")"
[ -z "$(temp_files "$WORK/outp")" ] || fail "batch-closed-pipe: temporary files left"
[ "$(find "$WORK/outp" -name '*.tmx' | wc -l)" -lt 21 ] ||
  fail "batch-closed-pipe: every set still ran after the reader was gone"
"$PARALIGN" paragraphs "$WORK/big-sv.txt" 2>"$WORK/stderr" | head -1 >/dev/null
rc=${PIPESTATUS[0]}
expect_exit paragraphs-closed-pipe 3

mkdir -p "$WORK/limited"
echo OLD >"$WORK/limited/out.txt"
(ulimit -f 1000 && exec "$PARALIGN" paragraphs -o "$WORK/limited/out.txt" "$WORK/big-sv.txt") \
  2>"$WORK/stderr"
rc=$?
expect_exit file-size-limit 3
grep -q 'File too large' "$WORK/stderr" || fail "file-size-limit: no message: $(cat "$WORK/stderr")"
[ "$(cat "$WORK/limited/out.txt")" = OLD ] || fail "file-size-limit: the old output was replaced"
[ -z "$(temp_files "$WORK/limited")" ] || fail "file-size-limit: temporary file left"
rm -rf "$WORK/limited"
mkdir -p "$WORK/limited"
(ulimit -f 100 && exec "$PARALIGN" batch -q --force --keep-unaligned --jobs 2 -o "$WORK/limited" \
  "$WORK/pipe.tsv") \
  2>"$WORK/stderr"
rc=$?
expect_exit batch-file-size-limit 1
[ -z "$(temp_files "$WORK/limited")" ] || fail "batch-file-size-limit: temporary files left"
grep -q 'File too large' "$WORK/stderr" || fail "batch-file-size-limit: no message"

finish signals.sh

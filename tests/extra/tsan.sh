#!/usr/bin/env bash
# tsan.sh: build the library, tests/test_threads.c and the CLI with
# ThreadSanitizer; run test_threads (two threads aligning different documents
# must race on nothing and give the serial results) and `paralign batch`
# aligning several sets on 4 threads.  Skips (exit 77) when -fsanitize=thread
# does not work here.
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${TSAN_BUILD_DIR:-build-tsan}
cc=${CC:-cc}
probe=$(mktemp -d)
trap 'rm -rf "$probe"' EXIT
printf '#include <pthread.h>\nint main(void) { return 0; }\n' >"$probe/probe.c"
if ! "$cc" -fsanitize=thread "$probe/probe.c" -o "$probe/probe" 2>/dev/null || ! "$probe/probe"; then
  echo "tsan.sh: $cc cannot build or run ThreadSanitizer programs: skipped"
  exit 77
fi
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPARALIGN_BUILD_TOOLS=ON \
  -DCMAKE_C_FLAGS="-fsanitize=thread -fno-omit-frame-pointer" \
  -DCMAKE_EXE_LINKER_FLAGS=-fsanitize=thread -DCMAKE_SHARED_LINKER_FLAGS=-fsanitize=thread \
  -DCMAKE_MODULE_LINKER_FLAGS=-fsanitize=thread \
  >/dev/null
cmake --build "$build" -j"$(nproc 2>/dev/null || echo 2)" --target test_threads paralign-cli \
  >/dev/null
export TSAN_OPTIONS="halt_on_error=1 exitcode=66 ${TSAN_OPTIONS:-}"
CK_FORK=no "$build/tests/test_threads"

# Several sets at once through the CLI (its output bookkeeping is shared).
seeds=$PWD/data/seeds
{
  for i in 1 2 3; do
    printf 'sv,en\t%s\t%s\tdd_%s.tmx\n' "$seeds/000_99d952fa1365f389.txt" \
      "$seeds/002_a07fe2476f6a6bb4.txt" "$i"
    printf 'sv,lv\t%s\t%s\tids_%s.tmx\n' "$seeds/001_131cc33483b97d95.txt" \
      "$seeds/004_d6c2b8bb3e30ce40.txt" "$i"
  done
} >"$probe/manifest.tsv"
"$build/tools/paralign" batch --jobs 4 --creation-date 20260101T000000Z -q -o "$probe/out" \
  "$probe/manifest.tsv" >/dev/null
outputs=("$probe"/out/*.tmx)
[ ${#outputs[@]} -eq 6 ] || { echo "tsan.sh: batch wrote ${#outputs[@]} of 6 outputs"; exit 1; }
for f in "$probe"/out/*.tmx; do
  cmp -s "$f" "$probe/out/$(basename "$f" | sed 's/_[0-9]\.tmx$/_1.tmx/')" ||
    { echo "tsan.sh: $f differs from the same set aligned on another thread"; exit 1; }
done

# JSON results from 4 threads, with a set whose output is another set's input.
cp "$seeds/000_99d952fa1365f389.txt" "$probe/sv-copy.txt"
{
  cat "$probe/manifest.tsv"
  printf 'sv,en\t%s\t%s\t%s\n' "$seeds/000_99d952fa1365f389.txt" \
    "$seeds/002_a07fe2476f6a6bb4.txt" "$probe/sv-copy.txt"
  printf '{"langs":["sv","en"],"files":["%s","%s"],"output":"x.tmx","id":[1,"a"]}\n' \
    "$probe/sv-copy.txt" "$seeds/002_a07fe2476f6a6bb4.txt"
} >"$probe/conflicts.jsonl"
rc=0
"$build/tools/paralign" batch --jobs 4 --jsonl -q --absolute-outputs -o "$probe/out2" \
  "$probe/conflicts.jsonl" >"$probe/results.jsonl" 2>/dev/null || rc=$?
[ "$rc" -eq 1 ] || { echo "tsan.sh: batch with a conflict: exit $rc, expected 1"; exit 1; }
[ "$(grep -c '"status":"ok"' "$probe/results.jsonl")" -eq 7 ] &&
  grep -q 'is an input file of line 8' "$probe/results.jsonl" &&
  cmp -s "$probe/sv-copy.txt" "$seeds/000_99d952fa1365f389.txt" ||
  { echo "tsan.sh: unexpected results: $(cat "$probe/results.jsonl")"; exit 1; }

# Ctrl-C while 4 workers create temporary files: none survives, exit 130.
head -c 3000 "$seeds/000_99d952fa1365f389.txt" >"$probe/s.txt"
head -c 3000 "$seeds/002_a07fe2476f6a6bb4.txt" >"$probe/e.txt"
for i in $(seq 1 400); do printf 'sv,en\t%s\t%s\to%d.tmx\n' "$probe/s.txt" "$probe/e.txt" "$i"; done \
  >"$probe/many.tsv"
interrupted=0
for attempt in 1 2 3 4 5; do
  rm -rf "$probe/many"
  env --default-signal=INT "$build/tools/paralign" batch -q --force --jobs 4 -o "$probe/many" \
    "$probe/many.tsv" 2>"$probe/stderr" &
  pid=$!
  while kill -0 "$pid" 2>/dev/null && [ "$(ls "$probe/many" 2>/dev/null | wc -l)" -lt 20 ]; do
    sleep 0.05
  done
  kill -INT "$pid" 2>/dev/null || true
  rc=0
  wait "$pid" || rc=$?
  if grep -q "ThreadSanitizer" "$probe/stderr"; then
    cat "$probe/stderr"
    echo "tsan.sh: a data race when interrupted"
    exit 1
  fi
  [ -z "$(find "$probe/many" -name '.paralign-*')" ] ||
    { echo "tsan.sh: temporary files left after Ctrl-C"; exit 1; }
  if [ "$rc" -eq 130 ]; then
    interrupted=1
    break
  fi
done
[ "$interrupted" = 1 ] || { echo "tsan.sh: batch was never interrupted (exit $rc)"; exit 1; }
echo "tsan.sh: no data race, threaded results identical to serial ones, Ctrl-C clean"

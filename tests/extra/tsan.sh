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
echo "tsan.sh: no data race, threaded results identical to serial ones"

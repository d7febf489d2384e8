#!/usr/bin/env bash
# valgrind.sh: run the CLI under valgrind memcheck over the seed documents
# (paragraphs, align, check); any memory error or leak fails.  Uses the tool
# of an existing build (build/, or PARALIGN=path), else builds one.
# Skips (exit 77) when valgrind is missing.
set -euo pipefail
cd "$(dirname "$0")/../.."
if ! command -v valgrind >/dev/null; then
  echo "valgrind.sh: valgrind not found: skipped"
  exit 77
fi
paralign=${PARALIGN:-}
if [ -z "$paralign" ]; then
  if [ -x build/tools/paralign ]; then
    paralign=build/tools/paralign
  else
    cmake -S . -B build-valgrind -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPARALIGN_BUILD_TESTS=OFF \
      >/dev/null
    cmake --build build-valgrind -j"$(nproc 2>/dev/null || echo 2)" >/dev/null
    paralign=build-valgrind/tools/paralign
  fi
fi
if ldd "$paralign" 2>/dev/null | grep -qE 'lib(asan|tsan|ubsan)'; then
  echo "valgrind.sh: $paralign is built with a sanitizer: skipped"
  exit 77
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
seeds=data/seeds
sv23=$seeds/000_99d952fa1365f389.txt en23=$seeds/002_a07fe2476f6a6bb4.txt
sv25=$seeds/001_131cc33483b97d95.txt lv25=$seeds/004_d6c2b8bb3e30ce40.txt
strategy=$seeds/003_d39c38ddf7449eec.txt
failures=0

# vg ALLOWED_EXITS ARGS...: run paralign under memcheck; valgrind's own
# failure is exit 99, the tool's exit code must be one of ALLOWED_EXITS.
vg() {
  local allowed=$1
  shift
  local rc=0
  valgrind --quiet --error-exitcode=99 --leak-check=full \
    --show-leak-kinds=definite,indirect,possible --errors-for-leak-kinds=definite,indirect,possible \
    --log-file="$out/vg.log" "$paralign" "$@" >"$out/stdout" 2>"$out/stderr" || rc=$?
  if [ "$rc" -eq 99 ] || [ -s "$out/vg.log" ]; then
    echo "valgrind.sh: FAIL: paralign $*"
    head -40 "$out/vg.log"
    failures=$((failures + 1))
  elif [[ ",$allowed," != *",$rc,"* ]]; then
    echo "valgrind.sh: FAIL: paralign $* exited $rc (expected $allowed): $(head -c 300 "$out/stderr")"
    failures=$((failures + 1))
  else
    echo "valgrind.sh: ok: paralign $*"
  fi
}

for f in "$seeds"/*.txt; do
  vg 0 paragraphs --format jsonl "$f"
done
vg 0 align --langs sv,en -o "$out/dd.tmx" "$sv23" "$en23"
vg 0 align --format jsonl "$sv25" "$lv25"
vg 0 align --force --format tsv "$sv25" "$lv25" "$en23"
vg 1 align "$strategy" "$en23"
vg 0,1 check --langs sv,en "$sv23" "$en23"
vg 0,1 check "$sv25" "$lv25"
vg 0,1 check --format html -o "$out/report.html" "$sv25" "$lv25" "$en23"
vg 0,1 check --format json "$strategy" "$en23"
vg 0 paragraphs --encoding windows-1257 --replace-invalid "$lv25"
vg 2 paragraphs /bin/ls
vg 2 paragraphs "$out/no-such-file"
if [ "$failures" -ne 0 ]; then
  echo "valgrind.sh: $failures failure(s)"
  exit 1
fi
echo "valgrind.sh: no memory errors, no leaks"

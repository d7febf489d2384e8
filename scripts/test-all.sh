#!/usr/bin/env bash
# Run every test: a warnings-as-errors gcc build (shared library) with the
# unit, CLI and packaging tests, the same with clang and a static library, then
# the whole suite again under AddressSanitizer + UBSan, then the
# extra checks in tests/extra/ (fuzzers, valgrind) when their tools exist.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc 2>/dev/null || echo 2)
bash scripts/install-deps.sh --test
# The tests start python3 a few hundred times; where python3 is a version
# manager's shim (pyenv) each start costs ~0.3 s more than the interpreter's own,
# so the interpreter the shim chose goes first on PATH (same Python, same modules).
if command -v python3 > /dev/null; then
  PATH="$(dirname "$(python3 -c 'import sys; print(sys.executable)')"):$PATH"
  export PATH
fi

echo "== build (warnings are errors) and test (at ${SECONDS} s)"
cmake -S . -B build -DPARALIGN_WERROR=ON -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$jobs" >/dev/null
(cd build && ctest --output-on-failure -j"$jobs")
echo "== corpus scorecard (tests/corpus; the floor is checked by cli_corpus_scorecard) (at ${SECONDS} s)"
bash tests/corpus/scorecard.sh build/tools/paralign

echo "== clang, static library: build (warnings are errors) and test (at ${SECONDS} s)"
CC=clang cmake -S . -B build-clang-static -DPARALIGN_WERROR=ON -DCMAKE_BUILD_TYPE=Release \
  -DBUILD_SHARED_LIBS=OFF >/dev/null
cmake --build build-clang-static -j"$jobs" >/dev/null
# The gold files' own check (cli_gold_sentence) runs no paralign: once, above, is
# enough; the joint-against-pair comparison aligns the corpus once more per pair,
# whose scores this build's scorecard (cli_corpus_scorecard) already checks.
(cd build-clang-static && ctest --output-on-failure -j"$jobs" -E '^(cli_gold_sentence|cli_joint_vs_pair)$')

echo "== ASan + UBSan build and test (at ${SECONDS} s)"
# cli_joint_vs_pair aligns the corpus documents the scorecard aligns here too, once
# more per pair: its claim is about scores, checked by the first build above.
cmake -S . -B build-asan -DPARALIGN_WERROR=ON -DCMAKE_BUILD_TYPE=Asan >/dev/null
cmake --build build-asan -j"$jobs" >/dev/null
(cd build-asan && ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
  ctest --output-on-failure -j"$jobs" -LE packaging -E '^(cli_gold_sentence|cli_joint_vs_pair)$')

# An extra check exits 77 when it cannot run here (a tool missing): it is
# reported as skipped, by name, never counted as passed.
skipped=()
# The fuzzers' short run: long enough to replay the corpus and wander a little,
# short enough for CI (FUZZ_SECONDS overrides; long runs: fuzz/README.md).
export FUZZ_SECONDS=${FUZZ_SECONDS:-12}
for extra in tests/extra/*.sh; do
  [ -e "$extra" ] || continue
  echo "== $(basename "$extra") (at ${SECONDS} s)"
  rc=0
  bash "$extra" || rc=$?
  if [ "$rc" -eq 77 ]; then
    skipped+=("$(basename "$extra")")
  elif [ "$rc" -ne 0 ]; then
    echo "FAIL: $(basename "$extra") exited $rc"
    exit 1
  fi
done
# ctest prints its own skipped tests ("Not Run" / "Skipped") in its summary above.
if [ ${#skipped[@]} -gt 0 ]; then
  echo "all tests passed in ${SECONDS} s; skipped: ${skipped[*]}"
else
  echo "all tests passed in ${SECONDS} s"
fi

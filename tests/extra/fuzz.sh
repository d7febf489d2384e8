#!/usr/bin/env bash
# fuzz.sh: build the libFuzzer harnesses (fuzz/) with clang and run each one
# for FUZZ_SECONDS (default 60) from its seed corpus, large structured seeds
# (fuzz/make_corpus.py --large: single lines of 200 KB) and its crash
# regressions, with inputs up to FUZZ_MAX_LEN bytes (default 200000: a stack
# or a quadratic pass that only breaks on long lines must be reachable).
# Fails on any crash, leak, undefined behaviour, timeout (FUZZ_TIMEOUT
# seconds of wall-clock time, default 30) or out-of-memory.
# Skips (exit 77) when clang or libFuzzer is missing.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
seconds=${FUZZ_SECONDS:-60}
# A fixed seed by default: CI explores the same inputs on every run, so its
# verdict depends on the code, not on luck; long runs pass FUZZ_SEED=0 (random).
seed=${FUZZ_SEED:-1}
build=${FUZZ_BUILD_DIR:-build-fuzz}
max_len=${FUZZ_MAX_LEN:-200000}
# libFuzzer's timeout is wall-clock time: a niced run on a busy machine
# (FUZZ_NICE) gets a fraction of a core, and needs a longer one
# (FUZZ_TIMEOUT) lest an ordinary input be reported as a hang.
timeout=${FUZZ_TIMEOUT:-30}
jobs=$(nproc 2>/dev/null || echo 2)

if ! command -v clang >/dev/null; then
  echo "fuzz.sh: clang not found: fuzzing skipped"
  exit 77
fi
probe=$(mktemp -d)
trap 'rm -rf "$probe"' EXIT
printf 'int LLVMFuzzerTestOneInput(const char *d, unsigned long n) { return 0; }\n' \
  >"$probe/probe.c"
if ! clang -fsanitize=fuzzer,address,undefined "$probe/probe.c" -o "$probe/probe" 2>/dev/null; then
  echo "fuzz.sh: clang cannot build libFuzzer targets (libclang-rt-dev?): fuzzing skipped"
  exit 77
fi

CC=clang cmake -S . -B "$build" -DPARALIGN_BUILD_FUZZERS=ON -DPARALIGN_BUILD_TESTS=OFF \
  -DPARALIGN_BUILD_TOOLS=OFF -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" -j"$jobs" >/dev/null

# run_fuzzer NAME: fuzz from a scratch copy of the corpus (libFuzzer adds the
# new inputs it finds to its first directory; the repository stays as it is).
run_fuzzer() {
  local name=$1 bin="$root/$build/fuzz/$1"
  local work="$probe/$name" artifacts="$root/$build/artifacts/$name"
  mkdir -p "$work" "$artifacts"
  cp "$root/fuzz/corpus/$name"/* "$work/"
  [ -d "$probe/large/$name" ] && cp "$probe/large/$name"/* "$work/"
  local inputs=("$work")
  [ -d "$root/fuzz/regressions/$name" ] && inputs+=("$root/fuzz/regressions/$name")
  if nice -n "${FUZZ_NICE:-0}" "$bin" -max_total_time="$seconds" -timeout="$timeout" -rss_limit_mb=2560 \
      -max_len="$max_len" \
      -seed="$seed" -print_final_stats=1 -artifact_prefix="$artifacts/" "${inputs[@]}" \
      >"$artifacts/log.txt" 2>&1; then
    echo "fuzz.sh: $name: $(grep -E 'stat::number_of_executed_units' "$artifacts/log.txt" |
      awk '{print $2}') runs in ${seconds}s, no crash"
    return 0
  fi
  echo "fuzz.sh: $name FAILED; the reproducer is in $artifacts/ (keep it in fuzz/regressions/$name/):"
  grep -E 'ERROR|invariant|not valid|SUMMARY|Test unit written' "$artifacts/log.txt" | head -20
  return 1
}

harnesses=()
if command -v python3 >/dev/null; then
  python3 "$root/fuzz/make_corpus.py" --large "$probe/large"
fi
for name in ${FUZZ_HARNESSES:-fuzz_read fuzz_align fuzz_tmx fuzz_manifest fuzz_pdf_layout fuzz_html fuzz_docx}; do
  if [ -x "$build/fuzz/$name" ]; then
    harnesses+=("$name")
  else
    echo "fuzz.sh: $name not built (libxml2-dev, libzip-dev or libjansson-dev missing?): skipped"
  fi
done
# Two at a time at most (FUZZ_PARALLEL): each fuzzer is single-threaded.
pids=()
status=0
for name in "${harnesses[@]}"; do
  run_fuzzer "$name" &
  pids+=($!)
  if [ ${#pids[@]} -ge "${FUZZ_PARALLEL:-2}" ] || [ "$jobs" -lt 2 ]; then
    wait "${pids[0]}" || status=1
    pids=("${pids[@]:1}")
  fi
done
for pid in "${pids[@]}"; do
  wait "$pid" || status=1
done
exit $status

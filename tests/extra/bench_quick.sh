#!/usr/bin/env bash
# The benchmark still runs end to end (bench/run.sh --quick: one run of each
# measurement on small inputs) and prints a table without errors.  Reuses the
# Release build of scripts/test-all.sh.
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v python3 >/dev/null || { echo "python3 missing: skipped"; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
PARALIGN_BENCH_BUILD=${PARALIGN_BENCH_BUILD:-build} PARALIGN_BENCH_WORK=$work \
  bash bench/run.sh --quick >"$work/table.md" 2>"$work/log.txt" ||
  { cat "$work/log.txt"; exit 1; }
cat "$work/table.md"
rows=$(grep -c '^| \(read\|pipeline\|batch\|scaling\)' "$work/table.md" || true)
[ "$rows" -ge 10 ] || { echo "FAIL: the table has $rows rows"; exit 1; }
if grep -q '| error |\|runs failed' "$work/table.md"; then
  echo "FAIL: a measurement failed"
  exit 1
fi
echo "bench: ok"

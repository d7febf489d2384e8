#!/usr/bin/env bash
# unprivileged.sh: the CLI tests of bad input, output safety, signals,
# pathological inputs, messages and batch run again, whole, as user nobody.
# ctest runs them as whoever runs it, root in CI, for whom file modes stop
# nothing; each script reruns its own permission cases as nobody, but the
# rest (temporary files, signals, links, FIFOs, JSON results) must hold for
# an ordinary user too.  Nobody gets a copy of the tool, its libraries,
# data/ and tests/cli/ (the checkout may lie under a directory only root can
# enter) and a scratch directory of its own.
# Not root: ctest already ran these scripts unprivileged (SKIP, exit 77).
# Exit 1 when a script fails, 77 when one skipped a part (its SKIP lines are
# shown), 0 when all passed.
# Env: PARALIGN_BUILD_DIR (default build: a build with tools).
set -uo pipefail
cd "$(dirname "$0")/../.." || exit 1
build=${PARALIGN_BUILD_DIR:-build}
scripts=(bad_input output_safety signals pathological messages batch formats_bad)

if [ "$(id -u)" -ne 0 ]; then
  echo "SKIP: unprivileged.sh: not root, so ctest ran the CLI tests as $(id -un) already"
  exit 77
fi
nobody=(setpriv --reuid=65534 --regid=65534 --clear-groups)
if ! command -v setpriv >/dev/null || ! "${nobody[@]}" true 2>/dev/null; then
  echo "SKIP: unprivileged.sh: cannot switch to user nobody (setpriv)"
  exit 77
fi
if [ ! -x "$build/tools/paralign" ]; then
  echo "unprivileged.sh: no $build/tools/paralign (build with tools first)" >&2
  exit 1
fi

scratch=$(mktemp -d "${TMPDIR:-/tmp}/paralign-unprivileged.XXXXXX")
trap 'chmod -R u+rwx "$scratch" 2>/dev/null; rm -rf "$scratch"' EXIT
mkdir -p "$scratch/bin" "$scratch/lib" "$scratch/tests" "$scratch/work/tmp"
cp "$build/tools/paralign" "$scratch/bin/"
# The shared library and the reader modules beside it (a static build has none).
find "$build/lib" -maxdepth 1 -name '*.so*' -exec cp -P {} "$scratch/lib/" \;
cp -R data "$scratch/data"
cp -R tests/cli "$scratch/tests/cli"
chmod -R a+rX "$scratch"
chown -R 65534:65534 "$scratch/work"
# Only what nobody may enter on the PATH (a user's shims under /root are not).
path=/usr/local/bin:/usr/bin:/bin:/usr/local/sbin:/usr/sbin:/sbin

status=0
for s in "${scripts[@]}"; do
  rc=0
  start=$(date +%s)
  "${nobody[@]}" env PATH="$path" HOME="$scratch/work" TMPDIR="$scratch/work/tmp" \
    LD_LIBRARY_PATH="$scratch/lib" PARALIGN="$scratch/bin/paralign" DATA="$scratch/data" \
    TESTS="$scratch/tests" WORK="$scratch/work/$s" \
    bash "$scratch/tests/cli/$s.sh" >"$scratch/$s.log" 2>&1 || rc=$?
  took=$(($(date +%s) - start))
  case $rc in
  0) echo "unprivileged.sh: $s.sh passed as user nobody (${took} s)" ;;
  77)
    echo "unprivileged.sh: $s.sh passed as user nobody, with parts skipped (${took} s):"
    grep '^SKIP' "$scratch/$s.log"
    [ "$status" -eq 0 ] && status=77
    ;;
  *)
    echo "unprivileged.sh: $s.sh FAILED as user nobody (exit $rc):"
    grep -E '^FAIL|failure' "$scratch/$s.log" | head -20
    [ "$(grep -c '^FAIL' "$scratch/$s.log")" -gt 0 ] || tail -20 "$scratch/$s.log"
    status=1
    ;;
  esac
done
exit $status

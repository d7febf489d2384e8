# common.sh: what the CLI tests share, sourced at their top.
# Env: PARALIGN (the binary), DATA (data/), WORK (a scratch directory, made
# empty here and removed on exit).
set -u
: "${PARALIGN:?}" "${DATA:?}" "${WORK:?}"
rm -rf "$WORK"
mkdir -p "$WORK"
# chmod first: a test may have made part of WORK unreadable.
trap 'chmod -R u+rwx "$WORK" 2>/dev/null; rm -rf "$WORK"' EXIT

SEEDS=$DATA/seeds
SV23=$SEEDS/000_99d952fa1365f389.txt
EN23=$SEEDS/002_a07fe2476f6a6bb4.txt
SV25=$SEEDS/001_131cc33483b97d95.txt
LV25=$SEEDS/004_d6c2b8bb3e30ce40.txt
STRATEGY=$SEEDS/003_d39c38ddf7449eec.txt
failures=0
skipped=0
rc=0

fail() {
  echo "FAIL: $*" >&2
  failures=$((failures + 1))
}
# skip WHAT: a part of the test that cannot run here; the test then reports
# itself skipped (exit 77, ctest's SKIP_RETURN_CODE), never plainly passed.
skip() {
  echo "SKIP: $*" >&2
  skipped=$((skipped + 1))
}

# run ARGS...: run paralign; exit status in $rc, output in $WORK/stdout, $WORK/stderr.
run() {
  "$PARALIGN" "$@" >"$WORK/stdout" 2>"$WORK/stderr"
  rc=$?
}
expect_exit() { # CASE CODE
  [ "$rc" -eq "$2" ] || fail "$1: exit $rc, expected $2: $(head -c 400 "$WORK/stderr" | tr '\n' ' ')"
}

# finish NAME: the verdict, as the exit status.
finish() {
  if [ "$failures" -ne 0 ]; then
    echo "$1: $failures failure(s)" >&2
    exit 1
  fi
  if [ "$skipped" -ne 0 ]; then
    echo "$1: ok, but $skipped part(s) skipped (see SKIP lines above)"
    exit 77
  fi
  echo "$1: ok"
}

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

# ---- privileges ------------------------------------------------------------
# Permission cases (an unreadable input, a read-only directory, a file owned
# by someone else) behave differently for root, which CI runs as.  A script
# runs them in its permission_cases function; as root it then calls
# rerun_unprivileged, which runs the script again as user nobody in a scratch
# directory nobody can write, with PARALIGN_UNPRIVILEGED=1: only the
# permission cases then run.  Where that cannot be done, it says SKIP.
NOBODY=(setpriv --reuid=65534 --regid=65534 --clear-groups)
unprivileged() { [ -n "${PARALIGN_UNPRIVILEGED:-}" ]; }
is_root() { [ "$(id -u)" -eq 0 ]; }

# run_without_dac ARGS...: as run, but for root without the capabilities
# that let it ignore file modes (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH): a
# mode-000 file or a mode-555 directory then stops it as it stops a user.
# Returns 1 (and says SKIP) when that cannot be done here.
run_without_dac() {
  if ! is_root; then
    run "$@"
    return 0
  fi
  local drop=(setpriv --bounding-set=-dac_override,-dac_read_search)
  if ! "${drop[@]}" true 2>/dev/null; then
    skip "cannot drop CAP_DAC_OVERRIDE here (setpriv): case not run as root"
    return 1
  fi
  "${drop[@]}" "$PARALIGN" "$@" >"$WORK/stdout" 2>"$WORK/stderr"
  rc=$?
}

# rerun_unprivileged NAME: as root, run this script's permission cases again
# as user nobody; its failures count here.
rerun_unprivileged() {
  unprivileged && return 0
  is_root || return 0 # not root: the permission cases above ran unprivileged
  if ! command -v setpriv >/dev/null || ! "${NOBODY[@]}" true 2>/dev/null; then
    skip "$1: cannot switch to user nobody (setpriv): permission cases not run unprivileged"
    return 0
  fi
  local scratch
  scratch=$(mktemp -d "${TMPDIR:-/tmp}/paralign-nobody.XXXXXX")
  chmod 755 "$scratch"
  chown 65534:65534 "$scratch"
  if ! "${NOBODY[@]}" sh -c 'test -x "$1" && test -r "$2" && test -r "$3"' _ "$PARALIGN" "$SV23" \
      "$0" 2>/dev/null; then
    skip "$1: user nobody cannot run $PARALIGN or read the data: permission cases not run unprivileged"
    rm -rf "$scratch"
    return 0
  fi
  local r=0
  "${NOBODY[@]}" env PARALIGN_UNPRIVILEGED=1 WORK="$scratch/work" bash "$0" || r=$?
  rm -rf "$scratch"
  case $r in
  0) echo "$1: permission cases passed as user nobody" ;;
  77) skip "$1: some permission cases skipped as user nobody" ;;
  *) fail "$1: permission cases failed as user nobody (exit $r)" ;;
  esac
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

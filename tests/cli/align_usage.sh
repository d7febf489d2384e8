#!/usr/bin/env bash
# align_usage.sh: `paralign align` usage errors exit 4 and write nothing;
# documents that are not versions of one text exit 1 unless --force.
# Env: PARALIGN (the binary), DATA (data/), WORK (scratch dir).
. "$(dirname "$0")/lib/common.sh"

expect() { # CASE CODE ARGS...: exit code CODE, and no output file when it is not 0
  local name=$1 code=$2
  shift 2
  rm -f "$WORK/out.tmx"
  "$PARALIGN" align "$@" > "$WORK/stdout" 2> "$WORK/stderr"
  local rc=$?
  [ "$rc" -eq "$code" ] || fail "$name: exit $rc, expected $code: $(head -c 300 "$WORK/stderr")"
  if [ "$code" -ne 0 ]; then
    [ -e "$WORK/out.tmx" ] && fail "$name: wrote $WORK/out.tmx"
    [ -s "$WORK/stderr" ] || fail "$name: no message"
    ls "$WORK" | grep -q '\.tmp' && fail "$name: left a temporary file"
  fi
  return 0
}

expect one-file 4 -o "$WORK/out.tmx" "$SV23"
expect no-file 4 -o "$WORK/out.tmx"
expect same-file-twice 4 -o "$WORK/out.tmx" "$SV23" "$SV23"
expect langs-too-few 4 --langs sv -o "$WORK/out.tmx" "$SV23" "$EN23"
expect langs-too-many 4 --langs sv,en,lv -o "$WORK/out.tmx" "$SV23" "$EN23"
expect tags-too-few 4 --lang-tags sv-SE -o "$WORK/out.tmx" "$SV23" "$EN23"
expect bad-format 4 --format xliff -o "$WORK/out.tmx" "$SV23" "$EN23"
expect bad-date 4 --creation-date yesterday -o "$WORK/out.tmx" "$SV23" "$EN23"
expect bad-option 4 --no-such-option -o "$WORK/out.tmx" "$SV23" "$EN23"
expect help 0 --help

# the strategy is no version of the 2023 conclusions
expect not-parallel 1 --langs sv,en -o "$WORK/out.tmx" "$STRATEGY" "$EN23"
grep -qiE 'parallel|versions' "$WORK/stderr" || fail "not-parallel: message: $(cat "$WORK/stderr")"
grep -q -- '--force' "$WORK/stderr" || fail "not-parallel: the message does not mention --force"
expect forced 0 --force --langs sv,en -o "$WORK/out.tmx" "$STRATEGY" "$EN23"
[ -s "$WORK/out.tmx" ] || fail "forced: no output"
expect real-pair 0 --langs sv,en -o "$WORK/out.tmx" "$SV23" "$EN23"

finish align_usage.sh

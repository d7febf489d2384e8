#!/usr/bin/env bash
# messages.sh: what the tool says and the exit code it says it with.  Output
# that cannot be written fails even for --help (R14); error positions are in
# lines and characters for any encoding and line end (R19); messages say what
# failed (R22); lax values are refused (R23); file names cannot drive the
# terminal (R25).
# Env: PARALIGN, DATA, WORK (see lib/common.sh).
. "$(dirname "$0")/lib/common.sh"
stderr_head() { head -c 400 "$WORK/stderr" | tr '\n' ' '; }
expect_stderr() { # CASE ERE
  grep -qiE -- "$2" "$WORK/stderr" || fail "$1: message does not match /$2/: $(stderr_head)"
}

# ---- standard output that cannot be written: exit 3 (R14) --------------------------
if [ -w /dev/full ]; then
  for args in "--help" "--version" "align --help" "check --help" "paragraphs --help" \
    "batch --help" "paragraphs $SV23"; do
    # shellcheck disable=SC2086 # the words are the arguments
    "$PARALIGN" $args >/dev/full 2>"$WORK/stderr"
    rc=$?
    expect_exit "'$args' > /dev/full" 3
    expect_stderr "'$args' > /dev/full" 'standard output: No space left'
  done
else
  skip "no /dev/full"
fi
"$PARALIGN" --help >/dev/null 2>&1 || fail "--help: exit $?"

# ---- positions: lines and characters, whatever the encoding and line ends (R19) ---
# UTF-16LE with a BOM, the bad unit at line 3, column 1 (was "line 8, column 2").
python3 -c "import sys; open(sys.argv[1],'wb').write(b'\xff\xfe'+('\u010a'*5+' text h\u00e4r.\nRad tv\u00e5.\n').encode('utf-16-le')+b'\x00\xdcx\x00\n\x00')" \
  "$WORK/u16_pos.txt"
run paragraphs "$WORK/u16_pos.txt"
expect_exit utf16-position 2
expect_stderr utf16-position 'u16_pos.txt:3:1: .*\(byte 52\)'
# CR-only line ends: the third line (was line 1, column 16).
printf '1. Ett\r\r2. Tv\xc3\xa5 \xff\r' >"$WORK/cr.txt"
run paragraphs "$WORK/cr.txt"
expect_exit cr-position 2
expect_stderr cr-position 'cr.txt:3:8: invalid UTF-8: byte 0xFF \(byte 16\)'
# A legacy encoding through ICU, with CRLF: US-ASCII has no 0xE4.
printf 'r\x61tt\r\nett a och \xe4\r\n' >"$WORK/ascii.txt"
run paragraphs --encoding US-ASCII "$WORK/ascii.txt"
expect_exit ascii-position 2
expect_stderr ascii-position 'ascii.txt:2:11: .*byte 0xE4 \(byte 16\)'

# ---- messages that say what failed (R22) ----------------------------------------------
run align --langs sv,en --lang-tags sv "$SV23" "$WORK/missing.txt"
expect_exit lang-tags-count 4
expect_stderr lang-tags-count 'lang-tags lists .* for 2 files'
grep -q 'missing.txt' "$WORK/stderr" && fail "lang-tags-count: the files were read before the usage error"
ns=()
if unshare -m true 2>/dev/null; then
  ns=(unshare -m)
elif unshare -r -m true 2>/dev/null; then
  ns=(unshare -r -m) # a user: its own namespace, where it may mount
fi
if [ ${#ns[@]} -gt 0 ]; then
  mkdir -p "$WORK/small"
  # shellcheck disable=SC2016 # expanded by the inner shell
  "${ns[@]}" sh -c 'mount -t tmpfs -o size=16k tmpfs "$1" &&
    "$2" check --langs sv,en --format html -o "$1/report.html" "$3" "$4" 2>"$5"; echo $? >"$6"' \
    _ "$WORK/small" "$PARALIGN" "$SV23" "$EN23" "$WORK/stderr" "$WORK/rc"
  rc=$(cat "$WORK/rc")
  expect_exit check-disk-full 3
  expect_stderr check-disk-full 'No space left on device'
else
  skip "check on a full disk: no mount namespace here"
fi

# ---- lax values are refused (R23) ------------------------------------------------------
run paragraphs --max-size -1 "$SV23"
expect_exit max-size-negative 4
run paragraphs --max-size ' 4' "$SV23"
expect_exit max-size-space 4
run align --langs sv,,en "$SV23" "$EN23"
expect_exit langs-empty-item 4
run align --langs sv,en, "$SV23" "$EN23"
expect_exit langs-trailing-comma 4
for date in 99999999T999999Z 20250230T120000Z 20251301T000000Z 20250101T246000Z; do
  run align -q --langs sv,en --creation-date "$date" "$SV23" "$EN23"
  expect_exit "creation-date $date" 4
done
run align -q --langs sv,en --creation-date 20240229T235959Z "$SV23" "$EN23"
expect_exit creation-date-leap-day 0
for tags in "$(printf 'sv\tX'),en" "$(printf 'sv\nen'),en" 'sv<x>,en' 'sv-,en' ',en'; do
  run align -q --langs sv,en --format tsv --lang-tags "$tags" "$SV23" "$EN23"
  expect_exit "lang-tags '$tags'" 4
  [ -s "$WORK/stdout" ] && fail "lang-tags '$tags': output written anyway"
done
run align -q --langs sv,en --format tsv --lang-tags sv-SE,en-GB "$SV23" "$EN23"
expect_exit lang-tags-good 0
[ "$(head -1 "$WORK/stdout" | awk -F'\t' '{print NF}')" -eq 6 ] ||
  fail "lang-tags-good: the TSV header has $(head -1 "$WORK/stdout" | awk -F'\t' '{print NF}') fields"

# ---- file names cannot drive the terminal (R25) ---------------------------------------
esc=$(printf 'ctl\033[31m.txt')
cp "$SV23" "$WORK/$esc"
bidi=$(printf 'bidi\342\200\256txt.exe')
cp "$EN23" "$WORK/$bidi"
run align --langs sv,en -o "$WORK/out.tmx" "$WORK/$esc" "$WORK/$bidi"
expect_exit control-names-align 0
run check --langs sv,en "$WORK/$esc" "$WORK/$bidi"
for f in stdout stderr; do
  if grep -q $'\033' "$WORK/$f" || grep -q $'\342\200\256' "$WORK/$f"; then
    fail "control-names: raw control characters in $f"
  fi
done
grep -qF 'ctl\x1B[31m.txt' "$WORK/stdout" || fail "control-names: the name is not shown escaped"
run paragraphs --max-size 10 "$WORK/$esc"
expect_exit control-names-error 2
grep -q $'\033' "$WORK/stderr" && fail "control-names-error: raw ESC in the error message"
grep -qF 'ctl\x1B[31m.txt' "$WORK/stderr" || fail "control-names-error: $(stderr_head)"
# ... and JSON stays JSON with a name that is not UTF-8 (R17)
bad=$(printf 'sv\377.txt')
cp "$SV23" "$WORK/$bad"
run check --langs sv,en --format json "$WORK/$bad" "$EN23"
python3 -c 'import json,sys; json.loads(open(sys.argv[1],"rb").read().decode("utf-8"))' \
  "$WORK/stdout" || fail "check-json-bad-name: not valid UTF-8 JSON"
run paragraphs --format jsonl "$WORK/$esc"
python3 -c 'import json,sys; [json.loads(l) for l in open(sys.argv[1],"rb").read().decode().splitlines()]' \
  "$WORK/stdout" || fail "paragraphs-jsonl: not valid JSON lines"

finish messages.sh

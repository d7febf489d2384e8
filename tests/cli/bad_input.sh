#!/usr/bin/env bash
# bad_input.sh: every bad input gets a clear message and the documented exit
# code (2 bad input, 3 output error, 4 usage, 1 not parallel), nothing hangs
# or grows without bound, and no partial output file is ever left.
# Env: PARALIGN (the binary), DATA (data/), WORK (scratch dir, big files are
# generated there and removed at the end).
. "$(dirname "$0")/lib/common.sh"
stderr_head() { head -c 400 "$WORK/stderr" | tr '\n' ' '; }

expect_stderr() { # CASE ERE: the message matches (case-insensitive)
  grep -qiE -- "$2" "$WORK/stderr" || fail "$1: message does not match /$2/: $(stderr_head)"
}
expect_names() { # CASE FILE: the message names the file
  grep -qF -- "$2" "$WORK/stderr" || fail "$1: message does not name $2: $(stderr_head)"
}
# The message gives a position: file:LINE:COL ... byte N (or "line N ... byte N").
expect_position() { # CASE FILE [LINE BYTE]
  local pos="${3:-[0-9]+}" byte="${4:-[0-9]+}"
  expect_names "$1" "$2"
  grep -qE -- "(:$pos:[0-9]+:|line $pos\b)" "$WORK/stderr" ||
    fail "$1: no line $pos in: $(stderr_head)"
  grep -qE -- "byte $byte\b" "$WORK/stderr" || fail "$1: no byte $byte in: $(stderr_head)"
}
no_temp_files() { # CASE DIR
  local left
  left=$(find "$2" -maxdepth 1 \( -name '.paralign-*' -o -name '*.tmp-*' \) 2>/dev/null | head -3)
  [ -z "$left" ] || fail "$1: temporary files left behind: $left"
}
sanitized() { # the binary was built with a sanitizer: scale big inputs down
  ldd "$PARALIGN" 2>/dev/null | grep -qE 'lib(asan|tsan|ubsan)'
}

# ---- files that are missing, not files, unreadable, empty ----------------
run paragraphs "$WORK/no-such-file.txt"
expect_exit missing 2
expect_names missing no-such-file.txt

run align --langs sv,en "$SV23" "$WORK/missing-en.txt"
expect_exit missing-in-align 2
expect_names missing-in-align missing-en.txt

mkdir -p "$WORK/a-directory"
run paragraphs "$WORK/a-directory"
expect_exit directory 2
expect_names directory a-directory

# ---- what file modes forbid: as root without DAC override, and again as
# user nobody (rerun_unprivileged) --------------------------------------------
permission_cases() {
  cp "$SV23" "$WORK/unreadable.txt"
  chmod 000 "$WORK/unreadable.txt"
  if run_without_dac paragraphs "$WORK/unreadable.txt"; then
    expect_exit unreadable 2
    expect_names unreadable unreadable.txt
    expect_stderr unreadable 'permission denied|cannot open'
  fi
  chmod 644 "$WORK/unreadable.txt"

  mkdir -p "$WORK/readonly"
  chmod 555 "$WORK/readonly"
  if run_without_dac align --langs sv,en -o "$WORK/readonly/out.tmx" "$SV23" "$EN23"; then
    expect_exit output-read-only 3
    expect_names output-read-only readonly/out.tmx
    expect_stderr output-read-only 'permission denied'
    [ -z "$(ls -A "$WORK/readonly")" ] || fail "output-read-only: files left: $(ls -A "$WORK/readonly")"
  fi
  chmod 755 "$WORK/readonly"
}
if unprivileged; then
  permission_cases
  finish "bad_input.sh (as $(id -un))"
  exit
fi
permission_cases

: >"$WORK/empty.txt"
run paragraphs "$WORK/empty.txt"
expect_exit empty 2
expect_names empty empty.txt

printf ' \n\t\n   \r\n\n \xc2\xa0 \n' >"$WORK/blank.txt"
run paragraphs "$WORK/blank.txt"
expect_exit whitespace-only 2
expect_names whitespace-only blank.txt

run align --langs sv,en "$SV23" "$WORK/empty.txt"
expect_exit empty-in-align 2
expect_names empty-in-align empty.txt

# ---- binary and undecodable text: line and byte offset ---------------------
if [ -x /bin/ls ]; then
  cp /bin/ls "$WORK/elf-binary"
  run paragraphs "$WORK/elf-binary"
  expect_exit elf 2
  expect_position elf elf-binary
fi

# A PNG: signature, IHDR chunk, then binary data.
printf '\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00' \
  >"$WORK/image.png"
head -c 2000 /dev/urandom >>"$WORK/image.png"
run paragraphs "$WORK/image.png"
expect_exit png 2
expect_position png image.png

# A NUL byte in line 2, at byte 32.
printf 'Den första raden är text.\nNUL:\x00 och mer text.\n' >"$WORK/nul.txt"
nul_at=$(( $(printf 'Den första raden är text.\nNUL:' | wc -c) ))
run paragraphs "$WORK/nul.txt"
expect_exit nul 2
expect_position nul nul.txt 2 "$nul_at"

# Invalid UTF-8 (a lone 0xFF) in line 3.
printf 'Rådets slutsatser.\n\nAndra stycket \xff här.\n' >"$WORK/invalid.txt"
bad_at=$(( $(printf 'Rådets slutsatser.\n\nAndra stycket ' | wc -c) ))
run paragraphs "$WORK/invalid.txt"
expect_exit invalid-utf8 2
expect_position invalid-utf8 invalid.txt 3 "$bad_at"
run paragraphs --replace-invalid "$WORK/invalid.txt"
expect_exit replace-invalid 0
grep -q $'\xef\xbf\xbd' "$WORK/stdout" || fail "replace-invalid: no U+FFFD in the output"
grep -q 'Andra stycket' "$WORK/stdout" || fail "replace-invalid: the text is lost"
grep -qiE 'warn' "$WORK/stderr" || fail "replace-invalid: no warning: $(stderr_head)"

# Other invalid sequences: overlong, surrogate, above U+10FFFF, truncated.
for seq in '\xc0\xaf' '\xed\xa0\x80' '\xf4\x90\x80\x80' '\xe2\x82'; do
  # shellcheck disable=SC2059 # $seq holds printf escapes on purpose
  printf "Text med fel: $seq slut.\n" >"$WORK/bad-seq.txt"
  run paragraphs "$WORK/bad-seq.txt"
  expect_exit "invalid-utf8 $seq" 2
  expect_position "invalid-utf8 $seq" bad-seq.txt 1 14
done

# UTF-16 without a BOM: refused with a position; fine with --encoding.
head -c 3000 "$LV25" | iconv -f UTF-8 -t UTF-16LE -c >"$WORK/utf16.txt"
run paragraphs "$WORK/utf16.txt"
expect_exit utf16-no-bom 2
expect_position utf16-no-bom utf16.txt
run paragraphs --encoding UTF-16LE "$WORK/utf16.txt"
expect_exit utf16-with-encoding 0
grep -q 'Briselē' "$WORK/stdout" || fail "utf16-with-encoding: text not decoded"

# ---- usage errors: exit 4 ---------------------------------------------------
run align "$SV23" "$SV23"
expect_exit same-file-twice 4
(cd "$SEEDS" && "$PARALIGN" align "$SV23" "./$(basename "$SV23")" >/dev/null 2>"$WORK/stderr")
rc=$?
expect_exit same-file-other-path 4
ln -sf "$SV23" "$WORK/link.txt"
run check "$SV23" "$WORK/link.txt"
expect_exit same-file-symlink 4

for cmd in align check; do
  run $cmd "$SV23"
  expect_exit "$cmd-one-file" 4
  run $cmd
  expect_exit "$cmd-no-file" 4
done

run align --langs sv,en,lv "$SV23" "$EN23"
expect_exit langs-too-many 4
run align --langs sv "$SV23" "$EN23"
expect_exit langs-too-few 4
run check --langs sv,en,lv,de "$SV25" "$LV25"
expect_exit check-langs-wrong-length 4

run align --langs sv,xx-bogus "$SV23" "$EN23"
expect_exit unknown-language 4
expect_stderr unknown-language 'xx-bogus'
run check --langs sv,xx-bogus "$SV23" "$EN23"
expect_exit unknown-language-check 4

# ---- not versions of each other -------------------------------------------------
run align --langs sv,en "$STRATEGY" "$EN23"
expect_exit not-parallel-align 1
expect_stderr not-parallel-align 'parallel|versions|force'
[ -s "$WORK/stdout" ] && fail "not-parallel-align: wrote output anyway"
run align --force --langs sv,en -o "$WORK/forced.tmx" "$STRATEGY" "$EN23"
expect_exit not-parallel-forced 0
[ -s "$WORK/forced.tmx" ] || fail "not-parallel-forced: no output"
run check --langs sv,en "$STRATEGY" "$EN23"
expect_exit not-parallel-check 1
grep -q 'not-parallel' "$WORK/stdout" "$WORK/stderr" ||
  fail "not-parallel-check: no 'not-parallel' finding: $(head -c 300 "$WORK/stdout")"

# ---- output errors: exit 3, nothing partial ----------------------------------------
run align --langs sv,en -o "$WORK/no-such-dir/out.tmx" "$SV23" "$EN23"
expect_exit output-missing-dir 3
expect_names output-missing-dir no-such-dir/out.tmx
[ -e "$WORK/no-such-dir" ] && fail "output-missing-dir: directory created"

# A path through a regular file is not writable, even for root.
run align --langs sv,en -o "$WORK/empty.txt/out.tmx" "$SV23" "$EN23"
expect_exit output-not-a-directory 3
expect_names output-not-a-directory empty.txt/out.tmx

# A full disk: a 16 KB tmpfs in a private mount namespace, when we may make one.
mkdir -p "$WORK/small-disk"
ns=()
if unshare -m true 2>/dev/null; then
  ns=(unshare -m)
elif unshare -r -m true 2>/dev/null; then
  ns=(unshare -r -m)
fi
if [ ${#ns[@]} -gt 0 ]; then
  # Prints "EXIT|FILES LEFT" from inside the namespace (the tmpfs dies with it).
  # shellcheck disable=SC2016 # expanded by the inner shell
  result=$("${ns[@]}" bash -c 'mount -t tmpfs -o size=16k tmpfs "$1" || exit 99
    "$2" align --langs sv,en -o "$1/out.tmx" "$3" "$4" 2>"$5"
    echo "$?|$(ls -A "$1")"' _ "$WORK/small-disk" "$PARALIGN" "$SV23" "$EN23" "$WORK/stderr")
  if [ -n "$result" ]; then
    rc=${result%%|*}
    expect_exit output-disk-full 3
    expect_stderr output-disk-full 'space|full'
    [ -z "${result#*|}" ] || fail "output-disk-full: files left on the full disk: ${result#*|}"
  else
    skip "disk full: cannot mount a tmpfs here"
  fi
else
  skip "disk full: no mount namespace (unshare) here"
fi

if [ -w /dev/full ]; then
  run align --langs sv,en -o /dev/full "$SV23" "$EN23"
  expect_exit output-dev-full 3
  expect_stderr output-dev-full 'space|full|write'
  [ -c /dev/full ] || fail "output-dev-full: /dev/full is no longer a device"
  no_temp_files output-dev-full /dev
  "$PARALIGN" align --langs sv,en "$SV23" "$EN23" >/dev/full 2>"$WORK/stderr"
  rc=$?
  expect_exit stdout-dev-full 3
  "$PARALIGN" paragraphs "$SV23" >/dev/full 2>"$WORK/stderr"
  rc=$?
  expect_exit paragraphs-stdout-dev-full 3
else
  skip "no /dev/full"
fi
no_temp_files output-errors "$WORK"

# ---- label depth limit: one too deep paragraph is text, not a refusal (R24) ----------
{
  printf '1. Inledning\n\n'
  printf '1.1.1.1.1.1.1.1.1.1.1.1 Alltför djupt numrerad bestämmelse.\n\n'
  printf '2. Nästa stycke läses som vanligt.\n'
} >"$WORK/deep.txt"
run paragraphs "$WORK/deep.txt"
expect_exit label-depth 0
expect_names label-depth deep.txt
expect_stderr label-depth 'warning: .*line 3 .*12 levels deep.*read as text'
grep -q $'\t1.1.1.1.1.1.1.1.1.1.1.1 Alltför' "$WORK/stdout" ||
  fail "label-depth: the deep paragraph is not kept as text: $(head -c 300 "$WORK/stdout")"
grep -q $'\t2.\tNästa stycke' "$WORK/stdout" || fail "label-depth: the next label is lost"

# ---- big inputs: bounded time and memory, or a size error ----------------------
# time_and_rss CASE LIMIT_S ARGS...: run paralign under timeout, measuring max RSS (KB).
rss_kb=0
time_and_rss() {
  local name=$1 limit=$2
  shift 2
  local start end
  start=$(date +%s%N)
  if [ -x /usr/bin/time ]; then
    timeout "$limit" /usr/bin/time -f %M -o "$WORK/rss" "$PARALIGN" "$@" \
      >/dev/null 2>"$WORK/stderr"
    rc=$?
    rss_kb=$(tail -1 "$WORK/rss" 2>/dev/null || echo 0)
  else
    timeout "$limit" "$PARALIGN" "$@" >/dev/null 2>"$WORK/stderr"
    rc=$?
    rss_kb=0
  fi
  end=$(date +%s%N)
  elapsed_ms=$(((end - start) / 1000000))
  [ "$rc" -eq 124 ] && fail "$name: did not finish within ${limit}s"
  echo "$name: exit $rc, ${elapsed_ms} ms, max RSS ${rss_kb} KB" >&2
}
expect_rss_below() { # CASE BYTES
  [ "$rss_kb" -eq 0 ] && return
  [ $((rss_kb * 1024)) -le "$2" ] ||
    fail "$1: max RSS $((rss_kb / 1024)) MB above $(($2 / 1048576)) MB"
}

big_mb=200
lines=2000000
if sanitized; then
  skip "sanitizer build: big inputs scaled down 10x, memory not checked"
  big_mb=20
  lines=200000
fi

# No newline at all: one long line of words.
yes 'Rådet understryker behovet av starkare och mer strategiska åtgärder' | tr '\n' ' ' |
  head -c $((big_mb * 1000 * 1000)) >"$WORK/no-newline.txt"
time_and_rss no-newline 300 paragraphs "$WORK/no-newline.txt"
expect_exit no-newline 0
sanitized || expect_rss_below no-newline $((big_mb * 1000 * 1000 * 8))
# Linear time: a tenth of the input takes (about) a tenth of the time.
big_ms=$elapsed_ms
head -c $((big_mb * 100 * 1000)) "$WORK/no-newline.txt" >"$WORK/no-newline-small.txt"
time_and_rss no-newline-small 300 paragraphs "$WORK/no-newline-small.txt"
if [ "$big_ms" -gt 3000 ] && [ "$big_ms" -gt $((30 * (elapsed_ms + 100))) ]; then
  fail "no-newline: ${big_ms} ms for 10x the input that took ${elapsed_ms} ms: not linear"
fi

# Ctrl-C while the output is being written: no partial file, no temporary file.
# (A background job of a script ignores SIGINT, and paralign keeps what it
# inherits ignored, as nohup wants: env restores the default.)
interrupted=0
for _ in 1 2 3; do
  env --default-signal=INT "$PARALIGN" paragraphs -o "$WORK/interrupted.txt" \
    "$WORK/no-newline.txt" 2>/dev/null &
  pid=$!
  while kill -0 "$pid" 2>/dev/null && ! compgen -G "$WORK/.paralign-*" >/dev/null; do
    :
  done
  kill -INT "$pid" 2>/dev/null && interrupted=1
  wait "$pid"
  rc=$?
  if [ "$interrupted" = 1 ] && [ "$rc" -ne 0 ]; then
    [ "$rc" -eq 130 ] || fail "ctrl-c: exit $rc, expected 130 (128 + SIGINT)"
    [ -e "$WORK/interrupted.txt" ] && fail "ctrl-c: partial output file left"
    no_temp_files ctrl-c "$WORK"
    break
  fi
  interrupted=0
  rm -f "$WORK/interrupted.txt"
done
[ "$interrupted" = 1 ] || skip "ctrl-c: the output was always written before the signal came"
rm -f "$WORK/no-newline-small.txt" "$WORK/interrupted.txt"

# Size limit: --max-size 1M on a 2 MB file.
head -c 2000000 "$WORK/no-newline.txt" >"$WORK/two-mb.txt"
rm -f "$WORK/no-newline.txt"
run paragraphs --max-size 1M "$WORK/two-mb.txt"
expect_exit max-size 2
expect_names max-size two-mb.txt
expect_stderr max-size 'too large|larger|size|limit'
run paragraphs --max-size 3M "$WORK/two-mb.txt"
expect_exit max-size-above 0
run paragraphs --max-size bogus "$WORK/two-mb.txt"
expect_exit max-size-bogus 4
rm -f "$WORK/two-mb.txt"

# Far above the default limit (a sparse file, no disk used): refused at once,
# without reading it all.
if truncate -s 64G "$WORK/sparse.txt" 2>/dev/null; then
  time_and_rss sparse-64G 30 paragraphs "$WORK/sparse.txt"
  expect_exit sparse-64G 2
  expect_stderr sparse-64G 'too large|larger|size|limit'
  [ "$elapsed_ms" -lt 10000 ] || fail "sparse-64G: took ${elapsed_ms} ms to refuse"
  rm -f "$WORK/sparse.txt"
fi
# An endless standard input stops at --max-size too.
timeout 60 "$PARALIGN" paragraphs --max-size 1M - </dev/zero >/dev/null 2>"$WORK/stderr"
rc=$?
expect_exit stdin-endless 2
expect_stderr stdin-endless 'too large|larger|size|limit'
# ... and reads no further than the limit, from a pipe or a device (it read to
# twice the limit: 1 GB of memory for the default 512 MB) (R21).
for source in - /dev/zero; do
  if [ "$source" = - ]; then
    time_and_rss "endless-$source" 60 paragraphs --max-size 64M - </dev/zero
  else
    time_and_rss "endless-$source" 60 paragraphs --max-size 64M "$source"
  fi
  expect_exit "endless-$source" 2
  expect_stderr "endless-$source" 'size limit of 67108864'
  sanitized || expect_rss_below "endless-$source" $((96 * 1048576))
done

# Two million one-word lines.
yes 'ord' | head -n "$lines" >"$WORK/many-lines.txt"
time_and_rss many-lines 300 paragraphs "$WORK/many-lines.txt"
expect_exit many-lines 0
sanitized || expect_rss_below many-lines $((lines * 400 + 200 * 1000 * 1000))
# The same with a blank line between words: as many paragraphs as lines.
yes $'ord\n' | head -n "$lines" >"$WORK/many-paragraphs.txt"
time_and_rss many-paragraphs 300 paragraphs --format jsonl "$WORK/many-paragraphs.txt"
expect_exit many-paragraphs 0
rm -f "$WORK/many-lines.txt" "$WORK/many-paragraphs.txt"

rerun_unprivileged bad_input.sh
finish bad_input.sh

#!/usr/bin/env bash
# output_safety.sh: an output never destroys what it should not.  An output
# that is an input is refused whatever its spelling (R1); a symbolic link
# stays a link and /dev/stdout stays a device (R5); a replaced file keeps its
# mode and owner and is never made more readable (R20); a long name still
# gets a temporary file (R15); nothing partial or temporary is left.
# Env: PARALIGN, DATA, WORK (see lib/common.sh).
. "$(dirname "$0")/lib/common.sh"
stderr_head() { head -c 400 "$WORK/stderr" | tr '\n' ' '; }
expect_stderr() { # CASE ERE
  grep -qiE -- "$2" "$WORK/stderr" || fail "$1: message does not match /$2/: $(stderr_head)"
}
no_temp_files() { # CASE DIR
  local left
  left=$(find "$2" -maxdepth 1 \( -name '.paralign-*' -o -name '*.tmp-*' \) | head -3)
  [ -z "$left" ] || fail "$1: temporary files left behind: $left"
}
same_file() { cmp -s "$1" "$2"; }

# ---- what depends on who runs it -------------------------------------------------
permission_cases() {
  # A private file stays private when replaced (it became 0644).
  echo secret >"$WORK/private.tmx"
  chmod 600 "$WORK/private.tmx"
  run align -q --langs sv,en -o "$WORK/private.tmx" "$SV23" "$EN23"
  expect_exit mode-kept 0
  [ "$(stat -c %a "$WORK/private.tmx")" = 600 ] ||
    fail "mode-kept: mode $(stat -c %a "$WORK/private.tmx"), expected 600"
  grep -q '<tu ' "$WORK/private.tmx" || fail "mode-kept: not replaced"
  chmod 640 "$WORK/private.tmx"
  run paragraphs -o "$WORK/private.tmx" "$SV23"
  [ "$(stat -c %a "$WORK/private.tmx")" = 640 ] ||
    fail "mode-kept-640: mode $(stat -c %a "$WORK/private.tmx"), expected 640"

  # The common idiom `-o /dev/stdout` writes to whatever standard output is
  # (as a user it failed with "Permission denied": /dev/stdout was renamed
  # over).  Root never names the real /dev/stdout here: a broken build would
  # replace it for the whole machine; see real-dev-stdout below.
  if ! is_root; then
    run align -q --langs sv,en -o /dev/stdout "$SV23" "$EN23"
    expect_exit dev-stdout 0
    grep -q '<tu ' "$WORK/stdout" || fail "dev-stdout: the TMX did not reach standard output"
    [ -L /dev/stdout ] || [ -c /dev/stdout ] || fail "dev-stdout: /dev/stdout was replaced"
  fi

  # A read-only target in a writable directory is replaced, as by any tool
  # that writes atomically; its mode stays.
  echo old >"$WORK/readonly-target.tmx"
  chmod 444 "$WORK/readonly-target.tmx"
  run align -q --langs sv,en -o "$WORK/readonly-target.tmx" "$SV23" "$EN23"
  expect_exit readonly-target 0
  [ "$(stat -c %a "$WORK/readonly-target.tmx")" = 444 ] || fail "readonly-target: mode changed"
  no_temp_files permission-cases "$WORK"
}
if unprivileged; then
  permission_cases
  finish "output_safety.sh (as $(id -un))"
  exit
fi

# ---- an output that is an input: refused, the input intact (R1) ---------------------
cp "$SV23" "$WORK/sv.txt"
cp "$EN23" "$WORK/en.txt"
ln -sf sv.txt "$WORK/sv-link.txt"
ln -f "$WORK/sv.txt" "$WORK/sv-hardlink.txt"
for spelling in "$WORK/sv.txt" "$WORK/./sv.txt" "$WORK//sv.txt" "$WORK/sub/../sv.txt" \
  "$WORK/sv-link.txt" "$WORK/sv-hardlink.txt"; do
  mkdir -p "$WORK/sub"
  for cmd in align check paragraphs; do
    case $cmd in
    align) run align --langs sv,en -o "$spelling" "$WORK/sv.txt" "$WORK/en.txt" ;;
    check) run check --langs sv,en --format html -o "$spelling" "$WORK/sv.txt" "$WORK/en.txt" ;;
    paragraphs) run paragraphs -o "$spelling" "$WORK/sv.txt" ;;
    esac
    expect_exit "output-is-input $cmd ${spelling#"$WORK"/}" 4
    expect_stderr "output-is-input $cmd" 'is the input file'
    same_file "$WORK/sv.txt" "$SV23" || fail "output-is-input $cmd ${spelling#"$WORK"/}: input replaced"
  done
done
# ... from the relative spelling of the finding, in the file's directory
(cd "$WORK" && "$PARALIGN" paragraphs -o ./sv.txt sv.txt >/dev/null 2>&1)
[ $? -eq 4 ] && same_file "$WORK/sv.txt" "$SV23" || fail "output-is-input ./sv.txt: not refused"
# ... the second input too, and standard input
run align --langs sv,en -o "$WORK/en.txt" "$WORK/sv.txt" "$WORK/en.txt"
expect_exit output-is-second-input 4
"$PARALIGN" paragraphs -o "$WORK/sv.txt" - <"$WORK/sv.txt" >/dev/null 2>"$WORK/stderr"
rc=$?
expect_exit output-is-stdin 4
# ... standard output appended to an input
"$PARALIGN" align -q --langs sv,en "$WORK/sv.txt" "$WORK/en.txt" >>"$WORK/sv.txt" 2>"$WORK/stderr"
rc=$?
expect_exit stdout-is-input 4
same_file "$WORK/sv.txt" "$SV23" || fail "stdout-is-input: the input was appended to"
# A different file of the same name elsewhere is fine.
mkdir -p "$WORK/elsewhere"
run paragraphs -o "$WORK/elsewhere/sv.txt" "$WORK/sv.txt"
expect_exit output-same-name-elsewhere 0

# ---- symbolic links: the link stays, its target is replaced (R5) --------------
echo old >"$WORK/target.tmx"
ln -sf target.tmx "$WORK/link.tmx"
run align -q --langs sv,en -o "$WORK/link.tmx" "$SV23" "$EN23"
expect_exit symlink-output 0
[ -L "$WORK/link.tmx" ] || fail "symlink-output: the link was replaced by a file"
grep -q '<tu ' "$WORK/target.tmx" || fail "symlink-output: its target was not written"
# A dangling link: its target is created.
ln -sf new-target.tmx "$WORK/dangling.tmx"
run align -q --langs sv,en -o "$WORK/dangling.tmx" "$SV23" "$EN23"
expect_exit dangling-symlink 0
[ -L "$WORK/dangling.tmx" ] && grep -q '<tu ' "$WORK/new-target.tmx" ||
  fail "dangling-symlink: link or target wrong"
# A link to this process's standard output writes to it (the link became a
# regular file and the redirect target stayed empty).
ln -sf /proc/self/fd/1 "$WORK/mystdout"
"$PARALIGN" align -q --langs sv,en -o "$WORK/mystdout" "$SV23" "$EN23" >"$WORK/real.tmx" \
  2>"$WORK/stderr"
rc=$?
expect_exit link-to-stdout 0
[ -L "$WORK/mystdout" ] || fail "link-to-stdout: the link was replaced"
grep -q '<tu ' "$WORK/real.tmx" || fail "link-to-stdout: nothing reached standard output"
# -o /dev/fd/1 appended with >> keeps what was there (written through the
# descriptor, not reopened and truncated).
echo first >"$WORK/append.txt"
"$PARALIGN" paragraphs -o /dev/fd/1 "$SV23" >>"$WORK/append.txt" 2>"$WORK/stderr"
rc=$?
expect_exit dev-stdout-append 0
[ "$(head -1 "$WORK/append.txt")" = first ] && [ "$(wc -l <"$WORK/append.txt")" -gt 10 ] ||
  fail "dev-stdout-append: $(head -c 100 "$WORK/append.txt")"
# The real /dev/stdout as root: in a private mount namespace with a copy of
# /dev, so that the host's is never at risk.  It became a regular file.
if is_root && unshare -m true 2>/dev/null && [ -L /dev/stdout ]; then
  mkdir -p "$WORK/ns"
  # shellcheck disable=SC2016 # expanded by the inner shell
  result=$(unshare -m --propagation private sh -c 'mount -t tmpfs tmpfs "$1" && mkdir "$1/dev" &&
    cp -a /dev/stdout /dev/null "$1/dev/" && mount --bind "$1/dev" /dev &&
    "$2" align -q --langs sv,en -o /dev/stdout "$3" "$4" >"$5" 2>/dev/null
    echo "$? $(stat -c %F /dev/stdout)"' _ "$WORK/ns" "$PARALIGN" "$SV23" "$EN23" \
    "$WORK/ns-stdout.tmx" 2>/dev/null)
  [ "$result" = "0 symbolic link" ] || fail "real-dev-stdout: got '$result', expected '0 symbolic link'"
  grep -q '<tu ' "$WORK/ns-stdout.tmx" || fail "real-dev-stdout: nothing reached standard output"
elif is_root; then
  skip "real-dev-stdout: no mount namespace here (dev-stdout runs as user nobody)"
else
  echo "real-dev-stdout: not root: dev-stdout covers /dev/stdout" >&2
fi

# ---- a replaced file keeps its mode and owner (R20) ---------------------------------
permission_cases
if is_root; then
  echo old >"$WORK/owned.tmx"
  chown 65534:65534 "$WORK/owned.tmx"
  chmod 640 "$WORK/owned.tmx"
  run align -q --langs sv,en -o "$WORK/owned.tmx" "$SV23" "$EN23"
  expect_exit owner-kept 0
  [ "$(stat -c '%u:%g %a' "$WORK/owned.tmx")" = "65534:65534 640" ] ||
    fail "owner-kept: $(stat -c '%u:%g %a' "$WORK/owned.tmx"), expected 65534:65534 640"
fi
# A new file gets 0666 & ~umask.
(umask 027 && "$PARALIGN" paragraphs -o "$WORK/new-027.txt" "$SV23" 2>/dev/null)
[ "$(stat -c %a "$WORK/new-027.txt")" = 640 ] ||
  fail "umask: new file mode $(stat -c %a "$WORK/new-027.txt"), expected 640"

# ---- names up to NAME_MAX still get a temporary file (R15) ---------------------------
long=$(printf 'a%.0s' $(seq 1 251)).tmx
run align -q --langs sv,en -o "$WORK/$long" "$SV23" "$EN23"
expect_exit long-name 0
[ -s "$WORK/$long" ] || fail "long-name: not written"

# ---- the output is a directory: exit 3, nothing touched -----------------------------
mkdir -p "$WORK/a-dir"
run align -q --langs sv,en -o "$WORK/a-dir" "$SV23" "$EN23"
expect_exit output-directory 3
expect_stderr output-directory 'directory'

no_temp_files output_safety "$WORK"
rerun_unprivileged output_safety.sh
finish output_safety.sh

#!/usr/bin/env bash
# library_hygiene.sh: the shared library keeps the promises of paralign.h:
# it never prints, exits or aborts (no such function is even linked in), and
# has no global mutable state (nothing of its own in .data or .bss; constant
# tables live in .rodata / .data.rel.ro).  So do the reader modules beside it
# (libparalign-pdf.so.0...), which besides export their table alone and need
# nothing of the library's (they carry the little they use).  The library
# loads a module without keeping a handle: the dynamic loader counts the
# opens.  Skips with a static build.
# Env: PARALIGN (the CLI), PARALIGN_LIBRARY (the shared library; else the one
# the CLI is linked against).
set -u
: "${PARALIGN:?}"
if ! command -v nm >/dev/null || ! command -v objdump >/dev/null; then
  echo "SKIP: nm/objdump (binutils) not found"
  exit 77
fi
lib=${PARALIGN_LIBRARY:-$(ldd "$PARALIGN" 2>/dev/null | awk '/libparalign/ {print $3; exit}')}
if [ -z "$lib" ] || [ ! -f "$lib" ] || [ "${lib%.a}" != "$lib" ]; then
  echo "SKIP: no shared libparalign (a static build)"
  exit 77
fi
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

# Functions a library that never prints, exits or aborts has no use for.
forbidden='abort|exit|_exit|_Exit|quick_exit|printf|fprintf|vprintf|vfprintf|puts|fputs|putchar|fputc|putc|perror|__assert_fail|stdout|stderr|system|raise|signal'
# Writable data of our own: a global or static variable.  The C runtime's
# own symbols (__dso_handle, completed.0, __TMC_END__) are expected.
runtime='__dso_handle|completed\.[0-9]+|__TMC_END__|__bss_start|_edata|_end|__data_start|data_start'

check_object() {
  local file=$1 used mutable
  used=$(nm -D --undefined-only "$file" | awk '{print $2}' | sed 's/@.*//' | grep -xE "$forbidden")
  [ -z "$used" ] || fail "$file uses: $(echo "$used" | tr '\n' ' ')"
  mutable=$(objdump -t "$file" | awk '$4 == ".data" || $4 == ".bss" || $3 == ".data" || $3 == ".bss" {print $NF}' |
    grep -vxE "$runtime")
  [ -z "$mutable" ] || fail "global mutable state in $file: $(echo "$mutable" | tr '\n' ' ')"
}
check_object "$lib"

modules=0
for module in "$(dirname "$lib")"/libparalign-*.so.*; do
  [ -f "$module" ] || continue
  modules=$((modules + 1))
  check_object "$module"
  exported=$(nm -D --defined-only "$module" | awk '$2 ~ /^[TDBRVWi]$/ {print $3}' |
    grep -vxE '__bss_start|_edata|_end' | tr '\n' ' ')
  [ "$exported" = "paralign_format_module_readers " ] || fail "$module exports: $exported"
  needs=$(nm -D --undefined-only "$module" | awk '{print $2}' | grep '^paralign_' | tr '\n' ' ')
  [ -z "$needs" ] || fail "$module needs the library's $needs"
done
# A program that reads text maps none of the readers' libraries.
if [ "$modules" -gt 0 ]; then
  heavy=$(ldd "$lib" | awk '{print $1}' | grep -E '^lib(poppler|glib|gobject|cairo|xml2|zip)' | tr '\n' ' ')
  [ -z "$heavy" ] || fail "$lib loads the readers' libraries at start-up: $heavy"
fi
# Each reader built is a module in a shared build (PARALIGN_FORMAT_MODULES).
built=$("$PARALIGN" --version | sed -n 's/^formats: text *//p' | wc -w)
[ "$modules" -eq "$built" ] || [ "$modules" -eq 0 ] ||
  fail "$modules reader modules beside $lib for $built formats"

[ "$failures" -eq 0 ] || exit 1
echo "library_hygiene.sh: $lib and its $modules reader module(s) never print, exit or abort," \
  "and have no mutable globals"

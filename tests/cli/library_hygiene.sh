#!/usr/bin/env bash
# library_hygiene.sh: the shared library keeps the promises of paralign.h:
# it never prints, exits or aborts (no such function is even linked in), and
# has no global mutable state (nothing of its own in .data or .bss; constant
# tables live in .rodata / .data.rel.ro).  Skips with a static build.
# Env: PARALIGN (the CLI, linked against the shared library).
set -u
: "${PARALIGN:?}"
if ! command -v nm >/dev/null || ! command -v objdump >/dev/null; then
  echo "SKIP: nm/objdump (binutils) not found"
  exit 77
fi
lib=$(ldd "$PARALIGN" 2>/dev/null | awk '/libparalign/ {print $3; exit}')
if [ -z "$lib" ] || [ ! -f "$lib" ]; then
  echo "SKIP: $PARALIGN is not linked against a shared libparalign"
  exit 77
fi
failures=0

# Functions a library that never prints, exits or aborts has no use for.
forbidden='abort|exit|_exit|_Exit|quick_exit|printf|fprintf|vprintf|vfprintf|puts|fputs|putchar|fputc|putc|perror|__assert_fail|stdout|stderr|system|raise|signal'
used=$(nm -D --undefined-only "$lib" | awk '{print $2}' | sed 's/@.*//' | grep -xE "$forbidden")
if [ -n "$used" ]; then
  echo "FAIL: $lib uses: $(echo "$used" | tr '\n' ' ')" >&2
  failures=$((failures + 1))
fi

# Writable data of our own: a global or static variable.  The C runtime's
# own symbols (__dso_handle, completed.0, __TMC_END__) are expected.
mutable=$(objdump -t "$lib" | awk '$4 == ".data" || $4 == ".bss" || $3 == ".data" || $3 == ".bss" {print $NF}' |
  grep -vxE '__dso_handle|completed\.[0-9]+|__TMC_END__|__bss_start|_edata|_end|__data_start|data_start')
if [ -n "$mutable" ]; then
  echo "FAIL: global mutable state in $lib: $(echo "$mutable" | tr '\n' ' ')" >&2
  failures=$((failures + 1))
fi

[ "$failures" -eq 0 ] || exit 1
echo "library_hygiene.sh: $lib never prints, exits or aborts, and has no mutable globals"
